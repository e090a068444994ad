"""A remark with no figure words between two sentences of a paragraph ("Bu siyahı hər ay
uzanır.") leaves the paragraph about mines: the next sentence's deaths are mine deaths."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Metric

PUB = "2023-05-11"


_figures = figure_reader("metric", "value", lang="az", published=PUB)


def test_a_remark_keeps_the_paragraph_about_mines() -> None:
    text = (
        "Başlıq\n\nMüharibədən sonra 250 vətəndaşımız minaya düşüb. "
        "Təəssüf ki, bu siyahı hər ay uzanır. Keçən ay iki nəfər ölüb, bir nəfər yaralanıb."
    )
    assert _figures(text) == [
        (Metric.MINE_VICTIMS, 250),
        (Metric.MINE_KILLED, 2),
        (Metric.MINE_INJURED, 1),
    ]


def test_a_sentence_with_other_numbers_ends_it() -> None:
    text = (
        "Başlıq\n\nMüharibədən sonra 250 vətəndaşımız minaya düşüb. "
        "Yol qəzalarında isə 40 avtomobil zədələnib. Keçən ay iki nəfər ölüb."
    )
    assert _figures(text) == [(Metric.MINE_VICTIMS, 250)]


def test_a_new_paragraph_is_not_about_mines_by_itself() -> None:
    text = (
        "Başlıq\n\nMüharibədən sonra 250 vətəndaşımız minaya düşüb.\n\n"
        "Təəssüf ki, bu siyahı uzanır. Keçən ay iki nəfər ölüb."
    )
    assert _figures(text) == [(Metric.MINE_VICTIMS, 250)]
