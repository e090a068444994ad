"""English clearance reports: what their counts of mines, ordnance and land are."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2025-04-14"


counts = figure_reader("metric", "value", "group", lang="en", published=PUB)


def test_a_monthly_report_for_a_month_dates_its_counts() -> None:
    text = (
        "BAKU, June 3. The Mine Action Agency has published its monthly report (for May) on "
        "clearance in the liberated territories.\n\n"
        "According to the report, 70 anti-personnel mines were found in Lachin and Shusha."
    )
    figures = extract(text, lang="en", published="2025-06-03")
    assert [(f.value, f.scope.value, f.since, f.until) for f in figures] == [
        (70, "cumulative", "2025-05", "2025-05-31")
    ]


def figure_rows(text: str, published: str = PUB) -> list[tuple[object, ...]]:
    return [
        (f.metric, f.value, f.bound.value, f.since, f.until)
        for f in extract(text, lang="en", published=published)
    ]


def test_mines_said_to_contaminate_the_land_are_laid() -> None:
    text = "Some 600,000 landmines still contaminate the hills of Kalbajar."
    assert figure_rows(text) == [(Metric.MINES_LAID, 600000, "approx", None, None)]


def test_one_of_the_most_mined_places_is_no_count() -> None:
    text = "Decades of war turned Aghdam into one of the most mine-contaminated places in Europe."
    assert figure_rows(text) == []


def test_the_previous_month_is_the_month_before_publication() -> None:
    text = "In the previous month alone, 800 mines were found in Tartar."
    assert figure_rows(text, "2025-04-03") == [
        (Metric.MINES_FOUND, 800, "exact", "2025-03", "2025-03-31")
    ]


@pytest.mark.parametrize("words", ["in that period", "over that time", "during the same period"])
def test_that_period_is_the_running_span_stated_before(words: str) -> None:
    text = (
        "Cleared since the war\n\n"
        "Since November 2020, 150,000 hectares have been cleared of mines in Karabakh. This "
        "year alone, teams released 20,000 hectares.\n\n"
        f"Deminers also found 30,000 anti-personnel mines {words}."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.scope.value, f.since) for f in figures][-1] == (
        30000,
        "cumulative",
        "2020-11-10",
    )


def test_put_the_number_at_gives_the_count_its_noun() -> None:
    text = (
        "The minister put the number of mines and items of unexploded ordnance destroyed "
        "since the war at 51,200."
    )
    assert figure_rows(text) == [(Metric.UXO_FOUND, 51200, "exact", "2020-11-10", None)]


def test_a_lumped_count_broken_down_gives_its_mines_and_ordnance() -> None:
    text = (
        "Since the war, 51,200 mines and items of unexploded ordnance were destroyed in "
        "Karabakh. Among them were 9,000 anti-personnel mines, 2,200 anti-tank mines and "
        "40,000 items of UXO."
    )
    assert [(f.metric, f.value, f.group, f.since) for f in read_all(text)] == [
        (Metric.UXO_FOUND, 51200, Group.ALL, "2020-11-10"),
        (Metric.MINES_FOUND, 9000, Group.ANTI_PERSONNEL, "2020-11-10"),
        (Metric.MINES_FOUND, 2200, Group.ANTI_TANK, "2020-11-10"),
        (Metric.UXO_FOUND, 40000, Group.ALL, "2020-11-10"),
    ]


def read_all(text: str) -> list:
    return extract(text, lang="en", published=PUB)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Baku has received formulars for 90,000 mines in Aghdam.", 90000),
        ("There are an estimated 250,000 landmines in Kalbajar district.", 250000),
        ("Experts estimate the number of landmines in Lachin at 250,000.", 250000),
    ],
)
def test_formulars_and_estimates_of_mines_in_the_ground_count_mines_laid(
    text: str, value: int
) -> None:
    assert [(f.metric, f.value) for f in read_all(text)] == [(Metric.MINES_LAID, value)]


def test_a_headline_printed_twice_is_one_headline() -> None:
    text = (
        "ANAMA: 9 million square metres cleared since demining began\n\n"
        "ANAMA: 9 million square metres cleared since demining began\n"
        "The agency's director was interviewed.\n\n"
        "Since 2001, our teams have cleared 9 million square metres of land."
    )
    assert [(f.value, f.since) for f in read_all(text)] == [(900, "2001")]


@pytest.mark.parametrize(
    "text",
    [
        "The government faces the job of ridding Karabakh of up to 700,000 landmines.",
        "It will take years to rid the region of up to 700,000 landmines.",
    ],
)
def test_mines_a_land_is_still_to_be_rid_of_are_laid(text: str) -> None:
    assert [(f.metric, f.value, f.bound.value) for f in read_all(text)] == [
        (Metric.MINES_LAID, 700000, "at_most")
    ]


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        (
            "From the end of the 44-day war until March 1 of this year, 9,000 hectares were "
            "cleared in Lachin.",
            "2020-11-10",
            "2025-03-01",
        ),
        (
            "From 2022 until 1 March 2025, 9,000 hectares were cleared in Lachin.",
            "2022",
            "2025-03-01",
        ),
    ],
)
def test_a_start_then_the_day_it_runs_until_is_one_span(text: str, since: str, until: str) -> None:
    assert [(f.since, f.until) for f in read_all(text)] == [(since, until)]


@pytest.mark.parametrize(
    "lede",
    [
        "ANAMA has released its clearance figures for March.",
        "The agency has summed up the week of March 3-9.",
        "Between March 3 and March 9, ANAMA teams worked in Aghdam and Fuzuli.",
    ],
)
def test_a_lede_naming_neither_mines_nor_land_still_dates_the_report(lede: str) -> None:
    text = f"ANAMA weekly\n\n{lede}\n\nTeams neutralized 40 anti-tank mines in the region."
    figures = read_all(text)
    assert [(f.scope.value, f.since is not None, f.until is not None) for f in figures] == [
        ("cumulative", True, True)
    ]


def test_a_span_of_years_with_a_dash_runs_from_the_first_to_the_last() -> None:
    text = "In 2021-2024, 150,000 hectares were cleared in Karabakh."
    assert [(f.since, f.until) for f in read_all(text)] == [("2021", "2024")]


def test_provinces_name_the_place_of_a_count() -> None:
    text = "In 2022, teams cleared 40 hectares of land in Tavush and Syunik provinces."
    assert [f.place for f in read_all(text)] == ["Tavush and Syunik"]


def test_land_cleared_there_is_in_the_places_the_sentence_before_named() -> None:
    text = (
        "Teams worked in the Lachin and Kalbajar districts. In 2024, 700 hectares there "
        "were cleared of mines."
    )
    assert [f.place for f in read_all(text)] == ["Lachin and Kalbajar"]


def test_there_were_opens_a_clause_and_points_at_no_place() -> None:
    text = "Teams worked in Lachin district. In 2024 there were 700 hectares cleared of mines."
    assert [f.place for f in read_all(text)] == [None]
