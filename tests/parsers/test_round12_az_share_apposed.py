"""az "sursatların böyük hissəsi, 510 ədəd": the share's count counts the genitive noun."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2025-06-02"


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        (
            "Partlamamış sursatların böyük hissəsi, 640 ədəd, Cəbrayılda aşkarlanıb.",
            Metric.UXO_FOUND,
            640,
        ),
        ("Minaların əksəriyyəti, 220 ədəd, Laçında zərərsizləşdirilib.", Metric.MINES_FOUND, 220),
    ],
)
def test_a_count_set_off_after_a_share_of_a_noun_counts_that_noun(
    text: str, metric: Metric, value: int
) -> None:
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(metric, value)]


def test_a_count_set_off_after_another_noun_is_no_figure() -> None:
    text = "Minaların yerləşdiyi kəndlərin böyük hissəsi, 12 kənd, Laçındadır."
    assert extract(text, lang="az", published=PUB) == []
