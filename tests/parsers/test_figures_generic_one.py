"""The generic pronoun "one" ("One could argue ...") counts nothing."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2024-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "One could argue that old shells are still found in many cities.",
        "One could argue that old mines are still found in many cities.",
        "One can say that mines are still found in many villages.",
        "One must remember that mines are still found near the roads.",
        "It is one thing to find mines, another to clear them.",
    ],
)
def test_generic_one_is_no_count(text: str) -> None:
    assert extract(text, lang="en", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only one mine was found.", [(Metric.MINES_FOUND, 1)]),
        (
            "One was killed and two were injured when their car hit a mine.",
            [(Metric.MINE_KILLED, 1), (Metric.MINE_INJURED, 2)],
        ),
    ],
)
def test_one_as_a_count_stays(text: str, expected: list) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == expected
