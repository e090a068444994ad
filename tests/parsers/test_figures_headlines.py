"""A headline that names its one victim without a number or an article."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Group, Metric, Scope

PUB = "2025-08-01"


figures = figure_reader("metric", "value", "group", "scope", "place", lang="en", published=PUB)


def test_a_headline_with_a_singular_victim_noun_counts_one_killed():
    assert figures("Shepherd dies in mine blast in Aghdam") == [
        (Metric.MINE_KILLED, 1, Group.CIVILIANS, Scope.INCIDENT, "Aghdam")
    ]


def test_a_bare_singular_noun_needs_its_verb_right_after_it():
    assert figures("Shepherd families fear mines in Aghdam") == []


def test_a_headline_with_a_bare_noun_and_an_injury_counts_one_injured():
    text = "Deminer injured in mine explosion in Fuzuli"
    assert figures(text) == [(Metric.MINE_INJURED, 1, Group.DEMINERS, Scope.INCIDENT, "Fuzuli")]


def test_a_headline_victim_the_body_retells_is_counted_once():
    text = (
        "Shepherd dies in mine blast in Aghdam\n\n"
        "A shepherd died on Monday after stepping on a landmine in the Aghdam district, "
        "ANAMA said."
    )
    assert figures(text) == [(Metric.MINE_KILLED, 1, Group.CIVILIANS, Scope.INCIDENT, "Aghdam")]
