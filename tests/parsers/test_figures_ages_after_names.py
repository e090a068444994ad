"""A number in brackets right after a person's name is the person's age, not a count."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-05-01"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Two villagers, Ali Mammadov (51) and Elnur Huseynov (27), were wounded by a mine "
            "in Aghdam.",
        ),
        (
            "ru",
            "Двое жителей села, Али Мамедов (51) и Эльнур Гусейнов (27), получили ранения при "
            "взрыве мины.",
        ),
        (
            "az",
            "İki kənd sakini, Əli Məmmədov (51) və Elnur Hüseynov (27) mina partlayışı "
            "nəticəsində yaralanıb.",
        ),
    ],
)
def test_ages_in_brackets_after_names_are_no_counts(lang: str, text: str) -> None:
    found = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group) for f in found] == [
        (Metric.MINE_INJURED, 2, Group.CIVILIANS)
    ]


def test_a_village_count_opening_an_az_sentence_names_no_village() -> None:
    text = "İki kənd sakini mina partlayışı nəticəsində yaralanıb."
    assert [f.place for f in extract(text, lang="az", published=PUB)] == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Over the week 96 mines were defused: Barda (50), Lachin (46)."),
        ("ru", "За неделю обезврежено 96 мин: Лачин (50), Физули (46)."),
    ],
)
def test_counts_in_brackets_after_places_are_still_counts(lang: str, text: str) -> None:
    values = [f.value for f in extract(text, lang=lang, published=PUB)]
    assert 50 in values
    assert 46 in values
