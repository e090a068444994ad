"""``minewatch extract``: the figures in saved pages or text files, nothing stored.

The "try one thing" command (urlwatch's ``--test-filter``): point it at a saved page
or a text file and see each figure with the words it came from.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from crawler.commands import BaseCommand
from crawler.errors import InputError

if TYPE_CHECKING:
    from parsers.models import Figure

LANGUAGES = ("en", "ru", "az")


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


class Command(BaseCommand):
    help = "show the figures in text or HTML files"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--json", action="store_true", help="one JSON object per file and line")
        parser.add_argument("--lang", help="language of the texts (en, ru, az); default: detect")
        parser.add_argument("--published", metavar="DATE", help="publication date, YYYY-MM-DD")

    def run(self, args: argparse.Namespace) -> int:
        lang = _checked_lang(args.lang)
        published = _checked_date(args.published)
        # Every file is read before anything is printed: a typo in the last name fails cleanly.
        bodies = [(name, _read(name)) for name in args.files]
        results = [extract_file(name, body, lang, published) for name, body in bodies]
        for result in results:
            if args.json:
                print(json.dumps(result.to_dict(), ensure_ascii=False))
            else:
                print(_file_report(result))
        return 0


def _file_report(result: FileFigures) -> str:
    from crawler.figure_table import figure_table

    count = len(result.figures)
    head = (
        f"== {result.file} (language {result.language}, "
        f"published {result.published or 'unknown'}): {count} figure{'s' * (count != 1)}"
    )
    return f"{head}\n{figure_table(result.figures)}\n"


def extract_file(name: str, body: bytes, lang: str | None, published: str | None) -> FileFigures:
    """An HTML file read as the crawl reads a page (``parsers.page``); text as it is."""
    from parsers.article import decode_body, looks_like_html
    from parsers.figures import extract
    from parsers.language import detect
    from parsers.page import PageReadError, read_page
    from parsers.vocab import UnknownLanguage

    text = decode_body(body, None)
    if not looks_like_html(text):
        language = lang or detect(text)
        try:
            figures = tuple(extract(text, lang=language, published=published))
        except UnknownLanguage:
            figures = ()  # only a detected language gets here (--lang is checked first)
        return FileFigures(name, language, published, figures)
    url = Path(name).resolve().as_uri()
    try:
        reading = read_page(body, None, url, language=lang, published=published)
    except PageReadError as error:
        if not isinstance(error.cause, UnknownLanguage):
            raise error.cause from None
        reading = error.reading  # a detected language without vocabulary: nothing to read
    article = reading.article
    assert article is not None  # no keywords: every page is on topic
    return FileFigures(name, article.language, article.published, reading.figures)


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
