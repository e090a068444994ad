"""A first pass over the fixture sites: what is fetched, what is kept, what is reported.

One real crawl (``minewatch run`` in a child process, Scrapy against the fixture
servers on 127.0.0.1) into a fresh SQLite file; each test checks one behaviour of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from crawler.demo.server import FixtureSites, ServedRequest, serve
from parsers.models import Observation
from store.db import connect, normalise_url
from store.repository import Repository
from tests.conftest import SITES, Finished, minewatch, write_sources

pytestmark = pytest.mark.slow  # child processes against local servers

STATEMENT = "/en/news/1204-statement-of-the-ministry-on-the-international-day-for-mine-awareness"
USER_AGENT = "minewatch-test/1.0 (+https://example.org/minewatch)"


@dataclass(frozen=True)
class FirstPass:
    sites: FixtureSites
    finished: Finished
    report: dict[str, Any]
    requests: list[ServedRequest]
    observations: list[Observation]

    def base(self, site: str) -> str:
        return self.sites.base_url(site)

    def change(self, metric: str, since: str) -> dict[str, Any]:
        found = [
            c
            for c in self.report["changes"]
            if c["metric"] == metric
            and c["since"] == since
            and c["group"] == "all"
            and c["place"] is None
            and c["scope"] == "cumulative"
        ]
        assert len(found) == 1, self.report["changes"]
        return found[0]

    def paths(self, site: str) -> list[str]:
        return [r.path for r in self.requests if r.site == site and r.path != "/robots.txt"]


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FirstPass]:
    tmp = tmp_path_factory.mktemp("first-pass")
    with serve(SITES) as sites:
        config = write_sources(
            sites, tmp / "sources.toml", settings={"user_agent": f'"{USER_AGENT}"'}
        )
        db = tmp / "minewatch.db"
        finished = minewatch("run", "--config", config, "--db", db, "--json", tmp / "report.json")
        assert finished.returncode == 0, finished.stderr[-3000:]
        report = json.loads((tmp / "report.json").read_text(encoding="utf-8"))
        with connect(normalise_url(str(db))) as store:
            observations = Repository(store).observations()
        yield FirstPass(sites, finished, report, list(sites.requests), observations)


def test_every_source_is_reached(first: FirstPass) -> None:
    statuses = {s["name"]: s["status"] for s in first.report["sources"]}
    assert statuses == {"ministry": "ok", "newsagency": "ok", "mineagency": "ok"}


def test_the_run_is_recorded_as_ok(first: FirstPass) -> None:
    assert first.report["run"]["status"] == "ok"


def test_the_markdown_report_goes_to_stdout(first: FirstPass) -> None:
    assert first.finished.stdout.startswith("# minewatch report")
    assert "mine_victims" in first.finished.stdout


def test_victims_since_the_war_increased_against_the_baseline(first: FirstPass) -> None:
    change = first.change("mine_victims", "2020-11-10")
    assert change["flag"] == "increased"
    assert (change["baseline"]["value"], change["current"]["value"], change["delta"]) == (
        268,
        300,
        32,
    )


def test_mines_found_since_august_2022_increased_against_the_baseline(first: FirstPass) -> None:
    change = first.change("mines_found", "2022-08")
    assert change["flag"] == "increased"
    assert (change["baseline"]["value"], change["current"]["value"]) == (2728, 3100)


def test_a_change_links_to_the_page_it_came_from(first: FirstPass) -> None:
    change = first.change("mine_victims", "2020-11-10")
    assert change["current"]["url"] == first.base("ministry") + STATEMENT
    assert "300 of our citizens became victims" in change["current"]["quote"]


def test_the_listing_is_followed_to_its_second_page(first: FirstPass) -> None:
    assert "/en/news?page=2" in first.paths("ministry")
    assert "/en/news/1120-annual-mine-action-briefing-for-the-diplomatic-corps" in first.paths(
        "ministry"
    )


def test_the_page_robots_txt_disallows_is_never_fetched(first: FirstPass) -> None:
    assert not [p for p in first.paths("ministry") if p.startswith("/en/news/internal/")]
    assert 9999 not in {o.figure.value for o in first.observations}


def test_links_to_another_domain_are_not_followed(first: FirstPass) -> None:
    # the feed links the same server as "localhost": another host than the source's
    assert "/en/news/politics/88377.html" not in first.paths("newsagency")


def test_sitemap_entries_that_are_not_articles_are_not_fetched(first: FirstPass) -> None:
    assert "/en/about" not in first.paths("mineagency")


def test_no_page_is_fetched_twice(first: FirstPass) -> None:
    for site in ("ministry", "newsagency", "mineagency"):
        assert len(first.paths(site)) == len(set(first.paths(site))), site


def test_every_request_sends_the_configured_user_agent(first: FirstPass) -> None:
    assert {r.user_agent for r in first.requests} == {USER_AGENT}


def test_feed_articles_in_english_and_russian_are_stored(first: FirstPass) -> None:
    urls = {d["url"] for d in first.report["documents"]}
    assert first.base("newsagency") + "/en/news/politics/88412.html" in urls
    assert first.base("newsagency") + "/ru/news/politics/88415.html" in urls


def test_sitemap_articles_in_english_and_azerbaijani_are_stored(first: FirstPass) -> None:
    titled = {d["url"] for d in first.report["documents"] if d["title"]}
    assert first.base("mineagency") + "/en/news/412" in titled
    assert first.base("mineagency") + "/az/xeberler/413" in titled


def test_an_article_without_any_keyword_is_not_kept(first: FirstPass) -> None:
    titles = {d["title"] for d in first.report["documents"]}
    assert "Agency staff celebrate the Novruz holiday" not in titles
    assert not [o for o in first.observations if o.url.endswith("/en/news/409")]


def test_an_article_without_any_keyword_is_not_listed_in_the_report(first: FirstPass) -> None:
    urls = {d["url"] for d in first.report["documents"]}
    assert first.base("mineagency") + "/en/news/409" not in urls


def test_sidebar_comment_and_share_numbers_are_not_figures(first: FirstPass) -> None:
    from_agency = {o.figure.value for o in first.observations if "/news/politics/" in o.url}
    # "1,200 civilians killed by mines" (sidebar), "10,000 mines" and "700 people" (comments),
    # "5,000 hectares" (sidebar), "Share 1,254" (share bar)
    assert from_agency.isdisjoint({1200, 10000, 700, 5000, 1254})


def test_the_report_counts_pages_per_source(first: FirstPass) -> None:
    pages = {s["name"]: s["pages"] for s in first.report["sources"]}
    # ministry: 2 listing pages + 3 articles; newsagency: feed + 3 articles
    assert pages["ministry"] == 5
    assert pages["newsagency"] == 4
