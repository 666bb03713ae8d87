"""A spot no gazetteer knows, told after a colon in a sentence that opens on a country as its subject, lies in
that country, not in the country the story tells of most; with no colon the story's country stays."""

from datetime import date

_MALI = (
    "Mali's junta is under growing pressure. JNIM fighters attacked an army post near Gao in Mali on Sunday, "
    "killing ten soldiers. Malian troops pursued the attackers towards Menaka. "
)


def _countries(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return {i.location: i.country for i in facts.incidents}


def test_country_opening_the_sentence_before_a_colon(ex):
    text = _MALI + "Niger has fared little better: an ambush near Wadakoro in December killed 90 soldiers."
    assert _countries(ex, text)["Wadakoro"] == "Niger"


def test_country_opening_the_sentence_before_a_semicolon(ex):
    text = _MALI + "Meanwhile, neighbouring Niger has suffered too; gunmen ambushed a patrol near Wadakoro on Friday."
    assert _countries(ex, text)["Wadakoro"] == "Niger"


def test_country_as_a_speaker_without_a_colon_places_nothing(ex):
    text = _MALI + "Niger said on Monday that gunmen ambushed a Malian patrol near Wadakoro."
    assert _countries(ex, text)["Wadakoro"] == "Mali"
