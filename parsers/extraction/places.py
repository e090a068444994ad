"""The place and the other country each candidate of a sentence is about."""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.extraction.candidates import Candidate
from parsers.extraction.clauses import CLAUSE_BREAK, LIST_JOINT
from parsers.extraction.metrics import forward_text
from parsers.models import Scope
from parsers.vocab import CompiledVocab, compiled

_LEADING_FUNCTION_WORDS = re.compile(
    r"^(?:(?:The|In|On|At|Of|From|Near|A|An|This|That|These|Those|According|As|Also|Both|Total"
    r"|During|Over|Since|After|Between)(?:\s+|$))+"
)


def places_for(
    candidates: list[Candidate], text: str, vocab: CompiledVocab, scope: Scope
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
            elif LIST_JOINT.fullmatch(text, previous.head_end, candidate.start):
                # "In Shusha, 2,012 shells and 14 mines were found": the list shares its place
                place = places[index - 1]
        if (
            place is None
            and candidate.metric is not None
            and not candidate.dependent
            and _list_colon(candidates, index, text) is None
        ):
            # "1,200 mines, including 980 anti-personnel, were removed in Kalbajar": the
            # clause goes on past its inserted parts
            forward = forward_text(candidates, index, text)
            named = places_in(forward, candidate.end, len(forward), vocab)
            place = named[0][1] if named else None
        places.append(place)
    if scope is Scope.INCIDENT and len({p for p in places if p is not None}) <= 1:
        # one event happens in one place: every figure of it takes the sentence's place
        # (counts in two places, "In Aghdam, 40 ..., while in Fuzuli 25", are two reports)
        place = next((p for p in places if p is not None), None)
        if place is None:
            named = places_in(text, 0, len(text), vocab)
            place = named[0][1] if named else None
        return [place] * len(candidates)
    return places


def _place(candidates: list[Candidate], index: int, text: str, vocab: CompiledVocab) -> str | None:
    """The named place nearest after the number in its clause, else before it."""
    candidate = candidates[index]
    seg_start = candidates[index - 1].end if index else 0
    seg_end = next((c.start for c in candidates[index + 1 :]), len(text))
    colon = _list_colon(candidates, index, text)
    if colon is not None:
        # "120 mines were found: Aghdam (45), Fuzuli (30)": the places are the items'
        named = places_in(text, seg_start, candidate.start, vocab)
        return named[-1][1] if named else None
    after = places_in(text, candidate.end, seg_end, vocab)
    before = places_in(text, seg_start, candidate.start, vocab)
    previous = candidates[index - 1] if index else None
    if (
        after
        and not before
        and previous is not None
        and LIST_JOINT.fullmatch(text, previous.head_end, candidate.start)
        and CLAUSE_BREAK.search(text, candidate.end, after[0][0])
    ):
        # "In Khojavend, 51 ... mines and 9 anti-tank mines, while in Agdara ...": the list
        # item is where the item before it is, not where the next clause goes on
        return None
    # "In Aghdam, 40 mines were found, while in Fuzuli ...": a clause that opened with its
    # own place ends at the break; the place after it belongs to the next clause
    if (
        after
        and not (before and CLAUSE_BREAK.search(text, candidate.end, after[0][0]))
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
    rest = places_in(text, last, clause_end, vocab)
    return rest[0][1] if rest else None


def _list_colon(candidates: list[Candidate], index: int, text: str) -> int | None:
    """Where a colon after the number opens a list of the next numbers, if one does."""
    following = candidates[index + 1 :]
    if not following:
        return None
    colon = text.find(":", candidates[index].end, following[0].start)
    return colon if colon >= 0 else None


def places_in(text: str, start: int, end: int, vocab: CompiledVocab) -> tuple[tuple[int, str], ...]:
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
        listed: list[re.Match[str]] = []  # the names of one list so far
        for match in vocab.gazetteer.finditer(text, start, end):
            if listed and _NAME_JOINT.fullmatch(text, listed[-1].end(), match.start()):
                # "Füzuli, Ağdərə və Laçında 64 mina": one count over the districts listed
                listed.append(match)
                found[-1] = (listed[0].start(), 0, text[listed[0].start() : match.end("name")])
                continue
            listed = [match]
            found.append((match.start(), 0, match.group("name")))
    found.sort()
    return tuple((position, name) for position, _, name in found)


# a comma, or a comma and/or one short conjunction, between two names of a list
_NAME_JOINT = re.compile(r"\s*,\s*|\s*,?\s+(?:\w{1,3}|&)\s+")


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


def countries_for(
    candidates: list[Candidate], text: str, vocab: CompiledVocab, made: list[re.Match[str]]
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
    candidates: list[Candidate], index: int, text: str, named: list[tuple[int, str]]
) -> str | None:
    """The name in the candidate's clause: after the number, unless a clause break stands
    between them and the clause opened with a name of its own before the number."""
    candidate = candidates[index]
    seg_start = candidates[index - 1].end if index else 0
    seg_end = next((c.start for c in candidates[index + 1 :]), len(text))
    after = [item for item in named if candidate.end <= item[0] < seg_end]
    before = [item for item in named if seg_start <= item[0] < candidate.start]
    if after and not (before and CLAUSE_BREAK.search(text, candidate.end, after[0][0])):
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
    if vocab.country_ranked is not None and vocab.country_ranked.match(text, end):
        return True  # "ahead of Syria with 933": compared, but the count is Syria's own
    if vocab.country_comparison is not None and vocab.country_comparison.search(before):
        return False
    if vocab.country_before is None and vocab.country_after is None:
        return True
    return bool(
        (vocab.country_before is not None and vocab.country_before.search(before))
        or (vocab.country_after is not None and vocab.country_after.match(text, end))
    )
