"""Short rules of the last round: report periods, one person hurt, corrections of an incident."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Figure, Group, Metric, Scope

PUB = "2025-07-21"


def found(text: str, lang: str) -> list[Figure]:
    return extract(text, lang=lang, published=PUB)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "During 14-20 July 2025, ANAMA deminers found 245 anti-personnel mines in Fuzuli "
            "district. In addition, 512 hectares were cleared.",
        ),
        (
            "ru",
            "В период с 14 по 20 июля 2025 года саперы ANAMA обнаружили 245 противопехотных мин. "
            "Кроме того, очищено 512 гектаров территории.",
        ),
        (
            "az",
            "2025-ci il 14-20 iyul tarixlərində ANAMA-nın minaaxtaranları 245 piyada əleyhinə "
            "mina aşkar edib. Bundan əlavə, 512 hektar ərazi təmizlənib.",
        ),
    ],
)
def test_a_report_total_without_a_period_takes_the_week_stated_before(lang: str, text: str) -> None:
    cleared = [f for f in found(text, lang) if f.metric is Metric.AREA_CLEARED_HA]
    assert [(f.value, f.since, f.until) for f in cleared] == [(512, "2025-07-14", "2025-07-20")]


def test_ru_one_named_person_who_suffered_is_injured() -> None:
    text = (
        "В Физулинском районе 3 мая 2025 года на мине подорвался автомобиль. "
        "Пострадал житель села Ахмед Алиев."
    )
    hurt = [f for f in found(text, "ru") if f.quote.startswith("Пострадал")]
    assert [(f.metric, f.value, f.group) for f in hurt] == [
        (Metric.MINE_INJURED, 1, Group.CIVILIANS)
    ]


def test_ru_people_who_suffered_in_the_plural_stay_victims() -> None:
    text = (
        "В Физулинском районе 3 мая 2025 года на мине подорвался автомобиль. Пострадали 2 человека."
    )
    hurt = [f for f in found(text, "ru") if f.quote.startswith("Пострадали")]
    assert [(f.metric, f.value) for f in hurt] == [(Metric.MINE_VICTIMS, 2)]


def test_en_a_count_brought_up_to_date_after_a_blast_is_that_blasts() -> None:
    text = (
        "Two deminers were injured when a mine exploded in Fuzuli district. "
        "The number of injured now stands at three, the agency said."
    )
    update = [f for f in found(text, "en") if f.value == 3]
    assert [(f.metric, f.scope) for f in update] == [(Metric.MINE_INJURED, Scope.INCIDENT)]


def test_en_a_count_brought_up_to_date_with_no_blast_told_stays_a_running_total() -> None:
    text = "The number of mine victims in Azerbaijan now stands at 390."
    assert [(f.metric, f.value, f.scope) for f in found(text, "en")] == [
        (Metric.MINE_VICTIMS, 390, Scope.CUMULATIVE)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In January 2024, deminers found 245 anti-personnel mines. "
            "In the same year, 12 people were killed by mines.",
        ),
        (
            "ru",
            "В январе 2024 года саперы обнаружили 245 противопехотных мин. "
            "В том же году от мин погибли 12 человек.",
        ),
        (
            "az",
            "2024-cü ilin yanvarında minaaxtaranlar 245 piyada əleyhinə mina aşkar edib. "
            "Həmin il minalardan 12 nəfər həlak olub.",
        ),
    ],
)
def test_the_same_year_takes_the_year_of_the_month_stated_before(lang: str, text: str) -> None:
    killed = [f for f in found(text, lang) if f.metric is Metric.MINE_KILLED]
    assert [(f.value, f.since, f.until) for f in killed] == [(12, "2024", None)]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Mine blast injures two civilians in Fuzuli\n\n"
            "Two civilians were injured when a mine exploded on 3 May 2025.",
            "Fuzuli",
        ),
        (
            "ru",
            "В Физулинском районе на мине подорвались мирные жители\n\n"
            "3 мая 2025 года при взрыве мины ранения получили 2 мирных жителя.",
            "Физулинском районе",
        ),
    ],
)
def test_the_headlines_district_places_the_body_incident_that_names_none(
    lang: str, text: str, place: str
) -> None:
    body = [f for f in found(text, lang) if f.start > text.index("\n")]
    assert [(f.metric, f.value, f.place) for f in body] == [(Metric.MINE_INJURED, 2, place)]


def test_a_body_naming_its_own_place_keeps_it_over_the_headlines() -> None:
    text = (
        "Mine blast injures two civilians in Fuzuli\n\n"
        "Two civilians were injured when a mine exploded in Aghdam district on 3 May 2025."
    )
    body = [f for f in found(text, "en") if f.start > text.index("\n")]
    assert [f.place for f in body] == ["Aghdam"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In 2023, deminers found 2,450 anti-personnel mines. "
            "In January, they found 245 anti-personnel mines.",
        ),
        (
            "ru",
            "В 2023 году саперы обнаружили 2450 противопехотных мин. "
            "В январе они обнаружили 245 противопехотных мин.",
        ),
    ],
)
def test_a_month_without_a_year_is_in_the_year_stated_before(lang: str, text: str) -> None:
    month = [f for f in found(text, lang) if f.value == 245]
    assert [(f.since, f.until) for f in month] == [("2023-01", None)]


def test_a_month_without_a_year_and_no_year_before_is_dated_by_publication() -> None:
    month = found("In January, deminers found 245 anti-personnel mines.", "en")
    assert [(f.value, f.since) for f in month] == [(245, "2025-01")]
