"""az spans of days and months: "2021-ci ilin 1 martından 2023-cü ilin 15 mayınadək", "2023-cü
ilin mart ayında"; a total over one is counted from its first day to its last."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.models import Scope

PUB = "2025-03-10"


_spans = figure_reader("scope", "since", "until", lang="az", published=PUB)


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        (
            "2021-ci ilin 1 martından 2023-cü ilin 15 mayınadək 120 nəfər minadan zərər çəkib.",
            "2021-03-01",
            "2023-05-15",
        ),
        (
            "2022-ci ilin 5 yanvarından 2022-ci ilin 30 aprelinədək 640 mina aşkarlanıb.",
            "2022-01-05",
            "2022-04-30",
        ),
        (
            "2021-ci ilin 3 fevraldan 2024-cü ilin 9 oktyabra qədər 75 nəfər minaya düşüb.",
            "2021-02-03",
            "2024-10-09",
        ),
    ],
)
def test_a_span_told_day_before_month_has_both_ends(text: str, since: str, until: str) -> None:
    assert _spans(text) == [(Scope.CUMULATIVE, since, until)]


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("2023-cü ilin mart ayında 14 nəfər minaya düşüb.", "2023-03", "2023-03-31"),
        ("2024-cü ilin noyabr ayı ərzində 2 300 mina aşkarlanıb.", "2024-11", "2024-11-30"),
        ("2022-ci ilin fevralında minalardan 5 nəfər yaralanıb.", "2022-02", "2022-02-28"),
    ],
)
def test_one_month_of_a_named_year_is_that_month(text: str, since: str, until: str) -> None:
    assert _spans(text) == [(Scope.CUMULATIVE, since, until)]


def test_a_month_of_a_named_year_counted_from_stays_a_running_total() -> None:
    text = "2022-ci ilin avqust ayından bəri 2 700 mina aşkarlanıb."
    assert _spans(text) == [(Scope.CUMULATIVE, "2022-08", None)]


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("Ötən il minalardan 52 nəfər zərər çəkib.", "2024", "2024-12-31"),
        ("2023-cü ildə minalardan 61 nəfər zərər çəkib.", "2023", "2023-12-31"),
        ("2022-ci il ərzində 9 400 mina aşkarlanıb.", "2022", "2022-12-31"),
    ],
)
def test_a_year_that_ended_is_counted_to_its_last_day(text: str, since: str, until: str) -> None:
    assert _spans(text) == [(Scope.CUMULATIVE, since, until)]


@pytest.mark.parametrize(
    "text",
    [
        "2020-ci ildən bəri minalardan 410 nəfər zərər çəkib.",
        "2020-ci ildən bu yana minalardan 410 nəfər zərər çəkib.",
        "Üçtərəfli bəyanat imzalanandan bəri minalardan 410 nəfər zərər çəkib.",
    ],
)
def test_since_the_war_year_is_since_the_war_ended(text: str) -> None:
    assert _spans(text) == [(Scope.CUMULATIVE, "2020-11-10", None)]


def test_since_another_year_stays_that_year() -> None:
    text = "2021-ci ildən bəri minalardan 300 nəfər zərər çəkib."
    assert _spans(text) == [(Scope.CUMULATIVE, "2021", None)]


@pytest.mark.parametrize(
    "text",
    [
        "2019-2023-cü illərdə cəmi 41 200 mina zərərsizləşdirilib.",
        "2019-2023-cü illər ərzində cəmi 41 200 mina zərərsizləşdirilib.",
    ],
)
def test_a_span_of_years_counts_from_the_first_to_the_last(text: str) -> None:
    assert [(s, since) for s, since, _ in _spans(text)] == [(Scope.CUMULATIVE, "2019")]


def test_a_span_of_years_makes_the_next_paragraphs_counts_totals() -> None:
    text = (
        "Başlıq\n\n2019-2023-cü illərdə cəmi 41 200 mina zərərsizləşdirilib.\n"
        "Füzulidə 12 105, Cəbrayılda isə 8 004 mina zərərsizləşdirilib."
    )
    assert {scope for scope, _, _ in _spans(text)} == {Scope.CUMULATIVE}


def test_since_an_event_in_a_year_is_since_that_year() -> None:
    text = "Agentlik 2001-ci ildə yaradıldığı vaxtdan bəri 150 kvadrat kilometr ərazini təmizləyib."
    assert _spans(text) == [(Scope.CUMULATIVE, "2001", None)]


def test_a_day_of_a_named_year_is_no_running_count() -> None:
    text = "2021-ci il iyunun 4-də Kəlbəcərdə minaya düşən 2 nəfər həlak olub."
    assert _spans(text) == [(Scope.INCIDENT, None, None)]


def test_in_this_period_refers_to_the_period_stated_paragraphs_before() -> None:
    text = (
        "Başlıq\n\nAgentlik 2021-ci il martın 1-dən 2023-cü il mayın 31-dək olan dövr üzrə "
        "statistikanı açıqlayıb.\n\nBu dövrdə minalardan 120 nəfər zərər çəkib."
    )
    assert _spans(text) == [(Scope.CUMULATIVE, "2021-03-01", "2023-05-31")]
