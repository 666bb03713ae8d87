"""A threat told before its speaker with no quotation marks ("X will strike if attacked, a commander warned")
is read as one told after the verb: its harm to come, and its speaker named after the comma. The statement's
own parties are not its speaker (an analyst's forecast is no threat), and a bare word of cost ("prices could
rise") holds no harm out."""

from datetime import date


def _threats(ex, text):
    return [
        (i.location, list(i.actors))
        for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents
        if i.type == "threat_statement"
    ]


def test_fronted_threat_with_named_speaker(ex):
    assert _threats(ex, "Russia will use nuclear weapons if it is attacked, Dmitry Medvedev warned on Friday.") == [
        ("Russia", ["Dmitry Medvedev"])
    ]


def test_fronted_threat_by_a_national_role(ex):
    found = _threats(ex, "Moscow could use nuclear weapons if attacked, a senior Russian official warned on Friday.")
    assert [a for _, a in found] == [["Russia"]]


def test_fronted_statement_no_party_speaking_is_no_threat(ex):
    assert _threats(ex, "Hezbollah will strike Israel if attacked, analysts warned on Friday.") == []


def test_fronted_cost_without_harm_is_no_threat(ex):
    assert _threats(ex, "Fuel prices could rise if the strait is closed, Iranian officials warned on Friday after a drone attack.") == []
    assert _threats(ex, "The ceasefire in the south is fragile, a senior Russian official warned on Friday after an attack.") == []
