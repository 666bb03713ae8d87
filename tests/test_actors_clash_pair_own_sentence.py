"""Two sides joined by "and" before a clash are its doers unless a verb of harm of their own sentence makes
the first one its object: "... how many had been killed. Hezbollah fighters and Israeli troops clashed"
names both sides (the "killed" ending the sentence before is not theirs)."""

from datetime import date


def _actors(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [sorted(i.actors) for i in facts.incidents]


_CLASH = "Hezbollah fighters and Israeli troops clashed near Aita al-Shaab on Thursday, a security source said."


def test_a_harm_verb_ending_the_sentence_before_does_not_make_the_first_side_a_victim(ex):
    text = "Lebanese officials said it was still unclear how many people had been killed. " + _CLASH
    assert _actors(ex, text) == [["Hezbollah", "Israel"]]


def test_the_clash_alone_reads_alike(ex):
    assert _actors(ex, _CLASH) == [["Hezbollah", "Israel"]]


def test_fighters_killed_in_the_same_sentence_are_still_no_doers(ex):
    text = (
        "An Israeli drone strike on Thursday killed three Hezbollah fighters and Lebanese soldiers clashed "
        "with Israeli troops near Aita al-Shaab, a security source said."
    )
    assert all("Hezbollah" not in a for a in _actors(ex, text))
