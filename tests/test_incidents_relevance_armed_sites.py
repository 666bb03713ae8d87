"""A short report whose only word of war is a blow at a site of arms or war ("struck three nuclear sites",
"hit military targets") is about conflict; a labour strike at such a site is not."""

from datetime import date


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="x", published=date(2025, 6, 23)).incidents]


def test_blow_at_nuclear_sites_counts_as_conflict(ex):
    text = (
        "The United States struck three Iranian nuclear sites early on Sunday. "
        "The president said the sites had been wrecked. Tehran's envoy said the country would answer in time."
    )
    assert "air_strike" in _types(ex, text)


def test_blow_at_military_targets_counts_as_conflict(ex):
    text = "Israeli aircraft struck military targets in southern Syria late on Saturday. Damascus gave no details."
    assert _types(ex, text) != []


def test_labour_strike_at_a_nuclear_site_is_no_incident(ex):
    text = "Workers at the nuclear site struck on Sunday over pay. Managers said talks would resume on Monday."
    assert _types(ex, text) == []
