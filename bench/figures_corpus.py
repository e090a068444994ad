"""Score parsers.figures.extract against the labelled corpus in tests/fixtures/figures.

Prints per-file misses and extras, then precision and recall over all labelled figures.
Usage: python bench/figures_corpus.py [PREFIX]   (e.g. "en_" or "ru_")
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from parsers.figures import extract

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "figures"
FIELDS = ("metric", "value", "group", "scope", "bound", "since", "until", "place", "country")


def labelled(figure: dict[str, object], keys: tuple[str, ...]) -> tuple[object, ...]:
    return tuple(figure.get(key) for key in keys)


def main(prefix: str = "") -> None:
    expected_total = found_total = correct_total = 0
    for label_path in sorted(CORPUS.glob(f"{prefix}*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        text = label_path.with_suffix(".txt").read_text(encoding="utf-8")
        keys = FIELDS
        expected = [
            labelled({"place": None, "until": None, "country": None} | f, keys)
            for f in label["figures"]
        ]
        got = [
            labelled(figure.to_dict(), keys)
            for figure in extract(text, lang=label.get("lang"), published=label.get("published"))
        ]
        misses = [e for e in expected if e not in got]
        extras = [g for g in got if g not in expected]
        expected_total += len(expected)
        found_total += len(got)
        correct_total += len(expected) - len(misses)
        if misses or extras:
            print(f"{label_path.stem}:")
            for miss in misses:
                print("   missing", miss)
            for extra in extras:
                print("   extra  ", extra)
    precision = correct_total / found_total if found_total else 1.0
    recall = correct_total / expected_total if expected_total else 1.0
    print(f"labelled {expected_total}, extracted {found_total}, correct {correct_total}")
    print(f"precision {precision:.3f} recall {recall:.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
