"""ru "за прошлый месяц" is a period; az "384 azərbaycanlı" counts people."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2024-11-28"


@pytest.mark.parametrize(
    "text",
    [
        "Кельбаджар\n\nЗа прошлый месяц специалисты ANAMA обнаружили 1 256 мин.",
        "Кельбаджар\n\nВ прошлом месяце саперы ANAMA нашли 1 256 мин.",
    ],
)
def test_ru_last_month_is_the_month_before_publication(text: str) -> None:
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.metric, f.value, f.scope, f.since) for f in figures] == [
        (Metric.MINES_FOUND, 1256, Scope.CUMULATIVE, "2024-10")
    ]


def test_az_azerbaijanis_are_people_counted() -> None:
    text = (
        "Yekun\n\n2020-ci ilin noyabrından bəri 384 azərbaycanlı minalardan zərər çəkib: "
        "70 nəfər həlak olub, 314 nəfər xəsarət alıb."
    )
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [
        (Metric.MINE_VICTIMS, 384),
        (Metric.MINE_KILLED, 70),
        (Metric.MINE_INJURED, 314),
    ]
