"""Per page: skip what has not changed, else read it (``parsers.page``) and store it in one
transaction.

An unchanged article is still re-read from its stored body when an older parser read it.

A page that cannot be parsed or stored is recorded as an error of its source and
the crawl goes on; nothing already stored is touched by a failing page. An article
that answers empty, or with a PDF or an image, is such a failure too.
"""

from __future__ import annotations

import hashlib
from typing import Any

from crawler.config import Source
from crawler.context import PassContext, SourceTally
from crawler.items import FetchedPage
from crawler.page_checks import unusable_article
from crawler.reextract import ReextractError, reextract_version
from crawler.time_budget import OverBudget, time_budget
from parsers import PARSER_VERSION
from parsers.page import PageReadError, PageReading, read_page
from store.db import StoreError
from store.records import PageKind, PageRecord
from store.repository import PageSaveError


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class StorePipeline:
    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    def process_item(self, item: FetchedPage) -> FetchedPage:
        spider = self.crawler.spider
        context: PassContext = spider.context
        tally = context.tally(item.source)
        if item.not_modified:
            return self._unchanged(context, tally, item)
        if item.kind == PageKind.ARTICLE and (
            reason := unusable_article(item.body, item.content_type)
        ):
            kept = "; the stored version stays" if item.known_hash else ""
            tally.error(f"{item.url}: {reason} (HTTP {item.http_status}){kept}")
            return item
        digest = content_hash(item.body)
        if digest == item.known_hash:
            return self._unchanged(context, tally, item)
        reading = None
        if item.kind == PageKind.ARTICLE:
            reading = self._read(item, spider.source, tally)
            if reading is None:
                return item
        self._save(context, tally, item, digest, reading)
        return item

    def _unchanged(
        self, context: PassContext, tally: SourceTally, item: FetchedPage
    ) -> FetchedPage:
        tally.not_modified += 1
        context.repository.touch_page(context.run_id, item.url)
        if item.kind == PageKind.ARTICLE:
            self._reread_if_stale(context, tally, item.url)
        return item

    def _reread_if_stale(self, context: PassContext, tally: SourceTally, url: str) -> None:
        """An unchanged page an older parser read is re-read from its stored body.

        Only stale versions are parsed, so a pass after a parser upgrade reports what
        the new parser finds, and the passes after it parse nothing unchanged again.
        """
        try:
            stored = context.repository.stale_version(url, PARSER_VERSION)
            if stored is None:
                return
            reextract_version(context.repository, stored, self.crawler.spider.source)
        except (ReextractError, StoreError) as error:
            tally.error(f"re-extraction failed: {error}")
            return
        tally.pages_parsed += 1

    @staticmethod
    def _read(item: FetchedPage, source: Source, tally: SourceTally) -> PageReading | None:
        """What the page says (no article when off-topic); None when it cannot be parsed.

        A page that parses but whose figures cannot be extracted (a language without
        vocabulary, an extractor bug) is kept with no figures and reported: its text
        is stored for a later re-extraction rather than fetched and failed every pass.
        """
        try:
            reading = read_page(
                item.body,
                item.content_type,
                item.url,
                source.selectors,
                source.keywords,
                bounded=time_budget,
            )
        except PageReadError as error:
            if error.step == "parse":
                if isinstance(error.cause, OverBudget):
                    tally.error(f"{item.url}: cannot parse: the page {error.cause}; skipped")
                else:
                    tally.error(f"{item.url}: {error}")
                return None
            tally.pages_parsed += 1
            if isinstance(error.cause, OverBudget):
                tally.error(
                    f"{item.url}: cannot extract figures: the text {error.cause}; kept without"
                )
            else:
                tally.error(f"{item.url}: {error}")
            return error.reading
        tally.pages_parsed += 1
        return reading

    @staticmethod
    def _save(
        context: PassContext,
        tally: SourceTally,
        item: FetchedPage,
        digest: str,
        reading: PageReading | None,
    ) -> None:
        record = PageRecord(
            source=item.source,
            url=item.url,
            kind=item.kind,
            fetched_at=item.fetched_at,
            http_status=item.http_status,
            etag=item.etag,
            last_modified=item.last_modified,
            content_hash=digest,
            body=item.body,
            article=reading.article if reading else None,
            figures=reading.figures if reading else (),
            parser_version=reading.parser_version if reading else PARSER_VERSION,
            content_type=item.content_type,
        )
        try:
            context.repository.save_page(context.run_id, record)
        except PageSaveError as error:
            tally.error(str(error))
