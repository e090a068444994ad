"""Text -> the figures it states about mines and their victims (``shared/design/figures.md``).

The engine is language-independent: every word it looks for comes from
``parsers.vocab.<lang>``. Reading a sentence goes in four steps, each in its own module
of ``parsers.extraction``; this module runs them over a text's sentences:

1. candidates: the numbers ``parsers.numbers`` finds, less those inside dates, period
   phrases, model names, ages, money and the like; plus "a civilian" (= 1) in incidents;
2. each candidate's head: the noun a few words after it (mines, ordnance, hectares,
   people) and its group ("anti-personnel", "journalists");
3. each candidate's metric, from the verbs of its own clause (``metrics``), from the total
   it is a part of ("including 3 journalists", ``breakdowns``), or from the list it
   continues ("as well as 1,609");
4. the sentence's period, place, country, and whether it tells one event or a total
   (``attributes``, ``places``).

Numbers with no head, no clause verb and no list to continue are not figures: that is
what keeps years, paragraph numbers and houses built out.

Around those four, the text is read sentence by sentence: ``_Layout`` is what the whole
text is (its lists, tables, headline, interview answers), computed once; ``_Reading`` is
what the sentences so far established (the figures, the report's days, the last period,
whether the subject is still mines); ``SENTENCE_STEPS`` is the order each sentence goes
through, each step a small function of the two.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from parsers.checks import check
from parsers.extraction.acronyms import ordnance_acronyms
from parsers.extraction.candidates import MINE_GROUPS, group_of
from parsers.extraction.cell_tables import table_figures
from parsers.extraction.context import Context, SentencePeriods
from parsers.extraction.headline_place import with_headline_place
from parsers.extraction.metrics import people_metric
from parsers.extraction.period_tables import row_figures, table_rows
from parsers.extraction.places import places_in
from parsers.extraction.restatements import distinct, restated
from parsers.extraction.sentence_figures import sentence_figures
from parsers.extraction.structure import (
    headline_sentences,
    interview_answers,
    list_intros,
    list_item,
    table_headings,
)
from parsers.extraction.tables import table_columns
from parsers.models import PEOPLE_METRICS, Article, Figure, Group, Metric, Scope
from parsers.periods import Period
from parsers.sentences import Sentence, hard_wrapped, split, unmixed, unwrap
from parsers.vocab import CompiledVocab, Folded, UnknownLanguage, compiled

__all__ = ["extract", "extract_article"]


def extract(text: str, *, lang: str | None = None, published: str | None = None) -> list[Figure]:
    """The figures ``text`` states, with self-check flags set.

    ``lang`` None means detect; a detected language without a vocabulary yields no
    figures, an explicitly requested one raises ``UnknownLanguage``.
    """
    if lang is None:
        from parsers.language import detect

        lang = detect(text)
        try:
            vocab = compiled(lang)
        except UnknownLanguage:
            return []
    else:
        vocab = compiled(lang)
    wrapped = hard_wrapped(text)
    given = text  # a table's cells stay one a line (unwrap joins a heading to the next)
    unwrapped = unwrap(text)  # same length: quotes keep their spans in the text given
    text = unmixed(unwrapped)  # same length too; quotes are read from ``unwrapped``
    if not vocab.relevance.search(text):
        return []
    tail = vocab.tail_heading.search(text)
    if tail is not None and not text[: tail.start()].strip():
        # "Latest news" over the headline: the page's section label, not a list of others
        tail = vocab.tail_heading.search(text, tail.end())
    # "Related posts" and the like: other articles' headlines, not this text's claims
    sentences = list(split(text[: tail.start()] if tail else text, vocab.abbreviations))
    layout = _layout(sentences, vocab, lang, published, wrapped)
    reading = _Reading()
    for index, sentence in enumerate(sentences):
        for step in SENTENCE_STEPS:
            if step(layout, reading, index, sentence):
                break
    figures = reading.figures
    # a table given one cell a line: its rows' counts are in no sentence
    figures.extend(table_figures(given[: tail.start()] if tail else given, vocab))
    headline_end = sentences[layout.headline_count - 1].end if layout.headline_count else 0
    figures = with_headline_place(figures, sentences, layout.headline_count, vocab)
    if text is not unwrapped:
        figures = [replace(f, quote=unwrapped[f.start : f.end]) for f in figures]
    return check(restated(distinct(figures), headline_end))


@dataclass(frozen=True, slots=True)
class _Layout:
    """What the whole text is, read once before its sentences are."""

    sentences: list[Sentence]
    vocab: CompiledVocab
    lang: str
    periods: SentencePeriods
    intros: dict[int, int]  # a list's line -> the sentence that introduces the list
    list_heads: frozenset[int]
    headings: frozenset[int]  # the lines a table heading dates
    headline_count: int
    headline: str  # the headline's text ("" without one), below any label or time line
    answers: dict[int, int]  # an interview answer -> its question
    tables: dict[int, tuple[str, ...]]  # a bar table's row -> its column names
    rows: dict[int, Any]  # a table of periods' row -> its columns
    wrapped: bool  # wrapped at a column: line breaks tell no paragraphs
    # "Landmine Monitor: casualties rise" over "... 4,710 casualties of mines worldwide ...":
    # in a text its headline says is about mines, another country's "casualties" in the next
    # paragraph are casualties of mines too
    mine_headline: bool
    # abbreviations the text defines as ordnance ("unexploded military ammunition (PHS)")
    ordnance_acronyms: frozenset[str] = frozenset()


def _layout(
    sentences: list[Sentence], vocab: CompiledVocab, lang: str, published: str | None, wrapped: bool
) -> _Layout:
    intros = list_intros(sentences)
    headings = table_headings(sentences)
    answers = interview_answers(sentences, vocab)
    headline_count = headline_sentences(sentences)
    headline = sentences[headline_count - 1].text if headline_count else ""
    return _Layout(
        sentences=sentences,
        vocab=vocab,
        lang=lang,
        periods=SentencePeriods(sentences, vocab, published, headings | intros, answers),
        intros=intros,
        list_heads=frozenset(intros.values()),
        headings=frozenset(headings),
        headline_count=headline_count,
        headline=headline,
        answers=answers,
        tables=table_columns(sentences),
        rows=table_rows(sentences, vocab),
        wrapped=wrapped,
        mine_headline=bool(headline_count) and vocab.mine_context.search(headline) is not None,
        ordnance_acronyms=ordnance_acronyms(sentences, vocab),
    )


@dataclass(slots=True)
class _Reading:
    """What the sentences read so far have established; the steps below update it."""

    figures: list[Figure] = field(default_factory=list)
    previous: tuple[Figure, ...] = ()  # the figures of the sentence before
    paragraph: int = -1
    mine_before: bool = False  # the sentence before was about mines
    told_victims: bool = False  # this paragraph stated a count of mine victims
    victims_before: bool = False  # the paragraph before did
    # "Teams found 157 mines from July 31 to August 6, 2025. [...] In Shusha, 22 mines were
    # found.": the range the first figures are counted over is the whole report's
    report: Period | None = None
    lede_read: bool = False
    # "— In 2025 we cleared ... — How many people did mines hurt over this period? — 41.": an
    # answer that states no period of its own counts over the last one the text gave
    last_period: Period | None = None
    # "Since November 2020, ... [next paragraph] ... in that period": the last running span
    last_span: Period | None = None
    scene: str | None = None  # the place of the blast the sentence before told, no count
    rows_above: list[Period] = field(default_factory=list)  # periods of the table's rows read
    relevant: bool = False  # the sentence being read may state figures


Step = Callable[[_Layout, _Reading, int, Sentence], bool]


def _table_row(layout: _Layout, reading: _Reading, index: int, sentence: Sentence) -> bool:
    """A row of a table of periods in a text about mines: its cells are its figures."""
    columns = layout.rows.get(index)
    if columns is None or not reading.figures:
        return False
    periods = layout.periods
    stated = _new_claims(
        row_figures(
            sentence, columns, periods[index], reading.rows_above, index + 1 not in layout.rows
        ),
        reading.figures,
    )
    reading.figures.extend(stated)
    reading.rows_above = (
        [*reading.rows_above, *periods[index][:1]]
        if index - 1 in layout.rows
        else periods[index][:1]
    )
    reading.previous = tuple(stated)
    return True


def _open_paragraph(layout: _Layout, reading: _Reading, index: int, sentence: Sentence) -> bool:
    """A new paragraph: what it keeps of the one before."""
    if sentence.paragraph == reading.paragraph:
        return False
    reading.paragraph = sentence.paragraph
    reading.victims_before, reading.told_victims = reading.told_victims, False
    victims_before = reading.victims_before
    # a list's lines go on with what its introduction was about, and so does the next
    # period of a series ("In 2022, 74 people suffered." after 2021's victims), and a
    # section with what its heading is ("География подрывов")
    reading.mine_before = reading.mine_before and (
        index in layout.intros
        or (victims_before and _opens_with_period(sentence.text, layout.periods[index]))
        # "The agency broke the figures down by period:" after the victims' total
        or (victims_before and index in layout.list_heads)
        # a feed wrapped at a column breaks lines after sentences as well as inside
        # them: where its paragraphs end is not known
        or layout.wrapped
        or _heading(layout.sentences, index - 1)
    )
    # kept: a paragraph may open by breaking the last one's total down ("Of them, 67 were
    # killed"); only a sentence that opens with a part marker reads it
    return False


def _who_they_were(layout: _Layout, reading: _Reading, index: int, sentence: Sentence) -> bool:
    """ "Two people died in a mine blast. They were employees of a construction company."."""
    who = _group_told_after(sentence.text, reading.previous, layout.vocab)
    if who is not None:
        told = len(reading.previous)
        figures = reading.figures
        figures[-told:] = [replace(f, group=who) for f in figures[-told:]]
        reading.previous = tuple(figures[-told:])
    return False


def _judge_relevance(layout: _Layout, reading: _Reading, index: int, sentence: Sentence) -> bool:
    """Whether the sentence may state figures at all."""
    vocab, sentences = layout.vocab, layout.sentences
    question = layout.answers.get(index)
    reading.relevant = bool(
        (
            vocab.relevance.search(sentence.text) is not None
            or (
                question is not None
                and vocab.relevance.search(sentences[question].text) is not None
            )
            or (
                # "Myanmar followed with 1,003" after a country's count names no mine
                vocab.follows_with is not None and any(f.country for f in reading.previous)
            )
            or (
                # "23 people became mine victims. Of them, 8 were servicemen.": its parts
                bool(reading.previous) and _opens_with_part(sentence.text, vocab)
            )
            or index in layout.tables
            or (
                # "Zərərsizləşdirilən minaların sayı:" over "2021-ci il - 17 880 ədəd"
                index in layout.intros
                and vocab.relevance.search(sentences[layout.intros[index]].text) is not None
            )
        )
        and not (
            # "a headline printed twice": the copy says nothing the headline did not
            index >= layout.headline_count
            and layout.headline_count
            and sentence.text == layout.headline
        )
    )
    return False


def _context(layout: _Layout, reading: _Reading, index: int, sentence: Sentence) -> Context:
    """What the sentences before tell a sentence's figures."""
    vocab, sentences, periods = layout.vocab, layout.sentences, layout.periods
    question = layout.answers.get(index)
    intro = layout.intros.get(index)
    item = list_item(sentences, index) or index in layout.intros
    period = periods.before(index)
    report = reading.report
    if report is not None and period is not None and _defers_to_body([period], report):
        # "...в первой половине ноября" over "операции с 1 по 15 ноября": the days
        period = report
    return Context(
        period
        or (reading.last_period if question is not None else None)
        # "in that period", "за это время", "bu dövrdə": a span the text gave before
        or (reading.last_span if _points_back(sentence.text, vocab) else None)
        # a table's rows count over the period of the text before it
        or (reading.last_period if index in layout.tables else None)
        or _period_referred_to(sentences, index, periods, vocab)
        or report,
        reading.mine_before
        or _country_casualties(sentence.text, layout.mine_headline, reading.victims_before, vocab),
        reading.previous,
        tuple(f.metric for f in reading.figures) if item else (),
        tuple(reading.figures),
        intro is not None or index in layout.headings,
        sentences[question].text if question == index - 1 else None,
        layout.tables.get(index, ()),
        sentences[index - 1].text
        if index and sentences[index - 1].paragraph == sentence.paragraph
        else "",
        intro=sentences[intro].text if intro is not None else None,
        ordnance_acronyms=layout.ordnance_acronyms,
    )


def _read_figures(layout: _Layout, reading: _Reading, index: int, sentence: Sentence) -> bool:
    """The figures a relevant sentence states, and what they change for the sentences after."""
    if not reading.relevant:
        return False
    vocab, periods = layout.vocab, layout.periods
    context = _context(layout, reading, index, sentence)
    own = periods[index]
    if index < layout.headline_count and _defers_to_body(own, context.period):
        # "За неделю обезврежено 312 мин" over "С 3 по 9 марта ...": the body's days
        own = []
    stated = sentence_figures(sentence, own, context, vocab, layout.lang)
    figures = reading.figures
    if (
        figures
        and _names_the_victim_again(stated, reading.previous)
        and _tells_what_befell(sentence.text, reading.previous, vocab)
    ):
        # "A shepherd hit a mine. He was seriously injured.": the victim was injured; "The
        # man was seriously injured" names the same one again, no second victim
        trigger = _what_befell(sentence.text, vocab)
        assert trigger is not None
        figures[-1] = replace(figures[-1], metric=people_metric(trigger))
        stated = []
    _date_the_report(layout, reading, index, stated)
    if reading.scene is not None:
        # "14 мая у села Гарадаглы произошел минный инцидент. ... ранения получили три
        # жителя": the blast the sentence before placed
        stated = [
            replace(f, place=reading.scene)
            if f.scope is Scope.INCIDENT and f.place is None and f.country is None
            else f
            for f in stated
        ]
    reading.scene = None if stated else _scene(sentence, vocab)
    if stated and vocab.correction is not None and vocab.correction.search(sentence.text):
        # "Turan reported three killed. ... The ministry later said two were killed":
        # the earlier count of the same blast is superseded
        reading.figures = figures = _without_superseded(figures, stated, vocab)
    figures.extend(stated)
    reading.previous = tuple(stated)
    if stated:
        reading.last_period = next(
            (p for p in periods[index] if p.since or p.until), reading.last_period
        )
        reading.last_span = next(
            (p for p in periods[index] if (p.since or p.until) and not p.weak), reading.last_span
        )
    reading.told_victims = reading.told_victims or any(f.metric in PEOPLE_METRICS for f in stated)
    return False


def _date_the_report(layout: _Layout, reading: _Reading, index: int, stated: list[Figure]) -> None:
    """The range of days a report's figures count over, from its lede."""
    if reading.lede_read or index < layout.headline_count:
        return
    periods = layout.periods
    # a line of a list ("2020-ci il - 6 412 ədəd") is one of its parts, not the lede
    if stated and layout.intros.get(index) is None:
        reading.lede_read = True
        # the lede's first totals stating no span of their own count over its range
        kept = reading.report if all(f.scope is Scope.CUMULATIVE for f in stated) else None
        reading.report = _report_range(stated, periods[index]) or kept
    elif not stated and reading.report is None:
        # "Teams worked from June 9 to 15 in Tartar, Lachin. [...] The week's results:
        # 121 mines", "ANAMA reported on its operations from 1 to 15 November.": a lede
        # may date the report without stating a count itself; "Agencies carried out
        # demining in 2023. [...] 31,600 mines were found": so may a year the work was done in
        reading.report = (
            _stated_range(periods[index])
            or next((p for p in periods[index] if p.span and p.since), None)
            or _stated_year(periods[index])
        )


def _skip_sentence(layout: _Layout, reading: _Reading, index: int, sentence: Sentence) -> bool:
    """A sentence that states no figure; near the top it may still date a report."""
    if reading.relevant:
        return False
    reading.previous = ()
    reading.scene = None
    if (
        not reading.lede_read
        and layout.headline_count <= index < layout.headline_count + LEDE_SENTENCES
        and reading.report is None
    ):
        # "Between March 3 and 9, ANAMA teams worked in Aghdam": a lede that names
        # neither mines nor land may still date the report (only a lede: reading
        # the periods of every sentence before a page's mine story costs dearly)
        reading.report = _stated_range(layout.periods[index])
    return False


def _carry_mine_subject(layout: _Layout, reading: _Reading, index: int, sentence: Sentence) -> bool:
    """Whether the next sentence is still about mines."""
    relevant = reading.relevant
    # "Among the victims are 216 civilians": a sentence that stated figures was about mines
    reading.mine_before = (
        relevant
        and (bool(reading.previous) or layout.vocab.mine_context.search(sentence.text) is not None)
    ) or (
        # "... 270 were killed or injured by mines. Sadly, this figure grows every week.
        # Only last week, one person was killed": a remark with no figure words in
        # between keeps the paragraph about mines
        reading.mine_before
        and (index in layout.list_heads or (not relevant and not _NUMBER.search(sentence.text)))
    )
    return True


# Reading a sentence, in order; a step that returns True ends the sentence's reading.
SENTENCE_STEPS: tuple[Step, ...] = (
    _table_row,  # a row of a table of periods: its cells are figures, nothing else to read
    _open_paragraph,  # a new paragraph: what carries over from the last one
    _who_they_were,  # a sentence that says who the people just counted were
    _judge_relevance,  # whether the sentence may state figures at all
    _read_figures,  # the figures it states, in the context of the sentences before
    _skip_sentence,  # no figures: it may still date a report's lede
    _carry_mine_subject,  # whether the next sentence is still about mines
)


def _scene(sentence: Sentence, vocab: CompiledVocab) -> str | None:
    """The first place a sentence about a blast names: where the next sentence's count was."""
    if vocab.incident_marker.search(sentence.text) is None:
        return None
    named = places_in(sentence.text, 0, len(sentence.text), vocab)
    return named[0][1] if named else None


_HEADING = 60  # at most as long as a section heading


def _heading(sentences: list[Sentence], index: int) -> bool:
    """Whether the sentence is a section heading: a short line of its own, no full stop."""
    if index < 1:
        return False
    sentence = sentences[index]
    return (
        len(sentence.text) <= _HEADING
        and sentences[index - 1].paragraph != sentence.paragraph
        and not sentence.text.endswith((".", "!", "?", ":", ";"))
    )


def _new_claims(stated: list[Figure], figures: list[Figure]) -> list[Figure]:
    """The figures of a table row less those the text stated before (its lede's totals)."""
    told = {(f.metric, f.value, f.group, f.since) for f in figures}
    return [f for f in stated if (f.metric, f.value, f.group, f.since) not in told]


# how many sentences after the headline a report's lede may take to state its days
LEDE_SENTENCES = 3
_SPACE = re.compile(r"\s")
_NUMBER = re.compile(r"\d")
_OPENING = 40  # how far into a sentence "Of them," or "Eight of them" may reach


def _opens_with_part(text: str, vocab: CompiledVocab) -> bool:
    """Whether a sentence opens with a part of what the one before counted."""
    # the marker pattern is anchored at its end (it is read right before a count): try it
    # up to each space of the opening
    return any(
        vocab.part_before.match(text, 0, space.start()) is not None
        for space in _SPACE.finditer(text, 0, _OPENING)
    ) or (vocab.part_after.search(text, 0, _OPENING) is not None)


# at most four words before a period that opens a sentence: "During the period from ..."
_PERIOD_OPENING = re.compile(r"\s*(?:[^\W\d]+\s+){0,4}")


def _opens_with_period(text: str, periods: list[Period]) -> bool:
    """Whether the sentence opens with a period of its own: "From July 1 to December 31, ..."."""
    return any(
        (p.since or p.until) and _PERIOD_OPENING.fullmatch(text, 0, p.start) is not None
        for p in periods
    )


def _tells_what_befell(text: str, previous: tuple[Figure, ...], vocab: CompiledVocab) -> bool:
    """Whether "He was seriously injured" says what the one victim just told suffered."""
    # "военнослужащий внутренних войск, сержант Т. Гулиев": one person named twice
    if len({(f.metric, f.value, f.group, f.scope, f.place) for f in previous}) != 1:
        return False
    victim = previous[0]
    if (victim.metric, victim.scope) != (Metric.MINE_VICTIMS, Scope.INCIDENT):
        return False
    # "Two shepherds hit a mine. Both were injured.": the two, told together
    pronoun = {1: vocab.person_pronoun, 2: vocab.both_pronoun}.get(int(victim.value))
    if pronoun is None or _opening_person(text, pronoun) is None:
        return False
    trigger = _what_befell(text, vocab)
    return trigger is not None and people_metric(trigger) is not Metric.MINE_VICTIMS


def _group_told_after(
    text: str, previous: tuple[Figure, ...], vocab: CompiledVocab
) -> Group | None:
    """The group a sentence gives the people of one incident the one before counted."""
    if vocab.who_they_were is None or not previous or not vocab.who_they_were.match(text):
        return None
    if any(
        f.metric not in PEOPLE_METRICS or f.scope is not Scope.INCIDENT or f.group is not Group.ALL
        for f in previous
    ):
        return None
    group = group_of(text, vocab)
    return None if group is Group.ALL or group in MINE_GROUPS else group


def _opening_person(text: str, pronoun: Folded) -> re.Match[str] | None:
    """The person a sentence opens with, after a few words perhaps: "As a result, the man",
    "По информации агентства, мужчина"."""
    starts = (0, *(space.end() for space in _SPACE.finditer(text, 0, _OPENING)))
    return next((m for at in starts if (m := pronoun.match(text, at)) is not None), None)


def _what_befell(text: str, vocab: CompiledVocab) -> re.Match[str] | None:
    """The harm told after the person: "Пострадавший" names a victim, not the harm."""
    assert vocab.person_pronoun is not None
    person = _opening_person(text, vocab.person_pronoun)
    return vocab.people_trigger.search(text, person.end() if person else 0)


def _names_the_victim_again(stated: list[Figure], previous: tuple[Figure, ...]) -> bool:
    """Whether a sentence's figures are none, or the one victim the sentence before told,
    named by a noun no more specific ("Мужчина", "the man") or of the same group."""
    if not stated:
        return True
    if len(stated) != 1 or not previous:
        return False
    again, victim = stated[0], previous[-1]
    return (
        again.value == 1
        and again.scope is Scope.INCIDENT
        and again.metric in PEOPLE_METRICS
        and again.group in (Group.ALL, victim.group)
    )


def _without_superseded(
    figures: list[Figure], stated: list[Figure], vocab: CompiledVocab
) -> list[Figure]:
    """The figures less the incident counts a correction's own counts replace.

    Only a count told as someone's earlier report, of the same blast: "The number of
    injured now stands at four" after "three were injured" may be more hurt since.
    """
    if vocab.earlier_report is None:
        return figures
    places = {s.place for s in stated}
    corrected = {
        (f.metric, f.group)
        for f in stated
        if f.scope is Scope.INCIDENT and f.metric in PEOPLE_METRICS
    }
    return [
        f
        for f in figures
        if not (
            f.scope is Scope.INCIDENT
            and (f.metric, f.group) in corrected
            and all(f.value != s.value for s in stated)
            and vocab.earlier_report.search(f.quote) is not None
            and (f.place is None or None in places or f.place in places)
        )
    ]


def _defers_to_body(own: list[Period], body: Period | None) -> bool:
    """Whether a headline's loose period ("in a week", "last week") is the body's range."""
    stated = [p for p in own if p.since or p.until]
    return (
        bool(stated)
        and all(p.weak and p.until is None for p in stated)
        and body is not None
        and body.since is not None
        and body.until is not None
        and body.since != body.until
    )


def _country_casualties(
    text: str, mine_headline: object, victims_before: bool, vocab: CompiledVocab
) -> bool:
    return bool(
        mine_headline
        and victims_before
        and vocab.country is not None
        and vocab.country.search(text) is not None
    )


def _period_referred_to(
    sentences: list[Sentence], index: int, periods: SentencePeriods, vocab: CompiledVocab
) -> Period | None:
    """ "Bu dövrdə 389 nəfər ...": the period the text stated last, paragraphs before."""
    if not _points_back(sentences[index].text, vocab):
        return None
    for earlier in range(index - 1, -1, -1):
        stated = next((p for p in periods[earlier] if p.since or p.until), None)
        if stated is not None:
            return stated
    return None


def _report_range(stated: list[Figure], periods: list[Period]) -> Period | None:
    """The range of days the lede's totals are counted over, if they are totals over one."""
    if any(f.scope is not Scope.CUMULATIVE for f in stated):
        return None
    return next(
        (
            p
            for p in periods
            if p.since
            and (
                (p.until and p.since != p.until)
                # "Over the past week", "In February": a report's loose span of days
                or (p.weak and p.until is None and len(p.since) >= len("2025-02"))
            )
        ),
        None,
    )


def _points_back(text: str, vocab: CompiledVocab) -> bool:
    return vocab.same_period is not None and vocab.same_period.search(text) is not None


def _stated_range(periods: list[Period]) -> Period | None:
    """A span of days a sentence names in full ("from March 3 to March 9, 2025")."""
    return next((p for p in periods if p.since and p.until and p.since != p.until), None)


def _stated_year(periods: list[Period]) -> Period | None:
    """A whole past year a sentence names ("in 2023"): a span the report's totals count over."""
    return next((p for p in periods if p.since and p.closes and len(p.since) == 4), None)


def extract_article(article: Article) -> list[Figure]:
    """The figures of a parsed page: its headline, then its main text, as one text.

    The headline goes first, as its own paragraph, because it often states the figure
    the body breaks down, or the period and place the body leaves implicit.
    """
    return extract(
        f"{article.title}\n\n{article.text}",
        lang=article.language,
        published=article.published,
    )
