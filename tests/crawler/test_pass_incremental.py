"""Passes after the first: unchanged pages are neither parsed nor stored again; edits are caught.

Three passes over the same fixture sites and store: a first one, a second with
nothing changed, and a third after the ministry silently edited a figure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crawler.demo.server import FixtureSites, ServedRequest, serve
from store.db import connect, normalise_url
from store.repository import Repository
from tests.conftest import SITES, minewatch, write_sources

pytestmark = pytest.mark.slow  # child processes against local servers

STATEMENT = "/en/news/1204-statement-of-the-ministry-on-the-international-day-for-mine-awareness"


@dataclass(frozen=True)
class Pass:
    report: dict[str, Any]
    requests: list[ServedRequest]
    observations: int

    def paths(self, site: str) -> dict[str, int]:
        return {
            r.path: r.status for r in self.requests if r.site == site and r.path != "/robots.txt"
        }


@dataclass(frozen=True)
class Passes:
    sites: FixtureSites
    first: Pass
    second: Pass
    edited: Pass


def run_pass(sites: FixtureSites, config: Path, db: Path, json_path: Path) -> Pass:
    seen = len(sites.requests)
    finished = minewatch("run", "--config", config, "--db", db, "--json", json_path)
    assert finished.returncode == 0, finished.stderr[-3000:]
    with connect(normalise_url(str(db))) as store:
        observations = len(Repository(store).observations())
    report = json.loads(json_path.read_text(encoding="utf-8"))
    return Pass(report, list(sites.requests[seen:]), observations)


@pytest.fixture(scope="module")
def passes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Passes]:
    tmp = tmp_path_factory.mktemp("passes")
    with serve(SITES) as sites:
        config = write_sources(sites, tmp / "sources.toml")
        db = tmp / "minewatch.db"
        first = run_pass(sites, config, db, tmp / "first.json")
        second = run_pass(sites, config, db, tmp / "second.json")
        page = (SITES / "ministry" / STATEMENT.lstrip("/")).read_text(encoding="utf-8")
        assert "300 of our citizens" in page
        sites.set_page(
            "ministry", STATEMENT, page.replace("300 of our citizens", "312 of our citizens")
        )
        edited = run_pass(sites, config, db, tmp / "edited.json")
        yield Passes(sites, first, second, edited)


def test_a_second_pass_parses_nothing(passes: Passes) -> None:
    assert passes.first.report["run"]["pages_parsed"] > 0
    assert passes.second.report["run"]["pages_parsed"] == 0


def test_a_second_pass_stores_no_new_version(passes: Passes) -> None:
    assert passes.second.report["documents"] == []


def test_a_second_pass_adds_no_duplicate_figures(passes: Passes) -> None:
    assert passes.second.observations == passes.first.observations


def test_pages_with_validators_answer_304_the_second_time(passes: Passes) -> None:
    for site in ("ministry", "newsagency"):
        statuses = passes.second.paths(site)
        assert statuses and set(statuses.values()) == {304}, (site, statuses)


def test_known_articles_are_asked_for_again(passes: Passes) -> None:
    # revisiting every known article is how a silent edit is caught
    assert set(passes.second.paths("ministry")) == set(passes.first.paths("ministry"))


def test_a_listing_answering_304_still_leads_to_its_articles(passes: Passes) -> None:
    second = passes.second.paths("ministry")
    assert second["/en/news?page=2"] == 304
    assert "/en/news/1120-annual-mine-action-briefing-for-the-diplomatic-corps" in second


def test_a_site_without_validators_is_recognised_by_content_hash(passes: Passes) -> None:
    statuses = passes.second.paths("mineagency")
    assert set(statuses.values()) == {200}
    stored_again = [d for d in passes.second.report["documents"] if "mineagency" in d["url"]]
    assert stored_again == []


def without_previous(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in change.items() if k != "previous"} for change in changes]


def test_a_quiet_pass_still_reports_the_changes_against_the_baseline(passes: Passes) -> None:
    second = without_previous(passes.second.report["changes"])
    assert second == without_previous(passes.first.report["changes"])


def test_a_quiet_pass_reports_every_value_as_the_previous_runs(passes: Passes) -> None:
    first_run = passes.first.report["run"]["id"]
    assert passes.second.report["run"]["previous_run"] == first_run
    assert passes.second.report["changes"]
    for change in passes.second.report["changes"]:
        previous = change["previous"]
        assert (previous["run"], previous["value"]) == (first_run, change["current"]["value"])


def test_an_edited_article_is_stored_as_a_new_version(passes: Passes) -> None:
    urls = [d["url"] for d in passes.edited.report["documents"]]
    assert urls == [passes.sites.base_url("ministry") + STATEMENT]


def test_only_the_edited_article_is_parsed(passes: Passes) -> None:
    assert passes.edited.report["run"]["pages_parsed"] == 1


def test_the_edited_figure_is_the_one_reported(passes: Passes) -> None:
    victims = [
        c
        for c in passes.edited.report["changes"]
        if c["metric"] == "mine_victims" and c["since"] == "2020-11-10" and c["group"] == "all"
    ]
    assert [(c["current"]["value"], c["delta"], c["flag"]) for c in victims] == [
        (312, 44, "increased")
    ]


def test_the_edited_figure_shows_its_previous_value(passes: Passes) -> None:
    [victims] = [
        c
        for c in passes.edited.report["changes"]
        if c["metric"] == "mine_victims" and c["since"] == "2020-11-10" and c["group"] == "all"
    ]
    previous = victims["previous"]
    assert (previous["run"], previous["value"]) == (passes.second.report["run"]["id"], 300)
