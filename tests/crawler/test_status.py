"""``minewatch status``: last runs, and the daemon's pid and next run when it is running."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.commands.status import (
    DaemonView,
    StatusView,
    format_status,
    process_alive,
    status_to_dict,
)
from store.daemon_state import DaemonState, save_state
from store.db import connect
from store.records import RunSummary
from store.repository import Repository

STARTED = datetime(2026, 11, 27, 6, 0, 1, tzinfo=UTC)
RUN = RunSummary(
    id=7,
    started=STARTED,
    finished=datetime(2026, 11, 27, 6, 0, 42, tzinfo=UTC),
    status="ok",
    pages_fetched=31,
    pages_parsed=12,
    changes=2,
)
STATE = DaemonState(
    pid=4321,
    host="watcher",
    started=datetime(2026, 11, 26, 20, 0, tzinfo=UTC),
    schedule='"0 6 * * *" (UTC)',
    next_run=datetime(2026, 11, 28, 6, 0, tzinfo=UTC),
)


def view(daemon: DaemonView | None, runs: tuple[RunSummary, ...] = (RUN,)) -> StatusView:
    return StatusView(store="sqlite:////srv/minewatch.db", daemon=daemon, runs=runs)


def test_each_run_shows_start_end_outcome_pages_and_changes() -> None:
    text = format_status(view(None))
    header, row = text.splitlines()[3:5]
    assert header.split() == [
        "run",
        "started",
        "finished",
        "outcome",
        "fetched",
        "parsed",
        "changes",
    ]
    assert row.split() == [
        "7",
        "2026-11-27",
        "06:00:01+00:00",
        "2026-11-27",
        "06:00:42+00:00",
        "ok",
        "31",
        "12",
        "2",
    ]


def test_a_running_daemon_shows_its_pid_and_next_run() -> None:
    text = format_status(view(DaemonView(STATE, alive=True)))
    assert "daemon: running, pid 4321 on watcher" in text
    assert "next run 2026-11-28 06:00:00+00:00" in text


def test_a_dead_daemons_leftover_record_is_not_shown_as_running() -> None:
    text = format_status(view(DaemonView(STATE, alive=False)))
    assert "daemon: not running (pid 4321 on watcher stopped without clearing its record)" in text


def test_without_a_daemon_record_status_says_not_running() -> None:
    assert "daemon: not running" in format_status(view(None)).splitlines()


def test_a_store_without_runs_says_so() -> None:
    assert format_status(view(None, runs=())).splitlines()[-1] == "no runs yet"


def test_the_json_form_carries_the_daemon_and_the_runs() -> None:
    data = status_to_dict(view(DaemonView(STATE, alive=True)))
    assert data["daemon"] == {
        "pid": 4321,
        "host": "watcher",
        "alive": True,
        "started": "2026-11-26T20:00:00+00:00",
        "schedule": '"0 6 * * *" (UTC)',
        "next_run": "2026-11-28T06:00:00+00:00",
    }
    assert data["runs"] == [
        {
            "id": 7,
            "started": "2026-11-27T06:00:01+00:00",
            "finished": "2026-11-27T06:00:42+00:00",
            "status": "ok",
            "pages_fetched": 31,
            "pages_parsed": 12,
            "changes": 2,
        }
    ]


def test_this_process_is_alive() -> None:
    state = DaemonState(os.getpid(), "here", STARTED, "every 2 s", None)
    assert process_alive(state, host="here") is True


def test_an_exited_process_is_not_alive() -> None:
    exited = subprocess.Popen([sys.executable, "-c", "pass"])
    exited.wait()
    state = DaemonState(exited.pid, "here", STARTED, "every 2 s", None)
    assert process_alive(state, host="here") is False


def test_a_daemon_on_another_host_cannot_be_checked() -> None:
    assert process_alive(STATE, host="elsewhere") is None


def test_status_reads_runs_and_daemon_state_from_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "minewatch.db"
    with connect(str(db_path)) as store:
        repository = Repository(store)
        run_id = repository.start_run()
        repository.finish_run(run_id, "ok", pages_fetched=5, pages_parsed=3)
        save_state(
            store, DaemonState(os.getpid(), socket.gethostname(), STARTED, "every 2 s", None)
        )
    assert main(["status", "--db", str(db_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["daemon"]["alive"] is True
    assert [(run["id"], run["status"], run["pages_fetched"]) for run in data["runs"]] == [
        (run_id, "ok", 5)
    ]


def test_status_on_a_missing_sqlite_file_fails_with_exit_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.db"
    assert main(["status", "--db", str(missing)]) == 2
    assert f"{missing}: no store here" in capsys.readouterr().err
    assert not missing.exists()


def test_status_on_an_empty_file_fails_with_exit_2_and_leaves_it_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "touched.db"
    empty.touch()
    assert main(["status", "--db", str(empty)]) == 2
    assert f"{empty}: no store here" in capsys.readouterr().err
    assert empty.stat().st_size == 0


@pytest.mark.parametrize("limit", ["0", "99999999999999999999"])
def test_a_limit_out_of_range_exits_2_naming_the_option(
    limit: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status", "--db", str(tmp_path / "x.db"), "--limit", limit]) == 2
    err = capsys.readouterr().err
    assert "--limit" in err and "Traceback" not in err
