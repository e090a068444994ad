"""A run's report as data, and its renderings as Markdown, JSON and HTML (pure functions)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from parsers.models import Change


@dataclass(frozen=True, slots=True)
class RunInfo:
    id: int
    started: datetime
    finished: datetime | None
    status: str
    pages_fetched: int
    pages_parsed: int
    error: str | None = None


@dataclass(frozen=True, slots=True)
class SourceStatus:
    """How one source fared in a run: status ``ok`` or ``failed``."""

    name: str
    status: str
    pages: int = 0
    error: str | None = None


@dataclass(frozen=True, slots=True)
class BaselineValue:
    value: int | float
    date: str | None


@dataclass(frozen=True, slots=True)
class CurrentValue:
    value: int | float
    bound: str
    date: str | None
    url: str
    quote: str
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PreviousValue:
    """What the latest earlier ``ok`` run reported for the same key."""

    run: int
    value: int | float
    date: str | None


@dataclass(frozen=True, slots=True)
class ChangeRow:
    metric: str
    group: str
    scope: str
    since: str | None
    place: str | None
    country: str | None
    flag: str
    baseline: BaselineValue | None
    current: CurrentValue
    delta: int | float | None
    # None: no earlier ok run, or the key is new since it (Report.previous_run tells which)
    previous: PreviousValue | None = None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    url: str
    title: str | None
    published: str | None
    figures: int
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    run: RunInfo
    sources: tuple[SourceStatus, ...]
    changes: tuple[ChangeRow, ...]
    documents: tuple[DocumentSummary, ...]
    # the latest earlier run with status ok, which the changes' ``previous`` come from
    previous_run: int | None = None


def change_row(change: Change) -> ChangeRow:
    metric, group, scope, since, place, country = change.key
    current = change.current
    baseline = change.baseline
    return ChangeRow(
        metric=metric,
        group=group,
        scope=scope,
        since=since,
        place=place,
        country=country,
        flag=str(change.flag),
        baseline=None if baseline is None else BaselineValue(baseline.figure.value, baseline.date),
        current=CurrentValue(
            value=current.figure.value,
            bound=str(current.figure.bound),
            date=current.date,
            url=current.url,
            quote=current.figure.quote,
            flags=tuple(str(flag) for flag in current.figure.flags),
        ),
        delta=change.delta,
    )


# Most newsworthy first: a falling cumulative total is the most suspicious.
FLAG_ORDER = ("decreased", "increased", "new", "unchanged")


def order_changes(rows: Iterable[ChangeRow]) -> tuple[ChangeRow, ...]:
    """Changes by flag importance, then metric, then the rest of the key."""

    def rank(row: ChangeRow) -> tuple[int, str, str, str, str, str, str]:
        flag = FLAG_ORDER.index(row.flag) if row.flag in FLAG_ORDER else len(FLAG_ORDER)
        rest = (row.group, row.scope, row.since or "", row.place or "", row.country or "")
        return (flag, row.metric, *rest)

    return tuple(sorted(rows, key=rank))


# renderers


def report_to_dict(report: Report) -> dict[str, Any]:
    """The machine-readable report: the JSON shape of issue 2, plus status, country, flags."""
    run = report.run
    return {
        "run": {
            "id": run.id,
            "started": _timestamp(run.started),
            "finished": _timestamp(run.finished),
            "status": run.status,
            "pages_fetched": run.pages_fetched,
            "pages_parsed": run.pages_parsed,
            "error": run.error,
            "previous_run": report.previous_run,
        },
        "sources": [
            {"name": s.name, "status": s.status, "pages": s.pages, "error": s.error}
            for s in report.sources
        ],
        "changes": [_change_dict(row) for row in order_changes(report.changes)],
        "documents": [
            {
                "url": d.url,
                "title": d.title,
                "published": d.published,
                "figures": d.figures,
                "flags": list(d.flags),
            }
            for d in report.documents
        ],
    }


def _change_dict(row: ChangeRow) -> dict[str, Any]:
    baseline = row.baseline
    current = row.current
    return {
        "metric": row.metric,
        "group": row.group,
        "scope": row.scope,
        "since": row.since,
        "place": row.place,
        "country": row.country,
        "flag": row.flag,
        "baseline": None if baseline is None else {"value": baseline.value, "date": baseline.date},
        "current": {
            "value": current.value,
            "bound": current.bound,
            "date": current.date,
            "url": current.url,
            "quote": current.quote,
            "flags": list(current.flags),
        },
        "delta": row.delta,
        "previous": None
        if row.previous is None
        else {"run": row.previous.run, "value": row.previous.value, "date": row.previous.date},
    }


def render_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"


def render_markdown(report: Report) -> str:
    return _environment().get_template("report.md.j2").render(**_context(report))


def render_html(report: Report) -> str:
    return _environment(html=True).get_template("report.html.j2").render(**_context(report))


def is_suspicious(row: ChangeRow) -> bool:
    """A running total can only grow; a lower one means a misreading or a restated count."""
    return row.flag == "decreased" and row.scope == "cumulative"


def format_number(value: int | float | None) -> str:
    if value is None:
        return ""
    return f"{value:,}"


def format_delta(value: int | float | None) -> str:
    if value is None:
        return ""
    return "0" if value == 0 else f"{value:+,}"


BOUND_SIGNS = {"exact": "", "at_least": "≥", "at_most": "≤", "approx": "~"}


def since_previous(row: ChangeRow) -> str:
    """How the value moved since the previous run: "new", "=" or a signed difference."""
    if row.previous is None:
        return "new"
    if row.current.value == row.previous.value:
        return "="
    # rounded so that float arithmetic never shows as "+0.30000000000000004"
    return format_delta(round(row.current.value - row.previous.value, 6))


def moved_since_previous(report: Report) -> tuple[ChangeRow, ...]:
    """The rows whose value is new or different since the previous ok run (none without one)."""
    if report.previous_run is None:
        return ()
    return tuple(row for row in order_changes(report.changes) if since_previous(row) != "=")


def format_current(current: CurrentValue) -> str:
    return BOUND_SIGNS.get(current.bound, "") + format_number(current.value)


def link_target(url: str) -> str:
    """A URL fit for an href: only web links, so a stored ``javascript:`` URL never runs."""
    return url if urlsplit(url).scheme in ("http", "https") else "#"


def _timestamp(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _human_time(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


# Characters that would turn a quoted sentence into markup, a link or a table column.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def _markdown_text(value: object) -> str:
    """Text from a page as one line of literal Markdown."""
    text = "" if value is None else " ".join(str(value).split())
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _context(report: Report) -> dict[str, Any]:
    return {
        "run": report.run,
        "sources": report.sources,
        "changes": order_changes(report.changes),
        "documents": report.documents,
        "previous_run": report.previous_run,
        "moved": moved_since_previous(report),
        "started": _human_time(report.run.started),
        "finished": _human_time(report.run.finished),
    }


@cache
def _environment(*, html: bool = False) -> Environment:
    environment = Environment(
        loader=FileSystemLoader(Path(__file__).with_name("templates")),
        autoescape=html,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    environment.filters.update(
        number=format_number,
        delta=format_delta,
        current=format_current,
        md=_markdown_text,
        href=link_target,
        since_previous=since_previous,
    )
    environment.tests["suspicious"] = is_suspicious
    return environment
