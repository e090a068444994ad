"""English figure extraction as news agencies and ministries phrase it (round 3).

Each case is a new sentence written the way AZERTAC, Trend, APA, Report and News.az
write; one behaviour per test.
"""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2024-05-20"


figures = figure_reader("metric", "value", "group", lang="en", published=PUB)


def test_the_village_of_x_in_y_district_names_both() -> None:
    text = (
        "A farmer was injured when he stepped on a mine near the village of Boyahmadli "
        "in Aghdam district."
    )
    (figure,) = extract(text, lang="en", published=PUB)
    assert figure.place == "Boyahmadli, Aghdam"


def test_x_village_comma_y_district_names_both() -> None:
    text = "Yesterday a shepherd was injured by a mine in Horadiz village, Fuzuli district."
    (figure,) = extract(text, lang="en", published=PUB)
    assert figure.place == "Horadiz, Fuzuli"


def test_highest_since_a_year_does_not_start_the_period() -> None:
    text = "In 2021, mines killed 2,182 people worldwide, the highest number since 2017."
    (figure,) = extract(text, lang="en", published=PUB)
    assert (figure.metric, figure.since) == (Metric.MINE_KILLED, "2021")


def test_the_figure_for_an_earlier_year_is_a_comparison() -> None:
    text = "In 2022, some 18,000 hectares were cleared, double the figure for 2021."
    (figure,) = extract(text, lang="en", published=PUB)
    assert (figure.metric, figure.value, figure.since, figure.scope) == (
        Metric.AREA_CLEARED_HA,
        18000,
        "2022",
        Scope.CUMULATIVE,
    )
