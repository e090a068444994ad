"""``minewatch demo``: a whole pass against the bundled sites, and ``--serve`` for trying by hand."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from crawler import demo
from crawler.config import load_config
from crawler.errors import MinewatchError
from tests.conftest import REPO, minewatch

pytestmark = pytest.mark.slow  # child processes against local servers


def test_the_demo_prints_a_report_with_the_changed_figures() -> None:
    finished = minewatch("demo")
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert finished.stdout.startswith("# minewatch report")
    assert (
        "| mine_victims | all | 2020-11-10 |  | 268 (2022-11-24) | 300 (2023-04-04) | +32 | increased |"
        in finished.stdout
    )


def test_demo_serve_writes_a_sources_file_for_the_served_sites(tmp_path: Path) -> None:
    config_path = tmp_path / "demo-sources.toml"
    with demo_serve("--write-config", config_path) as child:
        lines = [child.stdout.readline() for _ in range(3)]
        assert lines[2] == "press Ctrl-C to stop\n", lines
        config = load_config(config_path)
        feed = config.source("newsagency").feeds[0]
        with urllib.request.urlopen(feed, timeout=10) as response:
            assert b"<rss" in response.read()
        child.send_signal(signal.SIGINT)
        child.wait(timeout=30)
    assert child.returncode == 0
    assert [s.name for s in config.sources] == ["ministry", "newsagency", "mineagency"]


def test_demo_serve_uses_consecutive_ports_from_the_one_given(tmp_path: Path) -> None:
    config_path = tmp_path / "demo-sources.toml"
    port = free_port_run(3)
    with demo_serve("--port", port, "--write-config", config_path) as child:
        served = child.stdout.readline()
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=30)
    assert child.returncode == 0
    # the sites in name order: mineagency, ministry, newsagency
    assert f"mineagency http://127.0.0.1:{port}," in served
    assert f"newsagency http://127.0.0.1:{port + 2}" in served


@contextmanager
def demo_serve(*args: str | int | Path) -> Iterator[subprocess.Popen[str]]:
    with subprocess.Popen(
        [sys.executable, "-m", "crawler", "demo", "--serve", *map(str, args)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as child:
        try:
            yield child
        finally:
            if child.poll() is None:
                child.kill()


def free_port_run(count: int) -> int:
    """A first port of ``count`` consecutive ports that are free right now."""
    for start in range(20000 + (int(time.time() * 1000) % 20000), 60000, count):
        probes = [socket.socket() for _ in range(count)]
        try:
            for offset, probe in enumerate(probes):
                probe.bind(("127.0.0.1", start + offset))
            return start
        except OSError:
            continue
        finally:
            for probe in probes:
                probe.close()
    raise AssertionError("no run of free ports")


def test_the_demo_says_where_it_looked_when_the_sites_are_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "SITES_DIR", tmp_path / "sites")
    with pytest.raises(
        MinewatchError, match=f"fixture sites were not found at {tmp_path / 'sites'}"
    ):
        demo.fixture_sites_root()
