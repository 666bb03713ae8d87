"""A live-blog entry headed by a clock and a short title ("13:05 GMT - Sirens sound in the north") tells of the
day the page is posted, as an entry whose own paragraph opens with the clock does, even where its event is
told after "after"; an entry that tells its own day keeps it."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 6, 5)
HEAD = (
    "Live: strikes across the border\nUpdated 14:32 GMT\n\n14:32 GMT - Drone strike in the south\n"
    "An Israeli drone struck a car near Bint Jbeil, killing two people, the health ministry said.\n\n"
)


def dated(ex, text: str) -> list[tuple[str, str]]:
    facts = ex.extract(HEAD + text, id="x", published=PUBLISHED)
    return [(str(i.date), i.type) for i in facts.incidents if i.type != "drone_attack"]


def test_an_entry_under_a_stamped_heading_is_of_the_page_day(ex):
    text = (
        "13:05 GMT - Sirens sound in the north\n"
        "Sirens sounded in Kiryat Shmona after Hezbollah fired about 20 rockets towards the Galilee, the army said.\n"
    )
    assert dated(ex, text) == [("2025-06-05", "rocket_attack")]


def test_an_entry_that_tells_its_own_day_keeps_it(ex):
    text = (
        "13:05 GMT - Sirens sound in the north\n"
        "Yesterday, Hezbollah fired about 20 rockets towards the Galilee, the army said.\n"
    )
    assert dated(ex, text) == [("2025-06-04", "rocket_attack")]
