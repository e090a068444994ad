"""Mine maps and formulars count the mines laid (figures.md: "formulars for N mines")."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.models import Metric

_read = figure_reader("metric", "value", lang="ru", published="2024-02-13")


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
