"""An operator of the demining agency is a deminer; a cameraman stays a journalist."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.models import Group, Metric

_read = figure_reader("metric", "value", "group", lang="ru", published="2025-09-30")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Сегодня оператор Агентства по разминированию потерял ногу, подорвавшись на мине.",
            Group.DEMINERS,
        ),
        ("Сегодня оператор ANAMA получил ранение при взрыве мины у села Горчу.", Group.DEMINERS),
        ("Сегодня оператор телеканала получил ранение при взрыве мины.", Group.JOURNALISTS),
    ],
)
def test_whose_operator_decides_the_group(text: str, group: Group) -> None:
    assert _read(text) == [(Metric.MINE_INJURED, 1, group)]
