"""The learned posture finder: a number's features, the shipped file, and the rules' policy it keeps."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor, learned_posture
from reporter.extract.document import Document
from reporter.extract.learned import Scorer
from reporter.extract.posture import find_posture

KEEN = learned_posture.Model(Scorer({}, 30.0), 0.5)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def read(extractor: Extractor, text: str) -> Document:
    return Document.read(text, date(2030, 5, 10), extractor.lexicon)


def test_a_number_has_its_window_and_size_features(extractor):
    art = read(
        extractor,
        "The ministry said some 3.400 sailors serve on the islands, and 12% of them are reservists.",
    )
    (cand,) = learned_posture.candidates(art)  # 12 is below a level's least size
    assert cand.count == 3400
    assert {"p1:some", "n1:sailor", "mag:3", "round:1", "grp:1", "ts:1", "yr:0"} <= set(cand.features)


def test_a_keen_finder_adds_a_level_the_rules_miss_by_their_own_resolution(extractor):
    art = read(
        extractor,
        "France keeps a base in Djibouti, where some 1,500 of the French service members live with their families.",
    )
    assert find_posture(art) == []  # no rule phrase: the finder alone
    (p,) = learned_posture.revise(art, [], KEEN)
    assert (p.force, p.country, p.count) == ("France", "Djibouti", 1500)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy carried 4,000 litres of fuel and 900 tents to the camps.",  # no force, no place resolve
        "The army said 2,500 troops are in Mali, after 3,200 were sent in 2029.",  # the rules read this sentence
        "Italy said 600 of its soldiers guard the airports of Italy this summer.",  # at home: no deployment
    ],
)
def test_the_finder_keeps_the_rules_resolution(extractor, text):
    """A keen model adds only where the rules' own force and place resolve, in sentences the rules
    made no item of, and counts no rule item has."""
    art = read(extractor, text)
    rules = find_posture(art)
    keen = learned_posture.revise(art, rules, KEEN)
    assert keen == rules


def test_without_a_shipped_model_posture_is_the_rules_alone(extractor):
    text = "France keeps a base in Djibouti, where some 1,500 of the French service members live with their families."
    learned_posture.use(None)
    try:
        assert extractor.extract(text, id="t", published=date(2030, 5, 10)).troop_posture == ()
    finally:
        learned_posture.SHIPPED.forget()


@pytest.mark.parametrize(
    "text",
    [
        "Ghana flew 250 injured soldiers home from the mission in Congo last week.",  # harmed
        "Rwanda sent 600 police officers to Mozambique in May.",  # police alone are no troops
        "Brazil keeps troops in Haiti. On Friday some 400 armed men raided a village north of the capital.",
        "The treaty caps Japan's soldiers in Djibouti below 2,000.",  # a bound
        "France will shrink its garrison in Chad by 700 before the autumn.",  # a change
        "A 2,400-strong Indian-led UN battle group is in Sudan.",  # a sized unit: the rules' forms alone
        "Italy keeps soldiers in Niger, and 9,000 civilians left the border towns.",  # a count of others
        "The Dutch keep soldiers in Lithuania, where 1,200 farmers protested.",  # a noun that is no troop noun
    ],
)
def test_the_finder_keeps_the_rules_refusals(extractor, text):
    """Even a keen model adds no level the rules refuse by policy: harmed or held troops, police,
    "men" of no named party, bounds and changes, sized units, counts of other things (each of
    these was added by the finder before it called the rules' checks)."""
    art = read(extractor, text)
    rules = find_posture(art)
    assert learned_posture.revise(art, rules, KEEN) == rules
