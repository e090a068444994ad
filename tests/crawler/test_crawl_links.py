"""Which links the spider follows from listings, feeds and sitemaps, and what it refuses."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from twisted.python.failure import Failure

from crawler.config import Settings, Source
from crawler.context import PassContext
from crawler.settings import scrapy_settings
from crawler.spiders.news import NewsSpider, describe_failure
from store.db import connect, normalise_url
from store.repository import Repository

BASE = "http://news.example.az"


@pytest.fixture
def context(tmp_path: Path) -> Iterator[PassContext]:
    with connect(normalise_url(str(tmp_path / "links.db"))) as store:
        repository = Repository(store)
        yield PassContext(repository, repository.start_run())


def spider(context: PassContext, **fields: object) -> NewsSpider:
    values: dict[str, object] = {
        "name": "agency",
        "start_urls": (f"{BASE}/en/news",),
        "article_pattern": re.compile(r"/en/news/\d+"),
        "follow_pattern": re.compile(r"[?&]page=\d+"),
        "allowed_domains": ("news.example.az",),
    }
    values.update(fields)
    return NewsSpider(source=Source(**values), context=context)  # type: ignore[arg-type]


def test_a_listing_yields_its_articles_and_next_pages(context: PassContext) -> None:
    html = b"""<html><body>
      <a href="/en/news/17">A</a> <a href="/en/news?page=2">2</a> <a href="/en/about">About</a>
      <a href="/en/news/18#comments">B</a></body></html>"""
    links = list(spider(context).listing_links(f"{BASE}/en/news", html))
    assert links == [
        (f"{BASE}/en/news/17", "article"),
        (f"{BASE}/en/news?page=2", "listing"),
        (f"{BASE}/en/news/18", "article"),
    ]


def test_an_rss_feed_yields_the_links_of_its_items(context: PassContext) -> None:
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>a</title><link>{BASE}/en/news/1</link></item>
      <item><title>b</title><link>{BASE}/en/other/2</link></item></channel></rss>""".encode()
    assert list(spider(context).feed_links(f"{BASE}/rss", rss)) == [
        (f"{BASE}/en/news/1", "article")
    ]


def test_an_atom_feed_yields_the_links_of_its_entries(context: PassContext) -> None:
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>x</id><updated>2023-01-01T00:00:00Z</updated>
      <entry><title>a</title><id>1</id><updated>2023-01-01T00:00:00Z</updated>
      <link rel="alternate" href="{BASE}/en/news/5"/></entry></feed>""".encode()
    assert list(spider(context).feed_links(f"{BASE}/atom", atom)) == [
        (f"{BASE}/en/news/5", "article")
    ]


def test_a_broken_feed_is_an_error_of_its_source(context: PassContext) -> None:
    assert list(spider(context).feed_links(f"{BASE}/rss", b"<html>Just a moment...</html>")) == []
    [error] = context.tally("agency").errors
    assert error.startswith(f"{BASE}/rss: not a readable RSS/Atom feed (")


def test_a_sitemap_yields_its_article_urls(context: PassContext) -> None:
    xml = f"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>{BASE}/en/news/3</loc></url><url><loc>{BASE}/en/contacts</loc></url></urlset>""".encode()
    assert list(spider(context).sitemap_links(f"{BASE}/sitemap.xml", xml)) == [
        (f"{BASE}/en/news/3", "article")
    ]


def test_a_sitemap_index_yields_its_sitemaps(context: PassContext) -> None:
    xml = f"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>{BASE}/sitemap-2023.xml</loc></sitemap></sitemapindex>""".encode()
    assert list(spider(context).sitemap_links(f"{BASE}/sitemap.xml", xml)) == [
        (f"{BASE}/sitemap-2023.xml", "sitemap")
    ]


def test_links_to_other_hosts_are_not_requested(context: PassContext) -> None:
    walker = spider(context)
    assert walker.page_request("http://elsewhere.example.org/en/news/1", "article") is None
    assert walker.page_request("http://sub.news.example.az/en/news/1", "article") is not None


def test_a_page_is_requested_once_per_pass(context: PassContext) -> None:
    walker = spider(context)
    assert walker.page_request(f"{BASE}/en/news/1", "article") is not None
    assert walker.page_request(f"{BASE}/en/news/1#top", "article") is None


def test_max_pages_stops_new_requests(context: PassContext) -> None:
    walker = spider(context, max_pages=2)
    requests = [walker.page_request(f"{BASE}/en/news/{n}", "article") for n in range(4)]
    assert [r is not None for r in requests] == [True, True, False, False]


def test_a_first_request_is_unconditional(context: PassContext) -> None:
    request = spider(context).page_request(f"{BASE}/en/news/1", "article")
    assert request is not None
    assert b"If-None-Match" not in request.headers
    assert b"If-Modified-Since" not in request.headers


@pytest.mark.parametrize("body", [b"", b"\x00\x01junk\xff" * 8])
def test_a_sitemap_that_cannot_be_read_is_an_error_of_its_source(
    context: PassContext, body: bytes
) -> None:
    assert list(spider(context).sitemap_links(f"{BASE}/sitemap.xml", body)) == []
    [error] = context.tally("agency").errors
    assert error.startswith(f"{BASE}/sitemap.xml: not a readable sitemap (")


def test_a_web_page_where_the_sitemap_was_is_named_by_its_root(context: PassContext) -> None:
    page = b"<html><body><a href='/en/news/1'>1</a></body></html>"
    assert list(spider(context).sitemap_links(f"{BASE}/sitemap.xml", page)) == []
    assert context.tally("agency").errors == [
        f"{BASE}/sitemap.xml: not a sitemap (its root element is <html>)"
    ]


def _listing_answer(url: str, body: bytes) -> HtmlResponse:
    return HtmlResponse(url=url, body=body, request=Request(url, meta={"kind": "listing"}))


def _start_requests(crawler: NewsSpider) -> list[Request]:
    async def collect() -> list[Request]:
        return [request async for request in crawler.start()]

    return asyncio.run(collect())


REDESIGNED = b"<html><body><a href='/en/articles/17-new-layout'>A</a></body></html>"


@pytest.mark.parametrize(
    "start_url", [f"{BASE}/en/news", f"{BASE}/en/news#latest", f"{BASE}/az/xəbərlər"]
)
def test_a_start_page_without_any_accepted_link_is_reported(
    context: PassContext, start_url: str
) -> None:
    crawler = spider(context, start_urls=(start_url,))
    [request] = _start_requests(crawler)
    answer = HtmlResponse(url=request.url, body=REDESIGNED, request=request)
    list(crawler.parse_index(answer))
    [error] = context.tally("agency").errors
    assert error.endswith(
        "listing with no link the source's patterns accept; has the site changed?"
    )


def test_a_further_listing_page_without_links_is_no_error(context: PassContext) -> None:
    empty = b"<html><body><p>No more news.</p></body></html>"
    list(spider(context).parse_index(_listing_answer(f"{BASE}/en/news?page=9", empty)))
    assert context.tally("agency").errors == []


def test_a_request_dropped_without_a_redirect_is_no_error(context: PassContext) -> None:
    # Scrapy drops a URL whose query only reorders another's: the same page, fetched once
    crawler = spider(context)
    assert crawler.page_request(f"{BASE}/en/news/5?b=2&a=1", "article") is not None
    crawler.on_spider_closed(crawler, "finished")
    assert context.tally("agency").errors == []


def test_a_redirect_that_was_never_fetched_is_reported_at_the_end(context: PassContext) -> None:
    crawler = spider(context)
    first = f"{BASE}/en/news/6"
    assert crawler.page_request(first, "article") is not None
    moved = Request("https://elsewhere.example/6", meta={"redirect_urls": [first]})
    crawler.on_request_scheduled(moved, crawler)
    crawler.on_spider_closed(crawler, "finished")
    [error] = context.tally("agency").errors
    assert error.startswith(f"{first}: redirected to https://elsewhere.example/6, which was not")


def test_a_refused_connection_is_described_with_its_url() -> None:
    from twisted.internet.error import ConnectionRefusedError

    failure = Failure(ConnectionRefusedError())
    assert describe_failure(f"{BASE}/rss", failure) == f"{BASE}/rss: connection refused"


def test_a_cancelled_oversized_download_names_size_and_limit() -> None:
    from scrapy.exceptions import DownloadCancelledError

    message = "Expected to receive 80123 bytes which is larger than download max size (50000) in request <GET x>."
    failure = Failure(DownloadCancelledError(message))
    assert describe_failure(f"{BASE}/big", failure) == (
        f"{BASE}/big: page of 80123 bytes exceeds max_page_bytes (50000); skipped"
    )


def test_a_cancelled_download_of_unannounced_size_names_the_limit() -> None:
    from scrapy.exceptions import DownloadCancelledError

    failure = Failure(DownloadCancelledError(""))
    assert describe_failure(f"{BASE}/big", failure, max_page_bytes=50000) == (
        f"{BASE}/big: page exceeds max_page_bytes (50000) (no size announced; cut off); skipped"
    )


def test_scrapy_settings_set_what_scrapy_defaults_get_wrong() -> None:
    settings = scrapy_settings(Settings())
    assert settings["DOWNLOAD_VERIFY_CERTIFICATES"] is True
    assert settings["ROBOTSTXT_OBEY"] is True
    assert (
        settings["DOWNLOADER_MIDDLEWARES"][
            "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware"
        ]
        is None
    )
    assert settings["TELNETCONSOLE_ENABLED"] is False


def test_scrapy_settings_follow_the_sources_file() -> None:
    settings = scrapy_settings(
        Settings(user_agent="ua/1", download_delay=1.5, max_page_bytes=1234, request_timeout=7)
    )
    assert (settings["USER_AGENT"], settings["DOWNLOAD_DELAY"], settings["DOWNLOAD_MAXSIZE"]) == (
        "ua/1",
        1.5,
        1234,
    )
    assert settings["DOWNLOAD_TIMEOUT"] == 7


def test_a_backtracking_article_pattern_is_cut_short_and_reported(context: PassContext) -> None:
    slow = spider(context, article_pattern=re.compile(r"/en/news/(a|aa)+$"))
    html = f'<a href="/en/news/{"a" * 60}!">x</a><a href="/en/news/{"a" * 61}!">y</a>'.encode()
    assert list(slow.listing_links(f"{BASE}/en/news", html)) == []
    [error] = slow.tally.errors
    assert "article_pattern" in error and "backtracks" in error


def test_a_connection_reset_mid_page_is_said_in_words() -> None:
    from scrapy.exceptions import ResponseDataLossError

    message = describe_failure(f"{BASE}/a", Failure(ResponseDataLossError()))
    assert (
        message
        == f"{BASE}/a: the connection closed before the whole page arrived (reset or cut off)"
    )


def test_an_untrusted_certificate_is_said_in_words_not_as_a_python_repr() -> None:
    from scrapy.exceptions import DownloadFailedError

    raw = (
        "[<twisted.python.failure.Failure OpenSSL.SSL.Error: "
        "[('SSL routines', '', 'certificate verify failed')]>]"
    )
    message = describe_failure(f"{BASE}/a", Failure(DownloadFailedError(raw)))
    assert message == (
        f"{BASE}/a: TLS certificate not trusted (certificate verify failed); certificates are verified"
    )


def test_a_wrapped_twisted_failure_names_its_cause_without_the_repr() -> None:
    from scrapy.exceptions import DownloadFailedError

    raw = "[<twisted.python.failure.Failure twisted.internet.error.ConnectionLost: gone.>]"
    message = describe_failure(f"{BASE}/a", Failure(DownloadFailedError(raw)))
    assert message == f"{BASE}/a: ConnectionLost: gone."
