"""Incident typing and event identity: what kind of event a clause tells, and when sentences tell one event.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

DAY = date(2025, 6, 18)


def _incidents(ex, text, published=DAY):
    return ex.extract(text, id="t", published=published).incidents


def _types(ex, text):
    return [i.type for i in _incidents(ex, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # gunfire is fighting whoever the parties are
        ("On Monday, rival crews exchanged fire in the Vila Nova district of Recife.", ["armed_clash"]),
        ("Two families fought a gun battle in Kirkuk on Monday.", ["armed_clash"]),
        # "a shooting" tells the event as "a bombing" does
        ("Four people were killed in a shooting in Hadera on Monday.", ["armed_clash"]),
        # the parties or the toll may sit outside the clause that holds the clash word
        ("On Monday, the Blue Front and the Red Front clashed near Gondar, killing nine people.", ["armed_clash"]),
        # a quarrel is no clash
        ("On Monday, the two ministers clashed over the budget in Baghdad.", []),
    ],
)
def test_clash_words_need_fighting_not_a_quarrel(ex, text, expected):
    assert _types(ex, text) == expected


def _where_when(ex, text):
    return [(i.type, i.location, i.date) for i in _incidents(ex, text)]


def test_airspace_closures_are_steps_of_their_own_over_each_country(ex):
    """A closure told after an attack is no retelling of it; it lies over the closing country's own
    airspace, countries that "follow suit" close theirs too, and an undated closure takes the day
    of the attack it answers."""
    text = (
        "Rebels fired twenty rockets at Haifa on Sunday. "
        "Israel shut its airspace for two hours, with Cyprus and Jordan following suit. "
        "After the rocket fire, airspace over Syria and Iraq was closed as well."
    )
    got = [x for x in _where_when(ex, text) if x[0] == "other"]
    assert got == [
        ("other", country, "2025-06-15") for country in ("Israel", "Cyprus", "Jordan", "Syria", "Iraq")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the owner of the airspace is the scene, not the intruder
        ("Two Russian bombers violated Finnish airspace on Monday.", [("other", "Finland")]),
        ("Dozens of drones were seen crossing Syria's airspace on Monday.", [("other", "Syria")]),
        # a purpose says why jets flew, not that anything was intercepted
        ("Polish jets were scrambled to intercept the bombers on Monday over Gdansk.", []),
        # countries listed as closing "their airspaces": each closes its own
        (
            "Ahead of the drone strikes on Monday, Jordan, Iraq and Lebanon closed their airspaces.",
            [("other", "Jordan"), ("other", "Iraq"), ("other", "Lebanon")],
        ),
    ],
)
def test_airspace_events_lie_over_the_owner(ex, text, expected):
    assert [(i.type, i.country) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Air traffic at Sulaymaniyah airport was halted on Monday.", [("other", "Sulaymaniyah airport")]),
        ("Officials closed the airport in Gao on Monday and reopened it at dusk.", [("other", "Gao")]),
        # a road that leads to an airport is not the airport
        ("Police closed the road to the airport on Monday.", []),
    ],
)
def test_an_airport_closed_or_its_traffic_halted_is_an_airspace_step(ex, text, expected):
    """The GUIDE's airspace closures include one airport's: its traffic stopped, typed "other" at it."""
    lead = "Rebels fired ten rockets at Haifa on Sunday. "
    got = [(i.type, i.location) for i in _incidents(ex, lead + text) if i.type == "other"]
    assert got == expected


def test_an_airspace_violation_told_again_is_one_event(ex):
    text = (
        "Three Russian jets violated Latvian airspace for ten minutes on Monday. "
        "The jets flew over the coast. Latvian officials said the violation of Latvian airspace was deliberate. "
        "Earlier airspace violations were brief."
    )
    assert [(i.type, i.country, i.date) for i in _incidents(ex, text)] == [("other", "Latvia", "2025-06-16")]


def test_the_next_sentence_names_the_spot_of_a_country_level_attack(ex):
    """An attack told at a country, then "it targeted <base>" right after: one attack, at the base."""
    text = "Militants fired rockets at Niger on Monday. They targeted the Agadez air base, the largest in the region."
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [("rocket_attack", "Agadez air base")]


def test_an_interception_happens_where_the_attack_it_stopped_was_aimed(ex):
    """An interception told after an attack on a spot in the interceptor's country lies over that spot
    and takes its day; one of other weapons than the attack's does not."""
    text = (
        "Rebels launched six missiles at the Tabuk air base on Monday. "
        "Saudi air defences intercepted five missiles, the ministry said."
    )
    got = [(i.type, i.location, i.date) for i in _incidents(ex, text)]
    assert ("interception", "Tabuk air base", "2025-06-16") in got
    text = (
        "Rebels launched six missiles at the Tabuk air base on Monday. "
        "Saudi air defences shot down a drone over Saudi Arabia on Tuesday, the ministry said."
    )
    got = [(i.type, i.location) for i in _incidents(ex, text)]
    assert ("interception", "Saudi Arabia") in got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On Monday a man was hurt in Mafraq when fragments of a missile fell on his roof.", ["crash"]),
        ("On Monday one such object struck a shed in Mafraq, the army said.", ["crash"]),
        ("On Monday debris landed in a field near Mafraq.", ["crash"]),
        # the weapon itself striking its target stays an attack
        ("On Monday a missile struck a depot in Mafraq, killing two guards.", ["missile_attack"]),
    ],
)
def test_falling_debris_is_a_crash_not_an_attack(ex, text, expected):
    assert _types(ex, text) == expected


def test_fire_in_support_of_a_battle_is_part_of_it(ex):
    """Air strikes "during the battle" or "as reinforcement", and shelling by the same side at the same
    place told right after a ground battle, are more of that battle."""
    text = (
        "On Monday, rebel fighters attacked an army outpost near Kidal. "
        "During the battle, the air force carried out four airstrikes."
    )
    assert _types(ex, text) == ["armed_clash"]
    text = "On Monday, Malian forces attacked rebel positions near Kidal. Malian forces shelled Kidal."
    assert _types(ex, text) == ["armed_clash"]
    # a strike at another place, or on its own day, is an event of its own
    text = "On Monday, Malian forces attacked rebel positions near Kidal. On Tuesday Malian forces shelled Gao."
    assert _types(ex, text) == ["armed_clash", "shelling"]


def _tolls(ex, text):
    return [(i.count, i.casualties.killed, i.casualties.injured) for i in _incidents(ex, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # groups listed with a toll add up, in either order; "two of them" is part of the three
        ("A drone struck a depot in Sumy on Monday, killing two guards and four drivers.", [(1, 6, None)]),
        ("On Monday two guards and four drivers were killed when a drone struck a depot in Sumy.", [(1, 6, None)]),
        ("A drone struck a depot in Sumy on Monday, killing three people, two of them guards.", [(1, 3, None)]),
        # a toll is no weapon count
        ("Two guards were killed and 40 injured in a drone attack on a depot in Sumy on Monday.", [(1, 2, 40)]),
        # a number inside a name counts nobody
        ("The attack on the guards at Depot 12 in Sumy on Monday killed three people.", [(None, 3, None)]),
        # the toll of a war is not the toll of the strike told before it
        (
            "A missile struck a depot in Sumy on Monday. Over 9,000 people have been killed in the war, "
            "officials said.",
            [(1, None, None)],
        ),
    ],
)
def test_tolls_and_counts_belong_to_their_event(ex, text, expected):
    assert _tolls(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have launched attacks on army posts in Gao and Kidal since the truce collapsed.",
        "Their ambushes drew retaliatory strikes by the air force on Kidal.",
        "The group has been behind the majority of attacks on convoys near Kidal.",
        "The army stepped up its strikes on rebel positions around Kidal.",
        "The town of Kidal was held by the rebels during the 10-month-long siege of the region.",
        "The rebels have increasingly relied on drones, attacking deep into army-held Kidal.",
    ],
)
def test_events_spoken_of_as_a_class_are_no_incident(ex, text):
    """Plural or perfect-tense talk of a kind of event (retaliatory strikes, its attacks, the majority
    of attacks, a stepped-up campaign, a months-long siege) tells no single incident."""
    assert _types(ex, text) == []


def test_an_interception_told_later_falls_on_the_day_of_the_attack(ex):
    text = (
        "Rebels fired forty missiles at Riyadh on Monday. Sirens sounded across the city. "
        "Schools closed for the week. Flights were delayed at the airport. "
        "The ministry later said that most of the missiles had been intercepted."
    )
    got = [(i.type, i.date) for i in _incidents(ex, text)]
    assert ("interception", "2025-06-16") in got


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the Houthis forewarned Israel that more strikes would follow.",
        "On Monday Hezbollah leaders were pledging to retaliate against Israel.",
    ],
)
def test_threat_wordings(ex, text):
    assert _types(ex, text) == ["threat_statement"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the Malian army had not warned families in Kidal about the air strike.",
        "On Monday the Malian army never warned families in Kidal about the air strike.",
    ],
)
def test_a_warning_its_own_verb_denies_is_no_threat(ex, text):
    """A threat word denied right before it ("had not warned", "never warned") tells no threat."""
    assert "threat_statement" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the target firing back makes a fight of an attack
        ("On Monday army jets struck rebel posts near Kidal while the rebels responded with heavy fire.", ["armed_clash"]),
        ("On Monday police raided a farm near Kidal and the gang returned fire.", ["armed_clash"]),
        # the fight told first names the event; the air strikes beside it are its means
        ("On Monday the army and the rebels clashed near Kidal, with air strikes reported.", ["armed_clash"]),
        # aircraft or drones beside artillery make a joint bombardment a strike from the air
        ("On Monday warplanes and artillery shelled rebel posts near Kidal.", ["air_strike"]),
        ("On Monday artillery shelled rebel posts near Kidal.", ["shelling"]),
        # a bombardment names no means: its weapon does, and with none named it comes from the air
        ("On Monday an artillery bombardment hit a market in Kidal, killing four.", ["shelling"]),
        ("On Monday the army bombarded Kidal with rockets, killing four.", ["rocket_attack"]),
        ("On Monday a heavy bombardment hit a market in Kidal, killing four.", ["air_strike"]),
    ],
)
def test_exchanges_and_joint_bombardments(ex, text, expected):
    assert _types(ex, text) == expected


def test_a_retelling_with_the_same_toll_is_the_same_event(ex):
    """The same kind of event with the same toll in the same country, told again right after from
    closer up, is one event at the closer place; "its second week" is a span, not a new event."""
    text = (
        "Militants attacked army posts in Mopti region on Monday, killing three soldiers. "
        "Gunmen stormed a post in Douentza, killing three soldiers, the army said."
    )
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [("armed_clash", "Douentza")]
    text = (
        "Jets struck rebel posts in Sudan on Monday, killing six people. "
        "Jets struck rebel posts in Sudan on Monday, killing six people, as the campaign entered its second week."
    )
    assert len(_incidents(ex, text)) == 1
    # another toll is another event
    text = (
        "Militants attacked army posts in Mopti region on Monday, killing three soldiers. "
        "Gunmen stormed a post in Douentza, killing five soldiers, the army said."
    )
    assert len(_incidents(ex, text)) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On Monday the rebels launched a missile and drone attack on Haifa.", ["missile_attack"]),
        ("On Monday the rebels fired drones and missiles at Haifa.", ["missile_attack"]),
        ("On Monday the rebels fired drones at Haifa.", ["drone_attack"]),
        # more weapons of the salvo after "as well as", "along with" or "plus", with their own count
        ("Russian forces attacked Ukraine overnight with 112 attack drones, as well as 13 ballistic missiles.", ["missile_attack"]),
        ("On Monday Russia fired 40 drones, as well as four cruise missiles, at Odesa.", ["missile_attack"]),
        ("Overnight Russia attacked Ukraine with 600 attack UAVs and decoy drones, as well as 9 missiles.", ["missile_attack"]),
        # a second deed after "as well as" is no weapon of the salvo
        ("On Monday Russia attacked Odesa with 40 drones, as well as shelling Kherson.", ["drone_attack", "shelling"]),
    ],
)
def test_a_mixed_salvo_is_a_missile_attack(ex, text, expected):
    assert _types(ex, text) == expected


def test_the_backer_of_the_attackers_is_not_an_actor(ex):
    """ "by Iran-backed militias": the militias acted; "believed by the US to be": the US only says so,
    and the party it believes launched the drone is suspected (the GUIDE's suffix)."""
    text = 'A drone struck a post in Jordan on Sunday. "It was an attack on our forces by Syria-backed militias," the army said.'
    assert [i.actors for i in _incidents(ex, text)] == [("Syria-backed militias",)]
    text = "On Sunday a drone believed by the US to have been launched by Hezbollah struck a post in Jordan."
    assert [i.actors for i in _incidents(ex, text)] == [("Hezbollah (suspected)",)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a conveyance taken by force is an event; boarded without a shot it is a seizure ("other")
        ("On Sunday armed men dropped from a helicopter and seized a cargo ship off Hodeidah.", ["other"]),
        ("On Sunday a cargo ship was hijacked off Hodeidah by armed men.", ["other"]),
        # a ship seized is news of force on its own: a short report of one is about conflict
        ("On Thursday the coast guard seized a tanker in the Gulf of Oman, the navy said.", ["other"]),
        ("On Monday customs officers seized a shipment of cigarettes at the port of Aden.", []),
        # a vessel that "was intercepted" was stopped on its way, as one intercepted as the object is
        ("On Sunday a tanker was intercepted by naval commandos off Hodeidah.", ["other"]),
        # ... taken with lives lost or shots fired, a fight
        ("On Tuesday gunmen hijacked a passenger train near Quetta, killing the driver.", ["armed_clash"]),
        ("On Tuesday gunmen hijacked a passenger train near Quetta and took its passengers hostage.", ["armed_clash"]),
        # a siege is fought out; a place under siege is a state, not an event
        ("On Saturday a siege of a hotel in Kismayo by militants left nine dead.", ["armed_clash"]),
        ("The town of Kidal has been under siege for months.", []),
        # power, ground and weapons seized, or passengers boarding, are no such event
        ("On Monday police seized two rocket launchers near Erbil.", []),
        ("The junta seized power in Bamako in 2021.", []),
        ("On Monday passengers boarded the train in Quetta.", []),
    ],
)
def test_seizures_of_ships_trains_and_hotels(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ship struck by means untold was hit by what the article says is fired at ships ...
        (
            "A tanker was struck in the Gulf of Oman on Thursday and caught fire. Its owner said the navy "
            "suspected armed rebels who fire missiles from the coast.",
            ["missile_attack"],
        ),
        # ... and where the article names nothing fired but tells blasts on board, the blast is the event
        (
            "A tanker was struck in the Gulf of Oman on Thursday and caught fire. Its owner said three "
            "explosions were reported on board, and the navy said armed rebels were suspected.",
            ["explosion"],
        ),
    ],
)
def test_a_ship_struck_by_untold_means(ex, text, expected):
    assert _types(ex, text) == expected


def test_an_attack_told_by_the_lives_it_took_is_an_event_far_from_its_place():
    """An attack of untold means whose place lies far down its clause is an event when the clause tells
    the lives it took; the means a later sentence names type it."""
    ex = Extractor()
    text = (
        "A raid on a freighter owned by a trading firm {} in the Arabian Sea near Oman, "
        "officials said on Friday. A navy official said an explosive drone was used in the attack."
    )
    assert _types(ex, text.format("killed two sailors")) == ["drone_attack"]
    assert _types(ex, text.format("damaged its hull")) == []


def test_the_strike_referred_to_was_made_with_the_weapons_the_article_named():
    """ "The strike" told after artillery fire is that shelling; a state's strike may come from the air
    whatever was fired before it."""
    ex = Extractor()
    shelled = (
        "Artillery strikes hit a crowded resort in the Kurdistan region on Wednesday, officials said. "
        "Nine people were killed. Wednesday's strike on the resort near Zakho came as families gathered by the pool."
    )
    assert _types(ex, shelled) == ["shelling"]
    answered = (
        "Militants fired rockets at Sderot on Monday. "
        "Israel's strike on the militants' base in Gaza City came hours later, killing two."
    )
    assert _types(ex, answered) == ["rocket_attack", "air_strike"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # weapons shot down after being fired at a stated target: the attack is an incident too ...
        ("On Monday the navy shot down three drones launched by the rebels at a tanker in the Red Sea.", ["drone_attack", "interception"]),
        # ... with no target stated, only the interception is told
        ("On Monday the navy shot down three drones launched by the rebels over the Red Sea.", ["interception"]),
        # a possibility raised is no event told
        ("Officials raised the possibility that the rebels fired missiles at Eilat on Monday.", []),
    ],
)
def test_an_intercepted_launch_is_an_attack_only_at_a_stated_target(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # taking part in a battle is no interception
        ("On Monday the rebels were engaged in heavy fighting with the army near Kidal.", ["armed_clash"]),
        # a harm disowned or a promise to hold back is no threat; "would not hesitate to strike" still is one
        ("A government spokesman said on Monday that its army would never attack civilians in Goma.", []),
        ("On Monday both army commanders vowed not to seek military gains before the truce in Khartoum.", []),
        (
            "Defence Minister Israel Katz warned on Monday that Israel would not hesitate to strike Hezbollah in Lebanon.",
            ["threat_statement"],
        ),
    ],
)
def test_engagements_and_disowned_harms(ex, text, expected):
    assert _types(ex, text) == expected


def test_a_blast_that_harms_makes_an_article_about_an_incident():
    """An article that tells a blast with its toll, fire or damage is about an incident whatever set it
    off; an "explosion in sales" harms no one."""
    ex = Extractor()
    blast = (
        "A huge explosion tore through a chemical depot at the port of Tartus on Saturday, killing four people. "
        "The blast shattered windows across the city. Firefighters fought the flames for hours. "
        "Officials said the cause was not yet known."
    )
    assert _types(ex, blast) == ["explosion"]
    boom = (
        "Oslo has seen an explosion in sales of electric cars this year. Dealers in Bergen reported record "
        "months. Analysts expect an explosion of demand in Trondheim next year too. Prices fell."
    )
    assert _types(ex, boom) == []


def test_an_interception_told_of_some_of_the_weapons_lies_over_the_attack_or_else_the_interceptor(ex):
    """ "shot down 40 of the 55 drones" refers to the drones: over the spot of the attack told before it,
    and, with none told, over the interceptor's own country rather than nowhere (then dropped)."""
    alone = "Moldova's army said on Tuesday that it had shot down 12 of the 30 drones launched overnight."
    assert [(i.type, i.location, i.count) for i in _incidents(ex, alone)] == [("interception", "Moldova", 12)]
    told = "Rebels launched 30 drones at the city of Kharkiv on Tuesday. The army said it shot down 12 of the drones."
    assert ("interception", "Kharkiv") in [(i.type, i.location) for i in _incidents(ex, told)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural names attacks, not a fight: with no weapon told their means are untold
        ("Insurgents carried out attacks on police posts in Diyala province on Monday.", ["other"]),
        ("Rebels launched attacks against army troops near Gao on Monday.", ["other"]),
        # one attack by fighters on a post is fought on the ground
        ("Insurgents attacked a police post in Diyala province on Monday.", ["armed_clash"]),
        # a weapon named types the attacks
        ("Insurgents carried out rocket attacks on police posts in Diyala province on Monday.", ["rocket_attack"]),
    ],
)
def test_attacks_in_the_plural_with_no_weapon_are_of_untold_means(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, heard",
    [
        ("Residents heard two loud explosions near the port.", True),
        ("Loud explosions were heard across the capital.", True),
        ("Blasts could be heard from the border town.", True),
        # news of a blast is no mere hearing of one
        ("Explosions were reported in the northern district.", False),
        ("Two explosions hit the northern district.", False),
    ],
)
def test_a_blast_only_heard_is_a_perception_whichever_side_tells_the_hearing(text, heard):
    """A blast heard, told before the word ("heard blasts") or after it ("blasts were heard"), is the
    sound of an event told, not an event of its own."""
    from reporter.extract import events

    start = next(text.lower().find(w) for w in ("explosions", "blasts") if w in text.lower())
    end = text.find(" ", start)
    assert events.perceived(text, 0, start, end, len(text)) is heard


def test_explosions_on_a_day_of_raids_in_that_country_are_the_raids_blasts(ex):
    """Blasts told in the plural, with no bomb of their own, on a day attacks from the air are told in the
    same country are those attacks' blasts, not a bombing; on a day with no raid they are an event."""
    raid = "Warplanes bombed army depots near Aleppo on Monday. On Monday, explosions shook the city of Homs."
    assert _types(ex, raid) == ["air_strike"]
    alone = "Lawmakers met on Monday. On Monday, explosions shook the city of Homs, killing three people."
    assert _types(ex, alone) == ["explosion"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # what flies, destroyed over a place, was intercepted, air defences named or not
        ("The ministry said on Monday it had destroyed 14 drones over the Tver region.", [("interception", 14)]),
        # ... or told by a word of air defence's own
        ("The army said a drone was neutralised near the base at Harir on Monday.", [("interception", 1)]),
        ("The army said it neutralised a drone cell near the base at Harir on Monday.", []),
        # ... or told as fired: what was destroyed had been launched, so it was in the air (and the counted
        # salvo a share of which was stopped over the defender's land is the launcher's attack on it)
        ("Kyiv's air force said on Monday it had destroyed 14 of 20 drones launched by Russia overnight.",
         [("drone_attack", 20), ("interception", 14)]),
        # destroyed on the ground is no interception (armour ruined by troops is a ground fight)
        ("Troops destroyed an armoured vehicle near Toretsk on Monday.", [("armed_clash", None)]),
        ("The army said on Monday it destroyed 14 drones stored in a barn near Toretsk.", []),
    ],
)
def test_weapons_destroyed_in_the_air_were_intercepted(ex, text, expected):
    assert [(i.type, i.count) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count is of the weapons stopped, the verb's object, not of what stopped them
        ("Italian jets shot down three Houthi drones over the Red Sea on Monday, the navy said.", [("interception", 3)]),
        ("A frigate downed two drones off Hodeidah on Monday, the navy said.", [("interception", 2)]),
        # a number in the interceptor's name before the verb counts nothing
        ("An F-16 shot down a drone over Hasakah on Monday, the coalition said.", [("interception", 1)]),
        # told in the passive, the weapons stopped stand before the verb
        ("Three Houthi drones were shot down by Italian jets over the Red Sea on Monday.", [("interception", 3)]),
    ],
)
def test_an_interception_counts_the_weapons_it_stopped(ex, text, expected):
    assert [(i.type, i.count) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a weapon's name qualifying a site or launcher after the event word names what was hit
        ("The US military said it struck rebel missile launchers near Hodeidah on Monday.", ["air_strike"]),
        ("US forces struck drone launch sites near Hodeidah on Monday.", ["air_strike"]),
        ("Jets hit two drone factories in Tabriz on Monday.", ["air_strike"]),
        # ... or the men who work it, wherever they stand: the means of the event stay untold
        ("The Turkish army said it struck a PKK rocket cell near Duhok on Monday.", ["air_strike"]),
        ("A PKK rocket crew was killed in a Turkish air strike near Duhok on Monday.", ["air_strike"]),
        ("The army said its aircraft hit a drone team near Duhok on Monday.", ["air_strike"]),
        # the crew's own weapons told beside them still name the means
        ("PKK rocket teams fired 12 rockets at a Turkish base near Duhok on Monday.", ["rocket_attack"]),
        # launchers as the means ("with", or the doer before the verb) still name the weapon
        ("Russian forces shelled Kharkiv with multiple rocket launchers on Monday.", ["shelling"]),
        ("Rebel rocket launchers hit the outskirts of Goma on Monday.", ["rocket_attack"]),
        # the weapons a strike noun takes as its object were hit, not fired
        ("US forces conducted strikes on 9 rebel missiles readied for launch near Hodeidah on Monday.", ["air_strike"]),
        ("Jets carried out strikes against two Iranian-made drones on a pad near Hodeidah on Monday.", ["air_strike"]),
        # the weapon told as the means, or naming the strike it made, still types it
        ("Rebels carried out strikes on Haifa with 9 missiles on Monday.", ["missile_attack"]),
        ("On Monday drone strikes on two convoys near Hodeidah killed six fighters.", ["drone_attack"]),
    ],
)
def test_a_weapon_named_as_the_target_does_not_type_the_attack(ex, text, expected):
    assert _types(ex, text) == expected


def test_weapons_struck_are_not_counted_as_fired(ex):
    (strike,) = _incidents(
        ex, "US forces conducted strikes on 9 rebel missiles readied for launch near Hodeidah on Monday."
    )
    assert strike.count is None


@pytest.mark.parametrize(
    "text",
    [
        "Rebel forces attacked a navy destroyer in the Gulf of Aden on Monday.",
        "Militia fighters attacked a tanker off Hodeidah on Monday.",
    ],
)
def test_an_attack_on_a_vessel_by_forces_of_untold_means_is_no_ground_fight(ex, text):
    """Ground forces named as the doers do not make an attack on a ship a fight on the ground."""
    assert "armed_clash" not in _types(ex, text)
    assert _types(ex, text) != []


@pytest.mark.parametrize(
    "tail",
    [
        ", 40 of which were shot down.",
        ", most of which were intercepted by air defences.",
        ", 40 of them were shot down.",
        ", of which 40 were shot down.",
    ],
)
def test_a_partitive_relative_clause_tells_the_interception_beside_the_attack(ex, tail):
    """ "launched 50 drones at X, 40 of which were shot down": the attack is told, and what became of
    some of its weapons is an interception of its own; the clause is cut at the partitive relative."""
    text = "Russia launched 50 drones at Ukraine overnight on Tuesday" + tail
    assert sorted(_types(ex, text)) == ["drone_attack", "interception"]


def test_a_running_total_and_its_partitive_are_no_event(ex):
    """ "have fired dozens of missiles at X since the war began, most of which were intercepted": a
    total counted from a start is many events, and so is what became of some of its weapons."""
    text = (
        "The rebels have fired dozens of missiles and drones at Israel since the start of the war, "
        "most of which have been intercepted or fallen short."
    )
    assert _types(ex, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state's air arm as the doer strikes from the air, whatever verb tells it
        ("The Nigerian Air Force killed 20 insurgents in Borno on Tuesday.", ["air_strike"]),
        ("The Sudanese air force attacked rebel positions in Nyala on Tuesday.", ["air_strike"]),
        # (its spokesman speaking of troops is no air strike)
        ("An air force spokesman said troops killed 20 insurgents in Borno on Tuesday.", ["armed_clash"]),
        # the platform that fired a missile is the doer: an armed drone's missile is a strike from the air
        ("An Israeli drone fired two missiles at a motorcycle near Bint Jbeil on Tuesday.", ["drone_attack"]),
        # a charge that went off and harmed is an explosion (GUIDE), as the subject or the agent
        ("A roadside bomb killed three soldiers near Kidal on Tuesday.", ["explosion"]),
        ("Four peacekeepers were wounded by a landmine near Gao on Tuesday.", ["explosion"]),
        # an operation made with a named weapon is the attack with it, not a fight on the ground
        ("The rebels said they carried out a military operation targeting Eilat with a ballistic missile on Tuesday.", ["missile_attack"]),
        ("The army launched a military operation in North Waziristan on Tuesday, backed by helicopters.", ["armed_clash"]),
        # a mixed salvo is a missile attack (GUIDE), whatever quantity word counts the missiles
        ("The rebels launched drones and a ballistic missile at Eilat on Tuesday.", ["missile_attack"]),
        ("Russia launched 100 drones and several cruise missiles at Ukraine on Tuesday.", ["missile_attack"]),
    ],
)
def test_the_doer_and_the_means_type_the_attack(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the harm told by the participle after the attack word's clause was done by the attack
        ("Russia attacked the port city of Odesa overnight, killing three people, the governor said.", ["other"]),
        ("Russia attacked Odesa on Monday, leaving four people dead and 20 wounded.", ["other"]),
        # ... and the weapons told of the attack after it name its type
        ("Russia attacked Odesa on Monday, killing four people. Russia fired six missiles in the attack, "
         "the air force said.", ["missile_attack"]),
        # an attack in words harms no one
        ("France attacked the decision on Monday, calling it a mistake.", []),
        ("The minister attacked the budget on Monday, saying it would hurt farmers.", []),
    ],
)  # fmt: skip
def test_an_attack_whose_harm_the_next_clause_tells_is_an_attack_with_arms(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # going in by force with no fire, fight or toll told, made by police, forces or settlers: no fight
        ("Security forces stormed the headquarters of the opposition party in Kampala on Monday, troops said.",
         ["other"]),
        ("Israeli forces raided the offices of a television channel in Ramallah on Monday and ordered the bureau "
         "closed for 45 days.", ["other"]),
        ("Police raided the offices of an opposition newspaper in Harare on Monday and seized computers, "
         "troops said.", ["other"]),
        # armed men who come to fight, or fire told with the raid, make it a fight
        ("Jihadists stormed an army base near Djibo on Monday, the army said.", ["armed_clash"]),
        # ... also when they head the sentence and the storming closes it
        ("Further north, rebels attacked an army post in the Boulsa district on Monday, setting off a bomb at the "
         "gate before storming the compound.", ["armed_clash"]),
        ("Israeli forces raided the camp in Jenin on Monday and exchanged fire with gunmen.", ["armed_clash"]),
        ("Troops raided a rebel hideout near Kidal on Monday and killed 12 fighters.", ["armed_clash"]),
        # a plural gun battle is fire met as a singular one is
        ("Police raided a farm near Kidal on Monday, sparking gun battles with the militants.", ["armed_clash"]),
    ],
)  # fmt: skip
def test_a_raid_met_with_no_fire_is_a_fight_only_when_armed_men_made_it(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a vessel or a load stopped on its way is a seizure, not air defence
        ("Israeli naval forces intercepted an aid flotilla bound for Gaza on Monday and detained its activists, "
         "troops said.", ["other"]),
        ("The Iranian navy intercepted a foreign tanker in the Gulf on Monday and took it to port, troops said.",
         ["other"]),
        ("Sudanese troops intercepted a shipment of weapons near Nyala on Monday.", ["other"]),
        # what flies, intercepted, is air defence
        ("The navy intercepted a missile fired at a tanker in the Red Sea on Monday.", ["interception"]),
        ("Troops intercepted two drones flying toward a boat near Aden on Monday.", ["interception"]),
    ],
)  # fmt: skip
def test_a_vessel_or_a_load_intercepted_is_a_seizure(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ship met after its call for help is met to help it: no seizure, no event of its own
        ("The frigate answered the freighter's distress call in the Gulf of Aden on Monday and intercepted the "
         "vessel after the drone strike, sailors said.", []),
        ("A navy destroyer responded to a mayday from the tanker and intercepted it near Aden on Monday.", []),
        # a vessel that sent a call for help, stopped by a navy, is still stopped on its way
        ("The coast guard intercepted a fishing boat near Aden on Monday after it sent a distress call, "
         "officials said.", ["other"]),
        ("The Iranian navy intercepted a foreign tanker in the Gulf on Monday and took it to port, troops said.",
         ["other"]),
    ],
)  # fmt: skip
def test_a_vessel_met_after_its_call_for_help_is_no_seizure(ex, text, expected):
    assert _types(ex, text) == expected


def test_a_ship_met_after_its_call_for_help_lends_no_place_to_the_strike_told_before(ex):
    """'US forces struck missile launchers in Yemen. | A frigate on patrol in the Gulf of Aden answered the
    cargo ship's distress signal and intercepted it': the strike stays in Yemen, the frigate's gulf no
    scene of it."""
    text = (
        "Within hours, US forces carried out strikes on 12 Houthi missiles in Yemen, officials said.\n\nThe Indian frigate INS Kavach, on patrol in the Gulf of Aden, "
        "answered the cargo ship's distress signal and intercepted it early this morning."
    )
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [("air_strike", "Yemen")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # with no weapon named, the verb's object says what was stopped: a thing that neither flies nor is
        # fired (a roof, goods by the kilo) was never in the air to be shot down
        ("The blast at the market in Kirkuk on Monday brought down the ceiling of a shop, police said.",
         ["explosion"]),
        ("Coast guards near Aden intercepted about 300 kilos of hashish on Monday.", []),
        # what an air defence stops, told without its weapon, stays an interception
        ("Air defences over Erbil intercepted the attack on Monday, officials said.", ["interception"]),
        ("Air defences near Erbil shot down hostile targets on Monday, officials said.", ["interception"]),
    ],
)  # fmt: skip
def test_an_object_that_never_flew_was_not_intercepted(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a blast told by what set it off: a mine driven or stepped on, suicide bombers in the plural
        ("Three soldiers were killed when their vehicle ran over a landmine near Gao on Monday.", ["explosion"]),
        ("A shepherd was wounded when he stepped on a mine near Tal Afar on Monday, troops said.", ["explosion"]),
        ("Two suicide bombers struck a market in Maiduguri on Monday, killing 12 people.", ["explosion"]),
        # the bomber named with his vehicle, or as an attacker, names the blast
        ("A suicide car bomber rammed an army convoy near Bannu on Saturday, killing 12 soldiers.", ["explosion"]),
        ("On Monday a suicide truck bomber hit the gate of an army base in Baidoa, killing three soldiers.", ["explosion"]),
        ("A suicide attacker on a motorcycle targeted a patrol in Bajaur on Friday, wounding four.", ["explosion"]),
        ("Police said a car bomber struck a checkpoint in Kirkuk on Tuesday.", ["explosion"]),
        # the bomb told with where it lay or who laid it, then what it did
        ("A bomb hidden in a parked van killed three guards outside a bank in Mosul on Tuesday.", ["explosion"]),
        ("An explosive device left by the insurgents wounded two boys near Baiji on Tuesday.", ["explosion"]),
        ("Police defused a bomb in a parked van and detained two men in Mosul on Tuesday.", []),
        # a round that fell, as the doer of the harm, is shelling
        ("A mortar round wounded five shoppers in Tal Afar on Tuesday, police said.", ["shelling"]),
        ("Artillery rounds killed two farmers outside Kupiansk on Tuesday, officials said.", ["shelling"]),
        # ... and as the agent after "by", as a bomb is
        ("A soldier was killed by a mortar shell in Kherson on Sunday, officials said.", ["shelling"]),
        ("Two farmers were wounded by artillery rounds outside Izium on Monday, officials said.", ["shelling"]),
        ("Two farmers were wounded by a roadside bomb outside Izium on Monday, officials said.", ["explosion"]),
        # shells that are not the agent name no attack
        ("Two farmers were wounded on Monday while collecting shells outside Izium, officials said.", []),
        # an acronym's plural names its weapon as the singular does
        ("Two IEDs wounded three police officers outside Baqubah on Monday.", ["explosion"]),
        # car bombs in the plural, with a verb that names no blast of its own
        ("Twin car bombs rocked a bus station in Hilla on Sunday, killing nine people.", ["explosion"]),
        # an ambush made with a bomb alone is its blast; with gunfire told, a fight
        ("Militants ambushed an army convoy with a roadside bomb in Kurram on Tuesday, killing six soldiers.", ["explosion"]),
        ("Insurgents ambushed a patrol using an improvised explosive device near Afgoye on Friday.", ["explosion"]),
        ("Militants ambushed a convoy with a roadside bomb and gunfire in Kurram on Tuesday.", ["armed_clash"]),
        ("Gunmen ambushed a convoy near Kidal on Sunday, killing four soldiers.", ["armed_clash"]),
        # a mine in other words is no blast told
        ("Troops cleared mines near Gao on Monday.", []),
    ],
)  # fmt: skip
def test_a_blast_told_by_what_set_it_off(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state's strike with its means untold, and the same state firing one kind of ground-launched
        # weapon in the sentence beside it: the strike was made with that weapon
        ("Iranian strikes hit a hospital in Beersheba on Monday, wounding 40 people. Iran fired about 20 "
         "ballistic missiles at Israel on Monday.", ["missile_attack"]),
        ("Russia fired cruise missiles at Ukraine on Monday. Russian strikes hit the centre of Dnipro on "
         "Monday, killing nine people.", ["missile_attack"]),
        # missiles fired with drones are a mixed salvo, a missile attack (GUIDE)
        ("Russian strikes hit Lviv on Sunday, killing two people. Russia fired 20 missiles and 150 drones "
         "at Ukraine on Sunday.", ["missile_attack"]),
        ("Iran fired missiles and drones at Israel on Saturday. Iranian strikes hit the Nevatim air base "
         "on Saturday.", ["missile_attack"]),
        # a drone that launched a missile is a platform and its weapon, no salvo
        ("Israeli strikes hit southern Lebanon on Monday, killing two people. An Israeli drone launched a "
         "missile at a car in Al-Majadel on Monday, killing a Hezbollah official.", ["air_strike"]),
        # another state's weapons, or aircraft beside them, tell nothing of its means
        ("Israeli strikes hit a building in Tyre on Monday, killing four people. Hezbollah fired 30 rockets "
         "at Haifa.", ["air_strike", "rocket_attack"]),
    ],
)  # fmt: skip
def test_a_states_strike_was_made_with_what_it_fired_beside_it(ex, text, expected):
    assert sorted(_types(ex, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the modifier of the attack noun names its means: from the air, whoever made it
        ("Nine villagers died in an air attack on Tawila on Tuesday.", ["air_strike"]),
        ("Air attacks on the outskirts of Kassala killed six farmers on Sunday.", ["air_strike"]),
        ("Aerial bombing left eleven people dead in Um Kadada on Monday.", ["air_strike"]),
        ("On Friday the junta mounted an aerial assault on a rebel camp near Tessalit.", ["air_strike"]),
        ("An air bombardment of Mellit on Thursday destroyed the clinic.", ["air_strike"]),
        # a warning of one is no attack, and an "air assault" lands troops by helicopter
        ("Air attack sirens sounded across Odesa on Monday.", []),
        ("An air assault brigade arrived in Kharkiv on Monday.", []),
    ],
)
def test_an_attack_whose_modifier_names_the_air_is_an_air_strike(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # arms a raid or search took or found are its loot, not the means of an attack
        ("Police raided a depot in Hilla on Monday and confiscated 30 rockets.", ["other"]),
        ("Security forces raided a farm near Samarra on Tuesday, seizing drones and arresting two men.", ["other"]),
        ("Soldiers raided a compound in Tal Afar on Friday and recovered four missiles hidden under hay.", ["other"]),
        (
            "A raid by special police was carried out on Thursday in the Amil district of Baghdad. "
            "Three launch rails for rockets were found during the raid.",
            ["other"],
        ),
        # fired at a target, the same weapons are the means
        ("Gunmen fired rockets at a police post in Hilla on Monday, wounding three officers.", ["rocket_attack"]),
    ],
)
def test_arms_taken_in_a_raid_are_loot_not_means(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the platform that fired the missiles is the doer, whichever word tells the hit
        ("The unmanned aircraft fired two missiles on Sunday, hitting a pickup near Marib.", ["drone_attack"]),
        ("Two warplanes fired four missiles, destroying a depot outside Hodeidah on Monday.", ["air_strike"]),
        # missiles fired from the ground stay a missile attack
        ("The rebels fired two missiles, hitting a fuel depot near Jizan on Monday.", ["missile_attack"]),
        # the platform named in the missile's own noun phrase, or as the agent of the strike
        ("A drone-fired missile struck a compound in North Waziristan on Wednesday; three men died.", ["drone_attack"]),
        ("On Friday a jet-launched missile destroyed a bridge near Kherson.", ["air_strike"]),
        ("A drone missile struck a motorcycle in Kurram on Thursday, killing two men.", ["drone_attack"]),
        ("On Friday a missile strike by a US drone hit a car near Khar, killing nine.", ["drone_attack"]),
        # "the missile" no sentence before named is the one the platform just told fired
        ("A drone strike by Israel struck a van near Tyre on Sunday. The missile killed three men, "
         "officials said.", ["drone_attack"]),
        # a missile of a named kind flies from the ground, whatever flew before it; drones and missiles
        # joined by "and" are a salvo
        ("Russian drones attacked Kyiv on Monday. The ballistic missile hit a hospital in Dnipro on "
         "Monday.", ["drone_attack", "missile_attack"]),
        ("Iran launched a drone and missile attack on Israel on Saturday.", ["missile_attack"]),
    ],
)
def test_missiles_a_platform_fired_make_a_strike_from_the_air(ex, text, expected):
    assert _types(ex, text) == expected


def test_a_reference_that_names_the_missiles_types_a_state_strike(ex):
    """A state's strike told without its means is typed from the air; the next sentence that refers to
    it and names a missile or rocket, fired by no aircraft, gives its means."""
    text = "Russian strikes on Poltava killed six people on Tuesday. The attack involved two ballistic missiles."
    assert _types(ex, text) == ["missile_attack"]
    text = "Israeli strikes on Hodeidah killed six people on Tuesday. The jets fired two missiles at the port."
    assert _types(ex, text) == ["air_strike"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an attack from the air fought off was shot down, told before or after the attack word
        ("Air defences repelled a drone attack on the Lipetsk region overnight on Sunday.", ["interception"]),
        # foiled, thwarted or prevented in the active voice, as in the passive; what does not fly stays no event
        ("Army units foiled a drone attack on the airport in Baidoa on Sunday, officials said.", ["interception"]),
        ("Air defences prevented a missile attack on Lviv on Sunday, officials said.", ["interception"]),
        ("Guards thwarted an attempted drone attack on the refinery at Baiji on Sunday, officials said.", ["interception"]),
        ("Police foiled a bomb attack on a church in Lahore on Sunday, officials said.", []),
        ("Police thwarted an attack on a church in Lahore on Sunday, officials said.", []),
        ("A missile attack on Mykolaiv was thwarted overnight on Sunday, the regional governor said.", ["interception"]),
        ("Tanks guard the port. The navy said on Sunday it had neutralised a sea drone attack on Sevastopol.", ["interception"]),
        # fought off on the ground it was a battle; not fought off it stays the attack
        ("The army repelled an attack on its post near Diapaga on Monday, killing nine militants.", ["armed_clash"]),
        ("A drone attack hit an oil depot in Tuapse on Sunday, starting a fire.", ["drone_attack"]),
    ],
)
def test_an_attack_from_the_air_fought_off_is_an_interception(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the crowd heads its noun phrase: whom it backs, named after "of", did not storm
        ("Supporters of the militia stormed the parliament building in Baghdad on Saturday.", ["other"]),
        ("A crowd of angry residents stormed the police station in Basra on Monday.", ["other"]),
        ("Fighters of the militia stormed an army post near Sinjar on Saturday, killing four soldiers.", ["armed_clash"]),
    ],
)
def test_a_crowd_that_storms_heads_its_phrase(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # armed men of no state, with no weapon named, strike on the ground; their bombing is a blast
        ("Bandits struck a police post near Zamfara on Monday, killing three officers.", ["armed_clash"]),
        ("On Monday, insurgents have struck an army convoy outside Mosul.", ["armed_clash"]),
        ("Insurgents bombed a girls' school in Swat on Monday.", ["explosion"]),
        # aircraft, or a weapon told, keep the strike from the air or of that weapon
        ("On Monday, Turkish warplanes struck rebel hideouts near Duhok.", ["air_strike"]),
        ("The army struck rebel positions near Goma on Monday.", ["air_strike"]),
        # a ship struck is no ground fight, whoever struck it
        ("Rebels struck a cargo vessel off Hodeidah on Monday.", ["other"]),
    ],
)
def test_armed_men_without_aircraft_strike_on_the_ground(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an attack of untold means, retold as a bomb going off, was that blast
        (
            "Six shoppers were killed in an attack on a market in Kano on Monday. "
            "A device hidden in a parked van exploded at noon, police said.",
            ["explosion"],
        ),
        # gunfire told with it keeps the fight
        (
            "Rebels attacked a border post near Bunia on Monday, killing five guards. "
            "A bomb exploded at the gate and a long gunfight followed.",
            ["armed_clash"],
        ),
    ],
)
def test_an_attack_retold_as_a_blast_was_the_blast(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists killed nine herders near the village of Kourfa on Monday, local officials said.",
        "Suspected extremists killed six farmers outside Tillia in western Niger on Monday.",
        "Separatists killed two police officers at a market in Bamenda on Monday, officials said.",
    ],
)
def test_armed_men_of_no_state_by_any_name_who_kill_fight_on_the_ground(ex, text):
    """Militants, gunmen, jihadists, extremists, separatists: the name given to armed men of no state does
    not change what their killing is (GUIDE: armed_clash, ground fighting)."""
    assert _types(ex, text) == ["armed_clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead six farmers outside Tillia in western Niger on Monday.",
        "A village chief was gunned down in Bunia on Monday, police said.",
        "Rebels gunned down three villagers near Beni on Monday, local officials said.",
        "Gunmen on motorbikes machine-gunned a crowd of herders near Tillia on Monday.",
        "Raiders machine gunned the villagers digging a ditch outside Beni on Monday, police said.",
    ],
)
def test_a_shooting_told_by_its_outcome_is_ground_violence(ex, text):
    """'shot dead', 'gunned down': gunfire on the ground whoever fired (GUIDE: armed_clash), not an attack
    of untold means."""
    assert _types(ex, text) == ["armed_clash"]


@pytest.mark.parametrize(
    "second",
    [
        "Fragments of a downed drone damaged a car park in the Obolon district.",
        "Debris from an intercepted drone sparked a fire in the Obolon district.",
    ],
)
def test_debris_of_a_downed_weapon_that_did_harm_is_a_fall(ex, second):
    """The debris of a weapon shot down that damaged or set fire to a site fell there (GUIDE: crash),
    beside the attack the weapon was part of."""
    text = "Russia attacked Kyiv with drones overnight, officials said. " + second
    got = [(i.type, i.location) for i in _incidents(ex, text)]
    assert got == [("drone_attack", "Kyiv"), ("crash", "Obolon district")]


def test_an_interception_counts_the_part_downed_and_the_attack_the_whole(ex):
    """ "Shot down 30 of 40 missiles": 30 were stopped, of the 40 the attack launched."""
    text = "Air defences shot down 30 of 40 missiles over Kyiv on Monday."
    assert [(i.type, i.count) for i in _incidents(ex, text)] == [("interception", 30)]
    text = "Russia fired 40 missiles at Kyiv on Monday."
    assert [(i.type, i.count) for i in _incidents(ex, text)] == [("missile_attack", 40)]


@pytest.mark.parametrize(
    "text, killed",
    [
        # killings by hand are harm done as "killed" is, with their toll
        ("Rebels slaughtered 20 villagers near Beni on Monday.", 20),
        ("Gunmen massacred 14 farmers in Zamfara on Monday.", 14),
        ("Militants beheaded nine villagers in Cabo Delgado on Monday.", 9),
        # an adverb between the armed men and the verb keeps them its doers
        ("Rebels brutally killed 20 villagers near Beni on Monday.", 20),
    ],
)
def test_killings_by_hand_are_armed_violence(ex, text, killed):
    (event,) = _incidents(ex, text)
    assert (event.type, event.casualties.killed) == ("armed_clash", killed)


@pytest.mark.parametrize(
    "text, expected",
    [
        # what nature did is no armed event, whatever verb tells it
        ("A powerful earthquake struck eastern Van on Monday, killing 300 people; soldiers joined the rescue.", []),
        ("On Monday a cyclone hit the coast near Beira, killing 30 people; troops helped evacuate villages.", []),
        ("Floods have killed 40 people in Kandahar since Monday, the army said.", []),
        # fire from guns is not a hazard
        ("Rocket fire hit a school in Sderot on Monday, killing two.", ["rocket_attack"]),
    ],
)
def test_natural_hazards_are_no_armed_events(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a vehicle made a bomb that rammed or blew up is the blast (GUIDE: explosion)
        ("On Monday an explosive-laden car rammed into a police convoy near Kandahar, killing 12 officers.", ["explosion"]),
        ("On Monday a bomb-rigged truck slammed into an army post in Gao, killing six soldiers.", ["explosion"]),
        # one caught driving such a vehicle set off nothing
        ("On Monday troops killed three gunmen in Gao and caught a fourth driving an explosive-laden car.", ["armed_clash"]),
    ],
)
def test_a_vehicle_bomb_that_hit_is_an_explosion(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one armed man attacking is a fight on the ground as armed men are
        "On Monday a gunman attacked the Bolivian embassy in Tehran, wounding two guards.",
        "On Monday a man armed with a rifle attacked the Bolivian embassy in Tehran, wounding two guards.",
    ],
)
def test_a_lone_armed_attacker_fights_on_the_ground(ex, text):
    assert _types(ex, text) == ["armed_clash"]


@pytest.mark.parametrize(
    "text, killed",
    [
        # one person named by "the" and a singular head is one dead, as "a policeman" is
        ("On Monday gunmen attacked a checkpoint near Kirkuk, killing the head of security and wounding two guards.", 1),
        ("On Monday gunmen attacked a checkpoint near Kirkuk, killing the post's commander.", 1),
        # a plural head counts nobody by itself
        ("On Monday gunmen attacked a checkpoint near Kirkuk, killing the guards.", None),
    ],
)
def test_one_person_killed_named_by_the(ex, text, killed):
    (event,) = _incidents(ex, text)
    assert event.casualties.killed == killed


@pytest.mark.parametrize(
    "text, want",
    [
        # "it" takes the vessel told before: a ship stopped on its way is seized, not shot down
        ("On Friday the freighter was sailing for Singapore when navy boats intercepted it near Hormuz.", ["other"]),
        # what flies, told before the pronoun, is still air defence
        ("On Friday a drone flew toward the port when air defences intercepted it near Hormuz.", ["interception"]),
    ],
)
def test_a_vessel_intercepted_by_its_pronoun_is_seized(ex, text, want):
    assert _types(ex, text) == want


@pytest.mark.parametrize(
    "second",
    [
        "A minister on board said he heard two loud bangs, suggesting they were drone attacks.",
        "Officials said the blast may have been caused by a drone.",
        "Witnesses said the fire was possibly started by a rocket.",
    ],
)
def test_a_means_only_guessed_at_leaves_a_blast_a_blast(ex, second):
    """GUIDE: an unexplained blast is an explosion; a weapon named as a guess was not seen used."""
    text = f"A large explosion struck the airport of Aden on Wednesday, killing four, officials said.\n\n{second}"
    assert _types(ex, text) == ["explosion"]


@pytest.mark.parametrize(
    "text",
    [
        "Two blasts hit the airport of Aden on Wednesday soon after a plane carrying the new cabinet landed, killing five.",
        "Two blasts hit the airport of Aden on Wednesday as the ministers were leaving the aircraft, killing five.",
    ],
)
def test_a_plane_that_carries_people_is_no_warplane(ex, text):
    assert _types(ex, text) == ["explosion"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state that flies its strikes fired its missiles abroad from aircraft: an air strike
        ("On Saturday Israeli missiles hit an apartment block in Beirut, killing four people.", ["air_strike"]),
        # another state's missiles stay missiles, and so do missiles fired at the flying state itself
        ("On Saturday Russian missiles hit an apartment block in Kharkiv, killing four people.", ["missile_attack"]),
        ("On Saturday Hezbollah missiles hit an apartment block in Haifa, injuring four people.", ["missile_attack"]),
        # a missile named as fired from the ground stays one, whoever fired it
        ("On Saturday Israeli troops fired an anti-tank missile at a house in Aitaroun.", ["missile_attack"]),
    ],
)
def test_missiles_of_a_state_that_flies_its_strikes_abroad_are_an_air_strike(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a tank's gun fires shells: its fire is shelling, told by the fire or by the tank's model
        ("On Thursday tank fire hit a watchtower in Khiam, wounding two guards.", ["shelling"]),
        ("On Thursday a Merkava tank fired at a watchtower in Khiam, wounding two guards.", ["shelling"]),
        # a fuel tank is no weapon
        ("On Thursday a fuel tank caught fire at a depot in Khiam after a heatwave.", []),
    ],
)
def test_tank_fire_is_shelling(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the report names the attack by its missiles: a missile attack, though the state flies its strikes
        ("Three guards died in an Israeli missile strike near Homs on Wednesday, the monitor said.", ["missile_attack"]),
        # aircraft named in the sentence flew it
        ("Israeli jets carried out missile strikes on depots near Homs on Wednesday.", ["air_strike"]),
        # missiles told without the attack word keep the state's usual means
        ("Israeli missiles hit depots near Homs on Wednesday, killing three guards.", ["air_strike"]),
    ],
)  # fmt: skip
def test_an_attack_named_by_its_missiles_is_a_missile_attack(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bombing by a state that flies its strikes came from its aircraft (GUIDE: raids by aircraft)
        ("Two herders were hurt by an Israeli bombing at the Maghazi camp on Monday.", ["air_strike"]),
        ("On Monday, a bombing by Turkey wounded four people in the village of Derik.", ["air_strike"]),
        # other states' bombing, a place's adjective and a bomb set off stay blasts
        ("Two herders were hurt in Syrian bombing in the village of Qasr on Monday.", ["explosion"]),
        ("An Iraqi market bombing killed nine people in Hilla on Monday.", ["explosion"]),
        ("A car bombing killed nine people in Hilla on Monday.", ["explosion"]),
    ],
)
def test_a_bombing_by_a_state_that_flies_its_strikes_is_an_air_strike(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state that flies its strikes hitting ground abroad by means untold struck from the air, and a
        # blast told after the blow is what it did, not its means
        ("Israeli forces hit a depot in Hama on Tuesday.", ["air_strike"]),
        ("On Monday Israeli forces hit a radio building in Isfahan, and a blast shook the studio.", ["air_strike"]),
        # a state with no such flag keeps an attack of untold means; a fight stays a fight
        ("On Monday Russian forces hit a radio building in Kharkiv, and a blast shook the studio.", ["explosion"]),
        # at home its blow is no flight abroad
        ("On Monday Israeli forces hit a radio building in Haifa, and a blast shook the studio.", ["explosion"]),
        ("Israeli forces attacked a convoy near Rafah on Tuesday, killing four.", ["armed_clash"]),
    ],
)  # fmt: skip
def test_an_untold_blow_by_a_state_that_flies_its_strikes_abroad_is_an_air_strike(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the strike referred to was made with what the article sent: missiles and drones together are a
        # mixed salvo, a missile attack (GUIDE)
        (
            "The guards launched ballistic missiles and drones at bases near Koya on Monday, killing two. "
            "Wednesday's strike on a camp near Sidakan wounded three.",
            ["missile_attack", "missile_attack"],
        ),
        # a drone that fired a missile is a platform and its weapon, and drones seen elsewhere are no salvo
        (
            "A drone fired a missile at a car near Koya on Monday, killing two. "
            "Wednesday's strike on a camp near Sidakan wounded three.",
            ["drone_attack", "air_strike"],
        ),
        (
            "The guards fired missiles at bases near Koya on Monday and drones were seen over Erbil. "
            "Wednesday's strike on a camp near Sidakan wounded three.",
            ["missile_attack", "air_strike"],
        ),
    ],
)
def test_a_strike_referred_to_after_a_mixed_salvo_is_a_missile_attack(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a projectile or missile that came down beside a ship had the ship as its target: an attack on it
        ("On Friday a projectile fell into the sea near a vessel off Mokha, the agency said.", ["missile_attack"]),
        ("On Friday a missile landed in the water close to the tanker west of Hodeidah.", ["missile_attack"]),
        # with no ship beside it, a fall is a crash
        ("On Friday a projectile fell in a field near Irbid, the army said.", ["crash"]),
    ],
)  # fmt: skip
def test_a_projectile_that_fell_beside_a_ship_is_an_attack_on_it(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bomb as the subject of a verb of downing brought the plane down by its blast
        ("In May 2016, a bomb hidden by the cell downed a cargo plane over Sirte, killing nine crew.", ["explosion"]),
        # "IS" before the verb is a group, not the verb "is"
        ("In May 2016, a bomb left by IS downed a cargo plane over Sirte, killing nine crew.", ["explosion"]),
        # a drone with a bomb that was shot down was intercepted
        ("On Monday, a drone carrying a bomb was downed over Erbil.", ["interception"]),
        ("On Monday, air defences shot down a drone carrying a bomb over Erbil.", ["interception"]),
    ],
)
def test_a_bomb_that_downed_a_plane_is_an_explosion(ex, text, expected):
    assert _types(ex, text) == expected


def test_what_flies_destroyed_in_mid_air_is_an_interception_of_its_own(ex):
    """"Batteries destroyed both drones in mid-air": the verb's object destroyed in the air tells an interception,
    beside the attack it stopped; a pledge to do so tells none."""
    text = (
        "Two rockets were fired at the Italian consulate in Erbil on Sunday. "
        "A defence battery at the consulate went on to destroy both rockets mid-air, a guard said."
    )
    assert sorted(_types(ex, text)) == ["interception", "rocket_attack"]
    assert "interception" not in _types(ex, "The army vowed to destroy any drone mid-air over Erbil on Sunday.")


def test_a_bombing_verb_that_names_no_means_takes_the_doers_one_means(ex):
    """"The Blue Brigade bombed a market": a verb of bombing names no means, so a party whose other
    attacks in the article were all shelling shelled; one whose were air strikes struck from the air."""
    text = (
        "The RSF shelled the Abu Shouk camp in El Fasher on Friday, killing four people. "
        "On Saturday, the RSF bombed the central market of Nyala, injuring nine people."
    )
    assert [(i.type, i.location) for i in _incidents(ex, text)] == [
        ("shelling", "Abu Shouk camp"), ("shelling", "Nyala")
    ]
    text = (
        "Israeli jets struck Khiam on Friday, killing four people. "
        "On Saturday, Israel bombed Nabatieh, injuring nine people."
    )
    assert _types(ex, text) == ["air_strike", "air_strike"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an attack made with guns as well as bombs is a fight, whichever is named first
        ("On Monday, gunmen began a gun and bomb attack lasting ten hours at the Lido hotel in Kismayo, killing nine people.",
         ["armed_clash"]),
        ("On Monday, militants made a grenade and gun attack on a police post in Kismayo, killing nine people.",
         ["armed_clash"]),
        # a bomb attack alone is its blast
        ("On Monday, a bomb attack on a police post in Kismayo killed nine people.", ["explosion"]),
    ],
)
def test_a_gun_and_bomb_attack_is_a_fight(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a barrage of shots is gunfire on the ground, not a salvo of missiles
        ("A gunman walked into a mosque in Shiraz on Wednesday and fired a long barrage of shots at worshippers.", ["armed_clash"]),
        ("Militants fired a barrage of rockets at the town of Sderot on Wednesday.", ["rocket_attack"]),
    ],
)
def test_a_volley_of_shots_is_gunfire(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a tank as the doer fires its gun: shelling, whatever verb tells it
        ("On Tuesday, a Syrian army tank fired at an observation post near Quneitra, wounding two guards.", ["shelling"]),
        ("On Tuesday, two army tanks opened fire on an observation post near Quneitra.", ["shelling"]),
        ("On Tuesday, an army tank struck an observation post near Quneitra, wounding two guards.", ["shelling"]),
        ("On Tuesday, an observation post near Quneitra was hit by an army tank, wounding two guards.", ["shelling"]),
        # controls: soldiers firing are a fight; tanks beside the troops do not make the troops' assault shelling
        ("On Tuesday, soldiers opened fire on an observation post near Quneitra, wounding two guards.", ["armed_clash"]),
        ("On Tuesday, militiamen backed by tanks stormed an observation post near Quneitra, killing two guards.",
         ["armed_clash"]),
        # ... and a tank that holds fuel fires nothing
        ("On Tuesday, a fuel tank exploded at a depot near Quneitra, wounding two guards.", ["explosion"]),
    ],
)
def test_a_tank_that_fires_shells(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a vehicle made a bomb, told with its cargo after it or as what the bomber drove into the target
        ("On Sunday, a van packed with explosives was rammed into the gate of an army camp in Gao, killing six soldiers.",
         ["explosion"]),
        ("On Sunday, a jihadist drove a bomb-laden truck into the gate of an army camp in Gao, killing six soldiers.",
         ["explosion"]),
        # controls: a car bomb found or a driver caught is no blast
        ("On Sunday, soldiers stopped a man driving a van packed with explosives near an army camp in Gao.", []),
        # a blast followed by gunfire is the blast; gunfire followed by a blast stays the fight it opened
        ("On Sunday, a car bomb went off at the gate of an army camp in Gao and was followed by heavy gunfire, "
         "killing six soldiers.", ["explosion"]),
        ("On Sunday, gunmen opened fire at the gate of an army camp in Gao, and a blast followed, killing six soldiers.",
         ["armed_clash"]),
    ],
)
def test_a_vehicle_bomb_and_the_shots_after_it(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # blasts named first with gunfire only beside them, no fight told: the blasts are the main fact
        ("Loud blasts and gunfire rang out at the airport in Aden on Wednesday.", ["explosion"]),
        ("On Wednesday, three explosions and heavy gunfire rocked a terminal of the airport in Aden.", ["explosion"]),
        # controls: gunfire named first, or a fight told beside the sounds, stays a fight
        ("Gunfire and explosions were heard near the base in Aden on Wednesday.", ["armed_clash"]),
        ("Explosions and gunfire were heard in Aden on Wednesday as rival forces clashed near the port.",
         ["armed_clash"]),
    ],
)
def test_blasts_with_gunfire_beside_them(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police seized two machine guns from a truck near Tillia on Monday.",
        "The machine-gunner of the patrol was arrested in Beni on Monday, police said.",
    ],
)
def test_a_machine_gun_named_as_a_thing_is_no_shooting(ex, text):
    """Only the verb 'machine-gunned' tells a shooting: the gun or its gunner named is none."""
    assert _types(ex, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aircraft that crashed is what fell (GUIDE: crash), not a platform that fired
        ("On Sunday, a military helicopter crashed near Tikrit, the army said.", ["crash"]),
        ("On Sunday, an army transport helicopter crashed in the hills near Menaka, killing its three crew.", ["crash"]),
        ("On Sunday, a Ruritanian fighter jet crashed into the sea off Latakia, the ministry said.", ["crash"]),
        # controls: jets that struck are an air strike; a fallen drone stays a crash, one that hit a target an attack
        ("On Sunday, fighter jets struck a depot near Tikrit, the army said.", ["air_strike"]),
        ("On Sunday, a drone crashed in a field near Tikrit, the army said.", ["crash"]),
        ("On Sunday, a drone crashed into a house near Tikrit, wounding two people.", ["drone_attack"]),
    ],
)
def test_an_aircraft_that_crashed_is_a_crash(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # fire whose maker is named did the harm: fighting on the ground (a tank's fire is shelling)
        ("Malian fire killed eight people near Tillia on Monday, medics said. The army did not comment.", ["armed_clash"]),
        ("Sniper fire wounded two boys in Kidal on Monday, medics said. The army did not comment.", ["armed_clash"]),
        ("Six men were killed by army fire near Gao on Monday, medics said. Troops patrolled the town.", ["armed_clash"]),
        ("Tank fire killed four people in Menaka on Monday, medics said. Troops patrolled the town.", ["shelling"]),
        # controls: a blaze is no attack, nor is the fire of no named maker
        ("A house fire killed three children in Tillia on Monday, police said. Troops patrolled the town.", []),
        ("Three people were killed by the fire in Gao on Monday, police said. Troops patrolled the town.", []),
    ],
)
def test_fire_of_a_named_maker_that_harmed_is_an_attack(ex, text, expected):
    assert _types(ex, text) == expected


def test_a_peoples_fire_names_its_state_as_actor(ex):
    """ "Malian fire killed ...": the people's fire is its forces' shooting."""
    inc = _incidents(ex, "Malian fire killed eight people near Tillia on Monday, medics said. The army did not comment.")
    assert [i.actors for i in inc] == [("Mali",)]


def test_a_passive_toll_by_tank_fire_is_shelling(ex):
    assert _types(ex, "Four people were killed by tank fire in Menaka on Monday, medics said. Troops patrolled the town.") == ["shelling"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aircraft that went down was lost as one that crashed (GUIDE: crash)
        ("On Sunday, a military helicopter went down near Tikrit, killing its two pilots.", ["crash"]),
        ("On Sunday, an army drone went down in a field near Menaka, the army said.", ["crash"]),
        # controls: what went down is no aircraft, or a number went down
        ("On Sunday, the army said attacks on its bases went down in March.", []),
        ("On Sunday, the army said the price of drones went down to 500 dollars.", []),
    ],
)
def test_an_aircraft_that_went_down_is_a_crash(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the weapon is the subject a relative clause split from its verb
        ("The drone, which was launched from the coast, struck a depot in Tillia on Monday, the army said.", ["drone_attack"]),
        ("The rocket, which was fired from the hills, hit a school in Kidal on Monday, the army said.", ["rocket_attack"]),
        # control: a subject that is no weapon lends no means
        ("The depot, which was built last year, was attacked by gunmen in Tillia on Monday, the army said.", ["armed_clash"]),
        # ... nor does a speaker's clause ahead of it (the weapon is told in the speaker's words)
        ("The rebels say the three rockets, which landed near the port, targeted a depot in Kidal on Monday.", []),
    ],
)
def test_a_weapon_split_from_its_verb_by_a_relative_clause_types_it(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # air strikes that only back the doers of a ground assault: the assault, by its doers
        ("Iraqi forces backed by U.S. air strikes recaptured Ramadi on Monday after weeks of fighting.",
         [("armed_clash", ["Iraq"])]),
        ("Iraqi troops, backed by coalition air strikes, stormed Ramadi on Monday.", [("armed_clash", ["Iraq"])]),
        # controls: air strikes told as the clause's own event, or a ground step in a clause of its own
        ("U.S. air strikes hit militants near Ramadi on Monday.", [("air_strike", ["United States"])]),
        ("U.S. air strikes hit militants in Ramadi on Monday as Iraqi forces recaptured the town.",
         [("air_strike", ["United States"])]),
    ],
)
def test_air_strikes_that_back_a_ground_assault(ex, text, expected):
    assert [(i.type, list(i.actors)) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the article says the weapon of the attack is unknown: an act of unstated means, not a guessed fight
        ("One guard was killed in a rebel attack on the airport in Gao, the army said on Monday.\n\n"
         "The army has not said which kind of arms were used during the attack.", ["other"]),
        ("One guard was killed in a rebel attack on the airport in Gao, the army said on Monday.\n\n"
         "It was not clear which weapons were used in the attack.", ["other"]),
        # controls: another unknown than the weapon; gunfire told in the attack's own clause; a later event
        # told between the attack and the sentence
        ("One guard was killed in a rebel attack on the airport in Gao, the army said on Monday.\n\n"
         "The army did not say how many rebels took part in the attack.", ["armed_clash"]),
        ("Gunmen opened fire on a checkpoint in Gao on Monday, killing one guard, the army said.\n\n"
         "The army has not said which kind of arms were used during the attack.", ["armed_clash"]),
        ("One guard was killed in a rebel attack on the airport in Gao, the army said on Monday.\n\n"
         "A drone struck a market in Mopti on Tuesday.\n\n"
         "The army has not said which kind of arms were used during the attack.", ["armed_clash", "drone_attack"]),
    ],
)
def test_an_attack_whose_weapon_is_said_to_be_unknown_is_of_untold_means(ex, text, expected):
    assert _types(ex, text) == expected


_WAR = "\n\nThe war has gone on for a year, and missiles fly daily."


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state that hits a building hits it with arms, whatever the weapon left untold
        ("Israel hit a hospital in Kermanshah on Sunday, Iran said." + _WAR, [("air_strike", "Kermanshah")]),
        ("Iran accused Israel of hitting a clinic in Kermanshah on Sunday." + _WAR, [("air_strike", "Kermanshah")]),
        # ... a record, a critic or a wall hit by a state is no attack
        ("Israel hit a record in exports on Sunday, officials said." + _WAR, []),
        ("Israel hit back at critics on Sunday." + _WAR, []),
    ],
)
def test_a_state_that_hits_a_building_attacks_it(ex, text, expected):
    assert [(i.type, i.location) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "and a second attack" names a further event by its noun: its own spot and toll stay its own
        ("A drone hit a house in Gao on Monday, and a second attack struck a market in Kidal, killing two." + _WAR,
         [("drone_attack", "Gao", None), ("drone_attack", "Kidal", 2)]),
        # ... while a bare ordinal after a volley is one more of its weapons
        ("Two rockets hit the base in Gao on Monday, and a third fell into the river." + _WAR,
         [("rocket_attack", "Gao", None)]),
    ],
)
def test_and_a_second_attack_is_a_further_event(ex, text, expected):
    assert [(i.type, i.location, i.casualties.killed) for i in _incidents(ex, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia said it destroyed 48 Ukrainian drones over several regions overnight.", ["interception"]),
        ("Ukraine's air force said it destroyed 30 Russian drones over several regions overnight.", ["interception"]),
        # control: drones destroyed on the ground, in a store, were no interception
        ("The army said it destroyed 40 drones stored in a depot in Kursk over several weeks.", []),
    ],
)
def test_what_flies_destroyed_over_land_told_by_its_kind_was_intercepted(ex, text, expected):
    """'destroyed 48 drones over several regions': what flies, destroyed over land named by its kind
    (regions, provinces, territory) rather than its name, was shot down in the air."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # air targets hit are what flies, stopped in the air
        ("Syrian air defences hit several air targets over Aleppo on Monday while repelling the raid.", ["interception"]),
        ("Gunners struck two aerial targets over Aleppo on Monday, the army said.", ["interception"]),
        # near misses: targets of an air arm or of air defence, hit on the ground, were struck
        ("Jets struck several air defence targets near Aleppo on Monday.", ["air_strike"]),
        ("Jets hit two air bases near Aleppo on Monday.", ["air_strike"]),
        ("Israeli jets hit several targets near Aleppo on Monday.", ["air_strike"]),
    ],
)
def test_air_targets_hit_are_an_interception(ex, text, expected):
    assert _types(ex, text) == expected
