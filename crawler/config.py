"""The sources file (TOML) -> frozen Config, validated strictly.

Every mistake is reported before a pass starts, as a ConfigError naming the
file, the source and the field, and listing the allowed values where there is a
list: a typo in a key must not silently turn a source off.

Relative SQLite paths in ``settings.db`` (``"minewatch.db"`` or
``"sqlite:///data/minewatch.db"``) are relative to the folder of the sources
file, so a config works from whatever directory cron starts in.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crawler.errors import ConfigError
from parsers.keywords import mentions_keyword
from parsers.models import Selectors

DEFAULT_DB_FILE = "minewatch.db"
DEFAULT_USER_AGENT = "minewatch/0.1 (+https://example.org/contact)"
DEFAULT_SCHEDULE = "0 6 * * *"  # the daemon's: 06:00 every day
DEFAULT_TIMEZONE = "UTC"
NAME_PATTERN = re.compile(r"[a-z0-9-]+")
# Names are stored in a column of this width on every database (PostgreSQL enforces it).
NAME_MAX_LENGTH = 64
MAX_SECONDS = 24 * 3600.0  # a delay or timeout longer than a day never ends a daily pass


@dataclass(frozen=True, slots=True)
class Settings:
    db: str | None = None
    user_agent: str = DEFAULT_USER_AGENT
    download_delay: float = 1.0  # seconds between requests to one site
    schedule: str = DEFAULT_SCHEDULE  # 5-field crontab for the daemon
    timezone: str = DEFAULT_TIMEZONE
    max_page_bytes: int = 10 * 1024 * 1024  # larger pages are dropped and reported
    request_timeout: float = 30.0


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    start_urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    article_pattern: re.Pattern[str] | None = None  # which links are articles
    follow_pattern: re.Pattern[str] | None = None  # which links are more listing pages
    max_pages: int | None = None
    keywords: tuple[str, ...] = ()
    selectors: Selectors | None = None
    allowed_domains: tuple[str, ...] = ()

    def keeps(self, text: str) -> bool:
        """Whether an article's text matches one keyword (at a word start, any case)."""
        return mentions_keyword(text, self.keywords)


@dataclass(frozen=True, slots=True)
class Config:
    path: str
    settings: Settings
    sources: tuple[Source, ...]

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)


SETTINGS_KEYS = frozenset(Settings.__dataclass_fields__)
SOURCE_KEYS = frozenset(Source.__dataclass_fields__) - {"allowed_domains"}
SELECTOR_KEYS = frozenset(Selectors.__dataclass_fields__)
TOP_KEYS = frozenset({"settings", "sources"})


def load_config(path: str | os.PathLike[str]) -> Config:
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ConfigError(name, "file not found") from None
    except OSError as error:
        raise ConfigError(name, f"cannot read: {error.strerror or error}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise ConfigError(
            name, f"not UTF-8 text: byte {raw[error.start]:#04x} at line {line}, column {column}"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(name, f"TOML syntax error: {error}") from None
    except RecursionError:  # tomllib reads nested arrays and tables recursively
        raise ConfigError(name, "arrays or tables nested too deeply to read") from None
    return _Reader(name).config(data)


def timezone_named(name: str) -> ZoneInfo:
    """The IANA timezone ``name``, or ValueError saying so with the names closest to it.

    The one check of a timezone: the sources file's and the daemon's.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        from difflib import get_close_matches
        from zoneinfo import available_timezones

        close = get_close_matches(name, sorted(available_timezones()), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise ValueError(
            f"unknown timezone {name!r}: use an IANA name like UTC or Asia/Baku{hint}"
        ) from None


def resolve_db_url(cli_value: str | None, config: Config | None) -> str:
    """The store URL: the --db value, else the config's db, else minewatch.db here.

    A plain path becomes an absolute ``sqlite:////...`` URL; paths from the config
    are relative to the config file's folder, others to the working directory.
    """
    if cli_value:
        return _checked_db_url(_absolute_sqlite(cli_value, Path.cwd()), "command line", "--db")
    if config is not None and config.settings.db:
        url = _absolute_sqlite(config.settings.db, Path(config.path).resolve().parent)
        return _checked_db_url(url, config.path, "db")
    return _absolute_sqlite(DEFAULT_DB_FILE, Path.cwd())


def _checked_db_url(url: str, where: str, field: str) -> str:
    """``url``, once it names a store a pass can keep: no in-memory SQLite, a real port."""
    if "://" not in url:
        return url
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as error:
        raise ConfigError(where, f"not a database URL ({error})", field=field) from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            raise ConfigError(
                where, "an in-memory SQLite store keeps nothing: give a file path", field=field
            )
        if parsed.query:
            # sqlite3 ignores "?mode=ro" here, so a "read-only" store would be written
            raise ConfigError(
                where, "a SQLite store takes no '?' options: give the file path alone", field=field
            )
    return url


def _absolute_sqlite(value: str, base: Path) -> str:
    if "://" not in value:
        return "sqlite:///" + str((base / Path(value).expanduser()).resolve())
    prefix, sep, rest = value.partition(":///")
    if not (prefix.startswith("sqlite") and sep) or rest in ("", ":memory:"):
        return value
    if rest.startswith("/"):
        return value  # already absolute: sqlite:////abs/path
    return f"{prefix}:///{(base / rest).resolve()}"


class _Reader:
    """Validates the parsed TOML; ``where`` is (source, field) for error messages."""

    def __init__(self, path: str):
        self.path = path

    def fail(self, message: str, source: str | None = None, field: str | None = None):
        return ConfigError(self.path, message, source=source, field=field)

    def config(self, data: dict[str, Any]) -> Config:
        self.known_keys(data, TOP_KEYS, None, "top level")
        settings = self.settings(data.get("settings", {}))
        raw_sources = data.get("sources")
        if not isinstance(raw_sources, list) or not raw_sources:
            raise self.fail("no sources: add at least one [[sources]] table", field="sources")
        sources: list[Source] = []
        for index, raw in enumerate(raw_sources):
            source = self.source(raw, index)
            if any(known.name == source.name for known in sources):
                raise self.fail("duplicate source name", source=source.name, field="name")
            sources.append(source)
        return Config(path=self.path, settings=settings, sources=tuple(sources))

    def known_keys(
        self, table: Mapping[str, Any], allowed: frozenset[str], source: str | None, where: str
    ) -> None:
        for key in table:
            if key not in allowed:
                raise self.fail(
                    f"unknown key in {where}; allowed: {', '.join(sorted(allowed))}",
                    source=source,
                    field=key,
                )

    def settings(self, raw: Any) -> Settings:
        if not isinstance(raw, dict):
            raise self.fail("[settings] must be a table", field="settings")
        self.known_keys(raw, SETTINGS_KEYS, None, "[settings]")
        default = Settings()
        get = _Getter(self, raw, None)
        timezone = get.string("timezone", default.timezone)
        zone = self.zone(timezone)
        schedule = get.string("schedule", default.schedule)
        self.cron(schedule, zone)
        return Settings(
            db=get.string("db", None),
            user_agent=get.string("user_agent", default.user_agent),
            download_delay=get.number(
                "download_delay", default.download_delay, minimum=0, maximum=MAX_SECONDS
            ),
            schedule=schedule,
            timezone=timezone,
            max_page_bytes=get.positive_int("max_page_bytes", default.max_page_bytes),
            # Scrapy reads a timeout of 0 as none at all: a silent site would hang the pass.
            request_timeout=get.number(
                "request_timeout",
                default.request_timeout,
                minimum=0,
                inclusive=False,
                maximum=MAX_SECONDS,
            ),
        )

    def zone(self, name: str) -> ZoneInfo:
        try:
            return timezone_named(name)
        except ValueError as error:
            raise self.fail(str(error), field="timezone") from None

    def cron(self, expression: str, zone: ZoneInfo) -> None:
        # the daemon's own reader, so what passes here is what the daemon runs
        from crawler.daemon.cron import crontab_trigger

        try:
            crontab_trigger(expression, zone)
        except ValueError as error:
            raise self.fail(
                f"bad cron expression {expression!r} (minute hour day month weekday): {error}",
                field="schedule",
            ) from None

    def source(self, raw: Any, index: int) -> Source:
        label = f"#{index + 1}"
        if not isinstance(raw, dict):
            raise self.fail("each [[sources]] entry must be a table", source=label)
        name = raw.get("name")
        if name is None:
            raise self.fail("missing: every source needs a name", source=label, field="name")
        if (
            not isinstance(name, str)
            or not NAME_PATTERN.fullmatch(name)
            or len(name) > NAME_MAX_LENGTH
        ):
            raise self.fail(
                f"name must be 1 to {NAME_MAX_LENGTH} lowercase letters, digits and '-' "
                f"(got {name!r})",
                source=label,
                field="name",
            )
        self.known_keys(raw, SOURCE_KEYS, name, "a source")
        get = _Getter(self, raw, name)
        start_urls = get.urls("start_urls")
        feeds = get.urls("feeds")
        sitemaps = get.urls("sitemaps")
        if not (start_urls or feeds or sitemaps):
            raise self.fail("needs at least one of start_urls, feeds, sitemaps", source=name)
        article_pattern = get.regex("article_pattern")
        if article_pattern is None and (start_urls or sitemaps):
            raise self.fail(
                "required with start_urls or sitemaps: a regex for article links",
                source=name,
                field="article_pattern",
            )
        return Source(
            name=name,
            start_urls=start_urls,
            feeds=feeds,
            sitemaps=sitemaps,
            article_pattern=article_pattern,
            follow_pattern=get.regex("follow_pattern"),
            max_pages=get.positive_int("max_pages", None),
            keywords=get.strings("keywords"),
            selectors=self.selectors(raw.get("selectors"), name),
            allowed_domains=_domains(start_urls + feeds + sitemaps),
        )

    def selectors(self, raw: Any, source: str) -> Selectors | None:
        if raw is None:
            return None
        if not isinstance(raw, dict):
            raise self.fail("must be a table", source=source, field="selectors")
        self.known_keys(raw, SELECTOR_KEYS, source, "[sources.selectors]")
        get = _Getter(self, raw, source, prefix="selectors.")
        values = {key: get.string(key, None) for key in SELECTOR_KEYS}
        for key, value in values.items():
            if value is not None:
                self.css(value, source, f"selectors.{key}")
        return Selectors(**values)

    def css(self, selector: str, source: str, field: str) -> None:
        from parsel import Selector

        try:
            Selector(text="<html></html>").css(selector)
        except (ValueError, SyntaxError) as error:
            raise self.fail(f"bad CSS selector {selector!r}: {error}", source, field) from None


class _Getter:
    """Typed reads of one table's optional keys, failing with the table's source and field."""

    def __init__(self, reader: _Reader, table: Mapping[str, Any], source: str | None, prefix=""):
        self.reader = reader
        self.table = table
        self.source = source
        self.prefix = prefix

    def fail(self, key: str, message: str) -> ConfigError:
        return self.reader.fail(message, source=self.source, field=self.prefix + key)

    def _typed(self, key: str, default: Any, check: Callable[[Any], bool], wanted: str) -> Any:
        if key not in self.table:
            return default
        value = self.table[key]
        if not check(value):
            raise self.fail(key, f"expected {wanted}, got {type(value).__name__} {value!r}")
        return value

    def string(self, key: str, default: str | None) -> Any:
        value = self._typed(key, default, lambda v: isinstance(v, str), "a string")
        if key in self.table and not value.strip():
            raise self.fail(key, "must not be empty")
        return value

    def number(
        self,
        key: str,
        default: float,
        *,
        minimum: float,
        inclusive: bool = True,
        maximum: float = math.inf,
    ) -> float:
        value = self._typed(key, default, _is_number, "a number")
        if not math.isfinite(value):  # TOML has nan and inf
            raise self.fail(key, f"must be a finite number, got {value}")
        if value < minimum or (value == minimum and not inclusive):
            raise self.fail(key, f"must be {'>=' if inclusive else '>'} {minimum}, got {value}")
        if value > maximum:
            raise self.fail(key, f"must be at most {maximum:g}, got {value:g}")
        return float(value)

    def positive_int(self, key: str, default: int | None) -> Any:
        value = self._typed(key, default, _is_int, "an integer")
        if value is not None and value <= 0:
            raise self.fail(key, f"must be a positive integer, got {value}")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        values = self._typed(key, [], _is_string_list, "a list of strings")
        if any(not value.strip() for value in values):
            raise self.fail(key, "must not contain empty strings")
        return tuple(values)

    def urls(self, key: str) -> tuple[str, ...]:
        urls = self.strings(key)
        for url in urls:
            problem = _url_problem(url)
            if problem is not None:
                raise self.fail(key, f"{problem}: {url!r}")
        return urls

    def regex(self, key: str) -> re.Pattern[str] | None:
        pattern = self.string(key, None)
        if pattern is None:
            return None
        try:
            return re.compile(pattern)
        except re.error as error:
            raise self.fail(key, f"bad regular expression {pattern!r}: {error}") from None


_HOST = re.compile(r"[\w.-]+|[0-9a-fA-F:.]+")  # a name, or an IPv6 address without brackets


def _url_problem(url: str) -> str | None:
    """What makes ``url`` unfit to fetch, or None.

    urlsplit accepts a space in the host, an empty port and a port above 65535, which
    Scrapy then fails on with a traceback.
    """
    if any(char.isspace() for char in url):
        return "a URL may not hold spaces or line breaks (write a space as %20)"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises for a port out of range or not a number
    except ValueError as error:
        return f"not a usable URL ({error})"
    if parts.scheme not in ("http", "https") or not host:
        return "not an http(s) URL with a host"
    if not _HOST.fullmatch(host):
        return f"a host has only letters, digits, '.' and '-', not {host!r}"
    if parts.netloc.endswith(":"):
        return "an empty port"
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _domains(urls: tuple[str, ...]) -> tuple[str, ...]:
    """Hosts of the source's URLs; ``www.`` dropped, as Scrapy allows subdomains anyway."""
    hosts: list[str] = []
    for url in urls:
        host = urlsplit(url).hostname or ""
        host = host.removeprefix("www.")
        if host and host not in hosts:
            hosts.append(host)
    return tuple(hosts)
