"""Counts whose noun is left out, with an auxiliary between the number and the verb."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2025-08-01"


counts = figure_reader("metric", "value", published=PUB)


def test_ru_a_bare_collective_numeral_before_were_wounded_counts_the_injured():
    text = "В Физулинском районе погиб сапёр, ещё двое были ранены."
    assert counts(text, "ru") == [(Metric.MINE_KILLED, 1), (Metric.MINE_INJURED, 2)]


def test_ru_a_bare_numeral_before_was_also_wounded_counts_the_injured():
    text = "При взрыве мины в Агдаме погибли двое, трое также были ранены."
    assert counts(text, "ru") == [(Metric.MINE_KILLED, 2), (Metric.MINE_INJURED, 3)]


def test_en_four_other_people_were_injured_counts_four_injured():
    text = "A deminer was killed and four other people were injured in the blast in Fuzuli."
    assert counts(text, "en") == [(Metric.MINE_KILLED, 1), (Metric.MINE_INJURED, 4)]


def test_took_the_lives_of_counts_the_killed_it_names():
    text = "The mine blast in Kalbajar took the lives of two journalists on Monday."
    assert counts(text, "en") == [(Metric.MINE_KILLED, 2)]


def test_claimed_the_lives_of_counts_the_killed():
    text = "Since 2020, mines have claimed the lives of 70 people in Azerbaijan."
    assert counts(text, "en") == [(Metric.MINE_KILLED, 70)]


def test_took_the_lives_of_a_group_and_one_more_person_counts_the_total_and_the_group():
    text = "In 2022, a mine blast in Kalbajar took the lives of two journalists and an official."
    found = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.group, f.scope) for f in found] == [
        (Metric.MINE_KILLED, 2, Group.JOURNALISTS, Scope.INCIDENT),
        (Metric.MINE_KILLED, 3, Group.ALL, Scope.INCIDENT),
    ]


def test_an_official_who_speaks_is_no_victim():
    found = extract("An official said two people were killed by a mine.", lang="en", published=PUB)
    assert [(f.metric, f.value) for f in found] == [(Metric.MINE_KILLED, 2)]
