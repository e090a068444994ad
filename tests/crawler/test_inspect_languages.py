"""``minewatch extract`` on Russian and Azerbaijani texts: the language is detected and read."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.cli import main

TEXTS = Path(__file__).parent.parent / "fixtures" / "texts"
RUSSIAN = str(TEXTS / "mines_ru.txt")
AZERBAIJANI = str(TEXTS / "mines_az.txt")


def extracted(capsys, path: str) -> dict:
    assert main(["extract", "--json", "--published", "2023-10-16", path]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    return json.loads(line)


def claims(result: dict) -> list[tuple[object, ...]]:
    return [(f["metric"], f["value"], f["group"], f["since"]) for f in result["figures"]]


def test_a_russian_text_is_detected_as_russian(capsys):
    assert extracted(capsys, RUSSIAN)["language"] == "ru"


def test_a_russian_statement_gives_victims_killed_journalists_and_mines_laid(capsys):
    assert claims(extracted(capsys, RUSSIAN))[:3] == [
        ("mine_victims", 293, "all", "2020-11-10"),
        ("mine_killed", 55, "all", "2020-11-10"),
        ("mine_killed", 3, "journalists", "2020-11-10"),
    ]
    assert [f["metric"] for f in extracted(capsys, RUSSIAN)["figures"]][3:] == ["mines_laid"]


def test_an_azerbaijani_text_is_detected_as_azerbaijani(capsys):
    assert extracted(capsys, AZERBAIJANI)["language"] == "az"


def test_an_azerbaijani_weekly_report_gives_mines_ordnance_and_area(capsys):
    assert claims(extracted(capsys, AZERBAIJANI)) == [
        ("mines_found", 157, "all", "2023-10-09"),
        ("mines_found", 121, "anti_personnel", "2023-10-09"),
        ("mines_found", 36, "anti_tank", "2023-10-09"),
        ("uxo_found", 702, "all", "2023-10-09"),
        ("area_cleared_ha", 1083.6, "all", "2023-10-09"),
    ]


def test_the_table_shows_russian_and_azerbaijani_figures_together(capsys):
    assert main(["extract", "--published", "2023-10-16", RUSSIAN, AZERBAIJANI]) == 0
    out = capsys.readouterr().out
    assert "(language ru, published 2023-10-16): 4 figures" in out
    assert "(language az, published 2023-10-16): 5 figures" in out
    assert "Kəlbəcər" in out
