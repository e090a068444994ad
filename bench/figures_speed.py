"""Throughput of parsers.figures.extract in MB/s of text on one core (target: >= 5).

Feeds the labelled English corpus, repeated into one large text and article by
article, and prints both figures. Usage: python bench/figures_speed.py [MEGABYTES]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from parsers.figures import extract

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "figures"


def main(megabytes: float = 5.0) -> None:
    articles = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("en_*.txt"))]
    size = sum(len(a.encode()) for a in articles)
    rounds = max(1, int(megabytes * 1e6 / size))
    extract(articles[0], lang="en", published="2023-01-01")  # compile the vocabulary
    started = time.perf_counter()
    count = 0
    for _ in range(rounds):
        for article in articles:
            count += len(extract(article, lang="en", published="2023-01-01"))
    elapsed = time.perf_counter() - started
    total = size * rounds / 1e6
    rate = total / elapsed
    print(f"per article: {total:.1f} MB in {elapsed:.2f} s = {rate:.2f} MB/s ({count} figures)")
    big = "\n\n".join(articles * rounds)
    started = time.perf_counter()
    found = extract(big, lang="en", published="2023-01-01")
    elapsed = time.perf_counter() - started
    mb = len(big.encode()) / 1e6
    rate = mb / elapsed
    print(f"one text:    {mb:.1f} MB in {elapsed:.2f} s = {rate:.2f} MB/s ({len(found)} figures)")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 5.0)
