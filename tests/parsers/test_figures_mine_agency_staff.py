"""An employee of the mine action agency, its name spelled out in full, is a deminer."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import PEOPLE_METRICS, Group


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "An employee of the Azerbaijan Mine Action Agency (ANAMA) was injured by a mine "
            "explosion in Fuzuli.",
        ),
        ("en", "An employee of the Azerbaijan Mine Action Agency was killed by a mine in Tartar."),
        (
            "ru",
            "Сотрудник Агентства по разминированию территорий Азербайджана (ANAMA) получил "
            "ранение при взрыве мины в Физули.",
        ),
        (
            "az",
            "Azərbaycan Respublikası Minatəmizləmə Agentliyinin (ANAMA) əməkdaşı Füzulidə "
            "minaya düşüb.",
        ),
        ("az", "Minatəmizləmə Agentliyinin əməkdaşı Füzulidə minaya düşərək yaralanıb."),
        ("en", "A staff member of ANAMA was injured by a mine in Fuzuli."),
        ("en", "A bulldozer operator of ANAMA was injured by a mine in Fuzuli."),
        (
            "ru",
            "Работник Агентства по разминированию территорий Азербайджанской Республики (ANAMA) "
            "получил ранение при взрыве мины.",
        ),
    ],
)
def test_the_agency_named_in_full_makes_its_employee_a_deminer(lang: str, text: str) -> None:
    [victim] = [f for f in extract(text, lang=lang) if f.metric in PEOPLE_METRICS]
    assert (victim.value, victim.group) == (1, Group.DEMINERS)
