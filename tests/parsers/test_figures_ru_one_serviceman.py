"""One serviceman named by rank, and the harm the next sentence tells of that one victim."""

from __future__ import annotations

import pytest
from figure_helpers import figure_reader

from parsers.models import Group, Metric, Scope

PUB = "2022-06-15"


_read = figure_reader("metric", "value", "group", "scope", lang="ru", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Вчера тяжелое ранение при взрыве мины получил рядовой Али Мамедов.",
        "Утром на противотанковой мине подорвался лейтенант, он получил ранения.",
        "Ефрейтор Р. Гасанов получил ранение, наступив на противопехотную мину у высоты.",
    ],
)
def test_a_rank_names_one_serviceman(text: str) -> None:
    assert _read(text) == [(Metric.MINE_INJURED, 1, Group.MILITARY, Scope.INCIDENT)]


@pytest.mark.parametrize(
    "follow_up",
    [
        "Ему ампутировали стопу.",
        "Сержант получил травмы различной степени тяжести.",
    ],
)
def test_the_next_sentence_tells_what_befell_the_one_victim(follow_up: str) -> None:
    text = (
        "Сегодня у села Кенгерли подорвался на противопехотной мине военнослужащий "
        f"внутренних войск, сержант Ильхам Алиев.\n\n{follow_up}"
    )
    assert _read(text) == [(Metric.MINE_INJURED, 1, Group.MILITARY, Scope.INCIDENT)]


def test_media_workers_are_journalists() -> None:
    text = "С 2020 года на минах погибли 45 человек.\nСреди погибших – трое работников СМИ."
    assert _read(text)[-1] == (Metric.MINE_KILLED, 3, Group.JOURNALISTS, Scope.CUMULATIVE)
