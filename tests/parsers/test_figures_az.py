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


def test_the_dead_among_earlier_victims_are_killed_whenever_they_hit_the_mine():
    found = extract(
        "Müharibədən sonra mina partlayışları nəticəsində 410 nəfər həlak olub.\n\n"
        "Həlak olanlar arasında 2021-ci ilin mayında minaya düşən 2 jurnalist də var.",
        lang="az",
        published=PUB,
    )
    assert (M.MINE_KILLED, 2, Group.JOURNALISTS, "2020-11-10") in [
        (f.metric, f.value, f.group, f.since) for f in found
    ]


def test_the_kinds_of_mines_counted_earlier_break_down_their_total():
    found = extract(
        "2022-ci ildə 6.100 mina zərərsizləşdirilib.\n\n"
        "Zərərsizləşdirilən minaların 4.000-i piyada əleyhinə, 2.100-ü tank əleyhinə minadır.",
        lang="az",
        published=PUB,
    )
    assert [(f.value, f.group, f.scope, f.since) for f in found] == [
        (6100, Group.ALL, Scope.CUMULATIVE, "2022"),
        (4000, Group.ANTI_PERSONNEL, Scope.CUMULATIVE, "2022"),
        (2100, Group.ANTI_TANK, Scope.CUMULATIVE, "2022"),
    ]


def test_an_area_planned_for_clearance_is_not_cleared():
    assert figures("Gələn il 25 min hektar ərazinin təmizlənməsi planlaşdırılır.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Füzuli rayonunda ANAMA-nın əməkdaşı minaya düşərək yaralanıb.",
        "Ağdam rayonunda minatəmizləyən minaya düşərək yaralanıb.",
    ],
)
def test_the_employer_or_the_job_makes_a_deminer(text: str) -> None:
    assert figures(text) == [(M.MINE_INJURED, 1, Group.DEMINERS)]


def test_killed_or_crippled_is_one_victims_total_and_its_military_share():
    found = extract(
        "Noyabrın 10-dan bəri minalar 214 nəfərin həyatına son qoyub və ya şikəst edib, "
        "onlardan 37-si hərbçi olub.",
        lang="az",
        published=PUB,
    )
    assert [(f.metric, f.value, f.group) for f in found] == [
        (M.MINE_VICTIMS, 214, Group.ALL),
        (M.MINE_VICTIMS, 37, Group.MILITARY),
    ]


def test_wounded_or_killed_gives_a_victims_total_not_an_injured_figure():
    assert figures("Ümumilikdə 96 nəfər mina partlayışından yaralanıb və ya həlak olub.") == [
        (M.MINE_VICTIMS, 96, Group.ALL)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kənddə 12 yaşlı məktəbli minaya düşərək yaralanıb.",
        "Onun 9 yaşlı qardaşı mina partlayışı nəticəsində yaralanıb.",
    ],
)
def test_a_person_under_eighteen_by_age_is_a_child(text: str) -> None:
    assert figures(text) == [(M.MINE_INJURED, 1, Group.CHILDREN)]


@pytest.mark.parametrize(
    "text",
    [
        "Traktorçu mina partlayışı nəticəsində həlak olub.",
        "Yük maşınının sürücüsü minaya düşərək həlak olub.",
    ],
)
def test_a_trade_names_a_civilian(text: str) -> None:
    assert figures(text) == [(M.MINE_KILLED, 1, Group.CIVILIANS)]


def test_over_the_year_makes_a_total_of_the_publication_year():
    found = only("İl ərzində mina partlayışları nəticəsində 27 nəfər xəsarət alıb.")
    assert (found.scope, found.since) == (Scope.CUMULATIVE, "2023")


def test_a_day_range_of_unknown_year_still_makes_a_weekly_total():
    found = extract(
        "Oktyabrın 9-dan 15-dək azad edilmiş ərazilərdə 121 piyada əleyhinə mina aşkarlanıb.",
        lang="az",
    )
    assert [(f.value, f.scope, f.since, f.until) for f in found] == [
        (121, Scope.CUMULATIVE, None, None)
    ]


def test_a_labelled_list_under_an_introduction_is_the_report_total():
    found = extract(
        "ANAMA-nın hesabatı:\nPiyada əleyhinə minalar: 418\nTank əleyhinə minalar: 52\n"
        "Partlamamış hərbi sursat: 2.306",
        lang="az",
        published=PUB,
    )
    assert [(f.metric, f.value, f.group, f.scope) for f in found] == [
        (M.MINES_FOUND, 418, Group.ANTI_PERSONNEL, Scope.CUMULATIVE),
        (M.MINES_FOUND, 52, Group.ANTI_TANK, Scope.CUMULATIVE),
        (M.UXO_FOUND, 2306, Group.ALL, Scope.CUMULATIVE),
    ]


def test_a_year_after_a_label_is_not_a_count():
    assert figures("ANAMA-nın hesabatı:\nPiyada əleyhinə minaların istehsal ili: 2021") == []


def test_both_parts_of_a_split_total_in_the_next_sentence_are_read():
    found = extract(
        "2022-ci ildə 8.215 mina aşkarlanıb. Onlardan 7.012-si piyada əleyhinə, "
        "1.203-ü isə tank əleyhinə olub.",
        lang="az",
        published=PUB,
    )
    assert [(f.value, f.group, f.since) for f in found] == [
        (8215, Group.ALL, "2022"),
        (7012, Group.ANTI_PERSONNEL, "2022"),
        (1203, Group.ANTI_TANK, "2022"),
    ]


def test_a_bound_after_a_number_word_with_its_own_suffix_is_read():
    found = only("İşğal illərində torpaqlarımıza bir milyondan çox mina basdırılmışdır.")
    assert (found.metric, found.value, found.bound) == (M.MINES_LAID, 1_000_000, Bound.AT_LEAST)
