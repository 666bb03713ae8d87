"""A stretch given to a party ("X has 60 days to pull its fighters north of the river") is labelled by the
step after it, who does what where, not by the clause before the stretch that names no step."""

from datetime import date

_PUB = date(2025, 3, 3)


def _got(ex, text):
    return [(m.due, m.what) for m in ex.extract(text, id="x", published=_PUB).milestones if not m.done]


def test_step_after_the_stretch_labels_it(ex):
    text = "Under the pact signed on February 20, the militia has 30 days to pull its gunmen south of the highway."
    assert _got(ex, text) == [("2025-03-22", "the militia has 30 days to pull its gunmen south of the highway")]


def test_step_before_the_date_keeps_its_clause(ex):
    # control: a clause naming its step before the date keeps it
    text = "Under the pact signed on February 20, the militia will withdraw from the highway within 30 days."
    assert [w for _, w in _got(ex, text)] == ["the militia will withdraw from the highway"]
