"""The staff of the mine action agency are deminers, however the sentence names the agency."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2025-03-02"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "An employee of the Azerbaijan National Agency for Mine Action was injured on "
            "Friday in Aghdam district.",
        ),
        ("en", "A worker of the Mine Action Agency was injured on Friday in Aghdam district."),
        (
            "ru",
            "В пятницу в Агдамском районе при взрыве мины ранен сотрудник Национального "
            "агентства по разминированию.",
        ),
        ("az", "Ağdam rayonunda mina partlayışı nəticəsində ANAMA-nın bir əməkdaşı yaralanıb."),
    ],
)
def test_one_employee_of_the_agency_is_a_deminer(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINE_INJURED, 1, Group.DEMINERS)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Friday one ANAMA employee was killed and two employees were injured in a mine "
            "blast near Aghdam.",
        ),
        (
            "az",
            "Ağdam rayonunda partlayışda ANAMA-nın bir əməkdaşı həlak olub, iki əməkdaşı "
            "isə yaralanıb.",
        ),
    ],
)
def test_a_second_count_of_the_same_staff_keeps_their_group(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINE_KILLED, 1, Group.DEMINERS),
        (Metric.MINE_INJURED, 2, Group.DEMINERS),
    ]


def test_an_age_of_the_first_person_does_not_make_the_next_count_children() -> None:
    text = (
        "On Friday a 15-year-old boy was killed and two people were injured in a mine blast "
        "near Aghdam."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINE_KILLED, 1, Group.CHILDREN),
        (Metric.MINE_INJURED, 2, Group.ALL),
    ]


def test_workers_with_no_agency_named_stay_civilians() -> None:
    text = "Two road workers were injured on Friday when a mine exploded near Aghdam."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.group) for f in figures] == [(2, Group.CIVILIANS)]
