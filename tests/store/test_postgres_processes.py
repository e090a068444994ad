"""PostgreSQL across processes: the pass lock, the daemon's job store and a whole pass.

Real child processes against a real server (MINEWATCH_TEST_PG_URL; skipped without it).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.pool import NullPool

from crawler.daemon import scheduler as daemon
from crawler.demo.server import FixtureSites
from store import schema
from store.db import connect, stored_version
from store.lock import PASS_LOCK, LockHeld, pass_lock
from store.repository import Repository
from store.schema import DocumentVersion
from tests.conftest import minewatch, write_sources
from tests.store.conftest import lock_held_elsewhere


@pytest.fixture
def holder(pg_url: str) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds the pass lock until it is killed."""
    with lock_held_elsewhere("pass_lock", pg_url) as process:
        yield process


# the pass lock


def test_a_lock_held_by_another_process_is_refused_naming_its_pid(
    pg_url: str, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(LockHeld, match=rf"in progress \(pid {holder.pid} on "), pass_lock(pg_url):
        pass


def test_a_holder_killed_with_sigkill_leaves_no_stale_lock(
    pg_url: str, holder: subprocess.Popen[str]
) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with pass_lock(pg_url):
        pass


def test_the_lock_is_free_again_once_its_block_ends(pg_url: str) -> None:
    with pass_lock(pg_url):
        pass
    with pass_lock(pg_url):
        pass


def test_the_holders_connection_is_idle_not_idle_in_a_transaction(
    pg_url: str, holder: subprocess.Popen[str]
) -> None:
    # "idle in transaction" would be ended by a server's idle_in_transaction_session_timeout,
    # and the lock with it, in the middle of a pass
    engine = create_engine(pg_url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            states = connection.execute(
                text(
                    "SELECT a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                    " WHERE l.locktype = 'advisory' AND l.objid = :key AND l.granted"
                ),
                {"key": PASS_LOCK.key},
            ).scalars()
            assert list(states) == ["idle"]
    finally:
        engine.dispose()


# opening a new database


OPEN = "import sys; from store.db import connect; connect(sys.argv[1]).close()"


def test_processes_opening_a_new_database_at_once_all_open_it(pg_url: str) -> None:
    # the daemon, `minewatch status` and a pass may all be the first to open a new database
    children = [
        subprocess.Popen([sys.executable, "-c", OPEN, pg_url], stderr=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    errors = [child.communicate(timeout=60)[1] for child in children]
    assert [error for child, error in zip(children, errors, strict=True) if child.returncode] == []
    with connect(pg_url) as store, store.engine.connect() as connection:
        assert stored_version(connection) == schema.SCHEMA_VERSION


# the daemon's job store


def test_the_daemons_job_is_stored_in_the_database_and_reloaded(pg_url: str) -> None:
    trigger = IntervalTrigger(seconds=60)
    first = daemon.build_scheduler(pg_url, ZoneInfo("UTC"))
    first.start(paused=True)
    daemon.schedule_pass(first, trigger, "/srv/sources.toml", pg_url, "/srv/reports")
    due = first.get_job(daemon.JOB_ID).next_run_time
    first.shutdown(wait=False)

    again = daemon.build_scheduler(pg_url, ZoneInfo("UTC"))
    again.start(paused=True)
    try:
        job = again.get_job(daemon.JOB_ID)
        assert job is not None
        assert (job.args, job.next_run_time) == (
            ("/srv/sources.toml", pg_url, "/srv/reports"),
            due,
        )
    finally:
        again.shutdown(wait=False)


def test_the_job_table_lives_beside_the_stores_tables(pg_url: str) -> None:
    with connect(pg_url) as store:
        scheduler = daemon.build_scheduler(pg_url, ZoneInfo("UTC"))
        scheduler.start(paused=True)
        daemon.schedule_pass(scheduler, IntervalTrigger(seconds=60), "/s.toml", pg_url, "/r")
        scheduler.shutdown(wait=False)
        assert daemon.JOB_TABLE in inspect(store.engine).get_table_names()


# one whole pass


def test_a_whole_pass_into_postgresql_reports_the_baseline_changes(
    pg_url: str, sites: FixtureSites, tmp_path: Path
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml")
    report_path = tmp_path / "report.json"

    finished = minewatch("run", "--config", config, "--db", pg_url, "--json", report_path)

    assert finished.returncode == 0, finished.stderr[-3000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["run"]["status"] == "ok"
    victims = [
        change
        for change in report["changes"]
        if (change["metric"], change["since"], change["group"], change["place"])
        == ("mine_victims", "2020-11-10", "all", None)
        and change["scope"] == "cumulative"
    ]
    assert [(c["flag"], c["baseline"]["value"], c["current"]["value"]) for c in victims] == [
        ("increased", 268, 300)
    ]


def test_a_second_pass_stores_no_new_versions_and_names_the_first_run(
    pg_url: str, sites: FixtureSites, tmp_path: Path
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml")
    first = minewatch("run", "--config", config, "--db", pg_url)
    assert first.returncode == 0, first.stderr[-3000:]
    with connect(pg_url) as store, store.sessions() as session:
        versions = session.scalar(select(func.count(DocumentVersion.id)))

    second = minewatch("run", "--config", config, "--db", pg_url, "--json", tmp_path / "r.json")

    assert second.returncode == 0, second.stderr[-3000:]
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    with connect(pg_url) as store:
        with store.sessions() as session:
            assert session.scalar(select(func.count(DocumentVersion.id))) == versions
        runs = Repository(store).runs(5)
    assert [r.status for r in runs] == ["ok", "ok"]
    assert report["run"]["previous_run"] == runs[1].id
