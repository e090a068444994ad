"""The HTML report as a person sees it: rendered by a real headless Chromium.

Chromium parses the page and hands back its live DOM (``--dump-dom``) and a
screenshot, so these tests check what a browser builds from the report, not what
our own HTML string looks like: escaping that holds, links that resolve, a page
that paints. CI installs Chromium (``.ci/run``); elsewhere the tests skip when no
``chromium`` is on the PATH.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html
from report_sample import SAMPLE

from store.report import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH")

# Without these, Chromium tries the network at start-up (closed here) and may hang.
QUIET_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    return subprocess.run(
        [CHROMIUM, *QUIET_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=90,
        check=True,
    )


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_html(SAMPLE), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dom(page: Path, tmp_path_factory: pytest.TempPathFactory) -> lxml_html.HtmlElement:
    dumped = chromium(tmp_path_factory.mktemp("chromium"), "--dump-dom", page.as_uri())
    return lxml_html.fromstring(dumped.stdout)


def test_the_browser_shows_one_changes_row_per_change(dom: lxml_html.HtmlElement) -> None:
    tables = dom.xpath("//h2[contains(., 'Changes')]/following-sibling::table[1]")
    rows = tables[0].xpath(".//tbody/tr")
    assert len(rows) == len(SAMPLE.changes)


def test_page_text_with_markup_characters_stays_text(dom: lxml_html.HtmlElement) -> None:
    # A title like "Mine <danger> in Karabakh" must not become an element.
    assert not dom.xpath("//danger")
    assert any("<danger>" in (a.text_content() or "") for a in dom.xpath("//a"))


def test_every_quote_links_to_its_source_page(dom: lxml_html.HtmlElement) -> None:
    hrefs = {a.get("href") for a in dom.xpath("//blockquote//a")}
    assert hrefs == {row.current.url for row in SAMPLE.changes}


def test_the_page_paints_something(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    chromium(tmp_path, "--window-size=1200,900", f"--screenshot={shot}", page.as_uri())
    # A blank white 1200x900 PNG compresses to a few kilobytes; text and tables do not.
    assert shot.stat().st_size > 20_000
