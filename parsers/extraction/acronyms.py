"""Abbreviations a text defines for ordnance, and the counts they make counts of ordnance.

"Unexploded military ammunition (PHS) remains a threat. Some 61,300 mines and PHS have been
found": the text spelled the abbreviation out once, and a count that lumps mines with it
counts ordnance (figures.md), whatever language the abbreviation comes from.
"""

from __future__ import annotations

import re

from parsers.extraction.candidates import Candidate
from parsers.extraction.clauses import LIST_JOINT
from parsers.sentences import Sentence
from parsers.vocab import CompiledVocab

# "ordnance (UXO)" or "PHS (partlamamış hərbi sursat)": capitals, then or after, a bracket
_AFTER_WORDS = re.compile(r"\(\s*(?P<acronym>[A-ZА-ЯЁƏÜÖĞÇŞ]{2,6})\s*\)")
_BEFORE_WORDS = re.compile(
    r"(?<![\w-])(?P<acronym>[A-ZА-ЯЁƏÜÖĞÇŞ]{2,6})\s*\((?P<words>[^()]{3,80})\)"
)
_SPELLED_REACH = 60  # how far before its bracket the spelled-out noun may start
_SPACES = re.compile(r"\s*")


def ordnance_acronyms(sentences: list[Sentence], vocab: CompiledVocab) -> frozenset[str]:
    found = set()
    for sentence in sentences:
        text = sentence.text
        if "(" not in text:
            continue
        for match in _AFTER_WORDS.finditer(text):
            reach = max(0, match.start() - _SPELLED_REACH)
            nouns = list(vocab.uxo_noun.finditer(text, reach, match.start()))
            if nouns and _SPACES.fullmatch(text, nouns[-1].end(), match.start()):
                found.add(match.group("acronym"))
        for match in _BEFORE_WORDS.finditer(text):
            if vocab.uxo_noun.search(match.group("words")) is not None:
                found.add(match.group("acronym"))
    return frozenset(found)


def mark_defined_ordnance(candidates: list[Candidate], text: str, acronyms: frozenset[str]) -> None:
    """Make "61,300 mines and PHS", "300 PHS" counts of ordnance."""
    if not acronyms:
        return
    names = "|".join(re.escape(acronym) for acronym in sorted(acronyms))
    pattern = re.compile(rf"(?:{names})(?![\w-])")
    for candidate in candidates:
        if candidate.kind == "mine":
            joint = LIST_JOINT.match(text, candidate.head_end)
            if (
                joint is not None
                and joint.end() > candidate.head_end
                and pattern.match(text, joint.end())
            ):
                candidate.kind = "uxo"
        elif candidate.kind is None:
            gap = _SPACES.match(text, candidate.end)
            if gap.end() > candidate.end and pattern.match(text, gap.end()):
                candidate.kind = "uxo"
