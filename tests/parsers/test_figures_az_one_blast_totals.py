"""az one blast's victims told parts first: "2-si mülki şəxs, 1-i hərbçi olmaqla, ümumilikdə 3
nəfər ... qurbanı olub" is one event's count, its parts the total's; "soydaş" counts people."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2023-07-01"


_figures = figure_reader("metric", "value", "group", "scope", lang="az", published=PUB)


def test_parts_told_before_the_total_of_one_blast() -> None:
    text = (
        "Dünən Kəlbəcər rayonunda tank əleyhinə minanın partlaması nəticəsində 2-si mülki şəxs, "
        "1-i hərbçi olmaqla, ümumilikdə 3 nəfər minanın qurbanı olub."
    )
    assert _figures(text) == [
        (Metric.MINE_VICTIMS, 2, Group.CIVILIANS, Scope.INCIDENT),
        (Metric.MINE_VICTIMS, 1, Group.MILITARY, Scope.INCIDENT),
        (Metric.MINE_VICTIMS, 3, Group.ALL, Scope.INCIDENT),
    ]


def test_in_all_over_a_period_is_still_a_total() -> None:
    text = "2022-ci ildən bəri ümumilikdə 140 nəfər minaya düşüb."
    assert _figures(text) == [(Metric.MINE_VICTIMS, 140, Group.ALL, Scope.CUMULATIVE)]


def test_compatriots_since_the_war_until_now_are_victims_since_its_end() -> None:
    text = "İkinci Qarabağ müharibəsindən indiyədək 250-dən çox soydaşımız minaya düşüb."
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.value, f.group, f.since) for f in figures] == [
        (Metric.MINE_VICTIMS, 250, Group.ALL, "2020-11-10")
    ]
