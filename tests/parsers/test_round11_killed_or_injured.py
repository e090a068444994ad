"""Killed or injured, in either order and with words between: one count of all victims."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2024-04-04"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Since 2020, landmines have injured or killed 412 people in Azerbaijan."),
        ("en", "Since 2020, 412 people have died or been seriously wounded in mine blasts."),
        ("ru", "С 2020 года 412 человек погибли или получили тяжелые ранения от мин."),
        ("ru", "С 2020 года мины убили или покалечили 412 человек."),
        ("ru", "С 2020 года от мин 412 человек были ранены или погибли."),
        ("az", "2020-ci ildən bəri minalar 412 nəfəri öldürüb və ya yaralayıb."),
        ("az", "2020-ci ildən bəri mina partlayışlarında 412 nəfər yaralanıb yaxud həlak olub."),
        ("az", "2020-ci ildən bəri minalar 412 nəfərin həyatına son qoyub və ya onu şikəst edib."),
    ],
)
def test_killed_or_injured_in_one_clause_counts_all_victims(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.MINE_VICTIMS, 412)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Since 2020, 58 people have been killed by mines and 354 injured."),
        ("ru", "С 2020 года от мин погибли 58 человек, еще 354 получили ранения."),
        ("az", "2020-ci ildən bəri minalardan 58 nəfər həlak olub, 354 nəfər isə yaralanıb."),
    ],
)
def test_killed_and_injured_each_with_its_own_count_stay_apart(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value) for f in figures] == [
        (Metric.MINE_KILLED, 58),
        (Metric.MINE_INJURED, 354),
    ]


def test_ru_mines_killed_as_an_active_verb_is_killed() -> None:
    text = "Взрыв противотанковой мины убил двух человек в Агдамском районе."
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.MINE_KILLED, 2)]
