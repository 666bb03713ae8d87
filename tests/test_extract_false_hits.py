"""Incident false hits read on real news: words that tell no event of their own (a last sentence the page
cut off mid-way), each beside a near miss that still tells one."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 10)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _types(ex: Extractor, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="x", published=PUB).incidents]


def test_last_sentence_cut_off_mid_way_tells_no_event(ex):
    """A text whose last sentence breaks off in a word or before its noun ("near the port i", "three
    guards and a") was saved or quoted short: what it starts to tell is not told, so no event is read."""
    opening = "The harbour reopened to aid ships this week. Officials spoke of the long relief effort. "
    assert _types(ex, opening + "Two cargo ships were attacked near the Bab el-Mandeb Strait i") == []
    assert _types(ex, opening + "\n- Yemen: Grenade attack in Aden leaves two guards and a") == []
    # the same sentence told in full, or closed by a name as a title ends, is an event
    assert _types(ex, opening + "Two cargo ships were attacked near the Bab el-Mandeb Strait.") != []
    assert _types(ex, opening + "Two cargo ships were attacked near the Bab el-Mandeb Strait on Sunday") != []
    # a short text (a headline over its lead) is read whole, stop or no stop
    assert _types(ex, "Two cargo ships were attacked near the Bab el-Mandeb Strait on Sunday, killing a sailor and a") != []
