from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from store import schema
from store.db import StoreError, connect, normalise_url
from store.repository import Repository


def test_a_plain_path_becomes_an_absolute_sqlite_url(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert normalise_url("data/minewatch.db") == f"sqlite:///{tmp_path}/data/minewatch.db"


def test_a_sqlalchemy_url_is_kept_as_given() -> None:
    assert normalise_url("postgresql://user@db/minewatch") == "postgresql://user@db/minewatch"


def test_memory_means_an_in_memory_sqlite_store() -> None:
    assert normalise_url(":memory:") == "sqlite://"


def test_connect_creates_the_tables_and_records_the_schema_version(db_path: Path) -> None:
    connect(str(db_path)).close()
    with sqlite3.connect(db_path) as raw:
        tables = {
            row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        version = raw.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    assert {
        "runs",
        "sources",
        "run_sources",
        "documents",
        "document_versions",
        "figures",
        "changes",
    } <= tables
    assert version == (str(schema.SCHEMA_VERSION),)


def test_sqlite_connections_use_wal_and_enforce_foreign_keys(store) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() > 0


def test_a_store_with_a_newer_schema_is_refused_naming_url_and_versions(db_path: Path) -> None:
    connect(str(db_path)).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError) as refused:
        connect(str(db_path))
    message = str(refused.value)
    assert str(db_path) in message
    assert "99" in message and str(schema.SCHEMA_VERSION) in message


def test_an_older_store_runs_the_migrations_up_to_the_current_version(
    db_path: Path, monkeypatch
) -> None:
    connect(str(db_path)).close()
    ran: list[int] = []
    following = schema.SCHEMA_VERSION + 1

    def add_note_column(connection: Connection) -> None:
        connection.execute(text("ALTER TABLE runs ADD COLUMN note TEXT"))
        ran.append(following)

    monkeypatch.setattr(schema, "SCHEMA_VERSION", following)
    monkeypatch.setitem(schema.MIGRATIONS, following, add_note_column)
    connect(str(db_path)).close()
    with sqlite3.connect(db_path) as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(runs)")}
        version = raw.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    assert ran == [following]
    assert "note" in columns
    assert version == (str(following),)


def test_a_missing_migration_is_refused_rather_than_guessed(db_path: Path, monkeypatch) -> None:
    connect(str(db_path)).close()
    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    with pytest.raises(
        StoreError, match=f"no migration from schema version {current} to {current + 1}"
    ):
        connect(str(db_path))


def test_a_version_1_store_gains_the_content_type_column_and_keeps_its_rows(
    db_path: Path,
) -> None:
    connect(str(db_path)).close()
    # Make the file what version 1 wrote: no content_type column, version 1 recorded.
    with sqlite3.connect(db_path) as raw:
        raw.execute(
            "INSERT INTO runs (started, status, pages_fetched, pages_parsed)"
            " VALUES ('2023-01-01T00:00:00+00:00', 'ok', 0, 0)"
        )
        raw.execute("ALTER TABLE document_versions DROP COLUMN content_type")
        raw.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    connect(str(db_path)).close()
    with sqlite3.connect(db_path) as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(document_versions)")}
        version = raw.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        runs = raw.execute("SELECT COUNT(*) FROM runs").fetchone()
    assert "content_type" in columns
    assert version == (str(schema.SCHEMA_VERSION),)
    assert runs == (1,)


def test_a_version_2_store_gains_the_index_on_change_figures(db_path: Path) -> None:
    connect(str(db_path)).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("DROP INDEX ix_changes_figure_id")
        raw.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    connect(str(db_path)).close()
    with sqlite3.connect(db_path) as raw:
        indexes = {row[1] for row in raw.execute("PRAGMA index_list(changes)")}
        plan = " ".join(
            str(row)
            for row in raw.execute("EXPLAIN QUERY PLAN SELECT id FROM changes WHERE figure_id = 1")
        )
    assert "ix_changes_figure_id" in indexes
    assert "ix_changes_figure_id" in plan


def test_an_unusable_url_is_a_store_error_naming_it() -> None:
    with pytest.raises(StoreError, match="nosuchdb://x"):
        connect("nosuchdb://x")


def test_a_directory_is_refused_as_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=f"store sqlite:///{tmp_path}: a directory, not a SQLite"):
        connect(str(tmp_path))


def test_a_file_that_is_not_sqlite_is_refused_in_one_line_naming_it(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("these are not the figures you are looking for\n", encoding="utf-8")
    with pytest.raises(StoreError) as refused:
        connect(str(notes))
    assert str(refused.value) == f"cannot open store sqlite:///{notes}: file is not a database"


def test_a_corrupt_sqlite_file_is_refused_and_left_as_it_was(db_path: Path) -> None:
    connect(str(db_path)).close()
    damaged = bytearray(db_path.read_bytes())
    damaged[100:4000] = b"\xff" * 3900
    db_path.write_bytes(damaged)
    with pytest.raises(StoreError, match=r"database disk image is malformed$"):
        connect(str(db_path))
    assert db_path.read_bytes() == damaged


def test_a_store_under_a_regular_file_names_the_cause(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match=r"File exists \(.*plain\)$"):
        connect(str(tmp_path / "plain" / "minewatch.db"))


def test_an_up_to_date_store_opens_read_only(db_path: Path) -> None:
    connect(str(db_path)).close()
    read_only = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    with connect(read_only) as store, store.engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM runs")).scalar() == 0


def test_an_unreachable_server_is_one_line_naming_the_store_without_its_password() -> None:
    pytest.importorskip("psycopg")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StoreError) as refused:
        connect(f"postgresql+psycopg://watcher:s3cret@127.0.0.1:{port}/minewatch")
    message = str(refused.value)
    assert message.startswith(
        f"cannot open store postgresql+psycopg://watcher:***@127.0.0.1:{port}"
    )
    assert "Connection refused" in message
    assert "\n" not in message and "s3cret" not in message


def test_another_programs_sqlite_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
        raw.execute("INSERT INTO bookmarks (url) VALUES ('https://example.org')")
    raw.close()
    before = other.read_bytes()
    with pytest.raises(
        StoreError, match=r"a SQLite database of something else \(tables bookmarks\)"
    ):
        connect(str(other))
    assert other.read_bytes() == before


def test_writing_to_a_read_only_store_is_one_line_naming_it(db_path: Path) -> None:
    connect(str(db_path)).close()
    read_only = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    with connect(read_only) as store, pytest.raises(StoreError) as refused:
        Repository(store).start_run()
    message = str(refused.value)
    assert message.startswith("store sqlite:///file") and str(db_path) in message
    assert message.endswith(": attempt to write a readonly database")
