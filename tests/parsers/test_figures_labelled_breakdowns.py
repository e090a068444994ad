"""A report's list of periods whose lines label each count: "killed - 38 (civilian - 31, ...)"."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Group, Metric


def _people(text: str) -> set[tuple[Metric, int, Group]]:
    return {(f.metric, int(f.value), f.group) for f in extract(text, lang="en")}


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
