"""A notice that an incident was reported at a place, told just before an event with no place nor day of its
own ("The vessel was hit by a projectile"), sets that event's scene, as a sentence giving the day does; a
notice's numbered points, each on its own line, are one notice. A sentence naming a place with no incident
reported in it lends an undated event no scene."""

from __future__ import annotations

from datetime import date

import pytest


def _placed(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=date(2025, 5, 4)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Shipping authorities received a report of an incident 40NM west of Mokha. A tanker was struck by an "
        "unidentified projectile, setting a fire on deck.",
        "MARINE NOTICE 007/2025\n1. Authorities were notified of an incident 40NM west of Mokha.\n"
        "2. A tanker was struck by an unidentified projectile, setting a fire on deck.\n3. No one was hurt.\n",
    ],
)
def test_reported_incident_sets_the_scene(ex, text):
    assert ("missile_attack", "Mokha") in _placed(ex, text)


def test_place_without_incident_notice_sets_no_scene(ex):
    text = (
        "Traders said business was slow in Mokha. A tanker was struck by an unidentified projectile, setting a "
        "fire on deck."
    )
    assert ("missile_attack", "Mokha") not in _placed(ex, text)
