"""Periods as figures.md's "Reading real articles" conventions give them."""

from __future__ import annotations

import pytest

from parsers import baseline
from parsers.compare import compare, observations_of
from parsers.figures import extract
from parsers.models import Article, ChangeFlag, Metric


def periods(text: str, lang: str, published: str = "2024-05-15") -> list[tuple]:
    return [
        (f.metric, f.value, f.since, f.until) for f in extract(text, lang=lang, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Since November 2020, 385 people have become victims of landmines.", "en"),
        ("С ноября 2020 года жертвами мин стали 385 человек.", "ru"),
        ("2020-ci ilin noyabrından bu günədək 385 nəfər mina qurbanı olub.", "az"),
    ],
)
def test_since_november_2020_is_the_end_of_the_war(text: str, lang: str) -> None:
    assert periods(text, lang) == [(Metric.MINE_VICTIMS, 385, "2020-11-10", None)]


def test_in_november_2020_is_that_month_not_the_end_of_the_war() -> None:
    text = "In November 2020, 5 people were hit by mines."
    assert periods(text, "en") == [(Metric.MINE_VICTIMS, 5, "2020-11", "2020-11-30")]


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


def test_a_total_over_the_month_still_in_progress_has_no_end_yet() -> None:
    text = "In May 2024, 50 people were hit by mines."
    assert periods(text, "en") == [(Metric.MINE_VICTIMS, 50, "2024-05", None)]
