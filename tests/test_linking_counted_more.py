"""Weapons counted as more of the kind just told ("38 more", "another 14") are a further event of their own,
with their own count and spot, not the salvo told again nor a share of it (GUIDE: one record per real event);
a share counted out of the salvo ("twenty of them") stays one event."""

from datetime import date

import pytest

DAY = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "counts", "place"),
    [
        (
            "Ukraine's air force said it shot down 42 drones overnight. Air defences later downed 38 more over Kyiv.",
            [42, 38],
            "Kyiv",
        ),
        (
            "Ukraine's air force said on Thursday it had shot down 25 Russian drones over the Sumy region. "
            "Another 14 were downed over Kharkiv, the governor said.",
            [25, 14],
            "Kharkiv",
        ),
        (
            "Ukraine's air force said on Thursday it had shot down 25 Russian drones over the Sumy region. "
            "Air defences in Kharkiv downed 11 more later in the day, the governor said.",
            [25, 11],
            "Kharkiv",
        ),
    ],
)
def test_more_counted_apart_is_a_further_interception(ex, text, counts, place):
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert [i.count for i in incs] == counts
    assert incs[1].location == place
    assert incs[0].location != place


def test_a_share_of_the_salvo_stays_one_event(ex):
    """Near miss: a share of the drones told downed at a spot is the same interception."""
    text = "Ukraine's air force said on Thursday it had shot down 25 Russian drones overnight. Twenty of them were downed over the Kyiv region."
    assert [i.count for i in ex.extract(text, id="t", published=DAY).incidents] == [25]


def test_more_counted_apart_keep_the_doer_told_before(ex):
    """'Three more hit ...' after a party's salvo is one more of its kind, by the same hand (as 'a second strike')."""
    text = "Russian missiles struck an energy facility in Odesa on Wednesday. Three more hit a port terminal in Izmail that night."
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert [(i.location, i.actors) for i in incs] == [("Odesa", ("Russia",)), ("Izmail", ("Russia",))]


def test_more_victims_lend_no_doer(ex):
    """Near miss: a toll of more people after a party's strike names no further deed."""
    text = "Russian missiles struck an energy facility in Odesa on Wednesday, killing two. Gunmen shot dead three more near Izmail."
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert all(i.actors != ("Russia",) for i in incs if i.location == "Izmail")
