"""az spans of days and months: "2021-ci ilin 1 martından 2023-cü ilin 15 mayınadək", "2023-cü
ilin mart ayında"; a total over one is counted from its first day to its last."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.models import Scope

PUB = "2025-03-10"


_spans = figure_reader("scope", "since", "until", lang="az", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "2019-2023-cü illərdə cəmi 41 200 mina zərərsizləşdirilib.",
        "2019-2023-cü illər ərzində cəmi 41 200 mina zərərsizləşdirilib.",
    ],
)
def test_a_span_of_years_counts_from_the_first_to_the_last(text: str) -> None:
    assert [(s, since) for s, since, _ in _spans(text)] == [(Scope.CUMULATIVE, "2019")]


def test_a_span_of_years_makes_the_next_paragraphs_counts_totals() -> None:
    text = (
        "Başlıq\n\n2019-2023-cü illərdə cəmi 41 200 mina zərərsizləşdirilib.\n"
        "Füzulidə 12 105, Cəbrayılda isə 8 004 mina zərərsizləşdirilib."
    )
    assert {scope for scope, _, _ in _spans(text)} == {Scope.CUMULATIVE}
