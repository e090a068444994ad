"""English clearance reports: what their counts of mines, ordnance and land are."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2025-04-14"


counts = figure_reader("metric", "value", "group", lang="en", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Sappers in Jabrayil defused 12 anti-tank mines and 530 unexploded ordnances.",
        "Over the week 530 ordnances were neutralized by the teams in Jabrayil.",
    ],
)
def test_ordnances_in_the_plural_are_ordnance_found(text: str) -> None:
    assert (Metric.UXO_FOUND, 530, Group.ALL) in counts(text)


periods = figure_reader("value", "since", "until", lang="en", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "ANAMA sums up the week\n\nMine clearance teams worked in Lachin and Shusha from "
        "April 1 to 7.\n\nThe results: 40 anti-tank mines were neutralized.",
        "Weekly demining results\n\nThe Mine Action Agency has released its weekly data on "
        "clearance done from April 1 to April 7, 2025.\n\n"
        "In the reporting week, 40 anti-tank mines were neutralized.",
    ],
)
def test_a_lede_without_counts_dates_the_report_s_totals(text: str) -> None:
    assert periods(text) == [(40, "2025-04-01", "2025-04-07")]


def test_the_lede_s_range_goes_on_to_the_totals_after_the_first() -> None:
    text = (
        "ANAMA sums up the week\n\n"
        "Mine clearance teams worked in Lachin and Shusha from April 1 to 7.\n\n"
        "In the reporting week, 40 anti-tank mines were neutralized.\n\n"
        "A total of 900 hectares of land were cleared."
    )
    assert periods(text) == [(40, "2025-04-01", "2025-04-07"), (900, "2025-04-01", "2025-04-07")]


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


@pytest.mark.parametrize(
    "text",
    [
        "For the whole of 2024, 900 anti-tank mines were found in Fuzuli.",
        "From January through December, 900 anti-tank mines were found in Fuzuli.",
    ],
)
def test_a_whole_year_s_total_counts_over_the_year(text: str) -> None:
    figures = extract(text, lang="en", published="2025-01-06")
    assert [(f.value, f.since, f.until) for f in figures] == [(900, "2024", "2024-12-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the week, 14 anti-tank mines were located and made safe in Aghdam.",
            (Metric.MINES_FOUND, 14, Group.ANTI_TANK),
        ),
        (
            "Over the week, 310 hectares of farmland were made safe in Aghdam.",
            (Metric.AREA_CLEARED_HA, 310, Group.ALL),
        ),
        (
            "For the month, the tally stands at 14 anti-tank mines in Aghdam.",
            (Metric.MINES_FOUND, 14, Group.ANTI_TANK),
        ),
    ],
)
def test_made_safe_and_a_report_s_tally_are_clearance(
    text: str, expected: tuple[Metric, float, Group]
) -> None:
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia gave Azerbaijan maps of minefields for about 35,000 mines in Lachin.",
            [(Metric.MINES_LAID, 35000, Group.ALL)],
        ),
        (
            "Baku received a map detailing the location of 12,000 mines in Tartar district.",
            [(Metric.MINES_LAID, 12000, Group.ALL)],
        ),
        (
            "The maps covered minefields with 8,000 anti-tank mines near Fuzuli.",
            [(Metric.MINES_LAID, 8000, Group.ANTI_TANK)],
        ),
        ("The maps were handed over in exchange for 15 detainees.", []),
    ],
)
def test_a_minefield_map_s_count_is_of_mines_laid(
    text: str, expected: list[tuple[Metric, float, Group]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Agriculture Ministry ordered 2,300 hectares of pasture to be cleared of mines.",
        "This year the ministry has ordered the clearance of another 900 hectares near Lachin.",
        "The demined plots will host a vineyard, where 75 hectares of vines are to be planted.",
        "The cleared plots will host a vineyard, where 75 hectares of vines are due to be planted.",
        "Of the 2,300 hectares the ministry asked ANAMA to clear in 2024, half has been cleared.",
        "Acting on residents' calls, the specialists inspected 8,050 square meters in Tartar.",
    ],
)
def test_land_ordered_or_yet_to_be_cleared_is_no_land_cleared(text: str) -> None:
    assert counts(text) == []


def test_land_cleared_beside_an_order_is_still_cleared() -> None:
    text = "In 2024, 640 hectares of pasture were cleared of mines and handed over to farmers."
    assert counts(text) == [(Metric.AREA_CLEARED_HA, 640, Group.ALL)]


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


@pytest.mark.parametrize(
    "text",
    [
        "Since the end of the conflict, some 5,000 hectares were cleared in Lachin.",
        "Since the start of operations on 10 November 2020, 5,000 hectares were cleared.",
    ],
)
def test_the_end_of_the_conflict_and_the_start_of_operations_are_the_war_s_end(
    text: str,
) -> None:
    assert [f.since for f in extract(text, lang="en", published=PUB)] == ["2020-11-10"]


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


def test_mines_and_other_items_a_programme_helped_to_clear_are_ordnance_found() -> None:
    text = "Over the past ten years, the project has helped to clear 9,000 mines and other explosive items."
    assert counts(text) == [(Metric.UXO_FOUND, 9000, Group.ALL)]


def test_a_headline_without_the_body_s_decimals_restates_it() -> None:
    text = (
        "Weekly report: 412 hectares cleared in Karabakh\n\n"
        "Over the past week, a total of 412.6 hectares of land were cleared of mines."
    )
    assert [f.value for f in extract(text, lang="en", published=PUB)] == [412.6]


def test_over_the_month_in_a_later_paragraph_is_the_report_s_month() -> None:
    text = (
        "Deminer hurt in Aghdam\n\n"
        "A deminer was wounded on 3 April when a mine went off near Aghdam.\n\n"
        "From March 1 to March 31, 120 anti-tank mines were destroyed in the region.\n\n"
        "A further 900 hectares of land were cleared of mines over the month."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.since, f.until) for f in figures][-1] == (
        900,
        "2025-03-01",
        "2025-03-31",
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
    ("text", "since", "until"),
    [
        (
            "During the reporting period (April 1-6), 40 anti-tank mines were neutralized.",
            "2025-04-01",
            "2025-04-06",
        ),
        ("ANAMA: 40 anti-tank mines neutralized over past week", "2025-04-07", None),
    ],
)
def test_a_weekly_report_s_days_in_brackets_or_past_week_without_the(
    text: str, since: str, until: str | None
) -> None:
    assert periods(text) == [(40, since, until)]


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


def test_an_estimated_number_found_is_still_found() -> None:
    text = "Deminers found an estimated 300 anti-tank mines near Aghdam last week."
    assert counts(text) == [(Metric.MINES_FOUND, 300, Group.ANTI_TANK)]


@pytest.mark.parametrize(
    "text",
    [
        "The contaminated area is about 9,000 sq km, of which 700 hectares have been cleared.",
        "Some 9,000 square kilometres of land are contaminated, and 700 hectares were cleared.",
        "Deminers cleared 700 hectares, or about 7 square kilometres, in Lachin.",
    ],
)
def test_contaminated_land_and_the_same_land_in_other_units_are_no_land_cleared(
    text: str,
) -> None:
    assert counts(text) == [(Metric.AREA_CLEARED_HA, 700, Group.ALL)]


def test_a_lede_about_demining_operations_dates_the_report() -> None:
    text = (
        "ANAMA sums up the week\n\n"
        "From April 1 to 6, ANAMA carried out demining operations in Lachin and Shusha.\n\n"
        "As a result, 40 anti-tank mines were detected and neutralized."
    )
    assert periods(text) == [(40, "2025-04-01", "2025-04-06")]


def test_mines_the_lands_contain_are_laid() -> None:
    text = "The liberated lands contain around 300,000 mines, according to the agency."
    assert counts(text) == [(Metric.MINES_LAID, 300000, Group.ALL)]


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


@pytest.mark.parametrize(
    "text",
    [
        "The agency's teams swept 900 hectares in Fuzuli over the week.",
        "The weekly tally: 40 anti-tank mines and 900 hectares.",
    ],
)
def test_land_swept_and_a_weekly_tally_of_land_are_land_cleared(text: str) -> None:
    assert (Metric.AREA_CLEARED_HA, 900, Group.ALL) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency now has 120 mine-detection dogs in Fuzuli.",
        "Azerbaijan bought 25 mine-clearing machines this year.",
        "The clearance of 5,000 hectares in Lachin will cost 50 million manats.",
    ],
)
def test_equipment_against_mines_and_the_cost_of_clearance_are_no_counts(text: str) -> None:
    assert counts(text) == []


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


def test_mines_and_other_explosives_lumped_are_ordnance_found() -> None:
    text = "Since the war, deminers have found 9,000 landmines and other explosives in Lachin."
    assert counts(text) == [(Metric.UXO_FOUND, 9000, Group.ALL)]


@pytest.mark.parametrize(
    "text",
    [
        "Around 9,000 people returned to 30 villages cleared of mines.",
        "The clearance of 5,000 hectares in Lachin is planned for 2026.",
    ],
)
def test_villages_cleared_and_clearance_planned_count_nothing(text: str) -> None:
    assert counts(text) == []


def test_the_demining_of_land_done_is_land_cleared() -> None:
    text = "The demining of 500 hectares around the new airport was completed in March."
    assert counts(text) == [(Metric.AREA_CLEARED_HA, 500, Group.ALL)]
