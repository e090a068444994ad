"""The next sentence names who some of a total were: "Of them, 8 were servicemen"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2024-04-04"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Khojavend\n\nSince the war, 23 people have become mine victims in Khojavend. "
            "Of them, 8 were servicemen.",
        ),
        (
            "en",
            "Khojavend\n\nSince the war, 23 people have become mine victims in Khojavend. "
            "Eight of them were servicemen.",
        ),
        (
            "ru",
            "Ходжавенд\n\nПосле войны в Ходжавендском районе жертвами мин стали 23 человека. "
            "Из них 8 — военнослужащие.",
        ),
        (
            "az",
            "Xocavənd\n\nMüharibədən sonra Xocavənd rayonunda 23 nəfər mina qurbanı olub. "
            "Onlardan 8-i hərbçidir.",
        ),
        (
            "az",
            "Xocavənd\n\nMüharibədən sonra Xocavənd rayonunda 23 nəfər mina qurbanı olub. "
            "Onların 8-i hərbçi olub.",
        ),
    ],
)
def test_a_part_the_next_sentence_names_by_its_group(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINE_VICTIMS, 23, Group.ALL),
        (Metric.MINE_VICTIMS, 8, Group.MILITARY),
    ]


def test_a_sentence_of_them_after_no_figure_states_none() -> None:
    text = "Khojavend\n\nThe deputy met residents of Khojavend. Eight of them were servicemen."
    assert extract(text, lang="en", published=PUB) == []
