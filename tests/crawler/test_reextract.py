"""``minewatch reextract``: stored pages re-read by today's parser, one transaction per page."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from crawler.config import Config, load_config
from crawler.reextract import reextract_store
from parsers import PARSER_VERSION
from parsers.compare import compare
from parsers.models import Article, Figure, Metric, Observation
from store.db import connect, normalise_url
from store.lock import pass_lock
from store.records import PageRecord
from store.repository import Repository
from store.schema import ChangeRecord, Document, DocumentVersion
from tests.conftest import minewatch

pytestmark = pytest.mark.slow  # child processes against local servers

OLD_PARSER = "0-old"
STATEMENT = "https://news.example/statement"
BRIEFING = "https://news.example/briefing"
SENTENCE = "Since the end of the 2020 war, 300 citizens became victims of mine explosions."
SOURCES = """\
[settings]
db = "minewatch.db"

[[sources]]
name = "example-news"
start_urls = ["https://news.example/"]
article_pattern = 'news[.]example/[a-z]+$'
keywords = ["mine"]

[sources.selectors]
title = "h1"
body = "div.story"
"""
# The old parser's misreading, which the re-read must replace.
MISREAD = Figure(Metric.MINES_FOUND, 2020, quote=SENTENCE, start=0, end=len(SENTENCE))


def page_html(sentence: str) -> bytes:
    return (
        "<html><head><title>Site chrome</title></head><body>"
        "<nav>Mine action news home</nav>"
        f"<h1>Mine victims</h1><div class='story'><p>{sentence}</p></div>"
        "</body></html>"
    ).encode()


def old_page(url: str, sentence: str = SENTENCE, *, source: str = "example-news") -> PageRecord:
    body = page_html(sentence)
    return PageRecord(
        source=source,
        url=url,
        kind="article",
        fetched_at=datetime(2024, 3, 1, 6, 0, tzinfo=UTC),
        http_status=200,
        etag=None,
        last_modified=None,
        content_hash=hashlib.sha256(body).hexdigest(),
        body=body,
        article=Article(url, "Mine victims", "2024-03-01", "en", sentence),
        figures=(MISREAD,),
        parser_version=OLD_PARSER,
    )


@pytest.fixture
def config(tmp_path: Path) -> Config:
    path = tmp_path / "sources.toml"
    path.write_text(SOURCES, encoding="utf-8")
    return load_config(path)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    with connect(str(tmp_path / "minewatch.db")) as store:
        repository = Repository(store)
        run = repository.start_run()
        repository.save_page(run, old_page(STATEMENT))
        repository.save_page(run, old_page(BRIEFING, "In 2023, 1,200 mines were found."))
        yield repository


def figures_of(repo: Repository, url: str) -> list[tuple[str, int | float]]:
    return [(str(o.figure.metric), o.figure.value) for o in repo.observations() if o.url == url]


def parser_version_of(repo: Repository, url: str) -> str:
    with repo.store.sessions() as session:
        return session.scalar(
            select(DocumentVersion.parser_version)
            .join(Document, Document.current_version_id == DocumentVersion.id)
            .where(Document.url == url)
        )


def corrupt_body(repo: Repository, url: str) -> None:
    with repo.store.sessions() as session, session.begin():
        version_id = session.scalar(select(Document.current_version_id).where(Document.url == url))
        session.execute(
            update(DocumentVersion)
            .where(DocumentVersion.id == version_id)
            .values(body=b"not zlib at all")
        )


def test_an_old_parsers_figures_are_replaced_by_todays(repo: Repository, config: Config) -> None:
    assert figures_of(repo, STATEMENT) == [("mines_found", 2020)]
    reextract_store(repo, config.sources)
    assert figures_of(repo, STATEMENT) == [("mine_victims", 300)]


def test_the_parser_version_is_updated(repo: Repository, config: Config) -> None:
    reextract_store(repo, config.sources)
    assert parser_version_of(repo, STATEMENT) == PARSER_VERSION


def test_the_summary_counts_pages_and_figures_before_and_after(
    repo: Repository, config: Config
) -> None:
    summary = reextract_store(repo, config.sources)
    assert [page.url for page in summary.pages] == [BRIEFING, STATEMENT]
    assert (summary.figures_before, summary.figures_after) == (2, 2)
    assert summary.line() == (
        f"reextract: 2 pages re-read with parser {PARSER_VERSION}; figures 2 -> 2; 0 failed"
    )


def test_a_second_reextract_reads_nothing(repo: Repository, config: Config) -> None:
    reextract_store(repo, config.sources)
    again = reextract_store(repo, config.sources)
    assert (again.pages, again.failures) == ((), ())


def test_all_rereads_pages_of_the_current_parser_too(repo: Repository, config: Config) -> None:
    reextract_store(repo, config.sources)
    again = reextract_store(repo, config.sources, every=True)
    assert len(again.pages) == 2


def test_the_configured_selectors_are_used(repo: Repository, config: Config) -> None:
    reextract_store(repo, config.sources)
    with repo.store.sessions() as session:
        text = session.scalar(
            select(DocumentVersion.text)
            .join(Document, Document.current_version_id == DocumentVersion.id)
            .where(Document.url == STATEMENT)
        )
    assert "Mine action news home" not in text and SENTENCE in text


def test_a_page_is_decoded_with_the_charset_its_server_sent(
    repo: Repository, config: Config
) -> None:
    # No <meta charset> and no BOM: only the stored Content-Type says windows-1251.
    sentence = "С момента окончания войны жертвами мин стали 300 граждан."
    body = page_html(sentence).decode().encode("cp1251")
    record = dataclasses.replace(
        old_page("https://news.example/russian", sentence),
        body=body,
        content_hash=hashlib.sha256(body).hexdigest(),
        content_type="text/html; charset=windows-1251",
    )
    repo.save_page(repo.start_run(), record)
    reextract_store(repo, config.sources)
    assert figures_of(repo, "https://news.example/russian") == [("mine_victims", 300)]


def test_a_page_whose_body_cannot_be_read_is_reported_and_the_rest_go_on(
    repo: Repository, config: Config
) -> None:
    corrupt_body(repo, BRIEFING)
    summary = reextract_store(repo, config.sources)
    [failure] = summary.failures
    assert BRIEFING in failure
    assert [page.url for page in summary.pages] == [STATEMENT]
    assert figures_of(repo, STATEMENT) == [("mine_victims", 300)]


def test_a_failed_page_keeps_its_figures_and_parser_version(
    repo: Repository, config: Config
) -> None:
    corrupt_body(repo, BRIEFING)
    reextract_store(repo, config.sources)
    assert parser_version_of(repo, BRIEFING) == OLD_PARSER
    assert figures_of(repo, BRIEFING) == [("mines_found", 2020)]


def test_a_page_no_longer_on_topic_keeps_no_figures(repo: Repository, config: Config) -> None:
    run = repo.start_run()
    repo.save_page(run, old_page("https://news.example/weather", "Sunny, 30 degrees in 2024."))
    reextract_store(repo, config.sources)
    assert figures_of(repo, "https://news.example/weather") == []


def test_a_page_of_a_source_no_longer_configured_is_read_without_selectors(
    repo: Repository,
) -> None:
    summary = reextract_store(repo, ())
    assert len(summary.pages) == 2
    assert figures_of(repo, STATEMENT) == [("mine_victims", 300)]


def test_changes_recorded_from_the_old_figures_keep_their_values(
    repo: Repository, config: Config
) -> None:
    run = repo.start_run()
    repo.record_changes(run, compare(repo.observations(), list[Observation]()))
    reextract_store(repo, config.sources)
    with repo.store.sessions() as session:
        values = sorted(session.scalars(select(ChangeRecord.current_value)))
    assert values == [2020]  # both pages misread the same key: one change


# the command


@pytest.fixture
def stored(tmp_path: Path, repo: Repository) -> Path:
    """A sources file beside the store that ``repo`` filled."""
    path = tmp_path / "sources.toml"
    path.write_text(SOURCES, encoding="utf-8")
    return path


def test_the_command_prints_a_one_line_summary(stored: Path) -> None:
    finished = minewatch("reextract", "--config", stored)
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout == (
        f"reextract: 2 pages re-read with parser {PARSER_VERSION}; figures 2 -> 2; 0 failed\n"
    )


def test_the_command_names_a_failed_page_and_exits_1(stored: Path, repo: Repository) -> None:
    corrupt_body(repo, BRIEFING)
    finished = minewatch("reextract", "--config", stored)
    assert finished.returncode == 1
    assert BRIEFING in finished.stderr
    assert "1 pages re-read" in finished.stdout and "1 failed" in finished.stdout


def test_the_command_waits_for_no_pass_and_exits_4_when_locked(stored: Path) -> None:
    with pass_lock(normalise_url(str(stored.parent / "minewatch.db"))):
        finished = minewatch("reextract", "--config", stored)
    assert finished.returncode == 4, finished.stderr
    assert "already in progress" in finished.stderr
