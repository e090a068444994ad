"""English clearance reports: what their counts of mines, ordnance and land are."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2025-04-14"


def counts(text: str) -> list[tuple[Metric, float, Group]]:
    return [(f.metric, f.value, f.group) for f in extract(text, lang="en", published=PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "Sappers in Jabrayil defused 12 anti-tank mines and 530 unexploded ordnances.",
        "Over the week 530 ordnances were neutralized by the teams in Jabrayil.",
    ],
)
def test_ordnances_in_the_plural_are_ordnance_found(text: str) -> None:
    assert (Metric.UXO_FOUND, 530, Group.ALL) in counts(text)
