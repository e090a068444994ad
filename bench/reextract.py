"""What re-extraction costs: the per-page stale check a pass makes, and a whole re-read.

.venv/bin/python bench/reextract.py [PAGES]
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from crawler.reextract import reextract_store
from parsers import PARSER_VERSION
from parsers.models import Article
from store.db import connect
from store.repository import PageRecord, Repository


def old_page(number: int) -> PageRecord:
    url = f"https://news.example/article/{number}"
    sentence = f"Since the 2020 war, {200 + number % 97} citizens became victims of mines. "
    filler = "Deminers went on working in the liberated districts this week. " * 30
    text = sentence + filler
    body = f"<html><body><h1>Mines</h1><article><p>{text}</p></article></body></html>".encode()
    return PageRecord(
        source="bench",
        url=url,
        kind="article",
        fetched_at=datetime(2024, 3, 1, tzinfo=UTC),
        http_status=200,
        etag=None,
        last_modified=None,
        content_hash=hashlib.sha256(body).hexdigest(),
        body=body,
        article=Article(url, "Mines", "2024-03-01", "en", text),
        figures=(),
        parser_version="0-bench",
    )


def main(pages: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, connect(str(Path(tmp) / "bench.db")) as store:
        repository = Repository(store)
        run = repository.start_run()
        for number in range(pages):
            repository.save_page(run, old_page(number))

        started = time.perf_counter()
        stale = sum(
            repository.stale_version(f"https://news.example/article/{n}", PARSER_VERSION)
            is not None
            for n in range(pages)
        )
        checked = time.perf_counter() - started
        print(f"stale check, all stale: {checked / pages * 1000:.2f} ms/page ({stale} stale)")

        started = time.perf_counter()
        summary = reextract_store(repository, ())
        reread = time.perf_counter() - started
        print(
            f"re-read: {len(summary.pages)} pages in {reread:.2f} s "
            f"({reread / max(len(summary.pages), 1) * 1000:.1f} ms/page), "
            f"figures {summary.figures_before} -> {summary.figures_after}"
        )

        started = time.perf_counter()
        for n in range(pages):
            repository.stale_version(f"https://news.example/article/{n}", PARSER_VERSION)
        fresh = time.perf_counter() - started
        print(f"stale check, none stale (next pass): {fresh / pages * 1000:.2f} ms/page")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
