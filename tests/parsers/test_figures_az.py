"""Azerbaijani figure extraction: one behaviour per case, written as ministries and agencies write."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Bound, Group, Metric, Scope

PUB = "2023-03-21"
M = Metric


figures = figure_reader("metric", "value", "group", lang="az", published=PUB)


def only(text: str):
    found = extract(text, lang="az", published=PUB)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vətən müharibəsindən sonra mina partlayışları nəticəsində 268 nəfər zərər çəkib, "
            "onlardan 45-i həlak olub.",
            [(M.MINE_VICTIMS, 268, Group.ALL), (M.MINE_KILLED, 45, Group.ALL)],
            id="victims-and-share-killed",
        ),
        pytest.param(
            "Müharibədən sonra 300 vətəndaşımız mina qurbanı olub.",
            [(M.MINE_VICTIMS, 300, Group.ALL)],
            id="mine-victim",
        ),
        pytest.param(
            "Müharibədən sonra minaya düşən 3 jurnalist həlak olub.",
            [(M.MINE_KILLED, 3, Group.JOURNALISTS)],
            id="verb-final-killed",
        ),
        pytest.param(
            "Müharibədən sonra minaya düşən 45 nəfərdən 35-i mülki şəxsdir.",
            [(M.MINE_VICTIMS, 45, Group.ALL), (M.MINE_VICTIMS, 35, Group.CIVILIANS)],
            id="share-of-victims-civilians",
        ),
        pytest.param(
            "Martın 14-dən 20-dək olan dövrdə 120 piyada əleyhinə, 45 tank əleyhinə mina və 300 "
            "partlamamış hərbi sursat aşkarlanıb və zərərsizləşdirilib.",
            [
                (M.MINES_FOUND, 120, Group.ANTI_PERSONNEL),
                (M.MINES_FOUND, 45, Group.ANTI_TANK),
                (M.UXO_FOUND, 300, Group.ALL),
            ],
            id="weekly-mines-and-uxo",
        ),
        pytest.param(
            "Ötən həftə 1500 hektar ərazi təmizlənib.",
            [(M.AREA_CLEARED_HA, 1500, Group.ALL)],
            id="area-hectares",
        ),
        pytest.param(
            "İşğal illərində bir milyondan çox mina basdırılıb.",
            [(M.MINES_LAID, 1_000_000, Group.ALL)],
            id="mines-laid",
        ),
        pytest.param(
            "Müharibədən sonra 350 nəfər minadan zərər çəkib: 215 mülki şəxs və 135 hərbçi.",
            [
                (M.MINE_VICTIMS, 350, Group.ALL),
                (M.MINE_VICTIMS, 215, Group.CIVILIANS),
                (M.MINE_VICTIMS, 135, Group.MILITARY),
            ],
            id="civilians-and-military",
        ),
        pytest.param(
            "2020-ci ildən bu yana 4 minaaxtaran həlak olub, 16-sı yaralanıb.",
            [(M.MINE_KILLED, 4, Group.DEMINERS), (M.MINE_INJURED, 16, Group.DEMINERS)],
            id="deminers-share-keeps-group",
        ),
        pytest.param(
            "Füzuli rayonunda iki qadın mina partlayışı nəticəsində xəsarət alıb.",
            [(M.MINE_INJURED, 2, Group.WOMEN)],
            id="counted-noun-is-not-one-person",
        ),
        pytest.param(
            "Ağdam rayonunda hərbçi minaya düşərək yaralanıb.",
            [(M.MINE_INJURED, 1, Group.MILITARY)],
            id="one-soldier-injured",
        ),
        pytest.param(
            "Laçın rayonunda mülki şəxs minaya düşüb.",
            [(M.MINE_VICTIMS, 1, Group.CIVILIANS)],
            id="one-civilian-hit-a-mine",
        ),
        pytest.param(
            "Tərtər rayonunda uşaq partlamamış hərbi sursatın partlaması nəticəsində həlak olub.",
            [(M.MINE_KILLED, 1, Group.CHILDREN)],
            id="one-child-killed",
        ),
    ],
)
def test_figures_of_a_sentence(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        pytest.param(
            "Müharibədən sonra 300-dən çox nəfər mina qurbanı olub.", Bound.AT_LEAST, id="dan-cox"
        ),
        pytest.param(
            "Müharibədən sonra 105 min hektardan artıq ərazi təmizlənib.",
            Bound.AT_LEAST,
            id="noun-then-artiq",
        ),
        pytest.param(
            "Ötən il təxminən 12 min hektar ərazi təmizlənib.", Bound.APPROX, id="texminen"
        ),
        pytest.param(
            "Ötən il təqribən 12 min hektar ərazi təmizlənib.", Bound.APPROX, id="teqriben"
        ),
        pytest.param(
            "Müharibədən sonra ən azı 50 nəfər minaya düşüb.", Bound.AT_LEAST, id="en-azi"
        ),
        pytest.param("Ərazilərdə 1,5 milyona qədər mina basdırılıb.", Bound.AT_MOST, id="qeder"),
    ],
)
def test_bound_words(text: str, bound: Bound) -> None:
    assert only(text).bound is bound


@pytest.mark.parametrize(
    ("text", "since"),
    [
        pytest.param(
            "2022-ci ilin avqust ayından bəri 2950 mina aşkar edilib.", "2022-08", id="since-month"
        ),
        pytest.param("Son 30 ildə 3400 nəfər mina qurbanı olub.", "1991", id="past-30-years"),
        pytest.param(
            "Münaqişədən sonrakı dövrdə 60 nəfər minaya düşərək həlak olub.",
            "2020-11-10",
            id="post-conflict",
        ),
        pytest.param(
            "2020-ci il noyabrın 10-dan 300 nəfər mina qurbanı olub.",
            "2020-11-10",
            id="since-day-genitive-month",
        ),
        pytest.param("2023-cü ildə 7.812 mina zərərsizləşdirilib.", "2023", id="ordinal-year"),
        pytest.param("Ötən il 7812 mina zərərsizləşdirilib.", "2022", id="last-year"),
    ],
)
def test_periods(text: str, since: str) -> None:
    figure = only(text)
    assert (figure.since, figure.scope) == (since, Scope.CUMULATIVE)


def test_a_day_range_sets_since_and_until() -> None:
    figure = only("Oktyabrın 9-dan 15-dək 157 mina zərərsizləşdirilib.")
    assert (figure.since, figure.until) == ("2022-10-09", "2022-10-15")


def test_a_district_in_the_locative_case_is_the_place() -> None:
    figure = only("Kəlbəcər rayonunda hərbi qulluqçu minaya düşərək yaralanıb.")
    assert (figure.place, figure.scope) == ("Kəlbəcər", Scope.INCIDENT)


def test_mine_model_and_year_made() -> None:
    figure = only(
        "Noyabrın 29-da Sarıbaba yüksəkliyi istiqamətində Ermənistan istehsalı olan 2021-ci il "
        "buraxılışlı 180 ədəd PMN-E tipli piyada əleyhinə mina aşkar edilib."
    )
    assert (figure.value, figure.group) == (180, Group.ANTI_PERSONNEL)
    assert (figure.made_year, figure.place) == (2021, "Sarıbaba")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Üçtərəfli bəyanat 2020-ci il noyabrın 10-u imzalanıb, mina xəritələri verilməyib.",
            id="date",
        ),
        pytest.param("45 yaşlı minaaxtaran medalla təltif edilib.", id="age"),
        pytest.param("Mina partlayışı saat 17:30-da baş verib, xəsarət alan yoxdur.", id="time"),
        pytest.param("Minatəmizləmə avadanlığına 5 milyon manat ayrılıb.", id="money"),
        pytest.param("Bəyanatın 4-cü bəndi mina xəritələrinə aiddir.", id="article-ordinal"),
        pytest.param(
            "Qətnamənin 7 saylı bəndində mina təhlükəsi qeyd olunmayıb.", id="numbered-document"
        ),
        pytest.param("Mina xəritələrinin dəqiqliyi cəmi 25 faizdir.", id="percent"),
        pytest.param("Minaaxtaranların təlimi 6 həftə davam edəcək.", id="duration"),
    ],
)
def test_numbers_that_are_not_figures(text: str) -> None:
    assert extract(text, lang="az", published=PUB) == []


# --- news-style texts: the rules a fresh set of articles asked for ---------------------------


def test_a_production_year_before_the_maker_dates_the_mine_not_the_count():
    figure = only(
        "Kəlbəcər rayonunda 2020-ci ildə Ermənistanda istehsal olunmuş 120 tank əleyhinə "
        "mina aşkar edilib."
    )
    assert (figure.made_in, figure.made_year, figure.since) == ("Armenia", 2020, None)


@pytest.mark.parametrize(
    "text",
    [
        "Aprel ayının 3-9 tarixlərində 57 mina aşkarlanaraq zərərsizləşdirilib.",
        "3-9 aprel tarixlərində 57 mina aşkarlanaraq zərərsizləşdirilib.",
    ],
)
def test_a_weekly_report_counts_over_its_days(text: str) -> None:
    figure = only(text)
    assert (figure.scope, figure.since, figure.until) == (
        Scope.CUMULATIVE,
        "2022-04-03",
        "2022-04-09",
    )


def test_the_victims_broken_down_in_a_later_paragraph_keep_the_totals_period():
    found = extract(
        "Müharibədən sonra minaların qurbanı olan 410 nəfər qeydə alınıb.\n\n"
        "Nazirliyin sözlərinə görə, qurbanların 300 nəfəri mülki şəxs, 110 nəfəri isə hərbçidir.",
        lang="az",
        published=PUB,
    )
    parts = [(f.metric, f.value, f.group, f.scope, f.since) for f in found if f.value != 410]
    assert parts == [
        (M.MINE_VICTIMS, 300, Group.CIVILIANS, Scope.CUMULATIVE, "2020-11-10"),
        (M.MINE_VICTIMS, 110, Group.MILITARY, Scope.CUMULATIVE, "2020-11-10"),
    ]


def test_over_the_year_makes_a_total_of_the_publication_year():
    found = only("İl ərzində mina partlayışları nəticəsində 27 nəfər xəsarət alıb.")
    assert (found.scope, found.since) == (Scope.CUMULATIVE, "2023")


def test_a_bound_after_a_number_word_with_its_own_suffix_is_read():
    found = only("İşğal illərində torpaqlarımıza bir milyondan çox mina basdırılmışdır.")
    assert (found.metric, found.value, found.bound) == (M.MINES_LAID, 1_000_000, Bound.AT_LEAST)
