"""A navy named in its state's adjective ("The Danish navy plans to ...") is the party of the steps its sentence
tells, as an army is; the troops of another state told two sentences before are not."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 2, 2)
BEFORE = "Some 30,000 US troops are stationed across the region, officials said. Tensions have risen since the autumn. "


def _whats(ex, text: str) -> list[str]:
    return [m.what for m in ex.extract(BEFORE + text, id="x", published=PUB).milestones]


def test_a_navy_is_its_sentence_s_party(ex):
    """A step told after the navy's plan, with no subject of its own, is labelled by the navy's state."""
    text = "The Danish navy also plans to send a frigate to Bahrain by April, replacing one that is due to return home at the end of February."
    whats = _whats(ex, text)
    assert whats and all("(US" not in w for w in whats)
    assert any(w.endswith("(Danish)") for w in whats)


def test_an_army_stays_its_sentence_s_party(ex):
    """The same shape with an army already named its state."""
    text = "The Danish army also plans to send a company to Bahrain by April, replacing one that is due to return home at the end of February."
    whats = _whats(ex, text)
    assert whats and all("(US" not in w for w in whats)
