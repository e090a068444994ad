"""Resolve the period a sentence states ("since August 2022") to ISO since/until.

The phrases themselves are language data (``Vocab.periods``); this module only knows
how to turn the named groups of a match into dates. The publication date supplies a
year the text leaves out ("during 14-20 March") and anchors relative periods ("over
the past week"). No clock: without a publication date a relative period stays open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from parsers.vocab import CompiledVocab

# The first Karabakh war: "over the past 30 years" counted from the 2020s means this.
FIRST_WAR_START = "1991"
# "over the past 30 years" said in 2025 still counts from the occupation
_FIRST_WAR_YEARS = range(1988, 2000)
# The 2020 war ended with the trilateral statement of 10 November: "since November 2020"
# counts from that day, so its totals compare with those "since the end of the war".
SECOND_WAR_END = "2020-11-10"
_SECOND_WAR_END_MONTH = SECOND_WAR_END[:7]


@dataclass(frozen=True, slots=True)
class Period:
    since: str | None
    until: str | None
    start: int  # span of the phrase within the sentence
    end: int
    weak: bool = False  # a point in time: see ``parsers.vocab.PeriodPattern.weak``
    # a span of days or years ("Oktyabrın 9-dan 15-dək"): a total over it even when the
    # year is unknown and since/until stay None
    span: bool = False
    # a month or day whose year the text left out ("in January"): the year is the
    # publication's guess, and a year stated earlier in the paragraph is a better one
    yearless: bool = False
    # the last day of a past year or month a total is counted over ("in 2023" ->
    # 2023-12-31, "last month"): the figure's date, while ``until`` stays None so the
    # phrase still reads as a loose point in time wherever that matters
    closes: str | None = None


def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _group(match: re.Match[str], name: str) -> str | None:
    for suffix in ("", "_b", "_c", "_d"):
        key = name + suffix
        if key in match.re.groupindex and match.group(key):
            return match.group(key)
    return None


def _month(name: str, vocab: CompiledVocab) -> int | None:
    """The number of a month group's name ("Oct." and "oktyabrin" as the vocabulary keys them)."""
    if name.isdigit():
        # "12.02.2024 – 18.02.2024": a date written in figures
        return int(name) if 1 <= int(name) <= 12 else None
    return vocab.months.get(name.lower().rstrip("."))


def _date_of(
    match: re.Match[str], vocab: CompiledVocab, pub: date | None, prefix: str = ""
) -> str | None:
    month_name = _group(match, prefix + "month")
    year_text = _group(match, prefix + "year")
    if prefix == "r1_" and month_name is None:
        # "14-20 March 2023": the start shares the end's month and year
        month_name, year_text = _group(match, "r2_month"), year_text or _group(match, "r2_year")
    day_text = _group(match, prefix + "day")
    if month_name is None:
        return year_text
    month = _month(month_name, vocab)
    if month is None:
        return None
    if prefix == "r1_" and year_text is None:
        year_text = _start_year(match, vocab, month)
    if year_text is not None:
        year = int(year_text)
    elif pub is not None:
        # a month later than publication month, with no year, is last year's
        year = pub.year if month <= pub.month else pub.year - 1
    else:
        return None
    if day_text is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, int(day_text)).isoformat()
    except ValueError:
        return None


def _start_year(match: re.Match[str], vocab: CompiledVocab, month: int) -> str | None:
    """ "Between 1 May and 30 June 2024": a start without a year is in the end's year.

    A start month after the end month ("from 1 December to 15 January 2024") is the year before.
    """
    end_year, end_month = _group(match, "r2_year"), _group(match, "r2_month")
    if end_year is None:
        return None
    end = _month(end_month, vocab) if end_month else None
    return str(int(end_year) - 1) if end is not None and month > end else end_year


def _count(text: str, lang: str) -> int | None:
    if text.isdigit():
        return int(text)
    from parsers.numbers import parse_number

    value = parse_number(text, lang)
    return int(value) if isinstance(value, int | float) else None


def _resolve(
    match: re.Match[str], kind: str, days: int, vocab: CompiledVocab, pub: date | None
) -> tuple[str | None, str | None]:
    if kind.startswith("fixed:"):
        return kind.removeprefix("fixed:"), None
    if kind in ("date", "day"):
        return _date_of(match, vocab, pub), None
    if kind == "as_of":
        until = _date_of(match, vocab, pub)
        # "by the end of 2018": the year's last day
        return None, (_closing_day(until, None) if until and len(until) == 4 else until)
    if kind == "range":
        since = _date_of(match, vocab, pub, "r1_")
        until = _date_of(match, vocab, pub, "r2_")
        if since and until and since > until and len(until) >= len("2023-12"):
            # "from January through December", no year, published in January: both months
            # are the year the range ends in, not the start the publication's month
            year = int(until[:4]) - (since[5:7] > until[5:7])
            since = f"{year:04d}{since[4:]}"
        # "from January to March": to the end of March
        return _whole_year(since, _closing_day(until, None) if until and len(until) == 7 else until)
    if kind in ("year", "decade"):
        return match.group("year"), None
    if kind == "past_years":
        # no number in the phrase: the pattern's ``days`` counts years ("last year" = 1)
        words = match.group("n") if "n" in match.re.groupindex else None
        n = _count(words, vocab.vocab.lang) if words else days
        if n is None:
            return None, None
        if pub is None:
            return (FIRST_WAR_START if n >= 25 else None), None
        start = pub.year - n
        return (FIRST_WAR_START if start in _FIRST_WAR_YEARS else str(start)), None
    if kind == "months":
        return _months(match, days, vocab, pub)
    if kind == "months_back":
        if pub is None:
            return None, None
        months = pub.year * 12 + pub.month - 1 - days
        return f"{months // 12:04d}-{months % 12 + 1:02d}", None
    if kind == "past_days":
        n = days
        if "n" in match.re.groupindex and match.group("n"):
            n = _count(match.group("n"), vocab.vocab.lang) or 0
        if pub is None or n <= 0:
            return None, None
        return (pub - timedelta(days=n)).isoformat(), None
    raise ValueError(f"vocabulary {vocab.vocab.lang!r}: unknown period kind {kind!r}")


def _months(
    match: re.Match[str], days: int, vocab: CompiledVocab, pub: date | None
) -> tuple[str | None, str | None]:
    """ "The first seven months of 2022": from its first month to the end of its last."""
    year_text = _group(match, "year")
    if year_text is None and pub is None:
        return None, None
    year = int(year_text) if year_text else pub.year  # type: ignore[union-attr]
    first_name, last_name = _group(match, "r1_month"), _group(match, "r2_month")
    first = _month(first_name, vocab) if first_name else 1
    words = _group(match, "n")
    last = (
        _month(last_name, vocab)
        if last_name
        else (_count(words, vocab.vocab.lang) if words else days)
    )
    if days < 0 and not first_name and not words:
        # "the second half of 2023": the year's last -days months
        first, last = 13 + days, 12
    if first is None or last is None or not first <= last <= 12:
        return None, None
    return _whole_year(f"{year:04d}-{first:02d}", _closing_day(f"{year:04d}-{last:02d}", pub))


def _whole_year(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """ "From January through December 2023" is the year 2023, as "in 2023" is."""
    if since and until and since[4:] == "-01" and until == f"{since[:4]}-12-31":
        return since[:4], until
    return since, until


def _closing_day(since: str | None, pub: date | None) -> str | None:
    """The last day of the year or month ``since`` names, if that span ended before ``pub``."""
    if since is None:
        return None
    if len(since) == len("2023"):
        end = date(int(since), 12, 31)
    elif len(since) == len("2023-01"):
        year, month = int(since[:4]), int(since[5:7])
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    else:
        return None
    return end.isoformat() if pub is None or end < pub else None


def _names_no_year(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    named = any(value for name, value in groups.items() if "month" in name)
    return named and not any(value for name, value in groups.items() if "year" in name)


def find_periods(sentence: str, vocab: CompiledVocab, published: str | None) -> list[Period]:
    """Every period phrase in ``sentence``, earliest first, none overlapping another.

    Patterns listed first in the vocabulary win an overlap: the specific ("between 1 May
    2021 and 30 June 2022") before the general ("since 2021").
    """
    first = vocab.any_period.search(sentence)
    if first is None:
        return []
    # no single pattern matches before the union does: their scans may start there
    begin = first.start()
    pub = _published_date(published)
    taken: list[Period] = []
    for pattern, kind, days, weak in vocab.periods:
        for match in pattern.finditer(sentence, begin):
            if any(match.start() < p.end and p.start < match.end() for p in taken):
                continue
            since, until = _resolve(match, kind, days, vocab, pub)
            if since == _SECOND_WAR_END_MONTH and not weak:
                since = SECOND_WAR_END  # "since November 2020", not "in November 2020"
            yearless = kind in ("date", "as_of", "range") and _names_no_year(match)
            if weak and kind == "months":
                # "in March this year" dates one blast as "in March 2024" does: the month's
                # end closes a total over it without making every sentence a running count
                until = None
            closes = _closing_day(since, pub) if weak and until is None else None
            if kind == "day":
                # a day dates one blast and states no span: only a sentence that sums the
                # blasts of that day reads it (``closes``)
                since, until, closes = None, None, since if since and len(since) == 10 else None
            taken.append(
                Period(
                    since,
                    until,
                    match.start(),
                    match.end(),
                    weak,
                    kind == "range",
                    yearless,
                    closes,
                )
            )
    taken.sort(key=lambda period: period.start)
    return _joined(taken)


def _joined(periods: list[Period]) -> list[Period]:
    """A start and an end told as two phrases ("from the end of the war to August 1"): one span."""
    joined: list[Period] = []
    for period in periods:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.since is not None
            and last.until is None
            and not last.weak
            and period.since is None
            and period.until is not None
            and period.start - last.end <= 1
        ):
            joined[-1] = Period(last.since, period.until, last.start, period.end, span=True)
            continue
        joined.append(period)
    return joined
