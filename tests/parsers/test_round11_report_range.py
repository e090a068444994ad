"""A report's range of days, stated with its first totals, dates the paragraphs that follow."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2025-08-08"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Weekly results of demining\n\n"
            "From August 1 to August 7, 2025, ANAMA teams found 140 mines and 600 pieces of "
            "unexploded ordnance.\n\n"
            "In Lachin, 35 anti-personnel mines were found.",
        ),
        (
            "ru",
            "Итоги недели\n\n"
            "С 1 по 7 августа 2025 года саперы ANAMA обнаружили 140 мин и 600 неразорвавшихся "
            "боеприпасов.\n\n"
            "В Лачинском районе найдено 35 противопехотных мин.",
        ),
        (
            "az",
            "Həftənin nəticələri\n\n"
            "2025-ci il avqustun 1-dən 7-dək ANAMA 140 mina və 600 partlamamış hərbi sursat "
            "aşkarlayıb.\n\n"
            "Laçın rayonunda 35 piyada əleyhinə mina aşkar edilib.",
        ),
    ],
)
def test_a_district_count_in_a_later_paragraph_is_over_the_reports_range(
    lang: str, text: str
) -> None:
    district = [f for f in extract(text, lang=lang, published=PUB) if f.value == 35]
    assert [(f.metric, f.scope, f.since, f.until) for f in district] == [
        (Metric.MINES_FOUND, Scope.CUMULATIVE, "2025-08-01", "2025-08-07")
    ]


def test_a_lede_that_tells_one_blast_dates_nothing_after_it() -> None:
    text = (
        "Mine blast in Lachin\n\n"
        "On Monday two people were injured when a mine exploded under a truck near Lachin.\n\n"
        "From August 1 to August 7, 2025, deminers found 140 mines in the district.\n\n"
        "Near the village, 12 anti-tank mines were found."
    )
    village = [f for f in extract(text, lang="en", published=PUB) if f.value == 12]
    assert [(f.since, f.until) for f in village] == [(None, None)]


def test_a_lede_total_since_a_single_date_is_no_report_range() -> None:
    text = (
        "Demining goes on\n\n"
        "Since November 10, 2020, ANAMA has found 32,000 mines.\n\n"
        "Near Lachin, 12 anti-tank mines were found on Monday."
    )
    village = [f for f in extract(text, lang="en", published=PUB) if f.value == 12]
    assert [(f.scope, f.since) for f in village] == [(Scope.INCIDENT, None)]
