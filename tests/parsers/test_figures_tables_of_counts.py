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


def test_each_number_of_a_row_counts_its_column_over_the_rows_period() -> None:
    text = (
        LEDE
        + "Динамика по годам:\n"
        + "Год | Пострадавшие | Погибли | Ранены\n"
        + "2021 | 150 | 20 | 130\n"
        + "2022 | 90 | 15 | 75\n"
    )
    assert _rows(text)[3:] == [
        (Metric.MINE_VICTIMS, 150, "2021", "2021-12-31"),
        (Metric.MINE_KILLED, 20, "2021", "2021-12-31"),
        (Metric.MINE_INJURED, 130, "2021", "2021-12-31"),
        (Metric.MINE_VICTIMS, 90, "2022", "2022-12-31"),
        (Metric.MINE_KILLED, 15, "2022", "2022-12-31"),
        (Metric.MINE_INJURED, 75, "2022", "2022-12-31"),
    ]


def test_columns_lined_up_by_spaces_and_a_closing_total_row() -> None:
    text = (
        LEDE
        + "Период Пострадавшие Погибли Ранены\n"
        + "10 ноября – 31 декабря 2020 г. 40 8 32\n"
        + "2021 г. 150 20 130\n"
        + "январь – июнь 2022 г. 45 7 38\n"
        + "Всего 235 35 200\n"
    )
    assert _rows(text)[3:] == [
        (Metric.MINE_VICTIMS, 40, "2020-11-10", "2020-12-31"),
        (Metric.MINE_KILLED, 8, "2020-11-10", "2020-12-31"),
        (Metric.MINE_INJURED, 32, "2020-11-10", "2020-12-31"),
        (Metric.MINE_VICTIMS, 150, "2021", "2021-12-31"),
        (Metric.MINE_KILLED, 20, "2021", "2021-12-31"),
        (Metric.MINE_INJURED, 130, "2021", "2021-12-31"),
        (Metric.MINE_VICTIMS, 45, "2022-01", "2022-06-30"),
        (Metric.MINE_KILLED, 7, "2022-01", "2022-06-30"),
        (Metric.MINE_INJURED, 38, "2022-01", "2022-06-30"),
        (Metric.MINE_VICTIMS, 235, "2020-11-10", "2022-06-30"),
        (Metric.MINE_KILLED, 35, "2020-11-10", "2022-06-30"),
        (Metric.MINE_INJURED, 200, "2020-11-10", "2022-06-30"),
    ]


def test_a_row_that_restates_the_lede_is_one_figure() -> None:
    text = LEDE + "Год | Пострадавшие | Погибли | Ранены\n2023 | 60 | 12 | 48\n"
    assert [(m, v) for m, v, _, _ in _rows(text)] == [
        (Metric.MINE_VICTIMS, 60),
        (Metric.MINE_KILLED, 12),
        (Metric.MINE_INJURED, 48),
    ]


def test_a_table_in_a_text_with_no_mine_figure_is_not_read() -> None:
    text = "Итоги сезона.\nГод | Пострадавшие | Погибли | Ранены\n2021 | 150 | 20 | 130\n"
    assert _rows(text) == []


def test_a_row_with_no_period_inside_the_table_is_no_figure() -> None:
    text = LEDE + "Район | Пострадавшие | Погибли\nАгдам | 30 | 6\n2022 | 90 | 15\n"
    assert [(m, v) for m, v, _, _ in _rows(text)][3:] == [
        (Metric.MINE_VICTIMS, 90),
        (Metric.MINE_KILLED, 15),
    ]
