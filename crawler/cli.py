"""The ``minewatch`` command line.

Each subcommand lives in the module that does its work; this file only declares
the arguments and maps known errors to the documented exit codes, so that every
command fails the same way: one line on stderr and a code from ``ExitCode``.
Handlers are imported lazily so that ``minewatch extract`` never pays for Scrapy.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from crawler.errors import ExitCode, MinewatchError

# command -> "module:function"; each function takes the parsed arguments and returns an exit code
HANDLERS = {
    "run": "crawler.passes:command_run",
    "extract": "crawler.inspect:command_extract",
    "baseline": "crawler.inspect:command_baseline",
    "demo": "crawler.demo:command_demo",
    "daemon": "crawler.daemon:command_daemon",
    "status": "crawler.status:command_status",
    "reextract": "crawler.reextract:command_reextract",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minewatch",
        description="Monitor published landmine and mine-casualty figures and flag what changed.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run", help="one monitoring pass: crawl, parse, store, compare, report"
    )
    _add_store_options(run)
    run.add_argument("--json", metavar="PATH", help="also write the machine-readable report here")
    run.add_argument("--html", metavar="PATH", help="also write an HTML report here")
    run.add_argument(
        "--log-level",
        default="WARNING",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="how much of the crawler's log goes to stderr (default WARNING: quiet under cron)",
    )

    extract = commands.add_parser("extract", help="show the figures in text or HTML files")
    extract.add_argument("files", nargs="+", metavar="FILE")
    extract.add_argument("--json", action="store_true", help="one JSON object per file and line")
    extract.add_argument("--lang", help="language of the texts (en, ru, az); default: detect")
    extract.add_argument("--published", metavar="DATE", help="publication date, YYYY-MM-DD")

    baseline = commands.add_parser("baseline", help="the baseline statement's figures")
    baseline.add_argument("--json", action="store_true", help="print the figures as JSON")

    demo = commands.add_parser("demo", help="a pass against the bundled fixture sites, offline")
    demo.add_argument(
        "--serve",
        action="store_true",
        help="only serve the fixture sites and write a sources file pointing at them",
    )
    demo.add_argument("--port", type=int, default=0, help="port for --serve (default: a free one)")
    demo.add_argument(
        "--write-config",
        metavar="PATH",
        default="demo-sources.toml",
        help="where --serve writes its sources file (default: demo-sources.toml)",
    )

    daemon = commands.add_parser("daemon", help="run passes on a schedule until stopped")
    _add_store_options(daemon)
    daemon.add_argument("--schedule", metavar="CRON", help='5-field crontab, default "0 6 * * *"')
    daemon.add_argument("--every", type=float, metavar="SECONDS", help="run every N seconds")
    daemon.add_argument("--report-dir", metavar="DIR", default="reports")
    daemon.add_argument(
        "--grace",
        type=float,
        metavar="SECONDS",
        default=60.0,
        help="on SIGTERM, how long a pass in progress may take to finish (default 60)",
    )

    reextract = commands.add_parser(
        "reextract",
        help="re-read stored pages with this parser version, without fetching anything",
    )
    _add_store_options(reextract)
    reextract.add_argument(
        "--all",
        action="store_true",
        help="re-read every stored article, not only those an older parser read",
    )

    status = commands.add_parser("status", help="last runs and the daemon's state")
    _add_store_options(status)
    status.add_argument("--json", action="store_true")
    status.add_argument("--limit", type=int, default=10, help="how many runs to show")
    return parser


def _add_store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", default="sources.toml", metavar="PATH", help="sources file")
    parser.add_argument(
        "--db",
        metavar="URL|PATH",
        help="SQLAlchemy URL or SQLite file; default: the config's db, else sqlite:///minewatch.db",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module_name, _, function_name = HANDLERS[args.command].partition(":")
    handler = getattr(importlib.import_module(module_name), function_name)
    try:
        return int(handler(args))
    except MinewatchError as error:
        print(f"minewatch: {error}", file=sys.stderr)
        return int(error.exit_code)
    except KeyboardInterrupt:
        print("minewatch: interrupted", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`minewatch extract ... | head`): not an error of ours.
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return int(ExitCode.OK)
    except Exception as error:
        code = _store_exit_code(error)
        if code is None:
            raise
        print(f"minewatch: {error}", file=sys.stderr)
        return int(code)


def _store_exit_code(error: Exception) -> ExitCode | None:
    """Map the store's own errors, which cannot know the crawler's exit codes.

    Looked up in sys.modules rather than imported, so that commands which never
    open a store do not pay for importing SQLAlchemy.
    """
    db = sys.modules.get("store.db")
    lock = sys.modules.get("store.lock")
    if db is not None and isinstance(error, db.StoreError):
        return ExitCode.FAILURE
    if lock is not None and isinstance(error, lock.LockHeld):
        return ExitCode.LOCKED
    return None


if __name__ == "__main__":
    sys.exit(main())
