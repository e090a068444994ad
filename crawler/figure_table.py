"""Figures as an aligned text table, for ``minewatch extract`` and ``minewatch baseline``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.models import Figure

QUOTE_WIDTH = 70
COLUMNS = (
    "metric",
    "value",
    "bound",
    "group",
    "scope",
    "since",
    "until",
    "place",
    "other",
    "flags",
)


def figure_table(figures: Sequence[Figure]) -> str:
    """Figures as an aligned text table, the quote shortened to one line."""
    if not figures:
        return "(no figures)"
    header = [*COLUMNS, "quote"]
    rows = [header] + [_row(figure) for figure in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def _row(figure: Figure) -> list[str]:
    values = [
        str(figure.metric),
        _number(figure.value),
        str(figure.bound),
        str(figure.group),
        str(figure.scope),
        figure.since or "-",
        figure.until or "-",
        figure.place or "-",
        _other(figure),
        ",".join(figure.flags) or "-",
    ]
    return [*values, shorten(figure.quote, QUOTE_WIDTH)]


def _other(figure: Figure) -> str:
    """The rarer fields in one cell: "PMN-E, made in Armenia 2021", "country Ukraine"."""
    made = " ".join(str(part) for part in (figure.made_in, figure.made_year) if part)
    parts = [
        figure.mine_model,
        f"made in {made}" if made else None,
        f"country {figure.country}" if figure.country else None,
    ]
    return ", ".join(part for part in parts if part) or "-"


def _number(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,g}"


def shorten(text: str, width: int) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
