"""An aside between a level and its change is skipped whatever its length when it holds no figure and
no finite verb of its own ("most of them at bases in the capital and in the east, down from 1,500"), and
a relative clause with no figure between troops and their verb of change ("its contingent in X, which
is largely deployed along ..., had shrunk to 900") does not stop the reading.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_former_level_past_a_long_verbless_aside(ex):
    text = ("About 1,000 French troops are still in Chad, most of them at bases in the capital and in the east, "
            "down from 1,500 last year.")
    got = posture_with_qualifiers(ex, text)
    assert ("France", "Chad", 1000, "about") in got
    assert ("France", "Chad", 1500, "(former level)") in got


def test_a_long_aside_with_a_verb_of_its_own_is_another_clause(ex):
    """Control: an aside with its own finite verb tells a clause of its own; its "down from" is not read."""
    text = ("Some 2,500 British troops are in Estonia, and the rest of the battlegroup are in Latvia and "
            "Lithuania, down from 3,000.")
    got = posture_with_qualifiers(ex, text)
    assert ("United Kingdom", "Estonia", 2500, "some") in got
    assert all(n != 3000 for _, _, n, _ in got)


def test_a_change_past_a_long_relative_clause(ex):
    text = ("Italy said its contingent in Lebanon, which is largely deployed along the Blue Line near Naqoura, "
            "had shrunk to 900, down from 1,200.")
    got = posture_with_qualifiers(ex, text)
    assert ("Italy", "Lebanon", 900, None) in got
    assert ("Italy", "Lebanon", 1200, "(former level)") in got


def test_a_change_told_done_keeps_its_former_level(ex):
    """Control: a bare "from" after a change told done is still the former level."""
    text = "The number of American soldiers in Iraq fell to 1,000 from 2,000 last year, officials said."
    got = posture_with_qualifiers(ex, text)
    assert ("United States", "Iraq", 1000, None) in got
    assert ("United States", "Iraq", 2000, "(former level)") in got


def test_a_former_level_past_an_aside_in_dashes(ex):
    text = ("Roughly 2,000 US troops are now in Syria - most of them in the oil-rich northeast near the Iraqi "
            "border - up from 900 last year.")
    got = posture_with_qualifiers(ex, text)
    assert ("United States", "Syria", 2000, "roughly") in got
    assert ("United States", "Syria", 900, "(former level)") in got


def test_an_aside_in_dashes_with_a_figure_is_another_level(ex):
    """Control: an aside in dashes that counts troops of its own keeps its "up from" to itself."""
    text = ("Roughly 2,000 US troops are now in Syria - with another 500 across the border in Iraq - up from "
            "300 last year.")
    got = posture_with_qualifiers(ex, text)
    assert ("United States", "Syria", 2000, "roughly") in got
    assert ("United States", "Syria", 300, "(former level)") not in got
