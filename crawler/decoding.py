"""A page's text when its declared charset is wrong the common way: UTF-8 labelled as Latin.

Servers and templates often declare ISO-8859-1 or windows-1252 (a default nobody
changed) for pages written in UTF-8; read as declared, every Cyrillic or Azerbaijani
letter turns into two or three Latin ones and no figure is found. Bytes of real text
in a single-byte charset are almost never valid UTF-8 once they hold a non-ASCII
letter, so valid UTF-8 with non-ASCII bytes is read as UTF-8 whatever the label says.
The pass and ``reextract`` both read bodies through this, so they agree.
"""

from __future__ import annotations

import re

from parsers.article import decode_body

HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
SINGLE_BYTE = re.compile(
    r"(?:iso-?8859-?\d+|latin-?\d|l\d|windows-?125\d|cp-?125\d|koi8-?[ru]|(?:us-)?ascii|mac\w*)$"
)
SNIFF_BYTES = 4096


def utf8_despite_label(body: bytes, content_type: str | None) -> str | None:
    """The body as UTF-8 when it is UTF-8 but labelled with a single-byte charset, else None."""
    if body.startswith(b"\xef\xbb\xbf"):
        return None  # a BOM already decides, for Scrapy and decode_body alike
    label = _declared(body, content_type)
    if label is None or not SINGLE_BYTE.match(label.lower()) or body.isascii():
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def page_text(body: bytes, content_type: str | None) -> str:
    """A stored body as text: UTF-8 mislabelled as above, else as ``decode_body`` reads it."""
    text = utf8_despite_label(body, content_type)
    return decode_body(body, content_type) if text is None else text


def _declared(body: bytes, content_type: str | None) -> str | None:
    if content_type and (found := HEADER_CHARSET.search(content_type)):
        return found.group(1)
    if found := META_CHARSET.search(body[:SNIFF_BYTES]):
        return found.group(1).decode("ascii", errors="replace")
    return None
