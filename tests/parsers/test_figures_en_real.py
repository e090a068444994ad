"""English figure extraction aimed at real published articles (round 4).

Each case is a new sentence written the way AZERTAC, Trend, APA, Report, News.az and
the ministries write; one behaviour per test.
"""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Figure, Group, Metric, Scope

PUB = "2024-06-03"


def read(text: str) -> list[Figure]:
    return extract(text, lang="en", published=PUB)


figures = figure_reader("metric", "value", "group", lang="en", published=PUB)


def test_demining_workers_are_deminers() -> None:
    text = "Since the war ended, 11 demining workers have been wounded by mines."
    found = read(text)
    assert [(f.metric, f.value, f.group, f.scope) for f in found] == [
        (Metric.MINE_INJURED, 11, Group.DEMINERS, Scope.CUMULATIVE)
    ]
