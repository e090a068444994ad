"""An official, a village head or a municipal worker harmed by a mine is one civilian; an
official who only tells the news is no victim."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2024-05-01"


def found(text: str, lang: str) -> list[tuple[Metric, int, Group, Scope]]:
    return [(f.metric, f.value, f.group, f.scope) for f in extract(text, lang=lang, published=PUB)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A local official died in a mine blast in Aghdam."),
        ("ru", "Местный чиновник погиб при подрыве на мине в Агдаме."),
        ("az", "İcra nümayəndəsi mina partlayışı nəticəsində həlak olub."),
    ],
)
def test_an_official_killed_is_one_civilian(lang: str, text: str) -> None:
    assert found(text, lang) == [(Metric.MINE_KILLED, 1, Group.CIVILIANS, Scope.INCIDENT)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A village head was injured when his car hit a mine."),
        ("ru", "Глава представительства ИВ села получил ранения при взрыве мины."),
        ("az", "Kəndin icra nümayəndəsi minaya düşərək yaralanıb."),
    ],
)
def test_a_village_head_injured_is_one_civilian(lang: str, text: str) -> None:
    assert found(text, lang) == [(Metric.MINE_INJURED, 1, Group.CIVILIANS, Scope.INCIDENT)]


def test_municipal_workers_are_civilians() -> None:
    text = "Two municipal workers were injured in a mine blast."
    assert found(text, "en") == [(Metric.MINE_INJURED, 2, Group.CIVILIANS, Scope.INCIDENT)]


def test_an_official_telling_the_news_is_no_victim() -> None:
    text = "A local official said two shepherds were injured in a mine blast."
    assert found(text, "en") == [(Metric.MINE_INJURED, 2, Group.CIVILIANS, Scope.INCIDENT)]
