"""az reports that count several events and break their victims down.

"3 mina hadisəsi", "12 hadisədə" add events up (a total, not one blast); "zərərçəkənlərdən
9-u", "Həlak olanlardan 40-ı" break an earlier total down, each part keeping the harm its
own verb names; a household gas blast counts no mine victims.
"""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2024-03-04"


_figures = figure_reader("metric", "value", "group", "scope", lang="az", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Fevralda 4 mina hadisəsi baş verib, nəticədə 2 nəfər həlak olub.",
        "Rayonda 11 hadisədə 2 nəfər minaya düşərək həlak olub.",
        "Mina hadisələri nəticəsində 2 nəfər həlak olub.",
    ],
)
def test_a_count_of_events_makes_a_total(text: str) -> None:
    assert _figures(text) == [(Metric.MINE_KILLED, 2, Group.ALL, Scope.CUMULATIVE)]


def test_one_event_stays_an_incident() -> None:
    text = "Dünən Füzulidə mina hadisəsi baş verib, nəticədə 2 nəfər həlak olub."
    assert _figures(text) == [(Metric.MINE_KILLED, 2, Group.ALL, Scope.INCIDENT)]


def test_parts_of_the_victims_keep_their_own_harm() -> None:
    text = (
        "Ötən il minalardan 60 nəfər zərər çəkib. "
        "Zərərçəkənlərdən 11-i həlak olub, 49-u müxtəlif dərəcəli xəsarət alıb."
    )
    assert _figures(text) == [
        (Metric.MINE_VICTIMS, 60, Group.ALL, Scope.CUMULATIVE),
        (Metric.MINE_KILLED, 11, Group.ALL, Scope.CUMULATIVE),
        (Metric.MINE_INJURED, 49, Group.ALL, Scope.CUMULATIVE),
    ]


@pytest.mark.parametrize(
    ("opening", "metric"),
    [("Həlak olanlardan", Metric.MINE_KILLED), ("Xəsarət alanlardan isə", Metric.MINE_INJURED)],
)
def test_parts_of_the_dead_or_hurt_told_in_a_later_paragraph(opening: str, metric: Metric) -> None:
    text = (
        "2021-ci ildən bəri minalardan 200 nəfər zərər çəkib: 50 nəfər həlak olub, 150 nəfər "
        f"yaralanıb.\n\nBaşqa bir məlumat da verilib.\n\n{opening} 30-u mülki şəxs, 20-si hərbçidir."
    )
    parts = [f for f in extract(text, lang="az", published=PUB) if f.value in (30, 20)]
    assert [(f.metric, f.group, f.scope, f.since) for f in parts] == [
        (metric, Group.CIVILIANS, Scope.CUMULATIVE, "2021"),
        (metric, Group.MILITARY, Scope.CUMULATIVE, "2021"),
    ]


def test_a_household_gas_blast_counts_no_mine_victims() -> None:
    text = (
        "Ötən il minalardan 60 nəfər zərər çəkib. "
        "Məişət qazının partlaması ilə bağlı 19 hadisədə isə 5 nəfər həlak olub."
    )
    assert [f.value for f in extract(text, lang="az", published=PUB)] == [60]


def test_a_part_of_the_victims_told_after_an_aside_keeps_its_harm() -> None:
    text = (
        "Başlıq\n\nİl ərzində 18 mina hadisəsində 30 nəfər zərər çəkib.\n"
        "Bu barədə hesabatda deyilir.\n"
        "Hesabata görə, zərərçəkənlərdən 7-si hadisə yerində və ya xəstəxanada vəfat edib. "
        "23 nəfər isə müxtəlif dərəcəli xəsarətlər alıb."
    )
    assert [(f.metric, f.value) for f in extract(text, lang="az", published=PUB)] == [
        (Metric.MINE_VICTIMS, 30),
        (Metric.MINE_KILLED, 7),
        (Metric.MINE_INJURED, 23),
    ]


def test_counts_joined_by_and_share_the_verb_after_the_last() -> None:
    text = (
        "Başlıq\n\nAvqustda minalardan 12 nəfər zərər çəkib. "
        "Onlardan 3 mülki şəxs həlak olub, 5 mülki şəxs və 4 hərbçi isə yaralanıb."
    )
    parts = [f for f in extract(text, lang="az", published=PUB) if f.value != 12]
    assert [(f.metric, f.value, f.group) for f in parts] == [
        (Metric.MINE_KILLED, 3, Group.CIVILIANS),
        (Metric.MINE_INJURED, 5, Group.CIVILIANS),
        (Metric.MINE_INJURED, 4, Group.MILITARY),
    ]


def test_a_count_after_a_comma_keeps_its_own_clause() -> None:
    text = (
        "Dünən minaya düşən 5 nəfər həlak olub, onlardan ikisi hərbçidir, üç nəfər isə yaralanıb."
    )
    assert (Metric.MINE_KILLED, 2, Group.MILITARY, Scope.INCIDENT) in _figures(text)
