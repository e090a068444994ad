"""Tables a page printed as text: each cell's count is what its column names."""

from __future__ import annotations

import pytest

from parsers.figures import extract

PUB = "2025-02-03"


def rows(text: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    return [
        (f.metric.value, f.value, f.place, f.since, f.until)
        for f in extract(text, lang="en", published=PUB)
    ]


_TOTAL = "Annual results\n\nIn 2024, deminers cleared 9,000 hectares of land.\n\n"


@pytest.mark.parametrize(
    "header",
    ["By district (hectares / mines):", "District | Hectares | Mines"],
)
def test_a_row_s_cells_count_what_their_columns_name(header: str) -> None:
    text = f"{_TOTAL}{header}\nLachin | 1,250.5 | 310\nShusha | 800 | 95\n"
    assert rows(text)[1:] == [
        ("area_cleared_ha", 1250.5, "Lachin", "2024", "2024-12-31"),
        ("mines_found", 310, "Lachin", "2024", "2024-12-31"),
        ("area_cleared_ha", 800, "Shusha", "2024", "2024-12-31"),
        ("mines_found", 95, "Shusha", "2024", "2024-12-31"),
    ]


def test_a_column_of_square_kilometres_is_converted() -> None:
    text = f"{_TOTAL}District | Area, km² | Mines\nLachin | 12.5 | 310\n"
    assert rows(text)[1] == ("area_cleared_ha", 1250, "Lachin", "2024", "2024-12-31")


def test_bars_without_a_header_are_no_table() -> None:
    text = f"{_TOTAL}12.02.2025 | 10:40 | Society\n"
    assert len(rows(text)) == 1


def test_a_column_that_names_no_mines_land_or_ordnance_counts_nothing() -> None:
    text = f"{_TOTAL}District | Teams | Mines\nLachin | 12 | 310\n"
    assert rows(text)[1:] == [("mines_found", 310, "Lachin", "2024", "2024-12-31")]
