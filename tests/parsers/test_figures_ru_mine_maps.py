"""Mine maps and formulars count the mines laid (figures.md: "formulars for N mines")."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric


def _read(text: str) -> list[tuple[Metric, int | float]]:
    return [(f.metric, f.value) for f in extract(text, lang="ru", published="2024-02-13")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В пяти новых формулярах отражены сведения о 640 противопехотных минах.",
            [(Metric.MINES_LAID, 640)],
        ),
        (
            "Армения передала карту минных полей Физулинского района, на которой "
            "отмечено около 35 тысяч мин.",
            [(Metric.MINES_LAID, 35000)],
        ),
        (
            "По картам минных полей саперы обнаружили 210 мин у села Гиясли.",
            [(Metric.MINES_FOUND, 210)],
        ),
    ],
)
def test_what_a_map_or_formular_shows_is_laid(text: str, expected: list) -> None:
    assert _read(text) == expected


def test_a_count_of_formulars_is_no_figure() -> None:
    assert _read("Ранее Армения передала 972 формуляра минных полей.") == []
