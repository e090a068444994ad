"""A count after 'is now', 'has risen to', 'reached' takes the metric its subject names."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2025-08-01"


counts = figure_reader("metric", "value", "scope", lang="en", published=PUB)


def test_the_death_toll_of_a_blast_is_now_four_counts_four_killed():
    text = "The death toll from the mine blast in Aghdam is now four."
    assert counts(text) == [(Metric.MINE_KILLED, 4, Scope.INCIDENT)]


def test_the_death_toll_has_risen_to_four_counts_four_killed():
    text = "The death toll from the mine explosion in Kalbajar has risen to four."
    assert counts(text) == [(Metric.MINE_KILLED, 4, Scope.INCIDENT)]


def test_the_number_of_people_killed_is_now_four_counts_the_killed():
    text = "The number of people killed by mines in Aghdam is now four."
    assert counts(text) == [(Metric.MINE_KILLED, 4, Scope.CUMULATIVE)]


def test_the_death_toll_of_the_war_is_not_a_mine_figure():
    assert counts("The death toll in the 44-day war was 2,908.") == []


since = figure_reader("metric", "value", "since", lang="en", published=PUB)


def test_a_period_with_digits_between_the_subject_and_its_count_keeps_the_subject():
    text = "The number of casualties from mines since November 2020 has risen to 390."
    assert since(text) == [(Metric.MINE_VICTIMS, 390, "2020-11-10")]


def test_the_death_toll_from_mines_since_a_year_counts_the_killed_since_that_year():
    text = "The death toll from mines since 2020 has reached 70."
    assert since(text) == [(Metric.MINE_KILLED, 70, "2020")]


def test_a_subject_of_casualties_that_have_reached_a_count_names_its_metric_and_group():
    text = "Civilian casualties from mines have reached 390 since 2020."
    found = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.group, f.since) for f in found] == [
        (Metric.MINE_VICTIMS, 390, Group.CIVILIANS, "2020")
    ]


def test_mine_casualties_have_risen_to_a_count_since_the_war():
    text = "Mine casualties have risen to 390 since the war."
    assert since(text) == [(Metric.MINE_VICTIMS, 390, "2020-11-10")]


ru = figure_reader("metric", "value", "since", lang="ru", published=PUB)


def test_ru_the_number_of_the_dead_has_reached_a_count_counts_the_killed():
    text = "Число погибших от взрывов мин после войны достигло 70."
    assert ru(text) == [(Metric.MINE_KILLED, 70, "2020-11-10")]


def test_ru_the_number_of_mine_victims_since_a_month_has_reached_a_count():
    text = "Число жертв мин с ноября 2020 года достигло 390."
    assert ru(text) == [(Metric.MINE_VICTIMS, 390, "2020-11-10")]


def test_the_highest_number_of_casualties_with_a_count_is_the_countrys_yearly_victims():
    text = "Syria recorded the highest number of mine casualties in 2023, with 1,015."
    found = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.since, f.scope, f.country) for f in found] == [
        (Metric.MINE_VICTIMS, 1015, "2023", Scope.CUMULATIVE, "Syria")
    ]


def test_a_country_that_followed_with_a_count_takes_the_leaders_metric_and_year():
    text = (
        "Syria recorded the highest number of mine casualties in 2023, with 1,015. "
        "Myanmar followed with 1,003."
    )
    found = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.since, f.scope, f.country) for f in found] == [
        (Metric.MINE_VICTIMS, 1015, "2023", Scope.CUMULATIVE, "Syria"),
        (Metric.MINE_VICTIMS, 1003, "2023", Scope.CUMULATIVE, "Myanmar"),
    ]
