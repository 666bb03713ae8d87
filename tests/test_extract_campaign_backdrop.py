"""An air campaign told going on in a clause of time ("as Moscow pressed its air campaign against the
cities") beside an event its sentence already told is that event's backdrop, no event of its own. Alone
beside a toll it is what the toll's dead were killed in, and a campaign launched is an event."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

EX = Extractor()


def _types(text):
    return [(i.type, i.location) for i in EX.extract(text, id="t", published=date(2026, 2, 15)).incidents]


def test_a_campaign_going_on_beside_a_strike_is_its_backdrop():
    text = (
        "A drone hit a power substation in Sumy overnight, the regional governor said, as Russia pressed on "
        "with its air campaign against Ukrainian cities."
    )
    assert _types(text) == [("drone_attack", "Sumy")]


def test_a_campaign_going_on_is_backdrop_after_a_raid_too():
    text = "A shell struck a school in Marjayoun on Monday, killing two, while Israel continued its bombing campaign across Lebanon."
    assert [t for t, _ in _types(text)] == ["shelling"]


def test_a_toll_killed_in_a_campaign_going_on_stays_an_event():
    """Near miss: no event told before the campaign: the toll's dead were killed in it."""
    text = "Four people were killed in Khan Younis on Monday as Israel kept up its bombing campaign in the south."
    assert [t for t, _ in _types(text)] == ["air_strike"]
