"""Fighting refers back to fighting told before only by a determiner of its own clause: "... had warned of
exactly that. Clashes erupted in B" are new clashes (the "that" ending the sentence before is not theirs);
"These clashes ..." still names the clashes just told."""

from datetime import date


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    return [(i.location, i.casualties.killed) for i in facts.incidents]


def test_a_cue_ending_the_sentence_before_is_not_the_clashes_determiner(ex):
    text = (
        "M23 rebels and Congolese troops clashed in Sake on Tuesday, killing two soldiers, the army said. "
        "Local chiefs had warned of exactly that. "
        "Clashes between the two sides erupted in Minova on Thursday, killing four civilians, officials said."
    )
    assert _read(ex, text) == [("Sake", 2), ("Minova", 4)]


def test_without_the_cue_it_reads_alike(ex):
    text = (
        "M23 rebels and Congolese troops clashed in Sake on Tuesday, killing two soldiers, the army said. "
        "Local chiefs had warned of such fighting. "
        "Clashes between the two sides erupted in Minova on Thursday, killing four civilians, officials said."
    )
    assert _read(ex, text) == [("Sake", 2), ("Minova", 4)]


def test_these_clashes_of_its_own_sentence_still_refer_back(ex):
    text = (
        "M23 rebels and Congolese troops clashed in Sake on Tuesday, killing two soldiers, the army said. "
        "These clashes have displaced thousands of families from the town."
    )
    assert _read(ex, text) == [("Sake", 2)]
