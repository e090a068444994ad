"""Case folding: vocabulary patterns run on folded text match what IGNORECASE would."""

from __future__ import annotations

import re

from parsers.vocab import Folded, fold


def test_fold_keeps_every_character_in_place() -> None:
    text = "İSTİQAMƏTİNDƏ 45 MİNA"
    assert len(fold(text)) == len(text)


def test_folded_pattern_matches_upper_case_text_at_the_same_span() -> None:
    text = "A MINE EXPLOSION in Aghdam"
    folded = Folded(r"\bmine\s+explosion")
    expected = re.compile(r"\bmine\s+explosion", re.IGNORECASE).search(text)
    found = folded.search(text)
    assert found is not None and expected is not None
    assert found.span() == expected.span()


def test_folded_pattern_keeps_escapes_that_differ_by_case() -> None:
    # \S lowered to \s would turn "not a space" into "a space"
    assert Folded(r"A\S+B").search("xx a b") is None
    assert Folded(r"A\S+B").search("xx a-b") is not None


def test_dotless_and_dotted_i_match_plain_i_as_ignorecase_does() -> None:
    assert Folded(r"mina").search("MİNA") is not None
    assert Folded(r"qırx").search("QIRX") is not None


def test_a_text_without_the_words_a_pattern_needs_is_not_scanned_and_finds_nothing() -> None:
    folded = Folded(r"\bsince\s+\d{4}")
    assert folded.needles == ("since",)
    assert folded.search("Mines found in 2023") is None
    assert list(folded.finditer("Mines found in 2023")) == []


def test_a_text_with_the_words_finds_the_spans_ignorecase_finds() -> None:
    text = "Since 2020 and SINCE 2021"
    expected = [m.span() for m in re.finditer(r"\bsince\s+\d{4}", text, re.IGNORECASE)]
    assert [m.span() for m in Folded(r"\bsince\s+\d{4}").finditer(text)] == expected
