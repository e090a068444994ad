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


def test_square_kilometres_alone_make_a_sentence_about_clearance() -> None:
    text = "In May, an area of 18.5 square kilometres was cleared in Jabrayil."
    assert figures(text) == [(Metric.AREA_CLEARED_HA, 1850, Group.ALL)]


def test_an_area_surveyed_is_not_an_area_cleared() -> None:
    text = "Since 2022, the agency has surveyed 61,000 hectares in Kalbajar district."
    assert figures(text) == []


def test_losing_his_right_leg_is_an_injury() -> None:
    text = "A herder lost his left leg when he stepped on a mine near Khojaly on Sunday."
    assert figures(text) == [(Metric.MINE_INJURED, 1, Group.CIVILIANS)]


def test_the_tractor_driver_is_one_civilian() -> None:
    text = (
        "On Wednesday a tractor ran over an anti-tank mine in Gubadli and the tractor driver died."
    )
    assert figures(text) == [(Metric.MINE_KILLED, 1, Group.CIVILIANS)]


def test_workers_are_civilians() -> None:
    text = "Since 2021, 19 road workers have been injured by mines in Lachin district."
    assert figures(text) == [(Metric.MINE_INJURED, 19, Group.CIVILIANS)]


def test_the_agency_s_workers_are_deminers() -> None:
    text = "Since 2021, 7 ANAMA workers have been injured by mines in Kalbajar."
    assert figures(text) == [(Metric.MINE_INJURED, 7, Group.DEMINERS)]


def test_demining_workers_are_deminers() -> None:
    text = "Since the war ended, 11 demining workers have been wounded by mines."
    found = read(text)
    assert [(f.metric, f.value, f.group, f.scope) for f in found] == [
        (Metric.MINE_INJURED, 11, Group.DEMINERS, Scope.CUMULATIVE)
    ]


periods = figure_reader("metric", "value", "scope", "since", "until", lang="en", published=PUB)


def test_during_the_campaign_keeps_the_period_an_earlier_sentence_set() -> None:
    text = (
        "The clearance campaign in Lachin began in March 2023. During the campaign, "
        "deminers removed 2,640 mines from the district."
    )
    assert periods(text)[-1] == (
        Metric.MINES_FOUND,
        2640,
        Scope.CUMULATIVE,
        "2023-03",
        "2023-03-31",
    )


def test_over_the_year_totals_the_year_the_paragraph_named() -> None:
    text = (
        "In 2023, deminers found 9,100 mines in Fuzuli. Over the year, 615 hectares "
        "were cleared there."
    )
    assert periods(text)[-1] == (
        Metric.AREA_CLEARED_HA,
        615,
        Scope.CUMULATIVE,
        "2023",
        "2023-12-31",
    )


def test_in_addition_continues_the_report_of_the_sentence_before() -> None:
    text = (
        "In April 2024, a total of 820 mines were neutralized. In addition, 3,115 "
        "unexploded ordnance were destroyed."
    )
    assert periods(text)[-1] == (Metric.UXO_FOUND, 3115, Scope.CUMULATIVE, "2024-04", "2024-04-30")


def test_since_the_war_is_the_2020_war() -> None:
    text = "Since the war, 352 people have been hit by mines in Azerbaijan."
    assert periods(text) == [(Metric.MINE_VICTIMS, 352, Scope.CUMULATIVE, "2020-11-10", None)]


def test_since_the_end_of_the_occupation_is_the_end_of_the_2020_war() -> None:
    text = "Since the end of the occupation, 395 people have become victims of mines."
    assert periods(text) == [(Metric.MINE_VICTIMS, 395, Scope.CUMULATIVE, "2020-11-10", None)]


def test_a_year_compared_with_is_not_the_start() -> None:
    text = "In 2023, 81 people were injured by mines, twice as many as in 2021."
    assert periods(text) == [(Metric.MINE_INJURED, 81, Scope.CUMULATIVE, "2023", "2023-12-31")]


def test_between_two_years_is_a_range_of_whole_years() -> None:
    text = "Between 2021 and 2023, 2,450 hectares were cleared in Zangilan district."
    assert periods(text) == [(Metric.AREA_CLEARED_HA, 2450, Scope.CUMULATIVE, "2021", "2023")]


def test_an_age_in_words_is_not_a_count() -> None:
    text = "A girl, aged fourteen, was wounded when a mine exploded near Tartar on Sunday."
    assert figures(text) == [(Metric.MINE_INJURED, 1, Group.CHILDREN)]


def test_the_year_of_a_treaty_is_not_a_count() -> None:
    text = "Azerbaijan, which has not joined the 1997 Mine Ban Treaty, has removed mines since the war."
    assert figures(text) == []


def test_maps_handed_over_for_a_number_of_mines_count_mines_laid() -> None:
    # figures.md: mine maps / formulars "for N mines" are mines_laid, not mines found
    text = (
        "In 2021, Armenia handed over maps for about 400 thousand mines planted in three districts."
    )
    assert figures(text) == [(Metric.MINES_LAID, 400000, Group.ALL)]


def test_the_mines_a_map_included_are_laid() -> None:
    text = "The maps covered only Aghdam district and included 92,000 anti-tank mines."
    assert figures(text) == [(Metric.MINES_LAID, 92000, Group.ANTI_TANK)]


parts = figure_reader("metric", "value", "group", "scope", "since", lang="en", published=PUB)


def test_the_second_part_of_of_these_takes_the_total_s_metric() -> None:
    text = (
        "Since 2022, deminers have found 6,400 mines in Kalbajar. Of these, 5,000 were "
        "anti-personnel mines and 1,400 anti-tank mines."
    )
    assert parts(text)[-1] == (
        Metric.MINES_FOUND,
        1400,
        Group.ANTI_TANK,
        Scope.CUMULATIVE,
        "2022",
    )


def test_n_of_the_victims_breaks_the_earlier_total_down() -> None:
    text = (
        "Since the war, 310 people have been hit by mines in Azerbaijan. "
        "198 of the victims were civilians."
    )
    assert parts(text)[-1] == (
        Metric.MINE_VICTIMS,
        198,
        Group.CIVILIANS,
        Scope.CUMULATIVE,
        "2020-11-10",
    )


def test_among_them_lists_groups_of_the_victims_and_of_whom_keeps_its_verb() -> None:
    text = (
        "Since the war, 310 people have become mine victims, 52 of them died. "
        "Among them are 14 children, five of whom died, and three women."
    )
    assert parts(text)[2:] == [
        (Metric.MINE_VICTIMS, 14, Group.CHILDREN, Scope.CUMULATIVE, "2020-11-10"),
        (Metric.MINE_KILLED, 5, Group.CHILDREN, Scope.CUMULATIVE, "2020-11-10"),
        (Metric.MINE_VICTIMS, 3, Group.WOMEN, Scope.CUMULATIVE, "2020-11-10"),
    ]


def test_eleven_of_them_died_is_killed_of_the_earlier_total() -> None:
    text = "Since 2021, 58 people have become victims of mines. Eleven of them died."
    assert parts(text)[-1] == (Metric.MINE_KILLED, 11, Group.ALL, Scope.CUMULATIVE, "2021")
