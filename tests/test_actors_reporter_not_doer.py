"""A party, or its own outlet, that "reported" an event gives news of it: it is the voice (attribution), not
the doer (GUIDE: actors are the parties that acted, attribution who reported it)."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text: str):
    return ex.extract(text, id="t", published=date(2025, 6, 3)).incidents


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis' al-Masirah TV reported three air strikes on the port of Hodeidah on Monday.",
        "Houthi media reported three air strikes on the port of Hodeidah on Monday.",
        "Iran reported two explosions near a military site in Isfahan on Monday.",
    ],
)
def test_the_party_that_reported_the_event_did_not_do_it(ex, text):
    [inc] = _incidents(ex, text)
    assert inc.actors == ()
    assert inc.attribution


def test_a_doer_named_in_the_report_is_kept(ex):
    """Near miss: the report names the strikes' doer, who stays the actor."""
    [inc] = _incidents(ex, "Hezbollah's al-Manar TV reported an Israeli drone strike on a car near Tyre on Monday.")
    assert inc.actors == ("Israel",)


def test_a_claim_is_no_report(ex):
    """Near miss: a group that claims attacks is the claiming party."""
    [inc] = _incidents(ex, "The Houthis claimed three drone attacks on the port of Eilat on Monday.")
    assert inc.actors == ("Houthis (claimed)",)
