"""A site named as its town's own ("the city's market") is told for the first time, as "a market" is: a blast
there on a day of its own words apart from a fight's is another event, not the fight's opening."""

import datetime

JUNE_2 = datetime.date(2025, 6, 2)  # a Monday


def _typed_days(ex, text):
    facts = ex.extract(text, id="t", published=JUNE_2)
    return sorted((i.type, i.date) for i in facts.incidents)


def test_blast_at_the_towns_market_a_day_before_is_its_own(ex):
    text = "Gunmen killed four people in Kherson on Sunday morning. On Saturday a car bomb exploded in the city's market."
    assert _typed_days(ex, text) == [("armed_clash", "2025-06-01"), ("explosion", "2025-05-31")]


def test_rewording_with_the_day_after_the_site(ex):
    text = "Gunmen killed four people in Kherson on Sunday morning. A car bomb exploded in the town's main market on Saturday."
    assert ("explosion", "2025-05-31") in _typed_days(ex, text)


def test_the_site_alone_may_still_retell_the_fight(ex):
    # near miss: "the market" with no owner may be the fight's scene told again; it stays one event
    text = "Gunmen killed four people in Kherson on Sunday morning. On Saturday a car bomb exploded in the market."
    assert _typed_days(ex, text) == [("armed_clash", "2025-06-01")]
