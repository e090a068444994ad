from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest
from report_sample import NEWS, SAMPLE

from store.report import (
    BaselineValue,
    CurrentValue,
    change_row,
    order_changes,
    render_html,
    render_json,
    render_markdown,
    report_to_dict,
)

GOLDEN = Path(__file__).parent.parent / "fixtures" / "golden"


def matches_golden(name: str, rendered: str) -> None:
    path = GOLDEN / name
    if os.environ.get("MINEWATCH_UPDATE_GOLDEN") == "1":
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "render"),
    [("report.md", render_markdown), ("report.json", render_json), ("report.html", render_html)],
)
def test_the_rendered_report_matches_its_golden_file(name, render) -> None:
    matches_golden(name, render(SAMPLE))


def test_the_json_report_has_the_issue_2_shape() -> None:
    data = report_to_dict(SAMPLE)
    change = next(c for c in data["changes"] if c["flag"] == "increased")
    assert set(data) == {"run", "sources", "changes", "documents"}
    assert {"id", "started", "finished", "pages_fetched", "pages_parsed"} <= set(data["run"])
    assert set(data["sources"][0]) >= {"name", "status", "pages", "error"}
    assert {
        "metric",
        "group",
        "scope",
        "since",
        "place",
        "flag",
        "baseline",
        "current",
        "delta",
    } <= set(change)
    assert change["baseline"] == {"value": 268, "date": "2022-11-24"}
    assert {"value", "bound", "date", "url", "quote"} <= set(change["current"])
    assert change["delta"] == 32
    assert set(data["documents"][0]) >= {"url", "title", "published", "figures"}


def test_json_times_are_iso_with_timezone() -> None:
    assert report_to_dict(SAMPLE)["run"]["started"] == "2023-06-01T06:00:05+00:00"


def test_a_new_figure_has_no_baseline_in_json() -> None:
    new = next(c for c in report_to_dict(SAMPLE)["changes"] if c["flag"] == "new")
    assert new["baseline"] is None and new["delta"] is None


def test_render_json_is_the_dict_and_keeps_non_ascii_text() -> None:
    report = dataclasses.replace(
        SAMPLE, documents=(dataclasses.replace(SAMPLE.documents[0], title="Мины в Карабахе"),)
    )
    rendered = render_json(report)
    assert json.loads(rendered) == report_to_dict(report)
    assert "Мины в Карабахе" in rendered


def test_changes_are_ordered_by_flag_importance_then_metric() -> None:
    ordered = [(row.flag, row.metric) for row in order_changes(SAMPLE.changes)]
    assert ordered == [
        ("decreased", "mines_found"),
        ("increased", "mine_victims"),
        ("new", "area_cleared_ha"),
        ("unchanged", "mine_victims"),
    ]


def test_markdown_numbers_have_thousands_separators() -> None:
    markdown = render_markdown(SAMPLE)
    assert "2,728 (2022-11-24)" in markdown
    assert "Pages fetched: 1,204" in markdown


def test_markdown_calls_out_a_falling_cumulative_total_as_suspicious() -> None:
    markdown = render_markdown(SAMPLE)
    assert "**Suspicious:** a cumulative total fell from 2,728 to 2,600" in markdown
    assert markdown.count("Suspicious") == 1


def test_markdown_shows_each_quote_with_its_link() -> None:
    markdown = render_markdown(SAMPLE)
    assert "> More than 300 citizens were hurt by mines since the war ended in 2020." in markdown
    assert f"> — [{NEWS}]({NEWS}), 2023-06-01" in markdown


def test_markdown_shows_flagged_self_checks() -> None:
    assert "Self-checks flagged: parts_exceed_total." in render_markdown(SAMPLE)


def test_markdown_escapes_page_text_that_would_become_markup() -> None:
    markdown = render_markdown(SAMPLE)
    assert "Fuzuli \\| Aghdam" in markdown
    assert "[Mine \\<danger\\> in Karabakh]" in markdown


def test_html_escapes_page_text() -> None:
    html = render_html(SAMPLE)
    assert "Mine &lt;danger&gt; in Karabakh" in html
    assert "<danger>" not in html


def test_html_links_to_the_sources() -> None:
    assert '<a href="https://news.example/2023/06/mines?id=7&amp;lang=en">' in render_html(SAMPLE)


def test_an_empty_run_says_so() -> None:
    empty = dataclasses.replace(SAMPLE, sources=(), changes=(), documents=())
    markdown = render_markdown(empty)
    assert "No comparable figures were observed." in markdown
    assert "No new or changed articles." in markdown


def test_an_unfinished_run_renders_without_a_finish_time() -> None:
    running = dataclasses.replace(
        SAMPLE, run=dataclasses.replace(SAMPLE.run, finished=None, status="running")
    )
    assert report_to_dict(running)["run"]["finished"] is None
    assert "2023-06-01 06:00 UTC, not finished; status **running**" in render_markdown(running)


def test_a_change_becomes_a_row_with_its_baseline_and_current_values() -> None:
    from parsers.models import Change, ChangeFlag, Figure, Flag, Metric, Observation

    figure = Figure(
        metric=Metric.MINE_VICTIMS,
        value=300,
        since="2020-11-10",
        quote="300 victims",
        flags=(Flag.CONFLICTING_VALUES,),
    )
    base = Figure(metric=Metric.MINE_VICTIMS, value=268, since="2020-11-10")
    change = Change(
        key=figure.key(),
        flag=ChangeFlag.INCREASED,
        current=Observation(figure, "2023-06-01", NEWS),
        baseline=Observation(base, "2022-11-24", "minewatch:baseline"),
        delta=32,
    )
    row = change_row(change)
    assert row.baseline == BaselineValue(268, "2022-11-24")
    assert row.current == CurrentValue(
        300, "exact", "2023-06-01", NEWS, "300 victims", ("conflicting_values",)
    )
    assert (row.metric, row.since, row.flag, row.delta) == (
        "mine_victims",
        "2020-11-10",
        "increased",
        32,
    )


def test_html_links_only_to_web_urls() -> None:
    hostile = dataclasses.replace(SAMPLE.documents[0], url="javascript:alert(1)")
    html = render_html(dataclasses.replace(SAMPLE, documents=(hostile,)))
    assert 'href="javascript:' not in html


def test_markdown_links_only_to_web_urls() -> None:
    hostile = dataclasses.replace(SAMPLE.documents[0], url="javascript:alert(1)")
    markdown = render_markdown(dataclasses.replace(SAMPLE, documents=(hostile,)))
    assert "](javascript:" not in markdown
    assert "](#)" in markdown
