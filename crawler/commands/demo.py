"""``minewatch demo``: a whole pass against the bundled fixture sites, offline.

``demo`` serves the sites of ``crawler.demo`` on free 127.0.0.1 ports, writes a
sources file pointing at them and runs one pass into a temporary SQLite store;
``demo --serve`` only serves and writes the sources file, until Ctrl-C or SIGTERM,
for trying ``minewatch run`` or the daemon by hand.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from crawler.commands import BaseCommand
from crawler.errors import ExitCode

if TYPE_CHECKING:
    from crawler.demo.server import FixtureSites


class Command(BaseCommand):
    help = "a pass against the bundled fixture sites, offline"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--serve",
            action="store_true",
            help="only serve the fixture sites and write a sources file pointing at them",
        )
        parser.add_argument(
            "--port", type=int, default=0, help="port for --serve (default: a free one)"
        )
        parser.add_argument(
            "--write-config",
            metavar="PATH",
            default="demo-sources.toml",
            help="where --serve writes its sources file (default: demo-sources.toml)",
        )

    def run(self, args: argparse.Namespace) -> int:
        from crawler.config import load_config
        from crawler.demo import fixture_sites_root, write_demo_sources
        from crawler.demo.server import serve
        from crawler.passes import run_pass
        from store.db import normalise_url

        root = fixture_sites_root()
        if args.serve:
            return _serve_until_stopped(root, args.port, Path(args.write_config))
        with tempfile.TemporaryDirectory(prefix="minewatch-demo-") as temp, serve(root) as sites:
            sources = write_demo_sources(sites, Path(temp) / "sources.toml")
            db_url = normalise_url(str(Path(temp) / "minewatch-demo.db"))
            print(f"minewatch demo: fixture sites at {_listing(sites)}", file=sys.stderr)
            outcome = run_pass(load_config(sources), db_url)
            return int(outcome.exit_code)


def _serve_until_stopped(root: Path, port: int, config_path: Path) -> int:
    from crawler.demo import write_demo_sources
    from crawler.demo.server import serve

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda _signum, _frame: stop.set())
    with serve(root, port=port) as sites:
        written = write_demo_sources(sites, config_path)
        print(f"serving {_listing(sites)}", flush=True)
        print(f"sources file: {written}", flush=True)
        print("press Ctrl-C to stop", flush=True)
        while not stop.wait(0.5):
            pass
    return int(ExitCode.OK)


def _listing(sites: FixtureSites) -> str:
    return ", ".join(f"{name} {sites.base_url(name)}" for name in sites.names())
