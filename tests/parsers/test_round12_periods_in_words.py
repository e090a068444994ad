"""A sentence whose only numbers are words is still searched for a report's loose period."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Scope

PUB = "2025-03-17"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("az", "Ötən həftə Ağdamda yüzdən artıq mina aşkarlanıb."),
        ("ru", "За прошедшую неделю в Агдаме обнаружено более ста мин."),
        ("en", "Over a hundred mines were defused in Aghdam last week."),
    ],
)
def test_a_week_said_in_words_dates_a_count_said_in_words(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.value, f.scope, f.since) for f in figures] == [(100, Scope.CUMULATIVE, "2025-03-10")]


def test_a_month_said_in_words_leaves_a_blast_one_event() -> None:
    text = "В январе в том же районе двое граждан были ранены при подрыве на мине."
    figures = extract(text, lang="ru", published=PUB)
    assert [(f.value, f.scope) for f in figures] == [(2, Scope.INCIDENT)]
