"""Interview answers: a count over "this period" is a total over the last period stated."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric, Scope

PUB = "2026-03-10"


def found(text: str, lang: str) -> list[tuple[Metric, int, Scope, str | None]]:
    figures = extract(text, lang=lang, published=PUB)
    return [(f.metric, f.value, f.scope, f.since) for f in figures]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Интервью\n\n— Каковы итоги года?\n\n— В 2025 году мы нашли 21 640 мин.\n\n"
            "— Сколько людей пострадало от мин за этот период?\n\n— К сожалению, 38 человек.",
        ),
        (
            "en",
            "Interview\n\n- What were last year's results?\n\n- In 2025 we found 21,640 mines.\n\n"
            "- How many people were hurt by mines over this period?\n\n- Sadly, 38 people.",
        ),
    ],
)
def test_an_answer_on_this_period_counts_over_the_period_stated_before(
    lang: str, text: str
) -> None:
    assert found(text, lang)[-1] == (Metric.MINE_VICTIMS, 38, Scope.CUMULATIVE, "2025")


@pytest.mark.parametrize(
    "text",
    [
        "Итоги\n\nВ 2025 году от мин пострадал 41 человек. Погибли девять из них.",
        "Итоги\n\nВ 2025 году от мин пострадал 41 человек. Из них погибли девять.",
    ],
)
def test_ru_a_singular_verb_before_a_numeral_ending_in_one_counts_victims(text: str) -> None:
    assert found(text, "ru") == [
        (Metric.MINE_VICTIMS, 41, Scope.CUMULATIVE, "2025"),
        (Metric.MINE_KILLED, 9, Scope.CUMULATIVE, "2025"),
    ]


def test_ru_one_resident_who_suffered_stays_injured() -> None:
    text = "Взрыв\n\nВчера при взрыве мины пострадал житель села."
    assert [(m, v) for m, v, _, _ in found(text, "ru")] == [(Metric.MINE_INJURED, 1)]
