"""Land "расчищено" is cleared; "за три года" / "over three years" counts back from publication."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Metric, Scope

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("text", "value", "bound", "since"),
    [
        ("За три года удалось расчистить от мин около 90 тыс га.", 90000, Bound.APPROX, "2021"),
        ("Саперы расчистили 5 тыс га за два года.", 5000, Bound.EXACT, "2022"),
        ("За 3 года расчищено 12 тыс га.", 12000, Bound.EXACT, "2021"),
        ("В течение трех лет расчищено 12 тыс га.", 12000, Bound.EXACT, "2021"),
        ("На протяжении пяти лет расчищено 12 тыс га.", 12000, Bound.EXACT, "2019"),
        ("Расчищено 12 тыс га.", 12000, Bound.EXACT, None),
    ],
)
def test_ru_rasshchistit_is_clearing(text: str, value: int, bound: Bound, since: str) -> None:
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.metric, f.value, f.bound, f.scope, f.since) for f in figures] == [
        (Metric.AREA_CLEARED_HA, value, bound, Scope.CUMULATIVE, since)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Over three years, 90,000 ha were cleared of mines."),
        ("en", "Over the past three years, 90,000 ha were cleared of mines."),
        ("en", "Over the course of three years, ANAMA cleared 90,000 hectares."),
        ("az", "Üç il ərzində 90 min hektar ərazi minalardan təmizlənib."),
        ("az", "Son üç ildə 90 min hektar ərazi minalardan təmizlənib."),
    ],
)
def test_a_few_years_count_back_from_publication(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.since) for f in figures] == [
        (Metric.AREA_CLEARED_HA, 90000, "2021")
    ]


def test_years_ago_is_no_period() -> None:
    text = "Over three years ago, deminers found 40 mines near the village."
    figures = extract(text, lang="en", published=PUB)
    assert [f.since for f in figures] == [None]
