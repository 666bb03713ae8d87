"""Standard crontab expressions translate to APScheduler fields with cron's weekday meaning (Sunday = 0 or 7)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger

from reporter.crontab import CronError, parse_crontab

UTC = ZoneInfo("UTC")


def fires(expr: str, start: datetime, n: int = 3) -> list[datetime]:
    trigger = CronTrigger(**parse_crontab(expr), timezone=UTC)
    out, prev, now = [], None, start
    for _ in range(n):
        fire = trigger.get_next_fire_time(prev, now)
        out.append(fire)
        prev = now = fire
    return out


@pytest.mark.parametrize("expr", ["0 6 * * 0", "0 6 * * 7", "0 6 * * sun", "@weekly"])
def test_sunday_spellings_fire_on_sunday(expr: str) -> None:
    # 2025-06-16 is a Monday; APScheduler alone would read "0" as Monday.
    for fire in fires(expr, datetime(2025, 6, 16, tzinfo=UTC)):
        assert fire.strftime("%A") == "Sunday"


def test_weekday_numbers_follow_cron() -> None:
    assert parse_crontab("0 6 * * 1-5")["day_of_week"] == "mon,tue,wed,thu,fri"
    assert parse_crontab("0 6 * * 5-7")["day_of_week"] == "fri,sat,sun"
    assert parse_crontab("0 6 * * 0,6")["day_of_week"] == "sun,sat"


def test_weekday_steps_count_from_sunday() -> None:
    days = {f.strftime("%a") for f in fires("0 6 * * */2", datetime(2025, 6, 16, tzinfo=UTC), 8)}
    assert days == {"Sun", "Tue", "Thu", "Sat"}


def test_six_fields_have_seconds_first() -> None:
    assert parse_crontab("*/5 * * * * *")["second"] == "*/5"
    assert "second" not in parse_crontab("0 6 * * *")
    first, second, _ = fires("*/5 * * * * *", datetime(2025, 6, 16, 0, 0, 1, tzinfo=UTC))
    assert (second - first).total_seconds() == 5


@pytest.mark.parametrize(
    "expr", ["0 6 * *", "60 6 * * *", "0 24 * * *", "0 6 * * 8", "0 6 * * 5-1", "*/0 * * * *"]
)
def test_invalid_expressions_are_refused(expr: str) -> None:
    with pytest.raises(CronError):
        parse_crontab(expr)
