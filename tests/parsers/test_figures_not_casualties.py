"""Numbers near mine words that count neither victims nor cleared land."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Metric

PUB = "2025-08-01"


metrics = figure_reader("metric", "value", lang="en", published=PUB)


def test_family_members_of_mine_victims_are_not_victims():
    assert metrics("ANAMA provided aid to 1,800 family members of mine victims in 2024.") == []


def test_the_size_of_an_industrial_park_is_not_land_cleared():
    text = "An industrial park of 190 hectares will be built in Aghdam on land cleared of mines."
    assert metrics(text) == []


def test_an_area_of_hectares_cleared_is_still_land_cleared():
    text = "Deminers cleared an area of 190 hectares in Aghdam in 2024."
    assert metrics(text) == [(Metric.AREA_CLEARED_HA, 190)]


ru_metrics = figure_reader("metric", "value", lang="ru", published=PUB)


az_metrics = figure_reader("metric", "value", lang="az", published=PUB)


def test_ru_family_members_of_mine_victims_are_not_victims():
    assert ru_metrics("Помощь получили 350 членов семей жертв мин в Тертерском районе.") == []


def test_ru_relatives_of_mine_victims_are_not_victims():
    assert ru_metrics("АНАМА помогла 120 родственникам жертв мин.") == []


def test_ru_people_hurt_by_mines_are_still_victims():
    assert ru_metrics("В 2024 году от мин пострадали 40 человек.") == [(Metric.MINE_VICTIMS, 40)]


def test_az_family_members_of_mine_victims_are_not_victims():
    text = "2024-cü ildə ANAMA 1.800 mina qurbanlarının ailə üzvünə yardım göstərib."
    assert az_metrics(text) == []


def test_az_a_count_of_the_family_members_after_them_is_not_victims():
    assert az_metrics("Mina qurbanlarının ailə üzvlərindən 120 nəfər təqaüd alıb.") == []


def test_az_people_hurt_by_mines_are_still_victims():
    text = "2024-cü ildə minalardan 40 nəfər zərər çəkib."
    assert az_metrics(text) == [(Metric.MINE_VICTIMS, 40)]
