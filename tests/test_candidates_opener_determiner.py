"""A determiner of the opening phrase before a comma ("In the X region, shelling damaged ...") does not make the
event word after it a reference to the event told before: the shelling is an event of its own; "the attack"
right before its verb still refers back."""

from datetime import date

_SALVO = "Russia launched 88 drones and four ballistic missiles at Ukraine overnight. "


def _incidents(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_shelling_after_an_opener_is_its_own_event(ex):
    text = _SALVO + "In the Dnipropetrovsk region, shelling damaged a power line in Marhanets, the governor said."
    assert ("shelling", "Marhanets") in _incidents(ex, text)


def test_the_attack_still_refers_back(ex):
    assert _incidents(ex, _SALVO + "In the south, the attack damaged a gas pipeline.") == [("missile_attack", "Ukraine")]
