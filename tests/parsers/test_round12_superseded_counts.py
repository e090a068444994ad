"""A correction's superseded count ("earlier reported as 45") is no current figure."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Metric

PUB = "2025-10-03"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Since November 2020, 53 people have been killed by mines, the agency said, "
            "updating the toll earlier reported as 51.",
        ),
        ("en", "Since 2020, 53 people have been killed by mines (previously given as 51)."),
        ("ru", "С 2020 года от мин погибли 53 человека, а не 51, как сообщалось ранее."),
        ("ru", "С 2020 года от мин погибли 53 человека (ранее сообщалось о 51)."),
        (
            "az",
            "2020-ci ildən bəri minalardan 53 nəfər həlak olub, daha əvvəl 51 nəfər "
            "olduğu bildirilmişdi.",
        ),
    ],
)
def test_only_the_corrected_count_is_a_figure(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [f.value for f in figures] == [53]


def test_a_count_first_found_is_no_superseded_count() -> None:
    text = "Deminers first found 51 mines near the road, then 12 more in the village."
    figures = extract(text, lang="en", published=PUB)
    assert [f.value for f in figures] == [51, 12]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "APA reported four people killed in the mine blast near Aghdam. "
            "The ministry later said three people were killed.",
        ),
        (
            "en",
            "Earlier, APA reported that four people were killed in the mine blast. "
            "The number of dead now stands at three.",
        ),
        (
            "ru",
            "Ранее APA сообщало о четырех погибших при взрыве мины. "
            "Позднее министерство уточнило, что погибли трое.",
        ),
    ],
)
def test_a_blasts_count_a_later_correction_replaces_is_dropped(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.MINE_KILLED, 3)]


def test_a_later_confirmation_of_another_harm_keeps_the_first_count() -> None:
    text = (
        "Four people were injured in the mine blast near Aghdam. "
        "The ministry later said one person was killed."
    )
    figures = extract(text, lang="en", published=PUB)
    assert sorted((f.metric, f.value) for f in figures) == [
        (Metric.MINE_INJURED, 4),
        (Metric.MINE_KILLED, 1),
    ]
