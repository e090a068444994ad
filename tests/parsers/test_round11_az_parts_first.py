"""az names the parts before their total: "4 qadın və 17 uşaq da daxil olmaqla 397 nəfər"."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-04-04"


def found(text: str) -> list[tuple[Metric, int, Group]]:
    return [(f.metric, f.value, f.group) for f in extract(text, lang="az", published=PUB)]


def test_parts_named_before_their_total_take_its_metric() -> None:
    text = (
        "XİN\n\n2020-ci ilin noyabrından bəri mina partlayışları nəticəsində 4 qadın və 17 uşaq "
        "da daxil olmaqla 397 nəfər həlak olub və ya yaralanıb."
    )
    assert found(text) == [
        (Metric.MINE_VICTIMS, 4, Group.WOMEN),
        (Metric.MINE_VICTIMS, 17, Group.CHILDREN),
        (Metric.MINE_VICTIMS, 397, Group.ALL),
    ]


def test_one_part_named_before_a_total_of_the_dead_is_dead() -> None:
    text = "Yekun\n\n2020-ci ildən bəri minalardan 3 jurnalist daxil olmaqla 70 nəfər həlak olub."
    assert found(text) == [
        (Metric.MINE_KILLED, 3, Group.JOURNALISTS),
        (Metric.MINE_KILLED, 70, Group.ALL),
    ]
