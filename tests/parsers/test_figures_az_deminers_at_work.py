"""az counts of the demining workforce are not victims: deminers at work, dogs, machines."""

from __future__ import annotations

import pytest

from parsers.figures import extract

PUB = "2024-04-01"


def _values(text: str) -> list[int | float]:
    return [f.value for f in extract(text, lang="az", published=PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "Minalardan 14 nəfər zərər çəkib. Ərazidə 2 800-dən çox minaaxtaran çalışır.",
        "Minalardan 14 nəfər zərər çəkib. Hər gün 2 mindən çox minaaxtaran sahəyə çıxır.",
        "Minalardan 14 nəfər zərər çəkib. Əməliyyatlara 900 sapyor cəlb olunub.",
        "Minalardan 14 nəfər zərər çəkib. Bizim 80-ə yaxın minaaxtaran itimiz var.",
        "Minalardan 14 nəfər zərər çəkib. İşlərdə 35 mina axtaran it iştirak edir.",
        "Minalardan 14 nəfər zərər çəkib. Ərazidə 50-dən artıq mexaniki qurğu işləyir.",
    ],
)
def test_the_workforce_is_no_figure(text: str) -> None:
    assert _values(text) == [14]
