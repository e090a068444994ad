"""'Mine casualties' count people: the victims, not mines."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Metric

PUB = "2025-08-01"


figures = figure_reader("metric", "value", "since", "country", lang="en", published=PUB)


def test_new_mine_casualties_a_country_recorded_are_victims():
    text = "Azerbaijan recorded 36 new mine casualties in 2023."
    assert figures(text) == [(Metric.MINE_VICTIMS, 36, "2023", None)]


def test_mine_casualties_a_monitor_documented_in_another_country_keep_the_country():
    text = "In Ukraine, the Monitor documented 580 mine casualties in 2023."
    assert figures(text) == [(Metric.MINE_VICTIMS, 580, "2023", "Ukraine")]


def test_a_country_that_followed_with_a_count_is_the_country_of_the_count():
    countries = [
        f.country for f in extract("Myanmar followed with 1,003 mine casualties.", lang="en")
    ]
    assert countries == ["Myanmar"]
