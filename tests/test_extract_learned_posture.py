"""The learned posture finder: a number's features, the shipped file, and the rules' policy it keeps."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor, learned_posture
from reporter.extract.document import Document
from reporter.extract.learned import Scorer
from reporter.extract.posture import figure_refusal, find_posture
from reporter.models import Posture

#: Every number a level, the rules' own reading of it the only likely one, every rule item kept.
KEEN = learned_posture.Model(Scorer({}, 30.0), Scorer({"pl:1": 30.0}, -15.0), Scorer({}, 30.0), 0.5)


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


def test_the_policy_names_its_refusal(extractor):
    art = read(
        extractor,
        "Chile said 300 wounded soldiers flew home, while 2,000 marines stay in Peru and 500 residents left.",
    )
    why = {c.count: figure_refusal(art, c.sentence, c.start, c.end) for c in learned_posture.candidates(art)}
    assert why == {300: "noun", 2000: None, 500: "bare"}


def test_a_figure_weighs_the_forces_and_places_named_near_it(extractor):
    art = read(
        extractor,
        "Kenya and Uganda met in Nairobi. Officials said some 1,800 Kenyan soldiers serve in Somalia.",
    )
    (fig,) = learned_posture.figures(art, [], learned_posture.candidates(art))
    readings = {(o.force, o.country) for o in fig.options}
    assert {("Kenya", "Somalia"), ("Uganda", "Somalia")} <= readings
    assert all(f != c for f, c in readings)  # troops at home are no deployment
    near = next(o for o in fig.options if (o.force, o.country) == ("Kenya", "Somalia"))
    assert "ks:0" in near.features and "fk:demonym" in near.features


def _item(force: str, country: str) -> Posture:
    return Posture(force=force, country=country, count=1800, qualifier="some", evidence="e")


def test_the_keeper_drops_and_the_chooser_swaps_a_rule_item():
    fig = learned_posture.Figure(
        1800,
        (),
        (learned_posture.Option("Kenya", "Somalia", ()), learned_posture.Option("Uganda", "Somalia", ())),
        None,
        "e",
    )
    rule = _item("Uganda", "Somalia")
    doubt = learned_posture.Model(Scorer({}, 0.0), Scorer({}, 0.0), Scorer({}, 0.0), 2.0, 0.3, 0.5)
    assert learned_posture.decide([rule], [fig], [0.9], [[0.8, 0.2]], [0.4], doubt) == []
    (swapped,) = learned_posture.decide([rule], [fig], [0.9], [[0.8, 0.2]], [0.6], doubt)
    assert (swapped.force, swapped.country, swapped.count, swapped.qualifier) == (
        "Kenya",
        "Somalia",
        1800,
        "some",
    )
    assert learned_posture.decide([rule], [fig], [0.9], [[0.6, 0.5]], [0.6], doubt) == [
        rule
    ]  # not by the margin


def test_a_side_the_figures_sentence_names_is_not_swapped():
    # the rules read Somalia and Uganda from the figure's own sentence; the chooser's likelier
    # readings name another place (held: no swap) or another force with the same place (held too)
    def fig(*options):
        return learned_posture.Figure(1800, (), options, None, "e")

    ruled = learned_posture.Option("Uganda", "Somalia", ("fs:0", "ks:0"))
    elsewhere = learned_posture.Option("Uganda", "Kenya", ("fs:0", "ks:1"))
    keen = learned_posture.Model(Scorer({}, 0.0), Scorer({}, 0.0), Scorer({}, 0.0), 2.0, 0.3, 0.0)
    rule = _item("Uganda", "Somalia")
    assert learned_posture.decide([rule], [fig(ruled, elsewhere)], [0.9], [[0.1, 0.9]], [0.9], keen) == [rule]
    other_force = learned_posture.Option("Ethiopia", "Somalia", ("fs:1", "ks:0"))
    (swapped,) = learned_posture.decide(
        [rule], [fig(ruled, elsewhere, other_force)], [0.9], [[0.1, 0.95, 0.8]], [0.9], keen
    )
    assert (swapped.force, swapped.country) == ("Uganda", "Somalia")  # the force is held too
    # no force named in the figure's sentence: the force is the chooser's, the place still held
    loose = learned_posture.Option("Uganda", "Somalia", ("fs:2", "ks:0"))
    far = learned_posture.Option("Uganda", "Kenya", ("fs:2", "ks:1"))
    other_force = learned_posture.Option("Ethiopia", "Somalia", ("fs:1", "ks:0"))
    (swapped,) = learned_posture.decide(
        [rule], [fig(loose, far, other_force)], [0.9], [[0.1, 0.95, 0.8]], [0.9], keen
    )
    assert (swapped.force, swapped.country) == ("Ethiopia", "Somalia")


def test_an_alliance_the_rules_read_is_not_swapped_for_a_member():
    # the rules read a joint figure of several states as the alliance the article names; the
    # chooser's likelier reading, one member state, does not replace it even when the alliance is
    # named only in an earlier sentence
    ruled = learned_posture.Option("NATO", "Latvia", ("fs:2", "ks:0"))
    member = learned_posture.Option("Canada", "Latvia", ("fs:0", "ks:0"))
    keen = learned_posture.Model(Scorer({}, 0.0), Scorer({}, 0.0), Scorer({}, 0.0), 2.0, 0.3, 0.0)
    rule = _item("NATO", "Latvia")
    fig = learned_posture.Figure(1800, (), (ruled, member), None, "e", alliances=frozenset({"NATO"}))
    assert learned_posture.decide([rule], [fig], [0.9], [[0.1, 0.9]], [0.9], keen) == [rule]


def test_a_joint_figure_keeps_its_alliance_in_an_article(extractor):
    # (end to end) the alliance named in the sentence before: the chooser had made the total the leader's
    facts = extractor.extract(
        "Canadian troops will reach Latvia soon to join the NATO battlegroup. Canada leads Latvia's battlegroup"
        " with about 900 soldiers in Latvia alongside Spanish, Polish and Italian forces, totaling about 2,100.",
        id="x",
        published=date(2025, 4, 18),
    )
    assert ("NATO", "Latvia", 2100) in [(p.force, p.country, p.count) for p in facts.troop_posture]
