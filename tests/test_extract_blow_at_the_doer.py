"""A blow told after a lead and aimed at the lead's own doer ("the RSF shelled the town ... the air force
struck RSF positions nearby") is the other side's answer, a second event, not the lead told again. A
retelling that names no such target, or the lead's doer as the agent after "by", still folds into it."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _incidents(text):
    return [(i.type, i.location) for i in shared_extractor().extract(text, id="t", published=date(2026, 3, 12)).incidents]


_LEAD = "The Rapid Support Forces shelled Babanusa on Tuesday and Wednesday, killing 15 civilians, medics said. "


def test_the_answer_aimed_at_the_leads_doer_is_its_own_event():
    text = _LEAD + "Army jets bombed RSF positions west of Babanusa on Wednesday, a military source said."
    assert _incidents(text) == [("shelling", "Babanusa"), ("air_strike", "Babanusa")]


def test_a_retelling_with_the_doer_as_its_agent_folds():
    """Near miss: the town told again as struck by the lead's own doer."""
    text = _LEAD + "Homes near the market were struck by the RSF on Wednesday, residents said."
    assert [t for t, _ in _incidents(text)] == ["shelling"]


def test_the_same_kind_of_answer_is_not_merged_by_the_linker():
    """Same type, day and town: still the other side's fire, aimed at the first doer."""
    text = (
        "Russian troops shelled Nikopol on Thursday, killing two pensioners, the regional governor said. "
        "Ukrainian artillery struck Russian positions near Nikopol on Thursday."
    )
    assert [t for t, _ in _incidents(text)] == ["shelling", "shelling"]


def test_a_retelling_of_the_same_shelling_still_merges():
    """Near miss: the second sentence retells the first doer's fire on the town."""
    text = (
        "Russian troops shelled Nikopol on Thursday, killing two pensioners, the regional governor said. "
        "Russian artillery hit homes in Nikopol on Thursday, he added."
    )
    assert [t for t, _ in _incidents(text)] == ["shelling"]
