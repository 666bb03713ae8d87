"""A party named both as the doer and as claiming the deed is listed once, as the doer (its own word of its
deed is the plain form, GUIDE)."""

from __future__ import annotations

from datetime import date

ENTRY = (
    "Live: Gulf tensions\n\n08:10 GMT\nPort officials in Aqaba say shipping is running as normal.\n\n"
    "07:30 GMT\nHouthis claim drone attack on Eilat\n{body}\n"
)


def _actors(ex, body):
    facts = ex.extract(ENTRY.format(body=body), id="x", published=date(2025, 6, 15))
    return [list(i.actors) for i in facts.incidents]


def test_a_doer_that_also_claims_is_listed_once(ex):
    body = "Yemen's Houthis said they launched a drone at Eilat in support of Iran."
    assert _actors(ex, body) == [["Houthis"]]


def test_a_claim_by_another_party_keeps_its_form(ex):
    # (control) a party that only claims keeps the claimed form
    body = "A drone struck a hotel in Eilat on Sunday. The Houthis claimed the attack."
    assert _actors(ex, body) == [["Houthis (claimed)"]]
