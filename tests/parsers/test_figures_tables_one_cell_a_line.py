"""A table a page gave one cell a line: a header of a row heading and column headings, then
each row's label and its counts. The column headings name the harm and group, the row label
the year (or the part of one) it counts; a label that is no year counts the whole table."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-02-01"

_TABLE = (
    "Mina qurbanları\n\n"
    "Agentlik illər üzrə bölgünü açıqlayıb:\n"
    "İl\nZərərçəkənlər\no cümlədən mülki şəxslər\no cümlədən hərbçilər\n"
    "2021 (01.03–31.12)\n120\n50\n70\n"
    "2022\n90\n40\n50\n"
    "Cəmi\n210\n90\n120\n"
    "Məlumatı ANAMA yayıb.\n"
)


def _rows() -> list[tuple[Metric, int | float, Group, str | None, str | None]]:
    return [
        (f.metric, f.value, f.group, f.since, f.until)
        for f in extract(_TABLE, lang="az", published=PUB)
    ]


def test_each_cell_counts_its_columns_harm_and_group_over_its_rows_year() -> None:
    assert _rows()[:6] == [
        (Metric.MINE_VICTIMS, 120, Group.ALL, "2021-03-01", "2021-12-31"),
        (Metric.MINE_VICTIMS, 50, Group.CIVILIANS, "2021-03-01", "2021-12-31"),
        (Metric.MINE_VICTIMS, 70, Group.MILITARY, "2021-03-01", "2021-12-31"),
        (Metric.MINE_VICTIMS, 90, Group.ALL, "2022", "2022-12-31"),
        (Metric.MINE_VICTIMS, 40, Group.CIVILIANS, "2022", "2022-12-31"),
        (Metric.MINE_VICTIMS, 50, Group.MILITARY, "2022", "2022-12-31"),
    ]


def test_the_total_row_counts_the_whole_table() -> None:
    assert _rows()[6:] == [
        (Metric.MINE_VICTIMS, 210, Group.ALL, "2021-03-01", "2022-12-31"),
        (Metric.MINE_VICTIMS, 90, Group.CIVILIANS, "2021-03-01", "2022-12-31"),
        (Metric.MINE_VICTIMS, 120, Group.MILITARY, "2021-03-01", "2022-12-31"),
    ]
