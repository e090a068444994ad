"""The one spider: walks a source's listings, feeds and sitemaps to its articles.

Everything site-specific comes from the sources file; one instance runs per source,
so ``allowed_domains``, ``max_pages`` and the error tally are per source.
Requests carry the stored page's validators; a listing, feed or sitemap that
answers 304 is read from its stored body so its links are still followed, and
every known article is asked for again on every pass, so silent edits are caught.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urldefrag, urlsplit

import feedparser
import regex
from scrapy import Request, Spider, signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from twisted.internet.error import ConnectionRefusedError, DNSLookupError
from twisted.internet.error import TimeoutError as ConnectTimeoutError
from twisted.python.failure import Failure

from crawler.config import Source
from crawler.context import PassContext, SourceTally
from crawler.items import FetchedPage
from store.records import PageKind

GZIP_MAGIC = b"\x1f\x8b"
SITEMAP_ROOTS = ("urlset", "sitemapindex")
PATTERN_SECONDS = 0.5  # one source pattern on one link
TLS_REASON = re.compile(r"\('SSL routines', '[^']*', '([^']+)'\)")
FAILURE_REPR = re.compile(r"<twisted\.python\.failure\.Failure (?:[\w.]+\.)?(\w+): ?([^>]*)>")
# Scrapy's HttpCompressionMiddleware drops a body that inflates past DOWNLOAD_MAXSIZE
INFLATED_PAST_LIMIT = re.compile(r"\((\d+) B compressed, .*?DOWNLOAD_MAXSIZE \((\d+) B\)")
MAXSIZE_MESSAGE = re.compile(r"(\d+) bytes which is larger than download max size \((\d+)\)")


class NewsSpider(Spider):
    name = "news"
    # 304 is an answer, not an error: the stored copy is still current.
    handle_httpstatus_list = [304]

    def __init__(self, source: Source, context: PassContext, **kwargs: Any):
        super().__init__(name=f"news:{source.name}", **kwargs)
        self.source = source
        self.context = context
        self.tally: SourceTally = context.tally(source.name)
        self.allowed_domains = list(source.allowed_domains) or _hosts(_entry_urls(source))
        self.article_pattern = _compile(source.article_pattern)
        self.follow_pattern = _compile(source.follow_pattern)
        self.slow_patterns: set[str] = set()
        self.requested: set[str] = set()
        self.capped = False
        # URL asked for -> where its redirects last led, until it gets an answer or an
        # error. Scrapy drops a redirect off the source's hosts, or back to a URL already
        # seen (a loop), without telling the spider; what is left here at the end is that.
        self.unanswered: dict[str, str | None] = {}
        self.answered: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_spider_error, signal=signals.spider_error)
        crawler.signals.connect(spider.on_request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(spider.on_spider_closed, signal=signals.spider_closed)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        entries = (
            [(url, PageKind.LISTING) for url in self.source.start_urls]
            + [(url, PageKind.FEED) for url in self.source.feeds]
            + [(url, PageKind.SITEMAP) for url in self.source.sitemaps]
        )
        for url, kind in entries:
            request = self.page_request(url, kind)
            if request is not None:
                # marked, not compared by URL later: Scrapy normalises what it fetches
                # (no fragment, non-ASCII percent-encoded), the config keeps it as written
                request.meta["entry"] = True
                yield request

    # requests

    def page_request(self, url: str, kind: PageKind) -> Request | None:
        """A conditional request for a page of this source, or None (seen, capped, offsite)."""
        url = urldefrag(url)[0]
        if url in self.requested or not self.is_allowed(url):
            return None
        if self.source.max_pages is not None and len(self.requested) >= self.source.max_pages:
            if not self.capped:
                self.capped = True
                self.logger.info(
                    "max_pages (%d) reached; not following %s", len(self.requested), url
                )
            return None
        self.requested.add(url)
        self.unanswered[url] = None  # not redirected yet
        stored = self.context.repository.known_page(url)
        headers = {}
        if stored is not None and stored.etag:
            headers["If-None-Match"] = stored.etag
        if stored is not None and stored.last_modified:
            headers["If-Modified-Since"] = stored.last_modified
        callback = self.parse_article if kind == PageKind.ARTICLE else self.parse_index
        return Request(
            url,
            callback=callback,
            errback=self.on_request_error,
            headers=headers,
            meta={"kind": kind, "known_hash": stored.content_hash if stored else None},
        )

    def is_allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        host = parts.hostname.lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    # responses

    def parse_index(self, response: Response) -> Iterator[FetchedPage | Request]:
        """A listing, feed or sitemap: store it, then follow what it links to."""
        kind = response.meta["kind"]
        page = self.fetched_page(response, kind)
        yield page
        body = page.body
        if page.not_modified:
            stored = self.context.repository.known_page(response.url)
            if stored is None:
                self.tally.error(f"{response.url}: answered 304 but no stored copy to read")
                return
            body = stored.body
        errors_before = len(self.tally.errors)
        links = list(
            {
                PageKind.LISTING: self.listing_links,
                PageKind.FEED: self.feed_links,
                PageKind.SITEMAP: self.sitemap_links,
            }[kind](response.url, body)
        )
        if not links and len(self.tally.errors) == errors_before and response.meta.get("entry"):
            # An entry page that leads nowhere is how a redesigned site shows: say so, or
            # the source would stay "ok" with nothing new for ever.
            self.tally.error(
                f"{response.url}: {kind} with no link the source's patterns accept; "
                "has the site changed?"
            )
        for url, link_kind in links:
            request = self.page_request(url, link_kind)
            if request is not None:
                yield request

    def parse_article(self, response: Response) -> Iterator[FetchedPage]:
        yield self.fetched_page(response, PageKind.ARTICLE)

    def fetched_page(self, response: Response, kind: PageKind) -> FetchedPage:
        self.tally.fetched()
        self.unanswered.pop(_first_url(response.request), None)
        self.answered.add(response.url)
        return FetchedPage(
            source=self.source.name,
            url=response.url,
            kind=kind,
            fetched_at=datetime.now(UTC),
            http_status=response.status,
            etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
            body=response.body,
            known_hash=response.meta.get("known_hash"),
            content_type=_header(response, "Content-Type"),
        )

    # links

    def listing_links(self, url: str, body: bytes) -> Iterator[tuple[str, PageKind]]:
        page = HtmlResponse(url=url, body=body)
        for href in page.css("a::attr(href)").getall():
            link = urldefrag(page.urljoin(href.strip()))[0]
            if self._matches(self.article_pattern, "article_pattern", link):
                yield link, PageKind.ARTICLE
            elif self._matches(self.follow_pattern, "follow_pattern", link):
                yield link, PageKind.LISTING

    def feed_links(self, url: str, body: bytes) -> Iterator[tuple[str, PageKind]]:
        feed = feedparser.parse(body, response_headers={"content-location": url})
        if feed.bozo and not feed.entries:
            self.tally.error(f"{url}: not a readable RSS/Atom feed ({feed.bozo_exception})")
            return
        for entry in feed.entries:
            link = entry.get("link")
            if link:
                yield from self._article_link(urldefrag(link)[0])

    def sitemap_links(self, url: str, body: bytes) -> Iterator[tuple[str, PageKind]]:
        try:
            if body.startswith(GZIP_MAGIC):
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            sitemap = Sitemap(body)
            entries = list(sitemap)
        except Exception as error:  # gzip, lxml and Scrapy each fail their own way on junk
            cause = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
            self.tally.error(f"{url}: not a readable sitemap ({cause})")
            return
        if sitemap.type not in SITEMAP_ROOTS:
            self.tally.error(f"{url}: not a sitemap (its root element is <{sitemap.type}>)")
            return
        for entry in entries:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                yield loc, PageKind.SITEMAP
            else:
                yield from self._article_link(loc)

    def _article_link(self, link: str) -> Iterable[tuple[str, PageKind]]:
        if self.article_pattern is None or self._matches(
            self.article_pattern, "article_pattern", link
        ):
            return [(link, PageKind.ARTICLE)]
        return []

    def _matches(self, pattern: regex.Pattern[str] | None, field: str, link: str) -> bool:
        """Whether ``pattern`` finds ``link``, within a time bound.

        A pattern that backtracks ("(\\w+-?)+$" on a long link) would hold the pass and
        its lock for hours: past PATTERN_SECONDS the link is skipped and reported once.
        """
        if pattern is None:
            return False
        try:
            return pattern.search(link, timeout=PATTERN_SECONDS) is not None
        except TimeoutError:
            if field not in self.slow_patterns:
                self.slow_patterns.add(field)
                self.tally.error(
                    f"{link}: {field} {pattern.pattern!r} ran over {PATTERN_SECONDS:g} s on "
                    "this link (it backtracks); such links are skipped: rewrite the pattern"
                )
            return False

    # failures

    def on_request_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        self.unanswered.pop(_first_url(request), None)
        if failure.check(HttpError):
            status = failure.value.response.status
            self.tally.error(f"{request.url}: HTTP {status}")
        elif failure.check(IgnoreRequest) and (
            bomb := INFLATED_PAST_LIMIT.search(str(failure.value))
        ):
            compressed, limit = bomb.groups()
            self.tally.error(
                f"{request.url}: {compressed} compressed bytes inflate past max_page_bytes "
                f"({limit}); skipped (a decompression bomb?)"
            )
        elif failure.check(IgnoreRequest):
            # robots.txt forbids it, or it left the allowed domains: a decision, not a failure
            self.logger.info("skipped %s: %s", request.url, failure.value)
        else:
            limit = self.settings.getint("DOWNLOAD_MAXSIZE")
            self.tally.error(describe_failure(request.url, failure, max_page_bytes=limit))

    def on_request_scheduled(self, request: Request, spider: Spider) -> None:
        first = _first_url(request)
        if spider is self and request.meta.get("redirect_urls") and first in self.unanswered:
            self.unanswered[first] = request.url

    def on_spider_closed(self, spider: Spider, reason: str) -> None:
        if spider is not self or reason != "finished":
            return  # an interrupted crawl leaves requests unanswered by design
        for url, last in self.unanswered.items():
            if last is None or last in self.answered:
                # never redirected: Scrapy dropped it as the same page as one fetched
                # (query parameters in another order); or redirected to a fetched page
                continue
            if last == url:
                self.tally.error(f"{url}: redirected back to itself (a redirect loop); skipped")
            else:
                self.tally.error(
                    f"{url}: redirected to {last}, which was not fetched "
                    "(another host, or a redirect loop); skipped"
                )

    def on_spider_error(self, failure: Failure, response: Response, spider: Spider) -> None:
        if spider is self:
            self.tally.error(f"{response.url}: {type(failure.value).__name__}: {failure.value}")


def describe_failure(url: str, failure: Failure, *, max_page_bytes: int | None = None) -> str:
    """One line naming the URL and what went wrong, for the report."""
    if failure.check(DownloadCancelledError):
        found = MAXSIZE_MESSAGE.search(str(failure.value))
        if found:
            size, limit = found.groups()
            return f"{url}: page of {size} bytes exceeds max_page_bytes ({limit}); skipped"
        if max_page_bytes and not str(failure.value):
            # A page sent without Content-Length is cut off once past the limit, and
            # Scrapy cancels it without saying why: the limit is the only cause left.
            return (
                f"{url}: page exceeds max_page_bytes ({max_page_bytes}) "
                "(no size announced; cut off); skipped"
            )
        return f"{url}: download cancelled: {failure.value}"
    if failure.check(CannotResolveHostError, DNSLookupError):
        return f"{url}: cannot resolve host {urlsplit(url).hostname}"
    if failure.check(DownloadConnectionRefusedError, ConnectionRefusedError):
        return f"{url}: connection refused"
    if failure.check(DownloadTimeoutError, ConnectTimeoutError):
        return f"{url}: timed out"
    if failure.check(ResponseDataLossError):
        return f"{url}: the connection closed before the whole page arrived (reset or cut off)"
    words = str(failure.value)
    if tls := TLS_REASON.search(words):
        reason = tls.group(1)
        if "certificate verify failed" in reason:
            return f"{url}: TLS certificate not trusted ({reason}); certificates are verified"
        return f"{url}: TLS handshake failed ({reason})"
    # Twisted wraps its causes as "[<twisted.python.failure.Failure X: why>]": the whys
    causes = FAILURE_REPR.findall(words)
    if causes:
        return f"{url}: " + "; ".join(f"{name}: {why}".rstrip(": ") for name, why in causes)
    return f"{url}: {type(failure.value).__name__}" + (f": {words}" if words else "")


def _first_url(request: Request) -> str:
    """The URL the spider asked for, before any redirect."""
    return (request.meta.get("redirect_urls") or [request.url])[0]


def _entry_urls(source: Source) -> list[str]:
    return [*source.start_urls, *source.feeds, *source.sitemaps]


def _hosts(urls: Iterable[str]) -> list[str]:
    return sorted({urlsplit(url).hostname or "" for url in urls} - {""})


def _compile(pattern: str | re.Pattern[str] | None) -> regex.Pattern[str] | None:
    if pattern is None:
        return None
    # the regex module, for its match timeout; the config check compiled it with re
    return regex.compile(pattern if isinstance(pattern, str) else pattern.pattern)


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
