"""One way to read a page: the crawl, ``reextract`` and ``extract`` find the same figures in
the same bytes (``parsers.page.read_page``), an unlabelled windows-1251 page included."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from store.db import connect, normalise_url
from store.repository import Repository
from tests.conftest import SITES, minewatch, write_sources

pytestmark = pytest.mark.slow  # child processes against local servers

LISTING = "/en/news"
# path served -> (file of the demo's sites, Content-Type it is served with)
PAGES = {
    "/en/news/3001-statement": (
        "en/news/1204-statement-of-the-ministry-on-the-international-day-for-mine-awareness",
        "text/html; charset=utf-8",
    ),
    "/en/news/3002-cp1251": ("_hostile/cp1251.html", "text/html"),  # no charset anywhere
}
FIELDS = ("metric", "value", "bound", "group", "scope", "since", "until", "place", "quote")

Figures = list[tuple[object, ...]]


@dataclass(frozen=True)
class ThreeReadings:
    crawled: dict[str, Figures]
    reextracted: dict[str, Figures]
    extracted: dict[str, Figures]


def _key(figure: dict[str, object]) -> tuple[object, ...]:
    return tuple(str(figure[field]) for field in FIELDS)


def _stored(db: Path, base: str) -> dict[str, Figures]:
    with connect(normalise_url(str(db))) as store:
        observations = Repository(store).observations()
    return {
        path: sorted(_key(o.figure.to_dict()) for o in observations if o.url == base + path)
        for path in PAGES
    }


@pytest.fixture(scope="module")
def readings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreeReadings]:
    from crawler.demo.server import serve

    tmp = tmp_path_factory.mktemp("page-reading")
    db = tmp / "m.db"
    with serve(SITES) as sites:
        listing = sites.sites["ministry"].page(LISTING).body.decode("utf-8")
        links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in PAGES)
        sites.set_page("ministry", LISTING, listing.replace("</ul>", links + "</ul>", 1))
        for path, (file, content_type) in PAGES.items():
            sites.set_page("ministry", path, (SITES / "ministry" / file).read_bytes(), content_type)
        config = write_sources(sites, tmp / "sources.toml", only=("ministry",))
        crawl = minewatch("run", "--config", config, "--db", db)
        assert crawl.returncode == 0, crawl.stderr[-3000:]
        base = sites.base_url("ministry")
    crawled = _stored(db, base)
    reread = minewatch("reextract", "--all", "--config", config, "--db", db)
    assert reread.returncode == 0, reread.stderr[-3000:]
    reextracted = _stored(db, base)
    extracted = {}
    for path, (file, _content_type) in PAGES.items():
        done = minewatch("extract", "--json", SITES / "ministry" / file)
        assert done.returncode == 0, done.stderr[-3000:]
        figures = json.loads(done.stdout)["figures"]
        extracted[path] = sorted(_key(figure) for figure in figures)
    yield ThreeReadings(crawled, reextracted, extracted)


@pytest.mark.parametrize("path", sorted(PAGES))
def test_the_crawl_finds_figures_in_the_page(readings: ThreeReadings, path: str) -> None:
    assert len(readings.crawled[path]) >= 1


@pytest.mark.parametrize("path", sorted(PAGES))
def test_reextract_finds_what_the_crawl_found(readings: ThreeReadings, path: str) -> None:
    assert readings.reextracted[path] == readings.crawled[path]


@pytest.mark.parametrize("path", sorted(PAGES))
def test_extract_finds_what_the_crawl_found(readings: ThreeReadings, path: str) -> None:
    assert readings.extracted[path] == readings.crawled[path]


def test_the_windows_1251_page_is_read_as_cyrillic(readings: ThreeReadings) -> None:
    values = {figure[1] for figure in readings.crawled["/en/news/3002-cp1251"]}
    assert "333" in values
