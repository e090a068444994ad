"""A past blast the text recalls ("в июне 2021 года ... при подрыве") is one incident."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Group, Metric

PUB = "2024-06-01"


_read = figure_reader("metric", "value", "group", "scope", "since", lang="ru", published=PUB)


def test_an_official_named_after_a_count_of_journalists_is_no_part_of_it() -> None:
    text = (
        "Вчера у села Сусузлуг при взрыве мины погибли два журналиста и представитель "
        "исполнительной власти района."
    )
    assert [(m, v, g) for m, v, g, _, _ in _read(text)] == [
        (Metric.MINE_KILLED, 2, Group.JOURNALISTS),
        (Metric.MINE_KILLED, 1, Group.CIVILIANS),
    ]
