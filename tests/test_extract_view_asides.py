"""A relative clause set off by commas that tells someone's view of the subject names no doer: the subject acts."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the speakers of the view are no doers, and the clause adds no distance to the subject
        ("M23 rebels, who Kinshasa and UN experts say are armed by Rwanda, shelled a hill above Sake on Monday.", "M23"),
        # a saying inside the clause opens no report whose own subject would hide the doer
        ("Islamic State gunmen, who the army said had slipped in from Syria, attacked a checkpoint near Qaim on Monday.", "Islamic State"),
        ("Al-Shabaab fighters, whom Nairobi accuses of recruiting in its camps, stormed a police post in Mandera on Monday.", "Al-Shabaab"),
    ],
)
def test_the_subject_before_a_view_clause_acts(ex, text, doer):
    assert _actors(ex, text) == [(doer,)]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the label a view clause gives the subject names the doer
        ("The gunmen, whom the police described as Islamic State members, ambushed a patrol near Tikrit on Monday.", ("Islamic State",)),
        # a report outside any relative clause still names a doer of its own
        ("Kenya's police said on Monday Al-Shabaab fighters stormed a police post in Mandera.", ("Al-Shabaab",)),
    ],
)
def test_other_asides_and_reports_keep_their_reading(ex, text, doer):
    assert _actors(ex, text)[0] == doer
