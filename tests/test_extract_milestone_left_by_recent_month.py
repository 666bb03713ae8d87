"""A force told as having left by a month just gone ("had left the country by mid-June", told in August) is
a step done, dated by that month; a month named alone ("left in June") stays background."""

from datetime import date

_LEAD = "The Pentagon said the drawdown from Niger was on track.\n"


def _steps(ex, text):
    return [(m.due, m.done) for m in ex.extract(_LEAD + text, id="x", published=date(2024, 8, 6)).milestones]


def test_had_already_left_by_mid_month(ex):
    assert _steps(ex, "About 600 US troops had already left the country by mid-June, officials said.") == [("2024-06", True)]


def test_had_left_named_country_by_mid_month(ex):
    assert _steps(ex, "Roughly 500 American soldiers had departed Niger by early July, officials said.") == [("2024-07", True)]


def test_month_alone_stays_background(ex):
    # near miss: a month with no bound may be of any year
    assert _steps(ex, "The last US troops left Niger in June, officials said.") == []
