"""A country named as a verb's object ("привел в пример Украину, где ...") is the figure's."""

from __future__ import annotations

from parsers.figures import extract


def test_a_country_in_the_accusative_locates_the_figure() -> None:
    text = (
        "Министр привел в пример Украину, где с февраля 2022 года от мин погибли "
        "по меньшей мере 300 мирных жителей."
    )
    figures = extract(text, lang="ru", published="2023-06-21")
    assert [(f.value, f.country) for f in figures] == [(300, "Ukraine")]
