"""Counts split between places: a later count of "more" of the same thing, a district's
adjective standing without its noun, a bare count that takes the next place's noun."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Metric

counts = figure_reader("metric", "value", "place")


def test_ru_another_count_with_eshche_is_of_the_same_thing() -> None:
    text = "В Шуше саперы обезвредили 18 мин, а в Лачине нашли ещё 7."
    assert [(m, v) for m, v, _ in counts(text, "ru")] == [
        (Metric.MINES_FOUND, 18),
        (Metric.MINES_FOUND, 7),
    ]
