"""One pass at a time, and one daemon at a time, across processes: the store's locks.

A SQLite store is locked with ``flock`` on a file beside the database; the kernel
drops the lock when the holder dies, even by SIGKILL, so a killed pass never
leaves a stale lock. Other databases use the server's advisory lock, held on a
dedicated connection for the same reason.

The daemon lock is separate from the pass lock: a daemon holds it for its whole
life while its passes, run as children, take the pass lock one at a time. Two
daemons on one store would share the schedule table and run each other's job.
"""

from __future__ import annotations

import fcntl
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from store.db import StoreError, describe_error, shown_url


@dataclass(frozen=True, slots=True)
class LockKind:
    """What a lock guards: its file's suffix, its advisory key, and what a refusal says."""

    suffix: str
    key: int  # arbitrary and fixed: every minewatch process must agree on it
    holder_prefix: str
    busy: str


PASS_LOCK = LockKind(
    ".lock", 0x6D696E65, "minewatch pass lock, pid ", "a pass is already in progress"
)
DAEMON_LOCK = LockKind(
    ".daemon.lock",
    0x6D696E64,
    "minewatch daemon lock, pid ",
    "a daemon is already running on this store",
)


class LockHeld(Exception):
    """Another process holds the pass lock."""


def lock_path_for(url: str, kind: LockKind = PASS_LOCK) -> Path | None:
    """The lock file beside a SQLite database, or None for a server database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:":
        return None
    # beside the file itself: two passes naming it through a symlink share one lock
    real = Path(database).resolve()
    return real.with_name(real.name + kind.suffix)


@contextmanager
def pass_lock(url: str) -> Iterator[None]:
    """Hold the store's pass lock for the block; LockHeld when another process has it.

    The lock is taken before the store is opened, so it is the first to meet a store
    that cannot be reached or created: that raises StoreError naming the store, as
    ``connect`` does.
    """
    with _store_lock(url, PASS_LOCK):
        yield


@contextmanager
def daemon_lock(url: str) -> Iterator[None]:
    """Hold the store's daemon lock for the block; LockHeld when another daemon has it."""
    with _store_lock(url, DAEMON_LOCK):
        yield


@contextmanager
def _store_lock(url: str, kind: LockKind) -> Iterator[None]:
    path = lock_path_for(url, kind)
    if path is not None:
        with _file_lock(path, url, kind):
            yield
    elif make_url(url).get_backend_name() == "postgresql":
        with _advisory_lock(url, kind):
            yield
    else:
        yield  # in-memory SQLite or an engine without a lock: one process only


@contextmanager
def _file_lock(path: Path, url: str, kind: LockKind) -> Iterator[None]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise StoreError(
            f"cannot open store {url}: cannot create its lock file {path}: {describe_error(error)}"
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
            raise LockHeld(f"{kind.busy} (pid {holder}, lock {path})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock


@contextmanager
def _advisory_lock(url: str, kind: LockKind) -> Iterator[None]:
    # The holder names itself in application_name, so that a refused process can say who
    # holds the lock, as the lock file does with its pid. A session-level advisory lock
    # needs no transaction: autocommit keeps the connection "idle" for the whole pass, not
    # "idle in transaction", which a server's idle_in_transaction_session_timeout would
    # end, releasing the lock in the middle of the pass.
    holder = f"{kind.holder_prefix}{os.getpid()} on {socket.gethostname()}"[:63]
    engine = create_engine(
        url,
        poolclass=NullPool,
        isolation_level="AUTOCOMMIT",
        connect_args={"application_name": holder},
    )
    try:
        try:
            connection = engine.connect()
        except SQLAlchemyError as error:
            raise StoreError(
                f"cannot open store {shown_url(url)}: {describe_error(error)}"
            ) from None
        with connection:
            got = connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": kind.key}
            ).scalar()
            if not got:
                raise LockHeld(
                    f"{kind.busy} ({_advisory_holder(connection, kind)}, "
                    f"PostgreSQL advisory lock {kind.key} in {shown_url(url)})"
                )
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": kind.key})
    finally:
        engine.dispose()


def _advisory_holder(connection: Connection, kind: LockKind) -> str:
    """``pid N on HOST`` of the process holding the lock, from its session's application_name."""
    # A bigint key is split into classid (high 32 bits) and objid (low 32 bits).
    name = connection.execute(
        text(
            "SELECT a.application_name FROM pg_locks l"
            " JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE l.locktype = 'advisory' AND l.granted"
            " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            " AND l.classid = :high AND l.objid = :low AND l.objsubid = 1"
        ),
        {"high": kind.key >> 32, "low": kind.key & 0xFFFFFFFF},
    ).scalar()
    if not name or not name.startswith(kind.holder_prefix):
        return "holder unknown"
    return name.removeprefix(kind.holder_prefix.removesuffix("pid "))
