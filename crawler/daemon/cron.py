"""Standard 5-field crontab expressions as APScheduler 3 triggers.

APScheduler 3's ``CronTrigger.from_crontab`` counts weekdays from Monday = 0, while
crontab counts from Sunday = 0 (7 is Sunday too), so "0 6 * * 1" would run on
Tuesdays (APScheduler issue 286, fixed only in 4.x). The weekday field is therefore
rewritten as an explicit list of day names, which both agree on.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from apscheduler.triggers.cron import CronTrigger

DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def crontab_trigger(expression: str, timezone: tzinfo) -> CronTrigger:
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"a crontab has 5 fields, got {len(fields)}")
    minute, hour, day, month, weekday = fields
    trigger = CronTrigger(
        minute=minute,
        hour=hour,
        day=day,
        month=month,
        day_of_week=weekday_names(weekday),
        timezone=timezone,
    )
    # "0 6 30 2 *": a daemon on it would wait forever saying "none scheduled"
    if trigger.get_next_fire_time(None, datetime.now(timezone)) is None:
        raise ValueError("no date matches it, so it would never run")
    return trigger


def weekday_names(field: str) -> str:
    """A crontab weekday field ("1-5", "0,6", "*/2", "mon-fri") as APScheduler day names."""
    if field == "*":
        return "*"
    days: set[int] = set()
    for part in field.split(","):
        base, slash, step_text = part.partition("/")
        step = int(step_text) if slash and step_text.isdigit() else 1
        if slash and (not step_text.isdigit() or step < 1):
            raise ValueError(f"bad step in weekday field {field!r}")
        if base == "*":
            low, high = 0, 6
        elif "-" in base:
            first, last = base.split("-", 1)
            low, high = _day(first, field), _day(last, field)
        else:
            low = _day(base, field)
            high = 7 if slash else low  # crontab: "1/2" means from Monday on, every 2 days
        if low > high:
            raise ValueError(f"backward range {base!r} in weekday field {field!r}")
        days.update(day % 7 for day in range(low, high + 1, step))
    return ",".join(DAY_NAMES[day] for day in sorted(days))


def _day(token: str, field: str) -> int:
    token = token.lower()
    if token in DAY_NAMES:
        return DAY_NAMES.index(token)
    if token.isdigit() and int(token) <= 7:
        return int(token)
    raise ValueError(f"bad weekday {token!r} in {field!r}: use 0-7 (0 and 7 are Sunday) or sun-sat")
