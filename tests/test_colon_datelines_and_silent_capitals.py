"""A dateline written with a colon ("QUETTA: ...") is the page's, as one with a dash is: the brief does not
take its town for the place a toll was counted at. A capital that says nothing ("Islamabad did not confirm the
raids") speaks for its government: no scene."""

from __future__ import annotations

from datetime import date

from reporter.brief.identity import toll_elsewhere
from reporter.brief.textfmt import dateline_end, quote
from reporter.extract import Extractor

EX = Extractor()


def test_a_colon_dateline_is_skipped_and_an_acronym_label_is_not():
    assert quote("QUETTA: Nine people were killed in a blast.") == "Nine people were killed in a blast."
    assert dateline_end("UN: aid convoys resumed.") == 0


def test_the_toll_after_a_colon_dateline_is_the_events_own():
    text = "PESHAWAR: At least nine soldiers were killed when militants stormed a post in Mir Ali on Friday, the army said."
    (inc,) = EX.extract(text, id="t", published=date(2026, 3, 7)).incidents
    assert inc.casualties.killed == 9 and not toll_elsewhere(inc)


def test_a_capital_that_does_not_confirm_is_no_scene():
    text = (
        "Jets bombed militant hideouts in Afghanistan's Khost province on Sunday, killing five, a Taliban "
        "spokesman said. Islamabad did not confirm the raids, which came hours after an assault on an army post."
    )
    found = EX.extract(text, id="t", published=date(2026, 3, 2)).incidents
    assert all(i.location != "Islamabad" for i in found)


def test_a_capital_that_has_not_addressed_a_claim_is_no_scene():
    text = (
        "Pakistan says it shot down five Indian aircraft during Wednesday's strikes, a claim New Delhi has not "
        "addressed. The strikes hit nine locations, killing 31 people according to Islamabad."
    )
    found = EX.extract(text, id="t", published=date(2026, 5, 9)).incidents
    assert found and all(i.country != "India" for i in found)
