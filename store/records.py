"""What the crawler hands the repository and what it gets back."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from parsers.models import Article, Figure


class RunStatus(StrEnum):
    """A run's state: ``running`` until its pass ends it ok, failed or aborted."""

    RUNNING = "running"
    OK = "ok"  # at least one source was reached
    FAILED = "failed"  # no source could be reached, or the crawl crashed
    ABORTED = "aborted"  # stopped by a signal, or left running by a killed pass


class PageKind(StrEnum):
    """What a fetched page is to the spider: an article, or a page that leads to articles."""

    ARTICLE = "article"
    LISTING = "listing"
    FEED = "feed"
    SITEMAP = "sitemap"


PAGE_KINDS = tuple(kind.value for kind in PageKind)


@dataclass(frozen=True, slots=True)
class PageRecord:
    """One fetched page, parsed or not. ``fetched_at`` is timezone-aware; ``body`` is raw."""

    source: str
    url: str
    kind: str  # a PageKind
    fetched_at: datetime
    http_status: int
    etag: str | None
    last_modified: str | None
    content_hash: str
    body: bytes
    article: Article | None
    figures: tuple[Figure, ...]
    parser_version: str
    content_type: str | None = None


@dataclass(frozen=True, slots=True)
class SaveResult:
    """``created`` is False when the page's content was already stored."""

    created: bool
    document_id: int
    version_id: int
    figures: int


@dataclass(frozen=True, slots=True)
class StoredPage:
    """The current version of a known URL: validators for a conditional request, and body."""

    url: str
    etag: str | None
    last_modified: str | None
    content_hash: str
    # as stored (zlib): most lookups only want the validators; a 304 listing reads ``body``
    compressed_body: bytes

    @property
    def body(self) -> bytes:
        return zlib.decompress(self.compressed_body)


@dataclass(frozen=True, slots=True)
class RunSummary:
    """One line of ``minewatch status``. ``changes`` counts flags other than unchanged."""

    id: int
    started: datetime
    finished: datetime | None
    status: str
    pages_fetched: int
    pages_parsed: int
    changes: int


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """An article's current version as stored, for re-reading with a newer parser.

    ``on_topic`` is False when the page was stored without an article (no keyword
    matched); ``figures`` is how many figures the version has now.
    """

    version_id: int
    url: str
    source: str
    body: bytes
    parser_version: str
    on_topic: bool
    figures: int
    content_type: str | None = None
