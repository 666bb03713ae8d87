"""A person told by name and role at the end of a list of the dead counts one more."""

from datetime import date


def _killed(ex, text):
    return [i.casualties.killed for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_named_person_with_role_after_group_counts(ex):
    assert _killed(ex, "Gunmen in Kirkuk on Monday killed two soldiers and Ali Hassan, a farmer.") == [3]


def test_named_person_with_role_before_passive_verb_counts(ex):
    text = "Three policemen and Omar Khalid, a shepherd, were killed when gunmen attacked a checkpoint near Hawija on Monday."
    assert _killed(ex, text) == [4]


def test_named_speaker_after_group_is_not_counted(ex):
    text = "Gunmen in Kirkuk on Monday killed two soldiers and Ali Hassan, a police officer, said the attackers fled."
    assert _killed(ex, text) == [2]
