"""Russian figure extraction: one behaviour per case, written as ministries and agencies write."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Bound, Group, Metric, Scope

PUB = "2023-03-21"
M = Metric


figures = figure_reader("metric", "value", "group", lang="ru", published=PUB)


def only(text: str):
    found = extract(text, lang="ru", published=PUB)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "С момента окончания Отечественной войны (10 ноября 2020 года) в результате взрывов "
            "мин пострадали 268 граждан, из них 45 погибли, в том числе 3 журналиста.",
            [
                (M.MINE_VICTIMS, 268, Group.ALL),
                (M.MINE_KILLED, 45, Group.ALL),
                (M.MINE_KILLED, 3, Group.JOURNALISTS),
            ],
            id="victims-killed-journalists",
        ),
        pytest.param(
            "После войны от мин погибли 45 человек.",
            [(M.MINE_KILLED, 45, Group.ALL)],
            id="verb-before-number",
        ),
        pytest.param(
            "После войны жертвами мин стали 268 граждан.",
            [(M.MINE_VICTIMS, 268, Group.ALL)],
            id="became-victims",
        ),
        pytest.param(
            "После войны от мин пострадали 300 человек. Из 45 погибших 35 — мирные жители.",
            [
                (M.MINE_VICTIMS, 300, Group.ALL),
                (M.MINE_KILLED, 45, Group.ALL),
                (M.MINE_KILLED, 35, Group.CIVILIANS),
            ],
            id="of-the-dead-civilians",
        ),
        pytest.param(
            "За период с 14 по 20 марта обнаружены и обезврежены 120 противопехотных и 45 "
            "противотанковых мин, 300 неразорвавшихся боеприпасов.",
            [
                (M.MINES_FOUND, 120, Group.ANTI_PERSONNEL),
                (M.MINES_FOUND, 45, Group.ANTI_TANK),
                (M.UXO_FOUND, 300, Group.ALL),
            ],
            id="weekly-mines-and-uxo",
        ),
        pytest.param(
            "С начала года обезврежено 2 728 мин.",
            [(M.MINES_FOUND, 2728, Group.ALL)],
            id="space-grouped-digits",
        ),
        pytest.param(
            "За неделю очищена территория площадью 1 500 гектаров.",
            [(M.AREA_CLEARED_HA, 1500, Group.ALL)],
            id="area-hectares",
        ),
        pytest.param(
            "С 2021 года от мин очищено 152 кв. км территорий.",
            [(M.AREA_CLEARED_HA, 15200, Group.ALL)],
            id="area-square-kilometres",
        ),
        pytest.param(
            "Армения заложила более миллиона мин.",
            [(M.MINES_LAID, 1_000_000, Group.ALL)],
            id="mines-laid-million",
        ),
        pytest.param(
            "После войны от мин пострадали 352 человека: 219 мирных жителей и 133 военнослужащих.",
            [
                (M.MINE_VICTIMS, 352, Group.ALL),
                (M.MINE_VICTIMS, 219, Group.CIVILIANS),
                (M.MINE_VICTIMS, 133, Group.MILITARY),
            ],
            id="civilians-and-military-genitive",
        ),
        pytest.param(
            "С 2020 года погибли четверо саперов, еще 14 сапёров получили ранения.",
            [(M.MINE_KILLED, 4, Group.DEMINERS), (M.MINE_INJURED, 14, Group.DEMINERS)],
            id="deminers-both-spellings",
        ),
        pytest.param(
            "В результате взрыва мины двое детей погибли, одна женщина получила ранения.",
            [(M.MINE_KILLED, 2, Group.CHILDREN), (M.MINE_INJURED, 1, Group.WOMEN)],
            id="collective-numeral-children-women",
        ),
        pytest.param(
            "Военнослужащий получил ранение в результате подрыва на мине.",
            [(M.MINE_INJURED, 1, Group.MILITARY)],
            id="one-serviceman-injured",
        ),
        pytest.param(
            "В Агдамском районе мирный житель подорвался на мине.",
            [(M.MINE_VICTIMS, 1, Group.CIVILIANS)],
            id="one-civilian-hit-a-mine",
        ),
    ],
)
def test_figures_of_a_sentence(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        pytest.param(
            "С 2020 года жертвами минного террора стали более 300 человек.",
            Bound.AT_LEAST,
            id="bolee",
        ),
        pytest.param(
            "С 2020 года от мин пострадали свыше 3 400 граждан.", Bound.AT_LEAST, id="svyshe"
        ),
        pytest.param("В прошлом году очищено около 9 тысяч гектаров.", Bound.APPROX, id="okolo"),
        pytest.param("На этих территориях заложено до 1,5 млн мин.", Bound.AT_MOST, id="do"),
    ],
)
def test_bound_words(text: str, bound: Bound) -> None:
    assert only(text).bound is bound


@pytest.mark.parametrize(
    ("text", "since"),
    [
        pytest.param("С августа 2022 года обнаружено 3 100 мин.", "2022-08", id="since-month"),
        pytest.param("За последние 30 лет от мин погибли 600 человек.", "1991", id="past-30-years"),
        pytest.param(
            "В постконфликтный период от мин погибли 60 человек.", "2020-11-10", id="post-conflict"
        ),
        pytest.param(
            "После окончания 44-дневной войны от мин погибли 60 человек.",
            "2020-11-10",
            id="after-the-war",
        ),
        pytest.param("В прошлом году обезврежено 5 614 мин.", "2022", id="last-year"),
        pytest.param("В феврале 2024 года найдено 612 мин.", "2024-02", id="month"),
    ],
)
def test_periods(text: str, since: str) -> None:
    figure = only(text)
    assert (figure.since, figure.scope) == (since, Scope.CUMULATIVE)


def test_a_week_range_sets_since_and_until() -> None:
    figure = only("С 6 по 12 ноября 2023 года обнаружено 170 мин.")
    assert (figure.since, figure.until) == ("2023-11-06", "2023-11-12")


def test_a_blast_with_no_period_is_an_incident() -> None:
    figure = only("Двое военнослужащих погибли, подорвавшись на мине в Лачинском районе.")
    assert (figure.scope, figure.value, figure.group) == (Scope.INCIDENT, 2, Group.MILITARY)


def test_a_district_in_the_prepositional_case_is_the_place() -> None:
    figure = only("В Кельбаджарском районе на мине подорвался трактор, водитель получил ранения.")
    assert figure.place is not None and figure.place.startswith("Кельбаджарском")


def test_mine_model_and_maker() -> None:
    figure = only(
        "5 декабря обнаружены 270 противопехотных мин типа ПМН-Е армянского производства "
        "2021 года выпуска."
    )
    assert (figure.mine_model, figure.made_in, figure.made_year) == ("ПМН-Е", "Armenia", 2021)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Трехстороннее заявление от 10 ноября 2020 года касается мин.", id="date"),
        pytest.param("45-летний сапер награжден медалью за разминирование.", id="age"),
        pytest.param("Взрыв мины произошел в 10:40, погибших нет.", id="time"),
        pytest.param("На закупку техники для разминирования выделено 5 млн манатов.", id="money"),
        pytest.param("Армения не выполняет пункт 4 заявления о минах.", id="article-number"),
        pytest.param("Точность карт минных полей составляет лишь 25 процентов.", id="percent"),
        pytest.param(
            "В конференции по разминированию участвуют 300 делегатов из 50 стран.", id="delegates"
        ),
        pytest.param("Обучение саперов продлится 6 недель.", id="duration"),
    ],
)
def test_numbers_that_are_not_figures(text: str) -> None:
    assert extract(text, lang="ru", published=PUB) == []


# --- news-style texts: the rules a fresh set of articles asked for ---------------------------


def test_a_production_year_after_the_maker_dates_the_mine_not_the_count():
    figure = only(
        "С марта 2023 года в Лачинском районе обнаружено 740 мин, произведённых в Армении "
        "в 2020 году."
    )
    assert (figure.since, figure.made_in, figure.made_year) == ("2023-03", "Armenia", 2020)


def test_a_sentence_may_end_with_the_word_mines():
    found = extract(
        "Саперы обезвредили 300 мин. При взрыве мины погибли 2 человека.",
        lang="ru",
        published=PUB,
    )
    assert [(f.metric, f.value, f.quote[:6]) for f in found] == [
        (Metric.MINES_FOUND, 300, "Саперы"),
        (Metric.MINE_KILLED, 2, "При вз"),
    ]


def test_a_list_item_takes_the_verb_of_the_report_that_introduced_it():
    found = extract(
        "За май обезврежено 900 мин и 1 500 боеприпасов.\n"
        "По неделям:\n"
        "- 1–7 мая: 210 мин, 380 боеприпасов;\n",
        lang="ru",
        published="2023-06-02",
    )
    weekly = [(f.metric, f.value, f.since, f.until) for f in found if f.since == "2023-05-01"]
    assert weekly == [
        (Metric.MINES_FOUND, 210, "2023-05-01", "2023-05-07"),
        (Metric.UXO_FOUND, 380, "2023-05-01", "2023-05-07"),
    ]


def test_a_person_under_eighteen_by_age_is_a_child():
    assert figures("Его 14-летний сын подорвался на мине и получил ранения.")[0][2] is (
        Group.CHILDREN
    )


def test_between_two_years_is_a_range_of_years():
    found = only("В период между 2021 и 2023 годами обезврежено 24 500 мин.")
    assert (found.scope, found.since, found.until) == (Scope.CUMULATIVE, "2021", "2023")


def test_a_country_named_as_the_subject_keeps_its_figure_abroad():
    found = only("Хорватия, где было заложено около 90 тысяч мин, до сих пор их разминирует.")
    assert (found.metric, found.country) == (M.MINES_LAID, "Croatia")


def test_killed_or_were_wounded_is_one_victims_total():
    found = only(
        "С 2022 года от мин в Украине погибли или были ранены не менее 1 000 мирных жителей."
    )
    assert (found.metric, found.group, found.country) == (
        M.MINE_VICTIMS,
        Group.CIVILIANS,
        "Ukraine",
    )


def test_mines_said_to_lie_in_a_territory_are_laid():
    found = only("По оценкам, в Украине может находиться свыше 1 миллиона мин.")
    assert (found.metric, found.bound) == (M.MINES_LAID, Bound.AT_LEAST)
