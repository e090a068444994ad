"""Azerbaijani figure extraction: one behaviour per case, written as ministries and agencies write."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2023-03-21"
M = Metric


figures = figure_reader("metric", "value", "group", lang="az", published=PUB)


# --- news-style texts: the rules a fresh set of articles asked for ---------------------------


def test_the_victims_broken_down_in_a_later_paragraph_keep_the_totals_period():
    found = extract(
        "Müharibədən sonra minaların qurbanı olan 410 nəfər qeydə alınıb.\n\n"
        "Nazirliyin sözlərinə görə, qurbanların 300 nəfəri mülki şəxs, 110 nəfəri isə hərbçidir.",
        lang="az",
        published=PUB,
    )
    parts = [(f.metric, f.value, f.group, f.scope, f.since) for f in found if f.value != 410]
    assert parts == [
        (M.MINE_VICTIMS, 300, Group.CIVILIANS, Scope.CUMULATIVE, "2020-11-10"),
        (M.MINE_VICTIMS, 110, Group.MILITARY, Scope.CUMULATIVE, "2020-11-10"),
    ]
