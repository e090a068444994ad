"""A half after a number word: "one and a half million", "полутора миллионов", "bir yarım"."""

from __future__ import annotations

import pytest

from parsers.numbers import find_numbers


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
