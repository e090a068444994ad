"""The district a headline names, for the incident its body tells without naming one.

"Two civilians injured in mine blast in Fuzuli" over a body that says only "a mine
exploded": the body's incident figures happened where the headline says.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.extraction.places import places_in
from parsers.models import Figure, Scope
from parsers.sentences import Sentence
from parsers.vocab import CompiledVocab


def with_headline_place(
    figures: list[Figure], sentences: list[Sentence], headline: int, vocab: CompiledVocab
) -> list[Figure]:
    """``figures`` with the headline's one place given to the body's placeless incident figures.

    Only when the headline names exactly one place and no sentence of the body names any:
    a body naming another place may be telling another incident.
    """
    if not headline or len(sentences) <= headline:
        return figures
    named = {
        name for s in sentences[:headline] for _, name in places_in(s.text, 0, len(s.text), vocab)
    }
    if len(named) != 1:
        return figures
    body = sentences[headline:]
    if any(places_in(s.text, 0, len(s.text), vocab) for s in body):
        return figures
    place = named.pop()
    body_start = body[0].start
    return [
        replace(f, place=place)
        if f.start >= body_start
        and f.scope is Scope.INCIDENT
        and f.place is None
        and f.country is None
        else f
        for f in figures
    ]
