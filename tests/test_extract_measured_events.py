"""An event measured against others ("the bloodiest assault on the force in recent months", "the worst
attack in the region since a truck bomb killed nine in 2022"): the comparison tells no pattern, and the
earlier event it names after "since" is one of its own, with its own day, place and toll; and the places
such stories name again by their kind ("the city", "the same neighbourhood")."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

DAY = date(2025, 3, 10)


def _read(ex: Extractor, text: str) -> list[tuple]:
    facts = ex.extract(text.replace(" || ", "\n\n"), id="x", published=DAY)
    return [(i.type, i.date, i.location, i.casualties.killed) for i in facts.incidents]


def test_recent_span_of_a_superlative_is_no_pattern(ex):
    """ "in recent months" after "the bloodiest assault": the span the one event is measured against."""
    text = (
        "A roadside bomb killed eight police officers on a highway outside Mosul on Monday, the bloodiest assault "
        "on the force in recent months. || Officials blamed militants."
    )
    assert ("explosion", "2025-03-10", "Mosul", 8) in _read(ex, text)


def test_recent_span_of_a_kind_of_raid_is_no_pattern(ex):
    """ "in the sort of raid that has grown uncommon in recent years" says what kind the one event was."""
    text = (
        "Three guards were shot dead outside a bank in Nablus on Monday, in the sort of raid that has grown "
        "uncommon in recent years. || Police said the attackers were militants and fled."
    )
    assert ("armed_clash", "2025-03-10", "Nablus", 3) in _read(ex, text)


def test_campaign_the_event_steps_up_is_no_pattern(ex):
    """ ", escalating strikes it says protect the border": the campaign grows by the one strike told."""
    for text, typ in (
        ("Jets struck an arms depot in central Hama on Monday and hit a barracks nearby, escalating strikes "
         "the army says protect the border villages. Medics said three people were killed.", "air_strike"),
        ("Rebels shelled a market in Hama on Monday, intensifying attacks on the city. Medics said three "
         "people were killed.", "shelling"),
    ):
        assert (typ, "2025-03-10", "Hama", 3) in _read(ex, text)


def test_stepped_up_campaign_alone_stays_a_pattern(ex):
    """Near miss: strikes told as stepped up over weeks, with no one strike of a day, are no event."""
    for text in (
        "The army is escalating strikes on rebel positions around Hama. || Medics said the clinics are full.",
        "Jets have bombed depots around Hama for weeks, escalating strikes on the rebels. || Medics said the "
        "clinics are full.",
    ):
        assert _read(ex, text) == []


def test_recent_span_of_many_events_stays_a_pattern(ex):
    """A class of events told over recent years is still no event (near miss: no one event is measured)."""
    for text in (
        "Roadside bombs have killed scores of police officers around Mosul in recent years. || Officials blamed militants.",
        "The militia, the largest armed faction in the province, has killed scores of farmers in recent years. "
        "|| Officials said militants hold the area.",
    ):
        assert _read(ex, text) == []


def test_event_after_since_of_a_superlative_is_its_own(ex):
    """ "the worst attack in the region since a truck bomb killed nine dockers in X in March 2022": the truck
    bomb is an earlier event of its own month and place, not news of the report's day."""
    text = (
        "Militants killed four guards at a checkpoint in Haifa on Monday. || The raid was the worst attack in the "
        "region since a truck bomb killed nine dockers in Acre in March 2022."
    )
    found = _read(ex, text)
    assert ("armed_clash", "2025-03-10", "Haifa", 4) in found
    assert ("explosion", "2022-03-01/2022-03-31", "Acre", 9) in found
    assert not any(d == "2025-03-10" and k == 9 for _, d, _, k in found)


def test_toll_after_since_of_a_superlative_is_not_the_reference(ex):
    """ "The shooting was the bloodiest assault since nine were killed at X": the nine are the earlier event's
    dead; the shooting referred to stays the one told, with no second event on its day."""
    text = (
        "Gunmen killed four guards at a checkpoint in Haifa on Monday. || The shooting was the bloodiest assault "
        "in the city since nine worshippers were killed at a mosque in Jenin in March 2022."
    )
    found = _read(ex, text)
    assert ("armed_clash", "2025-03-10", "Haifa", 4) in found
    assert not any(d == "2025-03-10" and k == 9 for _, d, _, k in found)


def test_since_without_a_measure_keeps_its_clause(ex):
    """Near miss: "since" after no superlative or kind ("has shelled the valley every week since rebels
    captured it") opens no event of its own; the habit stays a habit."""
    text = "The army has shelled the valley every week since rebels captured it in April. || Officials said militants hold the area."
    assert _read(ex, text) == []


def test_event_after_since_of_a_first_time_is_its_own(ex):
    """ "This is the first time X has ... since gunmen raided Y on May 4": a first measures the
    news against the earlier event, which is one of its own, with its own day, place and toll, however long
    the clause between "first time" and "since"."""
    text = (
        "Rebels fired rockets at an army depot outside Kharkiv on Monday. || This is the first time the U.S. has "
        "blamed the rebels for an attack on a depot since gunmen carried out a deadly May 4 raid on several "
        "villages near Sumy that killed 30 people."
    )
    found = _read(ex, text)
    assert ("armed_clash", "2024-05-04", "Sumy", 30) in found
    assert not any(d == "2025-03-10" and k == 30 for _, d, _, k in found)


def test_since_after_first_time_without_an_event_opens_none(ex):
    """Near miss: "the first time since" a date or a noun ("since the truce", "since 2019") opens no event."""
    text = (
        "Rebels fired rockets at an army depot outside Kharkiv on Monday. || This is the first time the depot "
        "has been hit since the truce of 2019, officials said."
    )
    found = _read(ex, text)
    assert len(found) == 1 and found[0][1] == "2025-03-10"


def test_toll_after_since_of_a_superlative_is_an_event_of_the_measures_kind(ex):
    """ "the deadliest attack on the town since five people died at a mosque in January 2023": the toll
    after "since" tells the earlier event measured against, an attack (a bombing for "the deadliest
    bombing"), at the city the measure names when its own spot is only "a nearby neighborhood"."""
    lead = "Six people were shot dead at a bus stop in Haifa on Monday. || "
    found = _read(ex, lead + "The gunfire was the deadliest attack on the town since five people were killed at a "
                  "mosque in Acre in January 2023.")
    assert ("armed_clash", "2023-01-01/2023-01-31", "Acre", 5) in found
    found = _read(ex, lead + "The gunfire was the deadliest attack on the town since five people were killed at a "
                  "mosque in a nearby district in January 2023.")
    assert ("armed_clash", "2023-01-01/2023-01-31", "Haifa", 5) in found
    found = _read(ex, "A car bomb killed six people in Haifa on Monday. || The blast was the deadliest bombing in the "
                  "town since five people were killed at a mosque in Acre in January 2023.")
    assert ("explosion", "2023-01-01/2023-01-31", "Acre", 5) in found


def test_toll_after_since_with_no_measure_is_no_event(ex):
    """Near miss: "came weeks after five people were killed at a mosque" measures nothing; the bare toll is
    no event of its own."""
    found = _read(ex, "Six people were shot dead at a bus stop in Haifa on Monday. || The shooting came a year "
                  "since five people were killed at a mosque in Acre in January 2024.")
    assert not any(k == 5 for *_, k in found)


def test_the_city_names_a_city_not_a_phrase_holding_one(ex):
    """ "the city" names again the last place whose own name is a city: "Galilee villages near Nazareth"
    names villages, with the city only as their reference point."""
    text = (
        "Militants killed four guards at a checkpoint in Haifa on Monday. || The raid triggered army sweeps on "
        "Galilee villages near Nazareth. || On Wednesday a car bomb went off in the city, wounding three."
    )
    assert [loc for _, d, loc, _ in _read(ex, text) if d == "2025-03-05"] == ["Haifa"]
    # near miss: a city named by its own name is the one "the city" names again
    text = text.replace("Galilee villages near Nazareth", "Nazareth and nearby villages")
    assert [loc for _, d, loc, _ in _read(ex, text) if d == "2025-03-05"] == ["Nazareth"]


def test_the_same_neighbourhood_is_the_spot_named_before(ex):
    """ "near a kiosk in the same neighbourhood" names again the spot the sentence before named (in the town
    that sentence names), not the fighting a phrase after it tells as the backdrop."""
    text = (
        "Militants killed four guards at a checkpoint in Haifa on Monday. || It took place at Carmel Gate, a "
        "district in the south of Haifa. || Two guards were shot dead near a kiosk in the same neighbourhood in "
        "May 2022, during the fighting in Gaza."
    )
    earlier = [(loc, k) for _, d, loc, k in _read(ex, text) if d == "2022-05-01/2022-05-31"]
    assert earlier == [("Carmel Gate, Haifa", 2)]
    # near miss: a spot named by its own town is that town
    text = text.replace("in the same neighbourhood", "in Acre")
    assert [loc for _, d, loc, _ in _read(ex, text) if d == "2022-05-01/2022-05-31"] == ["Acre"]


def test_undated_page_yearless_day_takes_the_year_its_event_is_measured_in(ex):
    """On a page with no date, "on Oct. 9" has no year of its own; "the deadliest strike on civilians in
    2022" measures the event within that year, which fixes it."""
    text = (
        "Russian troops fired a missile at a cafe in the village of Kupiansk on Oct. 9, killing 20 people, the "
        "governor said.\n\nIt was the deadliest Russian strike on civilians in 2022, officials said."
    )
    facts = ex.extract(text, id="x", fetched=date(2026, 12, 1))
    assert [(i.type, i.date) for i in facts.incidents] == [("missile_attack", "2022-10-09")]
    # near misses: a year told of something else, or as a start ("since 2022"), fixes nothing
    for other in ("The village was retaken by Ukrainian forces in 2022.", "It was the deadliest Russian strike on civilians since 2022."):
        facts = ex.extract(text.split("\n\n")[0] + "\n\n" + other, id="x", fetched=date(2026, 12, 1))
        assert [(i.type, i.date) for i in facts.incidents] == [("missile_attack", None)]


@pytest.mark.parametrize(
    "measure",
    [
        "one of the worst attacks in the country since May 2021",
        "the deadliest bombing in the province since last October",
        "the bloodiest attacks on civilians in the region since Oct. 7, 2023",
    ],
)
def test_a_since_stretch_after_a_measure_dates_no_event(ex, measure):
    """ "Five were killed in a bombing at X, one of the worst attacks since May 2021": the stretch after
    "since" is the one the event is measured over, no day of its own; the event told with no day is news
    of the report's days, with its toll (it had been dated to the stretch and dropped)."""
    text = f"Five shoppers were killed in a bombing at a market in Kandahar, {measure}."
    assert _read(ex, text) == [("explosion", "2025-03-09/2025-03-10", "Kandahar", 5)]


def test_a_since_stretch_after_a_measure_leaves_the_events_own_day(ex):
    """Control: the day the event is told with stays its day, and a "since" that opens the event's own
    stretch ("have raged since Monday") still dates it."""
    text = (
        "Five shoppers were killed in a bombing at a market in Kandahar on Monday, one of the worst "
        "attacks in the country since May 2021."
    )
    assert _read(ex, text) == [("explosion", "2025-03-10", "Kandahar", 5)]
    raged = _read(ex, "Clashes have raged around Gao since Monday, killing four soldiers.")
    assert raged == [("armed_clash", "2025-03-10", "Gao", 4)]
