"""Totals and their parts, and counts that answer a question.

Which candidates break a total down, what total a part belongs to, and the kind a
place's count shares with the next ("Ağdamda 40, Füzulidə isə 25 mina").
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extraction.candidates import MINE_GROUPS, Candidate, group_of
from parsers.extraction.clauses import CLAUSE_BREAK, CLAUSE_END, LIST_JOINT, SPACES
from parsers.extraction.context import Context
from parsers.extraction.metrics import (
    bare_people_verb,
    metric_of,
    people_metric,
    verb_after_count,
)
from parsers.extraction.places import places_in
from parsers.models import PEOPLE_METRICS, Figure, Group, Metric, Scope
from parsers.vocab import CompiledVocab


def answer_counts(
    candidates: list[Candidate], text: str, question: str, vocab: CompiledVocab
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
        if candidate.kind is None and not CLAUSE_END.match(text, candidate.end):
            continue
        labelled = _labelled(candidate, text, kind, question, vocab)
        if labelled is not None:
            # "Mines: about fifty" to a question about mines and shells: the label says which
            candidate.kind, candidate.metric = labelled
            continue
        if candidate.kind not in (None, kind):
            continue
        candidate.kind, candidate.metric = kind, metric
        if candidate.group is Group.ALL:
            candidate.group = group


# "Mines: about fifty": a short label, a colon, at most two words and the count
_LABEL = re.compile(r"(?:^|[.,;:—–\n])(?P<label>[^.,;:—–\n]{1,40}):\s*(?:[^\W\d]+\s+){0,2}$")


def _labelled(
    candidate: Candidate, text: str, asked: str, question: str, vocab: CompiledVocab
) -> tuple[str, Metric] | None:
    """The kind and metric a label before a bare count names, when not the question's."""
    if asked not in ("mine", "uxo") or candidate.kind is not None:
        return None
    label = _LABEL.search(text, max(0, candidate.start - 60), candidate.start)
    if label is None:
        return None
    words = label.group("label")
    if asked == "mine" and vocab.uxo_noun.search(words) and not vocab.mine_noun.search(words):
        return "uxo", Metric.UXO_FOUND
    if asked == "uxo" and vocab.mine_noun.search(words) and not vocab.uxo_noun.search(words):
        if vocab.found_verb.search(question):
            return "mine", Metric.MINES_FOUND
        if vocab.laid_verb.search(question):
            return "mine", Metric.MINES_LAID
    return None


def _asked(question: str, vocab: CompiledVocab) -> tuple[str, Metric, Group] | None:
    """What a count question asks for: its kind, metric and group."""
    # "How many unexploded shells ...?" names what it counts without a word for mines
    if not (vocab.mine_context.search(question) or vocab.uxo_noun.search(question)):
        if (
            vocab.question_land
            and vocab.cleared_verb.search(question)
            and vocab.question_land.search(question)
        ):
            return "area", Metric.AREA_CLEARED_HA, Group.ALL  # "How much land was cleared?"
        return None
    group = group_of(question, vocab)
    trigger = vocab.people_trigger.search(question)
    if trigger is not None:
        return "people", people_metric(trigger), Group.ALL if group in MINE_GROUPS else group
    found = vocab.found_verb.search(question) is not None
    if vocab.uxo_noun.search(question) and found:
        return "uxo", Metric.UXO_FOUND, Group.ALL
    if vocab.mine_noun.search(question):
        if found:
            return "mine", Metric.MINES_FOUND, group if group in MINE_GROUPS else Group.ALL
        if vocab.laid_verb.search(question):
            return "mine", Metric.MINES_LAID, group if group in MINE_GROUPS else Group.ALL
    return None


KIND_METRICS = {
    "mine": (Metric.MINES_FOUND, Metric.MINES_LAID),
    "uxo": (Metric.UXO_FOUND,),
    "area": (Metric.AREA_CLEARED_HA,),
    "people": tuple(PEOPLE_METRICS),
}


def earlier_total(
    candidates: list[Candidate], text: str, context: Context, vocab: CompiledVocab
) -> Figure | None:
    """The previous sentence's total that "Of these, 2,970 were anti-personnel" breaks down.

    Only a sentence that opens with a part marker, or with a count of the total's members
    ("Twenty of them died"); a first number with no verb of its own takes the total's
    metric, and the sentence takes the total's period, place and scope.
    """
    first = candidates[0]
    if not context.previous or first.kind is None:
        return None
    if first.metric is not None and first.kind != "people":
        return None
    if not (
        opens_with_part(candidates, text, vocab)
        or _opens_as_part(first, text, vocab)
        or _shared_out(first, text, vocab)
    ):
        return None
    metrics = KIND_METRICS[first.kind]
    total = next((f for f in context.previous if f.metric in metrics), None)
    if total is None and all(f.metric is Metric.AREA_CLEARED_HA for f in context.previous):
        # "Since 2021, 300 people were hurt. By 1 May 2024, 90,000 ha had been cleared. Of
        # them, 50 were killed": hectares have no "of them"; the running total before them does
        total = next(
            (
                f
                for f in reversed(context.earlier)
                if f.metric in metrics and f.scope is Scope.CUMULATIVE
            ),
            None,
        )
    metric = total.metric if total is not None else None
    if total is None and first.kind == "mine":
        # "112 min mina və PHS aşkarlanıb. Onlardan 26 410-u piyada əleyhinə ...": the mines
        # of a count that lumps them with ordnance were found too
        total = next((f for f in context.previous if f.metric is Metric.UXO_FOUND), None)
        metric = Metric.MINES_FOUND
    if total is not None and first.metric is None:
        # "Onlardan 7.012-si piyada əleyhinə, 1.203-ü isə tank əleyhinə": every part of it
        for part in candidates:
            if part is first or (part.kind == first.kind and part.metric is None):
                part.metric = metric
                part.dependent = True
    return total


def breakdown_total(
    candidates: list[Candidate], text: str, context: Context, vocab: CompiledVocab
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
        reference = vocab.breakdown_of.match(text, SPACES.match(text, first.end).end())
        if reference is None:
            return _summed_total(candidates, text, context, vocab)
        parts_from = first.start
    trigger = vocab.people_trigger.search(text, reference.start(), reference.end())
    if trigger is not None:
        metrics: tuple[Metric, ...] = (people_metric(trigger),)
        wanted = "people"
    else:
        wanted = first.kind or "people"
        metrics = KIND_METRICS[wanted]
    totals = [f for f in context.earlier if f.metric in metrics]
    # "128,410 mines and items of UXO were destroyed. Among them were 33,519 mines and
    # 74,045 items of UXO": a count of both together, broken down into its mines and ordnance
    lumped = not totals and wanted == "mine"
    if lumped:
        totals = [f for f in context.earlier if f.metric is Metric.UXO_FOUND]
    if trigger is None and wanted == "people":
        # "Among them are 10 children": a group breakdown is of all the victims, not of
        # the dead that the total's own breakdown named last ("43 of them died")
        totals = [f for f in totals if f.metric is Metric.MINE_VICTIMS] or totals
    total = next((f for f in reversed(totals) if f.group is Group.ALL), None) or next(
        iter(reversed(totals)), None
    )
    if total is None:
        return None
    of_victims = metrics == (Metric.MINE_VICTIMS,)
    # the parts of a total of victims may tell which harm: "из общего числа пострадавших 70
    # человек погибли", "Среди пострадавших — 11 сотрудников, двое из них погибли"
    harmed = trigger is None or people_metric(trigger) is Metric.MINE_VICTIMS
    for index, candidate in enumerate(candidates):
        if candidate.kind is None and (
            candidate.group not in (Group.ALL, *MINE_GROUPS)
            # "zərərçəkənlərdən 9-u hadisə yerində vəfat edib": nine of the victims
            or (of_victims and index == 0 and vocab.part_after.match(text, candidate.end))
        ):
            candidate.kind = "people"  # "145 nəfəri isə hərbçidir"
            if of_victims:
                stop = candidates[index + 1].start if index + 1 < len(candidates) else len(text)
                own = vocab.people_trigger.search(text, candidate.end, stop)
                candidate.metric = people_metric(own) if own is not None else None
        if lumped and candidate.kind in ("mine", "uxo") and candidate.start >= parts_from:
            candidate.metric = KIND_METRICS[candidate.kind][0]
            candidate.dependent = True
        elif candidate.kind == wanted and candidate.start >= parts_from:
            own = verb_after_count(candidate, text, vocab) if harmed else None
            if own in _HARMS:
                candidate.metric = own
            elif not (
                trigger is None
                and candidate.metric is not None
                and bare_people_verb(candidate, text, vocab)
            ) and not (
                # "Zərərçəkənlərdən 12-si həlak olub": of the victims, a part keeps its harm
                metrics == (Metric.MINE_VICTIMS,) and candidate.metric in PEOPLE_METRICS
            ):
                # "Among them, 67 were killed", "four of whom died" keep their own verb
                candidate.metric = metrics[0] if trigger is not None else total.metric
            candidate.dependent = True
    return total


_HARMS = (Metric.MINE_KILLED, Metric.MINE_INJURED)


def _summed_total(
    candidates: list[Candidate], text: str, context: Context, vocab: CompiledVocab
) -> Figure | None:
    """The last total of victims that a sentence's dead and injured add up to.

    "Жертвами мин стали 374 человека." then "Погибли 68 человек (...), еще 306 получили
    ранения (...)": a sentence that names no mine and no total, whose counts of the dead and
    the injured make the total, breaks it down; its counts take the total's period.
    """
    if any(c.metric is not None for c in candidates) or vocab.mine_context.search(text):
        return None
    total = next(
        (
            f
            for f in reversed(context.earlier)
            if f.metric is Metric.MINE_VICTIMS and f.group is Group.ALL
        ),
        None,
    )
    if total is None:
        return None
    about_mines = replace(context, mine_before=True)
    people = [c for c in candidates if c.kind == "people"]
    for index, candidate in enumerate(candidates):
        if candidate.kind == "people":
            # in order: a part in brackets takes the metric of the count before it
            candidate.metric = metric_of(candidates, index, text, vocab, about_mines)
    told = [c for c in people if not c.dependent]
    if (
        len(told) < 2
        or any(c.metric not in _HARMS for c in told)
        or len({c.metric for c in told}) < 2
        or sum(c.value for c in told) != total.value
    ):
        for candidate in people:
            candidate.metric = None
        return None
    for candidate in people:
        candidate.dependent = True
    return total


def _opens_as_part(first: Candidate, text: str, vocab: CompiledVocab) -> bool:
    """ "Twenty of them died.", "20 из них погибли": the sentence opens with a count of them.

    Only a bound word ("Almost", "Более") may stand before the count.
    """
    if not vocab.part_after.match(text, first.end):
        return False
    before = text[: first.start].strip()
    if not before:
        return True
    return len(before.split()) <= 2 and any(
        pattern.search(before) for pattern, _ in vocab.bounds_before
    )


def _shared_out(first: Candidate, text: str, vocab: CompiledVocab) -> bool:
    """ "The largest share fell to Aghdam (12,500 ha)": a count of nothing done, shared out.

    Only counts of things (people have verbs of their own), with no metric of their own.
    """
    if first.kind in (None, "people") or first.metric is not None:
        return False
    return (vocab.share_of_total is not None and vocab.share_of_total.search(text) is not None) or (
        # "Aghdam – 12,500 ha, Fuzuli – 9,800 ha.": a sentence of labelled counts only
        _LABEL_OPENING.fullmatch(text, 0, first.start) is not None
    )


# a name of a few words and a dash or colon, nothing else: "Ağdamda – ", "Aghdam district: "
_LABEL_OPENING = re.compile(r"\s*[^\W\d_][^\W\d_'’-]*(?:[\s'’-]+[^\W\d_]+){0,2}\s*[-–—:]\s*")


def opens_with_part(candidates: list[Candidate], text: str, vocab: CompiledVocab) -> bool:
    marker = vocab.part_before.search(text, 0, candidates[0].start)
    return marker is not None and not text[: marker.start()].strip()


def carried_group(previous: Candidate) -> Group:
    # a part ("including two journalists, four more were injured") leaves the subject to its total
    if previous.kind == "people" and not previous.dependent and previous.group not in MINE_GROUPS:
        return previous.group
    return Group.ALL


_APPOSITION = re.compile(r"[–—:]")


def without_named_members(
    candidates: list[Candidate], text: str, vocab: CompiledVocab
) -> list[Candidate]:
    """Drop the people a count names one by one after a dash or colon.

    "погибли трое представителей СМИ – оператор AzTV ..., оператор ... и сотрудник ...":
    each "оператор" is one of the three, not one more.
    """
    kept: list[Candidate] = []
    counted: Candidate | None = None
    for candidate in candidates:
        if candidate.one_person and counted is not None:
            gap = text[counted.end : candidate.start]
            if _APPOSITION.search(gap) and not vocab.people_trigger.search(gap):
                continue
            marks = [m.end() for m in _APPOSITION.finditer(gap)]
            # "Three members of the family were killed: a 62-year-old man, his son ...":
            # the count's own verb stands before the colon, and the names tell no harm
            if (
                marks
                and not vocab.people_trigger.search(gap, marks[-1])
                and not vocab.people_trigger.search(text, candidate.start)
            ):
                continue
        if not candidate.one_person:
            counted = candidate if candidate.kind == "people" and candidate.value > 1 else None
        kept.append(candidate)
    return kept


# what may stand between two places' counts besides the second place: a contrast word
_DISTRIBUTION_GAP = re.compile(r"[\s,;–—-]*(?:\w{1,5}\s+){0,2}[\s,;–—-]*")


def distribute_kinds(candidates: list[Candidate], text: str, vocab: CompiledVocab) -> None:
    """ "Ağdamda 40, Füzulidə isə 25 mina": a place's bare count takes the next place's noun.

    Only when its own place stands right before it and nothing but the next place and a
    contrast word ("isə", "а", "while") stands between the two counts.
    """
    for index in range(len(candidates) - 1, 0, -1):
        candidate, following = candidates[index - 1], candidates[index]
        if candidate.kind is not None or candidate.one_person or following.kind is None:
            continue
        gap = places_in(text, candidate.end, following.start, vocab)
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
        own = places_in(text, seg_start, candidate.start, vocab)
        if not own or CLAUSE_BREAK.search(text, own[-1][0], candidate.start):
            continue
        candidate.kind = following.kind
        candidate.area_factor = following.area_factor
        candidate.distributed = True
        if candidate.group is Group.ALL:
            candidate.group = following.group


def mark_dependents(candidates: list[Candidate], text: str, vocab: CompiledVocab) -> None:
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


def _continues_list(
    text: str, previous: Candidate, candidate: Candidate, vocab: CompiledVocab
) -> bool:
    """Whether only the previous part's noun and a comma or conjunction stand between."""
    if previous.kind is None or candidate.kind != previous.kind:
        return False
    gap = text[previous.head_end : candidate.start]
    return LIST_JOINT.fullmatch(gap) is not None
