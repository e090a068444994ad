"""'Mine casualties' count people: the victims, not mines."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract

PUB = "2025-08-01"


figures = figure_reader("metric", "value", "since", "country", lang="en", published=PUB)


def test_a_country_that_followed_with_a_count_is_the_country_of_the_count():
    countries = [
        f.country for f in extract("Myanmar followed with 1,003 mine casualties.", lang="en")
    ]
    assert countries == ["Myanmar"]
