"""az "2024-cü il ərzində" is that year; "minaçıların sayı N-ə çatıb" counts the genitive."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Group, Metric, Scope

PUB = "2025-02-05"


@pytest.mark.parametrize(
    "text",
    [
        "2024-cü il ərzində Tərtər rayonunda minalardan 14 nəfər zərər çəkib.",
        "2024-cü il ərzində ANAMA 14 min mina aşkarlayıb.",
    ],
)
def test_a_named_year_over_which_is_that_year(text: str) -> None:
    figures = extract(text, lang="az", published=PUB)
    assert [f.since for f in figures] == ["2024"]


def test_over_the_year_with_no_year_named_is_the_publication_year() -> None:
    text = "İl ərzində Tərtər rayonunda minalardan 14 nəfər zərər çəkib."
    figures = extract(text, lang="az", published=PUB)
    assert [f.since for f in figures] == ["2025"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Minaya düşən minaçıların sayı 61-ə çatıb.", Metric.MINE_VICTIMS),
        ("Mina partlayışında həlak olan minaaxtaranların sayı 12-yə çatıb.", Metric.MINE_KILLED),
    ],
)
def test_the_number_of_deminers_harmed_counts_deminers(text: str, metric: Metric) -> None:
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.group) for f in figures] == [(metric, Group.DEMINERS)]


def test_the_number_of_deminers_at_work_is_no_figure() -> None:
    text = "Mina təmizləmə işlərində çalışan minaçıların sayı 1500-ə çatıb."
    assert extract(text, lang="az", published=PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cari ilin yanvar-fevral aylarında 1120 mina aşkarlanıb.",
        "Bu ilin yanvar ayında Füzulidə 1120 mina aşkarlanıb.",
    ],
)
def test_months_of_this_year_count_from_the_first_of_them(text: str) -> None:
    figures = extract(text, lang="az", published=PUB)
    assert [(f.scope, f.since) for f in figures] == [(Scope.CUMULATIVE, "2025-01")]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Minadan zərər çəkənlərin sayı 402-yə çatıb.", Metric.MINE_VICTIMS),
        ("Mina partlayışları nəticəsində həlak olanların sayı 71-ə çatıb.", Metric.MINE_KILLED),
    ],
)
def test_the_number_of_those_a_verb_names_counts_them(text: str, metric: Metric) -> None:
    figures = extract(text, lang="az", published=PUB)
    assert [f.metric for f in figures] == [metric]


def test_a_count_that_has_passed_a_number_is_at_least_it() -> None:
    text = "Zərərsizləşdirilən minaların sayı 30 mini ötüb."
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.value, f.bound) for f in figures] == [
        (Metric.MINES_FOUND, 30000, Bound.AT_LEAST)
    ]
