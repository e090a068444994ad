"""Scoring page reading against labelled pages: token-bag text scores, exact fields."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from parsers.evaluate_pages import (
    LabelError,
    PageLabel,
    parse_label,
    score_page,
    summarise,
    summary_line,
    text_score,
    tokens,
)
from parsers.models import Article

REPO = Path(__file__).parent.parent.parent
EVAL_PAGES = REPO / "tests" / "fixtures" / "pages_eval"


def label(**fields) -> PageLabel:
    values = {"name": "p", "title": "T", "published": "2022-11-24", "language": "en", "text": ""}
    values.update(fields)
    return PageLabel(**values)


def article(**fields) -> Article:
    values = {"url": "u", "title": "T", "published": "2022-11-24", "language": "en", "text": ""}
    values.update(fields)
    return Article(**values)


def test_tokens_are_lowercased_words_without_punctuation():
    assert tokens("Mines, mines: 1,200!") == {"mines": 2, "1": 1, "200": 1}


def test_identical_texts_score_one():
    score = text_score("Two mines found.\n\nOne injured.", "Two mines found. One injured.")
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def test_leaked_words_lower_precision_only():
    score = text_score("two mines found most read three killed", "two mines found")
    assert score.precision == pytest.approx(3 / 7)
    assert score.recall == 1.0


def test_lost_words_lower_recall_only():
    score = text_score("two mines", "two mines found today")
    assert (score.precision, score.recall) == (1.0, 0.5)


def test_a_repeated_word_counts_as_often_as_the_label_has_it():
    assert text_score("mines mines mines", "mines").precision == pytest.approx(1 / 3)


def test_empty_prediction_for_a_text_scores_zero():
    assert text_score("", "two mines").f1 == 0.0


def test_both_empty_scores_one():
    assert text_score("", "").f1 == 1.0


def test_page_score_reports_each_field_and_the_words_lost_and_leaked():
    score = score_page(
        article(title="Mines  found", published="2022-11-23", language="ru", text="two mines ads"),
        label(title="Mines found", text="two mines found"),
    )
    assert (score.title_ok, score.date_ok, score.language_ok) == (True, False, False)
    assert score.missing == ("found",)
    assert score.extra == ("ads",)


def test_summary_averages_precision_and_recall_then_takes_f1_of_the_averages():
    perfect = score_page(article(text="a b"), label(text="a b"))
    half = score_page(article(text="a b", published=None), label(text="a b c d"))
    summary = summarise([perfect, half])
    assert (summary.precision, summary.recall) == (1.0, 0.75)
    assert summary.f1 == pytest.approx(2 * 0.75 / 1.75)
    assert summary.date_accuracy == 0.5


def test_summary_line_is_machine_readable():
    summary = summarise([score_page(article(text="a"), label(text="a"))])
    assert summary_line(summary) == "text_f1=1.00 date_acc=1.00 title_acc=1.00 lang_acc=1.00 n=1"


def test_label_needs_a_string_text():
    with pytest.raises(LabelError, match=r"x\.json: 'text'"):
        parse_label("x", json.dumps({"title": "T", "language": "en", "published": None}))


def test_label_date_must_be_iso():
    sidecar = {"title": "T", "language": "en", "text": "", "published": "24.11.2022"}
    with pytest.raises(LabelError, match=r"x\.json: 'published'"):
        parse_label("x", json.dumps(sidecar))


def test_every_evaluation_page_has_a_valid_label():
    pages = sorted(EVAL_PAGES.glob("*.html"))
    assert len(pages) >= 24
    for page in pages:
        parse_label(page.stem, page.with_suffix(".json").read_text(encoding="utf-8"))


def test_command_prints_the_summary_line_last(tmp_path):
    (tmp_path / "a.html").write_text(
        "<html><head><title>Mines</title></head><body><p>Two mines found.</p></body></html>"
    )
    sidecar = {"title": "Mines", "published": None, "language": "en", "text": "Two mines found."}
    (tmp_path / "a.json").write_text(json.dumps(sidecar))
    result = subprocess.run(
        [sys.executable, "-m", "parsers.evaluate_pages", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    assert result.stdout.splitlines()[-1] == (
        "text_f1=1.00 date_acc=1.00 title_acc=1.00 lang_acc=1.00 n=1"
    )


def test_command_names_a_page_without_sidecar(tmp_path):
    (tmp_path / "lonely.html").write_text("<html></html>")
    result = subprocess.run(
        [sys.executable, "-m", "parsers.evaluate_pages", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 2
    assert "lonely.html" in result.stderr
