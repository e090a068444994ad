"""``minewatch daemon``: run passes on a schedule until stopped (``crawler.daemon``)."""

from __future__ import annotations

import argparse
import logging
import sys
from contextlib import ExitStack
from pathlib import Path

from crawler.commands import BaseCommand, add_store_options
from crawler.errors import ConfigError, DaemonLocked

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class Command(BaseCommand):
    help = "run passes on a schedule until stopped"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        from crawler.config import DEFAULT_SCHEDULE

        add_store_options(parser)
        parser.add_argument(
            "--schedule", metavar="CRON", help=f'5-field crontab, default "{DEFAULT_SCHEDULE}"'
        )
        parser.add_argument("--every", type=float, metavar="SECONDS", help="run every N seconds")
        parser.add_argument("--report-dir", metavar="DIR", default="reports")
        parser.add_argument(
            "--grace",
            type=float,
            metavar="SECONDS",
            default=60.0,
            help="on SIGTERM, how long a pass in progress may take to finish (default 60)",
        )

    def run(self, args: argparse.Namespace) -> int:
        from crawler.config import load_config, resolve_db_url
        from crawler.daemon.scheduler import build_schedule, run_daemon
        from store import db
        from store.lock import LockHeld, daemon_lock

        config = load_config(args.config)
        schedule = build_schedule(
            args.schedule, args.every, config.settings.schedule, config.settings.timezone
        )
        if not args.grace >= 0:  # also refuses nan
            raise ConfigError(
                "command line", f"must be 0 or more, got {args.grace:g}", field="--grace"
            )
        db_url = db.normalise_url(resolve_db_url(args.db, config))
        with ExitStack() as held:
            # Before the job is stored: a second daemon would replace the first one's job in
            # the shared schedule table, and both would run it with the second's arguments.
            try:
                held.enter_context(daemon_lock(db_url))
            except LockHeld as error:
                raise DaemonLocked(str(error)) from None
            report_dir = _report_dir(args.report_dir)
            logging.basicConfig(stream=sys.stderr, level=logging.INFO, format=LOG_FORMAT)
            logging.getLogger("apscheduler").setLevel(logging.WARNING)
            config_path = str(Path(args.config).resolve())
            return run_daemon(config_path, db_url, report_dir, schedule, grace=args.grace)


def _report_dir(path: str) -> Path:
    report_dir = Path(path).resolve()
    try:
        report_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ConfigError(
            "command line", f"cannot create {report_dir}: {error.strerror}", field="--report-dir"
        ) from None
    return report_dir
