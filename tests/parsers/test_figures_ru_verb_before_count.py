"""Russian puts a people verb before its count: "погибли 49 человек", "ранения получили 111"."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2025-03-14"


_read = figure_reader("metric", "value", lang="ru", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "С 2005 года в результате подрывов на минах погибли 37 человек, ранения "
            "различной степени тяжести получили 95 человек.",
            [(Metric.MINE_KILLED, 37), (Metric.MINE_INJURED, 95)],
        ),
        (
            "За десять лет на минах погибли 14 человек, тяжелые травмы получили 52 человека.",
            [(Metric.MINE_KILLED, 14), (Metric.MINE_INJURED, 52)],
        ),
        (
            "С начала года на минах подорвались 19 человек, увечья получили 11 из них.",
            [(Metric.MINE_VICTIMS, 19), (Metric.MINE_INJURED, 11)],
        ),
    ],
)
def test_each_count_takes_the_verb_right_before_it(
    text: str, expected: list[tuple[Metric, int]]
) -> None:
    assert _read(text) == expected


def test_a_noun_of_harm_before_the_subject_is_no_verb_of_it() -> None:
    text = "Житель села Алыханлы подорвался на мине. От полученных ранений мужчина скончался."
    assert _read(text)[-1] == (Metric.MINE_KILLED, 1)


def test_a_victims_verb_before_one_person_yields_to_the_harm_told_after() -> None:
    text = "В Физулинском районе на мине подорвался пастух Ильгар Ахмедов, врачи ампутировали ему ногу."
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINE_INJURED, 1, Group.CIVILIANS)
    ]
