"""Incident false hits read on real news: words that tell no event of their own (a last sentence the page
cut off mid-way), each beside a near miss that still tells one."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 10)


def _types(ex: Extractor, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="x", published=PUB).incidents]


def test_last_sentence_cut_off_mid_way_tells_no_event(ex):
    """A text whose last sentence breaks off in a word or before its noun ("near the port i", "three
    guards and a") was saved or quoted short: what it starts to tell is not told, so no event is read."""
    opening = "The harbour reopened to aid ships this week. Officials spoke of the long relief effort. "
    assert _types(ex, opening + "Two cargo ships were attacked near the Bab el-Mandeb Strait i") == []
    assert _types(ex, opening + "\n- Yemen: Grenade attack in Aden leaves two guards and a") == []
    # the same sentence told in full, or closed by a name as a title ends, is an event
    assert _types(ex, opening + "Two cargo ships were attacked near the Bab el-Mandeb Strait.") != []
    assert _types(ex, opening + "Two cargo ships were attacked near the Bab el-Mandeb Strait on Sunday") != []
    # a short text (a headline over its lead) is read whole, stop or no stop
    assert _types(ex, "Two cargo ships were attacked near the Bab el-Mandeb Strait on Sunday, killing a sailor and a") != []


def test_cause_named_after_the_event_word_gives_it_no_means(ex):
    """ "Israeli strikes prompted by Hezbollah rocket fire hit X": the rockets are the cause's means, named
    after the strikes' own word with no comma; the event told is the strikes (an air strike by Israel), not a
    rocket attack. The same cause with no event word before it is the event itself."""
    for cause in ("prompted by Hezbollah rocket fire", "triggered by a Hezbollah drone attack"):
        text = f"Israeli strikes {cause} hit villages in southern Lebanon on Sunday."
        (one,) = ex.extract(text, id="x", published=PUB).incidents
        assert (one.type, one.actors) == ("air_strike", ("Israel",)), cause
    # near miss: rockets that are the event's own means keep it a rocket attack
    text = "Hezbollah rockets fired at Israel on Sunday hit villages in the Galilee."
    assert "rocket_attack" in _types(ex, text)


def test_last_attack_of_a_series_takes_the_kind_of_the_news(ex):
    """ "Twin bombings killed 20 in X ... The last attack on the station was in 2018": an attack word with no
    weapon, named as the one before the news, is an earlier bombing of that series, not a fight on the ground."""
    text = (
        "Twin suicide bombings killed 20 people at a bus station in Mosul on Thursday. "
        "The last attack in Mosul was in March 2019, which killed 12 people at the same station."
    )
    incidents = ex.extract(text, id="x", published=PUB).incidents
    assert [(i.type, i.date) for i in incidents] == [
        ("explosion", "2025-03-06"), ("explosion", "2019-03-01/2019-03-31")
    ]
    # near misses: the series of a fight stays fights, and an attack not told as the one before keeps its type
    text = "Gunmen stormed a school in Kidal on Sunday, killing 9. The previous major attack by the group was in May, leaving 4 dead."
    assert _types(ex, text) == ["armed_clash", "armed_clash"]
    text = "Twin suicide bombings killed 20 people at a bus station in Mosul on Thursday. Gunmen attacked a checkpoint in the city in March, killing three."
    assert _types(ex, text) == ["explosion", "armed_clash"]


def test_attack_by_as_many_weapons_as_were_downed_is_the_interception(ex):
    """ "Two drones crashed into the palace on Wednesday ... two drones were shot down by the guards": the
    drones downed at that spot on that day are one interception told from both sides, not an attack besides."""
    text = (
        "Officials accused the rebels of trying to kill the governor after two drones crashed into the palace "
        "in Aden on Wednesday. Guards said two drones were shot down and did no harm."
    )
    assert _types(ex, text) == ["interception"]
    # near misses: other drones, another number of them, an attack that wounded, or a launch told at a target
    # (fired at it, then downed) stay an attack besides
    more = "Two drones struck a hangar at the base in Erbil on Wednesday. Officials said two other drones were intercepted over the base."
    fewer = "Three drones attacked the base in Erbil on Wednesday. Air defences shot down two drones over the base."
    hurt = "Two drones struck a hangar at the base in Erbil on Wednesday, wounding three. Air defences shot down two drones over the base."
    launch = "Rebels fired two drones at the palace in Aden on Wednesday. Guards said two drones were intercepted over the palace."
    for text in (more, fewer, hurt, launch):
        assert sorted(_types(ex, text)) == ["drone_attack", "interception"], text


def test_hyphened_event_word_before_a_weapon_names_its_role(ex):
    """ "land-attack cruise missile strikes": the "attack" joined to "land" names what the missiles are
    for, not an event of the clause; the strikes by missiles are a missile attack."""
    text = "On Tuesday night, US forces carried out land-attack cruise missile strikes against rebel radar posts in Yemen."
    assert _types(ex, text) == ["missile_attack"]
    # near miss: a hyphened event word before no weapon ("a counter-attack by rebels") still tells the event
    assert _types(ex, "A counter-attack by rebels near Marib on Tuesday killed 12 soldiers.") == ["armed_clash"]


def test_an_airspace_step_takes_no_doer_from_the_attack_it_answers(ex):
    """ "Jordan closed its airspace on Sunday after the Iranian missile barrage": the barrage referred to is
    what the closure answers; its doer (Iran, named by a demonym) took no airspace step."""
    for link in ("after the Iranian missile barrage", "citing the Iranian missile barrage"):
        text = f"Jordan closed its airspace on Sunday {link}. The war has spread."
        (one,) = ex.extract(text, id="x", published=PUB).incidents
        assert (one.type, one.actors) == ("other", ("Jordan",)), link
    # near miss: an attack keeps the doer a reference to it names
    text = "Missiles struck an air base in southern Israel on Sunday. The Iranian barrage caused light damage."
    assert any("Iran" in i.actors for i in ex.extract(text, id="x", published=PUB).incidents)
