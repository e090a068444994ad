"""Opening the store for a command: the pass lock and the repository, errors as exit codes.

Shared by the pass and ``reextract``, which must not run at once on one store.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from crawler.errors import MinewatchError, PassLocked
from store.db import StoreError, connect
from store.lock import LockHeld, pass_lock
from store.repository import Repository


@contextmanager
def pass_locked(db_url: str) -> Iterator[None]:
    try:
        with pass_lock(db_url):
            yield
    except LockHeld as error:
        raise PassLocked(str(error)) from None
    except StoreError as error:
        raise MinewatchError(str(error)) from None


@contextmanager
def open_repository(db_url: str) -> Iterator[Repository]:
    try:
        store = connect(db_url)
    except StoreError as error:
        raise MinewatchError(str(error)) from None
    try:
        yield Repository(store)
    finally:
        store.close()
