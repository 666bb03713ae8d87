"""A live blog heads each day's clock-stamped entries with the day alone ("Tuesday 4 March 2025" over "08:10
GMT"): the top heading is the page's day (not a site's "today" above an older story's date line), and an
entry is dated by the heading above it. A bare date line over a headline and an older dated line stays the
site's "today"."""

from __future__ import annotations

from reporter.extract import infer_published

BLOG = """Ukraine war live: latest updates

Tuesday 4 March 2025

08:10 GMT
Russian drones struck the port of Izmail overnight, injuring three people, the regional governor said.

Monday 3 March 2025

22:45 GMT
A missile hit a hotel in Kryvyi Rih, killing four people, officials said.
"""

SITE_TODAY = """Tuesday 4 March 2025

Home | World | Business

Rebels shell town in the east

Monday 3 March 2025

Rebels shelled the town of Rutshuru on Sunday, killing three people, officials said.
"""


def test_the_latest_day_heading_is_the_page_day():
    assert str(infer_published(BLOG)) == "2025-03-04"


def test_each_entry_takes_its_day_heading(ex):
    facts = ex.extract(BLOG, id="x")
    assert [(str(i.date), i.location) for i in facts.incidents] == [
        ("2025-03-03/2025-03-04", "Izmail"),
        ("2025-03-03", "Kryvyi Rih"),
    ]


def test_a_site_today_line_yields_to_the_story_date():
    assert str(infer_published(SITE_TODAY)) == "2025-03-03"
