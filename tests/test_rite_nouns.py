"""One table of the rites held for the dead (reporter.wordlists.RITES), read alike by the extractor and the brief."""

from __future__ import annotations

from reporter.brief.identity import targets
from reporter.extract import candidates, linking


def test_the_brief_reads_every_rite_as_a_gathering_hit():
    assert "gathering" in targets("A drone struck a vigil for the victims near the square.")
    assert "gathering" in targets("Shells fell on a burial in the village cemetery.")
    # near miss: a village is no gathering
    assert "gathering" not in targets("A drone struck a village near the square.")


def test_a_rite_of_several_heads_the_subject_as_one_does():
    assert candidates._RITE_SUBJECT.search("the vigils for the soldiers killed in the raid")
    assert candidates._RITE_SUBJECT.search("the memorials of the men killed in the blast")
    # near miss: a town's villages are no rite
    assert not candidates._RITE_SUBJECT.search("the villages of the district hit in the raid")


def test_a_vigil_is_where_the_dead_are_mourned_but_a_memorial_may_be_a_landmark():
    assert linking._MOURNED.search("A vigil for the dead was held in the park.")
    assert not linking._MOURNED.search("The shell landed beside the war memorial in the park.")
