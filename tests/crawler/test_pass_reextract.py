"""A pass re-reads an unchanged page that an older parser read, and only such pages.

Two passes over the same fixture sites: between them the statement's stored version
is made to look read by an old parser that found no figures in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from crawler.demo.server import serve
from parsers import PARSER_VERSION
from store.db import connect, normalise_url
from store.repository import Repository
from store.schema import Document, DocumentVersion, FigureRow
from tests.conftest import SITES, minewatch, write_sources

pytestmark = pytest.mark.slow  # child processes against local servers

STATEMENT = "/en/news/1204-statement-of-the-ministry-on-the-international-day-for-mine-awareness"
OLD_PARSER = "0-old"


@dataclass(frozen=True)
class Passes:
    statement: str
    first_figures: int
    stale_figures: int
    second_figures: int
    second_version: str
    other_versions: set[str]
    second_report: dict[str, Any]
    second_statuses: dict[str, int]


def statement_figures(db: Path, url: str) -> int:
    with connect(normalise_url(str(db))) as store:
        return sum(1 for o in Repository(store).observations() if o.url == url)


def make_stale(db: Path, url: str) -> None:
    """What an old parser that found nothing would have left in the store."""
    with connect(normalise_url(str(db))) as store, store.sessions() as session, session.begin():
        version_id = session.scalar(select(Document.current_version_id).where(Document.url == url))
        session.execute(delete(FigureRow).where(FigureRow.version_id == version_id))
        session.execute(
            update(DocumentVersion)
            .where(DocumentVersion.id == version_id)
            .values(parser_version=OLD_PARSER)
        )


def parser_versions(db: Path) -> dict[str, str]:
    with connect(normalise_url(str(db))) as store, store.sessions() as session:
        query = (
            select(Document.url, DocumentVersion.parser_version)
            .join(DocumentVersion, DocumentVersion.id == Document.current_version_id)
            .where(Document.kind == "article")
        )
        return {url: version for url, version in session.execute(query)}


@pytest.fixture(scope="module")
def passes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Passes]:
    tmp = tmp_path_factory.mktemp("reextract")
    with serve(SITES) as sites:
        config = write_sources(sites, tmp / "sources.toml", only=("ministry",))
        db = tmp / "minewatch.db"
        statement = sites.base_url("ministry") + STATEMENT
        first = minewatch("run", "--config", config, "--db", db)
        assert first.returncode == 0, first.stderr[-3000:]
        first_figures = statement_figures(db, statement)
        make_stale(db, statement)
        stale_figures = statement_figures(db, statement)
        seen = len(sites.requests)
        second = minewatch("run", "--config", config, "--db", db, "--json", tmp / "second.json")
        assert second.returncode == 0, second.stderr[-3000:]
        versions = parser_versions(db)
        yield Passes(
            statement=statement,
            first_figures=first_figures,
            stale_figures=stale_figures,
            second_figures=statement_figures(db, statement),
            second_version=versions.pop(statement),
            other_versions=set(versions.values()),
            second_report=json.loads((tmp / "second.json").read_text(encoding="utf-8")),
            second_statuses={r.path: r.status for r in sites.requests[seen:]},
        )


def test_the_stale_page_was_unchanged_on_the_second_pass(passes: Passes) -> None:
    assert passes.second_statuses[STATEMENT] == 304


def test_an_unchanged_stale_page_gets_todays_figures(passes: Passes) -> None:
    assert passes.stale_figures == 0
    assert passes.first_figures > 0
    assert passes.second_figures == passes.first_figures


def test_the_reread_page_carries_todays_parser_version(passes: Passes) -> None:
    assert passes.second_version == PARSER_VERSION


def test_only_the_stale_page_is_parsed_again(passes: Passes) -> None:
    assert passes.other_versions == {PARSER_VERSION}
    assert passes.second_report["run"]["pages_parsed"] == 1


def test_the_report_after_the_reread_shows_the_figures_again(passes: Passes) -> None:
    urls = {change["current"]["url"] for change in passes.second_report["changes"]}
    assert passes.statement in urls
