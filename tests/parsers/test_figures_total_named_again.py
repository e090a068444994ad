"""A paragraph that opens by naming again the total the one before stated ("Of the 390
victims, 70 were killed") breaks that total down, over its period."""

from __future__ import annotations

from parsers.figures import extract
from parsers.models import Metric

PUB = "2024-05-20"


def found(text: str, lang: str = "en") -> list[tuple[Metric, int, str | None]]:
    return [(f.metric, f.value, f.since) for f in extract(text, lang=lang, published=PUB)]


def test_the_total_named_again_in_the_next_paragraph_is_broken_down() -> None:
    text = (
        "Since the end of the 2020 war, 390 people have become mine victims.\n\n"
        "Of the 390 victims, 70 were killed."
    )
    assert found(text) == [
        (Metric.MINE_VICTIMS, 390, "2020-11-10"),
        (Metric.MINE_KILLED, 70, "2020-11-10"),
    ]


def test_another_total_of_no_mine_is_not_read() -> None:
    text = (
        "Since the end of the 2020 war, 390 people have become mine victims.\n\n"
        "Of the 500 victims of the war, 70 were killed."
    )
    assert found(text) == [(Metric.MINE_VICTIMS, 390, "2020-11-10")]


def test_out_of_a_total_in_the_next_paragraph_keeps_the_period() -> None:
    text = (
        "Since the end of the 2020 war, 390 people have become mine victims.\n\n"
        "248 out of 349 mine victims were hurt outside the former front line."
    )
    assert [since for _, _, since in found(text)] == ["2020-11-10"] * 3


def test_the_total_named_again_takes_its_own_span_not_the_year_of_telling() -> None:
    text = (
        "In 2023, ANAMA said, 390 people had become mine victims since the war. Of the 390 "
        "victims, 70 were killed."
    )
    assert found(text) == [
        (Metric.MINE_VICTIMS, 390, "2020-11-10"),
        (Metric.MINE_KILLED, 70, "2020-11-10"),
    ]


def test_ru_a_part_out_of_a_total_keeps_the_period_before() -> None:
    text = (
        "После окончания войны 2020 года жертвами мин стали 390 человек. 248 из 349 "
        "пострадавших мирных жителей получили ранения за пределами бывшей линии фронта."
    )
    assert [(v, since) for _, v, since in found(text, "ru")] == [
        (390, "2020-11-10"),
        (248, "2020-11-10"),
        (349, "2020-11-10"),
    ]
