"""az page chrome and land not cleared: other articles' headlines under "Bölməyə aid digər
xəbərlər", "KOMMENTLƏR" or a news feed's "14:26 / 02-04-2024" stamp are not this text's
figures; land counted as contaminated or as a target is not land cleared."""

from __future__ import annotations

import pytest

from parsers.figures import extract

PUB = "2024-07-15"

_BODY = "Bu gün Xocavənd rayonunda minaya düşən sakin yaralanıb.\n\n"


def _values(text: str) -> list[int | float]:
    return [f.value for f in extract(text, lang="az", published=PUB)]


@pytest.mark.parametrize(
    "heading", ["Bölməyə aid digər xəbərlər", "KOMMENTLƏR", "Kateqoriyaya aid xəbərlər"]
)
def test_headlines_under_a_tail_heading_are_not_read(heading: str) -> None:
    text = f"{_BODY}{heading}\nÖtən həftə 870 hektardan çox ərazi minalardan təmizlənib\n"
    assert _values(text) == [1]


def test_a_news_feed_line_under_a_time_and_date_stamp_is_not_read() -> None:
    text = f"{_BODY}Xəbərlər\n09:12 / 11-07-2024 Kəlbəcərdə daha 64 mina aşkarlandı\n"
    assert _values(text) == [1]


@pytest.mark.parametrize(
    "text",
    [
        "İlkin qiymətləndirməyə görə, 8 min kvadrat kilometr ərazi minalarla çirklənmiş hesab olunur.",
        "Bu il ən azı 45 min hektar ərazinin təmizlənməsini hədəfləyirik.",
    ],
)
def test_land_contaminated_or_targeted_is_not_cleared(text: str) -> None:
    assert _values(text) == []


def test_land_cleared_beside_the_contaminated_rest_is_cleared() -> None:
    text = "Ötən il 9 min hektar ərazi təmizlənib, lakin bu çirklənmiş sahənin kiçik hissəsidir."
    assert _values(text) == [9000]
