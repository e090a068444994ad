"""What the sentences before one establish for it.

The period in force, the previous sentence's figures, the list or question it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.extraction.candidates import Spans
from parsers.extraction.structure import headline_sentences
from parsers.models import Figure, Metric
from parsers.periods import Period, find_periods
from parsers.sentences import Sentence
from parsers.vocab import CompiledVocab


@dataclass(frozen=True, slots=True)
class Context:
    """What the sentences before this one established."""

    period: Period | None  # the last period stated earlier in the paragraph, or the headline's
    mine_before: bool  # the previous sentence of the paragraph was about mines
    previous: tuple[Figure, ...] = ()  # the figures of the previous sentence of the paragraph
    # in an item of a list ("- 8-14 June: 265 mines, 455 shells"), the metrics stated so far
    # in the text, latest last: the item leaves its verb to the sentence that introduced it
    listed: tuple[Metric, ...] = ()
    earlier: tuple[Figure, ...] = ()  # every figure stated so far in the text
    # a line of a list whose introduction states a period or a total ("Results for May:")
    list_total: bool = False
    # the interview question the sentence answers first ("How many mines ...? — About 900.")
    question: str | None = None
    # in a row of a table, the names of its columns, cell by cell
    columns: tuple[str, ...] = ()
    # the sentence before, in the same paragraph
    before: str = ""
    # the sentence that introduced the list the sentence is a line of ("Zərərsizləşdirilən
    # minaların sayı belə olub:"): it names what the line's bare count counts
    intro: str | None = None
    # abbreviations the text defines as ordnance: "mines and PHS" counts ordnance too
    ordnance_acronyms: frozenset[str] = frozenset()


class SentencePeriods:
    """The period phrases of each sentence, looked for only when a figure needs them.

    The period patterns cost more than everything else a sentence without figures
    goes through, and most sentences of an article state no figure.
    """

    def __init__(
        self,
        sentences: list[Sentence],
        vocab: CompiledVocab,
        published: str | None,
        intros: dict[int, int],
        answers: dict[int, int],
    ):
        self._sentences = sentences
        self._intros = intros
        self._answers = answers
        self._questions = frozenset(answers.values())
        self._vocab = vocab
        self._published = published
        self._found: dict[int, list[Period]] = {}
        self._headline = headline_sentences(sentences)

    def __getitem__(self, index: int) -> list[Period]:
        found = self._found.get(index)
        if found is None:
            sentence = self._sentences[index]
            found = []
            # a question states its period in words more often than not ("since the war?")
            if _may_date(sentence) or index in self._questions:
                found = find_periods(sentence.text, self._vocab, self._published)
            elif self._vocab.any_period.search(sentence.text) is not None:
                # words with no digit ("за неделю", "ötən həftə", "last week"): only the
                # loose periods a report counts over; a month or a year named in words
                # ("в январе", "в прошлом году") may date one event
                found = [
                    p for p in find_periods(sentence.text, self._vocab, self._published) if p.weak
                ]
            if found:
                # "produced in Armenia in 2021" dates the mine, not the count, in this
                # sentence and for the sentences after it
                made = Spans(m.span() for m in self._vocab.made_in.finditer(sentence.text))
                found = [p for p in found if not made.overlaps(p.start, p.end)]
            self._found[index] = found
        return found

    def before(self, index: int) -> Period | None:
        """The last period stated earlier in the sentence's paragraph, else the one it inherits.

        A headline leaves the period to the body ("245 mines found in a week"); the body
        inherits the headline's when the headline states one.
        """
        intro = self._intros.get(index)
        if intro is not None:
            # "Results for May 2024:" dates every line of its list
            for line in range(index - 1, intro - 1, -1):
                stated = _stated(self[line])
                if stated is not None:
                    return stated
            index = intro
            if _stated(self[intro]) is None and intro == 0:
                return None
        paragraph = self._sentences[index].paragraph
        earlier = index - 1
        while earlier >= 0 and self._sentences[earlier].paragraph == paragraph:
            stated = _stated(self[earlier])
            if stated is not None:
                return stated
            earlier -= 1
        question = self._answers.get(index)
        if question is not None and self._sentences[question].paragraph != paragraph:
            # "Q: How many mines were found last year?" dates the answer's counts
            stated = _stated(self[question])
            if stated is not None:
                return stated
        if earlier + 1 < self._headline:
            return next(
                (
                    stated
                    for body in range(self._headline, len(self._sentences))
                    if (stated := _stated(self[body])) is not None
                ),
                None,
            )
        return _stated(self[self._headline - 1]) if self._headline else None


def _stated(periods: list[Period]) -> Period | None:
    return next((p for p in periods if p.since or p.until), None)


_DIGIT_OR_WORD = re.compile(r"\d|\b(?:since|past|last|after|post|first)\b", re.IGNORECASE)


def _may_date(sentence: Sentence) -> bool:
    return _DIGIT_OR_WORD.search(sentence.text) is not None
