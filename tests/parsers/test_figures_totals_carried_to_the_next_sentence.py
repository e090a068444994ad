"""Finds told right after a running total, in the same paragraph, go on with that total."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "To date, ANAMA has cleared 150,000 ha of land. The teams have found 500 anti-tank "
            "mines.",
        ),
        (
            "ru",
            "На данный момент очищено 150 тыс га. В ходе проведенных операций обнаружено 500 "
            "противотанковых мин.",
        ),
        (
            "az",
            "Hazırda 150 min hektar ərazi təmizlənib. Əməliyyatlar zamanı 500 tank əleyhinə mina "
            "aşkarlanıb.",
        ),
    ],
)
def test_finds_after_a_total_with_no_period_are_a_total(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group, f.scope) for f in figures] == [
        (Metric.AREA_CLEARED_HA, 150000, Group.ALL, Scope.CUMULATIVE),
        (Metric.MINES_FOUND, 500, Group.ANTI_TANK, Scope.CUMULATIVE),
    ]


def test_a_find_in_the_next_paragraph_is_its_own() -> None:
    text = "To date, ANAMA has cleared 150,000 ha.\n\nDeminers found 3 mines near the village."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.scope) for f in figures] == [
        (150000, Scope.CUMULATIVE),
        (3, Scope.INCIDENT),
    ]
