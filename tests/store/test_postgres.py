"""The store on a real PostgreSQL server (MINEWATCH_TEST_PG_URL; skipped without it).

Every test gets its own empty schema: see the ``pg_url`` fixture.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.engine import make_url

from parsers.compare import compare
from parsers.models import ChangeFlag, Figure, Flag, Metric, Observation
from store import schema
from store.daemon_state import DaemonState, clear_state, load_state, save_state
from store.db import Store, StoreError, connect, stored_version
from store.report import SourceStatus
from store.repository import PageSaveError, Repository
from store.schema import ChangeRecord, DocumentVersion, FigureRow, Meta
from tests.store.store_pages import article_page, count, victims

URL = "https://news.example/mines-2023"


def observation(value: int, *, url: str = URL, date: str = "2023-06-01") -> Observation:
    return Observation(figure=victims(value), date=date, url=url, published=date)


# opening the store


def test_connect_creates_every_table_in_the_schema_of_the_url(pg_store: Store) -> None:
    tables = set(inspect(pg_store.engine).get_table_names())
    assert tables == set(schema.Base.metadata.tables)


def test_connect_records_the_schema_version(pg_store: Store) -> None:
    with pg_store.engine.connect() as connection:
        assert stored_version(connection) == schema.SCHEMA_VERSION


def test_connecting_again_keeps_what_was_stored(pg_url: str) -> None:
    with connect(pg_url) as first:
        Repository(first).save_page(
            Repository(first).start_run(), article_page(URL, "300 victims", ())
        )
    with connect(pg_url) as again:
        assert Repository(again).known_page(URL) is not None


def test_a_schema_newer_than_the_code_is_refused_without_showing_the_password(
    pg_store: Store, pg_url: str
) -> None:
    with pg_store.sessions() as session, session.begin():
        session.get(Meta, "schema_version").value = str(schema.SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="newer than this minewatch") as refused:
        connect(pg_url)
    assert f":{make_url(pg_url).password}@" not in str(refused.value)
    assert ":***@127.0.0.1" in str(refused.value)


def test_a_server_that_refuses_the_login_is_a_store_error_without_the_password(
    pg_url: str,
) -> None:
    wrong = pg_url.replace("minewatch_test:minewatch_test@", "minewatch_test:not-the-one@")
    assert wrong != pg_url, "the test URL is expected to carry the password .ci/postgres.sh sets"
    with pytest.raises(StoreError, match="cannot open store") as refused:
        connect(wrong)
    assert "not-the-one" not in str(refused.value)


# pages and figures


def test_a_page_and_its_figures_round_trip(pg_repo: Repository) -> None:
    figure = dataclasses.replace(victims(300), flags=(Flag.CONFLICTING_VALUES,))
    result = pg_repo.save_page(pg_repo.start_run(), article_page(URL, figure.quote, (figure,)))
    assert result.created and result.figures == 1
    assert pg_repo.observations() == [
        Observation(figure=figure, date="2023-06-01", url=URL, published="2023-06-01")
    ]


def test_the_raw_body_reads_back_byte_for_byte(pg_repo: Repository) -> None:
    page = dataclasses.replace(
        article_page(URL, "300 victims", ()), body="Minalar — 300 qurban\x00\xff".encode()
    )
    pg_repo.save_page(pg_repo.start_run(), page)
    stored = pg_repo.known_page(URL)
    assert stored is not None
    assert (stored.body, stored.etag, stored.content_hash) == (
        page.body,
        page.etag,
        page.content_hash,
    )


def test_the_same_content_twice_stores_one_version(pg_repo: Repository) -> None:
    page = article_page(URL, "300 victims", (victims(300),))
    pg_repo.save_page(pg_repo.start_run(), page)
    again = pg_repo.save_page(pg_repo.start_run(), page)
    assert not again.created
    assert count(pg_repo, DocumentVersion.id) == 1


def test_an_edited_page_gets_a_second_version_that_observations_use(
    pg_repo: Repository,
) -> None:
    pg_repo.save_page(pg_repo.start_run(), article_page(URL, "300 victims", (victims(300),)))
    edited = pg_repo.save_page(
        pg_repo.start_run(), article_page(URL, "310 victims", (victims(310),))
    )
    assert edited.created
    assert count(pg_repo, DocumentVersion.id) == 2
    assert [o.figure.value for o in pg_repo.observations()] == [310]


def test_a_page_edited_back_returns_to_its_first_version(pg_repo: Repository) -> None:
    first = pg_repo.save_page(
        pg_repo.start_run(), article_page(URL, "300 victims", (victims(300),))
    )
    pg_repo.save_page(pg_repo.start_run(), article_page(URL, "310 victims", (victims(310),)))
    back = pg_repo.save_page(pg_repo.start_run(), article_page(URL, "300 victims", (victims(300),)))
    assert (back.created, back.version_id) == (False, first.version_id)
    assert [o.figure.value for o in pg_repo.observations()] == [300]


def test_a_failing_page_is_rolled_back_alone(pg_repo: Repository) -> None:
    run = pg_repo.start_run()
    pg_repo.save_page(run, article_page(URL, "300 victims", (victims(300),)))
    broken = Figure(metric="not_a_metric", value=1, quote="1 thing")  # type: ignore[arg-type]
    other = "https://news.example/broken"

    with pytest.raises(PageSaveError, match=other):
        pg_repo.save_page(run, article_page(other, "broken", (victims(5), broken)))

    assert pg_repo.known_page(other) is None
    assert count(pg_repo, FigureRow.id) == 1
    assert [o.url for o in pg_repo.observations()] == [URL]


def test_the_store_takes_pages_again_after_a_failing_one(pg_repo: Repository) -> None:
    run = pg_repo.start_run()
    broken = Figure(metric="not_a_metric", value=1, quote="1 thing")  # type: ignore[arg-type]
    with pytest.raises(PageSaveError):
        pg_repo.save_page(run, article_page(URL, "broken", (broken,)))
    assert pg_repo.save_page(run, article_page(URL, "300 victims", (victims(300),))).created


def test_figure_values_keep_their_fractions_and_whole_ones_stay_int(
    pg_repo: Repository,
) -> None:
    area = Figure(metric=Metric.AREA_CLEARED_HA, value=12.5, quote="12.5 ha cleared", end=15)
    pg_repo.save_page(pg_repo.start_run(), article_page(URL, "x", (area, victims(300, start=20))))
    values = [o.figure.value for o in pg_repo.observations()]
    assert values == [12.5, 300]
    assert [type(value) for value in values] == [float, int]


def test_timestamps_read_back_as_the_same_utc_instants(pg_repo: Repository) -> None:
    baku = datetime(2023, 6, 1, 10, 0, tzinfo=UTC).astimezone(ZoneInfo("Asia/Baku"))
    run = pg_repo.start_run()
    pg_repo.save_page(run, article_page(URL, "x", (), fetched_at=baku))
    pg_repo.finish_run(run, "ok", pages_fetched=1, pages_parsed=1)
    with pg_repo.store.sessions() as session:
        fetched = session.scalar(select(DocumentVersion.fetched_at))
    assert fetched == baku and fetched.utcoffset() == timedelta(0)
    (summary,) = pg_repo.runs(1)
    assert summary.started.tzinfo is not None
    assert summary.started <= summary.finished


# runs, changes and reports


def test_abort_stale_runs_marks_only_running_runs_aborted(pg_repo: Repository) -> None:
    done = pg_repo.start_run()
    pg_repo.finish_run(done, "ok", pages_fetched=0, pages_parsed=0)
    killed = pg_repo.start_run()
    assert pg_repo.abort_stale_runs() == [killed]
    assert [(r.id, r.status) for r in pg_repo.runs(5)] == [(killed, "aborted"), (done, "ok")]


def test_runs_are_newest_first_and_count_flagged_changes(pg_repo: Repository) -> None:
    first = pg_repo.start_run()
    second = pg_repo.start_run()
    changes = compare([observation(310)], [observation(300, date="2022-11-24")])
    pg_repo.record_changes(second, changes)
    summaries = pg_repo.runs(10)
    assert [(s.id, s.changes) for s in summaries] == [(second, 1), (first, 0)]


def test_recorded_changes_come_back_in_the_report_with_their_page(pg_repo: Repository) -> None:
    run = pg_repo.start_run()
    pg_repo.save_page(run, article_page(URL, victims(310).quote, (victims(310),)))
    pg_repo.record_source(run, SourceStatus("example-news", "ok", 1, None))
    changes = compare(pg_repo.observations(), [observation(300, date="2022-11-24")])
    pg_repo.record_changes(run, changes)
    pg_repo.finish_run(run, "ok", pages_fetched=1, pages_parsed=1)

    report = pg_repo.report(run)

    (row,) = report.changes
    assert (row.flag, row.baseline.value, row.current.value, row.delta) == (
        str(ChangeFlag.INCREASED),
        300,
        310,
        10,
    )
    assert row.current.url == URL
    assert [s.name for s in report.sources] == ["example-news"]
    assert [d.url for d in report.documents] == [URL]


def test_the_report_names_the_previous_ok_run_and_its_value(pg_repo: Repository) -> None:
    baseline = [observation(300, date="2022-11-24")]
    earlier = pg_repo.start_run()
    pg_repo.record_changes(earlier, compare([observation(305)], baseline))
    pg_repo.finish_run(earlier, "ok", pages_fetched=1, pages_parsed=1)
    later = pg_repo.start_run()
    pg_repo.record_changes(later, compare([observation(310)], baseline))

    report = pg_repo.report(later)

    assert report.previous_run == earlier
    assert report.changes[0].previous.value == 305


# re-extraction


def test_a_re_extraction_replaces_the_figures_and_keeps_the_recorded_changes(
    pg_repo: Repository,
) -> None:
    run = pg_repo.start_run()
    saved = pg_repo.save_page(run, article_page(URL, victims(310).quote, (victims(310),)))
    pg_repo.record_changes(run, compare(pg_repo.observations(), [observation(300)]))
    assert pg_repo.versions_to_reextract("2") == [saved.version_id]

    pg_repo.replace_extraction(saved.version_id, None, (victims(320),), "2")

    assert pg_repo.versions_to_reextract("2") == []
    assert [o.figure.value for o in pg_repo.observations()] == [320]
    with pg_repo.store.sessions() as session:
        kept = session.execute(select(ChangeRecord.current_value, ChangeRecord.figure_id)).all()
    assert kept == [(310, None)]


# the daemon's record


def test_the_daemon_state_is_saved_replaced_and_cleared(pg_store: Store) -> None:
    state = DaemonState(
        pid=4321,
        host="watcher",
        started=datetime(2026, 11, 27, 5, 0, tzinfo=UTC),
        schedule='"0 6 * * *" (UTC)',
        next_run=datetime(2026, 11, 27, 6, 0, tzinfo=UTC),
    )
    assert load_state(pg_store) is None
    save_state(pg_store, state)
    later = dataclasses.replace(state, next_run=None)
    save_state(pg_store, later)
    assert load_state(pg_store) == later
    clear_state(pg_store, state.pid, state.host)
    assert load_state(pg_store) is None


def test_identifiers_are_the_lowercase_names_sql_written_by_hand_uses(pg_store: Store) -> None:
    with pg_store.engine.connect() as connection:
        rows = connection.execute(text('SELECT "group", "end" FROM figures')).all()
    assert rows == []
