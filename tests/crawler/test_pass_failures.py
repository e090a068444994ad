"""A pass survives what goes wrong with single sources and pages, and says so.

One pass over a mix of healthy and broken sources shares a store; the exits for
"nothing reachable", a bad config, a held lock and a stop signal get a pass each.
"""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crawler.demo.server import FixtureSites, ServedRequest, serve
from store.db import connect, normalise_url
from store.lock import pass_lock
from store.repository import Repository
from tests.conftest import (
    SITES,
    Finished,
    dead_url,
    minewatch,
    minewatch_child,
    write_sources,
)

pytestmark = pytest.mark.slow  # child processes against local servers

BIG_PAGE = "/en/news/1120-annual-mine-action-briefing-for-the-diplomatic-corps"
MAX_PAGE_BYTES = 50_000


@dataclass(frozen=True)
class MixedPass:
    sites: FixtureSites
    finished: Finished
    report: dict[str, Any]
    requests: list[ServedRequest]
    dead: str

    def source(self, name: str) -> dict[str, Any]:
        return next(s for s in self.report["sources"] if s["name"] == name)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MixedPass]:
    tmp = tmp_path_factory.mktemp("mixed")
    dead = dead_url()
    with serve(SITES) as sites:
        big = "<html><body><h1>Annual report</h1>" + "<p>padding</p>" * 6000 + "</body></html>"
        sites.set_page("ministry", BIG_PAGE, big)
        extra = f"""
[[sources]]
name = "dead"
start_urls = ["{dead}/en/news"]
article_pattern = "/en/news/\\\\d+"

[[sources]]
name = "broken"
feeds = ["{{{{base:newsagency}}}}/_fail/500"]

[[sources]]
name = "slow"
feeds = ["{{{{base:mineagency}}}}/_slow?seconds=5"]

[[sources]]
name = "capped"
feeds = ["{{{{base:newsagency}}}}/rss.xml"]
max_pages = 2
"""
        config = write_sources(
            sites,
            tmp / "sources.toml",
            settings={"max_page_bytes": MAX_PAGE_BYTES, "request_timeout": 1},
            only=("ministry",),
            extra=extra,
        )
        finished = minewatch(
            "run", "--config", config, "--db", tmp / "m.db", "--json", tmp / "report.json"
        )
        report = json.loads((tmp / "report.json").read_text(encoding="utf-8"))
        yield MixedPass(sites, finished, report, list(sites.requests), dead)


def test_a_pass_with_some_sources_reached_exits_0(mixed: MixedPass) -> None:
    assert mixed.finished.returncode == 0, mixed.finished.stderr[-3000:]


def test_a_source_nobody_answers_for_fails_with_the_reason(mixed: MixedPass) -> None:
    dead = mixed.source("dead")
    assert dead["status"] == "failed"
    assert dead["error"] == f"{mixed.dead}/en/news: connection refused"


def test_a_server_error_fails_its_source(mixed: MixedPass) -> None:
    broken = mixed.source("broken")
    assert broken["status"] == "failed"
    assert broken["error"].endswith("/_fail/500: HTTP 500")


def test_a_timeout_fails_its_source(mixed: MixedPass) -> None:
    slow = mixed.source("slow")
    assert slow["status"] == "failed"
    assert slow["error"].endswith("/_slow?seconds=5: timed out")


def test_the_other_sources_are_crawled_as_usual(mixed: MixedPass) -> None:
    assert mixed.source("ministry")["status"] == "ok"
    assert mixed.source("capped")["status"] == "ok"
    changes = {(c["metric"], c["since"], c["current"]["value"]) for c in mixed.report["changes"]}
    assert ("mine_victims", "2020-11-10", 300) in changes


def test_a_page_over_max_page_bytes_is_reported_with_url_and_size(mixed: MixedPass) -> None:
    error = mixed.source("ministry")["error"]
    url = mixed.sites.base_url("ministry") + BIG_PAGE
    assert error.startswith(f"{url}: page of ")
    assert f"bytes exceeds max_page_bytes ({MAX_PAGE_BYTES})" in error


def test_a_page_over_max_page_bytes_is_not_stored(mixed: MixedPass) -> None:
    urls = {d["url"] for d in mixed.report["documents"]}
    assert mixed.sites.base_url("ministry") + BIG_PAGE not in urls


def test_max_pages_caps_the_requests_of_a_source(mixed: MixedPass) -> None:
    # the feed and its first article; the "capped" source is the newsagency's feed
    fetched = [
        r.path
        for r in mixed.requests
        if r.site == "newsagency" and r.path.startswith(("/rss", "/en/", "/ru/"))
    ]
    assert len(fetched) == 2


def test_no_source_reachable_exits_3_and_records_a_failed_run(tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    config.write_text(
        f'[settings]\nrequest_timeout = 2\n\n[[sources]]\nname = "gone"\nfeeds = ["{dead_url()}/rss"]\n',
        encoding="utf-8",
    )
    db = tmp_path / "gone.db"
    finished = minewatch("run", "--config", config, "--db", db)
    assert finished.returncode == 3
    assert "no source could be reached (gone: " in finished.stderr
    with connect(normalise_url(str(db))) as store:
        assert Repository(store).runs(1)[0].status == "failed"


def test_a_bad_config_exits_2_naming_file_source_and_field(tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    config.write_text(
        '[[sources]]\nname = "x"\nfeeds = ["http://127.0.0.1:9/rss"]\nmax_page = 3\n',
        encoding="utf-8",
    )
    finished = minewatch("run", "--config", config, "--db", tmp_path / "x.db")
    assert finished.returncode == 2
    assert f"{config}: source 'x': field 'max_page'" in finished.stderr
    assert not (tmp_path / "x.db").exists()


def test_a_pass_while_another_holds_the_lock_exits_4(sites: FixtureSites, tmp_path: Path) -> None:
    config = write_sources(sites, tmp_path / "sources.toml")
    db = tmp_path / "locked.db"
    with pass_lock(normalise_url(str(db))):
        finished = minewatch("run", "--config", config, "--db", db)
    assert finished.returncode == 4
    assert "a pass is already in progress" in finished.stderr
    assert not sites.requests


def wait_for(condition: Any, what: str, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_stops_the_pass_and_records_it_aborted(
    signum: signal.Signals, sites: FixtureSites, tmp_path: Path
) -> None:
    extra = '[[sources]]\nname = "slow"\nfeeds = ["{{base:mineagency}}/_slow?seconds=30"]\n'
    config = write_sources(
        sites, tmp_path / "sources.toml", settings={"request_timeout": 60}, extra=extra
    )
    db = tmp_path / "stopped.db"
    with minewatch_child("run", "--config", config, "--db", db) as child:
        try:
            # the slow answer is only logged once sent: wait for the rest of the pass instead
            wait_for(lambda: len(sites.requests_to("ministry")) >= 6, "the ministry to be crawled")
            child.send_signal(signum)
            stdout, stderr = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
    assert child.returncode == 130, stderr[-3000:]
    assert f"interrupted by {signum.name}" in stderr
    assert stdout == ""
    with connect(normalise_url(str(db))) as store:
        repository = Repository(store)
        assert repository.runs(1)[0].status == "aborted"
        # what the ministry's pages gave before the signal stays stored, whole
        assert any("/en/news/1204-" in o.url for o in repository.observations())


def _unusable_store(kind: str, tmp_path: Path) -> str:
    if kind == "directory":
        return str(tmp_path)
    if kind == "text file":
        notes = tmp_path / "notes.db"
        notes.write_text("not a database\n", encoding="utf-8")
        return str(notes)
    if kind == "path under a file":
        (tmp_path / "plain").write_text("", encoding="utf-8")
        return str(tmp_path / "plain" / "minewatch.db")
    pytest.importorskip("psycopg")
    return dead_url().replace("http://", "postgresql+psycopg://watcher:s3cret@") + "/minewatch"


@pytest.mark.parametrize(
    "kind", ["directory", "text file", "path under a file", "unreachable server"]
)
def test_a_store_that_cannot_be_opened_exits_1_in_one_line_before_fetching(
    kind: str, sites: FixtureSites, tmp_path: Path
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml", only=("ministry",))
    finished = minewatch("run", "--config", config, "--db", _unusable_store(kind, tmp_path))
    assert finished.returncode == 1
    assert finished.stderr.startswith("minewatch: cannot open store ")
    assert finished.stderr.count("\n") == 1, finished.stderr
    assert "s3cret" not in finished.stderr
    assert not sites.requests


def test_an_unreachable_source_is_logged_in_lines_without_a_traceback(tmp_path: Path) -> None:
    # cron mails stderr: a site that is down is a line of news, not a page of traceback
    config = tmp_path / "sources.toml"
    config.write_text(
        f'[settings]\nrequest_timeout = 2\n\n[[sources]]\nname = "gone"\nfeeds = ["{dead_url()}/rss"]\n',
        encoding="utf-8",
    )
    finished = minewatch("run", "--config", config, "--db", tmp_path / "gone.db")
    assert finished.returncode == 3
    assert "robots.txt" in finished.stderr
    assert "Traceback" not in finished.stderr
