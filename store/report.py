"""A run's report as data, and its renderings as Markdown, JSON and HTML (pure functions)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

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
