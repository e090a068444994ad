"""The daemon's parts: its schedule, its persistent job, its report files, its child pass."""

from __future__ import annotations

import json
import shutil
import signal
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import create_engine, inspect

from crawler.daemon import scheduler as daemon
from crawler.daemon.child import PassChild
from crawler.daemon.reports import FlaggedChange, ReportPaths, file_report, pending_paths
from crawler.errors import ConfigError
from tests.conftest import FIXTURES as ALL_FIXTURES
from tests.conftest import minewatch

FIXTURES = Path(__file__).parent.parent / "fixtures" / "daemon"
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


# the schedule


def test_the_default_schedule_is_six_in_the_morning_utc() -> None:
    schedule = daemon.build_schedule(None, None, None, None)
    assert isinstance(schedule.trigger, CronTrigger)
    assert schedule.trigger.get_next_fire_time(None, NOW) == datetime(
        2026, 11, 28, 6, 0, tzinfo=UTC
    )


def test_the_schedule_runs_in_the_configured_timezone() -> None:
    schedule = daemon.build_schedule(None, None, "0 6 * * *", "Asia/Baku")
    fire = schedule.trigger.get_next_fire_time(None, NOW)
    assert fire.astimezone(UTC) == datetime(2026, 11, 28, 2, 0, tzinfo=UTC)


def test_the_command_line_schedule_wins_over_the_config() -> None:
    schedule = daemon.build_schedule("30 18 * * 1", None, "0 6 * * *", "UTC")
    assert schedule.trigger.get_next_fire_time(None, NOW) == datetime(
        2026, 11, 30, 18, 30, tzinfo=UTC
    )


def test_every_runs_at_a_fixed_interval() -> None:
    schedule = daemon.build_schedule(None, 2.5, "0 6 * * *", "UTC")
    assert isinstance(schedule.trigger, IntervalTrigger)
    assert schedule.trigger.interval == timedelta(seconds=2.5)


def test_every_and_schedule_together_are_refused() -> None:
    with pytest.raises(ConfigError, match="field '--every'"):
        daemon.build_schedule("0 6 * * *", 5, None, None)


def test_a_bad_crontab_is_refused_naming_the_option() -> None:
    with pytest.raises(ConfigError, match=r"field '--schedule': bad crontab '0 6 \* \*'"):
        daemon.build_schedule("0 6 * *", None, None, None)


def test_a_non_positive_interval_is_refused() -> None:
    with pytest.raises(ConfigError, match="must be a number of seconds from 0"):
        daemon.build_schedule(None, 0, None, None)


@pytest.mark.parametrize("every", [float("nan"), float("inf"), 1e300])
def test_an_interval_that_is_not_a_finite_number_up_to_a_year_is_refused(every: float) -> None:
    with pytest.raises(ConfigError, match="field '--every': must be a number of seconds from 0"):
        daemon.build_schedule(None, every, None, None)


def test_an_empty_command_line_schedule_is_refused_not_ignored() -> None:
    with pytest.raises(ConfigError, match="field '--schedule': is empty"):
        daemon.build_schedule("", None, "0 6 * * *", None)


def test_a_schedule_that_never_fires_is_refused() -> None:
    with pytest.raises(ConfigError, match="never run"):
        daemon.build_schedule("0 6 30 2 *", None, None, None)


@pytest.mark.parametrize("grace", ["nan", "-1"])
def test_a_grace_period_that_is_not_zero_or_more_exits_2_naming_it(
    grace: str, tmp_path: Path
) -> None:
    finished = minewatch(
        "daemon", "--config", ALL_FIXTURES / "config" / "minimal.toml",
        "--db", tmp_path / "m.db", "--grace", grace,
    )  # fmt: skip
    assert finished.returncode == 2
    assert (
        finished.stderr
        == f"minewatch: command line: field '--grace': must be 0 or more, got {grace}\n"
    )


def test_a_report_dir_that_cannot_be_created_exits_2_naming_it(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("", encoding="utf-8")
    finished = minewatch(
        "daemon", "--config", ALL_FIXTURES / "config" / "minimal.toml",
        "--db", tmp_path / "m.db", "--report-dir", tmp_path / "plain" / "reports",
    )  # fmt: skip
    assert finished.returncode == 2
    assert "field '--report-dir': cannot create " in finished.stderr
    assert "Traceback" not in finished.stderr


# the persistent job


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'minewatch.db'}"


@pytest.fixture
def scheduler(db_url: str) -> Iterator[BackgroundScheduler]:
    scheduler = daemon.build_scheduler(
        db_url, daemon.build_schedule(None, None, None, None).timezone
    )
    scheduler.start(paused=True)
    yield scheduler
    scheduler.shutdown(wait=False)


def schedule(scheduler: BackgroundScheduler, trigger: object) -> None:
    daemon.schedule_pass(scheduler, trigger, "/srv/sources.toml", "sqlite:///x.db", "/srv/reports")


def test_the_job_lives_in_its_own_table_of_the_stores_database(
    scheduler: BackgroundScheduler, db_url: str
) -> None:
    schedule(scheduler, IntervalTrigger(seconds=60))
    engine = create_engine(db_url)
    try:
        assert daemon.JOB_TABLE in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_a_missed_pass_runs_once_and_hours_late_still_counts(
    scheduler: BackgroundScheduler,
) -> None:
    schedule(scheduler, IntervalTrigger(seconds=60))
    job = scheduler.get_job(daemon.JOB_ID)
    assert job.coalesce is True
    assert job.max_instances == 1
    assert job.misfire_grace_time >= 3600


def test_the_job_names_an_importable_function_with_plain_arguments(
    scheduler: BackgroundScheduler,
) -> None:
    schedule(scheduler, IntervalTrigger(seconds=60))
    job = scheduler.get_job(daemon.JOB_ID)
    assert job.func_ref == "crawler.daemon:scheduled_pass"
    assert job.args == ("/srv/sources.toml", "sqlite:///x.db", "/srv/reports")


def test_a_due_time_missed_while_down_is_kept(scheduler: BackgroundScheduler) -> None:
    missed = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    scheduler.add_job(
        daemon.scheduled_pass,
        IntervalTrigger(seconds=60),
        id=daemon.JOB_ID,
        args=["a", "b", "c"],
        next_run_time=missed,
    )
    schedule(scheduler, IntervalTrigger(seconds=60))
    assert scheduler.get_job(daemon.JOB_ID).next_run_time == missed


def test_a_future_due_time_follows_the_new_trigger(scheduler: BackgroundScheduler) -> None:
    far = datetime.now(UTC) + timedelta(days=30)
    scheduler.add_job(
        daemon.scheduled_pass,
        IntervalTrigger(seconds=60),
        id=daemon.JOB_ID,
        args=["a", "b", "c"],
        next_run_time=far,
    )
    schedule(scheduler, IntervalTrigger(seconds=60))
    assert scheduler.get_job(daemon.JOB_ID).next_run_time < far


def test_restarting_replaces_the_job_rather_than_adding_one(
    scheduler: BackgroundScheduler,
) -> None:
    schedule(scheduler, IntervalTrigger(seconds=60))
    schedule(scheduler, IntervalTrigger(seconds=30))
    assert [job.id for job in scheduler.get_jobs()] == [daemon.JOB_ID]


# report files


@pytest.fixture
def pending(tmp_path: Path) -> ReportPaths:
    paths = pending_paths(tmp_path, NOW)
    shutil.copy(FIXTURES / "report.json", paths.json)
    paths.markdown.write_text("# Run 12\n", encoding="utf-8")
    return paths


def test_reports_are_renamed_by_date_and_run_id(tmp_path: Path, pending: ReportPaths) -> None:
    filed = file_report(pending, tmp_path)
    assert filed is not None
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "2026-11-27-run-12.json",
        "2026-11-27-run-12.md",
    ]
    assert (tmp_path / "2026-11-27-run-12.md").read_text(encoding="utf-8") == "# Run 12\n"


def test_a_filed_report_lists_the_flagged_changes_only(
    tmp_path: Path, pending: ReportPaths
) -> None:
    filed = file_report(pending, tmp_path)
    assert filed is not None
    assert [change.flag for change in filed.changes] == ["increased", "new"]


def test_a_pass_that_wrote_no_json_leaves_no_files(tmp_path: Path) -> None:
    paths = pending_paths(tmp_path, NOW)
    paths.markdown.write_text("", encoding="utf-8")
    assert file_report(paths, tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_a_report_an_earlier_daemon_left_pending_is_filed_at_start(tmp_path: Path) -> None:
    earlier = ReportPaths(
        json=tmp_path / ".pending-20261127T060000-1.json",
        markdown=tmp_path / ".pending-20261127T060000-1.md",
    )
    shutil.copy(FIXTURES / "report.json", earlier.json)
    earlier.markdown.write_text("# Run 12\n", encoding="utf-8")
    [filed] = daemon.file_left_reports(tmp_path)
    assert filed.run_id == 12
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "2026-11-27-run-12.json",
        "2026-11-27-run-12.md",
    ]


def test_this_daemons_own_pending_report_is_left_to_its_pass(
    tmp_path: Path, pending: ReportPaths
) -> None:
    assert daemon.file_left_reports(tmp_path) == []
    assert pending.json.exists()


def test_an_unreadable_report_is_named_in_the_error(tmp_path: Path) -> None:
    paths = pending_paths(tmp_path, NOW)
    paths.json.write_text('{"run": {}}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"report .*\.json is not a readable pass report"):
        file_report(paths, tmp_path)


def test_a_flagged_change_reads_as_one_log_line() -> None:
    data = json.loads((FIXTURES / "report.json").read_text(encoding="utf-8"))
    change = FlaggedChange(
        metric="mine_victims",
        group="all",
        since="2020-11-10",
        place=None,
        flag="increased",
        baseline=268,
        current=300,
        delta=32,
        url=data["changes"][0]["current"]["url"],
    )
    assert change.describe() == (
        "mine_victims/all since 2020-11-10: 268 -> 300 (increased, +32) "
        "http://127.0.0.1:8001/en/news/victims-300.html"
    )


# the child pass


SLEEPER = "import time; print('started', flush=True); time.sleep(60)"
STUBBORN = (
    "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
    "print('started', flush=True); time.sleep(60)"
)


def run_in_thread(child: PassChild, code: str, out: Path) -> tuple[threading.Thread, list]:
    result: list[int | None] = []
    thread = threading.Thread(
        target=lambda: result.append(child.run([sys.executable, "-c", code], out))
    )
    thread.start()
    while thread.is_alive() and "started" not in (out.read_text() if out.exists() else ""):
        thread.join(0.05)
    return thread, result


def test_a_pass_that_outlives_the_grace_period_gets_sigterm(tmp_path: Path) -> None:
    child = PassChild()
    thread, result = run_in_thread(child, SLEEPER, tmp_path / "out.md")
    child.close(grace=0.2, kill_after=30, hurry=threading.Event())
    thread.join()
    assert result == [-signal.SIGTERM]


def test_a_pass_that_ignores_sigterm_gets_sigkill(tmp_path: Path) -> None:
    child = PassChild()
    thread, result = run_in_thread(child, STUBBORN, tmp_path / "out.md")
    child.close(grace=0.1, kill_after=0.5, hurry=threading.Event())
    thread.join()
    assert result == [-signal.SIGKILL]


def test_a_pass_finishing_within_the_grace_period_keeps_its_exit_code(tmp_path: Path) -> None:
    child = PassChild()
    code = "import time; print('started', flush=True); time.sleep(0.5); raise SystemExit(3)"
    thread, result = run_in_thread(child, code, tmp_path / "out.md")
    child.close(grace=60, kill_after=30, hurry=threading.Event())
    thread.join()
    assert result == [3]


def test_a_second_signal_cuts_the_grace_period_short(tmp_path: Path) -> None:
    child = PassChild()
    thread, result = run_in_thread(child, SLEEPER, tmp_path / "out.md")
    hurry = threading.Event()
    hurry.set()
    child.close(grace=3600, kill_after=30, hurry=hurry)
    thread.join()
    assert result == [-signal.SIGTERM]


def test_no_pass_starts_once_closing(tmp_path: Path) -> None:
    child = PassChild()
    child.close(grace=1, kill_after=1, hurry=threading.Event())
    assert child.run([sys.executable, "-c", "pass"], tmp_path / "out.md") is None
