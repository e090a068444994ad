"""Shared helpers of the extractor's tests: extract a text and project its figures to tuples.

``figure_tuples(text, lang, published, "metric", "value", "group")`` is what the figure tests
compare: one tuple a figure, of the fields named, in the order the extractor gives them.
``where`` keeps only the figures of one metric (or several, or all but one), group, scope or
value (or values), a quote's start, or those after a mark.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum

from parsers.figures import extract
from parsers.models import Bound, Figure, Flag, Group, Metric, Scope

# The fields whose values are enum members; case files name them by the member's name.
ENUM_FIELDS: dict[str, type[Enum]] = {
    "metric": Metric,
    "group": Group,
    "scope": Scope,
    "bound": Bound,
}


def project(figures: Iterable[Figure], *fields: str) -> list[tuple[object, ...]]:
    """One tuple a figure: the named fields, in the order named."""
    return [tuple(getattr(f, name) for name in fields) for f in figures]


def select(
    figures: Iterable[Figure],
    text: str,
    *,
    metric: Metric | str | None = None,
    metric_in: Iterable[Metric | str] | None = None,
    metric_not: Metric | str | None = None,
    group: Group | str | None = None,
    scope: Scope | str | None = None,
    value: float | None = None,
    value_in: Iterable[float] | None = None,
    value_not_in: Iterable[float] | None = None,
    quote_startswith: str | None = None,
    after: str | None = None,
) -> list[Figure]:
    """The figures that pass every filter given.

    ``after`` keeps the figures that start after the first occurrence of that string in
    ``text`` (a headline's line break, say).
    """
    kept = list(figures)
    if metric is not None:
        wanted = metric if isinstance(metric, Metric) else Metric[metric]
        kept = [f for f in kept if f.metric is wanted]
    if metric_in is not None:
        metrics = {m if isinstance(m, Metric) else Metric[m] for m in metric_in}
        kept = [f for f in kept if f.metric in metrics]
    if metric_not is not None:
        unwanted = metric_not if isinstance(metric_not, Metric) else Metric[metric_not]
        kept = [f for f in kept if f.metric is not unwanted]
    if group is not None:
        wanted_group = group if isinstance(group, Group) else Group[group]
        kept = [f for f in kept if f.group is wanted_group]
    if scope is not None:
        wanted_scope = scope if isinstance(scope, Scope) else Scope[scope]
        kept = [f for f in kept if f.scope is wanted_scope]
    if value is not None:
        kept = [f for f in kept if f.value == value]
    if value_in is not None:
        wanted_values = list(value_in)
        kept = [f for f in kept if f.value in wanted_values]
    if value_not_in is not None:
        unwanted_values = list(value_not_in)
        kept = [f for f in kept if f.value not in unwanted_values]
    if quote_startswith is not None:
        kept = [f for f in kept if f.quote.startswith(quote_startswith)]
    if after is not None:
        mark = text.index(after)
        kept = [f for f in kept if f.start > mark]
    return kept


def figure_tuples(
    text: str, lang: str | None, published: str | None, *fields: str, **where: object
) -> list[tuple[object, ...]]:
    """Extract ``text`` and project its figures (those ``where`` keeps) to ``fields``."""
    figures = extract(text, lang=lang, published=published)
    if where:
        figures = select(figures, text, **where)  # type: ignore[arg-type]
    return project(figures, *fields)


def figure_reader(
    *fields: str, lang: str | None = None, published: str | None = None, **where: object
) -> Callable[..., list[tuple[object, ...]]]:
    """A function of a text (and optionally its language and date) giving ``figure_tuples``.

    ``read = figure_reader("metric", "value", lang="az", published=PUB)`` then
    ``read(text)`` or ``read(text, "ru")`` or ``read(text, published="2024-01-01")``.
    """

    def read(
        text: str, lang: str | None = lang, published: str | None = published
    ) -> list[tuple[object, ...]]:
        return figure_tuples(text, lang, published, *fields, **where)

    return read


def decode(fields: list[str], row: list[object]) -> tuple[object, ...]:
    """A row of a case file as the tuple ``project`` gives: enum names become members."""
    assert len(row) == len(fields), f"row {row!r} has not one value for each of {fields!r}"
    values: list[object] = []
    for name, raw in zip(fields, row, strict=True):
        if name in ENUM_FIELDS and raw is not None:
            values.append(ENUM_FIELDS[name][str(raw)])
        elif name == "flags":
            values.append(tuple(Flag[str(flag)] for flag in raw))  # type: ignore[union-attr]
        else:
            values.append(raw)
    return tuple(values)
