"""A world report's year holds for the countries it ranks; "ahead of Syria with 933" is Syria's."""

from __future__ import annotations

import pytest

from parsers.figures import extract

PUB = "2024-11-20"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In 2023, mines and explosive remnants killed or injured 5,757 people worldwide. "
            "Myanmar recorded 1,003 casualties.",
        ),
        (
            "ru",
            "В 2023 году в мире жертвами мин стали 5757 человек. "
            "Больше всего пострадавших в Мьянме — 1003.",
        ),
    ],
)
def test_a_country_counted_after_a_world_year_is_counted_over_that_year(
    lang: str, text: str
) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.since, f.country is not None) for f in figures] == [
        (5757, "2023", False),
        (1003, "2023", True),
    ]


def test_a_country_counted_after_a_running_total_keeps_only_its_own_period() -> None:
    text = (
        "Since November 2020, 390 Azerbaijanis have become mine victims. "
        "In Ukraine, 580 people were hurt by mines."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.since) for f in figures] == [(390, "2020-11-10"), (580, None)]


def test_the_country_ranked_behind_has_the_count_after_with() -> None:
    text = (
        "In 2023, mines killed or injured 5,757 people worldwide. "
        "Myanmar recorded 1,003 casualties, ahead of Syria with 933."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.country) for f in figures][1:] == [(1003, "Myanmar"), (933, "Syria")]


def test_a_country_only_compared_with_is_not_the_countrys_count() -> None:
    text = (
        "In 2023, mines killed or injured 5,757 people worldwide. "
        "Myanmar recorded 1,003 casualties, more than Syria."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [(f.value, f.country) for f in figures][1:] == [(1003, "Myanmar")]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, Myanmar recorded the highest number of mine casualties, 1,003, "
        "ahead of Syria with 933.",
        "In 2023, Myanmar recorded the highest number of mine casualties: 1,003.",
    ],
)
def test_a_count_set_off_after_the_number_of_counts_that_noun(text: str) -> None:
    figures = extract(text, lang="en", published=PUB)
    assert (figures[0].value, figures[0].country) == (1003, "Myanmar")
