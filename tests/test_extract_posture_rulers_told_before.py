"""Rulers named only by their kind ("The junta expelled roughly 1,000 American troops") expel troops
from the country whose rulers the text told just before ("Niger's junta ordered the pullout"), not from
another country that sentence names ("turned to Russia").

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_the_junta_of_the_sentence_before(ex):
    text = "Niger's junta ordered the pullout last year. The junta expelled roughly 1,000 American troops."
    assert ("United States", "Niger", 1000, "roughly (former level)") in posture_with_qualifiers(ex, text)


def test_the_rulers_not_the_state_they_turned_to(ex):
    text = (
        "Mali's military rulers turned to Moscow and Russia last year. The military government will expel about "
        "1,500 French soldiers by September."
    )
    assert ("France", "Mali", 1500, "about (to be withdrawn)") in posture_with_qualifiers(ex, text)


def test_the_kingdom_hosts_unchanged(ex):
    """Control: a host named by its kind, as before."""
    text = "Jordan is a close U.S. ally. The kingdom hosts about 3,000 American troops."
    assert ("United States", "Jordan", 3000, "about") in posture_with_qualifiers(ex, text)


def test_no_rulers_no_host(ex):
    """Control: troops told as leaving, by no rulers, get no host from the sentence before."""
    text = "Niger's junta ordered the pullout last year. The Pentagon said roughly 1,000 American troops had left."
    assert posture_with_qualifiers(ex, text) == []
