"""A report's intro states the days it covers before any count: its counts are over them."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Названо число мин, обнаруженных в первой половине ноября\n\n"
            "Агентство по разминированию сообщило об операциях, проведенных с 1 по 15 ноября "
            "на освобожденных территориях.\n\n"
            "В ходе работ саперы обнаружили 231 противопехотную мину.",
        ),
        (
            "en",
            "Demining results published\n\n"
            "ANAMA reported on its mine clearance operations carried out between November 1 and November 15, "
            "2025 in the liberated territories.\n\n"
            "Deminers found 231 anti-personnel mines.",
        ),
    ],
)
def test_counts_after_the_intro_are_over_its_days(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published="2025-11-17")
    assert [(f.metric, f.value, f.scope, f.since, f.until) for f in figures] == [
        (Metric.MINES_FOUND, 231, Scope.CUMULATIVE, "2025-11-01", "2025-11-15")
    ]
