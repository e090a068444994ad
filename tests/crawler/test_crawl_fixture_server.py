"""The fixture server behaves like the sites it stands in for: validators, 304s, robots.txt."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from crawler.demo.server import FixtureSites

ARTICLE = "/en/news/1204-statement-of-the-ministry-on-the-international-day-for-mine-awareness"


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def test_each_site_has_its_own_port_on_loopback(sites: FixtureSites) -> None:
    bases = {sites.base_url(name) for name in ("ministry", "newsagency", "mineagency")}
    assert len(bases) == 3
    assert all(base.startswith("http://127.0.0.1:") for base in bases)


def test_a_directory_path_serves_its_index(sites: FixtureSites) -> None:
    status, headers, body = get(sites.base_url("ministry") + "/en/news")
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert "/en/news?page=2" in body


def test_a_query_string_selects_its_own_file(sites: FixtureSites) -> None:
    _, _, body = get(sites.base_url("ministry") + "/en/news?page=2")
    assert "News, page 2" in body


def test_a_path_without_suffix_is_served_as_html(sites: FixtureSites) -> None:
    status, headers, _ = get(sites.base_url("ministry") + ARTICLE)
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")


def test_feeds_carry_absolute_links_to_their_own_site(sites: FixtureSites) -> None:
    _, _, feed = get(sites.base_url("newsagency") + "/rss.xml")
    assert f"<link>{sites.base_url('newsagency')}/en/news/politics/88412.html</link>" in feed
    assert "{{" not in feed


def test_localbase_names_the_same_site_as_localhost(sites: FixtureSites) -> None:
    _, _, feed = get(sites.base_url("newsagency") + "/rss.xml")
    assert sites.local_base_url("newsagency") + "/en/news/politics/88377.html" in feed


def test_a_matching_etag_gets_304(sites: FixtureSites) -> None:
    url = sites.base_url("ministry") + ARTICLE
    _, headers, _ = get(url)
    status, _, body = get(url, {"If-None-Match": headers["ETag"]})
    assert (status, body) == (304, "")


def test_if_modified_since_at_last_modified_gets_304(sites: FixtureSites) -> None:
    url = sites.base_url("ministry") + ARTICLE
    _, headers, _ = get(url)
    status, _, _ = get(url, {"If-Modified-Since": headers["Last-Modified"]})
    assert status == 304


def test_a_stale_etag_decides_even_with_a_current_date(sites: FixtureSites) -> None:
    url = sites.base_url("ministry") + ARTICLE
    _, headers, _ = get(url)
    status, _, _ = get(
        url, {"If-None-Match": '"stale"', "If-Modified-Since": headers["Last-Modified"]}
    )
    assert status == 200


def test_set_page_serves_new_content_with_new_validators(sites: FixtureSites) -> None:
    url = sites.base_url("ministry") + ARTICLE
    _, before, _ = get(url)
    sites.set_page("ministry", ARTICLE, "<html><body>{{base}} edited</body></html>")
    status, after, body = get(url, {"If-None-Match": before["ETag"]})
    assert status == 200
    assert body == f"<html><body>{sites.base_url('ministry')} edited</body></html>"
    assert after["ETag"] != before["ETag"]
    assert after["Last-Modified"] != before["Last-Modified"]


def test_a_site_without_validators_never_answers_304(sites: FixtureSites) -> None:
    url = sites.base_url("mineagency") + "/en/news/412"
    status, headers, _ = get(url, {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"})
    assert status == 200
    assert "ETag" not in headers
    assert "Last-Modified" not in headers


def test_set_status_makes_a_page_fail(sites: FixtureSites) -> None:
    sites.set_status("ministry", "/en/news", 503)
    status, _, _ = get(sites.base_url("ministry") + "/en/news")
    assert status == 503


def test_the_fail_path_answers_its_status(sites: FixtureSites) -> None:
    status, _, _ = get(sites.base_url("newsagency") + "/_fail/500")
    assert status == 500


def test_robots_txt_disallows_the_internal_news(sites: FixtureSites) -> None:
    _, _, robots = get(sites.base_url("ministry") + "/robots.txt")
    assert "Disallow: /en/news/internal/" in robots


def test_a_path_outside_the_site_is_not_found(sites: FixtureSites) -> None:
    status, _, _ = get(sites.base_url("ministry") + "/../newsagency/rss.xml")
    assert status == 404


def test_requests_are_logged_with_status_and_user_agent(sites: FixtureSites) -> None:
    get(sites.base_url("ministry") + "/en/news", {"User-Agent": "probe/1"})
    assert sites.requests_to("ministry")[-1].path == "/en/news"
    assert sites.requests_to("ministry")[-1].user_agent == "probe/1"
    assert sites.requests_to("ministry")[-1].status == 200


def test_an_unknown_site_is_named_in_the_error(sites: FixtureSites) -> None:
    with pytest.raises(KeyError, match="no fixture site 'nope'"):
        sites.base_url("nope")
