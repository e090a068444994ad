"""What the sentence after an incident says of its victims: who they were ("They were
employees of a construction company"), what befell the one named by surname."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-05-20"


def found(text: str, lang: str) -> list[tuple[Metric, int, Group]]:
    return [(f.metric, f.value, f.group) for f in extract(text, lang=lang, published=PUB)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two people died in a mine blast. They were employees of a construction company."),
        (
            "ru",
            "Два человека погибли при взрыве мины. Они были сотрудниками строительной компании.",
        ),
        (
            "az",
            "Mina partlayışı nəticəsində iki nəfər həlak olub. Onlar tikinti şirkətinin "
            "işçiləridir.",
        ),
    ],
)
def test_they_were_workers_makes_the_dead_civilians(lang: str, text: str) -> None:
    assert found(text, lang) == [(Metric.MINE_KILLED, 2, Group.CIVILIANS)]


def test_the_victim_was_a_shepherd_makes_the_one_injured_a_civilian() -> None:
    text = "A person was injured in a mine blast in Aghdam. The victim was a local shepherd."
    assert found(text, "en") == [(Metric.MINE_INJURED, 1, Group.CIVILIANS)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An ANAMA employee was blown up by a mine. Hasanov was hospitalised with injuries."),
        ("ru", "Сотрудник ANAMA подорвался на мине. Гасанов госпитализирован с ранениями."),
        ("az", "ANAMA əməkdaşı minaya düşüb. Həsənov xəsarət alıb."),
    ],
)
def test_a_surname_referring_back_says_what_befell_the_victim(lang: str, text: str) -> None:
    assert found(text, lang) == [(Metric.MINE_INJURED, 1, Group.DEMINERS)]
