"""A headline "Shepherd dies in border mine blast" tells one blast, whatever the body dates."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2024-09-09"

BODY = (
    "The shepherd was grazing sheep near the border on Monday.\n\n"
    "The area has been a line of contact since the early 1990s and was shelled in July 2020."
)


@pytest.mark.parametrize(
    ("headline", "metric", "value"),
    [
        ("Shepherd dies in Tovuz border mine blast", Metric.MINE_KILLED, 1),
        ("Two farmers injured in Fuzuli mine explosion", Metric.MINE_INJURED, 2),
    ],
)
def test_a_headline_of_someone_hurt_in_a_mine_blast_is_one_incident(
    headline: str, metric: Metric, value: int
) -> None:
    figures = extract(f"{headline}\n\n{BODY}", lang="en", published=PUB)
    assert [(f.metric, f.value, f.scope) for f in figures] == [(metric, value, Scope.INCIDENT)]


def test_people_killed_in_mine_blasts_since_a_date_stay_a_total() -> None:
    text = "Mine victims\n\nSince 2020, 70 people have been killed in mine blasts."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.scope) for f in figures] == [(70, Scope.CUMULATIVE)]
