"""A corrected count of an incident ("now stands at four") is where that incident was."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2025-08-08"


def test_the_corrected_count_takes_the_incidents_place() -> None:
    text = (
        "Blast\n\nOn Monday three people were injured when a mine exploded in Fuzuli district. "
        "The number of injured now stands at four."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.scope, f.place) for f in figures] == [
        (Metric.MINE_INJURED, 3, Scope.INCIDENT, "Fuzuli"),
        (Metric.MINE_INJURED, 4, Scope.INCIDENT, "Fuzuli"),
    ]


def test_a_correction_naming_its_own_place_keeps_it() -> None:
    text = (
        "Blast\n\nOn Monday three people were injured when a mine exploded in Fuzuli district. "
        "The number of injured in Khojavend district now stands at four."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [f.place for f in figures] == ["Fuzuli", "Khojavend"]
