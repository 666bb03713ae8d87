"""Incident false hits and wrong fields read on the read shards, each beside a near miss that keeps
the reading (self-written sentences only)."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 10)


def _read(ex: Extractor, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.type, tuple(i.objects)) for i in ex.extract(text, id="x", published=PUB).incidents]


def test_launchers_destroyed_by_a_deed_in_ing_are_the_target(ex):
    """ "retaliated by destroying missile launchers": "by" before a verb in -ing tells the deed, so the
    weapon naming the launchers is what was hit, not the means of the strikes; "by rocket launchers"
    with no such verb names the means."""
    hit = _read(ex, "Washington hit back on Monday by destroying Houthi missile launchers across Yemen in fresh strikes.")
    assert hit == [("air_strike", ())]
    means = _read(ex, "The army shelled the town of Kafr Nabl in Idlib on Monday by rocket launchers.")
    assert means == [("shelling", ("rocket",))]


def test_weapons_only_heard_beside_blasts_are_no_means(ex):
    """ "Drones were heard over X before explosions rocked the airport": the drones are a sound told with
    the blasts, not what set them off, so the blast stays an explosion (GUIDE: a blast is the main fact).
    Drones told attacking, or heard and then downed, keep their attack or interception."""
    assert _read(ex, "Drones were heard over Mosul on Tuesday before explosions rocked the airport.") == [("explosion", ())]
    two = "Explosions and heavy gunfire were heard at Mosul airport on Tuesday soon after the governor's plane landed.\n\nDrones were heard over the airport before the blasts, witnesses said."
    assert [t for t, _ in _read(ex, two)] == ["explosion"]
    assert _read(ex, "Explosions were heard in Kharkiv on Tuesday as drones attacked the city.") == [("drone_attack", ("drone",))]
    assert _read(ex, "Drones were heard over Kharkiv on Tuesday before air defences shot them down.") == [("interception", ("drone",))]


def _places(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(i.type, i.location) for i in ex.extract(text, id="x", published=PUB).incidents]


CAMP = "Israeli jets hit the Ain al-Hilweh camp by Sidon on Monday, leaving 13 dead, medics said.\n\n"


def test_a_strike_retold_inside_the_camp_named_again_is_one_event(ex):
    """ "the X camp near Y" named again as "the camp" is the X camp (its own name, not the words that
    place it), so a drone told hitting a car inside the camp that day retells the strike; told on
    another day it is a strike of its own."""
    assert [t for t, _ in _places(ex, CAMP + "State media said a drone then hit a car by a mosque inside the camp.")] == ["air_strike"]
    assert [t for t, _ in _places(ex, CAMP + "On Sunday, a drone had hit a car inside the camp.")] == ["air_strike", "drone_attack"]


def test_the_camp_named_again_is_no_site_told_inside_it(ex):
    """ "a mosque inside the camp ... Israel struck the camp in 2024": "the camp" is the camp, not the
    site named before "inside the camp"; a name that ends on the kind word ("the X camp") is one."""
    later = "\n\nIsrael earlier hit the camp in September 2024, officials said."
    inside = _places(ex, CAMP + "State media said a drone then hit a car by the Umar Mosque inside the camp." + later)
    assert inside[-1][1].startswith("Ain al-Hilweh camp")
    named = _places(ex, CAMP + "State media said a drone then hit a car by the Umar Mosque camp." + later)
    assert named[-1][1] == "Umar Mosque camp"


def test_a_site_named_for_a_son_of_keeps_its_whole_name(ex):
    """ "the Umar ibn Al-Khattab Mosque": "ibn"/"bin" inside a site's name joins its words, as "de" does."""
    assert _places(ex, "A drone struck a car near the Umar ibn Al-Khattab Mosque in Sidon on Monday.") == [
        ("drone_attack", "Umar ibn Al-Khattab Mosque, Sidon")
    ]
    assert _places(ex, "A drone struck a car near the Umar Mosque in Sidon on Monday.") == [("drone_attack", "Umar Mosque, Sidon")]


def test_a_killing_retold_by_the_blow_that_hit_the_one_killed_takes_its_means(ex):
    """ "Israeli forces killed a commander in X ... a drone struck his car in X": the killing told with no
    means is the drone strike told further on (one event, typed by its weapon), not a fight beside it.
    A drone strike that day in the town that names no one killed stays apart from troops' killing."""
    lead = "Israeli forces killed senior Hezbollah commander Ali Hassan in Tyre on Monday, the group said.\n\n"
    assert [t for t, _ in _read(ex, lead + "The Israeli army said a drone struck his car in Tyre.")] == ["drone_attack"]
    assert [t for t, _ in _read(ex, lead + "The Israeli army said a drone strike on a car in Tyre killed Ali Hassan.")] == ["drone_attack"]
    apart = "Israeli troops killed five militants near Tyre on Monday, the army said.\n\nA drone struck a car in Tyre on Monday, witnesses said."
    assert [t for t, _ in _read(ex, apart)] == ["armed_clash", "drone_attack"]


def _dates(ex: Extractor, text: str) -> list[str | None]:
    return [i.date for i in ex.extract(text, id="x", published=PUB).incidents]


def test_a_caption_that_names_no_event_gives_no_day(ex):
    """A picture's caption line ("the ship's last position, March 8 (Tracker)") dates the picture, not the
    attack told below it, which is news of the report's days; a caption naming the attack dates it."""
    body = "\n\nA drone struck a freighter on its left side in the western Gulf of Aden, its captain said."
    head = "Drone hits ship in the Gulf of Aden\n\n"
    assert _dates(ex, head + "The ship's last position in the Red Sea, March 8 (Tracker)" + body) == ["2025-03-09/2025-03-10"]
    stamp = "\n\nPublished Mar 10, 2025 by The Shipping Desk"
    assert _dates(ex, head + "The ship's last position in the Red Sea, March 8 (Tracker)" + stamp + body) == ["2025-03-09/2025-03-10"]
    assert _dates(ex, head + "Smoke rises from the ship after the attack, March 8 (Tracker)" + body) == ["2025-03-08"]


def test_a_ship_hit_with_no_sea_of_its_own_lies_in_the_sea_told_just_before(ex):
    """An article naming several seas: a ship's attack told with no place lies in the sea the sentence
    before it names ("an attack on a ship in the Gulf of Aden was reported. The vessel was hit by a drone")."""
    text = (
        "Ships in the Red Sea were warned on Monday.\n\nAn attack on a merchant ship in the western Gulf of Aden was reported."
        "\n\nA drone struck the freighter on its left side, the captain said."
    )
    assert _places(ex, text) == [("drone_attack", "Gulf of Aden")]


def test_a_past_perfect_a_report_puts_its_news_in_is_no_background(ex):
    """ "the captain reported that his ship had been struck": the past perfect follows the report's tense, so
    the hit is news of the report's days; "had been hit" with no report before it stays undated."""
    lead = "Gunmen attacked a police post in Kirkuk, killing two officers.\n\n"
    told = _dates(ex, lead + "Separately, a freighter's captain reported that his ship had been struck by a drone in the Gulf of Aden.")
    assert told == ["2025-03-09/2025-03-10", "2025-03-09/2025-03-10"]
    bare = _dates(ex, lead + "Separately, a freighter had been struck by a drone in the Gulf of Aden.")
    assert bare == ["2025-03-09/2025-03-10", None]


def test_a_ship_attack_claimed_with_other_weapons_is_the_one_blow(ex):
    """A ship hit by a drone with no party named, then claimed by a party with missiles on no day of its own,
    is one attack told by the claimant; a claim with its own day and sea, or a first telling naming another
    party, stays apart."""
    hit = "A drone hit a merchant ship in the Gulf of Aden, the master reported.\n\n"
    one = _read(ex, hit + "The Houthis said they had fired naval missiles at the ship in the Gulf of Aden.")
    assert [t for t, _ in one] == ["drone_attack"]
    other_day = _read(ex, hit + "On Sunday, the Houthis said they had fired naval missiles at a tanker in the Red Sea.")
    assert [t for t, _ in other_day] == ["drone_attack", "missile_attack"]
    named = "Iranian forces hit a merchant ship with a drone in the Gulf of Aden, the master reported.\n\n"
    two = _read(ex, named + "The Houthis said they had fired naval missiles at the ship in the Gulf of Aden.")
    assert [t for t, _ in two] == ["drone_attack", "missile_attack"]


def test_an_event_a_deed_avenges_takes_no_scene_from_the_story(ex):
    """ "he meant to avenge a raid on Thursday that left ten dead": the raid avenged is an earlier
    event, no more at the shooting's town than the shooting was at it, so it takes no place from the story
    (told with no place of its own it is left out); one that names its town, or one told with no such
    link, keeps its reading."""
    lead = "A gunman shot dead seven people outside a synagogue in Jerusalem on Friday night.\n\n"
    avenged = _places(ex, lead + "Police think he meant to avenge a raid on Thursday that left ten Palestinians dead at the hands of Israeli troops.")
    assert avenged == [("armed_clash", "Jerusalem")]
    named = _places(ex, lead + "Police think he meant to avenge a raid in Jenin on Thursday that left ten Palestinians dead at the hands of Israeli troops.")
    assert named == [("armed_clash", "Jerusalem"), ("armed_clash", "Jenin")]
    plain = _places(ex, lead + "On Thursday, Israeli troops shot dead ten Palestinians in a raid.")
    assert plain == [("armed_clash", "Jerusalem"), ("armed_clash", "Jerusalem")]
