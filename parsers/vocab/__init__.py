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
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from parsers.models import Bound, Group
from parsers.vocab.prefilter import compile_prefiltered, needles

# Period resolvers the extractor knows; a period pattern names one of them.
# fixed:<iso>     the period starts at a fixed date ("since the end of the 44-day war")
# date            named groups day?, month, year?: "since 10 November 2020", "since August 2022"
# year            named group year: "in 2023", "since 1991"
# decade          named group year (the decade's first year): "since the 1990s"
# past_years      named group n (a number): "over the past 30 years"; a pattern without
#                 group n counts ``days`` years back: "last year" (1), "since the start of
#                 this year" (0)
# past_days       named group n, days back from publication: "over the past week" uses n=7
# range           day, month, year?, day2, month2?, year2?: "during 14-20 March", "between
#                 1 May 2021 and 30 June 2022" (since and until)
# as_of           day?, month, year?: the period ends then ("as of 1 March 2024")
# months_back     the month ``days`` months before publication's: "since the start of the
#                 month" (0), "last month" (1)
PERIOD_KINDS = (
    "fixed",
    "date",
    "year",
    "decade",
    "past_years",
    "past_days",
    "range",
    "as_of",
    "months_back",
    # months of one year counted together: "the first seven months of 2022" (``n``, or the
    # pattern's ``days`` for "the first half"; a negative ``days`` counts the year's last
    # months: "the second half" is -6), "January-July 2022" (``r1_month``,
    # ``r2_month``); no ``year`` group matched means the publication's year
    "months",
    # day, month, year?: the one day several blasts happened on ("On March 3, mine blasts
    # ... wounded five"); it states no period, a sentence summing that day's blasts reads it
    "day",
)


@dataclass(frozen=True, slots=True)
class PeriodPattern:
    pattern: str
    kind: str  # one of PERIOD_KINDS, "fixed:<iso>" for fixed
    days: int = 0  # past_days/past_years patterns without a number ("last week" = 7 days)
    # a point in time ("in January", "in 2023", "last year") rather than a running count
    # ("since August 2022"): it dates an incident without making the sentence a total
    weak: bool = False


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
    # a tense that reads as a running total unless the sentence tells one event ("has been
    # injured as a result of a mine explosion"): yields to ``incident_marker``
    weak_cumulative_marker: str | None = None
    # a people verb right before a number takes it as its object ("mines have killed 45
    # people"); false where a participle before a number is an attribute (Azerbaijani)
    verb_takes_object_after: bool = False
    # with ``verb_takes_object_after``, the verb forms that do: a trigger holding none is a
    # noun or a participle ("из числа пострадавших 70 человек погибли", "от полученных
    # ранений мужчина скончался"), which leaves the count to its own verb; None: every trigger
    finite_verb: str | None = None
    # a count whose noun names victims takes the harm of the verb after it ("70 пострадавших
    # погибли": 70 of the harmed died); false where "320 mine victims were hurt" keeps victims
    victims_noun_takes_verb: bool = False
    # an age in a one-person phrase ("his 11-year-old brother"), named group "age": under
    # 18 the person counts as a child
    minor_age: str | None = None
    # an age in apposition after the person's noun: "a resident, 17 years old"
    minor_age_after: str | None = None
    # one more person of the group the sentence named before ("another was injured", "ещё
    # один", "daha bir nəfər"); the group `person` marks where the count stands
    another: str | None = None
    # right after a count: "N deminers were killed and M others wounded", the others are
    # more of the group of the count before
    others: str | None = None
    # the noun of a count of citizens ("two citizens were injured"): in one incident they
    # are civilians; a total of citizens counts everyone
    citizens: str | None = None
    # a sentence that opens with the one person an incident hurt: "He was seriously injured"
    person_pronoun: str | None = None
    # a sentence that opens with the two people an incident hurt: "Both were injured"
    both_pronoun: str | None = None
    # after a genitive noun, the words that make it a share of it: az "sursatların böyük
    # hissəsi, 510 ədəd" (most of the ordnance, 510 items)
    share_after: str | None = None
    # a sentence that tells what someone reported before a correction: "Turan reported",
    # "Ранее ... сообщал"
    earlier_report: str | None = None
    # between a list of parts and the total they are part of, when the parts come first
    # ("4 qadın və 17 uşaq da daxil olmaqla 397 nəfər")
    parts_before_total: str | None = None
    # a range of counts: the words right before its low end ("from", "от"), between its
    # ends ("to", "до"), and right after its high end (az "qədər"); None: no ranges read
    range_open: str | None = None
    range_joint: str | None = None
    range_close: str | None = None
    # a figure is about another country only when the name is said this way: the words
    # right before it ("in Ukraine"), or right after it ("Ukraine's"); None: any mention
    country_before: str | None = None
    country_after: str | None = None
    # right after a country a comparison names, the words that give it a count of its own
    country_ranked: str | None = None
    # words shortly before a country name that compare rather than locate ("alongside
    # Afghanistan", "more than in Cambodia")
    country_comparison: str | None = None
    # a word pointing back at a country the sentence named without locating it ("there")
    country_there: str | None = None
    # case endings a gazetteer name may carry ("Cəbrayılda", "Füzulidə")
    gazetteer_suffix: str = ""
    # what joins a group word to the number after it, beside a dash or colon ("civilians
    # accounted for 198", "military personnel for 153"); matched against the whole gap
    group_link: str | None = None
    # a phrase that names what a later number counts ("the number of deminers who ...
    # has reached 12"): ``count_of`` ends right before the noun, ``count_link`` is the
    # linking verb that must end the gap before the number
    count_of: str | None = None
    count_link: str | None = None
    # words before a sentence's first number that point back at a total stated earlier in
    # the text ("among the victims", "qurbanların", "среди пострадавших"): the numbers break
    # it down and take its metric (a people verb inside these words names it), period,
    # scope and place
    breakdown_of: str | None = None
    # words that make an area a plan or a possibility, not land cleared ("is planned",
    # "will be cleared", "allows surveying")
    planned: str | None = None
    # a question that asks for a count ("how many", "сколько", "neçə"): in an interview the
    # answer's bare counts take the question's metric and period
    question_count: str | None = None
    # the land a clearance question asks about ("How much land was cleared?"): the answer's
    # unit then says how much
    question_land: str | None = None
    # a country's count that follows the previous sentence's ("Myanmar followed with
    # 1,003"): it takes that figure's metric, group and period; must end at the number
    follows_with: str | None = None
    # a count brought up to date ("the number of injured now stands at three"): after the
    # text told an incident, it corrects that incident's count rather than a running total
    correction: str | None = None
    # "In the same year": the year of the period an earlier sentence stated, not its month
    same_year: str | None = None
    # words pointing back at a span the text stated before ("in that period", "over that
    # time", "bu dövrdə"), in a sentence of a later paragraph: its totals count over that span
    same_period: str | None = None
    # a word pointing back at the place the sentence before named ("1,491 hectares there
    # were cleared"): the count's place is that one
    place_there: str | None = None
    # what harmed the people of a whole sentence when it was no mine: a road accident
    # ("killed ... when the minibus collided with a truck")
    other_cause: str | None = None
    # a word for "pieces" after a count that names nothing ("402 ədəd"): a label before the
    # count may still say what it counts
    count_unit: str | None = None
    # a noun of laying that governs the count of its clause ("the installation of about 2.1
    # million explosive devices", "the planting of N mines"): whatever the devices are
    # called, they were laid
    laying: str | None = None
    # right after a count, the word that names who did it ("5,100 mines were found by the
    # agency, 700 by soldiers"): the noun after it is the doer, not what the count counts
    agent_after: str | None = None
    # words that share a total out ("the largest share fell to Aghdam (12,500 ha)", "payına
    # düşür", "пришлось на"): a sentence's counts with no verb of their own are parts of
    # the total the sentence before stated
    share_of_total: str | None = None
    # the name of an outlet or a body that holds a place or a day ("Karabakh Today", "the
    # Karabakh Revival Fund"): the outlet told the figure, it is no place and no date
    body_name_cs: str | None = None
    # right after a count in one event, people besides those counted before ("three soldiers
    # died and two others were injured"): anyone nearby, of no group; in a running total
    # ("7 deminers died and 19 others were wounded") they stay more of the same group
    others_besides: str | None = None
    # a total that runs up to the day of telling ("to date", "up to now"): a month named in
    # or before its sentence ("ANAMA said in May") is when it was told, not what it counts
    to_date: str | None = None
    # a sentence that opens by saying who the people just counted were ("They were employees
    # of a construction company", "The victim was a shepherd"): the group its noun names
    who_they_were: str | None = None
    # a mine model's name -> the kind of mine it is ("TM-62" anti-tank, "PMN-2"
    # anti-personnel), for a count whose words name the model only; matched at its start
    model_groups_cs: tuple[tuple[str, Group], ...] = ()
    # right after a gazetteer name, the words that make it part of another thing's name,
    # no place: "the Second Karabakh War"; matched case-sensitively, so spell both cases
    gazetteer_not_before_cs: str | None = None
    # a sentence that tells several blasts at once ("mine blasts in Lachin and Fuzuli
    # wounded five people: in one case two, in the other three"): its counts add them up
    several_events: str | None = None
    # right after a mine noun, the words that add ordnance to the same count across a
    # comma ("14 тысяч мин, а также неразорвавшихся снарядов"); an ordnance noun must follow
    lumped_after: str | None = None
    # between a victims verb and the harm it came to, after a comma: "minaya düşüb,
    # nəticədə ... xəsarəti alıb", "подорвался на мине, в результате чего получил ранения"
    consequence_joint: str | None = None
    # land given over ("740 hectares were handed over to the ministry"): cleared when the
    # sentence before, in the same paragraph, told the clearing
    handed_over: str | None = None


@dataclass(frozen=True, slots=True)
class CompiledVocab:
    vocab: Vocab
    months: dict[str, int]
    abbreviations: frozenset[str]
    relevance: Folded
    tail_heading: Folded
    mine_context: Folded
    war_context: Folded
    mine_noun: Folded
    uxo_noun: Folded
    people_noun: Folded
    # the three above and the area units as one union, named groups "mine", "uxo",
    # "people", "area": the noun after a number is one scan, not four
    head_noun: Folded
    area_factors: tuple[tuple[Folded, float], ...]
    found_verb: Folded
    laid_verb: Folded
    cleared_verb: Folded
    people_trigger: Folded
    groups: tuple[tuple[Folded, Group], ...]
    bounds_before: tuple[tuple[Folded, Bound], ...]
    bounds_after: tuple[tuple[Folded, Bound], ...]
    part_before: Folded
    part_after: Folded
    reference_before: Folded
    elliptic_after: Folded
    one_person: Folded
    cumulative_marker: Folded
    incident_marker: Folded
    weak_cumulative_marker: Folded | None
    verb_takes_object_after: bool
    finite_verb: Folded | None
    victims_noun_takes_verb: bool
    minor_age: Folded | None
    minor_age_after: Folded | None
    another: Folded | None
    others: Folded | None
    citizens: Folded | None
    person_pronoun: Folded | None
    both_pronoun: Folded | None
    share_after: Folded | None
    earlier_report: Folded | None
    parts_before_total: Folded | None
    range_open: Folded | None
    range_joint: Folded | None
    range_close: Folded | None
    country_before: Folded | None
    country_after: Folded | None
    country_ranked: Folded | None
    country_comparison: Folded | None
    country_there: Folded | None
    group_link: Folded | None
    count_of: Folded | None
    count_link: Folded | None
    breakdown_of: Folded | None
    planned: Folded | None
    question_count: Folded | None
    question_land: Folded | None
    follows_with: Folded | None
    correction: Folded | None
    same_year: Folded | None
    same_period: Folded | None
    place_there: Folded | None
    count_unit: Folded | None
    several_events: Folded | None
    periods: tuple[tuple[Folded, str, int, bool], ...]
    # matches wherever one of ``periods`` does: most sentences state no period, and one
    # scan of the union rules them all out
    any_period: Folded
    not_figure: Folded
    date: Folded
    place: tuple[Needled, ...]
    gazetteer: Needled | None
    country: Needled | None
    countries: dict[str, str]
    made_in: Needled
    made_adjective: Folded | None
    made_adjectives: dict[str, str]
    mine_model: Needled
    other_cause: Folded | None
    laying: Folded | None = None
    agent_after: Folded | None = None
    share_of_total: Folded | None = None
    body_name: Needled | None = None
    others_besides: Folded | None = None
    to_date: Folded | None = None
    who_they_were: Folded | None = None
    lumped_after: Folded | None = None
    consequence_joint: Folded | None = None
    handed_over: Folded | None = None
    model_groups: tuple[tuple[re.Pattern[str], Group], ...] = ()


# re.IGNORECASE makes the matcher fold case at every position it tries, which costs more
# than the rest of the extractor; a pattern written in lower case and run on
# ``fold(text)`` matches the same spans several times faster.
_TEXT_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def fold(text: str) -> str:
    """``text`` in lower case with every character in place, so spans carry over.

    Dotted and dotless i fold to "i" (as re.IGNORECASE lets "i" match both); "İ" would
    otherwise lower to two characters.
    """
    if text.isascii():
        return text.lower()
    # str.replace scans in C; translate with a table looks every character up in a dict
    low = text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text.translate(_TEXT_FOLDS))
    return low


def _fold_pattern(source: str) -> str:
    """A regex source in lower case, leaving escapes (``\\S``, ``\\W``) and group names alone."""
    out = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        if source.startswith(("(?P<", "(?P="), index):
            close = source.index(">" if source[index + 3] == "<" else ")", index)
            out.append(source[index : close + 1])
            index = close + 1
            continue
        out.append(fold(char))
        index += 1
    return "".join(out)


# The extractor asks dozens of questions of one sentence and of the slices around each
# number; str caches its hash, so a hit costs less than folding again.
_fold_cached = lru_cache(maxsize=512)(fold)


class Needled:
    """A pattern behind its needle test (``prefilter.needles``): the re.Pattern methods we use.

    A text that holds none of the strings every match contains is not scanned at all.
    """

    __slots__ = ("needles", "pattern")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = compile_prefiltered(source, flags)
        self.needles = needles(source, flags)

    @staticmethod
    def _view(text: str) -> str:
        """The text as the pattern reads it."""
        return text

    # The needle test is written out in the two scanning methods: a call to share it
    # would cost as much as the test.

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        seen = self._view(text)
        if self.needles is not None:
            for needle in self.needles:
                if needle in seen:
                    break
            else:
                return None
        return self.pattern.search(seen, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(self._view(text), pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(self._view(text), pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        seen = self._view(text)
        if self.needles is not None:
            for needle in self.needles:
                if needle in seen:
                    break
            else:
                return iter(())
        return self.pattern.finditer(seen, pos, endpos)

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.pattern.groupindex


class Folded(Needled):
    """A case-insensitive pattern run on the folded text.

    Match objects index the caller's text, but their group strings are the folded ones.
    """

    __slots__ = ()

    def __init__(self, source: str, flags: int = 0) -> None:
        super().__init__(_fold_pattern(source), flags)

    _view = staticmethod(_fold_cached)


def alternation(words: Iterable[object], folded: bool = False) -> str:
    """A regex matching any of ``words``, the longest first, factored by common prefixes.

    A flat list of a hundred month forms is tried form by form wherever its first letter
    stands; the trie gives up after a letter or two. The words that match at one place
    are prefixes of each other, and both forms try them longest first, so they match
    the same. ``folded``: the words as a ``Folded`` pattern will see them (two spellings
    that fold alike make one branch, as the longest-first order needs).
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in fold(str(word)) if folded else str(word):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie(root)


def _trie(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # greedy: the longer words through this node are tried before the one ending here
    return f"(?:{body})?" if "" in node else body


_GROUP_NAME = re.compile(r"\(\?P<\w+>")


def _unnamed(source: str) -> str:
    """A regex source with its named groups made plain, so several can join in one union."""
    if "(?P=" in source:
        raise ValueError(f"a period pattern refers back to a named group: {source!r}")
    return _GROUP_NAME.sub("(?:", source)


def _folded(pattern: str | None) -> Folded | None:
    """An optional field's pattern, compiled when the language has one."""
    return Folded(pattern) if pattern else None


def _needled(pattern: str | None) -> Needled | None:
    return Needled(pattern) if pattern else None


def _compile(vocab: Vocab) -> CompiledVocab:
    months = alternation(vocab.months, folded=True)
    # A date a period phrase did not claim is still not a figure: "On November 23, ..."
    date = Folded(
        rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b\.?(?:,?\s+\d{{4}})?"
        # "В январе 1 200 мин": a number grouped by a space after the month is no day
        rf"|(?:{months})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\s,.]\d{{3}}\b)(?:,?\s+\d{{4}})?"
        rf"|(?:{months})\b\.?,?\s+(?:of\s+)?\d{{4}})",
    )
    people = (
        rf"(?P<victims>{vocab.victims_trigger})"
        rf"|(?P<killed>{vocab.killed_trigger})"
        rf"|(?P<injured>{vocab.injured_trigger})"
    )
    countries = vocab.countries
    period_sources = [p.pattern.replace("{MONTH}", f"(?:{months})") for p in vocab.periods]
    area_units = "|".join(f"(?:{unit})" for unit in vocab.area_units)
    any_period = Folded("|".join(f"(?:{_unnamed(source)})" for source in period_sources))
    return CompiledVocab(
        vocab=vocab,
        # keys folded like the text: a month group of "Oktyabrın" reads "oktyabrin"
        months={fold(name): number for name, number in vocab.months.items()},
        abbreviations=frozenset(word.lower() for word in vocab.abbreviations),
        relevance=Folded(vocab.relevance),
        tail_heading=Folded(rf"^[ \t]*(?:{vocab.tail_heading})[ \t:]*$", re.MULTILINE),
        mine_context=Folded(vocab.mine_context),
        war_context=Folded(vocab.war_context),
        mine_noun=Folded(vocab.mine_noun),
        uxo_noun=Folded(vocab.uxo_noun),
        people_noun=Folded(vocab.people_noun),
        head_noun=Folded(
            rf"(?P<mine>{vocab.mine_noun})|(?P<uxo>{vocab.uxo_noun})"
            rf"|(?P<people>{vocab.people_noun})|(?P<area>{area_units})"
        ),
        area_factors=tuple(
            (Folded(f"(?:{unit})"), factor) for unit, factor in vocab.area_units.items()
        ),
        found_verb=Folded(vocab.found_verb),
        laid_verb=Folded(vocab.laid_verb),
        cleared_verb=Folded(vocab.cleared_verb),
        people_trigger=Folded(people),
        groups=tuple((Folded(pattern), group) for pattern, group in vocab.groups),
        bounds_before=tuple(
            (Folded(rf"(?:{pattern})\s*$"), bound) for pattern, bound in vocab.bounds_before
        ),
        bounds_after=tuple(
            (Folded(rf"^\s*(?:{pattern})"), bound) for pattern, bound in vocab.bounds_after
        ),
        part_before=Folded(rf"(?:{vocab.part_before})[\s:,(—–]*$"),
        part_after=Folded(rf"\s*(?:{vocab.part_after})"),
        reference_before=Folded(rf"(?:{vocab.reference_before})\s*$"),
        elliptic_after=Folded(rf"\s*(?:{vocab.elliptic_after})"),
        one_person=Folded(vocab.one_person),
        cumulative_marker=Folded(vocab.cumulative_marker),
        incident_marker=Folded(vocab.incident_marker),
        weak_cumulative_marker=(_folded(vocab.weak_cumulative_marker)),
        verb_takes_object_after=vocab.verb_takes_object_after,
        victims_noun_takes_verb=vocab.victims_noun_takes_verb,
        finite_verb=_folded(vocab.finite_verb),
        minor_age=_folded(vocab.minor_age),
        minor_age_after=_folded(vocab.minor_age_after),
        another=_folded(vocab.another),
        others=_folded(vocab.others),
        citizens=_folded(vocab.citizens),
        person_pronoun=_folded(vocab.person_pronoun),
        both_pronoun=_folded(vocab.both_pronoun),
        earlier_report=_folded(vocab.earlier_report),
        share_after=Folded(rf"\s*(?:{vocab.share_after})\s*") if vocab.share_after else None,
        parts_before_total=(
            Folded(rf"\s*(?:{vocab.parts_before_total})\s*") if vocab.parts_before_total else None
        ),
        range_open=Folded(rf"(?:{vocab.range_open})$") if vocab.range_open else None,
        range_joint=_folded(vocab.range_joint),
        range_close=_folded(vocab.range_close),
        country_before=(Folded(rf"(?:{vocab.country_before})$") if vocab.country_before else None),
        country_after=_folded(vocab.country_after),
        country_ranked=_folded(vocab.country_ranked),
        country_comparison=_folded(vocab.country_comparison),
        country_there=_folded(vocab.country_there),
        group_link=_folded(vocab.group_link),
        count_of=_folded(vocab.count_of),
        count_link=Folded(rf"(?:{vocab.count_link})\s*$") if vocab.count_link else None,
        breakdown_of=_folded(vocab.breakdown_of),
        planned=_folded(vocab.planned),
        question_count=_folded(vocab.question_count),
        question_land=_folded(vocab.question_land),
        follows_with=Folded(rf"(?:{vocab.follows_with})\s*$") if vocab.follows_with else None,
        correction=_folded(vocab.correction),
        same_year=_folded(vocab.same_year),
        same_period=_folded(vocab.same_period),
        place_there=_folded(vocab.place_there),
        count_unit=_folded(vocab.count_unit),
        several_events=_folded(vocab.several_events),
        periods=tuple(
            (
                Folded(period_sources[index]),
                period.kind,
                period.days,
                period.weak,
            )
            for index, period in enumerate(vocab.periods)
        ),
        any_period=any_period,
        not_figure=Folded("|".join(f"(?:{pattern})" for pattern in vocab.not_figure)),
        date=date,
        place=tuple(Needled(pattern) for pattern in vocab.place_cs),
        gazetteer=(
            Needled(
                rf"\b(?P<name>{alternation(vocab.gazetteer)})(?:{vocab.gazetteer_suffix})?\b"
                + (f"(?!{vocab.gazetteer_not_before_cs})" if vocab.gazetteer_not_before_cs else "")
            )
            if vocab.gazetteer
            else None
        ),
        country=Needled(rf"\b(?P<name>{alternation(countries)})\b") if countries else None,
        countries=dict(countries),
        made_in=Needled(vocab.made_in_cs),
        made_adjective=(
            Folded(rf"\b(?P<name>{alternation(vocab.made_adjectives, folded=True)})")
            if vocab.made_adjectives
            else None
        ),
        made_adjectives={fold(word): name for word, name in vocab.made_adjectives.items()},
        mine_model=Needled(vocab.mine_model_cs),
        other_cause=_folded(vocab.other_cause),
        laying=_folded(vocab.laying),
        agent_after=Folded(rf"\s*(?:{vocab.agent_after})") if vocab.agent_after else None,
        share_of_total=_folded(vocab.share_of_total),
        body_name=_needled(vocab.body_name_cs),
        others_besides=_folded(vocab.others_besides),
        to_date=_folded(vocab.to_date),
        who_they_were=_folded(vocab.who_they_were),
        consequence_joint=_folded(vocab.consequence_joint),
        handed_over=_folded(vocab.handed_over),
        lumped_after=(
            Folded(rf"(?:{vocab.lumped_after})(?:{vocab.uxo_noun})") if vocab.lumped_after else None
        ),
        model_groups=tuple((re.compile(source), group) for source, group in vocab.model_groups_cs),
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
