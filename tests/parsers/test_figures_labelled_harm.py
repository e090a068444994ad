"""A count broken down in brackets by labelled cells: "41 nəfər (həlak – 9, yaralı – 32)".

The word before each bare cell says which harm it counts, the count before the brackets is
the victims of both, and a list's lines may be labelled by the period they count over.
"""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Metric

PUB = "2025-02-01"


def test_lines_of_a_list_labelled_by_period_are_read() -> None:
    text = (
        "Hesabat\n\n"
        "Ötən il minalardan 70 nəfər zərər çəkib, onlardan 14-ü həlak olub.\n"
        "Mina qurbanlarının illər üzrə bölgüsü belədir:\n"
        "2022-ci il: 45 nəfər (həlak - 7, yaralı - 38)\n"
        "2023-cü il: 25 nəfər (həlak - 6, yaralı - 19)\n"
    )
    figures = extract(text, lang="az", published=PUB)
    lines = [(f.metric, f.value, f.since) for f in figures if f.value not in (70, 14)]
    assert lines == [
        (Metric.MINE_VICTIMS, 45, "2022"),
        (Metric.MINE_KILLED, 7, "2022"),
        (Metric.MINE_INJURED, 38, "2022"),
        (Metric.MINE_VICTIMS, 25, "2023"),
        (Metric.MINE_KILLED, 6, "2023"),
        (Metric.MINE_INJURED, 19, "2023"),
    ]
