"""A text's figures less the ones it states twice.

Repeated claims, headline numbers the body gives in detail, incident victims told again.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.models import PEOPLE_METRICS, Bound, Figure, Group, Metric, Scope


def distinct(figures: list[Figure]) -> list[Figure]:
    """One figure per claim: a restated number ("out of the 45 who died") is dropped."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for figure in figures:
        claim = (*figure.key(), figure.until, figure.value, figure.bound)
        if claim in seen:
            continue
        seen.add(claim)
        kept.append(figure)
    return kept


_ROUNDING = 0.1  # "Over 1,200 mines" in a headline rounds the body's 1,233 down


def _same_number(headline: Figure, body: Figure) -> bool:
    """Whether a headline number says the body's, exactly or rounded ("over 1,200")."""
    if headline.value == body.value:
        return True
    if headline.value == int(headline.value) and abs(body.value - headline.value) < 1:
        return True  # "1,066 Hectares Cleared" over the body's 1,066.2: the decimals dropped
    if headline.bound is Bound.AT_LEAST:
        return headline.value < body.value <= headline.value * (1 + _ROUNDING)
    if headline.bound is Bound.APPROX:
        return abs(body.value - headline.value) <= headline.value * _ROUNDING
    return False


def _same_metric(headline: Metric, body: Metric) -> bool:
    """Whether a headline's metric may be the body's: "150 thousand mines found" shortens
    the body's "150 thousand mines and munitions", a count of both (``uxo_found``)."""
    return headline is body or (headline, body) == (Metric.MINES_FOUND, Metric.UXO_FOUND)


def _headline_groups(figures: list[Figure], headline_end: int) -> list[Figure]:
    """The body's figures, each with the group and place its headline gave the same count.

    "ANAMA əməkdaşı ağır yaralandı" over a body whose victim the headline names more
    closely than the body's wording does, "Tərtərdə ... bir nəfər yaralanıb" over a body
    that names the village's resident but not the district: the body's figure is the
    claim, with what the headline adds.
    """
    told = [f for f in figures if f.end <= headline_end and f.metric in PEOPLE_METRICS]
    if not told:
        return figures
    return [_with_headline_words(f, told, headline_end) for f in figures]


def _with_headline_words(figure: Figure, told: list[Figure], headline_end: int) -> Figure:
    if figure.start < headline_end or (figure.group is not Group.ALL and figure.place):
        return figure
    headline = next(
        (
            h
            for h in told
            if h.metric is figure.metric
            and h.scope is figure.scope
            and _same_number(h, figure)
            and (Group.ALL in (figure.group, h.group) or h.group is figure.group)
        ),
        None,
    )
    if headline is None:
        return figure
    group = headline.group if figure.group is Group.ALL else figure.group
    return replace(figure, group=group, place=figure.place or headline.place)


def restated(figures: list[Figure], headline_end: int) -> list[Figure]:
    """Drop what another figure of the text already says in more detail.

    A headline number the body states again ("180 mines found" over "180 anti-personnel
    mines were found near Saribaba") is the body's claim; an incident's victim ("a soldier
    hit a mine") that the text says was killed or injured is that figure.
    """
    figures = _headline_groups(figures, headline_end)
    body = [f for f in figures if f.start >= headline_end]
    kept: list[Figure] = []
    for figure in figures:
        named = _named_again(figure, kept, headline_end)
        if named is not None:
            # "Мужчина получил ранения. ... житель Тертерского района был госпитализирован":
            # the one person told again says who they were
            kept[named] = replace(
                kept[named], group=figure.group, place=kept[named].place or figure.place
            )
            continue
        if figure.scope is Scope.INCIDENT and any(
            # "A soldier was injured in Lachin ... The soldier was injured in the leg"; "a
            # local resident died ... The man died on the spot": no group, the same person
            earlier.scope is Scope.INCIDENT
            and (earlier.metric, earlier.value) == (figure.metric, figure.value)
            and figure.group in (earlier.group, Group.ALL)
            and (
                _same_place(figure.place, earlier.place)
                # the text's first figure, told without its place, then with it
                or (earlier.place is None and earlier is kept[0])
                # "two civilians were killed in Karabakh ... two civilian employees died on
                # the Ahmadbayli road": a group counted alike is told again, more closely
                or (figure.value > 1 and figure.group is not Group.ALL)
            )
            and earlier.start >= headline_end
            for earlier in kept
        ):
            continue
        if (
            figure.scope is Scope.INCIDENT
            and figure.value == 1
            and figure.group is not Group.ALL
            and any(
                # "Three deminers were injured ... the deminer standing closest to the blast
                # lost his left foot": one of them, told again
                earlier.scope is Scope.INCIDENT
                and earlier.metric is figure.metric
                and earlier.value > 1
                and earlier.group is figure.group
                and figure.place in (None, earlier.place)
                and earlier.start >= headline_end
                for earlier in kept
            )
        ):
            continue
        if figure.end <= headline_end and any(
            _same_metric(figure.metric, other.metric) and _same_number(figure, other)
            for other in body
        ):
            continue
        told_before = next(
            (
                position
                for position, earlier in enumerate(kept)
                if figure.scope is Scope.INCIDENT
                and figure.metric in (Metric.MINE_KILLED, Metric.MINE_INJURED)
                and figure.group is not Group.ALL
                and earlier.scope is Scope.INCIDENT
                and (earlier.metric, earlier.value) == (figure.metric, figure.value)
                and earlier.group is Group.ALL
                and earlier.start >= headline_end
                and figure.place in (None, earlier.place)
            ),
            None,
        )
        if told_before is not None:
            # "Двое погибли, пятеро ранены. ... Еще пятеро рабочих госпитализированы с
            # телесными повреждениями": the same five, now named; one figure with their group
            kept[told_before] = replace(kept[told_before], group=figure.group)
            continue
        same_victim = next(
            (
                position
                for position, earlier in enumerate(kept)
                if figure.scope is Scope.INCIDENT
                and figure.metric is Metric.MINE_VICTIMS
                and figure.group is not Group.ALL
                and earlier.scope is Scope.INCIDENT
                and earlier.metric in (Metric.MINE_KILLED, Metric.MINE_INJURED)
                and earlier.group is Group.ALL
                and earlier.value == figure.value
                and figure.place in (None, earlier.place)
            ),
            None,
        )
        if same_victim is not None:
            # "bir nəfər yaralanıb. Kənd sakini ... minaya düşüb": the next sentence tells who
            # the injured one was; the figure stays one, with that group
            kept[same_victim] = replace(kept[same_victim], group=figure.group)
            continue
        if (
            figure.scope is Scope.INCIDENT
            and figure.metric is Metric.MINE_VICTIMS
            and any(
                other.scope is Scope.INCIDENT
                and other.metric in (Metric.MINE_KILLED, Metric.MINE_INJURED)
                and other.value == figure.value
                and figure.group in (other.group, Group.ALL)
                for other in figures
            )
        ):
            continue
        kept.append(figure)
    return _dated(kept, figures)


def _dated(kept: list[Figure], figures: list[Figure]) -> list[Figure]:
    """Running totals told with no period, less those the text dates elsewhere.

    "The number of mine victims has reached 380" over "Since November 10, 2020, 380
    people have become mine victims": one claim, the dated one. If that copy was the
    headline's, dropped for the body's, the body's takes its period.
    """
    out = []
    for figure in kept:
        dated = _dated_copy(figure, figures)
        if dated is None:
            out.append(figure)
        elif not any(_dated_copy(figure, [other]) for other in kept):
            out.append(replace(figure, since=dated.since, until=dated.until))
    return out


def _dated_copy(figure: Figure, figures: list[Figure]) -> Figure | None:
    if figure.scope is not Scope.CUMULATIVE or figure.since or figure.until:
        return None
    return next(
        (
            other
            for other in figures
            if other.scope is Scope.CUMULATIVE
            and (other.since or other.until)
            and other.metric is figure.metric
            and other.value == figure.value
            and figure.group in (other.group, Group.ALL)
            and figure.country == other.country
        ),
        None,
    )


def _same_place(later: str | None, earlier: str | None) -> bool:
    """Whether a later figure's place is the earlier one's, or it names none.

    "в Тертерском районе" and "Тертерского района" are one district in two cases: the
    words' first letters agree.
    """
    if later is None or later == earlier:
        return True
    if earlier is None:
        return False
    return _stems(later) == _stems(earlier)


_STEM = 5  # letters of a word its case endings leave alone: "Тертер|ском", "Тертер|ского"


def _stems(place: str) -> tuple[str, ...]:
    return tuple(word[:_STEM].lower() for word in place.split())


def _named_again(figure: Figure, kept: list[Figure], headline_end: int) -> int | None:
    """Where the one person of an incident, told first with no group, was counted."""
    if figure.scope is not Scope.INCIDENT or figure.value != 1 or figure.group is Group.ALL:
        return None
    if figure.metric not in (Metric.MINE_KILLED, Metric.MINE_INJURED):
        return None
    return next(
        (
            position
            for position, earlier in enumerate(kept)
            if earlier.scope is Scope.INCIDENT
            and (earlier.metric, earlier.value, earlier.group) == (figure.metric, 1, Group.ALL)
            and (earlier.place is None or _same_place(figure.place, earlier.place))
            and earlier.start >= headline_end
        ),
        None,
    )
