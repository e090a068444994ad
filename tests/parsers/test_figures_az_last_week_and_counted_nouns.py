"""az "ötən həftə" dates one blast as readily as it spans a weekly report; the noun of a count
("üç nəfər hərbi qulluqçu") is no one person of its own."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Group, Metric, Scope

PUB = "2025-06-17"


_figures = figure_reader("metric", "value", "group", "scope", lang="az", published=PUB)


def test_a_blast_last_week_is_an_incident() -> None:
    text = "Xatırladaq ki, ötən həftə Tərtər rayonunda iki nəfər minaya düşərək yaralanmışdı."
    assert _figures(text) == [(Metric.MINE_INJURED, 2, Group.ALL, Scope.INCIDENT)]


def test_a_weeks_clearance_is_a_total() -> None:
    text = "Ötən həftə azad olunmuş ərazilərdə 214 mina aşkarlanıb."
    assert _figures(text) == [(Metric.MINES_FOUND, 214, Group.ALL, Scope.CUMULATIVE)]


def test_the_noun_of_a_count_is_not_one_more_person() -> None:
    text = "Dünən Kəlbəcərdə maşında olan dörd nəfər hərbi qulluqçu minaya düşərək yaralanıb."
    assert _figures(text) == [(Metric.MINE_INJURED, 4, Group.MILITARY, Scope.INCIDENT)]


def test_those_in_a_vehicle_that_hit_a_mine_died_in_one_blast() -> None:
    text = (
        "Laçında minaya düşən avtomobildə olan 3 nəfər həlak olub\n\n"
        "Rayonda 2021-ci ildən bəri 900 mina aşkarlanıb."
    )
    assert _figures(text)[0] == (Metric.MINE_KILLED, 3, Group.ALL, Scope.INCIDENT)


def test_bodies_recovered_are_the_dead() -> None:
    text = "Dünən minaya düşən maşında olan üç nəfərin meyiti ərazidən çıxarılıb."
    assert _figures(text) == [(Metric.MINE_KILLED, 3, Group.ALL, Scope.INCIDENT)]
