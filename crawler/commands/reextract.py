"""``minewatch reextract``: re-read stored pages with this parser version, fetching nothing."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from crawler.commands import BaseCommand, add_store_options


class Command(BaseCommand):
    help = "re-read stored pages with this parser version, without fetching anything"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        add_store_options(parser)
        parser.add_argument(
            "--all",
            action="store_true",
            help="re-read every stored article, not only those an older parser read",
        )

    def run(self, args: argparse.Namespace, out: TextIO | None = None) -> int:
        from crawler.config import load_config, resolve_db_url
        from crawler.errors import ExitCode
        from crawler.reextract import reextract_store
        from crawler.stores import open_repository, pass_locked

        out = sys.stdout if out is None else out
        config = load_config(args.config)
        db_url = resolve_db_url(args.db, config)
        with pass_locked(db_url), open_repository(db_url) as repository:
            summary = reextract_store(repository, config.sources, every=args.all)
        for failure in summary.failures:
            print(f"minewatch: reextract: {failure}", file=sys.stderr)
        print(summary.line(), file=out)
        return int(ExitCode.FAILURE if summary.failures else ExitCode.OK)
