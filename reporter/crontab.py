"""Standard crontab expressions, checked and translated for APScheduler 3.

APScheduler 3 numbers weekdays from Monday=0, standard cron from Sunday=0 (7 also Sunday).
We accept standard crontab semantics and hand APScheduler weekday *names*, which both agree on.
"""

from __future__ import annotations

import re

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
