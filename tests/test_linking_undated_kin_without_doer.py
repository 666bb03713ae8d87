"""An undated event told in another country after one with no doer told ("missiles hit a residential area")
is not another war's: it takes the story's day, as it would after the lead itself."""

from datetime import date


def test_also_fired_elsewhere_keeps_the_operation_day(ex):
    text = (
        "The Guards said on Tuesday they had struck militant headquarters in Iraq's Kurdistan region with ballistic "
        "missiles overnight. Local officials said four civilians were killed when missiles hit a residential area "
        "near Erbil airport. The Guards also said they had fired missiles at militant targets in Syria's Idlib province."
    )
    incs = ex.extract(text, id="x", published=date(2024, 1, 16)).incidents
    idlib = [i for i in incs if i.country == "Syria"]
    assert idlib and idlib[0].date is not None


def test_another_states_blow_elsewhere_stays_apart(ex):
    text = (
        "Israeli jets struck a depot near Damascus on Sunday, killing two. Turkish warplanes struck PKK hideouts "
        "in the Qandil mountains of Iraq."
    )
    incs = ex.extract(text, id="x", published=date(2024, 1, 16)).incidents
    qandil = [i for i in incs if i.country == "Iraq"]
    assert qandil and str(qandil[0].date) != "2024-01-14"
