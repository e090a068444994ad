""" "За это время" counts over the period the text gave last, even a paragraph before."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Metric, Scope

PUB = "2025-01-21"


_read = figure_reader("metric", "value", "scope", "since", lang="ru", published=PUB)


def test_during_this_time_takes_the_last_period_stated() -> None:
    text = (
        "С момента окончания войны на минах подорвались 390 человек.\n"
        "Об этом сообщил председатель агентства.\n"
        "По его словам, за это время обнаружено более 150 тыс. мин и неразорвавшихся боеприпасов."
    )
    assert _read(text)[-1] == (Metric.UXO_FOUND, 150000, Scope.CUMULATIVE, "2020-11-10")


def test_without_the_words_a_later_paragraph_keeps_no_period() -> None:
    text = (
        "С момента окончания войны на минах подорвались 390 человек.\n"
        "Сегодня у села Агалы саперы обнаружили 12 мин."
    )
    assert _read(text)[-1] == (Metric.MINES_FOUND, 12, Scope.INCIDENT, None)
