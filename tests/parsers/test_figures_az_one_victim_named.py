"""az one victim told by trade and full name: "kənd sakini Həsənov Elvin Rauf oğlu".

The patronymic ("Rauf oğlu") closes the name and counts no second person; what befell the
victim may be told next with the cause before the pronoun ("Hadisə nəticəsində o, ...").
"""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2025-05-02"


_figures = figure_reader("metric", "value", "group", "scope", lang="az", published=PUB)


@pytest.mark.parametrize(
    ("text", "metric", "group"),
    [
        (
            "Bu gün Ağdam rayonunda kənd sakini Həsənov Elvin Rauf oğlu minaya düşərək yaralanıb.",
            Metric.MINE_INJURED,
            Group.CIVILIANS,
        ),
        (
            "Mina partlayışı nəticəsində hərbi qulluqçu Kərimov Samir Tofiq oğlu həlak olub.",
            Metric.MINE_KILLED,
            Group.MILITARY,
        ),
        (
            "Dünən Füzulidə çoban Əliyeva Səbinə Arif qızı minaya düşərək yaralanıb.",
            Metric.MINE_INJURED,
            Group.CIVILIANS,
        ),
    ],
)
def test_a_patronymic_is_part_of_the_victims_name(text: str, metric: Metric, group: Group) -> None:
    assert _figures(text) == [(metric, 1, group, Scope.INCIDENT)]


def test_a_son_told_as_someones_son_is_a_victim() -> None:
    text = "Dünən Tərtər rayonunda sakinin kiçik oğlu minaya düşərək yaralanıb."
    assert [(f.metric, f.value) for f in extract(text, lang="az", published=PUB)] == [
        (Metric.MINE_INJURED, 1)
    ]


@pytest.mark.parametrize(
    ("after", "metric"),
    [
        ("Hadisə nəticəsində o, ağır xəsarət alıb.", Metric.MINE_INJURED),
        ("Partlayış nəticəsində o, hadisə yerində həlak olub.", Metric.MINE_KILLED),
    ],
)
def test_what_befell_the_victim_may_follow_its_cause(after: str, metric: Metric) -> None:
    text = f"Dünən Qazax rayonunda kənd sakini minaya düşüb. {after}"
    assert _figures(text) == [(metric, 1, Group.CIVILIANS, Scope.INCIDENT)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Dünən Laçında yol tikintisində mina partladı - iki işçi yaralandı", Group.CIVILIANS),
        ("Dünən Laçında ANAMA-nın işçisi minaya düşərək yaralanıb.", Group.DEMINERS),
    ],
)
def test_workers_are_civilians_unless_the_agencys(text: str, group: Group) -> None:
    assert [f.group for f in extract(text, lang="az", published=PUB)] == [group]


def test_the_kind_of_mine_a_person_hit_is_not_the_persons_group() -> None:
    text = (
        "Bu gün Füzuli rayonunda ANAMA-nın bir əməkdaşı piyada əleyhinə minaya düşərək yaralanıb."
    )
    assert _figures(text) == [(Metric.MINE_INJURED, 1, Group.DEMINERS, Scope.INCIDENT)]


def test_one_victim_told_with_the_comitative_ending_is_a_victim() -> None:
    text = (
        "Nazirlik dünən Laçın rayonunda mal otararkən minaya düşərək həlak olan çobanla "
        "bağlı paylaşım edib."
    )
    assert _figures(text) == [(Metric.MINE_KILLED, 1, Group.CIVILIANS, Scope.INCIDENT)]
