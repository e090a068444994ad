"""Casualties told without a mine word right after a sentence about booby-traps or mined
ground are mine victims."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-05-20"


def found(text: str, lang: str) -> list[tuple[Metric, int, Group, str | None]]:
    return [(f.metric, f.value, f.group, f.since) for f in extract(text, lang=lang, published=PUB)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Officials know of booby-trapped graveyards. In 2021 three villagers died and one "
            "more was hurt while visiting a graveyard.",
        ),
        (
            "en",
            "Officials know of mined graveyards. In 2021 three villagers died and one more was "
            "hurt while visiting a graveyard.",
        ),
    ],
)
def test_casualties_after_a_sentence_about_booby_traps_are_mine_victims(
    lang: str, text: str
) -> None:
    assert found(text, lang) == [
        (Metric.MINE_KILLED, 3, Group.CIVILIANS, "2021"),
        (Metric.MINE_INJURED, 1, Group.CIVILIANS, "2021"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Власти знают о заминированных кладбищах. В 2021 году трое жителей села погибли, "
            "посещая кладбище.",
        ),
        (
            "az",
            "Rəsmilər minalanmış qəbiristanlıqlardan xəbərdardır. 2021-ci ildə qəbiristanlığı "
            "ziyarət edən üç kənd sakini həlak olub.",
        ),
    ],
)
def test_deaths_after_a_sentence_about_mined_graveyards_are_mine_victims(
    lang: str, text: str
) -> None:
    assert found(text, lang) == [(Metric.MINE_KILLED, 3, Group.CIVILIANS, "2021")]


def test_more_injured_in_a_mine_blast_are_read() -> None:
    text = "Three villagers died and two more were injured in a mine blast."
    assert [(f.metric, f.value) for f in extract(text, lang="en", published=PUB)] == [
        (Metric.MINE_KILLED, 3),
        (Metric.MINE_INJURED, 2),
    ]
