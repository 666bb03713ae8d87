"""Sites told by a compound word after a state's forces ("Zedish military-industrial facilities") are that
state's sites, as "Zedish military facilities" are: a strike told only as aimed at them lies in that state.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)


def _incidents(ex, text):
    return ex.extract(text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "text",
    [
        # the hyphened compound: the force's mention ends at the hyphen
        "MOSCOW (Agency) - The Russian defence ministry said on Sunday its forces had launched a large strike at"
        " Ukrainian military-industrial facilities with long-range weapons.",
        # control: the plain form, read so before
        "MOSCOW (Agency) - The Russian defence ministry said on Sunday its forces had launched a large strike at"
        " Ukrainian military facilities with long-range weapons.",
    ],
)
def test_strike_at_a_states_sites_lies_in_that_state(ex, text):
    found = _incidents(ex, text)
    assert [(i.country, i.actors) for i in found] == [("Ukraine", ("Russia",))]


def test_hyphened_word_with_no_sites_after_places_nothing(ex):
    # near miss: a compound after the force with no site noun after it names no sites of that state, and
    # a strike on a depot of no named place stays unplaced and unreported
    text = (
        "MOSCOW (Agency) - The Russian defence ministry said on Sunday its forces had launched a large strike on"
        " a Ukrainian military-run depot."
    )
    assert not _incidents(ex, text)
