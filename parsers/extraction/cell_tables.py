"""A table the page gave as one cell a line: its header, then each row's cells in turn.

"İl / Zərərçəkənlər / o cümlədən mülki şəxslər / o cümlədən hərbçilər / 2021 / 158 / 71 / 87
/ ... / Cəmi / 389 / 200 / 189": text taken out of an HTML table loses its grid, and no
sentence holds a row's numbers together with the words that name them. The header's words
(a people verb, a group) name each column; the row's first cell says which year it counts.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.extraction.candidates import group_of
from parsers.extraction.metrics import people_metric
from parsers.models import Figure, Metric, Scope
from parsers.numbers import parse_number
from parsers.vocab import CompiledVocab

_LINE = re.compile(r"[^\n]*")
# a cell that is a count and nothing else
_COUNT = re.compile(r"\d{1,3}(?:[ \u00a0.,]\d{3})*")
# a row's first cell: a year, "2020 (10.11–31.12)" a part of one, or a word ("Total")
_YEAR = re.compile(r"((?:19|20)\d{2})\b")
_DAYS = re.compile(r"(\d{1,2})\.(\d{1,2})\s*[-–—]\s*(\d{1,2})\.(\d{1,2})")
_MIN_COLUMNS = 2
_MIN_ROWS = 2
_MAX_WIDTH = 8  # a row label and at most seven columns


def table_figures(text: str, vocab: CompiledVocab) -> list[Figure]:
    """The figures of every one-cell-a-line table in ``text`` whose header counts victims."""
    lines = [m.span() for m in _LINE.finditer(text) if m.group().strip()]
    figures: list[Figure] = []
    index = 0
    while index < len(lines):
        found = _table_at(text, lines, index, vocab)
        if found is None:
            index += 1
            continue
        table, used = found
        figures.extend(table)
        index += used
    return figures


def _cell(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]].strip()


def _table_at(
    text: str, lines: list[tuple[int, int]], start: int, vocab: CompiledVocab
) -> tuple[list[Figure], int] | None:
    """The table whose header starts at line ``start``, and how many lines it takes."""
    # the header: a row label's heading, then column headings, none of them a count; the
    # line right before the first count is the first row's label
    first_count = start
    while first_count < min(len(lines), start + _MAX_WIDTH + 1) and not _COUNT.fullmatch(
        _cell(text, lines[first_count])
    ):
        first_count += 1
    width = first_count - 1 - start  # the label heading and the column headings
    columns = width - 1
    if columns < _MIN_COLUMNS or first_count >= len(lines):
        return None
    headings = [_cell(text, lines[start + 1 + c]) for c in range(columns)]
    metric = _column_metric(headings[0], vocab)
    if metric is None:
        return None
    rows: list[int] = []  # the line of each row's label
    line = first_count - 1
    while line + width <= len(lines):
        label = _cell(text, lines[line])
        cells = [_cell(text, lines[line + 1 + c]) for c in range(columns)]
        if _COUNT.fullmatch(label) or not all(_COUNT.fullmatch(c) for c in cells):
            break
        rows.append(line)
        line += width
    if len(rows) < _MIN_ROWS:
        return None
    spans = [_row_period(_cell(text, lines[first])) for first in rows]
    dated = [s for s in spans if s[0] is not None]
    whole = (dated[0][0], dated[-1][1]) if dated else (None, None)
    figures = []
    for first, (since, until) in zip(rows, spans, strict=True):
        if since is None:
            since, until = whole  # "Cəmi", "Total": the table's whole span
        for column, heading in enumerate(headings):
            value = parse_number(_cell(text, lines[first + 1 + column]), vocab.vocab.lang)
            if value is None:
                continue
            figures.append(
                Figure(
                    metric=_column_metric(heading, vocab) or metric,
                    value=value,
                    group=group_of(heading, vocab),
                    scope=Scope.CUMULATIVE,
                    since=since,
                    until=until,
                    # the row, label to last cell: what the count was read from
                    quote=text[lines[first][0] : lines[first + columns][1]],
                    start=lines[first][0],
                    end=lines[first + columns][1],
                )
            )
    return figures, line - start


def _column_metric(heading: str, vocab: CompiledVocab) -> Metric | None:
    """The harm a column's heading names ("Zərərçəkənlər", "Həlak olanlar")."""
    trigger = vocab.people_trigger.search(heading)
    return people_metric(trigger) if trigger is not None else None


def _row_period(label: str) -> tuple[str | None, str | None]:
    """ "2021" is that year; "2020 (10.11–31.12)" the days of it the row counts."""
    year = _YEAR.match(label)
    if year is None:
        return None, None
    number = int(year.group(1))
    days = _DAYS.search(label, year.end())
    if days is None:
        return str(number), f"{number}-12-31"
    try:
        since = date(number, int(days.group(2)), int(days.group(1)))
        until = date(number, int(days.group(4)), int(days.group(3)))
    except ValueError:
        return str(number), f"{number}-12-31"
    return since.isoformat(), until.isoformat()
