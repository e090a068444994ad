""" "Mine-related casualties", "mine deaths", "mine-related injuries": the compound names the
people a mine harmed, not mines."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2024-05-01"


def found(text: str) -> list[tuple[Metric, int, str | None]]:
    return [(f.metric, f.value, f.since) for f in extract(text, lang="en", published=PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "The number of mine-related casualties since 1992 exceeds 2,100.",
        "The number of mine-related incident victims since 1992 exceeds 2,100.",
    ],
)
def test_mine_related_casualties_are_victims(text: str) -> None:
    assert found(text) == [(Metric.MINE_VICTIMS, 2100, "1992")]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Since 2020, 120 mine-related deaths have been recorded.", Metric.MINE_KILLED),
        ("Since 2020, 120 mine deaths have been recorded.", Metric.MINE_KILLED),
        ("Since 2020, 120 mine-related injuries have been recorded.", Metric.MINE_INJURED),
        ("Since 2020 there have been 120 mine-related deaths and injuries.", Metric.MINE_VICTIMS),
    ],
)
def test_mine_deaths_and_injuries_count_people(text: str, metric: Metric) -> None:
    assert found(text) == [(metric, 120, "2020")]
