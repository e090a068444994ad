"""A count of "them" in the next sentence, and date ranges with a comma after the first date."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Figure, Metric, Scope

PUB = "2024-02-10"


def found(text: str, lang: str) -> list[Figure]:
    return extract(text, lang=lang, published=PUB)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Results\n\nOver the year, 61 people became victims of landmines. Seventeen of them died.",
        ),
        (
            "en",
            "Results\n\nIn total, 61 people have become victims of landmines. 17 of them were killed.",
        ),
        ("ru", "Итоги\n\nЗа год жертвами мин стали 61 человек. 17 из них погибли."),
        ("ru", "Итоги\n\nВсего жертвами мин стали 61 человек. Из них 17 скончались."),
    ],
)
def test_a_count_of_them_after_a_total_is_part_of_that_total(lang: str, text: str) -> None:
    figures = found(text, lang)
    assert [(f.metric, f.value, f.scope) for f in figures] == [
        (Metric.MINE_VICTIMS, 61, Scope.CUMULATIVE),
        (Metric.MINE_KILLED, 17, Scope.CUMULATIVE),
    ]


def test_a_count_of_them_after_a_blast_stays_in_that_blast() -> None:
    text = (
        "On Monday, a mine exploded under a minibus near Aghdam, injuring six people. "
        "Two of them were children."
    )
    figures = found(text, "en")
    assert [f.scope for f in figures] == [Scope.INCIDENT, Scope.INCIDENT]


def test_a_count_of_them_with_a_bound_before_it_is_still_a_part() -> None:
    text = "Since the war ended, 380 people have been hurt by mines. Over 70 of them died."
    killed = [f for f in found(text, "en") if f.metric is Metric.MINE_KILLED]
    assert [(f.value, f.scope, f.since) for f in killed] == [(70, Scope.CUMULATIVE, "2020-11-10")]


@pytest.mark.parametrize(
    "text",
    [
        "Between November 10, 2020, and March 31, 2022, 186 people became victims of mines.",
        "From November 10, 2020, to March 31, 2022, 186 people became victims of mines.",
        "Between 10 November 2020, and 31 March 2022, 186 people became victims of mines.",
    ],
)
def test_a_range_with_a_comma_after_its_first_date_is_a_period(text: str) -> None:
    victims = [f for f in found(text, "en") if f.metric is Metric.MINE_VICTIMS]
    assert [(f.value, f.scope, f.since, f.until) for f in victims] == [
        (186, Scope.CUMULATIVE, "2020-11-10", "2022-03-31")
    ]
