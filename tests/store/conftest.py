from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from store.db import Store, connect
from store.repository import Repository


@pytest.fixture
def repo(store: Store) -> Repository:
    return Repository(store)


LOCK_HOLDER = """
import sys, time
import store.lock
with getattr(store.lock, sys.argv[1])(sys.argv[2]):
    print("held", flush=True)
    time.sleep(120)
"""


@contextmanager
def lock_held_elsewhere(lock: str, url: str) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds ``store.lock.<lock>`` on ``url`` until it is killed."""
    process = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, lock, url], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "held"
        yield process
    finally:
        process.kill()
        process.wait()
        process.stdout.close()


PG_URL_VARIABLE = "MINEWATCH_TEST_PG_URL"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The test PostgreSQL database, as a URL whose search path is a fresh, empty schema.

    The schema travels in the URL (``options=-csearch_path=...``), so child processes
    given the URL see the same tables; it is dropped with everything in it afterwards.
    """
    base = os.environ.get(PG_URL_VARIABLE)
    if not base:
        pytest.skip(
            f"{PG_URL_VARIABLE} is not set: no PostgreSQL server (.ci/postgres.sh starts one)"
        )
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, poolclass=NullPool)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    with connect(pg_url) as opened:
        yield opened


@pytest.fixture
def pg_repo(pg_store: Store) -> Repository:
    return Repository(pg_store)
