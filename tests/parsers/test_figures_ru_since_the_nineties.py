"""Russian "с начала 1990-х годов" counts since the first war, 1991 (figures.md)."""

from __future__ import annotations

import pytest

from parsers.figures import extract


@pytest.mark.parametrize(
    "period",
    ["С начала 1990-х годов", "С 1990-х годов", "С начала 90-х"],
)
def test_since_the_nineties_is_1991(period: str) -> None:
    text = f"{period} в Азербайджане зарегистрированы 3 400 жертв мин."
    figures = extract(text, lang="ru", published="2024-02-16")
    assert [(f.value, f.since) for f in figures] == [(3400, "1991")]
