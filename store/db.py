"""Opening a store: engine from a URL, SQLite pragmas, tables, schema version, migrations."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from store import schema
from store.schema import Base, Meta

VERSION_KEY = "schema_version"
# PostgreSQL advisory lock taken while tables are created; store.lock's pass lock is another key.
PREPARE_LOCK_KEY = 0x6D696E66
BUSY_TIMEOUT_MS = 30_000
# The daemon's APScheduler job table, which may share the store's database.
SCHEDULE_TABLE = "minewatch_schedule"
TABLES_QUERY = "SELECT name FROM sqlite_master WHERE type = 'table'"
# SQLAlchemy appends a link to its error catalogue: noise on a one-line message.
BACKGROUND_LINK = re.compile(r"\s*\(Background on this error at: [^)]*\)")


class StoreError(Exception):
    """The store cannot be opened or written; the message names the URL and the cause."""


@dataclass(frozen=True)
class Store:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    # (device, inode) of a SQLite file when opened: a file deleted or replaced under a
    # pass would take everything the pass wrote with it, and SQLite would not say so
    identity: tuple[int, int] | None = None

    def close(self) -> None:
        self.engine.dispose()

    def check_in_place(self) -> None:
        """Raise StoreError if the SQLite file was deleted or replaced since it was opened."""
        if self.identity is None:
            return
        path = Path(make_url(self.url).database or "")
        try:
            now = path.stat()
        except OSError:
            now = None
        if now is None or (now.st_dev, now.st_ino) != self.identity:
            what = "deleted" if now is None else "replaced by another file"
            raise StoreError(
                f"store {self.url}: the file was {what} while minewatch used it; "
                "what this run wrote went with the old file"
            )

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def normalise_url(url_or_path: str) -> str:
    """A SQLAlchemy URL as given; a plain filesystem path as ``sqlite:///ABSOLUTE/PATH``."""
    if "://" in url_or_path:
        return url_or_path
    if url_or_path == ":memory:":
        return "sqlite://"
    return "sqlite:///" + str(Path(url_or_path).expanduser().resolve())


def shown_url(url: str) -> str:
    """The URL for messages and logs: a server's password masked as ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def describe_error(error: BaseException) -> str:
    """The cause of a database error in one line: the driver's words, without the SQL.

    SQLAlchemy's own text adds the statement, its parameters and a link, over several
    lines; a user needs "file is not a database" or "connection refused".
    """
    cause = getattr(error, "orig", None) or error
    if isinstance(cause, OSError) and cause.strerror:
        message = cause.strerror + (f" ({cause.filename})" if cause.filename else "")
    else:
        message = BACKGROUND_LINK.sub("", str(cause))
    return " ".join(message.split()) or type(cause).__name__


def connect(url: str) -> Store:
    """Open the store at ``url`` (or a plain path), creating or migrating its tables."""
    url = normalise_url(url)
    try:
        engine = _engine(url)
    except (ArgumentError, SQLAlchemyError, ImportError, OSError) as error:
        raise StoreError(f"cannot open store {shown_url(url)}: {describe_error(error)}") from error
    try:
        with engine.begin() as connection:
            _prepare(connection, shown_url(url))
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as error:
        engine.dispose()
        raise StoreError(f"cannot open store {shown_url(url)}: {describe_error(error)}") from error
    return Store(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        identity=_file_identity(url),
    )


def _file_identity(url: str) -> tuple[int, int] | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    try:
        found = Path(parsed.database).stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        database = Path(parsed.database)
        if database.is_dir():
            raise StoreError(f"cannot open store {url}: a directory, not a SQLite file")
        database.parent.mkdir(parents=True, exist_ok=True)
        if database.is_file() and not os.access(database.parent, os.W_OK):
            # a read-only mount or folder: SQLite cannot make its lock files beside the
            # store, so it is read as it stands (``status`` works; a pass's first write
            # fails with "readonly database", naming the store)
            url = f"sqlite:///file:{quote(str(database.resolve()))}?mode=ro&immutable=1&uri=true"
    engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # busy_timeout first: the table check below reads, and a pass may be writing.
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        tables = {row[0] for row in cursor.execute(TABLES_QUERY)} - {SCHEDULE_TABLE}
        # WAL is written into the file's header: never into another program's database,
        # which _prepare then refuses.
        if not tables or Meta.__tablename__ in tables:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _prepare(connection: Connection, url: str) -> None:
    if connection.dialect.name == "postgresql":
        # Processes opening a new database at once would race to create the same tables
        # and version row; the lock ends with this transaction. (SQLite's writer lock
        # already serialises them.)
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PREPARE_LOCK_KEY})
    if connection.dialect.name == "sqlite":
        _refuse_foreign_sqlite(connection, url)
    Base.metadata.create_all(connection, tables=[Meta.__table__])
    stored = stored_version(connection)
    if stored is not None and stored > schema.SCHEMA_VERSION:
        raise StoreError(
            f"store {url} has schema version {stored}, newer than this minewatch "
            f"understands ({schema.SCHEMA_VERSION}); upgrade minewatch to open it"
        )
    if stored is not None:
        for version in range(stored + 1, schema.SCHEMA_VERSION + 1):
            migration = schema.MIGRATIONS.get(version)
            if migration is None:
                raise StoreError(
                    f"store {url}: no migration from schema version {version - 1} to {version}"
                )
            migration(connection)
    Base.metadata.create_all(connection)
    if stored != schema.SCHEMA_VERSION:
        # Only then: an up-to-date store opens without a write, so status can read a
        # store it may not write (a read-only file or URL).
        _write_version(connection, schema.SCHEMA_VERSION)


def _refuse_foreign_sqlite(connection: Connection, url: str) -> None:
    """A SQLite file with tables but no ``meta`` belongs to something else: leave it alone.

    A mistyped --db (another program's database) must not gain minewatch's tables. A
    server database is shared by design (README: a schema of its own is optional).
    """
    tables = set(inspect(connection).get_table_names()) - {SCHEDULE_TABLE}
    if tables and Meta.__tablename__ not in tables:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(
            f"cannot open store {url}: a SQLite database of something else (tables {shown}); "
            "minewatch leaves it as it is"
        )


def stored_version(connection: Connection) -> int | None:
    value = connection.execute(select(Meta.value).where(Meta.key == VERSION_KEY)).scalar()
    return None if value is None else int(value)


def _write_version(connection: Connection, version: int) -> None:
    table = Meta.__table__
    updated = connection.execute(
        table.update().where(table.c.key == VERSION_KEY).values(value=str(version))
    )
    if updated.rowcount == 0:
        connection.execute(table.insert().values(key=VERSION_KEY, value=str(version)))
