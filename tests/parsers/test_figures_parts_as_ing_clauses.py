"""Parts of a total of victims told as -ing clauses: "with 90 getting wounded and 28 dying"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-06-01"


def test_with_n_getting_wounded_and_m_dying() -> None:
    text = "Over the year, 118 people were hurt by mines, with 90 getting wounded and 28 dying."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [
        (Metric.MINE_VICTIMS, 118),
        (Metric.MINE_INJURED, 90),
        (Metric.MINE_KILLED, 28),
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Since 2021, 75 residents fell victim to mines, 19 of them dying on the spot.",
            [(Metric.MINE_KILLED, 19)],
        ),
        (
            "Since 2021, 75 residents fell victim to mines, 19 dying and 56 getting injured.",
            [(Metric.MINE_KILLED, 19), (Metric.MINE_INJURED, 56)],
        ),
    ],
)
def test_of_them_dying_is_a_part_of_the_total(text: str, parts: list) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.group, f.since) for f in figures] == [
        (Metric.MINE_VICTIMS, 75, Group.CIVILIANS, "2021"),
        *[(metric, value, Group.CIVILIANS, "2021") for metric, value in parts],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Since 2021, 118 people have been affected by mines, with 28 people dying and 90 "
        "receiving injuries.",
        "Since 2021, 118 people have been affected by mines, with 28 having died and 90 having "
        "been injured.",
        "Since 2021, mines have hurt 118 people, leaving 28 dead and 90 wounded.",
    ],
)
def test_ing_parts_of_every_kind(text: str) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.since) for f in figures] == [
        (Metric.MINE_VICTIMS, 118, "2021"),
        (Metric.MINE_KILLED, 28, "2021"),
        (Metric.MINE_INJURED, 90, "2021"),
    ]


def test_of_them_losing_their_lives() -> None:
    text = "Since 2021, 118 people have been affected by mines, 28 of them losing their lives."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [
        (Metric.MINE_VICTIMS, 118),
        (Metric.MINE_KILLED, 28),
    ]
