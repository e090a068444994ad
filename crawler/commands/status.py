"""``minewatch status``: the last runs and, when a daemon is running, its pid and next run."""

from __future__ import annotations

import argparse
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.commands import BaseCommand, add_store_options
from crawler.errors import ConfigError

if TYPE_CHECKING:
    from store.daemon_state import DaemonState
    from store.records import RunSummary


@dataclass(frozen=True, slots=True)
class DaemonView:
    """The daemon's record and whether its process is alive (None: on another host, unknown)."""

    state: DaemonState
    alive: bool | None


@dataclass(frozen=True, slots=True)
class StatusView:
    store: str
    daemon: DaemonView | None
    runs: tuple[RunSummary, ...]


# SQLite and PostgreSQL take a LIMIT up to a signed 64-bit integer; more runs than this
# no store holds
MAX_LIMIT = 1_000_000


class Command(BaseCommand):
    help = "last runs and the daemon's state"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        add_store_options(parser)
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--limit", type=int, default=10, help="how many runs to show")

    def run(self, args: argparse.Namespace) -> int:
        from store import db
        from store.daemon_state import load_state
        from store.repository import Repository

        if not 1 <= args.limit <= MAX_LIMIT:
            raise ConfigError(
                "command line",
                f"must be from 1 to {MAX_LIMIT:,}, got {args.limit}",
                field="--limit",
            )
        url = _store_url(args.db, args.config)
        with db.connect(url) as store:
            state = load_state(store)
            runs = tuple(Repository(store).runs(args.limit))
        daemon = None if state is None else DaemonView(state, process_alive(state))
        view = StatusView(store=url, daemon=daemon, runs=runs)
        print(json.dumps(status_to_dict(view), indent=2) if args.json else format_status(view))
        return 0


def _store_url(cli_db: str | None, config_path: str) -> str:
    from sqlalchemy.engine import make_url

    from crawler.config import load_config, resolve_db_url
    from store import db

    config = load_config(config_path) if cli_db is None and Path(config_path).exists() else None
    url = db.normalise_url(resolve_db_url(cli_db, config))
    database = make_url(url).database if make_url(url).get_backend_name() == "sqlite" else None
    if database not in (None, "", ":memory:") and not _has_content(Path(database)):
        # status only reads: creating an empty store here would hide a wrong path
        raise ConfigError(url, "no store here (wrong --db, or no pass has run yet)")
    return url


def _has_content(path: Path) -> bool:
    """A file with bytes in it (an empty file, as ``touch`` leaves, is no store either)."""
    try:
        return path.stat().st_size > 0 or path.is_dir()
    except OSError:
        return False


def process_alive(state: DaemonState, host: str | None = None) -> bool | None:
    if state.host != (host or socket.gethostname()):
        return None
    try:
        os.kill(state.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # a process of another user holds the pid: alive
    return True


def format_status(view: StatusView) -> str:
    lines = [f"store: {view.store}", _daemon_line(view.daemon), ""]
    if not view.runs:
        lines.append("no runs yet")
        return "\n".join(lines)
    header = ("run", "started", "finished", "outcome", "fetched", "parsed", "changes")
    rows = [header] + [
        (
            str(run.id),
            _time(run.started),
            _time(run.finished),
            run.status,
            str(run.pages_fetched),
            str(run.pages_parsed),
            str(run.changes),
        )
        for run in view.runs
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    for row in rows:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return "\n".join(line.rstrip() for line in lines)


def _daemon_line(daemon: DaemonView | None) -> str:
    if daemon is None:
        return "daemon: not running"
    state = daemon.state
    who = f"pid {state.pid} on {state.host}"
    if daemon.alive is False:
        return f"daemon: not running ({who} stopped without clearing its record)"
    next_run = _time(state.next_run) if state.next_run else "none scheduled"
    running = "running" if daemon.alive else "recorded as running (another host)"
    return (
        f"daemon: {running}, {who} since {_time(state.started)}, "
        f"schedule {state.schedule}, next run {next_run}"
    )


def _time(value: datetime | None) -> str:
    return "-" if value is None else value.isoformat(sep=" ", timespec="seconds")


def status_to_dict(view: StatusView) -> dict[str, Any]:
    daemon = None
    if view.daemon is not None:
        state = view.daemon.state
        daemon = {
            "pid": state.pid,
            "host": state.host,
            "alive": view.daemon.alive,
            "started": state.started.isoformat(),
            "schedule": state.schedule,
            "next_run": state.next_run.isoformat() if state.next_run else None,
        }
    return {
        "store": view.store,
        "daemon": daemon,
        "runs": [
            {
                "id": run.id,
                "started": run.started.isoformat(),
                "finished": run.finished.isoformat() if run.finished else None,
                "status": run.status,
                "pages_fetched": run.pages_fetched,
                "pages_parsed": run.pages_parsed,
                "changes": run.changes,
            }
            for run in view.runs
        ],
    }
