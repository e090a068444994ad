"""Explicit date ranges: a count over a range is a total from its start to its end."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract

PUB = "2025-08-01"


figures = figure_reader("metric", "value", "scope", "since", "until", lang="en", published=PUB)


def test_ru_since_the_start_of_the_full_scale_war_is_since_the_invasion():
    text = "С начала полномасштабной войны в Украине от мин погибли 300 человек."
    found = [(f.since, f.country) for f in extract(text, lang="ru", published=PUB)]
    assert found == [("2022-02-24", "Ukraine")]
