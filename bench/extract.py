"""Throughput of parsers.figures.extract on one core over the labelled corpus.

The corpus texts are repeated until they make at least 5 MB of UTF-8, then each is
extracted once in this process. Run from the repository root:

    .venv/bin/python bench/extract.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.figures import extract  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "figures"
TARGET_BYTES = 5 * 1024 * 1024


def load() -> list[tuple[str, str, str | None]]:
    texts = []
    for path in sorted(CORPUS.glob("*.txt")):
        labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        texts.append((path.read_text(encoding="utf-8"), labels["lang"], labels.get("published")))
    return texts


def run(texts: list[tuple[str, str, str | None]]) -> int:
    """Extract from every text; the number of texts the extractor raised on."""
    failures = 0
    for text, lang, published in texts:
        try:
            extract(text, lang=lang, published=published)
        except Exception:
            # a language the extractor does not support yet still costs its attempt
            failures += 1
    return failures


def main() -> int:
    corpus = load()
    corpus_bytes = sum(len(text.encode("utf-8")) for text, _, _ in corpus)
    repeats = -(-TARGET_BYTES // corpus_bytes)
    workload = corpus * repeats
    total_bytes = corpus_bytes * repeats

    run(corpus)  # compiles the vocabularies, which is not what this measures
    started = time.perf_counter()
    failures = run(workload)
    seconds = time.perf_counter() - started

    megabytes = total_bytes / 1_000_000
    print(f"texts={len(workload)} ({len(corpus)} corpus texts x {repeats})")
    print(f"bytes={total_bytes} seconds={seconds:.2f}")
    if failures:
        print(f"extractor raised on {failures} texts (unsupported language?)")
    print(f"throughput={megabytes / seconds:.2f} MB/s {len(workload) / seconds:.0f} texts/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
