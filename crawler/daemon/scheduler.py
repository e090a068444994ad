"""The daemon's timer: runs each pass as ``minewatch run`` in a child process.

The schedule lives in the store's own database (APScheduler's SQLAlchemyJobStore,
table ``minewatch_schedule``), so a daemon that was down when a pass was due runs
the missed pass once when it comes back, not once per missed day. APScheduler's
defaults are wrong for a daily job (a missed run gets 1 s of grace), hence the
explicit ``coalesce``, ``max_instances`` and ``misfire_grace_time``.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_RUNNING
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from crawler.config import DEFAULT_SCHEDULE, DEFAULT_TIMEZONE, timezone_named
from crawler.daemon.child import PassChild
from crawler.daemon.cron import crontab_trigger
from crawler.daemon.reports import FiledReport, file_report, left_pending, pending_paths
from crawler.errors import ConfigError, ExitCode
from store import db
from store.daemon_state import DaemonState, clear_state, save_state

log = logging.getLogger("minewatch.daemon")

JOB_ID = "minewatch-pass"
# The job store keeps the job's function by this name: stores written by earlier
# versions name it so, and ``crawler.daemon`` exports it under it.
JOB_FUNCTION = "crawler.daemon:scheduled_pass"
JOB_TABLE = db.SCHEDULE_TABLE  # a table of the store's database, left to APScheduler
MAX_EVERY = 366 * 24 * 3600.0  # longer overflows the scheduler's date arithmetic
# A pass missed while the daemon was down still runs if the daemon is back within
# this long; coalescing makes it one pass however many were missed.
MISFIRE_GRACE_SECONDS = 12 * 3600
KILL_AFTER_SECONDS = 10.0
STATE_REFRESH_SECONDS = 1.0

# The job store pickles a reference to ``scheduled_pass``, a module-level function,
# so the child it manages must be reachable from the module too.
_child = PassChild()
_NOTHING = object()


class PassScheduler(BackgroundScheduler):
    """A BackgroundScheduler that starts nothing unless running.

    APScheduler 3 skips due jobs while paused but processes them once more while
    shutting down, where the executor refuses them: the due pass would be logged
    as an error and its due time consumed, when the next start should run it.
    """

    def _process_jobs(self) -> float | None:
        if self.state != STATE_RUNNING:
            return None
        return super()._process_jobs()


@dataclass(frozen=True, slots=True)
class Schedule:
    trigger: BaseTrigger
    description: str
    timezone: ZoneInfo


def build_schedule(
    cli_schedule: str | None,
    every: float | None,
    settings_schedule: str | None,
    settings_timezone: str | None,
) -> Schedule:
    """The trigger from --every, else --schedule, else the config's schedule, else 06:00 daily."""
    zone_name = settings_timezone or DEFAULT_TIMEZONE
    try:
        zone = timezone_named(zone_name)
    except ValueError as error:
        raise ConfigError("settings", str(error), field="timezone") from None
    if every is not None:
        if cli_schedule is not None:
            raise ConfigError("command line", "--schedule or --every, not both", field="--every")
        if not (0 < every <= MAX_EVERY):
            raise ConfigError(
                "command line",
                f"must be a number of seconds from 0 to {MAX_EVERY:g} (a year), got {every:g}",
                field="--every",
            )
        return Schedule(IntervalTrigger(seconds=every, timezone=zone), f"every {every:g} s", zone)
    if cli_schedule is not None and not cli_schedule.strip():
        raise ConfigError(
            "command line", "is empty: give a crontab like '0 6 * * *'", field="--schedule"
        )
    expression = cli_schedule or settings_schedule or DEFAULT_SCHEDULE
    try:
        trigger = crontab_trigger(expression, zone)
    except ValueError as error:
        where = "--schedule" if cli_schedule else "schedule"
        raise ConfigError(
            "command line" if cli_schedule else "settings",
            f"bad crontab {expression!r}: {error}",
            field=where,
        ) from None
    return Schedule(trigger, f'"{expression}" ({zone_name})', zone)


def build_scheduler(db_url: str, timezone: ZoneInfo) -> PassScheduler:
    """A scheduler whose job store is a table of the store's own database."""
    options = {}
    if make_url(db_url).get_backend_name() == "sqlite":
        # passes write to the same SQLite file: wait for their transactions, never fail
        options["connect_args"] = {"timeout": db.BUSY_TIMEOUT_MS / 1000}
    engine = create_engine(db_url, **options)
    return PassScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename=JOB_TABLE)},
        executors={"default": ThreadPoolExecutor(max_workers=1)},
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": MISFIRE_GRACE_SECONDS,
        },
        timezone=timezone,
    )


def schedule_pass(
    scheduler: BackgroundScheduler,
    trigger: BaseTrigger,
    config_path: str,
    db_url: str,
    report_dir: str,
) -> None:
    """Store the pass job, keeping a missed due time so the missed pass still runs once."""
    existing = scheduler.get_job(JOB_ID)
    due = existing.next_run_time if existing is not None else None
    keep: dict[str, datetime] = {}
    if due is not None and due <= datetime.now(UTC):
        log.info(
            "a pass was due at %s while the daemon was down", due.isoformat(timespec="seconds")
        )
        keep["next_run_time"] = due
    scheduler.add_job(
        JOB_FUNCTION,
        trigger,
        args=[config_path, db_url, report_dir],
        id=JOB_ID,
        name="minewatch pass",
        replace_existing=True,
        **keep,
    )


def scheduled_pass(config_path: str, db_url: str, report_dir: str) -> None:
    """One pass as ``minewatch run`` in a child process; logs its outcome and flagged changes."""
    directory = Path(report_dir)
    directory.mkdir(parents=True, exist_ok=True)
    pending = pending_paths(directory, datetime.now(UTC))
    argv = [sys.executable, "-m", "crawler", "run", "--config", config_path, "--db", db_url]
    argv += ["--json", str(pending.json)]
    log.info("pass starting")
    code = _child.run(argv, pending.markdown)
    try:
        filed = file_report(pending, directory)
    except ValueError as error:
        log.error("%s", error)
        filed = None
    if code is None:
        log.info("pass not started: the daemon is stopping")
    elif code == ExitCode.LOCKED:
        log.warning("pass skipped: another pass holds the lock; waiting for the next schedule")
    elif code == ExitCode.OK and filed is not None:
        log.info(
            "pass finished: run %d %s, %d pages fetched, %d parsed, %d changes flagged; report %s",
            filed.run_id,
            filed.status or "ok",
            filed.pages_fetched,
            filed.pages_parsed,
            len(filed.changes),
            filed.paths.markdown,
        )
    elif code < 0 or code == ExitCode.INTERRUPTED:
        log.warning("pass aborted (exit %d)", code)
    else:
        log.error("pass failed with exit code %d", code)
    _log_changes(filed)


def file_left_reports(report_dir: Path) -> list[FiledReport]:
    """File the reports an earlier, killed daemon left pending, and say what they flag."""
    filed = []
    for pending in left_pending(report_dir):
        try:
            report = file_report(pending, report_dir)
        except ValueError as error:
            log.error("%s", error)
            continue
        if report is None:
            continue
        log.warning(
            "filed the report of run %d, left pending by an earlier daemon: %s",
            report.run_id,
            report.paths.markdown,
        )
        _log_changes(report)
        filed.append(report)
    return filed


def _log_changes(filed: FiledReport | None) -> None:
    for change in filed.changes if filed is not None else ():
        log.warning("changed: %s", change.describe())


def run_daemon(
    config_path: str, db_url: str, report_dir: Path, schedule: Schedule, *, grace: float
) -> int:
    global _child
    _child = PassChild()
    store = db.connect(db_url)
    scheduler = build_scheduler(db_url, schedule.timezone)
    stop, hurry = threading.Event(), threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        # a second signal while stopping cuts the grace period short
        (hurry if stop.is_set() else stop).set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, on_signal)  # the terminal closed: stop as cleanly as on SIGTERM
    file_left_reports(report_dir)
    scheduler.start(paused=True)
    schedule_pass(scheduler, schedule.trigger, config_path, db_url, str(report_dir))
    host, pid, started = socket.gethostname(), os.getpid(), datetime.now(UTC)
    log.info(
        "daemon started (pid %d), schedule %s, store %s",
        pid,
        schedule.description,
        db.shown_url(db_url),
    )
    scheduler.resume()
    announced: object = _NOTHING
    try:
        while not stop.is_set():
            job = scheduler.get_job(JOB_ID)
            next_run = job.next_run_time if job is not None else None
            if next_run != announced:
                save_state(store, DaemonState(pid, host, started, schedule.description, next_run))
                if next_run is not None:
                    log.info("next pass at %s", next_run.isoformat(timespec="seconds"))
                announced = next_run
            stop.wait(STATE_REFRESH_SECONDS)
        log.info("stopping: no new passes")
        scheduler.pause()
        _child.close(grace, KILL_AFTER_SECONDS, hurry)
        scheduler.shutdown(wait=True)
    finally:
        clear_state(store, pid, host)
        store.close()
    log.info("daemon stopped")
    return int(ExitCode.OK)
