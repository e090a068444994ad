"""Text as feeds and pages give it: lines hard-wrapped at a column, sentences run together."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Group, Metric
from parsers.sentences import unwrap

DISCLAIMER = (
    "Disclaimer: the distributor carries this content as supplied and gives no warranty as "
    "to its accuracy, completeness or legality, and accepts no liability for it whatsoever."
)

WRAPPED_WITH_DISCLAIMER = (
    "Landmine toll published\n"
    "BAKU, Azerbaijan, March 3. The mine agency said that a total of 140\n"
    "people have become victims of landmines in the liberated areas between\n"
    "November 10, 2020, and February 28, 2023, and that 31 of them died in\n"
    "explosions on roads, farmland and in villages of the region, it said.\n"
    "Clearance goes on.\n" + DISCLAIMER + "\n"
)


def test_an_unwrapped_disclaimer_does_not_hide_the_column_of_the_story() -> None:
    lines = unwrap(WRAPPED_WITH_DISCLAIMER).split("\n")
    assert lines[1].startswith("BAKU") and lines[1].endswith("it said.")


def test_a_headline_first_line_stays_apart() -> None:
    assert unwrap(WRAPPED_WITH_DISCLAIMER).split("\n")[0] == "Landmine toll published"


def test_a_text_of_long_paragraphs_is_not_taken_for_a_wrapped_one() -> None:
    paragraph = "Teams cleared the fields near the village and found mines. " * 4
    text = "Short line one\n" + (paragraph + "\n") * 4 + "Short line two\n"
    assert unwrap(text) == text


def test_sentences_a_page_ran_together_are_read_apart() -> None:
    text = (
        'The aide wrote on X."Mines keep hurting people," he said.An infographic puts the '
        "number of people hit by landmines since November 10, 2020 at 372.Earlier on Monday, "
        "a resident stepped on a mine in Aghdam."
    )
    [victims] = [
        f
        for f in extract(text, lang="en", published="2024-01-09")
        if f.metric.name == "MINE_VICTIMS"
    ]
    assert (victims.value, victims.since, victims.scope.value) == (372, "2020-11-10", "cumulative")


def test_a_title_case_headline_is_not_joined_to_the_byline_under_it() -> None:
    text = (
        "Three Injured In Mine Blast In Fuzuli Village\n"
        "date 2024-05-02 (Feed- Example) Three people were hurt on May 1 when a\n"
        "mine exploded in a field near the village, the agency reported today.\n"
    )
    assert unwrap(text).split("\n")[0] == "Three Injured In Mine Blast In Fuzuli Village"


WRAPPED_INCIDENT = (
    "Border guards hit a mine\n"
    "BAKU, May 3. At around 09:10 on May 2, a truck of the border service ran over\n"
    "an anti-tank mine on a newly laid road near the village of Sarijali in\n"
    "Aghdam district, the ministry said in a statement on its website today.\n"
    "The service said two servicemen died at the scene and three more were\n"
    "injured; the wounded were taken to the district hospital in the city.\n"
)


def test_a_wrapped_feed_s_next_line_goes_on_about_the_blast() -> None:
    found = {
        (f.metric, int(f.value), f.group, f.scope.value)
        for f in extract(WRAPPED_INCIDENT, lang="en", published="2024-05-03")
    }
    assert found == {
        (Metric.MINE_KILLED, 2, Group.MILITARY, "incident"),
        (Metric.MINE_INJURED, 3, Group.MILITARY, "incident"),
    }


def test_the_dead_of_the_fighting_are_no_mine_victims() -> None:
    text = (
        "A boy was killed by a mine near the former front line on Monday.\n\n"
        "The area saw heavy fighting in the 1990s, when some 30,000 people were killed."
    )
    assert 30000 not in {int(f.value) for f in extract(text, lang="en")}
