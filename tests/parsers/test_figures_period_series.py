"""A report that goes period by period: each paragraph's own period and its victims."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

SERIES = (
    "Since November 10, 2020, a total of 180 people have become victims of mines.\n"
    "From November 10, 2020 to December 31, 2021, 90 people became victims of mine blasts.\n"
    "From January 1 to December 31, 2022, 60 people suffered. 15 were killed and 45 "
    "were injured.\n"
    "In 2023, 30 people were affected: 5 killed, 25 wounded.\n"
)


def _people(text: str) -> set[tuple[Metric, int, str | None, str | None]]:
    return {
        (f.metric, f.value, f.since, f.until)
        for f in extract(text, lang="en", published="2024-02-01")
        if f.group is Group.ALL
    }


def test_a_paragraph_that_opens_with_no_period_is_no_part_of_the_series() -> None:
    text = SERIES + "Earlier, 12 people died when a bus overturned.\n"
    assert 12 not in {value for _, value, _, _ in _people(text)}


def test_a_period_after_no_mine_victims_is_no_part_of_a_series() -> None:
    text = "Teams found 400 mines last year.\nIn 2023, 30 people suffered in road accidents.\n"
    assert not [f for f in extract(text, lang="en") if f.value == 30]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Since the end of the war, mines have hit 121 people in Karabakh.", 121),
        ("In 2023, mines struck 40 people, the agency said.", 40),
    ],
)
def test_mines_that_hit_people_make_them_victims(text: str, value: int) -> None:
    [victims] = [f for f in extract(text, lang="en") if f.metric is Metric.MINE_VICTIMS]
    assert victims.value == value


def test_a_remark_between_two_counts_keeps_them_about_mines() -> None:
    text = (
        "Since the war ended, more than 300 people have been killed or injured by mines. "
        "Sadly, this figure grows almost every week. Only last week, two people were killed "
        "and three were injured."
    )
    found = {(f.metric, int(f.value)) for f in extract(text, lang="en", published="2024-02-01")}
    assert {(Metric.MINE_KILLED, 2), (Metric.MINE_INJURED, 3)} <= found


def test_the_parts_of_a_total_are_counted_over_the_total_s_span() -> None:
    text = (
        "Last week, deminers found 58 mines, the agency said.\n\n"
        "Between November 10, 2020, and October 12, 2023, 319 people were hurt or killed by "
        "mines. Of them, 63 were killed and 256 were injured."
    )
    periods = {
        (f.metric, int(f.value)): (f.since, f.until)
        for f in extract(text, lang="en", published="2023-10-16")
    }
    assert periods[(Metric.MINE_KILLED, 63)] == ("2020-11-10", "2023-10-12")
    assert periods[(Metric.MINE_INJURED, 256)] == ("2020-11-10", "2023-10-12")
