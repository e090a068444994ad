"""Patterns for where a head phrase, a clause or a list joint ends, shared by every step."""

from __future__ import annotations

import re

HEAD_STOP = re.compile(r"[,;:()\"“”«»]|\d|[.!?](?:\s|$)")

SPACES = re.compile(r"\s*")

# a comma and/or one short conjunction ("and", "и", "və", "&"): no verb, no preposition phrase
LIST_JOINT = re.compile(r"\s*,?\s*(?:(?:\w{1,3}|&)\s+)?")

CLAUSE_END = re.compile(r"\s*(?:[,;.!)]|$)")

CLAUSE_BREAK = re.compile(r"[,;:()]")

# a second verb of the same subject: "подорвался на мине и получил ранения", "hit a mine and
# was injured", "minaya düşüb və yaralanıb"; no number, no clause break between the verbs
CONJOINED_VERB = re.compile(r"[^.;:,\d]{0,40}?\s(?:и|and|və)\s[^.;:,\d]{0,30}")
