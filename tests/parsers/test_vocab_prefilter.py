"""The first-character lookahead of parsers.vocab.prefilter: a necessary condition only."""

from __future__ import annotations

import re

from parsers.vocab.prefilter import compile_prefiltered, first_characters, needles

TEXT = "Since 2020, 45 mines (PMN-2) were found; about forty-one were anti-tank, #3 at 10:30."


def _spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(TEXT)]


def test_an_alternative_opening_with_a_word_boundary_keeps_it_in_the_lookahead() -> None:
    assert first_characters(r"\bsince|\d+") == r"[\d]|\b[s]"


def test_a_boundary_an_alternative_may_skip_does_not_qualify_what_follows() -> None:
    assert first_characters(r"(?:\b|x)mines") == "[xm]"


def test_a_pattern_that_may_match_empty_gets_no_lookahead() -> None:
    assert first_characters(r"\b(?:mines)?") is None


def test_prefiltered_unions_find_the_same_spans_as_the_plain_pattern() -> None:
    for source in (
        r"\b(?:since|about)\s+\S+|\d+|#\d",
        r"\b[a-z]+-(?:one|two)\b|\b\d{1,2}:\d{2}",
        r"(?<!\d)\b\d+\b(?!:)|\bPMN-\d",
        r"\b(?:were)?\s*found",
    ):
        assert _spans(compile_prefiltered(source)) == _spans(re.compile(source)), source


def test_needles_are_the_words_every_match_contains() -> None:
    assert needles(r"\bsince\s+(?:the\s+)?war") == ("since",)


def test_needles_of_a_union_are_one_word_of_each_alternative() -> None:
    assert needles(r"\b(?:that|the)\s+same\s+year\b|\blater\s+that\s+year\b") == ("same", "later")


def test_an_optional_part_gives_no_needle() -> None:
    assert needles(r"(?:demining\s+)?\d+") is None


def test_words_shorter_than_three_letters_are_no_needles() -> None:
    assert needles(r"\bin\s+\d+") is None


def test_what_a_negative_lookahead_refuses_is_no_needle() -> None:
    assert needles(r"\d+(?!\s+years)") is None


def test_a_case_insensitive_part_gives_no_needle() -> None:
    assert needles(r"(?i:mines)\s+\d+") is None
