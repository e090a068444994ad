"""A list item is where the item before it is, not where the next clause goes on."""

from __future__ import annotations

import pytest

from parsers.figures import extract

PUB = "2025-08-08"


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "en",
            "Weekly\n\nIn Khojavend district, the teams neutralized 51 anti-personnel mines and 9 "
            "anti-tank mines, while in Agdara district they found 64 anti-personnel mines and 8 "
            "anti-tank mines.",
            ["Khojavend", "Khojavend", "Agdara", "Agdara"],
        ),
        (
            "en",
            "Weekly\n\nIn Lachin, deminers found 30 mines and 12 shells, and in Kalbajar they "
            "cleared 40 hectares.",
            ["Lachin", "Lachin", "Kalbajar"],
        ),
    ],
)
def test_each_count_takes_the_place_of_its_own_clause(
    lang: str, text: str, places: list[str]
) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [f.place for f in figures] == places


def test_a_place_after_a_whole_list_is_every_items() -> None:
    text = "Weekly\n\nDeminers found 45 anti-tank mines and 312 shells in Aghdam district."
    figures = extract(text, lang="en", published=PUB)
    assert [f.place for f in figures] == ["Aghdam", "Aghdam"]
