"""Two people hit in one blast, then "Both were injured": the two, and what befell them."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2025-04-21"


@pytest.mark.parametrize(
    ("lang", "text", "metric"),
    [
        (
            "en",
            "Two farmers were hit by a mine in Khojavend. Both were injured.",
            Metric.MINE_INJURED,
        ),
        (
            "en",
            "Two farmers were hit by a mine in Khojavend. Both of them died.",
            Metric.MINE_KILLED,
        ),
        (
            "ru",
            "Двое фермеров подорвались на мине в Ходжавенде. Оба получили ранения.",
            Metric.MINE_INJURED,
        ),
        (
            "ru",
            "Двое фермеров подорвались на мине в Ходжавенде. Оба скончались.",
            Metric.MINE_KILLED,
        ),
        ("az", "Xocavənddə iki fermer minaya düşüb. Hər ikisi yaralanıb.", Metric.MINE_INJURED),
        (
            "az",
            "Xocavənddə iki fermer minaya düşüb. Onların hər ikisi həlak olub.",
            Metric.MINE_KILLED,
        ),
    ],
)
def test_both_tells_what_befell_the_two_victims(lang: str, text: str, metric: Metric) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(metric, 2)]


def test_both_after_one_victim_changes_nothing() -> None:
    text = "A farmer was hit by a mine in Khojavend. Both legs were injured."
    figures = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.MINE_VICTIMS, 1)]
