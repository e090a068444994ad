"""A report's days written in figures ("(12.02.2024 – 18.02.2024)", "12.02-18.02.2024") are
its period: the counts after them are totals from the first day to the last."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "az",
            "ANAMA-nın həftəlik hesabatı (12.02.2024 – 18.02.2024) yayılıb. Füzuli, Ağdərə və "
            "Laçında 64 piyada əleyhinə mina, 19 tank əleyhinə mina aşkar edilib.",
        ),
        ("az", "12.02-18.02.2024 tarixlərində Füzulidə 64 piyada əleyhinə mina aşkar edilib."),
        (
            "en",
            "ANAMA's weekly report (12.02.2024 – 18.02.2024) was published. In Fuzuli, Aghdara "
            "and Lachin, 64 anti-personnel mines and 19 anti-tank mines were found.",
        ),
        ("en", "From 12.02-18.02.2024, 64 anti-personnel mines were found in Fuzuli."),
        ("en", "Between 12.02.2024 and 18.02.2024, deminers found 64 anti-personnel mines."),
        (
            "ru",
            "Опубликован еженедельный отчет ANAMA (12.02.2024 – 18.02.2024). В Физули, Агдере "
            "и Лачине обнаружено 64 противопехотные и 19 противотанковых мин.",
        ),
        ("ru", "С 12.02.2024 по 18.02.2024 в Физули обнаружено 64 противопехотные мины."),
        ("az", "12-18.02.2024 tarixlərində Füzulidə 64 mina aşkar edilib."),
        ("en", "From 12-18.02.2024, 64 anti-personnel mines were found in Fuzuli."),
        ("ru", "12–18.02.2024 в Физули обнаружено 64 мины."),
    ],
)
def test_numeric_dates_span_the_report(lang: str, text: str) -> None:
    found = [f for f in extract(text, lang=lang) if f.value == 64]
    assert [(f.metric, f.scope, f.since, f.until) for f in found] == [
        (Metric.MINES_FOUND, Scope.CUMULATIVE, "2024-02-12", "2024-02-18")
    ]


def test_a_range_across_the_new_year_starts_in_the_year_before() -> None:
    [found] = extract("From 28.12-03.01.2024, deminers found 64 mines in Fuzuli.", lang="en")
    assert (found.since, found.until) == ("2023-12-28", "2024-01-03")


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "az",
            "Həftə ərzində Füzuli, Ağdərə və Laçında 64 piyada əleyhinə mina aşkar edilib.",
            "Füzuli, Ağdərə və Laçın",
        ),
        (
            "en",
            "During the week, in Fuzuli, Aghdara and Lachin, 64 anti-personnel mines were found.",
            "Fuzuli, Aghdara and Lachin",
        ),
        (
            "ru",
            "За неделю в Физули, Агдере и Лачине обнаружено 64 противопехотные мины.",
            "Физули, Агдере и Лачине",
        ),
    ],
)
def test_a_count_over_listed_districts_is_placed_in_all_of_them(
    lang: str, text: str, place: str
) -> None:
    [found] = extract(text, lang=lang)
    assert found.place == place
