"""One blast told twice, a headline's victim then the body's "the man was wounded", is one
figure: the harm the body tells, the group and place the first telling gave."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import PEOPLE_METRICS, Group, Metric


def _victims(text: str, lang: str) -> list[tuple[Metric, int, Group]]:
    return [
        (f.metric, int(f.value), f.group)
        for f in extract(text, lang=lang)
        if f.metric in PEOPLE_METRICS
    ]


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "ru",
            "Тракторист подорвался на мине в Агдамском районе\n\nТракторист подорвался на мине "
            "в Агдамском районе. Мужчина получил тяжелые ранения ноги.",
            Group.CIVILIANS,
        ),
        (
            "ru",
            "Сотрудник ANAMA подорвался на мине\n\nВ Физулинском районе сотрудник ANAMA "
            "подорвался на противопехотной мине во время работ. Мужчина был тяжело ранен.",
            Group.DEMINERS,
        ),
        (
            "ru",
            "Сотрудник ANAMA подорвался на мине в Физули\n\nПострадавший получил тяжелые "
            "ранения и доставлен в больницу.",
            Group.DEMINERS,
        ),
        (
            "en",
            "ANAMA employee blown up by mine in Fuzuli\n\nAn ANAMA employee hit a mine during "
            "clearance work in Fuzuli. The man was seriously wounded.",
            Group.DEMINERS,
        ),
        (
            "az",
            "Traktorçu Ağdamda minaya düşüb\n\nAğdam rayonunda traktorçu minaya düşüb. Kişi "
            "ayağından ağır yaralanıb.",
            Group.CIVILIANS,
        ),
        (
            "az",
            "ANAMA əməkdaşı minaya düşüb\n\nFüzulidə ANAMA-nın əməkdaşı minaya düşüb. Xəsarət "
            "alan şəxs xəstəxanaya çatdırılıb, onun ayağı ağır yaralanıb.",
            Group.DEMINERS,
        ),
        (
            "az",
            "ANAMA əməkdaşı minaya düşüb\n\nFüzulidə ANAMA-nın əməkdaşı minaya düşüb. "
            "Zərərçəkən ağır yaralanıb.",
            Group.DEMINERS,
        ),
        (
            "ru",
            "Сотрудник ANAMA подорвался на мине в Кельбаджаре\n\nСотрудник ANAMA подорвался на "
            "мине в Кельбаджарском районе.\n\nПо информации агентства, мужчина получил тяжелые "
            "ранения ноги.",
            Group.DEMINERS,
        ),
        (
            "en",
            "ANAMA employee blown up by mine in Kalbajar\n\nAn employee of the Azerbaijan Mine "
            "Action Agency (ANAMA) hit a mine in Kalbajar. As a result, the man was seriously "
            "injured.",
            Group.DEMINERS,
        ),
    ],
)
def test_the_man_is_the_victim_named_before(lang: str, text: str, group: Group) -> None:
    assert _victims(text, lang) == [(Metric.MINE_INJURED, 1, group)]


def test_another_noun_of_another_group_is_another_victim() -> None:
    text = "Тракторист подорвался на мине. Сапер получил ранение."
    assert _victims(text, "ru") == [
        (Metric.MINE_VICTIMS, 1, Group.CIVILIANS),
        (Metric.MINE_INJURED, 1, Group.DEMINERS),
    ]


def test_the_body_victim_takes_the_group_its_headline_named() -> None:
    text = (
        "Mine blast in Aghdam: a deminer injured\n\nIn Aghdam, a person was injured by a "
        "mine on Monday."
    )
    assert _victims(text, "en") == [(Metric.MINE_INJURED, 1, Group.DEMINERS)]


def test_the_body_victim_takes_the_place_its_headline_named() -> None:
    text = (
        "Tərtərdə mina partlayışı nəticəsində bir nəfər yaralanıb\n\nKənd sakini, 1986-cı il "
        "təvəllüdlü Ramin Məmmədov mal-qara otararkən piyada əleyhinə minaya düşüb. Nəticədə o, "
        "sol ayağından ağır xəsarət alıb."
    )
    [victim] = extract(text, lang="az")
    assert (victim.metric, victim.group, victim.place) == (
        Metric.MINE_INJURED,
        Group.CIVILIANS,
        "Tərtər",
    )
