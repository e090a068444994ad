"""Self-check flags: set on questionable figures, never dropping one."""

from __future__ import annotations

from parsers.checks import check
from parsers.models import Bound, Figure, Flag, Group, Metric

SINCE = "2020-11-10"


def fig(metric: Metric, value: int, group: Group = Group.ALL, **kw: object) -> Figure:
    return Figure(metric=metric, value=value, group=group, since=SINCE, **kw)  # type: ignore[arg-type]


def test_consistent_figures_get_no_flags() -> None:
    figures = [
        fig(Metric.MINE_VICTIMS, 290),
        fig(Metric.MINE_KILLED, 60),
        fig(Metric.MINE_INJURED, 230),
    ]
    assert check(figures) == figures


def test_killed_above_victims_flags_both() -> None:
    checked = check([fig(Metric.MINE_VICTIMS, 40), fig(Metric.MINE_KILLED, 45)])
    assert all(Flag.KILLED_EXCEEDS_VICTIMS in f.flags for f in checked)


def test_killed_above_victims_of_another_period_is_not_flagged() -> None:
    other = Figure(metric=Metric.MINE_KILLED, value=45, since="1991")
    checked = check([fig(Metric.MINE_VICTIMS, 40), other])
    assert all(f.flags == () for f in checked)


def test_killed_above_an_at_least_total_is_not_flagged() -> None:
    checked = check(
        [fig(Metric.MINE_VICTIMS, 40, bound=Bound.AT_LEAST), fig(Metric.MINE_KILLED, 45)]
    )
    assert all(f.flags == () for f in checked)


def test_groups_adding_up_to_more_than_the_total_are_flagged() -> None:
    checked = check(
        [
            fig(Metric.MINE_INJURED, 25),
            fig(Metric.MINE_INJURED, 12, Group.CIVILIANS),
            fig(Metric.MINE_INJURED, 15, Group.MILITARY),
        ]
    )
    assert all(Flag.PARTS_EXCEED_TOTAL in f.flags for f in checked)


def test_overlapping_groups_are_not_summed() -> None:
    # children are civilians too: 20 + 10 within 25 is no contradiction
    checked = check(
        [
            fig(Metric.MINE_INJURED, 25),
            fig(Metric.MINE_INJURED, 20, Group.CIVILIANS),
            fig(Metric.MINE_INJURED, 10, Group.CHILDREN),
        ]
    )
    assert all(f.flags == () for f in checked)


def test_killed_plus_injured_above_victims_is_flagged() -> None:
    checked = check(
        [fig(Metric.MINE_VICTIMS, 280), fig(Metric.MINE_KILLED, 60), fig(Metric.MINE_INJURED, 230)]
    )
    assert all(Flag.PARTS_EXCEED_TOTAL in f.flags for f in checked)


def test_mine_kinds_above_the_total_found_are_flagged() -> None:
    checked = check(
        [
            fig(Metric.MINES_FOUND, 100),
            fig(Metric.MINES_FOUND, 80, Group.ANTI_PERSONNEL),
            fig(Metric.MINES_FOUND, 30, Group.ANTI_TANK),
        ]
    )
    assert all(Flag.PARTS_EXCEED_TOTAL in f.flags for f in checked)


def test_one_key_with_two_values_is_flagged_conflicting_on_both() -> None:
    checked = check([fig(Metric.MINE_KILLED, 47), fig(Metric.MINE_KILLED, 45)])
    assert [f.flags for f in checked] == [(Flag.CONFLICTING_VALUES,), (Flag.CONFLICTING_VALUES,)]


def test_flags_never_drop_or_reorder_figures() -> None:
    figures = [
        fig(Metric.MINE_KILLED, 47),
        fig(Metric.MINE_VICTIMS, 10),
        fig(Metric.MINE_KILLED, 45),
    ]
    checked = check(figures)
    assert [(f.metric, f.value) for f in checked] == [(f.metric, f.value) for f in figures]
