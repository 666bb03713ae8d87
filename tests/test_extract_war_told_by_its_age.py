"""Fighting between two sides told only as entering another year (or month) of a war is the war in general,
no armed clash of the report; fighting between them told breaking out somewhere, or with a toll of its own
while the war grows older, stays an event."""

from datetime import date


def _types(ex, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


def test_fighting_entering_its_year_is_no_clash(ex):
    text = (
        "Aid agencies said on Tuesday that nine million people in Sudan had fled their homes, as fighting "
        "between the army and the Rapid Support Forces enters its fourth year."
    )
    assert _types(ex, text) == []


def test_fighting_breaking_out_stays(ex):
    text = "Fighting between the army and the Rapid Support Forces broke out in the town of Kadugli on Tuesday."
    assert _types(ex, text) == ["armed_clash"]


def test_fighting_with_a_toll_as_war_ages_stays(ex):
    text = (
        "Fighting between the army and the Rapid Support Forces killed 30 people in Kadugli on Tuesday, "
        "as the war entered its fourth year."
    )
    assert _types(ex, text) == ["armed_clash"]
