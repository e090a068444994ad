"""Tables of counts: a header line naming what each column counts, then a row per period.

"Период | Пострадавшие | Погибли | Ранены" over "2021 | 146 | 21 | 125" (or the same with
the columns lined up by spaces): each number is a figure of its column's metric over its
row's period. A last row with no period of its own ("Итого", "Total") counts over all the
rows above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.extraction.candidates import group_of
from parsers.extraction.metrics import people_metric
from parsers.models import Figure, Group, Metric, Scope
from parsers.periods import Period
from parsers.sentences import Sentence
from parsers.vocab import CompiledVocab

_PIPE = re.compile(r"\s*\|\s*")
_DIGIT = re.compile(r"\d")
_INTEGER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Column:
    metric: Metric
    group: Group
    factor: float = 1.0  # hectares per unit of an area column


def _cells(text: str) -> list[str]:
    """A line's cells: between pipes, else its words (a table lined up by spaces)."""
    if "|" in text:
        return [cell for cell in _PIPE.split(text.strip().strip("|")) if cell]
    return text.split()


def _column(cell: str, vocab: CompiledVocab) -> Column | None:
    """What a header cell says its column counts, if it names a count."""
    trigger = vocab.people_trigger.search(cell)
    if trigger is not None:
        return Column(people_metric(trigger), group_of(cell, vocab))
    for pattern, factor in vocab.area_factors:
        if pattern.search(cell):
            return Column(Metric.AREA_CLEARED_HA, Group.ALL, factor)
    if vocab.uxo_noun.search(cell):
        return Column(Metric.UXO_FOUND, Group.ALL)
    if vocab.mine_noun.search(cell):
        return Column(Metric.MINES_FOUND, group_of(cell, vocab))
    return None


def header_columns(sentence: Sentence, vocab: CompiledVocab) -> list[Column] | None:
    """The columns of a table whose header line this is: a label cell, then counts."""
    if len(sentence.text) > _HEADER_LENGTH or _DIGIT.search(sentence.text):
        return None
    cells = _cells(sentence.text)
    if not 3 <= len(cells) <= _HEADER_CELLS or _column(cells[0], vocab) is not None:
        return None
    columns = []
    for cell in cells[1:]:
        column = _column(cell, vocab)
        if column is None:
            return None
        columns.append(column)
    return columns


_HEADER_LENGTH = 200  # a header line is short: a label and a few column names
_HEADER_CELLS = 10


def row_values(sentence: Sentence, width: int) -> list[int] | None:
    """The counts at the end of a row of a table ``width`` columns of counts wide."""
    cells = _cells(sentence.text)
    if len(cells) <= width:
        return None
    tail = cells[-width:]
    if not all(_INTEGER.fullmatch(cell.replace("\u00a0", "").replace(" ", "")) for cell in tail):
        return None
    return [int(cell.replace("\u00a0", "").replace(" ", "")) for cell in tail]


def table_rows(sentences: list[Sentence], vocab: CompiledVocab) -> dict[int, list[Column]]:
    """Each row of a table, by sentence index, to the columns its header names."""
    rows: dict[int, list[Column]] = {}
    columns: list[Column] | None = None
    for index, sentence in enumerate(sentences):
        if columns is not None and row_values(sentence, len(columns)) is not None:
            rows[index] = columns
            continue
        columns = header_columns(sentence, vocab)
    return rows


def row_figures(
    sentence: Sentence,
    columns: list[Column],
    periods: list[Period],
    rows_above: list[Period],
    last: bool,
) -> list[Figure]:
    """The figures of one row: its counts over its period.

    A row with no period counts over the rows above it only when it closes the table (the
    total); any other row without one is no figure.
    """
    values = row_values(sentence, len(columns))
    assert values is not None
    stated = next((p for p in periods if p.since or p.until), None)
    if stated is not None:
        since, until = stated.since, stated.until or stated.closes
    elif last and rows_above:
        since = rows_above[0].since
        until = rows_above[-1].until or rows_above[-1].closes
    else:
        return []
    return [
        Figure(
            metric=column.metric,
            value=_hectares(value, column.factor),
            group=column.group,
            scope=Scope.CUMULATIVE,
            since=since,
            until=until,
            quote=sentence.text,
            start=sentence.start,
            end=sentence.end,
        )
        for column, value in zip(columns, values, strict=True)
    ]


def _hectares(value: int, factor: float) -> int | float:
    if factor == 1.0:
        return value
    scaled = round(value * factor, 4)
    return int(scaled) if scaled == int(scaled) else scaled
