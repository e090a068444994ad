"""A correction's superseded count ("earlier reported as 45") is no current figure."""

from __future__ import annotations

import pytest

from parsers.figures import extract

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
