"""How fast the store takes pages and hands back observations; prints its figures.

.venv/bin/python bench/store_save.py [PAGES]
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from parsers.compare import compare
from parsers.models import Article, Figure, Group, Metric
from store.db import connect
from store.repository import PageRecord, Repository

GROUPS = (Group.ALL, Group.CIVILIANS, Group.MILITARY, Group.CHILDREN)


def page(number: int) -> PageRecord:
    url = f"https://news.example/article/{number}"
    sentence = f"{200 + number % 97} citizens became victims of mine explosions since the war. "
    text = sentence * 40  # a few kilobytes, like a news article
    body = f"<html><body><article><p>{text}</p></article></body></html>".encode()
    figures = tuple(
        Figure(
            metric=Metric.MINE_VICTIMS,
            value=200 + number % 97 + index,
            group=group,
            since="2020-11-10",
            quote=sentence.strip(),
            start=index * len(sentence),
            end=(index + 1) * len(sentence) - 1,
        )
        for index, group in enumerate(GROUPS)
    )
    return PageRecord(
        source="bench",
        url=url,
        kind="article",
        fetched_at=datetime.now(UTC),
        http_status=200,
        etag=None,
        last_modified=None,
        content_hash=hashlib.sha256(body).hexdigest(),
        body=body,
        article=Article(url, "Mines", f"2023-{1 + number % 12:02d}-01", "en", text),
        figures=figures,
        parser_version="bench",
    )


def main(pages: int) -> None:
    records = [page(number) for number in range(pages)]
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "bench.db"
        with connect(str(path)) as store:
            repo = Repository(store)
            run = repo.start_run()
            began = time.perf_counter()
            for record in records:
                repo.save_page(run, record)
            saved = time.perf_counter() - began

            began = time.perf_counter()
            for record in records:
                repo.save_page(run, record)
            unchanged = time.perf_counter() - began

            began = time.perf_counter()
            observations = repo.observations()
            read = time.perf_counter() - began

            began = time.perf_counter()
            changes = compare(observations, [])
            repo.record_changes(run, changes)
            report = repo.report(run)
            reported = time.perf_counter() - began

            size = sum(p.stat().st_size for p in Path(directory).iterdir())
            raw = sum(len(record.body) for record in records)
    print(f"pages: {pages}, figures: {len(observations)}, changes: {len(changes)}")
    print(f"save_page, new content:   {pages / saved:8.0f} pages/s")
    print(f"save_page, same content:  {pages / unchanged:8.0f} pages/s")
    print(f"observations():           {read * 1000:8.1f} ms")
    documents = len(report.documents)
    print(f"compare+record+report:    {reported * 1000:8.1f} ms ({documents} documents)")
    print(f"store size: {size / 1e6:.2f} MB for {raw / 1e6:.2f} MB of raw pages")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
