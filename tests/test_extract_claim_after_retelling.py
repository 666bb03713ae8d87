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
