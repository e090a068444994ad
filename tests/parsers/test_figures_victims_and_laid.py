"""Words that name all victims rather than the injured, and mines still lying in the ground."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Bound, Metric

PUB = "2025-08-01"


figures = figure_reader("metric", "value", "bound", published=PUB)


def test_hurt_by_mines_counts_all_victims():
    text = "Since 2020, 380 people have been hurt by mines in Azerbaijan."
    assert figures(text, "en") == [(Metric.MINE_VICTIMS, 380, Bound.EXACT)]


def test_hurt_in_a_blast_is_still_injured():
    text = "Two shepherds were hurt in a mine blast in Aghdam on Monday."
    assert figures(text, "en") == [(Metric.MINE_INJURED, 2, Bound.EXACT)]


def test_ru_suffered_from_mines_counts_all_victims():
    text = "С 2020 года от мин пострадали 380 человек."
    assert figures(text, "ru") == [(Metric.MINE_VICTIMS, 380, Bound.EXACT)]


def test_az_harmed_by_a_mine_counts_all_victims():
    text = "2020-ci ildən bəri 380 nəfər minadan zərər çəkib."
    assert figures(text, "az") == [(Metric.MINE_VICTIMS, 380, Bound.EXACT)]


def test_territories_that_still_contain_mines_count_mines_laid():
    text = "The liberated territories still contain more than one million mines."
    assert figures(text, "en") == [(Metric.MINES_LAID, 1_000_000, Bound.AT_LEAST)]


def test_ru_a_million_odd_mines_left_count_mines_laid():
    text = "На освобождённых территориях остаётся миллион с лишним мин."
    assert figures(text, "ru") == [(Metric.MINES_LAID, 1_000_000, Bound.AT_LEAST)]
