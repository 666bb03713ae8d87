"""The learned keeper may not drop an incident whose own clause names its doer, its day and its scene.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

from reporter.extract.learned_incidents import told_in_full, weak_surplus
from tests.conftest import shared_extractor

#: The guard features of an attack told by a plain event word ("raided"), in an article with others.
PLAIN = ["ne:3", "rk:strike"]


def test_event_told_in_full_is_spared():
    # "Rebels raided a police post in X region on Monday": doer, own day, a region's scene
    feats = [*PLAIN, "f:actors", "dq:3", "rank:3"]
    assert told_in_full(feats)
    assert not weak_surplus(feats, "armed_clash")


def test_event_missing_a_part_stays_the_keepers():
    # near misses: no doer named, or a day only inherited, or a country-level scene: the keeper may judge
    for feats in ([*PLAIN, "dq:3", "rank:3"], [*PLAIN, "f:actors", "dq:1", "rank:4"], [*PLAIN, "f:actors", "dq:3", "rank:1"]):
        assert weak_surplus(feats, "armed_clash")


def test_raid_told_in_full_is_kept_beside_another_event():
    text = (
        "Soldiers exchanged fire with bandits in Zamfara on Monday; four died.\n"
        "JNIM fighters raided a gendarmerie post in Mopti region on Tuesday."
    )
    found = shared_extractor().extract(text, id="t", published=date(2025, 3, 12)).incidents
    assert "Mopti region" in [i.location for i in found]
