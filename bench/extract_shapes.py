"""Seconds parsers.figures.extract takes on 1 MB texts of hostile shapes (target: < 2 s each).

The extractor must stay linear in the text's length whatever its shape: one sentence
with no full stop, thousands of one-word lines, numbers everywhere. Each shape is
measured at 0.25 MB and 1 MB, so the ratio shows whether time grows linearly (about 4).
Run from the repository root:

    .venv/bin/python bench/extract_shapes.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.figures import extract  # noqa: E402

ARTICLE = (ROOT / "tests" / "fixtures" / "figures_sealed4" / "en02_mfa_victims.txt").read_text(
    encoding="utf-8"
)
RUN_ON = (
    "the ministry said that 12 mines were found near the village and 3 residents were "
    "injured by a mine while 45 anti-tank mines were neutralized in the area and "
)
SHAPES = {
    "run-on sentence, no full stop": RUN_ON,
    "one article repeated": ARTICLE,
    "article on one line, repeated": ARTICLE.replace("\n", " "),
    "a word and a number per line": "mine\n12\n",
    "words without numbers": "mine lorem ipsum dolor sit amet ",
}


def seconds(text: str) -> float:
    started = time.perf_counter()
    extract(text, lang="en", published="2024-01-01")
    return time.perf_counter() - started


def main() -> int:
    extract(ARTICLE, lang="en")  # compiles the vocabulary, which is not what this measures
    for name, unit in SHAPES.items():
        quarter, whole = ((unit * (size // len(unit) + 1))[:size] for size in (250_000, 1_000_000))
        small, large = seconds(quarter), seconds(whole)
        print(
            f"{name:32s} 0.25 MB {small:5.2f} s   1 MB {large:5.2f} s   ratio {large / small:4.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
