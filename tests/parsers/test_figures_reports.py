"""Figures in the shapes real reports take, in all three languages: district splits, Q&A
interviews, several countries in one sentence, incidents told twice, one more victim,
ages in apposition. One behaviour per case; every sentence is written for these tests."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Figure, Group, Metric, Scope

PUB = "2024-06-01"
M = Metric


def found(text: str, lang: str) -> list[Figure]:
    return extract(text, lang=lang, published=PUB)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "A shepherd, 15 years old, was injured by a mine in Lachin.", id="en"),
        pytest.param("ru", "Пастух из села, 15 лет, подорвался на мине в Лачине.", id="ru"),
        pytest.param("az", "Kənd sakini, 15 yaş, Laçında minaya düşərək yaralanıb.", id="az"),
    ],
)
def test_an_age_under_18_after_the_noun_makes_a_child(lang: str, text: str) -> None:
    (figure,) = found(text, lang)
    assert figure.group is Group.CHILDREN


def test_an_adult_age_after_the_noun_keeps_the_person_a_civilian() -> None:
    (figure,) = found("A farmer, 52 years old, was injured by a mine in Lachin.", "en")
    assert figure.group is Group.CIVILIANS


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The report names Colombia among the worst affected: 120 people were injured by "
            "mines there last year.",
            id="en-there",
        ),
        pytest.param(
            "ru",
            "В докладе упоминается Колумбия: там от мин в прошлом году пострадали 120 человек.",
            id="ru-tam",
        ),
    ],
)
def test_there_points_back_at_the_country_the_sentence_named(lang: str, text: str) -> None:
    (figure,) = found(text, lang)
    assert figure.country == "Colombia"


@pytest.mark.parametrize("word", ["Zəngilanda", "Füzulidə", "Laçında"])
def test_an_azerbaijani_district_name_with_a_case_ending_is_a_place(word: str) -> None:
    (figure,) = found(f"{word} 18 tank əleyhinə mina zərərsizləşdirilib.", "az")
    assert figure.place == word.removesuffix("da").removesuffix("də")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en", "Two years since the explosion that killed three deminers in Fuzuli.", id="en"
        ),
        pytest.param("ru", "Два года назад в Физули при взрыве мины погибли три сапёра.", id="ru"),
        pytest.param(
            "az",
            "İki il əvvəl Füzulidə mina partlayışı nəticəsində üç sapyor həlak olmuşdu.",
            id="az",
        ),
    ],
)
def test_an_anniversary_of_a_blast_tells_one_incident(lang: str, text: str) -> None:
    (figure,) = found(text, lang)
    assert (figure.metric, figure.value, figure.scope) == (M.MINE_KILLED, 3, Scope.INCIDENT)
