"""Periods said as the end of the 2020 war or the 1990s, and totals "to date" told in a month."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2024-05-20"


def found(text: str, lang: str) -> list[tuple[Metric, int, str | None]]:
    return [(f.metric, f.value, f.since) for f in extract(text, lang=lang, published=PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "2020-ci il müharibəsi başa çatdıqdan sonra 390 nəfər mina qurbanı olub.",
        "Vətən müharibəsi başa çatandan sonra 390 nəfər mina qurbanı olub.",
    ],
)
def test_az_after_the_war_ended_is_since_its_end(text: str) -> None:
    assert found(text, "az") == [(Metric.MINE_VICTIMS, 390, "2020-11-10")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "С 1990-х годов от мин пострадали более 2 900 человек."),
        ("ru", "С начала 1990-х годов от мин пострадали более 2 900 человек."),
        ("ru", "По данным ANAMA, с начала 1990-х годов жертвами мин стали более 2 900 человек."),
        ("az", "1990-cı illərdən bəri 2 900 nəfər mina qurbanı olub."),
        ("az", "1990-cı illərin əvvəlindən bəri 2 900 nəfər mina qurbanı olub."),
    ],
)
def test_since_the_1990s_is_since_the_first_war(lang: str, text: str) -> None:
    assert found(text, lang) == [(Metric.MINE_VICTIMS, 2900, "1991")]


def test_ru_a_decade_is_no_count() -> None:
    text = "В 1990-х годах жертвами мин стали 2 900 человек."
    assert [f.value for f in extract(text, lang="ru", published=PUB)] == [2900]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Up to now, 390 people have become mine victims, ANAMA said in May."),
        ("en", "In May, ANAMA said that to date 390 people have become mine victims."),
        ("az", "ANAMA may ayında bildirib ki, indiyədək 390 nəfər mina qurbanı olub."),
    ],
)
def test_a_total_to_date_does_not_count_over_the_month_it_was_told(lang: str, text: str) -> None:
    assert found(text, lang) == [(Metric.MINE_VICTIMS, 390, None)]


def test_a_month_total_without_to_date_keeps_its_month() -> None:
    assert found("In May 2023, 120 mines were defused.", "en") == [
        (Metric.MINES_FOUND, 120, "2023-05")
    ]
