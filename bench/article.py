"""How fast parsers.article.parse reads the fixture pages; prints pages/s.

For scale it also times what sources.md warns about: building a whole
BeautifulSoup(lxml) tree of the same pages, and the plain lxml parse.

.venv/bin/python bench/article.py [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup
from lxml.html import document_fromstring

from parsers.article import parse
from parsers.models import Selectors

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
PAGES = FIXTURES / "pages"
EVAL_PAGES = FIXTURES / "pages_eval"
# The pages' own site selectors (as in sources.toml), so both paths are measured.
SELECTORS = {
    "apa_az.html": Selectors(
        title="h1.title_news", published="span.date, div.date_news", body="div.texts"
    ),
    "report_az.html": Selectors(
        title="h1.section-title", published="ul.news__date li", body="div.news-detail__desc p"
    ),
}


def pages_per_second(pages: list[tuple[str, str]], work: Callable[[str, str], object], rounds: int):
    timings = []
    for _ in range(rounds):
        for name, html in pages:
            start = time.perf_counter()
            work(name, html)
            timings.append(time.perf_counter() - start)
    return len(timings) / sum(timings), statistics.median(timings) * 1000


def main(rounds: int = 50) -> None:
    pages = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(PAGES.glob("*.html"))]
    eval_pages = [
        (p.name, p.read_text(encoding="utf-8")) for p in sorted(EVAL_PAGES.glob("*.html"))
    ]
    # A realistic size: the fixtures are small, real pages are 50-300 kB of markup.
    padding = "<div class='sidebar'>" + "<p><a href='/x'>Headline 12 mines</a></p>" * 800 + "</div>"
    large = [(name, html.replace("</body>", padding + "</body>")) for name, html in pages]
    parse(pages[0][1], "warm-up")  # dateparser and the language model load once
    cases = {
        "parse, generic": lambda name, html: parse(html, name),
        "parse, site selectors": lambda name, html: parse(html, name, SELECTORS.get(name)),
        "lxml parse only": lambda name, html: document_fromstring(html.encode()),
        "BeautifulSoup(lxml) only": lambda name, html: BeautifulSoup(html, "lxml"),
    }
    pagesets = (
        ("fixture pages", pages),
        ("labelled page set (pages_eval)", eval_pages),
        ("pages + 40 kB sidebar", large),
    )
    for label, pageset in pagesets:
        size = statistics.mean(len(html) for _, html in pageset) / 1024
        print(f"{label}: {len(pageset)} pages, mean {size:.1f} kB, {rounds} rounds")
        for case, work in cases.items():
            rate, median_ms = pages_per_second(pageset, work, rounds)
            print(f"  {case:26s} {rate:8.0f} pages/s   median {median_ms:6.2f} ms/page")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
