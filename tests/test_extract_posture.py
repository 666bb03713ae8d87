"""Troop posture and milestones: standing figures in worded and elliptical forms, deadlines with precision."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reporter.extract import Extractor
from reporter.sources.document import parse_text

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def _levels(ex: Extractor, text: str) -> list[tuple[str, str, int]]:
    """(force, country, count) of each level read from the text, after a sentence that tells none."""
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


def test_worded_counts_and_planned_changes(ex):
    """'some two thousand soldiers' counts; so does 'would send an additional 500 troops', an added
    level where the text before placed that state's troops (the article being about the state itself
    places them nowhere)."""
    doc = parse_text((FIXTURES / "posture_words.txt").read_text())
    facts = ex.extract(doc.text, id="x", published=doc.published.date())
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == [
        ("Germany", "Lithuania", 2000, "some"),
        ("United Kingdom", "Estonia", 900, "about"),
        ("United Kingdom", "Estonia", 500, "(additional)"),
    ]
    assert [(m.due, m.what) for m in facts.milestones] == [
        ("2026-12", "The Netherlands is to hand over command of the battlegroup")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose: an acronym's possessive, a state's army by its own name, an adjective the lexicon learnt
        ("The ABC said the CSTO's 1,400 peacekeepers are in Armenia.", [("CSTO", "Armenia", 1400)]),
        ("The Bundeswehr keeps some 600 soldiers in Latvia.", [("Germany", "Latvia", 600)]),
        ("About 350 Namibian soldiers serve in Mozambique.", [("Namibia", "Mozambique", 350)]),
        # where: a host named short ("Congo", "Bosnia"); the place left after a withdrawal noun
        ("Burundi keeps about 900 soldiers in Congo.", [("Burundi", "Democratic Republic of Congo", 900)]),
        ("Austria has 300 troops in Bosnia.", [("Austria", "Bosnia and Herzegovina", 300)]),
        ("Spain began the withdrawal of its 450 soldiers from Mali.", [("Spain", "Mali", 450)]),
        # the noun: any adjective or participle before it, other names of soldiers; not the harmed
        ("Italy has 700 rotational troops in Latvia.", [("Italy", "Latvia", 700)]),
        ("Norway keeps 80 military observers in Syria.", [("Norway", "Syria", 80)]),
        ("Spain has 120 air force personnel in Romania.", [("Spain", "Romania", 120)]),
        ("Chad said 300 wounded soldiers were flown home from Mali.", []),
        # troops who fled, defected or gave themselves up left their force: no level of it anywhere
        ("More than 1,000 Afghan soldiers fled to Tajikistan.", []),
        ("About 300 Malian soldiers have defected to the rebels in Mali.", []),
        ("Some 2,000 Ukrainian troops surrendered at the plant in Mariupol.", []),
        # where: a breakaway region or a base lies in a country; a Palestinian territory is its own place
        ("Russia kept about 1,900 peacekeepers in Karabakh.", [("Russia", "Azerbaijan", 1900)]),
        ("Fiji has 170 soldiers serving in the Sinai.", [("Fiji", "Egypt", 170)]),
        ("The US keeps about 1,200 troops at Camp Bondsteel.", [("United States", "Kosovo", 1200)]),
        ("Egypt offered 4,000 soldiers for a force in Gaza.", [("Egypt", "Gaza", 4000)]),
        ("Jordan keeps 900 soldiers in the West  Bank.", [("Jordan", "West Bank", 900)]),
        ("Egypt keeps 4,000 soldiers in Gaza and the West Bank.", [("Egypt", "Palestine", 4000)]),
        # the count: a range or an alternative has no one count (GUIDE: count null), whichever end is read
        ("Reports put the Chadian troops in Niger at 1,000 to 1,200.", []),
        ("Chad keeps 1,000 or 1,200 troops in Niger.", []),
        ("Austria has 1.200 soldiers in Lebanon.", [("Austria", "Lebanon", 1200)]),
        # a unit sized by its number: every formation word of the one table (troop_nouns.BODIES)
        ("Britain's 800-strong regiment in Estonia will be relieved in May.", [("United Kingdom", "Estonia", 800)]),
        ("Greece has a 950-strong division in Cyprus.", [("Greece", "Cyprus", 950)]),
        # a body as the subject holds its mission's troops there; a body modifying a noun holds none
        ("The United Nations has about 14,000 peacekeepers in Congo.", [("MONUSCO", "Democratic Republic of Congo", 14000)]),
        ("The UN still keeps 9,000 blue helmets in southern Lebanon.", [("UNIFIL", "Lebanon", 9000)]),
        ("The African Union will keep 11,000 soldiers in Somalia next year.", [("AUSSOM", "Somalia", 11000)]),
        ("The UN Security Council approved 2,500 troops for the mission.", []),
        # a place naming where an owner's unit serves ("its Chad force", "Britain's Estonia battlegroup")
        # is the level's place, never its owner; the unit changed to a level, told in any tense
        ("France will cut its Chad force to 1,000.", [("France", "Chad", 1000)]),
        ("Britain will double its Estonia battlegroup to 1,800.", [("United Kingdom", "Estonia", 1800)]),
        ("Britain's Estonia battlegroup will grow to 1,800.", [("United Kingdom", "Estonia", 1800)]),
        ("Spain's Latvia contingent has since risen to 700.", [("Spain", "Latvia", 700)]),
        # the state troops are sent to help, defend or fight for is where they are
        ("North Korea sent 10,000 troops to fight for Russia.", [("North Korea", "Russia", 10000)]),
        ("Germany will deploy 5,000 troops to defend Lithuania against Russia.", [("Germany", "Lithuania", 5000)]),
        ("Pakistan deployed 20,000 troops to protect Chinese workers.", []),
        # a second party's figure with the troops' noun left out: the party named as its subject holds it
        ("Egypt has 1,100 soldiers in Somalia; Ethiopia has 2,500.", [("Egypt", "Somalia", 1100), ("Ethiopia", "Somalia", 2500)]),
        ("France keeps 1,000 troops in Chad, while the US has about 100.", [("France", "Chad", 1000), ("United States", "Chad", 100)]),
        ("Egypt will send up to 1,100 soldiers to Somalia, while Ethiopia will contribute 2,500.",
         [("Egypt", "Somalia", 1100), ("Ethiopia", "Somalia", 2500)]),
        ("Egypt has 1,100 soldiers in Somalia. Ethiopia contributes about 2,500.", [("Egypt", "Somalia", 1100), ("Ethiopia", "Somalia", 2500)]),
        # a figure held by a coordinated subject is theirs together: their mission's, else no one state's
        ("Kenya and Uganda have about 5,000 troops in Somalia.", []),
        ("Britain, France and Denmark together keep 1,500 soldiers in Estonia.", []),
        ("Kenya and Uganda have about 5,000 troops in Somalia as part of ATMIS.", [("ATMIS", "Somalia", 5000)]),
        ("Alongside Kenya and Uganda, Ethiopia has 3,000 troops in Somalia.", [("Ethiopia", "Somalia", 3000)]),
        ("Kenya and Uganda said Ethiopia has 3,000 troops in Somalia.", [("Ethiopia", "Somalia", 3000)]),
    ],
)  # fmt: skip
def test_posture_slots_generalise(ex, text, expected):
    """The force, place and noun slots read names and words of their class, not listed phrases."""
    assert _levels(ex, text) == expected


def test_a_countrys_territories_come_from_the_lexicon(tmp_path):
    """Which parts of a country a level is placed in by name is lexicon data: a user's file gives
    a country its territories as the bundled data gives Palestine Gaza and the West Bank."""
    user = tmp_path / "territories.yaml"
    user.write_text("countries:\n  - {name: Cyprus, territories: [North Shore]}\n", encoding="utf-8")
    text = "Greece keeps 950 soldiers in Cyprus, on the North Shore."
    assert _levels(Extractor(), text) == [("Greece", "Cyprus", 950)]
    assert _levels(Extractor(lexicon_paths=[user]), text) == [("Greece", "North Shore", 950)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States has some 2,500 troops in Iraq and about 900 in Syria.",
            [("United States", "Iraq", 2500, "some"), ("United States", "Syria", 900, "about")],
        ),
        ("Across the Middle East, more than 40,000 U.S. troops are deployed.", [("United States", "Middle East", 40000, "more than")]),
        ("About 2,500 American troops are stationed in Iraq, alongside several hundred soldiers.", [("United States", "Iraq", 2500, "about")]),
        ("U.S. forces in Syria number about 2,000, officials said.", [("United States", "Syria", 2000, "about")]),
        ("NATO's 1,000-strong battlegroup in Estonia is led by Britain.", [("NATO", "Estonia", 1000, None)]),
        ("South Korea, which hosts 28,500 American troops, said the drills would go on.",
         [("United States", "South Korea", 28500, None)]),
        ("Russia keeps about 1,500 soldiers in Transnistria, a breakaway region.", [("Russia", "Moldova", 1500, "about")]),
        ("UNIFIL, whose roughly 10,000 peacekeepers are deployed south of the Litani, said it was ready.",
         [("UNIFIL", "Lebanon", 10000, "roughly")]),
        # a further place's figure joined by any coordinator, its noun left out or "more" in its stead
        ("Spain keeps some 650 soldiers in Latvia, along with about 300 in Slovakia.",
         [("Spain", "Latvia", 650, "some"), ("Spain", "Slovakia", 300, "about")]),
        ("Italy has 1,000 troops in Lebanon, in addition to 400 in Kosovo.", [("Italy", "Lebanon", 1000, None), ("Italy", "Kosovo", 400, None)]),
        ("Britain has about 900 soldiers in Estonia, compared with 150 in Poland.",
         [("United Kingdom", "Estonia", 900, "about"), ("United Kingdom", "Poland", 150, None)]),
        ("France keeps 350 troops in Gabon, and some 600 more in Djibouti.",
         [("France", "Gabon", 350, None), ("France", "Djibouti", 600, "some")]),
        ("Canada keeps 1,200 soldiers in Latvia. About 250 more are stationed in Poland.",
         [("Canada", "Latvia", 1200, None), ("Canada", "Poland", 250, "about (additional)")]),
        ("Two U.S. service members were wounded in Syria.", []),
        ("The move could bring the number of American troops in Syria below 1,000.", []),
    ],
)  # fmt: skip
def test_posture_forms(ex, text, expected):
    """Standing figures are postures; casualties and hypothetical numbers are not."""
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Levels of the past and the future are postures too, told apart by the qualifier.
        ("Denmark is cutting troop levels in Latvia from about 800 to roughly 500.",
         [("Denmark", "Latvia", 800, "about (former level)"), ("Denmark", "Latvia", 500, "roughly (planned)")]),
        # the level a change started from, told after a short adjunct of time or circumstance
        ("About 1,000 Danish soldiers will remain in Latvia after the rotation, down from about 1,400.",
         [("Denmark", "Latvia", 1000, "about (remaining)"), ("Denmark", "Latvia", 1400, "about (former level)")]),
        ("Some 900 Dutch soldiers are in Lithuania under the new plan, up from 300.",
         [("Netherlands", "Lithuania", 900, "some"), ("Netherlands", "Lithuania", 300, "(former level)")]),
        ("Until recently, some 1,200 Spanish soldiers were based in Mali.",
         [("Spain", "Mali", 1200, "some (former level)")]),
        ("Officials said roughly 700 Dutch troops will remain in Lithuania.",
         [("Netherlands", "Lithuania", 700, "roughly (remaining)")]),
        ("The plan would send 3,000 more Italian troops to Lebanon.",
         [("Italy", "Lebanon", 3000, "(additional)")]),
        # another party's level, its verb left out
        ("Britain has more than 900 soldiers in Estonia, and Canada about 2,000 in Latvia.",
         [("United Kingdom", "Estonia", 900, "more than"), ("Canada", "Latvia", 2000, "about")]),
        # a level told of a past year or of its peak, after the figure, is a former one
        ("The coalition had some 5,000 troops in Iraq in 2019; today about 2,500 remain.",
         [("US-led coalition", "Iraq", 5000, "some (former level)"), ("US-led coalition", "Iraq", 2500, "about")]),
        ("The UN force in Mali, which numbered more than 15,000 at its peak, will leave.",
         [("MINUSMA", "Mali", 15000, "more than (former level)")]),
        # a level a change ended at is the level now; one that "once exceeded" a figure held it before
        ("The number of Danish soldiers in Latvia has been drawn down from a peak of more than 1,400 to just 200 troops over two years.",
         [("Denmark", "Latvia", 200, None), ("Denmark", "Latvia", 1400, "more than (former level)")]),
        ("The number of Danish soldiers in Latvia fell from a peak of 1,400 troops to 1,000 troops last year.",
         [("Denmark", "Latvia", 1400, "(former level)"), ("Denmark", "Latvia", 1000, None)]),
        ("The Danish contingent in Latvia once exceeded 1,400 soldiers, but only 200 remain.",
         [("Denmark", "Latvia", 1400, "(former level)"), ("Denmark", "Latvia", 200, None)]),
        # near miss: a level left behind, with no change ending at the figure, stays a former one
        ("The number of Danish soldiers in Latvia is down from a peak of 1,400 troops, officials said.",
         [("Denmark", "Latvia", 1400, "(former level)")]),
        # a cut already made leaves the level now; one to be made plans it
        ("The number of Dutch troops in Lithuania was reduced to 700 in January.",
         [("Netherlands", "Lithuania", 700, None)]),
        ("The Dutch army will reduce its troops in Lithuania to 700 by January.",
         [("Netherlands", "Lithuania", 700, "(planned)")]),
        ("The junta told France to withdraw its nearly 900 soldiers from the country.",
         [("France", "Chad", 900, "nearly (withdrawn)")]),
        # all the troops still there, to be taken out, are the level now; taken out already, they are gone
        ("The Danish government will withdraw the remaining 200 soldiers from Latvia.",
         [("Denmark", "Latvia", 200, "(remaining)")]),
        ("The Danish government withdrew the last 200 soldiers from Latvia.",
         [("Denmark", "Latvia", 200, "(withdrawn)")]),
        # Whose and where, however the sentence names them.
        ("Ghana's about 850 peacekeepers will stay on Lebanese soil.", [("Ghana", "Lebanon", 850, "about (remaining)")]),
        ("UNIFIL's roughly 9,000 troops patrol the border.", [("UNIFIL", "Lebanon", 9000, "roughly")]),
        ("They say that Ain al-Asad air base, located in Anbar, hosts approximately 1,800 U.S. service members.",
         [("United States", "Iraq", 1800, "approximately")]),
        ("Pyongyang has sent at least 8,000 soldiers to help Russia.", [("North Korea", "Russia", 8000, "at least")]),
        ("The Italian contingent in Lebanon stood at some 1,100 soldiers last year.",
         [("Italy", "Lebanon", 1100, "some")]),
        # A range has no one count; a comparison restates no level; troops in an exercise are a level
        # marked so (the GUIDE counts every troop level), marchers in a parade none.
        ("Between 6,000 and 9,000 Eritrean soldiers are in Ethiopia.", []),
        ("Ghana keeps 700-800 peacekeepers in Lebanon, and Italy some 1,000 to 1,200.", []),
        ("Around 400 to 500 Spanish soldiers will remain in Latvia after the rotation.", []),
        # a change "by N to M" is no range: M is the new level
        ("Spain will raise its presence in Latvia by 200 to 800 soldiers.", [("Spain", "Latvia", 800, "(planned)")]),
        ("Spain will cut its troops in Latvia by 300 to about 400.", [("Spain", "Latvia", 400, "about (planned)")]),
        # control: a range after "by" a date stays one
        ("By 2027 some 400 to 500 Spanish soldiers will serve in Latvia.", []),
        ("The figure is twice the 600 troops Spain kept in Latvia.", []),
        ("The drill in Poland involves about 4,000 American troops.",
         [("United States", "Poland", 4000, "about (exercise)")]),
        ("Some 300 US Marines arrived in Norway for an exercise on Monday.",
         [("United States", "Norway", 300, "some (exercise)")]),
        ("The US will send some 300 Marines to Norway for an exercise in March.",
         [("United States", "Norway", 300, "some (planned, exercise)")]),
        ("About 1,500 Chinese soldiers marched in the parade in Moscow.", []),
        # A capacity, soldiers trained and an army's whole strength are no deployment's level.
        ("The base in Qatar can accommodate about 10,000 American troops, officials said.", []),
        ("Since 2015 the mission has trained 4,000 Iraqi soldiers in Baghdad.", []),
        ("Israel has called up 300,000 reservists since the war with Hamas began.", []),
        # an army's worth of one state's troops in another is a war's front, not a posture; a former peak
        # of that size and a world region's total stay levels
        ("Ukraine has some 150,000 soldiers in Moldova.", []),
        ("Germany has 5,000 soldiers in Poland, down from a peak of 200,000.",
         [("Germany", "Poland", 5000, None), ("Germany", "Poland", 200000, "(former level)")]),
        ("The United States keeps close to 100,000 troops in Europe.",
         [("United States", "Europe", 100000, "close to")]),
    ],
)  # fmt: skip
def test_posture_levels_and_their_status(ex, text, expected):
    """Former, planned, remaining, added and withdrawn levels carry their status in the qualifier."""
    context = "Chad's government spoke on Monday. " if "junta" in text else ""
    facts = ex.extract(context + text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun holds the troops just told, in any tense ("it had", not only "it has")
        ("Spain keeps about 650 soldiers in Latvia. A year ago it had 400.",
         [("Spain", "Latvia", 650, "about"), ("Spain", "Latvia", 400, "(former level)")]),
        # a change whose object is a pronoun for them: "cut that to", "reduce them to", "raise that to"
        ("Canada has 1,900 troops in Latvia. Ottawa plans to raise that to 2,200.",
         [("Canada", "Latvia", 1900, None), ("Canada", "Latvia", 2200, "(planned)")]),
        ("Poland keeps 300 soldiers in Latvia. Warsaw intends to reduce them to 150 next year.",
         [("Poland", "Latvia", 300, None), ("Poland", "Latvia", 150, "(planned)")]),
        # a sentence opening on the level just told, and the one it changed from
        ("Italy has 1,000 soldiers in Lebanon. That is down from a peak of 2,500.",
         [("Italy", "Lebanon", 1000, None), ("Italy", "Lebanon", 2500, "(former level)")]),
        # a bare figure of them going: "some 600 have already left", "about 300 will withdraw"
        # a part told as gone is a change, no level
        ("France has about 1,000 troops in Chad. Some 600 have already left, the army said.",
         [("France", "Chad", 1000, "about")]),
        ("France has about 1,000 troops in Chad. About 300 will withdraw by the end of the month.",
         [("France", "Chad", 1000, "about"), ("France", "Chad", 300, "about (withdrawn)")]),
        # what a change leaves of them, told as "leaving" or "would leave"; never a toll
        ("Norway has 200 soldiers in Lithuania. The rotation would leave about 120.",
         [("Norway", "Lithuania", 200, None), ("Norway", "Lithuania", 120, "about (remaining)")]),
        ("Norway has 200 soldiers in Lithuania. The fighting would leave 300 dead, the report said.",
         [("Norway", "Lithuania", 200, None)]),
    ],
)  # fmt: skip
def test_a_figure_told_by_reference_to_the_level_before(ex, text, expected):
    """A level told without a troop noun, by reference to the troops of the sentence before."""
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == expected


def test_a_bare_figure_takes_the_force_and_place_of_the_sentences_before(ex):
    """ "troop numbers from 900 to 600" names no one: the force and place are the article's."""
    text = (
        "The United States has begun withdrawing troops from northeastern Syria. "
        "The closure of two bases has cut troop numbers from 900 to about 600. "
        "Commanders recommended keeping at least 400 troops in Syria."
    )
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == [
        ("United States", "Syria", 900),
        ("United States", "Syria", 600),
        ("United States", "Syria", 400),
    ]


def test_milestones_in_one_sentence(ex):
    """Two deadlines in one sentence are two milestones with their own precision."""
    text = (
        "Under a deal between the two governments, coalition forces are to withdraw in stages, leaving federal "
        "Iraqi bases by September 2025 and quitting the autonomous Kurdistan region entirely by the end of 2026."
    )
    facts = ex.extract(text, id="x", published=date(2025, 6, 15))
    assert [(m.due, m.what) for m in facts.milestones] == [
        ("2025-09", "leaving federal Iraqi bases (coalition forces)"),
        ("2026-12", "quitting the autonomous Kurdistan region entirely (coalition forces)"),
    ]


def test_past_deadlines_are_history(ex):
    """A date already past at publication is not a milestone."""
    text = "US troops were to leave Iraq by December 2011 under the agreement."
    assert ex.extract(text, id="x", published=date(2025, 1, 1)).milestones == ()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A bare "until <month year>" bounds the clause before it, once a neighbour names the mission.
        ("The naval mission in the strait was agreed last week. Its first stage will last until March 2027.",
         date(2026, 5, 4), [("2027-03", "Its first stage will last")]),
        ("The brigade will remain in Latvia until at least 2028, officials said.",
         date(2026, 5, 4), [("2028", "The brigade will remain in Latvia")]),
        # A deadline told in the past looks back to its own year, and stays a milestone while recent.
        ("Under the truce, the army was supposed to withdraw from the valley by April 2, but stayed.",
         date(2026, 5, 4), [("2026-04-02", "the army was supposed to withdraw from the valley")]),
        # Steps reported as done are dated by their own day, or by the report when they are current.
        ("On April 28, the last Danish troops began to leave the base near Kabul.",
         date(2026, 5, 4), [("2026-04-28", "the last Danish troops began to leave the base near Kabul")]),
        ("The contingent has now handed over its last base to the national army.",
         date(2026, 5, 4), [("2026-05-04", "The contingent has now handed over its last base to the national army")]),
        ("The number of troops being withdrawn was not given, officials said on Monday.", date(2026, 5, 4), []),
        ("The official said the army is not withdrawing from the valley by June 2026.", date(2026, 5, 4), []),
    ],
)  # fmt: skip
def test_deadlines_and_steps_done(ex, text, published, expected):
    """Deadlines bound their clause, past-tense deadlines look back, done steps take their day."""
    facts = ex.extract(text, id="x", published=published)
    assert [(m.due, m.what) for m in facts.milestones] == expected


def test_a_yearless_deadline_takes_the_year_of_the_date_before_it_in_its_sentence(ex):
    """Without a publication date, 'by Jan. 31' after 'On Dec. 30, 2027' in one sentence is 2028."""
    text = "On Dec. 30, 2027, the president announced the withdrawal of Belgian troops from the country by Jan. 31."
    assert [(m.due, m.what) for m in ex.extract(text, id="x").milestones] == [
        ("2028-01-31", "the president announced the withdrawal of Belgian troops from the country")
    ]
    # A date in an earlier sentence lends no year: the day stays unresolved.
    text = "The talks began in March 2027. Belgian troops will leave the country by Jan. 31."
    assert ex.extract(text, id="x").milestones == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Holding and sending verbs match by lemma, whatever the inflection or the words between.
        ("Germany plans to station a 5,000-strong brigade in Lithuania by the end of the decade.",
         [("Germany", "Lithuania", 5000)]),
        ("Egypt will contribute 5,000 troops to the new mission in Somalia, officials said.",
         [("Egypt", "Somalia", 5000)]),
        ("The Pentagon is deploying 3,000 paratroopers to Poland in the coming weeks.",
         [("United States", "Poland", 3000)]),
        # "from X" after the troops names the sender, unless a verb of leaving makes it the place left.
        ("Around 3,000 troops from the United States are stationed in Jordan, officials said.",
         [("United States", "Jordan", 3000)]),
        ("France withdrew its 1,500 troops from Niger at the end of the year.", [("France", "Niger", 1500)]),
        ("The last 1,500 French troops left Niger in December, the army said.", [("France", "Niger", 1500)]),
        # A level told without a troop noun after its number.
        ("Turkey maintains a force of about 3,000 in northern Iraq, according to the report.",
         [("Turkey", "Iraq", 3000)]),
        ("The number of US troops in Syria is about 900, according to the Pentagon.",
         [("United States", "Syria", 900)]),
        ("The US troop presence in Iraq is about 2,500, and it has not changed in a year.",
         [("United States", "Iraq", 2500)]),
        ("MONUSCO's 12,000-member force patrols the east of the country, officials said.",
         [("MONUSCO", "Democratic Republic of Congo", 12000)]),
        ("Overall, American forces in Europe remain near 90,000, a level higher than before the war.",
         [("United States", "Europe", 90000)]),
        # A part of a whole ("1,200 of its 3,400"), a level it came from, a level "that number" falls to.
        ("The United States will pull out 1,200 of its 3,400 troops from Kuwait by the end of the year.",
         [("United States", "Kuwait", 1200), ("United States", "Kuwait", 3400)]),
        ("Britain has 700 troops in Estonia, down from 900 last year, the ministry said.",
         [("United Kingdom", "Estonia", 700), ("United Kingdom", "Estonia", 900)]),
        ("There are about 6,000 Dutch troops in Lithuania, with that number set to fall to about 4,000 next year.",
         [("Netherlands", "Lithuania", 6000), ("Netherlands", "Lithuania", 4000)]),
        ("The Danish mission in Estonia plans to cut the number to 600 from the current 850 soldiers next year.",
         [("Denmark", "Estonia", 850), ("Denmark", "Estonia", 600)]),
        ("The Pentagon was on course to drop to about 3,500 of its 7,000 troops in Kuwait by summer.",
         [("United States", "Kuwait", 3500), ("United States", "Kuwait", 7000)]),
        # "the UN force" is the mission the lexicon places in the country, or the one the article names.
        ("The UN force in Lebanon has about 10,000 troops from some 50 countries, officials said.",
         [("UNIFIL", "Lebanon", 10000)]),
        # A military telling its own numbers, a host that stations foreign troops.
        ("The Pentagon said 1,000 troops remain in Niger, a month after the junta's order.",
         [("United States", "Niger", 1000)]),
        # A figure in apposition to a party's unit is the unit's, not that of the subject who leads it; the
        # party in the object a subject leads is no subject.
        ("Spain leads a NATO multinational battlegroup in Slovakia, now about 1,100 strong, and will hand it over.",
         [("NATO", "Slovakia", 1100)]),
        ("Britain leads the NATO battlegroup in Estonia and has 900 troops there.", [("United Kingdom", "Estonia", 900)]),
        ("Britain said the NATO mission in Kosovo has 900 troops there.", [("NATO", "Kosovo", 900)]),
        # Members told after a named group are its fighters; members of no one named are not troops.
        ("Around 1,200 PKK members are based in Syria, officials said.", [("PKK", "Syria", 1200)]),
        ("Around 1,200 members are based in Syria, officials said.", []),
        # A unit sized by its number: "the 400-member mission", "a 300-man unit".
        ("Donors discussed the future of the 400-member UNFICYP mission on Monday.", [("UNFICYP", "Cyprus", 400)]),
        ("Estonia's 300-man unit in Mali will leave.", [("Estonia", "Mali", 300)]),
        # Regional missions are parties that serve in their host; a month after "in" is no place.
        ("SAMIM was deployed with a 2,000-strong force in August 2022, the bloc said.", [("SAMIM", "Mozambique", 2000)]),
        ("The Multinational Joint Task Force has about 3,000 troops in Chad.", [("MNJTF", "Chad", 3000)]),
        # A further figure sent "to" a place is counted there, as one "in" it.
        ("France will send 1,500 soldiers to Chad and 600 to Niger.", [("France", "Chad", 1500), ("France", "Niger", 600)]),
        # A bare figure whose clause says where it will be based is a level of the troops told before.
        ("Britain will send 800 soldiers to East Africa next year, of whom about 500 will be permanently based in Kenya.",
         [("United Kingdom", "East Africa", 800), ("United Kingdom", "Kenya", 500)]),
        ("Japan stations about 50,000 US troops, the largest US presence abroad.", [("United States", "Japan", 50000)]),
        ("Under the accord, Washington would at first reduce its troops in Afghanistan to 8,600 in four months.",
         [("United States", "Afghanistan", 8600)]),
        # A change from one level to another names both, whatever verb tells it.
        ("The US plans to reduce the number of soldiers it has deployed in Syria from some 2,000 to "
         "less than 1,000 within months.",
         [("United States", "Syria", 2000), ("United States", "Syria", 1000)]),
    ],
)  # fmt: skip
def test_posture_generalised_forms(ex, text, expected):
    """Verbs by lemma, senders after the noun, places left, noun-less levels, changes of level."""
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence naming no one takes the article's force when the last one named is the host.
        ("MONUSCO has run bases in Congo for two decades. Congo's army says it is ready to take over from "
         "the mission. About 2,000 troops will leave South Kivu by the end of April.",
         [("MONUSCO", "Democratic Republic of Congo", 2000)]),
        # A party named in passing is no context; a sentence naming no place is where the article is.
        ("Canada has about 800 troops in Latvia. The talks in Riga were hosted by Sweden, which joined the "
         "alliance in 2024. About 300 troops will leave Latvia in June.",
         [("Canada", "Latvia", 800), ("Canada", "Latvia", 300)]),
        ("France hands over its last bases to Senegal's army this week. Around 350 French soldiers, mostly "
         "trainers, were stationed at the camps.",
         [("France", "Senegal", 350)]),
        ("In a statement on Monday, the United States said it would begin pulling troops out of Syria. About "
         "900 troops will remain there for now, officials added.",
         [("United States", "Syria", 900)]),
        ("Britain leads the NATO battlegroup in Estonia. It has around 900 soldiers there, and another 150 in Poland.",
         [("United Kingdom", "Estonia", 900)]),
        ("Somalia's government asked the mission to slow down. ATMIS will withdraw 4,000 troops by the end of the "
         "year, leaving about 12,000 in the country.",
         [("ATMIS", "Somalia", 4000), ("ATMIS", "Somalia", 12000)]),
        ("The Kurdish-led group keeps its troops in northeast Syria. With about 50,000 fighters, the SDF is the "
         "largest force there.",
         [("Syrian Democratic Forces", "Syria", 50000)]),
        ("Speaking in Paris, the president criticised MONUSCO again on Monday. He called the UN mission of about "
         "15,000 peacekeepers ineffective.",
         [("MONUSCO", "Democratic Republic of Congo", 15000)]),
        # The article's force is never the host's own: the next most named party is.
        ("Iraqi forces have made great progress in Iraq. The United States has decided to reduce its troop "
         "presence in Iraq from about 5,000 to 3,000 troops during September, officials said.",
         [("United States", "Iraq", 5000), ("United States", "Iraq", 3000)]),
        # "to the region" is a region named before, never the last country alone.
        ("The United States has moved ships to the Middle East. The carrier sailed from Norfolk on Monday. "
         "The Pentagon also announced a deployment of 4,500 Marines to the region.",
         [("United States", "Middle East", 4500)]),
        ("The United States has about 3,000 troops in Jordan. The Pentagon also announced a deployment of "
         "4,500 Marines to the region.",
         [("United States", "Jordan", 3000)]),
        # A sentence naming only the article's party, far from its figure: that party's, not the last force.
        ("The United States will review its bases abroad. The United States has told its allies. Britain has "
         "about 900 troops in Estonia. Washington's plan, drafted over many months by officials at several "
         "agencies, is to draw troops in Iraq down to 2,000 service members.",
         [("United Kingdom", "Estonia", 900), ("United States", "Iraq", 2000)]),
        # "from the current N" names the level now; a headline's "S. Korea" is South Korea.
        ("Washington weighs a smaller force in S. Korea. No decision has been made to cut the number of "
         "American troops stationed there from the current 28,000.",
         [("United States", "South Korea", 28000)]),
        # A new force ("a joint force of ...") is not the one named before.
        ("France had about 1,000 troops in Mali until last year. The juntas announced that a joint force of "
         "5,000 troops will be ready by the end of the year.",
         [("France", "Mali", 1000)]),
        # ... but "a total of" sums the troops told, no new body: their force and place carry over.
        ("About 600 Danish paratroopers flew to Estonia on Tuesday. Their battalion has a total of about "
         "2,500 troops.",
         [("Denmark", "Estonia", 600), ("Denmark", "Estonia", 2500)]),
    ],
)  # fmt: skip
def test_posture_context_of_a_sentence_naming_no_one(ex, text, expected):
    """Whose and where from the sentences before, the article's main force, or nothing when new."""
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A contributor's troops serve where the mission it names serves.
        ("The talks went on for a week. Malawi contributes 850 soldiers to UNFICYP, its defence minister said.",
         [("Malawi", "Cyprus", 850)]),
        # Troops of no named state that join a mission are the mission's.
        ("The talks went on for a week. In all, about 9,000 personnel have been cleared to serve in MINUSCA.",
         [("MINUSCA", "Central African Republic", 9000)]),
        # A camp the gazetteer lacks lies in the country named before it.
        ("Iraq's parliament objected to the move. Turkey has had about 90 soldiers in Zorvakan for two years.",
         [("Turkey", "Iraq", 90)]),
        # A name after "in" ends the sentence before: it does not place the next sentence's subject.
        ("The officers met in Mogadishu. Uganda will field 4,000 troops for AUSSOM.", [("Uganda", "Somalia", 4000)]),
        # Troops a force lost are casualties; a state named by its demonym is the force.
        ("The mission has lost 120 personnel since 2006, the spokesman said.", []),
        ("Around 170 Austrian soldiers are stationed in Lebanon, the ministry said.", [("Austria", "Lebanon", 170)]),
        ("A war that has claimed 90 peacekeepers drags on in the north of Mali.", []),
        # A country known by its own-language name; a leader's "his country" is the article's country.
        ("Ivorian officials met on Monday. The 600-strong French troops will leave Côte d'Ivoire.",
         [("France", "Ivory Coast", 600)]),
        ("The Ivorian base closed. Its president announced the exit of about 400 French soldiers from his country.",
         [("France", "Ivory Coast", 400)]),
        # Members of a state's forces are its troops; a year after "before" is no count.
        ("The talks ended. Some 250 members of Belgium's special forces have been in Benin since May.",
         [("Belgium", "Benin", 250)]),
        ("Officials in Chad expect the French troops to leave before 2026 French soldiers said.", []),
    ],
)  # fmt: skip
def test_missions_contributors_and_unknown_places(ex, text, expected):
    """Mission hosts, contributors and gazetteer gaps resolve to the country a reader would name."""
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list of contributors after a figure shares its place.
        ("The force in Mali was agreed. Chad will provide 1,400 soldiers to MINUSMA, Togo 900 and Senegal 850.",
         [("Chad", "Mali", 1400), ("Togo", "Mali", 900), ("Senegal", "Mali", 850)]),
        ("The biggest contingents in Cyprus include Britain with some 800 soldiers and Argentina with about 250.",
         [("United Kingdom", "Cyprus", 800), ("Argentina", "Cyprus", 250)]),
        # Parts of the country just named; the whole a part moves from gives the force and place.
        ("About 3,000 Belgian soldiers were in Mali, with 1,000 in the capital and another 300 in the north.",
         [("Belgium", "Mali", 3000), ("Belgium", "Mali", 1000), ("Belgium", "Mali", 300)]),
        ("Oslo spoke of pulling about 2,000 Norwegian troops from a total of some 6,000 troops in Latvia.",
         [("Norway", "Latvia", 2000), ("Norway", "Latvia", 6000)]),
        # A figure in apposition to named troops; a place followed by "where".
        ("The Pentagon said the Danish troops at the port, now fewer than 700 soldiers, were leaving Iraq.",
         [("Denmark", "Iraq", 700)]),
        ("Spain weighs a move to neighbouring Latvia, where roughly 600 Spanish soldiers serve.",
         [("Spain", "Latvia", 600)]),
    ],
)  # fmt: skip
def test_lists_parts_and_appositions(ex, text, expected):
    """Figures told by ellipsis, apposition or as parts of a whole keep their force and place."""
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == expected


def test_troops_sent_home_are_not_abroad(ex):
    """ "returned to the United States": the article's own force at home is no deployment."""
    text = (
        "The United States has about 30,000 troops in Germany. "
        "Of them, some 5,000 soldiers are to be returned to the United States, officials said."
    )
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == [("United States", "Germany", 30000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A military that says "there were about N troops" tells its own; "to the country" is the one before.
        ("Strikes hit Yemen on Monday. The Pentagon announced that there were about 1,500 troops in Djibouti.",
         [("United States", "Djibouti", 1500)]),
        ("The Pentagon spoke of Jordan. About 800 service members have deployed to the country since May.",
         [("United States", "Jordan", 800)]),
        # Names after "between" are not the subject of the verb that follows them.
        ("The UN force in Cyprus that patrols the line between Greece and Turkey now totals 800 troops.",
         [("UNFICYP", "Cyprus", 800)]),
        # Right after a figure, a level told by reference to it needs no troop word.
        ("Officials cite about 600 U.S. troops in Kosovo. But an audit puts it at 1,100.",
         [("United States", "Kosovo", 600), ("United States", "Kosovo", 1100)]),
        # The agent of "sent by"; a part the number just told includes; a long verb chain to the figure.
        ("Analysts say roughly 1,200 soldiers sent by Belarus are now based in Mali.", [("Belarus", "Mali", 1200)]),
        ("Officials expect Minsk to send a total of 4,000 troops to Mali. This number includes about 900 already there.",
         [("Belarus", "Mali", 4000), ("Belarus", "Mali", 900)]),
        # Two coordinated figures before one place are both there.
        ("Paris will keep a battalion of 700 soldiers and 300 airmen in Estonia.",
         [("France", "Estonia", 700), ("France", "Estonia", 300)]),
        # A place given before the figure in brackets.
        ("U.S. forces train allies across Asia. Key locations include Japan (about 50,000 troops) "
         "and Guam (roughly 6,000 troops).", [("United States", "Japan", 50000), ("United States", "Guam", 6000)]),
    ],
)  # fmt: skip
def test_speakers_references_and_brackets(ex, text, expected):
    """Whose and where for figures told by a speaker, by reference or in brackets."""
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state's own corps is the state's force; "to assist X's ally in Y" is in Y.
        ("Officials say some 1,800 IRGC troops were sent to Iraq last year.", [("Iran", "Iraq", 1800)]),
        ("The report said 600 advisers would remain to assist Iran's ally in Yemen, officials said. "
         "Iran has kept advisers there for years.", [("Iran", "Yemen", 600)]),
        # The size of a kind of unit is no level; "no less than" qualifies a count.
        ("The army of Egypt moved a division into Libya; a division typically comprises at least 9,000 soldiers.", []),
        ("Egypt has sent troops into Libya, and estimates say their number is no less than 9,000.",
         [("Egypt", "Libya", 9000)]),
        # "In the country" is the country last told as a place, not one named in a title ("U.S. General").
        ("Iran pulled its corps back from Yemen. U.S. General Smith said just 900 Iranian troops were "
         "fighting in the country.", [("Iran", "Yemen", 900)]),
    ],
)  # fmt: skip
def test_state_corps_unit_sizes_and_possessives(ex, text, expected):
    """Whose troops a corps is, what is a unit's size, and where a possessive is not a place."""
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare number as its clause's subject counts the troops told before it, in its sentence or the last.
        ("The United States will withdraw troops from Iraq. About 2,000 will remain after September.",
         [("United States", "Iraq", 2000)]),
        ("The US has about 2,500 troops in Iraq. A further 900 are in Syria.",
         [("United States", "Iraq", 2500), ("United States", "Syria", 900)]),
        ("Of the 2,500 US troops in Iraq, about 900 are in the Kurdistan region.",
         [("United States", "Iraq", 2500), ("United States", "Iraq", 900)]),
        ("The US once had more than 5,000 troops in Syria; now about 2,000 remain.",
         [("United States", "Syria", 5000), ("United States", "Syria", 2000)]),
        # Not a number in a name, nor a toll.
        ("About 1,000 US troops are in Niger. The handover of Air Base 101 will come first.",
         [("United States", "Niger", 1000)]),
        ("About 800 Dutch troops are in Lithuania. Some 200 were wounded in training accidents over the years.",
         [("Netherlands", "Lithuania", 800)]),
        # "there" and "the country" are the place told before; a country left is a place.
        ("Britain's defence secretary visited Estonia. The UK has around 900 troops stationed there under the plan.",
         [("United Kingdom", "Estonia", 900)]),
        ("American troops will leave Niger by September 15, the Pentagon said. About 1,000 are currently at two "
         "bases in the country.", [("United States", "Niger", 1000)]),
        # The host's own state is never the force: the foreign troops its sentence names are.
        ("Latvia's army spoke of a cut of 300 soldiers in 2025, with some 700 Danish troops still serving in Latvia.",
         [("Denmark", "Latvia", 700)]),
    ],
)  # fmt: skip
def test_elliptical_figures_and_places_told_before(ex, text, expected):
    """Figures without a troop noun, places by reference, and the host's own name set aside."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A level changed from, told as a peak or a low, before or after the place; the place after the aside.
        ("Roughly 2,000 US troops, down from a peak of 5,200, remain in Iraq.",
         [("United States", "Iraq", 2000), ("United States", "Iraq", 5200)]),
        ("Some 700 Italian soldiers are in Lebanon, up from a low of about 400 in 2020.",
         [("Italy", "Lebanon", 700), ("Italy", "Lebanon", 400)]),
        # A level with an adverb before it; a party's presence is its troops.
        ("The number of US troops in Iraq is now about 2,500.", [("United States", "Iraq", 2500)]),
        ("The Turkish military presence in Qatar is currently about 3,000 soldiers, officials said.",
         [("Turkey", "Qatar", 3000)]),
    ],
)  # fmt: skip
def test_levels_changed_from_and_presences(ex, text, expected):
    """Former levels told as peaks or lows, levels after an adverb, a presence's owner."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A level told by its verb belongs to the troops named before it in the sentence, however far.
        ("The minister spoke in Lithuania on Monday. Dutch forces, long thin on the ground abroad, plan a brigade "
         "there that should number 3,000 people by 2027.",
         [("Netherlands", "Lithuania", 3000)]),
        # UN troops in a country with a UN mission are that mission's; elsewhere the UN's.
        ("About 10,000 UN peacekeepers serve in southern Lebanon.", [("UNIFIL", "Lebanon", 10000)]),
        ("About 2,000 UN peacekeepers are deployed in Haiti.", [("United Nations", "Haiti", 2000)]),
        # only a mission of that body: the EU's troops in Mali are none of the UN's MINUSMA
        ("The EU keeps some 300 soldiers in Mali.", [("European Union", "Mali", 300)]),
        ("The European Union keeps about 1,000 soldiers in Bosnia.", [("EUFOR", "Bosnia and Herzegovina", 1000)]),
        ("The African Union keeps about 11,000 soldiers in Somalia.", [("AUSSOM", "Somalia", 11000)]),
        # control: the UN's troops there are its mission's
        ("The UN keeps some 12,000 peacekeepers in Mali.", [("MINUSMA", "Mali", 12000)]),
        # A name after "against", "of", "with" is not the subject once one is named; Guards are troops.
        ("The international coalition against the Islamic State has some 2,500 soldiers in Iraq.",
         [("US-led coalition", "Iraq", 2500)]),
        ("Iran has deployed about 3,000 Revolutionary Guards to Syria.", [("Iran", "Syria", 3000)]),
        ("About 3,000 border guards were sent to the frontier with Syria.", []),
        # With no place named, a host whose government or officials speak is where the troops are.
        ("Romania's defence ministry said about 1,000 US troops would stay.", [("United States", "Romania", 1000)]),
        ("Estonian officials said around 900 British soldiers would stay.", [("United Kingdom", "Estonia", 900)]),
    ],
)  # fmt: skip
def test_forces_named_far_before_and_missions_of_a_body(ex, text, expected):
    """Whose troops a level told by its verb counts, and which mission a body's troops serve."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An initial's full stop ("U.K.") does not end the clause a change is told in; a second change
        # coordinated with the first counts the same troops.
        ("The plan set a cut of U.K. forces from 900 to 600 in Estonia, and from 300 to 200 in Poland.",
         [("United Kingdom", "Estonia", 900), ("United Kingdom", "Estonia", 600),
          ("United Kingdom", "Poland", 300), ("United Kingdom", "Poland", 200)]),
        # "that country" is the country the sentence named last, in whatever role.
        ("Nobody spoke of Chad, and no one said when the 400 French troops in that country would leave.",
         [("France", "Chad", 400)]),
    ],
)  # fmt: skip
def test_clauses_with_initials_and_that_country(ex, text, expected):
    """Changes told across initials and coordinated, and "that country" read in its sentence."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list of parties paired with a list of levels by "respectively"; "with X contributing N".
        ("Chad has 1,200 troops in Mali, followed by Niger and Togo, sending 800 and 650 soldiers, respectively.",
         [("Chad", "Mali", 1200), ("Togo", "Mali", 650), ("Niger", "Mali", 800)]),
        ("The council approved 900 Ghanaian troops for the mission in Mali, with Senegal contributing 700 troops.",
         [("Ghana", "Mali", 900), ("Senegal", "Mali", 700)]),
        # a list of places after the levels: one force's level in each, in order
        ("Sweden keeps 600 and 250 soldiers in Latvia and Finland, respectively.",
         [("Sweden", "Finland", 250), ("Sweden", "Latvia", 600)]),
        ("Norway has about 400 and 150 troops in Lithuania and Iceland respectively.",
         [("Norway", "Iceland", 150), ("Norway", "Lithuania", 400)]),
        # the places a "respectively" pairs are nobody's owners: no level of Latvia in Lithuania
        ("Norway and Sweden lead units in Lithuania and Latvia with 400 and 600 soldiers respectively.", []),
        # control: lists that differ in length pair nothing
        ("Sweden keeps 600 and 250 soldiers in Latvia, Finland and Norway, respectively.", []),
        # A level in each of the places listed, or in both countries named before.
        ("The Danish army cut troop levels in Latvia and Estonia to 300 each.",
         [("Denmark", "Latvia", 300), ("Denmark", "Estonia", 300)]),
        ("Spain has 600 soldiers in Latvia and 500 in Lithuania. Spanish troops in both countries will go to "
         "400 personnel.",
         [("Spain", "Latvia", 600), ("Spain", "Lithuania", 500), ("Spain", "Latvia", 400),
          ("Spain", "Lithuania", 400)]),
        # "roughly the same number", "including N in", a figure "or so", a region of several states.
        ("Italy will keep about 900 troops in Lebanon and roughly the same number in Iraq.",
         [("Italy", "Lebanon", 900), ("Italy", "Iraq", 900)]),
        ("Germany has about 1,500 troops in the Sahel region, including 1,000 in Mali.",
         [("Germany", "Sahel", 1500), ("Germany", "Mali", 1000)]),
        ("Most of the 400 or so British troops currently in Estonia will stay.", [("United Kingdom", "Estonia", 400)]),
        # The level of "its force levels with a ceiling of N troops" is the subject's.
        ("UNMISS, one of the largest missions with a budget of $1 billion, will keep its force levels with a "
         "ceiling of 15,000 troops.",
         [("UNMISS", "South Sudan", 15000)]),
    ],
)  # fmt: skip
def test_paired_lists_levels_in_each_place_and_parts(ex, text, expected):
    """Levels paired by "respectively", held in each of several places, and told as parts."""
    context = "The talks in Mali ended on Monday. " if "Mali" in text and "Sahel" not in text else ""
    facts = ex.extract(context + text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An alliance's troops are the alliance's, not the state of the general who leads them.
        ("A Russian general said the roughly 3,000 CSTO troops in Armenia would stay.", [("CSTO", "Armenia", 3000)]),
        # A level changed in the passive is the subject's troops; the place of a change comes first.
        ("Spanish forces abroad will by March be reduced to 400 in Latvia and 300 in Turkey, officials said.",
         [("Spain", "Latvia", 400), ("Spain", "Turkey", 300)]),
        ("Italy will cut its presence in Lebanon to 900 troops and 600 troops in Iraq by June.",
         [("Italy", "Lebanon", 900), ("Italy", "Iraq", 600)]),
        # A force that consists of its troops; a pronoun after a speech verb resumes the speaker.
        ("EUFOR now comprises some 1,100 troops drawn from 20 countries.", [("EUFOR", "Bosnia and Herzegovina", 1100)]),
        ("The Estonian government on Tuesday afternoon announced that it would send about 150 soldiers to Mali.",
         [("Estonia", "Mali", 150)]),
        # Troops moved from one place to another are counted where they go, unless that is home.
        ("About 2,000 British soldiers will be moved from Estonia to Poland next year.",
         [("United Kingdom", "Poland", 2000)]),
        ("The United States will bring 1,000 troops back from Niger to the United States.",
         [("United States", "Niger", 1000)]),
    ],
)  # fmt: skip
def test_alliances_passive_changes_and_places_of_a_change(ex, text, expected):
    """Alliance troops, levels changed in the passive, and the place told before a changed level."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in the region" with no world region named: the country the sentence places itself in.
        ("Turkey has struck targets in Syria, including the capital, Damascus, and has deployed around "
         "8,000 soldiers in the region.", [("Turkey", "Syria", 8000)]),
        # A figure in apposition to a named unit; a state that leads a force.
        ("The German brigade in Lithuania, some 4,800 soldiers, will be ready by 2027.",
         [("Germany", "Lithuania", 4800)]),
        ("Britain has 900 troops in Estonia, while Canada leads a 2,000-strong force in Latvia.",
         [("United Kingdom", "Estonia", 900), ("Canada", "Latvia", 2000)]),
        # A region named by a country's demonym; eastern Congo; thousands grouped by a space.
        ("Russia keeps about 1,500 troops in the breakaway Moldovan region of Transnistria.",
         [("Russia", "Moldova", 1500)]),
        ("Burundi has about 1,000 troops in eastern Congo, officials said.",
         [("Burundi", "Democratic Republic of Congo", 1000)]),
        ("MINUSCA will keep its force levels with a ceiling of 14 000 troops.",
         [("MINUSCA", "Central African Republic", 14000)]),
    ],
)  # fmt: skip
def test_regions_units_and_written_forms(ex, text, expected):
    """The region a sentence is placed in, units in apposition, demonym regions, grouped thousands."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A mission's figures labelled by other states are their contingents where the mission serves.
        ("UNIFIL has about 9,000 peacekeepers. The largest contingents come from Ghana (800 troops), "
         "Nepal (700 troops) and Malaysia (600 troops).",
         [("UNIFIL", "Lebanon", 9000), ("Ghana", "Lebanon", 800), ("Nepal", "Lebanon", 700),
          ("Malaysia", "Lebanon", 600)]),
        # Places labelled with figures, the later ones in brackets without a troop word.
        ("Key US bases abroad include Qatar (about 8,000 troops) and Bahrain (about 7,000).",
         [("United States", "Qatar", 8000), ("United States", "Bahrain", 7000)]),
    ],
)  # fmt: skip
def test_contingents_and_places_labelled_with_figures(ex, text, expected):
    """Figures in brackets after a state: a mission's contingents, or a force's places."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare level held by the owner told before ("it has"), and a strength told after the number.
        ("The US has 2,500 troops in Iraq. In Syria, it has about 900.",
         [("United States", "Iraq", 2500), ("United States", "Syria", 900)]),
        ("Spain's contingent in Latvia, about 600 strong, is the largest there.", [("Spain", "Latvia", 600)]),
        # "N-odd", "N-plus" are counts; a source ("according to Kyiv") is no place.
        ("The United States has 2,500-odd troops in Iraq.", [("United States", "Iraq", 2500)]),
        ("Around 10,000 Russian troops, according to Kyiv, are in Belarus.", [("Russia", "Belarus", 10000)]),
        # A step only tried states no level.
        ("The US has 5,000 troops in Italy. In 2019 the president sought to move about 2,000 troops out of Italy.",
         [("United States", "Italy", 5000)]),
    ],
)  # fmt: skip
def test_levels_held_by_a_pronoun_and_strengths_after_the_number(ex, text, expected):
    """ "it has about 900" after a figure; "about 600 strong" in apposition."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure naming no force, in a sentence that names again only the party told before.
        ("Chile began deploying its forces to Haiti on May 3, 2022. At first counting 700 troops drawn from"
         " both the Chile Army and the Chile Navy, the unit now patrols the capital.",
         [("Chile", "Haiti", 700)]),
        # The unit told before changed by itself to a level; its own country is where it comes from.
        ("Chile began deploying its forces to Haiti on May 3, 2022. At first counting 700 troops drawn from"
         " both the Chile Army and the Chile Navy, the contingent had risen to about 1,200 by December.",
         [("Chile", "Haiti", 700), ("Chile", "Haiti", 1200)]),
        ("Japan keeps 400 troops in Djibouti. By last year the force had risen to about 600.",
         [("Japan", "Djibouti", 400), ("Japan", "Djibouti", 600)]),
        # A world-list town closing a person's name ("Mark Austin") is no place of the troops.
        ("Britain will deploy about 600 soldiers to Latvia. “A first group of soldiers lands in May,” Mark Austin,"
         " the British envoy, told the radio on 4 May. “That is about 600 soldiers, like the unit we already"
         " keep there,” he said.",
         [("United Kingdom", "Latvia", 600)]),
    ],
)  # fmt: skip
def test_the_party_told_before_and_names_that_are_no_place(ex, text, expected):
    """Coreference to the party in context; a person's surname that a town shares is no place."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "men" count troops of the party the clause names, never of nobody.
        ("Peru currently has about 800 men in Haiti, its defence chief said.", [("Peru", "Haiti", 800)]),
        ("Peru sent troops to Haiti last year. About 300 armed men stormed a town near the border on Sunday.", []),
        # Military and police officers together are a deployment; police officers alone are not troops.
        ("In July 2023, Chile deployed 500 military and police officers to Haiti.", [("Chile", "Haiti", 500)]),
        ("Kenya sent 400 police officers to Haiti.", []),
        # A unit sized by the number before its owner's name.
        ("A 1,500-plus Kenyan force is now in Haiti.", [("Kenya", "Haiti", 1500)]),
        # Troops added go where the sentence before sent troops.
        ("On Monday the alliance announced it is sending extra troops to northern Kosovo. “Another 600 troops"
         " of the reserve will deploy,” NATO's chief told reporters in Oslo.",
         [("NATO", "Kosovo", 600)]),
        # The place follows the unit the troops belong to.
        ("The US is pulling an airborne brigade out of Poland. About 1,000 soldiers of the same brigade will,"
         " however, stay on Polish territory.", [("United States", "Poland", 1000)]),
        # The host's ministry speaks of its guests' cut: it holds nothing, it is where they are.
        ("Poland's defence ministry reported a cut of about 300 U.S. personnel from roughly 900, officials said.",
         [("United States", "Poland", 900)]),
        # A state's service is the state's force.
        ("The Marine Corps will send 2,200 personnel to Australia's Northern Territory this year.",
         [("United States", "Australia", 2200)]),
        ("The Royal Marines have 300 commandos in Norway.", [("United Kingdom", "Norway", 300)]),
        # Troops told as gone are a change, no level; the force they leave behind is cut to a level.
        ("About 2,000 U.S. troops have left Syria, reducing the force there to some 1,500.",
         [("United States", "Syria", 1500, "some (planned)")]),
        # A level spread across a region's countries is the region's.
        ("About 30,000 U.S. troops and civilian staff are deployed across several European countries.",
         [("United States", "Europe", 30000)]),
        # A unit sized by its personnel; a state named in the object of "leads" is no subject.
        ("Spain will station a 1,200-personnel support team in Latvia.", [("Spain", "Latvia", 1200)]),
        ("Norway leads Lithuania's battlegroup with about 900 soldiers stationed in Lithuania alongside Dutch"
         " forces.", [("Norway", "Lithuania", 900)]),
    ],
)  # fmt: skip
def test_men_and_officers_as_troops(ex, text, expected):
    """Nouns that count troops only in the right company: "men" of a named party, military officers."""
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    got = [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture]
    # as many fields as each expected item names (a qualifier only where it is the point)
    assert [g[: len(e)] for g, e in zip(got, expected, strict=False)] == expected and len(got) == len(expected)


def test_a_table_of_levels_by_country(ex):
    """Rows that open with a country and a bare number, after a sentence naming whose troops they count."""
    text = (
        "Where French soldiers are posted abroad. The figures are rounded.\n\n1. Chad: 1 000\n\n"
        "2. Djibouti: 1 500 The base hosts the largest contingent.\n\n3. Gabon: 350\n\n4. Mali: no figure"
    )
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == [
        ("France", "Chad", 1000), ("France", "Djibouti", 1500), ("France", "Gabon", 350)
    ]
    # Rows that count something else are no table of levels.
    facts = ex.extract(
        "US troops are stationed at these bases. Iraq: 1 200 attacks. Syria: 900 attacks. Jordan: 300 attacks.", id="x"
    )
    assert facts.troop_posture == ()
    # Labelled figures of no troops are no table of levels.
    facts = ex.extract("Figures released on Monday. Iraq: 5,000 displaced. Syria: 3,000. Jordan: 2,000.", id="x")
    assert facts.troop_posture == ()


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Britain keeps 900 troops in Eastern Europe.", "Eastern Europe"),
        ("France keeps 1,500 soldiers in West Africa.", "West Africa"),
        ("Italy keeps 700 soldiers in western Africa.", "western Africa"),
        ("The US has 3,000 troops in NATO's eastern flank.", "NATO's eastern flank"),
    ],
)
def test_regions_are_named_as_written(ex, text, where):
    """A sub-region keeps its own name (not its continent's); a possessive names a region's owner,
    not a country."""
    assert [c for _, c, _ in _levels(ex, text)] == [where]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of places by commas, and a further figure past the frame it is told in
        ("Spain has 600 soldiers in Latvia, 300 in Slovakia and 150 in Romania.",
         [("Spain", "Latvia", 600), ("Spain", "Slovakia", 300), ("Spain", "Romania", 150)]),
        ("Norway keeps 200 troops in Lithuania as part of an allied brigade, and a further 80 in Iraq.",
         [("Norway", "Lithuania", 200), ("Norway", "Iraq", 80)]),
        # a part of the place named: "the breakaway region of", "the northern part of", "the west of"
        ("About 900 Armenian soldiers are posted in the southern part of Georgia.", [("Armenia", "Georgia", 900)]),
        ("Chad keeps 1,000 troops in the west of Sudan.", [("Chad", "Sudan", 1000)]),
        ("Belarus keeps 700 troops in Russia's western Bryansk region.", [("Belarus", "Russia", 700)]),
        # "battle group" in two words; a leader named with "-led" is not the force when another is
        ("Poland joined the 1,100-strong Canadian-led NATO battle group in Latvia.", [("NATO", "Latvia", 1100)]),
        ("Spain leads a 900-strong battle group in Slovakia.", [("Spain", "Slovakia", 900)]),
        # a verb of a total; a place in apposition hosting the figure; a base named before
        ("Danish forces in Estonia total about 700.", [("Denmark", "Estonia", 700)]),
        ("The drones hit Camp Lemonnier in Djibouti, home to about 4,000 American troops.",
         [("United States", "Djibouti", 4000)]),
        ("Rockets hit Camp Lemonnier in Djibouti. About 4,000 US personnel are stationed at the base.",
         [("United States", "Djibouti", 4000)]),
        # an aside between the figure and its place, by dashes or commas
        ("Some 600 Dutch soldiers — a force that once counted 1,900 — remain in Lithuania.",
         [("Netherlands", "Lithuania", 600)]),
        ("About 400 Czech troops, the first of a larger unit, are in Slovakia.", [("Czech Republic", "Slovakia", 400)]),
        # the place of the troops "there", and "the country" told by its capital
        ("Ankara will cut its presence in Qatar. The number of Turkish troops there will fall from 5,000 to 3,000.",
         [("Turkey", "Qatar", 5000), ("Turkey", "Qatar", 3000)]),
        ("Paris and Bamako talked on Sunday. France still has about 500 soldiers in the country.",
         [("France", "Mali", 500)]),
        # "near" a town places the troops there; near a country does not
        ("About 300 Italian soldiers are based near Erbil.", [("Italy", "Iraq", 300)]),
        ("Turkey keeps 3,000 soldiers near Syria.", []),
        # the new level of a change whose former level carries its own troop word
        ("Belgium will raise its mission in Jordan from about 100 soldiers to 250.",
         [("Belgium", "Jordan", 100), ("Belgium", "Jordan", 250)]),
        # a level in apposition to a change planned: the level now
        ("Spain plans to halve the number of troops in Lebanon, currently about 600, next year.",
         [("Spain", "Lebanon", 600)]),
    ],
)  # fmt: skip
def test_lists_parts_asides_and_places_referred_to(ex, text, expected):
    """Commas list further places; a part of a place, an aside or a reference ("there", "the base",
    "the country") still finds where the troops are."""
    assert _levels(ex, text) == expected


def test_a_level_in_apposition_to_a_planned_change_is_standing(ex):
    facts = ex.extract("Spain plans to halve the number of troops in Lebanon, currently about 600, next year.",
                       id="x", published=date(2025, 4, 18))  # fmt: skip
    assert [p.qualifier for p in facts.troop_posture] == ["about"]


def test_a_regional_mission_serves_where_the_lexicon_places_it(ex):
    """A bloc's mission the lexicon places in a country is there; "UN troops" there stay the UN's."""
    assert _levels(ex, "The East African Community Regional Force has about 3,000 troops.") == [
        ("EACRF", "Democratic Republic of Congo", 3000)
    ]
    assert _levels(ex, "About 14,000 UN peacekeepers are deployed in Congo.") == [
        ("MONUSCO", "Democratic Republic of Congo", 14000)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops harmed, trained or attacking after the number: a toll, a class or a raid, no level
        ("About 3,000 Malian soldiers were trained in Spain last year.", []),
        ("Some 200 Chadian soldiers died in the fighting in Niger.", []),
        ("Over 50 Italian troops suffered minor injuries in Lebanon.", []),
        ("About 1,000 Wagner fighters stormed the town in Libya.", []),
        # an ordinal names a unit, not another figure before the place
        ("Some 1,200 US soldiers from the 3rd Infantry Division have arrived in Latvia.",
         [("United States", "Latvia", 1200)]),
        # a part of a force named ("of its", "of Spain's")
        ("Spain says 400 of its soldiers remain in Latvia.", [("Spain", "Latvia", 400)]),
        ("Around 300 of Italy's troops are in Kosovo.", [("Italy", "Kosovo", 300)]),
        # a level between dashes before its place; "is currently home to"
        ("Spain keeps a small contingent — about 300 soldiers — in Turkey.", [("Spain", "Turkey", 300)]),
        ("Djibouti is currently home to about 4,000 US troops.", [("United States", "Djibouti", 4000)]),
        # contingents labelled with their figures after the mission they serve, and "followed by"
        ("The largest contributors to UNIFIL are Spain (650 troops), Ghana (870) and Malaysia (830).",
         [("Spain", "Lebanon", 650), ("Ghana", "Lebanon", 870), ("Malaysia", "Lebanon", 830)]),
        ("Ghana is the largest contributor to UNIFIL, with about 870 troops, followed by Malaysia with 830.",
         [("Ghana", "Lebanon", 870), ("Malaysia", "Lebanon", 830)]),
    ],
)  # fmt: skip
def test_tolls_units_parts_and_contributors(ex, text, expected):
    """After the number, harm or training makes no level; a unit's ordinal is no other figure; a
    part of a force names it; a mission's contributors are its contingents where it serves."""
    assert _levels(ex, text) == expected


def test_a_people_beside_a_border_is_no_party_of_the_article(ex):
    """ "near the Ukrainian border" makes no Ukrainian force the article's main party."""
    assert _levels(ex, "About 2,000 soldiers of an airborne division are deployed to Romania near the Ukrainian border.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a sentence with troops, a pronoun's level or "their number" counts them
        ("Spain is sending troops to Latvia. It will deploy 600 by June.", [("Spain", "Latvia", 600)]),
        ("Italy keeps troops in Kosovo. Their number is about 700.", [("Italy", "Kosovo", 700)]),
        ("Canada is moving troops to Latvia. About 800 will go to Riga and 200 to Lithuania.",
         [("Canada", "Latvia", 800), ("Canada", "Lithuania", 200)]),
        # two figures of one place: the second's troops named by a party, or sharing the noun
        ("About 600 Dutch troops and 300 coalition personnel are in Lithuania.",
         [("Netherlands", "Lithuania", 600), ("US-led coalition", "Lithuania", 300)]),
        ("Some 600 Dutch and 300 Belgian soldiers are stationed in Lithuania.",
         [("Netherlands", "Lithuania", 600), ("Belgium", "Lithuania", 300)]),
        # a former level after a dash; a further place past brackets
        ("Spain has about 600 troops in Latvia – down from a peak of 1,000 last year.",
         [("Spain", "Latvia", 600), ("Spain", "Latvia", 1000)]),
        ("Spain has 600 soldiers in Latvia (mostly near Riga) and 300 in Slovakia.",
         [("Spain", "Latvia", 600), ("Spain", "Slovakia", 300)]),
        # the subject of a hosting verb is where, not a region named in its aside
        ("Camp Lemonnier, the largest US base in Africa, hosts about 4,000 US troops.",
         [("United States", "Djibouti", 4000)]),
    ],
)  # fmt: skip
def test_followers_coordinated_figures_and_hosts(ex, text, expected):
    """A figure refers to the troops of the sentence before; coordinated figures share a place or a
    noun; the subject of a hosting verb places the troops it hosts."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1,000 Russian instructors are in Mali.", [("Russia", "Mali", 1000)]),
        ("Turkey keeps about 200 trainers in Somalia.", [("Turkey", "Somalia", 200)]),
        ("About 1,000 instructors are in Mali.", []),  # of no party the clause names
        ("Some 400 flight instructors work in Qatar.", []),
    ],
)  # fmt: skip
def test_instructors_and_trainers_of_a_named_party(ex, text, expected):
    """Instructors and trainers alone count as troops only of a party their clause names, as "men"."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 800 Cuban troops are in Venezuela.", [("Cuba", "Venezuela", 800)]),
        ("About 300 Gabonese soldiers serve in the Central African Republic.",
         [("Gabon", "Central African Republic", 300)]),
        ("About 200 New Zealander troops are in Iraq.", [("New Zealand", "Iraq", 200)]),
    ],
)  # fmt: skip
def test_peoples_of_states_the_world_list_names_without_adjectives(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain keeps troops in Latvia. Madrid has about 600 there.", [("Spain", "Latvia", 600)]),
        ("Italy is sending troops to Kosovo. Rome will deploy another 300 by May.", [("Italy", "Kosovo", 300)]),
        ("Russia said its troops attacked. Moscow fired 120 at the city.", []),
    ],
)  # fmt: skip
def test_a_named_party_holding_a_bare_figure_after_its_troops(ex, text, expected):
    """After a sentence with troops, a party named as the subject holds or moves the bare figure."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit sized by a bare figure: "a brigade of", "a battalion of", "a strength of"
        ("Poland will base a brigade of 3,500 in Latvia.", [("Poland", "Latvia", 3500)]),
        ("Greece keeps a battalion of 450 in Kosovo.", [("Greece", "Kosovo", 450)]),
        ("UNMISS has a strength of 13,000.", [("UNMISS", "South Sudan", 13000)]),
        ("The brigade of 900 tanks reached Latvia.", []),
        # the noun: "military and police personnel", "defence force personnel", a four-word force name
        ("At its peak MINUSMA had 13,000 military and police personnel.", [("MINUSMA", "Mali", 13000)]),
        ("Australia will withdraw its 110 defence force personnel from Iraq.", [("Australia", "Iraq", 110)]),
        ("Some 80 New Zealand Defence Force personnel are in Iraq.", [("New Zealand", "Iraq", 80)]),
        # a change told as a headline, by halving or doubling, by force levels
        ("Spain to cut troops in Latvia to 400", [("Spain", "Latvia", 400)]),
        ("Denmark will halve its forces in Estonia to about 100.", [("Denmark", "Estonia", 100)]),
        ("The move takes Dutch force levels in Lithuania to 850.", [("Netherlands", "Lithuania", 850)]),
        # money or other things totalled in a sentence with troops are no level
        ("Dutch troops in Lithuania cost more; the total is 900 million euros.", []),
        # a further place past a phrase in apposition to the first
        ("Italy keeps 1,000 soldiers in Lebanon, its largest mission abroad, and some 300 in Kosovo.",
         [("Italy", "Lebanon", 1000), ("Italy", "Kosovo", 300)]),
    ],
)  # fmt: skip
def test_units_sized_by_a_bare_figure_nouns_and_changes(ex, text, expected):
    """A unit noun before "of" sizes a force by a bare figure; longer troop nouns and force names;
    changes told without a determiner, by halving or by force levels."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state that has another state's troops is their host
        ("Hungary has about 800 German troops on its soil.", [("Germany", "Hungary", 800)]),
        ("Slovakia, which has some 700 Czech soldiers, is calm.", [("Czech Republic", "Slovakia", 700)]),
        ("Bulgaria will host 1,200 Italian soldiers.", [("Italy", "Bulgaria", 1200)]),
        ("Latvia said it would host 600 Swedish troops.", [("Sweden", "Latvia", 600)]),
        # a state asking another to withdraw its troops, with no place told, is their host
        ("Sudan asked Egypt to withdraw its 2,000 soldiers.", [("Egypt", "Sudan", 2000)]),
        ("Gabon's transitional government has formally asked France to pull out its 350 troops.",
         [("France", "Gabon", 350)]),
        ("The pro-Russia leader Ivan Petrov asked Britain to withdraw 300 soldiers.", []),
        # a relative clause tells its own subject; a place after a preposition does not own "its"
        ("Mali cut ties with France, which had about 2,400 soldiers in the country.", [("France", "Mali", 2400)]),
        ("UNFICYP, the UN force that patrols the line between Greece and Turkey on Cyprus, said its 800 troops would stay.",
         [("UNFICYP", "Cyprus", 800)]),
        # "adding to" is no holding verb of the speaker
        ("Iran has sent 500 more fighters to Syria, Israel's military said, adding to the 2,000 fighters it sent in May.",
         [("Iran", "Syria", 500), ("Iran", "Syria", 2000)]),
        # troops in a mission are where it serves; "the region" after a region of a country named
        ("Ghana has about 800 soldiers in UNIFIL.", [("Ghana", "Lebanon", 800)]),
        ("The mission in Congo is MONUSCO. Uruguay has about 900 soldiers in the mission.",
         [("Uruguay", "Democratic Republic of Congo", 900)]),
        ("Armenia wants Russia out of Nagorno-Karabakh. About 1,900 Russian troops were sent to the region.",
         [("Russia", "Azerbaijan", 1900)]),
        # leaving one place for another, troops are counted where they go; a call-up is no deployment
        ("About 200 U.S. Marines left Okinawa for Guam.", [("United States", "Guam", 200)]),
        ("Turkey keeps 3,000 troops in Qatar. Turkey has called up 50,000 reservists.", [("Turkey", "Qatar", 3000)]),
        # a number closing a name is no other figure between a level and its place
        ("About 600 French troops were at Air Base 101 in Niamey.", [("France", "Niger", 600)]),
    ],
)  # fmt: skip
def test_hosts_askers_relative_clauses_and_missions_as_places(ex, text, expected):
    """Whose and where when two states are named: the host that has or will host another's troops,
    the state asking another to withdraw, a relative clause's own subject; a mission named as the
    place is where it serves, "the region" a region of a country named before."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MINUSCA's largest troop contributors are Rwanda (2,100), Pakistan (1,300) and Egypt (1,000).",
         [("Rwanda", "Central African Republic", 2100), ("Pakistan", "Central African Republic", 1300),
          ("Egypt", "Central African Republic", 1000)]),
        ("Troops for UNMISS come from Rwanda (2,600 troops) and Nepal (1,700 troops).",
         [("Rwanda", "South Sudan", 2600), ("Nepal", "South Sudan", 1700)]),
        ("The largest contributors to UNFICYP are Argentina, with 240 troops, Slovakia, with 240, and Britain, with 250.",
         [("Argentina", "Cyprus", 240), ("Slovakia", "Cyprus", 240), ("United Kingdom", "Cyprus", 250)]),
        # brackets of no troops, or of no mission, are no list of contingents
        ("UNIFIL troops patrol near Naqoura (2,000 residents) and Tyre (1,000).", []),
    ],
)  # fmt: skip
def test_a_missions_contributors_listed_with_their_figures(ex, text, expected):
    """A list of parties each with its figure, in a sentence with troops naming a mission, gives
    each party's contingent where the mission serves."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host in any tense ("was home to", "has long been home to")
        ("Gabon was home to some 400 Belgian troops.", [("Belgium", "Gabon", 400)]),
        ("Senegal has long been home to about 500 Portuguese soldiers.", [("Portugal", "Senegal", 500)]),
        # a bare figure after "where", the level before they left
        ("The last Dutch soldiers left Chad, where about 150 had been stationed.", [("Netherlands", "Chad", 150)]),
        # a state's contingent in apposition to its figure, not the mission it serves
        ("The Polish contingent in Lebanon, about 250 soldiers, serves with UNIFIL.", [("Poland", "Lebanon", 250)]),
        # an owner's unit named by where it serves: that place is where, the owner holds them
        ("Spain's Latvia contingent of about 600 troops will be relieved in May.", [("Spain", "Latvia", 600)]),
        # a presence sized by its strength; civilians counted with the military
        ("The Italian army's 300-strong presence in Kosovo will grow.", [("Italy", "Kosovo", 300)]),
        ("About 700 Canadian military and civilian personnel are in Latvia.", [("Canada", "Latvia", 700)]),
        # troops called in from reserve are a level as any others
        ("KFOR will add 400 reserve troops in Kosovo.", [("KFOR", "Kosovo", 400)]),
        # a region the gazetteer names, as a destination too
        ("Britain has sent about 600 troops to the Caribbean.", [("United Kingdom", "Caribbean", 600)]),
    ],
)  # fmt: skip
def test_hosts_in_any_tense_appositions_and_owned_units(ex, text, expected):
    """Whose and where read from a host's tense, a state's contingent in apposition, an owner's unit
    named by its place, a strength of presence, and a region as destination."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several states' troops in one figure: their alliance's, named in the sentence or before it
        ("Germany leads the battlegroup in Lithuania, with Dutch, Czech and Norwegian forces, totalling about 1,600 under NATO.",
         [("NATO", "Lithuania", 1600)]),
        ("Some 3,000 soldiers from Armenia and other CSTO states were flown to Kyrgyzstan.", [("CSTO", "Kyrgyzstan", 3000)]),
        ("ATMIS is ending. Around 5,000 troops from Burundi, Djibouti and Ethiopia remain in Somalia.",
         [("ATMIS", "Somalia", 5000)]),
        # with no alliance named, such a figure is no one state's
        ("About 2,000 Ghanaian and Nigerian soldiers are in Gambia.", []),
        # two figures, each its own state's, are no joint figure
        ("About 800 Dutch and 600 Belgian troops are in Lithuania.", [("Netherlands", "Lithuania", 800), ("Belgium", "Lithuania", 600)]),
    ],
)  # fmt: skip
def test_a_joint_figure_of_several_states_is_their_alliances(ex, text, expected):
    """A figure for troops of several states (a list of them with the troop noun, or "from" a list)
    is the alliance's or mission's named in its sentence or before, never the first or last state's."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change whose levels carry their years
        ("Chad's force in Niger has grown from 800 in 2022 to about 1,400 now.", [("Chad", "Niger", 800), ("Chad", "Niger", 1400)]),
        # the next step of a change told by "That"
        ("Sweden has about 950 soldiers in Latvia. That will fall to 750 in January and to 450 by July.",
         [("Sweden", "Latvia", 950), ("Sweden", "Latvia", 750), ("Sweden", "Latvia", 450)]),
        # a cap or ceiling of a force is a level
        ("Italy keeps about 1,600 troops in Lebanon, under a ceiling of 1,800 set by parliament.",
         [("Italy", "Lebanon", 1600), ("Italy", "Lebanon", 1800)]),
        # troops counted with police
        ("New Zealand has about 120 police and soldiers in Tonga.", [("New Zealand", "Tonga", 120)]),
        # a base or the capital of the country told before
        ("Madrid will end its mission in Senegal by June. The Spanish army now has about 150 soldiers at its air transport base in the capital.",
         [("Spain", "Senegal", 150)]),
        # a unit kept at home is no deployment
        ("Some 300 Belgian soldiers are based in Romania, and a further battalion of about 600 will be held ready at home.",
         [("Belgium", "Romania", 300)]),
        # missions the lexicon names: where they serve
        ("UNAMID still had about 4,000 personnel when its mandate ended.", [("UNAMID", "Sudan", 4000)]),
        ("The Gang Suppression Force is to reach 5,550 personnel in Haiti.", [("Gang Suppression Force", "Haiti", 5550)]),
    ],
)  # fmt: skip
def test_changes_by_steps_ceilings_police_bases_and_missions(ex, text, expected):
    """A change whose levels carry their years or a next step, a ceiling, troops with police, a base
    of the country told before, a unit kept at home, and missions by their names."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host asking for their withdrawal, or wanting them out of "the country"
        ("Mali has asked for the withdrawal of some 1,200 Chadian soldiers.", [("Chad", "Mali", 1200)]),
        ("Bamako wants all 1,200 Chadian troops out of the country by March.", [("Chad", "Mali", 1200)]),
        # "our" troops in a quote are the speaker's state's
        ('"Our 1,100 soldiers will stay in Kosovo," Austria\'s defence minister said.', [("Austria", "Kosovo", 1100)]),
        # "we" holding or sending them in a quote: the speaker's state, however the attribution names it
        ('"We have 700 soldiers in Latvia," Norway\'s defence minister said.', [("Norway", "Latvia", 700)]),
        ('"We will send 400 more troops to Latvia," said Ulf Kristersson, the Swedish prime minister.',
         [("Sweden", "Latvia", 400)]),
        ('"We\'re sending about 300 soldiers to Latvia," the Danish premier said.', [("Denmark", "Latvia", 300)]),
        # controls: troops "we" host are another's; those "we" lost or trained are no level
        ('"We host 9,000 American troops," Romania\'s president said.', [("United States", "Romania", 9000)]),
        ('"We lost 300 soldiers near the river," Ukraine\'s defence minister said.', []),
        ('"We trained 4,000 soldiers in Latvia," Norway\'s defence minister said.', []),
    ],
)  # fmt: skip
def test_hosts_asking_and_the_speakers_own(ex, text, expected):
    """A host asking for their withdrawal or wanting them out of the country is where the troops are;
    "our" troops in a quote, or those "we" hold or send, are the speaker's state's."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("published", "mission"),
    [(date(2023, 6, 1), "ATMIS"), (date(2025, 6, 1), "AUSSOM")],
)
def test_a_bodys_troops_are_the_mission_serving_when_the_article_was_published(ex, published, mission):
    """Where missions serve one country in turn, a body's troops there ("African Union troops in
    Somalia") are the mission serving in the year the article was published."""
    for text in ("About 11,000 African Union troops are deployed in Somalia.",
                 "The African Union force in Somalia has about 11,000 soldiers."):  # fmt: skip
        facts = ex.extract(text, id="x", published=published)
        assert [(p.force, p.country, p.count) for p in facts.troop_posture] == [(mission, "Somalia", 11000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deployment to Hungary of 400 Italian troops was approved on Friday.", [("Italy", "Hungary", 400)]),
        ("The withdrawal from Chad of some 300 Dutch soldiers ended in May.", [("Netherlands", "Chad", 300)]),
    ],
)  # fmt: skip
def test_a_moves_place_named_before_its_figure(ex, text, expected):
    """A deployment or withdrawal names its place before "of" and the figure."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 150 NATO soldiers from Portugal will join KFOR in Kosovo.", [("NATO", "Kosovo", 150)]),
        ("Some 200 NATO troops from Hungary are stationed in Kosovo.", [("NATO", "Kosovo", 200)]),
        # troops taken away from a place are still counted there
        ("Spain will withdraw 300 troops from Latvia.", [("Spain", "Latvia", 300)]),
    ],
)  # fmt: skip
def test_troops_from_a_state_serving_elsewhere(ex, text, expected):
    """ "Troops from X" who join, serve or are stationed elsewhere are counted where they serve."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's room for troops, told after the figure in the passive or before it as "capable of"
        ("As many as 1,500 Turkish soldiers can be based at the Somali camp.", []),
        ("Some 4,000 Dutch soldiers could be housed at the new base in Lithuania.", []),
        ("Turkey has 3,000 troops in Somalia and a port in Sudan capable of housing 9,000 more.",
         [("Turkey", "Somalia", 3000)]),
        ("Some 1,500 Turkish troops are stationed at the camp in Somalia.", [("Turkey", "Somalia", 1500)]),
        # turns taken over years, counted as a sum: no level at any moment
        ("Since 2003, more than 12,000 Fijian soldiers have served in Lebanon.", []),
        ("Over the past two decades, about 20,000 Irish troops have rotated through Lebanon.", []),
        ("Some 4,000 Ghanaian soldiers have served in Liberia over the years.", []),
        ("In the last ten years, Mongolia has sent some 4,000 soldiers in all to South Sudan.", []),
        ("A total of 8,000 Nepali peacekeepers have taken part in the mission in Lebanon since 1978.", []),
        # a level held since a date is a level
        ("France has kept 1,000 soldiers in Chad since 1986.", [("France", "Chad", 1000)]),
        ("Some 900 US troops have been stationed in Syria since 2015.", [("United States", "Syria", 900)]),
        ("About 1,000 Irish soldiers serve in Lebanon, where Ireland has taken part since 1978.",
         [("Ireland", "Lebanon", 1000)]),
    ],
)  # fmt: skip
def test_capacities_and_turns_summed_over_years_are_no_levels(ex, text, expected):
    """A base's room for troops (GUIDE: base capacities are not troop levels), and soldiers who took
    turns over a span of years ("have served since 2003", "over the past decade"), state no level."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one figure spread over several countries is the level of none of them
        ("About 900 Spanish soldiers serve in Lebanon, Latvia, Turkey and Iraq.", []),
        ("Chile keeps about 500 soldiers in Haiti and Cyprus.", []),
        ("Around 600 Dutch soldiers are spread across Lithuania, Romania and Slovakia.", []),
        ("The US keeps 2,500 troops in Iraq and Syria to fight ISIS.", []),
        # not a list of places: each figure its own place, a place within the country, a clause after it
        ("The US has 2,500 troops in Iraq and 900 in Syria.", [("United States", "Iraq", 2500), ("United States", "Syria", 900)]),
        ("The US has 2,500 troops in Iraq and its Kurdistan region.", [("United States", "Iraq", 2500)]),
        # (the clause's host holds a share of the same troops: a level of its own)
        ("France has 1,500 troops in Niger, and Chad hosts 1,000 more.",
         [("France", "Niger", 1500), ("France", "Chad", 1000)]),
        ("Egypt keeps 4,000 soldiers in Gaza and the West Bank.", [("Egypt", "Palestine", 4000)]),
        # told "each", every place listed holds the level
        ("The US will act. Troop levels in Afghanistan and Iraq will be cut to 2,500 each.",
         [("United States", "Afghanistan", 2500), ("United States", "Iraq", 2500)]),
    ],
)  # fmt: skip
def test_a_figure_spread_over_a_list_of_countries(ex, text, expected):
    """A figure told in a list of countries ("in Lebanon, Latvia and Iraq") counts troops spread over
    them all, no one country's level; a place joined to a place is no party holding the troops."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "there" as the place the figure's own verb puts it, past the words telling whose the troops are
        ("Ankara opened a camp in Qatar. Today 150 soldiers of the Turkish army are posted there, "
         "and the ministry hopes to add tanks.", [("Turkey", "Qatar", 150)]),
        ("Britain opened a base in Oman. About 300 soldiers of the British Army's Royal Regiment are now "
         "stationed there, officials told Reuters.", [("United Kingdom", "Oman", 300)]),
        # a unit's owner after it; the place left told with a time before where they go
        ("Some 240 soldiers of the 7th Brigade of the Rwandan Army on Friday left Kigali for the Darfur "
         "region of Sudan.", [("Rwanda", "Sudan", 240)]),
        ("About 300 soldiers of a battalion from the Kenyan army arrived in Haiti on Tuesday.", [("Kenya", "Haiti", 300)]),
        ("France is ending its mission. About 600 French troops left Mali in August for Chad.", [("France", "Chad", 600)]),
        ("France is ending its mission. About 600 French troops left Mali on Monday.", [("France", "Mali", 600)]),
        # a host told with an adverb, or in the passive
        ("Poland now hosts about 10,000 American soldiers.", [("United States", "Poland", 10000)]),
        ("Some 10,000 US troops are hosted by Qatar.", [("United States", "Qatar", 10000)]),
        # a list going on from a host: further hosts of the same force, not further forces
        ("Oman hosts 1,200 British troops, Kenya 800 and Cyprus 2,300.",
         [("United Kingdom", "Oman", 1200), ("United Kingdom", "Kenya", 800), ("United Kingdom", "Cyprus", 2300)]),
        ("Latvia hosts about 900 Canadian soldiers, Estonia some 700.",
         [("Canada", "Latvia", 900), ("Canada", "Estonia", 700)]),
        # control: a list going on from a contributor names further contributors
        ("Ghana sends 800 soldiers to UNIFIL, Nepal 850 and Fiji 150.",
         [("Ghana", "Lebanon", 800), ("Nepal", "Lebanon", 850), ("Fiji", "Lebanon", 150)]),
        # members of a unit are its soldiers; members of anything else are not
        ("The US will reinforce Europe. Some 300 members of the XVIII Airborne Corps went to Germany.",
         [("United States", "Germany", 300)]),
        ("About 250 members of the Italian armed forces are deployed in Latvia.", [("Italy", "Latvia", 250)]),
        ("About 250 members of the parliament travelled to Latvia.", []),
        # what is left behind of the troops told, the place they leave being no holder
        ("Washington is to pull its forces out of Afghanistan next year, with some 700 of them left "
         "behind to guard the embassy.", [("United States", "Afghanistan", 700)]),
    ],
)  # fmt: skip
def test_owners_of_units_hosts_and_troops_left_behind(ex, text, expected):
    """Whose troops a unit's name tells ("of the Rwandan Army"), where "there" and a host put them
    ("are based there", "are hosted by Qatar", "now hosts"), and a bare figure "left behind"."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit sized as "N membered"
        ("A 650 membered Nepali contingent serves with UNIFIL.", [("Nepal", "Lebanon", 650)]),
        # an aside between the subject and any verb of holding or sending, however long
        ("Spain, long the largest contributor to the UN force in Lebanon, pledged only 200 soldiers.",
         [("Spain", "Lebanon", 200)]),
        ("The UN force in Lebanon, enlarged after the last war to watch the truce between the two sides, "
         "now has some 9,400 troops.", [("UNIFIL", "Lebanon", 9400)]),
        # a state's own region named after its possessive is where the troops are
        ("About 500 Turkish soldiers serve in Libya's Tripoli.", [("Turkey", "Libya", 500)]),
        ("Some 300 Mongolian soldiers are serving in Sudan's Darfur, Mali and Chad.", []),
    ],
)  # fmt: skip
def test_sized_units_long_asides_and_a_states_own_region(ex, text, expected):
    """ "A 650 membered contingent", a subject past a long aside ("Spain, long the largest
    contributor ..., pledged 200"), and "in Sudan's Darfur" as a place in Sudan."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other names of soldiers
        ("About 2,000 US military members are in Syria.", [("United States", "Syria", 2000)]),
        ("About 2,000 American GIs are in Syria.", [("United States", "Syria", 2000)]),
        ("The US has about 2,000 boots on the ground in Syria.", [("United States", "Syria", 2000)]),
        ("The US will keep 2,000 boots in storage in Poland.", []),
        ("About 2,000 American club members are in Syria.", []),
        # the region a set of countries makes up
        ("Some 5,100 French soldiers are spread across five countries of the Sahel.", [("France", "Sahel", 5100)]),
        # the owner named in the level's own phrase, whatever subject the clause before has
        ("When Sierra Leone arrives, the strength of the AMISOM force will stand at 18,200 personnel.",
         [("ATMIS", "Somalia", 18200)]),
        ("After Chad joins, the number of MINUSMA soldiers is expected to be about 13,000 personnel.",
         [("MINUSMA", "Mali", 13000)]),
        ("As Britain leaves, the strength of the UNIFIL force will be about 10,000 personnel.",
         [("UNIFIL", "Lebanon", 10000)]),
    ],
)  # fmt: skip
def test_other_names_of_soldiers_the_region_of_a_set_of_countries_and_a_levels_owner(ex, text, expected):
    """ "military members", "GIs", "boots on the ground" count soldiers; "across five countries of
    the Sahel" places them in the region those countries make up; "the strength of the AMISOM force
    will stand at" is the mission's level, not that of a state named before it."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure held by a pair of states is neither's; their mission's when it is named
        ("Ghana and Togo said they have pledged 1,200 extra soldiers to the force in Mali.", []),
        ("Kenya and Uganda will send 5,000 troops to Somalia.", []),
        ("Kenya and Uganda will send 5,000 troops to AMISOM in Somalia.", [("ATMIS", "Somalia", 5000)]),
        ("Alongside Kenya and Uganda, Ethiopia will send 2,000 troops to Somalia.", [("Ethiopia", "Somalia", 2000)]),
        # a name joined to a place by "and" with a verb of its own opens its own clause
        ("Kenya has 3,000 soldiers in Somalia and Uganda has 6,000.", [("Kenya", "Somalia", 3000), ("Uganda", "Somalia", 6000)]),
    ],
)  # fmt: skip
def test_figures_of_a_pair_of_states_and_a_clause_after_a_place(ex, text, expected):
    """ "Kenya and Uganda will send 5,000 troops": one figure for two states is neither's (their
    mission's, when named); "... in Somalia and Uganda has 6,000" is Uganda's, not one more place."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops named as the subject, changed by themselves to a level, or reaching it
        ("US troops in Poland will increase to 5,500 next year.", [("United States", "Poland", 5500)]),
        ("The Kenyan soldiers in Somalia have reached more than 3,000.", [("Kenya", "Somalia", 3000)]),
        ("American forces in Iraq will shrink to 2,000 by the spring.", [("United States", "Iraq", 2000)]),
        ("French soldiers in Chad fell to about 1,000 last year.", [("France", "Chad", 1000)]),
        ("The Danish contingent in Latvia is expected to reach 800 troops in 2026.", [("Denmark", "Latvia", 800)]),
        # reaching a count of something else is no level
        ("Russian troops have reached 30 villages in the region.", []),
        ("Israeli troops in Gaza have reached the outskirts of the city.", []),
    ],
)  # fmt: skip
def test_troops_as_the_subject_of_a_change_to_a_level(ex, text, expected):
    """ "US troops in Poland will increase to 5,500": the subject's troops, their owner and place in
    the subject, the level the verb brings them to; not "have reached 30 villages"."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops on the move are counted where they go, also after "from the"
        ("About 1,200 US troops will deploy from the United States to Romania.", [("United States", "Romania", 1200)]),
        ("Some 800 Dutch soldiers left the Netherlands for Lithuania.", [("Netherlands", "Lithuania", 800)]),
        # the level now, written "the current", then the new one
        ("Britain's troops in Germany will be cut from the current 3,000 to 2,000.",
         [("United Kingdom", "Germany", 3000), ("United Kingdom", "Germany", 2000)]),
        # a camp the gazetteer lacks lies in the country its sentence fronts, not the article's
        ("Britain keeps 500 troops in Estonia. In Kenya, some 300 British soldiers are at Camp Nyati.",
         [("United Kingdom", "Estonia", 500), ("United Kingdom", "Kenya", 300)]),
        # the region a number of countries makes up
        ("France has 700 soldiers in the UAE. The US has about 40,000 troops in 14 Middle Eastern countries.",
         [("France", "United Arab Emirates", 700), ("United States", "Middle East", 40000)]),
        # troops the world over, and the size of any one unit of a kind, are no place's level
        ("Spain has 600 troops in Latvia. Of 3,000 Spanish troops deployed worldwide, half are in Africa.",
         [("Spain", "Latvia", 600)]),
        ("The US has 1,500 troops in Djibouti. Each brigade has about 4,000 soldiers.", [("United States", "Djibouti", 1500)]),
    ],
)  # fmt: skip
def test_where_moving_troops_go_a_fronted_country_and_no_place_at_all(ex, text, expected):
    """ "deploy from the United States to Romania" places them in Romania; "In Kenya, ... at Camp
    Nyati" in Kenya; "in 14 Middle Eastern countries" in the Middle East; "worldwide" and "each
    brigade has" in no one place."""
    assert _levels(ex, text) == expected


def test_a_heading_places_the_figures_below_it(ex):
    """A list by country under headings ("KUWAIT", "- Bases in Djibouti"): each figure that names no
    place of its own is the heading's, not the country told in the sentence before."""
    text = (
        "Where American troops serve in the Gulf.\n"
        "KUWAIT\n"
        "Some 9,500 American soldiers serve in the country.\n"
        "QATAR\n"
        "Roughly 3,000 American soldiers are based here.\n"
        "- Bases in Djibouti\n"
        "Several countries have bases in the country.\n"
        "France has around 1,500 soldiers.\n"
    )
    assert _levels(ex, text) == [
        ("United States", "Kuwait", 9500),
        ("United States", "Qatar", 3000),
        ("France", "Djibouti", 1500),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure its clause places nowhere is where its own sentence puts troops, not where the last did
        ("Italy keeps 900 troops in Lebanon. Its first mission to Iraq began in 2003 when 300 soldiers were sent.",
         [("Italy", "Lebanon", 900), ("Italy", "Iraq", 300)]),
        ("Poland has 200 troops in Latvia. The move of Polish troops into Lithuania ended after 150 soldiers arrived.",
         [("Poland", "Latvia", 200), ("Poland", "Lithuania", 150)]),
        # not a place told before a comma: "Speaking in Rome, ..." is where the speaker is
        ("Italy keeps 900 troops in Lebanon. Speaking in Rome, the minister said 400 soldiers would stay.",
         [("Italy", "Lebanon", 900)]),
    ],
)  # fmt: skip
def test_a_figure_placed_by_its_own_sentence(ex, text, expected):
    """ "Its first mission to Iraq began in 2003 when 300 soldiers were sent": the figure names no
    place, its sentence does (Iraq); the place of the sentence before (Lebanon) is not it."""
    assert _levels(ex, text) == expected


def test_a_table_of_contributors_to_one_place(ex):
    """Rows "Germany: 200 soldiers." under a line that names a place and no owner ("foreign troops in
    Iraq, by country") are each contributor's level in that place, not a level in the row's state;
    under a line naming the owner they stay places ("Where the US keeps its troops")."""
    contributors = "Here are the foreign troops in Iraq, by country:\nGermany: 150 soldiers.\nItaly: 450 troops.\nUK: 300 soldiers.\n"
    assert _levels(ex, contributors) == [("Germany", "Iraq", 150), ("Italy", "Iraq", 450), ("United Kingdom", "Iraq", 300)]
    places = "Where the US keeps its troops in the Gulf:\nQatar: 9,000 troops.\nKuwait: 12,000 troops.\nUAE: 4,000 troops.\n"
    assert _levels(ex, places) == [
        ("United States", "Qatar", 9000),
        ("United States", "Kuwait", 12000),
        ("United States", "United Arab Emirates", 4000),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the former level told after the new one, then when the change comes
        ("Washington will bring its Syria garrison down to 1,000 from 2,000 by the autumn.",
         [("United States", "Syria", 1000), ("United States", "Syria", 2000)]),
        ("Paris will shrink its force in Chad to 1,000 from 1,500 by December.",
         [("France", "Chad", 1000), ("France", "Chad", 1500)]),
        ("Berlin will raise its contingent in Lithuania to 4,800 from 1,000 over the next three years.",
         [("Germany", "Lithuania", 4800), ("Germany", "Lithuania", 1000)]),
        ("Italy will lower its troops in Lebanon to 900 from 1,100 next year.",
         [("Italy", "Lebanon", 900), ("Italy", "Lebanon", 1100)]),
        # a long name of the unit changed, between the verb and "from ... to ..."
        ("Poland wants to expand its share of the multinational stabilisation force deployed in Kosovo"
         " from 300 to 500 soldiers.", [("Poland", "Kosovo", 300), ("Poland", "Kosovo", 500)]),
        # a bare "from" after the figure is still where troops come from, not a level
        ("Kenya will send 1,000 police officers and 400 soldiers from Nairobi by air next week to Haiti.",
         [("Kenya", "Haiti", 400)]),
    ],
)  # fmt: skip
def test_a_change_told_with_its_time_or_a_long_unit_name(ex, text, expected):
    """ "to 1,000 from 2,000 by the autumn": the former level is read though a time follows it, and
    "expand its share of <a long name> in X from A to B" is a change however long the name."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject holds its unit's level though a chain of verbs stands between them
        ("The US will cut its troops. Norway has now decided that it will expand its battalion in Lithuania"
         " from 200 to 350 soldiers.", [("Norway", "Lithuania", 200), ("Norway", "Lithuania", 350)]),
        ("France sent troops to Mali. Kazakhstan has agreed to double its peacekeeping battalion in Lebanon"
         " to 800 soldiers.", [("Kazakhstan", "Lebanon", 800)]),
        ("Spain keeps 600 troops in Latvia. Britain said on Tuesday that it has decided to expand its"
         " battlegroup in Estonia to about 1,800 soldiers.", [("Spain", "Latvia", 600), ("United Kingdom", "Estonia", 1800)]),
        # troops told with their wounds are a toll, whoever is near
        ("Tehran's rockets hit an airfield in Iraq where Americans are based and sent some 60 troops to hospital with head injuries.", []),
        ("The blast at the camp in Syria left about 80 US soldiers with minor wounds.", []),
    ],
)  # fmt: skip
def test_a_subject_far_from_its_units_level_and_troops_with_wounds(ex, text, expected):
    """ "Norway has now decided that it will expand its battalion in Lithuania from 200": the subject whose unit
    the figure sizes, though its verbs run on; "60 troops ... with head injuries" is a toll, no level."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanzanian units will operate beside a Ugandan army battalion of some 700 men stationed near"
         " Goma.", [("Uganda", "Democratic Republic of Congo", 700)]),
        ("Polish troops will serve with a British battlegroup of 900 soldiers in Estonia.",
         [("United Kingdom", "Estonia", 900)]),
        ("Tanzanian units will operate beside Kenya's battalion of some 600 men near Goma.",
         [("Kenya", "Democratic Republic of Congo", 600)]),
        ("Ugandan soldiers will work alongside a French battalion of 600 troops in Mali.", [("France", "Mali", 600)]),
    ],
)  # fmt: skip
def test_the_owner_named_in_the_unit_a_figure_sizes(ex, text, expected):
    """ "operate beside a Ugandan army battalion of some 700 men": the owner named in the unit's
    own phrase holds the figure, not the subject of the clause (Tanzania)."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level told by its bound
        ("The number of Russian soldiers posted in Transnistria does not exceed 450.", [("Russia", "Moldova", 450, "no more than")]),
        ("The number of US troops in Syria now exceeds 2,000.", [("United States", "Syria", 2000, "more than")]),
        # soldiers and police as one noun, whose they are after it
        ("Officials in Maputo said about 800 soldiers and police from Burundi were now in Mozambique.",
         [("Burundi", "Mozambique", 800, "about")]),
        ("Some 2,000 troops and police from Burundi serve in Somalia.", [("Burundi", "Somalia", 2000, "some")]),
        # a long phrase between "the number of" troops and its level
        ("The number of US troops in Iraq, which has fluctuated over the past two years, is about 2,500.",
         [("United States", "Iraq", 2500, "about")]),
        ("The number of American troops stationed at the main bases in northeastern Syria has now fallen to about 900.",
         [("United States", "Syria", 900, "about")]),
    ],
)  # fmt: skip
def test_bounds_soldiers_with_police_and_a_long_number_of(ex, text, expected):
    """ "does not exceed 450" is a level with its bound; "800 soldiers and police from Burundi" are
    Burundi's; "the number of US troops in Iraq, which has fluctuated ..., is about 2,500" a level."""
    facts = ex.extract("The officials spoke on Monday. " + text, id="x")
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops "from" states are theirs: those states are no place for a later figure told "there"
        ("Peacekeepers from Nepal and India patrol the area. Italy has 1,100 soldiers there.", []),
        ("Ghana's battalion takes over from the troops from Nepal and Ireland. It will serve beside some 400"
         " soldiers from Fiji in the Golan Heights.", [("Fiji", "Syria", 400)]),
        # but troops moved "from" a place left it: it stays the place
        ("France is withdrawing its troops from Mali. About 2,000 will remain until June.", [("France", "Mali", 2000)]),
        ("The US has begun pulling its troops from Syria. Some 900 are still stationed there.",
         [("United States", "Syria", 900)]),
    ],
)  # fmt: skip
def test_troops_from_states_name_no_place(ex, text, expected):
    """ "the troops from Nepal and Ireland" names whose troops, not where a later figure stands."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    "dateline",
    ["ROME, March 3, 2025 -- ", "ROME, 3 March 2025 - ", "Rome, March 3 (Wire) - ", "ROME (Wire) - "],
)
def test_a_datelines_capital_is_not_the_force(ex, dateline):
    """A dateline's town is where the reporter files from, dated or not: a capital there is no
    government speaking, and the force the sentence names keeps the level."""
    text = dateline + "The UN mission has some 10,000 peacekeepers in South Sudan, officials said.\n\nIts troops are on alert."
    facts = ex.extract(text, id="x", published=date(2025, 3, 3))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == [("UNMISS", "South Sudan", 10000)]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Some 1,200 Ghanaian troops are expected to deploy to Mali, officials said.", "some (planned)"),
        ("About 1,200 Ghanaian soldiers are to be deployed in Mali next year, officials said.", "about (planned)"),
        ("Around 1,200 Ghanaian troops will arrive in Mali in the coming weeks, the army said.", "around (planned)"),
        ("Around 1,200 Ghanaian troops in Mali would be exposed to the attacks, the army said.", "around"),
    ],
)
def test_a_figure_that_is_the_subject_of_a_coming_is_a_planned_level(ex, text, qualifier):
    """'1,200 troops are expected to deploy' is a level to come, as 'will send 1,200 troops' is; a
    verb ahead that is no coming ('would be exposed') leaves the level standing."""
    facts = ex.extract(text, id="t", published=date(2030, 5, 10))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == [
        ("Ghana", "Mali", 1200, qualifier)
    ]


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("The number of Ghanaian troops in Mali fell from 1,800 to 1,200 last year, officials said.", "(former level)", None),
        ("The Ghanaian force in Mali was cut from 1,800 to 1,200 in March, officials said.", "(former level)", None),
        ("Ghana plans to cut its force in Mali from 1,800 to 1,200, officials said.", None, "(planned)"),
    ],
)
def test_a_change_of_level_told_done_leaves_the_new_level_standing(ex, text, old, new):
    """'fell from 1,800 to 1,200': 1,200 is the level now, not a plan; 'plans to cut ... to 1,200' is
    (and 1,800, the level it starts from, stands until then)."""
    facts = ex.extract(text, id="t", published=date(2030, 5, 10))
    assert [(p.count, p.qualifier) for p in facts.troop_posture] == [(1800, old), (1200, new)]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Ghanaian troops, estimated at 1,200, remain in Mali, diplomats said.", [("Ghana", "Mali", 1200)]),
        ("Ghanaian troops in Mali are estimated at 1,200, diplomats said.", [("Ghana", "Mali", 1200)]),
        ("The upkeep of the Ghanaian troops in Mali is estimated at 1,200 dollars a month, diplomats said.", []),
    ],
)
def test_a_level_estimated_at_a_figure_is_a_level(ex, text, levels):
    """'estimated at 1,200' sizes the troops as 'numbering' does; a sum of money is no level."""
    assert _levels(ex, text) == levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state sending its own soldiers to its own ground: a border, a part of the country, a city of its own
        ("Lithuania will move 2,400 soldiers to its frontier with Belarus, the army said.",
         [("Lithuania", "Lithuania", 2400)]),
        ("Niger has deployed about 1,800 troops in the west of the country after raids.",
         [("Niger", "Niger", 1800)]),
        ("Some 3,500 Egyptian soldiers were stationed along the border with Libya in the spring.",
         [("Egypt", "Egypt", 3500)]),
        ("The Nigerian army sent 1,200 soldiers to Maiduguri after the raids.", [("Nigeria", "Nigeria", 1200)]),
        # ... but troops pulled back home are a level where they were, and a whole army is none
        ("Kenya will pull 1,000 soldiers back to its border posts from Somalia.", [("Kenya", "Somalia", 1000)]),
        ("Israel has 170,000 active-duty soldiers, the ministry said.", []),
    ],
)  # fmt: skip
def test_a_states_own_troops_sent_to_its_own_ground(ex, text, expected):
    """The GUIDE counts every troop level: a state's own soldiers sent to its border, a part of the
    country or one of its cities are a level there, where the sentence names the state and the ground."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year told as a time between the figure and its place is no other figure's
        ("Spain has about 600 soldiers who have been stationed since 2015 in Latvia.", [("Spain", "Latvia", 600)]),
        ("Spain has 600 soldiers who were sent in 2015 to Latvia.", [("Spain", "Latvia", 600)]),
        # ... but a second figure is another level: the place after it is not the first one's
        ("Spain keeps troops in Estonia. It has about 600 soldiers there, and another 150 in Latvia.",
         [("Spain", "Estonia", 600)]),
    ],
)  # fmt: skip
def test_a_year_between_a_figure_and_its_place(ex, text, expected):
    """ "since 2015" tells when, not another level: the place after it is the figure's."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level told of a time gone by is a former one, not a second figure standing beside today's
        ("A decade ago, about 900 Belgian troops were based in Mali. Only 80 Belgian soldiers serve in Mali today.",
         [("Belgium", "Mali", 900, "about (former level)"), ("Belgium", "Mali", 80, None)]),
        ("In 2016, roughly 900 Belgian troops were based in Mali.", [("Belgium", "Mali", 900, "roughly (former level)")]),
        # "once numbered": a level the force had, before the change told with it
        ("The Belgian contingent in Mali, which once numbered 900 soldiers, now has 80 soldiers.",
         [("Belgium", "Mali", 900, "(former level)"), ("Belgium", "Mali", 80, None)]),
        # ... not a level standing since then, nor a year that dates another verb
        ("Since 2016, roughly 900 Belgian troops have been based in Mali.", [("Belgium", "Mali", 900, "roughly")]),
        # troops to be pulled from a country are a withdrawal, not the level there
        ("Brussels may pull 300 soldiers from Mali. About 900 Belgian soldiers serve in Mali.",
         [("Belgium", "Mali", 300, "(withdrawn)"), ("Belgium", "Mali", 900, "about")]),
        # a negated bound is an upper one, as written
        ("No more than 80 Belgian soldiers serve in Mali today.", [("Belgium", "Mali", 80, "no more than")]),
    ],
)  # fmt: skip
def test_a_level_of_a_time_gone_by_a_pullout_and_a_negated_bound(ex, text, expected):
    """ "A decade ago, ..." and "In 2016, ..." (told in 2025) date a former level; troops to be
    pulled from a country are a withdrawal; "No more than 80" is at most 80, as written."""
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first level, since changed, is a former one
        ("Initially numbering 600 Belgian troops, the contingent in Mali now has about 900.",
         [("Belgium", "Mali", 600, "(former level)"), ("Belgium", "Mali", 900, "about")]),
        ("Only 700 of the 1,100 Belgian soldiers originally sent to Mali remain there.",
         [("Belgium", "Mali", 700, None), ("Belgium", "Mali", 1100, "(former level)")]),
        ("The Belgian force in Mali has grown since an initial contingent of 150 soldiers arrived in 2019.",
         [("Belgium", "Mali", 150, "(former level)")]),
        # ... but not a first step ahead, nor a verb that came first
        ("Belgium will initially deploy 150 soldiers to Mali.", [("Belgium", "Mali", 150, "(planned)")]),
        ("Belgium initially announced a new role for its 900 soldiers in Mali.", [("Belgium", "Mali", 900, None)]),
    ],
)  # fmt: skip
def test_a_first_level_since_changed_is_a_former_one(ex, text, expected):
    """ "Initially numbering 600", "originally sent", "since an initial contingent of 150": a level
    the force has since changed from; "will initially deploy" is a plan, "initially announced" a verb."""
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # a level offered, only possible, or held for a deployment to come is a plan, not what stands there
        ("Ghana has offered 800 soldiers for the mission in Mali.", "(planned)"),
        ("Ghana could send up to 800 soldiers to Mali, officials said.", "up to (planned)"),
        ("Ghana has readied 800 soldiers for possible deployment to Mali.", "(planned)"),
        ("Ghana pledged 800 soldiers to the force in Mali.", "(planned)"),
        # ... and a month's name is no "may"
        ("In May 800 Ghanaian soldiers were in Mali.", None),
    ],
)  # fmt: skip
def test_a_level_offered_or_possible_is_planned(ex, text, qualifier):
    """ "offered", "could send", "pledged", "for possible deployment": not yet there."""
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == [("Ghana", "Mali", 800, qualifier)]


def test_a_level_whose_place_no_sentence_tells_is_in_the_country_the_article_is_about(ex):
    """An article plainly about one country (most of its place names) places a force's level its
    sentences leave unplaced there; a level of that country's own forces stays its home army."""
    about_iraq = (
        "Rockets hit a base in Erbil on Monday, Iraqi officials said. Baghdad condemned the attack on "
        "Iraqi soil, and Iraqi leaders met in Basra. "
    )
    told = about_iraq + "Washington has about 2,500 troops deployed under a deal with the government, a spokesman said."
    assert _levels(ex, told) == [("United States", "Iraq", 2500)]
    own = about_iraq + "Baghdad has about 25,000 troops deployed under the plan, a spokesman said."
    assert _levels(ex, own) == []
    # no country stands out: no place is guessed
    torn = (
        "Rockets hit a base in Erbil on Monday. Officials met in Damascus and Beirut. "
        "Washington has about 2,500 troops deployed under a deal with the government, a spokesman said."
    )
    assert _levels(ex, torn) == []
    # a dateline says where the reporter files from, not where a force is
    facts = ex.extract("BERLIN (Wire) - NATO has a 300,000-strong force on high readiness, officials said.", id="y")
    assert [(p.force, p.country) for p in facts.troop_posture] == []


def test_a_base_the_state_holds_places_its_troops(ex):
    # "at its X base": the possessive names whose base it is, the base is where the troops are
    assert _levels(ex, "Norway has 400 soldiers at its Tapa base.") == [("Norway", "Estonia", 400)]


@pytest.mark.parametrize(
    "text",
    [
        "Norway had 1,200 soldiers in Mali and now has about 300 in Niger.",
        "Norway, which once had 1,200 soldiers in Mali, now has about 300 in Niger.",
    ],
)
def test_a_second_verb_of_the_subject_holds_a_bare_figure(ex, text):
    # the troops' noun is left out of the second figure: they are the subject's, as in the first
    assert ("Norway", "Niger", 300) in _levels(ex, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norway keeps 400 soldiers who advise Malian units.", ("Norway", "Mali", 400)),
        ("Denmark has 300 troops, most of them based at a camp outside Erbil.", ("Denmark", "Iraq", 300)),
        ("Belgium sent 250 troops to guard the airport of Niamey.", ("Belgium", "Niger", 250)),
    ],
)
def test_a_figure_no_step_places_is_where_its_sentence_names_a_country_after_it(ex, text, expected):
    # the words after the figure tell what its troops do and where: the country named there
    assert _levels(ex, text) == [expected]


def test_a_country_the_troops_come_from_does_not_place_them(ex):
    assert _levels(ex, "Norway keeps 400 soldiers drawn from Danish reserves.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state told before, its own town or region named after the figure
        ("Nigeria faces growing raids. The army deployed 5,000 troops to Maiduguri after the raids.",
         [("Nigeria", "Nigeria", 5000)]),
        ("Ecuador declared an emergency. Authorities deployed 3,000 soldiers to Guayaquil.",
         [("Ecuador", "Ecuador", 3000)]),
        # ... or its border, told without naming whose
        ("Israel has called up reservists. The military moved 2,000 soldiers to the northern border.",
         [("Israel", "Israel", 2000)]),
        # a town of another state is abroad, wherever the text before placed the force
        ("The US has sent troops to Poland. Some 3,000 soldiers will be deployed to Rzeszow.",
         [("United States", "Poland", 3000)]),
        ("The US is sending troops to the Gulf. Some 3,000 soldiers will be deployed to Kuwait.",
         [("United States", "Kuwait", 3000)]),
    ],
)  # fmt: skip
def test_a_states_own_troops_at_home_named_by_the_text_before(ex, text, expected):
    """A figure whose sentence names no party ("The army deployed 5,000 troops to <a town>") counts
    the troops of the state the text before told, at home when the ground is that state's own."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    "first",
    [
        "Mexico deployed troops to the border with the United States on Tuesday.",
        "Mexico deployed troops to the US border on Tuesday.",
        "Mexico sent troops to its border with the United States on Tuesday.",
        # every neighbour listed after the border lies beyond it, and so does one the region "borders"
        "To hold its border with Belize and the United States, the Mexican army moved troops north.",
        "The Mexican army moved troops to a state that borders both Belize and the United States.",
    ],
)
def test_troops_sent_to_a_border_stand_on_their_own_side(ex, first):
    """The state beyond a border troops are sent to is not where they are: a figure told after them
    counts the sender's troops at home."""
    assert _levels(ex, first + " About 10,000 troops are taking part.") == [("Mexico", "Mexico", 10000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a force or unit told by its name are its troops
        ("Mexico will deploy 10,000 National Guard members to its northern border.", [("Mexico", "Mexico", 10000)]),
        ("Russia keeps some 1,500 Wagner Group members in Mali.", [("Wagner", "Mali", 1500)]),
        # ... not members of anything else
        ("Some 300 members were sent to Mali by Russia.", []),
    ],
)  # fmt: skip
def test_members_of_a_named_force_are_its_troops(ex, text, expected):
    assert _levels(ex, text) == expected


def test_a_states_own_troops_in_its_capital(ex):
    # the capital is a town of the state's own, as any other (Washington is known as a capital only)
    text = "The US faces protests in many cities. About 2,000 National Guard troops were deployed in Washington."
    assert _levels(ex, text) == [("United States", "United States", 2000)]


def test_a_part_of_the_troops_just_told_placed_after_of_them(ex):
    # "..., more than 10,000 of them in Poland": a part of the level, where it is
    levels = _levels(ex, "Norway has about 1,000 troops in the Baltics, more than 400 of them in Lithuania.")
    assert ("Norway", "Lithuania", 400) in levels


def test_reinforcements_are_troops_added(ex):
    facts = ex.extract("The officials spoke on Monday. Norway will send 500 reinforcements to Lithuania.", id="x",
                       published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == [
        ("Norway", "Lithuania", 500, "(additional)")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador declared a state of emergency and deployed 20,000 troops across the country.",
        "Ecuador declared a state of emergency. The government deployed 20,000 soldiers across the country.",
        "Ecuador declared a state of emergency and deployed 20,000 troops nationwide.",
    ],
)
def test_a_states_own_troops_across_the_country(ex, text):
    # the whole of its own ground is at home, as its border or a town of it is
    assert _levels(ex, text) == [("Ecuador", "Ecuador", 20000)]


def test_a_foreign_force_in_the_country_is_a_guest(ex):
    text = "Kenyan troops lead the mission in Haiti. Kenya has deployed 400 soldiers across the country."
    assert _levels(ex, text) == [("Kenya", "Haiti", 400)]


@pytest.mark.parametrize(
    "text",
    [
        "Norway has sent 400 soldiers, the US said.",
        "Norway has sent 400 soldiers, US officials said.",
        "Norway has sent 400 soldiers, a Swedish government spokesman said.",
    ],
)
def test_a_speaker_named_after_a_figure_does_not_place_it(ex, text):
    # the last resort for an unplaced figure, a country named after it, skips the one who speaks
    assert [level for level in _levels(ex, text) if level[1] in ("United States", "Sweden")] == []


@pytest.mark.parametrize(
    "first",
    [
        "Mexico began sending troops to its northern border on Tuesday.",
        "Mexico is moving troops to the border.",
    ],
)
def test_troops_sent_to_the_states_own_border_before_a_figure(ex, first):
    # the text before sent the state's troops to its own border: the figure after counts them at home
    assert _levels(ex, first + " About 10,000 soldiers will take part, officials said.") == [("Mexico", "Mexico", 10000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a guard's name closes the figure's phrase, its troop noun left out
        ("Mexico will deploy 10,000 National Guard to its northern border.", [("Mexico", "Mexico", 10000)]),
        ("Iraq moved 5,000 Republican Guard to Basra on Sunday.", [("Iraq", "Iraq", 5000)]),
        # ... not when a noun of something else follows it
        ("The United States sent 400 Coast Guard boats to Los Angeles.", []),
    ],
)  # fmt: skip
def test_a_figure_before_a_guards_name_without_a_troop_noun(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels seized two towns in eastern Congo on Sunday. Kenya will send 300 more troops.",
         [("Kenya", "Democratic Republic of Congo", 300)]),
        ("Jihadists attacked an army post in Niger on Friday. After talks with Nigeria, France plans to withdraw 400"
         " soldiers, its ministry said.", [("France", "Niger", 400)]),
        ("A drone struck a base in Syria overnight. The Pentagon said Britain would send an additional 200 troops.",
         [("United Kingdom", "Syria", 200)]),
    ],
)  # fmt: skip
def test_a_change_placed_nowhere_happens_where_the_sentences_before_tell(ex, text, expected):
    # troops added, withdrawn or planned with no place of their own: where the news before them is
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At least 60 French soldiers killed in an attack on a base in Mali.",
        "Around 100 French soldiers are missing after the attack in Mali.",
        "Nearly 100 French soldiers were among the dead, officials in Mali said.",
        "About 60 French soldiers lost their lives in the attack in Mali.",
        "Some 60 French soldiers were reported dead after the ambush in Mali.",
        "The deaths of 60 French soldiers in Mali shocked the country.",
        # adverbs between the toll's auxiliary and its participle, and casualties suffered
        "About 700 French soldiers in Mali were either killed or wounded, the ministry said.",
        "Some 400 French soldiers in Mali have reportedly been killed since the spring.",
        "About 900 French soldiers in Mali have suffered casualties, officials said.",
    ],
)
def test_troops_told_as_a_toll_are_no_level(ex, text):
    # a toll told by a bare participle, as missing, among the dead or by the deaths of them
    assert _levels(ex, text) == []


def test_a_toll_further_on_leaves_the_level(ex):
    text = "The US keeps 2,500 troops in Iraq, where a drone attack killed three."
    assert _levels(ex, text) == [("United States", "Iraq", 2500)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of the troops' trade before their noun
        ("The US has 2,000 support troops in Kuwait.", [("United States", "Kuwait", 2000)]),
        ("Britain has 900 frontline soldiers in Estonia.", [("United Kingdom", "Estonia", 900)]),
        ("Canada keeps 500 air-defence troops in Latvia.", [("Canada", "Latvia", 500)]),
        # ... not a word that ends a phrase of other things
        ("Rockets hit 200 homes near troops in Kuwait.", []),
    ],
)  # fmt: skip
def test_a_noun_of_the_troops_trade_before_their_noun(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mission the text spells out once, then names by its acronym; its place is in its name
        ("The Joint Force of the Sahel (JFS) deployed 5,000 soldiers in Mali.", [("JFS", "Mali", 5000)]),
        ("The Zambezi Standby Mission in Mozambique (ZSMM) opened on Monday. ZSMM now has about 1,300 troops.",
         [("ZSMM", "Mozambique", 1300)]),
        ("A Coastal Brigade (CB) from the Gulf of Guinea was set up. About 800 CB soldiers serve in Benin.",
         [("CB", "Benin", 800)]),
        # a state's own forces spelled out: the acronym is the state's, not the party told before
        ("The Malawi Defence Force (MDF) joined Tanzanian troops in Congo. Tanzania has 800 soldiers there, and"
         " about 300 MDF soldiers are in Goma.",
         [("Tanzania", "Democratic Republic of Congo", 800), ("Malawi", "Democratic Republic of Congo", 300)]),
        ("Kenyan troops lead the force in Haiti, and Togo's Rapid Intervention Battalion (RIB) joined them."
         " About 650 RIB troops are in Haiti.", [("Togo", "Haiti", 650)]),
        # (a guard) brackets that spell out no armed body define nothing
        ("The Force Public Affairs Office (FPAO) said 300 troops had come home to Mali.", []),
    ],
)  # fmt: skip
def test_an_acronym_the_text_defines_names_the_force(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym never spelled out, told as a mission by the words around it, wherever it recurs
        ("Talks went on in Rabat. Officials back the 450-member TARVO mission in Western Sahara.",
         [("TARVO", "Western Sahara", 450)]),
        ("Talks went on in Pristina. The NATO-led peacekeeping mission, TARVO, now has almost 3,600 troops in Kosovo.",
         [("TARVO", "Kosovo", 3600)]),
        ("Talks went on in Pristina. Norway sent officers to TARVO peacekeepers in Kosovo. TARVO now has well over"
         " 4,200 troops.", [("TARVO", "Kosovo", 4200)]),
        # "TARVO troops", "TARVO soldiers": the acronym told as a body by the troop noun after it
        ("Talks went on in Abuja. Nigeria sent the largest share. About 500 TARVO troops remain in Gambia.",
         [("TARVO", "Gambia", 500)]),
        ("Talks went on in Maputo. About 700 TARVO soldiers serve in Mozambique.", [("TARVO", "Mozambique", 700)]),
        # (a guard) a headline in capitals names no body
        ("THE MISSION IN KOSOVO HAS 4,200 TROOPS", []),
    ],
)  # fmt: skip
def test_an_acronym_told_as_a_mission_names_the_force(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "militaries" for servicemen, as copy translated from Russian writes them
        ("Russia keeps 1,500 militaries in Transnistria.", [("Russia", "Moldova", 1500)]),
        ("The CSTO's peacekeepers began to leave Kazakhstan. Some 1,800 militaries from Armenia, Tajikistan and"
         " Russia still serve in Kazakhstan.", [("CSTO", "Kazakhstan", 1800)]),
        # (a guard) the armies of several states are no count of troops
        ("The militaries of 60 countries met in Kazakhstan.", []),
    ],
)  # fmt: skip
def test_militaries_counted_as_servicemen(ex, text, expected):
    assert _levels(ex, text) == expected


def test_troops_of_a_list_of_states_are_their_alliances(ex):
    # "of" a list of states, as "from" one: one figure for several states is their bloc's
    text = ("The CSTO's peacekeepers began to leave Kazakhstan. Some 1,800 soldiers of Armenia, Tajikistan and"
            " Russia still serve in Kazakhstan.")
    assert _levels(ex, text) == [("CSTO", "Kazakhstan", 1800)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police, staff and medics are troops when military; paramilitaries and sappers always
        ("Some 400 Russian military police are deployed in Syria.", [("Russia", "Syria", 400)]),
        ("Some 250 Chinese army engineers serve in South Sudan.", [("China", "South Sudan", 250)]),
        ("India keeps 3,000 paramilitaries in Manipur.", [("India", "India", 3000)]),
        ("Some 120 Cambodian sappers serve in Lebanon.", [("Cambodia", "Lebanon", 120)]),
        # (a guard) police alone are not
        ("Some 400 Rwandan police are deployed in Mozambique.", []),
    ],
)  # fmt: skip
def test_other_names_of_troops(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening on the troops just told, counted by its own verb or noun
        ("Canada keeps troops in Latvia. They number about 2,100.", [("Canada", "Latvia", 2100)]),
        ("Canada keeps troops in Latvia. They now total about 2,100.", [("Canada", "Latvia", 2100)]),
        ("Canada keeps troops in Latvia. Their numbers are about 2,100.", [("Canada", "Latvia", 2100)]),
        # a unit's size told ahead, after the place it is sent to
        ("Canada is sending a brigade to Latvia, which will number about 2,100 soldiers.", [("Canada", "Latvia", 2100)]),
        ("Canada is sending a brigade to Latvia that is expected to include 2,100 soldiers.", [("Canada", "Latvia", 2100)]),
    ],
)  # fmt: skip
def test_troops_told_before_counted_after(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits inside a name between the figure and its place are no other figure
        ("About 3,500 Rwandan troops are fighting beside M23 in North Kivu.",
         [("Rwanda", "Democratic Republic of Congo", 3500)]),
        ("Some 600 Dutch airmen are working with F-35 jets in Poland.", [("Netherlands", "Poland", 600)]),
    ],
)  # fmt: skip
def test_a_name_with_digits_before_the_place(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a further figure of the same troops, in brackets or in a sentence opening on "there are"
        ("Spain keeps 650 troops in Lebanon (as well as 300 in Latvia).",
         [("Spain", "Lebanon", 650), ("Spain", "Latvia", 300)]),
        ("Spain keeps about 650 troops in Lebanon. There are another 300 in Latvia.",
         [("Spain", "Lebanon", 650), ("Spain", "Latvia", 300)]),
        ("Spain sent troops to Latvia in 2017. There are now about 650 stationed in Latvia.",
         [("Spain", "Latvia", 650)]),
    ],
)  # fmt: skip
def test_a_further_figure_of_the_troops_just_told(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state told by its kind after a region's or sea's name is the state told before
        ("Latvia's defence minister thanked Canada. Ottawa has about 2,100 soldiers in the Baltic state.",
         [("Canada", "Latvia", 2100)]),
        ("Qatar's emir met the general. The US keeps about 9,000 troops in the Gulf nation.",
         [("United States", "Qatar", 9000)]),
        # ... also before the figure
        ("Canada sent more troops to Latvia in March. Canada has led a battlegroup in the Baltic state since 2017,"
         " with about 2,100 soldiers.", [("Canada", "Latvia", 2100)]),
        # (a guard) a state of a country named before its noun is that state
        ("Nigeria said 3,000 soldiers moved into Borno state.", [("Nigeria", "Nigeria", 3000)]),
    ],
)  # fmt: skip
def test_a_state_told_by_its_kind(ex, text, expected):
    assert _levels(ex, text) == expected


def test_an_aside_before_a_verb_of_size(ex):
    # the mission named in an aside is not the subject of "numbers", "totals", "comprises"
    text = "The Zambian contingent, part of the Southern African Development Community Mission in the DRC (SAMIDRC),"
    text += " numbers about 400."
    assert _levels(ex, text) == [("Zambia", "Democratic Republic of Congo", 400)]


def test_a_change_in_an_article_about_the_forces_own_state_is_where_the_text_before_tells(ex):
    # the state the article is about is the force's own: no place of its troops, so a change of them
    # happens where the sentences before tell, as in any other article
    text = "Kenya's president met Kenyan generals in Nairobi. Kenya said rebels seized two towns in eastern Congo."
    text += " Kenya will send 300 more troops."
    assert _levels(ex, text) == [("Kenya", "Democratic Republic of Congo", 300)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state or territory of a host country places the troops in it (gazetteer)
        ("About 2,500 US Marines rotate through the Northern Territory each year.",
         [("United States", "Australia", 2500)]),
        ("Some 200 US airmen are stationed in Queensland.", [("United States", "Australia", 200)]),
    ],
)  # fmt: skip
def test_a_hosts_state_or_territory_places_its_guests(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "fighters" no party of their clause owns are no troops of the party told before
        ("Kenya has troops in Somalia. A local official said there were at least 200 fighters near the town.",
         []),
        # (guards) a party named with them, or a unit they fill, makes them troops
        ("Hezbollah has about 7,000 fighters in Syria.", [("Hezbollah", "Syria", 7000)]),
        ("France keeps a battalion of 800 fighters in Chad.", [("France", "Chad", 800)]),
    ],
)  # fmt: skip
def test_fighters_count_as_troops_only_of_a_party_or_unit_told_with_them(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change of an owner's troops named by its possessive, or by a name written with stops, to a level
        ("Paris plans to cut France's force in Chad to 1,000.", [("France", "Chad", 1000)]),
        ("Ottawa will increase Canada's contingent in Latvia to 2,200.", [("Canada", "Latvia", 2200)]),
        ("The deal would cut the U.S. presence in Iraq to about 2,000.", [("United States", "Iraq", 2000)]),
    ],
)  # fmt: skip
def test_a_change_of_an_owners_named_troops(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level split into parts by what each does: each part is a level of the same troops there
        ("Norway keeps 900 troops in Mali, of whom 300 train the army and the other 600 guard the camp.",
         [("Norway", "Mali", 900), ("Norway", "Mali", 300), ("Norway", "Mali", 600)]),
        ("Poland will send about 5,000 soldiers to its border, of which 2,000 will patrol and 3,000 will hold the depots.",
         [("Poland", "Poland", 5000), ("Poland", "Poland", 2000), ("Poland", "Poland", 3000)]),
        # (guards) a part that is a toll, or one placed elsewhere, is no part of the level there
        ("Norway keeps 900 troops in Mali, of whom 300 were wounded last year.", [("Norway", "Mali", 900)]),
        ("Norway keeps 900 troops in Mali, of whom 300 are in Niger.",
         [("Norway", "Mali", 900), ("Norway", "Niger", 300)]),
    ],
)  # fmt: skip
def test_the_parts_a_level_is_split_into(ex, text, expected):
    assert _levels(ex, text) == expected


def test_a_line_pointing_to_another_story_is_no_context(ex):
    # an "Also read" line's title tells another story: the figure after it is of the troops told before
    text = "Norway will send troops to its border, Oslo said.\n\nAlso read: Danish troops leave Riga\n\n"
    text += "There will be about 5,000 soldiers there."
    assert _levels(ex, text) == [("Norway", "Norway", 5000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state beyond a border troops are sent to is neither their place nor a party of theirs
        ("Norway will deploy 10,000 troops to its border. It later said 1,500 more soldiers"
         " would guard the frontier with Finland.",
         [("Norway", "Norway", 10000), ("Norway", "Norway", 1500)]),
        # a state deploying another state's troops to districts bordering a third hosts them
        ("Belarus deployed about 3,000 Russian soldiers to districts bordering Lithuania.",
         [("Russia", "Belarus", 3000)]),
    ],
)  # fmt: skip
def test_the_far_side_of_a_border_is_not_where_troops_stand(ex, text, expected):
    assert _levels(ex, text) == expected


def test_a_count_quoted_from_an_official(ex):
    # the closing quote of a quoted figure stands between the count and its troop noun
    text = "Britain will return troops to Kenya. A spokesman said “fewer than 300” soldiers would go back there."
    assert _levels(ex, text) == [("United Kingdom", "Kenya", 300)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base named by its town alone or by its complex places its guests in its country (gazetteer)
        ("Some 250 Norwegian soldiers train recruits at Taji.", [("Norway", "Iraq", 250)]),
        ("Norway keeps 95 personnel at the Taji Military Complex.", [("Norway", "Iraq", 95)]),
    ],
)  # fmt: skip
def test_a_base_by_its_town_or_complex_places_its_guests(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops told in the passive as sent over a span of years are turns summed, no level
        ("UN troops held a ceremony in Bamako. Over the years some 9,000 Danish soldiers have been sent to Mali in turns.",
         []),
        # (guard) the same passive from a year on is a level standing now
        ("UN troops held a ceremony in Bamako. About 900 Danish soldiers have been deployed in Mali since 2015.",
         [("Denmark", "Mali", 900)]),
    ],
)  # fmt: skip
def test_troops_sent_in_turns_over_the_years(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next step of a change, told after "then" with its "to" left out
        ("Danish troop levels in Mali will drop to 80 in May, then 60 in August.",
         [("Denmark", "Mali", 80), ("Denmark", "Mali", 60)]),
        # the levels a change of troops names are levels at a contingent's smaller sizes too
        ("Norway will cut its troops in Kosovo to 90 in March and then to 40 by October.",
         [("Norway", "Kosovo", 90), ("Norway", "Kosovo", 40)]),
        ("Norway will trim its contingent in Kosovo from 14 to 12.",
         [("Norway", "Kosovo", 14), ("Norway", "Kosovo", 12)]),
        # (guards) small figures of a change of something else, or of a toll, are none
        ("Norwegian troops in Mali were attacked; the number of patrols rose from 12 to 25.", []),
        ("The toll among Norwegian troops in Mali rose from 10 to 20 soldiers killed.", []),
    ],
)  # fmt: skip
def test_the_steps_of_a_change_of_troops(ex, text, expected):
    assert _levels(ex, text) == expected


def test_a_name_owning_what_follows_is_no_place_of_the_context(ex):
    # "to Algeria's interests": the possessive owns the interests; the troops stay where told before
    text = "Norway has troops in Mali. The minister spoke of the threat to Algeria's interests."
    text += " About 500 Norwegian soldiers are stationed there."
    assert _levels(ex, text) == [("Norway", "Mali", 500)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named after the place and a comma opens the clause of saying, no list of senders
        ("Norway will withdraw 120 troops from Lebanon, Norwegian Defence Minister Ola Berg said.",
         [("Norway", "Lebanon", 120)]),
    ],
)  # fmt: skip
def test_a_clause_of_saying_after_the_place_is_no_list_of_states(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the home post's state abbreviated between commas, then where the troops go (a region with
        # its article)
        ("The U.S. is sending 2,200 paratroopers from Fort Bragg, N.C., into the Middle East.",
         [("United States", "Middle East", 2200)]),
        ("The U.S. is sending 900 troops from Fort Bragg, N.C., to Romania.",
         [("United States", "Romania", 900)]),
        # "out of" leaves a place as "from" does
        ("The U.S. is flying 600 soldiers out of Fort Hood to Poland.",
         [("United States", "Poland", 600)]),
        # the home post, then a verb of moving before where they go: whence is no place of the level
        ("The Pentagon said 1,200 soldiers from Fort Bragg will deploy to Latvia in the spring.",
         [("United States", "Latvia", 1200)]),
        ("Some 800 German soldiers from Munster are being sent to Lithuania.",
         [("Germany", "Lithuania", 800)]),
        # the home post, then the state it lies in: both whence
        ("The Pentagon is sending 700 soldiers from Fort Bragg in North Carolina to Latvia.",
         [("United States", "Latvia", 700)]),
    ],
)  # fmt: skip
def test_troops_moved_from_a_home_post_are_counted_where_they_go(ex, text, expected):
    assert _levels(ex, text) == expected


def test_a_sponsor_of_another_group_is_no_force_of_the_article(ex):
    # "<state>-backed fighters": the state backs another group; a figure naming no force is not its troops
    text = "A brigade of about 3,000 paratroopers was put on alert after Syrian-backed gunmen stormed a consulate in Beirut."
    assert _levels(ex, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own troops sent to guard its border (a purpose before the border, a compass point
        # of two parts, the border named by its two sides), "active duty" written apart
        ("Chile will deploy 900 active duty soldiers to help patrol the northern border.", [("Chile", "Chile", 900)]),
        ("Mexico is sending 1,200 soldiers to the northwest border.", [("Mexico", "Mexico", 1200)]),
        ("Finland is moving 600 troops to the Finland-Russia border.", [("Finland", "Finland", 600)]),
    ],
)  # fmt: skip
def test_troops_sent_to_guard_their_own_border(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state leading a unit or a mission names neither the place nor the holder of the figure
        ("Poland has 400 soldiers in the US-led battlegroup in Lithuania.", [("Poland", "Lithuania", 400)]),
        ("Italy keeps 300 troops in the US-led coalition.", []),
        ("Spain will complete its troop withdrawal from Mali in May. At its height Spain's share of the NATO-led "
         "mission was above 1,500 personnel.", [("Spain", "Mali", 1500)]),
    ],
)  # fmt: skip
def test_a_leader_named_with_a_unit_is_no_place_or_holder(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a state named as where another body is based, or as its backer, holds none of the troops
        "Some 2,500 personnel were on their way to the valley when a car bomb hit their convoy. The minister "
        "blamed the Pakistan-based, Pakistan-backed group.",
        "The Britain-based monitor said 1,200 fighters had joined the offensive in Idlib.",
    ],
)  # fmt: skip
def test_a_state_where_another_body_is_based_holds_no_troops(ex, text):
    assert _levels(ex, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the troops a move adds to, their noun left out after a verb of joining
        ("Canada will send 400 troops to Latvia. They will join the 1,700 already there.",
         [("Canada", "Latvia", 400), ("Canada", "Latvia", 1700)]),
        ("Spain is sending 250 soldiers to Slovakia, joining some 600 others already in the country.",
         [("Spain", "Slovakia", 250), ("Spain", "Slovakia", 600)]),
    ],
)  # fmt: skip
def test_troops_joined_by_a_move_are_a_level(ex, text, expected):
    assert _levels(ex, text) == expected


def test_a_place_told_once_is_not_where_the_article_is(ex):
    """A figure told with its force and no place falls back on the country the article is about, and
    a country named only once as a place below the first sentence (where an envoy arrived) is not
    that: no level. Named again, it is, and the troops are there."""
    once = "The envoy arrived in Austria on Tuesday for talks. About 400 Hungarian soldiers took part in the ceremony."
    assert _levels(ex, once) == []
    twice = once.replace("for talks.", "for talks. He stays in Austria until Friday.")
    assert _levels(ex, twice) == [("Hungary", "Austria", 400)]


def test_the_place_told_last_carries_a_few_sentences(ex):
    """A figure told with its force and no place is where the troops were placed last, when that
    was a few sentences before; told further on, past sentences about other things, it is placed
    nowhere (no level)."""
    told = "Canada has about 800 troops in Latvia. The talks went on for hours. The ministers then took questions. "
    figure = "About 300 Canadian soldiers are trainers, an aide said."
    assert _levels(ex, told + figure) == [("Canada", "Latvia", 800), ("Canada", "Latvia", 300)]
    later = told + "Reporters asked about the budget. The answers were brief. " + figure
    assert _levels(ex, later) == [("Canada", "Latvia", 800)]


def test_the_place_told_last_does_not_carry_into_a_sentence_placing_troops_elsewhere(ex):
    """A figure told with its force and no place of its own is not where troops were placed before
    when its sentence places them in another country."""
    told = "Canada has about 800 troops in Latvia. The talks went on for hours. "
    figure = "About 300 Canadian soldiers will train first, and then they fly on to Romania, an aide said."
    assert _levels(ex, told + figure) == [("Canada", "Latvia", 800)]


def test_the_force_told_last_goes_stale_with_its_place(ex):
    """A figure naming no force is the troops' told last while their place still carries (a few
    sentences); further on it is the article's main force's."""
    told = (
        "France keeps about 1,000 soldiers in Chad, and France will keep them there. Germany has about 300 "
        "troops in Niger. The talks went on for hours. The ministers then took questions. "
    )
    figure = "About 200 soldiers also serve in Senegal."
    assert _levels(ex, told + figure)[-1] == ("Germany", "Senegal", 200)
    later = told + "Reporters asked about the budget. The answers were brief. " + figure
    assert _levels(ex, later)[-1] == ("France", "Senegal", 200)


def test_the_force_told_last_goes_stale_past_a_paragraph_between(ex):
    """Within the few sentences its place carries, the force told last no longer counts a figure
    that names none once a whole paragraph lies between them: the article's main force does."""
    told = (
        "German troops will stay in Mali, the German government said, and Germany will pay for their bases."
        "\n\nFrance sent troops to Chad last year.\n\n"
    )
    figure = "About 400 troops will stay in Mali."
    assert _levels(ex, told + figure) == [("France", "Mali", 400)]
    assert _levels(ex, told + "The talks went on for hours.\n\n" + figure) == [("Germany", "Mali", 400)]


def test_troops_at_home_need_no_verb_of_sending(ex):
    """After text about a state, a figure of soldiers told simply as being in a town of that state is
    its own level at home, with no verb of sending or holding."""
    text = "Nigeria is fighting insurgents in the northeast. About 3,000 soldiers are now in Maiduguri, officials said."
    assert _levels(ex, text) == [("Nigeria", "Nigeria", 3000)]


def test_a_part_taken_out_is_no_level_but_a_planned_or_whole_one_is(ex):
    """'The army pulled 600 soldiers out of Estovia last month': a part withdrawn, told as done, is a
    change, no level. A withdrawal asked for or planned counts the troops it will take out; the
    last or all of them leaving counts the whole presence."""
    done = _levels(ex, "Germany withdrew 600 soldiers from Lithuania last month.")
    assert ("Germany", "Lithuania", 600) not in done
    asked = _levels(ex, "Lithuania asked Germany to withdraw 600 soldiers from Lithuania by May.")
    assert ("Germany", "Lithuania", 600) in asked
    whole = _levels(ex, "Germany withdrew its last 600 soldiers from Lithuania last month.")
    assert ("Germany", "Lithuania", 600) in whole


def test_a_side_partys_force_does_not_carry_three_sentences_to_a_standing_figure(ex):
    """A standing figure naming no force, three sentences past the troops placed last, is not the
    troops of a party told aside from the article's own; when that party is the article's, it is."""
    aside = "France keeps troops in Chad. France said the French troops will stay. "
    told = "Belgium sent troops to Niger in March. The opposition objected. Lawmakers debated for weeks. "
    figure = "About 1,500 soldiers remain in the country."
    assert _levels(ex, aside + told + figure) == []
    assert _levels(ex, told + figure) == [("Belgium", "Niger", 1500)]


def test_a_second_party_coordinated_with_a_figure_holds_a_bare_figure_of_its_own(ex):
    """'Germany sent 800 troops to Lithuania and the Netherlands 300': the second party's verb and
    troop noun are left out, its figure is its own. 'Togo has 310 and Benin contributed 150
    troops': a bare figure before the next party's clause. A party that opens a clause of its own
    is not where the figure before it serves."""
    gapped = _levels(ex, "Germany sent 800 troops to Lithuania and the Netherlands 300.")
    assert gapped == [("Germany", "Lithuania", 800), ("Netherlands", "Lithuania", 300)]
    pair = _levels(ex, "Germany has 205 and Norway contributed 200 troops in Lithuania.")
    assert sorted(pair) == [("Germany", "Lithuania", 205), ("Norway", "Lithuania", 200)]
    unplaced = _levels(ex, "Togo has 310 soldiers and Benin contributed 150 troops.")
    assert not [lv for lv in unplaced if lv[1] == "Benin"]


def test_an_owners_withdrawal_of_a_figure_counts_its_whole_presence(ex):
    """'Spain's phased withdrawal of some 700 soldiers': the owner named as the withdrawal's,
    the figure is its presence leaving, a level; a part pulled out told as done is still none."""
    told = "Spanish troops served in Mali for a decade. "
    assert _levels(ex, told + "Spain's phased withdrawal of some 700 soldiers lasted a year.") == [
        ("Spain", "Mali", 700)
    ]
    assert _levels(ex, "Germany withdrew 600 soldiers from Lithuania last month.") == []
    # the same words name the owner of the figure, "exit" among them, whoever the clause's subject is
    assert _levels(ex, "Chad's leaders welcomed Belgium's exit of some 500 soldiers from the country.") == [
        ("Belgium", "Chad", 500)
    ]


def test_a_list_of_other_stories_under_more_to_read_tells_no_level(ex):
    """A web page's 'More To Read' (or 'Must read', 'You may also like') heads a list of other
    stories' titles, one a line: a figure in one of them is no level of this article."""
    for mark in ("More To Read", "Must read", "You may also like"):
        text = (
            "Chad will leave the mission in Mali, officials said.\n"
            f"{mark}\n"
            "- A look at the war in the Sahel as a new force takes over\n"
            "- Mali gets 11,000 troops for MINUSMA, excluding Chad\n"
            "The government said talks would go on."
        )
        assert _levels(ex, text) == []


def test_fighters_held_captive_are_no_level(ex):
    """'US forces moved 90 fighters from a detention camp': captives taken out of a prison,
    held in one, or arrested are no force's troops; troops posted at a prison are."""
    assert _levels(ex, "US forces moved 90 IS fighters from a detention camp near Raqqa into Iraq.") == []
    assert _levels(ex, "About 3,000 militants remain held in jails guarded by the SDF in Syria.") == []
    assert _levels(ex, "The US keeps 200 troops at the prison in Hasakah, Syria.") == [("United States", "Syria", 200)]


def test_parts_told_after_including_are_no_levels_of_their_own(ex):
    """'The force, including 900 paratroopers and 400 marines, ...': parts of a whole told with them
    are no levels of their own; more troops told after 'including' are, and a verb after 'includes'
    ('the scheme includes relocating 3,000 marines') is no list of parts."""
    sent = "Norway is sending 1,300 troops to its border. "
    parts = _levels(ex, sent + "The force, including 900 paratroopers and 400 marines, will reinforce the 2,000 stationed there.")
    assert ("Norway", "Norway", 900) not in parts and ("Norway", "Norway", 400) not in parts
    assert ("Norway", "Norway", 1300) in parts
    assert ("Denmark", "Estonia", 3000) in _levels(
        ex, "The Danish scheme includes relocating some 3,000 soldiers to Estonia next year."
    )


def test_a_party_gapped_after_the_place_told_holds_its_own_figure_there(ex):
    """'Britain has 900 troops in Estonia and France about 300': a bare name before a bare figure is
    the gapped clause's subject (its verb, noun and place left out), a party with its own figure in
    the place told, not a second place of the first force's; a name that is no party stays out."""
    assert _levels(ex, "Britain has 900 troops in Estonia and France about 300.") == [
        ("United Kingdom", "Estonia", 900),
        ("France", "Estonia", 300),
    ]
    assert _levels(ex, "Uganda has 6,000 troops in Somalia, Burundi 3,000 and Kenya 3,500.") == [
        ("Uganda", "Somalia", 6000),
        ("Burundi", "Somalia", 3000),
        ("Kenya", "Somalia", 3500),
    ]
    assert ("Netherlands", "Lithuania", 700) in _levels(
        ex, "Germany has 5,000 troops in Lithuania and the Netherlands about 700."
    )
    assert ("Netherlands", "Lithuania", 300) in _levels(ex, "Germany sent 800 troops to Lithuania and the Netherlands 300.")
    # "there" after the gapped figure is the place told
    assert ("United Kingdom", "Iraq", 400) in _levels(ex, "The US keeps 2,500 troops in Iraq and Britain about 400 there.")
    # near misses: a town after "and" is no party; a figure placed by its own "in" is the same force's
    assert _levels(ex, "Britain has 900 troops in Estonia and Tapa about 300.") == [("United Kingdom", "Estonia", 900)]
    assert _levels(ex, "The US has 2,500 troops in Iraq and 900 in Syria.") == [
        ("United States", "Iraq", 2500),
        ("United States", "Syria", 900),
    ]


def test_a_figure_set_off_after_the_troops_noun_is_their_level(ex):
    """'the modest detachment of troops, currently 80, ...': the number in apposition after the
    troops' noun (with 'currently', 'now' or 'at present') counts them; a number of years is none."""
    told = "Norway will start winding down its training mission in Iraq next month, its premier said. "
    assert _levels(ex, told + "He added that the modest detachment of troops, currently 80, based at Erbil had finished its task.") == [
        ("Norway", "Iraq", 80)
    ]
    assert _levels(ex, "Portugal has a small unit of soldiers in Mali, now 120, that guards the airport.") == [
        ("Portugal", "Mali", 120)
    ]
    assert _levels(ex, told + "The soldiers, now 25 years old, trained there.") == []


def test_a_party_with_a_bare_figure_of_its_own_is_no_place(ex):
    """'Spain sent 600 troops and Portugal 250': Portugal holds its own figure, verb and noun left
    out; it is no place where Spain's troops went (with no host told, no level is placed there)."""
    told = "The alliance keeps a brigade on its eastern flank. "
    assert not [lv for lv in _levels(ex, told + "Spain sent 600 troops and Portugal 250.") if lv[1] == "Portugal"]
    assert ("Spain", "Latvia", 600) in _levels(ex, "Spain sent 600 troops to Latvia and Portugal 250.")


def test_members_of_a_unit_told_with_a_are_its_troops(ex):
    """'200 members of a US Marine expeditionary unit': members of a unit named with 'a' or 'an'
    count as its soldiers, as with 'the'."""
    assert _levels(ex, "About 200 members of a US Marine expeditionary unit arrived in Norway.") == [
        ("United States", "Norway", 200)
    ]
    assert _levels(ex, "Some 300 members of an Italian mountain brigade are based in Latvia.") == [("Italy", "Latvia", 300)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum told with "brings the total to": troops added at home, no troops brought home
        ("Lithuania moved soldiers to its frontier with Belarus. The new battalion of 800 soldiers brings the "
         "total number of troops at the frontier to about 3,000.",
         [("Lithuania", "Lithuania", 800), ("Lithuania", "Lithuania", 3000)]),
        # ... while troops brought back home are still no level at home
        ("Lithuania moved soldiers to its frontier with Belarus. The army will bring 800 soldiers back home.", []),
    ],
)  # fmt: skip
def test_bringing_a_total_to_a_figure_is_no_move_home(ex, text, expected):
    """ "brings the total to 3,000" sums a state's own troops on its own ground: "bring" here moves
    no one home, so the level at home told before carries to the figures."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state that invites the troops is their host, where the figure names no place
        ("The Estonian minister told reporters the deployment hinged on a request: at the invitation of the "
         "Malian president, no more than 150 soldiers could be sent in the autumn.",
         [("Estonia", "Mali", 150)]),
        ("In a radio interview the Estonian defence minister said that, at the invitation of the Malian "
         "government, at most 150 soldiers would be ready to leave by autumn.",
         [("Estonia", "Mali", 150)]),
        # ... not the force's own name after the invitation
        ("Estonia said 150 soldiers would serve abroad, at the invitation of Estonia's allies.", []),
    ],
)  # fmt: skip
def test_the_state_inviting_troops_is_their_host(ex, text, expected):
    """ "at the invitation of the Malian president" names the host of a figure placed nowhere else."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Danish minister said that about 3,000 soldiers will be sent to Latvia where 1,000 will train"
            " local units and the remaining 2,000 will be held in reserve.",
            [("Denmark", "Latvia", 3000), ("Denmark", "Latvia", 1000), ("Denmark", "Latvia", 2000)],
        ),
        (
            "Norway said some 1,200 soldiers would deploy to Lithuania, with 800 guarding the airfield and"
            " another 400 in reserve.",
            [("Norway", "Lithuania", 1200), ("Norway", "Lithuania", 800), ("Norway", "Lithuania", 400)],
        ),
    ],
)
def test_parts_of_a_level_told_after_where_or_with(ex, text, expected):
    """A level split into parts by what each does is split after "where" and "with" as after "of whom"."""
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Italy hosts about 12,000 US troops, the largest number in southern Europe.", [("United States", "Italy", 12000)]),
        ("Portugal is home to some 700 US airmen, more than in any other state in western Europe.",
         [("United States", "Portugal", 700)]),
    ],
)
def test_the_place_of_a_comparison_after_a_level_is_not_its_place(ex, text, expected):
    """", the largest number in southern Europe" compares the level with others: the host named before stays its place."""
    assert _levels(ex, text) == expected


def test_a_capital_after_a_word_of_place_is_the_city_of_the_level(ex):
    """"sent to Washington": the capital whose name is also its government's is the city troops are sent to."""
    assert _levels(ex, "The Pentagon said 700 Marines had been sent to Washington.") == [
        ("United States", "United States", 700)
    ]
    assert _levels(ex, "Washington will send 2,000 troops to Poland, the Pentagon said.") == [
        ("United States", "Poland", 2000)
    ]


def test_troops_sent_to_a_us_state_are_at_home(ex):
    """A US state is a place of the United States ("Arizona" is also a town abroad in the world list)."""
    assert _levels(ex, "Some 400 Guard soldiers from Texas were sent to Illinois, the Pentagon said.") == [
        ("United States", "United States", 400)
    ]
    assert _levels(ex, "The Pentagon has sent 1,200 troops to Arizona and New Mexico.") == [
        ("United States", "United States", 1200)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deployment its subject will not make, refuses or declines: no planned level
        ("The United States will not send 4,000 troops to Hungary, the envoy said.", []),
        ("Ottawa said it would not deploy 1,200 soldiers to Latvia.", []),
        ("The ministry is not sending 700 troops to Chad.", []),
        ("Spain declined to deploy another 300 soldiers to Lebanon.", []),
        ("Italy won't station about 900 more troops in Romania.", []),
        # a request, plan or offer turned down
        ("Madrid rejected a request to send 450 soldiers to Mali.", []),
        ("Vilnius dismissed an offer of 800 troops from Poland.", []),
        # a plan stated plainly stays one; "not only" is no refusal
        ("Spain will send 300 soldiers to Lebanon.", [("Spain", "Lebanon", 300)]),
        ("Italy will not only send 900 troops to Romania but also jets.", [("Italy", "Romania", 900)]),
    ],
)
def test_refused_deployment_is_no_level(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the country" after a named war is the war's, not the place the text told before
        (
            "Washington wants to keep 1,500 troops in Jordan. During the Iraq war, the US had more than 120,000"
            " soldiers in the country.",
            [("United States", "Jordan", 1500), ("United States", "Iraq", 120000)],
        ),
        (
            "Washington wants to keep 1,500 troops in Jordan. During the Iraq war, the US had 40,000 soldiers in the country.",
            [("United States", "Jordan", 1500), ("United States", "Iraq", 40000)],
        ),
        # an army's worth told by a past verb of a named war is a former level, kept as one
        ("During the Iraq war, the US kept about 160,000 soldiers in Iraq.", [("United States", "Iraq", 160000)]),
        # a war still going, told in the present perfect, is a front, no posture
        ("During the Ukraine war, Russia has deployed 600,000 troops in Ukraine.", []),
    ],
)
def test_level_told_of_a_named_war(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit by number and name is its owner's, as the text names that owner anywhere, not the
        # party told of last
        (
            "Britain's 7th Light Mechanised Brigade trains at home. Russia keeps 1,500 troops in Belarus. About 900"
            " soldiers from the 7th Light Mechanised Brigade went to Estonia.",
            [("Russia", "Belarus", 1500), ("United Kingdom", "Estonia", 900)],
        ),
        (
            "The U.S. Army's 10th Mountain Division trains at home. Iran keeps 500 troops in Syria. The 10th Mountain"
            " Division's 1,800 soldiers are in Iraq.",
            [("Iran", "Syria", 500), ("United States", "Iraq", 1800)],
        ),
        # capitalised "Marines" with no owner in their phrase are the US Marine Corps'
        ("Beijing objected. Some 3,000 Marines will rotate through Darwin in Australia.", [("United States", "Australia", 3000)]),
        ("About 1,200 South Korean Marines are on Baengnyeong in South Korea.", []),
    ],
)
def test_named_unit_is_its_owners(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a band of fighters in an operation, no verb that holds or places troops: no level
        ("Some 400 Hezbollah fighters crossed into Syria on Sunday.", []),
        ("About 2,000 RSF fighters surrounded the camp near El Fasher in Sudan.", []),
        ("Around 300 Wagner fighters arrived in Mali last week.", []),
        # (guards) fighters held, sent or told somewhere stay levels
        ("Hezbollah has about 7,000 fighters in Syria.", [("Hezbollah", "Syria", 7000)]),
        ("Iran has sent 500 more fighters to Syria.", [("Iran", "Syria", 500)]),
        ("Roughly 1,000 Syrian fighters are in Libya, the monitor said.", [("Syria", "Libya", 1000)]),
    ],
)  # fmt: skip
def test_a_band_of_fighters_in_an_operation_is_no_level(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crews of ships, alone or with the Marines they carry: a naval presence, no troop level
        ("The US Navy has over 5,000 sailors in the Middle East.", []),
        ("More than 4,000 US sailors and Marines are in the Red Sea aboard the amphibious group.", []),
        # (guards) troops counted with sailors, and Marines alone, stay levels
        ("The US has about 40,000 troops and sailors in the Middle East.", [("United States", "Middle East", 40000)]),
        ("Some 2,000 Marines are in the Red Sea aboard the amphibious group.", [("United States", "Red Sea", 2000)]),
    ],
)  # fmt: skip
def test_a_figure_of_sailors_is_the_crews_of_ships_no_level(ex, text, expected):
    assert _levels(ex, text) == expected


_BLOC_IN_LIBERIA = (
    "ECOWAS troops arrived in Liberia in March after the coup. ECOWAS commanders met the president in Liberia "
    "last week. The president thanked them. He said the mandate would be renewed in June. The force is made up "
    "of soldiers sent by Senegal, Mali and Togo. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure's own party holds it by its verb, the sentence names no place: where the article is
        ("Senegal has 310 and Mali contributed 150 troops with their vehicles.",
         [("Mali", "Liberia", 150), ("Senegal", "Liberia", 310)]),
        ("Mali has sent 150 soldiers, Senegal said.", [("Mali", "Liberia", 150)]),
        # (guard) a sentence placing its figure keeps that place
        ("Mali has sent 150 soldiers to Guinea.", [("Mali", "Guinea", 150)]),
    ],
)  # fmt: skip
def test_a_figure_held_by_its_partys_own_verb_is_placed_where_the_article_is(ex, text, expected):
    assert _levels(ex, _BLOC_IN_LIBERIA + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part left of an original whole: the part stands, the whole is the level before
        ("Only 1,200 of the original 4,000 Dutch troops remain in Mali.",
         [("Netherlands", "Mali", 1200, None), ("Netherlands", "Mali", 4000, "(former level)")]),
        ("About 300 Kenyan soldiers remain in Somalia of the original 3,500 that arrived in 2011.",
         [("Kenya", "Somalia", 300, "about"), ("Kenya", "Somalia", 3500, "(former level)")]),
        # (guard) a part of the troops there now: the whole stands
        ("Germany will withdraw 400 of its 1,000 soldiers in Lithuania.",
         [("Germany", "Lithuania", 400, "(withdrawn)"), ("Germany", "Lithuania", 1000, None)]),
    ],
)  # fmt: skip
def test_a_part_left_of_the_original_whole_stands_and_the_whole_is_former(ex, text, expected):
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an addition made to the troops already there: both figures, at the place of the latter
        ("The US is adding 1,500 troops to the 3,000 already in Poland.",
         [("United States", "Poland", 1500), ("United States", "Poland", 3000)]),
        ("Britain will add 500 soldiers to the 900 it already has in Estonia.",
         [("United Kingdom", "Estonia", 500), ("United Kingdom", "Estonia", 900)]),
        # (guard) "add" with no troops already there adds no figure
        ("Canada will add 200 soldiers to its mission in Latvia.", [("Canada", "Latvia", 200)]),
    ],
)  # fmt: skip
def test_an_addition_to_the_troops_already_there_tells_both_levels(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one count twice in a sentence, once added and once already there: two levels
        ("The Pentagon is sending 2,000 more soldiers to Poland, adding to the 2,000 soldiers already based there.",
         [("United States", "Poland", 2000, "(additional)"), ("United States", "Poland", 2000, None)]),
        # (guard) the same figure told again in another sentence is one level
        ("The Pentagon is sending 2,000 more soldiers to Poland. The 2,000 troops will arrive in May.",
         [("United States", "Poland", 2000, "(additional)")]),
    ],
)  # fmt: skip
def test_one_count_added_and_standing_in_a_sentence_is_two_levels(ex, text, expected):
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each figure in brackets after a place is that place's, told once
        ("The US keeps troops in Kuwait (13,500 troops), Qatar (10,000 troops) and Bahrain (9,000 troops).",
         [("United States", "Kuwait", 13500), ("United States", "Qatar", 10000), ("United States", "Bahrain", 9000)]),
        # (guard) a mission's contributors labelled by bracket stay contributors where the mission serves
        ("UNIFIL troops serve in southern Lebanon. Contributors include Italy (1,100 troops) and Spain (650 troops).",
         [("Italy", "Lebanon", 1100), ("Spain", "Lebanon", 650)]),
    ],
)  # fmt: skip
def test_a_figure_in_brackets_after_a_place_is_that_places(ex, text, expected):
    assert _levels(ex, text) == expected


def test_two_services_joined_by_and_are_one_figure(ex):
    """'350 US Army and Air Force troops': two services' names joined by "and" before the troop noun
    are one state's figure; two peoples' names ("US and Australian") are no one state's level."""
    assert _levels(ex, "Roughly 350 US Army and Air Force troops are deployed in Jordan.") == [
        ("United States", "Jordan", 350)
    ]
    assert _levels(ex, "The Pentagon will deploy 2,000 Army and Marine troops to Syria.") == [
        ("United States", "Syria", 2000)
    ]
    assert _levels(ex, "Some 3,000 US and Australian troops are training together in Jordan.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the army troops serve alongside is a companion, not where they are: the place after it is
        ("Norway said its unit of 60 soldiers, who work alongside the Danish army at a base west of Mosul, will stay.",
         [("Norway", "Iraq", 60)]),
        # (guard) a place named before the companion stays the place
        ("Some 120 Estonian soldiers serve in Mali alongside French troops.", [("Estonia", "Mali", 120)]),
    ],
)  # fmt: skip
def test_an_army_served_alongside_is_no_place(ex, text, expected):
    assert _levels(ex, text) == expected


def test_small_contingent_told_as_posted(ex):
    """A figure under fifty is a level when its clause posts the troops somewhere with an auxiliary or
    a verb of staying ("some 30 soldiers are stationed in ..."), not when a bare participle only
    describes troops that left, nor when they were harmed."""
    assert _levels(ex, "Some 30 Estonian soldiers are stationed in Mali.") == [("Estonia", "Mali", 30)]
    assert _levels(ex, "About 40 Latvian troops remain in Iraq.") == [("Latvia", "Iraq", 40)]
    assert _levels(ex, "Around 20 Irish soldiers deployed in the south of Lebanon had left by March.") == []
    assert _levels(ex, "The blast wounded 30 Estonian soldiers who are stationed in Mali.") == []
    assert _levels(ex, "Some 30 soldiers were killed in Mali.") == []


def test_number_words_come_from_one_table():
    """Every number word the parser reads is one the sentence filter and the anchors know, and the
    pattern reads a word whole ("sixteen" is not "six"): the filter once knew "fifty" but not "sixty"."""
    import re

    from reporter.extract import posture
    from reporter.extract.numbers import NUMBER_HINT, NUMBER_RE, NUMBER_WORDS, WORD_UNITS, parse_number

    for w in WORD_UNITS:
        assert NUMBER_RE.match(w).group() == w, w
        assert parse_number(w) is not None and re.fullmatch(NUMBER_HINT, w), w
        assert w in posture._ANCHORS, w
    assert {"sixty", "seventy", "eighty", "ninety", "eleven", "nineteen", "dozen", "hundred"} <= NUMBER_WORDS
    assert {"well", "no", "not"} <= posture._ANCHORS  # "well over 300", "no more than 300", "not less than 300"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway keeps sixty soldiers at a base in Latvia.", [("Norway", "Latvia", 60)]),
        ("Portugal has about ninety troops in Romania.", [("Portugal", "Romania", 90)]),
        ("Denmark has a seventy-strong unit in Estonia.", [("Denmark", "Estonia", 70)]),
    ],
)
def test_counts_in_words_past_fifty(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits before a scale word, joined by a hyphen or a space: the scale multiplies them
        ("Portugal keeps 3-hundred soldiers in Lithuania.", [("Portugal", "Lithuania", 300)]),
        ("Belgium has some 4 hundred troops in Romania.", [("Belgium", "Romania", 400)]),
        ("Greece keeps 2-thousand troops in Cyprus.", [("Greece", "Cyprus", 2000)]),
    ],
)
def test_digits_before_a_scale_word(ex, text, expected):
    assert _levels(ex, text) == expected


def test_digits_joined_to_a_scale_word_parse_whole():
    from reporter.extract.numbers import NUMBER_RE, parse_number

    for text, value in (("3-hundred", 300), ("4 hundred", 400), ("2-thousand", 2000), ("1.5 thousand", 1500)):
        assert NUMBER_RE.match(text).group() == text, text
        assert parse_number(text) == value, text
    assert NUMBER_RE.match("300-strong").group() == "300"  # no scale word: the digits alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <country> <unit>" names where the unit serves, as "Germany's Niger contingent" does,
        # before a word of the figure's that would place it nowhere ("stationed overseas")
        (
            "Portugal is sending troops to Mozambique. Lisbon said the Mozambique deployment will involve fewer"
            " than 300 troops already stationed overseas.",
            [("Portugal", "Mozambique", 300)],
        ),
        (
            "Portugal is sending troops to Mozambique. Lisbon said the Mozambique deployment will involve fewer than 300 troops.",
            [("Portugal", "Mozambique", 300)],
        ),
        # the country named as a party elsewhere: "the US contingent" is whose the unit is, not where
        (
            "Poland hosts allied forces. The US contingent there numbers about 10,000 troops. The US said so.",
            [("United States", "Poland", 10000)],
        ),
    ],
)
def test_the_country_unit_places_its_figure(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new unit's figure sent with no destination of its own: where the sentence before sent troops
        (
            "Denmark will be deploying a battalion to Estonia, officials said. A company of some 150 Danish"
            " soldiers was sent ahead last week.",
            [("Denmark", "Estonia", 150)],
        ),
        (
            "Norway will be sending a battalion to Lithuania, officials said. A company of about 120 Norwegian"
            " soldiers deployed ahead of it on Friday.",
            [("Norway", "Lithuania", 120)],
        ),
        # no sending in the figure's own sentence: a new unit is not placed by the one before
        (
            "Denmark will be deploying a battalion to Estonia, officials said. A company of some 150 Danish"
            " soldiers was put on alert last week.",
            [],
        ),
    ],
)
def test_a_new_unit_sent_goes_where_troops_were_sent_just_before(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead of a longer text names a country as a place once and the text never again: not
        # where the article is
        (
            "Envoys from several European states flew to Kenya on Monday for talks on the regional crisis."
            " The Swedish government said on Tuesday that around 400 Swedish soldiers would take part in the"
            " new mission. The cabinet will vote next week. Opposition parties have asked for a debate first."
            " A decision is expected before the summer.",
            [],
        ),
        # named again below, the lead's place is the article's
        (
            "Envoys from several European states flew to Kenya on Monday for talks on the regional crisis."
            " The Swedish government said on Tuesday that around 400 Swedish soldiers would take part in the"
            " new mission. The cabinet will vote next week on sending them to Kenya. Opposition parties have"
            " asked for a debate first. A decision is expected before the summer.",
            [("Sweden", "Kenya", 400)],
        ),
    ],
)
def test_a_place_only_the_lead_names_is_not_the_articles(ex, text, expected):
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small figure told only roughly sizes a group sent along, no level
        ("Some 60 Danish soldiers will join the British battlegroup in Estonia next month.", []),
        ("Denmark will send about 70 military trainers to Latvia.", []),
        # posted somewhere, or told exactly, or past the rough floor, it is one
        ("About 60 Danish soldiers are stationed in Estonia.", [("Denmark", "Estonia", 60)]),
        ("Denmark will send 70 military trainers to Latvia.", [("Denmark", "Latvia", 70)]),
        ("Denmark will send about 80 military trainers to Latvia.", [("Denmark", "Latvia", 80)]),
    ],
)
def test_a_small_figure_told_roughly_is_no_level_unless_posted(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Nordic contingent will be reduced to 400 by June; the Total of 90 stays. Their Number grew.",
        "İzmir: the garrison was DOUBLED, the number of troops rose; then they now number 2,000.",
    ],
)
def test_the_level_cue_of_a_span_is_the_cue_of_its_lower_case(text):
    """_has_level_cue reads a span off the article's lower case, made once: for every span, what a
    lowered copy of the span itself holds (a text with an "İ", whose lower case is longer, too)."""
    from reporter.extract.posture import _LEVEL_CUE, _has_level_cue

    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert _has_level_cue(text, a, b) == (_LEVEL_CUE.search(text[a:b].lower()) is not None), (a, b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host in the perfect tense is a host all the same
        ("Niger has long hosted about 1,200 Belgian soldiers.", [("Belgium", "Niger", 1200)]),
        ("Djibouti has hosted some 1,500 Spanish troops, officials noted.", [("Spain", "Djibouti", 1500)]),
    ],
)
def test_perfect_host(ex, text, expected):
    assert _levels(ex, text) == expected


def test_contributors_listed_after_a_mission(ex):
    """After a figure told as serving a mission, the names listed with bare figures are the mission's
    other contributors, in its country, not further places of the first contributor."""
    text = "Ghana provides 2,300 soldiers to the UN force in Sudan, Nepal 1,700 and Peru 900."
    assert _levels(ex, text) == [("Ghana", "Sudan", 2300), ("Nepal", "Sudan", 1700), ("Peru", "Sudan", 900)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "military" as a plural noun, with a verb of being posted after it, counts troops
        ("About 1,300 Armenian military are stationed in Kazakhstan.", [("Armenia", "Kazakhstan", 1300)]),
        ("Some 900 Italian military remain in Latvia.", [("Italy", "Latvia", 900)]),
        # not when it qualifies another noun
        ("About 1,300 Armenian military trucks are parked in Kazakhstan.", []),
    ],
)
def test_military_as_a_plural_noun(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a formation sized in people, as translated copy tells it
        ("Belarus sent a battalion of about 450 people to Serbia.", [("Belarus", "Serbia", 450)]),
        # people of no formation are anyone
        ("A crowd of about 450 people gathered in Serbia.", []),
    ],
)
def test_formation_sized_in_people(ex, text, expected):
    assert _levels(ex, text) == expected


def test_the_country_of_a_dateline(ex):
    """"in the country" with no other country told before it is the one the dateline files from,
    not the force's own."""
    text = "TALLINN, Estonia (Wire) - Denmark keeps about 700 soldiers in the country, its ministry said on Friday."
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count) for p in facts.troop_posture] == [("Denmark", "Estonia", 700)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second verb of the subject holds a bare figure of the troops its sentence told without one
        ("Norway sent troops to Latvia in 2018 and still has about 350 there.", [("Norway", "Latvia", 350)]),
        ("Chile first posted soldiers to Haiti in 2004 and now keeps some 400 in the country.", [("Chile", "Haiti", 400)]),
        # no troops told before the figure: no level
        ("Norway opened a consulate in Latvia in 2018 and still has about 350 there.", []),
    ],
)
def test_bare_figure_after_troops_told_without_one(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "on its soil": the ground of the sentence's own state
        ("Gabon ordered the 400 Belgian soldiers on its soil to leave.", [("Belgium", "Gabon", 400)]),
        ("Gabon said the 400 Belgian soldiers based on its territory would go home.", [("Belgium", "Gabon", 400)]),
    ],
)
def test_troops_on_a_states_own_soil(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # builders and deminers of an army are its troops, as sappers are
        ("Belarus will send 800 military builders to Serbia.", [("Belarus", "Serbia", 800)]),
        ("Armenia posted some 120 army deminers in Syria.", [("Armenia", "Syria", 120)]),
        # builders of no army are anyone
        ("Some 500 builders are working in Serbia.", []),
    ],
)
def test_military_builders_and_deminers(ex, text, expected):
    assert _levels(ex, text) == expected


def test_police_and_gendarmes_counted_together(ex):
    """Gendarmes are troops; police counted with them are a level of both, as with soldiers."""
    text = "About 300 Portuguese police and gendarmes are deployed in Guinea-Bissau."
    assert _levels(ex, text) == [("Portugal", "Guinea-Bissau", 300)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional bloc fields troops through its mission in the country, as the AU does
        ("ECOWAS has 3,000 troops in Gambia.", [("ECOMIG", "Gambia", 3000)]),
        ("The Southern African Development Community has 1,500 soldiers in Mozambique.",
         [("SAMIM", "Mozambique", 1500)]),
        ("The East African Community has 2,000 troops in eastern Congo.",
         [("EACRF", "Democratic Republic of Congo", 2000)]),
        # where it has no mission listed, the bloc itself
        ("ECOWAS has 500 troops in Guinea-Bissau.", [("ECOWAS", "Guinea-Bissau", 500)]),
        # the bloc named in its mission's name is no other party: the figure is the mission's
        ("ECOMIG began its work in 2017. The Economic Community of West African States (ECOWAS) Mission in"
         " The Gambia was set up with a 1,000-strong force.", [("ECOMIG", "Gambia", 1000)]),
        ("SAMIM wound up in July. Under a Southern African Development Community mandate, some 2,000 soldiers"
         " were deployed.", [("SAMIM", "Mozambique", 2000)]),
        # a bloc that is no subject of troops is no force
        ("ECOWAS leaders met in Abuja as 900 Nigerian troops stayed in Gambia.", [("Nigeria", "Gambia", 900)]),
    ],
)  # fmt: skip
def test_regional_blocs_field_troops_through_their_missions(ex, text, expected):
    assert _levels(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second host's bare figure: the same troops, hosted by the nearer subject
        ("Kuwait hosts 13,500 US troops, while Qatar hosts about 10,000.",
         [("United States", "Kuwait", 13500), ("United States", "Qatar", 10000)]),
        ("Germany hosts 35,000 American soldiers and Italy houses 12,000.",
         [("United States", "Germany", 35000), ("United States", "Italy", 12000)]),
        ("Bahrain is home to 9,000 US troops, and Kuwait is home to about 13,500.",
         [("United States", "Bahrain", 9000), ("United States", "Kuwait", 13500)]),
        # the host's list goes on as before; hosting no troops is no level
        ("Qatar hosts 10,000 US troops, Bahrain 9,000 and Kuwait 13,500.",
         [("United States", "Qatar", 10000), ("United States", "Bahrain", 9000), ("United States", "Kuwait", 13500)]),
        ("Jordan hosts 1.3 million refugees, while Lebanon hosts 1.5 million.", []),
        ("Jordan is home to 1.3 million refugees, while Lebanon is home to 1.5 million.", []),
    ],
)  # fmt: skip
def test_a_second_host_of_the_same_troops(ex, text, expected):
    assert _levels(ex, text) == expected


def test_a_total_a_move_brings_the_troops_to_is_as_planned_as_the_move(ex):
    """'Canada sent 300 more soldiers to Latvia, bringing its force to 2,000': the total after a move
    told done stands now; after a move still to come ('will send') it stays planned."""

    def told(text: str) -> list[tuple[int, str | None]]:
        facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
        return [(p.count, p.qualifier) for p in facts.troop_posture]

    assert told("Canada sent 300 more soldiers to Latvia, bringing its force there to 2,000.") == [
        (300, "(additional)"),
        (2000, None),
    ]
    assert (2500, None) in told("The arrival of 400 more Rwandan troops brings the force in Mozambique to 2,500.")
    # near misses: the same total after a move to come, or brought by a plan of its own
    assert (1400, "(planned)") in told("Britain will send 500 more troops to Estonia, bringing the total to 1,400.")
    assert (2000, "(planned)") in told("Canada sent 300 more soldiers to Latvia, which will bring its force there to 2,000.")


def test_a_bodys_troops_counted_by_their_verb_are_its_mission_there(ex):
    """'SADC troops in Mozambique number 1,500': a regional or world body's troops sized by their own
    verb of size are its mission's in the place told, as 'Some 1,500 SADC troops are in Mozambique'."""
    assert _levels(ex, "SADC troops in Mozambique number 1,500.") == [("SAMIM", "Mozambique", 1500)]
    assert _levels(ex, "EU troops in Bosnia number about 1,100.") == [("EUFOR", "Bosnia and Herzegovina", 1100)]
    # near misses: the body's staff, and the harmed, are no troops of its mission
    assert _levels(ex, "UN staff in Mali number about 3,000.") == []
    assert _levels(ex, "AU soldiers killed in Somalia number about 3,000.") == []


def test_a_second_party_with_a_figure_of_its_own_is_no_place_or_part_of_the_first(ex):
    """'Chad contributed 1,400 troops to MINUSMA and Bangladesh 1,300': a name joined by 'and' to the
    place told, with a bare figure of its own, is the gapped clause's party; 'and Bangladesh, with
    1,300' is that party's figure, no part of Chad's."""
    gapped = _levels(ex, "Chad contributed 1,400 troops to MINUSMA and Bangladesh 1,300.")
    assert gapped == [("Chad", "Mali", 1400), ("Bangladesh", "Mali", 1300)]
    listed = _levels(ex, "The largest contingents in Mali came from Chad, with 1,400 troops, and Bangladesh, with 1,300.")
    assert sorted(listed) == [("Bangladesh", "Mali", 1300), ("Chad", "Mali", 1400)]
    # near misses: a part of the same troops is still read; a town after "and" is no party
    assert _levels(ex, "France has 1,000 troops in Chad, of whom 300 guard the airport.") == [
        ("France", "Chad", 1000),
        ("France", "Chad", 300),
    ]
    assert _levels(ex, "Britain sent 900 troops to Estonia and Tapa 300.") == [("United Kingdom", "Estonia", 900)]


def test_foreign_troops_are_no_one_states_but_a_state_named_among_them_is(ex):
    """'About 4,000 foreign troops are in Mali, including 1,000 French soldiers': a whole of several
    states' troops is not the article's state's level, though the part that names its state is;
    a mission's 'international troops' stay the mission's."""
    told = "France sent troops to Mali. "
    assert _levels(ex, told + "About 4,000 foreign troops are in Mali, including 1,000 French soldiers.") == [
        ("France", "Mali", 1000)
    ]
    assert _levels(ex, "The US has troops in Iraq. Iraq hosts about 5,000 foreign troops.") == []
    # near misses: parts of one state's whole stay no levels; a mission's whole stays its own
    assert _levels(ex, told + "About 4,000 French troops are in Mali, including 1,000 paratroopers.") == [
        ("France", "Mali", 4000)
    ]
    assert _levels(ex, "NATO leads the mission in Kosovo. About 4,500 international troops serve in Kosovo.") == [
        ("NATO", "Kosovo", 4500)
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Russia had about 2,000 troops in Syria last year.", "about (former level)"),
        ("Until 2022, France kept 5,100 soldiers in the Sahel.", "(former level)"),
        ("There were 15,000 UN peacekeepers in Mali at the mission's height.", "(former level)"),
        # near misses: a past verb after a saying verb, a perfect, a plan up to a year ahead
        ("Officials said on Monday that Russia had about 2,000 troops in Syria.", "about"),
        ("Russia has had about 2,000 troops in Syria since last year.", "about"),
        ("The US will keep 2,000 troops in Iraq until 2026.", "(planned)"),
    ],
)
def test_a_level_held_in_the_past_at_a_time_gone_by_is_a_former_one(ex, text, qualifier):
    """'Russia had about 2,000 troops in Syria last year': a level held in the simple past at a time
    its sentence tells gone by ('last year', 'until 2022', 'at the mission's height') is a former one."""
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    assert [p.qualifier for p in facts.troop_posture] == [qualifier]


def test_a_country_before_the_unit_an_owner_changes_is_where_it_serves(ex):
    """'France to cut Chad force to 1,000': as a headline writes it, a country right after the owner's
    verb and before a unit word names where the unit serves, as 'its Chad force' does."""
    body = "\n\nParis said the reduction would be gradual."
    assert _levels(ex, "France to cut Chad force to 1,000" + body) == [("France", "Chad", 1000)]
    assert _levels(ex, "Britain to double Estonia force to 1,800" + body) == [("United Kingdom", "Estonia", 1800)]
    # near miss: a demonym before the unit still names its owner
    assert _levels(ex, "France will cut Chadian force numbers in Mali to 1,400.") == [("Chad", "Mali", 1400)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ATMIS has 12,000 troops, including 3,000 Burundian soldiers.", [12000, ("Burundi", 3000)]),
        ("UNIFIL has 10,000 troops, among them about 1,000 Italian soldiers.", [10000, ("Italy", 1000)]),
        # near misses: a part placed by its own words stays the mission's; a state's own parts stay none
        ("UNIFIL has 10,000 troops, of whom 1,000 are based in Naqoura.", [10000, ("UNIFIL", 1000)]),
        ("France has 1,000 troops in Mali, including 300 French paratroopers.", [1000]),
    ],
)
def test_a_state_named_in_a_missions_part_holds_that_part(ex, text, expected):
    """'ATMIS has 12,000 troops, including 3,000 Burundian soldiers': a part of a mission's whole that
    names its own state is that state's level there, not one more figure of the mission's (the
    whole's own force first, then each (force, count) its sentence ties to it)."""
    levels = _levels(ex, text)
    assert [lv[2] for lv in levels[:1]] == expected[:1]
    assert [(force, count) for force, _, count in levels[1:]] == expected[1:]


def test_each_figure_of_a_list_sharing_one_troop_noun_is_its_states(ex):
    """'6,000 Ugandan, 3,000 Burundian and 3,500 Kenyan troops': every figure of a list sharing the
    last one's noun is its own state's level, the first before a comma too, as with two ('2,500 US
    and 1,000 British troops')."""
    levels = _levels(ex, "Somalia hosts 6,000 Ugandan, 3,000 Burundian and 3,500 Kenyan troops.")
    assert sorted(levels) == [("Burundi", "Somalia", 3000), ("Kenya", "Somalia", 3500), ("Uganda", "Somalia", 6000)]
    # near miss: a year before the list is no figure of it
    assert sorted(_levels(ex, "By March 2024, 3,000 Burundian and 3,500 Kenyan troops were in Somalia.")) == [
        ("Burundi", "Somalia", 3000),
        ("Kenya", "Somalia", 3500),
    ]


def test_the_leader_of_a_unit_sized_by_a_figure_owns_it_when_no_alliance_is_named(ex):
    """'Lithuania hosts a German-led battlegroup of about 1,600 soldiers': the leader named before the
    unit a figure sizes owns it (the host being no owner), unless the alliance is named as well."""
    assert _levels(ex, "Lithuania hosts a German-led battlegroup of about 1,600 soldiers.") == [("Germany", "Lithuania", 1600)]
    assert _levels(ex, "Poland hosts a US-led battlegroup of 1,100 troops.") == [("United States", "Poland", 1100)]
    # near miss: with the alliance named, the level stays the alliance's
    assert _levels(ex, "Lithuania hosts a German-led NATO battlegroup of about 1,600 soldiers.") == [("NATO", "Lithuania", 1600)]


def test_a_figure_a_coordinated_subject_holds_each_is_every_partys(ex):
    """'Germany and Italy each have about 1,000 troops in Lithuania': a figure told 'each' of a
    coordinated subject is every party's level; without 'each' it is no one party's."""
    for text in (
        "Germany and Italy each have about 1,000 troops in Lithuania.",
        "Germany and Italy have about 1,000 troops each in Lithuania.",
    ):
        assert sorted(_levels(ex, text)) == [("Germany", "Lithuania", 1000), ("Italy", "Lithuania", 1000)]
    # near miss: a joint figure of two states stays no level of either
    assert _levels(ex, "Germany and Italy have about 1,000 troops in Lithuania.") == []


def test_a_party_contributing_a_bare_figure_in_a_with_clause_holds_it(ex):
    """'Britain has 900 troops in Estonia, with France contributing about 300': a party's bare figure
    held by a participle of contributing is its own, as with 'contributes'; a figure of other things
    is none."""
    told = "Britain has 900 troops in Estonia, with France "
    assert ("France", "Estonia", 300) in _levels(ex, told + "contributing about 300.")
    assert _levels(ex, told + "contributing 300 tanks.") == [("United Kingdom", "Estonia", 900)]


def test_a_blocs_force_in_a_country_is_its_own_mission_there(ex):
    """'The SADC force in Congo numbered about 3,000': a regional bloc's force told by its name is the
    bloc's own mission in the place told (SAMIDRC, not the UN's MONUSCO), as 'the UN force in
    Lebanon' is UNIFIL; a bloc with no mission there tells no level."""
    assert _levels(ex, "The SADC force in Congo numbered about 3,000.") == [("SAMIDRC", "Democratic Republic of Congo", 3000)]
    assert _levels(ex, "The EU force in Bosnia numbers about 1,100.") == [("EUFOR", "Bosnia and Herzegovina", 1100)]
    # near miss: no mission of that bloc serves in the place told
    assert _levels(ex, "The SADC force in Lebanon numbers about 300.") == []


def _statuses(ex: Extractor, text: str) -> list[tuple[str, str, int, str | None]]:
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    return [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture]


def test_a_headline_infinitive_tells_a_planned_level(ex):
    """'Germany to station 4,800 soldiers in Lithuania': a sentence opening on a party and an
    infinitive is a headline's plan, so its level is planned; 'According to' or a figure told with a
    finite verb stays a standing level."""
    later = "\n\nThe ministers met on Tuesday."
    assert _statuses(ex, "Poland to station 2,400 soldiers in Latvia." + later) == [
        ("Poland", "Latvia", 2400, "(planned)")
    ]
    assert _statuses(ex, "Norway to double Lithuania force to 600." + later) == [("Norway", "Lithuania", 600, "(planned)")]
    # near misses: a finite verb, and "According to" before a party's level
    assert _statuses(ex, "Poland stationed 2,400 soldiers in Latvia." + later) == [("Poland", "Latvia", 2400, None)]
    assert _statuses(ex, "According to officials, Poland has 2,400 soldiers in Latvia." + later) == [
        ("Poland", "Latvia", 2400, None)
    ]


def test_a_gapped_partys_figure_with_its_noun_is_not_the_first_partys_in_that_party(ex):
    """'Rwanda sent 900 troops to Mozambique and Burundi 300 troops': the figure after the second
    party is that party's in the place told, read once with the list; it is no level of the first
    party in a country named like the second."""
    levels = _levels(ex, "Rwanda sent 900 troops to Mozambique and Burundi 300 troops.")
    assert sorted(levels) == [("Burundi", "Mozambique", 300), ("Rwanda", "Mozambique", 900)]
    # near miss: a second figure placed by its own "to" stays the first party's
    levels = _levels(ex, "Rwanda sent 900 troops to Mozambique and 300 troops to Burundi.")
    assert sorted(levels) == [("Rwanda", "Burundi", 300), ("Rwanda", "Mozambique", 900)]


def test_respectively_pairs_parties_and_places_of_the_same_rank(ex):
    """'Norway and Spain keep 200 and 650 soldiers in Lithuania and Latvia respectively': each party's
    level is in the place of its rank, with the adverb before the places as well; a single place
    after the pairs is every party's."""
    expected = [("Norway", "Lithuania", 200), ("Spain", "Latvia", 650)]
    told = "Norway and Spain keep 200 and 650 soldiers"
    assert sorted(_levels(ex, told + " in Lithuania and Latvia respectively.")) == expected
    assert sorted(_levels(ex, told + ", respectively, in Lithuania and Latvia.")) == expected
    # near miss: one place for both parties
    assert sorted(_levels(ex, told + " in Latvia respectively.")) == [("Norway", "Latvia", 200), ("Spain", "Latvia", 650)]


def test_a_mission_apposed_to_a_partys_mission_is_the_force(ex):
    """'EUFOR, the EU force of about 1,100 troops, ...': the mission named in apposition to a party's
    own mission or force is the force of its figure, the apposition before or after; a mission named
    beside it in no apposition leaves the figure the party's."""
    assert _levels(ex, "KFOR, the NATO mission of some 4,000 soldiers, guards Kosovo.") == [("KFOR", "Kosovo", 4000)]
    assert _levels(ex, "The NATO force in Kosovo, KFOR, has some 4,000 soldiers.") == [("KFOR", "Kosovo", 4000)]
    # near miss: the mission named apart from the party's, no apposition
    assert _levels(ex, "KFOR works beside the NATO mission of some 4,000 soldiers in Kosovo.") == [
        ("NATO", "Kosovo", 4000)
    ]


def test_a_part_of_a_foreign_whole_told_by_a_people_is_that_states(ex):
    """'Some 5,000 foreign troops serve in Mali, of whom 1,200 are Chadian': the whole is no one
    state's, the part told as one people's is that state's in the whole's place, written with
    'of whom' or 'of them'; a part told by no people, or of no troops, is none."""
    assert _levels(ex, "Some 5,000 foreign troops serve in Mali, of whom 1,200 are Chadian.") == [("Chad", "Mali", 1200)]
    assert _levels(ex, "Some 5,000 foreign troops serve in Mali, about 1,200 of them Chadian.") == [("Chad", "Mali", 1200)]
    # near misses: a part told by no people, and a people's part of a whole of no troops
    assert _levels(ex, "Some 5,000 foreign troops serve in Mali, of whom 1,200 are women.") == []
    assert _levels(ex, "Some 5,000 foreign workers live in Mali, of whom 1,200 are Chadian.") == []


def test_a_party_right_before_a_figure_after_a_first_clause_is_its_gapped_subject(ex):
    """'Rwanda sent 900 police to Mozambique and Burundi 300 soldiers': the party named right before
    the second figure is the subject of the verb left out, its figure in the first clause's place,
    whether or not the first figure is a troop level; a figure placed by its own 'to' stays the
    first party's."""
    assert _levels(ex, "Rwanda sent 900 police to Mozambique and Burundi 300 soldiers.") == [
        ("Burundi", "Mozambique", 300)
    ]
    # near miss: no party before the second figure, which its own "to" places
    assert _levels(ex, "Rwanda sent 900 police to Mozambique and 300 soldiers to Burundi.") == [
        ("Rwanda", "Burundi", 300)
    ]


def test_troops_only_told_to_get_ready_are_no_level(ex):
    """Troops told to get ready for a deployment that names no destination, or a reserve kept ready for
    crises, are at no place: neither a place in a later clause nor the place told before is theirs."""
    for text in (
        "Some 2,000 Italian soldiers were placed on standby for possible deployment within days, after mortars struck a consulate in Tripoli.",
        "A regiment of some 1,200 Spanish troops, called the duty regiment, had been ordered to get ready for an eventual deployment, after gunmen attacked a ferry near Tunis.",
        "Spain has 600 troops in Lebanon. Madrid maintains a reserve battalion of some 800 soldiers in its rapid corps for emergencies.",
        "Spain has 600 troops in Lebanon. Madrid keeps about 800 marines on standby for emergencies.",
    ):
        assert [n for _, _, n in _levels(ex, text) if n != 600] == [], text


def test_troops_readied_for_a_named_place_or_kept_there_stay_levels(ex):
    """Near miss: a possible deployment that names its destination, or a reserve kept at a named place."""
    for text, level in (
        ("Some 2,000 Italian soldiers were placed on standby for possible deployment to Malta after mortars struck a consulate in Tripoli.", ("Italy", "Malta", 2000)),
        ("Spain has 600 troops in Lebanon. Madrid keeps about 800 marines on standby in Cyprus.", ("Spain", "Cyprus", 800)),
        ("NATO keeps a rapid reaction force of 40,000 troops in Poland.", ("NATO", "Poland", 40000)),
        ("About 900 Italian paratroopers were sent to Libya after gunmen stormed a consulate in Tripoli.", ("Italy", "Libya", 900)),
    ):
        assert level in _levels(ex, text), text


def test_a_share_told_by_origin_is_no_level(ex):
    """'900 troops in Estonia, of whom 300 are Scottish': a share of one state's troops told only by who
    they are is no level of its own."""
    for text in (
        "Britain has 900 troops in Estonia, of whom 300 are Scottish, amid fears of an attack.",
        "Britain has 900 troops in Estonia, of which 200 were Gurkhas, amid fears of an attack.",
    ):
        assert _levels(ex, text) == [("United Kingdom", "Estonia", 900)], text


def test_a_share_told_by_its_task_or_place_or_state_stays_a_level(ex):
    """Near miss: a share told by where it serves or what it does, or a state's share of many states'
    troops, is a level."""
    for text, level in (
        ("Britain has 900 troops in Estonia, of whom 300 are based in Tapa, amid fears of an attack.", ("United Kingdom", "Estonia", 300)),
        ("Britain has 900 troops in Estonia, of whom 300 are deployed near the border, amid fears of an attack.", ("United Kingdom", "Estonia", 300)),
        ("Some 6,000 foreign troops are in Somalia, of whom 2,000 are Ugandan, amid attacks.", ("Uganda", "Somalia", 2000)),
    ):
        assert level in _levels(ex, text), text


def test_a_party_after_a_first_clause_with_troops_of_its_own_gaps_that_verb(ex):
    """'Kenya sent troops to Haiti and Jamaica 200 soldiers': the first clause has troops of its own, so
    the party after 'and' is the subject of its verb left out, its figure placed where the first
    clause sent its troops."""
    for text, level in (
        ("Kenya sent troops to Haiti and Jamaica 200 soldiers, officials said after the attack.", ("Jamaica", "Haiti", 200)),
        ("Kenya sent troops to Haiti and the Bahamas 150 soldiers after the attack.", ("Bahamas", "Haiti", 150)),
    ):
        assert _levels(ex, text) == [level], text


def test_a_first_clause_with_no_troops_of_its_own_lists_places(ex):
    """Near miss: 'sent to Haiti and Jamaica 200 soldiers' has no object before its places: no verb is
    gapped, the figure stays the first party's."""
    assert _levels(ex, "Kenya sent to Haiti and Jamaica 200 soldiers, officials said after the attack.")[0][0] == "Kenya"


def test_a_planned_move_told_done_leaves_a_standing_level(ex):
    """'completed its planned drawdown last month, leaving just under 1,000': the plan is carried out, and
    the level it left stands now; the same move still to be completed leaves a planned level."""
    assert _statuses(ex, "Britain completed its planned drawdown in Estonia last month, leaving about 900 troops there.") == [
        ("United Kingdom", "Estonia", 900, "about")
    ]
    # near miss: the planned move still ahead
    assert _statuses(ex, "Britain will complete its planned drawdown in Estonia next month, leaving about 900 troops there.") == [
        ("United Kingdom", "Estonia", 900, "about (planned)")
    ]
