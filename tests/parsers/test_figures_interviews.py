"""Interviews: the answer's bare counts take the metric, group and period of the question."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Metric
from parsers.sentences import split

figures = figure_reader("metric", "value", "group", "since", published="2024-06-10")


def test_a_dash_before_a_capital_after_a_question_mark_starts_the_answer() -> None:
    text = "— How many deminers have you lost? — Four, sadly."
    assert [s.text for s in split(text)] == ["— How many deminers have you lost?", "— Four, sadly."]


def test_an_answer_without_a_verb_to_an_unexploded_shells_question_is_uxo_found():
    text = (
        "Q: How many unexploded shells have your teams found this year?\n"
        "A: Unexploded shells: about two hundred."
    )
    found = [(f.metric, f.value) for f in extract(text, lang="en", published="2025-08-01")]
    assert found == [(Metric.UXO_FOUND, 200)]


def test_an_answer_in_hectares_to_a_how_much_land_question_is_area_cleared():
    text = "Q: How much land has been cleared so far?\nA: Somewhere around 120 hectares."
    found = [(f.metric, f.value) for f in extract(text, lang="en", published="2025-08-01")]
    assert found == [(Metric.AREA_CLEARED_HA, 120)]


def test_a_mines_label_in_the_answer_to_a_mines_and_shells_question_is_mines_found():
    text = (
        "Q: How many mines and unexploded shells have your teams found this year?\n"
        "A: Mines: about fifty."
    )
    found = [(f.metric, f.value) for f in extract(text, lang="en", published="2025-08-01")]
    assert found == [(Metric.MINES_FOUND, 50)]


def test_each_label_in_one_answer_names_its_own_kind():
    text = (
        "— How many explosive items did you find in Aghdam? "
        "— Mines: about fifty, and unexploded ordnance: 120."
    )
    found = [(f.metric, f.value) for f in extract(text, lang="en", published="2025-08-01")]
    assert found == [(Metric.MINES_FOUND, 50), (Metric.UXO_FOUND, 120)]
