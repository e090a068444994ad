"""English clearance reports: what their counts of mines, ordnance and land are."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Metric

PUB = "2025-04-14"


counts = figure_reader("metric", "value", "group", lang="en", published=PUB)


def figure_rows(text: str, published: str = PUB) -> list[tuple[object, ...]]:
    return [
        (f.metric, f.value, f.bound.value, f.since, f.until)
        for f in extract(text, lang="en", published=published)
    ]


def test_mines_said_to_contaminate_the_land_are_laid() -> None:
    text = "Some 600,000 landmines still contaminate the hills of Kalbajar."
    assert figure_rows(text) == [(Metric.MINES_LAID, 600000, "approx", None, None)]


def test_one_of_the_most_mined_places_is_no_count() -> None:
    text = "Decades of war turned Aghdam into one of the most mine-contaminated places in Europe."
    assert figure_rows(text) == []


def test_the_previous_month_is_the_month_before_publication() -> None:
    text = "In the previous month alone, 800 mines were found in Tartar."
    assert figure_rows(text, "2025-04-03") == [
        (Metric.MINES_FOUND, 800, "exact", "2025-03", "2025-03-31")
    ]


def test_put_the_number_at_gives_the_count_its_noun() -> None:
    text = (
        "The minister put the number of mines and items of unexploded ordnance destroyed "
        "since the war at 51,200."
    )
    assert figure_rows(text) == [(Metric.UXO_FOUND, 51200, "exact", "2020-11-10", None)]


def read_all(text: str) -> list:
    return extract(text, lang="en", published=PUB)


@pytest.mark.parametrize(
    "lede",
    [
        "ANAMA has released its clearance figures for March.",
        "The agency has summed up the week of March 3-9.",
        "Between March 3 and March 9, ANAMA teams worked in Aghdam and Fuzuli.",
    ],
)
def test_a_lede_naming_neither_mines_nor_land_still_dates_the_report(lede: str) -> None:
    text = f"ANAMA weekly\n\n{lede}\n\nTeams neutralized 40 anti-tank mines in the region."
    figures = read_all(text)
    assert [(f.scope.value, f.since is not None, f.until is not None) for f in figures] == [
        ("cumulative", True, True)
    ]
