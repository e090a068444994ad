"""In a report on mines worldwide, another country's "casualties" are casualties of mines."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Metric

PUB = "2023-11-16"

BODY = (
    "The report counts 4,710 casualties of mines and explosive remnants of war worldwide in "
    "2022.\n\n"
    "Syria again recorded the highest number of casualties, with 834. In Ukraine, the Monitor "
    "documented 608 casualties in 2022."
)


def counted(text: str) -> list[tuple[Metric, int, str | None]]:
    figures = extract(text, lang="en", published=PUB)
    return [(f.metric, f.value, f.country) for f in figures]


def test_the_next_paragraphs_country_casualties_are_mine_victims() -> None:
    text = "Landmine Monitor: mine casualties rise worldwide\n\n" + BODY
    assert counted(text)[1:] == [
        (Metric.MINE_VICTIMS, 834, "Syria"),
        (Metric.MINE_VICTIMS, 608, "Ukraine"),
    ]


def test_under_a_headline_not_about_mines_the_casualties_stay_unread() -> None:
    text = "Global report on conflicts published\n\n" + BODY
    assert [value for _, value, _ in counted(text)] == [4710]


def test_casualties_of_a_country_after_a_paragraph_without_victims_stay_unread() -> None:
    text = (
        "Landmine Monitor: mine casualties rise worldwide\n\n"
        "The report was presented in Geneva on Thursday.\n\n"
        "Syria recorded the highest number of casualties, with 834."
    )
    assert counted(text) == []


def test_the_civilian_victims_are_no_one_civilian() -> None:
    text = "Blast\n\nOn Monday the civilian victims of the mine blast were taken to hospital."
    assert counted(text) == []
