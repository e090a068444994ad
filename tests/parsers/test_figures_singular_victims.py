"""One person hurt in one blast: who counts as that one, and who does not."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric


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
