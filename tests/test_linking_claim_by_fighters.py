"""An armed group's word of what its fighters did ("X said its fighters had killed more than 40 soldiers"), told
right after an attack, claims that attack (GUIDE: "X (claimed)"); an army's word of its soldiers' deed claims nothing."""

from datetime import date

import pytest

DAY = date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Militants attacked a Somali army base in El Baraf on Monday. "
            "Al-Shabaab said its fighters had killed more than 40 soldiers in the raid.",
            "Al-Shabaab (claimed)",
        ),
        (
            "Gunmen stormed a police post near Kidal on Friday. JNIM said its fighters had killed 12 policemen in the attack.",
            "JNIM (claimed)",
        ),
    ],
)
def test_group_word_of_its_fighters_claims_the_attack(ex, text, claimant):
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert claimant in inc.actors


def test_army_word_of_its_soldiers_claims_nothing(ex):
    """Near miss: the army's word of its soldiers' deed names no claimant."""
    text = "Jihadists attacked an army base in Djibo on Sunday. The army said its soldiers had killed 20 attackers."
    [inc] = ex.extract(text, id="t", published=DAY).incidents
    assert not any(a.endswith("(claimed)") for a in inc.actors)
