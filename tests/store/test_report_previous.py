"""Each change row of a report carries what the latest earlier ok run said of its key."""

from __future__ import annotations

import dataclasses
import json

from report_sample import SAMPLE
from store_pages import article_page, victims

from parsers.compare import compare
from parsers.models import Figure, Group, Observation
from store.report import (
    PreviousValue,
    Report,
    moved_since_previous,
    render_html,
    render_json,
    render_markdown,
    since_previous,
)
from store.repository import Repository

URL = "https://news.example/mines"
BASELINE = [Observation(victims(268), "2022-11-24", "minewatch:baseline")]


def a_run(repo: Repository, figures: tuple[Figure, ...], *, status: str = "ok") -> int:
    """A run that stored ``figures`` as the page's text and recorded its changes."""
    run = repo.start_run()
    text = " ".join(str(figure.value) for figure in figures) or "no figures"
    repo.save_page(run, article_page(URL, text, figures))
    repo.record_changes(run, compare(repo.observations(), BASELINE))
    repo.finish_run(run, status, pages_fetched=1, pages_parsed=1)
    return run


def row_of(report: Report, group: str = "all"):
    [row] = [row for row in report.changes if row.group == group]
    return row


def test_the_first_run_has_no_previous_run(repo: Repository) -> None:
    run = a_run(repo, (victims(300),))
    report = repo.report(run)
    assert report.previous_run is None
    assert row_of(report).previous is None


def test_a_change_carries_the_previous_runs_value_and_date(repo: Repository) -> None:
    first = a_run(repo, (victims(300),))
    second = a_run(repo, (victims(305),))
    report = repo.report(second)
    assert report.previous_run == first
    assert row_of(report).previous == PreviousValue(first, 300, "2023-06-01")


def test_a_key_new_since_the_previous_run_has_no_previous(repo: Repository) -> None:
    a_run(repo, (victims(300),))
    second = a_run(repo, (victims(300), victims(4, start=80, group=Group.CHILDREN)))
    assert row_of(repo.report(second), "children").previous is None


def test_failed_and_aborted_runs_are_skipped_as_previous(repo: Repository) -> None:
    first = a_run(repo, (victims(300),))
    a_run(repo, (victims(301),), status="failed")
    a_run(repo, (victims(302),), status="aborted")
    last = a_run(repo, (victims(303),))
    report = repo.report(last)
    assert report.previous_run == first
    assert row_of(report).previous.value == 300


def test_a_later_run_is_never_the_previous_one(repo: Repository) -> None:
    first = a_run(repo, (victims(300),))
    a_run(repo, (victims(310),))
    assert repo.report(first).previous_run is None


def test_since_previous_reads_new_equal_or_signed_difference() -> None:
    row = SAMPLE.changes[1]
    assert since_previous(dataclasses.replace(row, previous=None)) == "new"
    assert since_previous(dataclasses.replace(row, previous=PreviousValue(6, 300, None))) == "="
    assert since_previous(dataclasses.replace(row, previous=PreviousValue(6, 295, None))) == "+5"
    assert since_previous(dataclasses.replace(row, previous=PreviousValue(6, 1300, None))) == (
        "-1,000"
    )


def test_a_fractional_difference_shows_without_float_noise() -> None:
    row = SAMPLE.changes[2]  # 12,345.5 hectares
    moved = dataclasses.replace(row, previous=PreviousValue(6, 12345.2, None))
    assert since_previous(moved) == "+0.3"


def test_moved_lists_new_and_changed_keys_but_not_equal_ones() -> None:
    moved = moved_since_previous(SAMPLE)
    assert [(row.metric, row.flag) for row in moved] == [
        ("mine_victims", "increased"),
        ("area_cleared_ha", "new"),
    ]


def test_markdown_summarises_what_moved_at_the_top() -> None:
    markdown = render_markdown(SAMPLE)
    summary = markdown.index("## What moved since run 6")
    assert summary < markdown.index("## Sources")
    assert "- mine_victims, all, since 2020-11-10: 296 → ≥300 (+4)" in markdown


def test_markdown_marks_each_row_since_the_last_run() -> None:
    markdown = render_markdown(SAMPLE)
    assert "| flag | since run 6 |" in markdown
    assert "| increased | +4 |" in markdown
    assert "| new | new |" in markdown
    assert "| unchanged | = |" in markdown


def test_markdown_says_when_nothing_moved() -> None:
    still = tuple(
        dataclasses.replace(row, previous=PreviousValue(6, row.current.value, row.current.date))
        for row in SAMPLE.changes
    )
    markdown = render_markdown(dataclasses.replace(SAMPLE, changes=still))
    assert "Nothing moved since run 6." in markdown


def test_markdown_without_a_previous_run_says_so_and_has_no_column() -> None:
    first = dataclasses.replace(
        SAMPLE,
        previous_run=None,
        changes=tuple(dataclasses.replace(row, previous=None) for row in SAMPLE.changes),
    )
    markdown = render_markdown(first)
    assert "No earlier completed run to compare with." in markdown
    assert "since run" not in markdown


def test_html_highlights_rows_that_moved() -> None:
    html = render_html(SAMPLE)
    assert '<td class="number moved">+4</td>' in html
    assert '<td class="number">=</td>' in html
    assert "<h2>What moved since run 6</h2>" in html


def test_json_changes_carry_previous_run_value_and_date() -> None:
    data = json.loads(render_json(SAMPLE))
    by_flag = {change["flag"]: change for change in data["changes"]}
    assert by_flag["increased"]["previous"] == {"run": 6, "value": 296, "date": "2023-05-30"}
    assert by_flag["new"]["previous"] is None
    assert data["run"]["previous_run"] == 6
