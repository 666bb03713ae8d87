"""A deed "would be met with force" or "with a response" is harm held out, and "it" opening an "as" clause
speaks for the party the sentence opens with; a deed that was met with something is no threat."""

from datetime import date

import pytest

PUBLISHED = date(2025, 6, 20)


def _found(ex, text):
    return ex.extract(text, id="x", published=PUBLISHED)


def _threats(ex, text):
    return [(list(i.actors), str(i.date)) for i in _found(ex, text).incidents if i.type == "threat_statement"]


def test_it_in_an_as_clause_is_the_opening_party(ex):
    text = (
        "BEIRUT (Wire) — Israel plans to hold its troops on three ridges in south Lebanon, as it warned on Monday"
        " that any mortar fire would be met with force."
    )
    found = _found(ex, text)
    threats = [i for i in found.incidents if i.type == "threat_statement"]
    assert [(list(i.actors), str(i.date), i.country) for i in threats] == [(["Israel"], "2025-06-16", "Israel")]
    assert not found.troop_posture  # soldiers without a count are no posture row


def test_said_a_strike_would_be_met_with_a_response(ex):
    text = "Hezbollah said on Tuesday that any Israeli raid on Tyre would be met with a firm response."
    assert _threats(ex, text) == [(["Hezbollah"], "2025-06-17")]


@pytest.mark.parametrize(
    "text",
    [
        "Every drone launched at the port was met with interceptors, the navy said.",
        "The plea for talks was met with silence.",
        "Israel will keep troops on three ridges, as it noted that the border had been quiet.",
    ],
)
def test_no_harm_held_out(ex, text):
    assert _threats(ex, text) == []


def test_a_warning_with_its_own_subject_stays(ex):
    text = "Iraq's premier warned on Monday that the militias' raids would expose Iraq to retaliation."
    assert _threats(ex, text) == [(["Iraq"], "2025-06-16")]
