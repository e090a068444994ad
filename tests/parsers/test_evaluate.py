"""Scoring of the figure extractor: hand-made expected and predicted figures."""

import json
import re

import pytest

from parsers.evaluate import (
    Case,
    CorpusError,
    Counts,
    format_report,
    main,
    match,
    parse_labels,
    run_extractor,
    same_place,
    score,
    summary_line,
)
from parsers.models import Bound, Figure, Group, Metric, Scope

KILLED_45 = Figure(Metric.MINE_KILLED, 45, since="2020-11-10")
CIVILIANS_35 = Figure(Metric.MINE_KILLED, 35, group=Group.CIVILIANS, since="2020-11-10")
VICTIMS_268 = Figure(Metric.MINE_VICTIMS, 268, since="2020-11-10")


def one_case(expected, predicted, lang="en", name="text"):
    return score([Case(name, lang, tuple(expected), tuple(predicted))])


# --- matching ----------------------------------------------------------------------------


def test_an_identical_figure_is_a_true_positive():
    result = one_case([KILLED_45], [KILLED_45])
    assert result.overall == Counts(true_positives=1)


def test_a_different_value_is_one_miss_and_one_false_positive():
    result = one_case([KILLED_45], [Figure(Metric.MINE_KILLED, 44, since="2020-11-10")])
    assert result.overall == Counts(false_positives=1, false_negatives=1)


def test_a_different_group_does_not_match():
    result = one_case([CIVILIANS_35], [Figure(Metric.MINE_KILLED, 35)])
    assert result.overall == Counts(false_positives=1, false_negatives=1)


def test_a_different_scope_does_not_match():
    predicted = Figure(Metric.MINE_KILLED, 45, scope=Scope.INCIDENT)
    result = one_case([KILLED_45], [predicted])
    assert result.overall == Counts(false_positives=1, false_negatives=1)


def test_a_different_metric_does_not_match():
    result = one_case([KILLED_45], [Figure(Metric.MINE_INJURED, 45)])
    assert result.overall == Counts(false_positives=1, false_negatives=1)


def test_bound_since_and_place_do_not_decide_a_match():
    predicted = Figure(Metric.MINE_KILLED, 45, bound=Bound.APPROX, since="1991", place="Aghdam")
    result = one_case([KILLED_45], [predicted])
    assert result.overall == Counts(true_positives=1)


def test_an_integer_value_matches_the_same_float_value():
    result = one_case(
        [Figure(Metric.AREA_CLEARED_HA, 12740)], [Figure(Metric.AREA_CLEARED_HA, 12740.0)]
    )
    assert result.overall == Counts(true_positives=1)


def test_a_figure_predicted_twice_for_one_claim_is_one_hit_and_one_false_positive():
    result = one_case([KILLED_45], [KILLED_45, KILLED_45])
    assert result.overall == Counts(true_positives=1, false_positives=1)


def test_a_claim_expected_twice_but_predicted_once_is_one_hit_and_one_miss():
    result = one_case([KILLED_45, KILLED_45], [KILLED_45])
    assert result.overall == Counts(true_positives=1, false_negatives=1)


def test_figures_of_different_texts_never_match_each_other():
    result = score([Case("a", "en", (KILLED_45,), ()), Case("b", "en", (), (KILLED_45,))])
    assert result.overall == Counts(false_positives=1, false_negatives=1)


def test_matching_prefers_the_prediction_with_the_right_since():
    wrong_since = Figure(Metric.MINE_KILLED, 45, since="1991")
    matching = match([KILLED_45], [wrong_since, KILLED_45])
    assert matching.pairs == ((KILLED_45, KILLED_45),)
    assert matching.spurious == (wrong_since,)


# --- counts ------------------------------------------------------------------------------


def test_precision_is_hits_over_predictions():
    assert Counts(true_positives=3, false_positives=1).precision == 0.75


def test_recall_is_hits_over_expected_figures():
    assert Counts(true_positives=1, false_negatives=3).recall == 0.25


def test_f1_is_the_harmonic_mean_of_precision_and_recall():
    counts = Counts(true_positives=1, false_positives=1, false_negatives=3)
    assert counts.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)


def test_predicting_nothing_on_a_hard_negative_is_perfect():
    result = one_case([], [])
    assert (result.overall.precision, result.overall.recall) == (1.0, 1.0)


def test_a_figure_found_in_a_hard_negative_lowers_precision_only():
    result = one_case([], [KILLED_45, VICTIMS_268])
    assert (result.overall.precision, result.overall.recall) == (0.0, 1.0)


def test_n_counts_the_expected_figures():
    result = one_case([KILLED_45, CIVILIANS_35, VICTIMS_268], [KILLED_45])
    assert result.overall.expected == 3


# --- breakdowns --------------------------------------------------------------------------


def test_a_false_positive_is_charged_to_the_predicted_metric():
    result = one_case([KILLED_45], [Figure(Metric.MINE_INJURED, 45)])
    by_metric = dict(result.by_metric)
    assert by_metric["mine_injured"] == Counts(false_positives=1)
    assert by_metric["mine_killed"] == Counts(false_negatives=1)


def test_every_metric_has_a_row_even_without_figures():
    result = one_case([], [])
    assert [name for name, _ in result.by_metric] == [str(metric) for metric in Metric]


def test_counts_are_kept_per_language():
    result = score(
        [Case("a", "ru", (KILLED_45,), (KILLED_45,)), Case("b", "az", (VICTIMS_268,), ())]
    )
    assert dict(result.by_language) == {
        "az": Counts(false_negatives=1),
        "ru": Counts(true_positives=1),
    }


# --- since and place ---------------------------------------------------------------------


def test_since_accuracy_counts_matched_figures_with_a_labelled_since():
    no_since = Figure(Metric.MINES_FOUND, 350, scope=Scope.INCIDENT)
    result = one_case(
        [KILLED_45, VICTIMS_268, no_since],
        [KILLED_45, Figure(Metric.MINE_VICTIMS, 268, since="2020"), no_since],
    )
    assert (result.since.correct, result.since.total) == (1, 2)


def test_since_accuracy_ignores_missed_figures():
    result = one_case([KILLED_45], [])
    assert result.since.total == 0


def test_a_matched_figure_with_a_wrong_place_is_reported_as_a_wrong_detail():
    expected = Figure(Metric.MINES_FOUND, 1119, place="Kalbajar and Lachin")
    predicted = Figure(Metric.MINES_FOUND, 1119, place="Karabakh Economic Region")
    result = one_case([expected], [predicted])
    assert (result.place.correct, result.place.total) == (0, 1)
    assert [(f.expected, f.predicted) for f in result.wrong_details] == [(expected, predicted)]


def test_country_accuracy_counts_matched_figures_with_a_labelled_country():
    laid_ukraine = Figure(Metric.MINES_LAID, 1_000_000, country="Ukraine")
    result = one_case(
        [laid_ukraine, KILLED_45],
        [Figure(Metric.MINES_LAID, 1_000_000), KILLED_45],
    )
    assert (result.country.correct, result.country.total) == (0, 1)
    assert [f.expected for f in result.wrong_details] == [laid_ukraine]


def test_a_different_country_does_not_decide_a_match():
    result = one_case(
        [Figure(Metric.MINES_LAID, 300, country="Ukraine")], [Figure(Metric.MINES_LAID, 300)]
    )
    assert (result.overall.true_positives, result.overall.false_positives) == (1, 0)


def test_a_place_matches_across_inflection_and_generic_words():
    assert same_place("Кельбаджарский район", "в Кельбаджарском районе")


def test_a_place_matches_a_more_detailed_name_of_the_same_place():
    assert same_place("Garagoyunlu, Lachin", "Garagoyunlu village of Lachin district")


def test_a_place_matches_across_accents_and_case():
    assert same_place("Şuşa", "ŞUŞA şəhəri")


def test_a_different_place_does_not_match():
    assert not same_place("Kalbajar", "Lachin district")


def test_a_missing_predicted_place_does_not_match():
    assert not same_place("Kalbajar", None)


# --- report ------------------------------------------------------------------------------


def test_the_summary_line_has_two_decimals_and_the_expected_count():
    counts = Counts(true_positives=97, false_positives=3, false_negatives=5)
    assert summary_line(counts) == "precision=0.97 recall=0.95 f1=0.96 n=102"


def test_the_report_ends_with_the_summary_line():
    result = one_case([KILLED_45], [KILLED_45])
    assert format_report(result, verbose=True)[-1] == summary_line(result.overall)


def test_a_verbose_report_names_the_file_and_quote_of_a_false_positive():
    predicted = Figure(Metric.MINE_KILLED, 2, quote="2 Mins read")
    lines = format_report(one_case([], [predicted], name="mfa"), verbose=True)
    assert any(
        line.startswith("FALSE") and "mfa.txt" in line and "2 Mins read" in line for line in lines
    )


def test_a_verbose_report_names_the_file_of_a_miss():
    lines = format_report(one_case([KILLED_45], [], name="trend"), verbose=True)
    assert any(
        line.startswith("MISS") and "trend.txt" in line and "mine_killed=45" in line
        for line in lines
    )


def test_a_quiet_report_lists_no_single_figures():
    lines = format_report(one_case([KILLED_45], [], name="trend"), verbose=False)
    assert not any("trend.txt" in line for line in lines)


# --- running the extractor ---------------------------------------------------------------


def test_the_extractor_gets_the_text_language_and_publication_date():
    calls = []

    def fake_extract(text, *, lang=None, published=None):
        calls.append((text, lang, published))
        return [KILLED_45]

    labelled = parse_labels(
        "x", "45 killed.", json.dumps({"lang": "ru", "published": "2023-01-02", "figures": []})
    )
    cases = run_extractor([labelled], fake_extract)
    assert calls == [("45 killed.", "ru", "2023-01-02")]
    assert cases[0].predicted == (KILLED_45,)


def test_an_extractor_error_is_kept_and_scored_as_predicting_nothing():
    def broken_extract(text, *, lang=None, published=None):
        raise LookupError("no vocabulary for language 'az'")

    labelled = parse_labels("apa_07", "text", json.dumps({"lang": "az", "figures": []}))
    (case,) = run_extractor([labelled], broken_extract)
    assert case.predicted == ()
    assert case.error == "LookupError: no vocabulary for language 'az'"


def test_a_verbose_report_names_the_text_the_extractor_failed_on():
    result = score([Case("apa_07", "az", (KILLED_45,), (), error="LookupError: boom")])
    assert "ERROR  apa_07.txt  LookupError: boom" in format_report(result, verbose=True)


def test_a_report_counts_extractor_failures_above_the_summary_line():
    result = score([Case("apa_07", "az", (KILLED_45,), (), error="LookupError: boom")])
    assert format_report(result)[-2].startswith("extractor failed on 1 texts")


# --- answer keys -------------------------------------------------------------------------


def sidecar(**overrides):
    figure = {"metric": "mine_killed", "value": 45, "group": "civilians", "scope": "cumulative"}
    data = {"lang": "en", "published": "2022-11-24", "figures": [figure]}
    figure.update(overrides.pop("figure", {}))
    data.update(overrides)
    return json.dumps(data)


def test_a_sidecar_gives_the_expected_figures_with_defaults():
    labelled = parse_labels("mfa", "text", sidecar(figure={"since": "2020-11-10"}))
    assert labelled.expected == (
        Figure(Metric.MINE_KILLED, 45, group=Group.CIVILIANS, since="2020-11-10"),
    )
    assert (labelled.lang, labelled.published) == ("en", "2022-11-24")


def test_a_sidecar_may_name_the_country_a_figure_is_about():
    labelled = parse_labels("ukr", "text", sidecar(figure={"country": "Ukraine"}))
    assert labelled.expected[0].country == "Ukraine"


def test_a_country_that_is_not_a_string_is_rejected():
    with pytest.raises(CorpusError, match="country must be a string or null"):
        parse_labels("ukr", "text", sidecar(figure={"country": 7}))


def test_an_unknown_metric_is_named_with_file_and_figure_index():
    with pytest.raises(CorpusError, match=r"mfa\.json: figures\[0\]: metric 'mines_killed'"):
        parse_labels("mfa", "text", sidecar(figure={"metric": "mines_killed"}))


def test_a_missing_required_field_is_named():
    raw = json.dumps(
        {"lang": "en", "figures": [{"metric": "mine_killed", "value": 1, "group": "all"}]}
    )
    with pytest.raises(CorpusError, match=r"missing field\(s\) \['scope'\]"):
        parse_labels("apa", "text", raw)


def test_a_misspelt_field_is_rejected():
    with pytest.raises(CorpusError, match=r"unknown field\(s\) \['sinse'\]"):
        parse_labels("apa", "text", sidecar(figure={"sinse": "2020"}))


def test_a_value_that_is_not_a_number_is_rejected():
    with pytest.raises(CorpusError, match="value must be a number"):
        parse_labels("apa", "text", sidecar(figure={"value": "45"}))


def test_an_unknown_language_is_rejected():
    with pytest.raises(CorpusError, match="lang must be one of"):
        parse_labels("apa", "text", sidecar(lang="de"))


def test_broken_json_is_named():
    with pytest.raises(CorpusError, match=r"apa\.json: not valid JSON"):
        parse_labels("apa", "text", "{")


# --- command -----------------------------------------------------------------------------


def test_the_command_prints_a_machine_readable_last_line(tmp_path, capsys):
    (tmp_path / "visitors.txt").write_text(
        "The museum had 2,000 visitors on 4 April.\n", encoding="utf-8"
    )
    (tmp_path / "visitors.json").write_text(
        json.dumps({"lang": "en", "published": "2023-04-05", "figures": []})
    )
    assert main([str(tmp_path)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"precision=\d\.\d\d recall=\d\.\d\d f1=\d\.\d\d n=0", last)


def test_the_command_names_a_text_without_answer_key(tmp_path, capsys):
    (tmp_path / "lonely.txt").write_text("text\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 2
    assert "lonely.txt" in capsys.readouterr().err


def test_the_command_names_the_file_of_a_bad_answer_key(tmp_path, capsys):
    (tmp_path / "bad.txt").write_text("text\n", encoding="utf-8")
    (tmp_path / "bad.json").write_text(json.dumps({"lang": "xx", "figures": []}))
    assert main([str(tmp_path)]) == 2
    assert "bad.json" in capsys.readouterr().err
