"""Periods as figures.md's "Reading real articles" conventions give them."""

from __future__ import annotations

from parsers import baseline
from parsers.compare import compare, observations_of
from parsers.figures import extract
from parsers.models import Article, ChangeFlag


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
