"""`minewatch extract` shows the self-check flags, in Russian and Azerbaijani too."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.cli import main

TEXTS = Path(__file__).parent.parent / "fixtures" / "texts"


def extracted(capsys, name: str) -> list[dict]:
    assert main(["extract", "--json", "--published", "2023-05-01", str(TEXTS / name)]) == 0
    return json.loads(capsys.readouterr().out)["figures"]


def test_two_death_tolls_in_one_russian_text_are_flagged_as_conflicting(capsys):
    figures = extracted(capsys, "flags_ru.txt")
    flagged = {f["value"] for f in figures if "conflicting_values" in f["flags"]}
    assert flagged == {47, 45}


def test_more_killed_than_victims_in_an_azerbaijani_text_is_flagged(capsys):
    figures = extracted(capsys, "flags_az.txt")
    flagged = {(f["metric"], f["value"]) for f in figures if "killed_exceeds_victims" in f["flags"]}
    assert flagged == {("mine_victims", 40), ("mine_killed", 52)}


def test_flags_never_drop_a_figure(capsys):
    values = {f["value"] for f in extracted(capsys, "flags_ru.txt")}
    assert {47, 45, 35} <= values


def test_the_table_has_a_flags_column_with_the_flag(capsys):
    assert main(["extract", "--published", "2023-05-01", str(TEXTS / "flags_az.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "flags" in next(line for line in lines if line.startswith("metric"))
    assert sum("killed_exceeds_victims" in line for line in lines) == 2
