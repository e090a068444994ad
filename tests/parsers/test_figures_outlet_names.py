"""An outlet or a body named after a place ("Karabakh Today", "the Karabakh Revival Fund")
tells the figure: it is no place, and its "Today" is no day of one event."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2024-05-01"


def found(text: str, lang: str) -> list[tuple[Metric, int, Scope, str | None]]:
    return [(f.metric, f.value, f.scope, f.place) for f in extract(text, lang=lang, published=PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "In May 2016 the agency defused 1,200 UXO and 8 anti-tank mines, the agency told "
        "Karabakh Today.",
        "In May 2016 the agency defused 1,200 UXO and 8 anti-tank mines, the agency told "
        "Karabakh News.",
        "In May 2016, Azerbaijan's Mine Action Agency defused 1,200 UXO and 8 anti-tank mines.",
    ],
)
def test_an_outlet_named_after_a_place_leaves_a_month_total_placeless(text: str) -> None:
    assert found(text, "en") == [
        (Metric.UXO_FOUND, 1200, Scope.CUMULATIVE, None),
        (Metric.MINES_FOUND, 8, Scope.CUMULATIVE, None),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2023 the Karabakh Revival Fund said 1,200 mines were defused."),
        ("ru", "В 2023 году Фонд возрождения Карабаха сообщил, что обезврежено 1 200 мин."),
        ("az", "2023-cü ildə 1 200 mina zərərsizləşdirilib, Qarabağ Dirçəliş Fondu bildirib."),
    ],
)
def test_a_body_named_after_a_place_is_no_place(lang: str, text: str) -> None:
    assert found(text, lang) == [(Metric.MINES_FOUND, 1200, Scope.CUMULATIVE, None)]


def test_a_place_besides_the_outlet_is_still_read() -> None:
    text = "A shepherd was injured in a mine blast in Aghdam today, Karabakh Post reported."
    assert found(text, "en") == [(Metric.MINE_INJURED, 1, Scope.INCIDENT, "Aghdam")]
