"""Land cleared when the clearing is named as a noun: "demining", "minatəmizləmə işləri"."""

from __future__ import annotations

import pytest

from parsers.figures import extract
from parsers.models import Bound, Metric

PUB = "2025-03-17"


@pytest.mark.parametrize(
    ("lang", "text", "hectares"),
    [
        ("en", "In 2023, demining operations were conducted on 12,400 hectares in Aghdam.", 12400),
        ("en", "Demining was carried out on 5,300 hectares of land in Fuzuli in 2023.", 5300),
        ("en", "Last year demining work covered 3,400 hectares in the Fuzuli district.", 3400),
        (
            "az",
            "2023-cü ildə 1 200 hektar ərazidə minatəmizləmə əməliyyatları həyata keçirilib.",
            1200,
        ),
        (
            "az",
            "Ötən il Füzuli rayonunda 3 400 hektar ərazidə minatəmizləmə işləri icra olunub.",
            3400,
        ),
        ("az", "2024-cü ildə minatəmizləmə ən çox Qubadlıda (612,4 hektar) aparılıb.", 612.4),
        ("ru", "В 2023 году разминирование проведено на 4 500 га в Агдамском районе.", 4500),
    ],
)
def test_demining_done_as_a_noun_cleared_the_area(lang: str, text: str, hectares: float) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.AREA_CLEARED_HA, hectares)]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "en",
            "Of the demining work done in 2022, 812.5 ha fell to Shusha district, "
            "90.4 ha – Lachin district.",
            ["Shusha", "Lachin"],
        ),
        (
            "az",
            "2022-ci ildə aparılan minatəmizləmə işlərinin 812,5 hektarı Şuşa rayonunun, "
            "90,4 hektarı Laçın rayonunun payına düşüb.",
            ["Şuşa", "Laçın"],
        ),
        (
            "ru",
            "В 2022 году разминирование 812,5 га пришлось на Шушинский район, "
            "90,4 га – на Лачинский район.",
            ["Шушинский район", "Лачинский район"],
        ),
    ],
)
def test_a_district_list_of_the_demining_done(lang: str, text: str, places: list[str]) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.since, f.place) for f in figures] == [
        (Metric.AREA_CLEARED_HA, 812.5, "2022", places[0]),
        (Metric.AREA_CLEARED_HA, 90.4, "2022", places[1]),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Demining of 5,000 hectares is planned for 2026."),
        ("en", "The demining of 5,000 hectares will cost 50 million manats."),
        ("en", "Demining of the remaining 12,000 hectares could take 10 years."),
        ("en", "Around 12,000 square kilometres still require demining."),
        ("en", "Demining is needed on 800,000 hectares of agricultural land."),
        ("en", "The demining budget for 2024 covers 10,000 hectares."),
        ("az", "Hələ 12 min kvadrat kilometr ərazidə minatəmizləmə aparılmalıdır."),
        ("ru", "Разминирование оставшихся 7 000 гектаров продлится до 2027 года."),
    ],
)
def test_demining_still_to_do_is_no_land_cleared(lang: str, text: str) -> None:
    assert extract(text, lang=lang, published=PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "metric", "value"),
    [
        ("en", "Over 41,000 (41,212) hectares were cleared of mines since 2020.", "area", 41212),
        ("en", "About 2,000 (1,987) mines were defused in 2023.", "mines", 1987),
        ("ru", "Более 41 000 (41 212) гектаров очищено от мин.", "area", 41212),
        ("ru", "Около 41 тыс. (41 212) гектаров очищено от мин.", "area", 41212),
        ("az", "41 mindən çox (41 212) hektar ərazi minalardan təmizlənib.", "area", 41212),
        ("en", "More than 41 thousand (41,212) hectares were cleared.", "area", 41212),
    ],
)
def test_a_rounded_count_with_the_exact_one_in_brackets_is_the_exact_one(
    lang: str, text: str, metric: str, value: int
) -> None:
    figures = extract(text, lang=lang, published=PUB)
    expected = Metric.AREA_CLEARED_HA if metric == "area" else Metric.MINES_FOUND
    assert [(f.metric, f.value, f.bound) for f in figures] == [(expected, value, Bound.EXACT)]


def test_a_count_spelt_twice_keeps_its_bound() -> None:
    figures = extract("Over five (5) mines were found in Aghdam.", lang="en", published=PUB)
    assert [(f.value, f.bound) for f in figures] == [(5, Bound.AT_LEAST)]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "en",
            "In 2023, demining operations were carried out on a total of 45,200 hectares. The "
            "largest share fell to Aghdam (12,500 ha), followed by Fuzuli (9,800 ha).",
            ["Aghdam", "Fuzuli"],
        ),
        (
            "en",
            "In 2023, demining operations were carried out on 45,200 hectares. Of this, "
            "12,500 ha were in Aghdam and 9,800 ha in Fuzuli.",
            ["Aghdam", "Fuzuli"],
        ),
        (
            "az",
            "2023-cü ildə 45 200 hektar ərazidə minatəmizləmə işləri aparılıb. Bunun 12 500 "
            "hektarı Ağdamın, 9 800 hektarı Füzulinin payına düşür.",
            ["Ağdam", "Füzuli"],
        ),
        (
            "en",
            "In 2023, demining was carried out on 45,200 hectares. Aghdam – 12,500 ha, "
            "Fuzuli – 9,800 ha.",
            ["Aghdam", "Fuzuli"],
        ),
        (
            "az",
            "2023-cü ildə 45 200 hektar ərazidə minatəmizləmə aparılıb. Ağdamda – 12 500 "
            "hektar, Füzulidə – 9 800 hektar.",
            ["Ağdam", "Füzuli"],
        ),
    ],
)
def test_the_next_sentence_shares_the_demined_total_out(
    lang: str, text: str, places: list[str]
) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.since, f.place) for f in figures] == [
        (Metric.AREA_CLEARED_HA, 45200, "2023", None),
        (Metric.AREA_CLEARED_HA, 12500, "2023", places[0]),
        (Metric.AREA_CLEARED_HA, 9800, "2023", places[1]),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Of the demining work done in 2022:\n- Shusha district: 812.5 ha\n- Lachin district: 90.4 ha",
        ),
        (
            "az",
            "2022-ci ildə minatəmizləmə işləri aparılan ərazilər:\n- Şuşa rayonu – 812,5 hektar\n- Laçın rayonu – 90,4 hektar",
        ),
        (
            "ru",
            "Разминирование в 2022 году по районам:\n- Шушинский район – 812,5 га\n- Лачинский район – 90,4 га",
        ),
    ],
)
def test_a_list_under_the_demining_done_counts_land_cleared(lang: str, text: str) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.since) for f in figures] == [
        (Metric.AREA_CLEARED_HA, 812.5, "2022"),
        (Metric.AREA_CLEARED_HA, 90.4, "2022"),
    ]


def test_a_list_of_areas_planned_for_demining_is_no_land_cleared() -> None:
    text = "Areas planned for demining in 2025:\n- Shusha district: 812.5 ha\n- Lachin district: 90.4 ha"
    assert extract(text, lang="en", published=PUB) == []


def test_a_share_of_the_land_still_suspected_is_no_land_cleared() -> None:
    text = (
        "In 2023, 45,200 hectares were cleared. That is still a small share of the 12,000 "
        "square kilometres suspected to be contaminated."
    )
    figures = extract(text, lang="en", published=PUB)
    assert [f.value for f in figures] == [45200]


@pytest.mark.parametrize(
    ("lang", "text", "hectares"),
    [
        ("ru", "В марте ANAMA очистила 1 284 557 кв. м территории.", 128.4557),
        ("ru", "С 1998 года ANAMA очищено 27 840 112 кв. м территории.", 2784.0112),
        ("en", "Since 1998, ANAMA has cleared 27,840,112 sq. m of land.", 2784.0112),
        ("az", "2023-cü ildə 1 284 557 kv. m ərazi təmizlənib.", 128.4557),
    ],
)
def test_square_metres_abbreviated_with_a_dot(lang: str, text: str, hectares: float) -> None:
    figures = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value) for f in figures] == [(Metric.AREA_CLEARED_HA, hectares)]
