"""Crontab weekdays mean what crontab says (Sunday = 0 or 7), not APScheduler 3's Monday = 0."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.daemon.cron import crontab_trigger, weekday_names

FRIDAY_NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def test_weekday_one_is_monday() -> None:
    trigger = crontab_trigger("30 18 * * 1", UTC)
    assert trigger.get_next_fire_time(None, FRIDAY_NOON) == datetime(
        2026, 11, 30, 18, 30, tzinfo=UTC
    )


def test_weekday_zero_and_seven_are_both_sunday() -> None:
    assert weekday_names("0") == weekday_names("7") == "sun"


def test_a_working_week_range() -> None:
    assert weekday_names("1-5") == "mon,tue,wed,thu,fri"


def test_a_range_ending_on_seven_wraps_to_sunday() -> None:
    assert weekday_names("5-7") == "sun,fri,sat"


def test_a_step_counts_from_sunday() -> None:
    assert weekday_names("*/2") == "sun,tue,thu,sat"


def test_names_and_numbers_mix_in_a_list() -> None:
    assert weekday_names("mon,3,Fri") == "mon,wed,fri"


def test_any_weekday_stays_any() -> None:
    assert weekday_names("*") == "*"


@pytest.mark.parametrize("field", ["8", "funday", "5-1", "*/0", "1-x"])
def test_a_bad_weekday_field_is_refused_naming_it(field: str) -> None:
    with pytest.raises(ValueError, match="weekday"):
        weekday_names(field)


def test_a_crontab_needs_five_fields() -> None:
    with pytest.raises(ValueError, match="5 fields, got 4"):
        crontab_trigger("0 6 * *", UTC)
