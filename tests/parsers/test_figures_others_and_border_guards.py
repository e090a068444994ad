"""Who "others" and "more" are in one blast, and border guards as servicemen."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2024-05-01"


def found(text: str, lang: str = "en") -> list[tuple[Metric, int, Group, Scope]]:
    return [(f.metric, f.value, f.group, f.scope) for f in extract(text, lang=lang, published=PUB)]


def test_others_in_one_blast_are_of_no_group() -> None:
    text = "Three soldiers died and two others were injured in a mine blast."
    assert found(text) == [
        (Metric.MINE_KILLED, 3, Group.MILITARY, Scope.INCIDENT),
        (Metric.MINE_INJURED, 2, Group.ALL, Scope.INCIDENT),
    ]


def test_other_soldiers_name_their_group() -> None:
    text = "Three soldiers died and two other soldiers were injured in a mine blast."
    assert found(text) == [
        (Metric.MINE_KILLED, 3, Group.MILITARY, Scope.INCIDENT),
        (Metric.MINE_INJURED, 2, Group.MILITARY, Scope.INCIDENT),
    ]


def test_others_in_a_running_total_stay_of_its_group() -> None:
    text = "Since the war ended, 7 deminers have died in mine blasts and 19 others were wounded."
    assert [(f.value, f.group) for f in extract(text, lang="en", published=PUB)] == [
        (7, Group.DEMINERS),
        (19, Group.DEMINERS),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Three villagers died and two more were injured in a mine blast.", 2),
        ("Three villagers died and one more was injured in a mine blast.", 1),
    ],
)
def test_more_injured_after_a_count_are_more_of_its_people(text: str, value: int) -> None:
    assert found(text) == [
        (Metric.MINE_KILLED, 3, Group.CIVILIANS, Scope.INCIDENT),
        (Metric.MINE_INJURED, value, Group.CIVILIANS, Scope.INCIDENT),
    ]


def test_more_mines_found_are_still_mines() -> None:
    text = "Deminers found 25 mines on Monday and two more were found on Tuesday."
    assert [(f.metric, f.value) for f in extract(text, lang="en", published=PUB)] == [
        (Metric.MINES_FOUND, 25),
        (Metric.MINES_FOUND, 2),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Two border guards were injured in a mine blast in Lachin.", 2),
        ("en", "A border guard was injured in a mine blast in Lachin.", 1),
        ("ru", "Двое пограничников получили ранения при подрыве на мине.", 2),
        ("ru", "Пограничник получил ранение при подрыве на мине.", 1),
        ("az", "İki sərhədçi mina partlayışı nəticəsində yaralanıb.", 2),
        ("az", "Dövlət Sərhəd Xidmətinin əməkdaşı minaya düşərək yaralanıb.", 1),
    ],
)
def test_border_guards_are_military(lang: str, text: str, value: int) -> None:
    assert [(f.metric, f.value, f.group) for f in extract(text, lang=lang, published=PUB)] == [
        (Metric.MINE_INJURED, value, Group.MILITARY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mina partlayışı nəticəsində biri hərbçi, digərləri ANAMA əməkdaşı olmaqla 5 nəfər "
        "yaralanıb.",
        "Mina partlayışı nəticəsində biri hərbçi, qalanları ANAMA əməkdaşı olmaqla 5 nəfər "
        "yaralanıb.",
    ],
)
def test_az_one_of_them_takes_its_own_noun_and_the_rest_are_no_one_person(text: str) -> None:
    assert found(text, "az") == [
        (Metric.MINE_INJURED, 1, Group.MILITARY, Scope.INCIDENT),
        (Metric.MINE_INJURED, 5, Group.ALL, Scope.INCIDENT),
    ]
