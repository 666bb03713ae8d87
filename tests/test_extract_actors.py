"""Actors: who acted, and a party that only claimed, was blamed or is suspected, marked as such (GUIDE)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _actors(ex, text):
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On Monday Hezbollah claimed responsibility for a rocket attack on Kiryat Shmona.",
            "Hezbollah (claimed)",
        ),
        ("On Monday Israel blamed Hezbollah for a rocket attack on Kiryat Shmona.", "Hezbollah (blamed)"),
        (
            "A car bombing in Kirkuk on Monday was widely blamed on the Islamic State.",
            "Islamic State (blamed)",
        ),
        # whoever the subject, the party after the blame verb, before "for the <event>"
        ("Baghdad blamed Hezbollah for the rocket attack on Kiryat Shmona on Monday.", "Hezbollah (blamed)"),
        ("Hezbollah was blamed for the rocket attack on Kiryat Shmona on Monday.", "Hezbollah (blamed)"),
        ("Israel accused Hezbollah of carrying out the rocket attack on Kiryat Shmona on Monday.", "Hezbollah (blamed)"),
        ("Israel blamed Iran-backed militias for a rocket attack on Kiryat Shmona on Monday.", "Iran-backed militias (blamed)"),
        ("Officials believe Hezbollah was behind the rocket attack on Kiryat Shmona on Monday.", "Hezbollah (suspected)"),
    ],
)
def test_a_claiming_or_blamed_party_is_marked(ex, text, actor):
    assert actor in _actors(ex, text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah was praised for the rocket attack on Kiryat Shmona on Monday.",
        "Hezbollah thanked its fighters for the rocket attack on Kiryat Shmona on Monday.",
    ],
)
def test_a_party_praised_or_thanking_for_an_attack_is_not_blamed(ex, text):
    assert not any("(blamed)" in a or "(suspected)" in a for acts in _actors(ex, text) for a in acts)


def test_a_party_that_acted_has_no_mark(ex):
    text = "On Monday Hezbollah fired rockets at Kiryat Shmona."
    assert _actors(ex, text) == [("Hezbollah",)]


def test_a_named_warplane_is_counted(ex):
    """'three Russian MiG-31s': a warplane's designation is an aircraft, so the three are counted."""
    facts = ex.extract(
        "On Monday three Russian MiG-31s violated Finnish airspace.", id="t", published=date(2025, 6, 18)
    )
    assert [(i.count, i.actors) for i in facts.incidents] == [(3, ("Russia",))]


def test_the_nationality_of_a_downed_plane_is_not_the_interceptor(ex):
    """'a Syrian fighter jet was shot down': Syria lost the plane; it neither shot it nor owns the sky."""
    text = "Turkish officials said a Syrian fighter jet was shot down on Monday."
    got = ex.extract(text, id="t", published=date(2025, 6, 18)).incidents
    assert [(i.type, i.country, i.actors) for i in got] == [("interception", "Turkey", ())]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a page's date stamp before the phrase is no part of the name
        (
            "date 2025-06-14 The provincial council said a drone hit a depot near Kirkuk.",
            "provincial council",
        ),
        # the speech verb's auxiliary and adverb are not the name
        ("Hezbollah has said it fired two rockets at a base near Metula.", "Hezbollah"),
        ("Local residents have previously said that drones hit the port of Hodeidah.", "Local residents"),
        ("The army initially said two drones were shot down over Belgorod.", "army"),
        # a link word or speech verb at the edge goes
        ("But the state television said a missile struck a depot in Isfahan.", "state television"),
        # a capitalised auxiliary is part of a name
        ("Spokeswoman Ann May said a missile hit the port of Odesa.", "Spokeswoman Ann May"),
        # a piece of the sentence is no source
        ("After the militants said they shelled the town, a mortar round hit a school in Goma.", None),
        ("No casualties have been reported after a drone hit a depot near Erbil.", None),
        ("Explosions were reported in Kharkiv after a missile attack.", None),
        # what was said is no speaker; the speaker after the verb of a speech tag is
        ("Officials said a missile struck a depot in Isfahan on Friday.", None),
        ("A missile struck a depot in Isfahan on Friday, said a local official.", "a local official"),
        ("\u201cTwo drones were shot down,\u201d said the army spokesman.", "army spokesman"),
    ],
)
def test_attribution_is_a_name_or_none(ex, text, source):
    """The phrase the attribution patterns cut out is kept only as the name it holds (GUIDE: who
    reported it), so the facts carry it clean, not the brief at render time."""
    from reporter.extract.actors import attribution

    _, art = ex.document(text, date(2025, 6, 18))
    found = [a for s in art.sentences if (a := attribution(art, s.start, s.end))]
    assert found[:1] == ([source] if source else [])


@pytest.mark.parametrize(
    "text",
    [
        "In a drone strike on Tuesday, a deputy leader of Kataib Hezbollah, an Iran-backed armed faction, and"
        " two bodyguards were killed in Baghdad.",
        "US jets carried out strikes on Iran-backed militias in eastern Syria on Tuesday.",
        "A drone strike on Tuesday killed two Russia-backed fighters near Bakhmut.",
        "US jets struck a fuel depot in Hodeidah on Tuesday. The strikes aimed to cut supplies for the Iran-aligned group.",
        # the object of any verb of attack, or its possessive before the target
        "Kurdish gunners shelled Turkish-backed factions' positions near Tal Tamr on Tuesday.",
        "Iraqi jets bombed Iran-backed militias near Qaim on Tuesday.",
    ],
)
def test_a_backed_group_on_the_receiving_end_is_no_actor(ex, text):
    """The victims' group, a target, whom a deed serves or deprives ('supplies for the X-aligned group') or
    an apposition describing a name is not the party that acted."""
    assert all(not any("backed" in a or "aligned" in a for a in actors) for actors in _actors(ex, text))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the party a target belongs to is no striker
        ("Turkish jets struck depots used by the PKK in northern Iraq on Tuesday.", [("Turkey",)]),
        ("Militants attacked a Kenyan base used by US troops on Tuesday, killing two guards.", [()]),
        # ... but those who hold the place fire came from fired it
        ("Shells launched from a hillside held by M23 struck a camp near Goma on Tuesday.", [("M23",)]),
    ],
)
def test_whose_target_it_was_is_no_actor_but_whence_the_fire_came_is(ex, text, actors):
    """'facilities used by X', 'a base used by US troops': X owns the target and did not strike; 'launched
    from a hillside held by M23': the holders of the firing point fired."""
    assert _actors(ex, text) == actors


def test_a_backed_group_that_acts_is_the_actor(ex):
    text = "Iran-backed militias fired rockets at a base in eastern Syria on Tuesday."
    assert _actors(ex, text) == [("Iran-backed militias",)]


@pytest.mark.parametrize(
    "headline",
    [
        "Three US soldiers killed, dozens wounded in drone attack on desert outpost",
        "Two Turkish soldiers killed in attack on border post",
        "Four French peacekeepers wounded as rockets hit base",
    ],
)
def test_a_headline_s_victims_are_no_actor(ex, headline):
    """A headline drops the auxiliary ('soldiers killed in attack'): the soldiers are the victims."""
    text = headline + "\n\nThe attack on the outpost in eastern Syria took place on Sunday night."
    victims = {"United States", "Turkey", "France"}
    assert all(not victims & set(actors) for actors in _actors(ex, text))


def test_troops_who_killed_are_the_actor(ex):
    text = "US troops killed two militants in a raid near Kirkuk on Sunday."
    assert _actors(ex, text) == [("United States",)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Two Turkish soldiers killed in PKK attack in northern Iraq\n\nThe attack on the post came on Sunday night.",
            "PKK",
        ),
        ("Two soldiers were wounded in Hezbollah drone attack near Metula on Sunday.", "Hezbollah"),
        ("Three villagers were killed during Taliban raid on a market in Helmand on Sunday.", "Taliban"),
    ],
)
def test_a_group_named_on_the_event_noun_is_its_doer(ex, text, actor):
    """'killed in PKK attack': the victims' verb and its preposition do not make the group a victim; named
    on the event noun, it is the doer."""
    assert any(actor in a for actors in _actors(ex, text) for a in actors)


def test_a_group_after_a_verb_of_harm_is_still_its_object(ex):
    text = "Troops killed two Hamas gunmen in a raid near Jenin on Sunday."
    assert all("Hamas" not in actors for actors in _actors(ex, text))


@pytest.mark.parametrize(
    "text",
    [
        "Militants based in Syria fired rockets at a base in Tanout on Monday.",
        "Gunmen from Mali attacked a village near Tanout on Monday.",
        "Fighters loyal to Iran launched drones at a base in Tanout on Monday.",
    ],
)
def test_where_the_doers_come_from_is_not_who_they_are(ex, text):
    """A state named by a preposition before the verb ("based in", "from", "loyal to") says where the
    doers are from or whom they serve; the doers are unnamed men, not that state."""
    assert _actors(ex, text) == [()]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Iraqi militias fired rockets at a base in Tanout on Monday.", "Iraqi militias"),
        ("Palestinian gunmen opened fire on a checkpoint near Tanout on Monday.", "Palestinian gunmen"),
        # a state's forces are the state
        ("Iraqi troops fired on a convoy near Tanout on Monday.", "Iraq"),
    ],
)
def test_a_peoples_armed_men_are_not_its_state(ex, text, actor):
    assert _actors(ex, text) == [(actor,)]


def test_a_count_of_victims_after_the_verb_leaves_the_striker_named(ex):
    """ "Israeli strikes killed at least 25": the people killed are counted after the verb, so the
    nationality before it is the striker's, not a victim's (as in a headline's "Three soldiers killed
    at a base")."""
    assert _actors(ex, "Israeli strikes killed at least 25 people in Tanout on Monday.") == [("Israel",)]


def test_a_group_named_for_the_rank_of_the_dead_is_not_the_doer(ex):
    # "the death of a Hamas leader in a bombing": whose leader died, not who set the bomb
    assert _actors(ex, "The death of a Hamas leader in a bombing in Tehran on Wednesday shocked the region.") == [()]


@pytest.mark.parametrize(
    "text, actor",
    [
        ("The group said on Monday that its fighters had fired rockets at a post in Metula.", None),
        ("Hezbollah said on Monday that its fighters had fired rockets at a post in Metula.", "Hezbollah"),
        ("Russia's defence ministry said on Monday its drones had struck depots in Lviv.", "Russia"),
        ("Russia's defence ministry said on Monday its missiles had carried out an attack on depots in Lviv.", "Russia"),
    ],
)
def test_a_speaker_naming_its_own_fighters_or_arms_is_the_doer(ex, text, actor):
    """'X said on Monday that its fighters had fired': the speaker's own men or arms acted, however many
    words the statement puts between the speaker and the deed; with no party named, nobody is."""
    assert _actors(ex, text) == [(actor,) if actor else ()]


@pytest.mark.parametrize(
    "text, actor",
    [
        # any verb of saying (speech.SAYING) sets up the speaker's "its": "noted", "reported", "declared"
        ("Hezbollah noted on Tuesday that its fighters had fired rockets at an Israeli base near Metula.", "Hezbollah"),
        ("Hezbollah reported on Tuesday that its fighters had fired rockets at an Israeli base near Metula.", "Hezbollah"),
        ("Hezbollah declared on Tuesday that its fighters had fired rockets at an Israeli base near Metula.", "Hezbollah"),
        # control: nobody's own fighters named, nobody fired
        ("Residents told reporters on Tuesday that rockets had hit an Israeli base near Metula.", None),
    ],
)
def test_any_verb_of_saying_sets_up_a_speakers_own_fighters(ex, text, actor):
    assert _actors(ex, text) == [(actor,) if actor else ()]


@pytest.mark.parametrize(
    "text, actor",
    [
        # a plain verb of saying (speech.PLAIN) reports a clause whose doer is its own: "stressed", "insisted"
        ("Pakistan's army stressed on Sunday militants attacked a checkpoint near Bannu, killing two soldiers.", None),
        ("Pakistan's army insisted on Sunday militants attacked a checkpoint near Bannu, killing two soldiers.", None),
        # control: the speaker's own troops told as the doers keep the speaker
        ("Pakistan's army stressed on Sunday its troops attacked a militant hideout near Bannu, killing two fighters.",
         "Pakistan"),
    ],
)
def test_a_plain_verb_of_saying_reports_another_doer(ex, text, actor):
    assert _actors(ex, text) == [(actor,) if actor else ()]


@pytest.mark.parametrize(
    "text, actors",
    [
        # a force reporting a weapon that fell on its own ground did not fire it
        ("Turkish security forces said a rocket landed near the air base at Incirlik on Monday.", ()),
        ("Ukraine's air force said on Monday two missiles hit a rail depot in Poltava.", ()),
        # the speaker's own deed, told by a pronoun, its own arms, or its jets, stays its doing
        ("The Turkish army said on Monday it shelled a depot near Tal Rifaat.", ("Turkey",)),
        ("The Turkish army said on Monday its drones struck a depot near Tal Rifaat.", ("Turkey",)),
        ("The Turkish army said on Monday jets struck a depot near Tal Rifaat.", ("Turkey",)),
        # a claim takes the event as its object: the claimant acted
        ("On Monday the Houthis claimed a drone attack on the port of Eilat.", ("Houthis (claimed)",)),
    ],
)
def test_a_speaker_reporting_a_weapon_that_struck_is_not_its_sender(ex, text, actors):
    """'The army said a rocket hit X': the reported clause's subject is the weapon, its sender untold; the
    speaker stands before the speech verb, not as the event's subject."""
    assert _actors(ex, text) == [actors]


def test_a_base_used_by_both_forces_names_no_doer(ex):
    """'an attack on a camp used by both U.S. and British troops': the camp's users were the target."""
    text = (
        "Three soldiers were killed by al-Shabaab during an attack on Sunday on a camp in Somalia "
        "used by both U.S. and British troops."
    )
    assert _actors(ex, text) == [("Al-Shabaab",)]


@pytest.mark.parametrize(
    "text",
    [
        "A tanker said to have been attacked near the coast of Oman on Thursday was towed to port.",
        "A tanker said to be owned by a shipping firm was attacked off the coast of Oman on Thursday.",
    ],
)
def test_a_thing_said_to_have_been_is_no_speaker(ex, text):
    """'a tanker said to have been attacked': 'said to' speaks of the tanker; nobody named reported it."""
    assert [i.attribution for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents] == [None]


@pytest.mark.parametrize("when", ["on Friday", "late on Friday"])
def test_when_a_source_spoke_is_no_part_of_its_name(ex, when):
    """'Iraqi officials on Friday said ...': the source is 'Iraqi officials'."""
    text = f"Iraqi officials {when} said two rockets hit Baghdad airport."
    assert [i.attribution for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents] == [
        "Iraqi officials"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Jets carried out an airstrike on the port city of Mukalla on Tuesday, targeting what Riyadh said "
            "was a shipment of weapons.",
            "Riyadh",
        ),
        (
            "Jets struck the port of Mukalla on Tuesday, destroying depots and raising tensions as Yemen said it "
            "would answer.",
            None,
        ),
    ],
)
def test_a_clause_before_a_speech_verb_is_no_source(ex, text, source):
    """'targeting what Riyadh said': the speaker follows 'what'; 'destroying depots ... as Yemen said' is a
    participle clause, no source's name."""
    assert [i.attribution for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents] == [source]


@pytest.mark.parametrize(
    ("claim", "actors"),
    [
        ("Hezbollah claimed the attack in a statement.", ["Hezbollah (claimed)"]),
        ("Hezbollah has not claimed the attack so far.", []),
        ("Hezbollah has yet to claim the attack.", []),
        ("Hezbollah hasn't claimed the attack.", []),
        # a bare claim, of nothing named, is the claim of the event just told
        ("Hezbollah claimed responsibility.", ["Hezbollah (claimed)"]),
        ("Hezbollah claimed responsibility in a statement on Telegram.", ["Hezbollah (claimed)"]),
        ("Hezbollah has not claimed responsibility.", []),
        ("No group claimed responsibility.", []),
    ],
)
def test_a_claim_not_made_names_no_claimant(claim, actors):
    text = f"A roadside bomb killed two soldiers near the border town of Metula on Monday, the army said.\n\n{claim}"
    (event,) = Extractor().extract(text, id="t", published=date(2024, 10, 26)).incidents
    assert list(event.actors) == actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the harm verb's subject is the doer of the event told after its object
        ("Turkey killed the deputy leader of the militant group PKK in a drone strike near Zakho on Sunday.", "Turkey"),
        ("US forces targeted fighters of the Islamic State group with an air strike near Raqqa on Sunday.", "United States"),
        # "it" after a saying stands for the speaker
        ("Turkey's defence ministry said Monday that it had killed a senior PKK commander in an air strike near Zakho.", "Turkey"),
    ],
)
def test_a_group_in_the_object_of_a_harm_verb_is_not_the_doer(ex, text, actor):
    """ "killed the leader of the group X in a strike": X is inside the object of the verb of harm, the
    side struck; the verb's subject (or the speaker "it" stands for) is the doer."""
    found = _actors(ex, text)
    assert found and all(actors == (actor,) for actors in found)


def test_a_name_after_the_object_of_harm_is_not_in_it(ex):
    """A preposition other than "of" ends the object: "killed two people in a Hezbollah drone attack"
    names the doer on the event noun."""
    text = "Two soldiers died on Sunday in a Hezbollah drone attack on a base near Metula."
    assert any("Hezbollah" in actors for actors in _actors(ex, text))


def test_forces_led_by_a_state_are_the_coalition_it_leads(ex):
    """ "US-led forces struck": the coalition the state leads acted, as "the US-led coalition struck"."""
    assert _actors(ex, "On Monday US-led forces struck a weapons depot near Al-Qaim, Iraq.") == [("US-led coalition",)]
    assert _actors(ex, "On Monday Saudi-led forces bombed a port in Hodeidah, Yemen.") == [("Saudi-led coalition",)]
    assert _actors(ex, "On Monday US forces struck a weapons depot near Al-Qaim, Iraq.") == [("United States",)]


def test_the_by_phrase_of_the_act_answered_is_not_the_doer(ex):
    """ "the barrage was an answer to aggression by X": the "by" phrase after the answer's words names
    the doer of the act answered, not of the event told before them."""
    text = (
        "On March 7, Iran fired missiles at a base in Bahrain. Tehran said the salvo of missiles was a plain answer"
        " to what it called aggression by the United States on its atomic sites."
    )
    assert _actors(ex, text)[:1] == [("Iran",)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the agent after a passive harm verb, named as a suspect, is suspected
        ("Six herders were killed by suspected Boko Haram fighters near Dikwa on Monday.", ("Boko Haram (suspected)",)),
        # controls: named plainly, the agent acted; a suspect named as the subject was already marked
        ("Six herders were killed by Boko Haram fighters near Dikwa on Monday.", ("Boko Haram",)),
        ("Suspected Boko Haram fighters killed six herders near Dikwa on Monday.", ("Boko Haram (suspected)",)),
    ],
)
def test_a_suspected_agent_after_by_is_marked(ex, text, actors):
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the subject of "came under attack" is the target, not the doer
        ("A Ruritanian outpost near Tal Abyad came under rocket attack on Monday.", [()]),
        ("Coalition troops in Syria came under drone attack near Tal Abyad on Monday.", [()]),
        # ... while a party named on the attack did it
        ("A Ruritanian outpost came under Turkish drone attack near Tal Abyad on Monday.", [("Turkey",)]),
        # a country after a quarter ("in northern Mali") is where the doers are, as after "in" alone
        ("Militants in northern Mali attacked an army post near Anefis on Monday.", [()]),
        # control: a country as the subject still acted
        ("Malian troops attacked a rebel post near Anefis on Monday.", [("Mali",)]),
    ],
)
def test_a_target_or_a_place_before_the_verb_is_no_doer(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("ADF militants killed 12 villagers in an attack near Beni on Monday.", "Allied Democratic Forces"),
        ("Fighters of the Islamic State in Somalia attacked an army base in Puntland on Monday, killing five.", "Islamic State Somalia Province"),
        ("The 3R rebel group attacked a village near Bocaranga on Monday, killing seven civilians.", "3R"),
        ("CODECO militiamen attacked a displacement camp in Ituri on Monday, killing nine people.", "CODECO"),
        ("KIA fighters attacked a military outpost in Kachin State on Monday, killing five soldiers.", "Kachin Independence Army"),
        ("AA rebels overran a junta outpost in Rakhine on Monday, killing seven soldiers.", "Arakan Army"),
        ("The TNLA clashed with the junta near Lashio on Monday, killing eight soldiers.", "Ta'ang National Liberation Army"),
        ("PDF fighters ambushed a junta convoy in Sagaing on Monday, killing six soldiers.", "People's Defence Force"),
        ("The MNDAA shelled an army camp near Lashio on Monday, killing four soldiers.", "MNDAA"),
        ("KNLA fighters attacked a junta outpost in Kayin State on Monday, killing five soldiers.", "Karen National Liberation Army"),
        ("ISCAP insurgents attacked a village in Cabo Delgado on Monday, killing five people.", "Islamic State Mozambique Province"),
        ("ELN guerrillas attacked a military post in Arauca on Monday, killing three soldiers.", "ELN"),
        ("FARC dissidents attacked a military base in Cauca on Monday, killing two soldiers.", "FARC dissidents"),
        ("Ansaru militants attacked a village in Kaduna on Monday, killing six villagers.", "Ansaru"),
        ("Lakurawa fighters attacked a village in Sokoto on Monday, killing 15 people.", "Lakurawa"),
        ("The FDLR attacked a village in North Kivu on Monday, killing four people.", "FDLR"),
        ("Wazalendo fighters clashed with soldiers near Goma on Monday, killing ten.", "Wazalendo"),
        ("Fano militiamen attacked a town in Amhara on Monday, killing 12 soldiers.", "Fano"),
        ("OLA fighters attacked a village in Oromia on Monday, killing nine civilians.", "Oromo Liberation Army"),
        ("The Syrian National Army attacked SDF positions near Manbij on Monday, killing eight fighters.", "Syrian National Army"),
        ("Lashkar-e-Taiba militants attacked a police post in Kashmir on Monday, killing three policemen.", "Lashkar-e-Taiba"),
        ("The Shan State Army clashed with soldiers near Hsipaw on Monday, killing five.", "Shan State Army"),
        ("Ambazonian separatists attacked a police post in Bamenda on Monday, killing three policemen.", "Ambazonian separatists"),
        ("Ahrar al-Sham fighters attacked an army position near Idlib on Monday, killing four soldiers.", "Ahrar al-Sham"),
        ("The Giants Brigades clashed with Houthi fighters near Hodeidah on Monday, killing seven.", "Giants Brigades"),
    ],
)
def test_armed_groups_of_many_wars_are_named(ex, text, actor):
    assert any(actor in actors for actors in _actors(ex, text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a short acronym another body shares names the group only before a fighters' noun
        ("The ADF said two of its soldiers were killed in a training accident in Queensland.", "Allied Democratic Forces"),
        ("Ukrainian AA fighters shot down drones near Kyiv after an attack that killed three.", "Arakan Army"),
        ("Four soldiers were listed KIA after an ambush near Bhamo on Monday, the army said.", "Kachin Independence Army"),
        ("Drones struck a port on the Sea of Azov on Monday, killing two people.", "Ukraine"),
        # a state, a region or a mosque that shares a group's name is no group
        ("Fighting in Shan State killed five soldiers on Monday, the army said.", "Shan State Army"),
        ("A bomb exploded near the Akhmat Kadyrov mosque in Grozny on Monday, killing two people.", "Russia"),
    ],
)
def test_a_shared_short_acronym_alone_names_no_group(ex, text, wrong):
    assert not any(wrong in actors for actors in _actors(ex, text))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Sudan People's Liberation Army soldiers clashed with rebels near Malakal on Monday.", "South Sudan"),
        ("SPLA-IO fighters attacked a barracks near Malakal on Monday.", "SPLA-IO"),
        ("The People's Liberation Army of China fired missiles near Taiwan on Monday.", "People's Liberation Army"),
    ],
)
def test_a_name_holding_another_force_s_name_is_its_own_force(ex, text, actor):
    """South Sudan's army was the Sudan People's Liberation Army: China's force's name inside it is no match."""
    assert actor in _actors(ex, text)[0]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a belief that names the party held responsible, the event not named again: suspected
        ("Gunmen fired on a patrol near Gao on Monday, the army said, adding that officials believed JNIM was "
         "responsible.", "JNIM (suspected)"),
        ("A drone hit a fuel depot near Gao on Monday, the army said. Officials think JNIM was behind it.", "JNIM (suspected)"),
        # near misses: responsible for something else, or a belief about no party
        ("A drone hit a fuel depot near Gao on Monday, and officials believe JNIM was responsible for the roads "
         "there.", None),
        ("A drone hit a fuel depot near Gao on Monday. Officials believe the attack was planned for weeks.", None),
    ],
)
def test_a_party_a_belief_holds_responsible_is_suspected(ex, text, held):
    found = [a for actors in _actors(ex, text) for a in actors if a.endswith("(suspected)")]
    assert found == ([held] if held else [])


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a saying that names the party held responsible, the event not named again: blamed
        ("A drone hit a fuel depot near Gao on Monday. The army said JNIM was responsible.", ["JNIM (blamed)"]),
        ("Gunmen fired on a patrol near Gao on Monday, and the governor said JNIM was behind the attack.", ["JNIM (blamed)"]),
        # near misses: responsible for something else, or a party saying so of itself (no name to hold)
        ("A drone hit a fuel depot near Gao on Monday. The army said JNIM was responsible for the roads there.", []),
        ("A drone hit a fuel depot near Gao on Monday. The army said it was responsible for the depot.", []),
    ],
)
def test_a_party_a_saying_holds_responsible_is_blamed(ex, text, held):
    assert [a for actors in _actors(ex, text) for a in actors if a.endswith("(blamed)")] == held


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a noun that renames the salvo the clause's verb told: the verb's subject did it
        ("Russia launched 140 drones at Ukraine overnight, the largest drone attack of the war, officials said.", [("Russia",)]),
        ("Russia fired 60 missiles at Ukraine overnight in a large attack, its air force said.", [("Russia",)]),
        # near miss: the interception told beside the launch keeps its own side
        (
            "Ukraine shot down 50 drones after Russia launched 140 drones overnight in a large attack, officials said.",
            [("Ukraine",), ("Russia",)],
        ),
    ],
)
def test_a_noun_renaming_the_salvo_keeps_the_launcher(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Russia launched 140 drones at Ukraine overnight, the largest drone attack of the war, officials said.", 140),
        ("Russia fired more than 40 missiles at Ukraine on Sunday, a heavy missile attack, officials said.", 40),
        # near miss: no number told for the salvo
        ("Russia launched drones at Ukraine overnight, the largest drone attack of the war, officials said.", None),
    ],
)
def test_a_noun_renaming_the_salvo_keeps_its_count(ex, text, count):
    assert [i.count for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents] == [count]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # armed men "from" or "of" a group are its own
        ("Militants from JNIM stormed the town of Djibo on Sunday, residents said.", [("JNIM",)]),
        ("Fighters from Hezbollah fired rockets at Kiryat Shmona on Sunday.", [("Hezbollah",)]),
        # near misses: men from a country only came from there; a country "in neighbouring" is the scene
        ("Gunmen from Mali attacked a village in Niger on Sunday, residents said.", [()]),
        ("In neighbouring Mali, suspected jihadists ambushed a convoy near Boulkessi on Monday.", [()]),
    ],
)
def test_armed_men_from_a_group_are_its_own(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Gunmen, members of Jaish al-Adl, raided a police post in Saravan on Monday, officials said.", "Jaish al-Adl"),
        ("Sudanese Armed Forces drones struck Nyala on Monday, residents said.", "Sudan"),
        ("Tigrayan forces attacked the town of Alamata on Monday, officials said.", "TPLF"),
        ("Fighters of the Baloch Liberation Front attacked a checkpoint in Turbat on Monday, police said.", "Baloch Liberation Front"),
    ],
)
def test_armed_groups_and_forces_of_more_wars_are_named(ex, text, actor):
    assert [actor] in [list(a) for a in _actors(ex, text)]


def _typed(ex, text):
    return [(i.type, list(i.actors)) for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


def test_every_launch_verb_names_the_launcher_of_a_downed_weapon(ex):
    """ "a drone sent by the Houthis" is launched by them as "fired by" says: the one list of launch verbs
    (actors.LAUNCH_VERBS) splits the launch off the interception; a drone downed with no launcher named
    is the interception alone."""
    sent = _typed(ex, "Air defences shot down a drone sent by the Houthis toward Eilat on Monday.")
    assert sent == [("drone_attack", ["Houthis"]), ("interception", [])]
    assert _typed(ex, "Air defences shot down a drone over Eilat on Monday.") == [("interception", [])]


def test_a_noun_renaming_a_dispatched_salvo_takes_its_subject(ex):
    """ "Russia dispatched 90 drones at Kyiv, the largest attack of the war": the noun renames the salvo the
    launch verb told, so the verb's subject is its actor; dispatched medics are no salvo."""
    text = "Russia dispatched 90 drones at Kyiv overnight, the largest attack of the war, officials said."
    assert _typed(ex, text) == [("drone_attack", ["Russia"])]
    medics = "Russia dispatched 90 medics to Kyiv after the largest attack of the war, officials said."
    assert _typed(ex, medics) == []

@pytest.mark.parametrize(
    "text, actors",
    [
        # a people's picked men are its forces, however many words name them before the verb
        ("Somali special forces killed four militants in a raid near Kismayo on Monday.", [("Somalia",)]),
        ("Kenyan special forces killed four militants in a raid near Lamu on Monday.", [("Kenya",)]),
        ("Somali commandos killed four militants in a raid near Kismayo on Monday.", [("Somalia",)]),
        # ... while those killed are the victims, not the raiders
        ("Four Somali special forces were killed in a raid near Kismayo on Monday.", [()]),
    ],
)
def test_a_peoples_special_forces_are_its_forces(ex, text, actors):
    assert [tuple(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Fighters of the al Qaeda-linked group JNIM stormed an army post in Djibo on Sunday, killing nine soldiers.", ("JNIM",)),
        ("The Iran-backed militia Kataib Hezbollah fired rockets at a base in Syria on Sunday, the army said.", ("Kataeb Hezbollah",)),
        # control: a backed group with no name after it is the actor as told
        ("An Iran-backed militia fired rockets at a base in Syria on Sunday, the army said.", ("An Iran-backed militia",)),
    ],
)
def test_a_backed_group_named_right_after_is_that_name(ex, text, actors):
    """'the al Qaeda-linked group JNIM': the description and the name are one party, the name's."""
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Israel said on Tuesday it had carried out air strikes near Jenin on Sunday.", ("Israel",)),
        ("Israel said on Tuesday that it carried out air strikes near Jenin on Sunday.", ("Israel",)),
        ("The Houthis said on Monday that they had launched a drone attack on Eilat.", ("Houthis",)),
    ],
)
def test_a_speaker_that_says_it_did_the_deed_is_its_actor(ex, text, actors):
    """'X said on Tuesday that it carried out strikes': the pronoun after the speech verb is the speaker,
    whatever day or 'that' stands between."""
    assert _actors(ex, text) == [actors]


def test_a_speaker_that_says_it_recorded_a_deed_is_not_its_actor(ex):
    """Control: 'the ministry said that it had recorded deaths in air strikes' names no striker."""
    assert _actors(ex, "The health ministry said on Monday that it had recorded 12 deaths in air strikes near Jenin.") == [()]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Burkina Faso's army said on Tuesday it had killed 200 attackers in air strikes near Djibo.", ("Burkina Faso",)),
        ("The Nigerian army said it had destroyed several rebel camps in air strikes in Borno state.", ("Nigeria",)),
        ("Hamas said on Tuesday that it had killed three soldiers in an ambush in Gaza.", ("Hamas",)),
    ],
)
def test_a_speaker_that_says_it_did_harm_in_the_event_is_its_actor(ex, text, actors):
    """'X said it had killed 200 attackers in air strikes': the harm the speaker did, told in the event, makes
    it the event's doer."""
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso's army said on Tuesday it had lost 20 soldiers in air strikes near Djibo.",
        "The health ministry said on Tuesday it had counted 20 people killed in air strikes near Djibo.",
    ],
)
def test_a_speaker_that_says_it_suffered_or_counted_harm_is_not_its_actor(ex, text):
    """Control: a loss it suffered or a toll it counted in the event names no doer."""
    assert _actors(ex, text) == [()]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the name before an apposition speaks for "it", not the people or backer the apposition names
        ("Kataib Hezbollah, an Iraqi armed group, said on Monday it had launched a drone at a port in Eilat.", "Kataeb Hezbollah"),
        ("The Houthis, a Yemeni movement backed by Iran, said they fired a missile at a ship in the Red Sea on Monday.", "Houthis"),
        ("Hamas, an Iran-backed group, said it fired rockets at Ashkelon on Monday.", "Hamas"),
    ],
)
def test_the_name_before_an_apposition_is_the_speaker_who_acted(ex, text, actor):
    """"X, an Iraqi armed group, said it launched": X launched, not Iraq."""
    assert _actors(ex, text)[0] == (actor,)


def test_a_speaker_named_only_in_its_apposition_is_still_found(ex):
    """With no name before the apposition, the name inside it still speaks ("Its rival, the Iraqi army, said it")."""
    got = _actors(ex, "Its rival, the Iraqi army, said it fired rockets at a camp near Mosul on Monday.")
    assert got[0] == ("Iraq",)


@pytest.mark.parametrize(
    ("text", "stopper"),
    [
        ("The destroyer USS Mason shot down two drones over the Red Sea on Tuesday, officials said.", ("United States",)),
        ("HMS Richmond shot down a drone over the Red Sea on Tuesday, the ministry said.", ("United Kingdom",)),
    ],
)
def test_a_navy_s_ship_prefix_names_the_interceptor(ex, text, stopper):
    """"USS X", "HMS X": a ship named by its navy's prefix is that state's force."""
    assert _actors(ex, text) == [stopper]


def test_a_navy_ship_hit_is_no_doer(ex):
    """The ship named after the verb is the target: its navy did not fire."""
    assert _actors(ex, "Houthi missiles hit the USS Mason in the Red Sea on Tuesday, the group said.") == [("Houthis",)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a toll told first, then the blow in a clause of its own: its subject did it
        ("Two people were killed when Russian troops shelled Kherson on Tuesday, the governor said.", [("Russia",)]),
        ("Three people were wounded after Israeli jets struck a house in Khan Younis on Tuesday.", [("Israel",)]),
        # near miss: the harm's object right after it is the victims' side
        ("Troops killed two Palestinian gunmen in Jenin on Tuesday.", [()]),
    ],
)
def test_the_subject_of_a_clause_after_a_toll_is_the_doer(ex, text, actors):
    """"were killed when X shelled": "when" opens the clause whose subject X is, no object of "killed"."""
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Gunmen ambushed a convoy near Djibo on Tuesday, killing 12 soldiers. The attack was claimed on"
            " Wednesday by JNIM, the al-Qaida affiliate.",
            [("JNIM (claimed)",)],
        ),
        # near misses: a party that condemned it; a claim denied
        (
            "Gunmen ambushed a convoy near Djibo on Tuesday, killing 12 soldiers. The attack was condemned on"
            " Wednesday by the African Union.",
            [()],
        ),
        (
            "Gunmen ambushed a convoy near Djibo on Tuesday, killing 12 soldiers. The attack has not been claimed"
            " by JNIM.",
            [()],
        ),
    ],
)
def test_a_claim_told_in_the_passive_names_the_claimant(ex, text, actors):
    """"The attack was claimed by X": X claimed it, as "X claimed the attack" does."""
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Central Command said US forces, with the SDF, raided a farmhouse near Shaddadi on Tuesday, killing two"
            " Islamic State fighters.",
            ("United States", "Syrian Democratic Forces"),
        ),
        (
            "US troops, alongside Iraqi Security Forces, conducted a raid near Rutba on Tuesday, killing three"
            " militants.",
            ("United States", "Iraq"),
        ),
        # near miss: a backer set off by commas did not act
        ("French troops, backed by Malian soldiers, attacked a camp near Menaka on Monday.", ("France",)),
    ],
)
def test_a_partner_set_off_by_commas_acted_with_the_subject(ex, text, actors):
    """'US forces, with the SDF, raided': both parties raided; the partner told last is not the only doer."""
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Houthi military spokesman Yahya Saree said the group fired three cruise missiles at a tanker in the"
            " Gulf of Aden on Sunday.",
            ("Houthis",),
        ),
        ("Houthi military spokesman Yahya Saree claimed the drone attack on Eilat on Monday.", ("Houthis (claimed)",)),
        (
            "Hamas armed wing spokesman Abu Obeida said its fighters fired rockets at Ashkelon on Tuesday.",
            ("Hamas",),
        ),
        (
            "A spokesman for Kataib Hezbollah, Abu Hamid al-Saadi, said the group launched two drones at Harir base"
            " on Tuesday.",
            ("Kataeb Hezbollah",),
        ),
        # near misses: a state or a man with no title saying "the group" fired names no party of its own
        ("The Israeli military said the group fired 20 rockets at Metula on Monday.", ()),
        ("Yahya Saree said the group fired two missiles at a tanker in the Gulf of Aden on Sunday.", ()),
    ],
)
def test_a_spokesman_speaks_for_the_party_in_his_title(ex, text, actors):
    """'Houthi military spokesman Yahya Saree said the group fired': the party he speaks for fired (or
    claimed), not the spokesman."""
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "A drone struck near the port of Eilat on Monday, officials said. Houthi military spokesman Yahya Saree"
            " claimed the attack.",
            ("Houthis (claimed)",),
        ),
        # a claim told after an event another party is told to have done is of another attack
        (
            "US Navy jets struck a radar site near Ras Issa on Tuesday, the command said. Houthi military"
            " spokesman Yahya Saree claimed the attack.",
            ("United States",),
        ),
        (
            "US Navy jets struck a radar site near Ras Issa on Tuesday, the command said. The Houthis claimed the"
            " attack.",
            ("United States",),
        ),
    ],
)
def test_a_claim_told_next_is_of_an_event_with_no_doer_told(ex, text, actors):
    """'A drone struck near Eilat. The spokesman claimed the attack': his party claimed it; after 'US jets
    struck', no one else's claim of 'the attack' joins the strike."""
    assert _actors(ex, text) == [actors]
