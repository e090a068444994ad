"""An HTML page -> the Article the figure extractor reads (title, date, language, text).

The page is parsed once with lxml (building a BeautifulSoup tree costs 10-20x
more, sources.md); title and date are read first because main-text extraction
then strips the tree of its chrome. Nothing here raises on bad markup: a broken
or empty page gives an Article with whatever could be found.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from parsers import maintext
from parsers.language import KNOWN, detect, normalise
from parsers.models import Article, Selectors
from parsers.published import find_published

_TITLE_SEPARATOR = re.compile(r"\s+[-|–—·]\s+")
_SPACE = re.compile(r"\s+")
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_TAG = re.compile(r"<(head|body|div|p|article|meta|title|span|a|h[1-6])[\s>/]", re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do sites' authors.
_LATIN1_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})


def parse(html: str, url: str, selectors: Selectors | None = None) -> Article:
    root = _tree(html)
    if root is None:
        return Article(url=url, title="", published=None, language=detect(""), text="")
    selectors = selectors or Selectors()
    meta = _meta(root)
    title = _title(root, meta, selectors.title)
    published_texts = _selected_texts(root, selectors.published) if selectors.published else None
    published = find_published(root, html, meta, published_texts, url)
    hint = _declared_language(root, meta)
    text = maintext.extract(root, selectors.body)
    language = detect(f"{title}\n\n{text}", hint=hint)
    return Article(url=url, title=title, published=published, language=language, text=text)


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    if _HTML_START.search(head):
        return True
    return head.lstrip("\ufeff \t\r\n").startswith("<") and _TAG.search(head) is not None


def decode_body(body: bytes, content_type_header: str | None) -> str:
    """Bytes -> text: a BOM, the header's charset, ``<meta charset>``, else UTF-8. Never raises."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding, errors="replace")
    declared = []
    if content_type_header and (match := _CHARSET.search(content_type_header)):
        declared.append(match.group(1))
    if match := _META_CHARSET.search(body[:4096]):
        declared.append(match.group(1).decode("ascii", errors="replace"))
    for label in declared:
        encoding = _codec(label)
        if encoding is not None:
            return body.decode(encoding, errors="replace")
    return body.decode("utf-8", errors="replace")


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in _LATIN1_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _tree(html: str) -> HtmlElement | None:
    if not html or not html.strip():
        return None
    # Bytes, because lxml refuses a str that carries an XML encoding declaration.
    data = html.encode("utf-8", errors="replace")
    try:
        return document_fromstring(data, parser=HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None


def _meta(root: HtmlElement) -> dict[str, str]:
    """The page's meta tags by lowercased name, property or itemprop; the first one wins."""
    found: dict[str, str] = {}
    for element in root.iter("meta"):
        content = element.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().lower()
            if key and key not in found:
                found[key] = content.strip()
    return found


def _title(root: HtmlElement, meta: dict[str, str], selector: str | None) -> str:
    if selector:
        selected = " ".join(_selected_texts(root, selector))
        if selected:
            return _clean(selected)
    if meta.get("og:title"):
        return _clean(meta["og:title"])
    for heading in root.iter("h1"):
        text = _clean(heading.text_content())
        if text and not maintext.in_chrome(heading) and not maintext.in_page_header(heading):
            return text
    title = root.find(".//title")
    return _without_site_name(_clean(title.text_content())) if title is not None else ""


def _without_site_name(title: str) -> str:
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    headline = title[: separators[-1].start()].strip()
    return headline or title


def _selected_texts(root: HtmlElement, selector: str) -> list[str]:
    from parsel import Selector

    try:
        found = Selector(root=root, type="html").css(selector)
    except (ValueError, SyntaxError):
        return []
    texts = []
    for item in found:
        value = item.root if isinstance(item.root, str) else item.root.text_content()
        value = _clean(value)
        if value:
            texts.append(value)
    return texts


def _declared_language(root: HtmlElement, meta: dict[str, str]) -> str | None:
    declared = [root.get("lang"), root.get("xml:lang"), meta.get("og:locale")]
    codes = [code for code in map(normalise, declared) if code]
    known = [code for code in codes if code in KNOWN]
    return (known or codes or [None])[0]


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
