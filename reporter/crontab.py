"""The one cron engine: standard crontab expressions on APScheduler 3's own CronTrigger.

It serves the scheduler (``reporter serve``), ``reporter status`` and the PDF header's "next
scheduled issue", so the three always agree. What it adds to APScheduler 3:

- **Weekday numbering**: APScheduler numbers weekdays from Monday=0, standard cron from Sunday=0
  (7 also Sunday); we hand APScheduler weekday *names*, which both agree on.
- **Day-of-month OR day-of-week** when both are restricted, as cron does (APScheduler ANDs them).
- **DST**: a fixed-hour job fires once on the day clocks fall back (APScheduler 3 fires it in both
  passes of the repeated hour); a wall time skipped by a spring change fires at
  the instant it would have been in the old offset (01:30 GMT -> 02:30 BST).

Only the trigger part of APScheduler is used here; the scheduler itself lives in
``reporter.service.scheduler``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

if TYPE_CHECKING:  # config imports this module to check expressions
    from reporter.config import ScheduleConfig

_TICK = timedelta(microseconds=1)

_FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("day_of_week", 0, 7))
_DOW_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ALIASES = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
}
_ITEM = re.compile(r"^(\*|[0-9a-z]+(?:-[0-9a-z]+)?)(?:/([0-9]+))?$")


class CronError(ValueError):
    """Not a valid standard crontab expression."""


def _value(token: str, name: str, low: int, high: int) -> int:
    if name == "day_of_week" and token in _DOW_NAMES:
        return _DOW_NAMES.index(token)
    if name == "month" and token in _MONTHS:
        return _MONTHS.index(token) + 1
    if not token.isdigit():
        raise CronError(f"{token!r} is not a valid {name.replace('_', ' ')}")
    number = int(token)
    if not low <= number <= high:
        raise CronError(f"{name.replace('_', ' ')} {number} is outside {low}-{high}")
    return number


def _translate_dow(item: str) -> str:
    """One day-of-week list item with numbers turned into names (ranges wrap correctly)."""
    match = _ITEM.match(item)
    assert match  # checked by the caller
    base, step = match.groups()
    if base == "*":
        # "*/2" means Sun, Tue, Thu, Sat in cron but Mon, Wed, Fri, Sun in APScheduler: spell it out.
        return item if step is None else ",".join(_DOW_NAMES[d] for d in range(0, 7, int(step)))
    if step is not None and "-" not in base:
        base = f"{base}-6"  # "1/2": from Monday on, every second day, as cron reads it
    if "-" in base:
        start, end = (_value(t, "day_of_week", 0, 7) for t in base.split("-"))
        if end < start:
            raise CronError(f"day of week range {base!r} runs backwards")
        days = list(range(start, end + 1))[:: int(step or 1)]
        return ",".join(_DOW_NAMES[d] for d in days)
    return _DOW_NAMES[_value(base, "day_of_week", 0, 7)]


def parse_crontab(expression: str) -> dict[str, str]:
    """Check a 5-field crontab (or @daily-style alias); return APScheduler CronTrigger fields.

    A 6-field expression has a leading seconds field; 5-field ones fire at second 0.
    """
    text = _ALIASES.get(expression.strip().lower(), expression.strip().lower())
    parts = text.split()
    specs = _FIELDS
    if len(parts) == 6:
        # A leading seconds field (as in Quartz and APScheduler): short schedules for tests and benchmarks.
        specs = (("second", 0, 59), *_FIELDS)
    elif len(parts) != 5:
        raise CronError(
            f"{expression!r} is not a valid cron expression (expected 5 fields, got {len(parts)})"
        )
    fields: dict[str, str] = {}
    for part, (name, low, high) in zip(parts, specs, strict=True):
        for item in part.split(","):
            match = _ITEM.match(item)
            if not match:
                raise CronError(f"{expression!r} is not a valid cron expression ({item!r} in {name})")
            base, step = match.groups()
            if step is not None and int(step) == 0:
                raise CronError(f"{expression!r} is not a valid cron expression (step 0 in {name})")
            if base != "*":
                try:
                    for token in base.split("-"):
                        _value(token, name, low, high)
                except CronError as exc:
                    raise CronError(f"{expression!r} is not a valid cron expression ({exc})") from None
        if name == "day_of_week":
            fields[name] = ",".join(_translate_dow(item) for item in part.split(","))
        else:
            fields[name] = part
    return fields


def after_instant(moment: datetime) -> datetime:
    """The instant just after ``moment``; in UTC because adding to a local time drops its DST fold."""
    return moment.astimezone(UTC) + _TICK


# --- triggers --------------------------------------------------------------------------------


class BriefTrigger(BaseTrigger):
    """A brief's schedule as an APScheduler trigger with standard crontab semantics."""

    def __init__(self, schedule: ScheduleConfig):
        self.schedule = schedule
        self.tz = ZoneInfo(schedule.timezone)
        fields = parse_crontab(schedule.cron)
        self._fixed_hour = not fields["hour"].startswith("*")
        if fields["day"] != "*" and fields["day_of_week"] != "*":
            # cron fires when EITHER day field matches; APScheduler requires both.
            self._triggers = (
                CronTrigger(**{**fields, "day_of_week": "*"}, timezone=self.tz),
                CronTrigger(**{**fields, "day": "*"}, timezone=self.tz),
            )
        else:
            self._triggers = (CronTrigger(**fields, timezone=self.tz),)

    def __str__(self) -> str:
        return f"cron[{self.schedule.cron} {self.schedule.timezone}]"

    def _is_repeat(self, moment: datetime) -> bool:
        """True for the second pass of a wall-clock time on a fall-back day (fixed-hour jobs)."""
        if not self._fixed_hour:
            return False
        local = moment.astimezone(self.tz)
        first, second = local.replace(fold=0), local.replace(fold=1)
        return first.utcoffset() != second.utcoffset() and local.utcoffset() == second.utcoffset()

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        start = now
        if previous_fire_time is not None:
            start = max(now.astimezone(UTC), after_instant(previous_fire_time))
        for _ in range(4):  # at most one repeat to step over per DST change
            candidates = [t for t in (trig.get_next_fire_time(None, start) for trig in self._triggers) if t]
            if not candidates:
                return None
            # Via UTC: a wall time inside a spring-forward gap becomes the real local time after it.
            fire = min(candidates).astimezone(UTC).astimezone(self.tz)
            if not self._is_repeat(fire):
                return fire
            start = after_instant(fire)
        return None  # pragma: no cover - needs four fall-backs in a row


def next_fire_time(schedule: ScheduleConfig, after: datetime) -> datetime | None:
    """The first fire time strictly after ``after`` (tz-aware)."""
    return BriefTrigger(schedule).get_next_fire_time(None, after_instant(after))


def previous_fire_time(schedule: ScheduleConfig, now: datetime, *, since: datetime) -> datetime | None:
    """The latest fire time in ``(since, now]``, found without walking every fire in between."""
    trigger = BriefTrigger(schedule)
    width = timedelta(seconds=1)
    while True:
        start = max(now.astimezone(UTC) - width, after_instant(since))
        fire = trigger.get_next_fire_time(None, start)
        if fire is not None and fire <= now:
            while True:
                later = trigger.get_next_fire_time(None, after_instant(fire))
                if later is None or later > now:
                    return fire
                fire = later
        if start <= after_instant(since):
            return None
        width *= 2
