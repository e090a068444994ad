from __future__ import annotations

import dataclasses

from parsers.compare import compare, figure_date, observations_of
from parsers.models import Article, Bound, ChangeFlag, Figure, Group, Metric, Observation, Scope

BASELINE_URL = "minewatch:baseline/statement-2022-11-24"
END_OF_WAR = "2020-11-10"


def victims(value: int | float, *, since: str | None = END_OF_WAR, **fields) -> Figure:
    return Figure(metric=Metric.MINE_VICTIMS, value=value, since=since, **fields)


def seen(
    figure: Figure,
    date: str | None,
    url: str = "https://news.example/a",
    published: str | None = None,
) -> Observation:
    return Observation(figure=figure, date=date, url=url, published=published or date)


def baseline(*figures: Figure) -> list[Observation]:
    return [seen(figure, "2022-11-24", BASELINE_URL) for figure in figures]


def test_a_figure_is_dated_by_the_end_of_period_the_text_states() -> None:
    assert figure_date(victims(150, until="2021-06-30"), "2023-03-01") == "2021-06-30"


def test_a_figure_without_a_period_end_is_dated_by_publication() -> None:
    assert figure_date(victims(150), "2023-03-01") == "2023-03-01"


def test_observations_of_a_document_carry_its_url_and_dates() -> None:
    article = Article(url=BASELINE_URL, title="", published="2022-11-24", language="en", text="")
    [observation] = observations_of(article, [victims(268)])
    assert observation == Observation(victims(268), "2022-11-24", BASELINE_URL, "2022-11-24")


def test_the_figures_md_example_compares_268_with_300_as_plus_32() -> None:
    statement = victims(268, quote="268 of our citizens became victims of mine explosions")
    news = victims(300, quote="300 citizens were hurt by mines since the war ended in 2020")
    [change] = compare([seen(news, "2023-06-01")], baseline(statement))
    assert (change.flag, change.delta) == (ChangeFlag.INCREASED, 32)
    assert change.baseline.figure is statement and change.current.figure is news


def test_victims_over_thirty_years_do_not_compare_with_victims_since_the_war() -> None:
    thirty_years = victims(3300, since="1991")
    [change] = compare([seen(thirty_years, "2023-06-01")], baseline(victims(268)))
    assert change.flag == ChangeFlag.NEW
    assert change.baseline is None and change.delta is None


def test_a_lower_value_is_decreased_with_a_negative_delta() -> None:
    [change] = compare([seen(victims(250), "2023-06-01")], baseline(victims(268)))
    assert (change.flag, change.delta) == (ChangeFlag.DECREASED, -18)


def test_an_equal_value_is_unchanged_with_zero_delta() -> None:
    [change] = compare([seen(victims(268), "2023-06-01")], baseline(victims(268)))
    assert (change.flag, change.delta) == (ChangeFlag.UNCHANGED, 0)


def test_the_latest_observation_of_a_key_is_the_one_compared() -> None:
    older = seen(victims(400), "2023-01-01", "https://news.example/z")
    newer = seen(victims(300), "2023-06-01", "https://news.example/a")
    [change] = compare([newer, older], baseline(victims(268)))
    assert change.current == newer


def test_a_stated_period_end_outranks_a_later_publication() -> None:
    old_state = seen(victims(150, until="2021-06-30"), "2021-06-30", published="2024-01-01")
    recent = seen(victims(300), "2023-06-01")
    [change] = compare([recent, old_state], baseline(victims(268)))
    assert change.current == recent


def test_a_date_tie_goes_to_the_later_publication() -> None:
    figure = victims(150, until="2021-06-30")
    early = Observation(figure, "2021-06-30", "https://news.example/z", published="2021-07-01")
    late = Observation(
        dataclasses.replace(figure, value=151),
        "2021-06-30",
        "https://news.example/a",
        published="2022-01-01",
    )
    [change] = compare([late, early], baseline(victims(100)))
    assert change.current == late


def test_a_full_tie_goes_to_the_greater_url_whatever_the_input_order() -> None:
    a = seen(victims(300), "2023-06-01", "https://news.example/a")
    b = seen(victims(310), "2023-06-01", "https://news.example/b")
    assert compare([a, b], baseline(victims(268)))[0].current == b
    assert compare([b, a], baseline(victims(268)))[0].current == b


def test_keys_differ_by_group_place_and_country() -> None:
    observations = [
        seen(victims(268), "2023-06-01"),
        seen(victims(35, group=Group.CIVILIANS), "2023-06-01"),
        seen(victims(10, place="Kalbajar"), "2023-06-01"),
        seen(victims(120, country="Ukraine"), "2023-06-01"),
    ]
    changes = compare(observations, baseline(victims(268)))
    assert [change.flag for change in changes] == [ChangeFlag.UNCHANGED] + [ChangeFlag.NEW] * 3


def test_incident_figures_are_left_out() -> None:
    incident = Figure(metric=Metric.MINE_KILLED, value=2, scope=Scope.INCIDENT)
    assert compare([seen(incident, "2023-06-01")], []) == []


def test_an_incident_in_the_baseline_is_no_reference_for_a_total() -> None:
    found = Figure(metric=Metric.MINES_FOUND, value=350, scope=Scope.INCIDENT, place="Saribaba")
    total = dataclasses.replace(found, scope=Scope.CUMULATIVE, value=400)
    [change] = compare([seen(total, "2023-06-01")], baseline(found))
    assert change.flag == ChangeFlag.NEW


def test_the_bound_does_not_split_a_key() -> None:
    at_least = victims(300, bound=Bound.AT_LEAST)
    [change] = compare([seen(at_least, "2023-06-01")], baseline(victims(268)))
    assert change.flag == ChangeFlag.INCREASED


def test_fractional_deltas_are_not_binary_noise() -> None:
    area = Figure(metric=Metric.AREA_CLEARED_HA, value=1.1)
    [change] = compare([seen(area, "2023-06-01")], baseline(dataclasses.replace(area, value=1.0)))
    assert change.delta == 0.1


def test_changes_come_ordered_by_key() -> None:
    observations = [
        seen(Figure(metric=Metric.MINES_FOUND, value=3000, since="2022-08"), "2023-06-01"),
        seen(victims(300), "2023-06-01"),
        seen(Figure(metric=Metric.MINE_KILLED, value=50, since=END_OF_WAR), "2023-06-01"),
    ]
    metrics = [change.metric for change in compare(observations, [])]
    assert metrics == ["mine_killed", "mine_victims", "mines_found"]


def test_observations_without_any_date_still_compare() -> None:
    [change] = compare([seen(victims(300), None)], baseline(victims(268)))
    assert change.delta == 32
