"""A count headed by the noun the sentence before gave a group keeps that group."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-07-09"


_read = figure_reader("metric", "value", "group", lang="ru", published=PUB)


def test_employees_of_the_agency_named_before_are_deminers() -> None:
    text = (
        "Сегодня у села Ишыглы сотрудник агентства по разминированию погиб при взрыве мины. "
        "Еще двое сотрудников получили ранения."
    )
    assert _read(text) == [
        (Metric.MINE_KILLED, 1, Group.DEMINERS),
        (Metric.MINE_INJURED, 2, Group.DEMINERS),
    ]


@pytest.mark.parametrize(
    "follow_up",
    ["Еще два человека получили ранения.", "Еще двое детей получили ранения."],
)
def test_another_noun_keeps_its_own_group(follow_up: str) -> None:
    text = f"Сегодня у села Ишыглы при взрыве мины погибли 3 военнослужащих. {follow_up}"
    assert _read(text)[-1][2] is not Group.MILITARY


def test_a_hospital_of_the_district_is_no_place_of_the_blast() -> None:
    text = "Вчера двое рабочих получили ранения при взрыве мины и доставлены в Лачинскую районную больницу."
    assert [f.place for f in extract(text, lang="ru", published=PUB)] == [None]
