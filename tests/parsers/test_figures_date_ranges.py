"""Explicit date ranges: a count over a range is a total from its start to its end."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2025-08-01"


figures = figure_reader("metric", "value", "scope", "since", "until", lang="en", published=PUB)


def test_a_range_to_the_end_of_a_month_is_cumulative_over_the_range():
    text = (
        "Between 1 May and the end of June 2024, 15 people became victims of mines "
        "in Azerbaijan, 4 of them were killed."
    )
    assert figures(text) == [
        (Metric.MINE_VICTIMS, 15, Scope.CUMULATIVE, "2024-05-01", "2024-06-30"),
        (Metric.MINE_KILLED, 4, Scope.CUMULATIVE, "2024-05-01", "2024-06-30"),
    ]


def test_a_range_start_without_a_year_takes_the_end_year():
    text = "Between 1 May and 30 June 2024, 15 people became victims of mines in Azerbaijan."
    assert figures(text) == [
        (Metric.MINE_VICTIMS, 15, Scope.CUMULATIVE, "2024-05-01", "2024-06-30"),
    ]


def test_a_range_start_in_a_later_month_than_its_end_is_the_year_before():
    text = "From 1 December to 15 January 2024, deminers found 120 mines."
    assert figures(text) == [
        (Metric.MINES_FOUND, 120, Scope.CUMULATIVE, "2023-12-01", "2024-01-15"),
    ]


def test_a_bulletin_for_a_day_range_dates_the_list_that_follows():
    text = (
        "Mine action bulletin for July 14-19, 2025:\n"
        "- 120 mines were found\n"
        "- 450 hectares were cleared"
    )
    assert figures(text) == [
        (Metric.MINES_FOUND, 120, Scope.CUMULATIVE, "2025-07-14", "2025-07-19"),
        (Metric.AREA_CLEARED_HA, 450, Scope.CUMULATIVE, "2025-07-14", "2025-07-19"),
    ]


def test_a_year_earlier_is_the_year_before_publication():
    text = "A year earlier, 40 people were killed by mines in Azerbaijan."
    assert figures(text) == [(Metric.MINE_KILLED, 40, Scope.CUMULATIVE, "2024", "2024-12-31")]


def test_ru_since_the_start_of_the_full_scale_war_is_since_the_invasion():
    text = "С начала полномасштабной войны в Украине от мин погибли 300 человек."
    found = [(f.since, f.country) for f in extract(text, lang="ru", published=PUB)]
    assert found == [("2022-02-24", "Ukraine")]


def test_since_russias_full_scale_invasion_is_since_the_invasion():
    text = "Since the start of Russia's full-scale invasion, 300 people were killed by mines in Ukraine."
    assert figures(text) == [(Metric.MINE_KILLED, 300, Scope.CUMULATIVE, "2022-02-24", None)]
