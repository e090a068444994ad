"""Citizens hurt in one incident are civilians; a total of citizens counts everyone."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2022-02-11"


def found(text: str, lang: str) -> list[tuple[Metric, int, Group, Scope]]:
    return [(f.metric, f.value, f.group, f.scope) for f in extract(text, lang=lang, published=PUB)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Взрыв\n\nВ январе в Физулинском районе двое граждан были ранены при взрыве мины."),
        ("en", "Blast\n\nOn Monday two citizens were injured when a mine exploded in Fuzuli."),
        ("az", "Partlayış\n\nFüzuli rayonunda mina partlayışı nəticəsində iki vətəndaş yaralanıb."),
    ],
)
def test_citizens_hurt_in_one_blast_are_civilians(lang: str, text: str) -> None:
    assert found(text, lang) == [(Metric.MINE_INJURED, 2, Group.CIVILIANS, Scope.INCIDENT)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Итоги\n\nС 2020 года жертвами мин стали 390 граждан Азербайджана."),
        ("en", "Totals\n\nSince 2020, 390 citizens of Azerbaijan have become mine victims."),
        ("az", "Yekun\n\n2020-ci ildən bəri 390 vətəndaşımız mina qurbanı olub."),
    ],
)
def test_a_total_of_citizens_counts_everyone(lang: str, text: str) -> None:
    assert found(text, lang) == [(Metric.MINE_VICTIMS, 390, Group.ALL, Scope.CUMULATIVE)]


@pytest.mark.parametrize(
    "text",
    [
        "Взрыв в Физули\n\nГражданское лицо получило ранения в результате взрыва мины в "
        "Физулинском районе.",
        "Взрыв в Физули\n\nВ результате взрыва мины в Физулинском районе ранен мирный житель.",
    ],
)
def test_ru_one_civilian_in_the_formal_style_is_one_civilian(text: str) -> None:
    assert found(text, "ru") == [(Metric.MINE_INJURED, 1, Group.CIVILIANS, Scope.INCIDENT)]
