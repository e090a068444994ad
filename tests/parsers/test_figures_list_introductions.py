"""A list's lines count what its introduction names: "Zərərsizləşdirilən minaların sayı belə
olub:" over "2021-ci il - 17 880 ədəd", "Ən çox zərərçəkən qeydə alınan rayonlar:" over
"Ağdam – 74 nəfər"; a line of the list is one of its parts, not the report's lede."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2025-12-24"


_figures = figure_reader("metric", "value", "since", "place", lang="az", published=PUB)


def test_bare_counts_under_an_introduction_count_its_noun() -> None:
    text = (
        "Statistika\n\nİcmala əsasən, zərərsizləşdirilən minaların sayı belə olub:\n"
        "2021-ci il - 11 450 ədəd\n2022-ci il - 9 870 ədəd\n"
    )
    assert _figures(text) == [
        (Metric.MINES_FOUND, 11450, "2021", None),
        (Metric.MINES_FOUND, 9870, "2022", None),
    ]


def test_counts_of_people_under_an_introduction_take_its_harm() -> None:
    text = (
        "Statistika\n\n2021-2024-cü illərdə minalardan 300 nəfər zərər çəkib, 60-ı həlak olub.\n"
        "Ən çox zərərçəkən qeydə alınan rayonlar:\nAğdam – 52 nəfər\nFüzuli – 41 nəfər\n"
    )
    lines = [f for f in extract(text, lang="az", published=PUB) if f.value in (52, 41)]
    assert [(f.metric, f.value, f.place, f.scope) for f in lines] == [
        (Metric.MINE_VICTIMS, 52, "Ağdam", Scope.CUMULATIVE),
        (Metric.MINE_VICTIMS, 41, "Füzuli", Scope.CUMULATIVE),
    ]


def test_an_introduction_about_something_else_makes_no_figures() -> None:
    text = "Statistika\n\nRayonlar üzrə məktəblərin sayı belə olub:\nAğdam – 52 ədəd\nFüzuli – 41 ədəd\n"
    assert _figures(text) == []
