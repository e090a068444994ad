"""A count followed by its parts by group in brackets: "312 (civilians - 146, military - 166)"."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import PEOPLE_METRICS, Metric


def test_a_bare_number_before_brackets_without_groups_is_no_people_count() -> None:
    text = "Teams found 45 mines (12 of them anti-tank) and 300 (in Fuzuli) last week."
    assert not [f for f in extract(text, lang="en") if f.metric in PEOPLE_METRICS]


def test_military_before_a_noun_is_no_person() -> None:
    text = "A mine damaged 3 military trucks near Fuzuli on Monday."
    assert not [f for f in extract(text, lang="en") if f.metric in PEOPLE_METRICS]


def test_a_part_out_of_its_total_counts_what_the_total_does() -> None:
    text = "Since the war ended, 150 out of 320 mine victims were hurt far from the front line."
    found = {(f.metric, int(f.value)) for f in extract(text, lang="en")}
    assert found == {(Metric.MINE_VICTIMS, 150), (Metric.MINE_VICTIMS, 320)}
