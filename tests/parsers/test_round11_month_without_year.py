"""A month named without a year dates a count; a number grouped by a space is no day."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2024-03-05"


def found(text: str, lang: str) -> list[tuple[Metric, int, Scope, str | None]]:
    figures = extract(text, lang=lang, published=PUB)
    return [(f.metric, f.value, f.scope, f.since) for f in figures]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("az", "ANAMA\n\nFevralda 245 mina aşkar edilib."),
        ("az", "ANAMA\n\nFevralda minaaxtaranlar 245 mina aşkarlayıb."),
        ("az", "ANAMA\n\nFevral ayında 245 mina aşkar edilib."),
    ],
)
def test_az_a_month_in_the_locative_is_the_counts_month(lang: str, text: str) -> None:
    assert found(text, lang) == [(Metric.MINES_FOUND, 245, Scope.CUMULATIVE, "2024-02")]


def test_az_a_locative_month_takes_the_year_stated_before() -> None:
    text = "ANAMA\n\n2023-cü ildə işlər davam edib. Fevralda 245 mina aşkar edilib."
    assert found(text, "az") == [(Metric.MINES_FOUND, 245, Scope.CUMULATIVE, "2023-02")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("az", "ANAMA\n\nFevralda 1 245 mina aşkar edilib."),
        ("ru", "Итоги\n\nВ феврале 1 245 мин обнаружено саперами."),
        ("en", "Results\n\nIn February 1,245 mines were found."),
    ],
)
def test_a_count_grouped_by_a_space_or_comma_after_a_month_is_read_whole(
    lang: str, text: str
) -> None:
    assert found(text, lang) == [(Metric.MINES_FOUND, 1245, Scope.CUMULATIVE, "2024-02")]


def test_a_day_after_a_month_is_still_a_date() -> None:
    text = "Results\n\nOn February 12 deminers found 15 mines near Lachin."
    assert [value for _, value, _, _ in found(text, "en")] == [15]
