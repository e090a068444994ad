"""Interviews: the answer's bare counts take the metric, group and period of the question."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.sentences import split

figures = figure_reader("metric", "value", "group", "since", published="2024-06-10")


def test_a_dash_before_a_capital_after_a_question_mark_starts_the_answer() -> None:
    text = "— How many deminers have you lost? — Four, sadly."
    assert [s.text for s in split(text)] == ["— How many deminers have you lost?", "— Four, sadly."]
