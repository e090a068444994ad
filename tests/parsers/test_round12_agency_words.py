"""A demining agency's own words: "our comrades" are deminers; land "returned to safe use"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2025-09-12"


@pytest.mark.parametrize(
    ("lang", "text", "metric"),
    [
        (
            "en",
            "— Sadly, three of our comrades were wounded by mines this year.",
            Metric.MINE_INJURED,
        ),
        (
            "en",
            "Over the years, four of our staff have been killed by landmines.",
            Metric.MINE_KILLED,
        ),
        (
            "ru",
            "— К сожалению, трое наших сотрудников получили ранения на минах.",
            Metric.MINE_INJURED,
        ),
        ("ru", "Четверо наших товарищей погибли, подорвавшись на минах.", Metric.MINE_KILLED),
        ("az", "Təəssüf ki, üç əməkdaşımız minaya düşərək yaralanıb.", Metric.MINE_INJURED),
    ],
)
def test_the_agencys_own_people_are_deminers(lang: str, text: str, metric: Metric) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.group) for f in figures] == [(metric, Group.DEMINERS)]


def test_a_journalists_colleagues_are_no_deminers() -> None:
    text = "A mine exploded under the crew's car, and three of our colleagues died."
    figures = extract(text, lang="en", published=PUB)
    assert all(f.group is not Group.DEMINERS for f in figures)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2024, sappers returned 8,400 hectares of farmland to safe use."),
        ("en", "About 8,400 hectares were handed over for productive use after demining."),
        ("ru", "В 2024 году саперы вернули в безопасное пользование 8 400 гектаров."),
        ("ru", "После разминирования в хозяйственный оборот возвращено 8 400 гектаров."),
        ("az", "Minatəmizləmədən sonra 8400 hektar ərazi təhlükəsiz istifadəyə qaytarılıb."),
    ],
)
def test_land_returned_to_use_after_demining_is_land_cleared(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.AREA_CLEARED_HA, 8400)]
