"""ru: a person's name after "житель села" is no village; "Ашагы X" is one village."""

from __future__ import annotations

from parsers.figures import extract

PUB = "2025-05-19"


def places(text: str) -> list[str | None]:
    return [f.place for f in extract(text, lang="ru", published=PUB)]


def test_a_given_name_and_surname_after_the_village_word_are_no_place() -> None:
    text = "Взрыв\n\nВчера при взрыве мины пострадал житель села Ахмед Алиев."
    assert places(text) == [None]


def test_a_village_named_with_lower_or_upper_keeps_both_words() -> None:
    text = (
        "Взрыв\n\nВчера житель села Ашагы Кюрдмахмудлу Вюсал Гусейнов получил ранение при "
        "взрыве мины."
    )
    assert places(text) == ["Ашагы Кюрдмахмудлу"]


def test_a_village_followed_by_its_district_stays_the_village() -> None:
    text = "Взрыв\n\nВчера в селе Ханабад при взрыве мины ранен пастух."
    assert places(text) == ["Ханабад"]
