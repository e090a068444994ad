"""The group a count belongs to, read from who the victims are (en, ru, az)."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Group, Metric

PUB = "2025-08-01"


figures = figure_reader("metric", "value", "group", published=PUB)


def test_employees_of_a_construction_company_are_civilians():
    text = (
        "Two employees of a construction company were injured when their excavator "
        "hit an anti-tank mine in Zangilan district."
    )
    assert figures(text, "en") == [(Metric.MINE_INJURED, 2, Group.CIVILIANS)]


def test_employees_of_a_demining_company_are_not_civilians():
    text = (
        "Two employees of a demining company were injured when a mine exploded "
        "in Zangilan district."
    )
    assert figures(text, "en") == [(Metric.MINE_INJURED, 2, Group.ALL)]


def test_a_man_grazing_cattle_is_a_civilian():
    text = "A man grazing cattle near the village of Sarijali was killed by a landmine."
    assert figures(text, "en") == [(Metric.MINE_KILLED, 1, Group.CIVILIANS)]


def test_ru_workers_are_civilians():
    text = "Трое рабочих получили ранения в результате взрыва мины в Агдамском районе."
    assert figures(text, "ru") == [(Metric.MINE_INJURED, 3, Group.CIVILIANS)]


def test_ru_anama_employees_are_deminers():
    text = "Два сотрудника ANAMA получили ранения при взрыве мины в Физулинском районе."
    assert figures(text, "ru") == [(Metric.MINE_INJURED, 2, Group.DEMINERS)]


def test_az_an_anama_employee_is_a_deminer():
    text = "ANAMA-nın əməkdaşı Füzuli rayonunda minaya düşərək yaralanıb."
    assert figures(text, "az") == [(Metric.MINE_INJURED, 1, Group.DEMINERS)]
