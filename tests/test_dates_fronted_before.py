"""A sentence that opens with "N days before <event> on <day>," tells a second event of its own, dated that
many days back from the day of the first (as "N days after" counts on)."""

import datetime

JUNE_4 = datetime.date(2025, 6, 4)  # a Wednesday


def _typed_days(ex, text):
    facts = ex.extract(text, id="t", published=JUNE_4)
    return sorted((i.type, i.date) for i in facts.incidents)


def test_days_before_opening_dates_the_main_clause_back(ex):
    text = "Two days before gunmen stormed a police station in Kherson on Tuesday, a bomb exploded outside it."
    assert _typed_days(ex, text) == [("armed_clash", "2025-06-03"), ("explosion", "2025-06-01")]


def test_week_before_opening_rewording(ex):
    text = "A week before rebels shelled the market in Goma on Friday, a car bomb went off near the port."
    assert ("explosion", "2025-05-23") in _typed_days(ex, text)


def test_days_after_opening_still_counts_on(ex):
    text = "Two days after gunmen stormed a police station in Kherson on Tuesday, a bomb exploded outside it."
    assert _typed_days(ex, text) == [("armed_clash", "2025-06-03"), ("explosion", "2025-06-05")]


def test_lone_before_opens_no_clause(ex):
    # near miss: "before dawn" is a time of the one event, not a second event
    text = "Gunmen stormed a police station in Kherson before dawn on Tuesday, killing two officers."
    assert _typed_days(ex, text) == [("armed_clash", "2025-06-03")]
