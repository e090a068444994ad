"""Number words of English, Russian and Azerbaijani: each form with its value and role.

The role says how a word combines with its neighbours when a number is written
in several words ("two thousand seven hundred and twenty-eight"); the composer
in ``parsers.numbers`` reads only these tables, so adding a form is a data edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    UNIT = "unit"  # 0..9
    TEEN = "teen"  # 10..19
    TENS = "tens"  # 20..90
    HUNDREDS = "hundreds"  # 100..900 written as one word (ru "двести")
    HUNDRED = "hundred"  # multiplies the count before it (en "hundred", az "yüz")
    SCALE = "scale"  # thousand, million, billion
    DOZEN = "dozen"  # en "a dozen" = 12, "two dozen" = 24
    FRACTION = "fraction"  # ru "полтора" = 1.5, stands alone or before a scale
    HALF = "half"  # en "one and a half", az "bir yarım": a half more than the unit before


@dataclass(frozen=True, slots=True)
class Word:
    value: int | float
    role: Role
    # False for words that count nothing without a number before them: en "thousand"
    # needs "a" or "two"; ru "тысяч" is the plural genitive ("тысячи" is ambiguous
    # between "a thousand" and "thousands" and is read as 1000).
    alone: bool = True


def _table(role: Role, forms: dict[int | float, str], *, alone: bool = True) -> dict[str, Word]:
    return {
        form: Word(value, role, alone)
        for value, spelled in forms.items()
        for form in spelled.split()
    }


ENGLISH: dict[str, Word] = {
    **_table(
        Role.UNIT,
        {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
        | {6: "six", 7: "seven", 8: "eight", 9: "nine"},
    ),
    **_table(
        Role.TEEN,
        {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen"}
        | {15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"},
    ),
    **_table(
        Role.TENS,
        {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty"}
        | {70: "seventy", 80: "eighty", 90: "ninety"},
    ),
    **_table(Role.HUNDRED, {100: "hundred"}, alone=False),
    **_table(Role.SCALE, {1000: "thousand", 10**6: "million", 10**9: "billion"}, alone=False),
    **_table(Role.DOZEN, {12: "dozen"}, alone=False),
    # only in "and a half" after a unit ("one and a half million"): "half" alone is no count
    **_table(Role.HALF, {0.5: "half"}, alone=False),
}

# Written after digits: "1.2 million", "2 thousand", "400 mln".
ENGLISH_MULTIPLIERS: dict[str, int] = {
    "thousand": 1000,
    "million": 10**6,
    "mln": 10**6,
    "billion": 10**9,
    "bln": 10**9,
    "bn": 10**9,
}

_RU_HUNDREDS = {
    200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трехсот трёхсот тремстам трёмстам тремястами трехстах трёхстах",
    400: "четыреста четырехсот четырёхсот четыремстам четырёмстам четырьмястами"
    " четырехстах четырёхстах",
    500: "пятьсот пятисот пятистам пятьюстами пятистах",
    600: "шестьсот шестисот шестистам шестьюстами шестистах",
    700: "семьсот семисот семистам семьюстами семистах",
    800: "восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах",
    900: "девятьсот девятисот девятистам девятьюстами девятистах",
}

RUSSIAN: dict[str, Word] = {
    **_table(
        Role.UNIT,
        {
            0: "ноль нуль",
            1: "один одна одно одного одному одним одной одном одну одною",
            2: "два две двух двум двумя",
            3: "три трех трёх трем трём тремя",
            4: "четыре четырех четырёх четырем четырём четырьмя",
            5: "пять пяти пятью",
            6: "шесть шести шестью",
            # "семью" is also "family" (accusative of семья): left out on purpose.
            7: "семь семи",
            8: "восемь восьми восемью восьмью",
            9: "девять девяти девятью",
        },
    ),
    # Collective numerals count people: "двое военнослужащих", "трое саперов".
    **_table(
        Role.UNIT,
        {
            2: "двое двоих",
            3: "трое троих",
            4: "четверо четверых",
            5: "пятеро пятерых",
            6: "шестеро шестерых",
            7: "семеро семерых",
            8: "восьмеро восьмерых",
            9: "девятеро девятерых",
        },
    ),
    **_table(
        Role.TEEN,
        {
            value: f"{stem}ь {stem}и {stem}ью"
            for value, stem in {
                10: "десят",
                11: "одиннадцат",
                12: "двенадцат",
                13: "тринадцат",
                14: "четырнадцат",
                15: "пятнадцат",
                16: "шестнадцат",
                17: "семнадцат",
                18: "восемнадцат",
                19: "девятнадцат",
            }.items()
        },
    ),
    **_table(
        Role.TENS,
        {
            20: "двадцать двадцати двадцатью",
            30: "тридцать тридцати тридцатью",
            40: "сорок сорока",
            50: "пятьдесят пятидесяти пятьюдесятью",
            60: "шестьдесят шестидесяти шестьюдесятью",
            70: "семьдесят семидесяти семьюдесятью",
            80: "восемьдесят восьмидесяти восемьюдесятью",
            90: "девяносто девяноста",
        },
    ),
    **_table(Role.HUNDREDS, {100: "сто ста"} | _RU_HUNDREDS),
    **_table(
        Role.SCALE,
        {
            1000: "тысяча тысячи тысяче тысячу тысячей тысячею",
            10**6: "миллион миллиона миллиону миллионом миллионе",
            10**9: "миллиард миллиарда миллиарду миллиардом миллиарде",
        },
    ),
    **_table(
        Role.SCALE,
        {
            1000: "тысяч тысячам тысячами тысячах тыс",
            10**6: "миллионов миллионам миллионами миллионах млн",
            10**9: "миллиардов миллиардам миллиардами миллиардах млрд",
        },
        alone=False,
    ),
    **_table(Role.FRACTION, {1.5: "полтора полторы полутора"}),
}

RUSSIAN_MULTIPLIERS: dict[str, int] = {
    word: int(entry.value) for word, entry in RUSSIAN.items() if entry.role is Role.SCALE
}

AZERBAIJANI: dict[str, Word] = {
    **_table(
        Role.UNIT,
        {0: "sıfır", 1: "bir", 2: "iki", 3: "üç", 4: "dörd", 5: "beş"}
        | {6: "altı", 7: "yeddi", 8: "səkkiz", 9: "doqquz"},
    ),
    # "on beş" = 15: Azerbaijani builds the teens like the tens.
    **_table(Role.TENS, {10: "on"}),
    **_table(
        Role.TENS,
        {20: "iyirmi", 30: "otuz", 40: "qırx", 50: "əlli", 60: "altmış"}
        | {70: "yetmiş", 80: "səksən", 90: "doxsan"},
    ),
    **_table(Role.HUNDRED, {100: "yüz"}),
    **_table(Role.SCALE, {1000: "min", 10**6: "milyon", 10**9: "milyard"}),
    **_table(Role.SCALE, {10**6: "mln", 10**9: "mlrd"}, alone=False),
    # "bir yarım milyon" = 1.5 million; "yarım" alone ("yarım saat") is no count
    **_table(Role.HALF, {0.5: "yarım"}, alone=False),
}

AZERBAIJANI_MULTIPLIERS: dict[str, int] = {
    word: int(entry.value) for word, entry in AZERBAIJANI.items() if entry.role is Role.SCALE
}

# Case and possessive endings an Azerbaijani number word may carry: "beşi", "üçü",
# "beşindən", "milyondan", "ikisinə". Ordinal (-inci, -üncü) and plural (-lər, "yüzlərlə"
# = "hundreds") endings are deliberately absent: those words are not counts.
AZ_SUFFIX = r"(?:s?[iıuü]n?)?(?:d[əa]n|d[əa]|n?[əa]|y[əa]|n[iıuü]n?|[iıuü]n)?"

# Words whose suffixed forms mean something else: "onun"/"ona" (his, to him),
# "biri"/"birlikdə" (one of them, together), "mina" (a landmine).
AZ_SUFFIX_OVERRIDES: dict[str, str] = {
    "on": "",
    "bir": "",
    # "30 mini ötüb" (passed 30 thousand): the accusative; "mina" (a mine) stays out
    "min": r"(?:d[əa]n|d[əa]|ə|i)?",
    # "üçün" is the postposition "for" far more often than "of three"
    "üç": r"(?:s?[iıuü]n?)?(?:d[əa]n|d[əa]|n?[əa]|y[əa]|n[iıuü]n?)?(?<!ün)",
}
