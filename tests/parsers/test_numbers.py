"""find_numbers / parse_number: what sources write, per language, and what is not a count."""

from __future__ import annotations

import pytest

from parsers.numbers import NumberMatch, find_numbers, parse_number

# (lang, text, expected (text, value) pairs in order)
ENGLISH = [
    ("en", "A total of 2,728 mines were found.", [("2,728", 2728)]),
    ("en", "2 728 mines", [("2 728", 2728)]),
    ("en", "2\u00a0728 mines", [("2\u00a0728", 2728)]),
    ("en", "2\u202f728 mines", [("2\u202f728", 2728)]),
    ("en", "1.119 anti-personnel mines", [("1.119", 1119)]),
    ("en", "1.119.000 people", [("1.119.000", 1119000)]),
    ("en", "3,150.7 hectares", [("3,150.7", 3150.7)]),
    ("en", "400 000 mines", [("400 000", 400000)]),
    ("en", "a 3.5 km road", [("3.5", 3.5)]),
    ("en", "0.500 of them", [("0.500", 0.5)]),
    ("en", "1.2 million mines", [("1.2 million", 1200000)]),
    ("en", "1.200 million mines", [("1.200 million", 1200000)]),
    ("en", "1,200 million dollars", [("1,200 million", 1200000000)]),
    ("en", "2 thousand people", [("2 thousand", 2000)]),
    ("en", "400 mln manats", [("400 mln", 400000000)]),
    ("en", "forty-five people", [("forty-five", 45)]),
    ("en", "forty five people", [("forty five", 45)]),
    ("en", "three hundred and twelve", [("three hundred and twelve", 312)]),
    (
        "en",
        "two thousand seven hundred and twenty-eight mines",
        [("two thousand seven hundred and twenty-eight", 2728)],
    ),
    ("en", "Nineteen civilians", [("Nineteen", 19)]),
    ("en", "a hundred mines", [("a hundred", 100)]),
    ("en", "more than a million mines", [("a million", 1000000)]),
    ("en", "a dozen deminers", [("a dozen", 12)]),
    ("en", "two dozen deminers", [("two dozen", 24)]),
    ("en", "one of the deminers", [("one", 1)]),
    ("en", "five and six", [("five", 5), ("six", 6)]),
    ("en", "twenty-two thousand", [("twenty-two thousand", 22000)]),
    ("en", "one hundred and fifty thousand", [("one hundred and fifty thousand", 150000)]),
    ("en", "between 2020-2023", [("2020", 2020), ("2023", 2023)]),
    ("en", "14-20 March", [("14", 14), ("20", 20)]),
    ("en", "the 44-day war", [("44", 44)]),
    ("en", "5 injured, 6 killed", [("5", 5), ("6", 6)]),
]

ENGLISH_NOTHING = [
    "a serviceman was wounded",
    "someone and anyone",
    "no one was hurt",
    "hundreds of mines and thousands of shells",
    "PMN-2 and PMN-E",
    "TM-62 OZM-72 MON-50",
    "COVID-19",
    "#12",
    "the 3rd and 21st",
    "in the 1990s",
    "on 10.11.2020",
    "at 17:44",
    "on 2020-11-10",
    "call +994 12 492 55 55",
    "see https://mod.gov.az/news/12345-mines.html",
    "at www.anama.gov.az/2023",
    "the 21-st",
]

RUSSIAN = [
    ("ru", "обнаружено 2 728 мин", [("2 728", 2728)]),
    ("ru", "обнаружено 2,728 мин", [("2,728", 2728)]),
    ("ru", "площадь 3150,7 га", [("3150,7", 3150.7)]),
    ("ru", "1,2 млн", [("1,2 млн", 1200000)]),
    ("ru", "3 тыс. мин", [("3 тыс", 3000)]),
    ("ru", "1.119 человек", [("1.119", 1119)]),
    ("ru", "2 тысячи мин", [("2 тысячи", 2000)]),
    ("ru", "сорок пять человек", [("сорок пять", 45)]),
    ("ru", "двести шестьдесят восемь", [("двести шестьдесят восемь", 268)]),
    ("ru", "две тысячи семьсот двадцать восемь", [("две тысячи семьсот двадцать восемь", 2728)]),
    ("ru", "полтора миллиона мин", [("полтора миллиона", 1500000)]),
    ("ru", "полторы тысячи", [("полторы тысячи", 1500)]),
    ("ru", "более миллиона мин", [("миллиона", 1000000)]),
    ("ru", "из двухсот сорока", [("двухсот сорока", 240)]),
    ("ru", "трёх человек", [("трёх", 3)]),
    ("ru", "трех человек", [("трех", 3)]),
    ("ru", "Одна мина", [("Одна", 1)]),
    ("ru", "девятнадцати", [("девятнадцати", 19)]),
    ("ru", "СТО мин", [("СТО", 100)]),
    ("ru", "5-ти человек", [("5", 5)]),
    ("ru", "2-х мин", [("2", 2)]),
    ("ru", "44-дневной войны", [("44", 44)]),
    ("ru", "тысяча мин", [("тысяча", 1000)]),
]

RUSSIAN_NOTHING = [
    "3-й батальон",
    "2-го числа",
    "тысяч мин",
    "потерял семью",
    "ПМН-2",
    "10.11.2020 в 17:44",
]

AZERBAIJANI = [
    ("az", "2 728 mina", [("2 728", 2728)]),
    ("az", "1,5 milyon", [("1,5 milyon", 1500000)]),
    ("az", "2 min nəfər", [("2 min", 2000)]),
    ("az", "2 mina", [("2", 2)]),
    ("az", "yüz min", [("yüz min", 100000)]),
    ("az", "min", [("min", 1000)]),
    ("az", "bir milyondan çox", [("bir milyondan", 1000000)]),
    ("az", "qırx beş", [("qırx beş", 45)]),
    ("az", "iki yüz altmış səkkiz", [("iki yüz altmış səkkiz", 268)]),
    ("az", "iki min yeddi yüz iyirmi səkkiz", [("iki min yeddi yüz iyirmi səkkiz", 2728)]),
    ("az", "qırx beşi", [("qırx beşi", 45)]),
    ("az", "üçü", [("üçü", 3)]),
    ("az", "beşindən", [("beşindən", 5)]),
    ("az", "45-i mülki şəxs", [("45", 45)]),
    ("az", "35-i mülki şəxs", [("35", 35)]),
    ("az", "45 nəfərdən", [("45", 45)]),
    ("az", "268 nəfər", [("268", 268)]),
    ("az", "44 günlük", [("44", 44)]),
    ("az", "on beş", [("on beş", 15)]),
    ("az", "on", [("on", 10)]),
    ("az", "bir", [("bir", 1)]),
    ("az", "QIRX BEŞ", [("QIRX BEŞ", 45)]),
    ("az", "İKİ", [("İKİ", 2)]),
    ("az", "altmış", [("altmış", 60)]),
    ("az", "yüz", [("yüz", 100)]),
]

AZERBAIJANI_NOTHING = [
    "3-cü",
    "1-ci",
    "2-ci",
    "2020-ci ildə",
    "beşinci",
    "birinci",
    "onlar onun",
    "minalar",
    "yüzlərlə",
    "minlərlə mina",
    "birlikdə",
    "altında",
]


def pairs(matches: list[NumberMatch]) -> list[tuple[str, int | float]]:
    return [(match.text, match.value) for match in matches]


@pytest.mark.parametrize(("lang", "text", "expected"), ENGLISH + RUSSIAN + AZERBAIJANI)
def test_finds_numbers(lang: str, text: str, expected: list[tuple[str, int | float]]) -> None:
    assert pairs(find_numbers(text, lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", t) for t in ENGLISH_NOTHING]
    + [("ru", t) for t in RUSSIAN_NOTHING]
    + [("az", t) for t in AZERBAIJANI_NOTHING],
)
def test_finds_no_count(lang: str, text: str) -> None:
    assert find_numbers(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The 2,728 mines, 1.119 anti-tank, forty-five people, a million, 3 150,5 ha"),
        ("ru", "Обнаружено 2 728 мин, сорок пять человек, полтора миллиона, 3-й"),
        ("az", "2 728 mina, qırx beşi, 45-i, iki min yeddi yüz, 3-cü, +994 12 492 55 55"),
    ],
)
def test_spans_are_exact(lang: str, text: str) -> None:
    for match in find_numbers(text, lang):
        assert text[match.start : match.end] == match.text


def test_matches_are_in_order_and_do_not_overlap() -> None:
    matches = find_numbers("2,728 mines, forty-five people, 2020-2023, 1.2 million, one", "en")
    ends = [m.start for m in matches[1:]]
    assert all(prev.end <= start for prev, start in zip(matches, ends, strict=False))


def test_words_flag_marks_numbers_written_in_words() -> None:
    matches = find_numbers("forty-five and 45 and 1.2 million", "en")
    assert [m.words for m in matches] == [True, False, False]


def test_number_words_are_read_only_in_their_language() -> None:
    assert find_numbers("on beş", "en") == []
    assert find_numbers("two mines", "az") == []


def test_digits_are_read_in_any_language() -> None:
    assert pairs(find_numbers("2,728 Minen", "de")) == [("2,728", 2728)]


def test_az_min_is_thousand_only_in_azerbaijani() -> None:
    assert pairs(find_numbers("2 min read", "en")) == [("2", 2)]
    assert pairs(find_numbers("2 min", "az")) == [("2 min", 2000)]


def test_a_and_an_alone_are_not_returned() -> None:
    assert find_numbers("an anti-tank mine and a civilian", "en") == []


def test_az_bir_is_returned_as_a_word() -> None:
    [match] = find_numbers("bir hərbçi yaralanıb", "az")
    assert (match.value, match.words) == (1, True)


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("en", "0.5% of the land", "%"),
        ("en", "12 percent", "%"),
        ("en", "12 per cent", "%"),
        ("az", "12 faiz", "%"),
        ("ru", "12 процентов", "%"),
        ("en", "3,150.7 hectares", "ha"),
        ("en", "150 ha", "ha"),
        ("en", "150ha", "ha"),
        ("ru", "150 га", "ha"),
        ("ru", "150 гектаров", "ha"),
        ("az", "150 hektar", "ha"),
        ("en", "12 km²", "km2"),
        ("en", "12 sq km", "km2"),
        ("ru", "12 кв. км", "km2"),
        ("en", "1.2 million hectares", "ha"),
        ("en", "forty percent", "%"),
    ],
)
def test_unit_after_number(lang: str, text: str, unit: str) -> None:
    [match] = find_numbers(text, lang)
    assert match.unit == unit


def test_no_unit_for_a_plain_count() -> None:
    [match] = find_numbers("268 people", "en")
    assert match.unit is None


def test_unit_does_not_widen_the_span() -> None:
    [match] = find_numbers("0.5% of the land", "en")
    assert match.text == "0.5"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "2,728", 2728),
        ("en", "  1.119 ", 1119),
        ("en", "forty-five", 45),
        ("en", "a million", 1000000),
        ("ru", "1,2 млн", 1200000),
        ("ru", "сорок пять", 45),
        ("az", "qırx beş", 45),
        ("az", "1,5 milyon", 1500000),
    ],
)
def test_parse_number_reads_one_number(lang: str, text: str, value: int | float) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize(
    "text", ["", "mines", "2 and 3", "5 mines", "PMN-2", "10.11.2020", "3rd", "0.5%"]
)
def test_parse_number_rejects_anything_but_one_number(text: str) -> None:
    assert parse_number(text, "en") is None


def test_parse_number_keeps_integers_as_int() -> None:
    assert isinstance(parse_number("1.2 million"), int)
