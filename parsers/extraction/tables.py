"""Tables a page printed as text: rows of cells set apart by bars, named by a header."""

from __future__ import annotations

import re

from parsers.extraction.candidates import Candidate
from parsers.extraction.places import places_in
from parsers.models import Metric
from parsers.sentences import Sentence
from parsers.vocab import CompiledVocab

# "Aghdam | 8,412.5 | 1,611": a row of a table a page printed with its cells set apart
_CELL_BAR = re.compile(r"\s\|\s")
_DIGIT = re.compile(r"\d")
# "Results by district (hectares / mines):": the row's cells after its name, in brackets
_BRACKETED_COLUMNS = re.compile(r"\((?P<names>[^()\d]+(?:/[^()\d]+)+)\)\s*:$")

# a results table's count of land, mines or ordnance with no verb is what was cleared
_COLUMN_METRICS = {
    "area": Metric.AREA_CLEARED_HA,
    "mine": Metric.MINES_FOUND,
    "uxo": Metric.UXO_FOUND,
}


def table_columns(sentences: list[Sentence]) -> dict[int, tuple[str, ...]]:
    """Each row of a table, by index, to its column names, cell by cell.

    The names come from a header line of cells without digits ("District | Hectares |
    Mines"), or from an introduction that names the cells after the row's own name in
    brackets ("Results by district (hectares / mines):").
    """
    columns: dict[int, tuple[str, ...]] = {}
    names: tuple[str, ...] = ()
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if not _CELL_BAR.search(text):
            bracketed = _BRACKETED_COLUMNS.search(text)
            names = (
                ("", *(name.strip() for name in bracketed.group("names").split("/")))
                if bracketed
                else ()
            )
        elif not _DIGIT.search(text):
            names = tuple(cell.strip() for cell in text.split("|"))
        elif names:
            columns[index] = names
    return columns


def column_counts(
    candidates: list[Candidate], text: str, columns: tuple[str, ...], vocab: CompiledVocab
) -> None:
    """A bare count in a row takes the land, mines or ordnance its column names.

    The row's first cell, when it names a place, is where each of its counts was made.
    """
    first_cell = text.find("|")
    named = places_in(text, 0, first_cell, vocab) if first_cell > 0 else ()
    for candidate in candidates:
        if candidate.metric is not None or candidate.kind is not None:
            continue
        cell = text.count("|", 0, candidate.start)
        if cell >= len(columns) or text[candidate.end :].split("|", 1)[0].strip():
            continue  # more than the number in its cell: the cell says what it counts
        name = vocab.head_noun.search(columns[cell])
        if name is None or name.lastgroup not in _COLUMN_METRICS:
            continue
        candidate.kind = name.lastgroup
        candidate.place = named[0][1] if named else None
        candidate.metric = _COLUMN_METRICS[name.lastgroup]
        if candidate.kind == "area":
            candidate.area_factor = next(
                factor for pattern, factor in vocab.area_factors if pattern.match(name[0])
            )
