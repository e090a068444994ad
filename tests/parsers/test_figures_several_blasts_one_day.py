"""Several blasts told together, summed over the day they happened on, are a total over
that day (since = until = the day); one blast on a day stays an incident."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

_PUBLISHED = "2024-03-05"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On March 3, mine blasts in the Lachin and Fuzuli districts wounded five people: in "
            "one case two shepherds, in the other three road workers.",
        ),
        ("en", "On 3 March, two mine explosions in Lachin and Fuzuli injured five people."),
        (
            "ru",
            "3 марта в результате двух взрывов мин в Лачинском и Физулинском районах ранения "
            "получили пять человек: в одном случае два пастуха, в другом три дорожных рабочих.",
        ),
        (
            "az",
            "Martın 3-də Laçın və Füzuli rayonlarında baş verən iki mina partlayışı nəticəsində "
            "beş nəfər yaralanıb.",
        ),
        ("en", "Five people were injured in two mine explosions in Lachin and Fuzuli on March 3."),
        (
            "ru",
            "3 марта в Лачинском и Физулинском районах в результате подрывов на минах ранены "
            "пять человек.",
        ),
        (
            "az",
            "3 mart tarixində Laçın və Füzulidə baş verən mina partlayışları nəticəsində 5 nəfər "
            "yaralanıb.",
        ),
    ],
)
def test_blasts_of_one_day_summed_are_a_total_over_that_day(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=_PUBLISHED)
    [total] = [f for f in figures if f.value == 5]
    assert (total.metric, total.scope, total.since, total.until) == (
        Metric.MINE_INJURED,
        Scope.CUMULATIVE,
        "2024-03-03",
        "2024-03-03",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On March 3, mine blasts in the Lachin and Fuzuli districts wounded five people: in "
            "one case two shepherds, in the other three road workers.",
        ),
        (
            "ru",
            "3 марта в результате двух взрывов мин в Лачинском и Физулинском районах ранения "
            "получили пять человек: в одном случае два пастуха, в другом три дорожных рабочих.",
        ),
    ],
)
def test_which_blast_is_no_count(lang: str, text: str) -> None:
    values = sorted(int(f.value) for f in extract(text, lang=lang, published=_PUBLISHED))
    assert values == [2, 3, 5]


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, a shepherd was injured by a mine in Aghdam.",
        "On March 3, two shepherds were injured by a mine in Aghdam.",
        "On March 3, mine blasts in Aghdam injured two shepherds.",
    ],
)
def test_one_blast_on_a_day_is_an_incident(text: str) -> None:
    [found] = extract(text, lang="en", published=_PUBLISHED)
    assert (found.scope, found.since, found.until) == (Scope.INCIDENT, None, None)


def test_one_blast_told_in_russian_stays_an_incident() -> None:
    [found] = extract(
        "3 марта в результате взрыва мины ранены два человека.", lang="ru", published=_PUBLISHED
    )
    assert (found.scope, found.since) == (Scope.INCIDENT, None)


def test_separate_blasts_on_a_day_not_told_stay_the_report_of_the_day() -> None:
    text = "Four servicemen and two civilians were killed in separate mine explosions on Tuesday."
    assert {f.scope for f in extract(text, lang="en", published=_PUBLISHED)} == {Scope.INCIDENT}
