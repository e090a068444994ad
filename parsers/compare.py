"""Set the latest observation of each comparable figure against the baseline."""

from __future__ import annotations

from collections.abc import Iterable

from parsers.models import (
    Article,
    Change,
    ChangeFlag,
    Figure,
    FigureKey,
    Observation,
    Scope,
)


def figure_date(figure: Figure, published: str | None) -> str | None:
    """The date a figure describes: its stated end of period, else the publication date."""
    return figure.until or published


def observations_of(article: Article, figures: Iterable[Figure]) -> list[Observation]:
    """A document's figures as observations, e.g. the baseline statement's."""
    return [
        Observation(
            figure=figure,
            date=figure_date(figure, article.published),
            url=article.url,
            published=article.published,
        )
        for figure in figures
    ]


def compare(observations: Iterable[Observation], baseline: Iterable[Observation]) -> list[Change]:
    """One Change per comparable key observed, ordered by key.

    Incident figures count one event, not a running total, so they never compare.
    """
    current = _latest_by_key(observations)
    reference = _latest_by_key(baseline)
    return [_change(key, current[key], reference.get(key)) for key in sorted(current, key=_order)]


def _latest_by_key(observations: Iterable[Observation]) -> dict[FigureKey, Observation]:
    latest: dict[FigureKey, Observation] = {}
    for observation in observations:
        if observation.figure.scope == Scope.INCIDENT:
            continue
        key = observation.figure.key()
        held = latest.get(key)
        if held is None or _recency(observation) > _recency(held):
            latest[key] = observation
    return latest


def _recency(observation: Observation) -> tuple[str, str, str, int, float]:
    # Date first; on a tie the later publication, then the URL, then the first mention
    # in the text and the value, so the winner never depends on the input order.
    return (
        observation.date or "",
        observation.published or "",
        observation.url,
        -observation.figure.start,
        float(observation.figure.value),
    )


def _order(key: FigureKey) -> tuple[str, ...]:
    return tuple(part or "" for part in key)


def _change(key: FigureKey, current: Observation, baseline: Observation | None) -> Change:
    if baseline is None:
        return Change(key=key, flag=ChangeFlag.NEW, current=current, baseline=None)
    delta = _difference(current.figure.value, baseline.figure.value)
    if delta > 0:
        flag = ChangeFlag.INCREASED
    elif delta < 0:
        flag = ChangeFlag.DECREASED
    else:
        flag = ChangeFlag.UNCHANGED
    return Change(key=key, flag=flag, current=current, baseline=baseline, delta=delta)


def _difference(current: int | float, baseline: int | float) -> int | float:
    delta = current - baseline
    if isinstance(delta, float):
        # 1.1 - 1.0 is 0.10000000000000009 in binary floating point; no source is that precise
        delta = round(delta, 6)
        return int(delta) if delta.is_integer() else delta
    return delta
