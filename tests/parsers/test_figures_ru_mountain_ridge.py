"""A mountain ridge ("вокруг Муровдагского хребта") is a place, named by its adjective."""

from __future__ import annotations

from parsers.figures import extract


def test_a_ridge_is_the_place_of_its_mines() -> None:
    text = "В формулярах отражены сведения о 500 минах вокруг Муровдагского хребта."
    figures = extract(text, lang="ru", published="2024-02-13")
    assert [(f.value, f.place) for f in figures] == [(500, "Муровдагского")]
