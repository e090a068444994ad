"""Patterns for where a head phrase, a clause or a list joint ends, shared by every step."""

from __future__ import annotations

import re

HEAD_STOP = re.compile(r"[,;:()\"“”«»]|\d|[.!?](?:\s|$)")

SPACES = re.compile(r"\s*")

# a comma and/or one short conjunction ("and", "и", "və", "&"): no verb, no preposition phrase
LIST_JOINT = re.compile(r"\s*,?\s*(?:(?:\w{1,3}|&)\s+)?")

CLAUSE_END = re.compile(r"\s*(?:[,;.!)]|$)")

CLAUSE_BREAK = re.compile(r"[,;:()]")
