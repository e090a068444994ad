"""Interviews: the answer's bare counts take the metric, group and period of the question."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Bound, Group, Metric
from parsers.sentences import split

figures = figure_reader("metric", "value", "group", "since", published="2024-06-10")


def test_a_dash_before_a_capital_after_a_question_mark_starts_the_answer() -> None:
    text = "— How many deminers have you lost? — Four, sadly."
    assert [s.text for s in split(text)] == ["— How many deminers have you lost?", "— Four, sadly."]


def test_en_q_and_a_lines_answer_with_the_questions_metric_and_period() -> None:
    text = (
        "Q: How many anti-tank mines did the teams find last year?\n"
        "A: Roughly 3,400, most of them in Aghdam."
    )
    found = extract(text, lang="en", published="2024-06-10")
    assert [(f.metric, f.value, f.group, f.since, f.bound) for f in found] == [
        (Metric.MINES_FOUND, 3400, Group.ANTI_TANK, "2023", Bound.APPROX)
    ]


def test_en_an_inline_answer_takes_the_questions_group() -> None:
    text = "— How many soldiers have been killed by mines since the war? — Unfortunately, 52."
    assert figures(text, "en") == [(Metric.MINE_KILLED, 52, Group.MILITARY, "2020-11-10")]


def test_ru_the_answers_part_keeps_its_own_verb() -> None:
    text = (
        "— Сколько людей подорвалось на минах с момента окончания войны? — К сожалению,"
        " 37 человек. Восемь из них погибли."
    )
    assert figures(text, "ru") == [
        (Metric.MINE_VICTIMS, 37, Group.ALL, "2020-11-10"),
        (Metric.MINE_KILLED, 8, Group.ALL, "2020-11-10"),
    ]


def test_ru_vopros_otvet_lines() -> None:
    text = "Вопрос: Сколько мин обезврежено в этом году?\nОтвет: Около 6 тысяч."
    assert figures(text, "ru") == [(Metric.MINES_FOUND, 6000, Group.ALL, "2024")]


def test_az_sual_cavab_lines() -> None:
    text = (
        "Sual: Müharibədən sonra minalardan neçə nəfər zərər çəkib?\nCavab: Təəssüf ki, 58 nəfər."
    )
    assert figures(text, "az") == [(Metric.MINE_VICTIMS, 58, Group.ALL, "2020-11-10")]


def test_a_count_with_a_verb_of_its_own_in_the_answer_is_not_the_questions() -> None:
    text = (
        "Q: How many mines have been found since the war?\n"
        "A: We plan to increase our staff to 3,500 next year."
    )
    assert figures(text, "en") == []


def test_the_answer_to_a_question_that_asks_no_count_takes_nothing_from_it() -> None:
    text = "Q: What about the mines in Tartar?\nA: Sadly, 40."
    assert figures(text, "en") == []


def test_an_answer_without_a_verb_to_an_unexploded_shells_question_is_uxo_found():
    text = (
        "Q: How many unexploded shells have your teams found this year?\n"
        "A: Unexploded shells: about two hundred."
    )
    found = [(f.metric, f.value) for f in extract(text, lang="en", published="2025-08-01")]
    assert found == [(Metric.UXO_FOUND, 200)]


def test_an_answer_in_hectares_to_a_how_much_land_question_is_area_cleared():
    text = "Q: How much land has been cleared so far?\nA: Somewhere around 120 hectares."
    found = [(f.metric, f.value) for f in extract(text, lang="en", published="2025-08-01")]
    assert found == [(Metric.AREA_CLEARED_HA, 120)]


def test_a_mines_label_in_the_answer_to_a_mines_and_shells_question_is_mines_found():
    text = (
        "Q: How many mines and unexploded shells have your teams found this year?\n"
        "A: Mines: about fifty."
    )
    found = [(f.metric, f.value) for f in extract(text, lang="en", published="2025-08-01")]
    assert found == [(Metric.MINES_FOUND, 50)]


def test_each_label_in_one_answer_names_its_own_kind():
    text = (
        "— How many explosive items did you find in Aghdam? "
        "— Mines: about fifty, and unexploded ordnance: 120."
    )
    found = [(f.metric, f.value) for f in extract(text, lang="en", published="2025-08-01")]
    assert found == [(Metric.MINES_FOUND, 50), (Metric.UXO_FOUND, 120)]
