"""More ways of saying "since the 2020 war ended"; a war's name is no place."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2024-06-01"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In the period following the signing of the Tripartite Declaration on 10 November "
            "2020, 350 people fell victim to mines.",
        ),
        ("en", "Following the Tripartite Declaration, 350 people fell victim to mines."),
        (
            "en",
            "Since the conclusion of the Second Karabakh War in 2020 until the present, 350 people "
            "fell victim to mines.",
        ),
        ("en", "Since the end of the Second Karabakh War, 350 people fell victim to mines."),
        ("en", "After the November 2020 ceasefire, 350 people fell victim to mines."),
        ("en", "Since the 10 November 2020 ceasefire, 350 people fell victim to mines."),
        ("en", "Since the war's end in 2020, 350 people fell victim to mines."),
        ("en", "Since the end of hostilities in November 2020, 350 people fell victim to mines."),
        ("en", "Since the conclusion of hostilities, 350 people fell victim to mines."),
        (
            "en",
            "Since the signing of the ceasefire agreement in November 2020, 350 people fell "
            "victim to mines.",
        ),
        (
            "en",
            "After the signing of the November 10 trilateral statement, 350 people fell victim "
            "to mines.",
        ),
        ("en", "Since the trilateral ceasefire statement, 350 people fell victim to mines."),
        ("en", "Since the liberation of the territories in 2020, 350 people fell victim to mines."),
        ("ru", "После завершения Второй Карабахской войны жертвами мин стали 350 человек."),
        (
            "ru",
            "В период, последовавший за подписанием трехстороннего заявления, жертвами мин стали "
            "350 человек.",
        ),
        (
            "ru",
            "В период после подписания трехстороннего заявления 10 ноября 2020 года жертвами мин "
            "стали 350 человек.",
        ),
        ("az", "İkinci Qarabağ müharibəsindən sonra 350 nəfər minaların qurbanı olub."),
        (
            "az",
            "2020-ci il noyabrın 10-da imzalanmış üçtərəfli bəyanatdan sonra 350 nəfər minaların "
            "qurbanı olub.",
        ),
        ("az", "Üçtərəfli bəyanatdan bəri 350 nəfər minaların qurbanı olub."),
        (
            "az",
            "İkinci Qarabağ müharibəsinin başa çatmasından indiyədək 350 nəfər minaların "
            "qurbanı olub.",
        ),
    ],
)
def test_the_war_end_in_other_words(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.scope, f.since, f.until, f.place) for f in figures] == [
        (Metric.MINE_VICTIMS, 350, Scope.CUMULATIVE, "2020-11-10", None, None)
    ]


def test_karabakh_as_a_place_stays_a_place() -> None:
    text = "Since the conclusion of the war in 2020, deminers found 30,000 mines in Karabakh."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.since, f.place) for f in figures] == [("2020-11-10", "Karabakh")]
