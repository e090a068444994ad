"""Parts in a later sentence take their total's period, not an "as of" told in between."""

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
            "Since 2021, 60,000 explosive items were found. By 1 May 2024, 90,000 ha had been "
            "cleared. Of the items found, 20,000 were anti-tank mines.",
        ),
        (
            "en",
            "Since 2021, 60,000 mines were found. By 1 May 2024, 90,000 ha had been cleared. "
            "Of these mines, 20,000 were anti-tank.",
        ),
        (
            "ru",
            "С 2021 года обнаружено 60 тыс взрывоопасных предметов. По состоянию на 1 мая 2024 "
            "года очищено 90 тыс га. Из обнаруженных предметов 20 тыс - противотанковые мины.",
        ),
        (
            "ru",
            "С 2021 года обнаружено 60 тыс взрывоопасных предметов. По состоянию на 1 мая 2024 "
            "года очищено 90 тыс га. Среди обнаруженных предметов 20 тыс противотанковых мин.",
        ),
    ],
)
def test_the_part_takes_the_total_since(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    part = figures[-1]
    assert (part.metric, part.value, part.group, part.since, part.until) == (
        Metric.MINES_FOUND,
        20000,
        Group.ANTI_TANK,
        "2021",
        None,
    )
    assert [(f.metric, f.until) for f in figures[:2]][1] == (
        Metric.AREA_CLEARED_HA,
        "2024-05-01",
    )


def test_one_of_these_mines_is_no_part() -> None:
    text = (
        "Since 2021, 300 people were hurt by mines and 6,000 mines were found. "
        "One of these mines exploded on 5 May, killing 2 people."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [
        (Metric.MINE_VICTIMS, 300),
        (Metric.MINES_FOUND, 6000),
        (Metric.MINE_KILLED, 2),
    ]
