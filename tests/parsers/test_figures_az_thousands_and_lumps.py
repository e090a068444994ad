"""az "5 min 902" is one number (thousands in a word, the rest in digits); "mina və PHS"
lumps mines with ordnance, and the mines a later sentence splits out of it were found."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric
from parsers.numbers import find_numbers

PUB = "2024-04-02"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Ay ərzində 7 min 315 hektar ərazi təmizlənib.", [7315]),
        (
            "Onlardan 31 min 208-i piyada əleyhinə, 9 min 46-sı tank əleyhinə minadır.",
            [31208, 9046],
        ),
        ("Ərazidə 4 min 2023-cü ildə aşkarlanıb.", [4000]),
        ("Ərazidə 4 min, 250 isə sonra aşkarlanıb.", [4000, 250]),
        ("Ərazidə 4 mindən 250-si aşkarlanıb.", [4000, 250]),
    ],
)
def test_thousands_then_the_rest_is_one_number(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text, "az")] == values


def test_the_area_of_thousands_and_the_rest_is_read_whole() -> None:
    text = "Ay ərzində 7 min 315 hektardan çox ərazi minalardan təmizlənib."
    assert [f.value for f in extract(text, lang="az", published=PUB)] == [7315]


@pytest.mark.parametrize(
    "text",
    [
        "Bu il 9 min ədəddən artıq mina və PHS aşkar edilərək zərərsizləşdirilib.",
        "Bu il 9 min ədəddən çox mina və partlamamış hərbi sursatı zərərsizləşdirilib.",
    ],
)
def test_mines_lumped_with_ordnance_are_ordnance(text: str) -> None:
    assert [f.metric for f in extract(text, lang="az", published=PUB)] == [Metric.UXO_FOUND]


def test_the_mines_split_out_of_a_lumped_count_were_found() -> None:
    text = (
        "Başlıq\n\nBu il 9 min ədəddən artıq mina və PHS aşkar edilərək zərərsizləşdirilib. "
        "Onlardan 3 410-u piyada əleyhinə, 1 095-i tank əleyhinə minadır."
    )
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.UXO_FOUND, 9000, Group.ALL),
        (Metric.MINES_FOUND, 3410, Group.ANTI_PERSONNEL),
        (Metric.MINES_FOUND, 1095, Group.ANTI_TANK),
    ]


def test_of_these_breaks_a_count_of_mines_down() -> None:
    text = (
        "Başlıq\n\n2019-2023-cü illərdə cəmi 41 200 mina zərərsizləşdirilib. "
        "Bunların 12 640-ı tank əleyhinə, 28 560-ı piyada əleyhinə minalardır."
    )
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINES_FOUND, 41200, Group.ALL),
        (Metric.MINES_FOUND, 12640, Group.ANTI_TANK),
        (Metric.MINES_FOUND, 28560, Group.ANTI_PERSONNEL),
    ]
