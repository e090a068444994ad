"""Label-and-number lists: a report's lines name what they count before the number."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2024-06-10"


def test_each_line_takes_the_period_of_the_heading_that_introduced_the_list():
    found = extract(
        "Demining update\n\nANAMA results for May 2024:\nAnti-personnel mines found: 1,234\n"
        "Victims: 3 (1 killed, 2 injured)\nArea cleared: 2,310 hectares",
        lang="en",
        published=PUB,
    )
    assert [(f.metric, f.value, f.group, f.scope, f.since) for f in found] == [
        (Metric.MINES_FOUND, 1234, Group.ANTI_PERSONNEL, Scope.CUMULATIVE, "2024-05"),
        (Metric.MINE_VICTIMS, 3, Group.ALL, Scope.CUMULATIVE, "2024-05"),
        (Metric.MINE_KILLED, 1, Group.ALL, Scope.CUMULATIVE, "2024-05"),
        (Metric.MINE_INJURED, 2, Group.ALL, Scope.CUMULATIVE, "2024-05"),
        (Metric.AREA_CLEARED_HA, 2310, Group.ALL, Scope.CUMULATIVE, "2024-05"),
    ]


def test_a_label_without_a_counted_noun_names_nothing():
    assert extract("Weekly summary:\nTeams deployed: 14\nMines found: none", lang="en") == []
