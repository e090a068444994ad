"""The shipped baseline statement yields exactly the figures of its worked example."""

from __future__ import annotations

import pytest

from parsers.baseline import Baseline, BaselineError, load
from parsers.models import Bound, Group, Metric, Scope

# (metric, value, group, scope, since, place, mine_model, made_in, made_year)
EXPECTED = {
    (
        Metric.MINES_FOUND,
        350,
        Group.ANTI_PERSONNEL,
        Scope.INCIDENT,
        None,
        "Saribaba",
        "PMN-E",
        "Armenia",
        2021,
    ),
    (Metric.MINES_FOUND, 2728, Group.ALL, Scope.CUMULATIVE, "2022-08", None, None, "Armenia", 2021),
    (
        Metric.MINES_FOUND,
        1119,
        Group.ALL,
        Scope.CUMULATIVE,
        "2022-08",
        "Kalbajar and Lachin",
        None,
        None,
        None,
    ),
    (
        Metric.MINES_FOUND,
        1609,
        Group.ALL,
        Scope.CUMULATIVE,
        "2022-08",
        "Karabakh Economic Region",
        None,
        None,
        None,
    ),
    (Metric.MINE_VICTIMS, 268, Group.ALL, Scope.CUMULATIVE, "2020-11-10", None, None, None, None),
    (Metric.MINE_KILLED, 45, Group.ALL, Scope.CUMULATIVE, "2020-11-10", None, None, None, None),
    (
        Metric.MINE_KILLED,
        3,
        Group.JOURNALISTS,
        Scope.CUMULATIVE,
        "2020-11-10",
        None,
        None,
        None,
        None,
    ),
    (
        Metric.MINE_KILLED,
        35,
        Group.CIVILIANS,
        Scope.CUMULATIVE,
        "2020-11-10",
        None,
        None,
        None,
        None,
    ),
}


@pytest.fixture(scope="module")
def baseline() -> Baseline:
    return load()


def test_baseline_article_carries_the_statement_metadata(baseline: Baseline) -> None:
    assert baseline.article.published == "2022-11-24"
    assert baseline.article.language == "en"
    assert baseline.article.title.startswith("Azerbaijan's Foreign Ministry")
    assert "268 of our citizens" in baseline.article.text


def test_baseline_yields_exactly_the_eight_statement_figures(baseline: Baseline) -> None:
    found = [
        (
            f.metric,
            f.value,
            f.group,
            f.scope,
            f.since,
            f.place,
            f.mine_model,
            f.made_in,
            f.made_year,
        )
        for f in baseline.figures
    ]
    assert len(found) == len(EXPECTED)
    assert set(found) == EXPECTED


def test_baseline_figures_are_exact_and_unflagged(baseline: Baseline) -> None:
    assert all(f.bound is Bound.EXACT for f in baseline.figures)
    assert all(f.until is None and f.country is None for f in baseline.figures)
    assert all(f.flags == () for f in baseline.figures)


def test_baseline_quotes_are_the_sentences_at_their_spans(baseline: Baseline) -> None:
    text = baseline.article.text
    for figure in baseline.figures:
        assert text[figure.start : figure.end] == figure.quote
        assert figure.quote.endswith((".", ".”"))


def test_baseline_victims_quote_is_its_own_sentence(baseline: Baseline) -> None:
    victims = next(f for f in baseline.figures if f.metric is Metric.MINE_VICTIMS)
    assert victims.quote.startswith("We would like to remind that")
    assert "Out of the 45" not in victims.quote


def test_missing_metadata_file_names_the_file() -> None:
    with pytest.raises(BaselineError, match=r"parsers/baseline/nope\.toml"):
        load("nope.toml")
