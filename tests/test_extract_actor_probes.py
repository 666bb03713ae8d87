"""Actors read from the wording around a report: a party a report blames in a closing participle, doers joined by
"and", a government as the doer, and a group the doers are believed to belong to (GUIDE: actors, suffixes)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "A drone hit an apartment block in Kursk on Sunday, the regional governor said, blaming Ukraine.",
            ["Ukraine (blamed)"],
        ),
        (
            "A drone hit a car in Baghdad on Wednesday, killing two militia members, the group said, blaming the United States.",
            ["United States (blamed)"],
        ),
        (
            "A drone hit a fuel depot in Bryansk on Sunday, the governor said, blaming Kyiv for the attack.",
            ["Ukraine (blamed)"],
        ),
    ],
)
def test_a_party_a_report_blames_after_it_is_blamed(ex, text, actors):
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    "text",
    [
        # blame for something else than a party: no party
        "A drone hit a fuel depot in Bryansk on Sunday, the governor said, blaming poor air defences.",
        # the doer is told; the blamed body is not a party of the attack
        "Russian drones hit a fuel depot in Bryansk on Sunday, the governor said, blaming the army for slow warnings.",
    ],
)
def test_blame_of_no_party_adds_none(ex, text):
    assert all(not a.endswith("(blamed)") for acts in _actors(ex, text) for a in acts)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "U.S. and British warplanes struck rebel radar sites near Hodeidah late on Friday, the rebels said.",
            ["United States", "United Kingdom"],
        ),
        (
            "The United States and Britain struck rebel radar sites near Hodeidah late on Friday, the rebels said.",
            ["United States", "United Kingdom"],
        ),
        (
            "Hezbollah fighters and Israeli troops exchanged fire near Kfar Kila on Monday, the army said.",
            ["Hezbollah", "Israel"],
        ),
    ],
)
def test_doers_joined_by_and_both_acted(ex, text, actors):
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the pair governed by a preposition is the target, not the doers
        ("Israeli strikes on Hamas and Islamic Jihad positions in Gaza killed 12 people on Monday, medics said.", ["Israel"]),
        # the first of the pair is the object of a verb of harm
        ("Israeli troops killed two Hamas fighters and Palestinian gunmen fired at a patrol in Jenin on Monday.", ["Palestinian gunmen"]),
        # the pair spoke; the doer is in their report
        ("Egypt and Qatar said Israeli jets struck Gaza City on Monday, killing five.", ["Israel"]),
    ],
)
def test_a_pair_that_did_not_act_adds_no_doer(ex, text, actors):
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian government carried out air strikes on Saraqeb on Monday, a war monitor said.",
        "The Syrian regime bombed Saraqeb on Monday, killing 12, activists said.",
    ],
)
def test_a_people_s_government_as_subject_is_its_state(ex, text):
    assert _actors(ex, text) == [["Syria"]]


def test_a_government_with_a_verb_of_its_own_did_not_strike(ex):
    # the government condemned the strike; it did not make it
    text = "The Iraqi government condemned Monday's strike on Baghdad that killed two, officials said."
    assert all("Iraq" not in acts for acts in _actors(ex, text))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Gunmen believed to belong to JNIM attacked a village in central Mali on Saturday, killing 30 people.",
            ["JNIM (suspected)"],
        ),
        (
            "Gunmen suspected of belonging to Boko Haram attacked a village in Borno on Saturday, killing 9 people.",
            ["Boko Haram (suspected)"],
        ),
        ("Gunmen who belong to JNIM attacked a village in central Mali on Saturday, killing 30 people.", ["JNIM"]),
    ],
)
def test_men_held_to_belong_to_a_group_name_it(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_men_of_a_group_who_were_the_targets_name_no_doer(ex):
    text = "Soldiers killed gunmen believed to belong to JNIM in an attack near Gao on Monday, the army said."
    assert all(not a.startswith("JNIM") for acts in _actors(ex, text) for a in acts)


@pytest.mark.parametrize(
    "text",
    [
        "Ten people were killed in U.S. strikes on Saada province on Friday, rebel media said.",
        "Four fighters were killed in US air strikes near Jilib on Monday, officials said.",
    ],
)
def test_a_state_that_flies_its_strikes_named_on_the_strike_noun_made_them(ex, text):
    assert _actors(ex, text) == [["United States"]]


def test_a_state_named_on_the_strike_noun_that_is_the_scene_made_none(ex):
    # a country that does not fly its strikes, after "in", names where they fell
    text = "Ten people were killed in Lebanon strikes on Nabatieh on Monday, officials said."
    assert all("Lebanon" not in acts for acts in _actors(ex, text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name in capitals that is also a link word is a name
        ("A drone hit a hospital in El Fasher on Friday, killing 20 people, the WHO said.", "WHO"),
        # the name before an apposition set off by commas speaks
        (
            "The Rojava Information Center, a monitor with staff across the northeast, said drones hit a car near Kobani on Monday.",
            "Rojava Information Center",
        ),
        (
            "Drones hit a car near Kobani on Monday, the Observatory, a Britain-based monitor, reported.",
            "Observatory",
        ),
        # a list of victims is no apposition of a speaker
        ("Drones killed four fighters, a convoy commander and a medic near Kobani on Monday.", None),
    ],
)
def test_attribution_of_a_capitalised_name_and_of_a_name_with_an_apposition(ex, text, source):
    from reporter.extract.actors import attribution

    _, art = ex.document(text, date(2025, 3, 10))
    found = [a for s in art.sentences if (a := attribution(art, s.start, s.end))]
    assert found[:1] == ([source] if source else [])


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said on Tuesday that U.S. strikes hit the Hodeidah airport, killing three people.",
        "The rebels said that U.S. strikes hit the Hodeidah airport, killing three people.",
    ],
)
def test_that_opening_a_report_is_no_determiner_of_the_strike(ex, text):
    assert _actors(ex, text) == [["United States"]]


def test_a_party_reacting_to_that_strike_is_not_its_doer(ex):
    # "that strike", the object of a reaction: the party condemning it did not make it
    text = "Iran condemned that strike on the Hodeidah airport, which killed three people."
    assert all("Iran" not in acts for acts in _actors(ex, text))


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels, backed by Rwanda, captured the town of Nyabibwe on Saturday, local sources said.",
        "The M23, which is backed by Rwanda, captured the town of Nyabibwe on Saturday, local sources said.",
    ],
)
def test_a_backer_in_a_phrase_set_off_by_commas_is_not_the_doer(ex, text):
    assert _actors(ex, text) == [["M23"]]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the speaker of the report before a closing comment is not the doer of the attack the comment names
        (
            "On Friday, a truck bomb killed eight people, and wounded 20 others in the town of Azaz, "
            "the Syrian Civil Defense said, making it the third such attack in the town this year.",
            [[]],
        ),
        # near miss: a doer opening the sentence before a clause set off by commas stays the doer
        (
            "Iran-backed militants, who could not be reached, fired rockets at a base in Erbil on Monday.",
            [["Iran-backed militants"]],
        ),
    ],
)
def test_a_speaker_before_a_closing_comment_is_not_the_doer(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the people an "anti-" word names is what the doers oppose, not the doer
        (
            "A bomb attack on a Turkish-owned shop in Athens on Monday was provoked by an anti-Turkish campaign, the ministry said.",
            [[]],
        ),
        (
            "The bombing of the consulate in Athens on Monday was carried out by an anti-Turkish group, police said.",
            [[]],
        ),
        # near miss: the same "by" phrase without "anti-" names the doer
        (
            "The bombing of the consulate in Athens on Monday was carried out by a Turkish group, police said.",
            [["Turkey"]],
        ),
    ],
)
def test_a_people_an_anti_word_names_is_not_the_doer(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a party whose official condemns the event is not its doer
        ("Gunmen killed three people at a market in Hebron on Sunday. Spain's prime minister condemned the shooting.", [[]]),
        # near miss: the doer named on the event word inside the reaction stays the doer
        (
            "Turkey carried out a drone strike on Sinjar on Monday. The Iraqi government condemned the Turkish strike.",
            [["Turkey"]],
        ),
        # near miss: a reaction of the doer's own in a relative clause before its act
        ("Hamas, which had condemned the arrests, fired rockets at Ashkelon on Monday.", [["Hamas"]]),
    ],
)
def test_a_party_that_condemns_the_event_is_not_its_doer(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the armed men a report blames, not their backer
        (
            "Rockets hit a coalition base near Erbil on Monday, the ministry said, blaming Iran-backed militias.",
            [["Iran-backed militias (blamed)"]],
        ),
        # near miss: a state blamed by name stays the state
        ("Rockets hit a coalition base near Erbil on Monday, the ministry said, blaming Iran.", [["Iran (blamed)"]]),
    ],
)
def test_a_report_blaming_backed_men_blames_the_men(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the group named after its country's possessive fired the weapon an interception stopped (and the
        # frigate's state stopped it)
        (
            "A French frigate shot down an anti-ship missile fired by Yemen’s Houthis at a tanker in the Gulf of Aden on Friday.",
            [["Houthis"], ["France"]],
        ),
        # near miss: a state named alone as the launcher stays the launcher
        (
            "A French frigate shot down an anti-ship missile fired by Iran at a tanker in the Gulf of Aden on Friday.",
            [["Iran"], ["France"]],
        ),
    ],
)
def test_the_group_after_its_countrys_possessive_launched_the_weapon(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # "a second strike", "another drone": one more of the kind told in the same breath is the same doer's
        (
            "A Turkish drone hit a checkpoint in Qamishli on Monday, and a second drone struck a car nearby.",
            [["Turkey"], ["Turkey"]],
        ),
        (
            "An Israeli air strike hit a warehouse in Tyre on Monday, and another strike hit a bridge to the south, "
            "the army said.",
            [["Israel"], ["Israel"]],
        ),
        # near miss: the second one told with a doer of its own keeps it
        (
            "A Turkish drone hit a checkpoint in Qamishli on Monday, and a Russian drone struck a base in Afrin.",
            [["Turkey"], ["Russia"]],
        ),
    ],
)
def test_one_more_of_the_kind_is_the_same_doers(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a sentence of blame that names no event, and ends on the party, blames it for the event just told
        ("A drone hit a market in Kadugli on Monday, killing nine people. The army blamed the RSF.",
         ["Rapid Support Forces (blamed)"]),
        ("A drone hit a fuel depot in Kursk on Sunday. The governor blamed Ukraine for it.", ["Ukraine (blamed)"]),
        # near miss: blame for something else told after the party
        ("A drone hit a market in Kadugli on Monday, killing nine people. The army has long blamed the RSF for "
         "the siege of the town.", []),
    ],
)  # fmt: skip
def test_a_bare_sentence_of_blame_blames_for_the_event_just_told(ex, text, actors):
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a clause of contrast has a subject of its own: the sentence's opening party did not do its event
        ("The militants have not attacked Turkish troops since the accord, but an attack on a market in Kabul on "
         "Monday killed 24 people.", []),
        ("Rebels have not fought Rwandan forces since the truce was signed, but a bombing in Goma on Monday killed "
         "six people.", []),
        # near miss: a parenthetical between the subject and its verb still leaves the subject the doer
        ("Iran-backed militants, who could not be reached, fired rockets at Erbil on Monday.",
         ["Iran-backed militants"]),
    ],
)  # fmt: skip
def test_a_contrast_clause_borrows_no_doer_from_the_sentence_opening(ex, text, actors):
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a count's qualifier adds no distance between the doers and the event's word
        ("Boko Haram fighters killed at least 40 people in a raid on a village in Borno on Monday.", ["Boko Haram"]),
        ("RSF fighters killed more than 30 herders in an attack on a village in North Darfur on Monday.",
         ["Rapid Support Forces"]),
        # ... nor makes the harmed the doers: the group after a qualified count is the verb's object
        ("Troops killed at least 40 RSF fighters in a raid on a village in North Darfur on Monday.", []),
    ],
)  # fmt: skip
def test_a_qualified_toll_keeps_doers_and_victims_apart(ex, text, actors):
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the attack an interception stopped names its sender by an adjective: no interceptor
        ("Air defences repelled a Russian drone attack on Odesa early on Tuesday, officials said.", []),
        ("Air defences repelled an Iranian missile attack on Haifa early on Tuesday, officials said.", []),
        # near miss: the interceptor named as the subject stays the actor
        ("The Israeli army intercepted a Hezbollah drone over Haifa on Tuesday, officials said.", ["Israel"]),
    ],
)
def test_the_sender_of_an_attack_repelled_is_no_interceptor(ex, text, actors):
    assert _actors(ex, text) == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the Houthis' own name for their forces
        ("The Yemeni armed forces said they had targeted a cargo ship in the Gulf of Aden with drones on Sunday.", [["Houthis"]]),
        ("A rebel spokesman said the Yemeni Armed Forces fired a ballistic missile at Eilat on Sunday.", [["Houthis"]]),
        # near misses: the government's forces stay Yemen's
        ("Yemeni government forces shelled rebel positions near Taiz on Sunday, killing four fighters.", [["Yemen"]]),
        ("The Yemeni army shelled rebel positions near Taiz on Sunday, killing four fighters.", [["Yemen"]]),
    ],
)
def test_the_yemeni_armed_forces_are_the_houthis(ex, text, actors):
    assert _actors(ex, text) == actors
