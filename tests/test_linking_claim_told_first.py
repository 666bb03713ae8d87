"""A claim that opens a sentence ("X claimed the raid, saying its fighters had used two car bombs") gives the
event just told its claimant, even when the sentence goes on to tell what the claim says of it in event words
of its own (GUIDE: "X (claimed)")."""

from datetime import date

DAY = date(2025, 2, 12)


def test_claim_with_what_it_says_keeps_the_claimant(ex):
    text = (
        "Militants attacked a military camp in Gao on Monday, killing several soldiers, security sources said. "
        "JNIM claimed responsibility for the attack in a statement on Tuesday, saying its fighters had used "
        "two car bombs before storming the camp."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert len(incs) == 1
    assert "JNIM (claimed)" in incs[0].actors


def test_control_events_told_before_a_claim_verb_are_not_claimed_so(ex):
    """Near miss: a sentence that tells an event first and names a group only after it claims nothing."""
    text = (
        "Militants attacked a military camp in Gao on Monday, killing several soldiers, security sources said. "
        "Two car bombs exploded at the gate of the camp before gunmen stormed it, a JNIM fighter told reporters."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert all("JNIM (claimed)" not in i.actors for i in incs)
