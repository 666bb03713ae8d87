"""When a brief's next issue is due, from its crontab, for the header's "next scheduled issue".

A small evaluator of the fields ``reporter.crontab.parse_crontab`` produces, with APScheduler's
semantics (all fields must match), so the header agrees with the scheduler without importing
APScheduler here (``reporter.service.scheduler`` owns it, and nothing imports the scheduler).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from reporter.crontab import parse_crontab

_DOW = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _number(token: str, name: str) -> int:
    if name == "day_of_week" and token in _DOW:
        return _DOW.index(token)
    if name == "month" and token in _MONTHS:
        return _MONTHS.index(token) + 1
    return int(token)


def expand(spec: str, name: str, low: int, high: int) -> frozenset[int]:
    """'*/15', '8-18', 'mon,wed', '1-10/2' -> the set of values in [low, high]."""
    values: set[int] = set()
    for item in spec.split(","):
        base, _, step = item.partition("/")
        if base == "*":
            start, end = low, high
        elif "-" in base:
            a, b = base.split("-", 1)
            start, end = _number(a, name), _number(b, name)
        else:
            start = end = _number(base, name)
            if step:
                end = high
        values.update(range(start, end + 1, int(step or 1)))
    return frozenset(values)


def next_fire_time(cron: str, timezone: str, after: datetime, *, horizon_days: int = 400) -> datetime | None:
    """The first moment strictly after ``after`` that the crontab names (None beyond the horizon)."""
    fields = parse_crontab(cron)
    tz = ZoneInfo(timezone)
    seconds = sorted(expand(fields.get("second", "0"), "second", 0, 59))
    minutes = sorted(expand(fields["minute"], "minute", 0, 59))
    hours = sorted(expand(fields["hour"], "hour", 0, 23))
    days = expand(fields["day"], "day", 1, 31)
    months = expand(fields["month"], "month", 1, 12)
    weekdays = expand(fields["day_of_week"], "day_of_week", 0, 6)
    local = after.astimezone(tz)
    day = local.date()
    for _ in range(horizon_days):
        if day.day in days and day.month in months and day.weekday() in weekdays:
            for h in hours:
                for m in minutes:
                    for s in seconds:
                        moment = datetime(day.year, day.month, day.day, h, m, s, tzinfo=tz)
                        if moment > local:
                            return moment.astimezone(after.tzinfo)
        day += timedelta(days=1)
    return None
