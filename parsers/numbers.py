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
from bisect import bisect_right
from collections.abc import Callable, Iterable
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


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored by common prefixes.

    A flat alternation of two hundred Russian forms is tried form by form at every
    word start; the trie rejects a position after one or two characters.
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy optional: the longest form is tried first, shorter ones on backtracking.
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _spellings(words: dict[str, Word], variant: Callable[[str], str]) -> dict[str, Word]:
    """Each form as it looks after ``str.lower``, plus the variant sources type."""
    both = dict(words)
    for form, word in words.items():
        both.setdefault(variant(form), word)
    return both


def _same(word: str) -> str:
    return word


def _without_yo(word: str) -> str:
    return word.replace("ё", "е")


@dataclass(frozen=True, eq=False)  # each style is one object, hashed by identity
class NumberStyle:
    """How one language writes numbers: everything this module knows of a language.

    The readers below ask a style, never a language code, what to do.
    """

    # number words as a lowered text spells them (variants such as е for ё included)
    words: dict[str, Word]
    # words after digits that multiply them ("1.5 million", "12 тыс.")
    multipliers: dict[str, int]
    # a comma before one, two or four and more digits is a decimal mark ("1,5 млн", "12,7 ha")
    comma_decimal: bool
    # whether number words take case endings inside their token ("qırx beşi", "milyondan")
    suffixed: bool
    # English: "a hundred", "one and a half million", "no one" is nobody
    articles: bool
    # the tail after digits that makes an ordinal ("th", "-й", "-ci")
    ordinal: Callable[[str], bool]
    # a lowered token as ``words`` spells it (Russian е for ё)
    key: Callable[[str], str] = _same
    # "5 min 902": thousands in words, then the rest in digits, is one number
    thousands_then_digits: bool = False


def _english_ordinal(suffix: str) -> bool:
    return suffix in _ORDINAL_EN


def _russian_ordinal(suffix: str) -> bool:
    return suffix in _ORDINAL_RU


def _azerbaijani_ordinal(suffix: str) -> bool:
    return _ORDINAL_AZ.match(suffix) is not None


# Not counts, blanked out before numbers are looked for, so no part of them is read.
_URL_OR_PHONE = re.compile(r"https?://\S+|www\.\S+|\+\s?[0-9]{1,4}(?:[\s\-.()]{1,2}[0-9]{1,4}){2,}")
# Dates and times, after their first digit: consumed whole and not returned.
_DATE_TIME_REST = (
    r"[0-9]{3}-[0-9]{2}-[0-9]{2}(?![0-9])"
    r"|[0-9]?[./][0-9]{1,2}[./](?:[0-9]{4}|[0-9]{2})(?![0-9])"
    r"|[0-9]?:[0-9]{2}(?::[0-9]{2})?(?![0-9])"
)
# Grouped digits, after their first digit (which is not 0).
_GROUPED_REST = (
    r"(?<=[1-9])[0-9]{0,2}(?:,[0-9]{3}(?![0-9]))+(?:\.[0-9]+)?"
    r"|(?<=[1-9])[0-9]{0,2}(?:\.[0-9]{3}(?![0-9]))+(?:,[0-9]+)?"
    rf"|(?<=[1-9])[0-9]{{0,2}}(?:{_SPACE_SEP}[0-9]{{3}}(?![0-9]))+(?:[.,][0-9]+)?"
)


def _digits_pattern(style: NumberStyle) -> str:
    multipliers = _trie(style.multipliers)
    if style.comma_decimal:
        plain = r"[0-9]*(?:[.,][0-9]+)?"
    elif multipliers:
        # English "1,2 million" happens in translated copy; a bare "5,6" is a list.
        plain = rf"[0-9]*(?:\.[0-9]+|,[0-9]{{1,2}}(?=\s*{multipliers}(?!{_LETTER})))?"
    else:
        plain = r"[0-9]*(?:\.[0-9]+)?"
    mult = rf"(?:\s*(?P<mult>{multipliers})(?P<msfx>{_LETTER}*))?" if multipliers else ""
    # Starting with a bare digit class lets the regex engine jump from digit to digit.
    # The first digit is not glued to a letter, digit, "#", "№", a letter plus hyphen
    # (PMN-2, COVID-19) or a "1." / "1:" (the tail of a version number or time).
    glued = rf"(?<![\w#№][0-9])(?<!{_LETTER}-[0-9])(?<![0-9][.:][0-9])"
    return (
        rf"[0-9]{glued}(?:(?P<date>{_DATE_TIME_REST})"
        rf"|(?P<rest>{_GROUPED_REST}|{plain})(?![0-9]){mult}(?P<tail>-{_LETTER}+|{_LETTER}+)?)"
    )


def _words_pattern(style: NumberStyle) -> str:
    vocab = style.words
    tail = f"{_LETTER}*" if style.suffixed else f"(?!{_LETTER})"
    word = f"{_trie(vocab)}{tail}"
    if style.articles:
        scales = _trie(w for w, v in vocab.items() if not v.alone)
        article = rf"(?:an?\s+(?={scales}(?!{_LETTER})))?"
        # "one and a half million": the article of "a half" is part of the joint
        joint = r"(?:\s*-\s*|\s+and\s+(?:a\s+(?=half(?!\w)))?|\s+)"
    else:
        article = ""
        joint = r"\s+"
    # Starting with one non-word character lets the engine skip to word starts; the
    # text is searched with a space in front so a number can open it.
    return rf"[^\w](?P<words>{article}{word}(?:{joint}{word})*)"


_UNIT = re.compile(
    r"[ \u00a0\u202f]?(?:"
    r"(?P<pct>%|per\s?cent(?!\w)|percent(?!\w)|faiz\w*|процент\w*)"
    r"|(?P<ha>hectares?(?!\w)|ha(?!\w)|га(?!\w)|гектар\w*|hektar\w*)"
    r"|(?P<km2>km²|km2(?!\w)|sq\.?\s?km(?!\w)|square\s+kilomet\w+|кв\.?\s?км(?!\w)"
    r"|квадратн\w+\s+километр\w*|kv\.?\s?km(?!\w))"
    r")"
)
_GLUED_UNITS = {"ha": "ha", "га": "ha", "km²": "km2"}

_ORDINAL_EN = frozenset({"st", "nd", "rd", "th"})
_ORDINAL_RU = frozenset(
    {"й", "я", "е", "ю", "го", "ого", "его", "му", "ому", "ему", "м", "ом", "ем", "ым"}
    | {"им", "ой", "ая", "ий", "ый", "ое", "ую", "ые", "ых", "ей"}
)
_ORDINAL_AZ = re.compile(r"(?:[iıuü]?n)?c[iıuü]")
STYLES: dict[str, NumberStyle] = {
    "en": NumberStyle(
        ENGLISH,
        ENGLISH_MULTIPLIERS,
        comma_decimal=False,
        suffixed=False,
        articles=True,
        ordinal=_english_ordinal,
    ),
    "ru": NumberStyle(
        # Russian is written with ё or е interchangeably
        _spellings(RUSSIAN, _without_yo),
        RUSSIAN_MULTIPLIERS,
        comma_decimal=True,
        suffixed=False,
        articles=False,
        ordinal=_russian_ordinal,
        key=_without_yo,
    ),
    "az": NumberStyle(
        # "QIRX" lowers to "qirx", and some sites type i for ı throughout
        _spellings(AZERBAIJANI, lambda form: form.replace("ı", "i")),
        AZERBAIJANI_MULTIPLIERS,
        comma_decimal=True,
        suffixed=True,
        articles=False,
        ordinal=_azerbaijani_ordinal,
        thousands_then_digits=True,
    ),
}
# digits only, for a language without number words
_DIGITS_ONLY = NumberStyle(
    {}, {}, comma_decimal=False, suffixed=False, articles=False, ordinal=_english_ordinal
)
_DIGITS: dict[NumberStyle, re.Pattern[str]] = {
    style: re.compile(_digits_pattern(style)) for style in (*STYLES.values(), _DIGITS_ONLY)
}
_WORDS: dict[NumberStyle, re.Pattern[str]] = {
    style: re.compile(_words_pattern(style)) for style in STYLES.values()
}
_AZ_SUFFIX = re.compile(AZ_SUFFIX)
_AZ_SUFFIX_OVERRIDES = {
    stem: re.compile(suffix) for stem, suffix in AZ_SUFFIX_OVERRIDES.items()
} | {stem.replace("ı", "i"): re.compile(suffix) for stem, suffix in AZ_SUFFIX_OVERRIDES.items()}
_AZ_STEMS = sorted(STYLES["az"].words, key=len, reverse=True)
_TOKEN = re.compile(rf"{_LETTER}+")
_AND_A_HALF = re.compile(r"and\s+a\s+half(?!\w)")


def _style(lang: str | None) -> NumberStyle:
    return STYLES.get((lang or "").lower()[:2], _DIGITS_ONLY)


def _lowered(text: str) -> str:
    """``text.lower()`` with every character in place, so spans carry over."""
    low = text.lower()
    if len(low) != len(text):
        # "İ".lower() is two characters (i + combining dot); Azerbaijani means plain i.
        low = text.replace("İ", "i").lower()
        if len(low) != len(text):
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _digits_value(num: str, style: NumberStyle, multiplied: bool) -> Decimal:
    """The value of a digit string whose shape the pattern already checked."""
    text = num.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
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
        if multiplied and len(groups) == 2 and (sep == "." or style.comma_decimal):
            grouping = False  # "1.200 million", "1,200 млн"
        elif sep == "," and len(groups) == 2 and style.comma_decimal and len(groups[1]) != 3:
            grouping = False
        text = text.replace(sep, "") if grouping else text.replace(sep, ".")
    return Decimal(text)


# "52piyada əleyhinə mina": page text loses the space between a count and its noun; a
# glued tail this long is a word of its own, not a unit, suffix or model letter ("5G")
_GLUED_WORD = 4


def _glued_word(tail: str, style: NumberStyle) -> bool:
    return len(tail) >= _GLUED_WORD and tail.islower() and not style.ordinal(tail)


def _is_ordinal_tail(tail: str, style: NumberStyle) -> bool:
    return style.ordinal(tail[1:])


def _unit_at(low: str, pos: int) -> str | None:
    found = _UNIT.match(low, pos)
    if found is None:
        return None
    return "%" if found["pct"] else "ha" if found["ha"] else "km2"


def _multiplier(found: re.Match[str], style: NumberStyle) -> int | None:
    """The factor of the word after the digits, or None when that word is something else."""
    if "mult" not in found.re.groupindex or found["mult"] is None:
        return None
    stem, suffix = found["mult"], found["msfx"]
    if suffix:
        # Only an Azerbaijani case ending keeps the word a multiplier ("milyondan");
        # anything else glued on makes it another word ("mina" = a mine, "millions").
        rule = _AZ_SUFFIX_OVERRIDES.get(stem, _AZ_SUFFIX)
        if not style.suffixed or not rule.fullmatch(suffix):
            return None
    return style.multipliers[stem]


def _digit_match(
    found: re.Match[str], text: str, low: str, style: NumberStyle
) -> NumberMatch | None:
    if found["rest"] is None:
        return None  # a date or time
    start, end = found.start(), found.end("rest")
    digits = low[start:end]
    factor = _multiplier(found, style)
    unit = None
    if factor is not None:
        value: Decimal | int = _digits_value(digits, style, True) * factor
        end = found.end("msfx")
    else:
        value = int(digits) if digits.isdigit() else _digits_value(digits, style, False)
        tail = found["tail"]
        # With a rejected multiplier word the tail belongs to that word, not the digits.
        if tail and found.start("tail") == end:
            if tail.startswith("-"):
                if _is_ordinal_tail(tail, style):
                    return None
            elif tail in _GLUED_UNITS:
                unit = _GLUED_UNITS[tail]
            elif not _glued_word(tail, style):
                return None
    if unit is None:
        unit = _unit_at(low, end)
    number = value if isinstance(value, int) else _as_number(value)
    return NumberMatch(number, start, end, text[start:end], False, unit)


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
        elif role is Role.HALF:
            if not self.units or self.tens or self.hundreds or self.total:
                return False
            self.group += word.value
            self.fraction = True
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
    """The number word a lowered Azerbaijani token is, and whether it carries a suffix."""
    for stem in _AZ_STEMS:
        if token.startswith(stem):
            suffix = token[len(stem) :]
            rule = _AZ_SUFFIX_OVERRIDES.get(stem, _AZ_SUFFIX)
            if rule.fullmatch(suffix):
                return STYLES["az"].words[stem], bool(suffix)
            return None
    return None


def _word_matches(
    found: re.Match[str], text: str, low: str, style: NumberStyle
) -> list[NumberMatch]:
    """The numbers in one run of number words; ``found`` ran over ``" " + low``."""
    vocab = style.words
    results: list[NumberMatch] = []
    composer = _Composer()
    first = last = -1
    article_start = -1
    last_role: Role | None = None
    halving = False

    def close() -> None:
        nonlocal composer, first, last, last_role
        if first >= 0:
            no_one = style.articles and low[first:last] == "one" and low[first - 3 : first] == "no "
            if not no_one:
                unit = _unit_at(low, last)
                number = NumberMatch(composer.value, first, last, text[first:last], True, unit)
                results.append(number)
        composer, first, last, last_role = _Composer(), -1, -1, None

    for token in _TOKEN.finditer(found.string, *found.span("words")):
        start, end = token.start() - 1, token.end() - 1
        lowered = style.key(token.group())
        if halving and lowered in ("and", "a"):
            continue  # "one and a half": the words between the unit and its half
        halving = False
        if style.articles and lowered in ("a", "an"):
            close()
            article_start = start
            continue
        if (
            style.articles
            and lowered == "and"
            and last_role is Role.UNIT
            and _AND_A_HALF.match(found.string, token.start())
        ):
            halving = True
            continue
        if style.articles and lowered == "and":
            # "and" joins only after hundred or a scale: "three hundred and twelve".
            if last_role not in (Role.HUNDRED, Role.SCALE):
                close()
            continue
        suffixed = False
        if style.suffixed:
            entry = _az_word(lowered)
            if entry is None:
                close()  # a suffix that makes it another word ("onlar", "birinci")
                continue
            word, suffixed = entry
        else:
            word = vocab[lowered]
        article = article_start >= 0
        if composer.take(word, article):
            if first < 0:
                first = article_start if article else start
        else:
            close()
            if not composer.take(word):
                article_start = -1
                continue  # a scale with no count before it: "тысяч" alone
            first = start
        article_start = -1
        last, last_role = end, word.role
        if suffixed:
            close()  # the case ending closes the number: "qırx beşi"
    close()
    return results


def _blank_out(low: str) -> str:
    """``low`` with URLs and phone numbers replaced by spaces of the same length."""
    pieces: list[str] = []
    done = 0
    for found in _URL_OR_PHONE.finditer(low):
        pieces += (low[done : found.start()], " " * (found.end() - found.start()))
        done = found.end()
    pieces.append(low[done:])
    return "".join(pieces)


_UNDER_A_THOUSAND = re.compile(r"[0-9]{1,3}")
_AZ_THOUSANDS = re.compile(r"[0-9]+\s+min")
# "431 million 207 thousand 55", "12 тысяч 450": a count spelled scale by scale
_SCALED_DIGITS = re.compile(r"[0-9]{1,3}\s+(?P<scale>[^\W\d_]+)")
_SMALLER_PART = re.compile(r"[0-9]{1,3}(?:\s+[^\W\d_]+)?")


def _scale_of(low: str, match: NumberMatch, style: NumberStyle) -> int | None:
    """The scale word that ends ``match`` ("207 thousand" -> 1000), None when none does."""
    found = _SCALED_DIGITS.search(low, match.start, match.end)
    while found is not None and found.end() != match.end:
        found = _SCALED_DIGITS.search(low, found.end(), match.end)
    if found is None:
        return None
    return style.multipliers.get(style.key(found.group("scale")))


def _thousands_go_on(before: NumberMatch, match: NumberMatch, low: str, style: NumberStyle) -> bool:
    """Whether "5 min 902" is one number: az writes thousands, then the rest, in digits."""
    if low[before.end : match.start].strip():
        return False
    if (
        style.thousands_then_digits
        and _AZ_THOUSANDS.fullmatch(low, before.start, before.end) is not None
        and _UNDER_A_THOUSAND.fullmatch(match.text) is not None
    ):
        return True
    if not isinstance(before.value, int) or not isinstance(match.value, int):
        return False
    if _SMALLER_PART.fullmatch(low, match.start, match.end) is None:
        return False
    scale = _scale_of(low, before, style)
    return scale is not None and match.value < scale and before.value % scale == 0


def _joined(before: NumberMatch, match: NumberMatch, text: str) -> NumberMatch:
    return NumberMatch(
        before.value + match.value,
        before.start,
        match.end,
        text[before.start : match.end],
        False,
        match.unit,
    )


def find_numbers(text: str, lang: str = "en") -> list[NumberMatch]:
    """Every number written in ``text``, in order, non-overlapping, with exact spans.

    Digits are read in any language; number words only in ``lang`` ("en", "ru",
    "az"; any other code reads digits only).
    """
    style = _style(lang)
    low = _lowered(text)
    if "+" in low or "://" in low or "www." in low:
        low = _blank_out(low)
    results: list[NumberMatch] = []
    # Most sentences hold no digit; a substring test per digit is far cheaper than a scan.
    if any(digit in low for digit in "0123456789"):
        for found in _DIGITS[style].finditer(low):
            match = _digit_match(found, text, low, style)
            if match is not None:
                if results and _thousands_go_on(results[-1], match, low, style):
                    results[-1] = _joined(results[-1], match, text)
                    continue
                results.append(match)
    if "\u20e3" in text:
        results = _with_keycaps(results, text)
    if style not in _WORDS:
        return results
    words: list[NumberMatch] = []
    for found in _WORDS[style].finditer(" " + low):
        words.extend(_word_matches(found, text, low, style))
    if not words:
        return results
    # A multiplier word after digits ("2 milyon") is part of the digit match already.
    starts = [match.start for match in results]
    for word in words:
        before = bisect_right(starts, word.start) - 1
        if before >= 0 and results[before].end > word.start:
            continue
        after = before + 1
        if after < len(results) and results[after].start < word.end:
            continue
        results.insert(after, word)
        starts.insert(after, word.start)
    return results


# "3️⃣5️⃣8️⃣" in a post: each digit an emoji keycap (digit, variation selector, keycap mark)
_KEYCAPS = re.compile("(?:[0-9]\ufe0f?\u20e3)+")


def _with_keycaps(results: list[NumberMatch], text: str) -> list[NumberMatch]:
    """``results`` with each run of keycap digits read as one number instead of digit by digit."""
    runs = [match for match in _KEYCAPS.finditer(text)]
    if not runs:
        return results
    kept = [r for r in results if not any(m.start() <= r.start < m.end() for m in runs)]
    for run in runs:
        digits = "".join(char for char in run.group() if char.isdigit())
        kept.append(NumberMatch(int(digits), run.start(), run.end(), run.group(), False))
    return sorted(kept, key=lambda match: match.start)


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
