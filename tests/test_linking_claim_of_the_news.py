"""A claim told after a recap of an earlier attack ("On March 2, rockets landed near the runway") is of the
story's news event, the one told before the recap with a later day, not of the recalled one (GUIDE: the
claimant goes on the event claimed); with no recap the claim goes to the event just told."""

from datetime import date

DAY = date(2025, 3, 21)


def test_claim_after_a_recap_goes_to_the_news_event(ex):
    text = (
        "A drone struck a logistics base near Kirkuk airport on Thursday night, security officials said. "
        "It was the fourth attack on the base this month. On March 2, three rockets landed near its fence. "
        "A group calling itself Saraya Awliya al-Dam claimed the attack in an online statement."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    news = next(i for i in incs if "drone" in i.objects)
    recap = next(i for i in incs if "rocket" in i.objects)
    assert any(a.endswith("(claimed)") for a in news.actors)
    assert not any(a.endswith("(claimed)") for a in recap.actors)


def test_control_claim_with_no_recap_goes_to_the_event_told(ex):
    text = (
        "Three rockets landed near the fence of a logistics base at Kirkuk airport on Thursday, officials said. "
        "A group calling itself Saraya Awliya al-Dam claimed the attack in an online statement."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert len(incs) == 1
    assert any(a.endswith("(claimed)") for a in incs[0].actors)
