"""An incident count told again later with its group ("Еще пятеро рабочих ...") is one figure."""

from __future__ import annotations

from figure_helpers import figure_reader

from parsers.models import Group, Metric, Scope

_read = figure_reader("metric", "value", "group", "scope", lang="ru", published="2022-10-05")


def test_the_later_group_names_the_earlier_count() -> None:
    text = (
        "Сегодня в Лачинском районе микроавтобус наехал на противотанковую мину. "
        "Пятеро ранены, сообщает прокуратура. "
        "Пятеро рабочих госпитализированы с телесными повреждениями различной степени тяжести."
    )
    assert _read(text) == [(Metric.MINE_INJURED, 5, Group.CIVILIANS, Scope.INCIDENT)]


def test_a_different_count_stays_its_own() -> None:
    text = (
        "Сегодня в Лачинском районе микроавтобус наехал на противотанковую мину. "
        "Пятеро ранены, сообщает прокуратура. "
        "Трое рабочих госпитализированы с телесными повреждениями."
    )
    assert _read(text) == [
        (Metric.MINE_INJURED, 5, Group.ALL, Scope.INCIDENT),
        (Metric.MINE_INJURED, 3, Group.CIVILIANS, Scope.INCIDENT),
    ]
