"""An HTML page -> the Article the figure extractor reads (title, date, language, text).

The page is parsed once with lxml (building a BeautifulSoup tree costs 10-20x
more, bench/article.py); title and date are read first because main-text extraction
then strips the tree of its chrome. Nothing here raises on bad markup: a broken
or empty page gives an Article with whatever could be found.
"""

from __future__ import annotations

import codecs
import copy
import re
from urllib.parse import urlsplit

from bs4 import UnicodeDammit
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring
from w3lib.encoding import html_to_unicode

from parsers import maintext
from parsers.language import KNOWN, detect, normalise
from parsers.models import Article, Selectors
from parsers.published import find_published

_TITLE_SEPARATOR = re.compile(r"\s+[-|–—·]\s+")
_SPACE = re.compile(r"\s+")
_DOMAIN = re.compile(r"\w\.(az|com|net|org|ru|info)\b", re.IGNORECASE)
_KICKER_NAME = re.compile(r"kicker|label|badge|rubric|category|flag", re.IGNORECASE)
# Media and urgency labels that sites put before a headline.
_KICKER_WORDS = re.compile(
    r"^(PHOTO|PHOTOS|VIDEO|UPDATED|UPDATE|BREAKING|EXCLUSIVE|INFOGRAPHIC|FOTO|VİDEO|VIDEO|"
    r"YENİLƏNİB|ФОТО|ВИДЕО|ОБНОВЛЕНО|ЭКСКЛЮЗИВ|ИНФОГРАФИКА)\s*[:|/–—-]?\s+"
)
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_TAG = re.compile(r"<(head|body|div|p|article|meta|title|span|a|h[1-6])[\s>/]", re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do sites' authors.
_LATIN1_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})
# Codec names (``codecs.lookup(...).name``) of single-byte charsets.
_SINGLE_BYTE = re.compile(r"(?:iso8859-\d+|cp125\d|koi8-[ru]|ascii|mac-[\w-]+)$")


def parse(html: str, url: str, selectors: Selectors | None = None) -> Article:
    root = _tree(html)
    if root is None:
        return Article(url=url, title="", published=None, language=detect(""), text="")
    selectors = selectors or Selectors()
    meta = _meta(root)
    title = _title(root, meta, selectors.title, url)
    published_texts = _selected_texts(root, selectors.published) if selectors.published else None
    published = find_published(root, html, meta, published_texts, url, title)
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
    """Bytes -> text, as the crawl, ``reextract`` and ``extract`` all read a page. Never raises.

    A BOM, the header's charset, ``<meta charset>`` (w3lib's order, as Scrapy's), else the
    encoding the bytes themselves show (BeautifulSoup's detector: an unlabelled
    windows-1251 page is Cyrillic, not Latin), else UTF-8. UTF-8 under a single-byte
    label is read as UTF-8 (``utf8_despite_label``).
    """
    header = content_type_header
    if header and (match := _CHARSET.search(header)) and _codec(match.group(1)) is None:
        header = None  # an unknown label says nothing: the meta tag or the bytes decide
    encoding, text = html_to_unicode(header, body, auto_detect_fun=_detected_encoding)
    return utf8_despite_label(body, encoding) or text


def _detected_encoding(body: bytes) -> str | None:
    """UTF-8 when the bytes are UTF-8 but for a stray byte or two, else what they look like."""
    text = body.decode("utf-8", errors="replace")
    non_ascii = sum(1 for char in text if ord(char) > 127)
    if text.count("\ufffd") <= max(1, non_ascii // 50):
        return "utf-8"
    return UnicodeDammit(body, is_html=True).original_encoding


def utf8_despite_label(body: bytes, encoding: str) -> str | None:
    """The body as UTF-8 when it is non-ASCII UTF-8 but ``encoding`` is a single-byte charset.

    Servers and templates often keep a Latin or Cyrillic default label for UTF-8 pages;
    bytes of real single-byte text with a non-ASCII letter are almost never valid UTF-8.
    None when the label stands. The spider applies it to the encoding Scrapy chose.
    """
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    if not _SINGLE_BYTE.match(name) or body.isascii():
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


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


def _title(root: HtmlElement, meta: dict[str, str], selector: str | None, url: str) -> str:
    if selector:
        selected = " ".join(_selected_texts(root, selector))
        if selected:
            return _without_kicker(_clean(selected))
    headings = _headings(root)
    tag = root.find(".//title")
    page_titles = [
        title
        for title in (meta.get("og:title"), tag.text_content() if tag is not None else None)
        if title and _clean(title)
    ]
    # The headline is the heading the page title repeats with the site's name around it.
    for heading in headings:
        for page_title in page_titles:
            if heading in _segments(_clean(page_title)):
                return heading
    names = _site_names(meta, url)
    if page_titles and meta.get("og:title"):
        return _without_site_name(_clean(page_titles[0]), names)
    if headings:
        return headings[0]
    return _without_site_name(_clean(page_titles[0]), names) if page_titles else ""


def _headings(root: HtmlElement) -> list[str]:
    """Texts of the page's <h1>s outside chrome and the site header, without kickers."""
    found = []
    for heading in root.iter("h1"):
        if maintext.in_chrome(heading) or maintext.in_page_header(heading):
            continue
        heading = copy.deepcopy(heading)
        for label in list(heading.iter(etree.Element)):  # not its comments
            if label is not heading and _KICKER_NAME.search(label.get("class", "")):
                label.drop_tree()
        text = _without_kicker(_clean(heading.text_content()))
        if text:
            found.append(text)
    return found


def _segments(title: str) -> list[str]:
    """Ways to cut a page title at its separators: the whole, every prefix and every suffix."""
    cuts = [(match.start(), match.end()) for match in _TITLE_SEPARATOR.finditer(title)]
    pieces = [title]
    for start, end in cuts:
        pieces.append(title[:start].strip())
        pieces.append(title[end:].strip())
    return [_without_kicker(piece) for piece in pieces]


def _site_names(meta: dict[str, str], url: str) -> list[str]:
    names = [meta.get("og:site_name", "").lower()]
    host = urlsplit(url).hostname or ""
    labels = [label for label in host.split(".") if label not in ("www", "en", "ru", "az")]
    if len(labels) >= 2:
        names.append(labels[-2])
    return [name for name in names if name]


def _without_site_name(title: str, names: list[str]) -> str:
    """'Headline | APA' and 'Today.Az - Headline' -> 'Headline'."""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return _without_kicker(title)
    first = title[: separators[0].start()].strip()
    last = title[separators[-1].end() :].strip()
    if _looks_like_site(first, names) and not _looks_like_site(last, names):
        return _without_kicker(title[separators[0].end() :].strip())
    headline = title[: separators[-1].start()].strip()
    return _without_kicker(headline or title)


def _looks_like_site(piece: str, names: list[str]) -> bool:
    lowered = piece.lower()
    return bool(_DOMAIN.search(piece)) or any(name and name in lowered for name in names)


def _without_kicker(title: str) -> str:
    """'PHOTO: Headline', 'ВИДЕО | Headline' -> 'Headline'."""
    stripped = _KICKER_WORDS.sub("", title, count=1).strip()
    return stripped or title


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
