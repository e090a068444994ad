"""UTF-8 under a single-byte charset label is read as UTF-8; real single-byte text is not."""

from __future__ import annotations

from parsers.article import decode_body, utf8_despite_label

TEXT = "Жертвами мин стали 334 человека; Ağdam rayonunda mina"


def test_utf8_labelled_latin1_in_the_header_is_read_as_utf8() -> None:
    body = TEXT.encode("utf-8")
    assert utf8_despite_label(body, "cp1252") == TEXT
    assert decode_body(body, "text/html; charset=ISO-8859-1") == TEXT


def test_utf8_labelled_windows_1252_in_a_meta_tag_is_read_as_utf8() -> None:
    body = f'<meta charset="windows-1252"><p>{TEXT}</p>'.encode()
    assert decode_body(body, "text/html") == f'<meta charset="windows-1252"><p>{TEXT}</p>'


def test_utf8_labelled_windows_1251_or_koi8_is_read_as_utf8() -> None:
    assert decode_body(TEXT.encode(), "text/html; charset=windows-1251") == TEXT
    assert decode_body(TEXT.encode(), "text/html; charset=koi8-r") == TEXT


def test_real_windows_1251_text_keeps_its_label() -> None:
    body = "Жертвами мин стали 334 человека".encode("cp1251")
    assert utf8_despite_label(body, "windows-1251") is None
    assert decode_body(body, "text/html; charset=windows-1251") == "Жертвами мин стали 334 человека"


def test_real_latin_text_keeps_its_label() -> None:
    assert decode_body("café".encode("cp1252"), "text/html; charset=iso-8859-1") == "café"


def test_ascii_and_unlabelled_bodies_are_left_to_the_usual_decoding() -> None:
    assert utf8_despite_label(b"12 mines", "iso-8859-1") is None
    assert decode_body(b"12 mines", "text/html; charset=iso-8859-1") == "12 mines"
    assert decode_body(TEXT.encode(), "text/html") == TEXT


def test_a_multi_byte_or_unknown_label_is_trusted() -> None:
    assert utf8_despite_label(TEXT.encode(), "Shift_JIS") is None
    assert utf8_despite_label(TEXT.encode(), "no-such-codec") is None
    # read as browsers read the label (WHATWG): Shift_JIS as its superset cp932
    assert decode_body(TEXT.encode(), "text/html; charset=Shift_JIS") == TEXT.encode().decode(
        "cp932", errors="replace"
    )


def test_an_unlabelled_windows_1251_page_is_read_as_cyrillic() -> None:
    page = (
        "<html><head><title>Подрыв на мине</title></head><body><p>Житель села Кенгерли "
        "подорвался на противотанковой мине в Агдамском районе, сообщили в агентстве.</p>"
        "</body></html>"
    )
    assert decode_body(page.encode("cp1251"), None) == page
    assert decode_body(page.encode("cp1251"), "text/html") == page


def test_a_label_no_codec_knows_leaves_the_choice_to_the_bytes() -> None:
    page = "<html><body><p>Житель села подорвался на мине в Агдамском районе.</p></body></html>"
    assert decode_body(page.encode("cp1251"), "text/html; charset=x-no-such") == page
