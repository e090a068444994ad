"""One victim told by a bare noun with a name in apposition, "an individual", or the act
that set a mine off is a figure of value 1, also in a sentence dated by a year or month."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import PEOPLE_METRICS, Group, Metric, Scope


def _victims(text: str, lang: str) -> list[tuple[Metric, int, Group, Scope]]:
    return [
        (f.metric, int(f.value), f.group, f.scope)
        for f in extract(text, lang=lang)
        if f.metric in PEOPLE_METRICS
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Last night, resident of Barda District Mammadov Elnur Ilgar oglu, born 1985, was "
            "wounded by a mine near Sarijali.",
        ),
        ("en", "Resident of Tartar district Aliyev Ramil, born 1990, was injured in a mine blast."),
        (
            "ru",
            "Вчера вечером житель Бардинского района Мамедов Эльнур Ильгар оглу, 1985 года "
            "рождения, получил ранение при взрыве мины возле села Сарыджалы.",
        ),
        (
            "az",
            "Dünən axşam Bərdə rayon sakini Məmmədov Elnur İlqar oğlu, 1985-ci il təvəllüdlü, "
            "Sarıcalı kəndi yaxınlığında minaya düşərək yaralanıb.",
        ),
    ],
)
def test_a_bare_resident_with_a_name_and_birth_year_is_one_injured_civilian(
    lang: str, text: str
) -> None:
    assert _victims(text, lang) == [(Metric.MINE_INJURED, 1, Group.CIVILIANS, Scope.INCIDENT)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A shepherd stepped on a mine near Aghdam.", Group.CIVILIANS),
        ("A driver detonated an anti-tank mine in Aghdam.", Group.CIVILIANS),
        ("An individual triggered a mine near a border village of Ordubad.", Group.ALL),
        ("A soldier set off a landmine near Kalbajar.", Group.MILITARY),
    ],
)
def test_setting_a_mine_off_makes_one_victim(text: str, group: Group) -> None:
    assert _victims(text, "en") == [(Metric.MINE_VICTIMS, 1, group, Scope.INCIDENT)]


@pytest.mark.parametrize(
    ("lang", "text", "metric"),
    [
        (
            "en",
            "In 2019 an individual triggered a mine near a border village of Ordubad.",
            Metric.MINE_VICTIMS,
        ),
        ("en", "In January a shepherd was injured by a mine in Aghdam.", Metric.MINE_INJURED),
        (
            "az",
            "2019-cu ildə bir şəxs Ordubadın sərhəd kəndi yaxınlığında minaya düşüb.",
            Metric.MINE_VICTIMS,
        ),
    ],
)
def test_one_person_in_a_year_or_month_is_one_blast(lang: str, text: str, metric: Metric) -> None:
    [(found, value, _, scope)] = _victims(text, lang)
    assert (found, value, scope) == (metric, 1, Scope.INCIDENT)


def test_deminers_detonating_mines_are_no_victims() -> None:
    assert _victims("Deminers detonated 50 mines in a controlled explosion.", "en") == []


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Shepherd Mammadov Elnur, born 1985, stepped on a mine near Sarijali.",
            Metric.MINE_VICTIMS,
        ),
        (
            "Tartar resident Elnur Mammadov, born in 1985, was wounded in a mine explosion.",
            Metric.MINE_INJURED,
        ),
        ("Shepherd was injured by a mine in Aghdam.", Metric.MINE_INJURED),
    ],
)
def test_a_bare_trade_or_resident_before_a_name_is_one_civilian(text: str, metric: Metric) -> None:
    assert _victims(text, "en") == [(metric, 1, Group.CIVILIANS, Scope.INCIDENT)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Пастух задел мину возле Ордубада."),
        ("ru", "В 2019 году житель привел в действие мину возле приграничного села Ордубада."),
        ("az", "Çoban Ordubadda minanın üstünə basıb."),
        ("az", "2019-cu ildə sakin Ordubadın sərhəd kəndi yaxınlığında minanı partladıb."),
        ("az", "Çoban Ağdamda minaya toxunub."),
    ],
)
def test_setting_a_mine_off_makes_one_victim_in_ru_and_az(lang: str, text: str) -> None:
    assert _victims(text, lang) == [(Metric.MINE_VICTIMS, 1, Group.CIVILIANS, Scope.INCIDENT)]


def test_the_harm_told_after_setting_a_mine_off_is_the_metric() -> None:
    text = (
        "Ilkin Aliyev (born in 1996), a resident of Garadaghli village, stepped on an "
        "anti-personnel mine while collecting firewood and was injured."
    )
    assert _victims(text, "en") == [(Metric.MINE_INJURED, 1, Group.CIVILIANS, Scope.INCIDENT)]
