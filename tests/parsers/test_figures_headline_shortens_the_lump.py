"""A headline that shortens the body's "mines and ordnance" to "mines" states the body's
lumped count: one figure, the body's (uxo_found)."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Саперы нашли 150 тыс мин\n\nС начала года обнаружено 150 тыс мин и боеприпасов."),
        (
            "en",
            "Deminers found 150,000 mines\n\nSince 2020, 150,000 mines and unexploded ordnance "
            "have been found.",
        ),
        (
            "az",
            "Minaaxtaranlar 150 min mina aşkarlayıb\n\n2020-ci ildən bəri 150 min mina və "
            "partlamamış hərbi sursat aşkarlanıb.",
        ),
    ],
)
def test_the_headline_mines_are_the_body_lump(lang: str, text: str) -> None:
    assert [(f.metric, f.value) for f in extract(text, lang=lang)] == [(Metric.UXO_FOUND, 150000)]


def test_a_headline_count_the_body_does_not_state_stays() -> None:
    text = "Deminers found 120 mines\n\nSince 2020, 150,000 mines and unexploded ordnance have been found."
    assert sorted((f.metric.value, f.value) for f in extract(text, lang="en")) == [
        ("mines_found", 120),
        ("uxo_found", 150000),
    ]
