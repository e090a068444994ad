"""A total of mine victims broken down into the dead and the injured in a later sentence.

The later sentence may name no mine at all: its counts are parts of the total when it
says so ("из общего числа пострадавших", "12 пострадавших погибли", "Среди пострадавших")
or when its dead and injured add up to it; they take the total's period.
"""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2024-06-01"
WAR_END = "2020-11-10"


def _figures(text: str) -> list[tuple[Metric, int | float, Group, str | None]]:
    return [
        (f.metric, f.value, f.group, f.since)
        for f in extract(text, lang="ru", published=PUB)
        if f.scope is Scope.CUMULATIVE
    ]


def test_dead_and_injured_that_add_up_to_the_total_are_its_parts() -> None:
    text = (
        "С 10 ноября 2020 года жертвами мин стали 250 человек.\n"
        "Погибли 50 человек (мирные жители – 40, военнослужащие – 10), еще 200 получили ранения."
    )
    assert _figures(text) == [
        (Metric.MINE_VICTIMS, 250, Group.ALL, WAR_END),
        (Metric.MINE_KILLED, 50, Group.ALL, WAR_END),
        (Metric.MINE_KILLED, 40, Group.CIVILIANS, WAR_END),
        (Metric.MINE_KILLED, 10, Group.MILITARY, WAR_END),
        (Metric.MINE_INJURED, 200, Group.ALL, WAR_END),
    ]


def test_counts_that_do_not_add_up_to_the_total_are_not_read_as_its_parts() -> None:
    text = (
        "С 10 ноября 2020 года жертвами мин стали 250 человек.\n"
        "Погибли 50 человек, еще 120 получили ранения."
    )
    assert _figures(text) == [(Metric.MINE_VICTIMS, 250, Group.ALL, WAR_END)]


@pytest.mark.parametrize(
    "parts",
    [
        "По данным доклада, 12 пострадавших погибли, остальные 35 получили ранения.",
        "Из общего числа пострадавших 12 человек погибли, а 35 получили ранения.",
    ],
)
def test_parts_said_to_be_of_the_victims_tell_their_harm(parts: str) -> None:
    text = f"В 2023 году от мин пострадали 47 человек.\n{parts}"
    assert [(m, v, s) for m, v, _, s in _figures(text)] == [
        (Metric.MINE_VICTIMS, 47, "2023"),
        (Metric.MINE_KILLED, 12, "2023"),
        (Metric.MINE_INJURED, 35, "2023"),
    ]


def test_one_part_of_the_victims_alone_is_read_from_its_reference() -> None:
    text = "После войны жертвами мин стали 320 человек.\nИз общего числа пострадавших 61 человек погиб."
    assert _figures(text)[-1] == (Metric.MINE_KILLED, 61, Group.ALL, WAR_END)


def test_a_part_among_the_victims_that_died_is_killed() -> None:
    text = "С 2021 года от мин пострадали 40 человек.\nСреди пострадавших — 9 саперов, трое из них погибли."
    assert _figures(text)[1:] == [
        (Metric.MINE_VICTIMS, 9, Group.DEMINERS, "2021"),
        (Metric.MINE_KILLED, 3, Group.DEMINERS, "2021"),
    ]
