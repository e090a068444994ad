"""en: a year of birth is no period; a report's week and the past month are periods."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Group, Metric, Scope

PUB = "2025-03-18"


def found(text: str) -> list[tuple[Metric, int, Group, Scope, str | None]]:
    figures = extract(text, lang="en", published=PUB)
    return [(f.metric, f.value, f.group, f.scope, f.since) for f in figures]


def test_a_year_of_birth_does_not_make_one_victim_a_total() -> None:
    text = (
        "Blast in Aghdam\n\nA resident of Aghdam district, Elvin Mammadov, born in 1990, was "
        "seriously injured after stepping on a mine near Shikhbabali."
    )
    assert found(text) == [(Metric.MINE_INJURED, 1, Group.CIVILIANS, Scope.INCIDENT, None)]


def test_the_week_of_a_range_of_days_dates_a_report() -> None:
    text = "ANAMA weekly\n\nDuring the week of 10-16 March 2025, 312 mines were detected."
    assert found(text) == [(Metric.MINES_FOUND, 312, Group.ALL, Scope.CUMULATIVE, "2025-03-10")]


def test_over_the_past_month_is_the_month_before_publication() -> None:
    text = "Kalbajar\n\nIn Kalbajar, ANAMA specialists discovered 1,256 mines over the past month."
    assert found(text) == [(Metric.MINES_FOUND, 1256, Group.ALL, Scope.CUMULATIVE, "2025-02")]
