"""Standard crontab expressions translate to APScheduler fields with cron's weekday meaning (Sunday = 0 or 7)."""

from __future__ import annotations

from datetime import datetime, timedelta
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


# (cron, zone, after, the next fire as cron reads it): day-of-month OR day-of-week, Sunday = 0/7, DST.
NEXT_FIRE_CASES = [
    ("0 6 1 * 1", "UTC", datetime(2025, 6, 10, 12, tzinfo=UTC), datetime(2025, 6, 16, 6, tzinfo=UTC)),
    ("0 6 1 * 1", "UTC", datetime(2025, 6, 28, tzinfo=UTC), datetime(2025, 6, 30, 6, tzinfo=UTC)),
    ("0 6 15 * 0", "UTC", datetime(2025, 6, 10, tzinfo=UTC), datetime(2025, 6, 15, 6, tzinfo=UTC)),
    ("0 6 * * 7", "UTC", datetime(2025, 6, 16, tzinfo=UTC), datetime(2025, 6, 22, 6, tzinfo=UTC)),
    (
        "30 1 * * *",
        "Europe/London",
        datetime(2025, 3, 30, 0, 0, tzinfo=UTC),
        datetime(2025, 3, 30, 1, 30, tzinfo=UTC),
    ),  # 01:30 local falls in the spring gap: 02:30 BST
    ("0 6 * * *", "Asia/Baghdad", datetime(2025, 6, 20, 3, tzinfo=UTC), datetime(2025, 6, 21, 3, tzinfo=UTC)),
]


@pytest.mark.parametrize(("cron", "zone", "after", "expected"), NEXT_FIRE_CASES)
def test_header_scheduler_and_status_agree(cron: str, zone: str, after: datetime, expected: datetime) -> None:
    """The PDF header's next issue, the scheduler's trigger and `status` give cron's next fire time."""
    from reporter.brief.build import next_issue
    from reporter.config import BriefConfig, ScheduleConfig
    from reporter.crontab import BriefTrigger, next_fire_time

    schedule = ScheduleConfig(cron=cron, timezone=zone)
    brief = BriefConfig(id="b", title="B", schedule=schedule)
    header = next_issue(brief, after)
    scheduler = BriefTrigger(schedule).get_next_fire_time(None, after + timedelta(microseconds=1))
    status = next_fire_time(schedule, after)
    assert header == scheduler == status
    assert header.astimezone(UTC) == expected
