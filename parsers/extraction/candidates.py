"""The numbers of a sentence that may be figures, each with its head noun and group.

A candidate is a number ``parsers.numbers`` finds outside dates, periods, model names,
ages and money, plus "a civilian" (= 1) in incidents; its head is the noun after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, pairwise

from parsers.extraction.clauses import CLAUSE_BREAK, HEAD_STOP, LIST_JOINT
from parsers.models import Bound, Group, Metric
from parsers.numbers import NumberMatch, find_numbers
from parsers.periods import Period
from parsers.vocab import CompiledVocab

_HEAD_WORDS = 6

_WORD = re.compile(r"\S+")

MINE_GROUPS = frozenset({Group.ANTI_PERSONNEL, Group.ANTI_TANK})

_ADULT_AGE = 18


@dataclass(slots=True)
class Candidate:
    value: int | float
    start: int  # span within the sentence
    end: int
    one_person: bool = False
    another: bool = False  # "another was injured": one more of the group named before
    kind: str | None = None  # "mine", "uxo", "area", "people"
    group: Group = Group.ALL
    noun_end: int = 0  # end of the head noun, or of the number when there is none
    area_factor: float = 1.0
    dependent: bool = False  # a part of the previous total: "including 3 journalists"
    labelled: bool = False  # named by a label before it: "Anti-personnel mines found: 1,234"
    metric: Metric | None = None
    place: str | None = None
    # "Ağdamda 40, Füzulidə isə 25 mina": the count of the place before it, the noun after
    distributed: bool = False
    noun: str = ""  # the people noun that heads it, lower case: "employees", "əməkdaşı"
    bound: Bound | None = None  # set by what stands around it: the ends of a range
    follows: bool = False  # a later count of a ranking that "Myanmar followed with" opened

    @property
    def head_end(self) -> int:
        """Where the count and its head noun end ("12 children| and 3 women")."""
        return max(self.noun_end, self.end)


class Spans:
    """Spans of a text, sorted so that asking whether one overlaps a range is a bisection."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        # the furthest end of the spans up to each one: zero-width spans stay exact
        self._reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        opened = bisect_left(self._starts, end)  # the spans that start before ``end``
        return opened > 0 and self._reach[opened - 1] > start


def _masks(
    text: str, vocab: CompiledVocab, periods: list[Period], made: list[re.Match[str]]
) -> Spans:
    spans = [(p.start, p.end) for p in periods]
    for pattern in (vocab.not_figure, vocab.date, vocab.mine_model):
        spans.extend(match.span() for match in pattern.finditer(text))
    spans.extend(match.span() for match in made)
    return Spans(spans)


# "41 тыс. (41 212)": the dot of an abbreviated multiplier may come first
_BRACKET_OPEN = re.compile(r"\.?\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# how far a rounded count may be from the exact one in brackets after it
_ROUNDING = 0.1


def _restated_in_brackets(numbers: list[NumberMatch], text: str, vocab: CompiledVocab) -> set[int]:
    """The numbers a bracket right after them restates: "over 41,000 (41,212)", "five (5)"."""
    restated = set()
    for index, (number, exact) in enumerate(pairwise(numbers)):
        if (
            number.unit is None
            and exact.unit is None
            and text.find("(", number.end, exact.start) >= 0
            and _BRACKET_OPEN.fullmatch(text, _past_bound(number, text, vocab), exact.start)
            and _BRACKET_CLOSE.match(text, exact.end)
            and abs(number.value - exact.value) <= _ROUNDING * max(number.value, exact.value)
        ):
            restated.add(index)
    return restated


def _past_bound(number: NumberMatch, text: str, vocab: CompiledVocab) -> int:
    """Where a number ends with the bound words after it: az "41 mindən çox (41 212)"."""
    tail = text[number.end : number.end + 20]
    # a number word may carry the suffix the bound hangs on ("mindən çox")
    worded = text[number.end - 1 : number.end].isalpha()
    own = text[number.end - 3 : number.end + 20] if worded else ""
    for pattern, _ in vocab.bounds_after:
        for seen, offset in ((tail, number.end), (own, number.end - 3)):
            match = pattern.match(seen) if seen else None
            if match is not None and match.end() + offset > number.end:
                return match.end() + offset
    return number.end


def _is_year(number: NumberMatch) -> bool:
    return (
        isinstance(number.value, int)
        and 1900 <= number.value <= 2100
        and number.text.isdigit()
        and len(number.text) == 4
    )


def find_candidates(
    text: str,
    vocab: CompiledVocab,
    lang: str,
    periods: list[Period],
    made: list[re.Match[str]],
) -> list[Candidate]:
    numbers = find_numbers(text, lang)
    found: list[Candidate] = []
    # the mask patterns are the costliest scan of a sentence: only where a number is
    masks = _masks(text, vocab, periods, made) if numbers else None
    restated = _restated_in_brackets(numbers, text, vocab)
    for index, number in enumerate(numbers):
        assert masks is not None
        if number.unit == "%" or masks.overlaps(number.start, number.end):
            continue
        if index in restated:
            continue  # "over 41,000 (41,212) hectares": the bracket's exact count is the one
        candidate = Candidate(number.value, number.start, number.end)
        if index - 1 in restated:
            rounded = numbers[index - 1]
            if rounded.value == number.value:
                # "over five (5) mines": one count, whose bound stands before the words
                candidate.start = rounded.start
            # the noun comes after the bracket
            candidate.end = _BRACKET_CLOSE.match(text, number.end).end()
        _read_head(candidate, text, vocab, number.unit)
        if _is_year(number) and (candidate.kind is None or candidate.labelled):
            continue
        found.append(candidate)
    for match in vocab.one_person.finditer(text):
        if any(c.start <= match.start() < c.end for c in found):
            continue
        # "iki qadın", "3 jurnalist": a singular noun that a number counts is not one person
        if any(c.end <= match.start("noun") < c.noun_end for c in found):
            continue
        candidate = Candidate(1, match.start(), match.start("noun"), one_person=True)
        _read_head(candidate, text, vocab, None)
        candidate.noun = candidate.noun or match.group("noun").lower()
        _sum_with_group_before(candidate, found, text)
        _group_apart(candidate, found, text, vocab)
        found.append(candidate)
    if vocab.another is not None:
        _mark_another(found, text, vocab)
    found.sort(key=lambda c: c.start)
    for candidate in found:
        if candidate.kind is None and not candidate.one_person:
            _read_apposed_noun(candidate, text, vocab)
    return _without_area_restatements(_without_appositions(found, text, vocab), text)


# the bracket's unit may be read with its number: "(41.5 hectares)", "(21,2 ha)"
_UNIT_THEN_CLOSE = re.compile(r"(?:\s*[^\W\d_]+\.?){0,2}\s*\)")


def _without_area_restatements(found: list[Candidate], text: str) -> list[Candidate]:
    """ "415,200 square meters (41.5 hectares)": one area, told in the bracket in hectares."""
    dropped = set()
    for index, (area, again) in enumerate(pairwise(found)):
        if (
            area.kind == "area"
            and again.kind == "area"
            and area.area_factor != again.area_factor
            and _BRACKET_OPEN.fullmatch(text, area.noun_end, again.start)
            and _UNIT_THEN_CLOSE.match(text, again.head_end)
        ):
            told, restated = area.value * area.area_factor, again.value * again.area_factor
            if abs(told - restated) <= _ROUNDING * max(told, restated):
                dropped.add(index)
    return [c for i, c in enumerate(found) if i not in dropped]


_APPOSED = re.compile(r"(?P<phrase>(?:[^\W\d]+[-\s]){0,3}[^\W\d]+)\s*,\s*$")


def _read_apposed_noun(candidate: Candidate, text: str, vocab: CompiledVocab) -> None:
    """ "Most of the unexploded ordnance, 510 items, was found": the noun before the comma."""
    before = _APPOSED.search(text, max(0, candidate.start - 60), candidate.start)
    if before is None:
        return
    phrase_start, phrase_end = before.span("phrase")
    for kind, pattern in (("uxo", vocab.uxo_noun), ("mine", vocab.mine_noun)):
        match = pattern.search(text, phrase_start, phrase_end)
        if match is None:
            continue
        rest = text[match.end() : phrase_end]
        if not rest.strip() or (
            vocab.share_after is not None
            and vocab.share_after.fullmatch(text, match.end(), phrase_end) is not None
        ):
            candidate.kind = kind
            return


_APPOSITION_GAP = re.compile(r"[\s,:–—-]*")


def _without_appositions(
    found: list[Candidate], text: str, vocab: CompiledVocab
) -> list[Candidate]:
    """ "one of them a 15-year-old boy": the person right after "one of them" is that one.

    The part takes the person's group; the person is no second figure.
    """
    kept: list[Candidate] = []
    for candidate in found:
        part = kept[-1] if kept else None
        if candidate.one_person and part is not None and part.value == 1 and not part.one_person:
            of_them = vocab.part_after.match(text, part.end)
            if of_them is not None and _APPOSITION_GAP.fullmatch(
                text, of_them.end(), candidate.start
            ):
                if part.group is Group.ALL:
                    part.group = candidate.group
                part.kind = part.kind or candidate.kind
                part.noun_end = max(part.noun_end, candidate.noun_end)
                continue
        kept.append(candidate)
    return kept


def same_noun(one: Candidate, other: Candidate) -> bool:
    """Whether two people counts are headed by one noun, whatever its endings."""
    if not one.noun or not other.noun:
        return False
    shared = len(min(one.noun, other.noun, key=len))
    stem = min(shared, _NOUN_STEM)
    return one.noun[:stem] == other.noun[:stem]


_NOUN_STEM = 5


def _sum_with_group_before(person: Candidate, found: list[Candidate], text: str) -> None:
    """ "two journalists and an official": the person no group names makes the total, 3.

    The group's own count stays a figure of its own; the one person alone would be a
    figure of nobody in particular.
    """
    if person.group is not Group.ALL or person.kind != "people":
        return
    before = next((c for c in found if c.noun_end <= person.start < c.noun_end + 12), None)
    if (
        before is None
        or before.kind != "people"
        or before.one_person
        or before.group is Group.ALL
        or not isinstance(before.value, int)
        or not LIST_JOINT.fullmatch(text, before.noun_end, person.start)
    ):
        return
    person.value = before.value + 1


def _group_apart(
    person: Candidate, found: list[Candidate], text: str, vocab: CompiledVocab
) -> None:
    """ "два журналиста и сотрудник администрации": the count's group is its own noun's.

    The one person of another group listed after a count is no part of it: the count
    read both groups in its head words as a mix.
    """
    if person.group is Group.ALL or person.kind != "people":
        return
    before = next((c for c in found if c.noun_end <= person.start < c.noun_end + 12), None)
    if (
        before is not None
        and before.kind == "people"
        and not before.one_person
        and before.group is Group.ALL
        and LIST_JOINT.fullmatch(text, before.noun_end, person.start)
    ):
        before.group = group_of(text[before.start : before.noun_end], vocab)


def _mark_another(found: list[Candidate], text: str, vocab: CompiledVocab) -> None:
    assert vocab.another is not None
    for match in vocab.another.finditer(text):
        name = "person" if match.group("person") is not None else "person2"
        start, end = match.span(name)
        counted = next((c for c in found if c.start <= start < c.head_end), None)
        if counted is None:
            counted = Candidate(1, start, end, one_person=True)
            _read_head(counted, text, vocab, None)
            found.append(counted)
        if counted.kind is None:
            counted.kind = "people"  # "ещё один был ранен": the pronoun stands for a person
        counted.another = True


def _head_window(text: str, end: int, model: re.Pattern[str] | None = None) -> int:
    """Where a number's noun phrase must end: punctuation, another number, or six words."""
    # "2,1 тыс. боеприпасов": the dot of an abbreviated multiplier ends no noun phrase
    after_dot = end + 1 if text.startswith(".", end) and text[end - 1 : end].isalpha() else end
    stop = HEAD_STOP.search(text, after_dot)
    while stop is not None:
        # "2,471 mine/explosive remnants of war (ERW) casualties": an abbreviation in
        # brackets spells out the words before it, and the noun phrase goes on; so does
        # a unit's abbreviated word: "1 284 557 кв. м территории" (the sentence goes on
        # after the dot in lower case)
        skip = (
            _ACRONYM.match(text, stop.start())
            or _SHORT_WORD_DOT.match(text, stop.start())
            or _ABBREVIATION_DOT.match(text, stop.start())
            or _SQUARE_POWER.match(text, stop.start())
        )
        if skip is None and (named := _model_at(text, end, stop.start(), model)) is not None:
            # "35 TM-57 anti-tank mines": the model's digits are no other number
            stop = HEAD_STOP.search(text, named)
            continue
        if skip is None:
            break
        stop = HEAD_STOP.search(text, skip.end() if skip.re is _ACRONYM else stop.end())
    limit = stop.start() if stop else len(text)
    for count, word in enumerate(_WORD.finditer(text, end, limit), start=1):
        if count == _HEAD_WORDS:
            return word.end()
    return limit


def _model_at(text: str, end: int, at: int, model: re.Pattern[str] | None) -> int | None:
    """The end of the mine model whose digits stand at ``at``, in the words after ``end``."""
    if model is None or not text[at].isdigit():
        return None
    for named in model.finditer(text, end, at + _MODEL_REACH):
        if named.start() <= at < named.end():
            return named.end()
    return None


_MODEL_REACH = 12  # how far past its first digit a model's name may run ("OZM-72A-1")

_ACRONYM = re.compile(r"\([A-ZА-ЯЁƏ]{2,6}\)")
# the dot of a short abbreviation inside a noun phrase: "кв. м", "sq. km"
_SHORT_WORD_DOT = re.compile(r"(?<=\s[^\W\d]{2})\.(?=\s[^\W\d_A-ZА-ЯЁƏ])")

# "2,104,500 m2 of land": the power of a square unit is no other number
_SQUARE_POWER = re.compile(r"(?<=\bm)2(?!\w)|(?<=\bkm)2(?!\w)")

_HEAD_KINDS = ("mine", "uxo", "people", "area")

# a dot, a space and a lower-case letter: sentences are split already, so not an end
_ABBREVIATION_DOT = re.compile(r"\.\s(?=[^\W\d_])(?!\w*[A-ZА-ЯЁƏÖÜĞÇŞİ])")


def _read_head(candidate: Candidate, text: str, vocab: CompiledVocab, unit: str | None) -> None:
    if text[candidate.end : candidate.end + 1].isalpha() and candidate.start < candidate.end:
        # "52piyada əleyhinə mina": the noun glued to its count starts a word all the same;
        # its last digit read as a space (the value is read already, no offset moves)
        text = f"{text[: candidate.end - 1]} {text[candidate.end :]}"
    limit = _head_window(text, candidate.end, vocab.mine_model)
    if vocab.agent_after is not None and vocab.agent_after.match(text, candidate.end):
        limit = candidate.end  # "..., 700 by soldiers": the soldiers found them
    if unit in ("ha", "km2"):
        candidate.kind, candidate.noun_end = "area", candidate.end
        candidate.area_factor = 100.0 if unit == "km2" else 1.0
    else:
        # the first noun wins; at one place, the kinds in the union's order
        match = vocab.head_noun.search(text, candidate.end, limit)
        if match is not None:
            kind = next(name for name in _HEAD_KINDS if match.start(name) >= 0)
            if kind == "mine" and (
                vocab.uxo_noun.search(text, candidate.end, limit)
                or (vocab.lumped_after is not None and vocab.lumped_after.match(text, match.end()))
            ):
                kind = "uxo"  # "50,000 mines and explosive devices" counts both together
            candidate.kind, candidate.noun_end = kind, match.end()
            if kind == "people":
                candidate.noun = match.group(0).lower()
            if kind == "area":
                candidate.area_factor = next(
                    factor for pattern, factor in vocab.area_factors if pattern.match(match[0])
                )
        else:
            candidate.noun_end = candidate.end
            counted = _counted_before(candidate, text, vocab)
            if counted is not None:
                candidate.kind = counted.kind
                if counted.group is not Group.ALL:
                    candidate.group = counted.group
                    return
            elif (
                not candidate.one_person
                and _nothing_named_after(text, candidate.end, limit, vocab)
                and _read_label(candidate, text, vocab)
            ):
                return  # nothing after the number names it: a label before it may
    if candidate.one_person:
        candidate.kind = "people"
        candidate.noun_end = max(candidate.noun_end, candidate.end)
        age = (
            vocab.minor_age.search(text, candidate.start, candidate.end)
            if vocab.minor_age
            else None
        )
        if age is None and vocab.minor_age_after is not None:
            age = vocab.minor_age_after.match(text, candidate.noun_end)
        if age is not None and int(age.group("age")) < _ADULT_AGE:
            candidate.group = Group.CHILDREN  # "his 11-year-old brother"
            return
    candidate.group = group_of(text[candidate.start : max(limit, candidate.end)], vocab)
    if candidate.kind == "people" and candidate.group in MINE_GROUPS:
        # "bir əməkdaşının piyada əleyhinə minaya düşərək": the mine's kind, not the person's
        candidate.group = Group.ALL
    if candidate.group is Group.ALL:
        candidate.group = _enclosing_group(candidate, text, limit, vocab)
    if candidate.kind is None and candidate.group in MINE_GROUPS:
        candidate.kind = "mine"  # "(742 anti-personnel and 262 anti-tank)"
        # the mine kind is the noun: a list may go on after it ("980 anti-personnel and 220")
        kind_word = next(
            (p.search(text, candidate.end, limit) for p, g in vocab.groups if g is candidate.group),
            None,
        )
        if kind_word is not None:
            candidate.noun_end = kind_word.end()
    if candidate.group is Group.ALL or vocab.group_link is not None:
        before = text[max(0, candidate.start - 40) : candidate.start]
        for pattern, group in vocab.groups:
            matches = list(pattern.finditer(before))
            match = matches[-1] if matches else None
            if match is not None and _links_group(before[match.end() :], candidate, vocab):
                candidate.group = group
                if candidate.kind is None:
                    # "piyada əleyhinə 88, tank əleyhinə 29 mina": the kind of mine is the noun
                    candidate.kind = "mine" if group in MINE_GROUPS else "people"
                break


def _nothing_named_after(text: str, end: int, limit: int, vocab: CompiledVocab) -> bool:
    """Whether nothing after a number names it, a word for "pieces" aside ("402 ədəd")."""
    rest = text[end:limit].strip()
    return not rest or (
        vocab.count_unit is not None and vocab.count_unit.fullmatch(rest) is not None
    )


def _enclosing_group(candidate: Candidate, text: str, limit: int, vocab: CompiledVocab) -> Group:
    """The group of a phrase the count stands inside: "ANAMA-nın iki əməkdaşı".

    A possessor before the number and the noun after it name the group together; only
    within the count's clause.
    """
    start = max(0, candidate.start - 40)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, start, candidate.start)]
    start = breaks[-1] if breaks else start
    for pattern, group in vocab.groups:
        for match in pattern.finditer(text, start, max(limit, candidate.end)):
            if match.start() < candidate.start and match.end() > candidate.end:
                return group
    return Group.ALL


_GROUP_DASH = re.compile(r"\s*[-–—:]\s*")


def _links_group(gap: str, candidate: Candidate, vocab: CompiledVocab) -> bool:
    """Whether a group word before a number names what it counts.

    "civilians - 10" when nothing after the number names a group; "civilians accounted
    for 198 of the victims and servicemen for 90" even when a later item's group follows.
    """
    if candidate.group is Group.ALL and _GROUP_DASH.fullmatch(gap):
        return True
    return vocab.group_link is not None and vocab.group_link.fullmatch(gap) is not None


# "- противопехотных мин — 312;", "Piyada əleyhinə minalar: 512": a line or clause that
# names what it counts, then a colon or a dash, then the number alone
_LABEL = re.compile(
    r"^[ \t]*(?:[-–—•*][ \t]+)?(?P<label>[^\d:;,.()\n]{2,80}?)[ \t]*(?::|[ \t][-–—])[ \t]*$"
)


def _read_label(candidate: Candidate, text: str, vocab: CompiledVocab) -> bool:
    """Whether a label before the number names what it counts; sets its kind and group."""
    label = _LABEL.search(text, 0, candidate.start)
    if label is None:
        return False
    start, end = label.span("label")
    hits = []
    for kind, pattern in (
        ("mine", vocab.mine_noun),
        ("uxo", vocab.uxo_noun),
        ("people", vocab.people_noun),
        ("people", vocab.people_trigger),
    ):
        match = pattern.search(text, start, end)
        if match is not None:
            hits.append((match.start(), kind))
    if not hits:
        return False
    kinds = {kind for _, kind in hits}
    # "Mines and other explosive items: 1,204" counts both together
    candidate.kind = "uxo" if {"mine", "uxo"} <= kinds else min(hits)[1]
    candidate.group = group_of(text[start:end], vocab)
    candidate.labelled = True
    return True


_TRIGGER_REACH = 20  # how far before a counting phrase a people verb may begin


def _counted_before(candidate: Candidate, text: str, vocab: CompiledVocab) -> Candidate | None:
    """What "the number of deminers who became victims ... has reached 12" counts.

    The noun after the counting phrase, when only a linking verb ends the gap to the number.
    """
    if vocab.count_of is None or vocab.count_link is None:
        return None
    phrases = list(vocab.count_of.finditer(text, 0, candidate.start))
    if not phrases:
        return None
    phrase = phrases[-1]
    link = vocab.count_link.search(text, phrase.end(), candidate.start)
    if link is None:
        return None
    # the link may hold a comma: "the highest number of mine casualties in 2023, with 1,015"
    gap = text[phrase.end() : link.start()]
    # "the number of casualties since November 2020 has risen to 390": a period's digits
    # are no other number
    for period in vocab.any_period.finditer(gap):
        gap = gap[: period.start()] + " " * len(period[0]) + gap[period.end() :]
    if HEAD_STOP.search(gap):
        return None
    counted = Candidate(candidate.value, phrase.end(), phrase.end())
    _read_head(counted, text, vocab, None)
    if any(
        # "zərər çəkənlərin sayı": the verb's words may start before the genitive
        trigger.end() > phrase.start()
        for trigger in vocab.people_trigger.finditer(
            text, max(0, phrase.start() - _TRIGGER_REACH), phrase.end()
        )
    ):
        counted.kind = "people"  # "the death toll from mines": whatever noun follows
    elif counted.kind is None and vocab.people_trigger.match(text, phrase.end()):
        counted.kind = "people"  # "the number of injured": the participle is the noun
    if counted.kind is None:
        # az "minaya düşən minaçıların sayı 60-a çatıb": the genitive before the count word
        # is the noun counted
        counted = Candidate(candidate.value, phrase.start(), phrase.start())
        _read_head(counted, text, vocab, None)
    return counted if counted.kind is not None else None


# a comma or one short conjunction between two group words: "servicemen and civilians"
_GROUP_JOINT = re.compile(r"\s*(?:,\s*(?:(?:\w{1,3}|&)\s+)?|(?:\w{1,3}|&)\s+)")


def group_of(head: str, vocab: CompiledVocab) -> Group:
    found = []
    for pattern, group in vocab.groups:
        match = pattern.search(head)
        if match is not None:
            found.append((match.start(), match.end(), group))
    if not found:
        return Group.ALL
    # at one start the longer phrase says more: "workers of the Mine Action Agency"
    found.sort(key=lambda hit: (hit[0], -hit[1]))
    _, first_end, first = found[0]
    for start, _, group in found[1:]:
        # "servicemen and civilians", "anti-personnel and anti-tank": both together
        if (
            (group in MINE_GROUPS) == (first in MINE_GROUPS)
            and group is not first
            and _GROUP_JOINT.fullmatch(head, first_end, start)
        ):
            return Group.ALL
    return first
