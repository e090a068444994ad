"""Find the numbers a text writes, in digits or in words (English, Russian, Azerbaijani).

``find_numbers`` returns every number in order with its exact span, so figure
extraction can look at the words around it. Reading rules, from what ministries
and news agencies publish:

* Digits may be grouped by comma (``2,728``), space, no-break space or narrow
  no-break space (``2 728``), or dot (``1.119``). ``\\d{1,3}(\\.\\d{3})+`` is read as
  *grouping* in every language, English copy included, because the things counted
  (mines, people) are never fractional; the one exception is a single dot group
  before a multiplier word, ``1.200 million`` = 1 200 000. In Russian and
  Azerbaijani a comma before one or two digits (or any digits before a multiplier)
  is a decimal comma: ``3150,7``, ``1,2 млн``. ``3,150.7`` is a decimal anywhere.
* Multipliers after digits: ``1.2 million``, ``3 тыс.``, ``1,5 milyon``; the az
  ``min`` (thousand) only in Azerbaijani, where "2 min" is not minutes.
* Not returned at all: dotted or slashed dates (``10.11.2020``), ISO dates, clock
  times (``17:44``), phone numbers starting with ``+``, URLs, digits glued to letters
  (``3rd``, ``1990s``, ``PMN-2``, ``COVID-19``, ``#12``) and ordinal suffixes
  (``3-й``, ``3-cü``, ``21-st``). The Azerbaijani case suffix of ``45-i`` keeps 45.
* Word numbers compose ("two thousand seven hundred and twenty-eight", "две тысячи
  семьсот двадцать восемь", "iki min yeddi yüz iyirmi səkkiz"); the article only
  counts before a scale ("a million", "a dozen"); English "no one" is not 1; Russian
  "тысячи" alone is read as 1000 (it is also "thousands"), plural forms alone
  ("тысяч", "hundreds") are not numbers.

Pure functions; the regular expressions are compiled once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from parsers.number_words import (
    AZ_SUFFIX,
    AZ_SUFFIX_OVERRIDES,
    AZERBAIJANI,
    AZERBAIJANI_MULTIPLIERS,
    ENGLISH,
    ENGLISH_MULTIPLIERS,
    RUSSIAN,
    RUSSIAN_MULTIPLIERS,
    Role,
    Word,
)

__all__ = ["NumberMatch", "find_numbers", "parse_number"]


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One number in a text: ``text[start:end] == match.text``.

    ``words`` is True when the number is written in words only ("forty-five",
    "a million"), False when any digit is in it ("1.2 million"). ``unit`` is
    ``"%"``, ``"ha"`` or ``"km2"`` when the number is followed by one
    (percent/faiz/процент, hectare/ha/га/hektar, km²/sq km/кв. км), else None.
    """

    value: int | float
    start: int
    end: int
    text: str
    words: bool
    unit: str | None = None


_LETTER = r"[^\W\d_]"
_SPACE_SEP = "[ \u00a0\u202f]"


def _alternation(words: object) -> str:
    # Longest first, so "altmış" is tried before "altı" and "тысячами" before "тысяча".
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _with_yo(words: dict[str, Word]) -> dict[str, Word]:
    """Russian is written with ё or е interchangeably: accept both spellings."""
    both = dict(words)
    for form, word in words.items():
        both.setdefault(form.replace("ё", "е"), word)
    return both


_VOCAB: dict[str, dict[str, Word]] = {
    "en": ENGLISH,
    "ru": _with_yo(RUSSIAN),
    "az": AZERBAIJANI,
}
_MULTIPLIERS: dict[str, dict[str, int]] = {
    "en": ENGLISH_MULTIPLIERS,
    "ru": {form: value for form, value in RUSSIAN_MULTIPLIERS.items() if "ё" not in form},
    "az": AZERBAIJANI_MULTIPLIERS,
}

# Things made of digits that are not counts, consumed whole so no part of them is read.
_SKIP = (
    r"(?:https?://|www\.)\S+"
    r"|\+\s?\d{1,4}(?:[\s\-.()]{1,2}\d{1,4}){2,}"
    r"|(?<![\d.])\d{4}-\d{2}-\d{2}(?!\d)"
    r"|(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)"
    r"|(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
)

# Not glued to a letter, a "#", "№", a letter plus hyphen (PMN-2) or a "1." / "1:" before.
_DIGITS_BEFORE = rf"(?<![\w#№])(?<!{_LETTER}-)(?<!\d[.:])"

_GROUPED = (
    r"[1-9]\d{0,2}(?:,\d{3}(?!\d))+(?:\.\d+)?"
    r"|[1-9]\d{0,2}(?:\.\d{3}(?!\d))+(?:,\d+)?"
    rf"|[1-9]\d{{0,2}}(?:{_SPACE_SEP}\d{{3}}(?!\d))+(?:[.,]\d+)?"
)


def _digits_pattern(lang: str, multipliers: str) -> str:
    if lang in ("ru", "az"):
        plain = r"\d+(?:[.,]\d+)?"
    elif multipliers:
        # English "1,2 million" happens in translated copy; a bare "5,6" is a list.
        plain = rf"\d+(?:\.\d+|,\d{{1,2}}(?=\s*(?:{multipliers})(?!{_LETTER})))?"
    else:
        plain = r"\d+(?:\.\d+)?"
    mult = rf"(?:\s*(?P<mult>{multipliers})(?P<msfx>{_LETTER}*))?" if multipliers else ""
    return (
        rf"{_DIGITS_BEFORE}(?P<num>{_GROUPED}|{plain})(?!\d){mult}"
        rf"(?P<tail>-{_LETTER}+|{_LETTER}+)?"
    )


def _words_pattern(lang: str) -> str:
    vocab = _VOCAB[lang]
    if lang == "az":
        word = rf"(?:{_alternation(vocab)}){_LETTER}*"
    else:
        word = rf"(?:{_alternation(vocab)})(?!{_LETTER})"
    if lang == "en":
        scales = _alternation(w for w, v in vocab.items() if not v.alone)
        article = rf"(?:an?\s+(?=(?:{scales})(?!{_LETTER})))?"
        joint = r"(?:\s*-\s*|\s+and\s+|\s+)"
    else:
        article = ""
        joint = r"\s+"
    return rf"(?<!{_LETTER}){article}{word}(?:{joint}{word})*"


def _compile(lang: str) -> re.Pattern[str]:
    multipliers = _alternation(_MULTIPLIERS.get(lang, {}))
    parts = [rf"(?P<skip>{_SKIP})", rf"(?P<digits>{_digits_pattern(lang, multipliers)})"]
    if lang in _VOCAB:
        parts.append(rf"(?P<words>{_words_pattern(lang)})")
    return re.compile("|".join(parts), re.IGNORECASE)


_PATTERNS: dict[str, re.Pattern[str]] = {lang: _compile(lang) for lang in ("en", "ru", "az", "")}

_UNIT = re.compile(
    r"[ \u00a0\u202f]?(?:"
    r"(?P<pct>%|per\s?cent(?!\w)|percent(?!\w)|faiz\w*|процент\w*)"
    r"|(?P<ha>hectares?(?!\w)|ha(?!\w)|га(?!\w)|гектар\w*|hektar\w*)"
    r"|(?P<km2>km²|km2(?!\w)|sq\.?\s?km(?!\w)|square\s+kilomet\w+|кв\.?\s?км(?!\w)"
    r"|квадратн\w+\s+километр\w*|kv\.?\s?km(?!\w))"
    r")",
    re.IGNORECASE,
)
_GLUED_UNITS = {"ha": "ha", "га": "ha", "km²": "km2"}

_ORDINAL_EN = frozenset({"st", "nd", "rd", "th"})
_ORDINAL_RU = frozenset(
    {"й", "я", "е", "ю", "го", "ого", "его", "му", "ому", "ему", "м", "ом", "ем", "ым"}
    | {"им", "ой", "ая", "ий", "ый", "ое", "ую", "ые", "ых", "ей"}
)
_ORDINAL_AZ = re.compile(r"(?:[iıuü]?n)?c[iıuü]", re.IGNORECASE)
_AZ_SUFFIX = re.compile(AZ_SUFFIX, re.IGNORECASE)
_AZ_SUFFIX_OVERRIDES = {
    stem: re.compile(suffix, re.IGNORECASE) for stem, suffix in AZ_SUFFIX_OVERRIDES.items()
}
_AZ_STEMS = sorted(AZERBAIJANI, key=len, reverse=True)
_TOKEN = re.compile(rf"{_LETTER}+")


def _normal_lang(lang: str | None) -> str:
    code = (lang or "").lower()[:2]
    return code if code in _VOCAB else ""


def _lower(word: str, lang: str) -> str:
    if lang == "az":
        word = word.replace("İ", "i").replace("I", "ı")
    elif lang == "ru":
        word = word.replace("ё", "е").replace("Ё", "е")
    return word.lower()


def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _digits_value(num: str, lang: str, multiplied: bool) -> Decimal:
    """The value of a digit string whose shape the pattern already checked."""
    text = re.sub(_SPACE_SEP, "", num)
    has_dot, has_comma = "." in text, "," in text
    if has_dot and has_comma:
        decimal_sep = "." if text.rfind(".") > text.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        text = text.replace(group_sep, "").replace(decimal_sep, ".")
    elif has_dot or has_comma:
        sep = "." if has_dot else ","
        groups = text.split(sep)
        grouping = (
            len(groups[0]) <= 3
            and not groups[0].startswith("0")
            and all(len(g) == 3 for g in groups[1:])
        )
        if multiplied and len(groups) == 2 and (sep == "." or lang in ("ru", "az")):
            grouping = False  # "1.200 million", "1,200 млн"
        elif sep == "," and len(groups) == 2 and lang in ("ru", "az") and len(groups[1]) != 3:
            grouping = False
        text = text.replace(sep, "") if grouping else text.replace(sep, ".")
    return Decimal(text)


def _is_ordinal_tail(tail: str, lang: str) -> bool:
    suffix = _lower(tail[1:], lang)
    if lang == "az":
        return _ORDINAL_AZ.match(suffix) is not None
    if lang == "ru":
        return suffix in _ORDINAL_RU
    return suffix in _ORDINAL_EN


def _unit_at(text: str, pos: int) -> str | None:
    found = _UNIT.match(text, pos)
    if found is None:
        return None
    return "%" if found["pct"] else "ha" if found["ha"] else "km2"


def _multiplier(found: re.Match[str], lang: str) -> int | None:
    """The factor of the word after the digits, or None when that word is something else."""
    if "mult" not in found.re.groupindex or found["mult"] is None:
        return None
    stem = _lower(found["mult"], lang)
    suffix = _lower(found["msfx"], lang)
    if suffix:
        # Only an Azerbaijani case ending keeps the word a multiplier ("milyondan");
        # anything else glued on makes it another word ("mina" = a mine, "millions").
        rule = _AZ_SUFFIX_OVERRIDES.get(stem, _AZ_SUFFIX)
        if lang != "az" or not rule.fullmatch(suffix):
            return None
    return _MULTIPLIERS[lang][stem]


def _digit_match(found: re.Match[str], text: str, lang: str) -> NumberMatch | None:
    start, end = found.span("num")
    factor = _multiplier(found, lang)
    unit = None
    if factor is not None:
        value = _digits_value(found["num"], lang, True) * factor
        end = found.end("msfx")
    else:
        value = _digits_value(found["num"], lang, False)
        tail = found["tail"]
        # With a rejected multiplier word the tail belongs to that word, not the digits.
        if tail and found.start("tail") == found.end("num"):
            if tail.startswith("-"):
                if _is_ordinal_tail(tail, lang):
                    return None
            elif _lower(tail, lang) in _GLUED_UNITS:
                unit = _GLUED_UNITS[_lower(tail, lang)]
            else:
                return None
    if unit is None:
        unit = _unit_at(text, end)
    return NumberMatch(_as_number(value), start, end, text[start:end], False, unit)


@dataclass(slots=True)
class _Composer:
    """Adds up a run of number words; says when the next word starts a new number."""

    total: int | float = 0
    group: int | float = 0
    last_scale: int = 10**12
    hundreds: bool = False
    tens: bool = False
    units: bool = False
    fraction: bool = False
    done: bool = False  # after "dozen": nothing more joins

    def take(self, word: Word, article: bool = False) -> bool:
        role = word.role
        if self.done:
            return False
        if self.fraction and role not in (Role.SCALE, Role.HUNDRED):
            return False
        empty = not (self.hundreds or self.tens or self.units)
        if role is Role.UNIT:
            if self.units:
                return False
            self.group += word.value
            self.units = True
        elif role is Role.TEEN or role is Role.TENS:
            if self.tens or self.units:
                return False
            self.group += word.value
            self.tens = True
            self.units = role is Role.TEEN
        elif role is Role.HUNDREDS:
            if not empty:
                return False
            self.group += word.value
            self.hundreds = True
        elif role is Role.HUNDRED:
            if self.hundreds or not (0 < self.group < 100 or empty):
                return False
            if empty and not (word.alone or article):
                return False
            self.group = (self.group or 1) * 100
            self.hundreds, self.tens, self.units, self.fraction = True, False, False, False
        elif role is Role.SCALE:
            if word.value >= self.last_scale:
                return False
            if self.group == 0 and not (word.alone or article):
                return False
            self.total += (self.group or 1) * word.value
            self.last_scale = int(word.value)
            self.group = 0
            self.hundreds = self.tens = self.units = self.fraction = False
        elif role is Role.DOZEN:
            if self.group == 0 and not article:
                return False
            if self.group >= 100:
                return False
            self.group = (self.group or 1) * word.value
            self.done = True
        elif role is Role.FRACTION:
            if self.total or not empty:
                return False
            self.group = word.value
            self.fraction = True
        return True

    @property
    def value(self) -> int | float:
        return _as_number(Decimal(str(self.total + self.group)))


def _az_word(token: str) -> tuple[Word, bool] | None:
    """The number word an Azerbaijani token is, and whether it carries a suffix."""
    lowered = _lower(token, "az")
    for stem in _AZ_STEMS:
        if lowered.startswith(stem):
            suffix = lowered[len(stem) :]
            rule = _AZ_SUFFIX_OVERRIDES.get(stem, _AZ_SUFFIX)
            if rule.fullmatch(suffix):
                return AZERBAIJANI[stem], bool(suffix)
            return None
    return None


def _word_matches(found: re.Match[str], text: str, lang: str) -> list[NumberMatch]:
    vocab = _VOCAB[lang]
    results: list[NumberMatch] = []
    composer = _Composer()
    first = last = -1
    article_start = -1
    last_role: Role | None = None

    def close() -> None:
        nonlocal composer, first, last, last_role
        if first >= 0:
            spanned = text[first:last]
            no_one = lang == "en" and spanned.lower() == "one" and _after_no(text, first)
            if not no_one:
                unit = _unit_at(text, last)
                results.append(NumberMatch(composer.value, first, last, spanned, True, unit))
        composer, first, last, last_role = _Composer(), -1, -1, None

    for token in _TOKEN.finditer(text, *found.span("words")):
        lowered = _lower(token.group(), lang)
        if lang == "en" and lowered in ("a", "an"):
            close()
            article_start = token.start()
            continue
        if lang == "en" and lowered == "and":
            # "and" joins only after hundred or a scale: "three hundred and twelve".
            if last_role not in (Role.HUNDRED, Role.SCALE):
                close()
            continue
        suffixed = False
        if lang == "az":
            entry = _az_word(token.group())
            if entry is None:
                close()  # a suffix that makes it another word ("onlar", "birinci")
                continue
            word, suffixed = entry
        else:
            word = vocab[lowered]
        article = article_start >= 0
        if composer.take(word, article):
            if first < 0:
                first = article_start if article else token.start()
        else:
            close()
            if not composer.take(word):
                article_start = -1
                continue  # a scale with no count before it: "тысяч" alone
            first = token.start()
        article_start = -1
        last, last_role = token.end(), word.role
        if suffixed:
            close()  # the case ending closes the number: "qırx beşi"
    close()
    return results


def _after_no(text: str, start: int) -> bool:
    return text[max(0, start - 3) : start].lower() == "no "


def find_numbers(text: str, lang: str = "en") -> list[NumberMatch]:
    """Every number written in ``text``, in order, non-overlapping, with exact spans.

    Digits are read in any language; number words only in ``lang`` ("en", "ru",
    "az"; any other code reads digits only).
    """
    code = _normal_lang(lang)
    results: list[NumberMatch] = []
    for found in _PATTERNS[code].finditer(text):
        kind = found.lastgroup
        if kind == "digits":
            match = _digit_match(found, text, code)
            if match is not None:
                results.append(match)
        elif kind == "words":
            results.extend(_word_matches(found, text, code))
    return results


def parse_number(s: str, lang: str = "en") -> int | float | None:
    """The value of ``s`` when it is exactly one number (surrounding spaces allowed)."""
    stripped = s.strip()
    matches = find_numbers(stripped, lang)
    if len(matches) != 1:
        return None
    only = matches[0]
    if only.start != 0 or only.end != len(stripped):
        return None
    return only.value
