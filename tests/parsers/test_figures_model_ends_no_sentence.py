"""A model designation's last letter ("ПМН-Э.") ends the sentence; a mined plot is no laying."""

from __future__ import annotations

from parsers.sentences import split


def test_a_models_last_letter_before_a_full_stop_is_no_initial() -> None:
    text = "Обезврежены 90 мин типа ПМН-Э. Все мины произведены в Армении после войны."
    assert [s.text for s in split(text)] == [
        "Обезврежены 90 мин типа ПМН-Э.",
        "Все мины произведены в Армении после войны.",
    ]


def test_an_initial_still_does_not_end_a_sentence() -> None:
    assert len(list(split("Об этом сообщил А. Мамедов из агентства."))) == 1
