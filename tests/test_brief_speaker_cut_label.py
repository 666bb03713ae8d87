"""A commitment's wording cut from its speaker ("says it will complete its pull-out from X") or from
the phrase before it ("planned, and that the remaining troops will leave X") does not read alone: the
line takes another outlet's clean clause, or, told by one outlet only, its whole sentence."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.conftest import outlet_brief

_AS_OF = datetime(2030, 6, 5, tzinfo=UTC)
_SAYS = ("2030-06-02", "The European contingent, which gave up its post at Kidal last week, says it will complete its pull-out from Tessalit by July 31.")  # fmt: skip
_TAIL = ("2030-06-03", "The defence ministry confirmed that the handover took place as planned, and that the remaining European troops will leave Tessalit by July 31.")  # fmt: skip
_CLEAN = ("2030-06-03", "About 300 European troops remain in Tessalit and all of them are due to leave by July 31, officials said.")  # fmt: skip


def _labels(ex, *told: tuple[str, str]) -> list[str]:
    return [m.label for m in outlet_brief(ex, *told, as_of=_AS_OF).milestones]


def test_a_clean_clause_is_preferred_to_one_cut_from_its_speaker(ex):
    assert _labels(ex, _SAYS, _CLEAN) == ["About 300 European troops remain in Tessalit and all of them are due to leave"]


def test_a_lone_cut_wording_gives_its_whole_sentence(ex):
    (says,) = _labels(ex, _SAYS)
    assert says.startswith("The European contingent") and "pull-out from Tessalit" in says
    (tail,) = _labels(ex, _TAIL)
    assert tail.startswith("The defence ministry confirmed") and "leave Tessalit" in tail


def test_a_clause_that_opens_with_its_subject_stays(ex):
    """Control: one clean wording is the line as told."""
    assert _labels(ex, _CLEAN) == ["About 300 European troops remain in Tessalit and all of them are due to leave"]
