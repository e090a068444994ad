"""Pages that answer badly: a failed fetch never replaces what is stored, and is named.

Two passes share a store: the first stores the ministry and the news agency as served;
before the second, known articles answer 404, 500, empty or with a PDF, and new links
lead to an image, a redirect loop, a redirect to another host, and pages in a legacy
or mislabelled charset or broken HTML.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crawler.demo.server import FixtureSites, serve
from store.db import connect, normalise_url
from store.repository import Repository
from tests.conftest import SITES, Finished, minewatch, write_sources

pytestmark = pytest.mark.slow  # child processes against local servers

LISTING = "/en/news"
STATEMENT = "/en/news/1204-statement-of-the-ministry-on-the-international-day-for-mine-awareness"
BRIEFING = "/en/news/1120-annual-mine-action-briefing-for-the-diplomatic-corps"
NEWS_EN = "/en/news/politics/88412.html"
NEWS_RU = "/ru/news/politics/88415.html"
NEW_LINKS = (
    "2001-broken-html",
    "2002-cp1251",
    "2003-image",
    "2004-loop",
    "2005-elsewhere",
    "2006-mislabelled",
)
PAGES = SITES / "ministry" / "_hostile"


@dataclass(frozen=True)
class HostilePass:
    sites: FixtureSites
    finished: Finished
    report: dict[str, Any]
    figures_before: frozenset[tuple[str, str, float]]
    figures_after: frozenset[tuple[str, str, float]]
    stored_urls: frozenset[str]

    def url(self, path: str, site: str = "ministry") -> str:
        return self.sites.base_url(site) + path

    def logged(self, path: str, site: str = "ministry") -> str:
        """The last stderr line naming the page, or fail."""
        url = self.url(path, site)
        lines = [line for line in self.finished.stderr.splitlines() if url in line]
        assert lines, self.finished.stderr[-3000:]
        return lines[-1]

    def kept(self, path: str, site: str = "ministry") -> bool:
        """The page had figures after the first pass and still has all of them."""
        url = self.url(path, site)
        before = {figure for figure in self.figures_before if figure[0] == url}
        return bool(before) and before <= self.figures_after


def _figures(db: Path) -> frozenset[tuple[str, str, float]]:
    with connect(normalise_url(str(db))) as store:
        return frozenset(
            (o.url, o.figure.metric.value, o.figure.value) for o in Repository(store).observations()
        )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostilePass]:
    tmp = tmp_path_factory.mktemp("hostile")
    db = tmp / "m.db"
    with serve(SITES) as sites:
        config = write_sources(sites, tmp / "sources.toml", only=("ministry", "newsagency"))
        first = minewatch("run", "--config", config, "--db", db)
        assert first.returncode == 0, first.stderr[-3000:]
        before = _figures(db)
        listing = sites.sites["ministry"].page(LISTING).body.decode("utf-8")
        links = "".join(f'<li><a href="/en/news/{name}">{name}</a></li>' for name in NEW_LINKS)
        sites.set_page("ministry", LISTING, listing.replace("</ul>", links + "</ul>", 1))
        sites.set_status("ministry", STATEMENT, 404)
        sites.set_status("ministry", BRIEFING, 500)
        sites.set_page("newsagency", NEWS_EN, b"")
        pdf = (PAGES / "briefing.pdf").read_bytes()
        sites.set_page("newsagency", NEWS_RU, pdf, "application/pdf")
        sites.set_page(
            "ministry", "/en/news/2001-broken-html", (PAGES / "broken.html").read_bytes()
        )
        sites.set_page(
            "ministry", "/en/news/2002-cp1251", (PAGES / "cp1251.html").read_bytes(), "text/html"
        )
        sites.set_page(
            "ministry", "/en/news/2003-image", (PAGES / "photo.png").read_bytes(), "text/html"
        )
        sites.set_page(
            "ministry",
            "/en/news/2006-mislabelled",
            (PAGES / "utf8-labelled-latin1.html").read_bytes(),
            "text/html; charset=iso-8859-1",
        )
        sites.set_redirect("ministry", "/en/news/2004-loop", "{{base}}/en/news/2004-loop")
        sites.set_redirect("ministry", "/en/news/2005-elsewhere", "{{localbase}}" + STATEMENT)
        second = minewatch("run", "--config", config, "--db", db, "--json", tmp / "report.json")
        report = json.loads((tmp / "report.json").read_text(encoding="utf-8"))
        with connect(normalise_url(str(db))) as store, store.engine.connect() as connection:
            urls = frozenset(
                row[0] for row in connection.exec_driver_sql("SELECT url FROM documents")
            )
        yield HostilePass(sites, second, report, before, _figures(db), urls)


def test_the_pass_goes_on_and_exits_0(hostile: HostilePass) -> None:
    assert hostile.finished.returncode == 0, hostile.finished.stderr[-3000:]
    assert {source["status"] for source in hostile.report["sources"]} == {"ok"}


def test_a_known_article_answering_404_keeps_its_stored_figures(hostile: HostilePass) -> None:
    assert hostile.kept(STATEMENT)
    assert hostile.logged(STATEMENT).endswith(": HTTP 404")


def test_a_known_article_answering_500_keeps_its_stored_figures(hostile: HostilePass) -> None:
    assert hostile.kept(BRIEFING)
    assert hostile.logged(BRIEFING).endswith(": HTTP 500")


def test_an_empty_answer_keeps_the_stored_version_and_its_figures(hostile: HostilePass) -> None:
    assert hostile.kept(NEWS_EN, "newsagency")


def test_an_empty_answer_is_logged_naming_the_page(hostile: HostilePass) -> None:
    line = hostile.logged(NEWS_EN, "newsagency")
    assert line.endswith("empty answer (HTTP 200); the stored version stays")


def test_a_pdf_in_place_of_a_known_article_keeps_the_stored_version(hostile: HostilePass) -> None:
    assert hostile.kept(NEWS_RU, "newsagency")
    assert "a PDF document, not a web page" in hostile.logged(NEWS_RU, "newsagency")


def test_an_image_served_as_html_is_not_stored(hostile: HostilePass) -> None:
    assert hostile.url("/en/news/2003-image") not in hostile.stored_urls
    assert "a PNG image, not a web page" in hostile.logged("/en/news/2003-image")


def test_a_redirect_loop_is_reported_not_dropped_in_silence(hostile: HostilePass) -> None:
    assert "a redirect loop" in hostile.logged("/en/news/2004-loop")


def test_a_redirect_to_another_host_is_reported_naming_the_target(hostile: HostilePass) -> None:
    target = hostile.sites.local_base_url("ministry") + STATEMENT
    line = hostile.logged("/en/news/2005-elsewhere")
    assert f"redirected to {target}, which was not fetched" in line


def test_broken_html_is_still_read_for_its_figures(hostile: HostilePass) -> None:
    url = hostile.url("/en/news/2001-broken-html")
    assert (url, "mine_victims", 12) in hostile.figures_after


def test_a_windows_1251_page_without_a_charset_header_is_read(hostile: HostilePass) -> None:
    url = hostile.url("/en/news/2002-cp1251")
    assert (url, "mine_victims", 333) in hostile.figures_after


def test_utf8_labelled_as_latin1_is_read_as_utf8(hostile: HostilePass) -> None:
    url = hostile.url("/en/news/2006-mislabelled")
    assert (url, "mine_victims", 334) in hostile.figures_after
