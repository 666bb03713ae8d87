"""A country that opens the step's sentence, not as a place, is the step's party: the label's owner is
that country, not a force named sentences before."""

from datetime import date

_US = "About 1,000 US troops were based in Niger until this spring, officials said. "


def _labels(ex, text):
    return [m.what for m in ex.extract(text, id="x", published=date(2024, 8, 6)).milestones]


def test_country_subject_owns_the_step(ex):
    text = _US + "Germany, which keeps a small air transport base in Niamey, said its 90 soldiers would leave by August 31."
    labels = _labels(ex, text)
    assert any(w.endswith("(Germany)") for w in labels), labels
    assert not any("US troops" in w for w in labels), labels


def test_country_subject_after_comma_clause(ex):
    text = _US + "Italy, whose trainers stay at a base near the capital, said its contingent would depart by the end of September."
    labels = _labels(ex, text)
    assert any(w.endswith("(Italy)") for w in labels), labels


def test_country_as_place_leaves_owner_from_before(ex):
    # near miss: a country named as where the step happens is no party; the force told before stays the owner
    text = _US + "In Niger, the remaining soldiers will leave by August 31."
    labels = _labels(ex, text)
    assert labels and not any(w.endswith("(Niger)") for w in labels), labels
