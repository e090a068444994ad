"""Mines laid: the laying verb of a count's own clause, and periods of other, earlier wars."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2024-09-12"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "ru",
            "Армения заложила в Карабахе около 1,2 млн мин, и их обезвреживание займет годы.",
            1_200_000,
        ),
        (
            "ru",
            "За годы оккупации было установлено свыше 800 тысяч мин, а разминирование идет "
            "медленно.",
            800_000,
        ),
        (
            "en",
            "Armenia planted about 1.2 million mines in Karabakh, and finding them all will take "
            "decades.",
            1_200_000,
        ),
        (
            "az",
            "Ermənistan Qarabağda təxminən 1,2 milyon mina basdırıb, onların aşkar edilməsi "
            "illər çəkəcək.",
            1_200_000,
        ),
    ],
)
def test_a_laying_verb_in_the_counts_own_clause_makes_it_mines_laid(
    lang: str, text: str, value: int
) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.scope) for f in figures] == [
        (Metric.MINES_LAID, value, Scope.CUMULATIVE)
    ]


def test_a_finding_verb_in_the_counts_own_clause_keeps_it_mines_found() -> None:
    text = "Саперы обнаружили 1 200 мин, заложенных армянскими военными в 2021 году."
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.MINES_FOUND, 1200)]


@pytest.mark.parametrize(
    "text",
    [
        "В Хорватии после войны 1990-х годов было заложено около 90 тысяч мин.",
        "В Боснии после войны в начале 90-х было заложено около 90 тысяч мин.",
    ],
)
def test_ru_after_a_war_of_the_1990s_is_not_azerbaijans_2020_war(text: str) -> None:
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.metric, f.value, f.since) for f in figures] == [(Metric.MINES_LAID, 90_000, None)]
