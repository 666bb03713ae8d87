"""Timeline fixtures by variant class: several articles telling one commitment in other words, at
other levels of place, under other names of its party, as a plan and its completion, or at another
precision of its due date, are one line; two commitments that plainly differ (another party, another
place, another kind of step) stay two. Each sentence is written for the test; the states, forces and
places are only names.

The tests marked xfail are readings the brief does not make yet (found while trying grouping designs:
see the notes on each). They are kept as fixtures for whoever takes them up; fixing one alone did
not lower the check shards' lines per commitment.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from reporter.brief.commitments import merge_milestones
from reporter.brief.merge import Report
from reporter.models import Milestone


def _lines(*told: tuple[str, str] | tuple[str, str, bool]) -> list[tuple[int, ...]]:
    """The timeline's lines (as the articles each holds) for one mention per article, in the order
    given, each published a day after the one before."""
    reports = [
        Report(
            source=n,
            published=date(2025, 1, n),
            fact=Milestone(what=t[0], due=t[1], evidence=t[0], done=bool(t[2]) if len(t) > 2 else False),
        )
        for n, t in enumerate(told, 1)
    ]
    return sorted(line.sources for line in merge_milestones(reports, as_of=date(2026, 3, 1)))


def test_one_leaving_told_with_other_verbs_is_one_line_and_a_base_handed_over_is_another():
    assert _lines(
        ("Belgian troops will leave Niger", "2025-09"),
        ("Belgium will withdraw its soldiers from Niger", "2025-09-30"),
        ("the Belgian contingent is to pull out of Niger", "2025-09"),
        ("Belgian forces will exit Niger", "2025"),
        ("Belgian troops will hand over their base in Niger to the army", "2025-09-30"),
    ) == [(1, 2, 3, 4), (5,)]


def test_a_base_a_region_and_the_country_of_one_leaving_are_one_line_and_another_country_is_not():
    assert _lines(
        ("Dutch troops will leave the Tessalit base", "2025-06"),
        ("Dutch troops will leave the Kidal region", "2025-06"),
        ("Dutch troops will leave Mali", "2025-06-30"),
        ("Dutch troops will leave Niger", "2025-06"),
    ) == [(1, 2, 3), (4,)]


def test_a_coalition_told_by_other_names_is_one_party_and_another_state_is_not():
    assert _lines(
        ("the coalition will end its mission in Iraq", "2025-09"),
        ("US-led forces will leave Iraq", "2025-09"),
        ("foreign troops are to depart Iraq", "2025-09-30"),
        ("the international coalition will withdraw from Iraq", "2025-09"),
        ("Turkish troops will leave Iraq", "2025-09"),
    ) == [(1, 2, 3, 4), (5,)]


def test_a_plan_and_the_reports_that_it_was_done_early_are_one_completed_line():
    reports = [
        Report(source=1, published=date(2025, 1, 5),
               fact=Milestone(what="Danish troops will withdraw from Chad by the end of March", due="2025-03",
                              evidence="Danish troops will withdraw from Chad by the end of March")),
        Report(source=2, published=date(2025, 2, 21),
               fact=Milestone(what="the last Danish soldiers left Chad", due="2025-02-20",
                              evidence="the last Danish soldiers left Chad", done=True)),
    ]  # fmt: skip
    (line,) = merge_milestones(reports, as_of=date(2026, 3, 1))
    assert line.sources == (1, 2) and line.status == "completed" and line.completed == "2025-02-20"


def test_one_deadline_at_three_precisions_is_one_line_and_a_deadline_moved_a_fortnight_is_two():
    assert _lines(
        ("Norwegian troops will leave Lebanon", "2025"),
        ("Norwegian troops will leave Lebanon by the end of June", "2025-06"),
        ("Norway's soldiers are to quit Lebanon", "2025-06-30"),
    ) == [(1, 2, 3)]
    assert _lines(
        ("Norwegian troops must leave Lebanon by June 2", "2025-06-02"),
        ("Norwegian troops must leave Lebanon by June 20", "2025-06-20"),
    ) == [(1,), (2,)]


@pytest.mark.xfail(strict=True, reason="a whole leaving done more than four months after the plan's month is another line")
def test_a_leaving_completed_months_late_is_the_plan_it_fulfils():
    # dates_apart parts due dates over 120 days; _met_late (92 days) wants the same stage, and the
    # plan has none. Letting a completed whole leaving of the same party and place meet a plan up to
    # half a year late changed nothing on the read or check shards.
    assert _lines(
        ("Swedish troops will leave Mali by the end of 2024", "2024-12"),
        ("the last Swedish soldiers left Mali", "2025-05-20", True),
    ) == [(1, 2)]


@pytest.mark.xfail(strict=True, reason="a mention naming its party but no place, due a month off, ties to nothing")
def test_a_party_without_its_place_a_month_off_joins_the_one_line_of_that_party():
    # Joining such a line to the one line of its party (doing the same, within a season) when only
    # one fits joined two check-shard lines, both wrongly (mixed lines 10 -> 12): dropped.
    assert _lines(
        ("Austrian troops will leave Cyprus", "2025-07"),
        ("Austria will pull its soldiers out", "2025-08"),
    ) == [(1, 2)]


@pytest.mark.xfail(strict=True, reason="'leave for' a country is read as leaving it, and police are no state's force")
def test_setting_off_for_a_country_is_a_deployment_there_and_police_are_a_force():
    # Reading "leave for <a named place>" as a deployment to it, and police and gendarmes as a
    # state's force, changed no figure on the read or check shards.
    assert _lines(
        ("the first Kenyan police officers will leave for Haiti", "2024-06-25"),
        ("Kenyan police will deploy to Haiti", "2024-06-25"),
        ("Kenyan troops will leave Haiti", "2025-06-25"),
    ) == [(1, 2), (3,)]


def _told_done(site: str) -> list[tuple[tuple[int, ...], str, str | None]]:
    reports = [
        Report(source=1, published=date(2025, 1, 5),
               fact=Milestone(what="Dutch troops will leave Mali by June", due="2025-06",
                              evidence="Dutch troops will leave Mali by June")),
        Report(source=2, published=date(2025, 5, 21),
               fact=Milestone(what=f"{site} on May 20", due="2025-05-20", evidence=f"{site} on May 20.", done=True)),
    ]  # fmt: skip
    return [(line.sources, line.status, line.completed) for line in merge_milestones(reports, as_of=date(2026, 3, 1))]


def test_one_base_left_is_a_step_towards_leaving_the_country_not_its_completion():
    """A plan to leave a country and a later report that the force left one of its bases: one line,
    not completed (one site gone is not the whole); the country left, or the last base, complete it.
    The last troops gone from one named site complete that site, a line of its own: the plan to
    leave the country stays due."""
    assert _told_done("Dutch troops left the Tessalit base") == [((1, 2), "passed", None)]
    assert _told_done("the last Dutch soldiers left the Tessalit base") == [((2,), "completed", "2025-05-20"), ((1,), "passed", None)]
    assert _told_done("the last Dutch soldiers left Mali") == [((1, 2), "completed", "2025-05-20")]
    assert _told_done("Dutch troops left their last base in Mali") == [((1, 2), "completed", "2025-05-20")]
    assert _told_done("Dutch troops left Mali") == [((1, 2), "completed", "2025-05-20")]


def test_the_last_troops_gone_from_a_site_complete_the_plan_for_that_site():
    """A plan that names the site ("the Tessalit base will be closed by June") and the last troops
    gone from it are one line, completed."""
    reports = [
        Report(source=1, published=date(2025, 1, 5),
               fact=Milestone(what="the Tessalit base will be closed", due="2025-06",
                              evidence="Dutch troops said the Tessalit base will be closed by June")),
        Report(source=2, published=date(2025, 5, 21),
               fact=Milestone(what="the last Dutch soldiers left the Tessalit base on May 20", due="2025-05-20",
                              evidence="the last Dutch soldiers left the Tessalit base on May 20.", done=True)),
    ]  # fmt: skip
    lines = merge_milestones(reports, as_of=date(2026, 3, 1))
    assert [(line.sources, line.status, line.completed) for line in lines] == [((1, 2), "completed", "2025-05-20")]


def test_a_leaving_due_at_a_months_end_and_done_weeks_late_is_one_completed_line():
    """'by the end of June' (June 30) and a report that the force left on August 8: that deadline met
    late, as it is when the plan gives only the month. A deadline on a day inside the month, met as
    late, and a deadline moved to another month's end (both pending) stay two lines."""
    assert _lines(
        ("Greek troops will leave Cyprus by the end of June", "2025-06-30"),
        ("Greek troops left Cyprus on August 8", "2025-08-08", True),
    ) == [(1, 2)]
    assert _lines(
        ("Greek troops will leave Cyprus by June 15", "2025-06-15"),
        ("Greek troops left Cyprus on August 8", "2025-08-08", True),
    ) == [(1,), (2,)]
    assert _lines(
        ("Greek troops will leave Cyprus by the end of June", "2025-06-30"),
        ("Greek troops will leave Cyprus by the end of August", "2025-08-31"),
    ) == [(1,), (2,)]


def _status_after(what: str, evidence: str) -> list[str]:
    reports = [
        Report(source=1, published=date(2025, 1, 5),
               fact=Milestone(what="Greek troops will leave Cyprus by June", due="2025-06",
                              evidence="Greek troops will leave Cyprus by June.")),
        Report(source=2, published=date(2025, 7, 20), fact=Milestone(what=what, due="2025-06", evidence=evidence)),
    ]  # fmt: skip
    return [line.status for line in merge_milestones(reports, as_of=date(2026, 3, 1))]


def test_a_step_told_gone_beside_a_plan_of_another_clause_is_no_pending_report():
    """A later sentence tells the step done in the past ("left Cyprus by June") and another step in the
    future ("will leave Crete"): its "will" does not make the first step overdue; a later source that
    still tells the first step ahead, or not done yet, does."""
    assert _status_after(
        "Greek troops left Cyprus", "Greek troops left Cyprus by June and will leave Crete by June 2026."
    ) == ["passed"]
    assert _status_after("Greek troops will leave Cyprus", "Greek troops will leave Cyprus by June.") == ["overdue"]
    assert _status_after(
        "Greek troops have not left Cyprus", "Greek troops have not left Cyprus despite the June deadline."
    ) == ["overdue"]


def test_the_last_troops_gone_from_a_town_complete_that_town_not_the_country():
    """The last of a force gone from one town ("left Tessalit", or Faya, a town only the world list
    knows) is that town's step, not the plan to leave the country; the country left completes it."""
    assert _told_done("the last Dutch soldiers left Tessalit") == [((2,), "completed", "2025-05-20"), ((1,), "passed", None)]
    assert _told_done("the last Dutch soldiers left the Kidal region") == [((1, 2), "completed", "2025-05-20")]


def test_two_towns_left_are_two_steps_and_one_town_told_two_ways_is_one():
    assert _lines(
        ("the last Dutch soldiers left Tessalit on Thursday", "2025-01-16", True),
        ("the last Dutch soldiers left Kidal on Saturday", "2025-01-25", True),
    ) == [(1,), (2,)]
    assert _lines(
        ("the last Dutch soldiers left Tessalit on Thursday", "2025-01-16", True),
        ("the last Dutch soldiers left the Tessalit base on Friday", "2025-01-17", True),
    ) == [(1, 2)]
    assert _lines(
        ("French troops will leave Faya", "2025-01"),
        ("French troops will leave Abeche", "2025-01"),
    ) == [(1,), (2,)]
    # A town a clause names otherwise than as where its step is taken parts nothing.
    assert _lines(
        ("Dutch troops will leave Tessalit", "2025-06"),
        ("Gao airport hosts a base the Dutch troops will leave", "2025-06"),
    ) == [(1, 2)]


def test_one_town_under_two_spellings_is_one_place_left():
    """'Arbil' is the gazetteer's Erbil: the last troops gone from either are one step."""
    assert _lines(
        ("the last Dutch soldiers left Erbil on Thursday", "2025-01-16", True),
        ("the last Dutch soldiers left Arbil on Friday", "2025-01-17", True),
    ) == [(1, 2)]


def test_the_last_troops_gone_from_a_towns_base_complete_the_plan_to_leave_that_town():
    reports = [
        Report(source=1, published=date(2025, 1, 5),
               fact=Milestone(what="Dutch troops will leave Tessalit", due="2025-06",
                              evidence="Dutch troops will leave Tessalit by June")),
        Report(source=2, published=date(2025, 5, 21),
               fact=Milestone(what="the last Dutch soldiers left the Tessalit base on May 20", due="2025-05-20",
                              evidence="the last Dutch soldiers left the Tessalit base on May 20.", done=True)),
    ]  # fmt: skip
    assert [(m.sources, m.status) for m in merge_milestones(reports, as_of=date(2026, 3, 1))] == [((1, 2), "completed")]
    # Near miss: some of the troops gone from the base leave the plan to leave the town open.
    some = replace(reports[1], fact=replace(reports[1].fact, what="Dutch soldiers left the Tessalit base on May 20"))
    assert [(m.sources, m.status) for m in merge_milestones([reports[0], some], as_of=date(2026, 3, 1))] == [((1, 2), "passed")]
