"""The area of a place named ("a park of 190 hectares") is its size, not land cleared."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2024-11-28"


def cleared(text: str, lang: str) -> list[float]:
    figures = extract(text, lang=lang, published=PUB)
    return [f.value for f in figures if f.metric is Metric.AREA_CLEARED_HA]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Итоги\n\nОчищено 900 гектаров территории.\nКроме того, в Агдаме в рамках "
            "разминирования идет очистка земель под индустриальный парк площадью 240 гектаров.",
        ),
        (
            "ru",
            "Итоги\n\nОчищено 900 гектаров территории.\nКроме того, саперы приступили к "
            "разминированию бывшего Кяльбаджарского района площадью около 1 900 квадратных "
            "километров.",
        ),
        (
            "en",
            "Weekly results\n\nDuring the week, 900 hectares were cleared. In addition, mine "
            "clearance continues on land allocated for an industrial park of 240 hectares.",
        ),
        (
            "en",
            "Weekly results\n\nDuring the week, 900 hectares were cleared. In addition, deminers "
            "began clearing mines in the Kalbajar district of about 1,900 square kilometres.",
        ),
    ],
)
def test_the_size_of_a_place_named_is_not_area_cleared(lang: str, text: str) -> None:
    assert cleared(text, lang) == [900]


def test_ru_a_territory_cleared_of_an_area_is_still_area_cleared() -> None:
    text = "Итоги недели\n\nЗа неделю очищена территория площадью 1 187 гектаров."
    assert cleared(text, "ru") == [1187]
