"""A count set off by commas after its noun: "Most of the ordnance, 510 items, was found"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2025-08-08"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Weekly\n\nFrom August 1 to August 7, 2025, teams found 802 unexploded ordnance. "
            "Most of the unexploded ordnance, 510 items, was found in Khojavend.",
        ),
        (
            "ru",
            "Итоги\n\nС 1 по 7 августа 2025 года обнаружено 802 неразорвавшихся боеприпаса. "
            "Большая часть боеприпасов, 510 единиц, обнаружена в Ходжавенде.",
        ),
    ],
)
def test_a_count_apposed_to_its_noun_counts_that_noun(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.since) for f in figures] == [
        (Metric.UXO_FOUND, 802, "2025-08-01"),
        (Metric.UXO_FOUND, 510, "2025-08-01"),
    ]


def test_a_count_after_a_clause_about_mines_counts_its_own_noun() -> None:
    text = "Return\n\nAfter the mines were cleared, 300 families returned to Fuzuli."
    assert extract(text, lang="en", published=PUB) == []
