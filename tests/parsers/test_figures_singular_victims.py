"""One person hurt in one blast: who counts as that one, and who does not."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import PEOPLE_METRICS, Group, Metric, Scope


def _people(text: str) -> list[tuple[Metric, int, Group, Scope]]:
    return [
        (f.metric, int(f.value), f.group, f.scope)
        for f in extract(text, lang="en", published="2025-06-05")
        if f.metric in PEOPLE_METRICS
    ]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A grader set off a landmine near the village of Sus on Monday, and its driver was "
            "hurt.",
            Group.CIVILIANS,
        ),
        (
            "An army truck drove onto an anti-tank mine on a supply road. A second soldier was "
            "wounded.",
            Group.MILITARY,
        ),
        (
            "Earlier this week, a resident of Aghdam was wounded when he stepped on a mine.",
            Group.CIVILIANS,
        ),
    ],
)
def test_one_person_hurt_in_a_blast_is_a_figure_of_one(text: str, group: Group) -> None:
    assert _people(text) == [(Metric.MINE_INJURED, 1, group, Scope.INCIDENT)]


@pytest.mark.parametrize(
    "text",
    [
        "A truck was blown up by a mine near Sus on Monday, but its driver escaped unhurt.",
        "A tractor hit an anti-tank mine in Aghdam on Friday; the driver was not injured.",
    ],
)
def test_a_person_the_blast_spared_is_no_victim(text: str) -> None:
    assert _people(text) == []


def test_a_weekly_report_this_week_is_still_a_total() -> None:
    text = "This week, 12 people were injured by mines across the region."
    assert _people(text) == [(Metric.MINE_INJURED, 12, Group.ALL, Scope.CUMULATIVE)]


def test_one_person_listed_in_a_total_counts_in_a_month_too() -> None:
    text = (
        "In March, six people were wounded by mines, including a deminer, a soldier and "
        "four civilians."
    )
    found = {
        (f.metric, int(f.value), f.group) for f in extract(text, lang="en", published="2024-05-01")
    }
    assert {
        (Metric.MINE_INJURED, 1, Group.DEMINERS),
        (Metric.MINE_INJURED, 1, Group.MILITARY),
        (Metric.MINE_INJURED, 4, Group.CIVILIANS),
    } <= found


def test_one_person_named_among_a_total_that_does_not_add_up_is_no_count() -> None:
    text = "In March, 20 people were wounded by mines, among them a deminer."
    assert 1 not in {int(f.value) for f in extract(text, lang="en", published="2024-05-01")}


@pytest.mark.parametrize(
    "text",
    [
        "At least 640 mine and ERW casualties have been recorded there since 1990.",
        "At least 640 mine/ERW casualties have been recorded there since 1990.",
    ],
)
def test_mine_and_erw_casualties_are_people(text: str) -> None:
    assert [(f.metric, int(f.value)) for f in extract(text, lang="en")] == [
        (Metric.MINE_VICTIMS, 640)
    ]


def test_the_people_a_count_names_after_its_verb_and_a_colon_are_that_count() -> None:
    text = (
        "A car hit a mine in Gubadli on Monday. Two members of the family were killed: "
        "a 50-year-old man and his son."
    )
    assert _people(text) == [(Metric.MINE_KILLED, 2, Group.CIVILIANS, Scope.INCIDENT)]


def test_a_person_after_a_colon_with_a_harm_of_its_own_is_counted() -> None:
    text = "In Aghdam on Monday, two shepherds hit a mine: one shepherd died at the scene."
    assert (Metric.MINE_KILLED, 1, Group.CIVILIANS, Scope.INCIDENT) in _people(text)
