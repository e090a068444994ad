"""A profile laid out as headings and values, and the Landmine Monitor's casualty nouns."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

PROFILE = (
    "Country profile\n\n"
    "Overview\n\n"
    "Casualties recorded by end 2019\n\n"
    "1,320 mine/explosive remnants of war (ERW) casualties (250 killed; 1,070 injured)\n\n"
    "Notes follow below.\n"
)


def _figures(text: str) -> dict[int, tuple[Metric, Scope, str | None]]:
    return {
        int(f.value): (f.metric, f.scope, f.until)
        for f in extract(text, lang="en", published="2020-11-01")
    }


@pytest.mark.parametrize(
    ("value", "metric"),
    [
        (1320, Metric.MINE_VICTIMS),
        (250, Metric.MINE_KILLED),
        (1070, Metric.MINE_INJURED),
    ],
)
def test_a_line_under_a_dated_heading_is_a_total_to_that_date(value: int, metric: Metric) -> None:
    assert _figures(PROFILE)[value] == (metric, Scope.CUMULATIVE, "2019-12-31")


@pytest.mark.parametrize(
    "text",
    [
        "ANAMA recorded 14 mine/ERW casualties in 2019.",
        "ANAMA recorded 14 mine/UXO victims in 2019.",
        "ANAMA recorded 14 mine/explosive remnants of war (ERW) casualties in 2019.",
    ],
)
def test_a_mine_compound_before_casualties_counts_people(text: str) -> None:
    assert _figures(text)[14][0] is Metric.MINE_VICTIMS


def test_a_heading_with_a_count_of_its_own_dates_nothing() -> None:
    text = "Intro.\n\nTeams found 12 mines\n\n30 people were injured by mines since 2021.\n"
    [injured] = [f for f in extract(text, lang="en") if f.metric is Metric.MINE_INJURED]
    assert (injured.value, injured.since) == (30, "2021")


def test_a_footnote_mark_is_no_count_and_ends_its_sentence() -> None:
    text = (
        "In 2019, the agency recorded 12 mine casualties; four people were killed and eight "
        "injured.[4] The agency recorded seven casualties for 2018.[5]"
    )
    found = {(f.metric, int(f.value), f.since) for f in extract(text, lang="en")}
    assert found == {
        (Metric.MINE_VICTIMS, 12, "2019"),
        (Metric.MINE_KILLED, 4, "2019"),
        (Metric.MINE_INJURED, 8, "2019"),
        (Metric.MINE_VICTIMS, 7, "2018"),
    }
