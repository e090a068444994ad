"""Periods as figures.md's "Reading real articles" conventions give them."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers import baseline
from parsers.compare import compare, observations_of
from parsers.figures import extract
from parsers.models import Article, ChangeFlag, Metric

periods = figure_reader("metric", "value", "since", "until", published="2024-05-15")


def test_since_november_2020_compares_with_the_baselines_268_as_increased() -> None:
    statement = baseline.load()
    article = Article(
        url="https://news.example/victims",
        title="",
        published="2024-05-15",
        language="en",
        text="Since November 2020, 385 people have become victims of landmines.",
    )
    figures = extract(article.text, lang="en", published=article.published)
    [change] = [
        c
        for c in compare(
            observations_of(article, figures),
            observations_of(statement.article, statement.figures),
        )
        if c.current is not None and c.current.url == article.url
    ]
    assert (change.flag, change.delta) == (ChangeFlag.INCREASED, 385 - 268)


@pytest.mark.parametrize(
    ("text", "lang", "since", "until"),
    [
        ("In 2023, 50 people became victims of mines.", "en", "2023", "2023-12-31"),
        ("Last year 50 people became victims of mines.", "en", "2023", "2023-12-31"),
        ("В 2023 году жертвами мин стали 50 человек.", "ru", "2023", "2023-12-31"),
        ("In January 2024, 50 people were hit by mines.", "en", "2024-01", "2024-01-31"),
        ("Last month 50 people were injured by mines.", "en", "2024-04", "2024-04-30"),
    ],
)
def test_a_total_over_a_past_year_or_month_ends_with_it(
    text: str, lang: str, since: str, until: str
) -> None:
    [(_, value, got_since, got_until)] = periods(text, lang)
    assert (value, got_since, got_until) == (50, since, until)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the first seven months of 2022, 25 people were injured by mines.", "en"),
        ("In January-July 2022, 25 people were injured by mines.", "en"),
        ("За первые семь месяцев 2022 года от мин пострадали 25 человек.", "ru"),
        ("В январе-июле 2022 года от мин пострадали 25 человек.", "ru"),
        ("2022-ci ilin ilk yeddi ayında 25 nəfər minadan zərər çəkib.", "az"),
        ("2022-ci ilin yanvar-iyul aylarında 25 nəfər minadan zərər çəkib.", "az"),
    ],
)
def test_a_total_over_the_first_months_of_a_year_runs_to_the_end_of_the_last(
    text: str, lang: str
) -> None:
    [(_, value, since, until)] = periods(text, lang, published="2022-08-10")
    assert (value, since, until) == (25, "2022-01", "2022-07-31")


def test_a_month_named_after_the_year_is_not_a_count_of_months() -> None:
    text = "2025-ci ilin iyun ayında 1.927 mina aşkarlanıb."
    [(metric, value, since, _)] = periods(text, "az", published="2025-07-02")
    assert (metric, value, since) == (Metric.MINES_FOUND, 1927, "2025-06")
