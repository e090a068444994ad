"""``minewatch demo``: a whole pass against the bundled fixture sites, offline.

The fixture sites live in the repository's ``tests/fixtures/sites`` (an editable
install finds them beside the package). ``demo`` serves them on free 127.0.0.1
ports, writes a sources file pointing at them and runs one pass into a temporary
SQLite store; ``demo --serve`` only serves and writes the sources file, until
Ctrl-C or SIGTERM, for trying ``minewatch run`` or the daemon by hand.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import threading
from pathlib import Path

from crawler.config import load_config
from crawler.errors import ExitCode, MinewatchError
from crawler.fixture_server import FixtureSites, serve
from crawler.passes import run_pass
from store.db import normalise_url

SITES_DIR = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "sites"
SOURCES_TEMPLATE = "sources.toml.in"


def fixture_sites_root() -> Path:
    if not (SITES_DIR / SOURCES_TEMPLATE).is_file():
        raise MinewatchError(
            f"the demo's fixture sites were not found at {SITES_DIR}: the demo runs from a "
            "source checkout installed with `pip install -e .` (the sites are test fixtures)"
        )
    return SITES_DIR


def write_demo_sources(sites: FixtureSites, path: Path) -> Path:
    """Write the sources file for the served sites: the template with their base URLs."""
    template = (sites.root / SOURCES_TEMPLATE).read_text(encoding="utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(sites.substitute_sites(template), encoding="utf-8")
    return path


def command_demo(args: argparse.Namespace) -> int:
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
