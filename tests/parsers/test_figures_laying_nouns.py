"""Mines laid told as a noun phrase: "the installation of about 2.1 million explosive devices"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Metric

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("lang", "text", "value", "bound"),
    [
        (
            "en",
            "Satellite images indicate the installation of about 2.1 million explosive devices "
            "in the territories.",
            2100000,
            Bound.APPROX,
        ),
        ("en", "The report documents the laying of some 400,000 mines.", 400000, Bound.APPROX),
        ("en", "Reports speak of the planting of over 1 million mines.", 1000000, Bound.AT_LEAST),
        (
            "ru",
            "Снимки указывают на установку около 2,1 млн взрывных устройств на территориях.",
            2100000,
            Bound.APPROX,
        ),
        (
            "az",
            "Peyk şəkilləri ərazilərdə təxminən 2,1 milyon partlayıcı qurğunun "
            "quraşdırılmasını göstərir.",
            2100000,
            Bound.APPROX,
        ),
    ],
)
def test_a_noun_of_laying_makes_the_devices_mines_laid(
    lang: str, text: str, value: int, bound: Bound
) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.bound) for f in figures] == [(Metric.MINES_LAID, value, bound)]


def test_devices_found_after_their_laying_are_found() -> None:
    text = "Since 2020, deminers found 120 explosive devices, evidence of their installation."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.UXO_FOUND, 120)]
