"""A running count that has passed or surpassed a number is at least that number."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Metric

PUB = "2025-06-30"


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("The number of mines neutralized has passed 30,000.", Metric.MINES_FOUND, 30000),
        ("Mine victims since 2020 have surpassed 400.", Metric.MINE_VICTIMS, 400),
        ("The number of mine victims has topped 400.", Metric.MINE_VICTIMS, 400),
    ],
)
def test_a_count_that_passed_a_number_is_at_least_it(text: str, metric: Metric, value: int) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.bound) for f in figures] == [(metric, value, Bound.AT_LEAST)]


def test_passing_things_on_the_way_is_no_count() -> None:
    text = "The deminers passed 300 houses on their way to the minefield."
    assert extract(text, lang="en", published=PUB) == []
