from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import Store, connect
from store.repository import Repository


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "minewatch.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with connect(str(db_path)) as opened:
        yield opened


@pytest.fixture
def repo(store: Store) -> Repository:
    return Repository(store)
