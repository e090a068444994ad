"""Russian counts near mine words that are not mine figures, and a headline's one incident."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.models import Metric, Scope

PUB = "2024-09-27"


_read = figure_reader("metric", "value", "scope", lang="ru", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Накануне скончался сотрудник ANAMA, пострадавший в дорожно-транспортном происшествии.",
        "Два сапера получили травмы в ДТП на трассе Агдам – Физули.",
        "Выплаты назначены 215 семьям погибших и пострадавших от мин.",
        "Азербайджан остается одной из наиболее пострадавших от мин стран мира.",
        "Страна входит в число государств, одним из самых пострадавших от мин.",
    ],
)
def test_not_a_mine_figure(text: str) -> None:
    assert _read(text) == []


def test_a_headline_naming_one_mine_incident_counts_its_victims() -> None:
    text = (
        "Минный инцидент в Агдаме: двое пострадавших\n"
        "С 10 ноября 2020 года жертвами мин стали 420 человек. "
        "Сегодня у села Гиясли на мине подорвались двое рабочих, оба получили ранения."
    )
    assert (Metric.MINE_VICTIMS, 2, Scope.CUMULATIVE) not in _read(text)
