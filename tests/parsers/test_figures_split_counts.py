"""Counts split between places: a later count of "more" of the same thing, a district's
adjective standing without its noun, a bare count that takes the next place's noun."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Metric

counts = figure_reader("metric", "value", "place")


def test_en_more_counts_the_same_thing_as_the_clause_before() -> None:
    text = "In Khojaly, 31 mines were defused, and in Lachin sappers defused 12 more."
    assert counts(text, "en") == [
        (Metric.MINES_FOUND, 31, "Khojaly"),
        (Metric.MINES_FOUND, 12, "Lachin"),
    ]


def test_en_more_than_compares_and_is_no_count() -> None:
    text = "Deminers found 900 mines in Kalbajar, 120 more than in March."
    assert counts(text, "en") == [(Metric.MINES_FOUND, 900, "Kalbajar")]


def test_ru_another_count_with_eshche_is_of_the_same_thing() -> None:
    text = "В Шуше саперы обезвредили 18 мин, а в Лачине нашли ещё 7."
    assert [(m, v) for m, v, _ in counts(text, "ru")] == [
        (Metric.MINES_FOUND, 18),
        (Metric.MINES_FOUND, 7),
    ]


def test_ru_a_district_adjective_without_its_noun_is_the_next_place() -> None:
    text = "В Ходжавендском районе обнаружено 52 мины, в Губадлинском — 14."
    assert counts(text, "ru") == [
        (Metric.MINES_FOUND, 52, "Ходжавендском районе"),
        (Metric.MINES_FOUND, 14, "Губадлинском районе"),
    ]


def test_az_a_bare_count_takes_the_noun_of_the_next_places_count() -> None:
    text = "Xocavənddə 33, Laçında isə 9 mina zərərsizləşdirilib."
    assert counts(text, "az") == [
        (Metric.MINES_FOUND, 33, "Xocavənd"),
        (Metric.MINES_FOUND, 9, "Laçın"),
    ]


def test_en_a_bare_count_before_another_places_count_keeps_its_own_place() -> None:
    text = "In Zangilan 60 and in Gubadli 45 anti-tank mines were removed."
    assert counts(text, "en") == [
        (Metric.MINES_FOUND, 60, "Zangilan"),
        (Metric.MINES_FOUND, 45, "Gubadli"),
    ]


def test_a_bare_number_after_a_place_without_a_second_place_stays_no_figure() -> None:
    text = "Ağdamda 2023-cü ildə 15 mina aşkarlanıb."
    assert counts(text, "az") == [(Metric.MINES_FOUND, 15, "Ağdam")]
