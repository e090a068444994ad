"""The pass lock, held and released by real processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import StoreError
from store.lock import LockHeld, daemon_lock, lock_path_for, pass_lock
from tests.store.conftest import LOCK_HOLDER, lock_held_elsewhere


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'minewatch.db'}"


@pytest.fixture
def holder(db_url: str) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds the pass lock until it is killed."""
    with lock_held_elsewhere("pass_lock", db_url) as process:
        yield process


def test_the_lock_file_lies_beside_a_sqlite_store(tmp_path: Path) -> None:
    assert lock_path_for(f"sqlite:///{tmp_path}/data/minewatch.db") == (
        tmp_path / "data" / "minewatch.db.lock"
    )


def test_a_server_database_has_no_lock_file() -> None:
    assert lock_path_for("postgresql://minewatch@db.example/minewatch") is None


def test_a_lock_held_by_another_process_is_refused_naming_its_pid(
    db_url: str, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(LockHeld, match=rf"in progress \(pid {holder.pid},"), pass_lock(db_url):
        pass


def test_a_pass_naming_the_store_through_a_symlink_is_refused_too(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    (tmp_path / "minewatch.db").touch()
    (tmp_path / "alias.db").symlink_to(tmp_path / "minewatch.db")
    with pytest.raises(LockHeld, match="in progress"), pass_lock(f"sqlite:///{tmp_path}/alias.db"):
        pass


def test_a_holder_killed_with_sigkill_leaves_no_stale_lock(
    db_url: str, holder: subprocess.Popen[str]
) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    taken = False
    with pass_lock(db_url):
        taken = True
    assert taken


def test_the_lock_is_free_again_once_its_block_ends(db_url: str) -> None:
    with pass_lock(db_url):
        assert _other_process_refused(db_url)
    with pass_lock(db_url):
        assert _other_process_refused(db_url)
    assert not _other_process_refused(db_url)


def _other_process_refused(db_url: str) -> bool:
    """Whether another process asking for the pass lock right now is refused."""
    attempt = subprocess.run(
        [sys.executable, "-c", CHECK_LOCK, db_url], capture_output=True, text=True, timeout=60
    )
    assert attempt.returncode in (0, 3), attempt.stderr
    return attempt.returncode == 3


# exit 0: the lock was taken and given back; exit 3: another holds it
CHECK_LOCK = """
import sys
from store.lock import LockHeld, pass_lock
try:
    with pass_lock(sys.argv[1]):
        pass
except LockHeld:
    sys.exit(3)
"""


def test_a_pass_in_another_process_is_refused_while_this_one_holds_the_lock(db_url: str) -> None:
    with pass_lock(db_url):
        attempt = subprocess.run(
            [sys.executable, "-c", LOCK_HOLDER, "pass_lock", db_url],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert attempt.returncode != 0
    assert "LockHeld: a pass is already in progress" in attempt.stderr


def test_a_lock_file_that_cannot_be_created_is_a_store_error_naming_the_store(
    tmp_path: Path,
) -> None:
    (tmp_path / "plain").write_text("", encoding="utf-8")
    url = f"sqlite:///{tmp_path}/plain/minewatch.db"
    expected = f"cannot open store {url}: cannot create its lock file"
    with pytest.raises(StoreError, match=expected), pass_lock(url):
        pass


def test_an_unreachable_server_is_a_store_error_not_a_driver_traceback() -> None:
    pytest.importorskip("psycopg")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://watcher:s3cret@127.0.0.1:{port}/minewatch"
    expected = r"watcher:\*\*\*@127\.0\.0\.1.*Connection refused"
    with pytest.raises(StoreError, match=expected), pass_lock(url):
        pass


@pytest.fixture
def daemon_holder(db_url: str) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds the daemon lock until it is killed."""
    with lock_held_elsewhere("daemon_lock", db_url) as process:
        yield process


def test_a_second_daemon_is_refused_naming_the_first_ones_pid(
    db_url: str, daemon_holder: subprocess.Popen[str]
) -> None:
    expected = f"a daemon is already running on this store \\(pid {daemon_holder.pid}"
    with pytest.raises(LockHeld, match=expected), daemon_lock(db_url):
        pass


def test_a_running_daemon_leaves_the_pass_lock_to_its_passes(
    db_url: str, daemon_holder: subprocess.Popen[str]
) -> None:
    taken = False
    with pass_lock(db_url):
        taken = True
    assert taken
