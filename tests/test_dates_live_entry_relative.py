"""A relative day or weekday told in a live blog's entry counts from the day of the entry's stamp ("Tuesday
11 March, 09:12 GMT"), not from the page's: the page is the latest entry's day, the entries below are older."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 3, 13)  # a Thursday

BLOG = """Ukraine war live: talks to resume next week

Wednesday 12 March, 18:05 GMT
Ukraine's air force said a Russian drone hit a school in Sumy overnight, wounding two guards.

Tuesday 11 March, 09:12 GMT
Overnight, Russian drones hit port facilities in Odesa, injuring three dock workers, the governor said.

Monday 10 March, 21:30 GMT
Earlier today, a Russian missile struck an apartment block in Kryvyi Rih, killing four people, officials said.
"""


def dated(ex, text: str, published: date = PUBLISHED) -> dict[str, str]:
    facts = ex.extract(text, id="x", published=published)
    return {i.location: str(i.date) for i in facts.incidents}


def test_each_entry_counts_from_its_own_stamp(ex):
    got = dated(ex, BLOG)
    assert got["Odesa"] == "2025-03-10/2025-03-11"
    assert got["Kryvyi Rih"] == "2025-03-10"
    assert got["Sumy"] == "2025-03-11/2025-03-12"


def test_entries_stamped_with_the_page_day_stay_as_they_were(ex):
    text = (
        "Ukraine war live\n\nThursday 13 March, 10:05 GMT\n"
        "Overnight, Russian drones hit port facilities in Odesa, injuring three dock workers, the governor said.\n"
    )
    assert dated(ex, text) == {"Odesa": "2025-03-12/2025-03-13"}


def test_a_day_told_in_prose_stamps_no_entry(ex):
    text = (
        "KYIV, Ukraine - Talks held in Riyadh on Tuesday 11 March at 09:12 GMT ended without a deal.\n\n"
        "Overnight, Russian drones hit port facilities in Odesa, injuring three dock workers, the governor said."
    )
    assert dated(ex, text)["Odesa"] == "2025-03-12/2025-03-13"


def test_a_stamp_with_its_clock_before_its_day_heads_an_entry(ex):
    text = (
        "Gaza live: talks stall\n\nPosted at 09:12 GMT on 11 March\n"
        "Overnight, Israeli strikes hit a school in Jabalia, killing eight people, the civil defence agency said.\n\n"
        "Posted at 21:30 GMT on 10 March\n"
        "Earlier today, an Israeli drone struck a car in Khan Younis, killing two men, medics said.\n"
    )
    assert dated(ex, text) == {"Jabalia": "2025-03-10/2025-03-11", "Khan Younis": "2025-03-10"}
