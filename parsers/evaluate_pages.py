"""Score page reading (title, date, language, main text) against labelled pages.

Run it as ``python -m parsers.evaluate_pages DIR [--verbose]``. ``DIR`` holds
``NAME.html`` pages, each with a sidecar ``NAME.json``::

    {"title": "...", "published": "YYYY-MM-DD" | null, "language": "en|ru|az",
     "text": "the main text an analyst wants, paragraphs joined by blank lines"}

Every page is read by ``parsers.article.parse`` with no site selectors (the
generic path, which is what a redesigned or new site falls back to). The report
gives per page and overall: whether the title matches exactly (spaces
normalised), whether the date and the language are right, and the main text's
precision, recall and F1 on bags of word tokens, as the public main-text
benchmark does: precision and recall are averaged over pages and F1 is taken of
the two averages. The last line is machine-readable::

    text_f1=0.93 date_acc=0.96 title_acc=1.00 lang_acc=1.00 n=24

With ``--verbose`` the words lost and the words leaked in are listed per page.
A page or sidecar that cannot be read exits 2 with a message naming the file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parsers.models import Article

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


class LabelError(ValueError):
    """A sidecar that is not the labelled shape; the message names the file and field."""


@dataclass(frozen=True, slots=True)
class PageLabel:
    name: str
    title: str
    published: str | None
    language: str
    text: str


@dataclass(frozen=True, slots=True)
class TextScore:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return harmonic(self.precision, self.recall)


@dataclass(frozen=True, slots=True)
class PageScore:
    name: str
    title_ok: bool
    date_ok: bool
    language_ok: bool
    text: TextScore
    missing: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Summary:
    pages: int
    precision: float
    recall: float
    title_accuracy: float
    date_accuracy: float
    language_accuracy: float

    @property
    def f1(self) -> float:
        return harmonic(self.precision, self.recall)


def harmonic(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def tokens(text: str) -> Counter[str]:
    """The bag of lowercased word tokens: punctuation and spacing do not count."""
    return Counter(word.lower() for word in _WORD.findall(text))


def text_score(predicted: str, expected: str) -> TextScore:
    """Token-bag precision and recall; an empty side scores 1.0 only when both are empty."""
    return _bag_score(tokens(predicted), tokens(expected))


def _bag_score(got: Counter[str], want: Counter[str]) -> TextScore:
    common = sum((got & want).values())
    got_total, want_total = sum(got.values()), sum(want.values())
    if not got_total and not want_total:
        return TextScore(1.0, 1.0)
    precision = common / got_total if got_total else 0.0
    recall = common / want_total if want_total else 0.0
    return TextScore(precision, recall)


def same_title(predicted: str, expected: str) -> bool:
    return _SPACE.sub(" ", predicted).strip() == _SPACE.sub(" ", expected).strip()


def score_page(article: Article, label: PageLabel) -> PageScore:
    got, want = tokens(article.text), tokens(label.text)
    return PageScore(
        name=label.name,
        title_ok=same_title(article.title, label.title),
        date_ok=article.published == label.published,
        language_ok=article.language == label.language,
        text=_bag_score(got, want),
        missing=tuple(sorted((want - got).elements())),
        extra=tuple(sorted((got - want).elements())),
    )


def summarise(scores: Sequence[PageScore]) -> Summary:
    if not scores:
        return Summary(0, 0.0, 0.0, 0.0, 0.0, 0.0)
    n = len(scores)
    return Summary(
        pages=n,
        precision=sum(score.text.precision for score in scores) / n,
        recall=sum(score.text.recall for score in scores) / n,
        title_accuracy=sum(score.title_ok for score in scores) / n,
        date_accuracy=sum(score.date_ok for score in scores) / n,
        language_accuracy=sum(score.language_ok for score in scores) / n,
    )


def summary_line(summary: Summary) -> str:
    return (
        f"text_f1={summary.f1:.2f} date_acc={summary.date_accuracy:.2f} "
        f"title_acc={summary.title_accuracy:.2f} lang_acc={summary.language_accuracy:.2f} "
        f"n={summary.pages}"
    )


def parse_label(name: str, sidecar: str) -> PageLabel:
    try:
        data: Any = json.loads(sidecar)
    except ValueError as error:
        raise LabelError(f"{name}.json: not JSON ({error})") from error
    if not isinstance(data, dict):
        raise LabelError(f"{name}.json: expected an object")
    for field in ("title", "language", "text"):
        if not isinstance(data.get(field), str):
            raise LabelError(f"{name}.json: '{field}' must be a string")
    published = data.get("published")
    if published is not None and not (
        isinstance(published, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published)
    ):
        raise LabelError(f"{name}.json: 'published' must be YYYY-MM-DD or null")
    return PageLabel(name, data["title"], published, data["language"], data["text"])


def score_pages(
    pages: Sequence[tuple[PageLabel, str]], read: Callable[[str, str], Article]
) -> list[PageScore]:
    """Each (label, html) read by ``read(html, url)`` and scored against its label."""
    return [
        score_page(read(html, f"https://pages.test/{label.name}"), label) for label, html in pages
    ]


def load_pages(directory: Path) -> list[tuple[PageLabel, str]]:
    pages = []
    for path in sorted(directory.glob("*.html")):
        sidecar = path.with_suffix(".json")
        if not sidecar.exists():
            raise LabelError(f"{path}: no sidecar {sidecar.name}")
        label = parse_label(path.stem, sidecar.read_text(encoding="utf-8"))
        pages.append((label, path.read_text(encoding="utf-8", errors="replace")))
    return pages


def format_report(scores: Sequence[PageScore], *, verbose: bool = False) -> list[str]:
    lines = [f"{'page':28s} {'title':>5s} {'date':>5s} {'lang':>5s} {'P':>5s} {'R':>5s} {'F1':>5s}"]
    for score in scores:
        marks = ["ok" if ok else "--" for ok in (score.title_ok, score.date_ok, score.language_ok)]
        lines.append(
            f"{score.name:28s} {marks[0]:>5s} {marks[1]:>5s} {marks[2]:>5s} "
            f"{score.text.precision:5.2f} {score.text.recall:5.2f} {score.text.f1:5.2f}"
        )
        if verbose and score.missing:
            lines.append(f"    lost:   {' '.join(score.missing[:60])}")
        if verbose and score.extra:
            lines.append(f"    leaked: {' '.join(score.extra[:60])}")
    summary = summarise(scores)
    lines.append(
        f"overall: text P {summary.precision:.3f} R {summary.recall:.3f} F1 {summary.f1:.3f}; "
        f"title {summary.title_accuracy:.3f}, date {summary.date_accuracy:.3f}, "
        f"language {summary.language_accuracy:.3f}"
    )
    lines.append(summary_line(summary))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m parsers.evaluate_pages")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"error: {args.directory} is not a directory", file=sys.stderr)
        return 2
    try:
        pages = load_pages(args.directory)
    except (LabelError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    from parsers.article import parse

    for line in format_report(score_pages(pages, parse), verbose=args.verbose):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
