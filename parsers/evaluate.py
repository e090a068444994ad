"""Score the figure extractor against a labelled corpus.

Run it as ``python -m parsers.evaluate DIR [--verbose]``. It prints precision,
recall and F1 overall, per metric and per language, the accuracy of ``since``,
``place`` and ``country`` over matched figures, and (with ``--verbose``) every missed and
every false figure. The last line is machine-readable::

    precision=0.97 recall=0.95 f1=0.96 n=412

where ``n`` is the number of expected figures. The exit status is 0; a corpus
file that cannot be read or understood exits 2 with a message naming it.

Corpus format
-------------
``DIR`` holds pairs of files. ``NAME.txt`` is one text (its first line may be a
headline) and ``NAME.json`` is its answer key::

    {"lang": "en|ru|az", "published": "YYYY-MM-DD",
     "figures": [{"metric": "mine_killed", "value": 45, "group": "civilians",
                  "scope": "cumulative", "bound": "exact",
                  "since": "2020-11-10", "until": null, "place": null,
                  "country": null}, ...]}

``metric``, ``value``, ``group`` and ``scope`` are required in every figure;
``bound`` defaults to ``exact``; ``since``, ``until``, ``place`` and ``country``
(another country the figure is about: "Ukraine") are given when the text
determines them. A text with no figures (a hard negative) has
``"figures": []``. Values follow ``shared/design/figures.md``: km² are already
converted to hectares, "1.2 million" is 1200000.

Labelling conventions (the answer key a careful analyst writes):

- one figure per distinct claim: a number the headline and the body both state
  is labelled once; a total and its parts are all labelled;
- page chrome (related headlines, share counts) yields nothing, even when it
  quotes mine figures;
- ``place`` is labelled only for a named place ("Kalbajar", "Horadiz, Fuzuli"),
  not for "the liberated territories".

Scoring
-------
Within one text, predicted and expected figures are matched as multisets on
(metric, value, group, scope): a figure predicted twice for one expected claim
is one hit and one false positive. Precision with nothing predicted and recall
with nothing expected are 1.0: no false claim, no missed claim. ``since`` is
right when it equals the label exactly; ``place`` is right when the words of
one name are contained in the other once inflection and generic words
("district", "район", "rayonu") are set aside; ``country`` is right when it
equals the label. None of these details is part of the match key.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from parsers.models import Bound, Figure, Group, Metric, Scope

LANGUAGES = frozenset({"en", "ru", "az"})
REQUIRED_FIELDS = ("metric", "value", "group", "scope")
OPTIONAL_FIELDS = ("bound", "since", "until", "place", "country")
# figures.md's details of a mine, labelled where a text gives them; not scored
DETAIL_FIELDS = ("mine_model", "made_in", "made_year")
USAGE_EXIT = 2

MatchKey = tuple[str, int | float, str, str]
_Enum = TypeVar("_Enum", Metric, Bound, Group, Scope)


class CorpusError(ValueError):
    """A corpus file that cannot be understood; the message names the file and field."""


@dataclass(frozen=True, slots=True)
class LabelledText:
    name: str
    lang: str
    published: str | None
    text: str
    expected: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Case:
    """One text's expected figures beside what the extractor predicted for it."""

    name: str
    lang: str
    expected: tuple[Figure, ...]
    predicted: tuple[Figure, ...]
    error: str | None = None  # why the extractor failed on this text: it predicted nothing


@dataclass(frozen=True, slots=True)
class Matching:
    pairs: tuple[tuple[Figure, Figure], ...]  # (expected, predicted)
    missed: tuple[Figure, ...]
    spurious: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Counts:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.false_negatives + other.false_negatives,
        )

    @property
    def expected(self) -> int:
        return self.true_positives + self.false_negatives

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass(frozen=True, slots=True)
class Finding:
    """A figure worth showing a reader: missed, false, or matched with a wrong detail."""

    name: str
    expected: Figure | None
    predicted: Figure | None


@dataclass(frozen=True, slots=True)
class Evaluation:
    overall: Counts
    by_metric: tuple[tuple[str, Counts], ...]
    by_language: tuple[tuple[str, Counts], ...]
    since: Accuracy
    place: Accuracy
    country: Accuracy
    misses: tuple[Finding, ...]
    false_positives: tuple[Finding, ...]
    wrong_details: tuple[Finding, ...]
    failures: tuple[tuple[str, str], ...] = ()  # (text name, extractor error)


# --- labels ------------------------------------------------------------------------------


def parse_labels(name: str, text: str, sidecar: str) -> LabelledText:
    """The labelled text ``name`` from its text and the JSON of its sidecar."""
    where = f"{name}.json"
    try:
        data = json.loads(sidecar)
    except json.JSONDecodeError as error:
        raise CorpusError(f"{where}: not valid JSON: {error}") from error
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: expected a JSON object, got {type(data).__name__}")
    unknown = set(data) - {"lang", "published", "figures"}
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {sorted(unknown)}")
    lang = data.get("lang")
    if lang not in LANGUAGES:
        raise CorpusError(f"{where}: lang must be one of {sorted(LANGUAGES)}, got {lang!r}")
    published = data.get("published")
    if published is not None and not isinstance(published, str):
        raise CorpusError(f"{where}: published must be a YYYY-MM-DD string or null")
    figures = data.get("figures")
    if not isinstance(figures, list):
        raise CorpusError(f"{where}: figures must be a list (use [] for a text with none)")
    expected = tuple(
        _parse_figure(raw, f"{where}: figures[{index}]") for index, raw in enumerate(figures)
    )
    return LabelledText(name, lang, published, text, expected)


def _parse_figure(raw: Any, where: str) -> Figure:
    if not isinstance(raw, dict):
        raise CorpusError(f"{where}: expected an object")
    unknown = set(raw) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS) - set(DETAIL_FIELDS)
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {sorted(unknown)}")
    missing = [field for field in REQUIRED_FIELDS if field not in raw]
    if missing:
        raise CorpusError(f"{where}: missing field(s) {missing}")
    value = raw["value"]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CorpusError(f"{where}: value must be a number, got {value!r}")
    for field in ("since", "until", "place", "country"):
        if raw.get(field) is not None and not isinstance(raw[field], str):
            raise CorpusError(f"{where}: {field} must be a string or null")
    return Figure(
        metric=_enum(Metric, raw["metric"], where, "metric"),
        value=value,
        bound=_enum(Bound, raw.get("bound", "exact"), where, "bound"),
        group=_enum(Group, raw["group"], where, "group"),
        scope=_enum(Scope, raw["scope"], where, "scope"),
        since=raw.get("since"),
        until=raw.get("until"),
        place=raw.get("place"),
        country=raw.get("country"),
    )


def _enum(kind: type[_Enum], value: Any, where: str, field: str) -> _Enum:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise CorpusError(f"{where}: {field} {value!r} is not one of: {allowed}") from None


# --- matching and scoring ----------------------------------------------------------------


def match_key(figure: Figure) -> MatchKey:
    return (str(figure.metric), _normal_value(figure.value), str(figure.group), str(figure.scope))


def _normal_value(value: int | float) -> int | float:
    # 45 and 45.0 are the same claim; float noise from unit conversion is not a difference
    rounded = round(float(value), 6)
    return int(rounded) if rounded.is_integer() else rounded


def match(expected: Sequence[Figure], predicted: Sequence[Figure]) -> Matching:
    """Pair expected with predicted figures of equal match key, each used at most once.

    Among predicted figures of the same key, the one that also gets ``since`` and
    ``place`` right is preferred, so detail accuracy is not spoilt by pairing order.
    """
    unused = list(predicted)
    pairs: list[tuple[Figure, Figure]] = []
    missed: list[Figure] = []
    for want in expected:
        candidates = [got for got in unused if match_key(got) == match_key(want)]
        if not candidates:
            missed.append(want)
            continue
        best = max(candidates, key=lambda got: _detail_agreement(want, got))
        unused.remove(best)
        pairs.append((want, best))
    return Matching(tuple(pairs), tuple(missed), tuple(unused))


def _detail_agreement(want: Figure, got: Figure) -> int:
    return (
        int(want.since == got.since)
        + int(same_place(want.place, got.place))
        + int(want.country == got.country)
    )


def _stems(name: str) -> set[str]:
    # casefold and drop accents so "Şuşa", "Susa" and "ŞUŞA" compare alike
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(
        char if char.isalpha() else " " for char in decomposed if unicodedata.category(char) != "Mn"
    )
    return {word[:5] for word in letters.split()}


# Words that say what kind of place a name is, not which one ("Kalbajar district").
_GENERIC_PLACE_WORDS = frozenset(
    _stems(
        "the of and in near district region village city settlement road direction area"
        " territory high ground"
        " и в на у район село селе села город дорога территория область посёлок поселок"
        " və rayon kəndi kənd şəhər yolu yolunda qəsəbə ərazi bölgə istiqamət yaxınlığı"
    )
)


def place_words(place: str) -> frozenset[str]:
    """The distinctive words of a place name, cut to stems so inflection does not matter."""
    return frozenset(_stems(place) - _GENERIC_PLACE_WORDS)


def same_place(expected: str | None, predicted: str | None) -> bool:
    if expected is None or predicted is None:
        return expected is None and predicted is None
    want, got = place_words(expected), place_words(predicted)
    return bool(want) and bool(got) and (want <= got or got <= want)


def score(cases: Iterable[Case]) -> Evaluation:
    overall = Counts()
    by_metric: dict[str, Counts] = {str(metric): Counts() for metric in Metric}
    by_language: dict[str, Counts] = {}
    since = place = country = Accuracy()
    misses: list[Finding] = []
    false_positives: list[Finding] = []
    wrong_details: list[Finding] = []
    failures: list[tuple[str, str]] = []
    for case in cases:
        if case.error is not None:
            failures.append((case.name, case.error))
        matching = match(case.expected, case.predicted)
        counts = Counts(len(matching.pairs), len(matching.spurious), len(matching.missed))
        overall += counts
        by_language[case.lang] = by_language.get(case.lang, Counts()) + counts
        for want, got in matching.pairs:
            by_metric[str(want.metric)] += Counts(true_positives=1)
            if want.since is not None:
                since += Accuracy(int(want.since == got.since), 1)
            if want.place is not None:
                place += Accuracy(int(same_place(want.place, got.place)), 1)
            if want.country is not None:
                country += Accuracy(int(want.country == got.country), 1)
            wrong_since = want.since is not None and want.since != got.since
            wrong_place = want.place is not None and not same_place(want.place, got.place)
            wrong_country = want.country is not None and want.country != got.country
            if wrong_since or wrong_place or wrong_country:
                wrong_details.append(Finding(case.name, want, got))
        for want in matching.missed:
            by_metric[str(want.metric)] += Counts(false_negatives=1)
            misses.append(Finding(case.name, want, None))
        for got in matching.spurious:
            by_metric[str(got.metric)] += Counts(false_positives=1)
            false_positives.append(Finding(case.name, None, got))
    return Evaluation(
        overall=overall,
        by_metric=tuple(by_metric.items()),
        by_language=tuple(sorted(by_language.items())),
        since=since,
        place=place,
        country=country,
        misses=tuple(misses),
        false_positives=tuple(false_positives),
        wrong_details=tuple(wrong_details),
        failures=tuple(failures),
    )


def run_extractor(
    texts: Iterable[LabelledText], extract: Callable[..., Sequence[Figure]]
) -> list[Case]:
    """Each text's expected figures beside the extractor's output.

    An extractor that raises on a text (an unsupported language, a bug) is scored as
    predicting nothing there, and the error is kept: one broken text must not hide
    the scores of all the others.
    """
    cases = []
    for labelled in texts:
        try:
            predicted = tuple(
                extract(labelled.text, lang=labelled.lang, published=labelled.published)
            )
            error = None
        except Exception as exc:
            predicted, error = (), f"{type(exc).__name__}: {exc}"
        cases.append(Case(labelled.name, labelled.lang, labelled.expected, predicted, error))
    return cases


# --- report ------------------------------------------------------------------------------


def summary_line(counts: Counts) -> str:
    return (
        f"precision={counts.precision:.2f} recall={counts.recall:.2f} "
        f"f1={counts.f1:.2f} n={counts.expected}"
    )


def describe(figure: Figure) -> str:
    words = [f"{figure.metric}={figure.value}", str(figure.group), str(figure.scope)]
    if figure.bound is not Bound.EXACT:
        words.append(str(figure.bound))
    for name in ("since", "until", "place", "country"):
        if getattr(figure, name) is not None:
            words.append(f"{name}={getattr(figure, name)}")
    return " ".join(words)


def _counts_row(label: str, counts: Counts) -> str:
    return (
        f"  {label:<16} P={counts.precision:.2f} R={counts.recall:.2f} F1={counts.f1:.2f}"
        f"  tp={counts.true_positives} fp={counts.false_positives} fn={counts.false_negatives}"
    )


def format_report(evaluation: Evaluation, *, verbose: bool = False) -> list[str]:
    lines: list[str] = []
    if verbose:
        for finding in evaluation.misses:
            assert finding.expected is not None
            lines.append(f"MISS   {finding.name}.txt  {describe(finding.expected)}")
        for finding in evaluation.false_positives:
            assert finding.predicted is not None
            lines.append(
                f"FALSE  {finding.name}.txt  {describe(finding.predicted)}"
                f"  quote={finding.predicted.quote!r}"
            )
        for finding in evaluation.wrong_details:
            assert finding.expected is not None and finding.predicted is not None
            lines.append(
                f"DETAIL {finding.name}.txt  want {describe(finding.expected)}"
                f"  got {describe(finding.predicted)}"
            )
        for name, error in evaluation.failures:
            lines.append(f"ERROR  {name}.txt  {error}")
        lines.append("")
    lines.append("by metric:")
    lines += [_counts_row(name, counts) for name, counts in evaluation.by_metric]
    lines.append("by language:")
    lines += [_counts_row(name, counts) for name, counts in evaluation.by_language]
    lines.append(_counts_row("overall", evaluation.overall).strip())
    for label, accuracy in (
        ("since", evaluation.since),
        ("place", evaluation.place),
        ("country", evaluation.country),
    ):
        lines.append(
            f"{label} accuracy={accuracy.value:.2f} ({accuracy.correct}/{accuracy.total}"
            " matched figures with a labelled value)"
        )
    if evaluation.failures:
        lines.append(
            f"extractor failed on {len(evaluation.failures)} texts, scored as predicting nothing"
            " (--verbose lists them)"
        )
    lines.append(summary_line(evaluation.overall))
    return lines


# --- command -----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m parsers.evaluate",
        description="Score parsers.figures.extract against a labelled corpus.",
    )
    parser.add_argument("directory", type=Path, help="folder of NAME.txt + NAME.json pairs")
    parser.add_argument("--verbose", action="store_true", help="list every miss and false figure")
    parser.add_argument(
        "--glob", default="*.txt", help="which texts of the folder to score (default: *.txt)"
    )
    args = parser.parse_args(argv)

    from parsers.figures import extract  # the extractor under test, not needed for scoring

    # the only file reading in this module: everything below it is pure
    directory: Path = args.directory
    text_paths = sorted(directory.glob(args.glob)) if directory.is_dir() else []
    if not text_paths:
        print(f"error: {directory}: not a folder of NAME.txt + NAME.json pairs", file=sys.stderr)
        return USAGE_EXIT
    texts = []
    for path in text_paths:
        sidecar = path.with_suffix(".json")
        try:
            texts.append(
                parse_labels(
                    path.stem,
                    path.read_text(encoding="utf-8"),
                    sidecar.read_text(encoding="utf-8"),
                )
            )
        except (OSError, UnicodeDecodeError) as error:
            print(
                f"error: {path}: cannot read the text or its answer key: {error}", file=sys.stderr
            )
            return USAGE_EXIT
        except CorpusError as error:
            print(f"error: {directory}/{error}", file=sys.stderr)
            return USAGE_EXIT

    evaluation = score(run_extractor(texts, extract))
    print(f"{len(texts)} texts in {directory}")
    print("\n".join(format_report(evaluation, verbose=args.verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
