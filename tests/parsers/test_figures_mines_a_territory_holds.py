"""What a territory had or held is mines laid, also when mines and shells are counted together."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Metric

PUB = "2024-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Surveys showed the occupied zone had about 800,000 mines and shells.",
        "The occupied territories held about 800,000 mines.",
        "The occupied territories contain about 800,000 mines and shells.",
    ],
)
def test_mines_a_territory_had_were_laid(text: str) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.bound) for f in figures] == [
        (Metric.MINES_LAID, 800000, Bound.APPROX)
    ]


def test_mines_and_shells_found_stay_ordnance_found() -> None:
    figures = extract("Deminers found 800 mines and shells in the zone.", lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.UXO_FOUND, 800)]
