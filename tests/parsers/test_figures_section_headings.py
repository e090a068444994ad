"""A section heading about mines ("География подрывов") says what its paragraph is about."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.models import Metric

PUB = "2023-08-08"
BODY = (
    "Больше всего пострадавших за весь послевоенный период зарегистрировано в "
    "Агдамском районе – 58 человек."
)


_read = figure_reader("metric", "value", "since", lang="ru", published=PUB)


def test_a_heading_about_mines_carries_over_to_its_paragraph() -> None:
    text = f"Минная статистика\nВводный абзац о статистике.\nГеография подрывов\n{BODY}\n"
    assert _read(text) == [(Metric.MINE_VICTIMS, 58, "2020-11-10")]


@pytest.mark.parametrize(
    "before",
    [
        "География восстановления",
        "Саперы работают в Агдаме. Подрывов за неделю не было.",
    ],
)
def test_a_heading_about_something_else_or_a_full_paragraph_does_not(before: str) -> None:
    text = f"Минная статистика\nВводный абзац о статистике.\n{before}\n{BODY}\n"
    assert _read(text) == []
