"""Troop posture on shapes real news uses, in sentences written here (issue 8): ranges, worded
qualifiers, forces told as a region's, levels planned or past, and figures that are no level
(casualties, call-ups, a militia's strength, ships and aircraft, levels denied or ruled out)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers


def _levels(ex: Extractor, text: str) -> list[tuple[str, str, int]]:
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


US, UK = "United States", "United Kingdom"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # standing levels, however the figure is qualified and the force named
        ("Some 900 American soldiers remain in eastern Syria, officials said.", [(US, "Syria", 900)]),
        ("France has deployed a force of 4,000 soldiers to Chad.", [("France", "Chad", 4000)]),
        ("Roughly 2,500 US troops are currently in Iraq.", [(US, "Iraq", 2500)]),
        ("Britain will station around 1,000 soldiers in Cyprus from next month.", [(UK, "Cyprus", 1000)]),
        ("Nearly 3,000 Italian peacekeepers serve with UNIFIL in southern Lebanon.", [("Italy", "Lebanon", 3000)]),
        ("Germany maintains a contingent of about 300 soldiers in Jordan.", [("Germany", "Jordan", 300)]),
        ("The American troop presence in Syria has shrunk to fewer than 1,000.", [(US, "Syria", 1000)]),
        ("Officials said the coalition has roughly 2,500 personnel at Ain al-Asad.", [("US-led coalition", "Iraq", 2500)]),
        ("About 700 US Marines arrived in Kuwait on Tuesday.", [(US, "Kuwait", 700)]),
        ("Turkey has an estimated 3,000 troops stationed in Qatar.", [("Turkey", "Qatar", 3000)]),
        ("Around 1,200 Spanish troops are deployed in Lebanon under the UN mission's flag.", [("Spain", "Lebanon", 1200)]),
        ("Some 4,000 UN peacekeepers remain in Mali, according to the mission.", [("MINUSMA", "Mali", 4000)]),
        ("The Iraqi government says 2,500 coalition troops are still in the country.", [("US-led coalition", "Iraq", 2500)]),
        ("Canada leads a NATO battlegroup of around 2,200 soldiers in Latvia.", [("NATO", "Latvia", 2200)]),
        ("About 3,500 American troops are based in Jordan, the embassy said.", [(US, "Jordan", 3500)]),
        ("Pakistan has about 1,500 troops stationed in Saudi Arabia.", [("Pakistan", "Saudi Arabia", 1500)]),
        ("More than 2,000 Ethiopian soldiers are serving in Somalia.", [("Ethiopia", "Somalia", 2000)]),
        ("The U.S. has some 45,000 troops spread across the Middle East.", [(US, "Middle East", 45000)]),
        ("The US currently stations some 28,500 troops in South Korea.", [(US, "South Korea", 28500)]),
        ("The US has roughly 2,500 troops in Iraq and 900 in Syria.", [(US, "Iraq", 2500), (US, "Syria", 900)]),
        ("America's troop presence in Iraq stands at about 2,500.", [(US, "Iraq", 2500)]),
        ("The US military has about 3,000 troops in Kuwait, a spokesman said on Monday.", [(US, "Kuwait", 3000)]),
        ("The United States maintains approximately 2,000 service members at Al Udeid in Qatar.", [(US, "Qatar", 2000)]),
        ("Turkey has roughly 10,000 troops in northern Syria, analysts estimate.", [("Turkey", "Syria", 10000)]),
        ("Washington keeps about 1,000 troops in Niger, most of them at a drone base in Agadez.", [(US, "Niger", 1000)]),
        ("Britain has around 100 troops in Iraq, mainly training local forces.", [(UK, "Iraq", 100)]),
        ("Some 400 French special forces remain in Chad.", [("France", "Chad", 400)]),
        # levels to come, changed, or of the past (the GUIDE counts them, told apart by the qualifier)
        ("The number of US troops in Iraq will fall to 2,000 by September.", [(US, "Iraq", 2000)]),
        ("Roughly half of the 5,000 Turkish soldiers in northern Iraq will leave this year.", [("Turkey", "Iraq", 5000)]),
        ("The Pentagon announced it would dispatch another 1,500 soldiers into the Middle East.", [(US, "Middle East", 1500)]),
        ("The drawdown will leave about 1,000 French soldiers in Djibouti.", [("France", "Djibouti", 1000)]),
        ("The U.S. military currently has about 2,000 troops deployed in Syria, up from 900 earlier this year.",
         [(US, "Syria", 900), (US, "Syria", 2000)]),
        ("Washington plans to cut its forces in Iraq by half, to about 1,250.", [(US, "Iraq", 1250)]),
        ("Russia once had as many as 5,000 personnel in Syria.", [("Russia", "Syria", 5000)]),
        ("The deployment will lift the number of US soldiers stationed in Poland to about 10,000.", [(US, "Poland", 10000)]),
        ("Nearly 1,000 British soldiers will be withdrawn from Estonia, leaving about 900.", [(UK, "Estonia", 900), (UK, "Estonia", 1000)]),
        ("The number of US soldiers stationed in Syria has doubled to about 2,000.", [(US, "Syria", 2000)]),
        ("Washington will reduce its footprint in Iraq to fewer than 2,000 troops by 2026.", [(US, "Iraq", 2000)]),
        ("Of the 2,500 American soldiers in Iraq, about 1,000 are at Ain al-Asad.", [(US, "Iraq", 1000), (US, "Iraq", 2500)]),
        ("Some 1,000 Ugandan troops were deployed to South Sudan in January.", [("Uganda", "South Sudan", 1000)]),
        ("The contingent of 250 Estonian soldiers in Mali returned home in 2022.", [("Estonia", "Mali", 250)]),
        ("The US plans to keep fewer than 1,000 troops in Syria after the drawdown.", [(US, "Syria", 1000)]),
        ("A senior official said around 1,500 American troops would deploy to the Middle East.", [(US, "Middle East", 1500)]),
        ("The Pentagon has no plans to reduce the 2,500 troops in Iraq.", [(US, "Iraq", 2500)]),
        # no level: a range, a casualty toll, a call-up, a militia's strength, ships and aircraft
        ("The United States keeps between 2,100 and 2,600 troops in Iraq.", []),
        ("The Navy has two aircraft carriers and 14 warships in the Red Sea.", []),
        ("Washington sent 12 F-35 jets to Jordan last week.", []),
        ("The Kurdish-led SDF said it had lost 11,000 fighters in the war.", []),
        ("At least 34 American service members were hurt in the attack on the base.", []),
        ("If Iran attacks, Washington could send up to 10,000 additional troops.", []),
        ("Hezbollah has roughly 40,000 fighters, according to Israeli estimates.", []),
        ("Israel has called up 300,000 reservists.", []),
        ("Japan's destroyer and two patrol planes operate off Djibouti.", []),
        ("Israel has massed tens of thousands of troops near Gaza.", []),
        ("The force, now about 10,000 strong, will shrink to 6,000 next year.", []),
        ("More than 200 Iraqi soldiers were killed in the fighting.", []),
        ("Russia has lost an estimated 700,000 soldiers killed or wounded in Ukraine.", []),
    ],
)  # fmt: skip
def test_posture_in_news_shapes(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure in what its speaker denies, rejects or rules out is no level stated
        ("The Pentagon denied reports that it would send 20,000 troops to Israel.", []),
        ("Iran denied that it had deployed 500 Revolutionary Guards to Syria.", []),
        ("The Pentagon denied sending 20,000 troops to Israel.", []),
        ("Officials rejected claims that 3,000 Turkish soldiers were in Libya.", []),
        ("The ministry dismissed a report that Russia keeps 2,000 troops in Mali.", []),
        ("The White House stated it had no plans to send 10,000 troops to the Gulf.", []),
        ("Rumours that 5,000 Egyptian soldiers would go to Somalia were false, Cairo said.", []),
        # the denial's clause ends before the figure: the level told after it stands
        ("The Pentagon denied the report on Tuesday and said 3,000 troops were in Kuwait.", [(US, "Kuwait", 3000)]),
        ("Rwanda has denied the claims, but UN experts say 4,000 Rwandan troops are in Congo.",
         [("Rwanda", "Democratic Republic of Congo", 4000)]),
    ],
)  # fmt: skip
def test_a_denied_level_is_none(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops told as the region's before their figure: the region the text named
        ("Tensions rose across the Middle East. US forces in the region number about 40,000, a defence official said.",
         [(US, "Middle East", 40000)]),
        ("Tensions rose across the Middle East. American troops in the region now total roughly 43,000.",
         [(US, "Middle East", 43000)]),
        ("Tensions rose across the Middle East. The American military presence across the region, some 40,000 troops, "
         "is on alert.", [(US, "Middle East", 40000)]),
        # "the region" of the tension, not of the troops: the troops' own place
        ("Iran threatened Israel on Monday. Amid tensions in the region, Britain sent 300 more troops to Cyprus.",
         [(UK, "Cyprus", 300)]),
    ],
)  # fmt: skip
def test_troops_told_as_the_regions(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops told as "the country's" before their figure: the country the text told before
        ("Estonia welcomed it. The NATO battlegroup in the country numbers about 1,000 soldiers.", [("NATO", "Estonia", 1000)]),
        ("Iraq's parliament voted on Sunday. US troops in the country number about 2,500.", [(US, "Iraq", 2500)]),
        ("Iraq's parliament voted on Sunday. The US presence in the country stands at about 2,500 troops.", [(US, "Iraq", 2500)]),
        ("Iraq's parliament voted on Sunday. American forces in the country total roughly 2,500.", [(US, "Iraq", 2500)]),
        ("Iraq's parliament voted on Sunday. The number of US troops in the country is about 2,500.", [(US, "Iraq", 2500)]),
        ("Iraq's parliament voted on Sunday. The US keeps about 2,500 troops in the country.", [(US, "Iraq", 2500)]),
    ],
)  # fmt: skip
def test_troops_told_as_the_countrys(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host named by a kind of state ("the kingdom", "the Gulf state") is the country told before
        ("Iraq's parliament voted on Sunday. The country hosts about 2,500 US troops.", [(US, "Iraq", 2500)]),
        ("Saudi Arabia signed the accord. The kingdom is home to about 2,700 American troops.", [(US, "Saudi Arabia", 2700)]),
        ("Djibouti signed a new lease. The country also hosts about 1,500 French soldiers.", [("France", "Djibouti", 1500)]),
        ("Officials in Qatar welcomed the talks. The Gulf state hosts some 10,000 US personnel at Al Udeid.",
         [(US, "Qatar", 10000)]),
    ],
)  # fmt: skip
def test_a_host_named_by_its_kind(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops told with no number in one place, then a bare figure in the next: the holder's level there
        ("Turkey has several thousand soldiers in northern Iraq and about 10,000 in northern Syria.", [("Turkey", "Syria", 10000)]),
        ("Turkey has troops in northern Iraq and an estimated 10,000 in northern Syria.", [("Turkey", "Syria", 10000)]),
        ("The US has hundreds of troops in Syria and about 2,500 in Iraq.", [(US, "Iraq", 2500)]),
        ("France has special forces in Chad and some 1,500 in Djibouti.", [("France", "Djibouti", 1500)]),
        # a count of something else after the "and", or troops harmed: no level
        ("The US evacuated troops in Niger and 300 civilians in Chad.", []),
        ("Canada has soldiers in Latvia and 2,000 vehicles in Poland.", []),
        ("Attacks wounded soldiers in Iraq and 30 in Syria.", []),
    ],
)  # fmt: skip
def test_a_bare_figure_after_troops_told_without_one(ex, text, expected):
    assert _levels(ex, text) == expected


def test_a_second_place_joined_to_a_placed_one_is_no_party(ex):
    """ "will go to Saudi Arabia and Qatar": Qatar is a place as Saudi Arabia is, so a later figure
    told with no owner is not Qatar's troops."""
    text = (
        "The Pentagon is sending soldiers to the Middle East. The new forces will go to Saudi Arabia and Qatar. "
        "About 14,000 troops have been added to the region since May."
    )
    assert _levels(ex, text) == [(US, "Middle East", 14000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure in apposition to a party's force, mission or presence (not only a brigade or a
        # contingent), its place told there, by name, "there" or "in the country"; the host named as
        # a party before does not take the figure over
        ("Iraq said on Sunday it wanted the troops out. The US force in Iraq, about 2,500 troops, is based at two sites.",
         [(US, "Iraq", 2500)]),
        ("Iraqi lawmakers voted on Sunday. The US mission in Iraq, some 2,500 soldiers, will stay.", [(US, "Iraq", 2500)]),
        ("Iraq's parliament voted on Sunday. The US force there, about 2,500 troops, will stay.", [(US, "Iraq", 2500)]),
        ("Iraq's parliament voted on Sunday. The American contingent there, some 2,500 soldiers, will stay.",
         [(US, "Iraq", 2500)]),
        ("Iraq's parliament voted on Sunday. The US force in the country, about 2,500 troops, will stay.",
         [(US, "Iraq", 2500)]),
    ],
)  # fmt: skip
def test_a_figure_in_apposition_to_a_partys_force(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the north of the country", "southern parts of the country": a part of the country told before
        ("Syria's new government spoke on Tuesday. The US keeps about 2,000 troops in the far northeast of the country, "
         "the Pentagon said.", [(US, "Syria", 2000)]),
        ("Mali's junta spoke on Tuesday. Russia has about 1,500 personnel in the far north of the country.", [("Russia", "Mali", 1500)]),
        ("Somalia's president spoke on Tuesday. Turkey keeps 500 soldiers in southern parts of the country.",
         [("Turkey", "Somalia", 500)]),
        ("Syria's new government spoke on Tuesday. Attacks in the far northeast of the country killed 20 soldiers.", []),
    ],
)  # fmt: skip
def test_a_part_of_the_country_told_before(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit told with no figure, then a sentence whose own noun phrase refers back to it
        ("Norway keeps a contingent in Jordan. The contingent numbers about 1,100.", [("Norway", "Jordan", 1100)]),
        ("Belgium sent a battalion to Romania last year. This battalion now has some 600 soldiers.",
         [("Belgium", "Romania", 600)]),
        ("Spain keeps a force in Latvia. It is about 700 strong.", [("Spain", "Latvia", 700)]),
        # controls: no reference back, or a unit that is no ground force
        ("Norway keeps a contingent in Jordan. A Danish unit numbers about 1,100.", []),
        ("The Dutch air force said it flew over Jordan. It has about 1,100 aircraft.", []),
    ],
)  # fmt: skip
def test_a_figure_that_refers_back_to_a_unit_told_before(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal keeps a force 1,400 strong in Somalia.", [("Portugal", "Somalia", 1400)]),
        ("Greece sent a contingent some 300 strong to Kosovo.", [("Greece", "Kosovo", 300)]),
        # control: a crowd is no body of troops
        ("A crowd 3,000 strong marched through Lisbon on Sunday.", []),
    ],
)  # fmt: skip
def test_a_body_sized_by_the_figure_after_it(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch troops in Niger, about 1,300, will leave by June.", [("Netherlands", "Niger", 1300)]),
        ("Finland keeps troops in Lebanon; the rest of its battalion, over 400, will follow in June.",
         [("Finland", "Lebanon", 400)]),
        # controls: a year, or a figure of other people, in commas
        ("The Dutch troops in Niger, 2019, were few.", []),
        ("The Dutch villages in Niger, about 1,300, were flooded.", []),
        # a figure told as the troops' whole ("in all", "of them"), after a verb of staying, at the end
        ("Belgium keeps soldiers in Niger, about 300 in all, the ministry said.", [("Belgium", "Niger", 300)]),
        ("Belgian troops remain in Niger, some 300 of them.", [("Belgium", "Niger", 300)]),
        ("Belgium has soldiers in Niger. There are about 300 of them.", [("Belgium", "Niger", 300)]),
        # controls: other people's whole, the harmed, a part placed apart
        ("Belgian tourists remain in Niger, some 300 of them.", []),
        ("Belgian troops were hurt in Niger, some 90 of them.", []),
        ("Belgium lost soldiers in Niger. There were about 90 of them killed.", []),
        # set off by dashes or brackets, the figure may carry its place and a list of more
        ("Belgian forces — about 300 in Niger and 150 in Mali — came under fire.",
         [("Belgium", "Mali", 150), ("Belgium", "Niger", 300)]),
        ("Belgian troops in Niger — some 300 — came under fire.", [("Belgium", "Niger", 300)]),
        ("Belgian troops (some 300 in Niger) came under fire.", [("Belgium", "Niger", 300)]),
        # controls: the harmed set off so, a distance in brackets, other people
        ("Belgian soldiers — about 30 in Niger — were wounded in the blast.", []),
        ("Belgian troops (about 300) were captured near the river.", []),
        ("Belgian troops (1,500 km from home) came under fire.", []),
        ("Belgian tourists — about 300 in Niger — came under fire.", []),
    ],
)  # fmt: skip
def test_a_figure_in_commas_after_the_troops_it_counts(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada keeps soldiers in two places: about 700 in Latvia and 300 in Kuwait.",
         [("Canada", "Kuwait", 300), ("Canada", "Latvia", 700)]),
        ("Italian troop numbers: 1,100 in Lebanon, 500 in Iraq and 350 in Kosovo.",
         [("Italy", "Iraq", 500), ("Italy", "Kosovo", 350), ("Italy", "Lebanon", 1100)]),
        # control: a count of the harmed after the colon is no level
        ("Losses among Italian troops: 90 in Lebanon and 25 in Iraq were wounded.", []),
        # a verb of inclusion does the colon's work
        ("Italian troops abroad include about 1,100 in Lebanon and 350 in Kosovo.",
         [("Italy", "Kosovo", 350), ("Italy", "Lebanon", 1100)]),
        ("Dutch forces overseas now include some 400 in Lithuania.", [("Netherlands", "Lithuania", 400)]),
        # controls: the harmed, or losses, included are no level
        ("The Italian soldiers wounded include 90 in Lebanon.", []),
        ("Losses among Dutch troops include 40 in Mali.", []),
        # a bare figure in brackets labelled by a country, after a clause with troops
        ("Italy keeps troops in Lebanon (1,100), Iraq (about 500) and Kosovo (350).",
         [("Italy", "Iraq", 500), ("Italy", "Kosovo", 350), ("Italy", "Lebanon", 1100)]),
        ("The biggest Italian deployments are in Lebanon (1,100) and Kosovo (350).",
         [("Italy", "Kosovo", 350), ("Italy", "Lebanon", 1100)]),
        # controls: a year, the harmed, a distance in brackets
        ("Italian troops served in Lebanon (2006) and Kosovo (1999).", []),
        ("Italian soldiers were wounded in Lebanon (120) and Kosovo (80).", []),
        ("Italian troops moved to Kosovo (900 km away) from Rome.", []),
    ],
)  # fmt: skip
def test_bare_figures_after_a_colon_that_closes_a_clause_with_troops(ex, text, expected):
    assert _levels(ex, text) == expected


def _filed(ex: Extractor, text: str) -> list[tuple[str, str, int]]:
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "here" in a story filed from a dateline is the dateline's country
        ("AMMAN (Wire) - About 3,000 American troops are based here, a spokesman said on Friday.",
         [(US, "Jordan", 3000)]),
        ("RIGA, Latvia — Some 1,500 Canadian soldiers remain here, officials said on Friday.",
         [("Canada", "Latvia", 1500)]),
        # controls: no dateline, or a dateline in the force's own country
        ("About 3,000 American troops are based here, a spokesman said on Friday.", []),
        ("WASHINGTON (Wire) - About 3,000 American troops are based here, a spokesman said on Friday.", []),
    ],
)  # fmt: skip
def test_here_in_a_datelined_story(ex, text, expected):
    assert _filed(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N in the region" after a figure in a country of a world region the lexicon knows as such
        ("The US keeps some 1,800 soldiers in Jordan and roughly 45,000 in the region.",
         [(US, "Jordan", 1800), (US, "Middle East", 45000)]),
        ("There are some 3,000 US troops in Kuwait today and about 45,000 in the region.",
         [(US, "Kuwait", 3000), (US, "Middle East", 45000)]),
        # a time word between the place and the next figure does not end the list
        ("Britain keeps roughly 1,700 soldiers in Cyprus now and some 400 in Oman.", [(UK, "Cyprus", 1700), (UK, "Oman", 400)]),
        # control: a country of no region the table holds leaves "the region" unplaced
        ("The US keeps some 1,800 soldiers in Hungary and roughly 45,000 in the region.", [(US, "Hungary", 1800)]),
    ],
)  # fmt: skip
def test_a_figure_in_the_region_after_a_country_of_it(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name's possessive owning the unit is whose the troops are, never their host
        ("Chad has troops in Niger. Chad's contingent has about 1,400 soldiers.", [("Chad", "Niger", 1400)]),
        ("Chad has troops in Niger. Chad's force has about 1,400 soldiers.", [("Chad", "Niger", 1400)]),
        # control: a host's possessive of a base still names the host
        ("Djibouti's Camp Lemonnier base hosts about 4,000 US troops.", [(US, "Djibouti", 4000)]),
    ],
)  # fmt: skip
def test_a_possessive_owner_of_the_unit_is_no_host(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in the range of N", "in the order of N": the middle of a range, no one count (the GUIDE
        # codes a range with no count)
        ("Analysts put the Italian presence in Lebanon in the range of 1,100 soldiers.", []),
        ("Estimates of the Turkish troops in Qatar are in the order of 5,000 troops.", []),
        # control: a plain figure stays a level
        ("Analysts put the Italian presence in Lebanon at about 1,100 soldiers.", [("Italy", "Lebanon", 1100)]),
    ],
)  # fmt: skip
def test_a_figure_told_as_the_middle_of_a_range(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of reckoning sizes the troops it names "at" a figure, whoever does the reckoning
        ("Analysts estimate the Turkish force in Qatar at about 3,000.", [("Turkey", "Qatar", 3000)]),
        ("Officials put Dutch troops in Lithuania at some 400.", [("Netherlands", "Lithuania", 400)]),
        ("Vilnius estimates German soldiers in Lithuania at 1,700.", [("Germany", "Lithuania", 1700)]),
        ("Diplomats place the Egyptian presence in Somalia at around 1,000.", [("Egypt", "Somalia", 1000)]),
        # controls: the harmed or held reckoned, a cost, other things counted
        ("Officials estimate the Turkish soldiers killed in Syria at 300.", []),
        ("Officials estimate the Turkish soldiers captured in Syria at about 150.", []),
        ("Analysts estimate the cost of Turkish troops in Qatar at $90 million.", []),
        ("Analysts put Turkish troops on alert at 300 sites.", []),
    ],
)  # fmt: skip
def test_troops_a_verb_of_reckoning_sizes(ex, text, expected):
    """'estimate', 'put', 'place' or 'peg' the troops 'at' a figure: their level, the owner told in
    the troops' own phrase rather than by who reckons."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops sent to a world region in one sentence, their number told in the next
        ("Washington is sending more troops to the Middle East. About 3,000 soldiers will deploy next week.",
         [(US, "Middle East", 3000)]),
        ("Britain will send extra forces to the Middle East. Some 800 soldiers are to be sent.",
         [(UK, "Middle East", 800)]),
        ("France is deploying more troops to Europe. About 1,200 troops will be sent in May.",
         [("France", "Europe", 1200)]),
        # controls: a region only spoken of, a region troops leave, people who are no troops
        ("Washington spoke about the Middle East. About 3,000 soldiers will deploy next week.", []),
        ("Washington is pulling troops out of the Middle East. About 3,000 soldiers will deploy home.", []),
        ("Washington is sending more troops to the Middle East. About 3,000 refugees were sent back.", []),
        ("Washington is sending more troops to the Middle East. About 30 soldiers were killed in the attack.", []),
    ],
)  # fmt: skip
def test_a_figure_sent_after_troops_sent_to_a_world_region(ex, text, expected):
    """A figure sent with no place of its own went where the sentence before sent troops, a world
    region ("to the Middle East") as well as a country."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure's own sentence sends nothing and names no party: the region troops were just sent to
        ("The Pentagon is sending more forces to the Middle East. The deployment involves about 3,000 soldiers.",
         [(US, "Middle East", 3000)]),
        ("London is sending troops to the Middle East. Around 600 soldiers are part of the move.",
         [(UK, "Middle East", 600)]),
        # controls: a region only spoken of, a region left, another party's figure, people who are no troops
        ("Washington spoke about the Middle East. The deployment involves about 3,000 soldiers.", []),
        ("Washington is pulling troops out of the Middle East. The deployment involves about 3,000 soldiers.", []),
        ("The Pentagon is sending more forces to the Middle East. Iran's deployment involves about 3,000 soldiers.", []),
        ("The Pentagon is sending more forces to the Middle East. Some 3,000 people protested in the capital.", []),
    ],
)  # fmt: skip
def test_a_world_region_troops_were_just_sent_to_places_the_next_figure(ex, text, expected):
    """A world region is too wide to carry to later figures when only named, but one troops were sent
    to in the sentence just before places a figure whose sentence names no party."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mission's whole named by the body fielding it: each state's part is its level
        ("The UN force in Lebanon has 10,000 troops, among them 1,000 Italian soldiers.",
         [("Italy", "Lebanon", 1000), ("UNIFIL", "Lebanon", 10000)]),
        ("The AU mission in Somalia has 12,000 troops, including 4,500 Ugandan soldiers and 3,000 Kenyan soldiers.",
         [("AUSSOM", "Somalia", 12000), ("Kenya", "Somalia", 3000), ("Uganda", "Somalia", 4500)]),
        # the part told in the next sentence, opening on "among them"
        ("UNIFIL has 10,000 troops in Lebanon. Among them are 1,000 Italian soldiers.",
         [("Italy", "Lebanon", 1000), ("UNIFIL", "Lebanon", 10000)]),
        # controls: a state's own parts, a toll among them, police, civilians
        ("France has 1,000 troops in Chad. Among them are 300 French paratroopers.", [("France", "Chad", 1000)]),
        ("UNIFIL has 10,000 troops in Lebanon. Among them were 30 Italian soldiers killed in the war.",
         [("UNIFIL", "Lebanon", 10000)]),
        ("UNIFIL has 10,000 troops in Lebanon. Among them are 300 Italian police officers.",
         [("UNIFIL", "Lebanon", 10000)]),
        ("The UN mission in Lebanon employs 10,000 people, including 1,000 Italian civilians.", []),
    ],
)  # fmt: skip
def test_a_states_part_of_a_mission_named_by_its_body(ex, text, expected):
    """A part naming its own state, of a whole no one state's, is that state's level: the whole may be
    named by the body fielding the mission ("the UN force in Lebanon"), told in the sentence before
    ("Among them are ..."), and a list's later parts are parts alike."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own border named with both neighbours, the state's own name among them
        ("The Pentagon is sending more forces to the border. Some 2,500 active-duty soldiers are already at the US-Mexico border.",
         [(US, US, 2500)]),
        ("The Pentagon is sending more forces to the border. About 2,000 soldiers are now stationed at the US-Canada border.",
         [(US, US, 2000)]),
        # controls: other people at the border, troops of the other side, troops sent on abroad
        ("The Pentagon is sending more forces to the border. About 2,500 migrants are at the US-Mexico border.", []),
        ("The Pentagon is sending more forces to the border. About 2,500 Mexican soldiers are at the US-Mexico border.",
         [("Mexico", US, 2500)]),
        ("The Pentagon is sending more forces to Poland. About 2,500 soldiers are at the Poland-Belarus border.",
         [(US, "Poland", 2500)]),
    ],
)  # fmt: skip
def test_troops_at_their_own_border_named_with_both_neighbours(ex, text, expected):
    """Troops told after the text put its state's troops at home, at a border the sentence names by
    both states ("the US-Mexico border"), are that state's own level at home: the state's name in the
    border's is no sign of troops abroad."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state sending its troops to its border, named by the neighbour across it: its own ground
        ("Israel moved 5,000 soldiers to the Lebanon border on Sunday.", [("Israel", "Israel", 5000)]),
        ("Poland sent 10,000 soldiers to the Belarus border.", [("Poland", "Poland", 10000)]),
        ("Turkey sent 3,000 soldiers to the Syrian border.", [("Turkey", "Turkey", 3000)]),
        ("The Pentagon ordered 1,500 troops to the Mexico border.", [(US, US, 1500)]),
        # controls: a border of states the sender does not touch, a border told as another's, refugees
        ("Britain sent 1,000 soldiers to the Russian border.", []),
        ("The US sent 2,000 troops to Poland's border with Ukraine.", [(US, "Poland", 2000)]),
        ("Poland sent 10,000 refugees to the Belarus border.", []),
    ],
)  # fmt: skip
def test_a_states_own_border_named_by_its_neighbour(ex, text, expected):
    """ "to the Lebanon border": a state's troops at its border named by a land neighbour across it
    stand on its own ground; a border of states the sender does not touch stays unplaced."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level, then its own clause changing it to another: the troops just counted
        ("Germany opened its brigade in Lithuania. The unit has about 400 soldiers and is set to grow to 4,800 by 2027.",
         [("Germany", "Lithuania", 400), ("Germany", "Lithuania", 4800)]),
        ("The US has 2,000 troops in Syria and is expected to shrink to 1,000 by May.",
         [(US, "Syria", 1000), (US, "Syria", 2000)]),
        ("Germany opened its brigade in Lithuania. It has 400 soldiers now, a number that will rise to 4,800.",
         [("Germany", "Lithuania", 400), ("Germany", "Lithuania", 4800)]),
        ("The US has 2,000 troops in Syria, falling to 1,000 by the summer.", [(US, "Syria", 1000), (US, "Syria", 2000)]),
        # controls: other things that grow, a toll that rises, a share
        ("The US has 2,000 troops in Syria and is set to grow to 4,800 square meters of barracks.", [(US, "Syria", 2000)]),
        ("The US has 2,000 troops in Syria and the toll is expected to rise to 600.", [(US, "Syria", 2000)]),
        ("Some 400 US soldiers were killed in Syria, rising to 600 by the end of the war.", []),
        ("The US has 2,000 troops in Syria, rising to 30 percent of its force.", [(US, "Syria", 2000)]),
    ],
)  # fmt: skip
def test_a_level_changed_by_a_verb_of_its_own_clause(ex, text, expected):
    """ "has about 400 soldiers and is set to grow to 4,800", "..., rising to 4,800", "a number that
    will rise to 4,800": the troops just counted, changed to a level of the same force and place."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops added, then the whole they make: "taking the total to", "for a total of"
        ("Washington sent 500 more soldiers to Poland, taking the total to 10,000.",
         [(US, "Poland", 500), (US, "Poland", 10000)]),
        ("Washington sent an additional 500 soldiers to Poland, for a total of about 10,000.",
         [(US, "Poland", 500), (US, "Poland", 10000)]),
        # controls: a toll's total, money, other people
        ("Militants killed 20 soldiers in Mali, for a total of 300 this year.", []),
        ("The attack killed 20 more soldiers in Mali, taking the total to 300.", []),
        ("Washington sent 500 soldiers to Poland, for a total of $90 million.", [(US, "Poland", 500)]),
        ("Washington sent 500 more soldiers to Poland, for a total of 10,000 refugees processed.", [(US, "Poland", 500)]),
    ],
)  # fmt: skip
def test_the_total_troops_added_make(ex, text, expected):
    """After troops added in its sentence, "taking the total to" and "for a total of" tell the whole
    level they make; a total after no troops added (a toll's) is none."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change told ahead starts from the level now
        ("Washington will cut its force in Iraq from about 2,500 to fewer than 1,500 by the autumn.",
         [(US, "Iraq", 1500, "fewer than (planned)"), (US, "Iraq", 2500, "about")]),
        ("Germany plans to raise its force in Lithuania from 1,500 soldiers to 4,800.",
         [("Germany", "Lithuania", 1500, None), ("Germany", "Lithuania", 4800, "(planned)")]),
        # controls: a change told done starts from a former level
        ("Washington cut its force in Iraq from about 2,500 to fewer than 1,500 last year.",
         [(US, "Iraq", 1500, "fewer than"), (US, "Iraq", 2500, "about (former level)")]),
        ("The American force in Iraq has fallen from about 2,500 to 1,500.",
         [(US, "Iraq", 1500, None), (US, "Iraq", 2500, "about (former level)")]),
    ],
)  # fmt: skip
def test_the_level_a_change_told_ahead_starts_from(ex, text, expected):
    """ "will cut its force from 2,500 to 1,500": the level the cut starts from stands today."""
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level held in the past, then changed: a former level
        ("Britain had about 600 soldiers in Estonia for years, but officials said the number had been raised to 1,000.",
         [(UK, "Estonia", 600, "about (former level)")]),
        ("Britain had about 600 soldiers in Estonia for years, but the force there has since grown to 1,000.",
         [(UK, "Estonia", 600, "about (former level)")]),
        # controls: the change of something else, or no change
        ("Britain had about 600 soldiers in Estonia, but the budget was raised to 2 billion.",
         [(UK, "Estonia", 600, "about")]),
        ("Britain had about 600 soldiers in Estonia, but the number of drills was raised to 40.",
         [(UK, "Estonia", 600, "about")]),
        ("Britain had about 600 soldiers in Estonia, but two of them were wounded in a crash.",
         [(UK, "Estonia", 600, "about")]),
    ],
)  # fmt: skip
def test_a_level_held_before_a_change_told_since(ex, text, expected):
    """ "had 600 there for years, but the number has been raised to 1,000": the figure the change
    left behind is a former level (the new one, bare, is read or not by its own forms)."""
    assert [r for r in posture_with_qualifiers(ex, text) if r[2] == 600] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cut has brought the number of American soldiers in Iraq below 1,500, officials said.",
         [(US, "Iraq", 1500, "below")]),
        ("Britain keeps a force in Estonia. Last year's review brought the number of British troops there to below 700.",
         [(UK, "Estonia", 700, "below")]),
        # a bound to come is no level
        ("The cut could bring the number of American soldiers in Iraq below 1,500 over the coming months.", []),
        # controls: a toll or other people below a figure
        ("The number of soldiers killed in Iraq fell below 100 last year.", []),
        ("The number of refugees in Iraq fell below 1,500 last year, officials said of the war.", []),
    ],
)  # fmt: skip
def test_the_number_of_troops_brought_below_a_figure(ex, text, expected):
    """ "brought the number of troops there below 1,000": a level told by its bound; one a change to
    come would bring, with no date, is none."""
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country named after the figure only as the war's or the foe's is not where the troops are
        ("The Pentagon moved two more squadrons to the area, raising the total to 45,000, amid the war with Iran.", []),
        ("The Pentagon moved two more squadrons to the area, raising the total to 45,000, amid the war in Ukraine.", []),
        # control: a country named after the figure as the troops' place
        ("The Pentagon moved two more squadrons, raising the total to 45,000 troops stationed in Qatar.",
         [(US, "Qatar", 45000)]),
    ],
)  # fmt: skip
def test_a_war_named_after_the_figure_places_no_troops(ex, text, expected):
    """ "..., raising the total to 45,000, amid the war with Iran": Iran is the foe, not the place."""
    assert _levels(ex, text) == expected


def _article(ex: Extractor, text: str) -> list[tuple[str, str, int]]:
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own border build-up told after another state's at home: each at its own border
        ("Egypt has moved some 4,000 soldiers to its border with Gaza. Israel then sent about 3,000 troops to "
         "the frontier with Egypt.", [("Egypt", "Egypt", 4000), ("Israel", "Israel", 3000)]),
        ("Armenia has sent about 2,000 soldiers to its border with Azerbaijan, officials said.\n\nAzerbaijan has "
         "deployed roughly 5,000 troops along the frontier with Armenia.", [("Armenia", "Armenia", 2000),
                                                                           ("Azerbaijan", "Azerbaijan", 5000)]),
        # control: the text before placed the state's own troops abroad, so "the border" is that country's
        ("The US keeps about 900 soldiers in Syria. The US army moved 300 of them to the border with Iraq.",
         [(US, "Syria", 900)]),
    ],
)  # fmt: skip
def test_another_states_build_up_at_home_places_no_troops_abroad(ex, text, expected):
    """Another state's troops told at its own border before a figure do not put the next state's
    troops abroad: "Pakistan moved 20,000 soldiers to the frontier with India" after India's build-up
    is at Pakistan's own border."""
    assert _article(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place after the figure past a clause another party opens is that party's
        ("Spain commands the brigade in Slovakia with some 800 troops, while Italy leads the one in Bulgaria.",
         [("Spain", "Slovakia", 800)]),
        ("Turkey keeps a base in Qatar with about 3,000 soldiers; Iran has no troops in Oman.",
         [("Turkey", "Qatar", 3000)]),
        # control: the party's own place after the figure, no other party opening a clause
        ("Spain commands a brigade with some 800 troops, while its jets patrol over Slovakia.",
         [("Spain", "Slovakia", 800)]),
    ],
)  # fmt: skip
def test_a_place_in_another_partys_clause_after_the_figure(ex, text, expected):
    """ "leads the battlegroup in Estonia with 900 troops, while Canada leads the one in Latvia": the
    place after "while Canada" is Canada's; the figure's is the one before it."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group's strength with no place of its own takes none from the text before
        ("The US keeps about 2,500 troops in Iraq.\n\nThe Houthis have some 20,000 fighters, analysts say.",
         [(US, "Iraq", 2500)]),
        ("French troops left Mali in 2022.\n\nJNIM has roughly 6,000 fighters, according to UN estimates.", []),
        # control: the group's fighters placed in their own sentence
        ("The US keeps about 2,500 troops in Iraq.\n\nHamas has about 30,000 fighters in Gaza, officials estimate.",
         [("Hamas", "Gaza", 30000), (US, "Iraq", 2500)]),
    ],
)  # fmt: skip
def test_an_armed_groups_strength_placed_nowhere(ex, text, expected):
    """ "Hezbollah has about 40,000 fighters" is a group's strength, no level: the place where the
    text before put another party's troops does not make it one."""
    assert _article(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's troops at its border with a land neighbour, after a text that placed other troops elsewhere
        ("The Iraqi government said 2,500 coalition troops remain in the country.\n\nIsrael has massed three "
         "divisions, about 30,000 soldiers, on the Lebanese border.", [("Israel", "Israel", 30000),
                                                                         ("US-led coalition", "Iraq", 2500)]),
        ("Tensions in Azerbaijan\n\nArmenia has moved about 2,000 soldiers to the border with Azerbaijan.",
         [("Armenia", "Armenia", 2000)]),
        # control: a border named by a state that is no neighbour is someone else's ground
        ("The US keeps about 2,500 troops in Estonia.\n\nBritain has sent some 900 soldiers to the Russian border.",
         [(UK, "Estonia", 900), (US, "Estonia", 2500)]),
    ],
)  # fmt: skip
def test_a_states_border_with_a_neighbour_after_other_places(ex, text, expected):
    """ "Israel massed 30,000 soldiers on the Lebanese border" stands on Israel's side, whatever
    country the text before placed troops in."""
    assert _article(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops told as gone in the simple past, from a place named or "the country": the whole presence withdrawn
        ("The last 600 Belgian soldiers left Mali on Sunday.", [("Belgium", "Mali", 600, "(withdrawn)")]),
        ("All 400 Dutch troops departed Iraq in March, the ministry said.", [("Netherlands", "Iraq", 400, "(withdrawn)")]),
        # controls: troops left where they are, and troops leaving one place for another
        ("There are about 900 US troops left in Syria.", [(US, "Syria", 900, "about")]),
        ("About 900 US Marines left Okinawa for Guam.", [(US, "Guam", 900, "about")]),
        # ... and a part told leaving with no word of the whole: the level it tells, as before
        ("About 600 French troops left Mali on Monday.", [("France", "Mali", 600, "about")]),
    ],
)  # fmt: skip
def test_troops_told_gone_in_the_simple_past(ex, text, expected):
    """ "The last 500 US troops left Niger on Monday" is a level withdrawn, not one standing; "left in
    Syria" (remaining) and "left Okinawa for Guam" (on the way) are not withdrawals."""
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the country" a state's army holds troops in, by a border only the state has, is its own
        ("About 1,000 Russian fighters are deployed in Mali, analysts say.\n\nNiger's army has deployed 2,000 "
         "troops in the south of the country to secure the border with Nigeria.",
         [("Niger", "Niger", 2000), ("Russia", "Mali", 1000)]),
        ("Some 1,200 Turkish soldiers serve in Libya.\n\nThe Egyptian army said it had moved 4,000 troops to the "
         "east of the country to guard the frontier with Israel.", [("Egypt", "Egypt", 4000), ("Turkey", "Libya", 1200)]),
        # control: a border the country told before has too keeps that country
        ("About 1,000 Russian fighters are deployed in Mali, analysts say.\n\nNiger's army has deployed 2,000 "
         "troops in the south of the country to secure the border with Burkina Faso.",
         [("Niger", "Mali", 2000), ("Russia", "Mali", 1000)]),
    ],
)  # fmt: skip
def test_a_border_only_the_states_own_country_has(ex, text, expected):
    """ "The Chadian army deployed 3,000 troops in the east of the country to secure the border with
    Sudan" after Mali was told: Chad borders Sudan and Mali does not, so the country is Chad."""
    assert _article(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops told gone home after the figure, as "withdrew from" is: a part is no level, the whole is withdrawn
        ("About 1,500 Kenyan soldiers returned home from Somalia this week.", []),
        ("The last 800 Burundian troops were flown home from Congo on Friday.", [("Burundi", "Democratic Republic of Congo", 800, "(withdrawn)")]),
        # control: troops going back to the place, not home from it
        ("About 1,500 Kenyan soldiers returned to Somalia this week.", [("Kenya", "Somalia", 1500, "about")]),
    ],
)  # fmt: skip
def test_troops_told_gone_home_after_the_figure(ex, text, expected):
    """ "2,000 Ugandan soldiers returned home from Somalia" tells a movement home, as "withdrew from
    Somalia" does: no level standing there."""
    assert posture_with_qualifiers(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town of another country in the figure's own clause: the country told before does not carry
        ("The US keeps 28,500 troops in South Korea. Some 2,500 US Marines rotate through Darwin each year.",
         [(US, "Australia", 2500), (US, "South Korea", 28500)]),
        ("France keeps about 1,500 soldiers in Djibouti. Some 600 French marines pass through Abu Dhabi each year.",
         [("France", "Djibouti", 1500)]),  # (the marines in transit: placed nowhere rather than in Djibouti)
        # control: a base in the country told before, and a speaker's city after a comma
        ("The US keeps 28,500 troops in South Korea. Some 2,500 of them are at Camp Humphreys.",
         [(US, "South Korea", 2500), (US, "South Korea", 28500)]),
        ("Britain keeps troops in Estonia. Some 900 British soldiers train there, officials in London said.",
         [(UK, "Estonia", 900)]),
    ],
)  # fmt: skip
def test_a_town_elsewhere_in_the_figures_clause(ex, text, expected):
    """ "<US troops in South Korea>. Some 2,500 Marines rotate through Darwin": the figure's own clause
    names a town of another country, so the country told before is not theirs."""
    assert _article(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair's readiness or offer to send troops together: one figure of both, neither's level
        ("Italy and Spain are prepared to send up to 8,000 troops to Lebanon after a truce.", []),
        ("Kenya and Rwanda have offered to deploy 3,000 soldiers to Haiti.", []),
        # controls: one state's readiness, and a pair's figure told "each"
        ("Italy is prepared to send up to 8,000 troops to Lebanon after a truce.", [("Italy", "Lebanon", 8000)]),
        ("Kenya and Rwanda agreed to deploy 1,000 soldiers each to Haiti.", [("Kenya", "Haiti", 1000), ("Rwanda", "Haiti", 1000)]),
    ],
)  # fmt: skip
def test_a_pairs_readiness_to_send_troops_together(ex, text, expected):
    """ "Britain and France are prepared to send up to 30,000 troops" is the pair's figure, not the
    last state's: a readiness or offer before the verb joins the subject as a modal does."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the states a formation comes "from" are its owners, no place the next figure can take
        ("Haiti mission grows\n\nKenya has sent some 800 police to the mission, with smaller contingents from "
         "Jamaica and Belize.\nThe UN has approved a force of up to 5,000 personnel.", []),
        # control: a formation moved out of a place leaves that place, which stays the troops' last one
        ("France withdrew its last units from Mali in 2022.\n\nSome 1,000 Russian fighters remain in the country.",
         [("Russia", "Mali", 1000)]),
    ],
)  # fmt: skip
def test_a_formation_from_states_names_its_owners(ex, text, expected):
    """ "with smaller contingents from Jamaica and Belize" names whose the contingents are, as
    "soldiers from" does: Jamaica is no place for the next figure to take."""
    assert _article(ex, text) == expected
