"""English clearance reports: what their counts of mines, ordnance and land are."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2025-04-14"


def counts(text: str) -> list[tuple[Metric, float, Group]]:
    return [(f.metric, f.value, f.group) for f in extract(text, lang="en", published=PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "Sappers in Jabrayil defused 12 anti-tank mines and 530 unexploded ordnances.",
        "Over the week 530 ordnances were neutralized by the teams in Jabrayil.",
    ],
)
def test_ordnances_in_the_plural_are_ordnance_found(text: str) -> None:
    assert (Metric.UXO_FOUND, 530, Group.ALL) in counts(text)


def periods(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(f.value, f.since, f.until) for f in extract(text, lang="en", published=PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "ANAMA sums up the week\n\nMine clearance teams worked in Lachin and Shusha from "
        "April 1 to 7.\n\nThe results: 40 anti-tank mines were neutralized.",
        "Weekly demining results\n\nThe Mine Action Agency has released its weekly data on "
        "clearance done from April 1 to April 7, 2025.\n\n"
        "In the reporting week, 40 anti-tank mines were neutralized.",
    ],
)
def test_a_lede_without_counts_dates_the_report_s_totals(text: str) -> None:
    assert periods(text) == [(40, "2025-04-01", "2025-04-07")]


def test_the_lede_s_range_goes_on_to_the_totals_after_the_first() -> None:
    text = (
        "ANAMA sums up the week\n\n"
        "Mine clearance teams worked in Lachin and Shusha from April 1 to 7.\n\n"
        "In the reporting week, 40 anti-tank mines were neutralized.\n\n"
        "A total of 900 hectares of land were cleared."
    )
    assert periods(text) == [(40, "2025-04-01", "2025-04-07"), (900, "2025-04-01", "2025-04-07")]
