"""A total with no period of its own: tens of thousands of items are never one find."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Group, Metric, Scope

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            'The agency chief added: "Nearly 9,400 anti-personnel, 6,100 anti-tank and over 21,000'
            ' unexploded munitions have been lifted and destroyed."',
        ),
        (
            "ru",
            "По итогам проведенных работ саперы выявили и уничтожили 96,3 тыс взрывоопасных "
            "предметов, в том числе 14 тыс противотанковых мин.",
        ),
        (
            "ru",
            "На данный момент очищено 150 тыс га. В ходе проведенных операций обнаружено 30 тыс "
            "противопехотных мин и 12 тыс противотанковых мин.",
        ),
    ],
)
def test_thousands_of_items_found_are_a_running_total(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert len(figures) >= 2
    assert {f.scope for f in figures} == {Scope.CUMULATIVE}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Deminers found 35 anti-tank mines near the village."),
        ("ru", "Саперы обнаружили 35 противотанковых мин у села."),
    ],
)
def test_a_find_of_tens_stays_one_event(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.scope) for f in figures] == [(35, Scope.INCIDENT)]


def test_a_running_total_in_a_quote_takes_the_period_before() -> None:
    text = (
        "Since November 2020, ANAMA has cleared 150,000 ha. The agency chief added: "
        '"Nearly 9,400 anti-personnel and 6,100 anti-tank mines have been lifted."'
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.scope, f.since) for f in figures] == [
        (150000, Scope.CUMULATIVE, "2020-11-10"),
        (9400, Scope.CUMULATIVE, "2020-11-10"),
        (6100, Scope.CUMULATIVE, "2020-11-10"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "About 9,400 anti-personnel, 6,100 anti-tank and 21,000 unexploded munitions have "
            "been destroyed since 2020.",
        ),
        (
            "ru",
            "С 2020 года обезврежено около 9,4 тыс противопехотных мин, 6,1 тыс противотанковых "
            "мин и 21 тыс неразорвавшихся боеприпасов.",
        ),
        (
            "az",
            "2020-ci ildən bəri təxminən 9,4 min piyada əleyhinə mina, 6,1 min tank əleyhinə mina "
            "və 21 min partlamamış hərbi sursat zərərsizləşdirilib.",
        ),
    ],
)
def test_about_at_the_head_of_a_list_bounds_every_item(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.bound) for f in figures] == [
        (Metric.MINES_FOUND, 9400, Bound.APPROX),
        (Metric.MINES_FOUND, 6100, Bound.APPROX),
        (Metric.UXO_FOUND, 21000, Bound.APPROX),
    ]


def test_an_item_with_its_own_bound_keeps_it() -> None:
    text = (
        "Nearly 9,400 anti-personnel, 6,100 anti-tank and over 21,000 unexploded munitions "
        "have been lifted and destroyed since 2020."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.group, f.bound) for f in figures] == [
        (9400, Group.ANTI_PERSONNEL, Bound.APPROX),
        (6100, Group.ANTI_TANK, Bound.APPROX),
        (21000, Group.ALL, Bound.AT_LEAST),
    ]


def test_a_part_after_an_about_total_keeps_its_own_bound() -> None:
    text = "About 300 people were hurt by mines since 2020, 45 of them killed."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.bound) for f in figures] == [(300, Bound.APPROX), (45, Bound.EXACT)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In the course of the operations, 850 anti-tank mines and 210 unexploded munitions "
            "were found.",
        ),
        ("ru", "По итогам проведенных работ выявлено 850 противотанковых мин и 210 снарядов."),
        ("ru", "В ходе проведенных операций обнаружено 850 противотанковых мин и 210 снарядов."),
        (
            "az",
            "Aparılan əməliyyatlar nəticəsində 850 tank əleyhinə mina və 210 partlamamış hərbi "
            "sursat aşkarlanıb.",
        ),
    ],
)
def test_the_results_of_operations_are_a_total_whatever_their_size(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.scope) for f in figures] == [
        (850, Scope.CUMULATIVE),
        (210, Scope.CUMULATIVE),
    ]
