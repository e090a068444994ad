"""A day range in brackets ("over the past week (November 6-12)") is the period, never a count."""

from __future__ import annotations

import pytest

from parsers.figures import extract

PUB = "2023-11-13"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "ANAMA: 84 mines and 120 UXOs found over the past week (November 6-12)"),
        ("en", "ANAMA found 84 mines and 120 UXOs over the past week (6-12 November)."),
        ("en", "Over the past week (November 6-12), 84 mines and 120 UXOs were found."),
        ("ru", "Обнаружено 84 мины и 120 боеприпасов за прошедшую неделю (6-12 ноября)."),
        ("az", "84 mina və 120 partlamamış hərbi sursat ötən həftə (6-12 noyabr) aşkarlanıb."),
    ],
)
def test_the_days_of_the_range_are_no_counts(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert sorted(f.value for f in figures) == [84, 120]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Over the past week (November 6-12), ANAMA found 84 mines in Aghdam."),
        ("en", "During the past week (6-12 November), 84 mines were found."),
        ("ru", "За прошедшую неделю (6-12 ноября) обнаружено 84 мины."),
        ("az", "Ötən həftə (6-12 noyabr) 84 mina aşkarlanıb."),
    ],
)
def test_the_bracketed_range_is_the_period(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.since, f.until) for f in figures] == [(84, "2023-11-06", "2023-11-12")]
