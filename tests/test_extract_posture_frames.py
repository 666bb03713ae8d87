"""Troop posture in frames neighbouring the ones the other posture tests cover, in sentences written
here: the war a level is told against, hosts naming the force's levels, contributions to a mission."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers


def _levels(ex: Extractor, text: str) -> list[tuple[str, str, int]]:
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


US = "United States"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland hosts some 10,000 American soldiers amid the war in Ukraine.", [(US, "Poland", 10000)]),
        ("Germany hosts 35,000 US troops, as the war in Ukraine continues.", [(US, "Germany", 35000)]),
        ("Belarus hosts 1,000 Russian troops amid Russia's war on Ukraine.", [("Russia", "Belarus", 1000)]),
        ("The new deployment brings the number of US troops in Romania to 4,700, as the war in Ukraine drags on.",
         [(US, "Romania", 4700)]),
        # controls: the troops' own place after the figure, and troops sent to fight in the war
        ("There are 10,000 US troops in Poland amid the war in Ukraine.", [(US, "Poland", 10000)]),
        ("North Korea has sent 11,000 soldiers to fight in the war in Ukraine.", [("North Korea", "Ukraine", 11000)]),
        ("Russia keeps 1,500 soldiers in Transnistria as the war in Ukraine goes on.", [("Russia", "Moldova", 1500)]),
    ],
)  # fmt: skip
def test_the_war_a_level_is_told_against_is_not_its_place(ex, text, expected):
    """ "amid the war in Ukraine", "as the war in Ukraine continues" after a figure tell the war the
    level answers, not where the troops are: a host before the figure is their place."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India has 1,800 and Pakistan 1,900 troops in South Sudan.",
         [("India", "South Sudan", 1800), ("Pakistan", "South Sudan", 1900)]),
        ("Kenya sent 400 and Jamaica 200 soldiers to Haiti.", [("Jamaica", "Haiti", 200), ("Kenya", "Haiti", 400)]),
        ("Nigeria has 1,000, and Ghana 500 troops in Mali.", [("Ghana", "Mali", 500), ("Nigeria", "Mali", 1000)]),
        ("India supplies 1,800 and Pakistan 1,900 peacekeepers to the UN mission in South Sudan.",
         [("India", "South Sudan", 1800), ("Pakistan", "South Sudan", 1900)]),
        ("India supplies 1,800 peacekeepers to the UN mission in South Sudan.", [("India", "South Sudan", 1800)]),
        # controls: a year before "and", a toll
        ("In 2019 and again last year, Britain sent 900 troops to Estonia.", [("United Kingdom", "Estonia", 900)]),
        ("Rebels killed 30 and Pakistan 20 soldiers in South Sudan.", []),
    ],
)  # fmt: skip
def test_a_party_named_before_its_own_figure_after_another_s(ex, text, expected):
    """ "India has 1,800 and Pakistan 1,900 troops": two parties share the verb and the troops' noun,
    each named right before its own figure; "supplies" holds troops as "contributes" does."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The AU mission in Somalia has 12,000 troops, of whom 4,500 are Ugandan.",
         [("AUSSOM", "Somalia", 12000), ("Uganda", "Somalia", 4500)]),
        ("The AU mission in Somalia has 12,000 troops, 4,500 of them Ugandan.",
         [("AUSSOM", "Somalia", 12000), ("Uganda", "Somalia", 4500)]),
        ("Of the 12,000 troops in the AU mission in Somalia, 4,500 are Ugandan.",
         [("AUSSOM", "Somalia", 12000), ("Uganda", "Somalia", 4500)]),
        ("Of the 12,000 troops in Somalia, 4,500 are Ugandan.", [("Uganda", "Somalia", 4500)]),
        ("The 12,000 troops in the AU mission in Somalia fight al-Shabaab.", [("AUSSOM", "Somalia", 12000)]),
        ("About 2,000 soldiers serving with the UN mission in Congo guard the town.",
         [("MONUSCO", "Democratic Republic of Congo", 2000)]),
        # controls: one state's own whole, a toll, other people
        ("The US has 2,500 troops in Iraq, of whom 300 are Kurdish.", [("United States", "Iraq", 2500)]),
        ("Of the 900 soldiers killed in the AU mission in Somalia, 400 were Ugandan.", []),
        ("Of the 12,000 refugees in the AU mission's camps in Somalia, 4,500 are Ethiopian.", []),
        ("The 2,000 Kenyan soldiers in the AU mission in Somalia fight al-Shabaab.", [("Kenya", "Somalia", 2000)]),
    ],
)  # fmt: skip
def test_a_mission_s_whole_and_one_people_s_part(ex, text, expected):
    """A mission's troops ("the AU mission has 12,000 troops, of whom 4,500 are Ugandan") or a whole
    no party owns, opened by "Of the": the part told as one people's is that state's level there,
    and that people owns no whole."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Baltic states host about 4,000 NATO troops.", [("NATO", "Baltic states", 4000)]),
        ("The Gulf states host more than 40,000 US troops.", [(US, "Persian Gulf", 40000)]),
        ("The Gulf region hosts more than 40,000 US troops.", [(US, "Persian Gulf", 40000)]),
        # controls: two hosts of one sum, each host with its own figure, other things hosted
        ("Kuwait and Qatar host 20,000 US troops.", []),
        ("Kuwait hosts 13,500 US troops and Qatar hosts about 8,000.", [(US, "Kuwait", 13500), (US, "Qatar", 8000)]),
        ("The Gulf states host talks with 40 envoys on the troops.", []),
    ],
)  # fmt: skip
def test_a_region_s_states_hosting_a_level(ex, text, expected):
    """ "The Baltic states host", "the Gulf region hosts": a region's states told with a plural verb
    (or the region's own) host a force's level there; two hosts joined by "and" share one sum,
    neither one's level."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Estonian army has 7,000 soldiers, and Britain 900 there.", [("United Kingdom", "Estonia", 900)]),
        ("The Estonian army has 7,000 soldiers, and Britain 900 troops in the country.",
         [("United Kingdom", "Estonia", 900)]),
        ("Kenya has 3,500 troops and Uganda 4,500 soldiers in Somalia.", [("Kenya", "Somalia", 3500), ("Uganda", "Somalia", 4500)]),
        # controls: each party's figure in a place of its own; a place after the figure
        ("France has 1,000 troops in Chad and Germany 300 soldiers in Niger.", [("France", "Chad", 1000), ("Germany", "Niger", 300)]),
        ("Norway keeps 400 soldiers who advise Malian units.", [("Norway", "Mali", 400)]),
    ],
)  # fmt: skip
def test_a_host_s_own_army_and_a_guest_s_gapped_figure(ex, text, expected):
    """ "The Estonian army has 7,000 soldiers, and Britain 900 there": the party after "and" with a
    figure of its own (its noun or place may follow) is no place of the figure before it, and holds
    its own figure, in the host's place."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UNIFIL has 10,000 peacekeepers, including 1,000 Italians and 800 from Spain.",
         [("Italy", "Lebanon", 1000), ("Spain", "Lebanon", 800), ("UNIFIL", "Lebanon", 10000)]),
        ("The UN force in Lebanon has 10,000 peacekeepers, including 1,000 from Italy.",
         [("Italy", "Lebanon", 1000), ("UNIFIL", "Lebanon", 10000)]),
        ("The AU mission in Somalia has 12,000 troops, among them 4,500 Ugandans.",
         [("AUSSOM", "Somalia", 12000), ("Uganda", "Somalia", 4500)]),
        # controls: one state's own parts, a region's, a toll's
        ("France has 1,000 troops in Chad, including 300 from Paris.", [("France", "Chad", 1000)]),
        ("The UN mission in Mali has 12,000 troops, including 2,000 from the region.", [("MINUSMA", "Mali", 12000)]),
        ("The attack killed 30 peacekeepers in Lebanon, including 10 Italians.", []),
    ],
)  # fmt: skip
def test_a_mission_s_parts_told_by_people_or_origin(ex, text, expected):
    """ "including 1,000 Italians", "and 800 from Spain" after a whole of many states' troops: each
    part, its noun left out, is that state's level where the whole serves."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure's digits are one number: "1,800 police" is no bare "1" followed by a comma
        ("India contributes 1,800 police and Pakistan 1,900 to the UN mission in South Sudan.", []),
        ("India supplies 1,800 police and Pakistan 1,900 to the UN mission in South Sudan.", []),
        # the place after another party's figure is that figure's, not the host's own army's
        ("Qatar's army has 12,000 soldiers, and the US 10,000 at Al Udeid.", [(US, "Qatar", 10000)]),
        # controls: a bare figure of troops; a state's own troops sent to its own town
        ("India contributes 1,800 troops and Pakistan 1,900 to the UN mission in South Sudan.",
         [("India", "South Sudan", 1800), ("Pakistan", "South Sudan", 1900)]),
        ("The Nigerian army deployed 5,000 troops to Maiduguri.", [("Nigeria", "Nigeria", 5000)]),
    ],
)  # fmt: skip
def test_police_and_a_host_s_own_army_beside_a_gapped_figure(ex, text, expected):
    """A figure of police before "and <party> <figure>" gives the gapped figure police too, no troops;
    a host's own army is no level at a place a later figure of another party is told at."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain and France could send up to 30,000 troops to Ukraine.", []),
        ("Britain and France sent 3,000 troops to Estonia.", []),
        # controls: one level each, told by "respectively" or a gapped clause
        ("Britain and France could send 3,000 and 2,000 troops respectively to Ukraine.",
         [("France", "Ukraine", 2000), ("United Kingdom", "Ukraine", 3000)]),
        ("Britain could send 5,000 troops to Ukraine, and France 3,000.",
         [("France", "Ukraine", 3000), ("United Kingdom", "Ukraine", 5000)]),
    ],
)  # fmt: skip
def test_a_pair_s_one_figure_whatever_its_verb(ex, text, expected):
    """ "Britain and France could send 30,000 troops", "... sent 3,000 troops": one figure for two
    states, with a modal or a past verb, is neither state's level."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole presence ("the 2,000") still to go: it stands until it is gone
        ("The 2,000 US troops in Syria are to be withdrawn within 90 days.", [(US, "Syria", 2000, "(to be withdrawn)")]),
        ("Some 600 French soldiers in Senegal will be withdrawn.", [("France", "Senegal", 600, "some (withdrawn)")]),
        # controls: a withdrawal under way keeps the level standing; a deployment ahead is planned
        ("Some 600 French soldiers in Senegal are being withdrawn.", [("France", "Senegal", 600, "some")]),
        ("The 2,000 US troops in Syria will be rotated.", [(US, "Syria", 2000, "(planned)")]),
    ],
)  # fmt: skip
def test_troops_to_be_withdrawn_told_in_the_passive(ex, text, expected):
    """ "will be withdrawn", "are to be withdrawn" after a figure: the troops to be taken out, as
    "will withdraw" tells them."""
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway will withdraw its roughly 800 soldiers from Lithuania by the end of May.",
         [("Norway", "Lithuania", 800, "roughly (to be withdrawn)")]),
        ("Belgium plans to pull its 400 troops out of Niger next year.", [("Belgium", "Niger", 400, "(to be withdrawn)")]),
        ("All 600 Danish soldiers in Estonia are to be withdrawn in the autumn.",
         [("Denmark", "Estonia", 600, "(to be withdrawn)")]),
        # controls: a withdrawal done, a part taken out, an amount with no whole, a mere possibility
        ("Norway withdrew its roughly 800 soldiers from Lithuania at the end of May.",
         [("Norway", "Lithuania", 800, "roughly (withdrawn)")]),
        ("Norway will withdraw 300 of its 800 soldiers from Lithuania by the end of May.",
         [("Norway", "Lithuania", 300, "(withdrawn)"), ("Norway", "Lithuania", 800, None)]),
        ("Belgium will withdraw 400 troops from Niger next year.", [("Belgium", "Niger", 400, "(withdrawn)")]),
        ("Belgium could pull its 400 troops out of Niger next year.", [("Belgium", "Niger", 400, "(withdrawn)")]),
    ],
)  # fmt: skip
def test_a_whole_presence_still_to_be_withdrawn_stands(ex, text, expected):
    """ "will withdraw its roughly 800 soldiers by May": the whole presence, to leave by a day ahead,
    stands until it is gone ("(to be withdrawn)", as the GUIDE's gold writes it), so the brief keeps
    it; a withdrawal done, a part of a whole or an amount taken out stays "(withdrawn)"."""
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burundi has 3,000 troops in Somalia fighting al-Shabaab and Djibouti 1,800.",
         [("Burundi", "Somalia", 3000), ("Djibouti", "Somalia", 1800)]),
        ("Britain keeps 900 soldiers in Estonia to deter Russia, and Canada 2,000 in Latvia.",
         [("Canada", "Latvia", 2000), ("United Kingdom", "Estonia", 900)]),
        ("The US has 2,500 troops in Iraq fighting Islamic State and Britain 400.",
         [("United Kingdom", "Iraq", 400), (US, "Iraq", 2500)]),
        # controls: the list right after the place; several states' adjectives before one figure
        ("Britain keeps 900 soldiers in Estonia and Canada 2,000.",
         [("Canada", "Estonia", 2000), ("United Kingdom", "Estonia", 900)]),
        ("French, Danish and Icelandic forces, totalling 1,200, are in Estonia.", []),
    ],
)  # fmt: skip
def test_a_gapped_party_after_a_clause_of_what_the_troops_do(ex, text, expected):
    """ "... in Somalia fighting al-Shabaab and Djibouti 1,800", "... to deter Russia, and Canada 2,000
    in Latvia": a party and its bare figure after a clause of what the first troops do hold a level
    of their own, in the first clause's place unless one of their own follows."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO will deploy 700 more troops to Kosovo, taking KFOR to 4,500.",
         [("KFOR", "Kosovo", 4500), ("NATO", "Kosovo", 700)]),
        ("The arrival of 500 Italian troops brings KFOR's strength to 4,800.",
         [("Italy", "Kosovo", 500), ("KFOR", "Kosovo", 4800)]),
        # controls: a town or an alliance's members taken to a number are no troop level
        ("Russia sent 700 more troops to Ukraine, taking Kherson to 4,500.", [("Russia", "Ukraine", 700)]),
        ("Two more states joined, taking NATO to 32 members.", []),
    ],
)  # fmt: skip
def test_a_mission_taken_to_a_level_by_its_name(ex, text, expected):
    """ "taking KFOR to 4,500", "brings KFOR's strength to 4,800": a mission or coalition named as
    what troops added take to a figure is sized by it, where it serves."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 10,000 Kenyan troops are deployed in Somalia and Haiti amid the unrest.", []),
        ("About 900 US troops are in Syria and Iraq despite the talks.", []),
        # control: one country named
        ("About 900 US troops are in Syria amid the unrest.", [(US, "Syria", 900)]),
    ],
)  # fmt: skip
def test_a_figure_spread_over_two_countries_before_an_adjunct(ex, text, expected):
    """ "in Somalia and Haiti amid ...": a list of countries ends before "amid", "despite", as before
    any other adjunct, so the figure is spread over them, no one country's level."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war has drawn US forces to the Middle East. The US has roughly 40,000 troops in the region, "
         "including 2,500 in Iraq and 900 in Syria.",
         [(US, "Iraq", 2500), (US, "Middle East", 40000), (US, "Syria", 900)]),
        ("The war has drawn US forces to the Middle East. The US has roughly 40,000 troops in the region and 2,500 in Iraq.",
         [(US, "Iraq", 2500), (US, "Middle East", 40000)]),
        # control: a comparison after "the region" names no part
        ("The war has drawn US forces to the Middle East. The US has roughly 40,000 troops in the region, the most since 2003.",
         [(US, "Middle East", 40000)]),
    ],
)  # fmt: skip
def test_the_parts_after_troops_in_the_region(ex, text, expected):
    """ "40,000 troops in the region, including 2,500 in Iraq and 900 in Syria": the parts after "the
    region" (the region told before) are levels in their own places, as after a region's name."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The French force in the Sahel is now 2,500.", [("France", "Sahel", 2500)]),
        ("The US contingent in Syria is about 900.", [(US, "Syria", 900)]),
        # controls: a distance, an age, a year, no figure
        ("The Russian brigade in Belarus is 1,500 kilometres from Kyiv.", []),
        ("The US presence in Syria is 10 years old.", []),
        ("The US force in Syria is now smaller.", []),
    ],
)  # fmt: skip
def test_a_state_s_unit_abroad_sized_by_is(ex, text, expected):
    """ "The French force in the Sahel is now 2,500": a state's unit (its owner named), its place
    after it, sized by "is", is that state's level there."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 3,000 troops in the Baltic are deterring Russia.", []),
        ("Some 2,000 troops in Latvia guard against Russia.", []),
        ("About 1,500 troops are in Kursk fighting Ukraine.", []),
        # controls: the party the troops fight beside, the party told before owning them
        ("The US is fighting Islamic State. Some 2,000 troops in Syria are fighting the group alongside the US.",
         [(US, "Syria", 2000)]),
        ("Russia has 2,000 troops in Belarus. The 2,000 troops there are training.", [("Russia", "Belarus", 2000)]),
    ],
)  # fmt: skip
def test_the_party_troops_face_owns_none_of_them(ex, text, expected):
    """A figure naming no owner, its sentence naming a party only as the foe the troops deter, fight
    or guard against: that party is not the owner the article's main party would give it."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 10,000 troops are stationed at Al Udeid. Iran fired missiles at the base on Monday.", []),
        ("Some 2,500 soldiers are based at Ain al-Asad. Drones launched by Iran hit the base during the war.", []),
        # controls: the owner told in the phrase; the party sending troops and also striking elsewhere
        ("About 10,000 US troops are stationed at Al Udeid. Iran fired missiles at the base on Monday.",
         [(US, "Qatar", 10000)]),
        ("Iran sent troops to Syria amid the war. About 3,000 soldiers are stationed near Damascus. "
         "Iran fired missiles at Israel.", [("Iran", "Syria", 3000)]),
    ],
)  # fmt: skip
def test_a_party_told_only_as_attacker_owns_no_level(ex, text, expected):
    """A figure naming no owner, in an article naming its only party as the one firing at the base:
    the troops are not the attacker's (their owner is untold, so no level)."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uganda has 2,000 troops in the AU mission amid the war.", []),
        ("Of the 2,000 Ugandan troops in the AU mission, 50 were killed in the fighting.", []),
        ("Ghana has 800 soldiers in the UN force amid the war.", []),
        # controls: a place the gazetteer lacks after "in" is still the place; a mission's host is known
        ("Russia has 1,500 troops in Transnistria amid the war.", [("Russia", "Moldova", 1500)]),
        ("Uganda has 2,000 troops in the AU mission in Somalia amid the war.", [("Uganda", "Somalia", 2000)]),
    ],
)  # fmt: skip
def test_a_body_named_after_in_is_no_place(ex, text, expected):
    """ "2,000 troops in the AU mission": a body the lexicon knows (the AU, the UN) is not an unknown
    place the figure stands in; with no place told, no level."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UK's 900 troops in Estonia will be joined by 700 more soldiers amid the war.",
         [("United Kingdom", "Estonia", 700, "(additional)"), ("United Kingdom", "Estonia", 900, None)]),
        ("The 1,000 Canadian soldiers in Latvia will be reinforced by new units amid the war.",
         [("Canada", "Latvia", 1000, None)]),
        ("The UK's 900 troops in Estonia will be joined by 700 more amid the war.",
         [("United Kingdom", "Estonia", 700, "(additional)"), ("United Kingdom", "Estonia", 900, None)]),
        # controls: others than troops joining them; no troops joined; the figure itself will join or be sent, a plan
        ("The UK's 900 troops in Estonia will be joined by 700 more refugees amid the war.",
         [("United Kingdom", "Estonia", 900, None)]),
        ("The 900 police officers in Estonia will be joined by 700 more amid the war.", []),
        ("Some 900 British troops will join the force in Estonia amid the war.",
         [("United Kingdom", "Estonia", 900, "some (planned)")]),
        ("Some 900 British troops will be sent to Estonia amid the war.",
         [("United Kingdom", "Estonia", 900, "some (planned)")]),
    ],
)  # fmt: skip
def test_troops_others_will_join_stand_now(ex, text, expected):
    """ "900 troops in Estonia will be joined by 700 more": the passive tells others coming to the
    900, which stand there now, and the 700 are an addition to them; only troops that will
    themselves join or be sent are planned."""
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 600 French soldiers in Senegal will be deployed to Mali amid the war.",
         [("France", "Mali", 600, "some (planned)"), ("France", "Senegal", 600, "some")]),
        ("About 400 Chadian troops stationed in Niger are to be sent to Mali amid the war.",
         [("Chad", "Mali", 400, "about (planned)"), ("Chad", "Niger", 400, "about")]),
        # controls: troops with no place now; refugees and police moved on are no troops
        ("Some 600 French soldiers will be deployed to Mali amid the war.", [("France", "Mali", 600, "some (planned)")]),
        ("Some 600 refugees in Senegal will be sent to Mali amid the war.", []),
        ("Some 600 French police officers in Senegal will be sent to Mali amid the war.", []),
    ],
)  # fmt: skip
def test_troops_placed_then_moved_on_count_in_both(ex, text, expected):
    """ "600 soldiers in Senegal will be deployed to Mali": the troops stand in Senegal now, and the
    plan puts them in Mali; the place after the figure is not where the plan goes."""
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigeria's army has sent 5,000 soldiers to Borno state and 2,000 to Yobe to fight the insurgency.",
         [("Nigeria", "Nigeria", 2000), ("Nigeria", "Nigeria", 5000)]),
        ("Nigeria's army has 4,000 soldiers in Borno state and 1,500 in Yobe to fight the insurgency.",
         [("Nigeria", "Nigeria", 1500), ("Nigeria", "Nigeria", 4000)]),
        # controls: police and refugees after the level at home are no troops
        ("Nigeria's army has sent 5,000 soldiers to Borno state and 2,000 police officers to Yobe to fight the insurgency.",
         [("Nigeria", "Nigeria", 5000)]),
        ("Nigeria's army has sent 5,000 soldiers to Borno state and 2,000 refugees fled to Yobe amid the insurgency.",
         [("Nigeria", "Nigeria", 5000)]),
    ],
)  # fmt: skip
def test_further_figures_of_a_level_at_home(ex, text, expected):
    """ "sent 5,000 soldiers to Borno state and 2,000 to Yobe": each figure on the state's own
    ground is its level at home, the second with its noun left out."""
    assert _levels(ex, text) == expected


def _levels_on(ex: Extractor, text: str, day: date) -> list[tuple[str, str, int]]:
    facts = ex.extract(text, id="x", published=day)
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("Some 11,000 troops serve in the African Union mission in Somalia amid the war.", date(2025, 6, 10),
         [("AUSSOM", "Somalia", 11000)]),
        # controls: the same words in a year the earlier mission served; its proper name; another bloc's
        # mission past its years, never given to a mission of another body
        ("Some 11,000 troops serve in the African Union mission in Somalia amid the war.", date(2023, 6, 10),
         [("ATMIS", "Somalia", 11000)]),
        ("Some 11,000 troops serve in AMISOM amid the war.", date(2025, 6, 10), [("ATMIS", "Somalia", 11000)]),
        # a former name made only of the body's, the host's and a mission's words fits the mission serving
        # then; one with a word of its own stays that mission's, and so does the former name in its years
        ("Some 11,000 troops serve in the African Union Mission in Somalia amid the war.", date(2025, 6, 10),
         [("AUSSOM", "Somalia", 11000)]),
        ("Some 11,000 troops serve in the African Union Mission in Somalia amid the war.", date(2019, 6, 10),
         [("ATMIS", "Somalia", 11000)]),
        ("Some 11,000 troops serve in the African Union Transition Mission in Somalia amid the war.",
         date(2025, 6, 10), [("ATMIS", "Somalia", 11000)]),
        ("Some 1,000 troops serve in the SADC mission in Congo amid the war.", date(2026, 6, 10),
         [("SAMIDRC", "Democratic Republic of Congo", 1000)]),
    ],
)  # fmt: skip
def test_a_mission_told_by_description_is_the_one_serving_then(ex, text, day, expected):
    """ "the African Union mission in Somalia" in 2025 describes the mission serving then (AUSSOM),
    though ATMIS's former name reads the same but for its capitals."""
    assert _levels_on(ex, text, day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Kenyan-led force of about 1,000 troops in Haiti is fighting the gangs.",
         [("Kenyan-led force", "Haiti", 1000)]),
        ("The Kenyan-led mission in Haiti has about 1,000 troops fighting the gangs.",
         [("Kenyan-led force", "Haiti", 1000)]),
        ("A French-led force of 2,000 soldiers is deployed in Mali to fight jihadists.",
         [("French-led force", "Mali", 2000)]),
        # the leader named inside the figure's own phrase, after "-strong"
        ("The 2,500-strong Kenyan-led force in Haiti is short of money as the gangs attack.",
         [("Kenyan-led force", "Haiti", 2500)]),
        ("The 3,000-strong French-led multinational force in Mali was put on alert after the ambush.",
         [("French-led force", "Mali", 3000)]),
        # controls: the leader's own troops, named with the noun or as the subject; an alliance named
        # after the leader; a coalition the lexicon names
        ("About 800 Kenyan troops serve in the Kenyan-led force in Haiti amid the fighting with gangs.",
         [("Kenya", "Haiti", 800)]),
        ("Kenya leads the force and has 400 troops in Haiti amid the fighting with gangs.", [("Kenya", "Haiti", 400)]),
        ("The 2,500-strong Kenyan force in Haiti is short of money as the gangs attack.", [("Kenya", "Haiti", 2500)]),
        ("The 1,000-strong British-led NATO force in Estonia was put on alert amid the war in Ukraine.",
         [("NATO", "Estonia", 1000)]),
        ("A British-led NATO force of 1,000 troops is deployed in Estonia amid the war in Ukraine.",
         [("NATO", "Estonia", 1000)]),
        ("A US-led coalition of about 2,500 troops remains in Iraq amid the attacks.",
         [("US-led coalition", "Iraq", 2500)]),
    ],
)  # fmt: skip
def test_a_force_a_state_leads_holds_its_figure_not_the_state(ex, text, expected):
    """ "A Kenyan-led force of 1,000 troops in Haiti" tells the mission's strength, not Kenya's level."""
    assert _levels(ex, text) == expected


def _told(ex: Extractor, text: str) -> list[tuple[str, str, int, str | None]]:
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US reduced its forces in Syria from 2,000 to 1,400 amid attacks by militants.",
         [(US, "Syria", 1400, None), (US, "Syria", 2000, "(former level)")]),
        ("France cut its force in the Sahel from 5,100 to 3,000 troops amid jihadist attacks.",
         [("France", "Sahel", 3000, None), ("France", "Sahel", 5100, "(former level)")]),
        ("Germany reduced its contingent in Mali to 500 soldiers amid jihadist attacks.",
         [("Germany", "Mali", 500, None)]),
        # controls: a cut to come, by an infinitive, a modal or the passive after 'be'
        # (the level a cut to come starts from is the one now)
        ("The US plans to cut its forces in Syria from 2,000 to 1,400 amid attacks by militants.",
         [(US, "Syria", 1400, "(planned)"), (US, "Syria", 2000, None)]),
        ("The Pentagon will cut the number of troops in Iraq from 5,200 to 2,500 amid rocket attacks.",
         [(US, "Iraq", 2500, "(planned)"), (US, "Iraq", 5200, None)]),
        ("The US force in Syria is to be reduced from 2,000 to 1,400 amid attacks by militants.",
         [(US, "Syria", 1400, "(planned)"), (US, "Syria", 2000, None)]),
    ],
)  # fmt: skip
def test_a_cut_told_in_the_simple_past_leaves_the_level_now(ex, text, expected):
    """ "The US reduced its forces from 2,000 to 1,400": the cut is made, 1,400 stands now."""
    assert _told(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army deployed 10,000 troops to the border with Venezuela amid the military buildup.", []),
        ("Israel struck Lebanon amid the war. The military moved 2,000 soldiers to the northern border with Lebanon.",
         [("Israel", "Israel", 2000)]),
        # controls: the state named as the army's own; the state beyond no border
        ("Colombia's army deployed 10,000 troops to the border with Venezuela amid the military buildup.",
         [("Colombia", "Colombia", 10000)]),
        ("Venezuela moved tanks amid the standoff. The army deployed 10,000 troops to the border with Colombia.",
         [("Venezuela", "Venezuela", 10000)]),
    ],
)  # fmt: skip
def test_a_state_beyond_the_border_troops_go_to_is_not_theirs(ex, text, expected):
    """ "The army deployed 10,000 troops to the border with Venezuela": an unnamed army's troops are not
    the state across the border, whichever the article tells most."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The contingent, numbering about 650 soldiers, is based in Kosovo amid tensions with Serbia.", []),
        ("The force, some 900 soldiers, is stationed in Latvia amid the standoff with Russia.", []),
        # controls: the party named as the holder; a party named beside the strife too
        ("Britain's contingent, numbering about 650 soldiers, is based in Estonia amid tensions with Russia.",
         [("United Kingdom", "Estonia", 650)]),
        ("Germany keeps troops in Lithuania amid tensions with Russia. The contingent, numbering about 650 "
         "soldiers, is based near Vilnius.", [("Germany", "Lithuania", 650)]),
    ],
)  # fmt: skip
def test_a_party_named_only_as_the_other_side_of_a_strife_holds_no_troops(ex, text, expected):
    """ "... amid tensions with Serbia": the only party the text names is the one the troops face,
    not theirs; a figure naming no force then has none."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkish contingent in Qatar numbers about 5,000 troops amid tensions in the Gulf.",
         [("Turkey", "Qatar", 5000)]),
        ("The British force in Estonia numbers about 900 soldiers amid the unrest in the Baltic.",
         [("United Kingdom", "Estonia", 900)]),
        # control: the troops' own place after the figure
        ("Turkey keeps about 5,000 troops in Qatar amid tensions in the Gulf.", [("Turkey", "Qatar", 5000)]),
    ],
)  # fmt: skip
def test_the_place_of_tensions_after_a_figure_is_not_its_place(ex, text, expected):
    """ "... amid tensions in the Gulf": where the strife is, as "amid the war in Ukraine", not where
    the troops are."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US will withdraw 1,000 troops from Syria, leaving about 1,000 there amid attacks by militants.",
         [(US, "Syria", 1000, "(withdrawn)"), (US, "Syria", 1000, "about (planned, remaining)")]),
        # controls: other counts stay two levels; one count told once, or twice of the same troops, is one
        ("The US will pull 500 troops out of Iraq, leaving about 2,000 in the country amid rocket attacks.",
         [(US, "Iraq", 500, "(withdrawn)"), (US, "Iraq", 2000, "about (planned, remaining)")]),
        ("The US withdrew about 1,000 troops from Syria amid attacks by militants.",
         [(US, "Syria", 1000, "about (withdrawn)")]),
        ("The US will withdraw 1,000 troops from Syria amid attacks, officials said of the 1,000 troops.",
         [(US, "Syria", 1000, "(withdrawn)")]),
    ],
)  # fmt: skip
def test_a_count_taken_out_and_the_same_count_left_are_two_levels(ex, text, expected):
    """ "Withdraw 1,000 troops, leaving about 1,000 there": the count is told twice, of the troops going
    and of those staying; neither hides the other."""
    assert _told(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # the host's own army counted in a clause of its own: no foreign level, and not the other party's
        (
            "Russian troops hold two bases in western Syria, while the Syrian army has deployed some 9,000 soldiers "
            "around Idlib, officials said.",
            [],
        ),
        (
            "Israeli forces keep four hilltop posts in southern Lebanon, and the Lebanese army has deployed about "
            "7,000 soldiers south of the Litani River.",
            [],
        ),
        # near miss: the host's officials give the foreign party's figure
        (
            "Turkish troops hold three outposts in northern Iraq, where Iraqi officials say some 4,000 of them are stationed.",
            [("Turkey", "Iraq", 4000)],
        ),
    ],
)
def test_the_hosts_own_army_counted_is_not_the_foreign_party(ex, text, levels):
    assert _levels(ex, text) == levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit named by its state, its size in brackets: the state's, not the mission's it serves in
        ("The Spanish contingent (650 soldiers) is one of the largest in UNIFIL as the war goes on.",
         [("Spain", "Lebanon", 650)]),
        ("The Turkish battalion (500 troops) patrols with KFOR in Kosovo after the clashes.", [("Turkey", "Kosovo", 500)]),
        # near misses: a mission's own size in brackets, and a state's unit of a mission
        ("UNIFIL (9,500 troops) reported fresh strikes near its posts in the war in Lebanon.",
         [("UNIFIL", "Lebanon", 9500)]),
        ("The Irish contingent of UNIFIL (about 340 soldiers) came under fire in the war in Lebanon.",
         [("Ireland", "Lebanon", 340)]),
    ],
)
def test_a_units_size_in_brackets_is_its_states(ex, text, expected):
    assert _levels(ex, text) == expected


def _with_qualifier(ex: Extractor, text: str) -> list[tuple[str, str, int, str | None]]:
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count, p.qualifier or "") for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening on a month of a past year tells a former level
        ("The Pentagon is moving 1,200 soldiers to Poland amid the war. In May 2023, the US sent 800 soldiers to Poland.",
         [(US, "Poland", 800, "(former level)"), (US, "Poland", 1200, "")]),
        ("The Pentagon is moving 1,200 soldiers to Poland amid the war. More recently, in June 2024, the Pentagon "
         "approved the deployment of 800 soldiers to Poland.",
         [(US, "Poland", 800, "(former level)"), (US, "Poland", 1200, "")]),
        # the same count now and in a past year: two levels
        ("The Pentagon is moving 1,200 soldiers to Poland amid the war. In May 2023, the US sent 1,200 soldiers to Poland.",
         [(US, "Poland", 1200, ""), (US, "Poland", 1200, "(former level)")]),
        # near misses: a month of this year, and the same count told twice now, stay one standing level
        ("The Pentagon is moving 1,200 soldiers to Poland amid the war. In March 2025, the US sent 800 soldiers to Poland.",
         [(US, "Poland", 800, ""), (US, "Poland", 1200, "")]),
        ("The Pentagon is moving 1,200 soldiers to Poland amid the war. The 1,200 soldiers will arrive in Poland soon.",
         [(US, "Poland", 1200, "")]),
    ],
)
def test_a_month_of_a_past_year_tells_a_former_level(ex, text, expected):
    assert _with_qualifier(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the troops others will join are there now, not planned
        ("Fresh units will join the 3,500 Burundian soldiers in Somalia as the war goes on.",
         [("Burundi", "Somalia", 3500, "")]),
        # near miss: a figure the plan itself moves stays planned
        ("Burundi will send 3,500 soldiers to Somalia as the war goes on.", [("Burundi", "Somalia", 3500, "(planned)")]),
    ],
)
def test_the_troops_others_join_stand(ex, text, expected):
    assert _with_qualifier(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's body saying "it has" speaks of the state's own troops
        ("Ireland's defence ministry said it has 340 soldiers in Lebanon with UNIFIL as the war goes on.",
         [("Ireland", "Lebanon", 340)]),
        ("Austria's defence ministry said that it keeps 160 soldiers in Lebanon with UNIFIL during the war.",
         [("Austria", "Lebanon", 160)]),
        # near misses: a host's body speaking of its guests, and of a cut
        ("Estonia's defence ministry said it hosts 900 British soldiers as the war goes on.",
         [("United Kingdom", "Estonia", 900)]),
        ("Estonia's defence ministry announced a cut of 300 British soldiers as the war goes on.", []),
    ],
)
def test_a_states_body_speaking_of_its_own_troops(ex, text, expected):
    assert _levels(ex, text) == expected


def _article(ex: Extractor, text: str) -> list[tuple[str, str, int]]:
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country told last is the army's own: a side of it, or of "the country", is its own ground
        ("Israeli jets hit Lebanon as the truce wobbles.\n\nThe Lebanese army moved about 4,000 soldiers to the south.",
         [("Lebanon", "Lebanon", 4000)]),
        ("Israeli jets hit Lebanon as the truce wobbles.\n\nThe Lebanese army moved about 4,000 soldiers into the "
         "south of the country.", [("Lebanon", "Lebanon", 4000)]),
        # near misses: another state's troops sent to a side, and the country told last another's
        ("Israeli jets hit Lebanon as the truce wobbles.\n\nThe US will move 300 soldiers to the south to watch the truce.",
         []),
        ("US jets hit militias in Iraq as the war widens.\n\nThe US army keeps 900 soldiers in the country's north.",
         [(US, "Iraq", 900)]),
    ],
)
def test_a_side_of_the_armys_own_country_told_last(ex, text, expected):
    assert _article(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops and their place, then a verb of change to the new level
        ("French troops in Chad have fallen to about 700 as the war in Sudan goes on.",
         [("France", "Chad", 700, "about")]),
        ("Dutch soldiers in Lithuania will grow to 500 amid the war in Ukraine.",
         [("Netherlands", "Lithuania", 500, "(planned)")]),
        ("The French presence in Chad has dropped to about 700 as the war in Sudan goes on.",
         [("France", "Chad", 700, "about")]),
        # near misses: the troops the object of what rises, and a toll among them
        ("Attacks on French troops in Chad have risen to 70 amid the war in Sudan.", []),
        ("The toll among soldiers in Chad has climbed to 300 as the war in Sudan goes on.", []),
    ],
)
def test_troops_changed_to_a_new_level(ex, text, expected):
    assert _with_qualifier(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops told with a clause of who they were, then taken prisoner: no level
        ("Some 200 Kenyan soldiers who fought near Kismayo were taken prisoner by al-Shabaab during the war.", []),
        # near miss: troops told the same way, then moved, stay a level
        ("Some 200 Kenyan soldiers who serve in Somalia were moved to Kismayo during the war.",
         [("Kenya", "Somalia", 200)]),
    ],
)
def test_troops_taken_prisoner_past_a_clause(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's troops, part of a joint force told with its size: the part is the party's, the whole not
        ("About 800 Nigerien soldiers, part of the 5,000-member joint force, serve in Chad amid the war.",
         [("Niger", "Chad", 800)]),
        ("About 800 Nigerien soldiers serve in Chad as part of a joint force of 5,000 amid the war.",
         [("Niger", "Chad", 800)]),
        # near misses: a party's own deployment it is part of, and its own troops named with the figure
        ("Niger sent troops to Chad as part of a deployment of 5,000 soldiers amid the war.", [("Niger", "Chad", 5000)]),
        ("Niger sent troops to Chad as part of a joint deployment of 5,000 Nigerien soldiers amid the war.",
         [("Niger", "Chad", 5000)]),
    ],
)
def test_the_size_of_a_joint_whole_is_no_partys(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an owner's unit named by where it serves, its size in apposition: the owner's there
        ("Canada's Latvia brigade, some 2,200 soldiers, will grow next year as the war goes on.",
         [("Canada", "Latvia", 2200)]),
        ("The UK's Estonia battlegroup, about 900 strong, trains near Tapa as the war goes on.",
         [("United Kingdom", "Estonia", 900)]),
        # near miss: the unit named with its place after it reads as before
        ("Canada's brigade in Latvia, some 2,200 soldiers, will grow next year as the war goes on.",
         [("Canada", "Latvia", 2200)]),
    ],
)
def test_an_owners_unit_named_by_its_place_in_apposition(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an owner's unit and its place, then "is N strong": the owner's level there
        ("Canada's brigade in Latvia is about 2,200 strong as the war goes on.", [("Canada", "Latvia", 2200)]),
        ("Russia's garrison in Tajikistan is about 7,000 as the war in Afghanistan goes on.",
         [("Russia", "Tajikistan", 7000)]),
        # near misses: a hyphenated size of another unit, and a group's force
        ("Canada's brigade in Latvia is a 2,200-strong unit as the war goes on.", [("Canada", "Latvia", 2200)]),
        ("Hezbollah's force in the south is about 5,000 strong as the war goes on.", []),
    ],
)
def test_an_owners_unit_is_n_strong(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has about 1,200 soldiers deployed abroad, including about 700 in Lithuania, the ministry said.",
         [("Norway", "Lithuania", 700, "about")]),
        ("Norway has about 1,200 soldiers deployed abroad, some 700 of them in Lithuania and 200 in Jordan.",
         [("Norway", "Jordan", 200, None), ("Norway", "Lithuania", 700, "some")]),
        ("About 400 Latvian troops (including 120 in Kosovo) serve overseas, the army said.",
         [("Latvia", "Kosovo", 120, None)]),
        # controls: a toll, a year's figure and a region are no state's level; the whole has no place
        ("Norway has about 1,200 soldiers deployed abroad, including 30 wounded in Mali, the ministry said.", []),
        ("Norway has about 1,200 soldiers deployed abroad, compared with 1,800 in 2020, the ministry said.", []),
        ("Norway has about 1,200 soldiers deployed worldwide, including 500 in Africa, the ministry said.", []),
    ],
)  # fmt: skip
def test_a_part_placed_in_a_state_of_a_whole_told_abroad(ex, text, expected):
    """ "has 1,200 soldiers deployed abroad, including about 700 in Lithuania": the whole has no one
    place, but each part placed in a state is the force's level there."""
    assert _told(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 900 Czech soldiers will replace the departing Slovak contingent in Latvia, the ministry said.",
         [("Czech Republic", "Latvia", 900, "about (planned)")]),
        ("Some 300 Finnish soldiers will relieve the Irish company in Lebanon next month.",
         [("Finland", "Lebanon", 300, "some (planned)")]),
        # controls: a rotation done, troops to be replaced (there now), troops placed there already
        ("About 900 Czech soldiers replaced the departing Slovak contingent in Latvia last month.",
         [("Czech Republic", "Latvia", 900, "about")]),
        ("About 900 Czech soldiers in Latvia will be replaced by a Slovak contingent, the ministry said.",
         [("Czech Republic", "Latvia", 900, "about")]),
        ("About 900 Czech soldiers in Latvia will take over from the Slovak contingent, the ministry said.",
         [("Czech Republic", "Latvia", 900, "about")]),
    ],
)  # fmt: skip
def test_a_rotation_still_to_come_is_planned(ex, text, expected):
    """ "900 soldiers will replace the departing contingent": the incoming rotation is a level to come."""
    assert _told(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gone, told in the simple past after the figure: the whole taken out is a former presence, an
        # amount taken out no level (as "have withdrawn" already read)
        ("All 800 Malawian soldiers withdrew from eastern Congo after the town fell, officials said.",
         [("Malawi", "Democratic Republic of Congo", 800, "(withdrawn)")]),
        ("About 800 Malawian soldiers pulled out of eastern Congo after the town fell, officials said.", []),
        # brought home: done, or still ahead (a level standing until it is gone)
        ("Malawi brought home its 800 soldiers from eastern Congo in May, the ministry said.",
         [("Malawi", "Democratic Republic of Congo", 800, "(withdrawn)")]),
        ("Malawi will bring home its 800 soldiers from eastern Congo by the end of May, the ministry said.",
         [("Malawi", "Democratic Republic of Congo", 800, "(to be withdrawn)")]),
        # controls: a move inside the country, troops that stay, troops brought in
        ("About 800 Malawian soldiers withdrew to the town of Uvira after the attack, officials said.",
         [("Malawi", "Democratic Republic of Congo", 800, "about")]),
        ("About 800 Malawian soldiers remain in eastern Congo after the town fell, officials said.",
         [("Malawi", "Democratic Republic of Congo", 800, "about")]),
        ("Malawi will bring 800 more soldiers to eastern Congo by May, the ministry said.",
         [("Malawi", "Democratic Republic of Congo", 800, "(additional)")]),
    ],
)  # fmt: skip
def test_troops_gone_in_the_simple_past_or_brought_home(ex, text, expected):
    """ "800 soldiers withdrew from eastern Congo", "brought home its 800 soldiers": troops gone are no
    level standing there."""
    assert _told(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chadian police contingent in Haiti numbers about 300 officers, the mission said.", []),
        ("The Chadian police contingent in Haiti, about 300 strong, patrols the capital.", []),
        # controls: military police are troops; soldiers named with the figure; a contingent of no police
        ("The Dutch military police unit in Kosovo numbers about 120, the ministry said.",
         [("Netherlands", "Kosovo", 120, "about")]),
        ("The Chadian police contingent in Haiti is backed by about 200 Jamaican soldiers, the mission said.",
         [("Jamaica", "Haiti", 200, "about")]),
        ("The Chadian contingent in Haiti, about 300 strong, patrols the capital.", [("Chad", "Haiti", 300, "about")]),
    ],
)  # fmt: skip
def test_a_police_bodys_strength_is_no_troop_level(ex, text, expected):
    """ "The police contingent numbers about 300 officers": police are no troops, however their body is
    sized."""
    assert _told(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgium's roughly 700-strong force in Mali completed its withdrawal in May, the army said.",
         [("Belgium", "Mali", 700, "roughly (former level)")]),
        ("The 700 Belgian soldiers in Mali have finished their pull-out, the army said.",
         [("Belgium", "Mali", 700, "(former level)")]),
        # controls: a withdrawal begun, another thing completed
        ("Belgium's roughly 700-strong force in Mali began its withdrawal in May, the army said.",
         [("Belgium", "Mali", 700, "roughly")]),
        ("The 700 Belgian soldiers in Mali completed their training of local troops, the army said.",
         [("Belgium", "Mali", 700, None)]),
    ],
)  # fmt: skip
def test_a_force_that_completed_its_withdrawal_is_a_former_level(ex, text, expected):
    """ "The 700-strong force in Mali completed its withdrawal": the level is gone, a former one."""
    assert _told(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain will withdraw 300 soldiers from Latvia by the end of June, leaving about 400 there.",
         [("Spain", "Latvia", 300, "(withdrawn)"), ("Spain", "Latvia", 400, "about (planned, remaining)")]),
        # controls: a cut done leaves the level now; troops sent leave another place's level as it is
        ("Spain withdrew 300 soldiers from Latvia in June, leaving about 400 there.",
         [("Spain", "Latvia", 400, "about (remaining)")]),
        ("Spain will send 300 more soldiers to Latvia, leaving about 400 in Lithuania.",
         [("Spain", "Latvia", 300, "(additional)"), ("Spain", "Lithuania", 400, "about (remaining)")]),
    ],
)  # fmt: skip
def test_the_level_left_by_a_cut_still_ahead_is_planned(ex, text, expected):
    """ "will withdraw 300 soldiers by June, leaving about 400 there": the level after a cut to come is
    planned (the troops there now are more), still marked as what remains."""
    assert _told(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops along a named river or line are there, as "near" or "at" it puts them
        ("Some 3,000 Iraqi soldiers deployed along the Euphrates on Tuesday to block militant crossings.",
         [("Iraq", "Iraq", 3000)]),
        ("About 2,000 Sudanese troops are stationed along the Nile north of Khartoum.", [("Sudan", "Sudan", 2000)]),
        ("Around 4,000 Israeli soldiers remain along the Litani, the army said.", [("Israel", "Lebanon", 4000)]),
        # controls: a border along a state's name or its demonym stays the force's own ground
        ("About 4,000 Israeli troops are stationed along Lebanon's border, the army said.", [("Israel", "Israel", 4000)]),
        ("Some 700 Kenyan troops are stationed along the Somali border.", [("Kenya", "Kenya", 700)]),
        ("Some 3,000 Iraqi soldiers are deployed near the Euphrates.", [("Iraq", "Iraq", 3000)]),
    ],
)  # fmt: skip
def test_troops_along_a_named_river_are_where_it_runs(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second party's own clause holds its own place: the first clause's place is not its
        ("Canada leads the battlegroup in Latvia with 2,200 troops, while Britain heads the one in Estonia "
         "with 900 troops.", [("Canada", "Latvia", 2200), ("United Kingdom", "Estonia", 900)]),
        ("Germany leads the brigade in Lithuania with 4,800 soldiers, whereas the Netherlands heads the one in "
         "Romania with about 1,000 troops.", [("Germany", "Lithuania", 4800), ("Netherlands", "Romania", 1000)]),
        # controls: a fronted place before an aside, and one clause alone, keep their place
        ("In Iraq, while talks went on, the US kept 2,500 troops.", [(US, "Iraq", 2500)]),
        ("Canada leads the battlegroup in Latvia with 2,200 troops.", [("Canada", "Latvia", 2200)]),
    ],
)  # fmt: skip
def test_a_place_before_another_partys_clause_is_not_its_figures(ex, text, expected):
    assert _levels(ex, text) == expected
