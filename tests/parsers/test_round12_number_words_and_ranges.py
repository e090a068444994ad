"""A half after a number word, and ranges of counts with a bound at each end."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Metric
from parsers.numbers import find_numbers

PUB = "2025-04-02"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "some one and a half million landmines"),
        ("ru", "около полутора миллионов мин"),
        ("az", "təxminən bir yarım milyon mina"),
    ],
)
def test_one_and_a_half_million_is_one_point_five_million(lang: str, text: str) -> None:
    assert [n.value for n in find_numbers(text, lang)] == [1_500_000]


def test_two_and_a_half_thousand_is_twenty_five_hundred() -> None:
    assert [n.value for n in find_numbers("two and a half thousand shells", "en")] == [2500]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "half of the mines"),
        ("az", "yarım saat ərzində"),
    ],
)
def test_a_half_with_no_number_before_it_is_no_count(lang: str, text: str) -> None:
    assert find_numbers(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The ministry says one and a half million mines were buried in the occupied lands.",
        ),
        ("az", "Mütəxəssislərin fikrincə, işğal dövründə bir yarım milyon mina basdırılıb."),
    ],
)
def test_a_stock_of_one_and_a_half_million_mines_is_one_figure(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.MINES_LAID, 1_500_000)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Officials believe that from one to one and a half million mines were planted "
            "in the region.",
        ),
        ("en", "Between 1 and 1.5 million mines were laid across the occupied districts."),
        ("ru", "По данным ведомства, в регионе заложено от одного до полутора миллионов мин."),
        ("ru", "На освобождённых землях установлено от 1 млн до 1,5 млн мин."),
        ("az", "Azad edilmiş ərazilərdə 1 milyondan 1,5 milyona qədər mina basdırılıb."),
    ],
)
def test_a_range_gives_the_low_end_at_least_and_the_high_end_at_most(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.bound) for f in figures] == [
        (Metric.MINES_LAID, 1_000_000, Bound.AT_LEAST),
        (Metric.MINES_LAID, 1_500_000, Bound.AT_MOST),
    ]


def test_a_range_of_small_counts_keeps_its_low_end_as_written() -> None:
    text = "From 10 to 15 mines were found near the village every day last week."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.bound) for f in figures] == [(10, Bound.AT_LEAST), (15, Bound.AT_MOST)]
