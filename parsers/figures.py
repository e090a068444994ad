"""Text -> the figures it states about mines and their victims (``shared/design/figures.md``).

The engine is language-independent: every word it looks for comes from
``parsers.vocab.<lang>``. Reading a sentence goes in four steps:

1. candidates: the numbers ``parsers.numbers`` finds, less those inside dates, period
   phrases, model names, ages, money and the like; plus "a civilian" (= 1) in incidents;
2. each candidate's head: the noun a few words after it (mines, ordnance, hectares,
   people) and its group ("anti-personnel", "journalists");
3. each candidate's metric, from the verbs of its own clause, from the total it is a
   part of ("including 3 journalists"), or from the list it continues ("as well as 1,609");
4. the sentence's period, place, country, and whether it tells one event or a total.

Numbers with no head, no clause verb and no list to continue are not figures: that is
what keeps years, paragraph numbers and houses built out.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from parsers.checks import check
from parsers.models import PEOPLE_METRICS, Bound, Figure, Group, Metric, Scope
from parsers.numbers import NumberMatch, find_numbers
from parsers.periods import Period, find_periods
from parsers.sentences import Sentence, split
from parsers.vocab import CompiledVocab, UnknownLanguage, compiled

__all__ = ["extract"]

_HEAD_STOP = re.compile(r"[,;:()\"“”«»]|\d|[.!?](?:\s|$)")
_HEAD_WORDS = 6
_WORD = re.compile(r"\S+")
# "45 were killed", "60 killed and", "who died": a verb right after a bare number
# "45-i həlak olub": an Azerbaijani possessive ending may sit between number and verb
_BARE_PEOPLE_VERB_GAP = re.compile(
    r"(?:-[^\W\d_]{1,3})?\s*(?:of\s+(?:them|whom|those)\s+)?(?:people\s+|persons\s+)?"
    r"(?:who\s+|that\s+)?(?:(?:have|has|had|were|was|are|is|been"
    r"|got|became|become|seriously|severely|fatally|slightly|badly|heavily|also|reportedly)\s+)*"
)
_PEOPLE_KINDS = {"victims": Metric.MINE_VICTIMS, "killed": Metric.MINE_KILLED}
_MINE_GROUPS = frozenset({Group.ANTI_PERSONNEL, Group.ANTI_TANK})
_ADULT_AGE = 18
_LEADING_FUNCTION_WORDS = re.compile(
    r"^(?:(?:The|In|On|At|Of|From|Near|A|An|This|That|These|Those|According|As|Also|Both|Total"
    r"|During|Over|Since|After|Between)(?:\s+|$))+"
)


@dataclass(slots=True)
class _Candidate:
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


@dataclass(frozen=True, slots=True)
class _Context:
    """What the sentences before this one established."""

    period: Period | None  # the last period stated earlier in the paragraph, or the headline's
    mine_before: bool  # the previous sentence of the paragraph was about mines
    previous: tuple[Figure, ...] = ()  # the figures of the previous sentence of the paragraph
    # in an item of a list ("- 8-14 June: 265 mines, 455 shells"), the metrics stated so far
    # in the text, latest last: the item leaves its verb to the sentence that introduced it
    listed: tuple[Metric, ...] = ()
    earlier: tuple[Figure, ...] = ()  # every figure stated so far in the text
    # a line of a list whose introduction states a period or a total ("Results for May:")
    list_total: bool = False
    # the interview question the sentence answers first ("How many mines ...? — About 900.")
    question: str | None = None


def extract(text: str, *, lang: str | None = None, published: str | None = None) -> list[Figure]:
    """The figures ``text`` states, with self-check flags set.

    ``lang`` None means detect; a detected language without a vocabulary yields no
    figures, an explicitly requested one raises ``UnknownLanguage``.
    """
    if lang is None:
        from parsers.language import detect

        lang = detect(text)
        try:
            vocab = compiled(lang)
        except UnknownLanguage:
            return []
    else:
        vocab = compiled(lang)
    if not vocab.relevance.search(text):
        return []
    tail = vocab.tail_heading.search(text)
    # "Related posts" and the like: other articles' headlines, not this text's claims
    sentences = list(split(text[: tail.start()] if tail else text, vocab.abbreviations))
    intros = _list_intros(sentences)
    answers = _answers(sentences, vocab)
    periods = _SentencePeriods(sentences, vocab, published, intros, answers)
    figures: list[Figure] = []
    mine_before = False
    paragraph = -1
    previous: tuple[Figure, ...] = ()
    for index, sentence in enumerate(sentences):
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            # a list's lines go on with what its introduction was about
            mine_before = mine_before and index in intros
            # kept: a paragraph may open by breaking the last one's total down ("Of them,
            # 67 were killed"); only a sentence that opens with a part marker reads it
        question = answers.get(index)
        relevant = vocab.relevance.search(sentence.text) is not None or (
            question is not None and vocab.relevance.search(sentences[question].text) is not None
        )
        if relevant:
            item = _list_item(sentences, index) or index in intros
            listed = tuple(f.metric for f in figures) if item else ()
            intro = intros.get(index)
            list_total = intro is not None
            context = _Context(
                periods.before(index),
                mine_before,
                previous,
                listed,
                tuple(figures),
                list_total,
                sentences[question].text if question == index - 1 else None,
            )
            stated = _sentence_figures(sentence, periods[index], context, vocab, lang)
            figures.extend(stated)
            previous = tuple(stated)
        else:
            previous = ()
        # "Among the victims are 216 civilians": a sentence that stated figures was about mines
        mine_before = relevant and (
            bool(previous) or vocab.mine_context.search(sentence.text) is not None
        )
    headline_end = sentences[0].end if _headline(sentences) else 0
    return check(_restated(_distinct(figures), headline_end))


_SPACES = re.compile(r"\s*")
_BULLET = re.compile(r"[-–—•*]\s")


# "Anti-personnel mines found: 1,234": a line that is a label and its number
_LABEL_LINE = re.compile(r"[^\d:;\n]{2,80}(?::|\s[-–—])\s*\d")


def _list_intros(sentences: list[Sentence]) -> dict[int, int]:
    """Each line of a list, by index, to the sentence that introduced it (ends with ':')."""
    intros: dict[int, int] = {}
    current: int | None = None
    for index, sentence in enumerate(sentences):
        if current is not None and (
            _BULLET.match(sentence.text) or _LABEL_LINE.match(sentence.text)
        ):
            intros[index] = current
            continue
        current = index if sentence.text.endswith(":") else None
    return intros


_QUESTION_END = re.compile(r"\?[\"'”’»)]*$")


def _answers(sentences: list[Sentence], vocab: CompiledVocab) -> dict[int, int]:
    """The sentences of each interview answer, by index, to the question they answer.

    A question asks for a count ("how many", "сколько", "neçə"); its answer runs from
    the next sentence to the end of that sentence's paragraph or the next question.
    """
    if vocab.question_count is None:
        return {}
    answers: dict[int, int] = {}
    for index, sentence in enumerate(sentences[:-1]):
        if not _QUESTION_END.search(sentence.text) or not vocab.question_count.search(
            sentence.text
        ):
            continue
        paragraph = sentences[index + 1].paragraph
        for answer in range(index + 1, len(sentences)):
            if sentences[answer].paragraph != paragraph or _QUESTION_END.search(
                sentences[answer].text
            ):
                break
            answers[answer] = index
    return answers


def _list_item(sentences: list[Sentence], index: int) -> bool:
    """Whether the sentence is an item of a list: a bulleted line, or after a colon."""
    if _BULLET.match(sentences[index].text):
        return True
    return index > 0 and sentences[index - 1].text.endswith(":")


class _SentencePeriods:
    """The period phrases of each sentence, looked for only when a figure needs them.

    The period patterns cost more than everything else a sentence without figures
    goes through, and most sentences of an article state no figure.
    """

    def __init__(
        self,
        sentences: list[Sentence],
        vocab: CompiledVocab,
        published: str | None,
        intros: dict[int, int],
        answers: dict[int, int],
    ):
        self._sentences = sentences
        self._intros = intros
        self._answers = answers
        self._questions = frozenset(answers.values())
        self._vocab = vocab
        self._published = published
        self._found: dict[int, list[Period]] = {}
        self._headline = _headline(sentences)

    def __getitem__(self, index: int) -> list[Period]:
        found = self._found.get(index)
        if found is None:
            sentence = self._sentences[index]
            found = []
            # a question states its period in words more often than not ("since the war?")
            if _may_date(sentence) or index in self._questions:
                found = find_periods(sentence.text, self._vocab, self._published)
            if found:
                # "produced in Armenia in 2021" dates the mine, not the count, in this
                # sentence and for the sentences after it
                made = _Spans(m.span() for m in self._vocab.made_in.finditer(sentence.text))
                found = [p for p in found if not made.overlaps(p.start, p.end)]
            self._found[index] = found
        return found

    def before(self, index: int) -> Period | None:
        """The last period stated earlier in the sentence's paragraph, else the one it inherits.

        A headline leaves the period to the body ("245 mines found in a week"); the body
        inherits the headline's when the headline states one.
        """
        intro = self._intros.get(index)
        if intro is not None:
            # "Results for May 2024:" dates every line of its list
            for line in range(index - 1, intro - 1, -1):
                stated = _stated(self[line])
                if stated is not None:
                    return stated
            index = intro
            if _stated(self[intro]) is None and intro == 0:
                return None
        paragraph = self._sentences[index].paragraph
        earlier = index - 1
        while earlier >= 0 and self._sentences[earlier].paragraph == paragraph:
            stated = _stated(self[earlier])
            if stated is not None:
                return stated
            earlier -= 1
        question = self._answers.get(index)
        if question is not None and self._sentences[question].paragraph != paragraph:
            # "Q: How many mines were found last year?" dates the answer's counts
            stated = _stated(self[question])
            if stated is not None:
                return stated
        if earlier + 1 < self._headline:
            return next(
                (
                    stated
                    for body in range(self._headline, len(self._sentences))
                    if (stated := _stated(self[body])) is not None
                ),
                None,
            )
        return _stated(self[0]) if self._headline else None


def _stated(periods: list[Period]) -> Period | None:
    return next((p for p in periods if p.since or p.until), None)


def _headline(sentences: list[Sentence]) -> int:
    """How many sentences open the text as its headline: a lone first line, else none."""
    if len(sentences) > 1 and sentences[0].paragraph != sentences[1].paragraph:
        return 1
    return 0


_DIGIT_OR_WORD = re.compile(r"\d|\b(?:since|past|last|after|post|first)\b", re.IGNORECASE)


def _may_date(sentence: Sentence) -> bool:
    return _DIGIT_OR_WORD.search(sentence.text) is not None


def _distinct(figures: list[Figure]) -> list[Figure]:
    """One figure per claim: a restated number ("out of the 45 who died") is dropped."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for figure in figures:
        claim = (*figure.key(), figure.until, figure.value, figure.bound)
        if claim in seen:
            continue
        seen.add(claim)
        kept.append(figure)
    return kept


_ROUNDING = 0.1  # "Over 1,200 mines" in a headline rounds the body's 1,233 down


def _same_number(headline: Figure, body: Figure) -> bool:
    """Whether a headline number says the body's, exactly or rounded ("over 1,200")."""
    if headline.value == body.value:
        return True
    if headline.bound is Bound.AT_LEAST:
        return headline.value < body.value <= headline.value * (1 + _ROUNDING)
    if headline.bound is Bound.APPROX:
        return abs(body.value - headline.value) <= headline.value * _ROUNDING
    return False


def _restated(figures: list[Figure], headline_end: int) -> list[Figure]:
    """Drop what another figure of the text already says in more detail.

    A headline number the body states again ("180 mines found" over "180 anti-personnel
    mines were found near Saribaba") is the body's claim; an incident's victim ("a soldier
    hit a mine") that the text says was killed or injured is that figure.
    """
    body = [f for f in figures if f.start >= headline_end]
    kept: list[Figure] = []
    for figure in figures:
        if figure.scope is Scope.INCIDENT and any(
            # "A soldier was injured in Lachin ... The soldier was injured in the leg"
            earlier.scope is Scope.INCIDENT
            and (earlier.metric, earlier.value, earlier.group)
            == (figure.metric, figure.value, figure.group)
            and figure.place in (None, earlier.place)
            and earlier.start >= headline_end
            for earlier in kept
        ):
            continue
        if figure.end <= headline_end and any(
            other.metric is figure.metric and _same_number(figure, other) for other in body
        ):
            continue
        same_victim = next(
            (
                position
                for position, earlier in enumerate(kept)
                if figure.scope is Scope.INCIDENT
                and figure.metric is Metric.MINE_VICTIMS
                and figure.group is not Group.ALL
                and earlier.scope is Scope.INCIDENT
                and earlier.metric in (Metric.MINE_KILLED, Metric.MINE_INJURED)
                and earlier.group is Group.ALL
                and earlier.value == figure.value
                and figure.place in (None, earlier.place)
            ),
            None,
        )
        if same_victim is not None:
            # "bir nəfər yaralanıb. Kənd sakini ... minaya düşüb": the next sentence tells who
            # the injured one was; the figure stays one, with that group
            kept[same_victim] = replace(kept[same_victim], group=figure.group)
            continue
        if (
            figure.scope is Scope.INCIDENT
            and figure.metric is Metric.MINE_VICTIMS
            and any(
                other.scope is Scope.INCIDENT
                and other.metric in (Metric.MINE_KILLED, Metric.MINE_INJURED)
                and other.value == figure.value
                and figure.group in (other.group, Group.ALL)
                for other in figures
            )
        ):
            continue
        kept.append(figure)
    return kept


# ---------------------------------------------------------------- candidates


class _Spans:
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
) -> _Spans:
    spans = [(p.start, p.end) for p in periods]
    for pattern in (vocab.not_figure, vocab.date, vocab.mine_model):
        spans.extend(match.span() for match in pattern.finditer(text))
    spans.extend(match.span() for match in made)
    return _Spans(spans)


def _is_year(number: NumberMatch) -> bool:
    return (
        isinstance(number.value, int)
        and 1900 <= number.value <= 2100
        and number.text.isdigit()
        and len(number.text) == 4
    )


def _candidates(
    text: str,
    vocab: CompiledVocab,
    lang: str,
    periods: list[Period],
    made: list[re.Match[str]],
) -> list[_Candidate]:
    numbers = find_numbers(text, lang)
    found: list[_Candidate] = []
    # the mask patterns are the costliest scan of a sentence: only where a number is
    masks = _masks(text, vocab, periods, made) if numbers else None
    for number in numbers:
        assert masks is not None
        if number.unit == "%" or masks.overlaps(number.start, number.end):
            continue
        candidate = _Candidate(number.value, number.start, number.end)
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
        candidate = _Candidate(1, match.start(), match.start("noun"), one_person=True)
        _read_head(candidate, text, vocab, None)
        found.append(candidate)
    if vocab.another is not None:
        _mark_another(found, text, vocab)
    found.sort(key=lambda c: c.start)
    return found


def _mark_another(found: list[_Candidate], text: str, vocab: CompiledVocab) -> None:
    assert vocab.another is not None
    for match in vocab.another.finditer(text):
        name = "person" if match.group("person") is not None else "person2"
        start, end = match.span(name)
        counted = next((c for c in found if c.start <= start < max(c.end, c.noun_end)), None)
        if counted is None:
            counted = _Candidate(1, start, end, one_person=True)
            _read_head(counted, text, vocab, None)
            found.append(counted)
        if counted.kind is None:
            counted.kind = "people"  # "ещё один был ранен": the pronoun stands for a person
        counted.another = True


def _head_window(text: str, end: int) -> int:
    """Where a number's noun phrase must end: punctuation, another number, or six words."""
    # "2,1 тыс. боеприпасов": the dot of an abbreviated multiplier ends no noun phrase
    after_dot = end + 1 if text.startswith(".", end) and text[end - 1 : end].isalpha() else end
    stop = _HEAD_STOP.search(text, after_dot)
    limit = stop.start() if stop else len(text)
    for count, word in enumerate(_WORD.finditer(text, end, limit), start=1):
        if count == _HEAD_WORDS:
            return word.end()
    return limit


def _read_head(candidate: _Candidate, text: str, vocab: CompiledVocab, unit: str | None) -> None:
    limit = _head_window(text, candidate.end)
    if unit in ("ha", "km2"):
        candidate.kind, candidate.noun_end = "area", candidate.end
        candidate.area_factor = 100.0 if unit == "km2" else 1.0
    else:
        hits = []
        for kind, pattern in (
            ("mine", vocab.mine_noun),
            ("uxo", vocab.uxo_noun),
            ("people", vocab.people_noun),
            ("area", vocab.area_unit),
        ):
            match = pattern.search(text, candidate.end, limit)
            if match is not None:
                hits.append((match.start(), kind, match))
        if hits:
            hits.sort(key=lambda hit: hit[0])
            _, kind, match = hits[0]
            if kind == "mine" and any(k == "uxo" for _, k, _ in hits):
                kind = "uxo"  # "50,000 mines and explosive devices" counts both together
            candidate.kind, candidate.noun_end = kind, match.end()
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
                and not text[candidate.end : limit].strip()
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
    candidate.group = _group(text[candidate.start : max(limit, candidate.end)], vocab)
    if candidate.kind is None and candidate.group in _MINE_GROUPS:
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
                if candidate.kind is None and group not in _MINE_GROUPS:
                    candidate.kind = "people"
                break


_GROUP_DASH = re.compile(r"\s*[-–—:]\s*")


def _links_group(gap: str, candidate: _Candidate, vocab: CompiledVocab) -> bool:
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


def _read_label(candidate: _Candidate, text: str, vocab: CompiledVocab) -> bool:
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
    candidate.group = _group(text[start:end], vocab)
    candidate.labelled = True
    return True


def _counted_before(candidate: _Candidate, text: str, vocab: CompiledVocab) -> _Candidate | None:
    """What "the number of deminers who became victims ... has reached 12" counts.

    The noun after the counting phrase, when only a linking verb ends the gap to the number.
    """
    if vocab.count_of is None or vocab.count_link is None:
        return None
    phrases = list(vocab.count_of.finditer(text, 0, candidate.start))
    if not phrases:
        return None
    phrase = phrases[-1]
    if not vocab.count_link.search(text, phrase.end(), candidate.start) or _HEAD_STOP.search(
        text[phrase.end() : candidate.start]
    ):
        return None
    counted = _Candidate(candidate.value, phrase.end(), phrase.end())
    _read_head(counted, text, vocab, None)
    return counted if counted.kind is not None else None


# a comma or one short conjunction between two group words: "servicemen and civilians"
_GROUP_JOINT = re.compile(r"\s*(?:,\s*(?:(?:\w{1,3}|&)\s+)?|(?:\w{1,3}|&)\s+)")


def _group(head: str, vocab: CompiledVocab) -> Group:
    found = []
    for pattern, group in vocab.groups:
        match = pattern.search(head)
        if match is not None:
            found.append((match.start(), match.end(), group))
    if not found:
        return Group.ALL
    found.sort(key=lambda hit: hit[0])
    _, first_end, first = found[0]
    for start, _, group in found[1:]:
        # "servicemen and civilians", "anti-personnel and anti-tank": both together
        if (
            (group in _MINE_GROUPS) == (first in _MINE_GROUPS)
            and group is not first
            and _GROUP_JOINT.fullmatch(head, first_end, start)
        ):
            return Group.ALL
    return first


# ------------------------------------------------------------------ sentences


def _sentence_figures(
    sentence: Sentence,
    periods: list[Period],
    context: _Context,
    vocab: CompiledVocab,
    lang: str,
) -> list[Figure]:
    text = sentence.text
    made = list(vocab.made_in.finditer(text))
    candidates = _candidates(text, vocab, lang, periods, made)
    if not candidates:
        return []
    _distribute_kinds(candidates, text, vocab)
    candidates = _without_named_members(candidates, text, vocab)
    if not candidates:
        return []
    _mark_dependents(candidates, text, vocab)
    if context.previous and not context.mine_before and _opens_with_part(candidates, text, vocab):
        # "Of them, 67 were killed": the total it breaks down was about mines
        context = replace(context, mine_before=True)
    previous: _Candidate | None = None
    for index, candidate in enumerate(candidates):
        if (
            candidate.kind is None
            and previous is not None
            and previous.kind is not None
            and (
                vocab.part_after.match(text, candidate.end)
                or (
                    vocab.elliptic_after.match(text, candidate.end)
                    and not _bare_people_verb(candidate, text, vocab)
                )
            )
        ):
            candidate.kind = previous.kind
            candidate.area_factor = previous.area_factor
            if candidate.group is Group.ALL and vocab.part_after.match(text, candidate.end):
                # "4 minaaxtaran ..., 16-sı": 16 of the deminers, the total's group
                total = next((c for c in reversed(candidates[:index]) if not c.dependent), None)
                candidate.group = total.group if total is not None else Group.ALL
        if candidate.kind is None and _bare_object(candidates, index, text, vocab):
            candidate.kind = "people"  # "the blast killed three, ...", "унёс жизни троих"
        if candidate.kind in (None, "mine", "uxo") and _bare_people_verb(candidate, text, vocab):
            if candidate.kind is None and candidate.group is Group.ALL:
                if vocab.part_after.match(text, candidate.end):
                    # "12 children, three of whom died": a part of its total's group
                    total = next((c for c in reversed(candidates[:index]) if not c.dependent), None)
                    candidate.group = _carried_group(total) if total is not None else Group.ALL
                elif previous is not None:
                    # "two servicemen were killed and one was wounded": the subject carries over
                    candidate.group = _carried_group(previous)
            # "25 were wounded by mines": the mines are the cause, the number counts people
            candidate.kind = "people"
        if (
            candidate.another
            and candidate.kind == "people"
            and candidate.group is Group.ALL
            and previous is not None
        ):
            # "two civilians were killed, another was injured": one more civilian
            candidate.group = _carried_group(previous)
        if candidate.kind is not None:
            candidate.metric = (
                _metric(candidates, index, text, vocab, context)
                or next(
                    (m for m in reversed(context.listed) if m in _KIND_METRICS[candidate.kind]),
                    None,
                )
                or _LABEL_METRICS.get(candidate.kind if candidate.labelled else None)
            )
        if candidate.metric is not None:
            previous = candidate
    if context.question is not None:
        _answer_counts(candidates, text, context.question, vocab)
    broken_down = _breakdown_total(candidates, text, context, vocab)
    total = _earlier_total(candidates, text, context, vocab) if broken_down is None else None
    scope = _scope(text, periods, context, vocab) if total is None else total.scope
    countries = _countries(candidates, text, vocab, made)
    for candidate, place in zip(candidates, _places(candidates, text, vocab, scope), strict=True):
        candidate.place = place
    figures = []
    for index, candidate in enumerate(candidates):
        if candidate.metric is None:
            continue
        if candidate.one_person and scope is not Scope.INCIDENT:
            continue
        own_scope = scope
        if candidate.metric in (Metric.MINES_LAID, Metric.AREA_CLEARED_HA):
            own_scope = Scope.CUMULATIVE  # a stock of mines or an area is never one event
        figure = _figure(
            candidates, index, sentence, periods, context, own_scope, countries[index], made, vocab
        )
        if broken_down is not None and candidate.dependent:
            # "Among the victims are 216 civilians": the parts of a total stated earlier
            figure = replace(
                figure,
                scope=broken_down.scope,
                since=broken_down.since,
                until=broken_down.until,
                place=broken_down.place,
                country=broken_down.country,
            )
        if total is not None and index == 0:
            figure = replace(
                figure,
                since=figure.since or total.since,
                until=figure.until or total.until,
                place=figure.place or total.place,
                country=figure.country or total.country,
            )
        figures.append(figure)
    return figures


def _answer_counts(
    candidates: list[_Candidate], text: str, question: str, vocab: CompiledVocab
) -> None:
    """ "How many people were hurt by mines?" "— Sadly, 41 people.": the question's metric.

    Only a count the answer leaves bare: no noun, or the question's kind of noun, and no
    verb of its own; the question's group when the answer names none.
    """
    asked = _asked(question, vocab)
    if asked is None:
        return
    kind, metric, group = asked
    for candidate in candidates:
        if candidate.metric is not None or candidate.one_person:
            continue
        if candidate.kind is None and not _CLAUSE_END.match(text, candidate.end):
            continue
        if candidate.kind not in (None, kind):
            continue
        candidate.kind, candidate.metric = kind, metric
        if candidate.group is Group.ALL:
            candidate.group = group


def _asked(question: str, vocab: CompiledVocab) -> tuple[str, Metric, Group] | None:
    """What a count question asks for: its kind, metric and group."""
    if not vocab.mine_context.search(question):
        return None
    group = _group(question, vocab)
    trigger = vocab.people_trigger.search(question)
    if trigger is not None:
        return "people", _people_metric(trigger), Group.ALL if group in _MINE_GROUPS else group
    found = vocab.found_verb.search(question) is not None
    if vocab.uxo_noun.search(question) and found:
        return "uxo", Metric.UXO_FOUND, Group.ALL
    if vocab.mine_noun.search(question):
        if found:
            return "mine", Metric.MINES_FOUND, group if group in _MINE_GROUPS else Group.ALL
        if vocab.laid_verb.search(question):
            return "mine", Metric.MINES_LAID, group if group in _MINE_GROUPS else Group.ALL
    return None


# a labelled count of mines or ordnance with no verb anywhere is a clearance report's line
_LABEL_METRICS = {"mine": Metric.MINES_FOUND, "uxo": Metric.UXO_FOUND}

_KIND_METRICS = {
    "mine": (Metric.MINES_FOUND, Metric.MINES_LAID),
    "uxo": (Metric.UXO_FOUND,),
    "area": (Metric.AREA_CLEARED_HA,),
    "people": tuple(PEOPLE_METRICS),
}


def _earlier_total(
    candidates: list[_Candidate], text: str, context: _Context, vocab: CompiledVocab
) -> Figure | None:
    """The previous sentence's total that "Of these, 2,970 were anti-personnel" breaks down.

    Only a sentence that opens with a part marker and whose first number has no verb of
    its own; that number takes the total's metric, period, place and scope.
    """
    first = candidates[0]
    if not context.previous or first.metric is not None or first.kind is None:
        return None
    if not _opens_with_part(candidates, text, vocab):
        return None
    metrics = _KIND_METRICS[first.kind]
    total = next((f for f in context.previous if f.metric in metrics), None)
    if total is not None:
        # "Onlardan 7.012-si piyada əleyhinə, 1.203-ü isə tank əleyhinə": every part of it
        for part in candidates:
            if part is first or (part.kind == first.kind and part.metric is None):
                part.metric = total.metric
                part.dependent = True
    return total


def _breakdown_total(
    candidates: list[_Candidate], text: str, context: _Context, vocab: CompiledVocab
) -> Figure | None:
    """The earlier total that "Среди пострадавших 200 мирных жителей" breaks down.

    The reference words stand before the sentence's first number; a people verb among
    them names the metric ("of the dead" = killed). Every candidate of the total's kind
    becomes its part, whatever verb or period its own clause has.
    """
    if vocab.breakdown_of is None or not context.earlier:
        return None
    first = candidates[0]
    # the number itself may be part of the reference's context ("qurbanların 216 nəfəri")
    reference = vocab.breakdown_of.search(text, 0, first.end)
    parts_from = reference.end() if reference is not None else 0
    if reference is None or reference.end() > first.start:
        # "172 of the victims were civilians": the reference right after the first number
        reference = vocab.breakdown_of.match(text, _SPACES.match(text, first.end).end())
        if reference is None:
            return None
        parts_from = first.start
    trigger = vocab.people_trigger.search(text, reference.start(), reference.end())
    if trigger is not None:
        metrics: tuple[Metric, ...] = (_people_metric(trigger),)
        wanted = "people"
    else:
        wanted = first.kind or "people"
        metrics = _KIND_METRICS[wanted]
    totals = [f for f in context.earlier if f.metric in metrics]
    if trigger is None and wanted == "people":
        # "Among them are 10 children": a group breakdown is of all the victims, not of
        # the dead that the total's own breakdown named last ("43 of them died")
        totals = [f for f in totals if f.metric is Metric.MINE_VICTIMS] or totals
    total = next((f for f in reversed(totals) if f.group is Group.ALL), None) or next(
        iter(reversed(totals)), None
    )
    if total is None:
        return None
    for candidate in candidates:
        if candidate.kind is None and candidate.group not in (Group.ALL, *_MINE_GROUPS):
            candidate.kind = "people"  # "145 nəfəri isə hərbçidir"
        if candidate.kind == wanted and candidate.start >= parts_from:
            if not (
                trigger is None
                and candidate.metric is not None
                and _bare_people_verb(candidate, text, vocab)
            ):
                # "Among them, 67 were killed", "four of whom died" keep their own verb
                candidate.metric = metrics[0] if trigger is not None else total.metric
            candidate.dependent = True
    return total


def _opens_with_part(candidates: list[_Candidate], text: str, vocab: CompiledVocab) -> bool:
    marker = vocab.part_before.search(text, 0, candidates[0].start)
    return marker is not None and not text[: marker.start()].strip()


def _carried_group(previous: _Candidate) -> Group:
    # a part ("including two journalists, four more were injured") leaves the subject to its total
    if previous.kind == "people" and not previous.dependent and previous.group not in _MINE_GROUPS:
        return previous.group
    return Group.ALL


_APPOSITION = re.compile(r"[–—:]")


def _without_named_members(
    candidates: list[_Candidate], text: str, vocab: CompiledVocab
) -> list[_Candidate]:
    """Drop the people a count names one by one after a dash or colon.

    "погибли трое представителей СМИ – оператор AzTV ..., оператор ... и сотрудник ...":
    each "оператор" is one of the three, not one more.
    """
    kept: list[_Candidate] = []
    counted: _Candidate | None = None
    for candidate in candidates:
        if candidate.one_person and counted is not None:
            gap = text[counted.end : candidate.start]
            if _APPOSITION.search(gap) and not vocab.people_trigger.search(gap):
                continue
        if not candidate.one_person:
            counted = candidate if candidate.kind == "people" and candidate.value > 1 else None
        kept.append(candidate)
    return kept


# what may stand between two places' counts besides the second place: a contrast word
_DISTRIBUTION_GAP = re.compile(r"[\s,;–—-]*(?:\w{1,5}\s+){0,2}[\s,;–—-]*")


def _distribute_kinds(candidates: list[_Candidate], text: str, vocab: CompiledVocab) -> None:
    """ "Ağdamda 40, Füzulidə isə 25 mina": a place's bare count takes the next place's noun.

    Only when its own place stands right before it and nothing but the next place and a
    contrast word ("isə", "а", "while") stands between the two counts.
    """
    for index in range(len(candidates) - 1, 0, -1):
        candidate, following = candidates[index - 1], candidates[index]
        if candidate.kind is not None or candidate.one_person or following.kind is None:
            continue
        gap = _places_in(text, candidate.end, following.start, vocab)
        if len(gap) != 1:
            continue
        place_start, name = gap[0]
        if text.startswith(name, place_start):
            place_end = place_start + len(name)
        else:
            place_end = place_start + len(text[place_start : following.start].split(None, 1)[0])
        if not (
            _DISTRIBUTION_GAP.fullmatch(text, candidate.end, place_start)
            and _DISTRIBUTION_GAP.fullmatch(text, place_end, following.start)
        ):
            continue
        seg_start = candidates[index - 2].end if index > 1 else 0
        own = _places_in(text, seg_start, candidate.start, vocab)
        if not own or _CLAUSE_BREAK.search(text, own[-1][0], candidate.start):
            continue
        candidate.kind = following.kind
        candidate.area_factor = following.area_factor
        candidate.distributed = True
        if candidate.group is Group.ALL:
            candidate.group = following.group


def _mark_dependents(candidates: list[_Candidate], text: str, vocab: CompiledVocab) -> None:
    for index, candidate in enumerate(candidates):
        if index == 0:
            continue
        since = candidates[index - 1].end
        before = text[since : candidate.start]
        open_brackets = text.count("(", 0, candidate.start) - text.count(")", 0, candidate.start)
        previous = candidates[index - 1]
        candidate.dependent = (
            vocab.part_before.search(before) is not None
            or vocab.part_after.match(text, candidate.end) is not None
            or open_brackets > 0
            # "including 4 women and 11 children": the list of parts goes on
            or (previous.dependent and _continues_list(text, previous, candidate, vocab))
        )


# a comma and/or one short conjunction ("and", "и", "və", "&"): no verb, no preposition phrase
_LIST_JOINT = re.compile(r"\s*,?\s*(?:(?:\w{1,3}|&)\s+)?")


def _continues_list(
    text: str, previous: _Candidate, candidate: _Candidate, vocab: CompiledVocab
) -> bool:
    """Whether only the previous part's noun and a comma or conjunction stand between."""
    if previous.kind is None or candidate.kind != previous.kind:
        return False
    gap = text[max(previous.noun_end, previous.end) : candidate.start]
    return _LIST_JOINT.fullmatch(gap) is not None


_CLAUSE_END = re.compile(r"\s*(?:[,;.!)]|$)")


def _bare_object(candidates: list[_Candidate], index: int, text: str, vocab: CompiledVocab) -> bool:
    """Whether a number with no noun ends its clause right after a people verb: "killed three,"."""
    candidate = candidates[index]
    if candidate.one_person or not _CLAUSE_END.match(text, candidate.end):
        return False
    seg_start = candidates[index - 1].end if index else 0
    verbs = list(vocab.people_trigger.finditer(text, seg_start, candidate.start))
    return bool(verbs) and not text[verbs[-1].end() : candidate.start].strip()


def _bare_people_verb(candidate: _Candidate, text: str, vocab: CompiledVocab) -> bool:
    # "девять из них погибли", "onlardan ...": the language's own "of them" may come first
    part = vocab.part_after.match(text, candidate.end)
    gap = _BARE_PEOPLE_VERB_GAP.match(text, part.end() if part else candidate.end)
    if gap is None:
        return False
    return vocab.people_trigger.match(text, gap.end()) is not None


def _independent_bounds(candidates: list[_Candidate], index: int, text: str) -> tuple[int, int]:
    """The clause of a candidate: from the previous total to the next one."""
    start = 0
    for other in reversed(candidates[:index]):
        if not other.dependent:
            start = other.end
            break
    end = len(text)
    for other in candidates[index + 1 :]:
        if not other.dependent:
            end = other.start
            break
    return start, end


def _forward(candidates: list[_Candidate], index: int, text: str) -> str:
    """Text after a candidate up to the next total, with inserted parts blanked out.

    "45 people, including 3 journalists, were killed": the verb of 45 is "killed".
    A part's own forward text stops at the next number of any kind.
    """
    candidate = candidates[index]
    if candidate.dependent:
        end = next((c.start for c in candidates[index + 1 :]), len(text))
        return " " * candidate.end + text[candidate.end : end]
    _, end = _independent_bounds(candidates, index, text)
    chars = list(text[:end])
    for position in range(candidate.end):
        chars[position] = " "
    for other in candidates[index + 1 :]:
        if other.start >= end:
            break
        if other.dependent:
            stop = _HEAD_STOP.search(text, max(other.noun_end, other.end))
            blank_end = min(stop.start() if stop else end, end)
            blank_start = max(candidate.end, _part_marker_start(text, candidate.end, other.start))
            for position in range(blank_start, blank_end):
                chars[position] = " "
    return "".join(chars)


_MARKER_START = re.compile(r"[,(;:]")


def _part_marker_start(text: str, lower: int, start: int) -> int:
    """Where an inserted part begins: the last comma, bracket or colon before it.

    Without one ("three people were hurt: one of them died") the part begins at its number.
    """
    last = start
    for match in _MARKER_START.finditer(text, lower, start):
        last = match.start()
    return last


def _metric(
    candidates: list[_Candidate],
    index: int,
    text: str,
    vocab: CompiledVocab,
    context: _Context,
) -> Metric | None:
    candidate = candidates[index]
    if candidate.kind == "area":
        if vocab.planned is not None and vocab.planned.search(text):
            return None  # "the clearance of 2,000 hectares is planned": not land cleared yet
        return Metric.AREA_CLEARED_HA if vocab.cleared_verb.search(text) else None
    parent = _parent(candidates, index)
    seg_start, seg_end = _independent_bounds(candidates, index, text)
    forward = _forward(candidates, index, text)
    if candidate.kind == "uxo":
        if vocab.found_verb.search(text) or (parent is not None and parent.metric):
            return Metric.UXO_FOUND
        return None
    if candidate.kind == "mine":
        if vocab.found_verb.search(forward):
            return Metric.MINES_FOUND
        if vocab.laid_verb.search(text, seg_start, seg_end):
            return Metric.MINES_LAID
        if parent is not None and parent.metric in (Metric.MINES_FOUND, Metric.MINES_LAID):
            return parent.metric
        if vocab.found_verb.search(text):
            return Metric.MINES_FOUND
        if vocab.laid_verb.search(text):
            return Metric.MINES_LAID
        return None
    # people
    if not _about_mines(text, seg_start, seg_end, vocab, context):
        return None
    triggers = list(vocab.people_trigger.finditer(text, seg_start, candidate.start))
    last = triggers[-1] if triggers else None
    if (
        last is not None
        and vocab.verb_takes_object_after
        and _verb_object(text, last.end(), candidate.start, vocab)
    ):
        return _people_metric(last)  # "mines have killed 45 people and injured 200 others"
    trigger = _own_trigger(candidates, index, text, forward, vocab)
    if trigger is not None:
        return _people_metric(trigger)
    if parent is not None and parent.metric in PEOPLE_METRICS:
        return parent.metric
    if last is not None:
        return _people_metric(last)
    # "12 children and 3 women are among the victims": the list's items share its verb
    trigger = vocab.people_trigger.search(_list_forward(candidates, index, text))
    return _people_metric(trigger) if trigger is not None else None


def _own_trigger(
    candidates: list[_Candidate], index: int, text: str, forward: str, vocab: CompiledVocab
) -> re.Match[str] | None:
    """The first people verb after the number that is not the next number's own verb.

    "killed three, two of them journalists, and injured four": "injured" takes "four"
    as its object and says nothing of the journalists.
    """
    following = next((c for c in candidates[index + 1 :]), None)
    for trigger in vocab.people_trigger.finditer(forward):
        if (
            following is not None
            and vocab.verb_takes_object_after
            and trigger.end() <= following.start
            and _verb_object(text, trigger.end(), following.start, vocab)
        ):
            continue
        return trigger
    return None


def _list_forward(candidates: list[_Candidate], index: int, text: str) -> str:
    """The forward text of the list's last item: "12 children and 3 women are victims"."""
    last = index
    while last + 1 < len(candidates):
        item, following = candidates[last], candidates[last + 1]
        if following.kind != item.kind or not _LIST_JOINT.fullmatch(
            text, max(item.noun_end, item.end), following.start
        ):
            break
        last += 1
    return _forward(candidates, last, text) if last != index else ""


def _verb_object(text: str, verb_end: int, number_start: int, vocab: CompiledVocab) -> bool:
    """Whether the number is the verb's object: only spaces or a bound word ("about") between."""
    gap = text[verb_end:number_start]
    if not gap or not gap[0].isspace():
        return False
    if not gap.strip():
        return True
    words = gap.lstrip()
    for pattern, _ in vocab.bounds_before:
        match = pattern.search(words)
        if match is not None and match.start() == 0:
            return True
    return False


def _people_metric(match: re.Match[str]) -> Metric:
    kind = match.lastgroup or "injured"
    return _PEOPLE_KINDS.get(kind, Metric.MINE_INJURED)


def _parent(candidates: list[_Candidate], index: int) -> _Candidate | None:
    """The figure this one continues or breaks down: the last one of the same kind."""
    kind = candidates[index].kind
    for other in reversed(candidates[:index]):
        if other.metric is not None and other.kind == kind:
            return other
    return None


def _about_mines(text: str, start: int, end: int, vocab: CompiledVocab, context: _Context) -> bool:
    if vocab.war_context.search(text, start, end):
        return False
    if vocab.mine_context.search(text):
        return True
    return context.mine_before and vocab.war_context.search(text) is None


# ------------------------------------------------------------------ attributes


def _scope(text: str, periods: list[Period], context: _Context, vocab: CompiledVocab) -> Scope:
    stated = [p for p in periods if p.since or p.until]
    if (
        any(not p.weak for p in stated)
        or any(p.span for p in periods)
        or vocab.cumulative_marker.search(text)
    ):
        return Scope.CUMULATIVE
    if vocab.incident_marker.search(text):
        return Scope.INCIDENT
    if stated:
        return Scope.CUMULATIVE  # "in January, 1,004 mines were defused": a month's total
    if vocab.weak_cumulative_marker and vocab.weak_cumulative_marker.search(text):
        return Scope.CUMULATIVE
    if context.period is not None or context.list_total:
        return Scope.CUMULATIVE
    return Scope.INCIDENT


def _period_for(
    candidates: list[_Candidate],
    index: int,
    periods: list[Period],
    context: _Context,
    scope: Scope,
    inherits: bool = True,
) -> tuple[str | None, str | None]:
    """The period the number's sentence states, else (``inherits``) the paragraph's."""
    candidate = candidates[index]
    clause_end = next((c.start for c in candidates[index + 1 :]), sys.maxsize)
    stated = [
        p for p in periods if (p.since or p.until) and not (p.weak and scope is Scope.INCIDENT)
    ]
    if stated:
        # "100 hectares in January, compared with 640 hectares in December": a period in the
        # number's own clause wins, else the last one before it
        own = [p for p in stated if candidate.end <= p.start < clause_end]
        before = [p for p in stated if p.start < candidate.start]
        chosen = own[0] if own else before[-1] if before else stated[0]
        return chosen.since, chosen.until
    if scope is Scope.CUMULATIVE and context.period is not None and inherits:
        return context.period.since, context.period.until
    return None, None


def _bound(candidate: _Candidate, text: str, vocab: CompiledVocab) -> Bound:
    before = text[max(0, candidate.start - 40) : candidate.start]
    for pattern, bound in vocab.bounds_before:
        if pattern.search(before):
            return bound
    for pattern, bound in vocab.bounds_after:
        if pattern.match(text[candidate.end : candidate.end + 20]):
            return bound
    return Bound.EXACT


def _places(
    candidates: list[_Candidate], text: str, vocab: CompiledVocab, scope: Scope
) -> list[str | None]:
    """The place of each candidate that has a metric, by index (None for the others)."""
    places: list[str | None] = []
    for index, candidate in enumerate(candidates):
        place = _place(candidates, index, text, vocab) if candidate.metric is not None else None
        if place is None and candidate.metric is not None and index:
            previous = candidates[index - 1]
            if candidate.dependent:
                # "(civilians - 10, military - 15)": the parts are where their total is
                total = next(
                    (i for i in range(index - 1, -1, -1) if not candidates[i].dependent), None
                )
                place = places[total] if total is not None else None
            elif _LIST_JOINT.fullmatch(text, max(previous.noun_end, previous.end), candidate.start):
                # "In Shusha, 2,012 shells and 14 mines were found": the list shares its place
                place = places[index - 1]
        if place is None and candidate.metric is not None and not candidate.dependent:
            # "1,200 mines, including 980 anti-personnel, were removed in Kalbajar": the
            # clause goes on past its inserted parts
            forward = _forward(candidates, index, text)
            named = _places_in(forward, candidate.end, len(forward), vocab)
            place = named[0][1] if named else None
        places.append(place)
    if scope is Scope.INCIDENT and len({p for p in places if p is not None}) <= 1:
        # one event happens in one place: every figure of it takes the sentence's place
        # (counts in two places, "In Aghdam, 40 ..., while in Fuzuli 25", are two reports)
        place = next((p for p in places if p is not None), None)
        if place is None:
            named = _places_in(text, 0, len(text), vocab)
            place = named[0][1] if named else None
        return [place] * len(candidates)
    return places


def _place(candidates: list[_Candidate], index: int, text: str, vocab: CompiledVocab) -> str | None:
    """The named place nearest after the number in its clause, else before it."""
    candidate = candidates[index]
    seg_start = candidates[index - 1].end if index else 0
    seg_end = next((c.start for c in candidates[index + 1 :]), len(text))
    after = _places_in(text, candidate.end, seg_end, vocab)
    before = _places_in(text, seg_start, candidate.start, vocab)
    # "In Aghdam, 40 mines were found, while in Fuzuli ...": a clause that opened with its
    # own place ends at the break; the place after it belongs to the next clause
    if (
        after
        and not (before and _CLAUSE_BREAK.search(text, candidate.end, after[0][0]))
        and not (before and candidate.distributed)
    ):
        return after[0][1]
    if before:
        return before[-1][1]
    # "45 anti-tank mines and 312 pieces of ordnance were found in Aghdam district": a
    # place after a list belongs to every item up to the first part of a breakdown
    later = candidates[index + 1 :]
    clause_end = next((c.start for c in later if c.dependent), len(text))
    last = max((c.end for c in later if c.end <= clause_end), default=candidate.end)
    rest = _places_in(text, last, clause_end, vocab)
    return rest[0][1] if rest else None


def _places_in(
    text: str, start: int, end: int, vocab: CompiledVocab
) -> tuple[tuple[int, str], ...]:
    return _places_between(text, start, end, vocab.vocab.lang)


# A clause's "after" range is the next clause's "before": each range is asked for twice or
# more while one sentence is read, and the place patterns scan it whole each time.
@lru_cache(maxsize=256)
def _places_between(text: str, start: int, end: int, lang: str) -> tuple[tuple[int, str], ...]:
    vocab = compiled(lang)
    found: list[tuple[int, int, str]] = []
    for pattern in vocab.place:
        for match in pattern.finditer(text, start, end):
            name = _LEADING_FUNCTION_WORDS.sub("", match.group("name")).strip()
            if "elided" in match.re.groupindex and match.group("elided"):
                # "в Агдамском районе — 40, в Физулинском — 25": the noun said once before
                name = _elided_noun(text, match.start(), name, vocab)
            if "within" in match.re.groupindex and match.group("within"):
                # "Susuzlug village of Kalbajar district": the village, then its district
                name = f"{name}, {match.group('within')}"
            if name:
                found.append((match.start("name"), -len(name), name))
    if not found and vocab.gazetteer is not None:
        for match in vocab.gazetteer.finditer(text, start, end):
            found.append((match.start(), 0, match.group("name")))
    found.sort()
    return tuple((position, name) for position, _, name in found)


def _elided_noun(text: str, end: int, adjective: str, vocab: CompiledVocab) -> str:
    """The adjective with the noun an earlier place of the same form named ("районе")."""
    for pattern in vocab.place:
        if "elided" in pattern.groupindex:
            continue
        for match in reversed(list(pattern.finditer(text, 0, end))):
            words = match.group("name").split()
            if len(words) > 1 and words[0][-3:] == adjective[-3:]:
                return " ".join([adjective, *words[1:]])
    return adjective


def _countries(
    candidates: list[_Candidate], text: str, vocab: CompiledVocab, made: list[re.Match[str]]
) -> list[str | None]:
    """The other country each candidate is about, by index (None: Azerbaijan)."""
    if vocab.country is None:
        return [None] * len(candidates)
    named: list[tuple[int, str]] = []
    mentioned: list[tuple[int, str]] = []
    for match in vocab.country.finditer(text):
        if any(m.start() <= match.start() < m.end() for m in made):
            continue
        country = vocab.countries[match.group("name")]
        if _about_country(text, match.start(), match.end(), vocab):
            named.append((match.start(), country))
        else:
            mentioned.append((match.start(), country))
    if not named:
        # "Landmine Monitor names Myanmar ...: 1,003 people ... there": the word points back
        there = vocab.country_there.search(text) if vocab.country_there is not None else None
        earlier = [item for item in mentioned if there is not None and item[0] < there.start()]
        return [earlier[-1][1] if earlier else None] * len(candidates)
    if len(named) == 1:
        return [named[0][1]] * len(candidates)
    # "In Syria, 933 people were killed, and in Ukraine, 580": each its own country
    return [_nearest_named(candidates, index, text, named) for index in range(len(candidates))]


def _nearest_named(
    candidates: list[_Candidate], index: int, text: str, named: list[tuple[int, str]]
) -> str | None:
    """The name in the candidate's clause: after the number, unless a clause break stands
    between them and the clause opened with a name of its own before the number."""
    candidate = candidates[index]
    seg_start = candidates[index - 1].end if index else 0
    seg_end = next((c.start for c in candidates[index + 1 :]), len(text))
    after = [item for item in named if candidate.end <= item[0] < seg_end]
    before = [item for item in named if seg_start <= item[0] < candidate.start]
    if after and not (before and _CLAUSE_BREAK.search(text, candidate.end, after[0][0])):
        return after[0][1]
    if before:
        return before[-1][1]
    earlier = [item for item in named if item[0] < candidate.start]
    if earlier:
        return earlier[-1][1]
    later = [item for item in named if item[0] >= candidate.end]
    return later[0][1] if later else None


def _about_country(text: str, start: int, end: int, vocab: CompiledVocab) -> bool:
    """Whether the text locates its figure in the country it names, not compares with it."""
    before = text[max(0, start - 40) : start]
    if vocab.country_comparison is not None and vocab.country_comparison.search(before):
        return False
    if vocab.country_before is None and vocab.country_after is None:
        return True
    return bool(
        (vocab.country_before is not None and vocab.country_before.search(before))
        or (vocab.country_after is not None and vocab.country_after.match(text, end))
    )


_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _made(
    candidates: list[_Candidate],
    index: int,
    text: str,
    made: list[re.Match[str]],
    vocab: CompiledVocab,
) -> tuple[str | None, int | None]:
    candidate = candidates[index]
    end = next((c.start for c in candidates[index + 1 :]), len(text))
    start = candidates[index - 1].end if index else 0
    made_in: str | None = None
    made_year: int | None = None
    after = [m for m in made if candidate.end <= m.start() < end]
    # Azerbaijani puts the maker before the count: "Ermənistan istehsalı olan ... 180 mina"
    before = [
        m
        for m in made
        if start <= m.start()
        and m.end() <= candidate.start
        and not candidate.dependent
        and not _CLAUSE_BREAK.search(text, m.end(), candidate.start)
    ]
    for match in after[:1] or before[-1:]:
        named = _named(match, "country")
        # "произведённых в Армении": the inflected name as the vocabulary spells the country
        adjective = (
            vocab.made_adjective.search(match.group(0))
            if named is not None and vocab.made_adjective is not None
            else None
        )
        if adjective is not None:
            named = vocab.made_adjectives[adjective.group("name")]
        made_in = named or made_in
        year = _named(match, "year")
        made_year = int(year) if year else made_year
    if made_in is None and vocab.made_adjective is not None:
        adjective = vocab.made_adjective.search(text, candidate.end, max(end, candidate.noun_end))
        if adjective is None and not after and not candidate.dependent:
            preceding = list(vocab.made_adjective.finditer(text, start, candidate.start))
            if preceding and not _CLAUSE_BREAK.search(text, preceding[-1].end(), candidate.start):
                adjective = preceding[-1]
        if adjective is not None:
            made_in = vocab.made_adjectives[adjective.group("name").lower()]
    return made_in, made_year


def _named(match: re.Match[str], prefix: str) -> str | None:
    """The first group of ``match`` named ``prefix...`` that matched.

    A language that says the same thing in two word orders ("2021-ci ildə Ermənistanda
    istehsal olunmuş", "Ermənistan istehsalı olan 2021-ci il") needs one group name per order.
    """
    return next(
        (value for name, value in match.groupdict().items() if name.startswith(prefix) and value),
        None,
    )


def _figure(
    candidates: list[_Candidate],
    index: int,
    sentence: Sentence,
    periods: list[Period],
    context: _Context,
    scope: Scope,
    country: str | None,
    made: list[re.Match[str]],
    vocab: CompiledVocab,
) -> Figure:
    candidate = candidates[index]
    text = sentence.text
    assert candidate.metric is not None
    metric = candidate.metric
    value: int | float = candidate.value
    if metric is Metric.AREA_CLEARED_HA and candidate.area_factor != 1.0:
        value = _round(value * candidate.area_factor)
    group = candidate.group
    if (metric in PEOPLE_METRICS) != (group not in _MINE_GROUPS) and group is not Group.ALL:
        group = Group.ALL  # a mine kind on people or a people group on mines is noise
    if metric not in PEOPLE_METRICS and metric is not Metric.MINES_FOUND:
        group = group if metric is Metric.MINES_LAID else Group.ALL
    # a stock of mines laid, or a figure about another country, holds only the period its
    # own sentence states: the paragraph's period is Azerbaijan's count since the war
    inherits = metric is not Metric.MINES_LAID and country is None
    since, until = _period_for(candidates, index, periods, context, scope, inherits)
    mine_model = made_in = made_year = None
    if metric in (Metric.MINES_FOUND, Metric.MINES_LAID):
        end = next((c.start for c in candidates[index + 1 :]), len(text))
        model = vocab.mine_model.search(text, candidate.end, end)
        mine_model = model.group(0) if model else None
        made_in, made_year = _made(candidates, index, text, made, vocab)
    return Figure(
        metric=metric,
        value=value,
        bound=_bound(candidate, text, vocab),
        group=group,
        scope=scope,
        since=since,
        until=until,
        place=candidate.place,
        mine_model=mine_model,
        made_in=made_in,
        made_year=made_year,
        country=country,
        quote=text,
        start=sentence.start,
        end=sentence.end,
    )


def _round(value: float) -> int | float:
    rounded = round(value, 4)
    return int(rounded) if rounded == int(rounded) else rounded
