"""Split text into paragraphs and sentences with exact character spans.

Every span indexes the text it came from, so ``text[s.start:s.end] == s.text``:
figures quote the sentence and a reader can find it again. A full stop ends a
sentence only when an upper-case letter, digit or opening quote follows and the
word before it is not an abbreviation ("No. 5", "Maj. Gen.", "U.S.", "km.").

A run of text with no sentence end (a table flattened into one line, a page of
run-on text) is cut into pieces of at most ``MAX_SENTENCE`` characters at a clause
boundary: the extractor's work on a sentence grows with the square of its length,
and no real sentence that states a figure comes near that size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A candidate end: terminal punctuation, closing quotes/brackets, then space and a
# likely sentence start. Decimals ("1.5") never match: no space follows the dot.
_BOUNDARY = re.compile(
    # a footnote mark may follow the stop: "eight injured.[2] ANAMA recorded ..."
    r"[.!?…]+[\"'”’»)\]]*(?:\[\d{1,3}\])?(?=\s+[\"'“‘«(\[]?[A-ZА-ЯЁƏÖÜĞÇŞİ0-9])"
    # an interview line "— How many ...? — Sadly, 41.": the dash opens the answer
    r"|\?(?=\s+[—–-]\s+[A-ZА-ЯЁƏÖÜĞÇŞİ0-9])"
    # a page that lost the space between sentences: "Hajiyev wrote.An infographic ..."
    r"|(?<=[a-zа-яёəöüğçşı]{3})[.!?][\"”]?(?=[\"“]?[A-ZА-ЯЁƏÖÜĞÇŞİ][a-zа-яёəöüğçşı]+\s)"
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_PARAGRAPH = re.compile(r"[^\n]+")
MAX_SENTENCE = 1200
# where an over-long run is best cut, most natural first
_CUT_POINTS = (re.compile(r"[;:]\s"), re.compile(r",\s"), re.compile(r"\s"))


# a line that ends its sentence (or introduces a list) is never joined to the next
_LINE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")
# a line that ends with a row of counts: "2021 г. 147 27 120", "2022 | 98 | 11 | 87"
_ROW_END = re.compile(r"(?:[\s|]+\d+){2,}[\s|]*$")
_WRAP_WIDTH = range(40, 121)
_LONG_LINE = 60  # longer than a headline or a table's header
_COUNT_GOES_ON = re.compile(
    r"\d+(?:[ .,\u00a0]\d+)*\s+[^\W\d_](?<![A-ZА-ЯЁƏÖÜĞÇŞİ])"
)  # the column a syndication feed or e-mail wraps text at


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside its sentences turned into spaces.

    Syndicated copies and e-mailed statements wrap lines at a fixed column in the middle
    of sentences; read line by line, "A total of 298 people\nhave become victims" is two
    sentences and neither states a figure. A break is a wrap when the line before does
    not end its sentence and either the next line goes on in lower case, or the text is
    wrapped at a column and the line before reaches near it. The result has the same
    length as ``text``, so every span indexes both.
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    width = _wrap_width(lines)
    chars = list(text)
    position = 0
    for index in range(len(lines) - 1):
        position += len(lines[index])  # the newline after this line
        line, following = lines[index].rstrip(), lines[index + 1].lstrip()
        if index == 0 and _title_case(line) and _BOUNDARY.search(line) is None:
            pass  # a headline in title case ends itself: "Four Injured In Mine Explosion"
        elif (
            line
            and following
            and not _LINE_END.search(line)
            # "2022 г. 92 14 78" over "январь – июль 2023 г. 31 9 22": rows of a table
            and not (_ROW_END.search(line) and _ROW_END.search(following))
        ):
            goes_on = (
                following[0].islower()
                or line[-1] in ",-–("
                or line.endswith(" and")
                # "обезврежено более\n720 тысяч мин": a count that goes on a long line's words
                or (
                    len(line) >= _LONG_LINE
                    and line[-1].islower()
                    and _COUNT_GOES_ON.match(following) is not None
                )
            )
            # a first line is a headline unless a sentence ends inside it (a dateline and
            # the lede: "BAKU, Azerbaijan, January 16. Between November")
            near_column = (
                width is not None
                and (index > 0 or _BOUNDARY.search(line) is not None)
                and len(line) >= width * 0.7
            )
            if goes_on or near_column:
                chars[position] = " "
        position += 1
    return "".join(chars)


def hard_wrapped(text: str) -> bool:
    """Whether ``text`` is wrapped at a column: its line breaks tell no paragraphs."""
    return _wrap_width(text.split("\n")) is not None


def _title_case(line: str) -> bool:
    """Whether every longer word of the line opens with a capital, as headlines do."""
    words = [word for word in line.split() if len(word) > 3 and word[0].isalpha()]
    return len(words) >= 3 and all(word[0].isupper() for word in words)


def _wrap_width(lines: list[str]) -> int | None:
    """The column the text is wrapped at, if it is: most long lines end near it, unfinished."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    # a feed wraps the story but may append a disclaimer or copyright note unwrapped
    width = max((n for n in lengths if n <= _WRAP_WIDTH[-1]), default=0)
    if width not in _WRAP_WIDTH:
        return None
    unfinished = sum(
        1
        for line in lines
        if width * 0.8 <= len(line.rstrip()) <= width and not _LINE_END.search(line.rstrip())
    )
    overlong = sum(1 for n in lengths if n > width)
    return width if unfinished >= 3 and overlong * 3 <= unfinished else None


# Latin letters that look like Cyrillic ones: some pages mix them into Russian words
# ("двoе рaбочих пoгибли") to defeat copying; read as Cyrillic, the words are words again
_LOOKALIKES = str.maketrans("aeopcxyAEOPCXHKMTB", "аеорсхуАЕОРСХНКМТВ")
_MIXED = re.compile(r"[а-яёА-ЯЁ][a-zA-Z]|[a-zA-Z][а-яёА-ЯЁ]")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def unmixed(text: str) -> str:
    """``text`` with the Latin look-alike letters of its Cyrillic words made Cyrillic.

    Same length, so every span indexes both; a word wholly in Latin letters is left alone.
    """
    if _MIXED.search(text) is None:
        return text
    return _WORD.sub(
        lambda word: word[0].translate(_LOOKALIKES) if _CYRILLIC.search(word[0]) else word[0],
        text,
    )


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int  # index of the paragraph (line of text) the sentence is in


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        # an initial: "A. Volkov"; not the last letter of a model ("мины типа ПМН-Э. Все")
        return text[match.start() - 1 : match.start()] != "-"
    return word in abbreviations


def split(text: str, abbreviations: frozenset[str] = frozenset()) -> Iterator[Sentence]:
    """Yield the sentences of ``text``, paragraph by paragraph, stripped of edge spaces."""
    for paragraph, line in enumerate(_PARAGRAPH.finditer(text)):
        start = line.start()
        for boundary in _BOUNDARY.finditer(text, line.start(), line.end()):
            if text[boundary.start()] == "." and _is_abbreviation(
                text, boundary.start(), abbreviations
            ):
                continue
            sentence = _trimmed(text, start, boundary.end(), paragraph)
            if sentence is not None:
                yield from _pieces(sentence)
            start = boundary.end()
        sentence = _trimmed(text, start, line.end(), paragraph)
        if sentence is not None:
            yield from _pieces(sentence)


def _trimmed(text: str, start: int, end: int, paragraph: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return Sentence(text[start:end], start, end, paragraph)


def _pieces(sentence: Sentence) -> Iterator[Sentence]:
    """``sentence`` itself, or an over-long one in pieces of at most ``MAX_SENTENCE``."""
    text, offset = sentence.text, sentence.start
    start = 0
    while len(text) - start > MAX_SENTENCE:
        cut = _cut(text, start)
        piece = text[start:cut].rstrip()
        yield Sentence(piece, offset + start, offset + start + len(piece), sentence.paragraph)
        start = cut
        while start < len(text) and text[start].isspace():
            start += 1
    yield Sentence(text[start:], offset + start, sentence.end, sentence.paragraph)


def _cut(text: str, start: int) -> int:
    """Where the piece of ``text`` from ``start`` ends: its last clause boundary."""
    limit = start + MAX_SENTENCE
    for pattern in _CUT_POINTS:
        ends = [match.end() for match in pattern.finditer(text, start + MAX_SENTENCE // 2, limit)]
        if ends:
            return ends[-1]
    return limit
