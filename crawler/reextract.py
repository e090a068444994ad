"""Re-reading stored pages with the parser of today, for ``minewatch reextract`` and the pass.

Every stored version keeps its raw body and the parser version that read it, so an
improved parser can re-read history without fetching anything. Each page is replaced
in one transaction of its own: a page that fails is reported with its URL and keeps
what it had, and the others go on.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.config import Source
from crawler.time_budget import time_budget
from parsers import PARSER_VERSION
from parsers.page import PageReadError, PageReading, read_page
from store.db import StoreError
from store.records import StoredVersion
from store.repository import Repository


class ReextractError(Exception):
    """One page could not be re-read or re-stored; the message starts with its URL."""


@dataclass(frozen=True, slots=True)
class Reextracted:
    url: str
    figures_before: int
    figures_after: int


@dataclass(frozen=True, slots=True)
class ReextractSummary:
    parser_version: str
    pages: tuple[Reextracted, ...]
    failures: tuple[str, ...]

    @property
    def figures_before(self) -> int:
        return sum(page.figures_before for page in self.pages)

    @property
    def figures_after(self) -> int:
        return sum(page.figures_after for page in self.pages)

    def line(self) -> str:
        return (
            f"reextract: {len(self.pages)} pages re-read with parser {self.parser_version}; "
            f"figures {self.figures_before} -> {self.figures_after}; "
            f"{len(self.failures)} failed"
        )


def reread(stored: StoredVersion, source: Source | None) -> PageReading:
    """Read a stored body as a pass would have (``parsers.page.read_page``).

    With the source gone from the config, its selectors and keywords are gone too:
    the page is read without selectors and stays on- or off-topic as it was stored.
    """
    try:
        return read_page(
            stored.body,
            stored.content_type,
            stored.url,
            source.selectors if source else None,
            source.keywords if source else (),
            on_topic=None if source else stored.on_topic,
            bounded=time_budget,
        )
    except PageReadError as error:  # a parser bug on one page must not stop the others
        raise ReextractError(f"{stored.url}: {error}") from error


def reextract_version(
    repository: Repository, stored: StoredVersion, source: Source | None
) -> Reextracted:
    """Re-read one stored version and replace its article and figures, or raise ReextractError."""
    reading = reread(stored, source)
    try:
        after = repository.replace_extraction(
            stored.version_id, reading.article, reading.figures, reading.parser_version
        )
    except StoreError as error:
        raise ReextractError(str(error)) from error
    return Reextracted(stored.url, stored.figures, after)


def reextract_store(
    repository: Repository, sources: tuple[Source, ...], *, every: bool = False
) -> ReextractSummary:
    """Re-read the current version of every article of another parser (of all with ``every``)."""
    by_name = {source.name: source for source in sources}
    done: list[Reextracted] = []
    failures: list[str] = []
    for version_id in repository.versions_to_reextract(None if every else PARSER_VERSION):
        try:
            stored = repository.stored_version(version_id)
            done.append(reextract_version(repository, stored, by_name.get(stored.source)))
        except (ReextractError, StoreError) as error:
            failures.append(str(error))
    return ReextractSummary(PARSER_VERSION, tuple(done), tuple(failures))
