"""Any count from 0 to 10,000,000, written every way sources write it, parses back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parsers.numbers import find_numbers, parse_number

counts = st.integers(min_value=0, max_value=10_000_000)


def grouped(n: int, sep: str) -> str:
    digits = str(n)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sep.join(groups)


EN_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def english_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{EN_SMALL[hundreds]} hundred")
    if rest:
        if rest < 20:
            words = EN_SMALL[rest]
        else:
            tens, units = divmod(rest, 10)
            words = EN_TENS[tens] + (f"-{EN_SMALL[units]}" if units else "")
        parts.append(("and " if hundreds else "") + words)
    return " ".join(parts)


def english(n: int) -> str:
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**6, "million"), (1000, "thousand"), (1, "")):
        count, n = divmod(n, scale)
        if count:
            parts.append(f"{english_below_thousand(count)} {name}".strip())
    return " ".join(parts)


RU_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
RU_TEENS = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
RU_TENS = "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто"
RU_HUNDREDS = "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот"


def russian_below_thousand(n: int, feminine: bool) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [RU_HUNDREDS.split()[hundreds]] if hundreds else []
    if 10 <= rest < 20:
        return [*words, RU_TEENS[rest - 10]]
    tens, units = divmod(rest, 10)
    if tens:
        words.append(RU_TENS.split()[tens])
    if units:
        unit = RU_UNITS[units]
        if feminine and units in (1, 2):
            unit = "одна" if units == 1 else "две"
        words.append(unit)
    return words


def russian_plural(n: int, one: str, few: str, many: str) -> str:
    if 11 <= n % 100 <= 14:
        return many
    return {1: one}.get(n % 10, few if 2 <= n % 10 <= 4 else many)


def russian(n: int) -> str:
    if n == 0:
        return "ноль"
    millions, rest = divmod(n, 10**6)
    thousands, units = divmod(rest, 1000)
    words: list[str] = []
    if millions:
        words += russian_below_thousand(millions, False)
        words.append(russian_plural(millions, "миллион", "миллиона", "миллионов"))
    if thousands:
        words += russian_below_thousand(thousands, True)
        words.append(russian_plural(thousands, "тысяча", "тысячи", "тысяч"))
    words += russian_below_thousand(units, False)
    return " ".join(words)


AZ_UNITS = ["sıfır", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"]
AZ_TENS = ["_", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"]


def azerbaijani_below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words = []
    if hundreds:
        words += ["yüz"] if hundreds == 1 else [AZ_UNITS[hundreds], "yüz"]
    if tens:
        words.append(AZ_TENS[tens])
    if units:
        words.append(AZ_UNITS[units])
    return words


def azerbaijani(n: int) -> str:
    if n == 0:
        return "sıfır"
    millions, rest = divmod(n, 10**6)
    thousands, units = divmod(rest, 1000)
    words: list[str] = []
    if millions:
        words += [*azerbaijani_below_thousand(millions), "milyon"]
    if thousands:
        # Azerbaijani says "min" for a thousand, not "bir min".
        words += ([] if thousands == 1 else azerbaijani_below_thousand(thousands)) + ["min"]
    words += azerbaijani_below_thousand(units)
    return " ".join(words)


@given(counts)
def test_plain_digits(n: int) -> None:
    for lang in ("en", "ru", "az"):
        assert parse_number(str(n), lang) == n


@given(counts)
def test_comma_grouping(n: int) -> None:
    assert parse_number(grouped(n, ","), "en") == n


@given(counts, st.sampled_from([" ", "\u00a0", "\u202f"]), st.sampled_from(["en", "ru", "az"]))
def test_space_grouping(n: int, space: str, lang: str) -> None:
    assert parse_number(grouped(n, space), lang) == n


@given(counts, st.sampled_from(["en", "ru", "az"]))
def test_european_dot_grouping(n: int, lang: str) -> None:
    assert parse_number(grouped(n, "."), lang) == n


@given(counts)
def test_english_words(n: int) -> None:
    assert parse_number(english(n), "en") == n


@given(counts)
def test_english_words_capitalised(n: int) -> None:
    assert parse_number(english(n).capitalize(), "en") == n


@given(counts)
def test_russian_words(n: int) -> None:
    assert parse_number(russian(n), "ru") == n


@given(counts)
def test_azerbaijani_words(n: int) -> None:
    assert parse_number(azerbaijani(n), "az") == n


@given(counts, counts)
def test_two_numbers_in_a_sentence_stay_apart(a: int, b: int) -> None:
    text = f"In all {grouped(a, ',')} mines and {english(b)} shells were found."
    assert [m.value for m in find_numbers(text, "en")] == [a, b]
