"""The figures one sentence states: its candidates read, then given metrics and attributes."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extraction.acronyms import mark_defined_ordnance
from parsers.extraction.attributes import build_figure, scope_of
from parsers.extraction.breakdowns import (
    KIND_METRICS,
    answer_counts,
    breakdown_total,
    carried_group,
    distribute_kinds,
    earlier_total,
    mark_dependents,
    opens_with_part,
    without_named_members,
)
from parsers.extraction.candidates import (
    MINE_GROUPS,
    Candidate,
    find_candidates,
    group_of,
    same_noun,
)
from parsers.extraction.clauses import LIST_JOINT
from parsers.extraction.context import Context
from parsers.extraction.metrics import bare_object, bare_people_verb, metric_of, people_metric
from parsers.extraction.places import countries_for, places_for, places_in
from parsers.extraction.ranges import mark_ranges
from parsers.extraction.tables import column_counts
from parsers.models import PEOPLE_METRICS, Figure, Group, Metric, Scope
from parsers.periods import Period
from parsers.sentences import Sentence
from parsers.vocab import CompiledVocab


def sentence_figures(
    sentence: Sentence,
    periods: list[Period],
    context: Context,
    vocab: CompiledVocab,
    lang: str,
) -> list[Figure]:
    text = sentence.text
    if vocab.to_date is not None and vocab.to_date.search(text):
        # "Up to now, 390 people ..., ANAMA said in May": the month is the telling's
        periods = [p for p in periods if not _a_month(p)]
        if context.period is not None and _a_month(context.period):
            context = replace(context, period=None)
    made = list(vocab.made_in.finditer(text))
    candidates = find_candidates(text, vocab, lang, periods, made)
    if not candidates:
        return []
    mark_defined_ordnance(candidates, text, context.ordnance_acronyms)
    distribute_kinds(candidates, text, vocab)
    mark_ranges(candidates, text, vocab, lang)
    candidates = without_named_members(candidates, text, vocab)  # keeps the first
    mark_dependents(candidates, text, vocab)
    if (
        context.previous
        and not context.mine_before
        and (
            opens_with_part(candidates, text, vocab)
            # "Of the 390 victims, 70 were killed": the total before, named again
            or _restated_total(candidates[0], text, context, vocab) is not None
        )
    ):
        # "Of them, 67 were killed": the total it breaks down was about mines
        context = replace(context, mine_before=True)
    previous: Candidate | None = None
    first = candidates[0]
    if context.intro is not None and len(candidates) == 1 and first.kind is None:
        # "2021-ci il - 17 880 ədəd" under "Zərərsizləşdirilən minaların sayı belə olub:"
        first.kind = _intro_kind(context.intro, vocab)
    if (
        first.kind is None
        and vocab.part_after.match(text, first.end)
        and any(f.metric in PEOPLE_METRICS for f in context.previous)
    ):
        first.kind = "people"  # "41 people were hurt. Nine of them died": of those people
        total = next(f for f in context.previous if f.metric in PEOPLE_METRICS)
        if first.group is Group.ALL and total.group in _CARRIED_GROUPS:
            # "390 civilians were hurt. Nearly 300 of them were injured": civilians too
            first.group = total.group
    for index, candidate in enumerate(candidates):
        if (
            candidate.kind is None
            and previous is not None
            and previous.kind is not None
            # "150,000 hectares were cleared, and ANAMA has grown from 600 employees to over
            # 3,000": a bare number goes on with the nearest noun counted before it
            and not _counted_between(candidates, index, previous)
            and (
                vocab.part_after.match(text, candidate.end)
                or (
                    vocab.elliptic_after.match(text, candidate.end)
                    and not bare_people_verb(candidate, text, vocab)
                )
            )
        ):
            candidate.kind = previous.kind
            candidate.area_factor = previous.area_factor
            if candidate.group is Group.ALL and vocab.part_after.match(text, candidate.end):
                # "4 minaaxtaran ..., 16-sı": 16 of the deminers, the total's group
                total = _total_before(candidates, index)
                candidate.group = total.group if total is not None else Group.ALL
        if candidate.kind is None and _bracketed_parts(candidates, index, text):
            candidate.kind = "people"  # "312 (civilians - 146, servicemen - 166) were wounded"
        if candidate.kind is None and bare_object(candidates, index, text, vocab):
            candidate.kind = "people"  # "the blast killed three, ...", "унёс жизни троих"
        if candidate.kind in (None, "mine", "uxo") and bare_people_verb(candidate, text, vocab):
            # "52 injured by mines": the mines are the cause, the number names no people
            if candidate.group is Group.ALL or candidate.group in MINE_GROUPS:
                if vocab.part_after.match(text, candidate.end):
                    # "12 children, three of whom died": a part of its total's group
                    total = _total_before(candidates, index)
                    candidate.group = carried_group(total) if total is not None else Group.ALL
                elif previous is not None:
                    # "two servicemen were killed and one was wounded": the subject carries over
                    candidate.group = carried_group(previous)
            # "25 were wounded by mines": the mines are the cause, the number counts people
            candidate.kind = "people"
        if (
            (
                candidate.another
                or (vocab.others is not None and vocab.others.match(text, candidate.end))
            )
            and candidate.kind == "people"
            and candidate.group is Group.ALL
            and previous is not None
        ):
            # "two civilians were killed, another was injured": one more civilian
            candidate.group = carried_group(previous)
        if (
            candidate.kind == "people"
            and candidate.group is Group.ALL
            and not candidate.dependent
            and previous is not None
            and previous.kind == "people"
            and previous.group not in (Group.ALL, Group.CHILDREN)
            and same_noun(candidate, previous)
        ):
            # "ANAMA-nın bir əməkdaşı həlak olub, iki əməkdaşı isə yaralanıb": the same
            # employees; an age ("a 15-year-old person") says nothing of the next count
            candidate.group = previous.group
        if (
            candidate.kind == "people"
            and candidate.group is Group.ALL
            and not candidate.one_person
            and previous is None
            and candidate.noun
        ):
            # "Сотрудник агентства скончался. Еще двое сотрудников получили ранения": the
            # noun the sentence before gave its group to
            candidate.group = _group_named_before(candidate.noun, context, vocab)
        if candidate.kind is not None and not _goal(candidate, text, context, vocab):
            candidate.metric = (
                metric_of(candidates, index, text, vocab, context)
                or _intro_metric(candidate.kind, context.intro, vocab)
                or _listed_metric(candidate, text, context, vocab)
                or _LABEL_METRICS.get(candidate.kind if candidate.labelled else None)
            )
        if candidate.metric is not None:
            previous = candidate
    _parts_before_total(candidates, text, vocab)
    if context.question is not None:
        answer_counts(candidates, text, context.question, vocab)
    if context.columns:
        column_counts(candidates, text, context.columns, vocab)
    leader = _followed(candidates, text, context, vocab)
    broken_down = breakdown_total(candidates, text, context, vocab)
    total = earlier_total(candidates, text, context, vocab) if broken_down is None else None
    # "..., the agency told Karabakh Today.": the outlet's name tells neither place nor day
    seen = _without_body_names(text, vocab)
    scope = scope_of(seen, periods, context, vocab, candidates) if total is None else total.scope
    if (
        scope is Scope.CUMULATIVE
        and total is None
        and _one_person_dated(candidates, text, periods, vocab)
    ):
        # "In 2019 an individual triggered a mine": one person is one blast, the year its date
        scope = Scope.INCIDENT
    day = next((p.closes for p in periods if p.closes and not (p.since or p.until)), None)
    if scope is Scope.INCIDENT and total is None and day and _several_events(text, vocab):
        # "On March 3, mine blasts in Lachin and Fuzuli wounded five people": blasts added
        # up, over the one day they happened on (a day not told, "on Tuesday", leaves the
        # count one report of the day's events)
        scope = Scope.CUMULATIVE
    else:
        day = None
    if scope is Scope.INCIDENT and vocab.citizens is not None:
        for candidate in candidates:
            if (
                candidate.group is Group.ALL
                and candidate.noun
                and not candidate.one_person
                and vocab.citizens.match(candidate.noun)
            ):
                # "двое граждан были ранены": in one blast, citizens are civilians; one
                # "vətəndaş" alone is the unspecified citizen figures.md counts as all
                candidate.group = Group.CIVILIANS
    if scope is Scope.INCIDENT and vocab.others_besides is not None:
        for candidate in candidates:
            if candidate.kind == "people" and vocab.others_besides.match(text, candidate.end):
                candidate.group = Group.ALL
    countries = countries_for(candidates, text, vocab, made)
    for candidate, place in zip(
        candidates, places_for(candidates, seen, vocab, scope), strict=True
    ):
        candidate.place = place or candidate.place  # a table row's place is its first cell
    if context.before and vocab.place_there is not None and vocab.place_there.search(text):
        # "... in the Jabrayil and Lachin districts. 1,491 hectares there were cleared"
        named = places_in(context.before, 0, len(context.before), vocab)
        for candidate in candidates:
            if candidate.place is None and named:
                candidate.place = named[-1][1]
    told = _corrected(text, scope, context, vocab)
    own_period = next((p for p in periods if p.since or p.until), None)
    # "Of the 390 victims, 70 were killed": over the span of the 390 the sentence before told
    again = _restated_total(candidates[0], text, context, vocab) if own_period is None else None
    figures = []
    for index, candidate in enumerate(candidates):
        if candidate.metric is None:
            continue
        if (
            candidate.one_person
            and scope is not Scope.INCIDENT
            and not _member_of_total(candidates, index)
        ):
            continue
        own_scope = scope
        if candidate.metric in (Metric.MINES_LAID, Metric.AREA_CLEARED_HA):
            own_scope = Scope.CUMULATIVE  # a stock of mines or an area is never one event
        figure = build_figure(
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
        if leader is not None and (index == 0 or candidate.follows):
            # "Myanmar followed with 1,003": the leader's count, period and scope
            figure = replace(
                figure,
                group=leader.group,
                scope=leader.scope,
                since=leader.since,
                until=leader.until,
            )
        if total is not None and index == 0:
            figure = replace(
                figure,
                since=figure.since or total.since,
                until=figure.until or total.until,
                place=figure.place or total.place,
                country=figure.country or total.country,
            )
        if total is not None and own_period is None and (total.since or total.until):
            # "Last week, deminers found 58 mines. ... between November 2020 and October 2023,
            # 319 people were hurt. Of them, 63 were killed": the parts are counted over their
            # total's span, not over the report's week
            figure = replace(figure, since=total.since, until=total.until)
        if again is not None and again.scope is Scope.CUMULATIVE:
            figure = replace(figure, since=again.since, until=again.until)
        if day is not None and figure.since is None and figure.until is None:
            figure = replace(figure, since=day, until=day)
        if told is not None and figure.place is None:
            # "The number of injured now stands at four": where the blast it corrects was
            figure = replace(figure, place=told.place)
        figures.append(figure)
    return figures


def _several_events(text: str, vocab: CompiledVocab) -> bool:
    return vocab.several_events is not None and vocab.several_events.search(text) is not None


def _one_person_dated(
    candidates: list[Candidate], text: str, periods: list[Period], vocab: CompiledVocab
) -> bool:
    """Whether the sentence's only count is one person and its period only a point in time.

    Only a sentence that tells the blast itself: "В 2016 году там пострадал подросток" after
    a paragraph about a pasture is a memory of the place, not a figure of the report.
    """
    counted = [c for c in candidates if c.metric is not None]
    stated = [p for p in periods if p.since or p.until]
    return (
        bool(counted)
        and bool(stated)
        and all(c.one_person for c in counted)
        and all(p.weak and not p.span for p in stated)
        and vocab.cumulative_marker.search(text) is None
        and vocab.mine_context.search(text) is not None
    )


def _group_named_before(noun: str, context: Context, vocab: CompiledVocab) -> Group:
    """The group the previous sentence's people figure took from the same noun, if any."""
    stem = noun[:_STEM]
    for figure in context.previous:
        if figure.metric not in PEOPLE_METRICS or figure.group in _OWN_NOUN_GROUPS:
            continue
        quote = figure.quote.lower()
        at = quote.find(stem)
        while at >= 0:
            phrase = _NOUN_PHRASE.match(figure.quote, at)
            if (
                (at == 0 or not quote[at - 1].isalnum())
                and phrase is not None
                and group_of(phrase.group(), vocab) is figure.group
            ):
                return figure.group
            at = quote.find(stem, at + 1)
    return Group.ALL


_STEM = 5  # letters two forms of a noun share: "сотрудник", "сотрудников"
# groups a noun never passes on: children and women are named by their own nouns
_OWN_NOUN_GROUPS = (Group.ALL, Group.CHILDREN, Group.WOMEN, *MINE_GROUPS)
# the noun and the two words after it that may name its group: "сотрудник агентства"
_NOUN_PHRASE = re.compile(r"[^\W\d]+(?:\s+[^\W\d]+){0,2}")


def _restated_total(
    first: Candidate, text: str, context: Context, vocab: CompiledVocab
) -> Figure | None:
    """The count of people the sentence before stated, if this one opens by naming it again."""
    marker = vocab.reference_before.search(text, 0, first.start)
    if marker is None or text[: marker.start()].strip():
        return None
    return next(
        (f for f in context.previous if f.metric in PEOPLE_METRICS and f.value == first.value),
        None,
    )


_MONTH_DIGITS = len("2024-05")


def _a_month(period: Period) -> bool:
    """Whether the period is one month named as a point in time ("in May")."""
    return period.weak and period.since is not None and len(period.since) == _MONTH_DIGITS


def _without_body_names(text: str, vocab: CompiledVocab) -> str:
    """The text with the names of outlets and bodies blanked, every other span in place."""
    if vocab.body_name is None:
        return text
    names = list(vocab.body_name.finditer(text))
    if not names:
        return text
    out, last = [], 0
    for name in names:
        out += [text[last : name.start()], " " * (name.end() - name.start())]
        last = name.end()
    return "".join([*out, text[last:]])


def _corrected(text: str, scope: Scope, context: Context, vocab: CompiledVocab) -> Figure | None:
    """The incident figure a correction ("now stands at four") restates, if it is one."""
    if scope is not Scope.INCIDENT or vocab.correction is None:
        return None
    if not vocab.correction.search(text):
        return None
    return next(
        (
            f
            for f in reversed(context.earlier)
            if f.scope is Scope.INCIDENT and f.metric in PEOPLE_METRICS
        ),
        None,
    )


def _parts_before_total(candidates: list[Candidate], text: str, vocab: CompiledVocab) -> None:
    """ "4 qadın və 17 uşaq da daxil olmaqla 397 nəfər həlak olub": parts named first.

    The list of people right before the marker takes the metric of the total after it.
    """
    if vocab.parts_before_total is None:
        return
    for index, total in enumerate(candidates):
        if index == 0 or total.kind != "people" or total.metric is None:
            continue
        last = candidates[index - 1]
        marker = vocab.parts_before_total.fullmatch(text, last.head_end, total.start)
        if marker is None:
            continue
        parts = [last]
        for part in reversed(candidates[: index - 1]):
            following = parts[-1]
            if not LIST_JOINT.fullmatch(text, part.head_end, following.start):
                break
            parts.append(part)
        for part in parts:
            if part.kind in ("people", None) and part.metric is None:
                # "248 out of 349 mine victims": a bare part counts what its total does
                part.kind = "people"
                part.metric = total.metric
                part.dependent = True


_NOUN_KINDS = ("mine", "uxo", "people", "area")


def _intro_kind(intro: str, vocab: CompiledVocab) -> str | None:
    """The kind of thing a list's introduction counts: "minaların sayı belə olub:"."""
    noun = vocab.head_noun.search(intro)
    if noun is None:
        return None
    return next(kind for kind in _NOUN_KINDS if noun.start(kind) >= 0)


def _intro_metric(kind: str | None, intro: str | None, vocab: CompiledVocab) -> Metric | None:
    """What a list's lines count, by the verb of their introduction.

    "Rayonlar üzrə ən çox zərərçəkən qeydə alınan ərazilər:" over "Ağdam – 74 nəfər": the
    line's own words name no harm, its introduction does.
    """
    if intro is None or kind is None:
        return None
    if kind == "people":
        trigger = vocab.people_trigger.search(intro)
        return people_metric(trigger) if trigger is not None else None
    if kind in ("mine", "uxo") and vocab.found_verb.search(intro):
        return Metric.MINES_FOUND if kind == "mine" else Metric.UXO_FOUND
    if (
        # "Of the demining work done in 2022:" over "- Shusha district: 812.5 ha"
        kind == "area"
        and vocab.cleared_verb.search(intro)
        and (vocab.planned is None or not vocab.planned.search(intro))
    ):
        return Metric.AREA_CLEARED_HA
    return None


def _goal(candidate: Candidate, text: str, context: Context, vocab: CompiledVocab) -> bool:
    """Whether the number is a plan or a target, in its own words or the question's.

    "— What are the plans for 2026? — To bring clearance up to 90,000 hectares": no line of
    a list or answer it looks like makes a goal a figure.
    """
    if vocab.planned is None:
        return False
    if context.question is not None and vocab.planned.search(context.question):
        return True
    return candidate.kind == "area" and vocab.planned.search(text) is not None


def _member_of_total(candidates: list[Candidate], index: int) -> bool:
    """Whether one person is a member its total lists in full, whatever the scope.

    "Five people, including a deminer, a soldier and three civilians, were wounded in
    October": the parts add up to the total, so "a deminer" counts one.
    """
    if not candidates[index].dependent:
        return False
    total = _total_before(candidates, index)
    if total is None or total.kind != "people" or total.one_person:
        return False
    start = candidates.index(total) + 1
    parts = []
    for part in candidates[start:]:
        if not part.dependent:
            break
        parts.append(part.value)
    return sum(parts) == total.value


def _listed_metric(
    candidate: Candidate, text: str, context: Context, vocab: CompiledVocab
) -> Metric | None:
    """The metric of a list's line from the list stated so far, or from its own verb.

    "Three people died and 18 were injured" in a list of victims: each count's own verb
    says which harm, where the list only says that they are victims.
    """
    assert candidate.kind is not None
    listed = next((m for m in reversed(context.listed) if m in KIND_METRICS[candidate.kind]), None)
    if listed in PEOPLE_METRICS and bare_people_verb(candidate, text, vocab):
        trigger = vocab.people_trigger.search(text, candidate.end)
        if trigger is not None:
            return people_metric(trigger)
    return listed


_OPEN_BRACKET = re.compile(r"\s*\(")


def _bracketed_parts(candidates: list[Candidate], index: int, text: str) -> bool:
    """Whether a bare number is followed by its people parts in brackets.

    "312 (civilians - 146, servicemen - 166)": the groups inside name whom it counts.
    """
    following = candidates[index + 1] if index + 1 < len(candidates) else None
    return (
        following is not None
        and following.kind == "people"
        and following.group is not Group.ALL
        and following.dependent
        and _OPEN_BRACKET.match(text, candidates[index].end) is not None
    )


def _total_before(candidates: list[Candidate], index: int) -> Candidate | None:
    """The last count before this one that is not itself a part: the total it is a part of."""
    return next((c for c in reversed(candidates[:index]) if not c.dependent), None)


def _counted_between(candidates: list[Candidate], index: int, previous: Candidate) -> bool:
    """Whether the number right before this one counts a noun of its own, not ``previous``."""
    before = candidates[index - 1] if index else None
    return before is not None and before is not previous and before.kind is not None


def _followed(
    candidates: list[Candidate], text: str, context: Context, vocab: CompiledVocab
) -> Figure | None:
    """The previous sentence's country figure that "Myanmar followed with 1,003" follows."""
    first = candidates[0]
    if vocab.follows_with is None or first.kind is not None or first.metric is not None:
        return None
    if not vocab.follows_with.search(text, 0, first.start):
        return None
    leader = next((f for f in context.previous if f.country is not None), None)
    if leader is None:
        return None
    first.metric = leader.metric
    first.kind = next(kind for kind, metrics in KIND_METRICS.items() if leader.metric in metrics)
    # "На втором месте Сирия (933), далее следуют Афганистан (651) и Украина (580)": each
    # bare count after a country of its own is one more of the ranking
    assert vocab.country is not None
    before = first
    for candidate in candidates[1:]:
        if candidate.kind is not None or candidate.metric is not None:
            break
        if vocab.country.search(text[before.end : candidate.start]) is None:
            break
        candidate.metric, candidate.kind, candidate.follows = first.metric, first.kind, True
        before = candidate
    return leader


# the groups a count "of them" keeps: who the total was (children grow up, so no
# children; a women's count is rarely broken down by harm)
_CARRIED_GROUPS = (Group.CIVILIANS, Group.MILITARY, Group.DEMINERS, Group.JOURNALISTS)

# a labelled count of mines or ordnance with no verb anywhere is a clearance report's line
_LABEL_METRICS = {"mine": Metric.MINES_FOUND, "uxo": Metric.UXO_FOUND}
