"""One page's parsing and extraction are bounded in time, so no page holds a pass hostage."""

from __future__ import annotations

import threading
import time

import pytest

from crawler.time_budget import OverBudget, time_budget


def test_work_over_its_budget_is_interrupted_with_the_budget_named() -> None:
    started = time.monotonic()
    with pytest.raises(OverBudget, match=r"over 0\.2 s"), time_budget(0.2):
        while True:
            sum(range(1000))
    assert time.monotonic() - started < 2


def test_work_within_its_budget_is_left_alone_and_the_timer_is_cleared() -> None:
    with time_budget(0.5):
        total = sum(range(1000))
    time.sleep(0.7)  # a timer left running would raise here
    assert total == 499500


def test_outside_the_main_thread_the_work_runs_unbounded() -> None:
    done: list[bool] = []

    def work() -> None:
        with time_budget(0.05):
            time.sleep(0.2)
        done.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]


def test_a_page_whose_extraction_runs_over_budget_is_reported_and_kept_without_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import UTC, datetime

    from crawler import pipelines
    from crawler.config import Source
    from crawler.context import SourceTally
    from crawler.items import FetchedPage

    def forever(_article: object) -> list:
        while True:
            sum(range(1000))

    from parsers.models import Article

    parsed = Article(
        url="https://news.example/a", title="Mines", published=None, language="en", text="45 mines"
    )
    monkeypatch.setattr("parsers.page.parse", lambda *_args: parsed)  # only extraction is slow
    monkeypatch.setattr("parsers.page.extract_article", forever)
    monkeypatch.setattr("crawler.time_budget.PAGE_SECONDS", 0.2)
    page = FetchedPage(
        source="agency",
        url="https://news.example/a",
        kind="article",
        fetched_at=datetime.now(UTC),
        http_status=200,
        etag=None,
        last_modified=None,
        body=b"<html><body><h1>Mines</h1><p>Teams found 45 mines in Fuzuli.</p></body></html>",
        known_hash=None,
    )
    tally = SourceTally("agency")
    reading = pipelines.StorePipeline._read(page, Source(name="agency"), tally)
    assert reading is not None, tally.errors
    assert reading.article is not None and reading.article.title == "Mines"
    assert reading.figures == ()
    [error] = tally.errors
    assert error.startswith("https://news.example/a: cannot extract figures") and "0.2 s" in error


def test_a_stop_request_cuts_the_work_short_within_a_tick() -> None:
    from crawler.time_budget import clear_stop, request_stop

    threading.Timer(0.2, request_stop).start()
    started = time.monotonic()
    try:
        with pytest.raises(OverBudget, match="cut short"), time_budget(30):
            while True:
                sum(range(1000))
    finally:
        clear_stop()
    assert time.monotonic() - started < 2
