"""Who the victims are: the staff of a demining agency or organisation are deminers."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import PEOPLE_METRICS, Group, Metric


def _groups(text: str) -> dict[int, Group]:
    return {int(f.value): f.group for f in extract(text, lang="en") if f.metric in PEOPLE_METRICS}


@pytest.mark.parametrize(
    "text",
    [
        "Two employees of Azerbaijan's Mine Action Agency (ANAMA) were injured when a mine "
        "exploded in Aghdam.",
        "Since 2021, mines have injured 5 employees of demining organizations in Fuzuli.",
        "Since 2021, 3 staff of mine clearance companies were wounded by mines.",
        "Among those killed by mines since 2021 are 4 of our own employees.",
    ],
)
def test_the_staff_of_demining_bodies_are_deminers(text: str) -> None:
    assert Group.DEMINERS in _groups(text).values()


def test_a_count_in_incidents_is_no_count_of_people() -> None:
    text = "In 2024, 3 people died and 18 were injured by mines in 15 incidents."
    assert {int(f.value): f.metric for f in extract(text, lang="en")} == {
        3: Metric.MINE_KILLED,
        18: Metric.MINE_INJURED,
    }


def test_deminers_killed_in_a_road_collision_are_not_mine_victims() -> None:
    text = (
        "Five employees of the ANAMA were injured when their minibus collided with a truck "
        "on the highway."
    )
    assert not extract(text, lang="en")


def test_a_road_collision_told_after_both_counts_makes_neither_a_mine_victim() -> None:
    text = (
        "Two employees of the Mine Action Agency were killed and four others were injured "
        "when their minibus collided with a truck on the Fuzuli highway on Friday."
    )
    assert not extract(text, lang="en")
