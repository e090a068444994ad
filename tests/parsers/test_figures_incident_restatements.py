"""One blast told twice in a text: its victims are counted once."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Group, Metric


def _killed(text: str) -> list[tuple[int, Group]]:
    return [
        (int(f.value), f.group)
        for f in extract(text, lang="en", published="2023-09-20")
        if f.metric is Metric.MINE_KILLED
    ]


def test_a_group_told_again_at_a_closer_place_is_one_figure() -> None:
    text = (
        "Three soldiers and two civilians were killed in mine blasts on Tuesday in Karabakh.\n\n"
        "Officials said two civilian workers died when their car struck a mine on the "
        "Fuzuli-Shusha road in the Khojavend district."
    )
    assert sorted(_killed(text)) == [(2, Group.CIVILIANS), (3, Group.MILITARY)]


def _injured(text: str) -> list[tuple[int, Group]]:
    return [
        (int(f.value), f.group)
        for f in extract(text, lang="en", published="2023-09-20")
        if f.metric is Metric.MINE_INJURED
    ]


def test_one_of_a_group_hurt_at_another_place_is_a_new_victim() -> None:
    text = (
        "Mines hurt deminers\n\n"
        "Three deminers were injured on Monday when a mine exploded near Chaykand.\n\n"
        "A deminer was injured on Monday in Aghdam when a mine exploded."
    )
    assert sorted(_injured(text)) == [(1, Group.DEMINERS), (3, Group.DEMINERS)]
