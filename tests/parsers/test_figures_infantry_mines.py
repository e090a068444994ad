"""Infantry mines are anti-personnel mines."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Teams removed 4,200 infantry, 1,100 anti-tank and 900 other mines."),
        ("en", "Teams removed 4,200 infantry mines, 1,100 anti-tank mines and 900 other mines."),
        (
            "ru",
            "Саперы обезвредили 4200 противопехотных, 1100 противотанковых и 900 других мин.",
        ),
        ("ru", "Саперы обезвредили 4200 пехотных мин, 1100 противотанковых и 900 других мин."),
        ("az", "Komandalar 4 200 piyada, 1 100 tank əleyhinə və 900 digər mina zərərsizləşdirib."),
    ],
)
def test_infantry_mines_are_anti_personnel(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINES_FOUND, 4200, Group.ANTI_PERSONNEL),
        (Metric.MINES_FOUND, 1100, Group.ANTI_TANK),
        (Metric.MINES_FOUND, 900, Group.ALL),
    ]


def test_infantry_soldiers_stay_military() -> None:
    figures = extract("Two infantry soldiers were wounded by a mine.", lang="en", published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINE_INJURED, 2, Group.MILITARY)
    ]
