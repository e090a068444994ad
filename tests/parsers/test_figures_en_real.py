"""English figure extraction aimed at real published articles (round 4).

Each case is a new sentence written the way AZERTAC, Trend, APA, Report, News.az and
the ministries write; one behaviour per test.
"""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Figure, Group, Metric, Scope

PUB = "2024-06-03"


def read(text: str) -> list[Figure]:
    return extract(text, lang="en", published=PUB)


def figures(text: str) -> list[tuple[object, ...]]:
    return [(f.metric, f.value, f.group) for f in read(text)]


def test_square_kilometres_alone_make_a_sentence_about_clearance() -> None:
    text = "In May, an area of 18.5 square kilometres was cleared in Jabrayil."
    assert figures(text) == [(Metric.AREA_CLEARED_HA, 1850, Group.ALL)]


def test_an_area_surveyed_is_not_an_area_cleared() -> None:
    text = "Since 2022, the agency has surveyed 61,000 hectares in Kalbajar district."
    assert figures(text) == []


def test_losing_his_right_leg_is_an_injury() -> None:
    text = "A herder lost his left leg when he stepped on a mine near Khojaly on Sunday."
    assert figures(text) == [(Metric.MINE_INJURED, 1, Group.CIVILIANS)]


def test_the_tractor_driver_is_one_civilian() -> None:
    text = (
        "On Wednesday a tractor ran over an anti-tank mine in Gubadli and the tractor driver died."
    )
    assert figures(text) == [(Metric.MINE_KILLED, 1, Group.CIVILIANS)]


def test_workers_are_civilians() -> None:
    text = "Since 2021, 19 road workers have been injured by mines in Lachin district."
    assert figures(text) == [(Metric.MINE_INJURED, 19, Group.CIVILIANS)]


def test_the_agency_s_workers_are_deminers() -> None:
    text = "Since 2021, 7 ANAMA workers have been injured by mines in Kalbajar."
    assert figures(text) == [(Metric.MINE_INJURED, 7, Group.DEMINERS)]


def test_demining_workers_are_deminers() -> None:
    text = "Since the war ended, 11 demining workers have been wounded by mines."
    found = read(text)
    assert [(f.metric, f.value, f.group, f.scope) for f in found] == [
        (Metric.MINE_INJURED, 11, Group.DEMINERS, Scope.CUMULATIVE)
    ]
