"""The figure extractor must not get worse on the labelled corpus (tests/fixtures/figures).

The floors are what the extractor reached when they were last raised, rounded down.
They only go up: raise them when the extractor improves, never lower them to make a
change pass. Targets: precision >= 0.97, recall >= 0.95.
"""

from pathlib import Path

import pytest

from parsers.evaluate import parse_labels, run_extractor, score, summary_line
from parsers.figures import extract

PRECISION_FLOOR = 0.92
RECALL_FLOOR = 0.35

CORPUS = Path(__file__).parent.parent / "fixtures" / "figures"


@pytest.fixture(scope="module")
def evaluation():
    texts = [
        parse_labels(
            path.stem,
            path.read_text(encoding="utf-8"),
            path.with_suffix(".json").read_text(encoding="utf-8"),
        )
        for path in sorted(CORPUS.glob("*.txt"))
    ]
    return score(run_extractor(texts, extract))


def test_the_corpus_is_large_enough_to_mean_something(evaluation):
    assert evaluation.overall.expected >= 200


def test_precision_stays_above_the_floor(evaluation):
    assert evaluation.overall.precision >= PRECISION_FLOOR, summary_line(evaluation.overall)


def test_recall_stays_above_the_floor(evaluation):
    assert evaluation.overall.recall >= RECALL_FLOOR, summary_line(evaluation.overall)
