"""A hard wrap right before a count ("... более\\n720 тысяч мин") is inside the sentence."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric
from parsers.sentences import unwrap

LONG = "С момента создания агентства в 1998 году саперы обнаружили и обезвредили более"


def test_a_count_wrapped_onto_the_next_line_is_read() -> None:
    text = f"{LONG}\n720 тысяч мин и неразорвавшихся боеприпасов.\n"
    figures = extract(text, lang="ru", published="2015-04-04")
    assert [(f.metric, f.value) for f in figures] == [(Metric.UXO_FOUND, 720000)]


@pytest.mark.parametrize(
    "text",
    [
        "Жизнь на минном поле: как живут прифронтовые села\n04.04.2015 | 12:30\n",
        "Период Пострадавшие Погибли Ранены\n10 ноября – 31 декабря 2020 г. 41 9 32\n",
        f"{LONG} прежнего\nГод 2021 стал рекордным.\n",
    ],
)
def test_a_short_line_or_a_new_sentence_is_not_joined(text: str) -> None:
    assert unwrap(text) == text
