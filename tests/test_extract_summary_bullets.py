"""A summary's bullets under a live page's title ("Key points", then "- Rebels shelled X") are list items, not
titles: each tells its event though it opens the text and has no closing stop."""

from __future__ import annotations

from datetime import date

PAGE = (
    "Sahel live: army repels raid on garrison\n\n"
    "Key points\n"
    "{mark}Gunmen attacked an army post in Djibo on Tuesday, killing nine soldiers\n"
    "{mark}Drones struck a rebel convoy near Kidal overnight\n\n"
    "10:15 GMT\n"
    "The governor said the town was calm by mid-morning.\n"
)


def _places(ex, mark):
    facts = ex.extract(PAGE.format(mark=mark), id="x", published=date(2025, 5, 14))
    return sorted(i.location for i in facts.incidents)


def test_each_bullet_of_a_summary_tells_its_event(ex):
    assert _places(ex, "- ") == ["Djibo", "Kidal"]
    assert _places(ex, "• ") == ["Djibo", "Kidal"]


def test_a_bullet_keeps_its_toll(ex):
    facts = ex.extract(PAGE.format(mark="- "), id="x", published=date(2025, 5, 14))
    djibo = next(i for i in facts.incidents if i.location == "Djibo")
    assert djibo.casualties.killed == 9


def test_a_title_over_its_body_stays_a_title(ex):
    # (control) an unmarked line opening the text is a title: its event is the body's, not a second one
    text = "Gunmen kill nine in Djibo\n\nGunmen attacked an army post in Djibo on Tuesday, killing nine soldiers.\n"
    facts = ex.extract(text, id="x", published=date(2025, 5, 14))
    assert [(i.location, i.date) for i in facts.incidents] == [("Djibo", "2025-05-13")]
