"""Milestones: a step's label is what a speaker says, not the saying ("the envoy said on Friday that the
brigade would leave" is labelled "the brigade would leave"); a party telling its own step in the third
person stays its subject, and a person's "it" or a lead-in before a noun phrase keeps the label whole."""

from __future__ import annotations

from datetime import date

TOLD = date(2029, 8, 14)


def _whats(ex, text: str) -> list[str]:
    return [m.what for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_the_saying_and_its_day_leave_the_label(ex):
    text = "The envoy said on Friday that the Third Brigade would leave the dam by October 9."
    assert _whats(ex, text) == ["the Third Brigade would leave the dam"]


def test_a_weekday_alone_after_the_verb(ex):
    text = "The ministry said Monday that the brigade had handed over the hill fort to the Northern Guard."
    assert _whats(ex, text) == ["the brigade had handed over the hill fort to the Northern Guard"]


def test_a_party_telling_its_own_step_stays_the_subject(ex):
    text = "The brigade has said it will vacate the dam by October 9."
    assert _whats(ex, text) == ["The brigade will vacate the dam"]


def test_a_persons_it_keeps_the_whole_label(ex):
    """Control: "a spokesman said it" names no party the step could be given to."""
    text = "A spokesman for the brigade said it would vacate the dam by October 9."
    assert _whats(ex, text) == ["A spokesman for the brigade said it would vacate the dam"]


def test_an_announced_noun_keeps_its_label(ex):
    """Control: a lead-in before a noun phrase, not a clause, stays."""
    text = "The brigade announced the withdrawal of its guards from the dam by October 9."
    assert _whats(ex, text) == ["The brigade announced the withdrawal of its guards from the dam"]


def test_a_party_telling_its_own_forces_step(ex):
    text = "The brigade said its guards would vacate the dam by October 9."
    assert _whats(ex, text) == ["The brigade's guards would vacate the dam"]


def test_a_speaker_the_only_party_named_keeps_the_label(ex):
    """Control: with the speaker gone the label would name no party or place of its own."""
    text = "The brigade said the deadline for the guards to vacate the dam had been extended to October 9."
    assert all(what.startswith("The brigade said") for what in _whats(ex, text))
