from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from store_pages import FETCHED, article_page, count, victims

from parsers.compare import compare
from parsers.models import ChangeFlag, Figure, Flag, Metric, Observation
from store.db import StoreError, connect
from store.report import SourceStatus
from store.repository import PageSaveError, Repository
from store.schema import Document, DocumentVersion, FigureRow

URL = "https://news.example/mines-2023"


def test_a_page_and_its_figures_round_trip(repo: Repository) -> None:
    run = repo.start_run()
    figure = dataclasses.replace(victims(300), flags=(Flag.CONFLICTING_VALUES,))
    page = article_page(URL, figure.quote, (figure,))

    result = repo.save_page(run, page)

    assert result.created and result.figures == 1
    assert repo.observations() == [
        Observation(figure=figure, date="2023-06-01", url=URL, published="2023-06-01")
    ]
    stored = repo.known_page(URL)
    assert stored is not None
    assert (stored.body, stored.content_hash, stored.etag) == (
        page.body,
        page.content_hash,
        page.etag,
    )


def test_the_raw_body_is_stored_compressed(repo: Repository) -> None:
    run = repo.start_run()
    text = "Mines were found. " * 200
    page = article_page(URL, text, ())
    repo.save_page(run, page)
    with repo.store.sessions() as session:
        stored = session.scalar(select(DocumentVersion.body))
    assert len(stored) < len(page.body) / 10


def test_an_unknown_page_is_none(repo: Repository) -> None:
    assert repo.known_page(URL) is None


def test_the_same_content_twice_stores_one_version(repo: Repository) -> None:
    page = article_page(URL, "300 victims", (victims(300),))
    first = repo.save_page(repo.start_run(), page)
    second = repo.save_page(repo.start_run(), page)

    assert first.created and not second.created
    assert second.version_id == first.version_id
    assert count(repo, DocumentVersion.id) == 1
    assert count(repo, FigureRow.id) == 1


def test_an_edited_page_gets_a_new_version_and_observations_use_it(repo: Repository) -> None:
    repo.save_page(repo.start_run(), article_page(URL, "300 victims", (victims(300),)))
    edited = article_page(URL, "310 victims", (victims(310),), published="2023-07-01")
    result = repo.save_page(repo.start_run(), edited)

    assert result.created
    assert count(repo, DocumentVersion.id) == 2
    assert count(repo, FigureRow.id) == 2  # the old figures stay with the old version
    assert [o.figure.value for o in repo.observations()] == [310]
    assert [o.date for o in repo.observations()] == ["2023-07-01"]


def test_a_page_edited_back_to_an_earlier_text_returns_to_that_version(repo: Repository) -> None:
    original = article_page(URL, "300 victims", (victims(300),))
    repo.save_page(repo.start_run(), original)
    repo.save_page(repo.start_run(), article_page(URL, "310 victims", (victims(310),)))
    reverted = repo.save_page(repo.start_run(), original)

    assert not reverted.created
    assert [o.figure.value for o in repo.observations()] == [300]
    assert repo.known_page(URL).content_hash == original.content_hash


def test_a_failing_page_is_rolled_back_alone(repo: Repository) -> None:
    run = repo.start_run()
    repo.save_page(run, article_page(URL, "300 victims", (victims(300),)))
    broken = Figure(metric="not_a_metric", value=1, quote="1 thing")  # type: ignore[arg-type]
    other = "https://news.example/broken"

    with pytest.raises(PageSaveError, match=other):
        repo.save_page(run, article_page(other, "broken", (victims(5), broken)))

    assert repo.known_page(other) is None
    assert count(repo, FigureRow.id) == 1
    assert [o.url for o in repo.observations()] == [URL]


def test_a_naive_fetch_time_is_refused(repo: Repository) -> None:
    page = dataclasses.replace(
        article_page(URL, "300 victims", ()), fetched_at=datetime(2023, 6, 1)
    )
    with pytest.raises(PageSaveError, match="timezone-aware"):
        repo.save_page(repo.start_run(), page)


def test_observations_leave_out_listings_feeds_and_sitemaps(repo: Repository) -> None:
    listing = dataclasses.replace(
        article_page("https://news.example/", "300 victims", (victims(300),)), kind="listing"
    )
    repo.save_page(repo.start_run(), listing)
    assert repo.observations() == []


def test_an_observation_is_dated_by_the_period_end_the_text_states(repo: Repository) -> None:
    figure = dataclasses.replace(victims(150), until="2021-06-30")
    repo.save_page(repo.start_run(), article_page(URL, figure.quote, (figure,)))
    assert [o.date for o in repo.observations()] == ["2021-06-30"]


def test_touch_page_records_that_an_unchanged_page_was_seen(repo: Repository) -> None:
    repo.save_page(repo.start_run(), article_page(URL, "300 victims", ()))
    later = repo.start_run()
    repo.touch_page(later, URL)
    with repo.store.sessions() as session:
        document = session.scalar(select(Document))
    assert document.last_seen_run_id == later
    assert document.last_seen > FETCHED


def test_finish_run_records_outcome_and_counts(repo: Repository) -> None:
    run = repo.start_run()
    repo.finish_run(run, "failed", pages_fetched=7, pages_parsed=5, error="boom")
    [summary] = repo.runs(1)
    report = repo.report(run)
    assert (summary.status, summary.pages_fetched, summary.pages_parsed) == ("failed", 7, 5)
    assert summary.finished is not None and summary.finished.tzinfo is not None
    assert report.run.error == "boom"


def test_finish_run_refuses_an_unknown_status(repo: Repository) -> None:
    with pytest.raises(ValueError, match="running"):
        repo.finish_run(repo.start_run(), "running", pages_fetched=0, pages_parsed=0)


def test_abort_stale_runs_marks_running_runs_aborted(repo: Repository) -> None:
    done = repo.start_run()
    repo.finish_run(done, "ok", pages_fetched=1, pages_parsed=1)
    stale = repo.start_run()

    assert repo.abort_stale_runs() == [stale]
    statuses = {summary.id: summary.status for summary in repo.runs(10)}
    assert statuses == {done: "ok", stale: "aborted"}


def test_runs_are_newest_first_and_count_flagged_changes(repo: Repository) -> None:
    first, second = repo.start_run(), repo.start_run()
    repo.save_page(
        second, article_page(URL, "q", (victims(300), victims(3, start=50, group="journalists")))
    )  # type: ignore[arg-type]
    baseline = [Observation(victims(300), "2022-11-24", "minewatch:baseline")]
    changes = compare(repo.observations(), baseline)
    assert {c.flag for c in changes} == {ChangeFlag.UNCHANGED, ChangeFlag.NEW}
    repo.record_changes(second, changes)

    summaries = repo.runs(10)
    assert [s.id for s in summaries] == [second, first]
    assert [s.changes for s in summaries] == [1, 0]
    assert [s.id for s in repo.runs(1)] == [second]


def test_recorded_changes_come_back_in_the_report(repo: Repository) -> None:
    run = repo.start_run()
    repo.save_page(run, article_page(URL, "q", (victims(300),)))
    baseline = [Observation(victims(268), "2022-11-24", "minewatch:baseline")]
    repo.record_changes(run, compare(repo.observations(), baseline))

    [row] = repo.report(run).changes
    assert (row.metric, row.since, row.flag, row.delta) == (
        "mine_victims",
        "2020-11-10",
        "increased",
        32,
    )
    assert (row.baseline.value, row.baseline.date) == (268, "2022-11-24")
    assert (row.current.value, row.current.url, row.current.date) == (300, URL, "2023-06-01")
    assert repo.latest_changes() == (row,)


def test_the_report_lists_sources_and_the_articles_stored_in_the_run(repo: Repository) -> None:
    run = repo.start_run()
    repo.record_source(run, SourceStatus("example-news", "ok", 2))
    repo.record_source(run, SourceStatus("dead-site", "failed", 0, "connection refused"))
    repo.save_page(run, article_page(URL, "q", (victims(300), victims(45, start=80))))

    report = repo.report(run)
    assert [(s.name, s.status, s.pages, s.error) for s in report.sources] == [
        ("dead-site", "failed", 0, "connection refused"),
        ("example-news", "ok", 2, None),
    ]
    [document] = report.documents
    assert (document.url, document.title, document.published, document.figures) == (
        URL,
        "Mines",
        "2023-06-01",
        2,
    )


def test_record_source_twice_keeps_the_last_status(repo: Repository) -> None:
    run = repo.start_run()
    repo.record_source(run, SourceStatus("example-news", "ok", 2))
    repo.record_source(run, SourceStatus("example-news", "failed", 3, "timeout"))
    assert repo.report(run).sources == (SourceStatus("example-news", "failed", 3, "timeout"),)


def test_an_unknown_run_is_a_clear_error(repo: Repository) -> None:
    with pytest.raises(StoreError, match="no run 42"):
        repo.report(42)


def test_pages_survive_reopening_the_store(db_path) -> None:
    with connect(str(db_path)) as first:
        Repository(first).save_page(
            Repository(first).start_run(), article_page(URL, "q", (victims(300),))
        )
    with connect(str(db_path)) as second:
        assert [o.figure.value for o in Repository(second).observations()] == [300]


def test_figure_values_keep_their_fractions(repo: Repository) -> None:
    area = Figure(metric=Metric.AREA_CLEARED_HA, value=1234.5, quote="1,234.5 hectares")
    repo.save_page(repo.start_run(), article_page(URL, "q", (area,)))
    assert [o.figure.value for o in repo.observations()] == [1234.5]


def test_timestamps_are_utc(repo: Repository) -> None:
    run = repo.start_run()
    assert repo.report(run).run.started.tzinfo == UTC
