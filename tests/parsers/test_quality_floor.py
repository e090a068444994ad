"""The figure extractor must not get worse on the labelled sets (tests/fixtures/figures*).

The floors are what the extractor reached when they were last raised, rounded down.
They only go up: raise them when the extractor improves, never lower them to make a
change pass. Targets: precision >= 0.97, recall >= 0.95.
"""

from dataclasses import dataclass
from pathlib import Path

import pytest

from parsers.evaluate import parse_labels, run_extractor, score, summary_line
from parsers.figures import extract
from parsers.models import Bound, Group, Metric, Scope

PRECISION_FLOOR = 1.00
RECALL_FLOOR = 1.00

# Full articles in the agencies' own styles; its misses guided rules for the language.
NEWS_PRECISION_FLOOR = 1.00
# Lowered once (0.98 -> 0.97, and sealed's recall and sealed2's precision below) when the
# answer keys were brought to figures.md's "Reading real articles" conventions: new keys
# (maps for N mines, follow-up finds), not a worse extractor.
NEWS_RECALL_FLOOR = 0.97

# Full articles labelled without reading the extractor. The first two stayed sealed for
# ten rounds of rules, then were opened to write round 11's; they now guard those rules.
SEALED_PRECISION_FLOOR = 0.99
SEALED_RECALL_FLOOR = 0.95
SEALED2_PRECISION_FLOOR = 0.97
SEALED2_RECALL_FLOOR = 0.95
# Never opened by the people writing rules (only summary lines, and for the fourth its
# author's list of kinds of misses): how the extractor generalises.
SEALED3_PRECISION_FLOOR = 1.00
SEALED3_RECALL_FLOOR = 0.91
SEALED4_PRECISION_FLOOR = 0.96
SEALED4_RECALL_FLOOR = 0.90

FIXTURES = Path(__file__).parent.parent / "fixtures"
CORPUS = FIXTURES / "figures"


@dataclass(frozen=True)
class Floor:
    folder: str
    texts: int  # how many texts the set has: a set that lost texts would flatter the scores
    precision: float
    recall: float


ARTICLE_SETS = [
    Floor("figures_news", 45, NEWS_PRECISION_FLOOR, NEWS_RECALL_FLOOR),
    Floor("figures_sealed", 45, SEALED_PRECISION_FLOOR, SEALED_RECALL_FLOOR),
    Floor("figures_sealed2", 45, SEALED2_PRECISION_FLOOR, SEALED2_RECALL_FLOOR),
    Floor("figures_sealed3", 30, SEALED3_PRECISION_FLOOR, SEALED3_RECALL_FLOOR),
    Floor("figures_sealed4", 36, SEALED4_PRECISION_FLOOR, SEALED4_RECALL_FLOOR),
]


def labelled_texts(folder: Path) -> list:
    return [
        parse_labels(
            path.stem,
            path.read_text(encoding="utf-8"),
            path.with_suffix(".json").read_text(encoding="utf-8"),
        )
        for path in sorted(folder.glob("*.txt"))
    ]


@pytest.fixture(scope="module")
def texts():
    return labelled_texts(CORPUS)


@pytest.fixture(scope="module")
def evaluation(texts):
    return score(run_extractor(texts, extract))


def test_the_corpus_is_large_enough_to_mean_something(evaluation):
    assert evaluation.overall.expected >= 200


def test_the_corpus_has_enough_texts_in_each_language(texts):
    per_language = {lang: sum(t.lang == lang for t in texts) for lang in ("en", "ru", "az")}
    assert per_language["en"] >= 45 and per_language["ru"] >= 35 and per_language["az"] >= 35


def test_the_corpus_keeps_its_hard_negatives(texts):
    assert sum(not t.expected for t in texts) >= 35


def test_the_corpus_labels_every_metric_group_scope_and_bound(texts):
    figures = [figure for t in texts for figure in t.expected]
    assert {f.metric for f in figures} == set(Metric)
    assert {f.group for f in figures} == set(Group)
    assert {f.scope for f in figures} == set(Scope)
    assert {f.bound for f in figures} == set(Bound)


def test_precision_stays_above_the_floor(evaluation):
    assert evaluation.overall.precision >= PRECISION_FLOOR, summary_line(evaluation.overall)


def test_recall_stays_above_the_floor(evaluation):
    assert evaluation.overall.recall >= RECALL_FLOOR, summary_line(evaluation.overall)


@pytest.mark.parametrize("floor", ARTICLE_SETS, ids=lambda floor: floor.folder)
def test_article_sets_stay_above_their_own_floors(floor: Floor):
    texts = labelled_texts(FIXTURES / floor.folder)
    overall = score(run_extractor(texts, extract)).overall
    assert len(texts) == floor.texts, sorted(t.name for t in texts)
    assert overall.precision >= floor.precision, summary_line(overall)
    assert overall.recall >= floor.recall, summary_line(overall)
