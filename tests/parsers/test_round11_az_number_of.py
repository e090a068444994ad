"""az "qurbanlarının sayı 390-a çatıb": the number after "sayı" counts the genitive before it."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2024-06-01"


def found(text: str) -> list[tuple[Metric, int]]:
    return [(f.metric, f.value) for f in extract(text, lang="az", published=PUB)]


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        (
            "Mina qurbanları\n\n2020-ci ildən bəri mina qurbanlarının sayı 390-a çatıb.",
            Metric.MINE_VICTIMS,
            390,
        ),
        (
            "Mina qurbanları\n\nMüharibədən sonra mina partlayışlarında yaralananların sayı artıq "
            "320-yə çatıb.",
            Metric.MINE_INJURED,
            320,
        ),
        (
            "Mina qurbanları\n\nBu günədək mina qurbanlarının ümumi sayı 412-dir.",
            Metric.MINE_VICTIMS,
            412,
        ),
    ],
)
def test_the_number_of_victims_with_a_case_ending_is_read(
    text: str, metric: Metric, value: int
) -> None:
    assert found(text) == [(metric, value)]


def test_the_number_of_residents_is_no_count_of_victims() -> None:
    text = "Qayıdış\n\nMinalardan təmizlənmiş kəndin sakinlərinin sayı 390-a çatıb."
    assert found(text) == []
