"""Shared test fixtures: the fixture sites, a fresh SQLite store, and running ``minewatch``
as a child process."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.demo import SITES_DIR
from crawler.demo.server import FixtureSites, serve
from store.db import Store, connect

FIXTURES = Path(__file__).parent / "fixtures"
SITES = SITES_DIR  # the demo's sites, shipped in the package
REPO = Path(__file__).parent.parent
CHILD_TIMEOUT = 120  # a hung child fails the test instead of hanging the suite


@dataclass(frozen=True)
class Finished:
    """A finished ``minewatch`` child process."""

    returncode: int
    stdout: str
    stderr: str


def minewatch(*args: str | Path) -> Finished:
    """Run ``python -m crawler ARGS`` in a child: Scrapy's reactor runs once per process."""
    done = subprocess.run(
        [sys.executable, "-m", "crawler", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        timeout=CHILD_TIMEOUT,
    )
    return Finished(done.returncode, done.stdout, done.stderr)


def minewatch_child(*args: str | Path) -> subprocess.Popen[str]:
    """``python -m crawler ARGS`` started in a child the test can signal or race."""
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", *map(str, args)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def write_sources(
    sites: FixtureSites,
    path: Path,
    *,
    settings: dict[str, int | float] | None = None,
    only: tuple[str, ...] | None = None,
    extra: str = "",
) -> Path:
    """The fixture sites' sources file with some settings changed, sources kept or added.

    ``only`` keeps the named sources of the template; ``extra`` is appended TOML
    (``[[sources]]`` tables), with ``{{base:SITE}}`` placeholders filled in.
    """
    text = sites.substitute_sites((SITES / "sources.toml.in").read_text(encoding="utf-8"))
    for key, value in (settings or {}).items():
        text, found = re.subn(rf"(?m)^{key} = .*$", f"{key} = {value}", text)
        if not found:
            text = text.replace("[settings]\n", f"[settings]\n{key} = {value}\n", 1)
    if only is not None:
        head, *tables = re.split(r"(?m)^(?=\[\[sources\]\])", text)
        kept = [t for t in tables if re.search(r'name = "(' + "|".join(only) + ')"', t)]
        text = head + "".join(kept)
    path.write_text(text + "\n" + sites.substitute_sites(extra), encoding="utf-8")
    return path


def dead_url() -> str:
    """A URL on a loopback port nobody listens on (the port was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def sites() -> Iterator[FixtureSites]:
    """The fixture sites, served afresh for one test."""
    with serve(SITES) as served:
        yield served


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "minewatch.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with connect(str(db_path)) as opened:
        yield opened
