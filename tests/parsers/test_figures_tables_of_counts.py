"""A table of counts: a header line naming each column's count, then a row per period."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Metric

PUB = "2024-03-01"

LEDE = (
    "Доклад о жертвах мин\n"
    "В 2023 году жертвами мин стали 60 человек: 12 погибли, 48 получили ранения.\n"
)


_rows = figure_reader("metric", "value", "since", "until", lang="ru", published=PUB)


def test_a_row_that_restates_the_lede_is_one_figure() -> None:
    text = LEDE + "Год | Пострадавшие | Погибли | Ранены\n2023 | 60 | 12 | 48\n"
    assert [(m, v) for m, v, _, _ in _rows(text)] == [
        (Metric.MINE_VICTIMS, 60),
        (Metric.MINE_KILLED, 12),
        (Metric.MINE_INJURED, 48),
    ]


def test_a_row_with_no_period_inside_the_table_is_no_figure() -> None:
    text = LEDE + "Район | Пострадавшие | Погибли\nАгдам | 30 | 6\n2022 | 90 | 15\n"
    assert [(m, v) for m, v, _, _ in _rows(text)][3:] == [
        (Metric.MINE_VICTIMS, 90),
        (Metric.MINE_KILLED, 15),
    ]
