"""A count followed by its parts by group in brackets: "312 (civilians - 146, military - 166)"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import PEOPLE_METRICS, Group, Metric

TOTAL = "Since the end of the war, 420 people have become victims of mines. "


def _people(text: str) -> set[tuple[Metric, int, Group]]:
    return {
        (f.metric, f.value, f.group)
        for f in extract(text, lang="en", published="2024-05-01")
        if f.metric is not Metric.MINE_VICTIMS
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of them, 80 were killed (civilians - 60, servicemen - 20) and 340 "
            "(civilians - 150, servicemen - 190) were wounded.",
            {
                (Metric.MINE_KILLED, 80, Group.ALL),
                (Metric.MINE_KILLED, 60, Group.CIVILIANS),
                (Metric.MINE_KILLED, 20, Group.MILITARY),
                (Metric.MINE_INJURED, 340, Group.ALL),
                (Metric.MINE_INJURED, 150, Group.CIVILIANS),
                (Metric.MINE_INJURED, 190, Group.MILITARY),
            },
        ),
        (
            "Of them, 80 people (civilian - 60, military - 20) died and 340 "
            "(civilian - 150, military - 190) were injured.",
            {
                (Metric.MINE_KILLED, 80, Group.ALL),
                (Metric.MINE_KILLED, 60, Group.CIVILIANS),
                (Metric.MINE_KILLED, 20, Group.MILITARY),
                (Metric.MINE_INJURED, 340, Group.ALL),
                (Metric.MINE_INJURED, 150, Group.CIVILIANS),
                (Metric.MINE_INJURED, 190, Group.MILITARY),
            },
        ),
    ],
)
def test_a_bare_count_before_its_bracketed_groups_counts_people(
    sentence: str, expected: set[tuple[Metric, int, Group]]
) -> None:
    assert _people(TOTAL + sentence) == expected


def test_a_bare_number_before_brackets_without_groups_is_no_people_count() -> None:
    text = "Teams found 45 mines (12 of them anti-tank) and 300 (in Fuzuli) last week."
    assert not [f for f in extract(text, lang="en") if f.metric in PEOPLE_METRICS]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of them, 9 died (five civilians and four military).",
            {(Metric.MINE_KILLED, 4, Group.MILITARY)},
        ),
        (
            "Of them, 9 were injured (four military, five civilians).",
            {(Metric.MINE_INJURED, 4, Group.MILITARY)},
        ),
    ],
)
def test_military_after_a_count_stands_for_the_servicemen(
    sentence: str, expected: set[tuple[Metric, int, Group]]
) -> None:
    assert expected <= _people(TOTAL + sentence)


def test_military_before_a_noun_is_no_person() -> None:
    text = "A mine damaged 3 military trucks near Fuzuli on Monday."
    assert not [f for f in extract(text, lang="en") if f.metric in PEOPLE_METRICS]


def test_a_part_out_of_its_total_counts_what_the_total_does() -> None:
    text = "Since the war ended, 150 out of 320 mine victims were hurt far from the front line."
    found = {(f.metric, int(f.value)) for f in extract(text, lang="en")}
    assert found == {(Metric.MINE_VICTIMS, 150), (Metric.MINE_VICTIMS, 320)}
