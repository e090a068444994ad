"""Which language a text is written in: en, ru, az, or what py3langid says.

The sources publish in English, Russian and Azerbaijani, so the page's own
declaration is trusted when it names one of those; otherwise the letters decide
before any statistics do, because short headlines fool n-gram models.
"""

from __future__ import annotations

import re
from functools import cache

KNOWN = frozenset({"en", "ru", "az"})
FALLBACK = "en"

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# ə exists in no other Latin alphabet these sources use.
_SCHWA = re.compile(r"[əƏ]")
# Turkish has ğ ı ş ç ö ü too, but no q or x; Azerbaijani uses both constantly.
_NOT_TURKISH = re.compile(r"[qxQX]")
_SAMPLE_CHARS = 5000


def normalise(code: str | None) -> str | None:
    """``"en-US"``, ``"az_AZ"``, ``" RU "`` -> two lowercase letters; None when unusable."""
    if not code:
        return None
    head = re.split(r"[-_]", code.strip(), maxsplit=1)[0].lower()
    return head if re.fullmatch(r"[a-z]{2}", head) else None


def detect(text: str, hint: str | None = None) -> str:
    declared = normalise(hint)
    if declared in KNOWN:
        return declared
    sample = text[:_SAMPLE_CHARS]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic == 0 and latin == 0:
        return declared or FALLBACK
    if cyrillic > latin:
        return "ru"
    if _SCHWA.search(sample):
        return "az"
    guess = _identifier().classify(sample)[0]
    if guess == "tr" and _NOT_TURKISH.search(sample):
        return "az"
    return guess


@cache
def _identifier():  # type: ignore[no-untyped-def]
    # Imported lazily: loading the model costs ~0.2 s and most pages declare their language.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(["en", "ru", "az", "tr"])
    return identifier
