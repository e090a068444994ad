"""What a territory had or held is mines laid, also when mines and shells are counted together."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Metric

PUB = "2024-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Surveys showed the occupied zone had about 800,000 mines and shells.",
        "The occupied territories held about 800,000 mines.",
        "The occupied territories contain about 800,000 mines and shells.",
    ],
)
def test_mines_a_territory_had_were_laid(text: str) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.bound) for f in figures] == [
        (Metric.MINES_LAID, 800000, Bound.APPROX)
    ]


def test_mines_and_shells_found_stay_ordnance_found() -> None:
    figures = extract("Deminers found 800 mines and shells in the zone.", lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.UXO_FOUND, 800)]


@pytest.mark.parametrize(
    ("text", "bound", "place"),
    [
        (
            "On July 3, maps of around 92,000 anti-tank and anti-personnel mines in Fuzuli and "
            "Zangilan districts were handed over.",
            Bound.APPROX,
            "Fuzuli and Zangilan",
        ),
        ("Armenia handed over maps of 92,000 mines in Fuzuli.", Bound.EXACT, "Fuzuli"),
    ],
)
def test_maps_of_n_mines_are_mines_laid(text: str, bound: Bound, place: str) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.bound, f.place) for f in figures] == [
        (Metric.MINES_LAID, 92000, bound, place)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Освобожденные территории содержат около 1,5 млн мин и снарядов.",
        "На освобожденных территориях было около 1,5 млн мин и неразорвавшихся снарядов.",
        "На освобожденных территориях находится около 1,5 млн мин.",
    ],
)
def test_ru_mines_a_territory_holds_were_laid(text: str) -> None:
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.metric, f.value, f.bound) for f in figures] == [
        (Metric.MINES_LAID, 1500000, Bound.APPROX)
    ]


def test_ru_mines_and_shells_found_on_a_territory_stay_found() -> None:
    text = "На освобожденных территориях саперы обнаружили 500 мин и снарядов."
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.UXO_FOUND, 500)]
