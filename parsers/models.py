"""The data that crosses module lines: articles, figures, observations, changes.

Everything here is a frozen dataclass or a string enum, so values can be hashed,
compared and passed between the crawler, the parsers and the store without any
of them sharing mutable state. The fields are documented in ``docs/interfaces.md``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Metric(StrEnum):
    MINES_FOUND = "mines_found"
    UXO_FOUND = "uxo_found"
    AREA_CLEARED_HA = "area_cleared_ha"
    MINES_LAID = "mines_laid"
    MINE_VICTIMS = "mine_victims"
    MINE_KILLED = "mine_killed"
    MINE_INJURED = "mine_injured"


PEOPLE_METRICS = frozenset({Metric.MINE_VICTIMS, Metric.MINE_KILLED, Metric.MINE_INJURED})
MINE_METRICS = frozenset({Metric.MINES_FOUND, Metric.MINES_LAID})


class Bound(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    APPROX = "approx"


class Group(StrEnum):
    ALL = "all"
    # people
    CIVILIANS = "civilians"
    MILITARY = "military"
    JOURNALISTS = "journalists"
    CHILDREN = "children"
    WOMEN = "women"
    DEMINERS = "deminers"
    # mines
    ANTI_PERSONNEL = "anti_personnel"
    ANTI_TANK = "anti_tank"


class Scope(StrEnum):
    CUMULATIVE = "cumulative"
    INCIDENT = "incident"


class Flag(StrEnum):
    """Why a careful reader would question a figure. Flags never drop a figure."""

    KILLED_EXCEEDS_VICTIMS = "killed_exceeds_victims"
    PARTS_EXCEED_TOTAL = "parts_exceed_total"
    CONFLICTING_VALUES = "conflicting_values"


# (metric, group, scope, since, place, country): two figures with the same key compare.
FigureKey = tuple[str, str, str, str | None, str | None, str | None]


@dataclass(frozen=True, slots=True)
class Figure:
    """One number a text states, with the words it came from.

    ``quote`` is the sentence the figure came from and ``text[start:end] == quote``
    for the text that was passed to the extractor. ``since`` and ``until`` are ISO
    strings of the precision the text gives: ``"2020-11-10"``, ``"2022-08"``, ``"1991"``.
    """

    metric: Metric
    value: int | float
    bound: Bound = Bound.EXACT
    group: Group = Group.ALL
    scope: Scope = Scope.CUMULATIVE
    since: str | None = None
    until: str | None = None
    place: str | None = None
    mine_model: str | None = None
    made_in: str | None = None
    made_year: int | None = None
    country: str | None = None
    quote: str = ""
    start: int = 0
    end: int = 0
    flags: tuple[Flag, ...] = ()

    def key(self) -> FigureKey:
        return (
            str(self.metric),
            str(self.group),
            str(self.scope),
            self.since,
            self.place,
            self.country,
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("metric", "bound", "group", "scope"):
            data[name] = str(data[name])
        data["flags"] = [str(flag) for flag in self.flags]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        return cls(
            metric=Metric(data["metric"]),
            value=data["value"],
            bound=Bound(data.get("bound", "exact")),
            group=Group(data.get("group", "all")),
            scope=Scope(data.get("scope", "cumulative")),
            since=data.get("since"),
            until=data.get("until"),
            place=data.get("place"),
            mine_model=data.get("mine_model"),
            made_in=data.get("made_in"),
            made_year=data.get("made_year"),
            country=data.get("country"),
            quote=data.get("quote", ""),
            start=data.get("start", 0),
            end=data.get("end", 0),
            flags=tuple(Flag(flag) for flag in data.get("flags", ())),
        )


@dataclass(frozen=True, slots=True)
class Selectors:
    """CSS selectors for one site's pages (parsel syntax: ``time::attr(datetime)``)."""

    title: str | None = None
    published: str | None = None
    body: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A page reduced to what the figure extractor reads.

    ``published`` is an ISO date (``YYYY-MM-DD``) or None when the page gives none;
    ``language`` is ``"en"``, ``"ru"``, ``"az"`` or another ISO 639-1 code.
    """

    url: str
    title: str
    published: str | None
    language: str
    text: str


@dataclass(frozen=True, slots=True)
class Observation:
    """A figure as seen in one document: what ``parsers.compare`` works on.

    ``date`` is the figure's date: its ``until`` when the text states one, else
    the document's publication date.
    """

    figure: Figure
    date: str | None
    url: str
    published: str | None = None


class ChangeFlag(StrEnum):
    INCREASED = "increased"
    DECREASED = "decreased"
    UNCHANGED = "unchanged"
    NEW = "new"


@dataclass(frozen=True, slots=True)
class Change:
    """The latest observation of one comparable key, set against the baseline."""

    key: FigureKey
    flag: ChangeFlag
    current: Observation
    baseline: Observation | None
    delta: int | float | None = field(default=None)

    @property
    def metric(self) -> str:
        return self.key[0]
