"""What the spider hands the pipeline: one fetched page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from store.records import PageKind


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A page as it came off the wire, or a 304 saying the stored copy still holds.

    ``body`` is stored untouched; the pipeline reads it with ``parsers.page.read_page``.
    ``known_hash`` is the content hash of the stored version, if any.
    """

    source: str
    url: str
    kind: PageKind
    fetched_at: datetime
    http_status: int
    etag: str | None
    last_modified: str | None
    body: bytes
    known_hash: str | None
    content_type: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.http_status == 304
