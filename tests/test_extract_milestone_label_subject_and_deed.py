"""A milestone's label names the step's subject and its deed, not the words around them: the subject before
an aside when the clause after it opens on its verb, the deed of a bound a party holds ("have until Monday to
free ..."), whom a term binds after its verb ("requires Israel to ..."), the deal told with its other side
("a deal with Baghdad that ..."), and a deal's start told under a preposition ("Under the truce that took
effect ..."). Controls: labels that already named their step stay as they were, and a party's call stays a wish."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 3)  # a Monday


def _read(ex: Extractor, text: str) -> list[tuple[str, str, bool]]:
    return [(m.due, m.what, m.done) for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # an apposed noun between the subject and its verb
        ("The pullback, the first of two stages set out in the accord, had been due by the end of April.", "The pullback had been due"),
        # a verb of two words after the aside, a relative clause's
        ("The Danish troops, who had guarded the port since 2021, were gone by June, the ministry said.", "The Danish troops were gone"),
        # the step word is the subject itself, the aside a place's
        ("The handover of Camp Delta, a large base west of the river, is now expected by the end of May.", "The handover of Camp Delta is now expected"),
    ],
)
def test_the_subject_before_an_aside_heads_the_label(ex, text, label):
    assert [w for _, w, _ in _read(ex, text)] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a deed of any verb
        ("The gunmen holding the convoy have until Thursday to free the hostages, the army said.", "The gunmen holding the convoy have until Thursday to free the hostages"),
        # a listed step read with its object
        ("The rebels have until Thursday to hand over their heavy weapons, the mediators said.", "The rebels have until Thursday to hand over their heavy weapons"),
    ],
)
def test_the_deed_of_a_bound_a_party_holds_closes_the_label(ex, text, label):
    assert _read(ex, text) == [("2025-03-06", label, False)]


def test_a_terms_binding_verb_after_an_aside_gives_way_to_whom_it_binds(ex):
    text = "The second phase, which starts on April 1 and lasts 30 days, requires the militia to hand over its heavy guns by April 20."
    assert [w for _, w, _ in _read(ex, text) if not w.startswith("The second phase")] == ["the militia to hand over its heavy guns"]


def test_a_deal_told_with_its_other_side_carries_its_step(ex):
    text = "Roughly 1,000 Italian troops stay on under a pact with Niamey that ends their training mission by October 2025."
    assert [(due, w) for due, w, _ in _read(ex, text)] == [("2025-10", "a pact with Niamey that ends their training mission (Italian)")]


def test_a_deals_start_under_a_preposition_is_the_deal_taking_effect(ex):
    text = "Under the ceasefire that took effect on February 12, the militia was to pull back from the road within 30 days."
    found = _read(ex, text)
    assert ("2025-02-12", "the ceasefire took effect on February 12", True) in found
    assert not any(w.lower().startswith("under ") for _, w, _ in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # controls: a label that named its subject and step already
        ("The truce took effect on February 12 and the militia was to pull back from the road within 30 days.", "The truce took effect on February 12"),
        ("The deal requires the militia to withdraw its fighters from the road by March 20.", "The deal requires the militia to withdraw its fighters from the road"),
        ("The withdrawal, which was agreed last year, will be completed by the end of June.", "The withdrawal, which was agreed last year, will be completed"),
    ],
)
def test_controls_keep_their_labels(ex, text, label):
    assert label in [w for _, w, _ in _read(ex, text)]


def test_a_partys_call_after_an_aside_stays_a_wish(ex):
    """Control: "called for", a party's wish, binds no one, unlike a term's "requires"."""
    text = "The cleric, speaking in Basra, called for all foreign forces to leave by the end of 2025."
    assert _read(ex, text) == []
