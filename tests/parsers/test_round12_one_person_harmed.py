"""One person in a blast: the second verb says what befell them; a worker is a civilian."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2025-07-14"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Вчера в Ходжавенде пастух подорвался на мине и получил тяжёлые ранения."),
        ("ru", "Житель села подорвался на противопехотной мине и был ранен."),
        ("az", "Dünən Xocavənddə çoban minaya düşüb və yaralanıb."),
        ("en", "On Monday a villager fell victim to a landmine and was wounded."),
    ],
)
def test_a_victim_who_then_was_injured_is_one_injured(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.scope) for f in figures] == [
        (Metric.MINE_INJURED, 1, Scope.INCIDENT)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Тракторист подорвался на мине в поле и скончался на месте."),
        ("az", "Traktorçu tarlada minaya düşüb və həlak olub."),
    ],
)
def test_a_victim_who_then_died_is_one_killed(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.MINE_KILLED, 1)]


def test_a_total_of_victims_keeps_its_metric_when_a_count_of_dead_follows() -> None:
    text = "С 2020 года жертвами мин стали 390 человек и 40 из них погибли."
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [
        (Metric.MINE_VICTIMS, 390),
        (Metric.MINE_KILLED, 40),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В Агдаме рабочий подорвался на мине во время земляных работ."),
        ("az", "Ağdamda tikinti şirkətinin işçisi minaya düşərək yaralanıb."),
        ("az", "Ağdamda bir fəhlə torpaq işləri zamanı minaya düşüb."),
    ],
)
def test_a_worker_hit_by_a_mine_is_one_civilian(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.group) for f in figures] == [(1, Group.CIVILIANS)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A construction worker was injured in a mine blast in Kalbajar."),
        ("ru", "Сотрудник строительной компании подорвался на мине и получил ранения."),
        ("ru", "Работник дорожно-строительной компании погиб при подрыве на мине."),
        ("az", "Kəlbəcərdə yol tikintisi şirkətinin əməkdaşı minaya düşüb."),
    ],
)
def test_a_company_employee_hit_by_a_mine_is_one_civilian(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.group) for f in figures] == [(1, Group.CIVILIANS)]


def test_an_employee_of_a_demining_company_is_no_civilian() -> None:
    text = "Сотрудник компании по разминированию погиб при подрыве на мине."
    figures = extract(text, lang="ru", published=PUB)
    assert [f.group for f in figures] != [Group.CIVILIANS]
