"""``minewatch baseline``: the figures of the shipped baseline statement."""

from __future__ import annotations

import argparse
import json

from crawler.commands import BaseCommand


class Command(BaseCommand):
    help = "the baseline statement's figures"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")

    def run(self, args: argparse.Namespace) -> int:
        from crawler.figure_table import figure_table
        from parsers.baseline import load

        baseline = load()
        if args.json:
            figures = [figure.to_dict() for figure in baseline.figures]
            print(json.dumps(figures, ensure_ascii=False, indent=2))
        else:
            article = baseline.article
            print(f"{article.title}\n{article.url} (published {article.published})\n")
            print(figure_table(baseline.figures))
        return 0
