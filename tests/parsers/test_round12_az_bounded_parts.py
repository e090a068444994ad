"""az "Onlardan 300-ə yaxını", "70-dən çoxu": a bounded count of them, in the total's group."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Group, Metric

PUB = "2025-08-01"


@pytest.mark.parametrize(
    ("follow_up", "metric", "value", "bound"),
    [
        ("Onlardan 300-ə yaxını yaralanıb.", Metric.MINE_INJURED, 300, Bound.APPROX),
        ("Onlardan 70-dən çoxu həlak olub.", Metric.MINE_KILLED, 70, Bound.AT_LEAST),
        ("Onlardan 70-dən artığı həlak olub.", Metric.MINE_KILLED, 70, Bound.AT_LEAST),
    ],
)
def test_a_bounded_count_of_them_is_a_part_of_the_total_before(
    follow_up: str, metric: Metric, value: int, bound: Bound
) -> None:
    text = f"2020-ci ilin noyabrından bəri minalardan 395 nəfər zərər çəkib. {follow_up}"
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.value, f.bound) for f in figures][-1] == (metric, value, bound)


def test_a_bounded_count_of_them_keeps_the_group_of_the_total() -> None:
    text = "Minalardan 395 mülki şəxs zərər çəkib. Onlardan 300-ə yaxını yaralanıb."
    figures = extract(text, lang="az", published=PUB)
    assert [(f.value, f.group) for f in figures] == [(395, Group.CIVILIANS), (300, Group.CIVILIANS)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Since 2020, 395 civilians have been hit by mines. Eighty of them were killed."),
        ("ru", "С 2020 года на минах подорвались 395 мирных жителей. 80 из них погибли."),
    ],
)
def test_a_count_of_them_after_civilians_counts_civilians(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures][-1] == (
        Metric.MINE_KILLED,
        80,
        Group.CIVILIANS,
    )
