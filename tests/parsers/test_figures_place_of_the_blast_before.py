"""A sentence that places a blast and counts no one gives its place to the next one's count."""

from __future__ import annotations

from figure_helpers import figure_reader

_places = figure_reader("value", "place", lang="ru", published="2025-05-14")


def test_the_count_after_a_placed_blast_happened_there() -> None:
    text = (
        "Сегодня на территории села Гарадаглы Тертерского района произошел минный инцидент.\n"
        "В результате взрыва противопехотной мины ранения получили три жителя."
    )
    assert _places(text) == [(3, "Гарадаглы")]


def test_a_sentence_that_names_no_blast_gives_no_place() -> None:
    text = (
        "Новости недели\n"
        "Село Гарадаглы Тертерского района восстанавливается после войны.\n"
        "В результате взрыва противопехотной мины ранения получили три жителя."
    )
    assert _places(text) == [(3, None)]
