"""Self-checks over the figures of one text: flag what a careful reader would question.

A flag never drops a figure; it says why the figure (or its neighbour) looks wrong:
more killed than victims, parts adding up to more than their total, or the same
key stated with two values in one text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from parsers.models import Bound, Figure, Flag, Group, Metric, Scope

# Groups that do not overlap each other: their sum may not exceed the total. Other
# groups (children, women, journalists) overlap civilians, so each is checked alone.
_DISJOINT_GROUPS = (
    frozenset({Group.CIVILIANS, Group.MILITARY}),
    frozenset({Group.ANTI_PERSONNEL, Group.ANTI_TANK}),
)


def _claim(figure: Figure) -> tuple[object, ...]:
    """Everything that makes two figures about the same population and period."""
    return (figure.scope, figure.since, figure.until, figure.place, figure.country)


def _can_be_exceeded(total: Figure) -> bool:
    # "more than 300 victims" may well hold 310 killed
    return total.bound is not Bound.AT_LEAST


def check(figures: list[Figure]) -> list[Figure]:
    """The same figures in the same order, with flags added where a check fails."""
    flags: dict[int, set[Flag]] = defaultdict(set)
    by_claim: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for index, figure in enumerate(figures):
        by_claim[_claim(figure)].append(index)
    for indices in by_claim.values():
        _check_killed_vs_victims(figures, indices, flags)
        _check_parts(figures, indices, flags)
        _check_conflicts(figures, indices, flags)
    return [
        replace(figure, flags=tuple(sorted(set(figure.flags) | flags[index])))
        if flags[index]
        else figure
        for index, figure in enumerate(figures)
    ]


def _check_killed_vs_victims(
    figures: list[Figure], indices: list[int], flags: dict[int, set[Flag]]
) -> None:
    for victims in indices:
        total = figures[victims]
        if total.metric is not Metric.MINE_VICTIMS or not _can_be_exceeded(total):
            continue
        for killed in indices:
            part = figures[killed]
            if (
                part.metric is Metric.MINE_KILLED
                and part.group is total.group
                and part.value > total.value
            ):
                flags[killed].add(Flag.KILLED_EXCEEDS_VICTIMS)
                flags[victims].add(Flag.KILLED_EXCEEDS_VICTIMS)


def _flag_parts(
    figures: list[Figure],
    total: int,
    parts: list[int],
    flags: dict[int, set[Flag]],
) -> None:
    if parts and sum(figures[i].value for i in parts) > figures[total].value:
        flags[total].add(Flag.PARTS_EXCEED_TOTAL)
        for index in parts:
            flags[index].add(Flag.PARTS_EXCEED_TOTAL)


def _check_parts(figures: list[Figure], indices: list[int], flags: dict[int, set[Flag]]) -> None:
    for total_index in indices:
        total = figures[total_index]
        if total.group is not Group.ALL or not _can_be_exceeded(total):
            continue
        same_metric = [
            i
            for i in indices
            if figures[i].metric is total.metric and figures[i].group is not Group.ALL
        ]
        for index in same_metric:
            _flag_parts(figures, total_index, [index], flags)
        for family in _DISJOINT_GROUPS:
            members = [i for i in same_metric if figures[i].group in family]
            if len(members) > 1:
                _flag_parts(figures, total_index, members, flags)
        if total.metric is Metric.MINE_VICTIMS:
            outcomes = [
                i
                for i in indices
                if figures[i].metric in (Metric.MINE_KILLED, Metric.MINE_INJURED)
                and figures[i].group is Group.ALL
            ]
            kinds = {figures[i].metric for i in outcomes}
            if len(kinds) == 2:
                _flag_parts(figures, total_index, outcomes, flags)


def _check_conflicts(
    figures: list[Figure], indices: list[int], flags: dict[int, set[Flag]]
) -> None:
    """The same key stated twice with different values: "47 died ... of the 45 dead"."""
    by_key: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for index in indices:
        figure = figures[index]
        if figure.scope is Scope.CUMULATIVE:
            by_key[(figure.metric, figure.group, figure.bound)].append(index)
    for same in by_key.values():
        if len({figures[i].value for i in same}) > 1:
            for index in same:
                flags[index].add(Flag.CONFLICTING_VALUES)
