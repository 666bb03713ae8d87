"""A row cites each source once: a bare noun closing another's name ("the source added" after "a
security source said") is the same source retold, not another."""

from __future__ import annotations

from reporter.brief.merge import _attributions
from tests.conftest import outlet_brief


def _rows(ex, *told: tuple[str, str]):
    return outlet_brief(ex, *told).incidents


def test_a_source_retold_by_its_bare_noun_is_cited_once(ex):
    first = (
        "2030-11-09",
        "Three rockets were fired at Balad air base north of Baghdad on Saturday, a police source said. "
        "Two of the rockets were shot down by the base's defences, the source added.",
    )
    second = ("2030-11-09", "Rockets struck Balad air base on Saturday evening, a Kurdish official said.")
    (row,) = _rows(ex, first, second)
    cites = set(row.attributions)
    assert "source" not in cites
    assert {"a police source", "a Kurdish official"} <= cites


def test_names_alike_and_told_apart():
    assert _attributions(["a security source", "source", None, "the security source"]) == ("a security source",)
    # Control: two sources that only share a word stay two, and so does an outlet's tag.
    assert _attributions(["a police source", "a military source"]) == ("a police source", "a military source")
    assert _attributions(["army (Desk 1)", "the army"]) == ("army (Desk 1)", "the army")
