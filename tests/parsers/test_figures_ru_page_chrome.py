"""Russian page chrome: the headlines a page lists under a heading are other articles' claims."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.models import Metric

PUB = "2025-03-14"

BODY = "За неделю саперы обнаружили 120 противопехотных мин."


_metrics_and_values = figure_reader("metric", "value", lang="ru", published=PUB)


@pytest.mark.parametrize(
    "heading",
    [
        'Новости по тегу "Разминирование"',
        "Новости по тегу ANAMA",
        "Другие новости раздела",
        "Другие новости рубрики:",
    ],
)
def test_headlines_listed_under_a_heading_are_not_figures(heading: str) -> None:
    text = (
        f"{BODY}\n{heading}\n- В Физули на мине подорвался тракторист\n"
        "- МИД: после войны жертвами мин стали 512 человек"
    )
    assert _metrics_and_values(text) == [(Metric.MINES_FOUND, 120)]


def test_news_about_a_tag_in_running_text_is_no_heading() -> None:
    text = f"Агентство публикует новости по тегу каждый день. {BODY}"
    assert _metrics_and_values(text) == [(Metric.MINES_FOUND, 120)]
