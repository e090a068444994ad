"""Russian words with Latin look-alike letters mixed in ("двoе рaбочих") are read as words."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Group, Metric
from parsers.sentences import unmixed

MIXED = "В Aзeрбaйджaнe двoе рaбочих пoгибли, подорвавшись нa минe."


def test_mixed_words_are_read_and_the_quote_stays_as_given() -> None:
    figures = extract(MIXED, lang="ru", published="2022-08-17")
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINE_KILLED, 2, Group.CIVILIANS)
    ]
    assert figures[0].quote == MIXED


def test_only_words_with_cyrillic_letters_change() -> None:
    text = "ANAMA и Day.Az: двoе"
    assert unmixed(text) == "ANAMA и Day.Az: двое"
    assert len(unmixed(MIXED)) == len(MIXED)


def test_a_text_with_no_mixed_word_is_returned_as_is() -> None:
    text = "Mines killed 3 people near Aghdam."
    assert unmixed(text) is text
