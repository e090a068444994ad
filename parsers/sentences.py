"""Split text into paragraphs and sentences with exact character spans.

Every span indexes the text it came from, so ``text[s.start:s.end] == s.text``:
figures quote the sentence and a reader can find it again. A full stop ends a
sentence only when an upper-case letter, digit or opening quote follows and the
word before it is not an abbreviation ("No. 5", "Maj. Gen.", "U.S.", "km.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A candidate end: terminal punctuation, closing quotes/brackets, then space and a
# likely sentence start. Decimals ("1.5") never match: no space follows the dot.
_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-ZА-ЯЁƏÖÜĞÇŞİ0-9])"
    # an interview line "— How many ...? — Sadly, 41.": the dash opens the answer
    r"|\?(?=\s+[—–-]\s+[A-ZА-ЯЁƏÖÜĞÇŞİ0-9])"
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_PARAGRAPH = re.compile(r"[^\n]+")


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
        return True  # an initial: "A. Volkov"
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
                yield sentence
            start = boundary.end()
        sentence = _trimmed(text, start, line.end(), paragraph)
        if sentence is not None:
            yield sentence


def _trimmed(text: str, start: int, end: int, paragraph: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return Sentence(text[start:end], start, end, paragraph)
