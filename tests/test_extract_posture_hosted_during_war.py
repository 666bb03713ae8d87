"""A level a host held during a named war ("During the Cold War, West Germany hosted as many as 250,000
American soldiers") is a former level, as "During the Iraq war, the US kept 150,000" already is."""

from tests.conftest import posture_with_qualifiers


def test_hosted_during_the_cold_war_is_former(ex):
    text = "During the Cold War, West Germany hosted as many as 250,000 American soldiers."
    assert posture_with_qualifiers(ex, text) == [("United States", "Germany", 250000, "as many as (former level)")]


def test_reworded_kuwait_hosted_during_iraq_war(ex):
    text = "During the Iraq war, Kuwait hosted about 20,000 US troops."
    assert posture_with_qualifiers(ex, text) == [("United States", "Kuwait", 20000, "about (former level)")]


def test_control_hosting_now_stands(ex):
    text = "Kuwait hosts about 13,500 US troops."
    assert posture_with_qualifiers(ex, text) == [("United States", "Kuwait", 13500, "about")]
