"""A report's list of periods whose lines label each count: "killed - 38 (civilian - 31, ...)"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

REPORT = (
    "Since the war ended, 250 people have become victims of mines.\n"
    "The figures by year are as follows:\n"
    "- 2022: 90 victims; killed - 20 (civilian - 12, military - 8); injured - 70 "
    "(civilian - 30, military - 40);\n"
    "- 2023: injured - 15 (civilians - 10, military - 5); no one was killed.\n"
)


def _people(text: str) -> set[tuple[Metric, int, Group]]:
    return {(f.metric, int(f.value), f.group) for f in extract(text, lang="en")}


@pytest.mark.parametrize(
    "figure",
    [
        (Metric.MINE_VICTIMS, 90, Group.ALL),
        (Metric.MINE_KILLED, 20, Group.ALL),
        (Metric.MINE_KILLED, 12, Group.CIVILIANS),
        (Metric.MINE_KILLED, 8, Group.MILITARY),
        (Metric.MINE_INJURED, 70, Group.ALL),
        (Metric.MINE_INJURED, 30, Group.CIVILIANS),
        (Metric.MINE_INJURED, 40, Group.MILITARY),
        (Metric.MINE_INJURED, 15, Group.ALL),
        (Metric.MINE_INJURED, 10, Group.CIVILIANS),
        (Metric.MINE_INJURED, 5, Group.MILITARY),
    ],
)
def test_a_labelled_count_in_a_list_after_the_victims_total_is_read(
    figure: tuple[Metric, int, Group],
) -> None:
    assert figure in _people(REPORT)


def test_a_count_with_its_own_verb_after_a_colon_keeps_it() -> None:
    text = "Since 2021, 32 people suffered from mines: three were killed and 29 injured."
    assert (Metric.MINE_KILLED, 3, Group.ALL) in _people(text)


def test_a_list_after_no_victims_total_is_not_about_mines() -> None:
    text = "The ministry gave these figures:\n- 2023: killed - 20; injured - 70.\n"
    assert not _people(text)


def test_a_line_after_a_colon_keeps_its_own_verb_of_harm() -> None:
    text = (
        "Since January, 25 people have become victims of landmines.\n"
        "The figures were obtained from hospitals and regional coordinators:\n"
        "Four people died and 21 were injured in 19 incidents.\n"
    )
    found = {(f.metric, int(f.value)) for f in extract(text, lang="en")}
    assert {(Metric.MINE_KILLED, 4), (Metric.MINE_INJURED, 21)} <= found
    assert 19 not in {value for _, value in found}


def test_a_list_line_labelled_by_its_year_is_that_year_s_total() -> None:
    text = (
        "Since the war ended, 250 people have become victims of mines.\n"
        "The figures by year are as follows:\n"
        "- 2022: 90 victims; killed - 5 (civilian - 3, military - 2);\n"
        "- 2023: 60 victims; killed - 5 (civilian - 3, military - 2);\n"
    )
    found = {
        (f.metric, int(f.value), f.group, f.since, f.until)
        for f in extract(text, lang="en", published="2024-06-01")
    }
    assert {
        (Metric.MINE_KILLED, 2, Group.MILITARY, "2022", "2022-12-31"),
        (Metric.MINE_KILLED, 2, Group.MILITARY, "2023", "2023-12-31"),
    } <= found
