"""The metric a candidate counts.

From the verbs of its own clause, the total it is part of, or the list it continues.
"""

from __future__ import annotations

import re

from parsers.extraction.candidates import Candidate
from parsers.extraction.clauses import (
    CLAUSE_BREAK,
    CLAUSE_END,
    CONJOINED_VERB,
    HEAD_STOP,
    LIST_JOINT,
)
from parsers.extraction.context import Context
from parsers.models import PEOPLE_METRICS, Metric
from parsers.vocab import CompiledVocab

# "45 were killed", "60 killed and", "who died": a verb right after a bare number
# "45-i həlak olub": an Azerbaijani possessive ending may sit between number and verb
_BARE_PEOPLE_VERB_GAP = re.compile(
    r"(?:-[^\W\d_]{1,3})?\s*(?:of\s+(?:them|whom|those)\s+)?(?:people\s+|persons\s+)?"
    r"(?:who\s+|that\s+)?(?:(?:have|has|had|were|was|are|is|been"
    # "with 90 getting wounded", "28 having died": the -ing parts of a total
    r"|got|getting|being|having|became|become|seriously|severely|fatally|slightly|badly|heavily"
    r"|also|reportedly"
    # ru "двое были ранены", "трое получили ранения"
    r"|были|был|была|тоже|также|тяжело|легко)\s+)*"
)

# a verb or noun of harm as the label of the count after it: "killed - 38"; a colon
# introduces a clause more often than a count ("zərər çəkib: 70 nəfər həlak olub")
_LABEL_DASH = re.compile(r"[ \t]*[-–—][ \t]*")

_PEOPLE_KINDS = {"victims": Metric.MINE_VICTIMS, "killed": Metric.MINE_KILLED}

# "(həlak – 3, yaralı – 6)", "killed: 3": a people word, a dash or colon, then the count;
# a bare count in a table's cell: "həlak – 3," but not "lost their lives: 55 civilians"
_LABELLED_COUNT = re.compile(
    r"[ \t]*[-–—:][ \t]*(?P<count>\d+(?:[.,]\d{3})*)[ \t]*(?:[,;)]|$)", re.M
)
_LABELLED_PARTS = re.compile(r"[ \t]*\([ \t]*")
_CLAUSE_MARK = re.compile(r"[,;:]")
# between two people named with their jobs: the first one's name and employer, then "and"
_NAMED_JOINT = re.compile(r"[^.;:\d]{0,80}?\s(?:и|and|və)\s+(?:[^\W\d]+\s+){0,2}")


def _labelled_harm(text: str, start: int, vocab: CompiledVocab) -> bool:
    """Whether a killed or injured word labels the count right after it at ``start``."""
    trigger = vocab.people_trigger.match(text, start)
    return (
        trigger is not None
        and people_metric(trigger) is not Metric.MINE_VICTIMS
        and _LABELLED_COUNT.match(text, trigger.end()) is not None
    )


def bare_object(candidates: list[Candidate], index: int, text: str, vocab: CompiledVocab) -> bool:
    """Whether a number with no noun ends its clause right after a people verb: "killed three,"."""
    candidate = candidates[index]
    if candidate.one_person or not CLAUSE_END.match(text, candidate.end):
        return False
    seg_start = candidates[index - 1].end if index else 0
    verbs = list(vocab.people_trigger.finditer(text, seg_start, candidate.start))
    return bool(verbs) and not text[verbs[-1].end() : candidate.start].strip()


def bare_people_verb(candidate: Candidate, text: str, vocab: CompiledVocab) -> bool:
    # "девять из них погибли", "onlardan ...": the language's own "of them" may come first
    part = vocab.part_after.match(text, candidate.end)
    gap = _BARE_PEOPLE_VERB_GAP.match(text, part.end() if part else candidate.end)
    if gap is None:
        return False
    return vocab.people_trigger.match(text, gap.end()) is not None


def verb_after_count(candidate: Candidate, text: str, vocab: CompiledVocab) -> Metric | None:
    """The harm the verb right after a count, or after its head noun, tells: "70 человек
    погибли", "14 пострадавших погибли", "двое из них погибли"."""
    if bare_people_verb(candidate, text, vocab):
        part = vocab.part_after.match(text, candidate.end)
        start = part.end() if part else candidate.end
    elif candidate.noun_end > candidate.end:
        start = candidate.noun_end
    else:
        return None
    gap = _BARE_PEOPLE_VERB_GAP.match(text, start)
    verb = vocab.people_trigger.match(text, gap.end()) if gap is not None else None
    return people_metric(verb) if verb is not None else None


def _independent_bounds(candidates: list[Candidate], index: int, text: str) -> tuple[int, int]:
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


def forward_text(candidates: list[Candidate], index: int, text: str) -> str:
    """Text after a candidate up to the next total, with inserted parts blanked out.

    "45 people, including 3 journalists, were killed": the verb of 45 is "killed".
    A part's own forward text stops at the next number of any kind.
    """
    candidate = candidates[index]
    if candidate.dependent:
        end = next((c.start for c in candidates[index + 1 :]), len(text))
        if text.count("(", 0, candidate.start) > text.count(")", 0, candidate.start):
            # "killed - 11 (civilian - 6, military - 5); injured - 63": a bracket's last
            # part ends with the bracket, not with the next count's label
            close = text.find(")", candidate.end, end)
            end = close if close >= 0 else end
        return " " * candidate.end + text[candidate.end : end]
    _, end = _independent_bounds(candidates, index, text)
    chars = list(text[:end])
    for position in range(candidate.end):
        chars[position] = " "
    for other in candidates[index + 1 :]:
        if other.start >= end:
            break
        if other.dependent:
            stop = HEAD_STOP.search(text, other.head_end)
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


def metric_of(
    candidates: list[Candidate],
    index: int,
    text: str,
    vocab: CompiledVocab,
    context: Context,
) -> Metric | None:
    candidate = candidates[index]
    if candidate.kind == "area":
        if vocab.planned is not None and vocab.planned.search(text):
            return None  # "the clearance of 2,000 hectares is planned": not land cleared yet
        if vocab.cleared_verb.search(text):
            return Metric.AREA_CLEARED_HA
        if (
            vocab.handed_over is not None
            and vocab.handed_over.search(text)
            and vocab.cleared_verb.search(context.before)
        ):
            return Metric.AREA_CLEARED_HA  # "Both were demined. 740 ha were handed over"
        return None
    parent = _parent(candidates, index)
    seg_start, seg_end = _independent_bounds(candidates, index, text)
    if candidate.kind in ("mine", "uxo") and _laid_by_noun(candidate, text, seg_start, vocab):
        return Metric.MINES_LAID
    if candidate.kind == "uxo":
        if vocab.found_verb.search(text) or (parent is not None and parent.metric):
            return Metric.UXO_FOUND
        if vocab.laid_verb.search(text, seg_start, seg_end) and vocab.mine_noun.search(
            text, candidate.end, candidate.noun_end
        ):
            # "the zone had about 800,000 mines and shells": still in the ground, so laid
            return Metric.MINES_LAID
        return None
    if candidate.kind == "mine":
        own = _own_clause_mine_verb(candidate, text, seg_start, vocab)
        if own is not None:
            return own
        if vocab.found_verb.search(forward_text(candidates, index, text)):
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
    # searched to the text's end, so that a verb's form may look at the count after it
    # ("пострадал 41 человек": the singular a numeral ending in one takes)
    triggers = [
        trigger
        for trigger in vocab.people_trigger.finditer(text, seg_start)
        if trigger.end() <= candidate.start
    ]
    last = triggers[-1] if triggers else None
    cell = _LABELLED_COUNT.match(text, last.end()) if last is not None else None
    label = last if cell is not None and cell.start("count") == candidate.start else None
    if label is not None and parent is not None and parent.metric in PEOPLE_METRICS:
        # "9 nəfər (həlak – 3, yaralı – 6)": a part of a count of victims is about mines too
        return people_metric(label)
    parts = _LABELLED_PARTS.match(text, candidate.head_end)
    harm_parts = parts is not None and _labelled_harm(text, parts.end(), vocab)
    if harm_parts and context.listed:
        # a list's line of a text that counted people: "2022: 108 nəfər (həlak – 15, ...)"
        return Metric.MINE_VICTIMS
    if not _about_mines(text, seg_start, seg_end, vocab, context):
        return None
    if label is not None:
        return people_metric(label)
    if (
        last is not None
        and _LABEL_DASH.fullmatch(text, last.end(), candidate.start)
        # "32 people suffered: three were killed": the count's own verb tells
        and not bare_people_verb(candidate, text, vocab)
    ):
        return people_metric(last)  # "killed - 38 (civilian - 31, military - 7)"
    told = None
    if (
        last is not None
        and vocab.verb_takes_object_after
        and _finite(last, vocab)
        and _verb_object(text, last.end(), candidate.start, vocab)
    ):
        told = people_metric(last)  # "mines have killed 45 people and injured 200 others"
        if told is not Metric.MINE_VICTIMS:
            return told
    forward = forward_text(candidates, index, text)
    trigger = _own_trigger(candidates, index, text, forward, vocab)
    if told is not None:
        # "подорвался пастух ..., врачи ампутировали ему стопу": the harm told after
        return people_metric(trigger) if trigger is not None else told
    if trigger is not None:
        return people_metric(trigger)
    if harm_parts:
        return Metric.MINE_VICTIMS  # "13 nəfər (həlak – 3, yaralı – 10)": the killed and hurt
    # only a total with no verb of its own before it: "жертвами мин стали 266 граждан, в
    # том числе 45 человек погибли" is the parts' verb, not the total's
    closing = _unclosed_list_verb(candidates, index, text, vocab) if last is None else None
    if closing is not None:
        return people_metric(closing)
    # "2 mülki şəxs həlak olub, 3 mülki şəxs və 4 hərbçi isə yaralanıb": a list's items
    # share the verb after its last one, whatever the count before them was
    following = candidates[index + 1] if index + 1 < len(candidates) else None
    if following is not None and not _CLAUSE_MARK.search(text, candidate.head_end, following.start):
        # joined by "and" alone; after a comma the next count may begin a clause of its own
        shared = vocab.people_trigger.search(_list_forward(candidates, index, text))
        if shared is not None:
            return people_metric(shared)
    if (
        candidate.one_person
        and following is not None
        and following.one_person
        and _NAMED_JOINT.fullmatch(text, candidate.head_end, following.start)
        and not vocab.people_trigger.search(text, candidate.head_end, following.start)
    ):
        # "Cameraman X of a state channel and district official Y were killed": each named
        # with their job, the two share the verb after the last
        shared = vocab.people_trigger.search(forward_text(candidates, index + 1, text))
        if shared is not None:
            return people_metric(shared)
    if parent is not None and parent.metric in PEOPLE_METRICS:
        return parent.metric
    if last is not None:
        return people_metric(last)
    # "12 children and 3 women are among the victims": the list's items share its verb
    trigger = vocab.people_trigger.search(_list_forward(candidates, index, text))
    return people_metric(trigger) if trigger is not None else None


def _unclosed_list_verb(
    candidates: list[Candidate], index: int, text: str, vocab: CompiledVocab
) -> re.Match[str] | None:
    """The verb after the last part of a list that no comma closes.

    "58 citizens, including 11 servicemen and 47 civilians have been killed": the writer
    left out the comma that ends the inserted list, so the total's verb reads as the last
    part's, and ``forward_text`` blanks it with that part.
    """
    if candidates[index].dependent:
        return None
    _, end = _independent_bounds(candidates, index, text)
    parts = [c for c in candidates[index + 1 :] if c.start < end and c.dependent]
    if not parts:
        return None
    opening = text[candidates[index].end : parts[0].start]
    if "(" in opening or ":" in opening or not vocab.part_before.search(opening):
        return None  # "Mine victims: 3 (1 killed, 2 injured)": the parts have verbs of their own
    stop = HEAD_STOP.search(text, parts[-1].head_end)
    tail_end = min(stop.start() if stop else end, end)
    return vocab.people_trigger.search(text, parts[-1].head_end, tail_end)


def _own_clause_mine_verb(
    candidate: Candidate, text: str, seg_start: int, vocab: CompiledVocab
) -> Metric | None:
    """The metric the one mine verb of the count's own clause names, if it has only one kind.

    "Armenia planted about 1.5 million mines, and clearing them will take 30 years": the
    count was laid, whatever the clauses after it say about demining; "deminers found 1,200
    mines, planted in 2021": found, though the words after it tell who laid them.
    """
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, seg_start, candidate.start)]
    start = breaks[-1] if breaks else seg_start
    stop = CLAUSE_BREAK.search(text, candidate.head_end)
    end = stop.start() if stop else len(text)
    laid = vocab.laid_verb.search(text, start, end) is not None
    found = vocab.found_verb.search(text, start, end) is not None
    if laid and found:
        # "по картам минных полей саперы обнаружили 210 мин": the verb right before the count
        verbs = list(vocab.found_verb.finditer(text, start, candidate.start))
        if verbs and _verb_object(text, verbs[-1].end(), candidate.start, vocab):
            return Metric.MINES_FOUND
    if laid == found:
        return None
    return Metric.MINES_LAID if laid else Metric.MINES_FOUND


def _laid_by_noun(candidate: Candidate, text: str, seg_start: int, vocab: CompiledVocab) -> bool:
    """Whether a noun of laying governs the count's own clause, and no found verb does."""
    if vocab.laying is None:
        return False
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, seg_start, candidate.start)]
    start = breaks[-1] if breaks else seg_start
    stop = CLAUSE_BREAK.search(text, candidate.head_end)
    end = stop.start() if stop else len(text)
    return (
        vocab.laying.search(text, start, end) is not None
        and vocab.found_verb.search(text, start, end) is None
    )


def _own_trigger(
    candidates: list[Candidate], index: int, text: str, forward: str, vocab: CompiledVocab
) -> re.Match[str] | None:
    """The first people verb after the number that is not the next number's own verb.

    "killed three, two of them journalists, and injured four": "injured" takes "four"
    as its object and says nothing of the journalists.
    """
    following = next((c for c in candidates[index + 1 :]), None)
    for trigger in vocab.people_trigger.finditer(forward):
        if _LABELLED_COUNT.match(text, trigger.end()):
            continue  # "9 nəfər (həlak – 3, ...)": the word labels the next count, not this one
        if (
            following is not None
            and vocab.verb_takes_object_after
            and trigger.end() <= following.start
            and _finite(trigger, vocab)
            and _verb_object(text, trigger.end(), following.start, vocab)
        ):
            continue
        if people_metric(trigger) is Metric.MINE_VICTIMS:
            # "пастух подорвался на мине и получил ранения": the second verb tells which harm
            told = _what_befell(trigger, forward, following, vocab)
            if told is not None:
                return told
            if vocab.victims_noun_takes_verb and trigger.end() == candidates[index].noun_end:
                # "70 пострадавших погибли": the noun counts victims, its verb tells the harm
                gap = _BARE_PEOPLE_VERB_GAP.match(forward, trigger.end())
                verb = vocab.people_trigger.match(forward, gap.end()) if gap else None
                if verb is not None:
                    return verb
        return trigger
    return None


def _what_befell(
    trigger: re.Match[str], forward: str, following: Candidate | None, vocab: CompiledVocab
) -> re.Match[str] | None:
    """The killed or injured verb joined to a victims verb by "and", before the next count."""
    end = following.start if following is not None else len(forward)
    for later in vocab.people_trigger.finditer(forward, trigger.end(), end):
        if people_metric(later) is Metric.MINE_VICTIMS:
            continue
        if CONJOINED_VERB.fullmatch(forward, trigger.end(), later.start()):
            return later
        if vocab.consequence_joint is not None and vocab.consequence_joint.fullmatch(
            forward, trigger.end(), later.start()
        ):
            return later
        return None
    return None


def _list_forward(candidates: list[Candidate], index: int, text: str) -> str:
    """The forward text of the list's last item: "12 children and 3 women are victims"."""
    last = index
    while last + 1 < len(candidates):
        item, following = candidates[last], candidates[last + 1]
        if following.kind != item.kind or not LIST_JOINT.fullmatch(
            text, item.head_end, following.start
        ):
            break
        last += 1
    return forward_text(candidates, last, text) if last != index else ""


def _finite(trigger: re.Match[str], vocab: CompiledVocab) -> bool:
    return vocab.finite_verb is None or vocab.finite_verb.search(trigger.group()) is not None


def _verb_object(text: str, verb_end: int, number_start: int, vocab: CompiledVocab) -> bool:
    """Whether the number is the verb's object: only spaces or a bound word ("about") between."""
    gap = text[verb_end:number_start]
    if not gap or not gap[0].isspace():
        return False
    if not gap.strip():
        return True
    words = gap.lstrip()
    return any(pattern.match(words) is not None for pattern, _ in vocab.bounds_before)


def people_metric(match: re.Match[str]) -> Metric:
    kind = match.lastgroup or "injured"
    return _PEOPLE_KINDS.get(kind, Metric.MINE_INJURED)


def _parent(candidates: list[Candidate], index: int) -> Candidate | None:
    """The figure this one continues or breaks down: the last one of the same kind."""
    kind = candidates[index].kind
    for other in reversed(candidates[:index]):
        if other.metric is not None and other.kind == kind:
            return other
    return None


def _about_mines(text: str, start: int, end: int, vocab: CompiledVocab, context: Context) -> bool:
    if vocab.war_context.search(text, start, end):
        return False
    if vocab.other_cause is not None and vocab.other_cause.search(text):
        return False
    if vocab.mine_context.search(text):
        return True
    return context.mine_before and vocab.war_context.search(text) is None
