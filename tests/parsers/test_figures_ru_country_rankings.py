"""A ranking of countries after the leader's count: "На втором месте Сирия (933), ..."."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Metric

PUB = "2024-11-21"
LEADER = (
    "Доклад о минах в мире\n"
    "Больше всего пострадавших от мин в 2023 году зафиксировано в Колумбии – 850 человек. "
)


_read = figure_reader("metric", "value", "country", "since", lang="ru", published=PUB)


def test_each_country_of_the_ranking_has_its_count() -> None:
    text = LEADER + "На втором месте Сирия (700), далее следуют Ирак (420) и Йемен (300)."
    assert _read(text) == [
        (Metric.MINE_VICTIMS, 850, "Colombia", "2023"),
        (Metric.MINE_VICTIMS, 700, "Syria", "2023"),
        (Metric.MINE_VICTIMS, 420, "Iraq", "2023"),
        (Metric.MINE_VICTIMS, 300, "Yemen", "2023"),
    ]


def test_a_ranking_with_no_leader_before_it_is_not_read() -> None:
    text = "Итоги года.\nНа втором месте Сирия (700), далее следуют Ирак (420) и Йемен (300)."
    assert _read(text) == []
