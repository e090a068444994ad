"""Died of the injuries is killed; the person an incident already counted, told again, is one."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2025-05-19"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The shepherd succumbed to his injuries on the way to hospital after the mine blast.",
        ),
        (
            "az",
            "Minaya düşən çoban aldığı xəsarətlərdən xəstəxanaya aparılarkən dünyasını dəyişib.",
        ),
        ("az", "Minaya düşən çoban aldığı yaralardan xəstəxanada vəfat edib."),
        ("ru", "Подорвавшийся на мине пастух скончался от полученных ранений в больнице."),
    ],
)
def test_a_person_who_died_of_the_injuries_was_killed(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINE_KILLED, 1, Group.CIVILIANS)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A local resident was killed on Sunday when a mine exploded near Zangilan. "
            "The man died on the spot.",
        ),
        (
            "ru",
            "В Зангиланском районе местный житель погиб при подрыве на мине. "
            "От полученных ранений мужчина скончался на месте.",
        ),
        (
            "az",
            "Zəngilan rayonunda ANAMA-nın bir əməkdaşı minaya düşərək həlak olub. "
            "Agentlik həlak olan əməkdaşın ailəsinə başsağlığı verib.",
        ),
    ],
)
def test_the_victim_an_incident_counted_told_again_without_a_group_is_one(
    lang: str, text: str
) -> None:
    killed = [f for f in extract(text, lang=lang, published=PUB) if f.metric is Metric.MINE_KILLED]
    assert [f.value for f in killed] == [1]


def test_a_second_blast_with_another_place_is_another_person() -> None:
    text = (
        "A local resident was killed on Sunday when a mine exploded near Zangilan. "
        "On Monday, a man was killed by a mine in Fuzuli."
    )
    killed = [f for f in extract(text, lang="en", published=PUB) if f.metric is Metric.MINE_KILLED]
    assert [(f.value, f.place) for f in killed] == [(1, "Zangilan"), (1, "Fuzuli")]
