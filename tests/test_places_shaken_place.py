"""A place a blow is told to have rocked or shaken ("shelling rocked X") is where it fell, as after "hit"."""

from datetime import date


def _places(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 9, 9))
    return [(i.date, i.location) for i in facts.incidents]


_LEAD = (
    "KHARTOUM, Sept 9 - Army artillery shelled rebel positions in El Obeid on Saturday, killing three "
    "fighters, a rights group said. "
)


def test_shelling_rocked_a_town(ex):
    text = _LEAD + "Artillery duels between the two sides rocked Kadugli on Sunday."
    assert ("2025-09-07", "Kadugli") in _places(ex, text)


def test_rocked_names_no_other_place(ex):
    # control: the lead alone keeps its own town
    assert _places(ex, _LEAD) == [("2025-09-06", "El Obeid")]
