"""Men told as belonging to a group ("gunmen believed to belong to X") are that group's doers unless a verb of
harm or a preposition of their own sentence makes them an object: "... were wounded. Gunmen believed to
belong to JNIM attacked" names JNIM (the "wounded" ending the sentence before is not theirs)."""

from datetime import date


def _actors(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [list(i.actors) for i in facts.incidents]


_ATTACK = "Gunmen believed to belong to JNIM attacked an army post near Boni on Thursday, killing five soldiers."


def test_a_harm_verb_ending_the_sentence_before_does_not_make_the_gunmen_victims(ex):
    assert _actors(ex, "Two more soldiers were wounded. " + _ATTACK) == [["JNIM (suspected)"]]


def test_the_attack_alone_reads_alike(ex):
    assert _actors(ex, _ATTACK) == [["JNIM (suspected)"]]


def test_gunmen_killed_in_the_same_sentence_are_still_no_doers(ex):
    text = "Malian troops on Thursday attacked and killed gunmen believed to belong to JNIM near Boni."
    assert all("JNIM (suspected)" not in a for a in _actors(ex, text))
