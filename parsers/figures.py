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
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.checks import check
from parsers.extraction.candidates import MINE_GROUPS, group_of
from parsers.extraction.cell_tables import table_figures
from parsers.extraction.context import Context, SentencePeriods
from parsers.extraction.headline_place import with_headline_place
from parsers.extraction.metrics import people_metric
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
from parsers.sentences import Sentence, hard_wrapped, split, unwrap
from parsers.vocab import CompiledVocab, UnknownLanguage, compiled

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
    if not vocab.relevance.search(text):
        return []
    wrapped = hard_wrapped(text)
    given = text  # a table's cells stay one a line (unwrap joins a heading to the next)
    text = unwrap(text)  # same length: quotes keep their spans in the text given
    tail = vocab.tail_heading.search(text)
    # "Related posts" and the like: other articles' headlines, not this text's claims
    sentences = list(split(text[: tail.start()] if tail else text, vocab.abbreviations))
    intros = list_intros(sentences)
    headings = table_headings(sentences)
    list_heads = frozenset(intros.values())
    headline_count = headline_sentences(sentences)
    answers = interview_answers(sentences, vocab)
    tables = table_columns(sentences)
    periods = SentencePeriods(sentences, vocab, published, headings | intros, answers)
    figures: list[Figure] = []
    mine_before = False
    paragraph = -1
    previous: tuple[Figure, ...] = ()
    # "Teams found 157 mines from July 31 to August 6, 2025. [...] In Shusha, 22 mines were
    # found.": the range the first figures are counted over is the whole report's
    report: Period | None = None
    lede_read = False
    # "— In 2025 we cleared ... — How many people did mines hurt over this period? — 41.": an
    # answer that states no period of its own counts over the last one the text gave
    last_period: Period | None = None
    # "Since November 2020, ... [next paragraph] ... in that period": the last running span
    last_span: Period | None = None
    # "Landmine Monitor: casualties rise" over "... 4,710 casualties of mines worldwide ...":
    # in a text its headline says is about mines, another country's "casualties" in the next
    # paragraph are casualties of mines too
    headline = sentences[headline_count - 1].text if headline_count else ""
    mine_headline = bool(headline_count) and vocab.mine_context.search(headline)
    told_victims = False  # this paragraph stated a count of mine victims
    victims_before = False  # the paragraph before did
    for index, sentence in enumerate(sentences):
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            victims_before, told_victims = told_victims, False
            # a list's lines go on with what its introduction was about, and so does the
            # next period of a series ("In 2022, 74 people suffered." after 2021's victims)
            mine_before = mine_before and (
                index in intros
                or (victims_before and _opens_with_period(sentence.text, periods[index]))
                # "The agency broke the figures down by period:" after the victims' total
                or (victims_before and index in list_heads)
                # a feed wrapped at a column breaks lines after sentences as well as inside
                # them: where its paragraphs end is not known
                or wrapped
            )
            # kept: a paragraph may open by breaking the last one's total down ("Of them,
            # 67 were killed"); only a sentence that opens with a part marker reads it
        who = _who_they_were(sentence.text, previous, vocab)
        if who is not None:
            # "Two people died in a mine blast. They were employees of a construction company."
            told = len(previous)
            figures[-told:] = [replace(f, group=who) for f in figures[-told:]]
            previous = tuple(figures[-told:])
        question = answers.get(index)
        relevant = (
            vocab.relevance.search(sentence.text) is not None
            or (
                question is not None
                and vocab.relevance.search(sentences[question].text) is not None
            )
            or (
                # "Myanmar followed with 1,003" after a country's count names no mine
                vocab.follows_with is not None and any(f.country for f in previous)
            )
            or (
                # "23 people became mine victims. Of them, 8 were servicemen.": its parts
                bool(previous) and _opens_with_part(sentence.text, vocab)
            )
            or index in tables
            or (
                # "Zərərsizləşdirilən minaların sayı:" over "2021-ci il - 17 880 ədəd"
                index in intros
                and vocab.relevance.search(sentences[intros[index]].text) is not None
            )
        ) and not (
            # "a headline printed twice": the copy says nothing the headline did not
            index >= headline_count and headline_count and sentence.text == headline
        )
        if relevant:
            item = list_item(sentences, index) or index in intros
            listed = tuple(f.metric for f in figures) if item else ()
            intro = intros.get(index)
            list_total = intro is not None or index in headings
            context = Context(
                periods.before(index)
                or (last_period if question is not None else None)
                or (last_span if _points_back(sentence.text, vocab) else None)
                # a table's rows count over the period of the text before it
                or (last_period if index in tables else None)
                or _period_referred_to(sentences, index, periods, vocab)
                or report,
                mine_before
                or _country_casualties(sentence.text, mine_headline, victims_before, vocab),
                previous,
                listed,
                tuple(figures),
                list_total,
                sentences[question].text if question == index - 1 else None,
                tables.get(index, ()),
                sentences[index - 1].text
                if index and sentences[index - 1].paragraph == sentence.paragraph
                else "",
                intro=sentences[intro].text if intro is not None else None,
            )
            own = periods[index]
            if index < headline_count and _defers_to_body(own, context.period):
                # "За неделю обезврежено 312 мин" over "С 3 по 9 марта ...": the body's days
                own = []
            stated = sentence_figures(sentence, own, context, vocab, lang)
            if not stated and figures and _tells_what_befell(sentence.text, previous, vocab):
                # "A shepherd hit a mine. He was seriously injured.": the victim was injured
                trigger = vocab.people_trigger.search(sentence.text)
                assert trigger is not None
                figures[-1] = replace(figures[-1], metric=people_metric(trigger))
            # a line of a list ("2020-ci il - 6 412 ədəd") is one of its parts, not the lede
            if stated and not lede_read and index >= headline_count and intro is None:
                lede_read = True
                # the lede's first totals stating no span of their own count over its range
                kept = report if all(f.scope is Scope.CUMULATIVE for f in stated) else None
                report = _report_range(stated, periods[index]) or kept
            elif not stated and not lede_read and index >= headline_count and report is None:
                # "Teams worked from June 9 to 15 in Tartar, Lachin. [...] The week's results:
                # 121 mines": a lede may date the report without stating a count itself
                report = _stated_range(periods[index])
            if stated and vocab.correction is not None and vocab.correction.search(sentence.text):
                # "Turan reported three killed. ... The ministry later said two were killed":
                # the earlier count of the same blast is superseded
                figures = _without_superseded(figures, stated, vocab)
            figures.extend(stated)
            previous = tuple(stated)
            if stated:
                last_period = next((p for p in periods[index] if p.since or p.until), last_period)
                last_span = next(
                    (p for p in periods[index] if (p.since or p.until) and not p.weak), last_span
                )
            told_victims = told_victims or any(f.metric in PEOPLE_METRICS for f in stated)
        else:
            previous = ()
            if not lede_read and index >= headline_count and report is None:
                # "Between March 3 and 9, ANAMA teams worked in Aghdam": a lede that names
                # neither mines nor land may still date the report
                report = _stated_range(periods[index])
        # "Among the victims are 216 civilians": a sentence that stated figures was about mines
        mine_before = (
            relevant and (bool(previous) or vocab.mine_context.search(sentence.text) is not None)
        ) or (
            # "... 270 were killed or injured by mines. Sadly, this figure grows every week.
            # Only last week, one person was killed": a remark with no figure words in
            # between keeps the paragraph about mines
            mine_before
            and (index in list_heads or (not relevant and not _NUMBER.search(sentence.text)))
        )
    # a table given one cell a line: its rows' counts are in no sentence
    figures.extend(table_figures(given[: tail.start()] if tail else given, vocab))
    headline_end = sentences[headline_count - 1].end if headline_count else 0
    figures = with_headline_place(figures, sentences, headline_count, vocab)
    return check(restated(distinct(figures), headline_end))


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
    if len(previous) != 1:
        return False
    victim = previous[0]
    if (victim.metric, victim.scope) != (Metric.MINE_VICTIMS, Scope.INCIDENT):
        return False
    # "Two shepherds hit a mine. Both were injured.": the two, told together
    pronoun = {1: vocab.person_pronoun, 2: vocab.both_pronoun}.get(int(victim.value))
    if pronoun is None or not pronoun.match(text):
        return False
    trigger = vocab.people_trigger.search(text)
    return trigger is not None and people_metric(trigger) is not Metric.MINE_VICTIMS


def _who_they_were(text: str, previous: tuple[Figure, ...], vocab: CompiledVocab) -> Group | None:
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
    if vocab.same_period is None or not vocab.same_period.search(sentences[index].text):
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
