"""Whether an article is on a source's topic: one of its keywords starts a word of the text."""

from __future__ import annotations

import re
from collections.abc import Sequence


def mentions_keyword(text: str, keywords: Sequence[str]) -> bool:
    """Whether one keyword starts a word of ``text``, in any case (no keywords: True)."""
    if not keywords:
        return True
    return any(
        re.search(r"(?<!\w)" + re.escape(keyword), text, re.IGNORECASE) for keyword in keywords
    )
