"""az counts of mines in the ground: the mines maps and formulars are for ("formulyarlar 300
min minaya yaxın məlumatı əhatə edir"), "Laçında 50 minə yaxın mina var", and "piyada və
tank əleyhinə minalar" counting both kinds."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Bound, Group, Metric

PUB = "2024-05-01"


_figures = figure_reader("metric", "value", "group", "bound", lang="az", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Verilən formulyarlar cəmi 300 min minaya yaxın məlumatı əhatə edir.",
        "Bizə verilən xəritələrdə 300 min minaya yaxın məlumat var.",
        "Ekspertlərə görə, təkcə Laçında 300 minə yaxın mina var.",
    ],
)
def test_mines_maps_are_for_and_mines_there_are_laid(text: str) -> None:
    assert _figures(text) == [(Metric.MINES_LAID, 300000, Group.ALL, Bound.APPROX)]


def test_mines_found_with_the_help_of_maps_were_found() -> None:
    text = "Xəritələr əsasında ötən ay 120 mina aşkarlanıb."
    assert [f.metric for f in extract(text, lang="az", published=PUB)] == [Metric.MINES_FOUND]


def test_both_kinds_of_mine_said_together_are_all_mines() -> None:
    text = "Formulyarlar Kəlbəcər rayonunda basdırılmış 45 min piyada və tank əleyhinə minanı əhatə edir."
    assert _figures(text) == [(Metric.MINES_LAID, 45000, Group.ALL, Bound.EXACT)]


def test_a_count_of_pieces_after_a_dash_counts_what_the_words_before_name() -> None:
    text = "Oktyabr ayında ən çox mina Laçın rayonunda aşkarlanıb - 316 ədəd."
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.value, f.place) for f in figures] == [(Metric.MINES_FOUND, 316, "Laçın")]


def test_land_made_safe_was_cleared() -> None:
    text = "Oktyabr ayında Füzuli rayonunda 2 140 hektar ərazi təhlükəsiz hala gətirilib."
    assert [(f.metric, f.value) for f in extract(text, lang="az", published=PUB)] == [
        (Metric.AREA_CLEARED_HA, 2140)
    ]
