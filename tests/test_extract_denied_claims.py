"""A negation that denies only a claim of an event or a harm done in it leaves the event told ("no one
has claimed the bombing", "no one was hurt in the blast"); a negation of the event itself still makes
none. A road or railway named by the towns it joins, with no other place named, is written as that name."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 12)
#: A sentence with no event of its own, so the article is about conflict and the next one is read alone.
LEAD = "Security forces across the region remain on high alert against militants. "


def _told(ex: Extractor, sentence: str) -> list[tuple[str, str | None, str | None]]:
    got = ex.extract(LEAD + sentence, id="x", published=PUB).incidents
    return [(i.type, i.date, i.location) for i in got]


@pytest.mark.parametrize(
    "sentence, told",
    [
        (
            "No group has claimed responsibility so far for the explosion at the market in Maiduguri on Monday, "
            "which killed five traders.",
            ("explosion", "2025-03-10", "Maiduguri"),
        ),
        (
            "There has been no immediate claim of credit for the blast at a checkpoint in Mogadishu on "
            "Monday that killed four soldiers.",
            ("explosion", "2025-03-10", "Mogadishu"),
        ),
        (
            "Nobody claimed the attack on the army post near Gao on Sunday, which killed three soldiers.",
            ("armed_clash", "2025-03-09", "Gao"),
        ),
        (
            "No one was hurt in the explosion at the bus station in Kaduna on Monday.",
            ("explosion", "2025-03-10", "Kaduna"),
        ),
    ],
)
def test_a_claim_or_a_harm_denied_leaves_the_event_told(ex, sentence, told):
    """ "No one has claimed X", "no one was hurt in X": what the negation denies is the claim or the harm."""
    assert told in _told(ex, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # controls: the event itself denied
        "No one was hurt because no attack on the base near Erbil took place on Monday.",
        "No group carried out an attack on the base near Erbil on Monday, the army said.",
        "No one was killed, and there was no attack on the base near Erbil on Monday.",
    ],
)
def test_an_event_denied_is_still_none(ex, sentence):
    assert _told(ex, sentence) == []


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("A bomb went off aboard the Abuja-Kaduna passenger train on Monday, killing five people.", "Abuja-Kaduna"),
        ("Gunmen ambushed a bus on the Kano-Zaria highway on Monday, killing five people.", "Kano-Zaria"),
        # control: a town of the stretch named as the scene is the place
        ("Gunmen ambushed a bus on the Kano-Zaria highway near Kaduna on Monday, killing five people.", "Kaduna"),
    ],
)
def test_a_route_with_no_other_place_is_written_by_its_towns(ex, sentence, place):
    assert [t[2] for t in _told(ex, sentence)] == [place]


@pytest.mark.parametrize(
    "sentence, told",
    [
        ("The army denies shelling the village of Tawila on Sunday.", ("shelling", "2025-03-09", "Tawila")),
        ("Russia denied having bombed the hospital in Mariupol on Monday.", ("air_strike", "2025-03-10", "Mariupol")),
    ],
)
def test_a_party_that_denies_doing_a_deed_at_a_known_target_leaves_the_event_told(ex, sentence, told):
    """ "X denied shelling the village": the accused denies its part; the shelling of the village is told."""
    assert told in _told(ex, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # controls: a denial that any such deed took place, or of the deed's being told at all
        "The army denied that its forces shelled the village of Tawila on Sunday.",
        "The army denied reports of shelling near Tawila on Sunday.",
    ],
)
def test_a_denial_that_the_deed_happened_still_tells_none(ex, sentence):
    assert _told(ex, sentence) == []
