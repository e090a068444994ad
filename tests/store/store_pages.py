"""Pages and figures for the store tests."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import func, select

from parsers.models import Article, Figure, Group, Metric
from store.repository import PageRecord, Repository

FETCHED = datetime(2023, 6, 1, 6, 0, tzinfo=UTC)


def victims(value: int, *, start: int = 0, group: Group = Group.ALL) -> Figure:
    quote = f"{value} citizens became victims of mines since the end of the 2020 war."
    return Figure(
        metric=Metric.MINE_VICTIMS,
        value=value,
        group=group,
        since="2020-11-10",
        quote=quote,
        start=start,
        end=start + len(quote),
    )


def article_page(
    url: str,
    text: str,
    figures: tuple[Figure, ...],
    *,
    published: str | None = "2023-06-01",
    source: str = "example-news",
    fetched_at: datetime = FETCHED,
) -> PageRecord:
    body = f"<html><body><h1>Mines</h1><p>{text}</p></body></html>".encode()
    return PageRecord(
        source=source,
        url=url,
        kind="article",
        fetched_at=fetched_at,
        http_status=200,
        etag='"v1"',
        last_modified="Thu, 01 Jun 2023 06:00:00 GMT",
        content_hash=hashlib.sha256(body).hexdigest(),
        body=body,
        article=Article(url=url, title="Mines", published=published, language="en", text=text),
        figures=figures,
        parser_version="1",
    )


def count(repo: Repository, column) -> int:
    """How many rows of the store have a value in ``column``."""
    with repo.store.sessions() as session:
        return session.scalar(select(func.count(column)))
