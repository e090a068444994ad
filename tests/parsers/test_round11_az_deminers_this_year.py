"""az "minaçı" is a deminer; "ilin əvvəlindən" counts from the start of the year."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2024-06-01"


def found(text: str) -> list[tuple[Metric, int, Group, Scope, str | None]]:
    figures = extract(text, lang="az", published=PUB)
    return [(f.metric, f.value, f.group, f.scope, f.since) for f in figures]


@pytest.mark.parametrize(
    "text",
    [
        "ANAMA\n\nİlin əvvəlindən bu günədək 12 minaçımız yaralanıb.",
        "ANAMA\n\nBu ilin əvvəlindən 12 minaaxtaran yaralanıb.",
    ],
)
def test_deminers_hurt_since_the_start_of_the_year(text: str) -> None:
    assert found(text) == [(Metric.MINE_INJURED, 12, Group.DEMINERS, Scope.CUMULATIVE, "2024")]


def test_the_start_of_a_year_named_is_that_year() -> None:
    text = "ANAMA\n\n2023-cü ilin əvvəlindən bu günədək 12 minaaxtaran yaralanıb."
    assert found(text) == [(Metric.MINE_INJURED, 12, Group.DEMINERS, Scope.CUMULATIVE, "2023")]
