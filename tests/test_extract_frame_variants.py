"""One event frame told in several shapes: a shape the rules read in one voice they read in the other.

Every sentence here is self-written; each case varies the voice, the slot a party fills or the sentence
a place is told in, and asks for the incident the plain active sentence already gives.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 18)
FILLER = " The army said it had moved more troops to the province last spring."


def _found(ex, text):
    return [(i.type, i.location) for i in ex.extract(text + FILLER, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the doer in the agent slot of a passive is the doer the active voice names as its subject
        ("A police post in Tahoua was stormed by gunmen on Monday, officials said.", [("armed_clash", "Tahoua")]),
        ("A police post in Tahoua was raided by armed militants on Monday, officials said.", [("armed_clash", "Tahoua")]),
        ("A police post in Tahoua was raided by militants, officials said.", [("armed_clash", "Tahoua")]),
        ("An army convoy near Tahoua was attacked by suspected insurgents on Monday.", [("armed_clash", "Tahoua")]),
        # ... as the active sentences give it
        ("Gunmen stormed a police post in Tahoua on Monday, officials said.", [("armed_clash", "Tahoua")]),
    ],
)
def test_passive_agent_is_the_doer(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a ship attacked by armed men is no ground fight
        "A cargo ship was attacked by pirates off the coast on Monday, officials said.",
        # a weapon told in the clause names the means, whoever the agent
        "A police post in Tahoua was attacked by militants with a drone on Monday, officials said.",
    ],
)
def test_passive_agent_not_irregulars_keeps_its_type(ex, text):
    assert "armed_clash" not in [t for t, _ in _found(ex, text)]


@pytest.mark.parametrize(
    "text, place",
    [
        # the thing struck, said where it is in the very next sentence, places the strike
        ("Warplanes struck a fuel depot on Monday, officials said. The depot lies on the edge of Tahoua.", "Tahoua"),
        ("Warplanes struck a fuel depot on Monday. The depot, on the edge of Tahoua, burned for hours.", "Tahoua"),
        ("A drone hit a warehouse on Monday, officials said. It happened in Tahoua.", "Tahoua"),
        # ... and so does a sentence listing what it hit by where
        ("Jets bombed four sites on Monday, killing nine people. A school in Tahoua was among the targets.", "Tahoua"),
        ("Jets bombed four sites on Monday, killing nine people. The targets included a school in Tahoua.", "Tahoua"),
        ("Jets bombed four sites on Monday, killing nine people. The sites hit included a clinic in Tahoua.", "Tahoua"),
    ],
)
def test_next_sentence_places_an_unplaced_event(ex, text, place):
    assert [loc for _, loc in _found(ex, text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence about something else names no scene for it
        "Warplanes struck a fuel depot on Monday, officials said. The ministry is based in Tahoua.",
        # two sentences on, the link is too loose
        "Warplanes struck a fuel depot on Monday. Officials gave no toll. The depot lies in Tahoua.",
        # a list of something else that merely names the place
        "Jets bombed four sites on Monday, killing nine people. Tahoua was among the towns where people marched.",
    ],
)
def test_unrelated_place_does_not_place_it(ex, text):
    assert _found(ex, text) == []


@pytest.mark.parametrize(
    "word, hit",
    [("struck", True), ("Strikes", True), ("hitting", True), ("targeted", True), ("targets", True),
     ("attacking", True), ("shelled", False), ("slammed into", False), ("striker", False)],
)  # fmt: skip
def test_hit_word_is_a_lemma_class(word, hit):
    """The verbs of hitting with no means named are one class by lemma, whatever the inflection."""
    from reporter.extract.incidents import _hit_word

    assert _hit_word(word) is hit


@pytest.mark.parametrize(
    "text",
    [
        # the doers of a killing with a phrase between them and their verb that tells how they came
        "Gunmen on motorbikes killed nine herders near Tahoua on Monday.",
        "Gunmen riding pick-up trucks killed nine herders near Tahoua on Monday.",
        "Bandits from a rival clan killed nine herders near Tahoua on Monday.",
    ],
)
def test_doers_with_a_modifier_still_did_the_harm(ex, text):
    assert _found(ex, text) == [("armed_clash", "Tahoua")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count of the weapons just told, as the subject of a verb of hitting, is those weapons
        (
            "Ruritania launched 40 drones on Monday. One of them hit a school in Tahoua.",
            [("drone_attack", "Tahoua")],
        ),
        (
            "Ruritania launched 40 drones on Monday. Most were downed, but one hit a school in Tahoua.",
            [("drone_attack", "Tahoua")],
        ),
        (
            "Ruritania fired nine missiles on Monday. Air defences stopped seven, while two struck a mill in Tahoua.",
            [("missile_attack", "Tahoua")],
        ),
    ],
)
def test_a_count_of_the_weapons_told_is_those_weapons(ex, text, expected):
    assert [f for f in _found(ex, text) if f[0] != "interception"] == expected


def test_a_similar_attack_is_of_the_kind_just_told(ex):
    """'A similar attack' names the kind of the event told before it, as 'another attack' does."""
    text = (
        "A drone struck a grain store in Tahoua on Monday, killing two guards. "
        "A similar attack in Maradi last week killed four."
    )
    assert _found(ex, text) == [("drone_attack", "Tahoua"), ("drone_attack", "Maradi")]


@pytest.mark.parametrize(
    "second",
    ["Hama was also hit.", "A bridge in Hama was also targeted.", "Strikes also hit a bridge in Hama."],
)
def test_also_hit_is_one_more_target_of_the_attack_told(ex, second):
    """A spot told as 'also hit' after an attack is one more target of it, by the same means."""
    text = "Ruritanian jets struck a grain store in Homs on Monday, killing two guards, officials said. " + second
    assert _found(ex, text) == [("air_strike", "Homs"), ("air_strike", "Hama")]


@pytest.mark.parametrize(
    "second",
    [
        "The depot was hit again on Wednesday.",
        "A second attack on the army post there followed on Wednesday.",
    ],
)
def test_one_more_attack_keeps_the_means_told(ex, second):
    """An attack told as one more ('again', 'a second attack') on what was hit before, with no weapon and
    no fighters of its own, is made with the weapon told."""
    text = "Rockets hit a fuel depot in Kirkuk on Monday, officials said. " + second
    assert [t for t, _ in _found(ex, text)] == ["rocket_attack", "rocket_attack"]


def test_one_more_attack_by_fighters_stays_a_fight(ex):
    text = "Rockets hit a fuel depot in Kirkuk on Monday. A second attack on an army post by gunmen followed on Wednesday."
    assert [t for t, _ in _found(ex, text)] == ["rocket_attack", "armed_clash"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a weapon as the doer of "destroyed" on the ground struck what it ruined
        ("Jets destroyed a rebel hideout near Homs on Monday.", [("air_strike", "Homs")]),
        ("The army said its aircraft had destroyed a rebel hideout near Homs on Monday.", [("air_strike", "Homs")]),
        ("A drone destroyed two armoured vehicles near Homs on Monday.", [("drone_attack", "Homs")]),
        # what flies, destroyed by air defences, was intercepted
        ("Air defences destroyed two drones over Homs on Monday.", [("interception", "Homs")]),
    ],
)
def test_a_weapon_that_destroyed_a_target_struck_it(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the air arm in the agent slot of a passive strikes from the air, as it does as the subject
        "The town of Kharkiv was hit by the Ruritanian air force on Monday, officials said.",
        "Five soldiers were killed by the Ruritanian air force near Kharkiv on Monday.",
    ],
)
def test_passive_agent_air_arm_strikes_from_the_air(ex, text):
    assert _found(ex, text) == [("air_strike", "Kharkiv")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place "under fire" of a named weapon is attacked with it, with or without a day told
        ("Kharkiv came under rocket fire, officials said.", [("rocket_attack", "Kharkiv")]),
        ("Kharkiv came under heavy missile fire, officials said.", [("missile_attack", "Kharkiv")]),
    ],
)
def test_under_fire_of_a_weapon_is_an_attack_with_it(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the interceptor told in the agent slot of a passive is the interceptor the active voice names first
        ("A missile was intercepted by Israeli air defences early on Monday, the army said.", [("interception", "Israel")]),
        ("Two drones were shot down by Jordanian air defences on Monday, officials said.", [("interception", "Jordan")]),
        ("A rocket fired from the south was downed by the Saudi air force on Monday.", [("interception", "Saudi Arabia")]),
        # the active voice, as it was read before
        ("Israeli air defences intercepted a missile early on Monday, the army said.", [("interception", "Israel")]),
        # a spot told wins over the interceptor's home
        ("A drone was shot down by Iraqi air defences near Erbil on Monday, officials said.", [("interception", "Erbil")]),
        # weapons stopped on their way to another country fell in the sky of the stopper the agent names
        ("A drone launched from Iraq toward Israel was downed by Jordanian air defences on Monday.",
         [("interception", "Jordan")]),
        ("Jordanian air defences downed a drone launched from Iraq toward Israel on Monday.", [("interception", "Jordan")]),
        # ... and at the target when the stopper is of the target's own country
        ("A missile fired at Haifa was intercepted by Israeli air defences on Monday.", [("interception", "Haifa")]),
    ],
)
def test_passive_interceptor_places_the_interception(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a warship stops weapons at sea, not over its flag's country; an agent of no country places nothing
        "A drone was shot down by a Ruritanian destroyer on Monday, officials said.",
        "A drone was shot down by soldiers on Monday, officials said.",
    ],
)
def test_passive_interceptor_at_sea_or_launcher_places_nothing(ex, text):
    assert _found(ex, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # harm told in the passive with the debris as its agent: a fall of debris, as the active voice gives
        ("Two people were wounded by shrapnel from an intercepted missile in Haifa on Monday, medics said.",
         [("crash", "Haifa")]),
        ("A woman was injured by debris from a downed drone in Odesa on Monday, officials said.", [("crash", "Odesa")]),
        ("Shrapnel from an intercepted missile wounded two people in Haifa on Monday, medics said.", [("crash", "Haifa")]),
    ],
)
def test_harm_by_debris_of_an_interception_in_the_passive(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the agent of a passive harm verb told after the scene and day reads as it does right after the verb
        ("Six herders were killed near Dikwa on Monday by gunmen, residents said.", [("armed_clash", "Dikwa")]),
        ("Two guards were killed in the Menaka region on Monday by a roadside bomb, the army said.",
         [("explosion", "Menaka region")]),
        ("Two women were wounded in Nikopol early on Monday by a drone, officials said.", [("drone_attack", "Nikopol")]),
        # ... as the agent right after the verb gives it
        ("Six herders were killed by gunmen near Dikwa on Monday, residents said.", [("armed_clash", "Dikwa")]),
    ],
)
def test_passive_harm_agent_after_the_scene_and_day(ex, text, expected):
    assert _found(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a "by" that names who holds the scene, or the maker of a thing, is no doer of the harm
        "Six herders were killed in a village held by the rebels near Dikwa on Monday, residents said.",
        "Six herders were killed in Dikwa on Monday, a town founded by traders, residents said.",
    ],
)
def test_passive_harm_by_of_the_scene_is_no_agent(ex, text):
    # (the toll, at a spot on a day of its own, is an event whose doer is untold)
    got = ex.extract(text + FILLER, id="t", published=DAY).incidents
    assert [(i.location, i.actors) for i in got] == [("Dikwa", ())]


@pytest.mark.parametrize(
    "text, count",
    [
        # the share of the weapons told that was stopped, after the verb or before it with "of which"
        ("Ruritania launched 40 drones at Freedonia on Monday. Air defences shot down 25 of them, the army said.", 25),
        ("Ruritania launched 40 drones at Freedonia on Monday, 25 of which were shot down, the army said.", 25),
        # ... as the share told first already gave it
        ("Ruritania launched 40 drones at Freedonia on Monday. Of those, 25 were shot down, the army said.", 25),
        # control: no share told, no count
        ("Ruritania launched 40 drones at Freedonia on Monday. Air defences shot them down, the army said.", None),
    ],
)
def test_a_share_of_the_weapons_told_counts_the_interception(ex, text, count):
    found = ex.extract(text, id="t", published=DAY).incidents
    assert [i.count for i in found if i.type == "interception"] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow sent 80 drones against the port of Odesa overnight, the regional governor said on Monday.",
        "The Houthis dispatched three drones toward Eilat on Sunday, the army said.",
        "Russia sent waves of attack drones and missiles at Kharkiv overnight, officials said on Monday.",
    ],
)
def test_weapons_sent_at_a_foe_are_a_launch(ex, text):
    found = _found(ex, text)
    assert found and found[0][0] in ("drone_attack", "missile_attack"), found


def test_weapons_sent_to_a_country_are_a_delivery_not_a_launch(ex):
    """Near-miss control: drones sent 'to' a state arm it; no attack is told."""
    assert _found(ex, "Iran sent 200 drones to Russia last year for use in the war, officials said.") == []


def test_an_attack_a_party_helped_plan_is_no_doer_of_the_strike(ex):
    """'targeted a man who was helping X plan an attack': the planned attack is not one, nor X the striker."""
    text = (
        "A drone strike on a flat in Sidon killed two people on Tuesday, the ministry said. The army said it"
        " had targeted a man who was helping Hamas plan an attack on soldiers."
    )
    incidents = ex.extract(text, id="t", published=DAY).incidents
    assert [i.actors for i in incidents] == [()] or all("Hamas" not in i.actors for i in incidents)
    assert len(incidents) == 1


def test_an_attack_told_as_done_by_the_planner_still_counts(ex):
    """Near-miss control: a plan word elsewhere does not veto an attack told as done."""
    found = _found(
        ex, "Gunmen attacked a checkpoint near Gao on Tuesday, killing four soldiers; officials said the group plans a wider push."
    )
    assert found and found[0][0] == "armed_clash"


@pytest.mark.parametrize(
    "text",
    [
        # a toll's qualifier after the harm verb is its object, not a scene: the armed men's killing is a fight
        "Gunmen killed at least 63 people near Tahoua on Monday, officials said.",
        "Gunmen killed as many as 40 villagers near Tahoua on Monday, officials said.",
        "Bandits killed over 40 people near Tahoua on Monday, officials said.",
    ],
)
def test_a_qualified_toll_after_the_harm_verb_is_its_object(ex, text):
    assert _found(ex, text) == [("armed_clash", "Tahoua")]


def test_the_dead_named_before_a_scene_are_still_no_deed(ex):
    """Near miss: "the soldiers killed at the checkpoint" names the dead, no doer's deed."""
    assert _found(ex, "The four soldiers killed at the checkpoint near Tahoua on Monday were buried.") == []
