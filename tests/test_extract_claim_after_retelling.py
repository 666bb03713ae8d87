"""A claim told two sentences after the event's last retelling, not its first telling, still names the
claimant; a claim denied there names none.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 2, 9)


def _incidents(ex, text):
    return ex.extract(text, id="t", published=DAY).incidents


def test_claim_after_a_retelling_names_the_claimant(ex):
    text = (
        "A car bomb went off at the gate of an army camp in Baidoa on Saturday, killing four soldiers.\n\n"
        "A local commander said the driver sped through the checkpoint before the car blew up in Baidoa. "
        "Six others were hurt.\n\n"
        "Al-Shabaab claimed responsibility for the attack."
    )
    found = _incidents(ex, text)
    assert len(found) == 1, found
    assert found[0].actors == ("Al-Shabaab (claimed)",)


def test_claim_denied_after_a_retelling_names_nobody(ex):
    text = (
        "A car bomb went off at the gate of an army camp in Baidoa on Saturday, killing four soldiers.\n\n"
        "A local commander said the driver sped through the checkpoint before the car blew up in Baidoa. "
        "Six others were hurt.\n\n"
        "Al-Shabaab has not claimed responsibility for the attack."
    )
    found = _incidents(ex, text)
    assert len(found) == 1, found
    assert found[0].actors == ()


def test_claim_after_the_event_named_again_names_the_claimant(ex):
    # a sentence naming the event by a definite noun ("The assault") counts as telling it again
    text = (
        "Gunmen killed 30 soldiers in an attack on an army post at Djibo on Monday, two sources said.\n\n"
        "The assault on the post began before dawn and went on for hours. "
        "The gunmen also set trucks on fire and took rifles, one source said. "
        "JNIM claimed responsibility in a statement on Tuesday."
    )
    found = _incidents(ex, text)
    assert len(found) == 1, found
    assert found[0].actors == ("JNIM (claimed)",)


def test_control_claim_far_from_any_retelling_names_nobody(ex):
    text = (
        "Gunmen killed 30 soldiers in an attack on an army post at Djibo on Monday, two sources said.\n\n"
        "The region has seen years of unrest. Farmers have fled their fields. Schools have closed. "
        "JNIM claimed responsibility in a statement on Tuesday."
    )
    found = _incidents(ex, text)
    assert len(found) == 1, found
    assert found[0].actors == ()
