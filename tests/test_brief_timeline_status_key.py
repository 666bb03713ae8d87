"""The timeline chart says no status in its labels (the table beside it does): a withdrawal's stage
is a noun ("full withdrawal from X"), and a key under the chart names what each marker colour means."""

from __future__ import annotations

from datetime import date

from reporter.brief.charts import STATUS_COLOURS, timeline
from reporter.brief.commitments import MergedMilestone
from reporter.brief.phrasing import commitment_label

TODAY = date(2030, 5, 1)


def _line(key: str, status: str, due: date) -> MergedMilestone:
    return MergedMilestone(
        key=key, what=f"the brigade will leave the {key} valley", due=due.isoformat(), due_date=due.isoformat(),
        status=status, days=(due - TODAY).days, status_text="", sources=(1,),
    )  # fmt: skip


def test_a_withdrawal_to_be_completed_reads_as_a_step_not_a_status():
    """'withdrawal from Chad complete' beside a line the table calls due read as done."""
    label = commitment_label("Blue Corps", "Chad", action="end presence", step="presence", stage="complete")
    assert label == "Blue Corps: full withdrawal from Chad"


def test_other_stages_and_steps_keep_their_wording():
    """Control: a beginning, a plain withdrawal and a handover read as before."""
    assert commitment_label("Blue Corps", "Chad", action="end presence", step="presence", stage="begin") == (
        "Blue Corps: withdrawal from Chad begins"
    )
    assert commitment_label("Blue Corps", "Chad", action="end presence", step="presence") == "Blue Corps: withdrawal from Chad"
    assert commitment_label("Blue Corps", "Chad", action="hand over", step="presence") == "Blue Corps: handover in Chad"


def test_the_chart_keys_the_colours_of_the_statuses_it_shows():
    (svg,) = timeline([_line("north", "completed", date(2030, 3, 1)), _line("south", "due", date(2030, 9, 1))], today=TODAY)
    assert ">completed<" in svg and ">due<" in svg
    assert ">overdue<" not in svg and ">passed<" not in svg  # statuses no line has are not keyed
    assert STATUS_COLOURS["completed"] in svg and STATUS_COLOURS["due"] in svg


def test_a_split_chart_keys_its_colours_once_under_the_last_part():
    lines = [_line(f"v{k}", "due", date(2030, 6, 1 + k)) for k in range(30)]
    parts = timeline(lines, today=TODAY)
    assert len(parts) > 1
    assert [">due<" in p for p in parts] == [False] * (len(parts) - 1) + [True]
