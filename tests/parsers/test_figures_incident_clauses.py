"""One incident told in clauses and sentences: a bare count after its verb, a part in the
clause it sits in, the people a count names one by one, a second sentence about one victim."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Group, Metric

figures = figure_reader("metric", "value", "group")


def test_en_a_bare_count_right_after_the_verb_is_the_people_it_names() -> None:
    assert figures("An anti-tank mine exploded near Fuzuli and killed two.", "en") == [
        (Metric.MINE_KILLED, 2, Group.ALL)
    ]


def test_en_a_part_takes_the_verb_of_the_clause_it_sits_in() -> None:
    text = "The explosion in Lachin killed five, three of them deminers, and wounded six."
    assert figures(text, "en") == [
        (Metric.MINE_KILLED, 5, Group.ALL),
        (Metric.MINE_KILLED, 3, Group.DEMINERS),
        (Metric.MINE_INJURED, 6, Group.ALL),
    ]


def test_ru_took_the_lives_of_is_killed() -> None:
    assert figures("Подрыв на мине в Физули унёс жизни двоих.", "ru") == [
        (Metric.MINE_KILLED, 2, Group.ALL)
    ]


def test_ru_the_people_a_count_names_after_a_dash_are_not_more_people() -> None:
    text = (
        "В селе Шурабад при взрыве мины погибли двое саперов – сотрудник ANAMA Ильгар"
        " Алиев и инженер Фуад Гасанов."
    )
    assert figures(text, "ru") == [(Metric.MINE_KILLED, 2, Group.DEMINERS)]


def test_az_the_sentence_about_who_the_injured_was_is_the_same_figure() -> None:
    text = (
        "Füzulidə mina partlayışı nəticəsində bir nəfər yaralanıb. Kənd sakini, 1990-cı il"
        " təvəllüdlü Elvin Quliyev odun toplayarkən minaya düşüb."
    )
    assert figures(text, "az") == [(Metric.MINE_INJURED, 1, Group.CIVILIANS)]


def test_en_a_sentence_about_what_the_victim_did_is_no_second_figure() -> None:
    text = (
        "A resident of Aghdam was injured by a mine on Tuesday. He stepped on it while"
        " collecting firewood."
    )
    assert figures(text, "en") == [(Metric.MINE_INJURED, 1, Group.CIVILIANS)]
