"""Every figure the extractor finds in the test corpora, as sorted JSON, to prove a speedup
changes no output.

Covers the labelled figure sets (each text with its sidecar's lang and published), the
plain texts, and the text of every HTML page via parsers.article.parse. Run from the
repository root and compare two snapshots byte for byte:

    .venv/bin/python bench/extract_snapshot.py > before.json
    (change the code)
    .venv/bin/python bench/extract_snapshot.py > after.json && cmp before.json after.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.article import parse  # noqa: E402
from parsers.figures import extract  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def _figures(text: str, lang: str | None, published: str | None) -> list | str:
    try:
        return [figure.to_dict() for figure in extract(text, lang=lang, published=published)]
    except Exception as error:  # an unsupported language is part of the output too
        return f"{type(error).__name__}: {error}"


def labelled() -> dict[str, list | str]:
    out = {}
    for directory in sorted(FIXTURES.glob("figures*")):
        for path in sorted(directory.glob("*.txt")):
            sidecar = path.with_suffix(".json")
            labels = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
            text = path.read_text(encoding="utf-8")
            key = str(path.relative_to(FIXTURES))
            out[key] = _figures(text, labels.get("lang"), labels.get("published"))
    return out


def plain_texts() -> dict[str, list | str]:
    out = {}
    for path in sorted((FIXTURES / "texts").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[str(path.relative_to(FIXTURES))] = _figures(text, None, None)
    return out


def pages() -> dict[str, list | str]:
    out = {}
    for directory in sorted(FIXTURES.glob("pages*")):
        for path in sorted(directory.glob("*.html")):
            article = parse(path.read_text(encoding="utf-8", errors="replace"), url=path.name)
            key = str(path.relative_to(FIXTURES))
            out[key] = _figures(article.text, article.language, article.published)
    return out


def main() -> int:
    snapshot = {**labelled(), **plain_texts(), **pages()}
    json.dump(snapshot, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
