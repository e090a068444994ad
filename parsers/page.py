"""One fetched page -> what is stored of it: decoded text, article, figures, parser version.

The crawl's pipeline, ``minewatch reextract`` and ``minewatch extract`` all read a page
here, so the same bytes give the same figures whichever way they come in:

1. decode: BOM, the header's charset, ``<meta charset>``, else what the bytes show
   (``article.decode_body``);
2. parse: title, date, language and main text (``article.parse``, with the source's
   selectors);
3. keep: an article none of the source's keywords names is off-topic, stored without
   an article or figures;
4. extract: the figures of headline and text (``figures.extract_article``).

A step that fails raises ``PageReadError`` with what the steps before it read, so a
caller can keep a parsed article whose figures could not be extracted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace

from parsers import PARSER_VERSION
from parsers.article import decode_body, parse
from parsers.figures import extract_article
from parsers.keywords import mentions_keyword
from parsers.models import Article, Figure, Selectors

# A step runs inside ``bounded()``: the crawl passes a time limit, pure callers nothing.
Bound = Callable[[], AbstractContextManager[object]]
STEP_WORDS = {"parse": "parse", "extract": "extract figures"}


@dataclass(frozen=True, slots=True)
class PageReading:
    """What a page says: ``article`` is None when it is off-topic (then no figures)."""

    text: str
    article: Article | None
    figures: tuple[Figure, ...]
    parser_version: str = PARSER_VERSION


class PageReadError(Exception):
    """A step failed: ``step`` is "parse" or "extract"; ``reading`` is what came before it.

    The message is "cannot parse: ValueError: ..." (or "cannot extract figures: ...").
    """

    def __init__(self, step: str, cause: Exception, reading: PageReading):
        super().__init__(f"cannot {STEP_WORDS[step]}: {type(cause).__name__}: {cause}")
        self.step = step
        self.cause = cause
        self.reading = reading


def read_page(
    body: bytes,
    content_type: str | None,
    url: str,
    selectors: Selectors | None = None,
    keywords: Sequence[str] = (),
    *,
    on_topic: bool | None = None,
    language: str | None = None,
    published: str | None = None,
    bounded: Bound = nullcontext,
) -> PageReading:
    """Read one fetched page as a pass stores it.

    ``on_topic`` decides instead of the keywords (a stored page whose source is gone
    stays as it was stored); ``language`` and ``published`` replace what the page
    says (``minewatch extract --lang/--published``).
    """
    text = decode_body(body, content_type)
    try:
        with bounded():
            article = parse(text, url, selectors)
    except Exception as error:  # a parser bug on one page must not stop the others
        raise PageReadError("parse", error, PageReading(text, None, ())) from error
    if on_topic is None:
        on_topic = mentions_keyword(f"{article.title}\n{article.text}", keywords)
    if not on_topic:
        return PageReading(text, None, ())
    article = replace(
        article,
        language=language or article.language,
        published=published or article.published,
    )
    try:
        with bounded():
            figures = tuple(extract_article(article))
    except Exception as error:
        raise PageReadError("extract", error, PageReading(text, article, ())) from error
    return PageReading(text, article, figures)
