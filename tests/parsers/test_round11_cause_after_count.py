"""A bare second count hurt "by mines" counts the people of the count before it."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Since 1991, 21 residents of Gadabay district have been killed and 30 injured by "
            "mines.",
            Group.CIVILIANS,
        ),
        (
            "Since 2020, 12 servicemen have been killed and 40 wounded by anti-personnel mines.",
            Group.MILITARY,
        ),
        (
            "Since 2020, 7 deminers have died and 19 have been injured by landmines.",
            Group.DEMINERS,
        ),
    ],
)
def test_a_bare_count_hurt_by_mines_keeps_the_group_before_it(text: str, group: Group) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.group) for f in figures] == [
        (Metric.MINE_KILLED, group),
        (Metric.MINE_INJURED, group),
    ]


def test_a_count_of_people_named_after_the_first_keeps_its_own_group() -> None:
    text = "Since 2020, 12 servicemen have been killed and 40 civilians wounded by mines."
    figures = extract(text, lang="en", published=PUB)
    assert [f.group for f in figures] == [Group.MILITARY, Group.CIVILIANS]
