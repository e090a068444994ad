"""Page text that lost a space: a count glued to its noun, a verb glued to the word before.

Both are read where they stand; the quote keeps the text as given.
"""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric


@pytest.mark.parametrize(
    ("lang", "text", "value", "group"),
    [
        ("az", "Kəlbəcərdə 52piyada əleyhinə mina aşkarlanıb.", 52, Group.ANTI_PERSONNEL),
        ("az", "Kəlbəcərdə 52mina aşkarlanıb.", 52, Group.ALL),
        ("az", "Füzulidə 1 250tank əleyhinə mina zərərsizləşdirilib.", 1250, Group.ANTI_TANK),
        ("en", "In Kalbajar 52anti-personnel mines were found.", 52, Group.ANTI_PERSONNEL),
        ("ru", "В Кельбаджаре обнаружено 52противопехотные мины.", 52, Group.ANTI_PERSONNEL),
    ],
)
def test_a_count_glued_to_its_noun_is_read(lang: str, text: str, value: int, group: Group) -> None:
    [found] = extract(text, lang=lang)
    assert (found.metric, found.value, found.group) == (Metric.MINES_FOUND, value, group)
    assert found.quote == text


def test_a_verb_glued_to_the_word_before_is_read() -> None:
    text = "410,7 hektar ərazi minalardantəmizlənib."
    [found] = extract(text, lang="az")
    assert (found.metric, found.value, found.quote) == (Metric.AREA_CLEARED_HA, 410.7, text)


@pytest.mark.parametrize(
    "text",
    ["The 5G network and 3D maps helped in the 2nd phase of mine clearance."],
)
def test_short_glued_letters_are_no_noun(text: str) -> None:
    assert extract(text, lang="en") == []
