"""English figure extraction: one behaviour per case, written as the agencies write."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Bound, Group, Metric, Scope
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
    ("text", "bound"),
    [
        ("More than 300 people have become mine victims.", Bound.AT_LEAST),
        ("Over 300 people have become mine victims.", Bound.AT_LEAST),
        ("About 300 people have become mine victims.", Bound.APPROX),
        ("Nearly 300 people have become mine victims.", Bound.APPROX),
        ("Up to 300 people have become mine victims.", Bound.AT_MOST),
        ("Exactly 300 people have become mine victims.", Bound.EXACT),
    ],
)
def test_bound_words_before_the_number(text: str, bound: Bound) -> None:
    (figure,) = extract(text, lang="en", published=PUB)
    assert (figure.metric, figure.value, figure.bound) == (Metric.MINE_VICTIMS, 300, bound)


def test_mines_planted_are_mines_laid() -> None:
    (figure,) = extract("Some 1.5 million mines were planted by Armenia.", lang="en")
    assert (figure.metric, figure.value, figure.bound) == (
        Metric.MINES_LAID,
        1_500_000,
        Bound.APPROX,
    )


def test_area_in_hectares() -> None:
    (figure,) = extract("A total area of 150,000 hectares has been cleared.", lang="en")
    assert (figure.metric, figure.value, figure.scope) == (
        Metric.AREA_CLEARED_HA,
        150000,
        Scope.CUMULATIVE,
    )


def test_area_in_square_kilometres_is_converted_to_hectares() -> None:
    (figure,) = extract(
        "Since 2021, 127 square kilometres of land have been cleared of mines.", lang="en"
    )
    assert (figure.metric, figure.value) == (Metric.AREA_CLEARED_HA, 12700)


@pytest.mark.parametrize(
    ("text", "metric", "group", "value"),
    [
        (
            "A civilian was killed after stepping on an anti-personnel mine.",
            Metric.MINE_KILLED,
            Group.CIVILIANS,
            1,
        ),
        (
            "A mine explosion in Tartar district wounded two servicemen.",
            Metric.MINE_INJURED,
            Group.MILITARY,
            2,
        ),
        (
            "A serviceman was wounded when a mine exploded in Kalbajar.",
            Metric.MINE_INJURED,
            Group.MILITARY,
            1,
        ),
    ],
)
def test_single_events_are_incidents(text: str, metric: Metric, group: Group, value: int) -> None:
    (figure,) = extract(text, lang="en", published=PUB)
    assert (figure.metric, figure.group, figure.value, figure.scope) == (
        metric,
        group,
        value,
        Scope.INCIDENT,
    )


@pytest.mark.parametrize(
    ("phrase", "since"),
    [
        ("since the end of the Patriotic War", "2020-11-10"),
        ("after the 44-day war", "2020-11-10"),
        ("since 10 November 2020", "2020-11-10"),
        ("in the post-conflict period", "2020-11-10"),
        ("since August 2022", "2022-08"),
        ("over the past 30 years", "1991"),
        ("since 1991", "1991"),
        ("since the 1990s", "1991"),
        ("since the first Karabakh war", "1991"),
        ("in 2023", "2023"),
        ("during 14-20 March", "2023-03-14"),
    ],
)
def test_period_phrases_resolve_to_since(phrase: str, since: str) -> None:
    (figure,) = extract(
        f"{phrase.capitalize()}, 300 people have become mine victims.", lang="en", published=PUB
    )
    assert figure.since == since


def test_between_two_dates_gives_since_and_until() -> None:
    (figure,) = extract(
        "Between 1 May 2021 and 30 June 2022, 150 people became victims of mines.", lang="en"
    )
    assert (figure.since, figure.until) == ("2021-05-01", "2022-06-30")


def test_period_stated_earlier_in_the_paragraph_carries_over() -> None:
    text = "Since August 2022, demining went on in Lachin. 2,000 mines were found there."
    (figure,) = extract(text, lang="en", published=PUB)
    assert (figure.since, figure.scope) == ("2022-08", Scope.CUMULATIVE)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("350 mines were detected near the Saribaba high ground.", "Saribaba"),
        ("1,119 landmines were found in the Kalbajar and Lachin districts.", "Kalbajar and Lachin"),
        ("1,609 mines were found in the Karabakh Economic Region.", "Karabakh Economic Region"),
        ("12 mines were found in Aghdam district.", "Aghdam"),
        ("12 mines were found in the liberated territories.", None),
    ],
)
def test_place_is_the_proper_name_the_sentence_gives(text: str, place: str | None) -> None:
    (figure,) = extract(text, lang="en", published=PUB)
    assert figure.place == place


def test_mine_model_and_origin() -> None:
    (figure,) = extract(
        "On 14 December, 112 anti-personnel mines of the PMN-2 type produced in Armenia in 2021 were found.",
        lang="en",
    )
    assert (figure.mine_model, figure.made_in, figure.made_year, figure.since) == (
        "PMN-2",
        "Armenia",
        2021,
        None,
    )


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


@pytest.mark.parametrize(
    ("phrase", "published", "since"),
    [
        ("in December", "2024-02-03", "2023-12"),
        ("in January", "2024-02-03", "2024-01"),
        ("in February", "2024-02-03", "2024-02"),
        ("since the start of the month", "2023-05-25", "2023-05"),
        ("last month", "2024-01-15", "2023-12"),
        ("last year", "2024-01-15", "2023"),
        ("this year", "2024-01-15", "2024"),
        ("since the beginning of the year", "2024-06-15", "2024"),
    ],
)
def test_a_period_without_a_year_takes_it_from_publication(
    phrase: str, published: str, since: str
) -> None:
    (figure,) = extract(f"Deminers cleared 640 hectares {phrase}.", lang="en", published=published)
    assert figure.since == since


def test_a_month_dates_an_incident_without_making_it_a_total() -> None:
    text = "In January, a civilian was injured when he stepped on a mine in Aghdam."
    (figure,) = extract(text, lang="en", published="2024-02-03")
    assert (figure.scope, figure.since) == (Scope.INCIDENT, None)


def test_a_production_year_in_an_earlier_sentence_is_no_period() -> None:
    text = "The mines were produced in 2021. A total of 300 mines have been found in Lachin."
    (figure,) = extract(text, lang="en", published=PUB)
    assert (figure.value, figure.since) == (300, None)


# ------------------------------------------------------------------ scope


def test_has_been_alone_reads_as_a_running_total() -> None:
    (figure,) = extract("In Fuzuli, 57 people have been injured by mines.", lang="en")
    assert figure.scope is Scope.CUMULATIVE


def test_explosions_in_the_plural_do_not_make_a_total_one_event() -> None:
    text = "Over 300 people have been injured as a result of the mine explosions."
    (figure,) = extract(text, lang="en")
    assert figure.scope is Scope.CUMULATIVE


# ------------------------------------------------------------------ groups


# ------------------------------------------------------------------ people verbs


# ------------------------------------------------------------------ places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Two servicemen were injured by a mine in Susuzlug village of Kalbajar district.",
            "Susuzlug, Kalbajar",
        ),
        (
            "Two civilians were injured by a mine in Horadiz city of Fuzuli district.",
            "Horadiz, Fuzuli",
        ),
    ],
)
def test_a_village_of_a_district_names_both(text: str, place: str) -> None:
    (figure,) = extract(text, lang="en", published=PUB)
    assert figure.place == place


def test_the_parts_of_a_breakdown_are_where_their_total_is() -> None:
    text = (
        "Since 2020, 25 people were wounded by mines on the Lachin-Kalbajar road "
        "(civilians - 10, military - 15)."
    )
    found = extract(text, lang="en", published=PUB)
    assert {f.place for f in found} == {"Lachin-Kalbajar"}


# ------------------------------------------------------------------ countries


@pytest.mark.parametrize(
    "text",
    [
        "Alongside Afghanistan, Azerbaijan is among the most mine-contaminated countries; "
        "since 2020, 340 people have become victims of mines.",
        "Since 2020, 340 people have become mine victims in Azerbaijan, more than in Cambodia.",
    ],
)
def test_a_country_compared_with_is_not_the_figure_s_country(text: str) -> None:
    (figure,) = extract(text, lang="en", published=PUB)
    assert figure.country is None


def test_a_country_named_without_in_is_not_the_figure_s_country() -> None:
    text = "Experts from Ukraine heard that 340 people have become mine victims since 2020."
    (figure,) = extract(text, lang="en", published=PUB)
    assert figure.country is None


# ------------------------------------------------------------------ one person


def test_the_period_of_a_month_s_day_range_gives_since_and_until() -> None:
    text = "During the period of March 14-20, 2024, 93 anti-personnel mines were found."
    (figure,) = extract(text, lang="en", published="2024-03-21")
    assert (figure.since, figure.until, figure.scope) == (
        "2024-03-14",
        "2024-03-20",
        Scope.CUMULATIVE,
    )
