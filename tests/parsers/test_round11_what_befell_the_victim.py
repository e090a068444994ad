"""One victim of a blast, then "He was seriously injured": the victim was injured."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2025-04-02"


def found(text: str, lang: str) -> list[tuple[Metric, int, Group]]:
    return [(f.metric, f.value, f.group) for f in extract(text, lang=lang, published=PUB)]


@pytest.mark.parametrize(
    ("lang", "text", "metric"),
    [
        (
            "ru",
            "Взрыв\n\nВ Агдамском районе на мине подорвался пастух. Он получил тяжелые ранения.",
            Metric.MINE_INJURED,
        ),
        (
            "ru",
            "Взрыв\n\nВ Агдамском районе на мине подорвался пастух. Он скончался на месте.",
            Metric.MINE_KILLED,
        ),
        (
            "az",
            "Partlayış\n\nAğdam rayonunda çoban minaya düşüb. O, ağır xəsarət alıb.",
            Metric.MINE_INJURED,
        ),
        (
            "az",
            "Partlayış\n\nAğdam rayonunda çoban minaya düşüb. O, hadisə yerində dünyasını dəyişib.",
            Metric.MINE_KILLED,
        ),
        (
            "en",
            "Blast\n\nA shepherd was hit by a mine near Aghdam on Monday. He died on the spot.",
            Metric.MINE_KILLED,
        ),
    ],
)
def test_the_next_sentence_about_him_says_what_befell_the_victim(
    lang: str, text: str, metric: Metric
) -> None:
    assert found(text, lang) == [(metric, 1, Group.CIVILIANS)]


def test_a_next_sentence_that_says_no_harm_leaves_a_victim() -> None:
    text = "Blast\n\nA shepherd was hit by a mine near Aghdam on Monday. He was taken to hospital."
    assert found(text, "en") == [(Metric.MINE_VICTIMS, 1, Group.CIVILIANS)]
