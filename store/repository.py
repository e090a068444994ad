"""Everything the crawler asks of the store: runs, pages and their figures, changes, reports.

Each public method is one transaction, so a failure never leaves half of a page behind
and never touches what earlier calls committed.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from parsers.compare import figure_date
from parsers.models import (
    Article,
    Change,
    Figure,
    Observation,
)
from store.db import Store, StoreError, describe_error, shown_url
from store.records import (
    PAGE_KINDS,
    PageRecord,
    RunStatus,
    RunSummary,
    SaveResult,
    StoredPage,
    StoredVersion,
)
from store.report import (
    BaselineValue,
    ChangeRow,
    CurrentValue,
    DocumentSummary,
    PreviousValue,
    Report,
    RunInfo,
    SourceStatus,
    order_changes,
)
from store.schema import (
    ChangeRecord,
    Document,
    DocumentVersion,
    FigureRow,
    Run,
    RunSource,
    Source,
)

__all__ = [
    "PageRecord",
    "Repository",
    "RunSummary",
    "SaveResult",
    "StoredPage",
    "StoredVersion",
]

FINISHED_STATUSES = tuple(s.value for s in RunStatus if s is not RunStatus.RUNNING)


class DatabaseError(StoreError):
    """The database refused a statement (read-only, locked, full disk, gone away)."""


class PageSaveError(StoreError):
    """A page could not be stored; nothing of it was kept and earlier pages are intact."""


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime, what: str) -> datetime:
    if value.tzinfo is None:
        raise ValueError(f"{what} must be timezone-aware, got {value.isoformat()}")
    return value.astimezone(UTC)


def _join_flags(flags: Sequence[object]) -> str:
    return ",".join(str(flag) for flag in flags)


def _split_flags(flags: str) -> tuple[str, ...]:
    return tuple(flag for flag in flags.split(",") if flag)


class Repository:
    def __init__(self, store: Store) -> None:
        self.store = store

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """One transaction; a database error leaves it as a one-line DatabaseError."""
        try:
            with self.store.sessions() as session, session.begin():
                yield session
        except SQLAlchemyError as error:
            # e.g. a store opened read-only: its first write fails here, not in connect()
            raise DatabaseError(
                f"store {shown_url(self.store.url)}: {describe_error(error)}"
            ) from error

    # runs

    def start_run(self) -> int:
        with self._transaction() as session:
            run = Run(started=_now(), status="running", pid=os.getpid())
            session.add(run)
            session.flush()
            return run.id

    def finish_run(
        self,
        run_id: int,
        status: str,
        *,
        pages_fetched: int,
        pages_parsed: int,
        error: str | None = None,
    ) -> None:
        if status not in FINISHED_STATUSES:
            raise ValueError(f"run status must be one of {FINISHED_STATUSES}, got {status!r}")
        with self._transaction() as session:
            run = self._run(session, run_id)
            run.status = str(status)
            run.finished = _now()
            run.pages_fetched = pages_fetched
            run.pages_parsed = pages_parsed
            run.error = error

    def abort_stale_runs(self) -> list[int]:
        """Mark runs still ``running`` as ``aborted``: only safe under the pass lock."""
        with self._transaction() as session:
            stale = list(session.scalars(select(Run).where(Run.status == RunStatus.RUNNING.value)))
            for run in stale:
                run.status = RunStatus.ABORTED.value
                run.finished = _now()
                run.error = run.error or "the pass ended without finishing (killed or crashed)"
            return [run.id for run in stale]

    def runs(self, limit: int) -> list[RunSummary]:
        """The latest ``limit`` runs, newest first."""
        counted = (
            select(func.count(ChangeRecord.id))
            .where(ChangeRecord.run_id == Run.id, ChangeRecord.flag != "unchanged")
            .scalar_subquery()
        )
        query = select(Run, counted).order_by(Run.id.desc()).limit(limit)
        with self._transaction() as session:
            return [
                RunSummary(
                    id=run.id,
                    started=run.started,
                    finished=run.finished,
                    status=run.status,
                    pages_fetched=run.pages_fetched,
                    pages_parsed=run.pages_parsed,
                    changes=changes,
                )
                for run, changes in session.execute(query)
            ]

    def record_source(self, run_id: int, status: SourceStatus) -> None:
        if status.status not in ("ok", "failed"):
            raise ValueError(
                f"source {status.name!r}: status must be ok or failed, got {status.status!r}"
            )
        with self._transaction() as session:
            self._run(session, run_id)
            source = self._source(session, status.name)
            row = session.scalar(
                select(RunSource).where(
                    RunSource.run_id == run_id, RunSource.source_id == source.id
                )
            )
            if row is None:
                row = RunSource(run_id=run_id, source_id=source.id)
                session.add(row)
            row.status = status.status
            row.pages = status.pages
            row.error = status.error

    # pages

    def known_page(self, url: str) -> StoredPage | None:
        query = (
            select(Document.url, DocumentVersion)
            .join(DocumentVersion, DocumentVersion.id == Document.current_version_id)
            .where(Document.url == url)
        )
        with self._transaction() as session:
            found = session.execute(query).first()
            if found is None:
                return None
            _, version = found
            return StoredPage(
                url=url,
                etag=version.etag,
                last_modified=version.last_modified,
                content_hash=version.content_hash,
                compressed_body=version.body,
            )

    def save_page(self, run_id: int, page: PageRecord) -> SaveResult:
        """Store a page and its figures together, or nothing of it (PageSaveError)."""
        if page.kind not in PAGE_KINDS:
            raise PageSaveError(
                f"page {page.url}: kind must be one of {PAGE_KINDS}, not {page.kind!r}"
            )
        try:
            fetched_at = _aware(page.fetched_at, f"page {page.url}: fetched_at")
            with self._transaction() as session:
                return self._save_page(session, run_id, page, fetched_at)
        except (SQLAlchemyError, DatabaseError, ValueError, TypeError) as error:
            raise PageSaveError(f"page {page.url} not stored: {error}") from error

    def _save_page(
        self, session: Session, run_id: int, page: PageRecord, fetched_at: datetime
    ) -> SaveResult:
        self._run(session, run_id)
        document = session.scalar(select(Document).where(Document.url == page.url))
        if document is None:
            source = self._source(session, page.source)
            document = Document(
                url=page.url, source_id=source.id, kind=str(page.kind), first_seen=fetched_at
            )
            session.add(document)
        document.last_seen = fetched_at
        document.last_seen_run_id = run_id
        session.flush()
        existing = session.scalar(
            select(DocumentVersion).where(
                DocumentVersion.document_id == document.id,
                DocumentVersion.content_hash == page.content_hash,
            )
        )
        if existing is not None:
            # Same content as stored (or reverted to an earlier text): no new version.
            document.current_version_id = existing.id
            count = session.scalar(
                select(func.count(FigureRow.id)).where(FigureRow.version_id == existing.id)
            )
            return SaveResult(False, document.id, existing.id, count or 0)
        version = self._new_version(run_id, document.id, page, fetched_at)
        session.add(version)
        session.flush()
        session.add_all(_figure_row(version.id, figure) for figure in page.figures)
        document.current_version_id = version.id
        session.flush()
        return SaveResult(True, document.id, version.id, len(page.figures))

    @staticmethod
    def _new_version(
        run_id: int, document_id: int, page: PageRecord, fetched_at: datetime
    ) -> DocumentVersion:
        article = page.article
        return DocumentVersion(
            document_id=document_id,
            run_id=run_id,
            fetched_at=fetched_at,
            http_status=page.http_status,
            etag=page.etag,
            last_modified=page.last_modified,
            content_type=page.content_type,
            content_hash=page.content_hash,
            body=zlib.compress(page.body),
            title=article.title if article else None,
            published=article.published if article else None,
            language=article.language if article else None,
            text=article.text if article else None,
            parser_version=page.parser_version,
        )

    def touch_page(self, run_id: int, url: str) -> None:
        """Note that an unchanged page (304, or the same hash) was seen in this run."""
        with self._transaction() as session:
            self._run(session, run_id)
            session.execute(
                update(Document)
                .where(Document.url == url)
                .values(last_seen=_now(), last_seen_run_id=run_id)
            )

    # re-extraction

    def versions_to_reextract(self, parser_version: str | None) -> list[int]:
        """Current versions of articles read by another parser (every one when None), by URL."""
        query = (
            select(DocumentVersion.id)
            .join(Document, Document.current_version_id == DocumentVersion.id)
            .where(Document.kind == "article")
            .order_by(Document.url)
        )
        if parser_version is not None:
            query = query.where(DocumentVersion.parser_version != parser_version)
        with self._transaction() as session:
            return list(session.scalars(query))

    def stored_version(self, version_id: int) -> StoredVersion:
        with self._transaction() as session:
            version = session.get(DocumentVersion, version_id)
            if version is None:
                raise StoreError(f"no document version {version_id} in the store")
            return self._stored_version(session, version)

    def stale_version(self, url: str, parser_version: str) -> StoredVersion | None:
        """The current version of article ``url`` if another parser read it, else None."""
        query = (
            select(DocumentVersion)
            .join(Document, Document.current_version_id == DocumentVersion.id)
            .where(
                Document.url == url,
                Document.kind == "article",
                DocumentVersion.parser_version != parser_version,
            )
        )
        with self._transaction() as session:
            version = session.scalar(query)
            return None if version is None else self._stored_version(session, version)

    def replace_extraction(
        self,
        version_id: int,
        article: Article | None,
        figures: Sequence[Figure],
        parser_version: str,
    ) -> int:
        """Replace a version's article fields and figures in one transaction; the figures stored.

        Raises PageSaveError naming the URL; the version is then left as it was.
        """
        url = f"version {version_id}"
        try:
            with self._transaction() as session:
                version = session.get(DocumentVersion, version_id)
                if version is None:
                    raise StoreError(f"no document version {version_id} in the store")
                url = session.scalar(select(Document.url).where(Document.id == version.document_id))
                session.execute(delete(FigureRow).where(FigureRow.version_id == version_id))
                version.title = article.title if article else None
                version.published = article.published if article else None
                version.language = article.language if article else None
                version.text = article.text if article else None
                version.parser_version = parser_version
                session.add_all(_figure_row(version_id, figure) for figure in figures)
                session.flush()
                return len(figures)
        except (SQLAlchemyError, DatabaseError, ValueError, TypeError) as error:
            raise PageSaveError(f"page {url}: re-extraction not stored: {error}") from error

    @staticmethod
    def _stored_version(session: Session, version: DocumentVersion) -> StoredVersion:
        url, source = session.execute(
            select(Document.url, Source.name)
            .join(Source, Source.id == Document.source_id)
            .where(Document.id == version.document_id)
        ).one()
        figures = session.scalar(
            select(func.count(FigureRow.id)).where(FigureRow.version_id == version.id)
        )
        try:
            body = zlib.decompress(version.body)
        except zlib.error as error:
            raise StoreError(f"page {url}: stored body cannot be read: {error}") from error
        return StoredVersion(
            version_id=version.id,
            url=url,
            source=source,
            body=body,
            parser_version=version.parser_version,
            on_topic=version.text is not None,
            figures=figures or 0,
            content_type=version.content_type,
        )

    # figures and changes

    def observations(self) -> list[Observation]:
        """Figures of the current version of every article, dated by ``until``, else published."""
        query = (
            select(FigureRow, Document.url, DocumentVersion.published)
            .join(DocumentVersion, DocumentVersion.id == FigureRow.version_id)
            .join(Document, Document.current_version_id == DocumentVersion.id)
            .where(Document.kind == "article")
            .order_by(Document.url, FigureRow.start, FigureRow.id)
        )
        with self._transaction() as session:
            observations = []
            for row, url, published in session.execute(query):
                figure = _figure(row)
                observations.append(
                    Observation(
                        figure=figure,
                        date=figure_date(figure, published),
                        url=url,
                        published=published,
                    )
                )
            return observations

    def record_changes(self, run_id: int, changes: Sequence[Change]) -> None:
        with self._transaction() as session:
            self._run(session, run_id)
            for change in changes:
                figure_id = self._figure_id(session, change.current)
                session.add(_change_record(run_id, change, figure_id))

    def latest_changes(self) -> tuple[ChangeRow, ...]:
        """The changes of the newest run that recorded any."""
        with self._transaction() as session:
            run_id = session.scalar(select(func.max(ChangeRecord.run_id)))
            if run_id is None:
                return ()
            return self._change_rows(session, run_id)

    def report(self, run_id: int) -> Report:
        """The run's report; each change carries what the latest earlier ok run said of its key."""
        with self._transaction() as session:
            run = self._run(session, run_id)
            previous_run = session.scalar(
                select(func.max(Run.id)).where(Run.id < run_id, Run.status == RunStatus.OK.value)
            )
            changes = self._change_rows(session, run_id)
            if previous_run is not None:
                earlier = self._change_rows(session, previous_run)
                changes = _with_previous(changes, previous_run, earlier)
            return Report(
                run=RunInfo(
                    id=run.id,
                    started=run.started,
                    finished=run.finished,
                    status=run.status,
                    pages_fetched=run.pages_fetched,
                    pages_parsed=run.pages_parsed,
                    error=run.error,
                ),
                sources=self._source_statuses(session, run_id),
                changes=changes,
                documents=self._document_summaries(session, run_id),
                previous_run=previous_run,
            )

    # helpers

    @staticmethod
    def _run(session: Session, run_id: int) -> Run:
        run = session.get(Run, run_id)
        if run is None:
            raise StoreError(f"no run {run_id} in the store")
        return run

    @staticmethod
    def _source(session: Session, name: str) -> Source:
        source = session.scalar(select(Source).where(Source.name == name))
        if source is None:
            source = Source(name=name)
            session.add(source)
            session.flush()
        return source

    @staticmethod
    def _figure_id(session: Session, observation: Observation) -> int | None:
        figure = observation.figure
        query = (
            select(FigureRow.id)
            .join(Document, Document.current_version_id == FigureRow.version_id)
            .where(
                Document.url == observation.url,
                FigureRow.metric == str(figure.metric),
                FigureRow.start == figure.start,
                FigureRow.end == figure.end,
            )
            .limit(1)
        )
        return session.scalar(query)

    @staticmethod
    def _source_statuses(session: Session, run_id: int) -> tuple[SourceStatus, ...]:
        query = (
            select(Source.name, RunSource.status, RunSource.pages, RunSource.error)
            .join(Source, Source.id == RunSource.source_id)
            .where(RunSource.run_id == run_id)
            .order_by(Source.name)
        )
        return tuple(SourceStatus(*row) for row in session.execute(query))

    @staticmethod
    def _change_rows(session: Session, run_id: int) -> tuple[ChangeRow, ...]:
        records = session.scalars(select(ChangeRecord).where(ChangeRecord.run_id == run_id))
        return order_changes(_change_row(record) for record in records)

    @staticmethod
    def _document_summaries(session: Session, run_id: int) -> tuple[DocumentSummary, ...]:
        """On-topic articles whose new content this run stored, with their figure counts."""
        query = (
            select(Document.url, DocumentVersion, func.count(FigureRow.id))
            .join(DocumentVersion, DocumentVersion.document_id == Document.id)
            .outerjoin(FigureRow, FigureRow.version_id == DocumentVersion.id)
            .where(
                DocumentVersion.run_id == run_id,
                Document.kind == "article",
                # An off-topic page is stored without text, only so its hash is known.
                DocumentVersion.text.is_not(None),
            )
            .group_by(Document.url, DocumentVersion.id)
            .order_by(Document.url)
        )
        summaries = []
        for url, version, count in session.execute(query):
            flags = session.scalars(
                select(FigureRow.flags).where(FigureRow.version_id == version.id)
            )
            seen = sorted({flag for joined in flags for flag in _split_flags(joined)})
            summaries.append(
                DocumentSummary(url, version.title, version.published, count, tuple(seen))
            )
        return tuple(summaries)


def _row_key(row: ChangeRow) -> tuple[str, str, str, str | None, str | None, str | None]:
    return (row.metric, row.group, row.scope, row.since, row.place, row.country)


def _with_previous(
    rows: tuple[ChangeRow, ...], earlier_run: int, earlier: tuple[ChangeRow, ...]
) -> tuple[ChangeRow, ...]:
    """``rows`` with the value and date each key had in ``earlier_run``'s changes."""
    before = {_row_key(row): row.current for row in earlier}
    with_previous = []
    for row in rows:
        current = before.get(_row_key(row))
        previous = None
        if current is not None:
            previous = PreviousValue(earlier_run, current.value, current.date)
        with_previous.append(replace(row, previous=previous))
    return tuple(with_previous)


# FigureRow's columns carry Figure's field names, so a row and a figure map field by field.
FIGURE_FIELDS = tuple(field.name for field in dataclass_fields(Figure))


def _figure_row(version_id: int, figure: Figure) -> FigureRow:
    columns = figure.to_dict() | {"flags": _join_flags(figure.flags)}
    return FigureRow(version_id=version_id, **columns)


def _figure(row: FigureRow) -> Figure:
    data = {name: getattr(row, name) for name in FIGURE_FIELDS}
    return Figure.from_dict(data | {"flags": _split_flags(row.flags)})


def _change_record(run_id: int, change: Change, figure_id: int | None) -> ChangeRecord:
    metric, group, scope, since, place, country = change.key
    current = change.current
    baseline = change.baseline
    return ChangeRecord(
        run_id=run_id,
        metric=metric,
        group=group,
        scope=scope,
        since=since,
        place=place,
        country=country,
        flag=str(change.flag),
        baseline_value=None if baseline is None else baseline.figure.value,
        baseline_date=None if baseline is None else baseline.date,
        current_value=current.figure.value,
        current_bound=str(current.figure.bound),
        current_date=current.date,
        current_url=current.url,
        current_quote=current.figure.quote,
        current_flags=_join_flags(current.figure.flags),
        figure_id=figure_id,
        delta=change.delta,
    )


def _change_row(record: ChangeRecord) -> ChangeRow:
    baseline = None
    if record.baseline_value is not None:
        baseline = BaselineValue(record.baseline_value, record.baseline_date)
    return ChangeRow(
        metric=record.metric,
        group=record.group,
        scope=record.scope,
        since=record.since,
        place=record.place,
        country=record.country,
        flag=record.flag,
        baseline=baseline,
        current=CurrentValue(
            value=record.current_value,
            bound=record.current_bound,
            date=record.current_date,
            url=record.current_url,
            quote=record.current_quote,
            flags=_split_flags(record.current_flags),
        ),
        delta=record.delta,
    )
