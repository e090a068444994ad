"""Which answers cannot be an article page, and which odd ones still are."""

from __future__ import annotations

import pytest

from crawler.page_checks import unusable_article

PAGE = "<html><body><h1>Mines</h1><p>12 landmine victims.</p></body></html>"


@pytest.mark.parametrize("body", [b"", b"  \r\n\t "])
def test_an_empty_or_blank_answer_is_unusable(body: bytes) -> None:
    assert unusable_article(body, "text/html") == "empty answer"


def test_a_pdf_is_named_as_such_whatever_its_declared_type() -> None:
    assert unusable_article(b"%PDF-1.7\n...", "text/html") == "a PDF document, not a web page"


def test_bytes_with_nul_and_no_bom_are_binary() -> None:
    assert unusable_article(b"\x00\x01\x02<html>", None) == "binary content, not a web page"


def test_an_image_type_without_markup_is_unusable() -> None:
    assert unusable_article(b"\x00\x00\x01\x00icon", "image/x-icon") is not None


def test_a_page_in_utf16_with_its_bom_is_a_page() -> None:
    assert unusable_article(b"\xff\xfe" + PAGE.encode("utf-16-le"), "text/html") is None


def test_html_sent_as_octet_stream_or_pdf_type_is_still_a_page() -> None:
    # misconfigured servers: the markup decides
    assert unusable_article(PAGE.encode(), "application/octet-stream") is None
    assert unusable_article(PAGE.encode(), "application/pdf") is None
