"""Bombs made safe in a raid ("destroyed several bombs planted under roads") are no means of the fight."""

from datetime import date


def _objects(ex, text):
    return [(i.type, list(i.objects)) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_destroyed_bombs_are_no_means(ex):
    text = "Soldiers raided Tubas on Thursday. They exchanged fire with gunmen and destroyed four bombs hidden under a road."
    assert _objects(ex, text) == [("armed_clash", [])]


def test_defused_bombs_are_no_means(ex):
    text = "Soldiers clashed with gunmen in Tubas on Thursday. Two roadside bombs were defused near the town."
    assert [o for _, o in _objects(ex, text)] == [[]]


def test_bomb_that_went_off_stays_means(ex):
    text = "Soldiers clashed with gunmen in Tubas on Thursday. A bomb hidden under the road went off as their jeep passed."
    assert [o for _, o in _objects(ex, text)] == [["bomb"]]
