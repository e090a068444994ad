"""az words that look like counts of harm but are not: "üçün" (for) is no three, "xəsarət
almayıb" (was not injured) hurts no one, "otuz ilə yaxın" is a span of time."""

from __future__ import annotations

import pytest

from parsers.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Minalar uşaqlar üçün ölüm tələsidir", []),
        ("Bunun üçün 12 maşın alınıb", [12]),
        ("Onlardan üçü həlak olub", [3]),
        ("üçdən çox nəfər", [3]),
    ],
)
def test_for_is_no_three(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text, "az")] == values
