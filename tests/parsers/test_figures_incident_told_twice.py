"""One incident told twice is one figure: its place in another case, its headline below a
section label and a time of posting, its one person named with no group first."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2024-05-20"


def found(text: str, lang: str) -> list[tuple[Metric, int, Group, Scope]]:
    return [(f.metric, f.value, f.group, f.scope) for f in extract(text, lang=lang, published=PUB)]


ONE_CIVILIAN_INJURED = [(Metric.MINE_INJURED, 1, Group.CIVILIANS, Scope.INCIDENT)]


def test_ru_the_place_in_another_case_is_the_same_place() -> None:
    text = (
        "В Тертерском районе пастух получил ранение при взрыве мины. Пастух из Тертерского "
        "района был госпитализирован с ранением."
    )
    assert found(text, "ru") == ONE_CIVILIAN_INJURED


@pytest.mark.parametrize(
    "text",
    [
        "Происшествия\n14:35\nПастух получил ранение при взрыве мины\n\n"
        "Пастух получил ранение при взрыве мины в Агдамском районе.",
        "Происшествия\n12.05.2024 14:35\nПастух получил ранение при взрыве мины\n\n"
        "Пастух получил ранение при взрыве мины в Агдамском районе.",
        "Происшествия\n14:35\nПри взрыве мины ранен пастух\n\n"
        "В Тертерском районе пастух получил ранение при взрыве мины.",
    ],
)
def test_a_headline_below_a_section_label_and_a_time_is_the_headline(text: str) -> None:
    assert found(text, "ru") == ONE_CIVILIAN_INJURED


def test_the_one_person_told_again_with_a_group_is_one_figure() -> None:
    text = (
        "Житель Тертера подорвался на мине\n\nВ Тертерском районе житель села подорвался на "
        "мине. Мужчина получил ранения. По данным ANAMA, житель Тертерского района был "
        "госпитализирован с ранениями."
    )
    assert found(text, "ru") == ONE_CIVILIAN_INJURED


def test_two_places_are_two_incidents() -> None:
    text = (
        "A shepherd was injured in a mine blast in Aghdam district on Monday. On Tuesday, a "
        "shepherd was injured in a mine blast in Fuzuli district."
    )
    assert [f.place for f in extract(text, lang="en", published=PUB)] == ["Aghdam", "Fuzuli"]
