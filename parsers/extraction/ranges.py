"""Ranges of counts: "from one to one and a half million mines", "от 1 до 1,5 млн мин".

The low end counts what the high end counts, at least; the high end, at most. A low end
written without the scale the high end has ("from one to 1.5 million") is in that scale.
"""

from __future__ import annotations

from itertools import pairwise

from parsers.extraction.candidates import Candidate
from parsers.models import Bound
from parsers.number_words import (
    AZERBAIJANI_MULTIPLIERS,
    ENGLISH_MULTIPLIERS,
    RUSSIAN_MULTIPLIERS,
)
from parsers.vocab import CompiledVocab

_SCALES = {"en": ENGLISH_MULTIPLIERS, "ru": RUSSIAN_MULTIPLIERS, "az": AZERBAIJANI_MULTIPLIERS}
_OPENING = 20  # how far before the low end "from" / "between" may stand


def mark_ranges(candidates: list[Candidate], text: str, vocab: CompiledVocab, lang: str) -> None:
    """Give each range's ends their bounds, and the low end the high end's noun and scale."""
    if vocab.range_open is None or vocab.range_joint is None:
        return
    for low, high in pairwise(candidates):
        if low.kind is not None and low.kind != high.kind:
            continue
        if not vocab.range_joint.fullmatch(text, low.end, high.start):
            continue
        if not vocab.range_open.search(text, max(0, low.start - _OPENING), low.start):
            continue
        if vocab.range_close is not None and not vocab.range_close.match(text, high.end):
            continue
        value = low.value * _scale(text[high.start : high.end], text[low.start : low.end], lang)
        if value >= high.value:
            continue
        low.value = value
        if low.kind is None:
            low.kind = high.kind
            low.group = high.group
            low.area_factor = high.area_factor
            low.noun = high.noun
        low.bound = Bound.AT_LEAST
        high.bound = Bound.AT_MOST


def _scale(high: str, low: str, lang: str) -> int:
    """The scale word the high end is written with and the low end lacks, else 1."""
    words = _SCALES.get(lang, {})
    low_words = set(low.lower().split())
    for word in reversed(high.lower().split()):
        for form, scale in words.items():
            if word.startswith(form) and not any(w.startswith(form) for w in low_words):
                return scale
    return 1
