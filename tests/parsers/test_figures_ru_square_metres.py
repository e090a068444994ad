"""Areas in square metres ("1 284 557 кв. м") are hectares cleared; contaminated land is not."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2009-07-09"


def _areas(text: str) -> list[float]:
    return [
        f.value
        for f in extract(text, lang="ru", published=PUB)
        if f.metric is Metric.AREA_CLEARED_HA
    ]


@pytest.mark.parametrize(
    ("text", "hectares"),
    [
        ("В июне агентство очистило 1 812 446 кв. м территории.", 181.2446),
        ("С 1998 года проверено и очищено 98 540 214 кв. м земель.", 9854.0214),
        ("За месяц очищено 250 000 квадратных метров пастбищ.", 25),
    ],
)
def test_square_metres_are_hectares_cleared(text: str, hectares: float) -> None:
    assert _areas(text) == [hectares]


def test_the_dot_of_an_abbreviated_unit_does_not_end_the_counted_noun() -> None:
    text = "Саперы очистили 3 400 кв. км и обезвредили 1 200 мин."
    assert _areas(text) == [340000]


@pytest.mark.parametrize(
    "text",
    [
        "– Как идет очистка земель?\n– Загрязненными остаются около 9 тысяч квадратных километров.",
        "– Как идет очистка земель?\n– Загрязненной считается площадь 9 тысяч кв. км.",
    ],
)
def test_land_that_remains_contaminated_is_not_cleared(text: str) -> None:
    assert _areas("За год очищено 20 тысяч гектаров.\n" + text) == [20000]
