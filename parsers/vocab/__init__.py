"""Everything language-specific the figure extractor reads, one module per language.

A language module (``parsers/vocab/en.py``) defines ``VOCAB = Vocab(...)``: regular
expression sources and small tables, nothing executable. The extractor compiles them
once per language (``compiled(lang)``) and never hard-codes a word of any language,
so adding Russian or Azerbaijani is adding ``ru.py`` / ``az.py``.

Conventions for the regex sources: they are compiled case-insensitively unless the
field name ends in ``_cs`` (case-sensitive: proper names, model designations).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache

from parsers.models import Bound, Group

# Period resolvers the extractor knows; a period pattern names one of them.
# fixed:<iso>     the period starts at a fixed date ("since the end of the 44-day war")
# date            named groups day?, month, year?: "since 10 November 2020", "since August 2022"
# year            named group year: "in 2023", "since 1991"
# decade          named group year (the decade's first year): "since the 1990s"
# past_years      named group n (a number): "over the past 30 years"
# past_days       named group n, days back from publication: "over the past week" uses n=7
# range           day, month, year?, day2, month2?, year2?: "during 14-20 March", "between
#                 1 May 2021 and 30 June 2022" (since and until)
# as_of           day?, month, year?: the period ends then ("as of 1 March 2024")
PERIOD_KINDS = ("fixed", "date", "year", "decade", "past_years", "past_days", "range", "as_of")


@dataclass(frozen=True, slots=True)
class PeriodPattern:
    pattern: str
    kind: str  # one of PERIOD_KINDS, "fixed:<iso>" for fixed
    days: int = 0  # for past_days patterns without a number ("last week" = 7)


@dataclass(frozen=True, slots=True)
class Vocab:
    """The words of one language. Field docs say what each pattern must match."""

    lang: str
    # month name (lower case, any form a text uses) -> 1..12
    months: dict[str, int]
    # words after which a full stop does not end a sentence (lower case, without the dot)
    abbreviations: frozenset[str]
    # a sentence that matches none of these is skipped without further work
    relevance: str
    # a line that starts page chrome to the end of the text ("Related posts")
    tail_heading: str
    # the sentence or clause is about mines / explosive remnants at all
    mine_context: str
    # words that say people died in the war itself, not by mines
    war_context: str
    # head nouns, matched a few words after a number
    mine_noun: str
    uxo_noun: str
    people_noun: str
    # area units: pattern source -> hectares per unit
    area_units: dict[str, float]
    # verbs and phrases
    found_verb: str
    laid_verb: str
    cleared_verb: str
    victims_trigger: str
    killed_trigger: str
    injured_trigger: str
    # (pattern, group); people and mine groups together
    groups: tuple[tuple[str, Group], ...]
    # bound words immediately before a number (pattern, bound); after it (e.g. "or more")
    bounds_before: tuple[tuple[str, Bound], ...]
    bounds_after: tuple[tuple[str, Bound], ...]
    # words that make a number part of the previous total: "including 3 journalists"
    part_before: str
    # right after a number: "50 of them died"
    part_after: str
    # right before a number that restates a total: "of the 45 dead"
    reference_before: str
    # what may follow a number that leaves its noun implicit: "as well as 1,609 in ..."
    elliptic_after: str
    # "a civilian", "an ANAMA deminer": one person, only in an incident; group "noun"
    one_person: str
    # words that make a sentence a running total, or one event
    cumulative_marker: str
    incident_marker: str
    periods: tuple[PeriodPattern, ...]
    # spans whose numbers are never figures (ages, reading times, paragraph numbers, money...)
    not_figure: tuple[str, ...]
    # a place: named group "name" holds the proper name to keep
    place_cs: tuple[str, ...]
    # place names recognised without a designator ("in Aghdam")
    gazetteer: frozenset[str]
    # other countries (a figure about them gets country=...); name as written -> name kept
    countries: dict[str, str]
    # "produced in Armenia in 2021": named groups country?, year?
    made_in_cs: str
    # "Armenian-made" -> Armenia
    made_adjectives: dict[str, str]
    # mine model designations: "PMN-E", "TM-62"
    mine_model_cs: str


@dataclass(frozen=True, slots=True)
class CompiledVocab:
    vocab: Vocab
    months: dict[str, int]
    abbreviations: frozenset[str]
    relevance: re.Pattern[str]
    tail_heading: re.Pattern[str]
    mine_context: re.Pattern[str]
    war_context: re.Pattern[str]
    mine_noun: re.Pattern[str]
    uxo_noun: re.Pattern[str]
    people_noun: re.Pattern[str]
    area_unit: re.Pattern[str]
    area_factors: tuple[tuple[re.Pattern[str], float], ...]
    found_verb: re.Pattern[str]
    laid_verb: re.Pattern[str]
    cleared_verb: re.Pattern[str]
    people_trigger: re.Pattern[str]
    groups: tuple[tuple[re.Pattern[str], Group], ...]
    bounds_before: tuple[tuple[re.Pattern[str], Bound], ...]
    bounds_after: tuple[tuple[re.Pattern[str], Bound], ...]
    part_before: re.Pattern[str]
    part_after: re.Pattern[str]
    reference_before: re.Pattern[str]
    elliptic_after: re.Pattern[str]
    one_person: re.Pattern[str]
    cumulative_marker: re.Pattern[str]
    incident_marker: re.Pattern[str]
    periods: tuple[tuple[re.Pattern[str], str, int], ...]
    not_figure: re.Pattern[str]
    date: re.Pattern[str]
    place: tuple[re.Pattern[str], ...]
    gazetteer: re.Pattern[str] | None
    country: re.Pattern[str] | None
    countries: dict[str, str]
    made_in: re.Pattern[str]
    made_adjective: re.Pattern[str] | None
    made_adjectives: dict[str, str]
    mine_model: re.Pattern[str]


_I = re.IGNORECASE


def _alternation(words: object) -> str:
    ordered = sorted((str(word) for word in words), key=len, reverse=True)
    return "|".join(re.escape(word) for word in ordered)


def _compile(vocab: Vocab) -> CompiledVocab:
    months = _alternation(vocab.months)
    # A date a period phrase did not claim is still not a figure: "On November 23, ..."
    date = re.compile(
        rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b\.?(?:,?\s+\d{{4}})?"
        rf"|(?:{months})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
        rf"|(?:{months})\b\.?,?\s+(?:of\s+)?\d{{4}})",
        _I,
    )
    people = (
        rf"(?P<victims>{vocab.victims_trigger})"
        rf"|(?P<killed>{vocab.killed_trigger})"
        rf"|(?P<injured>{vocab.injured_trigger})"
    )
    countries = vocab.countries
    return CompiledVocab(
        vocab=vocab,
        months={name.lower(): number for name, number in vocab.months.items()},
        abbreviations=frozenset(word.lower() for word in vocab.abbreviations),
        relevance=re.compile(vocab.relevance, _I),
        tail_heading=re.compile(rf"^[ \t]*(?:{vocab.tail_heading})[ \t:]*$", _I | re.MULTILINE),
        mine_context=re.compile(vocab.mine_context, _I),
        war_context=re.compile(vocab.war_context, _I),
        mine_noun=re.compile(vocab.mine_noun, _I),
        uxo_noun=re.compile(vocab.uxo_noun, _I),
        people_noun=re.compile(vocab.people_noun, _I),
        area_unit=re.compile("|".join(f"(?:{unit})" for unit in vocab.area_units), _I),
        area_factors=tuple(
            (re.compile(f"(?:{unit})", _I), factor) for unit, factor in vocab.area_units.items()
        ),
        found_verb=re.compile(vocab.found_verb, _I),
        laid_verb=re.compile(vocab.laid_verb, _I),
        cleared_verb=re.compile(vocab.cleared_verb, _I),
        people_trigger=re.compile(people, _I),
        groups=tuple((re.compile(pattern, _I), group) for pattern, group in vocab.groups),
        bounds_before=tuple(
            (re.compile(rf"(?:{pattern})\s*$", _I), bound) for pattern, bound in vocab.bounds_before
        ),
        bounds_after=tuple(
            (re.compile(rf"^\s*(?:{pattern})", _I), bound) for pattern, bound in vocab.bounds_after
        ),
        part_before=re.compile(rf"(?:{vocab.part_before})[\s:,(]*$", _I),
        part_after=re.compile(rf"\s*(?:{vocab.part_after})", _I),
        reference_before=re.compile(rf"(?:{vocab.reference_before})\s*$", _I),
        elliptic_after=re.compile(rf"\s*(?:{vocab.elliptic_after})", _I),
        one_person=re.compile(vocab.one_person, _I),
        cumulative_marker=re.compile(vocab.cumulative_marker, _I),
        incident_marker=re.compile(vocab.incident_marker, _I),
        periods=tuple(
            (
                re.compile(period.pattern.replace("{MONTH}", f"(?:{months})"), _I),
                period.kind,
                period.days,
            )
            for period in vocab.periods
        ),
        not_figure=re.compile("|".join(f"(?:{pattern})" for pattern in vocab.not_figure), _I),
        date=date,
        place=tuple(re.compile(pattern) for pattern in vocab.place_cs),
        gazetteer=(
            re.compile(rf"\b(?P<name>{_alternation(vocab.gazetteer)})\b")
            if vocab.gazetteer
            else None
        ),
        country=re.compile(rf"\b(?P<name>{_alternation(countries)})\b") if countries else None,
        countries=dict(countries),
        made_in=re.compile(vocab.made_in_cs),
        made_adjective=(
            re.compile(rf"\b(?P<name>{_alternation(vocab.made_adjectives)})", _I)
            if vocab.made_adjectives
            else None
        ),
        made_adjectives={word.lower(): name for word, name in vocab.made_adjectives.items()},
        mine_model=re.compile(vocab.mine_model_cs),
    )


class UnknownLanguage(ValueError):
    """No vocabulary module exists for the language asked for."""


@cache
def compiled(lang: str) -> CompiledVocab:
    """The compiled vocabulary of ``lang``; raises UnknownLanguage naming the module looked for."""
    if not re.fullmatch(r"[a-z]{2,3}", lang or ""):
        raise UnknownLanguage(f"language code {lang!r} is not a two- or three-letter code")
    try:
        module = importlib.import_module(f"parsers.vocab.{lang}")
    except ModuleNotFoundError as error:
        raise UnknownLanguage(
            f"no vocabulary for language {lang!r} (expected module parsers/vocab/{lang}.py)"
        ) from error
    vocab = getattr(module, "VOCAB", None)
    if not isinstance(vocab, Vocab):
        raise UnknownLanguage(f"parsers/vocab/{lang}.py defines no VOCAB = Vocab(...)")
    return _compile(vocab)


def available(lang: str) -> bool:
    try:
        compiled(lang)
    except UnknownLanguage:
        return False
    return True
