"""Who "one of them" is, and an incident told again after "has since"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2024-08-23"


def found(text: str, lang: str) -> list[tuple[Metric, int, Group, Scope]]:
    return [(f.metric, f.value, f.group, f.scope) for f in extract(text, lang=lang, published=PUB)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Blast\n\nFour people were injured in a mine blast in Fuzuli on Monday, one of them, "
            "a 15-year-old boy, seriously.",
        ),
        (
            "en",
            "Blast\n\nOn Monday four people were injured when a mine exploded in Fuzuli, one of "
            "them a schoolgirl.",
        ),
        (
            "ru",
            "Взрыв\n\nВ понедельник при взрыве мины в Физули ранены четыре человека, один из них "
            "– 15-летний подросток.",
        ),
    ],
)
def test_one_of_them_named_right_after_is_that_person(lang: str, text: str) -> None:
    assert found(text, lang) == [
        (Metric.MINE_INJURED, 4, Group.ALL, Scope.INCIDENT),
        (Metric.MINE_INJURED, 1, Group.CHILDREN, Scope.INCIDENT),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Correction\n\nThe ministry has since clarified that four people were injured in the "
        "mine incident.",
        "Correction\n\nPolice have since confirmed that four people were injured in the mine "
        "explosion.",
    ],
)
def test_has_since_is_no_period_and_the_incident_stays_one(text: str) -> None:
    assert found(text, "en") == [(Metric.MINE_INJURED, 4, Group.ALL, Scope.INCIDENT)]


def test_since_a_date_is_still_a_period() -> None:
    text = "Victims\n\nSince 2020, 412 people have been injured by mines."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.scope, f.since) for f in figures] == [(Scope.CUMULATIVE, "2020")]
