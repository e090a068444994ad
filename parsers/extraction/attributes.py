"""A figure's own attributes, and the Figure built from a candidate with them.

Its scope, period, bound, and where the mines it counts were made.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

from parsers.extraction.candidates import MINE_GROUPS, Candidate
from parsers.extraction.clauses import CLAUSE_BREAK, LIST_JOINT
from parsers.extraction.context import Context
from parsers.models import PEOPLE_METRICS, Bound, Figure, Group, Metric, Scope
from parsers.periods import Period
from parsers.sentences import Sentence
from parsers.vocab import CompiledVocab


def scope_of(
    text: str,
    periods: list[Period],
    context: Context,
    vocab: CompiledVocab,
    candidates: Sequence[Candidate] = (),
) -> Scope:
    stated = [p for p in periods if p.since or p.until]
    if _corrects_incident(text, stated, context, vocab):
        return Scope.INCIDENT
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
    if any(_more_than_one_event(c) for c in candidates):
        # "саперы выявили 96,3 тыс взрывоопасных предметов": no one find or blast is that big
        return Scope.CUMULATIVE
    if _goes_on_with_a_total(candidates, context):
        return Scope.CUMULATIVE
    return Scope.INCIDENT


def _goes_on_with_a_total(candidates: Sequence[Candidate], context: Context) -> bool:
    """Whether the finds go on with the running total the sentence before stated.

    "На данный момент очищено 150 тыс га. В ходе проведенных операций обнаружено 500
    противотанковых мин.": the same paragraph's total, in the next sentence. Only mines and
    ordnance: a person told after a total is most often one blast's ("A shepherd was hurt").
    """
    counted = [c for c in candidates if c.metric is not None]
    return (
        bool(context.before)
        and bool(counted)
        and all(c.kind in ("mine", "uxo") and not c.one_person for c in counted)
        and any(f.scope is Scope.CUMULATIVE for f in context.previous)
    )


# a count this size with no word of one event adds events up: a single find of a thousand
# mines, or one blast that hurts a hundred people, is told with its day or its blast
_EVENT_SIZE = {"mine": 1000, "uxo": 1000, "people": 100}


def _more_than_one_event(candidate: Candidate) -> bool:
    size = _EVENT_SIZE.get(candidate.kind or "")
    return (
        size is not None
        and candidate.metric is not None
        and not candidate.dependent
        and candidate.value >= size
    )


def _in_year_of(period: Period, earlier: Period) -> tuple[str | None, str | None]:
    """ "In 2023, ... In January, ...": the month is in the year the paragraph stated."""
    year = (earlier.since or earlier.until or "")[:4]
    own = {d[:4] for d in (period.since, period.until) if d}
    if not year.isdigit() or len(own) != 1:
        return period.since, period.until
    since = year + period.since[4:] if period.since else None
    until = year + period.until[4:] if period.until else None
    return since, until


def _corrects_incident(
    text: str, stated: list[Period], context: Context, vocab: CompiledVocab
) -> bool:
    """ "The number of injured now stands at three" after a blast the text told: that blast's."""
    if vocab.correction is None or any(not p.weak for p in stated):
        return False
    if not vocab.correction.search(text):
        return False
    return any(f.scope is Scope.INCIDENT and f.metric in PEOPLE_METRICS for f in context.earlier)


_ADJACENT = 2  # at most a space and a comma between a period's start and its end


def _period_for(
    candidates: list[Candidate],
    index: int,
    periods: list[Period],
    context: Context,
    scope: Scope,
    inherits: bool = True,
    same_year: bool = False,
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
        if chosen.yearless and context.period is not None and not context.period.yearless:
            return _in_year_of(chosen, context.period)
        if chosen.since is None and chosen.until is not None:
            # "from the end of the war until April 1": a start, then the day it runs to
            start = next(
                (
                    p
                    for p in stated
                    if p.since and p.until is None and 0 <= chosen.start - p.end <= _ADJACENT
                ),
                None,
            )
            if start is not None:
                return start.since, chosen.until
        return chosen.since, chosen.until or chosen.closes
    if scope is Scope.CUMULATIVE and context.period is not None and inherits:
        same = context.period.since or context.period.until
        if same and same_year:
            return same[:4], None
        return context.period.since, context.period.until or context.period.closes
    return None, None


def _calendar_year(context: Context) -> bool:
    """Whether the paragraph's period is one year a report covers ("In 2022, ..."), not a
    running count since a date: the countries a world report ranks are counted over it too."""
    period = context.period
    return (
        period is not None
        and period.weak
        and period.until is None
        and period.since is not None
        and len(period.since) == 4
    )


def _bound(candidate: Candidate, text: str, vocab: CompiledVocab) -> Bound:
    before = text[max(0, candidate.start - 40) : candidate.start]
    for pattern, bound in vocab.bounds_before:
        if pattern.search(before):
            return bound
    # a number word may carry the suffix a bound hangs on ("bir milyondan çox"): read the
    # words after it from the number's last letters too
    own_tail = candidate.end - 3 if text[candidate.end - 1 : candidate.end].isalpha() else None
    for pattern, bound in vocab.bounds_after:
        if pattern.match(text[candidate.end : candidate.end + 20]):
            return bound
        if own_tail is not None and pattern.match(text[own_tail : candidate.end + 20]):
            return bound
    return Bound.EXACT


def _listed_bound(
    candidates: list[Candidate], index: int, text: str, vocab: CompiledVocab
) -> Bound:
    """The count's own bound, else the "about" that heads the list it is an item of.

    "About 9,400 anti-personnel, 6,100 anti-tank and 21,000 other munitions": each is about.
    """
    own = _bound(candidates[index], text, vocab)
    while own is Bound.EXACT and index:
        item, before = candidates[index], candidates[index - 1]
        if item.dependent or before.dependent or item.bound or before.bound:
            return own
        if LIST_JOINT.fullmatch(text, before.head_end, item.start) is None:
            return own
        index -= 1
        head = _bound(before, text, vocab)
        if head is Bound.APPROX:
            return head
        if head is not Bound.EXACT:
            return own
    return own


def _made(
    candidates: list[Candidate],
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
        and not CLAUSE_BREAK.search(text, m.end(), candidate.start)
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
            if preceding and not CLAUSE_BREAK.search(text, preceding[-1].end(), candidate.start):
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


def build_figure(
    candidates: list[Candidate],
    index: int,
    sentence: Sentence,
    periods: list[Period],
    context: Context,
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
    if (metric in PEOPLE_METRICS) != (group not in MINE_GROUPS) and group is not Group.ALL:
        group = Group.ALL  # a mine kind on people or a people group on mines is noise
    if metric not in PEOPLE_METRICS and metric is not Metric.MINES_FOUND:
        group = group if metric is Metric.MINES_LAID else Group.ALL
    # a stock of mines laid, or a figure about another country, holds only the period its
    # own sentence states: the paragraph's period is Azerbaijan's count since the war
    inherits = metric is not Metric.MINES_LAID and (country is None or _calendar_year(context))
    same_year = vocab.same_year is not None and vocab.same_year.search(text) is not None
    since, until = _period_for(candidates, index, periods, context, scope, inherits, same_year)
    mine_model = made_in = made_year = None
    if metric in (Metric.MINES_FOUND, Metric.MINES_LAID):
        end = next((c.start for c in candidates[index + 1 :]), len(text))
        model = vocab.mine_model.search(text, candidate.end, end)
        mine_model = model.group(0) if model else None
        if model is not None and group is Group.ALL and model.end() <= candidate.noun_end:
            # "two TM-62 mines": a model in the place of the kind word says the kind; after
            # the noun ("две мины ПМН-Э") it only names the model
            group = next((g for named, g in vocab.model_groups if named.match(model[0])), group)
        made_in, made_year = _made(candidates, index, text, made, vocab)
    return Figure(
        metric=metric,
        value=value,
        bound=candidate.bound or _listed_bound(candidates, index, text, vocab),
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
