"""A total before a colon, then districts with their counts in parentheses."""

from __future__ import annotations

import pytest

from parsers.figures import extract

PUB = "2025-03-10"


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "en",
            "Over the past week, 96 mines were neutralized: Lachin (50), Kalbajar (46).",
            [None, "Lachin", "Kalbajar"],
        ),
        (
            "ru",
            "За неделю обезврежено 96 мин: Лачин (50), Физули (46).",
            [None, "Лачин", "Физули"],
        ),
        (
            "az",
            "Ötən həftə 96 mina zərərsizləşdirilib: Laçın (50), Kəlbəcər (46).",
            [None, "Laçın", "Kəlbəcər"],
        ),
    ],
)
def test_the_total_before_the_list_is_of_no_one_district(
    lang: str, text: str, places: list[str | None]
) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.place) for f in figures] == list(zip([96, 50, 46], places, strict=True))


def test_a_total_placed_before_its_list_keeps_its_place() -> None:
    text = "In Lachin, 96 mines were neutralized last week: 50 anti-tank and 46 anti-personnel."
    figures = extract(text, lang="en", published=PUB)
    assert figures[0].place == "Lachin"
