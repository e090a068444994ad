"""A list's lines count what its introduction names: "Zərərsizləşdirilən minaların sayı belə
olub:" over "2021-ci il - 17 880 ədəd", "Ən çox zərərçəkən qeydə alınan rayonlar:" over
"Ağdam – 74 nəfər"; a line of the list is one of its parts, not the report's lede."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2025-12-24"


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
