"""Numbers near mine words that count neither victims nor cleared land."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Metric

PUB = "2025-08-01"


def metrics(text: str) -> list[tuple[object, ...]]:
    return [(f.metric, f.value) for f in extract(text, lang="en", published=PUB)]


def test_family_members_of_mine_victims_are_not_victims():
    assert metrics("ANAMA provided aid to 1,800 family members of mine victims in 2024.") == []


def test_the_size_of_an_industrial_park_is_not_land_cleared():
    text = "An industrial park of 190 hectares will be built in Aghdam on land cleared of mines."
    assert metrics(text) == []


def test_an_area_of_hectares_cleared_is_still_land_cleared():
    text = "Deminers cleared an area of 190 hectares in Aghdam in 2024."
    assert metrics(text) == [(Metric.AREA_CLEARED_HA, 190)]
