"""A report that goes period by period: each paragraph's own period and its victims."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

SERIES = (
    "Since November 10, 2020, a total of 180 people have become victims of mines.\n"
    "From November 10, 2020 to December 31, 2021, 90 people became victims of mine blasts.\n"
    "From January 1 to December 31, 2022, 60 people suffered. 15 were killed and 45 "
    "were injured.\n"
    "In 2023, 30 people were affected: 5 killed, 25 wounded.\n"
)


def _people(text: str) -> set[tuple[Metric, int, str | None, str | None]]:
    return {
        (f.metric, f.value, f.since, f.until)
        for f in extract(text, lang="en", published="2024-02-01")
        if f.group is Group.ALL
    }


@pytest.mark.parametrize(
    "figure",
    [
        (Metric.MINE_VICTIMS, 60, "2022-01-01", "2022-12-31"),
        (Metric.MINE_KILLED, 15, "2022-01-01", "2022-12-31"),
        (Metric.MINE_INJURED, 45, "2022-01-01", "2022-12-31"),
        (Metric.MINE_VICTIMS, 30, "2023", "2023-12-31"),
        (Metric.MINE_KILLED, 5, "2023", "2023-12-31"),
        (Metric.MINE_INJURED, 25, "2023", "2023-12-31"),
    ],
)
def test_a_period_of_a_series_that_names_no_mines_is_read(
    figure: tuple[Metric, int, str | None, str | None],
) -> None:
    assert figure in _people(SERIES)


def test_a_paragraph_that_opens_with_no_period_is_no_part_of_the_series() -> None:
    text = SERIES + "Earlier, 12 people died when a bus overturned.\n"
    assert 12 not in {value for _, value, _, _ in _people(text)}


def test_a_period_after_no_mine_victims_is_no_part_of_a_series() -> None:
    text = "Teams found 400 mines last year.\nIn 2023, 30 people suffered in road accidents.\n"
    assert not [f for f in extract(text, lang="en") if f.value == 30]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Since the end of the war, mines have hit 121 people in Karabakh.", 121),
        ("In 2023, mines struck 40 people, the agency said.", 40),
    ],
)
def test_mines_that_hit_people_make_them_victims(text: str, value: int) -> None:
    [victims] = [f for f in extract(text, lang="en") if f.metric is Metric.MINE_VICTIMS]
    assert victims.value == value


def test_a_period_after_a_few_opening_words_goes_on_with_the_series() -> None:
    text = SERIES + "During the period from 1 January to 31 March 2024, 12 people were affected.\n"
    assert (Metric.MINE_VICTIMS, 12, "2024-01-01", "2024-03-31") in _people(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "From 1 January to 31 March 2024, 12 people were hit: 2 killed and 10 injured.",
        "From 1 January to 31 March 2024, the mine toll was 12 people, of whom 2 died.",
    ],
)
def test_the_people_hit_and_the_mine_toll_are_all_victims(sentence: str) -> None:
    assert (Metric.MINE_VICTIMS, 12, "2024-01-01", "2024-03-31") in _people(SERIES + sentence)


def test_a_remark_between_two_counts_keeps_them_about_mines() -> None:
    text = (
        "Since the war ended, more than 300 people have been killed or injured by mines. "
        "Sadly, this figure grows almost every week. Only last week, two people were killed "
        "and three were injured."
    )
    found = {(f.metric, int(f.value)) for f in extract(text, lang="en", published="2024-02-01")}
    assert {(Metric.MINE_KILLED, 2), (Metric.MINE_INJURED, 3)} <= found


def test_a_headline_since_war_ended_is_the_end_of_the_2020_war() -> None:
    [victims] = extract("Over 300 killed or injured by mines since war ended", lang="en")
    assert victims.since == "2020-11-10"


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("In the second half of 2023, 32 people became victims of mines.", "2023-07", "2023-12-31"),
        ("In the first half of 2023, 20 people became victims of mines.", "2023-01", "2023-06-30"),
    ],
)
def test_a_half_of_a_year_is_its_six_months(text: str, since: str, until: str) -> None:
    [victims] = extract(text, lang="en", published="2024-02-01")
    assert (victims.since, victims.until) == (since, until)


def test_the_parts_of_a_total_are_counted_over_the_total_s_span() -> None:
    text = (
        "Last week, deminers found 58 mines, the agency said.\n\n"
        "Between November 10, 2020, and October 12, 2023, 319 people were hurt or killed by "
        "mines. Of them, 63 were killed and 256 were injured."
    )
    periods = {
        (f.metric, int(f.value)): (f.since, f.until)
        for f in extract(text, lang="en", published="2023-10-16")
    }
    assert periods[(Metric.MINE_KILLED, 63)] == ("2020-11-10", "2023-10-12")
    assert periods[(Metric.MINE_INJURED, 256)] == ("2020-11-10", "2023-10-12")


@pytest.mark.parametrize(
    "text",
    [
        "Throughout the post-conflict period, 390 Azerbaijanis have become landmine victims.",
        "403 people have been killed or injured by landmines since the end of the Second "
        "Nagorno-Karabakh War in 2020.",
    ],
)
def test_more_ways_of_saying_since_the_2020_war(text: str) -> None:
    [victims] = extract(text, lang="en", published="2025-04-04")
    assert victims.since == "2020-11-10"


@pytest.mark.parametrize(
    ("text", "until"),
    [
        (
            "From the end of the war in 2020 to August 1 of this year, 404 people became "
            "victims of mines.",
            "2025-08-01",
        ),
        (
            "Between the end of the war in 2020 and June 30 of this year, 359 people became "
            "victims of mine explosions.",
            "2025-06-30",
        ),
    ],
)
def test_a_span_from_the_war_s_end_to_a_date(text: str, until: str) -> None:
    [victims] = extract(text, lang="en", published="2025-09-03")
    assert (victims.since, victims.until) == ("2020-11-10", until)


def test_a_range_of_two_dates_after_2020_stays_one_range() -> None:
    text = "Between November 10, 2020 and December 31, 2024, 382 people fell victim to mines."
    [victims] = extract(text, lang="en", published="2025-01-16")
    assert (victims.since, victims.until) == ("2020-11-10", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "since"),
    [
        (
            "Looking back to November 2020, 384 people in total have been hit by mines.",
            "2020-11-10",
        ),
        ("ANAMA's records going back to 1991 contain over 3,400 landmine victims.", "1991"),
        ("Over the last 30 years, 3,469 people have become victims of mines.", "1991"),
    ],
)
def test_totals_counted_back_to_a_date(text: str, since: str) -> None:
    [victims] = extract(text, lang="en", published="2025-09-03")
    assert victims.since == since
