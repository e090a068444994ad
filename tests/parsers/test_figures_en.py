"""English figure extraction: one behaviour per case, written as the agencies write."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Bound, Group, Metric, Scope
from parsers.vocab import UnknownLanguage

PUB = "2023-03-21"


figures = figure_reader("metric", "value", "group", lang="en", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "52 people died in mine explosions, including 4 journalists.",
            [(Metric.MINE_KILLED, 52, Group.ALL), (Metric.MINE_KILLED, 4, Group.JOURNALISTS)],
        ),
        (
            "Since 2020, there have been 290 mine victims: 60 killed and 230 injured.",
            [
                (Metric.MINE_VICTIMS, 290, Group.ALL),
                (Metric.MINE_KILLED, 60, Group.ALL),
                (Metric.MINE_INJURED, 230, Group.ALL),
            ],
        ),
        (
            "Since 2020, 25 were wounded by mines (civilians - 10, military - 15).",
            [
                (Metric.MINE_INJURED, 25, Group.ALL),
                (Metric.MINE_INJURED, 10, Group.CIVILIANS),
                (Metric.MINE_INJURED, 15, Group.MILITARY),
            ],
        ),
        (
            "320 people have become victims of landmines since the end of the war, 62 of them died.",
            [(Metric.MINE_VICTIMS, 320, Group.ALL), (Metric.MINE_KILLED, 62, Group.ALL)],
        ),
    ],
)
def test_breakdowns_yield_one_figure_per_part(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert figures(text) == expected


def test_restated_total_in_of_the_phrase_gives_the_part_its_metric() -> None:
    text = "Since 2020, 45 people were killed by mines. Of the 45 dead, 35 were civilians."
    assert figures(text) == [
        (Metric.MINE_KILLED, 45, Group.ALL),
        (Metric.MINE_KILLED, 35, Group.CIVILIANS),
    ]


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


def test_a_means_one_only_for_people_in_an_incident() -> None:
    assert figures("Since 2020, a civilian has been a victim of mines every week.") == []


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


def test_headline_takes_the_period_of_the_body() -> None:
    text = "ANAMA: 245 mines found in a week\n\nDuring 14-20 March 2023, ANAMA found 245 mines."
    found = extract(text, lang="en", published=PUB)
    assert [(f.value, f.since, f.until) for f in found] == [(245, "2023-03-14", "2023-03-20")]


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


def test_country_is_set_only_for_other_countries() -> None:
    found = extract("In Ukraine, 120 people were killed by landmines since 2022.", lang="en")
    assert [(f.metric, f.value, f.country) for f in found] == [(Metric.MINE_KILLED, 120, "Ukraine")]


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


def test_related_posts_tail_is_not_read() -> None:
    text = "Demining continues in Aghdam.\n\nRelated posts\nANAMA: 1,100 mines found in November\n"
    assert extract(text, lang="en", published=PUB) == []


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


def test_a_list_of_parts_after_including_keeps_every_part_out_of_the_total_clause() -> None:
    text = (
        "Since 2020, 298 citizens, including 4 women and 11 children, have become victims "
        "of landmines."
    )
    assert figures(text) == [
        (Metric.MINE_VICTIMS, 298, Group.ALL),
        (Metric.MINE_VICTIMS, 4, Group.WOMEN),
        (Metric.MINE_VICTIMS, 11, Group.CHILDREN),
    ]


def test_a_part_after_a_colon_leaves_the_total_its_own_verb() -> None:
    text = (
        "Three people became victims of a mine explosion in Fuzuli on Saturday: "
        "one of them died on the spot."
    )
    assert figures(text) == [
        (Metric.MINE_VICTIMS, 3, Group.ALL),
        (Metric.MINE_KILLED, 1, Group.ALL),
    ]


def test_people_taken_to_hospital_after_a_blast_count_as_injured() -> None:
    text = "A mine exploded in Fuzuli on Saturday; two people were hospitalised with wounds."
    assert (Metric.MINE_INJURED, 2, Group.ALL) in figures(text)


def test_every_one_of_them_is_not_a_count() -> None:
    text = (
        "We have found 120,000 explosive items since the war ended, and every one of them mattered."
    )
    assert [value for _, value, _ in figures(text)] == [120000]


def test_the_end_of_the_hostilities_is_the_end_of_the_2020_war() -> None:
    found = extract(
        "Over 50,000 mines have been neutralized since the end of the hostilities.",
        lang="en",
        published=PUB,
    )
    assert [(f.value, f.since) for f in found] == [(50000, "2020-11-10")]


def test_four_others_are_people() -> None:
    text = "Three people were killed and four others injured when a truck hit a mine on Monday."
    assert (Metric.MINE_INJURED, 4, Group.ALL) in figures(text)


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


def test_each_number_takes_the_period_of_its_own_clause() -> None:
    text = (
        "Fewer than 100 hectares were cleared in Zangilan in January, "
        "compared with 640 hectares in December."
    )
    found = extract(text, lang="en", published="2024-02-03")
    assert [(f.value, f.since) for f in found] == [(100, "2024-01"), (640, "2023-12")]


def test_a_month_dates_an_incident_without_making_it_a_total() -> None:
    text = "In January, a civilian was injured when he stepped on a mine in Aghdam."
    (figure,) = extract(text, lang="en", published="2024-02-03")
    assert (figure.scope, figure.since) == (Scope.INCIDENT, None)


def test_a_production_year_in_an_earlier_sentence_is_no_period() -> None:
    text = "The mines were produced in 2021. A total of 300 mines have been found in Lachin."
    (figure,) = extract(text, lang="en", published=PUB)
    assert (figure.value, figure.since) == (300, None)


# ------------------------------------------------------------------ scope


def test_has_been_tells_one_event_when_the_sentence_reports_an_explosion() -> None:
    text = "An Azerbaijani civilian has been injured as a result of a mine explosion in Aghdam."
    assert [(f.metric, f.value, f.group, f.scope) for f in extract(text, lang="en")] == [
        (Metric.MINE_INJURED, 1, Group.CIVILIANS, Scope.INCIDENT)
    ]


def test_has_been_alone_reads_as_a_running_total() -> None:
    (figure,) = extract("In Fuzuli, 57 people have been injured by mines.", lang="en")
    assert figure.scope is Scope.CUMULATIVE


def test_explosions_in_the_plural_do_not_make_a_total_one_event() -> None:
    text = "Over 300 people have been injured as a result of the mine explosions."
    (figure,) = extract(text, lang="en")
    assert figure.scope is Scope.CUMULATIVE


# ------------------------------------------------------------------ groups


def test_a_bare_number_after_a_grouped_figure_keeps_its_subject() -> None:
    text = "Two servicemen were killed and one was wounded when their vehicle hit a mine."
    assert figures(text) == [
        (Metric.MINE_KILLED, 2, Group.MILITARY),
        (Metric.MINE_INJURED, 1, Group.MILITARY),
    ]


def test_a_bare_number_with_have_been_keeps_the_subject_of_the_sentence() -> None:
    text = "Since 2020, four ANAMA deminers have lost their lives and 14 have been injured."
    assert figures(text) == [
        (Metric.MINE_KILLED, 4, Group.DEMINERS),
        (Metric.MINE_INJURED, 14, Group.DEMINERS),
    ]


def test_a_number_after_a_part_does_not_take_the_part_s_group() -> None:
    text = (
        "Three people, including two journalists, were killed when a truck hit a mine "
        "on Monday, and four were injured."
    )
    assert (Metric.MINE_INJURED, 4, Group.ALL) in figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since 2020, 130 servicemen and civilians have been killed or wounded by mines.",
            (Metric.MINE_VICTIMS, 130, Group.ALL),
        ),
        (
            "Since 2020, 1,004 anti-personnel and anti-tank mines were found.",
            (Metric.MINES_FOUND, 1004, Group.ALL),
        ),
    ],
)
def test_two_groups_joined_by_and_count_everyone(text: str, expected: tuple[object, ...]) -> None:
    assert figures(text) == [expected]


# ------------------------------------------------------------------ people verbs


def test_a_people_verb_before_a_number_takes_it_as_its_object() -> None:
    text = "Since 2020, mines have killed 45 people and injured 200 others."
    assert figures(text) == [
        (Metric.MINE_KILLED, 45, Group.ALL),
        (Metric.MINE_INJURED, 200, Group.ALL),
    ]


def test_killed_or_injured_about_a_number_is_victims_approx() -> None:
    text = "Over the past 30 years, mines have killed or injured about 3,400 Azerbaijanis."
    found = extract(text, lang="en", published="2022-12-03")
    assert [(f.metric, f.value, f.bound, f.since) for f in found] == [
        (Metric.MINE_VICTIMS, 3400, Bound.APPROX, "1991")
    ]


def test_a_verb_before_and_a_number_leaves_the_number_to_its_own_verb() -> None:
    text = "Since 2020, 290 people became mine victims: 60 killed and 230 injured."
    assert (Metric.MINE_INJURED, 230, Group.ALL) in figures(text)


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


def test_every_figure_of_an_incident_takes_the_sentence_s_place() -> None:
    text = (
        "Three people were killed and four others injured when a truck hit an anti-tank mine "
        "near Susuzlug village of Kalbajar district on 4 June."
    )
    found = extract(text, lang="en", published=PUB)
    assert [(f.value, f.place) for f in found] == [
        (3, "Susuzlug, Kalbajar"),
        (4, "Susuzlug, Kalbajar"),
    ]


def test_the_parts_of_a_breakdown_are_where_their_total_is() -> None:
    text = (
        "Since 2020, 25 people were wounded by mines on the Lachin-Kalbajar road "
        "(civilians - 10, military - 15)."
    )
    found = extract(text, lang="en", published=PUB)
    assert {f.place for f in found} == {"Lachin-Kalbajar"}


def test_a_list_shares_the_place_named_before_it() -> None:
    text = "During the clearance of Shusha city, 2,012 shells and 14 mines were discovered."
    found = extract(text, lang="en", published=PUB)
    assert [(f.value, f.place) for f in found] == [(2012, "Shusha"), (14, "Shusha")]


def test_a_total_takes_the_place_named_after_its_inserted_parts() -> None:
    text = (
        "Since May, 1,200 mines, including 980 anti-personnel and 220 anti-tank mines, "
        "had been removed from the former positions in Kalbajar."
    )
    found = extract(text, lang="en", published=PUB)
    assert [(f.value, f.place) for f in found] == [
        (1200, "Kalbajar"),
        (980, "Kalbajar"),
        (220, "Kalbajar"),
    ]


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


def test_a_relative_named_by_a_possessive_is_one_person() -> None:
    text = "A shell exploded in Tartar on Saturday and his brother was injured."
    assert figures(text) == [(Metric.MINE_INJURED, 1, Group.ALL)]


def test_an_age_under_18_makes_one_person_a_child() -> None:
    text = "His 11-year-old brother was injured when a shell exploded in Tartar on Saturday."
    assert figures(text) == [(Metric.MINE_INJURED, 1, Group.CHILDREN)]


def test_the_driver_of_a_vehicle_is_one_civilian() -> None:
    text = "The driver of a truck was killed when his vehicle ran over a mine in Aghdara."
    assert figures(text) == [(Metric.MINE_KILLED, 1, Group.CIVILIANS)]


def test_the_civilian_population_is_not_one_person() -> None:
    text = "A mine exploded in Aghdam on Monday; the civilian population was hurt by the blast."
    assert figures(text) == []


def test_one_person_restated_in_a_later_sentence_is_one_figure() -> None:
    text = (
        "A soldier was injured by a mine in Lachin district on Monday. "
        "The soldier was injured in the leg and taken to hospital."
    )
    assert figures(text) == [(Metric.MINE_INJURED, 1, Group.MILITARY)]


def test_two_incidents_in_two_places_are_two_figures() -> None:
    text = (
        "A civilian was injured by a mine in Aghdam on Monday. "
        "On Sunday, a civilian was injured by a mine in Fuzuli."
    )
    found = extract(text, lang="en", published=PUB)
    assert [f.place for f in found] == ["Aghdam", "Fuzuli"]


def test_of_these_breaks_down_the_previous_sentence_s_total() -> None:
    text = (
        "Since August 2022, a total of 3,512 landmines have been found in Lachin district. "
        "Of these, 2,970 were anti-personnel mines."
    )
    found = extract(text, lang="en", published=PUB)
    assert [(f.metric, f.value, f.group, f.since, f.place) for f in found] == [
        (Metric.MINES_FOUND, 3512, Group.ALL, "2022-08", "Lachin"),
        (Metric.MINES_FOUND, 2970, Group.ANTI_PERSONNEL, "2022-08", "Lachin"),
    ]


def test_the_period_of_a_month_s_day_range_gives_since_and_until() -> None:
    text = "During the period of March 14-20, 2024, 93 anti-personnel mines were found."
    (figure,) = extract(text, lang="en", published="2024-03-21")
    assert (figure.since, figure.until, figure.scope) == (
        "2024-03-14",
        "2024-03-20",
        Scope.CUMULATIVE,
    )


def test_others_after_a_group_count_are_more_of_that_group():
    found = extract(
        "Since the war ended, 7 deminers have died in mine blasts and 19 others were wounded.",
        lang="en",
        published=PUB,
    )
    assert [(f.metric, f.value, f.group) for f in found] == [
        (Metric.MINE_KILLED, 7, Group.DEMINERS),
        (Metric.MINE_INJURED, 19, Group.DEMINERS),
    ]


def test_the_number_of_a_participle_counts_what_the_participle_names():
    found = extract(
        "A shepherd died after stepping on a mine near Tartar on Sunday. "
        "The number of wounded now stands at three.",
        lang="en",
        published=PUB,
    )
    assert [(f.metric, f.value) for f in found] == [
        (Metric.MINE_KILLED, 1),
        (Metric.MINE_INJURED, 3),
    ]
