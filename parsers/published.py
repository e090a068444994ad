"""When a page was published, as an ISO date, from the most trustworthy place first.

The order is: the site's configured selector, publication meta tags, JSON-LD,
a ``<time datetime>`` outside the page's chrome, and only then htmldate's
heuristics. The day is the one the page states: ``2022-11-24T01:00+04:00`` is
24 November (Baku time), never converted to UTC. A date without a year is no
date: guessing the year is wrong every January.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from lxml.html import HtmlElement

from parsers.maintext import in_chrome, in_page_header

# Meta names (lowercased name, property or itemprop) in order of trust.
META_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "og:article:published_time",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "pubdate",
    "publishdate",
)
LANGUAGES = ["az", "ru", "en"]
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
# Date-shaped pieces of a longer text ("Published: 24.11.2022, 14:05").
_DATE_PIECES = (
    re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}"),
    re.compile(r"\d{1,2}\s+[^\W\d_]+\.?,?\s+\d{4}"),
    re.compile(r"[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}"),
    re.compile(r"\d{4}-\d{2}-\d{2}"),
)
_MAX_TEXT = 100
_DATE_NAME = re.compile(r"date|posted|published|pubtime", re.IGNORECASE)
# The site's "today" in its top bar is the day the page was fetched, not published.
_TODAY_NAME = re.compile(r"today|current|now|header|top", re.IGNORECASE)
_HEADING_TAGS = frozenset({"h1", "h2", "h3"})
_SPACE = re.compile(r"\s+")
# How far from the headline a date line may sit, and how long a text means the body began.
_NEAR = 12
_BODY_STARTED = 200
# A fixed upper bound keeps htmldate's answer independent of the day it runs.
_HTMLDATE_MAX = "2099-12-31"


def find_published(
    root: HtmlElement,
    html: str,
    meta: Mapping[str, str],
    selector_texts: list[str] | None = None,
    url: str | None = None,
    title: str | None = None,
) -> str | None:
    if selector_texts:
        found = parse_date_text(" ".join(selector_texts))
        for text in selector_texts:
            found = found or parse_date_text(text)
        if found:
            return found
    for key in META_KEYS:
        if key in meta and (found := parse_date_text(meta[key])):
            return found
    for value in _json_ld_dates(root):
        if found := parse_date_text(value):
            return found
    for value in _time_elements(root):
        if found := parse_date_text(value):
            return found
    for value in _texts_near_headline(root, title):
        if found := parse_date_text(value):
            return found
    for value in _dated_elements(root):
        if found := parse_date_text(value):
            return found
    if not root.text_content().strip():
        return None  # nothing for htmldate to read (it would log an error)
    return _htmldate(html, url)


def parse_date_text(text: str) -> str | None:
    """An ISO date from an ISO timestamp or a written date in az/ru/en; None without a year."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        return _valid(*(int(part) for part in iso.groups()))
    if len(text) <= _MAX_TEXT and (found := _dateparser(text)):
        return found
    for pattern in _DATE_PIECES:
        for piece in pattern.findall(text[:1000]):
            if found := (_iso_piece(piece) or _dateparser(piece)):
                return found
    return None


def _iso_piece(piece: str) -> str | None:
    iso = _ISO.match(piece)
    return _valid(*(int(part) for part in iso.groups())) if iso else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _dateparser(text: str) -> str | None:
    import dateparser

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DATES_FROM": "past",
    }
    try:
        parsed = dateparser.parse(text, languages=LANGUAGES, settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    # dateparser also reads "yesterday" or "3 days ago" against the clock: a date
    # counts only when the text itself writes its year.
    if parsed is None or str(parsed.year) not in text:
        return None
    return parsed.date().isoformat()


def _json_ld_dates(root: HtmlElement) -> Iterator[str]:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _find_key(data, "datePublished")


def _find_key(data: Any, key: str) -> Iterator[str]:
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str):
            yield value
        for child in data.values():
            yield from _find_key(child, key)
    elif isinstance(data, list):
        for item in data:
            yield from _find_key(item, key)


def _time_elements(root: HtmlElement) -> Iterator[str]:
    """``<time datetime>`` values, those marked as the publication date first."""
    candidates = [
        element
        for element in root.iter("time")
        if element.get("datetime") and not in_chrome(element)
    ]
    candidates.sort(key=lambda element: element.get("itemprop") != "datePublished")
    for element in candidates:
        yield element.get("datetime", "")


def _dated_elements(root: HtmlElement) -> Iterator[str]:
    """Short texts of elements named as dates (``span.news-date``) in the article area."""
    for element in root.iter("span", "div", "p", "li", "small", "time"):
        names = f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"
        if not _DATE_NAME.search(names) or _TODAY_NAME.search(names):
            continue
        if in_chrome(element) or in_page_header(element):
            continue
        text = element.text_content().strip()
        if 0 < len(text) <= _MAX_TEXT:
            yield text


def _texts_near_headline(root: HtmlElement, title: str | None) -> Iterator[str]:
    """Short texts just after the headline, then just before it: where sites print the date.

    The scan stops where the body starts (a long paragraph), so a date the
    article mentions is never taken for the day it was published.
    """
    elements = list(root.iter())
    headline = _headline(elements, title)
    if headline is None:
        return
    start = elements.index(headline)
    after = (e for e in elements[start + 1 :] if not _inside(e, headline))
    for count, element in enumerate(after):
        if count >= _NEAR or len(_own_text(element)) > _BODY_STARTED:
            break
        if (text := _short_text(element)) is not None:
            yield text
    ancestors = set(headline.iterancestors())
    before = [e for e in reversed(elements[max(0, start - _NEAR) : start]) if e not in ancestors]
    for element in before:
        if len(_own_text(element)) > _BODY_STARTED:
            break
        if (text := _short_text(element)) is not None:
            yield text


def _headline(elements: list[HtmlElement], title: str | None) -> HtmlElement | None:
    if not title:
        return None
    wanted = _SPACE.sub(" ", title).strip()
    for element in elements:
        if element.tag not in _HEADING_TAGS or in_chrome(element) or in_page_header(element):
            continue
        text = _SPACE.sub(" ", element.text_content()).strip()
        if text and text.endswith(wanted):
            return element
    return None


def _inside(element: HtmlElement, ancestor: HtmlElement) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _own_text(element: HtmlElement) -> str:
    if not isinstance(element.tag, str):
        return ""
    return (element.text or "").strip()


def _short_text(element: HtmlElement) -> str | None:
    if not isinstance(element.tag, str) or element.tag in ("script", "style"):
        return None
    text = _SPACE.sub(" ", element.text_content()).strip()
    return text if 0 < len(text) <= _MAX_TEXT else None


def _htmldate(html: str, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(
            html,
            original_date=True,
            extensive_search=False,
            url=url,
            max_date=_HTMLDATE_MAX,
        )
    except (ValueError, TypeError):
        return None
