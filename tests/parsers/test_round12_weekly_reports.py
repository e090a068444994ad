"""A weekly report's counts are totals over its week, not single finds."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Scope

PUB = "2025-03-17"  # a Monday: the week before runs from the 10th


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Over the past week, ANAMA deminers detected 61 anti-tank mines in Khojavend."),
        ("en", "Last week, sappers neutralized 61 anti-tank mines in Khojavend."),
        ("ru", "За прошедшую неделю в Ходжавенде обезврежено 61 противотанковая мина."),
        ("ru", "На прошлой неделе саперы обнаружили в Ходжавенде 61 противотанковую мину."),
        ("az", "Ötən həftə Xocavənddə 61 tank əleyhinə mina aşkarlanıb."),
    ],
)
def test_the_past_week_is_the_seven_days_before_publication(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.scope, f.since) for f in figures] == [(61, Scope.CUMULATIVE, "2025-03-10")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "This week, 38 mines were found in the villages of Lachin."),
        ("ru", "На этой неделе в селах Лачина найдено 38 мин."),
        ("ru", "В течение недели в селах Лачина найдено 38 мин."),
        ("ru", "Еженедельная сводка АНАМА: в Лачине найдено 38 мин"),
        ("az", "Bu həftə Laçın kəndlərində 38 mina tapılıb."),
    ],
)
def test_a_count_over_this_week_is_a_total(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.scope) for f in figures] == [(38, Scope.CUMULATIVE)]


def test_the_last_week_of_a_month_named_is_no_past_week() -> None:
    text = "In the last week of February, 38 mines were found in the villages of Lachin."
    figures = extract(text, lang="en", published=PUB)
    assert [f.since for f in figures] != ["2025-03-10"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "За неделю обезврежено 208 мин\n\n"
            "С 10 по 16 марта в Физули обнаружено 75 противопехотных мин.",
        ),
        (
            "en",
            "ANAMA: 208 mines neutralized last week\n\n"
            "From 10 to 16 March, ANAMA teams found 75 anti-personnel mines in Fuzuli.",
        ),
    ],
)
def test_a_headlines_week_is_the_range_the_body_states(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.since, f.until) for f in figures] == [
        (208, "2025-03-10", "2025-03-16"),
        (75, "2025-03-10", "2025-03-16"),
    ]


def test_a_headlines_year_stays_its_own_when_the_body_gives_no_range() -> None:
    text = "В 2024 году обезврежено 20 000 мин\n\nСаперы работали во всех районах."
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.value, f.since) for f in figures] == [(20000, "2024")]


@pytest.mark.parametrize(
    ("lang", "text", "since", "until"),
    [
        (
            "en",
            "ANAMA releases weekly results\n\n"
            "During the week of March 10-16, ANAMA neutralized 208 mines.\n\n"
            "In particular, 75 anti-personnel mines were found in Fuzuli.",
            "2025-03-10",
            "2025-03-16",
        ),
        (
            "en",
            "ANAMA releases weekly results\n\n"
            "Over the past week, ANAMA neutralized 208 mines.\n\n"
            "In particular, 75 anti-personnel mines were found in Fuzuli.",
            "2025-03-10",
            None,
        ),
        (
            "ru",
            "АНАМА: итоги недели\n\n"
            "За прошедшую неделю обнаружено 208 мин.\n\n"
            "В частности, в Физули найдено 75 противопехотных мин.",
            "2025-03-10",
            None,
        ),
    ],
)
def test_a_weekly_reports_district_counts_are_totals_over_its_week(
    lang: str, text: str, since: str, until: str | None
) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.scope, f.since, f.until) for f in figures] == [
        (208, Scope.CUMULATIVE, since, until),
        (75, Scope.CUMULATIVE, since, until),
    ]


def test_a_monthly_reports_district_counts_are_totals_over_its_month() -> None:
    text = (
        "ANAMA fevralın nəticələrini açıqlayıb\n\n"
        "Fevral ayında 1120 mina zərərsizləşdirilib.\n\n"
        "Belə ki, Füzulidə 400 mina aşkarlanıb."
    )
    figures = extract(text, lang="az", published=PUB)
    assert [(f.value, f.scope, f.since) for f in figures] == [
        (1120, Scope.CUMULATIVE, "2025-02"),
        (400, Scope.CUMULATIVE, "2025-02"),
    ]
