"""Two events told in one sentence, joined by "and": the second, an event noun with a time of its own, after a
first told with its own time, is an event of its own (its own month, place and toll).

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

DAY = date(2025, 3, 10)


def _read(ex: Extractor, text: str) -> list[tuple]:
    facts = ex.extract(text, id="x", published=DAY)
    return [(i.type, i.date, i.location, i.casualties.killed) for i in facts.incidents]


def test_event_noun_after_and_with_its_own_month_is_a_second_event(ex):
    text = (
        "Gunmen killed 21 people at the Sahafi hotel in Mogadishu in August and an attack on a hotel in Kismayo "
        "in October killed 11 people."
    )
    found = _read(ex, text)
    assert ("armed_clash", "2024-08-01/2024-08-31", "Sahafi, Mogadishu", 21) in found
    assert ("armed_clash", "2024-10-01/2024-10-31", "Kismayo", 11) in found


def test_event_noun_after_and_in_a_siege_clause_is_a_second_event(ex):
    text = (
        "The gunmen in August killed 19 people at the Lido hotel in a day-long siege and an "
        "attack on the Palm Hotel in the port city of Kismayo in October left 9 dead."
    )
    places = {(d, loc) for _, d, loc, _ in _read(ex, text)}
    assert ("2024-10-01/2024-10-31", "Palm Hotel, Kismayo") in places
    assert any(d == "2024-08-01/2024-08-31" for d, _ in places)


def test_event_noun_after_and_without_a_first_time_stays_one(ex):
    """Near miss: no time told before "and", so nothing parts the two (one event, the clause's date)."""
    text = (
        "Gunmen killed 21 people at the Sahafi hotel in Mogadishu and an attack on a hotel in Kismayo killed 11 "
        "people in October."
    )
    assert len(_read(ex, text)) == 1


def test_a_phase_after_and_with_no_event_noun_stays_one(ex):
    """Near miss: "and the siege lasted until September" names no new attack (siege is no event noun here)."""
    text = "Gunmen stormed the Sahafi hotel in Mogadishu in August and the siege lasted until September."
    assert len(_read(ex, text)) == 1


def test_one_more_victim_told_by_an_ordinal_is_the_same_toll(ex):
    """ "three were shot dead ...; a fourth man was shot dead by a guard": one more of the event's victims."""
    text = (
        "Three people were shot dead at a bus stop in Haifa on Monday by two gunmen; a fourth man was killed by "
        "a guard who took him for one of them."
    )
    assert _read(ex, text) == [("armed_clash", "2025-03-10", "Haifa", 3)]


def test_a_second_attack_after_a_toll_stays_its_own(ex):
    """Near miss: "a second attack" is an event word, not one more victim."""
    text = (
        "Three people were shot dead at a bus stop in Haifa on Monday by two gunmen; a second attack killed two "
        "people in Acre on Sunday."
    )
    assert len(_read(ex, text)) == 2


def test_attacks_on_the_airports_in_two_towns_are_one_each(ex):
    """ "mounted drone attacks on the airports in A and B": attacks in the plural on sites of one kind, each in
    its own town, are an attack on each."""
    text = "The rebels mounted drone attacks on the airports in Najran and Jizan on Sunday, their spokesman said."
    places = sorted(loc for _, _, loc, _ in _read(ex, text))
    assert places == ["Jizan", "Najran"]


def test_one_attack_or_depots_in_two_towns_stay_one_operation(ex):
    """Near misses: one attack on the airports, or strikes on depots, in two towns of one country stay one
    operation (GUIDE: one required item, the sites optional)."""
    for text in (
        "The rebels mounted a drone attack on the airports in Najran and Jizan on Sunday, their spokesman said.",
        "Drones hit fuel depots in Najran and Jizan on Sunday, a rebel spokesman said.",
    ):
        assert len(_read(ex, text)) == 1
