"""An event told "separately" or "elsewhere" after the lead is another matter, not the lead told again, even
at a town that lies in the lead's district; an event told at a town in the lead's district without such a
word still retells it."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return sorted((i.type, i.location, i.casualties.killed, i.casualties.injured) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "A roadside bomb killed three police officers in Kurram district on Thursday, local officials said. "
            "Separately, gunmen opened fire on a checkpoint near Bannu, wounding two soldiers.",
            [("armed_clash", "Bannu", None, 2), ("explosion", "Kurram district", 3, None)],
        ),
        (
            "A roadside bomb killed three police officers in Kurram district on Thursday, local officials said. "
            "Elsewhere, gunmen opened fire on a checkpoint near Bannu, wounding two soldiers.",
            [("armed_clash", "Bannu", None, 2), ("explosion", "Kurram district", 3, None)],
        ),
    ],
)
def test_separately_not_retold(ex, text, seen):
    assert _seen(ex, text) == seen


def test_retold_without_the_word(ex):
    # control: the lead told again at a town of its district, with no word setting it apart, stays one event
    text = (
        "A roadside bomb killed three police officers in Kurram district on Thursday, local officials said. "
        "The bomb hit a police van near Parachinar, they said."
    )
    assert _seen(ex, text) == [("explosion", "Parachinar", 3, None)]
