"""az words that look like counts of harm but are not: "üçün" (for) is no three, "xəsarət
almayıb" (was not injured) hurts no one, "otuz ilə yaxın" is a span of time."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.numbers import find_numbers

PUB = "2024-06-20"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Minalar uşaqlar üçün ölüm tələsidir", []),
        ("Bunun üçün 12 maşın alınıb", [12]),
        ("Onlardan üçü həlak olub", [3]),
        ("üçdən çox nəfər", [3]),
    ],
)
def test_for_is_no_three(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text, "az")] == values


def test_a_headline_about_who_mines_threaten_states_no_deaths() -> None:
    text = "Nazir: “Minalar həm insanlar, həm də heyvanlar üçün ölüm tələsidir”"
    assert extract(text, lang="az", published=PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dünən Füzulidə traktor minaya düşüb, traktorçu isə xəsarət almayıb.",
        "Dünən Füzulidə traktor minaya düşüb, sürücü yaralanmayıb.",
    ],
)
def test_one_told_unhurt_is_no_injured(text: str) -> None:
    assert [f.metric.value for f in extract(text, lang="az", published=PUB)] != ["mine_injured"]


def test_a_span_of_decades_in_words_is_no_count() -> None:
    text = "Otuz ilə yaxın işğal dövründə basdırılan minalar hələ də təhlükə yaradır."
    assert extract(text, lang="az", published=PUB) == []


def test_once_again_counts_nothing() -> None:
    text = "Agentlik vətəndaşları bir daha minalardan təmizlənməmiş ərazilərə getməməyə çağırıb."
    assert extract(text, lang="az", published=PUB) == []
