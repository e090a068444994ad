"""``minewatch extract`` and ``minewatch baseline`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.errors import ExitCode
from crawler.figure_table import figure_table, shorten
from parsers.baseline import load
from parsers.models import Figure, Flag, Metric

INPUTS = Path(__file__).parent.parent / "fixtures" / "inspect"
TEXT = str(INPUTS / "mines_en.txt")
PAGE = str(INPUTS / "mines_page.html")
NOTHING = str(INPUTS / "no_figures_en.txt")


def run_json(capsys, *argv: str) -> list[dict]:
    assert main(["extract", "--json", *argv]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


# --- extract ----------------------------------------------------------------------


def test_extract_json_prints_one_object_per_file(capsys):
    results = run_json(capsys, TEXT, PAGE)
    assert [result["file"] for result in results] == [TEXT, PAGE]


def test_extract_json_of_a_text_file_gives_its_figures(capsys):
    (result,) = run_json(capsys, TEXT)
    assert (result["language"], result["published"]) == ("en", None)
    assert [(f["metric"], f["value"], f["place"]) for f in result["figures"]] == [
        ("mines_found", 120, "Kalbajar")
    ]


def test_extract_reads_an_html_page_without_its_sidebar(capsys):
    (result,) = run_json(capsys, PAGE)
    assert [figure["value"] for figure in result["figures"]] == [75]


def test_extract_takes_date_and_language_from_the_page(capsys):
    (result,) = run_json(capsys, PAGE)
    assert (result["language"], result["published"]) == ("en", "2023-03-05")


def test_extract_options_override_the_page(capsys):
    (result,) = run_json(capsys, "--lang", "en", "--published", "2024-01-31", PAGE)
    assert result["published"] == "2024-01-31"


def test_extract_figures_round_trip_as_figure_dicts(capsys):
    (result,) = run_json(capsys, TEXT)
    figure = Figure.from_dict(result["figures"][0])
    assert figure.metric is Metric.MINES_FOUND
    assert result["figures"][0]["quote"] == figure.quote


def test_extract_table_names_the_file_and_shows_each_figure(capsys):
    assert main(["extract", TEXT]) == 0
    out = capsys.readouterr().out
    assert f"== {TEXT} (language en, published unknown): 1 figure" in out
    assert "mines_found" in out and "120" in out and "Kalbajar" in out


def test_extract_table_says_when_a_file_has_no_figures(capsys):
    assert main(["extract", NOTHING]) == 0
    assert "(no figures)" in capsys.readouterr().out


def test_extract_missing_file_is_named_and_exits_with_usage(capsys, tmp_path):
    missing = str(tmp_path / "missing.html")
    assert main(["extract", TEXT, missing]) == ExitCode.USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert missing in captured.err and "no such file" in captured.err


def test_extract_directory_is_refused(capsys, tmp_path):
    assert main(["extract", str(tmp_path)]) == ExitCode.USAGE
    assert str(tmp_path) in capsys.readouterr().err


def test_extract_unknown_language_lists_the_allowed_ones(capsys):
    assert main(["extract", "--lang", "de", TEXT]) == ExitCode.USAGE
    assert "en, ru, az" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["24.11.2022", "2022-13-01", "2022-11"])
def test_extract_bad_published_date_is_refused(capsys, value):
    assert main(["extract", "--published", value, TEXT]) == ExitCode.USAGE
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_extract_undecodable_bytes_do_not_fail(capsys, tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\xff\xfe\x00garbage\x81")
    (result,) = run_json(capsys, str(path))
    assert result["figures"] == []


# --- baseline ---------------------------------------------------------------------


def test_baseline_json_is_the_list_of_baseline_figures(capsys):
    assert main(["baseline", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == [figure.to_dict() for figure in load().figures]


def test_baseline_json_is_pretty_printed(capsys):
    main(["baseline", "--json"])
    assert capsys.readouterr().out.startswith("[\n  {")


def test_baseline_table_has_a_row_per_figure_under_the_title(capsys):
    assert main(["baseline"]) == 0
    lines = capsys.readouterr().out.splitlines()
    baseline = load()
    assert lines[0] == baseline.article.title
    header = next(i for i, line in enumerate(lines) if line.startswith("metric"))
    assert len(lines) - header - 1 == len(baseline.figures)


# --- the table --------------------------------------------------------------------


def test_table_columns_are_aligned_and_flags_listed():
    figures = [
        Figure(Metric.MINE_KILLED, 1119, quote="1,119 were killed."),
        Figure(
            Metric.MINE_VICTIMS,
            45,
            place="Kalbajar",
            quote="45 victims.",
            flags=(Flag.KILLED_EXCEEDS_VICTIMS,),
        ),
    ]
    lines = figure_table(figures).splitlines()
    assert lines[1].index("1,119") == lines[2].index("45") == lines[0].index("value")
    assert "killed_exceeds_victims" in lines[2]


def test_long_quotes_are_shortened_to_one_line():
    quote = "word " * 40 + "\nend"
    short = shorten(quote, 30)
    assert len(short) == 30 and short.endswith("…") and "\n" not in short


def test_baseline_table_shows_mine_model_and_maker(capsys):
    main(["baseline"])
    saribaba = next(line for line in capsys.readouterr().out.splitlines() if "Saribaba" in line)
    assert "PMN-E, made in Armenia 2021" in saribaba
