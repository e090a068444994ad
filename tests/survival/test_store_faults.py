"""Faults of the store under a pass: nothing is lost without the user being told."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import StoreError, connect, normalise_url
from store.repository import Repository
from tests.conftest import CHILD_TIMEOUT, minewatch, minewatch_child
from tests.survival.hostile_server import hostile_server
from tests.survival.test_hostile_servers import sources

pytestmark = pytest.mark.slow  # child processes against local servers


def test_a_store_file_deleted_while_open_is_noticed(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with connect(normalise_url(str(db))) as store:
        for leftover in tmp_path.glob("m.db*"):
            leftover.unlink()
        with pytest.raises(StoreError, match="the file was deleted while minewatch used it"):
            store.check_in_place()


def test_a_store_file_replaced_while_open_is_noticed(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with connect(normalise_url(str(db))) as store:
        db.unlink()
        db.write_bytes(b"")
        with pytest.raises(StoreError, match="replaced by another file"):
            store.check_in_place()


@pytest.mark.slow
def test_a_pass_whose_store_is_deleted_under_it_fails_loudly(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with hostile_server(links=("/slow/1",)) as base:
        config = sources(tmp_path / "sources.toml", f"{base}/list/")
        child = minewatch_child("run", "--config", config, "--db", db)
        deadline = time.monotonic() + 30
        while not db.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1)  # the pass is waiting for the slow page
        for path in tmp_path.glob("m.db*"):
            if not path.name.endswith(".lock"):
                path.unlink()
        out, err = child.communicate(timeout=CHILD_TIMEOUT)
    assert child.returncode == 1, err[-2000:]
    assert "the file was deleted while minewatch used it" in err
    assert out == ""  # no report claims a pass that nothing kept


@pytest.fixture
def read_only_store(tmp_path: Path) -> Iterator[Path]:
    """A store on a read-only bind mount (needs root, as CI has)."""
    source, mount = tmp_path / "source", tmp_path / "mount"
    source.mkdir()
    mount.mkdir()
    with connect(normalise_url(str(source / "m.db"))) as store:
        Repository(store).start_run()
    mounted = subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot bind-mount here (not root?)")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mount)], check=True)
        yield mount / "m.db"
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_status_reads_a_store_on_a_read_only_mount(read_only_store: Path) -> None:
    done = minewatch("status", "--db", read_only_store)
    assert done.returncode == 0, done.stderr
    assert "running" in done.stdout  # run 1, started and never finished


def test_a_pass_on_a_read_only_mount_exits_1_naming_the_store(
    read_only_store: Path, tmp_path: Path
) -> None:
    config = sources(tmp_path / "sources.toml", "http://127.0.0.1:9/list/")
    done = minewatch("run", "--config", config, "--db", read_only_store)
    assert done.returncode == 1
    assert str(read_only_store) in done.stderr and "Read-only file system" in done.stderr


@pytest.mark.slow
def test_sigterm_stops_a_pass_busy_reading_a_heavy_page_within_seconds(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    asked: list = []
    with hostile_server(links=("/heavy/1",), asked=asked) as base:
        config = sources(tmp_path / "sources.toml", f"{base}/list/", max_page_bytes=5_000_000)
        child = minewatch_child("run", "--config", config, "--db", db)
        assert asked[0].wait(60), "the heavy page was never asked for"
        time.sleep(1.5)  # the pass is parsing it now
        signalled = time.monotonic()
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=CHILD_TIMEOUT)
        took = time.monotonic() - signalled
    assert child.returncode == 130, err[-2000:]
    assert took < 6, f"SIGTERM took {took:.1f} s to stop the pass"
    assert "aborted" in err
