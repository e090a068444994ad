"""The people who attended an event for mine victims are its audience, not victims."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2024-04-04"

HEADLINES = {
    "en": "Mine victims remembered in Aghdam",
    "ru": "В Агдаме почтили память жертв мин",
    "az": "Ağdamda mina qurbanları anılıb",
}


def found(text: str, lang: str) -> list[tuple[Metric, int]]:
    figures = extract(f"{HEADLINES[lang]}\n\n{text}", lang=lang, published=PUB)
    return [(f.metric, f.value) for f in figures]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "More than 200 people attended the ceremony for mine victims."),
        ("en", "The ceremony for mine victims was attended by over 300 people."),
        ("en", "Some 150 people, including relatives of mine victims, took part in the event."),
        ("ru", "Более 200 человек, в том числе пострадавшие от мин, присутствовали на церемонии."),
        ("ru", "В мероприятии приняли участие более 200 человек, в том числе жертвы мин."),
        (
            "az",
            "Tədbirdə 200-dən çox şəxs, o cümlədən mina qurbanlarının ailə üzvləri iştirak edib.",
        ),
    ],
)
def test_an_audience_is_not_a_count_of_victims(lang: str, text: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "metric"),
    [
        ("en", "Two people who attended the wedding were injured by a mine.", Metric.MINE_INJURED),
        (
            "ru",
            "2 человека, присутствовавшие на свадьбе, получили ранения при взрыве мины.",
            Metric.MINE_INJURED,
        ),
        ("az", "Toyda iştirak edən 2 nəfər minaya düşüb.", Metric.MINE_VICTIMS),
    ],
)
def test_people_hurt_after_attending_something_are_still_victims(
    lang: str, text: str, metric: Metric
) -> None:
    assert found(text, lang) == [(metric, 2)]
