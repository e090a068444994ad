"""The shipped baseline statement: what every later figure is compared with.

The statement text and its metadata (a TOML file beside it) are package data read
with importlib.resources; its figures come from the extractor, never from a table,
so the baseline always means what the current parser reads in it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources

from parsers.figures import extract
from parsers.models import Article, Figure

METADATA = "statement-2022-11-24.toml"
_REQUIRED = ("file", "title", "published", "language", "url")


class BaselineError(ValueError):
    """The shipped baseline files are missing or malformed; the message names the file."""


@dataclass(frozen=True, slots=True)
class Baseline:
    article: Article
    figures: tuple[Figure, ...]


def _read(name: str) -> str:
    resource = resources.files(__package__).joinpath(name)
    try:
        return resource.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise BaselineError(f"parsers/baseline/{name}: missing from the package") from error


def load(metadata: str = METADATA) -> Baseline:
    """The baseline article and the figures the extractor reads in it."""
    try:
        meta = tomllib.loads(_read(metadata))
    except tomllib.TOMLDecodeError as error:
        raise BaselineError(f"parsers/baseline/{metadata}: {error}") from error
    missing = [key for key in _REQUIRED if not isinstance(meta.get(key), str)]
    if missing:
        raise BaselineError(f"parsers/baseline/{metadata}: missing field(s) {', '.join(missing)}")
    text = _read(meta["file"])
    article = Article(
        url=meta["url"],
        title=meta["title"],
        published=meta["published"],
        language=meta["language"],
        text=text,
    )
    figures = extract(text, lang=article.language, published=article.published)
    return Baseline(article=article, figures=tuple(figures))
