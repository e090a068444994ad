"""Russian figure extraction: one behaviour per case, written as ministries and agencies write."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2023-03-21"


figures = figure_reader("metric", "value", "group", lang="ru", published=PUB)


def only(text: str):
    found = extract(text, lang="ru", published=PUB)
    assert len(found) == 1, found
    return found[0]


def test_a_district_in_the_prepositional_case_is_the_place() -> None:
    figure = only("В Кельбаджарском районе на мине подорвался трактор, водитель получил ранения.")
    assert figure.place is not None and figure.place.startswith("Кельбаджарском")


# --- news-style texts: the rules a fresh set of articles asked for ---------------------------


def test_a_sentence_may_end_with_the_word_mines():
    found = extract(
        "Саперы обезвредили 300 мин. При взрыве мины погибли 2 человека.",
        lang="ru",
        published=PUB,
    )
    assert [(f.metric, f.value, f.quote[:6]) for f in found] == [
        (Metric.MINES_FOUND, 300, "Саперы"),
        (Metric.MINE_KILLED, 2, "При вз"),
    ]


def test_a_list_item_takes_the_verb_of_the_report_that_introduced_it():
    found = extract(
        "За май обезврежено 900 мин и 1 500 боеприпасов.\n"
        "По неделям:\n"
        "- 1–7 мая: 210 мин, 380 боеприпасов;\n",
        lang="ru",
        published="2023-06-02",
    )
    weekly = [(f.metric, f.value, f.since, f.until) for f in found if f.since == "2023-05-01"]
    assert weekly == [
        (Metric.MINES_FOUND, 210, "2023-05-01", "2023-05-07"),
        (Metric.UXO_FOUND, 380, "2023-05-01", "2023-05-07"),
    ]


def test_a_person_under_eighteen_by_age_is_a_child():
    assert figures("Его 14-летний сын подорвался на мине и получил ранения.")[0][2] is (
        Group.CHILDREN
    )
