"""Withdrawal milestones probed by construction (GUIDE.md, Milestones): self-written sentences only."""

from __future__ import annotations

from datetime import date

import pytest


def _dues(ex, text):
    return [m.due for m in ex.extract(text, id="t", published=date(2025, 3, 10)).milestones]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # an order given in the past: its yearless deadline is the nearest such day, here just gone by
        ("The junta ordered the French troops to leave by January 31.", "2025-01-31"),
        ("The council ordered the foreign troops to withdraw from the country by February 20.", "2025-02-20"),
        # ... or still ahead
        ("The junta ordered the French troops to leave the country by April 30.", "2025-04-30"),
    ],
)
def test_a_deadline_of_an_order_given_in_the_past_lies_nearest_the_report(ex, text, due):
    assert _dues(ex, text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        # an order still to come, or a plan told ahead, keeps its deadline ahead of the report
        "The junta will order the French troops to leave by January 31.",
        "The junta told reporters that the French troops would leave by January 31.",
        "The government says the French troops will leave by January 31.",
    ],
)
def test_a_deadline_told_ahead_stays_ahead(ex, text):
    assert _dues(ex, text) == ["2026-01-31"]


def _done(ex, text):
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=date(2025, 3, 10)).milestones]


@pytest.mark.parametrize(
    "text",
    [
        # a retreat under attack, or an armed group's capture, is a battle's turn, no step of a pledged move
        "Government troops withdrew from Bukavu on Sunday as M23 rebels advanced, residents said.",
        "The army withdrew from the town of Uvira on Saturday after weeks of heavy fighting with M23 rebels.",
        "M23 fighters entered Bukavu on Sunday after government troops withdrew from the city.",
        "The soldiers pulled out of the village on Saturday under heavy fire, a local official said.",
        "M23 fighters entered Bukavu on Sunday, residents said.",
    ],
)
def test_a_retreat_under_attack_is_no_milestone(ex, text):
    assert _done(ex, text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a pullout told done, with no attack driving it, stays a step done
        ("Russian forces completed their withdrawal from Kherson on Friday, the defence ministry said.", "2025-03-07"),
        ("The last French troops left the base on Friday after nine years of fighting jihadists in the Sahel.", "2025-03-07"),
        ("Malian troops entered the base on Sunday after French troops withdrew from it.", "2025-03-09"),
        ("The fighters withdrew from the town on Sunday under the truce deal, the army said.", "2025-03-09"),
    ],
)
def test_a_pullout_told_done_without_an_attack_stays(ex, text, due):
    assert _done(ex, text) == [(due, True)]


@pytest.mark.parametrize(
    "text",
    [
        # a visit set for a day names no step of a force, whoever reads it (rules or the learned layer)
        "The defence minister will visit the military base in Goma on Friday.",
        "The army chief will visit the peacekeeping base in Bunia on Thursday.",
    ],
)
def test_a_visit_set_for_its_day_is_no_milestone(ex, text):
    assert _dues(ex, text) == []


def test_a_pullout_set_for_its_day_stays(ex):
    assert _dues(ex, "The last French troops will leave the base in Goma on Friday.") == ["2025-03-14"]


@pytest.mark.parametrize(
    "text",
    [
        # a plan only weighed is no commitment, deadline or plan made (GUIDE.md), whatever date it names
        "The government is considering withdrawing its troops from Mali by December 2026.",
        "A proposal under discussion would see troops withdraw from Goma by June 2025.",
        "Paris is weighing a pullout of its soldiers from Chad by September.",
        # a plan only talked over, or a call turned down
        "The ministers discussed the possibility of pulling the troops out of Goma by December 2026.",
        "The two delegations debated a proposal to withdraw the brigade from Mali by June 2026.",
        "The senate rejected a motion calling for all soldiers to leave Chad by September.",
    ],
)
def test_a_plan_only_weighed_is_no_milestone(ex, text):
    assert _dues(ex, text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The government has decided to withdraw its troops from Mali by December 2025.", "2025-12"),
        ("After weeks of considering the options, the government will withdraw its troops from Mali by December 2025.", "2025-12"),
        # a plan passed or agreed, or one talked over whose step is told in a clause of its own
        ("The senate passed a motion calling for all soldiers to leave Chad by December 2025.", "2025-12"),
        ("The ministers discussed the plan, under which the troops will leave Mali by December 2025.", "2025-12"),
    ],
)
def test_a_plan_decided_after_weighing_stays(ex, text, due):
    assert _dues(ex, text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        # a state takes a base over from a foreign force whose going the story tells: that force's handover
        "Chad took control of the Kossei base from French troops on Thursday.\n\n"
        "The French army has been pulling out of the country since December.",
        "Chad took control of the Kossei base from French troops on Thursday, completing the French withdrawal from the east.",
    ],
)
def test_a_base_taken_over_from_a_leaving_force_is_a_step_done(ex, text):
    assert _done(ex, text) == [("2025-03-06", True)]


@pytest.mark.parametrize(
    "text",
    [
        # alone, or amid fighting, the same taking over may be a capture
        "Chad took control of the Kossei base from French troops on Thursday.",
        "Russia took control of the base from Ukrainian troops on Thursday.\n\n"
        "The Ukrainian army said its units had withdrawn to new lines after days of fighting.",
    ],
)
def test_a_base_taken_with_no_pullout_told_or_amid_fighting_is_no_step(ex, text):
    assert _done(ex, text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # an instruction to go within a stretch is a deadline counted from the report
        ("The junta told the French troops to leave within 72 hours.", "2025-03-13"),
        ("The junta instructed the UN mission to withdraw from the country within 30 days.", "2025-04-09"),
    ],
)
def test_an_instruction_to_go_within_a_stretch_is_a_deadline(ex, text, due):
    assert _dues(ex, text) == [due]


def test_a_stretch_in_what_was_told_of_the_past_is_no_deadline(ex):
    assert _dues(ex, "The commander told reporters that the raid took place within 72 hours of the attack.") == []
