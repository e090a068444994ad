"""HTML pages -> Article: title, publication date, main text without chrome, language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from parsers.article import decode_body, looks_like_html, parse
from parsers.models import Article, Selectors
from parsers.published import parse_date_text

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"
REPO = Path(__file__).parent.parent.parent

APA = Selectors(
    title="h1.title_news, h2.title_news",
    published="span.date, div.date_news",
    body="div.news_content div.texts[itemprop=articleBody]",
)
REPORT = Selectors(
    title="h1.section-title", published="ul.news__date li", body="div.news-detail__desc p"
)
TREND = Selectors(
    title="h1",
    published="meta[itemprop=datePublished]::attr(content)",
    body="div.article-content p",
)


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def article(name: str, selectors: Selectors | None = None) -> Article:
    return parse(page(name), url=f"https://example.test/{name}", selectors=selectors)


# --- title ----------------------------------------------------------------------


def test_title_comes_from_the_selector():
    assert article("apa_az.html", APA).title == "ANAMA: Kəlbəcərdə 98 mina aşkarlanıb"


def test_title_comes_from_og_title_before_the_page_title():
    title = article("trend_en.html").title
    assert title == "Azerbaijan reveals number of mine victims since 2020 war"


def test_title_skips_a_logo_h1_in_the_site_header():
    # mfa_en.html: the only <h1> is the site name in <header>; the <title> carries the headline
    assert article("mfa_en.html").title == "Statement of the Ministry on mine victims"


def test_title_from_the_title_tag_loses_the_site_name():
    html = "<html><head><title>Mines found in Aghdam - APA</title></head><body></body></html>"
    assert parse(html, "u").title == "Mines found in Aghdam"


def test_title_from_h1_when_there_is_no_og_title():
    assert article("mod_ru.html").title == "Военнослужащий подорвался на мине в Физули"


# --- publication date -------------------------------------------------------------


def test_date_from_selector_with_azerbaijani_month_name():
    assert article("apa_az.html", APA).published == "2026-02-21"


def test_date_from_selector_list_items_with_comma_and_separate_time():
    assert article("report_az.html", REPORT).published == "2024-12-01"


def test_date_from_selector_attribute():
    assert article("trend_en.html", TREND).published == "2022-11-24"


def test_iso_timestamp_keeps_the_baku_day_not_the_utc_day():
    # 2022-11-24T01:00+04:00 is 2022-11-23T21:00 UTC
    assert article("trend_en.html").published == "2022-11-24"


def test_date_from_json_ld_graph():
    # azertag_en.html: the header says 23.11.2022 and a script mentions 2021-01-01
    assert article("azertag_en.html").published == "2022-11-24"


def test_time_element_in_a_sidebar_is_not_the_publication_date():
    # mfa_en.html: a sidebar <time> (2022-11-20) comes before the article's own
    assert article("mfa_en.html").published == "2022-11-24"


def test_date_from_an_element_named_as_a_date_in_russian():
    assert article("mod_ru.html").published == "2022-11-24"


def test_a_date_in_the_article_text_is_not_taken():
    html = "<html><body><article><p>On 24 November 2022, 12 mines were found near Shusha, the agency said today.</p></article></body></html>"
    assert parse(html, "u").published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 fevral 2026", "2026-02-21"),
        ("01 dekabr, 2024", "2024-12-01"),
        ("24 ноября 2022", "2022-11-24"),
        ("24.11.2022 14:05", "2022-11-24"),
        ("24.11.2022 [01:05]", "2022-11-24"),
        ("November 24, 2022", "2022-11-24"),
        ("2022-11-24T01:00:00+04:00", "2022-11-24"),
        ("Published: 24.11.2022, 14:05", "2022-11-24"),
    ],
)
def test_written_dates_parse(text, expected):
    assert parse_date_text(text) == expected


@pytest.mark.parametrize("text", ["21 fevral", "24 ноября", "Nov 24", "17:44", "yesterday", ""])
def test_a_date_without_a_year_is_no_date(text):
    assert parse_date_text(text) is None


def test_impossible_iso_date_is_no_date():
    assert parse_date_text("2022-02-30T10:00:00") is None


# --- main text --------------------------------------------------------------------


def test_body_selector_gives_the_text_of_the_selected_elements():
    text = article("report_az.html", REPORT).text
    assert text.startswith("Ağdam rayonunda 1 mülki şəxs tank əleyhinə minaya düşərək yaralanıb.")
    assert text.endswith("minaya düşənlərin sayı 380-ə çatıb.")


def test_body_selector_that_matches_nothing_falls_back_to_generic_extraction():
    text = article("trend_en.html", Selectors(body="div.no-such-block")).text
    assert "A total of 2,728 people" in text


def test_paragraphs_are_separated_by_blank_lines():
    text = article("trend_en.html").text
    assert "said in a statement.\n\nOut of them 1,119 people" in text


def test_generic_extraction_keeps_every_article_paragraph():
    text = article("azertag_en.html").text
    assert "120 anti-personnel landmines" in text
    assert "1,250 hectares" in text
    assert "45 civilians have been killed" in text


@pytest.mark.parametrize(
    "chrome",
    [
        "300 mines defused in Aghdam",  # sidebar headlines
        "Two civilians injured in mine blast",  # "Read also:" link
        "Shares: 340",  # share bar
        "15342 visitors",  # footer
        "Politics",  # navigation
    ],
)
def test_generic_extraction_drops_azertag_chrome(chrome):
    assert chrome not in article("azertag_en.html").text


@pytest.mark.parametrize(
    "chrome",
    [
        "300 landmines were found during the past week",  # related posts
        "5,000 mines more",  # reader comment
        "Leave a Reply",
        "2 Mins read",
        "3 kinds of cookies",  # cookie banner
        "1,204",  # share count
        "1 million mines planted",  # sidebar widget
        "20,000 readers",  # footer
    ],
)
def test_generic_extraction_drops_trend_chrome(chrome):
    assert chrome not in article("trend_en.html").text


def test_generic_extraction_drops_azerbaijani_related_news():
    text = article("apa_az.html").text
    assert "98 tank əleyhinə mina" in text
    assert "1 500 mina" not in text
    assert "Oxşar xəbərlər" not in text
    assert "400 hektar" not in text


def test_generic_extraction_drops_digər_xəbərlər_and_inline_adverts():
    text = article("report_az.html").text
    assert "380-ə çatıb" in text
    assert "Füzulidə 12 mina" not in text
    assert "50% endirim" not in text


def test_generic_extraction_drops_russian_related_news():
    text = article("mod_ru.html").text
    assert "подрыва на противопехотной мине" in text
    assert "1 200 мин" not in text


def test_related_posts_heading_inside_the_article_body_cuts_what_follows():
    text = article("mfa_en.html").text
    assert "Paragraph 4 of the Trilateral Statement" in text
    assert "92 maps" not in text
    assert "Minister met UN envoy" not in text


# --- language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("azertag_en.html", "en"),
        ("apa_az.html", "az"),
        ("mod_ru.html", "ru"),  # no lang attribute: detected from Cyrillic
        ("report_az.html", "az"),  # no lang attribute: detected from ə
        ("trend_en.html", "en"),  # lang="en-US"
    ],
)
def test_language_of_each_page(name, language):
    assert article(name).language == language


def test_url_is_kept():
    assert article("mod_ru.html").url == "https://example.test/mod_ru.html"


# --- bad input --------------------------------------------------------------------


@pytest.mark.parametrize("html", ["", "   \n", "<html></html>", "<p></p>", "\x01\x02\x03"])
def test_empty_or_junk_pages_give_an_empty_article(html):
    result = parse(html, "u")
    assert (result.title, result.published, result.text) == ("", None, "")


def test_malformed_html_still_gives_its_text():
    text = article("malformed.html").text
    assert "12 mines were found near Shusha" in text
    assert "3 people were injured" in text


def test_xml_declaration_in_a_string_is_accepted():
    html = '<?xml version="1.0" encoding="windows-1251"?><html><body><p>Ninety-eight mines were found in Kalbajar this week, ANAMA said.</p></body></html>'
    assert "Ninety-eight mines" in parse(html, "u").text


def test_bad_selector_is_ignored():
    result = article("trend_en.html", Selectors(title="h1[", published="::", body="div..x"))
    assert result.title == "Azerbaijan reveals number of mine victims since 2020 war"
    assert "2,728" in result.text


# --- looks_like_html --------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(path.name for path in PAGES.glob("*.html")))
def test_fixture_pages_look_like_html(name):
    assert looks_like_html(page(name))


def test_plain_text_does_not_look_like_html():
    assert not looks_like_html(page("plain.txt"))


def test_fragment_starting_with_a_tag_looks_like_html():
    assert looks_like_html("\n<div class='x'><p>12 mines</p></div>")


# --- decode_body ------------------------------------------------------------------

RUSSIAN = "<html><body><p>Обнаружено 12 мин</p></body></html>"


def test_header_charset_is_honoured():
    body = RUSSIAN.encode("windows-1251")
    assert "Обнаружено" in decode_body(body, "text/html; charset=windows-1251")


def test_meta_charset_is_used_without_a_header_charset():
    body = ('<meta charset="windows-1251">' + RUSSIAN).encode("windows-1251")
    assert "Обнаружено" in decode_body(body, "text/html")


def test_http_equiv_meta_charset_is_used():
    body = (
        '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">' + RUSSIAN
    ).encode("koi8-r")
    assert "Обнаружено" in decode_body(body, None)


def test_header_charset_wins_over_meta_charset():
    body = ('<meta charset="koi8-r">' + RUSSIAN).encode("utf-8")
    assert "Обнаружено" in decode_body(body, "text/html; charset=UTF-8")


def test_utf8_is_the_default_and_bad_bytes_are_replaced():
    text = decode_body("Kəlbəcər".encode() + b"\xff", None)
    assert text == "Kəlbəcər\ufffd"


def test_unknown_charset_label_falls_back_to_utf8():
    assert decode_body("Kəlbəcər".encode(), "text/html; charset=no-such-codec") == "Kəlbəcər"


def test_byte_order_mark_decides_the_encoding():
    assert decode_body(b"\xef\xbb\xbfK\xc9\x99", "text/html; charset=latin-1") == "Kə"


def test_latin1_label_reads_as_windows_1252():
    assert decode_body(b"\x93quoted\x94", "text/html; charset=ISO-8859-1") == "“quoted”"


# --- purity -----------------------------------------------------------------------


def test_parsers_import_no_crawler_store_or_network_libraries():
    modules = sorted(
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for path in (REPO / "parsers").rglob("*.py")
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "from parsers.article import parse\n"
        "parse(open(sys.argv[1], encoding='utf-8').read(), 'u')\n"
        "banned = ('scrapy', 'sqlalchemy', 'twisted', 'apscheduler', 'requests', 'httpx')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in banned))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(PAGES / "azertag_en.html")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    assert {"parsers.article", "parsers.extraction.metrics", "parsers.vocab"} <= set(modules)
    assert result.stdout.strip() == "[]"


# --- page-set findings (tests/fixtures/pages_eval) ----------------------------------


def test_og_title_loses_the_site_name_the_h1_leaves_out():
    html = (
        "<html><head><meta property='og:title' content='Mines found in Aghdam | APA'></head>"
        "<body><h1>Mines found in Aghdam</h1></body></html>"
    )
    assert parse(html, "https://apa.az/x").title == "Mines found in Aghdam"


def test_a_kicker_in_the_headline_is_not_part_of_the_title():
    html = (
        "<html><head><title>Mines found | APA</title></head><body>"
        "<h1><span class='kicker'>PHOTO</span> Mines found</h1></body></html>"
    )
    assert parse(html, "u").title == "Mines found"


def test_a_site_name_before_the_headline_in_the_title_tag_is_dropped():
    html = (
        "<html><head><title>Today.Az - Three civilians injured</title></head><body></body></html>"
    )
    assert parse(html, "u").title == "Three civilians injured"


def test_the_top_bar_date_is_not_the_publication_date():
    html = (
        "<html><body><div class='header-top'><span class='header-date'>13 June 2025</span></div>"
        "<h1>Mine blast in Tartar</h1><ul class='news__date'><li>01 dekabr, 2024</li>"
        "<li>23:43</li></ul><p>A civilian was injured.</p></body></html>"
    )
    assert parse(html, "u").published == "2024-12-01"


def test_a_date_line_beside_the_headline_is_taken_without_a_date_class():
    html = (
        "<html><body><div class='feed'><span>23 noyabr 2022, 22:10</span><a href='/1'>x</a></div>"
        "<h1>Traktor minaya düşüb</h1><span class='meta-item'>24 noyabr 2022, 14:05</span>"
        "<p>Füzuli rayonunda traktor minaya düşüb.</p></body></html>"
    )
    assert parse(html, "u").published == "2022-11-24"


def test_a_json_ld_timestamp_after_midnight_in_baku_keeps_the_baku_day():
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"dateModified": "2025-12-01T12:00:00+04:00", '
        '"datePublished": "2024-06-01T00:05:00+04:00"}</script></head><body></body></html>'
    )
    assert parse(html, "u").published == "2024-06-01"


def test_a_photo_caption_with_numbers_stays_out_of_the_text():
    html = (
        "<html><body><div class='news-content'><p>Deminers found 98 anti-tank mines in Kalbajar district this week.</p>"
        "<figure><img src='a.jpg'><figcaption>2,300 hectares were checked in 2022</figcaption></figure>"
        "<p class='photo-text'><img src='b.jpg'><br>On the photo: 3 machines</p>"
        "<p>Clearance operations continue in Aghdam, Fuzuli and Jabrayil districts.</p></div></body></html>"
    )
    text = parse(html, "u").text
    assert "2,300" not in text and "3 machines" not in text
    assert "98 anti-tank mines" in text


def test_a_most_read_box_with_summaries_inside_the_article_stays_out():
    html = (
        "<html><body><div class='article'><h1>Traktor minaya düşüb</h1><div class='article-text'>"
        "<p>Füzuli rayonunun Qaraxanbəyli kəndi ərazisində traktor tank əleyhinə minaya düşüb.</p>"
        "<p>Hadisə nəticəsində 1968-ci il təvəllüdlü traktor sürücüsü həlak olub.</p></div>"
        "<div class='box-popular'><ol><li><a href='/1'>Ağdamda 1 500 mina</a> <p>ANAMA-nın son "
        "həftəlik hesabatında 1 500 minanın zərərsizləşdirildiyi, 2 000 hektarın təmizləndiyi "
        "bildirilir.</p></li></ol></div></div></body></html>"
    )
    assert "1 500" not in parse(html, "u").text


def test_text_split_by_br_in_a_cell_keeps_its_paragraphs_and_not_the_date_line():
    html = (
        "<html><body><table><tr><td><div class='zag'><b>Three civilians injured</b></div>"
        "<div class='datenews'>07 June 2021 [18:30] - Today.Az</div><div class='cont'>"
        "<img src='p.jpg'><i>Photo: Prosecutor General's Office</i><br><br>"
        "Three civilians were injured after their car hit an anti-tank mine in Fuzuli district.<br><br>"
        "The incident happened on the road between Horadiz and Fuzuli, the office said.</div>"
        "</td></tr></table></body></html>"
    )
    assert parse(html, "u").text == (
        "Three civilians were injured after their car hit an anti-tank mine in Fuzuli district."
        "\n\nThe incident happened on the road between Horadiz and Fuzuli, the office said."
    )


def test_a_comment_inside_the_h1_is_left_out_of_the_title():
    page = (
        "<html><body><h1>Mines <!-- kicker --> found in Fuzuli</h1>"
        "<p>Teams found 45 mines in Fuzuli on Monday, the agency said in its report.</p>"
        "</body></html>"
    )
    assert parse(page, url="https://news.example/a").title == "Mines found in Fuzuli"
