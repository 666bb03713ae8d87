"""One-sentence reports of common kinds give the incident an analyst would record (type, place, date)."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli warplanes struck Hezbollah positions in the Bekaa Valley on Thursday, killing three fighters.",
         [("air_strike", "Bekaa Valley", "2025-06-19")]),
        ("Hamas fighters fired a barrage of rockets at Ashkelon on Wednesday; most were intercepted by Iron Dome.",
         [("rocket_attack", "Ashkelon", "2025-06-18"), ("interception", "Ashkelon", "2025-06-18")]),
        ("A Russian glide bomb hit a supermarket in Kharkiv on Tuesday, killing seven people and injuring 20.",
         [("air_strike", "Kharkiv", "2025-06-17")]),
        ("Ukrainian drones attacked an oil refinery in Russia's Krasnodar region overnight, causing a fire.",
         [("drone_attack", "Krasnodar region", "2025-06-19/2025-06-20")]),
        ("Russia's defence ministry said air defence units destroyed 41 Ukrainian drones overnight.",
         [("interception", "Russia", "2025-06-19/2025-06-20")]),
        ("Two Israeli soldiers were killed in fighting in the northern Gaza Strip on Wednesday, the military said.",
         [("armed_clash", "Gaza Strip", "2025-06-18")]),
        ("U.S. Central Command said its forces struck a Houthi radar site near Hodeidah on Thursday.",
         [("air_strike", "Hodeidah", "2025-06-19")]),
        ("An improvised explosive device exploded near a military convoy in Syria's Daraa province on Tuesday.",
         [("explosion", "Daraa province", "2025-06-17")]),
        ("Iran vowed on Thursday to retaliate against any Israeli attack on its nuclear facilities.",
         [("threat_statement", "Iran", "2025-06-19")]),
        ("Israel intercepted a missile fired from Yemen on Thursday night, the military said.",
         [("interception", "Israel", "2025-06-19")]),
        ("Seven IRGC officers died in the strike on Iran's consulate in Damascus on April 1.",
         [("air_strike", "Damascus", "2025-04-01")]),
        ("A car bomb exploded outside a police station in Mogadishu's Hodan district on Sunday, killing five.",
         [("explosion", "Hodan district, Mogadishu", "2025-06-15")]),
        # a report's lead event with no day in the text is news of the day before the report or of its day
        ("Pakistani security forces killed 11 militants in North Waziristan in an intelligence-based operation.",
         [("armed_clash", "North Waziristan", "2025-06-19/2025-06-20")]),
        ("Israeli strikes hit Gaza City, Khan Younis and Rafah, killing 40 people, officials said.",
         [("air_strike", "Gaza City", "2025-06-19/2025-06-20")]),
        # ... while a background event further on stays undated unless the text dates it
        ("Militants ambushed an army patrol near Tikrit, killing one soldier, police said.\n\n"
         "The group has repeatedly attacked security forces in the province. Its fighters once stormed a prison "
         "in Baquba, freeing dozens of inmates.",
         [("armed_clash", "Tikrit", "2025-06-19/2025-06-20"), ("armed_clash", "Baquba", None)]),
        # a day still to come, told in the sentence before an event, is not that event's day
        ("Israeli jets struck Tyre on Thursday, the army said.\n\nTruce talks are set to resume on Monday, "
         "officials said. A drone was shot down over Nahariya.",
         [("air_strike", "Tyre", "2025-06-19"), ("interception", "Nahariya", "2025-06-19")]),
        ("Three militants were killed in an encounter with security forces in Kupwara district of Jammu and Kashmir on Thursday.",
         # (a district named after a town the gazetteer knows is written as told, with the town's point)
         [("armed_clash", "Kupwara district", "2025-06-19")]),
        ("Israeli strikes hit Gaza City, Khan Younis and Rafah on Friday, killing 40 people, officials said.",
         [("air_strike", "Gaza City", "2025-06-20")]),
        ("US forces struck targets in Iraq and Syria on Friday, officials said, after drone attacks.",
         [("air_strike", "Iraq", "2025-06-20"), ("air_strike", "Syria", "2025-06-20")]),
        ("China launched military drills around Taiwan on Tuesday, with warships simulating strikes on ports.", []),
        ("Iraqi security forces arrested three men suspected of planning rocket attacks on the airport.", []),
        ("The Pentagon said it had no plans to send more troops to the region.", []),
        ("Kataib Hezbollah announced last week that it was suspending military operations against U.S. forces.", []),
    ],
)  # fmt: skip
def test_one_sentence_reports(ex, text, expected):
    """Type, most specific place and resolved date of each reported event."""
    incidents = ex.extract(text, id="x", published=PUB).incidents
    got = [(i.type, i.location, i.date) for i in incidents]
    assert got == expected
