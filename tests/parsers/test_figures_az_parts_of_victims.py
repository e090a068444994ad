"""az reports that count several events and break their victims down.

"3 mina hadisəsi", "12 hadisədə" add events up (a total, not one blast); "zərərçəkənlərdən
9-u", "Həlak olanlardan 40-ı" break an earlier total down, each part keeping the harm its
own verb names; a household gas blast counts no mine victims.
"""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2024-03-04"


@pytest.mark.parametrize(
    ("opening", "metric"),
    [("Həlak olanlardan", Metric.MINE_KILLED), ("Xəsarət alanlardan isə", Metric.MINE_INJURED)],
)
def test_parts_of_the_dead_or_hurt_told_in_a_later_paragraph(opening: str, metric: Metric) -> None:
    text = (
        "2021-ci ildən bəri minalardan 200 nəfər zərər çəkib: 50 nəfər həlak olub, 150 nəfər "
        f"yaralanıb.\n\nBaşqa bir məlumat da verilib.\n\n{opening} 30-u mülki şəxs, 20-si hərbçidir."
    )
    parts = [f for f in extract(text, lang="az", published=PUB) if f.value in (30, 20)]
    assert [(f.metric, f.group, f.scope, f.since) for f in parts] == [
        (metric, Group.CIVILIANS, Scope.CUMULATIVE, "2021"),
        (metric, Group.MILITARY, Scope.CUMULATIVE, "2021"),
    ]


def test_counts_joined_by_and_share_the_verb_after_the_last() -> None:
    text = (
        "Başlıq\n\nAvqustda minalardan 12 nəfər zərər çəkib. "
        "Onlardan 3 mülki şəxs həlak olub, 5 mülki şəxs və 4 hərbçi isə yaralanıb."
    )
    parts = [f for f in extract(text, lang="az", published=PUB) if f.value != 12]
    assert [(f.metric, f.value, f.group) for f in parts] == [
        (Metric.MINE_KILLED, 3, Group.CIVILIANS),
        (Metric.MINE_INJURED, 5, Group.CIVILIANS),
        (Metric.MINE_INJURED, 4, Group.MILITARY),
    ]
