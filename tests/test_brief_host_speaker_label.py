"""A timeline line told by the host country ("Chad's cabinet said on Monday that foreign troops will
leave Chad") shows the step without the speaker's lead-in: the host is not the party leaving its own
ground. A speaker that is the party ("The French army said the last troops would leave Chad") stays."""

from __future__ import annotations

from reporter.brief.commitments import _unsaid


def test_host_speaker_is_dropped_from_the_label():
    assert _unsaid("Chad's cabinet said on Monday that foreign troops will leave Chad") == "Foreign troops will leave Chad"


def test_host_speaker_of_a_region_of_its_own_is_dropped():
    shown = _unsaid("Iraqi officials said that foreign forces will leave the Kurdistan Region")
    assert shown == "Foreign forces will leave the Kurdistan Region"


def test_party_speaker_stays():
    said = "The French army said the last troops would leave Chad"
    assert _unsaid(said) == said


def test_speaker_with_no_place_in_the_step_stays():
    said = "The Belgian ministry said the last soldiers would go home"
    assert _unsaid(said) == said
