"""How a text is laid out: its headline, its lists, its interview questions and answers."""

from __future__ import annotations

import re

from parsers.sentences import Sentence
from parsers.vocab import CompiledVocab

_BULLET = re.compile(r"[-–—•*]\s")

# "Anti-personnel mines found: 1,234": a line that is a label and its number; the label may
# be the period the line counts over ("2022: 108 people", "10.11.2020 - 31.12.2021: 186")
_LABEL_LINE = re.compile(r"[^:;\n]{2,80}(?::|\s[-–—])\s*\d")


def list_intros(sentences: list[Sentence]) -> dict[int, int]:
    """Each line of a list, by index, to the sentence that introduced it (ends with ':')."""
    intros: dict[int, int] = {}
    current: int | None = None
    for index, sentence in enumerate(sentences):
        if current is not None and (
            _BULLET.match(sentence.text) or _LABEL_LINE.match(sentence.text)
        ):
            intros[index] = current
            continue
        current = index if sentence.text.endswith(":") else None
    return intros


def table_headings(sentences: list[Sentence]) -> dict[int, int]:
    """Each line of figures under a heading, by index, to the heading's.

    A profile laid out as headings and values ("All known casualties by end 2016" over
    "2,471 casualties (391 killed; 2,080 injured)"): the heading dates the line under it.
    Only a short line of its own, after the first, with no sentence end and no number
    but a year, over a line that opens with a number.
    """
    headings: dict[int, int] = {}
    for index in range(1, len(sentences) - 1):
        heading, line = sentences[index], sentences[index + 1]
        if (
            line.text[:1].isdigit()
            and line.paragraph != heading.paragraph
            and sentences[index - 1].paragraph != heading.paragraph
            and _HEADING.fullmatch(heading.text)
            and not _DIGIT.search(_YEAR.sub("", heading.text))
        ):
            headings[index + 1] = index
    return headings


# a short line with no sentence end: at most eight words, the last no punctuation
_HEADING = re.compile(r"(?:\S+\s+){0,7}\S*\w")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DIGIT = re.compile(r"\d")


_QUESTION_END = re.compile(r"\?[\"'”’»)]*$")


def interview_answers(sentences: list[Sentence], vocab: CompiledVocab) -> dict[int, int]:
    """The sentences of each interview answer, by index, to the question they answer.

    A question asks for a count ("how many", "сколько", "neçə"); its answer runs from
    the next sentence to the end of that sentence's paragraph or the next question.
    """
    if vocab.question_count is None:
        return {}
    answers: dict[int, int] = {}
    for index, sentence in enumerate(sentences[:-1]):
        if not _QUESTION_END.search(sentence.text) or not vocab.question_count.search(
            sentence.text
        ):
            continue
        paragraph = sentences[index + 1].paragraph
        for answer in range(index + 1, len(sentences)):
            if sentences[answer].paragraph != paragraph or _QUESTION_END.search(
                sentences[answer].text
            ):
                break
            answers[answer] = index
    return answers


def list_item(sentences: list[Sentence], index: int) -> bool:
    """Whether the sentence is an item of a list: a bulleted line, or after a colon."""
    if _BULLET.match(sentences[index].text):
        return True
    return index > 0 and sentences[index - 1].text.endswith(":")


def headline_sentences(sentences: list[Sentence]) -> int:
    """How many sentences open the text as its headline: a lone first line, else none.

    A page may print a section label and the time of posting above it ("Происшествия",
    "14:35"): then the headline is the lone line after them, and they count with it.
    """
    lines = _above_headline(sentences)
    if (
        len(sentences) > lines + 1
        and sentences[lines].paragraph != sentences[lines + 1].paragraph
        and (lines == 0 or sentences[lines - 1].paragraph != sentences[lines].paragraph)
    ):
        return _with_subtitle(sentences, lines + 1)
    if len(sentences) > 1 and sentences[0].paragraph != sentences[1].paragraph:
        return _with_subtitle(sentences, 1)
    return 0


def _with_subtitle(sentences: list[Sentence], count: int) -> int:
    """The headline's sentences with the lone line under it that has no full stop.

    "Mine blast injures two in Fuzuli" / "Two residents injured as tractor hits mine": the
    subtitle shortens the body as the headline does, so the body's figure is the claim.
    A lone line that ends a sentence is the lede, the body's first paragraph.
    """
    if len(sentences) <= count + 1:
        return count
    subtitle, body = sentences[count], sentences[count + 1]
    if (
        subtitle.paragraph != sentences[count - 1].paragraph
        and subtitle.paragraph != body.paragraph
        and _HEADING_END.search(subtitle.text) is None
        # "Baku, April 4, AZERTAC", "БАКУ, 3 ноября 2025 – Trend": the dateline, the body's
        and _DATELINE.match(subtitle.text) is None
        and len(subtitle.text.split()) >= _SUBTITLE_WORDS
    ):
        return count + 1
    return count


_DATELINE = re.compile(r"[^\W\d_]+(?:[ \t][^\W\d_]+)?,\s")
_SUBTITLE_WORDS = 5
# a sentence's end, or a list's colon: a line that has one is no subtitle
_HEADING_END = re.compile(r"[.!?:;…][\"'”’»)]*\s*$")


_SECTION_LABEL = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}")
# "14:35", "12.05.2024 14:35", "14:35 | 12/05/2024": a time of day, maybe with its date
_POSTED_AT = re.compile(r"[\d.,/| \t-]*?\d{1,2}:\d{2}[\d.,/| \t-]*")


# a weather widget ("Baku 18°C Cloudy", "Bakı +18° Buludlu") and other lines a page
# prints above every headline
_PAGE_LINE = re.compile(
    r"(?:[^\W\d_]+[,:]?[ \t]+){0,2}[-+−]?\d{1,2}[ \t]*°[ \t]*[CF]?(?:,?[ \t]+[^\W\d_]+){0,2}"
    # a currency ticker: "USD 1.7 EUR 1.85"
    r"|(?:[A-Z]{3}[ \t:]*\d+[.,]\d+[ \t|/]*){1,4}"
    # the day of posting with no time: "12.02.2023", "12 fevral 2023", "Monday, February 12, 2023"
    r"|(?:[^\W\d_]+(?:[ \t][^\W\d_]+)?,?[ \t]+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{1,2}[ \t]+[^\W\d_]+\.?,?[ \t]+\d{4}|[^\W\d_]+\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
)


def _above_headline(sentences: list[Sentence]) -> int:
    """How many lone lines of a section label and a time of posting open the text.

    A label alone ("Latest") is page chrome only over a lone line the body follows: the
    line under it is then the headline, not the first line of the text.
    """
    count = 0
    timed = False
    for sentence in sentences[:3]:
        text = sentence.text.strip()
        if _POSTED_AT.fullmatch(text) or _PAGE_LINE.fullmatch(text):
            timed = True
        elif timed or not _SECTION_LABEL.fullmatch(text):
            break
        count += 1
    if timed or count != 1 or len(sentences) < 3:
        return count if timed else 0
    label, headline, body = sentences[:3]
    lone = label.paragraph != headline.paragraph != body.paragraph
    # a headline has no full stop: "Новости недели" over a sentence is the headline itself
    titled = not headline.text.rstrip().endswith(".")
    longer = len(headline.text.split()) > max(len(label.text.split()), 2)
    return 1 if lone and titled and longer else 0
