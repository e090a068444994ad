"""A model designation's last letter ("ПМН-Э.") ends the sentence; a mined plot is no laying."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Group, Metric, Scope
from parsers.sentences import split


def test_a_models_last_letter_before_a_full_stop_is_no_initial() -> None:
    text = "Обезврежены 90 мин типа ПМН-Э. Все мины произведены в Армении после войны."
    assert [s.text for s in split(text)] == [
        "Обезврежены 90 мин типа ПМН-Э.",
        "Все мины произведены в Армении после войны.",
    ]


def test_an_initial_still_does_not_end_a_sentence() -> None:
    assert len(list(split("Об этом сообщил А. Мамедов из агентства."))) == 1


def test_mines_removed_from_a_mined_plot_were_found() -> None:
    text = (
        "27 сентября с заминированного участка были извлечены и обезврежены "
        "90 противопехотных мин типа ПМН-Э. Все мины произведены в Армении после войны."
    )
    figures = extract(text, lang="ru", published="2022-09-28")
    assert [(f.metric, f.value, f.group, f.scope) for f in figures] == [
        (Metric.MINES_FOUND, 90, Group.ANTI_PERSONNEL, Scope.INCIDENT)
    ]
