"""Compile a regex with a one-character lookahead that lets the matcher skip hopeless starts.

``re`` tries every alternative of a pattern at every position of the text; the
vocabularies' big unions (``\\b(?:paragraphs?|articles?|...)|\\d+\\s*(?:days?|...)``) and
patterns that open with a run of lookbehinds spend most of the extractor's time there.
When every match must begin with one of a known set of characters, ``(?=[set])`` in front
fails in one step wherever none of them stands. It is a necessary condition only, so the
spans, groups and the order of matches stay exactly those of the plain pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# a pattern that sets global flags inline must keep them at its very start
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


# ``Needled`` asks for a pattern's lookahead and then its needles: one parse serves both
# (the walks below only read the tree)
_parse = lru_cache(maxsize=4)(sre_parse.parse)


class _AnyCharacter(Exception):
    """A match may begin with a character no class lists (``.``, ``[^x]``, a backreference)."""


def compile_prefiltered(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, behind a first-character lookahead when one exists."""
    first = first_characters(source, flags)
    if first is None:
        return re.compile(source, flags)
    return re.compile(f"(?={first})(?:{source})", flags)


def first_characters(source: str, flags: int = 0) -> str | None:
    """A lookahead body every match of ``source`` satisfies at its start; None when none exists.

    Alternatives that open with ``\\b`` keep it in front of their characters: a word
    boundary stands before one letter in five or so, and each position the lookahead
    turns away saves trying every alternative of a big union there.
    """
    if flags & re.IGNORECASE or _INLINE_FLAGS.match(source):
        return None
    starts = _Starts()
    try:
        if _sequence(_parse(source, flags), starts, bounded=False):
            return None  # an empty match may start anywhere
    except _AnyCharacter:
        return None
    return starts.lookahead()


class _Starts:
    """The characters a match may start with, apart from those only at a word boundary."""

    def __init__(self) -> None:
        self.anywhere: list[str] = []
        self.at_boundary: list[str] = []

    def add(self, part: str, bounded: bool) -> None:
        (self.at_boundary if bounded else self.anywhere).append(part)

    def lookahead(self) -> str:
        anywhere = "".join(dict.fromkeys(self.anywhere))
        at_boundary = "".join(dict.fromkeys(self.at_boundary))
        options = []
        if anywhere:
            options.append(f"[{anywhere}]")
        if at_boundary:
            options.append(f"\\b[{at_boundary}]")
        return "|".join(options)


def _sequence(items: list[tuple[object, object]], starts: _Starts, bounded: bool) -> bool:
    """Add the possible first characters of ``items`` to ``starts``; whether all may be empty."""
    for op, argument in items:
        if op is sre.AT and argument is sre.AT_BOUNDARY:
            bounded = True  # what follows here starts a match only at a word boundary
            continue
        if not _item(op, argument, starts, bounded):
            return False
    return True


def _item(op: object, argument: object, starts: _Starts, bounded: bool) -> bool:
    if op is sre.LITERAL:
        starts.add(re.escape(chr(argument)), bounded)
        return False
    if op is sre.IN:
        for member_op, value in argument:
            starts.add(_class_member(member_op, value), bounded)
        return False
    if op in _ZERO_WIDTH:
        return True
    if op in _REPEATS:
        low, _, body = argument
        return _sequence(body, starts, bounded) or low == 0
    if op is sre.SUBPATTERN:
        return _sequence(argument[3], starts, bounded)
    if op is sre.ATOMIC_GROUP:
        return _sequence(argument, starts, bounded)
    if op is sre.BRANCH:
        # every alternative adds its characters, so no short-circuit
        return any([_sequence(alternative, starts, bounded) for alternative in argument[1]])
    raise _AnyCharacter


def _class_member(op: object, value: object) -> str:
    if op is sre.LITERAL:
        return re.escape(chr(value))
    if op is sre.RANGE:
        low, high = value
        return f"{re.escape(chr(low))}-{re.escape(chr(high))}"
    if op is sre.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    raise _AnyCharacter  # a negated class or a locale category


# A needle set worth testing before a scan: every needle this long or longer, and few
# enough that testing them all costs less than the scan they may save.
_SHORTEST_NEEDLE = 3
_MOST_NEEDLES = 12


def needles(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``source`` contains; None when none qualify.

    ``needle in text`` runs in C over the whole text in a fraction of the time a regex
    scan takes, so a text holding none of them is ruled out before any scan: the words a
    pattern looks for ("since", "same year") are missing from most sentences. Like the
    lookahead, a necessary condition only: a text holding one is scanned as before.
    """
    if flags & re.IGNORECASE or _INLINE_FLAGS.match(source):
        return None
    try:
        found = _sequence_needles(_parse(source, flags))
    except _AnyCharacter:
        return None
    if found is None or len(found) > _MOST_NEEDLES:
        return None
    if min(len(needle) for needle in found) < _SHORTEST_NEEDLE:
        return None
    return found


def _better(one: tuple[str, ...] | None, other: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The more telling of two needle sets: longer shortest needle, then fewer needles."""
    if one is None:
        return other
    if other is None:
        return one
    return max(one, other, key=lambda found: (min(map(len, found)), -len(found)))


def _sequence_needles(items: list[tuple[object, object]]) -> tuple[str, ...] | None:
    """The best needle set of a sequence: any one item's set is necessary for all of it."""
    best: tuple[str, ...] | None = None
    run: list[str] = []  # consecutive literal characters: they stand together in a match
    for op, argument in items:
        if op is sre.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            best = _better(best, ("".join(run),))
            run = []
        best = _better(best, _item_needles(op, argument))
    if run:
        best = _better(best, ("".join(run),))
    return best


def _item_needles(op: object, argument: object) -> tuple[str, ...] | None:
    if op is sre.SUBPATTERN:
        _, add_flags, _, body = argument
        if add_flags & re.IGNORECASE:
            return None  # its letters may stand in either case
        return _sequence_needles(body)
    if op is sre.ATOMIC_GROUP:
        return _sequence_needles(argument)
    if op in _REPEATS:
        low, _, body = argument
        return _sequence_needles(body) if low >= 1 else None
    if op is sre.ASSERT:
        # what a positive lookaround sees is in the text as well
        return _sequence_needles(argument[1])
    if op is sre.BRANCH:
        alternatives = [_sequence_needles(alternative) for alternative in argument[1]]
        if any(found is None for found in alternatives):
            return None
        return tuple(dict.fromkeys(needle for found in alternatives for needle in found))
    return None  # a class, an anchor, a negative lookaround: no character it must contain
