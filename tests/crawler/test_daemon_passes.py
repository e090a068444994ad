"""The daemon with real passes: child processes crawling the fixture sites on 127.0.0.1.

Each test polls the store until the daemon has done what it should; the polling limit
only stops a broken daemon from hanging the suite, it measures nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import func, select

from crawler.daemon import scheduler as daemon
from crawler.demo.server import FixtureSites
from store.daemon_state import load_state
from store.db import Store, connect
from store.lock import pass_lock
from store.records import RunSummary
from store.repository import Repository
from store.schema import Document, DocumentVersion, Run
from tests.conftest import REPO, SITES, minewatch

pytestmark = pytest.mark.slow  # child processes against local servers

PATIENCE_SECONDS = 120
SLOW_SOURCE = """
# A page that answers only after a few seconds, so that a pass is surely running
# when the test interrupts it.
[[sources]]
name = "slowsite"
start_urls = ["{{base:ministry}}/_slow?seconds=8"]
article_pattern = "/never$"
max_pages = 1
"""


def write_sources(sites: FixtureSites, path: Path, *, slow: bool = False) -> Path:
    template = (SITES / "sources.toml.in").read_text(encoding="utf-8")
    path.write_text(sites.substitute_sites(template + (SLOW_SOURCE if slow else "")), "utf-8")
    return path


@dataclass
class Daemon:
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self, signum: int = signal.SIGTERM) -> int:
        self.process.send_signal(signum)
        return self.process.wait(timeout=PATIENCE_SECONDS)

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def start_daemon(tmp_path: Path, db_path: Path) -> Iterator[Callable[..., Daemon]]:
    started: list[Daemon] = []

    def start(config: Path, *options: str) -> Daemon:
        log = tmp_path / f"daemon-{len(started)}.log"
        with log.open("wb") as stderr:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "crawler",
                    "daemon",
                    "--config",
                    str(config),
                    "--db",
                    str(db_path),
                    "--report-dir",
                    str(tmp_path / "reports"),
                    *options,
                ],
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env={**os.environ, "PYTHONWARNINGS": "ignore"},
            )
        started.append(Daemon(process, log))
        return started[-1]

    yield start
    for running in started:
        if running.process.poll() is None:
            running.process.kill()
            running.process.wait()


def runs(store: Store) -> list[RunSummary]:
    return Repository(store).runs(100)


def wait_until(condition: Callable[[], bool], what: str, daemon: Daemon | None = None) -> None:
    deadline = time.monotonic() + PATIENCE_SECONDS
    while not condition():
        if daemon is not None and daemon.process.poll() is not None:
            pytest.fail(f"the daemon exited before {what}:\n{daemon.log_text()[-3000:]}")
        if time.monotonic() > deadline:
            log = daemon.log_text()[-3000:] if daemon else ""
            pytest.fail(f"never saw {what}\n{log}")
        time.sleep(0.2)


def finished_runs(store: Store, status: str = "ok") -> int:
    return sum(run.status == status for run in runs(store))


def duplicate_versions(store: Store) -> int:
    """Versions of one document with the same content: a pass stored a page twice."""
    with store.sessions() as session:
        counts = session.execute(
            select(func.count())
            .select_from(DocumentVersion)
            .group_by(DocumentVersion.document_id, DocumentVersion.content_hash)
        ).scalars()
        return sum(count - 1 for count in counts)


def test_a_daemon_every_two_seconds_completes_passes_and_files_their_reports(
    sites: FixtureSites, tmp_path: Path, store: Store, start_daemon: Callable[..., Daemon]
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml")
    running = start_daemon(config, "--every", "2")
    wait_until(lambda: finished_runs(store) >= 2, "two finished passes", running)
    assert running.stop() == 0
    reports = {path.name for path in (tmp_path / "reports").iterdir()}
    for run in (run for run in runs(store) if run.status == "ok"):
        date = run.started.date().isoformat()
        assert {f"{date}-run-{run.id}.json", f"{date}-run-{run.id}.md"} <= reports


def test_each_flagged_change_is_logged_by_the_daemon(
    sites: FixtureSites, tmp_path: Path, store: Store, start_daemon: Callable[..., Daemon]
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml")
    running = start_daemon(config, "--every", "2")
    wait_until(lambda: finished_runs(store) >= 1, "a finished pass", running)
    running.stop()
    assert "changed: mine_victims/all since 2020-11-10: 268 -> 300 (increased, +32)" in (
        running.log_text()
    )


def test_sigterm_during_a_pass_past_the_grace_period_aborts_it_and_exits_0(
    sites: FixtureSites, tmp_path: Path, store: Store, start_daemon: Callable[..., Daemon]
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml", slow=True)
    running = start_daemon(config, "--every", "1", "--grace", "0.5")
    wait_until(lambda: any(run.status == "running" for run in runs(store)), "a pass", running)
    assert running.stop() == 0
    assert [run.status for run in runs(store)] == ["aborted"]
    assert duplicate_versions(store) == 0
    assert load_state(store) is None


def test_sigterm_during_a_pass_lets_it_finish_within_the_grace_period(
    sites: FixtureSites, tmp_path: Path, store: Store, start_daemon: Callable[..., Daemon]
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml", slow=True)
    running = start_daemon(config, "--every", "1", "--grace", "90")
    wait_until(lambda: any(run.status == "running" for run in runs(store)), "a pass", running)
    assert running.stop() == 0
    assert [run.status for run in runs(store)] == ["ok"]


def test_a_pass_killed_with_sigkill_is_completed_by_the_next_and_recorded_aborted(
    sites: FixtureSites, tmp_path: Path, db_path: Path, store: Store
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml", slow=True)
    killed = subprocess.Popen(
        [sys.executable, "-m", "crawler", "run", "--config", str(config), "--db", str(db_path)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: _versions(store) > 0, "a page stored by the pass")
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
    stored_before = _versions(store)
    assert minewatch("run", "--config", config, "--db", db_path).returncode == 0
    assert [run.status for run in reversed(runs(store))] == ["aborted", "ok"]
    assert duplicate_versions(store) == 0
    assert _versions(store) >= stored_before
    fresh_db = tmp_path / "fresh.db"
    assert minewatch("run", "--config", config, "--db", fresh_db).returncode == 0
    with connect(str(fresh_db)) as fresh:
        assert _version_urls(store) == _version_urls(fresh)
        assert sorted(map(repr, Repository(store).observations())) == sorted(
            map(repr, Repository(fresh).observations())
        )


def _versions(store: Store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(DocumentVersion)) or 0


def _version_urls(store: Store) -> list[tuple[str, str]]:
    with store.sessions() as session:
        rows = session.execute(
            select(Document.url, DocumentVersion.content_hash).join(
                DocumentVersion, DocumentVersion.document_id == Document.id
            )
        )
        return sorted((url, content_hash) for url, content_hash in rows)


def test_a_run_while_another_pass_holds_the_lock_exits_4_saying_so(
    sites: FixtureSites, tmp_path: Path, db_path: Path
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml")
    with pass_lock(f"sqlite:///{db_path}"):
        refused = minewatch("run", "--config", config, "--db", db_path)
    assert refused.returncode == 4
    assert "a pass is already in progress" in refused.stderr


def test_a_daemon_whose_pass_is_locked_out_waits_for_the_next_schedule(
    sites: FixtureSites,
    tmp_path: Path,
    db_path: Path,
    store: Store,
    start_daemon: Callable[..., Daemon],
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml")
    with pass_lock(f"sqlite:///{db_path}"):
        running = start_daemon(config, "--every", "1")
        wait_until(lambda: "pass skipped" in running.log_text(), "a skipped pass", running)
        assert running.process.poll() is None
    wait_until(lambda: finished_runs(store) >= 1, "a pass once the lock is free", running)
    assert running.stop() == 0


def test_a_pass_missed_while_the_daemon_was_down_runs_once_on_start(
    sites: FixtureSites,
    tmp_path: Path,
    db_path: Path,
    store: Store,
    start_daemon: Callable[..., Daemon],
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml")
    hourly = IntervalTrigger(hours=1)
    scheduler = daemon.build_scheduler(f"sqlite:///{db_path}", daemon.ZoneInfo("UTC"))
    scheduler.start(paused=True)
    scheduler.add_job(
        daemon.scheduled_pass,
        hourly,
        id=daemon.JOB_ID,
        args=[str(config), f"sqlite:///{db_path}", str(tmp_path / "reports")],
        next_run_time=datetime.now(UTC) - timedelta(hours=3, minutes=10),
    )
    scheduler.shutdown()
    running = start_daemon(config, "--every", "3600")
    wait_until(lambda: finished_runs(store) >= 1, "the missed pass", running)

    def next_run_ahead() -> bool:
        state = load_state(store)
        return bool(state and state.next_run and state.next_run > datetime.now(UTC))

    wait_until(next_run_ahead, "the next pass scheduled ahead", running)
    assert running.stop() == 0
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Run)) == 1


def test_a_second_daemon_on_the_same_store_exits_4_and_leaves_the_first_ones_job(
    sites: FixtureSites,
    tmp_path: Path,
    db_path: Path,
    store: Store,
    start_daemon: Callable[..., Daemon],
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml")
    first = start_daemon(config, "--every", "3600")
    wait_until(lambda: load_state(store) is not None, "the first daemon's record", first)
    second = minewatch(
        "daemon", "--config", config, "--db", db_path, "--every", "5",
        "--report-dir", tmp_path / "other-reports",
    )  # fmt: skip
    assert second.returncode == 4
    assert "a daemon is already running on this store" in second.stderr
    assert load_state(store).pid == first.process.pid
    scheduler = daemon.build_scheduler(f"sqlite:///{db_path}", daemon.ZoneInfo("UTC"))
    scheduler.start(paused=True)
    try:
        job = scheduler.get_job(daemon.JOB_ID)
    finally:
        scheduler.shutdown()
    assert job.args[2] == str(tmp_path / "reports")
    assert first.stop() == 0
