"""The tables of a minewatch store, their schema version and the migrations between versions.

Timestamps are stored as ISO 8601 strings of UTC instants at microsecond precision, so they
sort as text and read back timezone-aware on every backend (SQLite has no timezone type).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import (
    CheckConstraint,
    Connection,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from parsers.models import Bound, ChangeFlag, Group, Metric, Scope
from store.records import RunStatus

SCHEMA_VERSION = 3

RUN_STATUSES = tuple(status.value for status in RunStatus)
SOURCE_STATUSES = ("ok", "failed")
DOCUMENT_KINDS = ("article", "listing", "feed", "sitemap")


def _one_of(column: str, values: tuple[str, ...] | type) -> str:
    allowed = ", ".join(f"'{value}'" for value in values)
    return f'"{column}" IN ({allowed})'


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime kept as a sortable UTC ISO string."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()} given where UTC is required")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Number(TypeDecorator[int | float]):
    """A figure's value: stored as a float, read back as an int when it is whole."""

    impl = Float
    cache_ok = True

    def process_result_value(self, value: float | None, dialect: Dialect) -> int | float | None:
        if value is None:
            return None
        return int(value) if float(value).is_integer() else value


class Base(DeclarativeBase):
    pass


class Meta(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Run(Base):
    __tablename__ = "runs"
    __table_args__ = (
        CheckConstraint(_one_of("status", RUN_STATUSES), name="run_status"),
        Index("ix_runs_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started: Mapped[datetime] = mapped_column(UTCDateTime)
    finished: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="running")
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0)
    pages_parsed: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    pid: Mapped[int | None] = mapped_column(Integer)


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class RunSource(Base):
    __tablename__ = "run_sources"
    __table_args__ = (
        CheckConstraint(_one_of("status", SOURCE_STATUSES), name="run_source_status"),
        UniqueConstraint("run_id", "source_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    status: Mapped[str] = mapped_column(String(16))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)


class Document(Base):
    """One URL. ``current_version_id`` points at the content the page has now, which is
    not always the newest row: a page edited back to an earlier text returns to that version.
    """

    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint(_one_of("kind", DOCUMENT_KINDS), name="document_kind"),
        Index("ix_documents_kind", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    # No foreign key: documents and versions would reference each other, a cycle that
    # SQLite cannot declare; the repository is the only writer and keeps it consistent.
    current_version_id: Mapped[int | None] = mapped_column(Integer)


class DocumentVersion(Base):
    __tablename__ = "document_versions"
    __table_args__ = (
        UniqueConstraint("document_id", "content_hash"),
        Index("ix_document_versions_run", "run_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)
    http_status: Mapped[int] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    # the Content-Type header: its charset decodes ``body`` again on a re-read
    content_type: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(128))
    # zlib-compressed raw page, kept so that improved parsers can re-read history
    body: Mapped[bytes] = mapped_column(LargeBinary)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    parser_version: Mapped[str] = mapped_column(String(32))


class FigureRow(Base):
    __tablename__ = "figures"
    __table_args__ = (
        CheckConstraint(_one_of("metric", Metric), name="figure_metric"),
        CheckConstraint(_one_of("bound", Bound), name="figure_bound"),
        CheckConstraint(_one_of("group", Group), name="figure_group"),
        CheckConstraint(_one_of("scope", Scope), name="figure_scope"),
        Index("ix_figures_key", "metric", "group", "scope", "since"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("document_versions.id", ondelete="CASCADE"), index=True
    )
    metric: Mapped[str] = mapped_column(String(32))
    value: Mapped[int | float] = mapped_column(Number)
    bound: Mapped[str] = mapped_column(String(16))
    group: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(16))
    since: Mapped[str | None] = mapped_column(String(32))
    until: Mapped[str | None] = mapped_column(String(32))
    place: Mapped[str | None] = mapped_column(Text)
    mine_model: Mapped[str | None] = mapped_column(Text)
    made_in: Mapped[str | None] = mapped_column(Text)
    made_year: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(Text)
    quote: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    flags: Mapped[str] = mapped_column(Text, default="")


class ChangeRecord(Base):
    __tablename__ = "changes"
    __table_args__ = (CheckConstraint(_one_of("flag", ChangeFlag), name="change_flag"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    metric: Mapped[str] = mapped_column(String(32))
    group: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(16))
    since: Mapped[str | None] = mapped_column(String(32))
    place: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    flag: Mapped[str] = mapped_column(String(16))
    baseline_value: Mapped[int | float | None] = mapped_column(Number)
    baseline_date: Mapped[str | None] = mapped_column(String(32))
    current_value: Mapped[int | float] = mapped_column(Number)
    current_bound: Mapped[str] = mapped_column(String(16))
    current_date: Mapped[str | None] = mapped_column(String(32))
    current_url: Mapped[str] = mapped_column(Text)
    current_quote: Mapped[str] = mapped_column(Text)
    current_flags: Mapped[str] = mapped_column(Text, default="")
    # indexed: deleting a version's figures (reextract) sets this NULL in every change
    # that points at them, a scan of all history without it
    figure_id: Mapped[int | None] = mapped_column(
        ForeignKey("figures.id", ondelete="SET NULL"), index=True
    )
    delta: Mapped[int | float | None] = mapped_column(Number)


# Migration to version N, keyed by N: each brings a store from N - 1 to N inside one
# transaction. Version 1 is the first schema.
Migration = Callable[[Connection], None]


def _add_content_type(connection: Connection) -> None:
    """Version 2: versions remember their Content-Type (older ones have none)."""
    connection.execute(sql_text("ALTER TABLE document_versions ADD COLUMN content_type TEXT"))


def _index_change_figures(connection: Connection) -> None:
    """Version 3: changes.figure_id is indexed (its ON DELETE SET NULL scanned all history)."""
    connection.execute(
        sql_text("CREATE INDEX IF NOT EXISTS ix_changes_figure_id ON changes (figure_id)")
    )


MIGRATIONS: dict[int, Migration] = {2: _add_content_type, 3: _index_change_figures}
