"""English figure extraction: one behaviour per case, written as the agencies write."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric, Scope
from parsers.vocab import UnknownLanguage

PUB = "2023-03-21"


figures = figure_reader("metric", "value", "group", lang="en", published=PUB)


def test_mine_kinds_and_ordnance_in_one_list() -> None:
    text = (
        "In total, since November 10, 2020, 3,600 anti-personnel mines, 1,700 anti-tank mines "
        "and 20,000 unexploded ordnance have been found and neutralized."
    )
    found = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.group) for f in found] == [
        (Metric.MINES_FOUND, 3600, Group.ANTI_PERSONNEL),
        (Metric.MINES_FOUND, 1700, Group.ANTI_TANK),
        (Metric.UXO_FOUND, 20000, Group.ALL),
    ]
    assert {f.since for f in found} == {"2020-11-10"}
    assert {f.scope for f in found} == {Scope.CUMULATIVE}


@pytest.mark.parametrize(
    "text",
    [
        "A 45-year-old resident of Fuzuli was injured in a mine blast. 2 Mins read",
        "Paragraph 4 of the Trilateral Statement of November 10, 2020 on mines was violated.",
        "The mine action conference gathered 300 participants and 1,200 visitors.",
        "The demining budget is 45 million manats, 12% more than last year.",
        "ANAMA's hotline +994 12 510 12 34 takes reports of mines.",
        "Mine maps handed over by Armenia are only 25 percent accurate.",
        "In the mine-free areas, 2,000 houses were built and 500 families returned.",
        "During the 44-day war, 2,908 servicemen were killed.",
    ],
)
def test_numbers_that_are_not_figures(text: str) -> None:
    assert [
        (f.metric, f.value) for f in extract(text, lang="en", published=PUB) if f.value != 1
    ] == []


def test_quotes_are_exact_sentence_spans() -> None:
    text = "Maj. Gen. Aliyev spoke. Since 2020, 45 people were killed by mines, i.e. 1.5 a month."
    (figure,) = extract(text, lang="en", published=PUB)
    assert text[figure.start : figure.end] == figure.quote
    assert figure.quote.startswith("Since 2020")


def test_conflicting_values_in_one_text_are_flagged_not_dropped() -> None:
    text = "Since 2020, 47 people died in mine blasts. Of the 45 dead, 35 were civilians."
    found = extract(text, lang="en", published=PUB)
    killed = [f for f in found if f.metric is Metric.MINE_KILLED and f.group is Group.ALL]
    assert sorted(f.value for f in killed) == [45, 47]
    assert all("conflicting_values" in f.flags for f in killed)


def test_unknown_language_asked_for_explicitly_is_an_error() -> None:
    with pytest.raises(UnknownLanguage, match=r"parsers/vocab/xx\.py"):
        extract("300 mines", lang="xx")


def test_every_one_of_them_is_not_a_count() -> None:
    text = (
        "We have found 120,000 explosive items since the war ended, and every one of them mattered."
    )
    assert [value for _, value, _ in figures(text)] == [120000]


# ------------------------------------------------------------ periods relative to publication


# ------------------------------------------------------------------ scope


# ------------------------------------------------------------------ groups


# ------------------------------------------------------------------ people verbs


# ------------------------------------------------------------------ places


def test_the_parts_of_a_breakdown_are_where_their_total_is() -> None:
    text = (
        "Since 2020, 25 people were wounded by mines on the Lachin-Kalbajar road "
        "(civilians - 10, military - 15)."
    )
    found = extract(text, lang="en", published=PUB)
    assert {f.place for f in found} == {"Lachin-Kalbajar"}


# ------------------------------------------------------------------ countries


# ------------------------------------------------------------------ one person
