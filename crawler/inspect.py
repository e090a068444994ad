"""``minewatch extract`` and ``minewatch baseline``: what the parsers see, nothing stored.

The "try one thing" commands (urlwatch's ``--test-filter``): point ``extract``
at a saved page or a text file and see each figure with the words it came from.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crawler.errors import InputError
from parsers.article import decode_body, looks_like_html, parse
from parsers.language import detect
from parsers.models import Figure

LANGUAGES = ("en", "ru", "az")
QUOTE_WIDTH = 70
COLUMNS = (
    "metric",
    "value",
    "bound",
    "group",
    "scope",
    "since",
    "until",
    "place",
    "other",
    "flags",
)


@dataclass(frozen=True, slots=True)
class FileFigures:
    """The figures found in one input file and what they were read with."""

    file: str
    language: str
    published: str | None
    figures: tuple[Figure, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "language": self.language,
            "published": self.published,
            "figures": [figure.to_dict() for figure in self.figures],
        }


def command_extract(args: argparse.Namespace) -> int:
    lang = _checked_lang(args.lang)
    published = _checked_date(args.published)
    # Every file is read before anything is printed: a typo in the last name fails cleanly.
    bodies = [(name, _read(name)) for name in args.files]
    results = [_extract(name, body, lang, published) for name, body in bodies]
    for result in results:
        if args.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            print(_file_report(result))
    return 0


def command_baseline(args: argparse.Namespace) -> int:
    from parsers.baseline import load

    baseline = load()
    if args.json:
        print(json.dumps([f.to_dict() for f in baseline.figures], ensure_ascii=False, indent=2))
    else:
        article = baseline.article
        print(f"{article.title}\n{article.url} (published {article.published})\n")
        print(figure_table(baseline.figures))
    return 0


def figure_table(figures: Sequence[Figure]) -> str:
    """Figures as an aligned text table, the quote shortened to one line."""
    if not figures:
        return "(no figures)"
    header = [*COLUMNS, "quote"]
    rows = [header] + [_row(figure) for figure in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def _row(figure: Figure) -> list[str]:
    values = [
        str(figure.metric),
        _number(figure.value),
        str(figure.bound),
        str(figure.group),
        str(figure.scope),
        figure.since or "-",
        figure.until or "-",
        figure.place or "-",
        _other(figure),
        ",".join(figure.flags) or "-",
    ]
    return [*values, shorten(figure.quote, QUOTE_WIDTH)]


def _other(figure: Figure) -> str:
    """The rarer fields in one cell: "PMN-E, made in Armenia 2021", "country Ukraine"."""
    made = " ".join(str(part) for part in (figure.made_in, figure.made_year) if part)
    parts = [
        figure.mine_model,
        f"made in {made}" if made else None,
        f"country {figure.country}" if figure.country else None,
    ]
    return ", ".join(part for part in parts if part) or "-"


def _number(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,g}"


def shorten(text: str, width: int) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _file_report(result: FileFigures) -> str:
    count = len(result.figures)
    head = (
        f"== {result.file} (language {result.language}, "
        f"published {result.published or 'unknown'}): {count} figure{'s' * (count != 1)}"
    )
    return f"{head}\n{figure_table(result.figures)}\n"


def _extract(name: str, body: bytes, lang: str | None, published: str | None) -> FileFigures:
    from parsers.figures import extract
    from parsers.vocab import UnknownLanguage

    text = decode_body(body, None)
    if looks_like_html(text):
        article = parse(text, url=Path(name).resolve().as_uri())
        text = f"{article.title}\n\n{article.text}" if article.title else article.text
        language = lang or article.language
        published = published or article.published
    else:
        language = lang or detect(text)
    try:
        figures = extract(text, lang=language, published=published)
    except UnknownLanguage:
        # Only a detected language gets here (--lang is checked first): nothing to read.
        figures = []
    return FileFigures(name, language, published, tuple(figures))


def _read(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from None


def _checked_lang(lang: str | None) -> str | None:
    if lang is not None and lang not in LANGUAGES:
        raise InputError(f"--lang {lang!r}: expected one of {', '.join(LANGUAGES)}")
    return lang


def _checked_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat() if len(value) == 10 else _bad_date(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str) -> str:
    raise InputError(f"--published {value!r}: expected a date as YYYY-MM-DD")
