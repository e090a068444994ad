"""A count headed by the noun the sentence before gave a group keeps that group."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.models import Group

PUB = "2024-07-09"


_read = figure_reader("metric", "value", "group", lang="ru", published=PUB)


@pytest.mark.parametrize(
    "follow_up",
    ["Еще два человека получили ранения.", "Еще двое детей получили ранения."],
)
def test_another_noun_keeps_its_own_group(follow_up: str) -> None:
    text = f"Сегодня у села Ишыглы при взрыве мины погибли 3 военнослужащих. {follow_up}"
    assert _read(text)[-1][2] is not Group.MILITARY
