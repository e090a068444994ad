"""Sentence splitting keeps exact spans and does not break inside abbreviations or numbers."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric
from parsers.sentences import MAX_SENTENCE, split, unwrap
from parsers.vocab import compiled

ABBREVIATIONS = compiled("en").abbreviations


def sentences(text: str) -> list[str]:
    return [s.text for s in split(text, ABBREVIATIONS)]


@pytest.mark.parametrize(
    "text",
    [
        "Decree No. 5 was signed.",
        "Maj. Gen. Volkov visited the area.",
        "The road runs 15 km. Along it mines were found.",
        "About 1.5 million mines remain.",
        "The U.S. Embassy funded demining.",
        "A. Volkov and B. Akpinar inspected the mines.",
    ],
)
def test_no_break_inside_abbreviations_and_decimals(text: str) -> None:
    assert sentences(text) == [text]


def test_breaks_after_a_full_stop_before_a_capital_or_digit() -> None:
    assert sentences("Mines were found. 45 people died! Was it safe? No.") == [
        "Mines were found.",
        "45 people died!",
        "Was it safe?",
        "No.",
    ]


def test_every_line_is_its_own_paragraph() -> None:
    found = list(split("Headline\n\nFirst. Second.\nThird", ABBREVIATIONS))
    assert [(s.text, s.paragraph) for s in found] == [
        ("Headline", 0),
        ("First.", 1),
        ("Second.", 1),
        ("Third", 2),
    ]


def test_spans_index_the_original_text() -> None:
    text = "  “Quoted.” Then 2,728 mines.  \n Last one "
    for sentence in split(text, ABBREVIATIONS):
        assert text[sentence.start : sentence.end] == sentence.text


def test_a_run_on_text_is_cut_into_pieces_of_bounded_length_at_clause_boundaries() -> None:
    clause = "teams found 12 mines near the village, and 3 residents were injured; "
    text = clause * 200
    pieces = list(split(text, ABBREVIATIONS))
    assert len(pieces) > 1
    assert all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert all(p.text.endswith(";") for p in pieces[:-1])
    assert "".join(p.text for p in pieces).replace(";", "; ").split() == text.split()


def test_a_run_on_text_without_any_space_is_still_cut() -> None:
    text = "x" * (3 * MAX_SENTENCE)
    pieces = list(split(text, ABBREVIATIONS))
    assert [len(p.text) for p in pieces] == [MAX_SENTENCE] * 3


WRAPPED = (
    "Mine victims rise to 298\n"
    "BAKU, Azerbaijan, Sept. 20. A total of 298 people have\n"
    "become victims of landmines since the end of the war, the agency\n"
    "said on Friday, adding that 54 of them died and the others were\n"
    "wounded in blasts across the liberated territories of the country.\n"
    "The agency urged residents to be careful.\n"
)


def test_unwrap_joins_the_lines_of_a_text_wrapped_at_a_column() -> None:
    lines = unwrap(WRAPPED).split("\n")
    assert lines[0] == "Mine victims rise to 298"
    assert lines[1].startswith("BAKU") and lines[1].endswith("of the country.")
    assert lines[2] == "The agency urged residents to be careful."


def test_unwrap_keeps_every_span_of_the_text() -> None:
    assert len(unwrap(WRAPPED)) == len(WRAPPED)


def test_unwrap_joins_a_line_whose_sentence_goes_on_in_lower_case() -> None:
    assert unwrap("Teams found 45 mines and\n12 shells.\nNext.") == (
        "Teams found 45 mines and 12 shells.\nNext."
    )
    assert unwrap("Teams found 45\nmines.") == "Teams found 45 mines."


def test_unwrap_keeps_short_lines_of_a_list_or_headline_apart() -> None:
    text = "Mines found this week\nFuzuli - 45\nAghdam - 12\nShusha - 3\n"
    assert unwrap(text) == text


def test_a_figure_split_over_wrapped_lines_is_read() -> None:
    [killed] = [f for f in extract(WRAPPED, lang="en") if f.value == 54]
    assert killed.metric is Metric.MINE_KILLED
    assert killed.quote.startswith("A total of 298") and killed.quote.endswith("country.")
    assert (killed.since, WRAPPED[killed.start : killed.end].count("\n")) == ("2020-11-10", 3)
