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
