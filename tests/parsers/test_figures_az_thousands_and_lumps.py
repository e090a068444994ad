"""az "5 min 902" is one number (thousands in a word, the rest in digits); "mina və PHS"
lumps mines with ordnance, and the mines a later sentence splits out of it were found."""

from __future__ import annotations

import pytest

from parsers.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Ay ərzində 7 min 315 hektar ərazi təmizlənib.", [7315]),
        (
            "Onlardan 31 min 208-i piyada əleyhinə, 9 min 46-sı tank əleyhinə minadır.",
            [31208, 9046],
        ),
        ("Ərazidə 4 min 2023-cü ildə aşkarlanıb.", [4000]),
        ("Ərazidə 4 min, 250 isə sonra aşkarlanıb.", [4000, 250]),
        ("Ərazidə 4 mindən 250-si aşkarlanıb.", [4000, 250]),
    ],
)
def test_thousands_then_the_rest_is_one_number(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text, "az")] == values
