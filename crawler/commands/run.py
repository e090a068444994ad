"""``minewatch run``: one monitoring pass (``crawler.passes.run_pass``) from the command line."""

from __future__ import annotations

import argparse
import sys

from crawler.commands import BaseCommand, add_store_options


class Command(BaseCommand):
    help = "one monitoring pass: crawl, parse, store, compare, report"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        add_store_options(parser)
        parser.add_argument(
            "--json", metavar="PATH", help="also write the machine-readable report here"
        )
        parser.add_argument("--html", metavar="PATH", help="also write an HTML report here")
        parser.add_argument(
            "--log-level",
            default="WARNING",
            choices=["DEBUG", "INFO", "WARNING", "ERROR"],
            help="how much of the crawler's log goes to stderr (default WARNING: quiet under cron)",
        )

    def run(self, args: argparse.Namespace) -> int:
        from crawler.config import load_config, resolve_db_url
        from crawler.errors import NoSourceReachable
        from crawler.passes import run_pass
        from crawler.report_files import check_writable
        from store.records import RunStatus

        config = load_config(args.config)
        for option, path in (("--json", args.json), ("--html", args.html)):
            if path is not None:
                check_writable(path, option)
        db_url = resolve_db_url(args.db, config)
        outcome = run_pass(
            config, db_url, json_path=args.json, html_path=args.html, log_level=args.log_level
        )
        if outcome.status == RunStatus.ABORTED:
            print(
                f"minewatch: pass interrupted by {outcome.interrupted_by}; "
                f"run {outcome.run_id} recorded as aborted",
                file=sys.stderr,
            )
        elif outcome.status == RunStatus.FAILED:
            raise NoSourceReachable(outcome.unreachable_message())
        return int(outcome.exit_code)
