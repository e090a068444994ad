"""Quality floor of generic page reading on the labelled page set (tests/fixtures/pages_eval).

The floors are the measured values rounded down: a change that makes page reading
worse on these pages fails here. Raise them when extraction improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.article import parse
from parsers.evaluate_pages import load_pages, score_pages, summarise

EVAL_PAGES = Path(__file__).parent.parent / "fixtures" / "pages_eval"


@pytest.fixture(scope="module")
def summary():
    return summarise(score_pages(load_pages(EVAL_PAGES), parse))


def test_main_text_f1_floor(summary):
    assert summary.f1 >= 1.00


def test_date_accuracy_floor(summary):
    assert summary.date_accuracy >= 1.00


def test_title_accuracy_floor(summary):
    assert summary.title_accuracy >= 1.00


def test_language_accuracy_floor(summary):
    assert summary.language_accuracy >= 1.00
