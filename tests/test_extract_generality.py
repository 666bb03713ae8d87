"""General language rules of dates, places, posture and milestones, on short sentences of our own.

Incident mechanisms (frames, modifiers, patterns, tolls, threat speakers) are in
test_extract_mechanisms.py, test_extract_frames.py and test_extract_linking.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import infer_published


def test_dateline_with_two_cities():
    """A dateline naming two cities split by a slash still gives the date."""
    text = "NAIROBI / LONDON, 3 March 2025 — Gunmen attacked a village in the north, officials said."
    assert infer_published(text) == date(2025, 3, 3)


def test_weekday_with_bracketed_month_day():
    """'on Tuesday (Dec 2)' anchors the date, the year taken from the years in the text."""
    text = "Two soldiers were killed on Tuesday (Dec 2) in a roadside blast. Attacks rose in 2025."
    assert infer_published(text) == date(2025, 12, 2)


def test_weekday_month_day_without_any_year():
    """Without any year, the weekday picks the latest fitting year not after today."""
    got = infer_published("A mortar hit the base on Friday, March 7, police said.")
    assert got is not None and got.weekday() == 4 and (got.month, got.day) == (3, 7)
    assert got <= date.today()


def _posture(ex, text):
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("France, which once led the mission in Mali, still keeps about 1,000 soldiers in Chad.", ("France", "Chad", 1000)),
        ("Spain, which leads the NATO battlegroup in Latvia with some 600 troops, said it would stay.", ("Spain", "Latvia", 600)),
        ("Germany, Lithuania's closest ally, has roughly 4,800 troops in Lithuania.", ("Germany", "Lithuania", 4800)),
        ("The UN peacekeeping mission, UNMISS, has some 14,000 uniformed personnel in South Sudan.", ("UNMISS", "South Sudan", 14000)),
    ],
)
def test_subject_skips_asides(ex, text, expected):
    """A name inside a relative clause or appositive is not the subject that holds the troops."""
    assert _posture(ex, text) == [expected]


def test_strong_unit_with_several_modifiers(ex):
    """'the 1,500-strong British mechanised infantry battalion' still counts."""
    got = _posture(ex, "In Estonia, the 1,500-strong British mechanised infantry battalion was inspected.")
    assert got == [("United Kingdom", "Estonia", 1500)]


def test_africa_corps_is_a_russian_force(ex):
    """Russia's Africa Corps is reported as Russia, not as the Wagner Group it replaced."""
    got = _posture(ex, "The Africa Corps, which replaced the Wagner mercenaries, has about 1,000 personnel in Niger.")
    assert got == [("Russia", "Niger", 1000)]


def test_in_the_country_refers_to_the_last_host(ex):
    """'in the country' takes the host country of the posture stated just before."""
    got = _posture(ex, "Turkey has some 3,000 soldiers in Qatar. Washington has fewer than 500 troops in the country.")
    assert got == [("Turkey", "Qatar", 3000), ("United States", "Qatar", 500)]


def test_overnight_into_a_weekday(ex):
    """'overnight into Monday' is the night from Sunday to Monday."""
    text = "Polish jets shot down two Russian drones over Lublin overnight into Monday, the army said."
    facts = ex.extract(text, id="p", published=date(2026, 2, 10))
    assert [i.date for i in facts.incidents] == ["2026-02-08/2026-02-09"]


def test_dateline_naming_two_cities_is_not_text(ex):
    """'GOMA / NAIROBI, 3 May 2025 —' is a dateline: its cities are where the story was filed."""
    from reporter.extract.document import Document

    art = Document.read("GOMA / NAIROBI, 3 May 2025 — Rebels shelled Sake.", date(2025, 5, 3), ex.lexicon)
    assert art.datelines and art.in_dateline(0) and not art.in_dateline(art.text.index("Rebels"))


def test_unknown_place_names_with_non_ascii_letters(ex):
    """A place no gazetteer knows keeps its accented and Central European letters whole."""
    text = "Artillery shelled the village of Łężyca near Zielona Góra on Monday, killing two soldiers."
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [i.location for i in facts.incidents] == ["Łężyca near Zielona Góra"]


def test_unplaced_event_takes_the_scene_set_just_before(ex):
    """An unplaced event takes the place the sentence just before names, not the last incident's place."""
    text = (
        "A drone strike hit a market in Kherson on Monday. Sirens sounded in Sderot near the Gaza border. "
        "Two rockets were fired from the Gaza Strip."
    )
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [(i.type, i.location) for i in facts.incidents] == [
        ("drone_attack", "Kherson"),
        ("rocket_attack", "Sderot"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A drone hit a fuel depot in the village of Dubki, 30 km north of Belgorod, on Monday.", "Dubki"),
        ("In the Kursk region south-west of Moscow, a drone hit a substation on Monday.", "Kursk region"),
        ("On Monday a missile struck a Liberia-flagged tanker 60 nautical miles east of Aden.", "60 nautical miles east of Aden"),
    ],
)
def test_reference_points_and_flag_states_are_not_the_scene(ex, text, expected):
    """'N km north of X' only locates the scene unless nothing else is named; 'Liberia-flagged' is no place."""
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    assert [i.location for i in facts.incidents] == [expected]


def _milestones(ex, text):
    facts = ex.extract(text, id="p", published=date(2025, 6, 18))
    return [m.due for m in facts.milestones]


def test_milestone_due_during_a_year(ex):
    """'are to leave during 2027' is due in 2027."""
    assert _milestones(ex, "Under the plan, the blue helmets are to leave during 2027.") == ["2027"]


def test_milestone_doubling_a_presence_within_months(ex):
    """'would double its presence ... within 12 months' is a milestone counted from publication (18 June 2025)."""
    text = "Germany, which leads the battlegroup, said it would double its presence in Lithuania within 12 months."
    assert _milestones(ex, text) == ["2026-06-18"]
