"""A mine model with digits between a count and its noun is part of the noun phrase."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Group, Metric

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Engineers lifted 35 TM-57 anti-tank mines and 212 PMN-2 anti-personnel mines near "
            "the pass.",
        ),
        ("ru", "Саперы обезвредили 35 ТМ-57 противотанковых мин и 212 ПМН-2 противопехотных мин."),
        ("az", "Ərazidə 35 TM-57 tank əleyhinə mina və 212 PMN-2 piyada əleyhinə mina aşkarlanıb."),
    ],
)
def test_a_model_with_digits_before_the_noun_keeps_the_count(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINES_FOUND, 35, Group.ANTI_TANK),
        (Metric.MINES_FOUND, 212, Group.ANTI_PERSONNEL),
    ]
    assert [f.mine_model is not None for f in figures] == [True, True]


@pytest.mark.parametrize(
    ("text", "value", "model", "bound"),
    [
        ("Around 70 OZM-72 type bounding mines were uncovered.", 70, "OZM-72", Bound.APPROX),
        ("Deminers found 12 E-001 M type mines in Lachin.", 12, "E-001", Bound.EXACT),
    ],
)
def test_a_model_type_before_the_noun(text: str, value: int, model: str, bound: Bound) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.mine_model, f.bound) for f in figures] == [
        (Metric.MINES_FOUND, value, model, bound)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("en", "They found two more TM-62 mines within 30 metres of the crater.", Group.ANTI_TANK),
        ("en", "Deminers found 40 PMN-2 mines near the road.", Group.ANTI_PERSONNEL),
        ("ru", "Саперы обнаружили 40 ПМН-2 мин у дороги.", Group.ANTI_PERSONNEL),
    ],
)
def test_a_model_in_place_of_the_kind_word_says_the_kind(
    lang: str, text: str, group: Group
) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [f.group for f in figures] == [group]


def test_a_model_after_the_noun_only_names_the_model() -> None:
    text = "На соседнем участке были обнаружены еще две мины ПМН-Э."
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.value, f.group, f.mine_model) for f in figures] == [(2, Group.ALL, "ПМН-Э")]
