"""English figure extraction as news agencies and ministries phrase it (round 3).

Each case is a new sentence written the way AZERTAC, Trend, APA, Report and News.az
write; one behaviour per test.
"""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Bound, Group, Metric, Scope

PUB = "2024-05-20"


figures = figure_reader("metric", "value", "group", lang="en", published=PUB)


def test_people_who_received_injuries_are_the_injured() -> None:
    text = (
        "Since the end of the war, 410 people have become mine victims, of whom 80 died "
        "and 330 sustained injuries of varying severity."
    )
    assert (Metric.MINE_INJURED, 330, Group.ALL) in figures(text)


def test_suffered_with_injuries_is_injured_not_all_victims() -> None:
    text = "Since 2021, 14 shepherds suffered severe injuries in mine explosions in Lachin."
    assert figures(text) == [(Metric.MINE_INJURED, 14, Group.CIVILIANS)]


def test_an_employee_of_the_mine_action_agency_is_a_deminer() -> None:
    text = "An employee of the Mine Action Agency was wounded by a mine in Zangilan district."
    assert figures(text) == [(Metric.MINE_INJURED, 1, Group.DEMINERS)]


def test_stockpiled_mines_destroyed_are_not_mines_found() -> None:
    text = "Since 2004, the country has destroyed 1.2 million stockpiled anti-tank mines."
    assert figures(text) == []


def test_an_agreement_on_clearing_an_area_is_not_an_area_cleared() -> None:
    text = "The ministry signed a contract with the company on the clearance of 3,500 hectares."
    assert figures(text) == []


def test_a_plan_to_clear_an_area_is_not_an_area_cleared() -> None:
    text = "ANAMA plans to clear more than 25,000 hectares of land next year."
    assert figures(text) == []


def test_hectares_that_will_be_cleared_are_not_cleared() -> None:
    text = "Another 600 hectares in Khojavand will be cleared of mines by the end of summer."
    assert figures(text) == []


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


def test_the_number_of_a_group_that_has_reached_a_count_counts_that_group() -> None:
    text = (
        "The number of sappers who have become mine victims since the end of the war "
        "has reached 27; five of them were killed."
    )
    assert figures(text) == [
        (Metric.MINE_VICTIMS, 27, Group.DEMINERS),
        (Metric.MINE_KILLED, 5, Group.DEMINERS),
    ]


def test_a_group_accounting_for_a_number_is_its_group() -> None:
    text = (
        "Since 2020, 300 people have become mine victims. Civilians accounted for 210 of "
        "the victims and servicemen for 90."
    )
    assert figures(text)[1:] == [
        (Metric.MINE_VICTIMS, 210, Group.CIVILIANS),
        (Metric.MINE_VICTIMS, 90, Group.MILITARY),
    ]


def test_a_list_of_groups_shares_the_verb_after_it() -> None:
    text = "Since 2020, 9 children and 5 women have become victims of landmines."
    assert figures(text) == [
        (Metric.MINE_VICTIMS, 9, Group.CHILDREN),
        (Metric.MINE_VICTIMS, 5, Group.WOMEN),
    ]


def test_a_sentence_after_one_that_stated_victims_is_still_about_mines() -> None:
    text = (
        "Since 2021, mines have wounded 140 residents of Aghdam. "
        "Among the wounded are 31 children. "
        "Doctors say 8 children and 2 women are still in hospital with injuries."
    )
    assert (Metric.MINE_INJURED, 8, Group.CHILDREN) in figures(text)


def test_a_paragraph_that_opens_with_of_them_breaks_down_the_last_total() -> None:
    text = (
        "Since 1 January 2023, 120 people have become victims of mines in Azerbaijan.\n\n"
        "Of them, 30 were killed and 90 injured."
    )
    assert figures(text)[1:] == [
        (Metric.MINE_KILLED, 30, Group.ALL),
        (Metric.MINE_INJURED, 90, Group.ALL),
    ]


def test_among_the_victims_breaks_down_an_earlier_total() -> None:
    text = (
        "Since the end of the war, 290 citizens have become mine victims.\n\n"
        "Among the victims are 170 civilians and 120 servicemen."
    )
    assert figures(text)[1:] == [
        (Metric.MINE_VICTIMS, 170, Group.CIVILIANS),
        (Metric.MINE_VICTIMS, 120, Group.MILITARY),
    ]


def test_a_rounded_headline_number_is_the_body_s_exact_one() -> None:
    text = (
        "Over 900 mines defused in Lachin in May\n\n"
        "In May, a total of 936 mines were defused in Lachin district, ANAMA said."
    )
    assert [(f.value, f.bound) for f in extract(text, lang="en", published=PUB)] == [
        (936, Bound.EXACT)
    ]
