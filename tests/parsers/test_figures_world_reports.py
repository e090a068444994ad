"""A world report's year holds for the countries it ranks after its world total."""

from __future__ import annotations

import pytest
from figure_helpers import figure_tuples

PUB = "2024-11-20"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In 2023, mines and explosive remnants killed or injured 5,757 people worldwide. "
            "Myanmar recorded 1,003 casualties.",
        ),
        (
            "ru",
            "В 2023 году в мире жертвами мин стали 5757 человек. "
            "Больше всего пострадавших в Мьянме — 1003.",
        ),
    ],
)
def test_a_country_counted_after_a_world_year_is_counted_over_that_year(
    lang: str, text: str
) -> None:
    rows = figure_tuples(text, lang, PUB, "value", "since", "country")
    assert [(value, since, country is not None) for value, since, country in rows] == [
        (5757, "2023", False),
        (1003, "2023", True),
    ]
