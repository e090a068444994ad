"""Clearing verbs real articles use: headline present tense, "disarmed", a helper verb first."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Agency defuses 25 mines in May", 25),
        ("ANAMA neutralizes 40 mines in Tartar", 40),
        ("Deminers clear 120 mines in Aghdam over the week", 120),
        ("The fund helped the agency clear 610,000 mines since 2020.", 610000),
        ("The fund supported the agency in removing 610,000 mines since 2020.", 610000),
        ("UNDP assisted ANAMA in clearing 610,000 mines since 2020.", 610000),
        ("The donors helped the agency defuse 610,000 mines since 2020.", 610000),
    ],
)
def test_mines_cleared_in_other_words_were_found(text: str, value: int) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.MINES_FOUND, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Since 2020, 9,000 mines and UXOs have been disarmed.", 9000),
        ("Since 2020, 12,000 mines and other explosive weapons were neutralized.", 12000),
    ],
)
def test_mines_lumped_with_other_explosives_are_ordnance(text: str, value: int) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.UXO_FOUND, value)]


def test_a_headline_clears_land_in_the_present_tense() -> None:
    figures = extract("ANAMA clears 1,200 hectares in May", lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.AREA_CLEARED_HA, 1200)]
