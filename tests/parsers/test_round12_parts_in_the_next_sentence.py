"""A short sentence after a total that opens "Among them" / "Среди них" gives its parts."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2025-06-30"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "С ноября 2020 года от минной угрозы пострадали 402 человека. Среди них 27 детей.",
        ),
        (
            "ru",
            "С ноября 2020 года от минной угрозы пострадали 402 человека. Среди них — 27 детей.",
        ),
        (
            "en",
            "Since November 2020, 402 people have become landmine victims. "
            "Among them, 27 children.",
        ),
        (
            "en",
            "Since November 2020, 402 people have become landmine victims. "
            "Among them are 27 children.",
        ),
    ],
)
def test_a_sentence_opening_among_them_breaks_down_the_total_before(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group, f.scope) for f in figures] == [
        (Metric.MINE_VICTIMS, 402, Group.ALL, Scope.CUMULATIVE),
        (Metric.MINE_VICTIMS, 27, Group.CHILDREN, Scope.CUMULATIVE),
    ]


def test_every_part_of_a_ru_among_them_sentence_is_a_part() -> None:
    text = "За три года жертвами мин стали 215 человек. Среди них 19 детей и 6 женщин."
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.value, f.group) for f in figures] == [
        (215, Group.ALL),
        (19, Group.CHILDREN),
        (6, Group.WOMEN),
    ]


@pytest.mark.parametrize(
    "follow_up",
    ["Of those hurt, 31 were servicemen.", "Among those hurt were 31 servicemen."],
)
def test_those_hurt_are_all_the_victims_not_the_injured(follow_up: str) -> None:
    text = f"Mines have hurt 140 people in the district since 2021. {follow_up}"
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures][-1] == (
        Metric.MINE_VICTIMS,
        31,
        Group.MILITARY,
    )


def test_people_hurt_in_a_blast_are_still_injured() -> None:
    text = "Two farmers were hurt when a mine went off near Tartar on Monday."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.MINE_INJURED, 2)]


@pytest.mark.parametrize(
    ("lang", "follow_up"),
    [
        ("ru", "В их числе 27 детей."),
        ("en", "These include 27 children."),
        ("en", "They include 27 children."),
    ],
)
def test_they_include_breaks_down_the_total_before(lang: str, follow_up: str) -> None:
    opening = {
        "ru": "С ноября 2020 года от минной угрозы пострадали 402 человека.",
        "en": "Since November 2020, 402 people have become landmine victims.",
    }[lang]
    figures = extract(f"{opening} {follow_up}", lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINE_VICTIMS, 402, Group.ALL),
        (Metric.MINE_VICTIMS, 27, Group.CHILDREN),
    ]
