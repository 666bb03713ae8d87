"""A part of an operation told just before, opened by "one" or "another" ("One shell hit a clinic in X"), or
weapons counted as more of those just stopped ("Another 9 were shot down over Y"), is done by the same
hand, and stands as an event of its own: it is no retelling of the whole, nor the whole's scene."""

from datetime import date

DAY = date(2025, 5, 9)


def _by_place(incs):
    return {i.location: i for i in incs}


def test_one_strike_of_the_operation_takes_its_doer_and_stays_apart(ex):
    text = (
        "Israeli strikes killed 15 people across Gaza on Thursday, medics said. "
        "One strike hit a clinic in Khan Younis, killing nine."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert len(incs) == 2
    part = next(i for i in incs if i.location == "Khan Younis")
    assert part.actors == ("Israel",) or list(part.actors) == ["Israel"]
    assert part.casualties.killed == 9
    whole = next(i for i in incs if i.location != "Khan Younis")
    assert whole.casualties.killed == 15


def test_one_missile_of_a_salvo_takes_the_launcher(ex):
    text = (
        "Russian forces launched 90 drones and four cruise missiles at Ukraine overnight, officials said. "
        "One missile struck a warehouse in Poltava, injuring two people."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    hit = _by_place(incs)["Poltava"]
    assert list(hit.actors) == ["Russia"]


def test_more_downed_take_the_interceptor_and_weapon(ex):
    text = (
        "Ukraine's air force said it shot down 51 of the drones overnight. Another 9 were downed over Sumy. "
        "Air defences later downed 12 more over Odesa."
    )
    incs = _by_place(ex.extract(text, id="t", published=DAY).incidents)
    assert list(incs["Sumy"].actors) == ["Ukraine"]
    assert list(incs["Odesa"].actors) == ["Ukraine"]
    assert list(incs["Odesa"].objects) == ["drone"]


def test_control_a_strike_told_with_no_part_word_takes_no_doer(ex):
    """Near miss: a strike told on its own after another side's attack is not made that side's."""
    text = (
        "Russian forces launched 90 drones at Ukraine overnight, officials said. "
        "A missile struck a warehouse in Poltava on Friday, injuring two people."
    )
    incs = _by_place(ex.extract(text, id="t", published=DAY).incidents)
    assert "Russia" not in list(incs["Poltava"].actors)


def test_another_with_its_noun_left_out_is_one_more_strike(ex):
    text = (
        "Israeli strikes killed 15 people across Gaza on Thursday, medics said. "
        "One strike hit a clinic in Khan Younis, killing nine. Another hit a house in Deir al-Balah, killing six."
    )
    incs = _by_place(ex.extract(text, id="t", published=DAY).incidents)
    assert incs["Deir al-Balah"].type == "air_strike"
    assert incs["Deir al-Balah"].casualties.killed == 6
    assert list(incs["Deir al-Balah"].actors) == ["Israel"]


def test_control_another_before_a_noun_of_its_own_is_not_read_so(ex):
    """Near miss: 'another' before a noun of its own ('another truck hit a barrier') counts no strike."""
    text = (
        "Israeli strikes killed 15 people across Gaza on Thursday, medics said. "
        "Another truck hit a barrier in Deir al-Balah."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert [i.casualties.killed for i in incs] == [15]
    assert all("truck" not in i.evidence for i in incs)


def test_one_of_the_bombs_dropped_is_the_air_strike_of_its_doer(ex):
    """A part told by a weapon the whole named more exactly ('guided bombs', then 'another') is of the whole's
    kind: bombs dropped by a state's aircraft are an air strike, not a bombing of unknown hands."""
    text = (
        "Russian forces attacked Zaporizhzhia with guided bombs on Saturday afternoon, the regional governor said. "
        "One bomb hit a supermarket in the city centre, killing four people. "
        "Another struck a residential block in the Shevchenkivskyi district, wounding 11."
    )
    incs = _by_place(ex.extract(text, id="t", published=DAY).incidents)
    part = incs["Shevchenkivskyi district"]
    assert part.type == "air_strike"
    assert list(part.actors) == ["Russia"]


def test_control_a_bomb_told_on_its_own_stays_a_blast(ex):
    """Near miss: a bomb that went off with no part word, after an air raid, is not made the raid's."""
    text = (
        "Russian forces attacked Zaporizhzhia with guided bombs on Saturday afternoon, the regional governor said. "
        "A bomb planted in a car exploded in the Shevchenkivskyi district on Saturday, wounding 11."
    )
    incs = _by_place(ex.extract(text, id="t", published=DAY).incidents)
    assert "Russia" not in list(incs["Shevchenkivskyi district"].actors)
