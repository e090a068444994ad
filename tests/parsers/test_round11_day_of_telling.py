"""The weekday a report was released or a statement made dates the telling, not an event."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Scope

PUB = "2024-11-22"


@pytest.mark.parametrize(
    "text",
    [
        "Mines killed or injured 5,100 people worldwide in 2023, says a report released on "
        "Wednesday.",
        "In 2023, landmines killed 20 people in Azerbaijan, ANAMA said on Monday.",
        "In 2023, 59 people became mine victims in Azerbaijan, the agency announced on Friday.",
        "The ministry reported on Tuesday that 59 people became mine victims in 2023.",
    ],
)
def test_a_yearly_total_told_on_a_weekday_stays_a_total(text: str) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.scope, f.since) for f in figures] == [(Scope.CUMULATIVE, "2023")]


def test_a_blast_on_a_weekday_is_still_one_event() -> None:
    text = "Two people were injured on Monday when a mine exploded near Tartar, the ministry said."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.scope) for f in figures] == [(2, Scope.INCIDENT)]
