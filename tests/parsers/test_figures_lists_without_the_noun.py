"""A list that names its noun once: "5,100 mines were found by the agency, 700 by the army"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In 2022, 5,100 mines were found by the agency, 700 by the army, and 85 by the border service.",
        ),
        (
            "en",
            "In 2022, the agency found 5,100 mines, 700 were found by the army and 85 by the border service.",
        ),
        (
            "en",
            "In 2022, 5,100 mines were found by deminers, 700 by soldiers and 85 by border guards.",
        ),
        ("ru", "В 2022 году агентством найдено 5 100 мин, армией — 700, пограничной службой — 85."),
        (
            "az",
            "2022-ci ildə agentlik tərəfindən 5 100 mina, ordu tərəfindən 700, "
            "sərhəd xidməti tərəfindən 85 aşkarlanıb.",
        ),
    ],
)
def test_every_item_counts_what_the_first_named(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group, f.since) for f in figures] == [
        (Metric.MINES_FOUND, 5100, Group.ALL, "2022"),
        (Metric.MINES_FOUND, 700, Group.ALL, "2022"),
        (Metric.MINES_FOUND, 85, Group.ALL, "2022"),
    ]


def test_the_area_each_cleared() -> None:
    text = "Last year 310 hectares were cleared by ANAMA, 120 by the army."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [
        (Metric.AREA_CLEARED_HA, 310),
        (Metric.AREA_CLEARED_HA, 120),
    ]


def test_by_a_count_is_no_doer() -> None:
    text = (
        "In 2023, 5,100 mines were found, up from 4,400 in 2022, an increase of 700 by the "
        "agency's count."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [f.value for f in figures] == [5100, 4400]
