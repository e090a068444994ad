"""Whether an article's answer is a page at all, before it may replace the stored version.

A server that answers 200 with nothing (a glitch, a full disk behind a proxy) or with a
PDF or an image where the article was is a failed fetch, not a new version: stored, it
would become the article's current version and its figures would drop out of the
comparison. Such an answer is reported and the stored version stays current.
"""

from __future__ import annotations

from parsers.article import looks_like_html

# Leading bytes of formats that are never a web page.
BINARY_MAGIC = {
    b"%PDF-": "a PDF document",
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"RIFF": "a RIFF file (WebP image or audio)",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x1f\x8b": "gzip-compressed data",
}
# Text in UTF-16 or UTF-32 has NUL bytes; with a BOM it is still text.
TEXT_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")
NON_PAGE_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")
SNIFF_BYTES = 1024


def unusable_article(body: bytes, content_type: str | None) -> str | None:
    """Why ``body`` cannot be an article page (for the report), or None when it may be one."""
    if not body.strip():
        return "empty answer"
    for magic, what in BINARY_MAGIC.items():
        if body.startswith(magic):
            return f"{what}, not a web page"
    head = body[:SNIFF_BYTES]
    if b"\x00" in head and not head.startswith(TEXT_BOMS):
        return "binary content, not a web page"
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type.startswith(NON_PAGE_TYPES) and not looks_like_html(head.decode("latin-1")):
        return f"{media_type} content, not a web page"
    return None
