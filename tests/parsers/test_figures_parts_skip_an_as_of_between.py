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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Since 2021, 60,000 mines were found. By 1 May 2024, 90,000 ha had been cleared. "
            "Of them, 20,000 were anti-tank mines.",
        ),
        (
            "ru",
            "С 2021 года обнаружено 60 тыс мин. По состоянию на 1 мая 2024 года очищено 90 тыс "
            "га. Из них 20 тыс - противотанковые мины.",
        ),
        (
            "az",
            "2021-ci ildən bəri 60 min mina aşkarlanıb. 1 may 2024-cü il tarixinə 90 min hektar "
            "ərazi təmizlənib. Onlardan 20 mini tank əleyhinə minadır.",
        ),
    ],
)
def test_of_them_after_hectares_breaks_down_the_total_before(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group, f.since, f.until) for f in figures] == [
        (Metric.MINES_FOUND, 60000, Group.ALL, "2021", None),
        (Metric.AREA_CLEARED_HA, 90000, Group.ALL, None, "2024-05-01"),
        (Metric.MINES_FOUND, 20000, Group.ANTI_TANK, "2021", None),
    ]


def test_of_them_killed_after_hectares_are_of_the_victims() -> None:
    text = (
        "Since 2021, 300 people were hurt by mines. By 1 May 2024, 90,000 ha had been cleared. "
        "Of them, 50 were killed."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.since, f.until) for f in figures][2] == (
        Metric.MINE_KILLED,
        50,
        "2021",
        None,
    )
