"""The list of disputed values names a timeline line as the chart does (who, step, where), not by a
source's clause cut mid-word; a line with no built name keeps its clause."""

from __future__ import annotations

from types import SimpleNamespace

from reporter.brief.commitments import MergedMilestone
from reporter.brief.merge import Claim, Disagreement
from reporter.brief.render import _disagreement_rows

_DUE = Disagreement(field="due", claims=(Claim(value="2030-12", sources=(1,)), Claim(value="2030-09", sources=(2,))))


def _line(what: str, headline: str) -> MergedMilestone:
    return MergedMilestone(
        key="k", what=what, headline=headline, due="2030-12", due_date="2030-12-31", status="due", days=300,
        status_text="in 300 days", sources=(1, 2), disagreements=(_DUE,),
    )  # fmt: skip


def _labels(*lines: MergedMilestone) -> list[str]:
    data = SimpleNamespace(incidents=[], milestones=list(lines), posture=[])
    return [r["label"] for r in _disagreement_rows(data, logged=set())]


def test_a_disputed_line_is_named_by_its_chart_label():
    clause = "the brigade would complete the pullout of its last units from the northern highlands"
    assert _labels(_line(clause, "Blue Corps: full withdrawal from the northern highlands")) == [
        "Milestone “Blue Corps: full withdrawal from the northern highlands”"
    ]


def test_a_line_without_a_built_name_keeps_its_clause():
    assert _labels(_line("the brigade leaves the valley", "")) == ["Milestone “the brigade leaves the valley”"]
