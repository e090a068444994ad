"""The sources file: what a valid one gives, and how every kind of mistake is reported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.config import (
    Config,
    Settings,
    Source,
    load_config,
    resolve_db_url,
)
from crawler.errors import ConfigError, ExitCode
from parsers.models import Selectors

FIXTURES = Path(__file__).parent.parent / "fixtures" / "config"
REPO = Path(__file__).parent.parent.parent
SHIPPED = REPO / "sources.toml"

SOURCE = """
[[sources]]
name = "ministry"
start_urls = ["https://ministry.example/en/news"]
article_pattern = "/en/news/\\\\d+"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> ConfigError:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return caught.value


# --- a valid file ---------------------------------------------------------------


def test_valid_file_gives_settings_as_written():
    config = load_config(FIXTURES / "valid.toml")
    assert config.settings == Settings(
        db="data/watch.db",
        user_agent="minewatch-test/1.0",
        download_delay=0.5,
        schedule="30 5 * * 1-5",
        timezone="Asia/Baku",
        max_page_bytes=2048,
    )


def test_valid_file_gives_sources_in_file_order():
    config = load_config(FIXTURES / "valid.toml")
    assert [source.name for source in config.sources] == ["ministry", "agency-feed"]


def test_source_fields_are_read_with_compiled_patterns():
    ministry = load_config(FIXTURES / "valid.toml").source("ministry")
    assert ministry.article_pattern.search("http://127.0.0.1:8000/en/news/42")
    assert ministry.follow_pattern.search("http://127.0.0.1:8000/en/news?page=3")
    assert ministry.max_pages == 20
    assert ministry.keywords == ("mine", "landmine")
    assert ministry.selectors == Selectors(
        title="h1", published="time::attr(datetime)", body="div.news-content"
    )


def test_allowed_domains_are_the_hosts_of_the_urls_without_www_or_port():
    ministry = load_config(FIXTURES / "valid.toml").source("ministry")
    assert ministry.allowed_domains == ("127.0.0.1", "ministry.example")


def test_omitted_optional_keys_take_defaults():
    config = load_config(FIXTURES / "minimal.toml")
    assert config.settings == Settings()
    assert config.sources == (
        Source(
            name="only-feed",
            feeds=("https://feed.example/rss.xml",),
            allowed_domains=("feed.example",),
        ),
    )


def test_config_records_the_path_it_came_from():
    config = load_config(FIXTURES / "minimal.toml")
    assert isinstance(config, Config)
    assert config.path == str(FIXTURES / "minimal.toml")


def test_keywords_match_at_a_word_start_in_any_case():
    source = Source(name="s", feeds=("https://a.example/rss",), keywords=("mina", "ANAMA"))
    assert source.keeps("Ağdamda 12 minaya rast gəlinib")
    assert source.keeps("anama reported")
    assert not source.keeps("Kamina reported nothing")


def test_a_source_without_keywords_keeps_every_article():
    assert Source(name="s", feeds=("https://a.example/rss",)).keeps("anything")


# --- mistakes -------------------------------------------------------------------


def test_missing_file_is_named(tmp_path):
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=re.escape(str(missing)) + ".*file not found"):
        load_config(missing)


def test_config_errors_exit_with_usage_code(tmp_path):
    assert error_for(tmp_path, "[[sources]]\nname = 'x'\n").exit_code == ExitCode.USAGE


def test_toml_syntax_error_gives_line_and_column(tmp_path):
    error = error_for(tmp_path, "[settings]\ndb = \n")
    assert "line 2, column" in str(error)
    assert str(tmp_path / "sources.toml") in str(error)


def test_unknown_source_key_names_source_field_and_allowed_keys(tmp_path):
    error = error_for(tmp_path, SOURCE + 'keyword = ["mine"]\n')
    assert (error.source, error.field) == ("ministry", "keyword")
    assert "allowed:" in str(error) and "keywords" in str(error)


def test_unknown_settings_key_lists_allowed_keys(tmp_path):
    error = error_for(tmp_path, "[settings]\ndelay = 1\n" + SOURCE)
    assert error.field == "delay"
    assert "download_delay" in str(error)


def test_unknown_selector_key_is_rejected(tmp_path):
    error = error_for(tmp_path, SOURCE + "[sources.selectors]\ndate = 'time'\n")
    assert (error.source, error.field) == ("ministry", "date")
    assert "published" in str(error)


def test_unknown_top_level_key_is_rejected(tmp_path):
    error = error_for(tmp_path, "[setting]\ndb = 'x'\n" + SOURCE)
    assert error.field == "setting"


def test_wrong_type_names_expected_and_given(tmp_path):
    error = error_for(tmp_path, SOURCE + 'max_pages = "200"\n')
    assert error.field == "max_pages"
    assert "expected an integer, got str" in str(error)


def test_boolean_is_not_a_number(tmp_path):
    error = error_for(tmp_path, "[settings]\ndownload_delay = true\n" + SOURCE)
    assert error.field == "download_delay"


def test_url_list_must_be_a_list_of_strings(tmp_path):
    error = error_for(tmp_path, SOURCE + "feeds = 'https://a.example/rss'\n")
    assert error.field == "feeds"
    assert "a list of strings" in str(error)


def test_bad_regex_is_reported_with_its_field(tmp_path):
    error = error_for(tmp_path, SOURCE + "follow_pattern = '[?&page=\\\\d+'\n")
    assert (error.source, error.field) == ("ministry", "follow_pattern")
    assert "bad regular expression" in str(error)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://ministry.example/news",
        "https:///news",
        "ministry.example/news",
        "http://[::1",
        "http://127.0.0.1:99999/",
        "http://h:/",
        "http://exa mple.com/",
        "http://ministry.example/a\\nb",
    ],
)
def test_url_must_be_http_with_a_host(tmp_path, url):
    error = error_for(tmp_path, SOURCE + f'feeds = ["{url}"]\n')
    assert error.field == "feeds"
    assert url in str(error)


@pytest.mark.parametrize("key", ["download_delay", "request_timeout"])
def test_a_delay_or_timeout_longer_than_a_day_is_rejected(tmp_path, key):
    error = error_for(tmp_path, f"[settings]\n{key} = 1e300\n" + SOURCE)
    assert error.field == key
    assert "at most 86400" in str(error)


def test_duplicate_name_is_rejected(tmp_path):
    error = error_for(tmp_path, SOURCE + SOURCE)
    assert (error.source, error.field) == ("ministry", "name")
    assert "duplicate" in str(error)


@pytest.mark.parametrize("name", ["Ministry", "mfa az", "mfa_az", "", "a" * 65])
def test_bad_name_is_rejected(tmp_path, name):
    text = f'[[sources]]\nname = "{name}"\nfeeds = ["https://a.example/rss"]\n'
    error = error_for(tmp_path, text)
    assert (error.source, error.field) == ("#1", "name")


def test_missing_name_is_rejected(tmp_path):
    error = error_for(tmp_path, '[[sources]]\nfeeds = ["https://a.example/rss"]\n')
    assert error.field == "name"


@pytest.mark.parametrize("value", ["0", "-5"])
def test_max_pages_must_be_positive(tmp_path, value):
    error = error_for(tmp_path, SOURCE + f"max_pages = {value}\n")
    assert error.field == "max_pages"
    assert "positive" in str(error)


def test_negative_delay_is_rejected(tmp_path):
    error = error_for(tmp_path, "[settings]\ndownload_delay = -1.0\n" + SOURCE)
    assert error.field == "download_delay"


def test_source_needs_a_start_url_feed_or_sitemap(tmp_path):
    error = error_for(tmp_path, '[[sources]]\nname = "empty"\nkeywords = ["mine"]\n')
    assert error.source == "empty"
    assert "start_urls, feeds, sitemaps" in str(error)


def test_listing_source_needs_an_article_pattern(tmp_path):
    text = '[[sources]]\nname = "listing"\nstart_urls = ["https://a.example/news"]\n'
    error = error_for(tmp_path, text)
    assert (error.source, error.field) == ("listing", "article_pattern")


@pytest.mark.parametrize("schedule", ["0 6 * *", "61 6 * * *", "every day", "0 6 30 2 *"])
def test_bad_cron_expression_is_rejected(tmp_path, schedule):
    error = error_for(tmp_path, f'[settings]\nschedule = "{schedule}"\n' + SOURCE)
    assert error.field == "schedule"
    assert "minute hour day month weekday" in str(error)


def test_sunday_as_seven_is_accepted_as_the_daemon_reads_it(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text('[settings]\nschedule = "0 6 * * 7"\n' + SOURCE, encoding="utf-8")
    assert load_config(path).settings.schedule == "0 6 * * 7"


def test_unknown_timezone_is_rejected_with_suggestions(tmp_path):
    error = error_for(tmp_path, '[settings]\ntimezone = "Asia/Bakuu"\n' + SOURCE)
    assert error.field == "timezone"
    assert "Asia/Baku" in str(error)


def test_bad_css_selector_is_rejected(tmp_path):
    error = error_for(tmp_path, SOURCE + "[sources.selectors]\nbody = 'div..x'\n")
    assert (error.source, error.field) == ("ministry", "selectors.body")


def test_file_without_sources_is_rejected(tmp_path):
    error = error_for(tmp_path, "[settings]\ntimezone = 'UTC'\n")
    assert error.field == "sources"


# --- the database URL -----------------------------------------------------------


def test_cli_db_value_wins_over_the_config(tmp_path):
    config = load_config(FIXTURES / "valid.toml")
    assert resolve_db_url("postgresql://u@db/minewatch", config) == "postgresql://u@db/minewatch"


def test_cli_plain_path_is_absolute_from_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_db_url("here.db", None) == f"sqlite:///{tmp_path / 'here.db'}"


def test_config_db_path_is_relative_to_the_config_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(FIXTURES / "valid.toml")
    assert resolve_db_url(None, config) == f"sqlite:///{FIXTURES.resolve() / 'data/watch.db'}"


def test_config_relative_sqlite_url_is_relative_to_the_config_folder(tmp_path):
    path = write(tmp_path / "", "[settings]\ndb = 'sqlite:///sub/w.db'\n" + SOURCE)
    assert resolve_db_url(None, load_config(path)) == f"sqlite:///{tmp_path / 'sub/w.db'}"


def test_absolute_sqlite_url_is_kept():
    assert resolve_db_url("sqlite:////var/lib/m.db", None) == "sqlite:////var/lib/m.db"


def test_default_db_is_minewatch_db_in_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(FIXTURES / "minimal.toml")
    assert resolve_db_url(None, config) == f"sqlite:///{tmp_path / 'minewatch.db'}"


# --- the shipped sources.toml ---------------------------------------------------

# Article URLs as the sites publish them (layouts in the design notes on sources).
SHIPPED_ARTICLES = {
    "mfa-az": "https://www.mfa.gov.az/en/news/no5822-statement-of-the-ministry",
    "azertag-en": "https://azertag.az/en/xeber/mine_clearance_continues_in_kalbajar-2390122",
    "azertag-az": "https://azertag.az/xeber/kelbecerde_minalar_askarlanib-2390122",
    "apa-az": "https://apa.az/domestic-politics/anama-kelbecerde-minalar-tapildi-845123",
    "report-az": "https://report.az/daxili-siyaset/anama-minalar-askarlanib/",
    "report-en": "https://report.az/en/domestic-politics/anama-mines-found-in-kalbajar/",
    "trend-en": "https://en.trend.az/azerbaijan/politics/3673018.html",
    "trend-az": "https://az.trend.az/azerbaijan/politics/3673018.html",
    "trend-ru": "https://ru.trend.az/azerbaijan/politics/3673018.html",
    "news-az": "https://news.az/news/anama-over-100-mines-found-in-kalbajar",
}
# Listing pages must not be taken for articles.
SHIPPED_LISTINGS = {
    "mfa-az": "https://www.mfa.gov.az/en/news?page=2",
    "trend-en": "https://en.trend.az/azerbaijan/politics",
}


def test_shipped_sources_file_validates():
    config = load_config(SHIPPED)
    assert len(config.sources) >= 7


def test_shipped_sources_cover_ministries_and_four_agencies():
    domains = {
        domain for source in load_config(SHIPPED).sources for domain in source.allowed_domains
    }
    assert {"mfa.gov.az", "mod.gov.az", "anama.gov.az"} <= domains
    agencies = {"azertag.az", "apa.az", "report.az", "trend.az", "news.az"}
    covered = {agency for agency in agencies if any(d.endswith(agency) for d in domains)}
    assert len(covered) >= 4


@pytest.mark.parametrize("name", sorted(SHIPPED_ARTICLES))
def test_shipped_article_patterns_match_example_article_urls(name):
    source = load_config(SHIPPED).source(name)
    assert source.article_pattern.search(SHIPPED_ARTICLES[name])


@pytest.mark.parametrize("name", sorted(SHIPPED_LISTINGS))
def test_shipped_article_patterns_reject_listing_urls(name):
    source = load_config(SHIPPED).source(name)
    assert not source.article_pattern.search(SHIPPED_LISTINGS[name])


def test_shipped_mfa_follow_pattern_matches_its_pagination():
    source = load_config(SHIPPED).source("mfa-az")
    assert source.follow_pattern.search("https://www.mfa.gov.az/en/news?page=2")


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("mfa-az", "Landmine victims in the liberated territories"),
        ("mod-az", "Ağdam rayonunda minatəmizləmə işləri davam edir"),
        ("trend-ru", "В Кяльбаджаре обнаружены противопехотные мины"),
        ("apa-az", "ANAMA: Kəlbəcərdə 120 minaya rast gəlinib"),
    ],
)
def test_shipped_keywords_match_headlines_in_each_feed_language(name, headline):
    assert load_config(SHIPPED).source(name).keeps(headline)


def test_missing_name_says_it_is_missing(tmp_path):
    error = error_for(tmp_path, '[[sources]]\nfeeds = ["https://a.example/rss"]\n')
    assert str(error).endswith("source '#1': field 'name': missing: every source needs a name")


def test_a_request_timeout_of_zero_is_rejected(tmp_path):
    # Scrapy would read 0 as no timeout: one silent site would hang every pass
    error = error_for(tmp_path, "[settings]\nrequest_timeout = 0\n" + SOURCE)
    assert error.field == "request_timeout"
    assert "must be > 0" in str(error)


@pytest.mark.parametrize("value", ["nan", "inf", "+inf"])
def test_a_number_setting_must_be_finite(tmp_path, value):
    error = error_for(tmp_path, f"[settings]\ndownload_delay = {value}\n" + SOURCE)
    assert error.field == "download_delay"
    assert "must be a finite number" in str(error)


def test_a_file_that_is_not_utf8_names_the_line_and_column(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_bytes(SOURCE.encode() + "# Мины\n".encode("cp1251"))
    with pytest.raises(ConfigError, match=r"not UTF-8 text: byte 0xcc at line 6, column 3$"):
        load_config(path)


def test_a_directory_given_as_the_sources_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match=f"^{re.escape(str(tmp_path))}: cannot read: "):
        load_config(tmp_path)


def test_a_file_nested_thousands_of_levels_deep_is_one_clear_error(tmp_path):
    error = error_for(tmp_path, "a = " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nested too deeply" in str(error)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("sqlite:///", "in-memory"),
        ("sqlite://", "in-memory"),
        ("sqlite:///:memory:", "in-memory"),
        ("sqlite:////tmp/store.db?mode=ro", "no '?' options"),
        ("postgresql://u@h:notaport/x", "not a database URL"),
    ],
)
def test_a_db_url_that_cannot_keep_a_store_is_refused_naming_the_option(url, says):
    with pytest.raises(ConfigError) as raised:
        resolve_db_url(url, None)
    assert raised.value.field == "--db"
    assert says in str(raised.value)
