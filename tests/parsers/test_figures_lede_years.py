"""The year a report's lede names dates its totals; "the outgoing year 2023" is the year 2023."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Scope

PUB = "2024-05-02"


@pytest.mark.parametrize(
    "text",
    [
        "GANJA, Azerbaijan, May 2. Agencies carried out demining in 2023, the report says.\n\n"
        "In these areas 31,600 mines were found.",
        "Azerbaijan reveals demining results\n\n"
        "GANJA, Azerbaijan, May 2. Agencies carried out demining in 2023, the report says.\n\n"
        "In these areas 31,600 mines were found.",
        "GANJA, Azerbaijan, May 2. Agencies carried out demining in 2023, the report says. "
        "In these areas 31,600 mines were found.",
    ],
)
def test_a_lede_after_a_dateline_dates_the_totals_after_it(text: str) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.scope, f.since, f.until) for f in figures] == [
        (31600, Scope.CUMULATIVE, "2023", "2023-12-31")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "During the outgoing year 2023, 31,600 mines were found."),
        ("en", "In the past year 2023, 31,600 mines were found."),
        ("en", "Over the past year 2023, ANAMA found 31,600 mines."),
        ("en", "During the outgoing 2023, 31,600 mines were found."),
        ("ru", "В уходящем 2023 году обнаружено 31 600 мин."),
        ("ru", "В минувшем 2023 году обнаружено 31 600 мин."),
        ("az", "Ötən 2023-cü ildə 31 600 mina aşkarlanıb."),
    ],
)
def test_the_past_year_named_is_that_year(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published="2024-01-10")
    assert [(f.value, f.scope, f.since, f.until) for f in figures] == [
        (31600, Scope.CUMULATIVE, "2023", "2023-12-31")
    ]
