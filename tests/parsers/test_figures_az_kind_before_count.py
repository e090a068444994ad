"""az weekly reports name the kind of mine before its count: "piyada əleyhinə 146, tank
əleyhinə 31 mina və 402 partlamamış hərbi sursat aşkarlanıb"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Group, Metric

PUB = "2023-05-15"


def test_each_count_takes_the_kind_named_before_it() -> None:
    text = (
        "Mayın 6-dan 12-dək aparılan tədbirlər zamanı piyada əleyhinə 57, tank əleyhinə 14 mina "
        "və 380 partlamamış hərbi sursat aşkarlanaraq zərərsizləşdirilib."
    )
    figures = extract(text, lang="az", published=PUB)
    assert [(f.metric, f.value, f.group) for f in figures] == [
        (Metric.MINES_FOUND, 57, Group.ANTI_PERSONNEL),
        (Metric.MINES_FOUND, 14, Group.ANTI_TANK),
        (Metric.UXO_FOUND, 380, Group.ALL),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ötən həftə 57 piyada əleyhinə və 14 tank əleyhinə mina aşkarlanıb.",
        "Ötən həftə 57 piyada əleyhinə mina, 14 tank əleyhinə mina aşkarlanıb.",
    ],
)
def test_the_kind_after_the_count_still_names_it(text: str) -> None:
    figures = extract(text, lang="az", published=PUB)
    assert [(f.value, f.group) for f in figures] == [
        (57, Group.ANTI_PERSONNEL),
        (14, Group.ANTI_TANK),
    ]
