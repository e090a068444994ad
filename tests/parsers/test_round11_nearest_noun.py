"""A bare number goes on with the nearest noun counted before it, not an earlier figure's."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2025-01-15"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Results\n\nSince 2021, over 150,000 hectares have been cleared, and ANAMA has grown "
            "from 600 employees to over 3,000.",
        ),
        (
            "ru",
            "Итоги\n\nС 2021 года очищено более 150 тысяч гектаров, а штат ANAMA вырос с 600 "
            "сотрудников до более 3 000.",
        ),
        (
            "az",
            "Yekunlar\n\n2021-ci ildən bəri 150 min hektar ərazi təmizlənib, ANAMA-nın "
            "işçilərinin sayı isə 600 nəfərdən 3 000-ə çatıb.",
        ),
    ],
)
def test_a_staff_count_after_an_area_is_not_more_area(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.AREA_CLEARED_HA, 150_000)]


def test_a_bare_number_right_after_a_figure_still_continues_it() -> None:
    text = "Results\n\nSince 2021, deminers have found 1,200 mines in Lachin and 800 in Kalbajar."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [
        (Metric.MINES_FOUND, 1200),
        (Metric.MINES_FOUND, 800),
    ]
