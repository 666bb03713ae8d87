"""One step told twice, once coarsely (a headline's month) and once precisely (the body's day), on the same
ground by the same party or by a coalition and the state leading it, is one milestone at the finer date;
two parties apart keep their own."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 1, 14)


def _due(ex: Extractor, text: str) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="x", published=PUB).milestones)


def test_a_leading_state_and_its_coalition_retelling_one_step_give_one_milestone(ex):
    """ "US soldiers to quit Anbar bases by September" above "US-led coalition forces will leave the
    bases in Anbar by the end of September 2025": one step, due at the finer date."""
    text = (
        "US soldiers to quit Anbar bases by September\n\n"
        "The US-led coalition forces will leave their bases in Anbar by the end of September 2025, "
        "the minister said on Tuesday."
    )
    assert _due(ex, text) == ["2025-09-30"]


def test_two_parties_apart_on_one_ground_keep_their_own_steps(ex):
    """A state's army and an armed group each leaving the same ground, one by a month and one by a day,
    are two steps."""
    text = (
        "Israeli troops will leave southern Lebanon by March, the envoy said. "
        "Hezbollah fighters are to quit the hills of southern Lebanon by March 20 under the same accord."
    )
    assert _due(ex, text) == ["2025-03", "2025-03-20"]
