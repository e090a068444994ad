"""A goal is not a figure: "To bring clearance up to 90,000 hectares" in an answer on plans."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2026-03-10"


def cleared(text: str, lang: str) -> list[float]:
    figures = extract(text, lang=lang, published=PUB)
    return [f.value for f in figures if f.metric is Metric.AREA_CLEARED_HA]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Глава ANAMA\n\n— Каковы итоги прошлого года?\n\n— В 2025 году мы очистили 71 300 "
            "гектаров.\n\n— Какие планы на 2026 год?\n\n— Увеличить число групп до 30 и "
            "довести годовой объем очистки до 90 тысяч гектаров.",
        ),
        (
            "ru",
            "Итоги\n\nВ 2025 году очищено 71 300 гектаров. В этом году ANAMA доведет объем "
            "очистки до 90 тысяч гектаров.",
        ),
        (
            "az",
            "ANAMA rəhbəri\n\n— Ötən ilin nəticələri necədir?\n\n— 2025-ci ildə 71 300 hektar "
            "ərazi təmizlənib.\n\n— 2026-cı il üçün planlarınız nədir?\n\n— İllik təmizləmə "
            "həcmini 90 min hektara çatdırmaq.",
        ),
    ],
)
def test_a_target_for_the_coming_year_is_no_area_cleared(lang: str, text: str) -> None:
    assert cleared(text, lang) == [71_300]
