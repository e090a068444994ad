"""A past blast the text recalls ("в июне 2021 года ... при подрыве") is one incident."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Group, Metric, Scope

PUB = "2024-06-01"


_read = figure_reader("metric", "value", "group", "scope", "since", lang="ru", published=PUB)


def test_a_blast_in_a_named_month_is_an_incident() -> None:
    text = (
        "Напомним, в мае 2022 года в Лачинском районе при подрыве автомобиля на мине "
        "погибли три сапера и сотрудник местной администрации."
    )
    assert _read(text) == [
        (Metric.MINE_KILLED, 3, Group.DEMINERS, Scope.INCIDENT, None),
        (Metric.MINE_KILLED, 1, Group.CIVILIANS, Scope.INCIDENT, None),
    ]


def test_a_count_in_a_named_month_with_no_blast_is_the_months_total() -> None:
    assert _read("В феврале саперы обезвредили 310 противопехотных мин.") == [
        (Metric.MINES_FOUND, 310, Group.ANTI_PERSONNEL, Scope.CUMULATIVE, "2024-02")
    ]


def test_the_ceasefire_of_november_2020_is_the_end_of_the_war() -> None:
    text = "С момента прекращения огня в ноябре 2020 года на минах подорвались 150 человек."
    assert _read(text) == [(Metric.MINE_VICTIMS, 150, Group.ALL, Scope.CUMULATIVE, "2020-11-10")]


def test_an_official_named_after_a_count_of_journalists_is_no_part_of_it() -> None:
    text = (
        "Вчера у села Сусузлуг при взрыве мины погибли два журналиста и представитель "
        "исполнительной власти района."
    )
    assert [(m, v, g) for m, v, g, _, _ in _read(text)] == [
        (Metric.MINE_KILLED, 2, Group.JOURNALISTS),
        (Metric.MINE_KILLED, 1, Group.CIVILIANS),
    ]
