"""Shared test fixtures: the fixture sites and running ``minewatch`` as a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.fixture_server import FixtureSites, serve

FIXTURES = Path(__file__).parent / "fixtures"
SITES = FIXTURES / "sites"
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


@pytest.fixture
def sites() -> Iterator[FixtureSites]:
    """The fixture sites, served afresh for one test."""
    with serve(SITES) as served:
        yield served
