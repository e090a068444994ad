"""People who "exploded on landmines" are mine victims, and "of them" next breaks them down."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Group, Metric, Scope

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Since 2022, 64 villagers exploded on landmines in the district. Around 15 of them died.",
        ),
        (
            "en",
            "Since 2022, 64 villagers blew up on mines in the district. Around 15 of them died.",
        ),
        (
            "en",
            "Since 2022, 64 villagers stepped on landmines in the district. Around 15 of them died.",
        ),
        ("ru", "С 2022 года в районе 64 жителя подорвались на минах. Около 15 из них погибли."),
        (
            "az",
            "2022-ci ildən bəri rayonda 64 sakin minalara düşüb. Onlardan təxminən 15-i həlak "
            "olub.",
        ),
        (
            "az",
            "2022-ci ildən bəri rayonda 64 sakin minaya düşüb. Onlardan təxminən 15-i həlak olub.",
        ),
    ],
)
def test_villagers_who_exploded_on_mines_are_victims_and_of_them_died(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.bound, f.group, f.scope, f.since) for f in figures] == [
        (Metric.MINE_VICTIMS, 64, Bound.EXACT, Group.CIVILIANS, Scope.CUMULATIVE, "2022"),
        (Metric.MINE_KILLED, 15, Bound.APPROX, Group.CIVILIANS, Scope.CUMULATIVE, "2022"),
    ]


def test_two_who_exploded_on_a_mine_on_one_day_are_one_blast() -> None:
    figures = extract("Two shepherds exploded on a landmine in Fuzuli on Monday.", lang="en")
    assert [(f.metric, f.value, f.scope) for f in figures] == [
        (Metric.MINE_VICTIMS, 2, Scope.INCIDENT)
    ]


def test_az_exposed_to_mine_blasts_are_victims() -> None:
    text = "2022-ci ildən bəri 64 nəfər mina partlayışına məruz qalıb."
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.value, f.since) for f in figures] == [(Metric.MINE_VICTIMS, 64, "2022")]
