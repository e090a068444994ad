"""en: a named person who stepped on a mine, and "..., injuring a resident"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2025-05-05"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Rashad Guliyev stepped on a mine and was injured near Fuzuli.", Metric.MINE_INJURED),
        ("Elvin Mammadli stepped on a landmine in Aghdam and died.", Metric.MINE_KILLED),
        ("Shepherd triggered a mine and was wounded.", Metric.MINE_INJURED),
    ],
)
def test_a_person_who_stepped_on_a_mine_and_was_harmed_is_one(text: str, metric: Metric) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.scope) for f in figures] == [(metric, 1, Scope.INCIDENT)]


def test_a_named_speaker_is_no_victim() -> None:
    text = "Vugar Suleymanov said that 15 mines were found near the road last week."
    figures = extract(text, lang="en", published=PUB)
    assert [f.metric for f in figures] == [Metric.MINES_FOUND]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "On Monday, a mine exploded in the village of Gulustan, injuring a resident.",
            Metric.MINE_INJURED,
        ),
        (
            "An anti-tank mine exploded under a truck in Fuzuli, killing the driver.",
            Metric.MINE_KILLED,
        ),
    ],
)
def test_a_participle_after_the_blast_tells_what_befell_the_person(
    text: str, metric: Metric
) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(metric, 1)]
