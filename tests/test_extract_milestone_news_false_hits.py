"""Milestone false hits found on self-written stories outlets print beside plans of forces (arms bought by a
date, a UN body's reports and conferences, a plan denied, a budget to pass), each beside a near miss that
is a step of a force's presence and must still be a milestone."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 6, 20)


def _due(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry said on Thursday it would order 35 more F-35 jets, with the first deliveries due by "
        "the end of 2027 and the full fleet in service by 2030.",
        "The army also plans to receive 100 new tanks by September 2026, officials said.",
        "Kyiv expects the air defence systems to be delivered by the end of the year, the minister said.",
    ],
)
def test_arms_bought_or_delivered_by_a_date_are_no_milestone(ex, text):
    """A contract's schedule (deliveries, arms received, a fleet entering service) is no step of a force's
    presence."""
    assert _due(ex, text) == []


def test_a_base_received_or_a_brigade_made_ready_stays_a_milestone(ex):
    """Receiving a base is a handover; a brigade's readiness is a step of a force, with no arms bought."""
    text = (
        "Iraqi forces will receive the Harir base from the coalition by the end of 2026. "
        "The German brigade in Lithuania will reach full operational readiness by 2027."
    )
    assert _due(ex, text) == ["2026-12", "2027"]


def test_a_un_security_council_deadline_for_a_report_is_no_milestone(ex):
    """ "Security Council" names a body, not security: its panel's report and a donor conference bind no force."""
    text = (
        "The Security Council is due to vote on extending sanctions on Sudan. "
        "The panel of experts must submit its report by the end of August. "
        "Elections in the country are planned for 2027, and a donor conference will be held in Geneva on July 10."
    )
    assert _due(ex, text) == []


def test_the_security_council_extending_a_mission_stays_a_milestone(ex):
    """A mandate told with the council is a mission's term."""
    assert _due(ex, "The Security Council voted to extend UNIFIL's mandate until 31 August 2026.") == ["2026-08-31"]


def test_money_spent_or_a_budget_to_pass_in_a_defence_story_is_no_milestone(ex):
    """Money spent by a date is a budget's schedule ("will spend more on its troops next year"), and a sentence
    that names no step, force, truce or deal binds no one, whichever layer reads its date."""
    text = (
        "The defence ministry will spend more on its troops next year, the minister said on Thursday. "
        "Parliament must approve the budget by July 15."
    )
    assert _due(ex, text) == []
    assert _due(ex, "The government will increase the army budget by 20% next year.") == []


def test_a_plan_denied_by_a_report_is_no_milestone(ex):
    """ "Denied a report that it planned to withdraw ... by": the plan denied is none."""
    text = "The Pentagon on Thursday denied a report that it planned to withdraw all US troops from Syria by the end of the year."
    assert _due(ex, text) == []
    assert _due(ex, "The Pentagon said on Thursday it planned to withdraw all US troops from Syria by the end of the year.") == [
        "2025-12"
    ]


def test_a_plan_told_by_an_earlier_report_called_false_is_no_milestone(ex):
    """ "A newspaper had reported that the troops would leave by December", beside "the report was false": a
    rumour refuted, no plan; the same plan announced stays one."""
    text = (
        "A newspaper had reported that the 2,000 US troops in Syria would leave by December. "
        "The Pentagon spokesman said the report was false."
    )
    assert _due(ex, text) == []
    told = "The Pentagon said the 2,000 US troops in Syria would leave by December. The decision was final."
    assert _due(ex, told) == ["2025-12"]


@pytest.mark.parametrize(
    "text",
    [
        "The airline said on Thursday it had extended the suspension of its flights to Tel Aviv until July 31, "
        "citing the security situation.",
        "Because of the security situation, schools in Kharkiv will remain closed until September.",
        "Citing security threats, the State Department ordered non-emergency staff to leave the embassy in Baghdad by Friday.",
        "The evacuation of civilians from the town should be completed by Friday, the military governor said.",
    ],
)
def test_civil_lifes_plans_in_a_security_story_are_no_milestone(ex, text):
    """Flights halted, schools shut, an embassy's staff sent home or civilians evacuated by a date name no force,
    truce or deal: no step of a presence, though the story speaks of security."""
    assert _due(ex, text) == []


def test_troops_leaving_an_embassy_or_hostages_freed_under_a_deal_stay_milestones(ex):
    """A force named with the civil place, or a deal's release of hostages, is a step."""
    assert _due(ex, "US Marines guarding the embassy in Baghdad will leave the compound by Friday.") == ["2025-06-20"]
    assert _due(ex, "Under the deal, Hamas will release 10 hostages by Saturday.") == ["2025-06-21"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled Zaporizhzhia overnight. The bloc prolonged its sanctions on Moscow until January 31, "
        "envoys said.",
        "Fighting went on near Pokrovsk, where Ukrainian forces hold the line. Brussels also vowed to end all Russian "
        "oil imports by 2027.",
        "Militants attacked a checkpoint in Bannu on Monday. The colonel's sentence runs until 2028, his lawyer said.",
        "Houthi forces fired drones at a tanker. Washington will keep its arms embargo on the group until December.",
    ],
)
def test_sanctions_trade_bans_and_jail_terms_are_no_milestone(ex, text):
    """Sanctions prolonged, an import ban, an embargo or a jail term bound by a date name no force, truce or
    deal: no step of a presence, though the story around them speaks of forces."""
    assert _due(ex, text) == []


def test_a_prison_handed_over_or_troops_leaving_under_sanctions_stay_milestones(ex):
    """The clause hands a prison over, or names troops: a step, with a measure's word beside it."""
    told = "US troops guard the camp in Hasakah. Washington will hand the prison over to Syrian authorities by September."
    assert _due(ex, told) == ["2025-09"]
    told = "Under the sanctions deal, the troops will withdraw from the border by September."
    assert _due(ex, told) == ["2025-09"]


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Pakistani commanders spoke on the hotline about the ceasefire. The army chiefs will speak again on Monday.",
        "Envoys of the two armies discussed the truce in Doha. They will meet again on Tuesday, a mediator said.",
        "The defence ministers will confer on Wednesday in Ankara on the ceasefire, officials said.",
    ],
)
def test_a_talk_told_by_its_verb_is_no_milestone(ex, text):
    """Chiefs who will speak, meet or confer again on a day name no step: a talk, like a meeting told by its noun."""
    assert _due(ex, text) == []


def test_a_meeting_to_hand_over_a_base_stays_a_milestone(ex):
    """The near miss: a meeting whose clause names the step it is for ("meet ... to hand over") is kept."""
    told = "Border commanders will meet on Saturday to hand over the base to the army, the ministry said."
    assert _due(ex, told) == ["2025-06-21"]
