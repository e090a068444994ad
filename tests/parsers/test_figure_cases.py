"""Text in, figures out: the cases of tests/fixtures/figure_cases/, one file a topic.

A case is a text, its language and publication date, the figure fields compared, and the
figures expected. ``mode`` "exact" (the default) wants exactly the expected figures, in
order; "unordered" the same in any order; "set" the same set of distinct figures;
"contains" each expected figure among those found; "differs" anything but exactly the
expected figures. ``absent`` figures must not be found. ``where`` keeps only some figures
before comparing (by metric, group, scope, value, a quote's start, or those ``after`` a mark
in the text); ``pick`` "first" or "last" compares only the first or last figure kept and
``skip`` leaves out the first ones. The keys are described in
tests/fixtures/figure_cases/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from figure_helpers import decode, project, select

from parsers.figures import extract

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "figure_cases"
KEYS = {"id", "lang", "published", "text", "fields", "where", "mode", "pick", "skip"}
KEYS |= {"expected", "absent", "note"}


def load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.json")):
        seen: set[str] = set()
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            assert case["id"] not in seen, f"{path.name}: case id {case['id']} twice"
            assert set(case) <= KEYS, f"{path.name}: {case['id']}: unknown {set(case) - KEYS}"
            seen.add(case["id"])
            params.append(pytest.param(case, id=f"{path.stem}/{case['id']}"))
    return params


@pytest.mark.parametrize("case", load_cases())
def test_figure_case(case: dict[str, Any]) -> None:
    text = case["text"]
    figures = extract(text, lang=case["lang"], published=case.get("published"))
    figures = select(figures, text, **case.get("where", {}))
    if case.get("skip"):
        figures = figures[case["skip"] :]
    if case.get("pick") == "first":
        figures = figures[:1]
    elif case.get("pick") == "last":
        figures = figures[-1:]
    else:
        assert case.get("pick") is None, f"unknown pick {case['pick']!r}"
    fields = case["fields"]
    found = project(figures, *fields)
    expected = [decode(fields, row) for row in case.get("expected", [])]
    mode = case.get("mode", "exact")
    if mode == "exact":
        assert found == expected
    elif mode == "contains":
        assert [row for row in expected if row not in found] == []
    elif mode == "set":
        assert set(found) == set(expected)
    elif mode == "unordered":
        assert sorted(found) == sorted(expected)  # type: ignore[type-var]
    elif mode == "differs":
        assert found != expected
    else:
        raise AssertionError(f"unknown mode {mode!r}")
    absent = [decode(fields, row) for row in case.get("absent", [])]
    assert [row for row in absent if row in found] == []
