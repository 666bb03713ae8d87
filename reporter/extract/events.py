"""Event words in a sentence, grouped by clause, with the cues that qualify them.

This module only reads language: which words announce an event of which kind, where clauses
break, and whether a clause negates, hypothesises or generalises. incidents.py turns what it
finds into incident records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, pairwise
from operator import attrgetter, itemgetter, or_

from reporter.extract import speech
from reporter.extract.dates import SINCE_MONTH, SUPERLATIVE
from reporter.extract.lemmas import lemma_form
from reporter.extract.numbers import NUMBER
from reporter.extract.prefilter import Folded, Prefiltered, guarded, opening_class
from reporter.extract.records import slot_init
from reporter.extract.text import Sentence, Token, relative_opener, tokens, words

#: Event frames named by one word, over lemmas: lemma -> (kind, the inflections that make it an event).
#: "targeted" is an event and "targets" a noun; "storming" an assault and "storm" the weather; "fell"
#: an impact and "the fall of the city" not. Inflections: base, s, ed, ing, past (irregular).
_N = frozenset({"base", "s"})
_V = frozenset({"base", "s", "ed", "ing", "past"})
_PAST = frozenset({"ed", "past"})
FRAMES: dict[str, tuple[str, frozenset[str]]] = {
    "intercept": ("intercept", _V), "interception": ("intercept", _N), "down": ("intercept", frozenset({"ed", "ing"})),
    "destroy": ("destroy", frozenset({"ed", "ing"})), "neutralise": ("destroy", _PAST), "neutralize": ("destroy", _PAST),
    # ("eliminated 16 terrorists": armed men eliminated were killed, as neutralised; candidates.py asks for them)
    "eliminat": ("destroy", frozenset({"ed"})),
    # harm to things, an event only when a weapon did it ("drones damaged silos"; candidates.py asks for the
    # weapon as its doer and drops the word otherwise: "the damaged bridge", "homes were damaged")
    "damage": ("destroy", frozenset({"ed"})),
    "warn": ("threat", frozenset({"base", "s", "ed"})), "threaten": ("threat", frozenset({"s", "ed", "ing"})),
    "vow": ("threat", frozenset({"s", "ed", "ing"})), "forewarn": ("threat", frozenset({"s", "ed"})), "caution": ("threat", _PAST), "ultimatum": ("threat", _N),
    "airstrike": ("airstrike", _N), "bombard": ("airstrike", _V), "bombardment": ("airstrike", _N),
    "shell": ("shell", frozenset({"ed", "ing"})), "shelling": ("shell", _N),
    "clash": ("clash", _V), "gunfight": ("clash", _N), "firefight": ("clash", _N), "gunbattle": ("clash", _N),
    "shootout": ("clash", _N), "skirmish": ("clash", _V), "ambush": ("clash", _V),
    "storm": ("clash", frozenset({"ed", "ing"})), "overrun": ("clash", frozenset({"past", "ing"})),
    # aircraft firing their guns along a target: "helicopters strafed rebel positions"
    "straf": ("airstrike", frozenset({"ed", "ing"})),
    # a shooting is ground violence: "shot and killed", "were shot", "shooting at a patrol"
    "shoot": ("clash", frozenset({"past", "ing"})), "gunfire": ("clash", _N),
    # a siege is fought out ("ended the siege of the hotel"); a place "under siege" is a state, not an event
    "siege": ("clash", _N),
    # a battle fought on the ground ("killed in the battles", "fierce battles broke the blockade"); a named or
    # figurative one ("the battle of X", "a legal battle", "battle against inflation") is none (_NOT_EVENT_AFTER,
    # _STATE_BEFORE)
    "battle": ("clash", _N),
    # a fight told by its verb, with whom or how long it went on (_ONLY_EVENT_AFTER): "rival militias fought
    # for hours near X", "villagers fought with bandits" ("fought corruption", "fought in the war" are none)
    "fight": ("clash", frozenset({"past"})),
    # a camp or town fired on by mortars: "insurgents mortared a military camp near X"
    "mortar": ("shell", frozenset({"ed", "ing"})),
    # ... and so is a place besieged as a deed, its object told ("insurgents besieged the town of X");
    # "the besieged city", "besieged by the RSF since May" tell a state (_ONLY_EVENT_AFTER)
    "besieg": ("clash", frozenset({"ed", "ing"})),
    # taking a ship, train or plane by force (candidates.py asks for a conveyance in the clause: "seized power")
    "hijack": ("seize", frozenset({"s", "ed", "ing"})), "seize": ("seize", frozenset({"s", "ed", "ing"})),
    "seizure": ("seize", _N), "commandeer": ("seize", _PAST), "capture": ("seize", frozenset({"ed", "ing"})),
    "board": ("seize", _PAST),
    # people carried off by armed men (candidates.py asks for the armed men as its doers: "gunmen abducted
    # three aid workers", "were kidnapped by bandits"; a kidnapping told with no doer is often crime or history)
    "kidnap": ("seize", frozenset({"ed", "ing"})), "abduct": ("seize", frozenset({"ed", "ing"})),
    # ... and so are homes torched by them ("gunmen torched 20 houses in X", "troops torched a village")
    "torch": ("seize", frozenset({"ed", "ing"})), "raze": ("seize", frozenset({"ed", "ing"})),
    # ... and so are buildings burned or plundered by them, told with what was hit (_ONLY_EVENT_AFTER: "armed
    # men looted and burned a market"; "burned fuel", "looted artefacts" are no deed of war)
    "burn": ("seize", frozenset({"ed", "ing"})), "loot": ("seize", frozenset({"ed", "ing"})),
    "pillag": ("seize", frozenset({"ed", "ing"})), "ransack": ("seize", frozenset({"ed", "ing"})),
    "explosion": ("explode", _N), "explode": ("explode", _PAST), "blast": ("explode", _N),
    "detonate": ("explode", frozenset({"s", "ed"})), "detonation": ("explode", _N), "bombing": ("explode", _N),
    "crash": ("crash", frozenset({"base", "s", "ed"})), "fall": ("crash", frozenset({"past"})),
    "land": ("crash", _PAST), "impact": ("crash", _PAST),
    # weapons told falling as rain are weapons that fell ("shells rained on the city"; candidates.py asks for the
    # weapon, so "it rained on Sunday", "praise rained on him" are none)
    "rain": ("crash", frozenset({"ed", "ing"})),
    "launch": ("launch", _V), "fire": ("launch", _PAST), "firing": ("launch", _N), "lob": ("launch", _PAST), "throw": ("launch", _PAST), "hurl": ("launch", _PAST),
    "salvo": ("launch", _N), "barrage": ("launch", _N), "volley": ("launch", _N),
    "strike": ("strike", frozenset({"base", "s", "past"})), "hit": ("strike", frozenset({"base", "s", "ing"})),
    "pound": ("strike", _PAST), "pummel": ("strike", _PAST), "target": ("strike", frozenset({"ed", "ing"})),
    "attack": ("strike", _V), "assault": ("strike", frozenset({"base", "s", "ed"})), "raid": ("strike", frozenset({"base", "s", "ed", "ing"})),
    "bomb": ("strike", _PAST),
    # an attack named by the wrong it does, as state media name a raid ("an enemy aggression targeted a site");
    # only as the subject of a hit verb (_ONLY_EVENT_AFTER): "aggression against its neighbour" is a war
    "aggression": ("strike", _N),
    # a ship sunk or scuttled was attacked (candidates.py asks for a vessel in the clause: "hopes sank")
    "sink": ("strike", frozenset({"past", "ing"})), "scuttle": ("strike", _PAST),
    # harm done: an event only when a weapon or an armed party did it ("a missile wounded 16 people in
    # X", "troops killed two men in Y"); a bare toll ("five were killed") belongs to an event told
    "kill": ("harm", frozenset({"ed", "s", "ing"})), "wound": ("harm", frozenset({"ed"})), "injure": ("harm", frozenset({"ed", "s"})),
    # killings by hand are harm done as "killed" is: "rebels slaughtered 43 villagers", "militants beheaded ten"
    "slaughter": ("harm", frozenset({"ed", "ing"})), "massacre": ("harm", frozenset({"base", "s", "ed", "ing"})),
    "behead": ("harm", frozenset({"ed", "ing"})), "butcher": ("harm", frozenset({"ed"})),
    # ("two guards were slain at a checkpoint in X": killed, in the words of a report)
    "slay": ("harm", frozenset({"past"})),
    # ... and so are stabbings and hackings to death by armed men ("militants stabbed two policemen"; a hacking
    # only before "to death", _ONLY_EVENT_AFTER: "hackers hacked the ministry's site" is no event)
    "stab": ("harm", frozenset({"ed", "ing"})), "hack": ("harm", frozenset({"ed", "ing"})),
    # killings of captives by armed men ("fighters executed 11 civilians"; only with armed men or "summarily"
    # before it and people after it: "Iran executed two men convicted of ...", "executed a plan" are none)
    "execut": ("harm", frozenset({"ed", "ing"})),
    # (beatings likewise, only to death: "were beaten to death by gunmen"; "beat the odds" is none)
    "beat": ("harm", frozenset({"base", "past", "ing"})),
    # shooting told by its spray ("attackers sprayed a wedding party with bullets"; only before "with bullets")
    "spray": ("clash", frozenset({"ed", "ing"})),
    # a killing on purpose is an attack on its target, by whatever means ("a scientist was assassinated in X")
    "assassinate": ("strike", frozenset({"ed"})), "assassinat": ("strike", frozenset({"ed", "ing"})),
    "assassination": ("strike", _N),
    # damage done on purpose is an attack whatever its means ("sabotage at the plant", "saboteurs sabotaged the line")
    "sabotage": ("strike", frozenset({"base", "ed"})),
    # weapons that got through a state's shield struck it ("missiles penetrated the air defences"); only
    # before a defence (_ONLY_EVENT_AFTER): "penetrated the market" is no event
    "penetrate": ("strike", _PAST), "penetrat": ("strike", _PAST),
    # armed men or their push fought off were fought (_ONLY_EVENT_AFTER): "repelled militants", "repulsed an
    # attempt to infiltrate" ("repelled an attack" is the attack's own word; "repels mosquitoes" no event)
    "repell": ("clash", frozenset({"ed", "ing"})), "repuls": ("clash", frozenset({"ed", "ing"})),
    # a force beaten and put to flight was fought ("fighters routed an army column"); "routed" is also the
    # verb of "route" (the lemmatiser cuts both to "rout"), which _NOT_EVENT_AFTER turns away ("routed through")
    "rout": ("clash", frozenset({"ed", "ing"})),
    # armed men slipping into a force's positions come to fight there ("militants infiltrated an army post");
    # only before such an object (_ONLY_EVENT_AFTER: "infiltrated the party" is no event)
    "infiltrate": ("clash", frozenset({"base", "s"})), "infiltrat": ("clash", frozenset({"ed", "ing"})),
}  # fmt: skip
#: Words that are an event only before what the pattern finds.
_ONLY_EVENT_AFTER = {
    lem: re.compile(r"\s+(?:[\w'’-]+\s+){0,3}(?:air\s+|missile\s+)?defen[cs](?:es?|e\s+systems?)\b", re.I)
    for lem in ("penetrate", "penetrat")
} | {
    lem: re.compile(
        r"\s+(?:(?:an?|the|two|three|several|dozens\s+of|hundreds\s+of)\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:militants?|fighters|insurgents|rebels|gunmen|attackers|assailants|jihadists|terrorists|raiders|infiltrators?"
        r"|attempts?|infiltrations?|incursions?|offensives?|advances?|counter-?attacks?|counter-?offensives?)\b",
        re.I,
    )
    for lem in ("repell", "repuls")
} | {
    lem: re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?to\s+death\b", re.I) for lem in ("hack", "beat")
} | {
    "execut": re.compile(
        r"\s+(?:(?:at\s+least|more\s+than|about|some|up\s+to)\s+)?(?:[\w'’-]+\s+){0,3}?(?:civilians|villagers|residents|farmers"
        r"|men|women|children|people|prisoners|captives|POWs|soldiers|detainees|hostages|worshippers|traders|miners)\b"
        r"|\s+by\s+(?:[\w'’-]+\s+){0,3}?(?:fighters|militants|gunmen|militia(?:s|men)?|rebels|soldiers|troops|forces|jihadists"
        r"|insurgents|paramilitaries)\b",
        re.I,
    ),
    "fight": re.compile(
        r"\s+(?:(?:fiercely|heavily|hard|again)\s+)?(?:for\s+(?:several\s+|many\s+|two\s+|three\s+)?(?:hours|days)\b(?!\s+to\s)"
        r"|each\s+other\b|one\s+another\b|(?:with|against)\s+(?:the\s+|an?\s+|rival\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:militants|fighters|insurgents|rebels|gunmen|jihadists|militia(?:s|men)?|bandits|attackers|assailants|army|troops|soldiers"
        r"|forces|police|tribesmen|paramilitaries|separatists)\b)",
        re.I,
    ),
} | {
    lem: re.compile(
        r"\s+(?:(?:into|inside)\s+)?(?:(?:the|an?|its|their|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?:positions?|posts?|outposts?|lines"
        r"|bases?|barracks|camps?|checkpoints?|trenches|defen[cs]es|front\s*lines?|garrisons?|strongholds?)\b",
        re.I,
    )
    for lem in ("infiltrate", "infiltrat")
} | {
    "spray": re.compile(r"\s+(?:[\w'’-]+\s+){1,5}?with\s+(?:[\w-]+\s+)?(?:bullets|gunfire|fire)\b", re.I),
    # an object told after the verb: a determiner, a number or a name ("besieged the town", "besieged Boni")
    "besieg": re.compile(r"\s+(?:the|an?|its|their|two|three|several|(?-i:[A-Z]))", re.I),
} | {
    lem: re.compile(
        r"\s+(?:(?:down|and\s+(?:burn(?:ed|t)|loot(?:ed)?|torched|destroyed))\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:homes?|houses?|huts?|villages?|markets?|shops?|stores?|churche?s?|mosques?|schools?|clinics?|hospitals?"
        r"|buildings?|dwellings|granar(?:y|ies)|warehouses?|offices|police\s+stations?|compounds?)\b",
        re.I,
    )
    for lem in ("burn", "loot", "pillag", "ransack")
} | {
    "aggression": re.compile(
        r"\s+(?:(?:has|had|also|reportedly)\s+)?(?:targeted|targeting|hit|struck|striking|hitting|bombed|shelled|pounded)\b",
        re.I,
    )
}
#: Words that are an event only after what the pattern finds, their subject slot: "militias fought" (not
#: "veterans who fought", "he fought").
_ARMED_SUBJECT = (
    r"\b(?:militias?|militiamen|fighters|militants|insurgents|rebels|gunmen|jihadists|bandits|troops|soldiers|forces"
    r"|army|police|tribesmen|clans|paramilitaries|separatists|factions|vigilantes|attackers|assailants)"
    r"\s+(?:(?:have|has|had|also|reportedly|then|again|\w+ly)\s+)?$"
)
#: A restrictive relative right before a fight's verb: "(veterans) who fought", "(men) that once battled".
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that)\s+(?:(?:had|have|once|later)\s+)?$", re.I)
_FIGHT_PAST = frozenset({"fought", "battled"})
_RAM_WORDS = frozenset({"rammed", "ramming", "rams"})
#: A vehicle made a bomb, told before the ramming: "an explosive-laden car", "a truck packed with explosives".
_LADEN_BEFORE = re.compile(r"\b(?:explosives?|bombs?|IEDs?)\b[^.;]*$", re.I)
_ONLY_EVENT_BEFORE = {
    "fight": re.compile(_ARMED_SUBJECT, re.I),
    # (or told as done without trial: "were summarily executed by the militia")
    "execut": re.compile(_ARMED_SUBJECT + r"|\b(?:summarily|extrajudicially|were|was|been|being)\s+$", re.I),
}
#: "strike a deal", "struck an accord": a bargain made, not an event (whatever the verb's form).
_STRIKE_A_DEAL = re.compile(
    r"\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|bargain|compromise|pact|balance|chord|tone|note)\b", re.I
)
#: "strike groups", "strike a deal", "strike price", "shot glass" are not events.
_NOT_EVENT_AFTER = {
    # a battle named ("the battle of X"), fought over a cause, or against or with what no armed men are
    "battle": re.compile(
        r"\s+(?:of|over|cry|lines?|plans?|tanks?|ships?|groups?|hardened|field|ground)\b|\s+(?:against|with|for)\s+(?!(?:the\s+|an?\s+|rival\s+)?"
        r"(?:(?-i:[A-Z])|(?:[\w'’-]+\s+){0,3}?(?:militants|fighters|insurgents|rebels|gunmen|jihadists|militia(?:s|men)?|bandits"
        r"|attackers|army|troops|soldiers|forces|police|tribesmen|paramilitaries|separatists|control)\b))",
        re.I,
    ),
    "strike": re.compile(
        r"\s+(?:groups?|price|aircraft|fighters?|capabilit(?:y|ies)|package|force|teams?)\b|" + _STRIKE_A_DEAL.pattern
        # a labour strike told by its cause or its kind: "a strike over pension reforms", "strike action"
        + r"|\s+(?:action|ballots?|pay\b|over\s+(?:[\w'’-]+\s+){0,3}?(?:pay|wages?|salar(?:y|ies)|pensions?|reforms?|"
        r"conditions|contracts?|benefits|jobs|hours|layoffs|job\s+cuts))\b",
        re.I,
    ),
    "shoot": re.compile(r"\s+(?:(?:\w+\s+)?down|a\s+(?:video|film)|footage|glass|ranges?)\b", re.I),
    # "an interception attempt", "interception systems": what the noun qualifies is the thing meant
    "interception": re.compile(r"\s+(?:attempts?|efforts?|systems?|rates?|capabilit(?:y|ies)|batter(?:y|ies)|missiles?)\b", re.I),
    # "fell victim to a hijacking", "fell silent", "the deal fell through": idioms, nothing came down
    "fall": re.compile(r"\s+(?:victims?|prey|ill|sick|silent|quiet|asleep|apart|behind|through)\b", re.I),
    # "vows of retaliation": a noun, no one's threat
    "vow": re.compile(r"\s+of\b", re.I),
    # kinds of weapon or unit, not events: "attack helicopters", "an amphibious assault ship"
    # ... nor are the warnings of one: "attack sirens", "an attack alert"
    "attack": re.compile(
        r"\s+(?:helicopters?|submarines?|aircraft|jets?|dogs?|boats?|craft|ads?|surfaces?|vectors?|sirens?|alerts?|alarms?|warnings?)\b",
        re.I,
    ),
    # a unit named for its task, not a deed: "a sabotage and reconnaissance group", "sabotage units"
    "sabotage": re.compile(r"[\"”]?\s+(?:and\s+[\w-]+\s+)?(?:groups?|units?|teams?|squads?|cells?|detachments?|brigades?|battalions?|forces)\b", re.I),
    # a killing planned, not done: "an assassination plot", "assassination squads"
    "assassination": re.compile(r"\s+(?:plots?|plans?|lists?|squads?|teams?|units?|campaigns?|threats?|orders?)\b", re.I),
    "assault": re.compile(r"\s+(?:rifles?|ships?|vehicles?|teams?|units?|craft|boats?|brigades?|battalions?|troops|forces|weapons?)\b", re.I),
    # the warnings of a raid, not one: "air raid sirens", "a raid alert", "raid shelters"
    "raid": re.compile(r"\s+(?:sirens?|alerts?|alarms?|warnings?|shelters?|drills?)\b", re.I),
    # a path given, not a foe beaten: "flights were routed through Cairo", "aid routed via Chad"
    "rout": re.compile(r"\s+(?:(?:\w+\s+){0,3}?(?:through|via|around|across|over|along|by\s+way\s+of|towards?|into|back)|to\s+(?!flight\b))\b", re.I),
}
#: A direct object right after a gerund: a name or a determiner ("bombing Yemen", "bombing the port").
_OBJECT_AFTER = re.compile(r"\s+(?:(?:the|its|their)\s+\w|(?-i:[A-Z]))(?!\w*\s+(?:campaign|raid))", re.I)
#: A word right before an event word that makes it a state, not an event: "a city under siege", or weather: "an
#: Arctic blast hit X".
_STATE_BEFORE = {
    "siege": frozenset({"under"}),
    "battle": words("""legal court courtroom custody uphill losing political diplomatic media electoral budget bidding
        price ratings pr constitutional regulatory procedural personal lifelong public takeover boardroom
        turf copyright patent"""),
    "blast": words("arctic polar cold icy wintry winter frigid freezing chilly"),
}
#: A siege kept up: "as the group pressed its year-long siege of the city", "tightened their siege" tell a state
#: that goes on, no event of the day ("broke the siege", "stormed the besieged town" are deeds).
_SIEGE_KEPT = re.compile(
    r"\b(?:press|tighten|maintain|continu|keep|kept|sustain)\w*\s+(?:up\s+)?(?:its|their|the|a|his)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
#: A film's shoot told bare, as a stage of the work: "before shooting began", "after shooting wrapped" ("the shooting
#: began at 9pm" has its determiner: an event).
_FILMING_OPENERS = words("before after when until once as since")
_FILM_WORDS = re.compile(r"\b(?:films?|movies?|cinemas?|documentar(?:y|ies)|actress(?:es)?|premiere|screenplay)\b", re.I)
_FILMING_AFTER = re.compile(r"\s+(?:began|begins|started|starts|wrapped|wraps|resumed|resumes|ended|finished)\b", re.I)
#: A work's own shoot, told by its possessive: "the film's shooting began", "the series' shooting wrapped".
_WORKS_OWN = re.compile(r"\b(?:films?|movies?|series|documentar(?:y|ies)|sequels?|shows?)['’]s?\s+$", re.I)
#: Frames whose past form is also a noun, and the words that make it one.
_NOUN_TOO = frozenset({"shoot"})
_DETERMINERS = words("a an the one another first last warning parting booster")
#: Event frames of several words, tried first at the words that can open them (their argument
#: slots written as patterns: "take down" needs an aircraft or weapon as its object).
_PHRASE = Folded(re.compile(
    r"""
    (?P<intercept>\b(?:shot|shoot(?:s|ing)?|brought)\s+(?:(?:them|it|one|both|all|most)\s+)?down\b|\b(?:was|were)\s+engaged\b(?!\s+in\b)
      |\b(?:bring(?:s|ing)?|took|take(?:s|n)?|taking)\s+down\b
        (?=\s+(?:[\w-]+\s+){0,4}?(?:drones?|missiles?|rockets?|UAVs?|aircraft|jets?|planes?|helicopters?|quadcopters?)\b)
      # the particle after its object, the object something that flies: "shot the two drones down"
      |\b(?:shot|shoot(?:s|ing)?|brought|bring(?:s|ing)?)\s+(?:[\w-]+\s+){0,3}?
        (?:drones?|missiles?|rockets?|UAVs?|aircraft|jets?|planes?|helicopters?|quadcopters?)\s+down\b
      |\bdestroyed\s+(?:in\s+)?mid-?air\b
      # what flies destroyed in the air, its object between: "batteries destroyed both drones in mid-air"
      |\bdestroy(?:s|ed|ing)?\s+(?:(?:the|them|it|its|their|all|both|most|two|three|several|incoming|[\w-]+)\s+){1,3}?
        (?:in\s+)?mid-?air\b
      # what flies, hit in the air: "the crews hit two air targets"
      |\b(?:hit|struck|destroyed)\s+(?:(?:two|three|four|five|six|several|multiple|many|some|hostile|enemy)\s+){0,2}?
        (?:air|aerial)\s+targets?\b
      # air defence engaging what flies: "batteries engaged incoming ballistic missiles"
      |\bengag(?:ed|ing)\s+(?:(?:an?|the|two|three|several|multiple|incoming|hostile|enemy|aerial|[\w-]+)\s+){0,3}?
        (?:drones?|missiles?|rockets?|UAVs?|aerial\s+targets?|projectiles?)\b
      # a salvo told by the few that got through the shield: "only two got through", "three slipped past air
      # defences" (the rest were stopped: candidates.py counts them, and drops it with no salvo counted)
      |\b(?:got|get(?:s|ting)?|slipped|made\s+it)\s+(?:through|past)\b
        (?=\s*(?:[,.;:]|$)|\s+and\s|\s+(?:(?:the|its|their|[\w'’-]+['’]s?)\s+){0,2}(?:air[\s-]+)?defen[cs]es\b))
    |(?P<threat>\bevacuation\s+(?:warnings?|orders?|notices?|alerts?)\b
      # a warning to leave: "warned residents of the district to evacuate", "warning civilians to flee"
      |\bwarn(?:ed|ing|s)?\s+(?:the\s+|all\s+)?(?:residents|civilians|inhabitants|people|population|villagers|families|citizens)\b
        (?=[^.;]{0,80}?\bto\s+(?:immediately\s+)?(?:evacuate|leave|flee|move\s+(?:out|away))\b)
      |\bwarning\s+(?:to|that|of)\b|\bwarning(?=\s+(?:the\s+)?(?-i:[A-Z]))|\bissued\s+a\s+(?:stark\s+|fresh\s+|new\s+)?warning\b
      # a pledge of harm: "pledged to retaliate", "promised to keep attacking the ships"
      |\b(?:pledg|promis)(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}?to\s+(?:(?:continue|keep|step\s+up|escalate|intensify|expand|resume)\s+(?:[\w-]+\s+){0,2}?)?
        (?:retaliat|respond|aveng|attack|strik|hit|target|bomb)\w*)
    |(?P<airstrike>\bair[\s-]strikes?\b
      # an attack whose means its modifier names: "an air attack on a market", "aerial bombing", "an aerial assault"
      # ("air raid sirens", "an air attack alert" warn of one; an "air assault" is troops landed by helicopter)
      |\b(?:air|aerial|air-to-(?:ground|surface))[\s-]+(?:raids?|attacks?|bombardments?|bombings?)\b(?!\s+(?:sirens?|alerts?|warnings?|shelters?|alarms?))
      |\b(?:aerial|air-to-(?:ground|surface))\s+(?:strikes?|assaults?)\b
      |\bbombing\s+raids?\b
      # a campaign from the air on what it names, one event told at the country's level ("launched an air
      # campaign against X"; candidates.py does not take it for many events by its own word "campaign")
      |\b(?:air|aerial|bombing)\s+(?:campaign|offensive)\b(?=\s+(?:against|in|on|over|across)\s)
      |\bdropp(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:bombs?|explosives?|munitions?|grenades?|payloads?)\b
      # aircraft sent on a strike, told by the errand: "sent an F-16 jet to bomb two sites", "dispatched warplanes
      # to strike the base" (what was sent is what struck; "sent troops to the border" is a move)
      |\b(?:sent|dispatched)\s+(?:[\w,-]+\s+){0,4}?(?:jets?|warplanes?|aircraft|bombers?|planes?|helicopters?|gunships?|(?-i:[A-Z]{1,3})-\d+[A-Z]?s?)
        \s+to\s+(?:bomb|strike|attack|hit|pound|target)\b)
    |(?P<shell>\bartillery\s+(?:fire|strikes?|attacks?|barrages?|exchanges|duels)\b|\bmortar\s+(?:fire|attacks?|strikes?|exchanges|duels)\b)
    |(?P<clash>\b(?:returned|returning|returns|return)\s+fire\b|\b(?:responded|responding|replied)\s+with\s+(?:[\w-]+\s+){0,2}?fire\b
      |\bgun\s+fights?\b|\bfire\s*fights?\b|\bgun\s+battles?\b|\bshoot-outs?\b|\bexchanges?\s+of\s+(?:gun)?fire\b
      |\b(?:exchang(?:ed|ing|es?)|traded)\s+(?:heavy\s+|cross-border\s+|small-arms\s+|artillery\s+)?(?:gun)?fire\b
      |\b(?:heavy|fierce|intense|renewed|fresh)\s+fighting\b
      # a battle told with its other side: "after fierce battles with the militia" ("a battle with cancer" has
      # no fierce fight told, nor "legal battles": the adjective comes right before)
      |\b(?:heavy|fierce|intense|bloody|violent)\s+battles?(?=\s+(?:with|against|between)\s)|\bbattles?\s+(?:(?:also|again|later|then|soon|since|reportedly|briefly|has|have|had)\s+){0,2}(?:raged|erupted|brok(?:e|en)\s+out)\b
      # (an adverb may stand between the fight and its outbreak: "fighting also broke out", "has since erupted")
      # (not a war told by its age: "as fighting between X and Y enters its third year", a war in general)
      |\bfighting\s+(?:between|with|against|(?:(?:also|again|later|then|soon|since|reportedly|briefly|has|have|had)\s+){0,2}(?:brok(?:e|en)\s+out|erupted|raged))\b
        (?![^.;]{0,100}?\benter(?:s|ed|ing)?\s+its\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?)\b)
      |\bopen(?:ed|s|ing)?\s+fire\b
      # a vehicle driven into people or a post on purpose, with the harm it did: "a car rammed into a crowd at a checkpoint", "rammed
      # his truck into soldiers, killing two" (a ship that "rammed a boat", a car that "rammed a bus" hit no one on foot)
      |\b(?:rammed|ramming|rams)\s+(?:(?:his|her|their|an?|the)\s+(?:[\w-]+\s+)?(?:car|vehicle|truck|lorry|van|SUV|bulldozer|tractor)\s+)?
        (?:into\s+)?(?:(?:an?|the|a\s+group\s+of|several|two|three|four|five)\s+)?(?:[\w'’-]+\s+){0,2}?
        (?:crowds?|pedestrians|soldiers|troops|police(?:men|\s+officers)?|officers|checkpoints?|guards|worshippers|shoppers|protesters
        |patrols?|people|civilians|settlers|passers-by|bus\s+stops?)\b
        (?=[^.;]{0,80}?,\s+(?:killing|wounding|injuring)\b)
      # ground fighting begun on a place: "rebels launched an offensive on X", "mounted a fresh offensive against the
      # town of Y" (not a "diplomatic" or "charm offensive", nor one from the air: a strike campaign; one "against
      # the group" names a foe, not a front: a campaign told, unless the front follows)
      |\b(?:launch(?:ed|es|ing)?|mount(?:ed|s|ing)?|began|begun|start(?:ed|s|ing)?)\s+(?:an?|the|its|their)\s+
        (?:(?!diplomatic\b|charm\b|media\b|legal\b|political\b|air\b|aerial\b|drone\b|missile\b|propaganda\b|peace\b|economic\b|trade\b)[\w-]+\s+){0,2}?
        (?:counter-?)?offensive\s+(?:(?:on|against|in|near|around)\s+(?:(?-i:[A-Z])|the\s+(?:[\w-]+\s+)?(?:town|city|village|port|region|province|district|state|capital)\b)
          |to\s+(?:retake|recapture|capture|seize|take)\b
          # (a foe named, then the front: "an offensive against al-Shabaab in the Bay region")
          |against\s+(?:[\w'’-]+\s+){1,3}?(?:in|near|around)\s+(?:(?-i:[A-Z])|the\s+(?:[\w-]+\s+)?(?:town|city|village|port|region|province|district|state|capital)\b))
      # people harmed by a party's fire, its means untold: "killed by Israeli fire", "wounded by army fire" (not a
      # blaze: "killed by fire"; rocket, artillery or tank fire are named by their weapon)
      |\b(?:killed|wounded|injured)(?=\s+(?:by|in|under)\s+(?:(?-i:[A-Z])[\w'’-]+\s+|(?:army|military|enemy|police|sniper|friendly)\s+
        |(?:security\s+)?(?:forces|troops|soldiers)['’]?\s+){1,2}fire\b)
      # people harmed in a fight told by its noun after "during" or as "combat": "a soldier was killed during
      # fighting in X", "wounded in combat near Y" (not "combat operations", "a combat zone": a kind of duty)
      |\b(?:killed|wounded|injured)(?=\s+(?:during\s+(?:the\s+)?|in\s+(?:the\s+)?(?=combat\b))(?:heavy\s+|fierce\s+|intense\s+)?
        (?:fighting|combat)\b(?!\s+(?:operations?|missions?|zones?|roles?|units?|training|duty|duties|experience|gear|readiness)\b))
      # a front breached by force: "fighters broke through the army's defences near X", "broke through
      # enemy lines" (not "broke through the clouds", "a deadlock", "police lines" a crowd pushed past, nor
      # air defences a missile got past: a strike)
      |\b(?:broke|break(?:s|ing)?|broken|burst|smashed|punched)\s+through\s+(?:the\s+)?(?:(?!police\b|picket\b|air\b|missile\b)[\w'’-]+\s+){0,3}?
        (?:defen[cs]es|defensive\s+(?:lines?|positions)|front\s*lines?|lines|encirclement|cordon)\b
      |\b(?:days|hours|weeks|nights)\s+of\s+(?:heavy\s+|fierce\s+)?fighting\b
      |\bin\s+(?:the\s+)?fighting\b
      # a fight told by its verb, with armed men as its object: "troops battled jihadists near X", "fighters
      # fought government forces" (not "fought corruption", "battled the flames")
      |\b(?:fought|battled)\s+(?:against\s+|off\s+)?(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:rebels|fighters|forces|troops|soldiers|
        militants|jihadists|insurgents|army|militias?|militiamen|separatists|gunmen|terrorists|bandits|(?-i:[A-Z]{2,}))\b)
      # ... or with armed men as its subject and the scene after it: "rival militias fought in X on Sunday", "troops
      # and rebels fought for control of Y" (not "fought the blaze", "fought over the budget")
      |(?:(?<=\bmilitias\s)|(?<=\bmilitiamen\s)|(?<=\brebels\s)|(?<=\bfighters\s)|(?<=\bfactions\s)|(?<=\bclans\s)|(?<=\btroops\s)|(?<=\bforces\s)|(?<=\bsoldiers\s)|(?<=\bmilitants\s)|(?<=\bjihadists\s)|(?<=\binsurgents\s)|(?<=\bgunmen\s))(?:fought|battled)\b
        (?=\s+(?:(?:fiercely|heavily|each\s+other)\s+)?(?:in|near|around|inside|outside|for\s+control\s+of|with\s+(?:heavy|machine|small|rocket|automatic))\b)
      # fighting that took lives is an event, not the war in general: "fighting in the district left six dead"
      # ... and so is a gunfight told by its South Asian noun "encounter" ("an encounter in the district left two
      # soldiers dead", "an encounter broke out in X"; "an encounter with reporters" neither took lives nor broke out)
      |\bfighting\b(?=\s+(?:(?:in|on|at|near|around|across|along|inside|outside)\s+(?:[\w'’.-]+\s+){1,5}?)?(?:has\s+|have\s+|had\s+)?(?:killed|left|claimed)\b)
      |\bencounter\b(?=\s+(?:(?:in|on|at|near|around|across|along|inside|outside)\s+(?:[\w'’.-]+\s+){1,5}?)?(?:has\s+|have\s+|had\s+)?
        (?:killed|claimed|left\s+(?:[\w-]+\s+){1,4}?(?:dead|killed|injured|wounded)\b))
      |\b(?:gun\s+)?encounter\s+(?:broke\s+out|erupted|ensued|raged)\b
      # people taken hostage by force: "took 800 people hostage", "taking hundreds of hostages"
      # ("wanted to take civilians hostage": an aim, not a deed; "took over 400 people": more than 400)
      |(?<!to\s)\b(?:took|take|takes|taken|taking)\s+(?:(?!(?:part|place|control|power|office|effect)\b|over\b(?!\s+\d))[\w,'’-]+\s+){0,5}?hostages?\b
      |\bcame\s+under\s+(?:heavy\s+|small-arms\s+)?fire\b|\b(?:an?\s+|gun\s+)(?:gun\s+)?encounter\s+with\b
      # an operation, or a bid foiled, told with armed men it killed: "conducted an operation in X, killing
      # three militants", "foiled a terror bid in Y on Sunday, killing two attackers", "an operation in Z that
      # killed a senior IS leader" (the fight that killed them)
      |\b(?:carried\s+out|conducted|launched|mounted|foiled|thwarted)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?
        (?:operation|bid|attempt|attack|assault|raid|plot)\b
        (?=[^.;:!?]{0,80}?(?:,\s+(?:killing|eliminating|neutrali[sz]ing)|\s(?:that|which)\s+(?:killed|eliminated))\s+
          (?:at\s+least\s+)?(?:[\w-]+\s+){0,3}?
          (?:militants|terrorists|insurgents|attackers|assailants|infiltrators|gunmen|fighters|jihadists|bandits|rebels
            |operatives|(?:leader|commander|member|militant|fighter|operative)s?)\b)
      |\b(?:military|security|counter-?terror(?:ism)?|intelligence-based|ground|clearance)\s+operation\b
        # "the UN military operation in the area announced": a body that speaks, not an event
        (?!\s+(?:(?:in|of|for)\s+(?:the\s+)?(?:[\w-]+\s+){1,2})?(?:said|says|stated|reported|announced|told|spokes\w+|commander)\b))
    # taking ground by force: "seized control of the crossing", "recaptured the village", "retook the town"
    # (candidates.py asks for a place or a piece of ground as what was taken: "seized control of the talks";
    # "took control of the base" is as often a handover as a capture: candidates.py keeps it only when an
    # armed group took it on a day told, outside a relative clause: "the rebels took control of X on Sunday")
    |(?P<seize>\b(?:seized|seizing|seizes|seize|wrested|wresting)\s+
        (?:full\s+|complete\s+|total\s+|effective\s+|military\s+)?control\s+(?:of|over)\b
      |\b(?:took|taken|taking|takes|take)\s+(?:full\s+|complete\s+|total\s+|effective\s+|military\s+)?control\s+(?:of|over)\b
      |\btakeover\s+of\b
      # homes set alight by armed men, as "torched" (candidates.py asks for the armed men as its doers)
      |\bset(?:s|ting)?\s+(?:fire\s+to|ablaze|alight)\b|\bset(?:s|ting)?\s+(?:an?|the|their|its|dozens\s+of|several)\s+(?:[\w'’-]+\s+){0,3}?(?:ablaze|alight|on\s+fire)\b
      |\brecaptur(?:ed|ing|es)\b|\bret(?:ook|aken|aking|akes)\b
      # "the town fell to the rebels": ground lost to an armed party ("prices fell to a record low" is not)
      |\bfell\s+to\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:rebels|fighters|forces|troops|militants|jihadists|insurgents|army|militias?|
        separatists|gunmen|Taliban|(?-i:[A-Z]{2,})\b)))
    |(?P<explode>\bcar\s+bomb(?:s|ers?|ings?)?\b|\bwent\s+off\b
      # a charge as the subject of a verb of blasting through a place: "a bomb tore through a market"
      # (the bare charge may be found or defused, but one that tore through something went off)
      |\b(?:bombs?|IEDs?|explosive\s+devices?)\s+(?:(?:had|has|reportedly|then)\s+)?(?:tore|tears|tearing|ripped|rips|ripping)\s+through\b
      # a vehicle made a bomb that hit: "an explosive-laden car rammed the convoy" (one "driving a car packed
      # with explosives" was caught: no blast)
      |\b(?:explosives?|bomb|IED)[\s-](?:laden|packed|filled|rigged|loaded)\s+(?:[\w-]+\s+)?(?:vehicles?|cars?|trucks?|lorr(?:y|ies)|vans?|SUVs?|motorcycles?|motorbikes?|boats?|tankers?)\b
        (?=\s+(?:(?:was|were|had|has|then|reportedly)\s+)?(?:rammed|ramming|rams|ploughed|plowed|slammed|crashed|smashed|exploded|detonated|blew|struck|hit)\b)
      # ... told with its cargo after it ("a lorry rigged with explosives then ploughed through a
      # checkpoint gate") or as what the bomber drove into the target ("steered his bomb-laden van into a
      # checkpoint"): the way in named ("into") tells it hit
      |\b(?:vehicles?|cars?|trucks?|lorr(?:y|ies)|vans?|SUVs?|motorcycles?|motorbikes?|boats?|tankers?)\s+
        (?:laden|packed|filled|rigged|loaded)\s+with\s+(?:explosives|bombs)\b
        (?=\s+(?:(?:was|were|had\s+been|has\s+been|then|reportedly|is)\s+)?(?:rammed|ramming|rams|ploughed|plowed|slammed|crashed|smashed|exploded|detonated|blew\s+up|driven\s+into|drove\s+into)\b)
      |\b(?:rammed|rams|ramming|drove|driven|drives|driving|steered|ploughed|plowed)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?
        (?:explosives?|bomb|IED)[\s-](?:laden|packed|filled|rigged|loaded)\s+(?:[\w-]+\s+)?(?:vehicles?|cars?|trucks?|lorr(?:y|ies)|vans?|SUVs?|motorcycles?|motorbikes?|boats?)\s+into\b
      # "a suicide car bomber", "a suicide attacker": the bomber names the blast
      |\bsuicide\s+(?:(?:car|truck|vehicle|motorcycle|motorbike)\s+)?(?:bomb(?:ings?|ers?)|attack(?:s|ers?)?)\b|\bblew\s+up\b
      # a charge set off by its bearer: "militants set off a roadside bomb", "setting off an explosive device"
      # (not "set off sirens", "set off a fire", "set off fireworks", "set off for the border")
      |\b(?:set|sets|setting)\s+off\s+(?:(?:an?|the|two|three|several|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?
        (?:bombs?|explosives|IEDs?|(?:explosive|incendiary)\s+(?:devices?|charges?)|(?:explosive|suicide)\s+(?:vests?|belts?)|(?:land\s*)?mines?)\b
      # "ran over a landmine", "stepped on a mine": a blast told by what set it off
      |\b(?:ran|run|runs|running|drove|driven|stepped|stepping|trod)\s+(?:over|on|onto)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:land\s*)?mines?\b
      # ... or by the conveyance that hit it: "their vehicle hit a mine", "a bus struck an anti-tank mine"
      # (what a drone or jet hits is a target: "drones hit a mine in Ituri" is an attack on a pit)
      |\b(?:vehicles?|cars?|trucks?|lorr(?:y|ies)|vans?|bus(?:es)?|minibus(?:es)?|tractors?|convoys?|patrols?|tanks?|motorcycles?
        |motorbikes?|boats?|ships?|vessels?|tankers?)\s+(?:(?:had|has|then|reportedly)\s+)?(?:hit|hits|struck|strikes|triggered|triggers)
        \s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:land\s*)?mines?\b(?!\s+(?:collapse|shaft|site)s?\b))
    |(?P<airspace>\b(?:clos(?:ed|ing|es|ure)|shut|reopen(?:ed|ing|s)?|violat(?:ed|ing|ions?)|breach(?:ed|es)?|incursions?
        |enter(?:ed|ing|s)?|cross(?:ed|ing|es)?|intrud(?:ed|ing|es)\s+(?:into|on))
        # (not the sky a weapon came from or through: "the drone had crossed from Iraqi airspace" is the path
        # of the attack it made, no step of its own)
        \s+(?:of\s+|into\s+)?(?:(?!(?:from|via|through|out)\b)[\w'’-]+\s+){0,3}?airspaces?\b
      # ("Israel closed its airspace and Jordan shut theirs": the pronoun is an airspace only when the sentence
      # told one before it, which candidates checks)
      |\b(?:clos(?:ed|ing|es)|shut|reopen(?:ed|ing|s)?)\s+theirs\b
      |\bairspaces?\s+(?:(?:in|of|over)\s+(?:[\w-]+\s+){1,4}?)?(?:was\s+|were\s+|had\s+been\s+|remained\s+|remains\s+)?(?:closed|closures?|shut|reopened|violations?|breach(?:ed|es)?)\b
      # an airport closed or its air traffic halted is the airspace over that spot shut (GUIDE: "other")
      |\b(?:clos(?:ed|ing|es|ure)|shut(?:\s+down)?|reopen(?:ed|ing|s)?)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}?airports?\b
      |\bairports?\s+(?:(?:in|of|at)\s+(?:[\w-]+\s+){1,3}?)?(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|remained\s+|remains\s+)?(?:closed|shut|reopened)\b
      |\bair\s+traffic\s+(?:(?:at|in|over|to|from)\s+(?:[\w'’-]+\s+){1,4}?)?(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:halted|suspended|stopped|closed|resumed)\b
      |\b(?:halt(?:ed|ing|s)?|suspend(?:ed|ing|s)?|stopp(?:ed|ing)|resum(?:ed|ing|es)?)\s+(?:all\s+)?air\s+traffic\b
      # ... and so is an airport's traffic stopped, told by its flights: "two airports suspended flights", "flights at
      # the airport were halted" (an airline's flights to a country stopped are a business step: no airport named)
      |\bairports?\s+(?:[\w'’-]+\s+){0,4}?(?:halt|suspend|stopp|restrict|paus|ground|divert)(?:ed|ing|s)?\s+(?:all\s+|some\s+|its\s+|their\s+)?
        (?:[\w-]+\s+)?(?:flights|departures|arrivals|operations|take-?offs|landings)\b
      |\b(?:flights|departures|arrivals|operations|take-?offs|landings)\s+(?:at|to|from|into|out\s+of|in)\s+(?:[\w'’-]+\s+){0,4}?airports?\s+
        (?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:briefly\s+|temporarily\s+)?(?:halted|suspended|stopped|restricted|paused|grounded|diverted)\b)
    |(?P<crash>\bcame\s+down\b
      # an aircraft lost: "a helicopter went down near the base" (candidates.py asks for what flies: "prices went down")
      |\bwent\s+down\b(?!\s+(?:to|by|from|with|on\s+(?:record|paper))\b)
      # what falls after a shoot-down: "falling debris damaged homes", "fallen fragments were found"
      |\b(?:falling|fallen)\s+(?:[\w-]+\s+)?(?:debris|fragments|wreckage|shrapnel|objects)\b)
    # "In a separate incident, a hospital was damaged": a further event told by a word of no kind
    |(?P<incident>\b(?:an|another|a\s+(?:separate|second|third|further))\s+incident\b)
    |(?P<launch>\bfire(?=\s+(?:at|on|toward|towards|against|into)\b)
      # a place under fire of a named weapon: "came under rocket fire", "came under heavy missile fire"
      |\bcame\s+under\s+(?:heavy\s+|intense\s+|renewed\s+)?(?:missile|rocket|mortar|drone)\s+fire\b
      # an answer told by what was fired: "retaliated with missiles and drones", "hit back with rockets"
      # (an answer in words or force of no weapon, "responded with warnings", "will respond with full force", is none)
      |\b(?:retaliated|responded|replied|(?:hit|struck)\s+back)\s+with\s+(?:[\w-]+\s+){0,4}?
        (?:missiles?|rockets?|drones?|UAVs?|shells?|mortars?|projectiles?)\b
      # weapons sent at a foe: "sent 60 drones against Ukraine", "dispatched waves of drones at the city"
      # (a delivery is sent "to" someone: "sent 60 drones to Ukraine" arms it)
      |\b(?:sent|send(?:s|ing)?|dispatch(?:ed|es|ing)?)\s+(?:[\w,-]+\s+){0,5}?
        (?:missiles?|rockets?|drones?|UAVs?|projectiles?)\s+(?:at|against|toward|towards|into)\b
      # weapons told crossing from where they were fired: "some 20 rockets crossed from the north" (the verb
      # right after the weapon, so a border or a person crossing is none)
      |(?:(?<=missiles\s)|(?<=rockets\s)|(?<=drones\s)|(?<=projectiles\s))crossed(?=\s+(?:over\s+)?from\b))
    |(?P<strike>\bslamm(?:ed|ing)\s+into\b|\bshot\s+(?:dead|to\s+death)\b|\bgunned\s+down\b|\bmachine[-\s]?gunn(?:ed|ing)\b)
    """,
    re.I | re.X,
))
#: A natural hazard as the doer: "an earthquake struck eastern Turkey", "floods have killed 30", "a cyclone hit".
_HAZARD_BEFORE = re.compile(
    # (capitalised "Typhoons" and "Tornados" are combat jets: "RAF Typhoons struck a hideout")
    r"\b(?!(?-i:Typhoons|Tornados)\b)(?:earthquakes?|quakes?|tremors?|aftershocks?|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|"
    r"floods?|flooding|floodwaters?|landslides?|mudslides?|tsunamis?|wildfires?|bushfires?|"
    r"droughts?|heat\s*waves?|blizzards?|avalanches?|rains?|downpours?|outbreaks?|epidemics?|pandemic)"
    # a storm by its name: "Typhoon Haiyan struck", "Cyclone Idai hit"
    r"(?:\s+(?-i:[A-Z][a-z]+))?"
    r"\s+(?:(?:that|which|has|have|had|also|then|reportedly)\s+)?$",
    re.I,
)
#: A pact as what was struck: "the deal struck between X and Y", "a truce was struck in Z" (struck, not hit).
#: A labour strike told by who strikes or how: "workers went on strike", "a dockworkers' strike", "union strike"
#: ("a follow-on strike" is a second blow: the "on" of a compound is no walkout).
_LABOUR_BEFORE = re.compile(
    r"(?:(?<![\w-])on|\b(?:workers|dockworkers|teachers|nurses|doctors|miners|drivers)['’]?|\bunion|\bwildcat|\bsympathy|\brail)\s+$",
    re.I,
)
_PACT_BEFORE = re.compile(
    r"\b(?:deals?|agreements?|accords?|truces?|bargains?|compromises?|pacts?|understandings?|arrangements?)\s+"
    r"(?:(?:was|were|has|have|had|been|being|is|are|just|recently|finally|first|reportedly)\s+){0,3}$",
    re.I,
)
#: "Came under fire" in its figurative sense, criticism: said of a person by office, a body that decides, a
#: plan or a price ("the minister came under fire", "the shekel came under fire") ...
_CRITICISED_SUBJECT = re.compile(
    r"\b(?:minister|president|premier|chancellor|government|ministry|administration|cabinet|parliament|bank|"
    r"currency|shekel|rial|riyal|lira|pound|dollar|euro|rouble|ruble|rupee|hryvnia|dinar|shares|stocks|markets?|"
    r"plan|plans|policy|policies|bill|law|decision|remarks|comments|budget|company|firm|broadcaster|network|"
    r"regulator|court|judge|mayor|party|spokes(?:man|woman|person)|chief|CEO|leader|official|officials)['’]?"
    r"\s+(?:(?:has|have|had|also|again|quickly|swiftly|soon|immediately)\s+)*$",
    re.I,
)
#: ... or told with what it is blamed for or by whom: "came under fire for", "over its handling", "from critics"
#: (not "from militants", "for hours", "over the town").
_CRITICISED_AFTER = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|again|this\s+week|last\s+week))?,?"
    r"\s+(?:(?:for|over)\s+(?:his|her|its|their|the\s+way|how|what|why|allegedly|failing|\w+ing\s+(?:the|a|an|his|her|its|their)\b)"
    r"|from\s+(?:[\w'’-]+\s+){0,2}?(?:critics|lawmakers|legislators|MPs|opposition|rights\s+groups|activists|campaigners|"
    r"media|press|commentators|analysts|economists|investors|allies|unions|fans|voters|parents|residents|capitals|governments)\b)",
    re.I,
)


def criticised(text: str, start: int, end: int) -> bool:
    """ "Came under fire" at text[start:end] tells criticism, not shooting: its subject is a person by office,
    a body, a plan or a price, or what follows says what it is blamed for or by whom."""
    return bool(_CRITICISED_SUBJECT.search(text, max(0, start - 40), start) or _CRITICISED_AFTER.match(text, end))


_NOT_EVENT_BEFORE = re.compile(
    r"(?:counter[-\s]|heart\s|panic\s|cyber[-\s]?|hunger\s|general\s|labou?r\s|asthma\s|celebratory\s)$", re.I
)
#: Nouns that can carry a determiner ("the attack") and so refer back.
NOUNS = words("""attack attacks strike strikes interception interceptions blast blasts explosion explosions barrage
    barrages raid raids assault assaults airstrike airstrikes bombing bombings shelling salvo salvos
    clash clashes incident ambush ambushes skirmish skirmishes gunfight gunfights firefight firefights
    gunbattle gunbattles shootout shootouts bombardment bombardments detonation detonations volley volleys
    crash crashes sinking sinkings sabotage assassination assassinations massacre massacres""")

#: "while" or "when" opening where and how a ship or convoy was when it was hit, not a clause of its own:
#: "struck by a drone while about 60 nautical miles off Aden", "hit when transiting the strait".
_UNDER_WAY = (
    r"\s+(?:(?:approximately|about|some|around|roughly|nearly)\s+)?\d[\d,.]*\s+(?:nautical\s+)?(?:miles|km|kilomet(?:re|er)s|nm)\b"
    r"|\s+(?:sailing|transiting|travell?ing|steaming|"
    r"navigating|anchored|moored|docked|underway|passing|en\s+route|off)\b"
)
#: The nouns of an answer to an event: "in retaliation for", "in response to", "revenge for". One list for
#: every reader of an event told as the one another answers (candidates.told_as_answered and answer_before,
#: places.answered_from, actors' answer between two parties).
ANSWER_NOUN = r"(?:retaliation|revenge|response|reprisal)"
#: Words that link an answer to the event it answers: "in response to", "in retaliation for", "in apparent
#: retaliation for", "in what it called a response to" (the speaker's own framing of the answer; "following"
#: is no answer: "fires have burned since Monday following a drone strike" tells the strike at the fires).
ANSWER_PHRASE = (
    r"in\s+(?:what\s+(?:[\w'’-]+\s+){1,3}?(?:called|calls|described\s+as|describes\s+as|termed|said\s+was|says\s+was)\s+)?"
    rf"(?:(?:an?|apparent|possible|direct|swift)\s+){{0,2}}{ANSWER_NOUN}\s+(?:for|to)\b"
)
#: The verb of avenging an event: "to avenge the raid", "avenging the strike".
AVENGE = r"aveng(?:e|es|ed|ing)"
#: A verb answering an event, with the word that takes the event as its object.
ANSWER_VERB = (
    rf"respond(?:s|ed|ing)?\s+to|retaliat(?:e|es|ed|ing)\s+(?:for|against)|{AVENGE}"
    r"|(?:take|takes|took|taking|seek|seeks|sought|seeking|exact|exacted)\s+(?:its\s+|their\s+)?revenge\s+for"
)
#: A relative clause that only tells when and where the event before it happened ("the attack, which took
#: place near X on Monday, ...", "the clashes, which centred on the X neighbourhood"): the event's own day and
#: place, so no clause of its own.
_TOOK_PLACE = r"\s+(?:took\s+place|happened|occurred|(?:were\s+|was\s+)?cent(?:red|ered)\s+(?:on|in|around))\b"
#: More weapons of the same salvo after "as well as": "112 drones, as well as 13 ballistic missiles" (GUIDE: a
#: mixed salvo is a missile attack), no clause of its own ("..., as well as shelling X" is another deed).
_AS_WELL_AS_WEAPONS = (
    rf"\s+well\s+as\s+(?:{NUMBER}|an?|several|some|dozens\s+of)\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:missiles?|drones?|rockets?|UAVs?)\b"
)
#: The opening of a participle clause naming what set an event off ("prompted by", "triggered by").
CAUSE_OPEN = r"(?:prompted|triggered|sparked|provoked)\s+by\b"
#: "with" and a share of the weapons before brought down: "with most intercepted", "with 90 of them shot down".
WITH_SHARE_DOWN = (
    r"with\s+(?:(?:most|all|many|some|several|nearly\s+all|almost\s+all|the\s+majority|all\s+but\s+\w+|\d[\d,]*|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\s+)(?:of\s+them\s+)?"
    r"(?:(?:being|having\s+been|reportedly)\s+)?(?:intercepted|shot\s+down|downed|neutrali[sz]ed)\b"
)
_NOUN_ALT = "|".join(sorted(NOUNS, key=len, reverse=True))
_BREAK = re.compile(
    rf"""\s*;\s*|\s*:\s+|\s+[—–]\s+|\s+-\s+
    |,\s+(?=(?:which(?!{_TOOK_PLACE})|who|where|while(?!{_UNDER_WAY})|whereas|as(?!{_AS_WELL_AS_WEAPONS})|when(?!{_UNDER_WAY})|after|before|following|amid|adding|saying|but|although
        |though|according|killing|wounding|injuring|threatening|including|setting\s+off|detonating|and|(?:in\s+)?the\s+latest|the\s+(?:first|second|third|fourth|fifth|last)\s+(?:such|time|since|in|of)|in\s+retaliation
        |in\s+response|{ANSWER_PHRASE}|two\s+security|officials
        # a partitive relative clause tells what became of some of them: "..., 40 of which were shot down"
        |(?:[\w,-]+\s+){{0,3}}?of\s+(?:which|whom|them)\b(?!\s+(?:was|were)\s+(?:launched|fired)\b)
        # so does "with" and a share of them brought down: "..., with most intercepted", "with 90 shot down"
        |{WITH_SHARE_DOWN})\b)
    # "the raid follows drone strikes on X on Monday": the verb that relates two events opens the clause of the
    # one followed, with its own day, place and weapon ("followed by" and "followed suit" relate none)
    |\s+(?=(?:after|following|follow(?:s|ed)(?!\s+(?:suit|by)\b)|amid|while(?!{_UNDER_WAY})|whereas|when(?!{_UNDER_WAY})|{ANSWER_PHRASE}|adding\s+that
        |saying\s+that)\b)
    # a stretch counted before the event that follows it opens that event's clause, as "after" does: "stormed a
    # post on Tuesday, two days before a bomb exploded outside it" (a bare "before" may be the same event's)
    |(?:(?<=\bday)|(?<=\bdays)|(?<=\bweek)|(?<=\bweeks))\s+(?=before\s+(?!yesterday\b))
    # the verb that answers an event names it as its object: "vowed to respond to the strike on X", "will
    # avenge the bombing of Y": the object is an event told (done), whatever modal governs the answer
    # (a verb told done keeps its clause: "X retaliated against a strike, firing missiles" is X's salvo)
    |(?:(?<=\bto)|(?<=\bwill)|(?<=\bwould)|(?<=\bmust))\s+(?=(?:{ANSWER_VERB})\s+(?:the|a|an|this|that|its|their|[\w-]+['’]s)\s)
    # a speaker's participle after a comma says what someone made of the event ("..., describing the
    # incursion as part of a wave of strikes"): its words do not qualify the event before it
    |,\s+(?=(?:describing|calling|branding|labell?ing|terming|characteri[sz]ing|noting|citing|claiming|accusing
        |blaming|stressing|insisting|arguing|urging|condemning|denouncing|dubbing|hailing)\b)
    # a participle naming the event's cause: "strikes on X, sparked by a barrage on Y, killed four": the
    # cause is an event of its own, closed at its next comma
    |,\s+(?={CAUSE_OPEN})
    # ... and one naming the answer it prompted: "fired rockets at X, prompting air strikes on Y that killed
    # four": the answer is an event of its own, with its own scene and toll
    |,\s+(?=(?:prompting|provoking)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_NOUN_ALT})\b)""",
    re.X | re.I,
)

#: "and" opening a time phrase: "... and in late May", "... and on Tuesday" (the date follows it).
_AND_WHEN = re.compile(r"\s+and\s+(?:(?:in|on|during|by|at|since)\s+)?$", re.I)
#: A span's opening end, right before its "and": "between October 2023", "between 3 and" ("between March 3").
_SPAN_OPENED = re.compile(r"\bbetween\s+(?:[\w,.'’-]+\s+){0,3}?[\w.'’-]+$", re.I)
#: "and" opening a noun phrase of an event, then no clause break before the date that follows it: "... and an
#: attack on a hotel in Kismayo in October".
_AND_EVENT = re.compile(
    rf"\s+and\s+(?:an?|the|another)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUN_ALT})\b[^,;:.!?]*$",
    re.I,
)
#: "and" before a subject of its own, a doer or a weapon, and its verb: "a bomb killed two soldiers in Kidal and
#: gunmen killed three near Gao", "a drone hit Sumy and three more struck Kharkiv" (the verb is checked to be
#: an event word by the caller).
_AND_SUBJECT = re.compile(
    # ("said it had repelled the attack and that a drone struck X": a second report, "that" and its own subject)
    r"\s+and\s+(?:that\s+)?(?:(?:an?|the|another|some|[\d,]+|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:(?!(?:and|or|then|also|later|was|were|is|are|had|have|has|been)\b)[\w'’-]+\s+){0,2}?"
    r"(?:gunm[ae]n|militants?|fighters?|troops|forces|soldiers|rebels|jihadists|insurgents|attackers|assailants"
    r"|bandits|drones?|missiles?|rockets?|shells?|mortars?|strikes?|airstrikes?|jets|warplanes|aircraft"
    # (a time adverb may stand before the verb: "and that a drone later struck")
    r"|helicopters?|bombs?|bombers?|artillery|another|others|more)\s+(?:(?:later|then|also|subsequently)\s+)?(?=\w)",
    re.I,
)
_JOINED_NOUNS = re.compile(
    r"\b(?:drones?|missiles?|rockets?|shells?|mortars?|bombs?|jets|warplanes|aircraft|helicopters?|artillery|troops|forces"
    r"|fighters|militants|gunmen|soldiers)$",
    re.I,
)
_BY_AFTER = re.compile(r"\s+by\b", re.I)
#: "and" right before a verb of the same subject: "... on Saturday and ambushed", ", and then stormed".
_AND_VERB = re.compile(r",?\s+and\s+(?:(?:then|later|also)\s+)?", re.I)
#: The verbs of such a second deed: an attack of its own (a harm verb tells the first one's toll).
_AND_VERB_KINDS = frozenset({"strike", "shell", "airstrike", "clash", "explode"})
#: The kinds of a blow struck, which an interception joined to it by "and" never belongs to.
_BLOW_KINDS = frozenset({"strike", "shell", "airstrike", "launch", "explode"})


#: Verbs of an assault on the ground: a drone downed in one is part of the fight, not an event apart.
_ASSAULT_VERBS = frozenset({"attacked", "attacking", "raided", "raiding", "stormed", "storming", "assaulted", "assaulting"})


def _stopped_and_struck(a: Trigger, b: Trigger) -> bool:
    """A weapon stopped and a blow struck from afar ("struck depots", "fired missiles"), either way round."""
    blow = b if a.kind == "intercept" else a if b.kind == "intercept" else None
    if got_through(a.word) or got_through(b.word):
        return False  # "two got through and hit a depot": what got through struck, one subject's one deed
    return blow is not None and blow.kind in _BLOW_KINDS and blow.word.split()[-1].lower() not in _ASSAULT_VERBS


def _shelled_and_flown(a: Trigger, b: Trigger) -> bool:
    """Guns fired and a blow from the air, either way round ("shelled X and launched drones at Y", "carried out
    air strikes on X and shelled Y"): two means are two events (GUIDE: shelling is its own type), whatever the
    subject shares."""
    if a.kind == "shell":
        a, b = b, a
    return b.kind == "shell" and a.kind in ("airstrike", "launch")


#: The event words that verb such a second subject: a blow struck, not a reply ("and troops returned fire").
_AND_SUBJECT_KINDS = frozenset({"strike", "harm", "shell", "airstrike", "launch", "explode", "intercept"})
#: A sentence that opens with a stretch of days before an event: "Two days before", "A week before".
_STRETCH_BEFORE = re.compile(rf"\W*(?:{NUMBER}|a|one)\s+(?:days?|weeks?)\s+(?P<dir>before)\s", re.I)
_FRONTED = re.compile(
    r"\W*(?:after|before|following|when|while|amid|amidst|once|in\s+the\s+midst\s+of|against\s+(?:the|a)\s+backdrop\s+of)\b",
    re.I,
)
RELATIVE_OPEN = relative_opener("who", "whom", "where", end=r"\b", flags=re.I)
_CAUSE_AFTER_COMMA = re.compile(r",\s+" + CAUSE_OPEN, re.I)
#: A clause set off by commas inside a sentence: a relative one or one naming a cause.
_INSERTED = re.compile(r",\s+(?:who|which|whose|whom|where|" + CAUSE_OPEN + r")\b[^,;.]*,", re.I)


def inserted_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of clauses set off by commas inside text[a:b] ("strikes on X, sparked by a barrage on Y,
    killed four"): what follows the closing comma goes on with the clause before the opening one."""
    return [m.span() for m in _INSERTED.finditer(text, a, b)]
_NEGATION = guarded(re.compile(
    r"\b(?:no|not|never|neither|nor|without|denied|denies|deny|didn't|did\s+not|wasn't|weren't|hasn't|haven't|"
    r"hadn't|don't|doesn't|none|nobody|no\s+one|rejected|ruled\s+out)\b[^.;]*$",
    re.I,
))
#: A negation of a claim of the event or of a harm done in it, right before the event word: "no group has
#: claimed responsibility so far for the", "there has been no immediate claim of credit for the", "nobody
#: claimed the", "no one was hurt in the", "no casualties were reported in the" (no other negation after it).
_CLAIM_OR_HARM_DENIED = re.compile(
    r"\b(?:no|nobody)(?:\s+(?:one|group|organi[sz]ation|immediate|has|had|have|was|were|yet|been))*\s+"
    r"(?:(?:claim(?:ed|s)?|claim\s+of)(?:\s+(?:responsibility|credit))?"
    r"|(?:hurt|injured|wounded|killed|harmed|casualties|injuries|deaths|fatalities|damage)"
    r"(?:\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:reported|caused))?)"
    r"(?:\s+(?:yet|so\s+far|immediately))?"
    r"\s+(?:(?:for|in|from|during|by|of)\s+)?(?:the|a|an|this|that|these|those|its|their|[\w-]+['’]s)\s+"
    r"(?:(?!(?:no|not|never|without)\b)[\w-]+\s+){0,3}$",
    re.I,
)
#: A party that made no claim of the event, told by a negated verb: "the group did not claim the", "has
#: not yet claimed responsibility for the" (the event took place; only the claim is denied).
_CLAIM_NOT_MADE = re.compile(
    r"\b(?:(?:did|does|has|have|had)\s+not|didn['’]t|doesn['’]t|hasn['’]t|haven['’]t|hadn['’]t)\s+(?:yet\s+|immediately\s+)?"
    r"claim(?:ed)?(?:\s+(?:responsibility|credit))?(?:\s+(?:yet|so\s+far))?\s+(?:(?:for|of)\s+)?"
    r"(?:the|a|an|this|that|these|those|its|their|[\w-]+['’]s)\s+(?:(?!(?:no|not|never|without)\b)[\w-]+\s+){0,3}$",
    re.I,
)
_MODAL = Folded(re.compile(
    r"\b(?:would|could|might|(?-i:may)|should|can|will|shall|if|unless|whether|any|plans?\s+(?:to|for)|planned|planning|"
    r"intends?\s+to|aims?\s+to|(?:plan|plot)(?:s|ting)?\s+(?:an?|another|new|further|fresh|more)|prepar(?:ing|es?|ed)\s+to|ready\s+to|capable\s+of|capability|ability\s+to|risk\s+of|(?:threat|danger|spectre|specter|prospect)\s+of|"
    r"fears?\s+(?:of|that)|concerns?\s+(?:that|about|over)|possible|potential(?:ly)?|possibilit(?:y|ies)|likelihood|"
    r"to\s+deter|in\s+case\s+of|"
    # a deed readied or warned off, not done: "is preparing a strike on X", "warned Iran against attacking",
    # "a camp where they plan and mount raids"
    r"(?:is|are|was|were|been)\s+(?:\w+ly\s+)?preparing\s+(?:for\s+)?|"
    r"(?:warn|caution)(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,4}?against|plan\s+(?:and|or)|"
    r"(?:threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\s+(?:(?!by\b)[\w-]+\s+){0,3}?to|warned\s+of|avoid|prevent(?:ing)?|deter(?:ring)?|"
    # an event awaited or asked for: "an anticipated attack", "called for shooting down"
    # ("feared dead" hedges a toll, not the event)
    r"anticipated|expected|impending|looming|upcoming|feared(?!\s+(?:dead|killed|drowned|missing))|defend\s+against|in\s+anticipation\s+of|"
    r"call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|suggest(?:ed|s|ing)|propos(?:ed|es|ing)|"
    # a capability or a difficulty, not a deed: "is willing and able to hit", "hard to intercept"
    r"(?:is|are|be|being|remains?)\s+(?:\w+\s+){0,3}?(?:able|willing)\s+to|"
    # ... told of arms with no verb: "jets and missiles able to strike targets far inside Iran" ("the jets
    # were able to strike" tells what they did)
    r"(?:missiles?|rockets?|drones?|jets?|aircraft|warplanes?|bombers?|weapons?|launchers?|munitions?|batteries)"
    r"\s+(?:(?!(?:was|were|is|are|be|been|being|had|have|has)\b)[\w-]+\s+)?able\s+to|"
    r"(?:difficult|hard|harder|impossible|easy|easier|designed|meant|intended)\s+to|"
    # a forecast: "al-Shabaab is likely to step up bombings" ("likely to have carried out", "likely to be
    # behind" tell of a deed done)
    r"(?:un)?likely\s+to\s+(?!(?:have|be|been)\b)|"
    # a deed asked of a party, not done: "the plan requires the RSF to lift the siege", "asked both sides to halt"
    r"(?:requir|demand|oblig|ask|order|commit)\w*\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:stop|halt|end|lift|cease|break)|"
    # arms made or stored for a purpose: "is producing 4 million drones a year to attack Russian forces"
    r"(?:produc|manufactur|build|stockpil|assembl|develop|needs?\b|request|seek|acquir)\w*\s+(?:[\w,'’-]+\s+){0,4}?"
    r"(?:missiles?|rockets?|drones?|shells?|bombs?|weapons?|munitions?|jets?)\s+(?:[\w-]+\s+){0,3}?to)\b",
    re.I,
))
#: "another military operation was imminent": the event awaited, told after its word.
#: A charge made safe or found before it went off: "a car bomb was defused", "an IED planted on the road was
#: found and dismantled" (no blast took place).
_MADE_SAFE = re.compile(
    # (past only the charge's own participle phrase: "a bomb planted near the gate was found")
    r"\s+(?:(?:planted|placed|hidden|left|laid|attached|buried)\s+(?:[\w-]+\s+){0,4}?)?"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:defused|dismantled|disarmed|discovered|found|seized|recovered|made\s+safe)\b",
    re.I,
)
_AWAITED = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:was|is|were|are|seemed|seems|appeared|appears)\s+(?:\w+ly\s+)?"
    r"(?:imminent|expected|likely|unlikely|inevitable|planned|looming|possible|feared"
    # "a new attack on the port is only a matter of time"
    r"|(?:(?:only|just)\s+)?a\s+matter\s+of\s+(?:time|days|weeks|hours))\b",
    re.I,
)
#: "the next strike", "future attacks": an event spoken of before it happens ("the next day" is a date).
_NEXT = re.compile(
    r"\b(?:next|future|forthcoming)\s+(?!(?:day|days|morning|night|evening|afternoon|week|month|year)\b)(?:[\w-]+\s+)?$",
    re.I,
)
#: Past forms the frames share with nouns of no tense: an event word that names an act already done.
_DONE = re.compile(r"(?:ed|struck|hit|shot|fell|sank|sunk|threw|thrown|overran|took|taken|blew|blown)$", re.I)
#: A start of the past week or of today after "since": a toll counted from it is one stretch of fighting
#: dated as a range (GUIDE), not a campaign's ("have killed 40 since Wednesday", "since dawn").
_RECENT_START = (
    r"(?:(?:early|late|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+week"
    r"|the\s+weekend|dawn|daybreak|sunrise|midnight|(?:this|the)\s+morning|morning|overnight|last\s+night)\b"
)
#: A start of the past week a tally is counted from, told by the day or by the deed that opened it on that
#: day: "since Friday", "since Iran began its strikes on Friday", "since the rebels started firing on Monday"
#: (one stretch of days, an aggregate the GUIDE dates as a range; not "since the war began").
_SINCE_RECENT = (
    rf"since\s+(?:{_RECENT_START}|(?:[\w'’-]+\s+){{1,4}}?(?:began|started|launched|opened)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?on\s+{_RECENT_START})"
)
#: The last day told as a window a toll was counted over: "over the past 24 hours".
_LAST_DAY = r"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:24|48)\s+hours|day)\b"
#: The week just gone told as the window of a count: "over the past week" (a tally of days, _past_week_tally).
_PAST_WEEK_SPAN = r"(?:in|over|during)\s+the\s+past\s+(?:week|seven\s+days|7\s+days)\b"
# Tried on every clause with an event, and rarely found: the needle test turns most clauses away.
#: A month named before a year that bounds a span ("between March 2023 and May 2025").
_SPAN_MONTH = r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_GENERIC = Prefiltered(re.compile(
    r"\b(?:frequent(?:ly)?|repeated(?:ly)?|(?<!at\s)regular(?:ly)?|routinely|often|"
    # (many deeds, not many steps of policy: "suspended air traffic as part of a series of precautionary measures")
    r"a\s+series\s+of(?!\s+(?:[\w-]+\s+){0,2}?(?:measures|steps|precautions|meetings|talks|reforms|sanctions|decisions|announcements|statements)\b)|"
    # many events ("multiple attacks", "numerous air raids"), not many weapons in one ("multiple drones were
    # shot down", counted as "several" is)
    r"(?:numerous|multiple)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|raids|incidents|occasions|assaults|bombings|"
    r"airstrikes|clashes|rounds|waves|operations|skirmishes|ambushes|sieges|times)\b|"
    r"(?:dozens|hundreds|scores|thousands)\s+of\s+(?:attacks|strikes|raids|incidents)|"
    # a kind of attack told by the hundred: "carried out hundreds of suicide bombings in the city"
    r"(?:dozens|hundreds|scores|thousands)\s+of\s+(?:suicide\s+|car\s+|roadside\s+|truck\s+)?(?:bombings|ambushes|kidnappings)\b|"
    r"more\s+than\s+[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:attacks|times|strikes)|"
    r"over\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:weeks|months|years)|"
    r"at\s+least\s+[\d,]+\s+(?:attacks|times)|[\d,]+\s+times|(?:dozens|hundreds|scores|several|many|multiple)\s+(?:of\s+)?times|"
    r"similar\s+attacks|such\s+attacks|in\s+the\s+past(?!\s+(?:day|24\s+hours)\b)|increasingly|"
    # weapons named by the kind of deed they serve: "drones used in attacks on cities" (not "in the attack")
    r"used\s+(?:in|for)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|bombings|assaults)\b|"
    # ... or by those who arm it: "drone makers that supplied Russia for attacks on Ukraine"
    r"(?:suppl\w+|sold|sell\w*|provid\w+|deliver\w+|ship\w*)\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:use\s+in\s+)?"
    r"(?:[\w-]+\s+)?(?:attacks|strikes|raids|bombings|assaults)\b|"
    # strikes traded back and forth are many events: "an exchange of drone strikes by the two states"
    r"exchanges?\s+of\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|blows)|"
    # a war's tally told in the perfect: "had struck 40,000 targets in Gaza over the course of the war", "has
    # fired thousands of glide bombs throughout the war" (not "a missile struck Kyiv on Sunday, one of thousands
    # fired throughout the war")
    r"\b(?:has|have|had|(?:struck|fired|hit|launched|attacked|shelled|bombed|killed)\s+(?:(?:more\s+than|over|some|about|nearly)\s+)?"
    r"(?:[\d,]{3,}|hundreds|thousands|tens\s+of\s+thousands))\s+[^.;:,]{0,80}?\b(?:(?:over|in|during)\s+the\s+course|throughout)\s+(?:of\s+)?the\s+"
    r"(?:[\w-]+\s+)?(?:war|conflict|campaign|insurgency)\b|"
    # a deed kept up for months or years, told in the perfect: "has fought Israeli troops in Gaza for more than a year"
    r"(?<!who\s)(?<!which\s)(?<!that\s)\b(?:has|have)\s+(?:been\s+)?[^.;:,]{0,60}?\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:a|one|two|three|four|five|six|several|many|\d+)\s+(?:years?|months?)\b"
    r"(?![^.;]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|today|tonight)\b)|"
    # attacks in the plural as the cause of a trade's loss, no day told: "traffic has fallen by half because of
    # the missile attacks" ("flights were cancelled because of the strikes on Kyiv on Sunday" tells the day)
    r"\b(?:because\s+of|due\s+to|owing\s+to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:attacks|strikes|airstrikes|raids)\b"
    r"(?![^.;]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|today|tonight)\b)|"
    # a habit told in the present: "why the Houthis keep attacking ships" ("kept attacking the ship for hours")
    r"\bkeeps?\s+(?:on\s+)?(?:attacking|striking|shelling|firing|bombing|launching|targeting|hitting|raiding)\b|"
    # attacks in the plural as a meeting's topic: "the ministers discussed the Houthi attacks on shipping" ("discussed
    # the drone attack on the embassy" names one event)
    r"\b(?:discuss|debat)\w*\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:attacks|strikes|airstrikes|raids|bombings|clashes)\b|"
    # a toll or a deed told over a span of years: "the fighting killed 600,000 people between 2020 and 2022",
    # "412 attacks between March 2023 and May 2025" (a month may stand before either year)
    r"\b(?:between|from)\s+(?:" + _SPAN_MONTH + r"\s+)?(?:19|20)\d\d\s+(?:and|to|until)\s+(?:" + _SPAN_MONTH + r"\s+)?(?:19|20)\d\d\b|"
    # events spoken of as a class: "recent attacks", "the majority of attacks", "stepped up its strikes"
    r"majority\s+of|"
    r"(?:intensif\w+|stepp\w+\s+up|escalat\w+|ramp\w+\s+up|expand\w+)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks|strikes|raids|bombardments?|shelling|airstrikes|air\s+strikes|campaign|clashes|fighting)|"
    # "as fighting between the two sides escalates on many fronts"
    # (one day's fighting that grew is that day's event: "intensified around X on Thursday")
    r"(?:clashes|fighting|attacks|strikes)\s+(?:[\w-]+\s+){0,7}?(?:intensif\w+|escalat\w+)"
    r"(?![^.;]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|tonight)\b)|"
    r"(?:have|has)\s+(?:also\s+)?(?:launched|carried\s+out|conducted|staged|mounted)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|raids)|"
    # a campaign's length: "the 15-month-long assault on Gaza"
    r"\w+-(?:day|week|month|year)s?-long|"
    # (one span of time named is when one event fell: "strikes over the past weekend", "over the past night")
    r"over\s+the\s+past(?!\s+(?:weekend|night|day|24\s+hours)\b)|in\s+recent\s+(?:days|weeks|months|years)|has\s+long|have\s+long|"
    # "a frequent target of attacks" (not one attack: "was the target of a complex attack near X")
    r"targets?\s+of(?!\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|raid|ambush|strike|bombing|shelling)\b)|"
    r"wave\s+of\s+(?:[\w-]+\s+)?(?:attacks|strikes)|string\s+of|spate\s+of|campaign\s+of|a\s+(?:long\s+)?history\s+of|a\s+(?:long\s+)?track\s+record\s+of|a\s+long\s+record\s+of|usually|typically|"
    # what goes on, told of many: "Israel's ongoing operations in Gaza", "ongoing drone and missile strikes"
    # (one "ongoing attack" on a hotel is an event, still under way)
    r"ongoing\s+(?:[\w'’-]+\s+){0,3}?(?:attacks|strikes|raids|operations|clashes|hostilities|bombardments|airstrikes|offensives)\b|"
    # a campaign is many events: "amid a US bombing campaign in Yemen"
    r"(?:bombing|air|aerial|drone|missile|shelling)\s+campaign|"
    # (in lower case: "told Daily Sabah", "the Regional Daily" name an outlet, not a habit)
    # so many per occasion: "firing up to 20 drones at a time" ("at a time when talks stall" is a time)
    r"at\s+a\s+time(?!\s+(?:when|where|of|that|in|like)\b)|"
    r"each\s+time|every\s+(?:time|week|month)|whenever|(?:almost\s+|nearly\s+)?(?-i:daily|nightly|weekly)|for\s+(?:weeks|months|years)|"
    r"day\s+after\s+day|night\s+after\s+night|"
    r"simulat\w*|mock|drills?|exercises?|war\s+games?|rehears\w*|test[- ]fir\w*|"
    # what a drill fires at: "shot down a target drone", "drones struck floating targets off the coast"
    # ("aerial targets" may be real ones: "air defences downed 20 aerial targets")
    r"target\s+drones?|(?:floating|dummy|practice|towed)\s+targets?|"
    # a weapon tried out or a drill by other words: "test-launched a missile", "a training launch", "practised
    # repelling a drone attack during joint manoeuvres"
    r"test[- ]launch\w*|training\s+launch\w*|practi[sc]\w*\s+(?:[\w-]+\s+)?(?:repel|intercept|strik|attack|fir|shoot|launch|defend)\w*|"
    r"(?:military|joint|naval|air|army|tactical)\s+(?:manoeuvres|maneuvers)|"
    # ordnance destroyed on purpose by those who clear it: "sappers detonated an unexploded shell", "a
    # controlled explosion" (not the blast of a mine that killed sappers)
    r"controlled\s+(?:detonation|explosion|blast)s?|"
    r"(?:bomb[- ]disposal|explosive\s+ordnance\s+disposal|de-?mining)\s+(?:[\w-]+\s+)?(?:detonated|destroyed|blew\s+up)|"
    r"(?:sappers|deminers)\s+(?:safely\s+)?(?:detonated|destroyed|blew\s+up)|"
    # places living under a kind of fire: "evacuating civilians from areas under bombardment"
    r"(?:areas|regions|towns|cities|villages|zones|places|districts)\s+under\s+(?:[\w-]+\s+)?(?:bombardment|fire|shelling|attack)|"
    # running totals: "so far this month", "to date", "a tally of", "have targeted more than 100 ships since ..."
    # ("in total, X attacked the country with 88 drones overnight": one night's count is that night's event)
    r"so\s+far\s+this\s+(?:week|month|year)|to\s+date|tally|"
    rf"in\s+total(?![^.;]*\b(?:overnight|last\s+night|tonight|during\s+the\s+night|{_LAST_DAY}))|"
    # a year's toll and a tally over years: "2024 was the deadliest year for aid workers, with 120 killed in
    # attacks", "counted 1,400 strikes between 2013 and 2023" ("a blast on Sunday, making this the deadliest
    # year" tells the one event)
    r"(?:(?<![\d,.])(?:19|20)\d\d|last\s+year)\s+(?:was|has\s+been|had\s+been|became)\s+(?:the\s+)?"
    r"(?:deadliest|bloodiest|most\s+violent)\s+year\b|"
    r"(?:counted|recorded|documented|tallied|logged)\s+(?:more\s+than\s+|over\s+|some\s+|nearly\s+|at\s+least\s+)?"
    r"[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes|raids|airstrikes|incidents|bombings|clashes)\b[^.;]{0,60}?"
    r"\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b|"
    # the onset or course of a campaign: "began attacking ships", "continued to shell the town"
    r"(?:began|begun|begins|started|starts|continued|continues|continue|continuing|kept)\s+(?:to\s+)?"
    r"(?:attack|target|strik|fir|launch|shell|bomb|raid)\w*|"
    # ... by a light verb: "keeps engaging in rocket fire", "kept carrying out raids"
    r"(?:began|begun|begins|started|starts|continued|continues|continue|continuing|kept)\s+(?:to\s+)?"
    r"(?:engag\w*\s+in|carr\w*\s+out|conduct\w*|mount\w*|stag\w*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|strikes|raids|airstrikes|shelling|bombardments|operations)\b|"
    # a long stretch of fighting: "ending months of mutual shelling"
    r"(?:months|years|(?:a|the)\s+period|(?:a|the)\s+cycle)\s+of\s+(?:[\w-]+\s+)?(?:shelling|fighting|strikes|attacks|bombardment|clashes|war|hostilities)|"
    r"(?:weeks|months|years)\s+of\s+(?:[\w-]+\s+){0,2}?(?:shelling|strikes|attacks|bombardment|bombing|airstrikes|air\s+strikes|raids)|"
    # a trend is many events: "increasing attacks by the group", "a rise in militant attacks"
    r"(?:increasing|growing|rising|mounting|surging)\s+(?:number\s+of\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks|strikes|raids|clashes|assaults|bombings|airstrikes)|"
    # ... or told by a verb of change with a class of events as its subject: "drone attacks on ships doubled
    # in 2024", "raids in the province have risen sharply" ("strikes fell on the city" tells where they fell)
    r"(?:attacks|strikes|raids|airstrikes|clashes|bombings|assaults|incidents)\s+"
    r"(?:(?:on|against|in|at|by|across|from|between|among|involving|targeting)\s+(?:(?!and\b|or\b|but\b)[\w'’-]+\s+){0,8}?)?"
    r"(?:have\s+|has\s+)?(?:\w+ly\s+)?(?:doubled|tripled|quadrupled|halved|increased|decreased|declined|surged|soared"
    r"|spiked|rose|risen|grown|grew|dropped|fallen|fell|plummeted|plunged)\b"
    r"(?!\s+(?:on|upon|near|at|into|onto|inside|across|over|short)\b)"
    # (one day's strikes that grew are that day's event: "strikes on the suburbs rose in intensity on Monday")
    r"(?![^.;]{0,80}?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|tonight"
    r"|last\s+night)\b)|"
    r"(?:number|frequency|rate|pace|tempo)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|strikes|raids|airstrikes|clashes|bombings|assaults|incidents)\b|"
    r"(?:rise|increase|surge|spike|uptick|upsurge|resurgence|decline|drop)\s+in\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|strikes|raids|clashes|assaults|bombings|airstrikes|shelling|fighting|violence)|"
    # tolls of a campaign: "the raids have killed some 600 civilians" (a toll since a day of the past week
    # or an hour of today is one stretch, below)
    r"(?:strikes|attacks|raids|bombardments|shelling|airstrikes)\s+(?:have|has)\s+(?:\w+\s+)?killed\b"
    rf"(?![^.;]*\b(?:{_SINCE_RECENT}|{SINCE_MONTH}|{_LAST_DAY}))|"
    # several events spoken of together: "most of those attacks", "all these strikes"
    r"(?:most|all|many|some|several|none)\s+(?:of\s+)?(?:the|these|those)\s+(?:[\w-]+\s+)?(?:attacks|strikes|incidents|raids|assaults)|"
    r"(?:have|has)\s+(?:\w+\s+)?(?:targeted|launched|fired|attacked|struck|hit)\s+(?:more\s+than|over|at\s+least|some)\s+"
    rf"(?:{NUMBER})(?![^.;]*\b(?:{_SINCE_RECENT}|{_PAST_WEEK_SPAN}))|"
    # a tally told up to a day: "all were intercepted until today", "two effective hits until that date"
    r"until\s+(?:that|this)\s+(?:date|point|day)|until\s+(?:today|now)|"
    # a running total counted from a start: "have fired dozens of missiles at Israel since the war began"
    rf"(?:have|has)\s+(?:\w+\s+)?(?:launched|fired)\b(?=[^.;]*\bsince\b)(?![^.;]*\b{_SINCE_RECENT})|"
    # a running total since a start: "missiles have been launched at Israel ... since October"
    r"(?:have|has)\s+been\s+(?:[\w-]+\s+){0,2}?(?:launched|fired|intercepted)\b(?=[^.;]*\bsince\b)|"
    # a toll counted since a start: "a revolt that has killed thousands since 2011" (a toll since a day of
    # the past week, "have killed 40 since Wednesday", is one stretch of fighting, dated as a range: GUIDE)
    rf"(?:have|has)\s+(?:\w+\s+)?(?:killed|wounded|injured)\b(?=[^.;]*\bsince\b)(?![^.;]*\b(?:{_SINCE_RECENT}|{SINCE_MONTH}))|"
    # an ongoing activity, not one event: "have been targeting shipping", "has been firing at Israel"
    r"(?:is|are)\s+(?:\w+ly\s+)?(?:firing|launching|attacking|targeting|striking|shelling|bombing)\b|"
    r"(?:have|has|had)\s+been\s+(?:\w+ly\s+)?(?:targeting|firing|launching|attacking|striking|shelling|hitting|bombing|raiding))\b",
    re.I,
))
#: "attempts to intercept the missile failed": an attempt is not the event.
_ATTEMPT = re.compile(
    # ("were working to intercept them", "racing to shoot them down": at it, not done)
    r"\b(?:attempts?|attempted|tried|trying|failed|failure|unable|effort|efforts|plot|plotting|working|seeking|striving"
    r"|struggling|racing)\W*\s+"
    # "attempts were made on Sunday to intercept": a day or time of the attempt may stand between
    r"(?:(?:was|were|had\s+been|have\s+been)\s+made\s+(?:(?:on|late|early|in|at|this|last)\s+(?:[\w-]+\s+){1,2})?)?to\s+$"
    # a purpose: "jets were scrambled to intercept them" says why they flew, not what they did
    r"|\b(?:scrambled|took\s+off|dispatched)\s+to\s+$"
    # ("foiled a drone attack": what flies was fought off, the interception told as the attack it stopped)
    r"|\b(?:thwarted|foiled|prevented|averted|disrupted|defused|defusing|dismantled|dismantling)\s+(?:an?\s+|the\s+)?"
    r"(?!(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|UAVs?)\s+$)(?:[\w-]+\s+){0,2}$"
    r"|\b(?:suspend\w*|halt\w*|stop\w*|ceas\w*|end(?:ed|ing|s)?|resum\w*)\s+(?:its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,1}$"
    # what a rule forbids: "the truce bars air strikes in the strip", "a law banning attacks on hospitals"
    # (not a word that names the doers: "outlaw groups fired rockets", "banned militias attacked")
    r"|\b(?:bar|bars|barred|barring|ban|bans|banned|banning|prohibit\w*|forbid\w*|outlaw\w*)\s+(?:all\s+|any\s+)?"
    r"(?!(?:groups?|gangs?|factions?|militias?|militants|elements|outfits?|organi[sz]ations?|cells?|fighters|gunmen)\s+$)"
    r"(?:[\w-]+\s+){0,1}$"
    # what stops or pauses is no event told: "a pause in fighting", "an end to the strikes"
    r"|\b(?:pause|halt|end|lull|break|cessation|suspension|respite|freeze)\s+(?:(?:in|to|of|on)\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+)?)?$"
    # an attempt named as such: "an attempted storming of the embassy", "a foiled attack"
    r"|\b(?:attempted|foiled|abortive|botched)\s+$"
    # what is still to come: "told residents to leave ahead of strikes", "ahead of an offensive"
    r"|\bahead\s+of\s+(?:(?:an?|the|any|possible|further|more|new|planned|fresh|renewed)\s+)*(?:[\w-]+\s+)?$",
    re.I,
)
#: "forces ended the siege of the hotel": a siege is fought until it is ended, so its end tells that it
#: took place (where "ended the strikes" tells only that harm stopped).
_ENDED = re.compile(r"\bend(?:ed|ing|s)?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$", re.I)
#: "three missiles tried to hit the ship": a weapon that tried was fired, so the attack took place.
_WEAPON_TRIED = re.compile(
    r"\b(?:missiles?|rockets?|drones?|UAVs?|projectiles?|shells?|mortars?)\s+(?:\w+\s+)?(?:attempted|tried)\s+to\s+$", re.I
)
#: An event shown in a picture, a caption's: "a split image showing the missile launch".
_DEPICTED = re.compile(
    r"\b(?:images?|photos?|photographs?|pictures?|maps?|videos?|footage|screenshots?|graphics?)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:shows?|showing|shown|highlighting|depicting|depicts)\b[^.;]*$",
    re.I,
)
#: A caption or picture credit opening a sentence: "An image distributed by the group after the attack shows ...".
_CAPTION = re.compile(
    r"\W*(?:(?:an?|the|this|file)\s+)?(?:images?|photos?|photographs?|pictures?|maps?|screenshots?|graphics?)\b"
    r"(?:\s+of\b|[^.;]{0,160}?\b(?:shows?|showing|highlighting|depicting|depicts|pictured)\b)"
    # a caption of a view: "A view of the damage after ...", "The scene after rockets hit ...", "A general
    # view shows the street ...", "An aerial view of the port"
    r"|\W*(?:an?|the)\s+(?:(?:general|aerial|wider?|close|partial)\s+)?(?:view|scene|aftermath)\s+(?:of|after|at|from|shows?)\b",
    re.I,
)
#: The event word names an event told, as a reaction characterises it: "condemned the incident as a
#: violation of its airspace", "in what residents described as a military operation".
_CHARACTERISED = re.compile(
    r"(?:\b(?:described|describing|describes|called|calling|branded|branding|labell?ed|termed|deemed|condemn(?:ed|ing|s)?"
    r"|denounc(?:ed|ing|es))\b[^.;]{0,60}?\bas\s+|\bwhat\s+(?:[\w-]+\s+){0,3}(?:called|termed|dubbed|deemed|described\s+as|considered)\s+)"
    r"(?:an?\s+|the\s+)?[^.;]{0,50}$"
    # "calling it a cowardly attack", "saying it was an act of terror": a name the reaction gives the event
    # it points back to
    r"|\b(?:call(?:ed|ing|s)?|brand(?:ed|ing|s)?|term(?:ed|ing|s)?|dubb(?:ed|ing)|labell?(?:ed|ing))\s+(?:it|this|that)\s+"
    r"(?:an?\s+|the\s+)?[^.;]{0,50}$"
    r"|\b(?:saying|said|says|adding)\s+(?:that\s+)?(?:it|this)\s+(?:was|is|had\s+been)\s+(?:an?\s+|the\s+)?[^.;]{0,50}$"
    # "strongly condemned the American air strikes": the reaction's object, told as known
    r"|\b(?:condemn(?:ed|ing|s)?|denounc(?:ed|ing|es))\s+(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,4}$",
    re.I,
)
_UNTRUE_WORD = r"(?:false|untrue|fake|baseless|unfounded|fabricated|groundless|incorrect|inaccurate)"
#: Told untrue: "were false", "turned out to be untrue", or a headline's with its copula left out ("Reports of
#: drone attack on airport false, officials say").
_UNTRUE = (
    r"\b(?:(?:was|were|is|are|(?:turned\s+out|proved|proven)\s+to\s+be|proved)\s+(?:(?:all|both|entirely|completely|totally|also)\s+)?"
    + _UNTRUE_WORD + r"|" + _UNTRUE_WORD + r"(?=,\s+(?:[\w'’-]+\s+){0,3}says?\b))"
)
#: A denial, or reports of the event called untrue: "denied that", "dismissed as baseless claims that its
#: fighters overran", "rejected reports of", "reports of a drone attack on the airport were false".
_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying"
    r"|(?:reject|dismiss|refut|debunk)(?:ed|es|s|ing)?\s+(?:as\s+(?:[\w-]+\s+){1,2})?(?:(?:the|these|those|such|all|any)\s+)?"
    r"(?:[\w-]+\s+)?(?:claims?|reports?|allegations?|rumou?rs?)"
    r"|(?:reports?|claims?|rumou?rs?)\s+(?:of|that)\s+[^.;]{0,120}?" + _UNTRUE + r")\b",
    re.I,
)
#: An earlier report retold: "several channels had said two drones hit the airport", "a paper had reported that".
_EARLIER_REPORT = re.compile(
    r"\bhad\s+(?:(?:earlier|first|initially|previously|also)\s+)?(?:said|reported|claimed|alleged|suggested)\b", re.I
)
#: A report called untrue, or the deed said not to have been done: "the report was false", "reports of an attack
#: were untrue", "no such attack took place", "there was no attack".
_REFUTED = re.compile(
    r"\b(?:(?:(?:the|that|this|these|those|such|their|its|earlier|initial)\s+(?:[\w-]+\s+)?(?:reports?|claims?|story|stories|rumou?rs?|allegations?)\s+"
    r"|(?:reports?|claims?|rumou?rs?)\s+(?:of|that)\s+[^.;]{0,120}?)" + _UNTRUE
    + r"|no\s+such\s+(?:attack|strike|incident|raid|plan|decision|withdrawal)"
    r"|there\s+(?:was|were|had\s+been)\s+no\s+(?:attack|strike|incident|raid|explosion|blast|plan)s?)\b",
    re.I,
)
_REFUTED_REACH = 2


def refuted_report(text: str, sentences: Sequence[Sentence], i: int) -> bool:
    """Sentence ``i`` retells an earlier report ("channels had said two drones hit the airport") and a sentence
    beside it calls a report untrue or says the deed was not done: a rumour refuted, nothing told as done."""
    s = sentences[i]
    if _EARLIER_REPORT.search(text, s.start, s.end) is None:
        return False
    near = sentences[max(0, i - _REFUTED_REACH) : i + _REFUTED_REACH + 1]
    return any(n is not s and _REFUTED.search(text, n.start, n.end) for n in near)
_PERCEPTION = re.compile(
    r"\b(?:heard|hearing|hear|reported|reports\s+of|sounds?\s+of|witnesses\s+(?:said|reported)|secondary"
    # a blast the event just told set off: "the strike hit a depot, triggering a large explosion"
    r"|triggering|triggered|causing|caused|sparking|sparked|setting\s+off|set\s+off|resulting\s+in)\s+(?:[\w-]+\s+){0,3}$"
    r"|\bsecondary\s+$",
    re.I,
)

#: The verbs of an event going on, starting or growing, and a comparison, after a modal: an event noun
#: as their subject is still to come ("strikes on the port would continue", "the next one will be heavier").
_GOING_ON = (
    r"\s*(?:would|will|shall|(?:is|are)\s+(?:going|set|due|expected|likely)\s+to)\s+(?:(?:also|only|soon|then|now|surely|certainly)\s+)?"
    r"(?:continue|resume|intensify|escalate|expand|widen|increase|grow|persist|proceed|carry\s+on|go\s+on|keep|last"
    r"|begin|start|come|follow|take\s+place|happen|occur|not\s+(?:stop|end|cease|be\s+the\s+last)"
    r"|be\s+(?:even\s+|much\s+|far\s+)?(?:heavier|harder|stronger|bigger|larger|wider|more|worse|fiercer|deadlier|broader))\b"
)
#: ... the attack's target or place between the noun and its modal ("strikes on the port in X would ...").
_ITS_TARGET = r"(?:\s+(?:on|against|in|at|across|into|by|from|of|targeting)\s+(?:(?!and\b|or\b|but\b)[\w'’-]+\s+){0,6}?)?"
#: An event noun as the subject of a predicate still to come: "strikes on the port would continue",
#: "the next attack will be heavier", "its raids will not stop": what is held out, not what happened.
#: (Only the verbs of going on, starting or growing, and a comparison: "the strike will be investigated"
#: speaks of one that happened.)
_TO_COME = re.compile(_ITS_TARGET + _GOING_ON, re.I)
#: What a statement holds out when it threatens: a harm done in the future, or a price to pay.
_FUTURE_HARM = (
    # attacks told as going on or growing: "warned that strikes on the port would continue"
    r"(?:\b(?:(?:air\s*)?strikes?|attacks?|raids?|bombing|bombardment|shelling|offensive|assaults?)\b" + _ITS_TARGET + _GOING_ON + "|"
    # a cost held out as what may follow: "could carry grave consequences"
    r"\b(?:can|could|may)\s+(?:have|face|bring|carry)\s+(?:the\s+)?(?:[\w-]+\s+)?consequences\b|"
    # a target held out on a condition, in the passive: "said its ships could be targeted if ..." (no
    # condition, "ships could be hit by debris", is a risk told, not a threat)
    r"\b(?:could|may|might)\s+(?:also\s+|well\s+|then\s+)?be\s+(?:target|strik|struck|hit|attack|bomb|destroy)\w*\b"
    r"(?=\s+(?:[\w'’-]+\s+){0,6}?(?:if|unless|should)\b)|"
    # (a right reserved to harm holds it out as a modal does: "reserves the right to retaliate")
    r"\b(?:would|will|must|shall|(?:(?:is|are|were|was)\s+)?(?:fully\s+)?(?:prepared|ready)\s+to"
    r"|reserv(?:e|es|ed|ing)\s+(?:(?:the|its|their)\s+)?(?:full\s+)?right\s+to"
    # (a speaker's own vow in its words holds harm out as a modal does: "we pledge to take our raids further")
    r"|\b(?:we|I)\s+(?:\w+ly\s+)?(?:promise|pledge|vow|swear)\s+to)\W?\s+"
    # "would never attack", "will not strike": a harm disowned ("would not hesitate to strike" still holds it out)
    r"(?!(?:never|not)\s+(?:\w+\s+)?(?:strik|attack|hit|target|retaliat|respond|punish|destroy|bomb)\w*\b)"
    # "will stop the bombing", "would halt its strikes": an end to harm, not harm held out ("would stop at
    # nothing to destroy" still holds it out)
    r"(?!(?:\w+\s+){0,2}?(?:stop(?!\s+at\s+nothing)\w*|halt\w*|end(?:s|ed|ing)?|ceas\w*|suspend\w*|paus\w*)\s)"
    r"(?:\W?\w+\W?\s+){0,5}?"
    # (the verbs of an attack by its means or its end: "would bomb", "will invade", "would sink any ship")
    r"(?:(?:strik|attack|hit|target|retaliat|respond|punish|destroy|aveng|escalat|extend|expand|widen|resum|rain|crush"
    r"|bomb|shell|invad|obliterat|annihilat|flatten|sink)\w*\b"
    # a step held out as the start of a war: "would be a declaration of war", "will be treated as an act of war"
    r"|(?:declaration|act)\s+of\s+war\b"
    r"|pay\s+(?:a|the)\s+(?:heavy\s+|high\s+|steep\s+|dear\s+|full\s+)?price\b|(?:face|carry|lead\s+to|result\s+in)\s+(?:the\s+)?(?:[\w-]+\s+)?consequences\b"
    r"|bring\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:response|retaliation)\b|(?:go\s+)?(?:unanswered|unpunished)\b"
    # a deed answered by harm: "any strike would be met with force", "will be met with a firm response"
    r"|met\s+with\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+)?(?:force|response|retaliation)\b"
    # (a harm held out by what will not be let pass: "will not let this crime go unanswered")
    r"|let\s+(?:[\w'’-]+\s+){1,8}?go\s+(?:unanswered|unpunished)\b"
    # harm named by a noun the verb takes: "would take revenge", "will take retaliatory measures"
    r"|take\s+(?:[\w-]+\s+)?(?:revenge|vengeance|retaliatory\s+(?:measures|action|steps))\b))"
)
#: "X said Y would strike": a threat by X, whatever event words the quote holds; it opens with a verb
#: that gives a speaker's own words (speech.OWN_WORDS), which the document looks for first.
SAID_WOULD = re.compile(
    r"\b(?:" + speech.alternation(speech.OWN_WORDS - speech.ADDRESSED)
    + "|" + speech.alternation(speech.ADDRESSED) + r"\s+(?:the\s+)?\w+)\b"
    # (the harm is tried only at the characters it can open with: one test turns the others away)
    r"(?=(?:[^.;]|(?<=\b[A-Z])\.|\.(?=\S)){0,100}?" + opening_class(_FUTURE_HARM, re.I) + _FUTURE_HARM + ")",
    re.I,
)
#: '"We will respond," X said': the quotation opening the sentence, and the speaker after it.
QUOTED_THEN_SAID = re.compile(r"\W{0,3}[\"“](?P<q>[^\"”]{8,400}?)[,.!?]?[\"”]\s*,?\s+(?:[\w.’'-]+\s+){1,7}$")
#: "Iran will avenge the killing, a Guards commander said": the same statement reported without quotes,
#: its clause up to the comma before the speaker.
REPORTED_THEN_SAID = re.compile(r"(?P<q>[^\"“”,;]{8,300}),\s+(?:[\w.’'-]+\s+){1,7}$")
QUOTE_THREAT = re.compile(_FUTURE_HARM, re.I)
#: The harm such a statement holds out opens with one of these words at most 100 characters past the
#: verb, or names "consequences" a few words further (FUTURE_REACH: SAID_WOULD's reach and a cost held
#: out, "could carry grave consequences"), or opens with "ready"/"prepared" after any
#: "is", "fully" and spacing: where a text has neither of those two, a statement without a modal
#: that near is turned away before SAID_WOULD is tried ("told" names whom first: always tried).
FUTURE_MODAL = Prefiltered(re.compile(r"would|will|must|shall|consequences|could be|may be|might be", re.I))
FUTURE_REACH = 100 + len("could carry the gravest consequences")


@slot_init
@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    start: int
    end: int
    word: str


@slot_init
@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    triggers: tuple[Trigger, ...]


_PHRASE_HEADS = words(
    """shot shoot shoots shooting brought was were engaged engaging bring brings bringing took take takes taken taking destroyed destroy destroys destroying
    warning issued pledged pledges pledging promised promises promising air aerial returned returning returns return retaliated responded responding replied hit struck bombing dropped dropping artillery mortar gun fire exchange exchanges
    exchanged exchanging traded battle battles heavy fierce intense renewed fresh fighting encounter open opens opened opening days hours
    weeks nights in came an a military security counter counterterrorism intelligence ground clearance car
    carried conducted launched mounted foiled thwarted
    suicide went blew ran run runs running drove driven stepped stepping trod slammed slamming gunned machine closed closing closes closure shut reopen reopened reopening
    reopens violated violating violation violations breach breached breaches incursion incursions airspace
    airspaces entered entering enters crossed crossing crosses intruded intruding intrudes falling fallen another
    airport airports flights departures arrivals operations takeoffs take-offs landings halt halted halting halts suspend suspended suspending suspends stopped stopping resumed resuming
    resumes evacuation warn warns warned fell seized seizing seizes seize wrested wresting recaptured recapturing recaptures retook
    retaken retaking retakes takeover explosive explosives bomb bombs ied ieds vehicle vehicles cars truck trucks lorry lorries van vans
    suv suvs motorcycle motorcycles motorbike motorbikes boat boats tanker tankers rammed rams ramming drives driving steered
    ploughed plowed fought battled bus buses minibus minibuses tractor tractors convoy convoys patrol patrols tank tanks ship ships
    vessel vessels broke break breaks breaking broken burst smashed punched launch launched launches launching mount mounted
    mounts mounting began begun start started starts starting killed wounded injured sent send sends sending dispatched
    dispatch dispatches dispatching set sets setting got get gets getting slipped made"""
)

#: The common words that open a phrase above, with the words that may follow them in one ("in the
#: fighting", "a separate incident", "was engaged"): at any other next word the phrase is not tried (these
#: words are most of the tries, and few open one). A next word outside ASCII is tried too: the pattern's
#: letters ignore case as Unicode does ("ı" for "i"), which folding does not. A phrase added to _PHRASE
#: that one of these words opens needs its next word here, or it is never tried (a test asks the pattern).
_AIR_TARGET_NEXT = ("air", "aerial", "two", "three", "four", "five", "six", "several", "multiple", "many", "some", "hostile", "enemy")
#: ("set off a bomb", "set fire to", "set the market ablaze")
_SET_NEXT = frozenset(("off", "fire", "ablaze", "alight", "a", "an", "the", "their", "its", "dozens", "several"))
_PHRASE_NEXT = {
    "in": frozenset(("the", "fighting")),
    "a": frozenset(("gun", "encounter", "separate", "second", "third", "further")),
    "an": frozenset(("gun", "encounter", "incident")),
    "hit": frozenset(("back", *_AIR_TARGET_NEXT)),
    "struck": frozenset(("back", *_AIR_TARGET_NEXT)),
    "was": frozenset(("engaged",)),
    "were": frozenset(("engaged",)),
    "set": _SET_NEXT,
    **dict.fromkeys(("got", "get", "gets", "getting", "slipped"), frozenset(("through", "past"))),
    "made": frozenset(("it",)),
    "sets": _SET_NEXT,
    "setting": _SET_NEXT,
}


#: The words of an interception told by what got through the shield, as _PHRASE finds them.
_GOT_THROUGH = re.compile(r"(?:got|get|gets|getting|slipped|made\s+it)\s+(?:through|past)")


def got_through(word: str) -> bool:
    """Whether an event's words tell what got through ("got through", "slipped past"), not what was stopped."""
    return _GOT_THROUGH.fullmatch(word) is not None


#: The prepositions a gerund of striking follows, and the object it takes: "of striking a", "by striking the"
#: (not one that opens a clause of its own, "after striking the runway": the gerund has no subject there).
_GERUND_PREPS = frozenset(("of", "for", "by"))
_GERUND_OBJECT = re.compile(r"\s+(?:an?|the|its|their|his|her|several|two|three|four|five|(?-i:[A-Z])\w)", re.I)


#: Verbs a headline tells a deed by in the present, in their base form ("Gunmen Kill Four Policemen In X",
#: "Jihadists Storm Army Base"), which in running text are no event ("to kill", "a storm").
_HEADLINE_VERBS = frozenset(("kill", "storm", "kidnap", "abduct", "shell", "torch", "behead", "slaughter", "pound", "bomb"))
#: ... of which these are nouns too ("Car Bomb Kills Five", "Pound Slides"): a verb only after a plural subject
#: ("Jets Pound X", "Warplanes Bomb Y").
_BLOW_NOUNS = frozenset(("pound", "bomb"))
#: A word of a title-case line: capitalised, or a short word headlines leave in lower case.
_TITLE_WORD = re.compile(r"(?:[A-Z0-9][\w'’.,-]*|a|an|and|as|at|by|for|in|of|on|or|the|to|with|vs)$")


#: ... and in their third person, after a party ("Army Shells Rebel Positions", "Ukraine Downs 40 Drones").
_HEADLINE_S_VERBS = _HEADLINE_VERBS | {"down"}
#: Words after a title-case plural noun that make it the subject, not a verb ("Artillery Shells Fall On X",
#: "Cluster Bombs Found In Y", "Ups And Downs Of War").
_NOUN_SUBJECT_NEXT = words("found fall fell land landed rain are were remain pose of in on at to for and as with from after over")


def _object_after_s(nxt: Token, form: tuple[str, str]) -> bool:
    """The word after a title-case third-person verb reads as its object: a number or a capitalised word that is
    no verb of its own (a verb there makes the word before a plural noun, its subject: "Car Bombs Kill Five")."""
    return (
        (nxt.text[:1].isupper() or nxt.text[:1].isdigit())
        and nxt.norm not in _NOUN_SUBJECT_NEXT
        and form[0] not in FRAMES
        and form[1] not in ("past", "ed")
    )


#: A headline that asks or explains ("Why Bandits Kill Villagers In X") tells no one deed.
_ASKS = re.compile(r"(?:why|how|what|when|where|who|will|can|could|should|do|does|did|is|are)\b", re.I)


def _headline_verb(text: str, a: int, b: int) -> bool:
    """The word text[a:b] is a headline's verb after its subject: in a line written in title case, capitalised
    after a capitalised word ("Bandits Kill 12 Villagers In Zamfara"); in a headline written in sentence case (a
    line of its own, no closing stop), after a plural subject, with its object after it ("Gunmen kill three
    farmers near X")."""
    lo = text.rfind("\n", 0, a) + 1
    hi = text.find("\n", b)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    ws = line.rstrip(".!?").split()
    before = text[lo:a].split()
    if not (4 <= len(ws) <= 16 and before and not _ASKS.match(line)):
        return False
    if text[a:b].lower() in _BLOW_NOUNS and _PLURAL_SUBJECT.search(before[-1]) is None:
        return False
    if not text[a].isupper():
        return (
            line[-1:] not in ".!?\"”’'"
            and _PLURAL_SUBJECT.search(before[-1]) is not None
            and _OBJECT_NEXT.match(text, b) is not None
        )
    return before[-1][:1].isupper() and all(map(_TITLE_WORD.match, ws)) and sum(w[:1].isupper() for w in ws) >= len(ws) - 2


#: A headline's plural subject right before its verb: "gunmen", "bandits", "jihadists" (not "to", "will", "can").
_PLURAL_SUBJECT = re.compile(r"(?:[a-z]{2}s|men)$", re.I)
#: A headline verb's object next: a count, a noun phrase or a name ("kill 12", "kill three farmers", "storm army
#: base"; not "kill time").
_OBJECT_NEXT = re.compile(r"\s+(?:\d|an?\b|the\b|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several|at\s+least)\b|[a-z]+s\b"
    r"|(?:army|military|police|security|village|town|camp|base|checkpoint|prison|school|church|mosque|market)\b"
    # (or a name: "Jets pound Raqqa overnight")
    r"|[A-Z][a-z])")


#: A line that opens with its day and a dash or colon: a timeline's entry ("Jan. 20 - ...", "Oct. 17, 2023 – ...",
#: "12 March: ..."), whose deeds are told in the present.
_ENTRY_DAY = re.compile(
    r"[ \t]*(?:(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?|\d{4}-\d\d-\d\d)"
    r"\s*(?:[-–—:]|\s-)\s"
)
#: Words before a verb's plain form that make it no deed done: "to fire", "could fire", "does not fire".
_NOT_DONE_BEFORE = words("to not never could would will may might can should must cannot shall")


def _dated_entry(text: str, a: int) -> bool:
    """The word at ``a`` stands in a line that opens with its day and a dash: a timeline's entry."""
    lo = text.rfind("\n", 0, a) + 1
    return _ENTRY_DAY.match(text, lo, a) is not None


def find_triggers(
    text: str,
    toks: Sequence[Token],
    forms: Sequence[tuple[str, str]] | None = None,
    norms: Sequence[str] | None = None,
) -> list[Trigger]:
    """Every event word of the text: a frame of several words tried at the words that open one, else a
    one-word frame found by the word's lemma and inflection (``forms``: the tokens' lemma_form, when
    the caller has them; ``norms``: their folded forms, likewise)."""
    if forms is None:
        forms = [lemma_form(t.norm) for t in toks]
    if len(forms) != len(toks):
        raise ValueError("one lemma form per token")
    out = []
    if norms is None:
        norms = list(map(attrgetter("norm"), toks))  # read in C, no frame per token
    # Only words that open a phrase or have a frame can be event words: the rest are skipped in C.
    maybe = map(
        or_, map(_PHRASE_HEADS.__contains__, norms), map(FRAMES.__contains__, map(itemgetter(0), forms))
    )
    phrase_at = _PHRASE.matcher(text)
    last = len(toks) - 1
    for i in compress(range(len(toks)), maybe):
        t, (lem, form), w = toks[i], forms[i], norms[i]
        before = norms[i - 1] if i else ""
        if w in _PHRASE_HEADS:
            after = _PHRASE_NEXT.get(w)
            nxt = norms[i + 1] if after is not None and i < last else ""
            m = phrase_at(t.start) if after is None or nxt in after or not nxt.isascii() else None
        else:
            m = None
        if m is not None:
            if w in _RAM_WORDS and _LADEN_BEFORE.search(text, max(0, t.start - 60), t.start):
                continue  # "an explosive-laden car rammed the convoy": the blast its phrase tells
            if w in _FIGHT_PAST and (rel := _RELATIVE_BEFORE.search(text, max(0, t.start - 12), t.start)) and not (
                _ONLY_EVENT_BEFORE["fight"].search(text, max(0, rel.start() - 40), rel.start())
            ):
                continue  # "veterans who fought against the army": who they are, as with the verb's own frame
            trig = Trigger(m.lastgroup or "", m.start(), m.end(), m.group().lower())
        else:
            frame = FRAMES.get(lem)
            if frame is not None and form == "base" and lem in _HEADLINE_VERBS and _headline_verb(text, t.start, t.end):
                frame = (frame[0], frame[1] | {"base"})  # "Bandits Kill 12 Villagers In X": a headline's present
            elif (
                frame is not None and form == "s" and form not in frame[1] and lem in _HEADLINE_S_VERBS
                and t.text[:1].isupper() and i < last and _object_after_s(toks[i + 1], forms[i + 1])
                and _headline_verb(text, t.start, t.end)
            ):
                frame = (frame[0], frame[1] | {"s"})  # "Israel Pounds Gaza", "Ukraine Downs 40 Drones": a party's present
            elif (
                frame is not None and form == "base" and lem == "storm" and before == "to"
                and _TRIED.search(text, max(0, t.start - 30), t.start)
            ):
                # "militants tried to storm a checkpoint": the verb, not the weather (an attempt, which candidates.py
                # keeps only when it is told fought off)
                frame = (frame[0], frame[1] | {"base"})
            elif (
                frame is not None and form in ("base", "s") and form not in frame[1]
                and before not in _NOT_DONE_BEFORE and _dated_entry(text, t.start)
            ):
                # "Jan. 20 - Militants fire rockets at the base": a timeline's entry tells its day's deeds in the present
                frame = (frame[0], frame[1] | {form})
            if frame is None or (
                form not in frame[1]
                # "accused Israel of striking a hospital", "by striking the base": the gerund of the verb,
                # after a preposition and before its object ("a striking image", "of striking beauty" are none)
                # ("denied striking the mall": the gerund a denial of a party's part takes, as in negated())
                and not (
                    lem == "strike"
                    and form == "ing"
                    and (before in _GERUND_PREPS or _DENIED_DOING.search(text, max(0, t.start - 30), t.start))
                    and _GERUND_OBJECT.match(text, t.end)
                )
            ):
                continue
            after = _NOT_EVENT_AFTER.get(lem)
            if lem == "strike" and form == "past":
                # "struck fighters near X": a past verb is no noun's modifier ("strike fighters" are aircraft,
                # "strike groups" fleets), so only a bargain struck is no event
                after = _STRIKE_A_DEAL
            if after is not None and after.match(text, t.end):
                continue
            only = _ONLY_EVENT_AFTER.get(lem)
            if only is not None and not only.match(text, t.end):
                continue
            only = _ONLY_EVENT_BEFORE.get(lem)
            if only is not None and not only.search(text, max(0, t.start - 40), t.start):
                continue
            if lem == "strike" and (
                _PACT_BEFORE.search(text, max(0, t.start - 40), t.start) or _LABOUR_BEFORE.search(text, max(0, t.start - 14), t.start)
            ):
                continue
            if (
                lem == "shoot" and form == "ing" and _FILMING_AFTER.match(text, t.end)
                and (
                    (before in _FILMING_OPENERS and _FILM_WORDS.search(text))
                    or _WORKS_OWN.search(text, max(0, t.start - 16), t.start)
                )
            ):
                # "trained for months before shooting began", in a film's story, or "the film's shooting began":
                # its shoot, no shooting event
                continue
            if lem in _NOUN_TOO and form == "past" and before in _DETERMINERS:
                continue  # "a shot at the title", "the first shot": a noun, not the verb ("a shooting" is one)
            if before in _STATE_BEFORE.get(lem, ()):
                continue
            if lem == "siege" and _SIEGE_KEPT.search(text, max(0, t.start - 50), t.start):
                continue
            kind = frame[0]
            if lem == "bombing" and form == "base" and _OBJECT_AFTER.match(text, t.end):
                kind = "airstrike"  # "retaliated by bombing Yemen": the verb, a strike from the air
            if lem == "massacre" and form in ("base", "s"):
                if before == "to":
                    continue  # "threatened to massacre them": the verb, not done
                kind = "strike"  # "Sunday's massacre in X": a mass killing named by its noun, an attack
            trig = Trigger(kind, t.start, t.end, t.text.lower())
        if _NOT_EVENT_BEFORE.search(text, max(0, t.start - 12), t.start):
            continue
        if trig.word.startswith("came under") and criticised(text, trig.start, trig.end):
            continue  # "the minister came under fire for the budget": criticism
        if trig.kind in ("strike", "harm") and _HAZARD_BEFORE.search(text, max(0, t.start - 30), t.start):
            continue  # what nature did: "the earthquake hit Turkey and Syria", "floods killed 30"
        out.append(trig)
    return out


def clauses(
    text: str,
    a: int,
    b: int,
    keep: Sequence[tuple[int, int]] = (),
    triggers: Sequence[Trigger] | None = None,
    dates: Sequence[tuple[int, int]] = (),
) -> list[Clause]:
    """The clauses of the sentence text[a:b], each with its event words; no break inside ``keep`` spans.
    A time told after "and", between event words ("died in an attack in May and in June gunmen
    stormed a hotel"), opens a clause of its own: ``dates`` are the spans of the sentence's dates."""
    if triggers is None:
        triggers = find_triggers(text, tokens(text[a:b], a))
    bounds = [a]
    for m in _BREAK.finditer(text, a, b):
        if any(s <= m.start() < e for s, e in keep):
            continue
        if m.start() > bounds[-1]:
            bounds.append(m.start())
    # "Two days before gunmen stormed X, a bomb exploded there": a stretch back put first opens a time clause,
    # as "after" does (a lone "before" does not: "killed before dawn")
    if (ahead := _STRETCH_BEFORE.match(text, a, b)) is not None and ahead.start("dir") > bounds[-1]:
        bounds.append(ahead.start("dir"))
    bounds.append(b)
    for start, end in dates:
        m = _AND_WHEN.search(text, max(a, start - 20), start)
        if (
            m is not None
            and m.end() == start
            # "between October 2023 and May 2025": the "and" that closes a span joins its two ends
            and not _SPAN_OPENED.search(text, max(a, m.start() - 40), m.start())
            and any(t.start < m.start() for t in triggers)
            and any(t.start >= end and t.kind != "harm" for t in triggers)
        ):
            bounds.append(m.start())
        # "killed 21 at a hotel in August and an attack on another in October killed 11": an event noun after
        # "and" with a time of its own, after a first event told with its own time, is a second event
        m = _AND_EVENT.search(text, max(a, start - 100), start)
        if (
            m is not None
            and any(a <= s < m.start() for s, _ in dates)
            and any(t.start < m.start() for t in triggers)
            and not any(s < start and e > m.start() for s, e in dates)
        ):
            bounds.append(m.start())
    # "a bomb killed two soldiers in Kidal and gunmen killed three near Gao": a subject of its own after "and",
    # with its own event verb, after a first event told, is a second event
    # (a verb, not a noun or a participle: "a missile and drone attack", "missiles and drones launched by X"
    # join weapons in one noun phrase)
    for m in _AND_SUBJECT.finditer(text, a, b):
        if (
            any(
                t.start == m.end() and t.kind in _AND_SUBJECT_KINDS and t.word.split()[-1] not in NOUNS
                for t in triggers
            )
            and any(a <= t.start < m.start() for t in triggers)
            and not _JOINED_NOUNS.search(text, a, m.start())
            and not _BY_AFTER.match(text, next(t.end for t in triggers if t.start == m.end()))
        ):
            bounds.append(m.start())
    # "jihadists attacked a post in X on Saturday and ambushed a convoy near Y on Sunday": a second verb of
    # the same subject after "and", the first told with a time of its own and the second with another, is a
    # second event (with no time of its own after it, "... on Saturday and killed 12 soldiers", the verb goes
    # on telling the first)
    # ... and "forces struck depots in X and shot down 41 drones over Y": a blow struck and a weapon stopped, two
    # verbs of one subject joined by "and", are two events (a strike is never part of an interception)
    for m in _AND_VERB.finditer(text, a, b) if len(triggers) > 1 else ():
        second = next((t for t in triggers if t.start == m.end()), None)
        if second is None or second.word.split()[-1] in NOUNS:
            continue
        if (
            second.kind in _AND_VERB_KINDS
            and any(t.start < m.start() and any(t.end <= s < m.start() for s, _ in dates) for t in triggers)
            and any(second.end <= s < b for s, _ in dates)
        ):
            bounds.append(m.start())
            continue
        first = next((t for t in reversed(triggers) if t.end <= m.start() and t.kind != "harm"), None)
        if first is not None and first.word.split()[-1] not in NOUNS and (
            _stopped_and_struck(first, second) or _shelled_and_flown(first, second)
        ):
            bounds.append(m.start())
    # "the worst attack in the region since a truck bomb killed nine dockers in 2022": the event another is
    # measured against since is one of its own, with its own day, place and toll
    bounds.extend(at for at in measured_since(text, a, b) if not any(s <= at < e for s, e in keep))
    bounds = sorted(set(bounds))
    # A relative clause closes at its next comma: "militants, who could not be reached, fired ..." leaves
    # "fired" in a clause of its own, out of reach of the relative clause's "could" and "not".
    for lo, hi in list(pairwise(bounds)):
        fronted = lo - a <= 25 and _FRONTED.match(text, lo, hi)
        if RELATIVE_OPEN.match(text, lo, hi) or _CAUSE_AFTER_COMMA.match(text, lo, hi) or fronted:
            close = text.find(", ", lo + 2, hi)
            if close == -1 or any(s <= close < e for s, e in keep):
                continue
            if not fronted and _subject_goes_on(text, a, lo, close, bounds, triggers):
                bounds.remove(lo)  # "An attack in X, which ..., killed four": the attack's clause goes on
                continue
            # so does a time clause put first that tells an event or a warning of its own: "Hours after
            # the president warned of attacks, a drone strike hit a car" keeps the strike clear of the
            # warning ("Following sirens in X, a drone was intercepted" stays one clause, X its scene)
            # ("Amid a surge in violence, gunmen killed six ...": a trend put first is the scene's, and the deed
            # after its comma no pattern)
            if not fronted or any(lo <= t.start < close for t in triggers) or generic(text, lo, close):
                bounds.append(close)
    bounds.sort()
    out = []
    for lo, hi in pairwise(bounds):
        inside = tuple(t for t in triggers if lo <= t.start < hi)
        out.append(Clause(lo, hi, inside))
    return out


#: The verb of a sentence's subject right after a relative clause closes: ", killed four soldiers", ", left
#: six dead" (a past verb with no subject of its own: the subject is the one before the relative clause).
_SUBJECT_VERB = re.compile(
    r",\s+(?:(?:also|later|reportedly|allegedly)\s+)?(?:killed|left|wounded|injured|cost|claimed|destroyed|damaged)\b",
    re.I,
)
#: A relative clause whose subject is the event named before it, told by a verb of hitting: ", which hit a
#: market", ", which struck a house" (the thing struck, not a second event).
_RELATIVE_HIT = re.compile(
    r",\s+which\s+(?:(?:also|reportedly|allegedly|apparently)\s+)?(?P<verb>hit|struck|targeted|slammed|tore|ripped)\b",
    re.I,
)
#: A speaker's verb, and the "that" that may open the report after it.
_SAID_IN = re.compile(r"\b(?:says?|said|reported|reports|added|stated)\b", re.I)
_THAT = re.compile(r"^\s*that\b", re.I)


def _subject_goes_on(
    text: str, a: int, lo: int, close: int, bounds: list[int], triggers: Sequence[Trigger]
) -> bool:
    """A sentence that opens with an event noun phrase, a relative clause after it closed by a comma, then
    the phrase's own verb: "An attack in Kidal, which the army blamed on jihadists, killed four soldiers on
    Tuesday" is one event told in one clause (its scene before the relative clause, its toll and day after
    it). Only a short phrase opening the sentence or a speaker's report, with an event word of its own; a
    relative clause with no event word, negation or modal of its own; and a verb that tells what the event
    did."""
    if max((x for x in bounds if x < lo), default=a) != a or close > min((x for x in bounds if x > lo), default=close):
        return False
    subject = text[a:lo]
    said = max(_SAID_IN.finditer(subject), key=lambda m: m.start(), default=None)  # the last speech word
    if said is not None:
        # "Officials said the attack in X, which ..., killed": the phrase opens the speaker's report
        speaker, subject = subject[: said.start()], _THAT.sub("", subject[said.end() :])
        if len(speaker.split()) > 5 or _SAID_IN.search(speaker):
            return False
    if len(subject.split()) > 8:
        return False
    if not any(a <= t.start < lo and t.kind not in ("harm", "threat") for t in triggers):
        return False
    hit = _RELATIVE_HIT.match(text, lo, close)
    # "The strike, which hit a market in X, killed four": a relative clause whose verb tells what the event
    # itself struck is no event of its own, but the phrase's target and scene
    inside = [t for t in triggers if lo <= t.start < close]
    if inside and not (hit is not None and len(inside) == 1 and inside[0].start == hit.start("verb")):
        return False
    if _NEGATION.search(text, lo, close) or _MODAL.search(text, lo, close):
        return False
    return _SUBJECT_VERB.match(text, close) is not None


#: A denial of a part in, or no comment on, an event told as a known one, right before its word: "denied any
#: role in the", "denied involvement in Sunday's", "did not comment on the", "declined to comment on reports of
#: the": the event took place; only who did it, or what is said of it, is denied or withheld.
_DAY_TOLD = r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
_PART_DENIED = re.compile(
    r"\b(?:(?:denied|denies|deny|denying|rejected)" + _DAY_TOLD + r"\s+(?:any\s+|all\s+)?(?:role|involvement|responsibility|part|hand|links?)"
    + _DAY_TOLD
    # "denied that it was behind a drone strike", "denies it had a hand in the": the doer denied, the event told
    + r"|(?:denied|denies|deny|denying)" + _DAY_TOLD + r"\s+(?:that\s+)?(?:it|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:(?:was|were|is|are|had\s+been)\s+(?:behind|responsible\s+for)|(?:had|has|have)\s+(?:any\s+|an?\s+)?(?:role|hand|part)\s+in)"
    # ... or the charge that it was: "rejected accusations that it was behind the", "dismissed as baseless claims
    # that they had a hand in the"
    + r"|(?:denied|denies|rejected|rejects|dismissed|dismisses)" + _DAY_TOLD + r"\s+(?:as\s+(?:[\w-]+\s+){1,2})?(?:the\s+|all\s+|any\s+)?"
    r"(?:accusations?|claims?|allegations?|charges?|suggestions?)\s+that\s+(?:it|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:(?:was|were|is|are|had\s+been)\s+(?:behind|responsible\s+for)|(?:had|has|have)\s+(?:any\s+|an?\s+)?(?:role|hand|part)\s+in)"
    r"|(?:not|n't|no|declined\s+to|refused\s+to)\s+(?:immediate(?:ly)?\s+|publicly\s+|initially\s+|yet\s+)?comment(?:ed)?"
    r"(?=\s+(?:in|for|with|to|on)\s)"
    # "did not comment on whether it conducted the", "declined to confirm whether they were behind the": who
    # did a known event is withheld, not the event
    r"|(?:not|n't|declined\s+to|refused\s+to)\s+(?:immediate(?:ly)?\s+|publicly\s+|initially\s+|yet\s+)?"
    r"(?:comment(?:ed)?\s+on|say|said|confirm(?:ed)?)\s+whether\s+(?:it|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?:\s+had)?\s+(?:carried\s+out|conducted|launched|staged|mounted|(?:was|were)\s+(?:behind|responsible))(?=\s))"
    r"\s+(?:(?:in|for|with|to|on)\s+(?:reports?\s+of\s+)?)?(?:the|this|that|[A-Z][a-z]+day['’]s"
    # ("a" only for a part denied: "any role in a strike", "behind a strike"; "whether it carried out a strike"
    # leaves the deed itself in doubt)
    r"|(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bbehind\s))an?)\s+"
    r"(?:(?!(?:no|not|never|without|any)\b)[\w-]+\s+){0,3}$",
)


#: A party's denial of doing the deed, right before its verb: "denied striking the", "denies shelling" (a
#: part in the event denied, as "denied any role in": the event is told).
_DENIED_DOING = re.compile(r"\b(?:denied|denies|deny|denying)\s+(?:having\s+)?$", re.I)


def negated(text: str, lo: int, trig_start: int) -> bool:
    """A negation between the clause start and the event word ("carried out no attacks"); not one that
    denies only a claim of the event or a harm done in it ("no one has claimed the bombing", "no one was
    hurt in the blast"), nor a part in it or a comment on it ("denied any role in the attack"): that event
    took place."""
    window = text[max(lo, trig_start - 60) : trig_start]
    if not _NEGATION.search(window):
        return False
    denial = _DENIED_DOING.search(window)
    if denial is not None and not _NEGATION.search(window, 0, denial.start()):
        return False  # "Russia denied striking the mall": the accused denies its part, the event took place
    other = _CLAIM_OR_HARM_DENIED.search(window) or _CLAIM_NOT_MADE.search(window) or _PART_DENIED.search(window)
    return other is None or bool(_NEGATION.search(window, 0, other.start()))


#: An attempt told right before a ground assault's word: "attempted to infiltrate", "tried to storm", "an attempted raid".
_TRIED = re.compile(r"\b(?:attempts?|attempted|attempting|tried|trying|sought|seeking)\s+to\s+$|\battempted\s+$", re.I)
_ASSAULT_WORDS = ("infiltrat", "storm", "attack", "assault", "raid", "overr", "ambush")


def tried_assault(text: str, lo: int, trig: Trigger) -> bool:
    """The event word is a ground assault told as attempted ("attempted to infiltrate army positions")."""
    return trig.kind in ("clash", "strike") and trig.word.startswith(_ASSAULT_WORDS) and (
        _TRIED.search(text, max(lo, trig.start - 30), trig.start) is not None
    )


def hypothetical(text: str, lo: int, trig_start: int, trig_end: int | None = None, hi: int | None = None) -> bool:
    """A modal, plan, wish or attempt before the event word, or "was imminent" after it."""
    part = _PART_DENIED.search(text, max(lo, trig_start - 80), trig_start)  # ("denied any role in the attack")
    return (
        bool(_MODAL.search(text, max(lo, trig_start - 80), part.start() if part else trig_start))
        or (
            bool(_ATTEMPT.search(text, max(lo, trig_start - 45), trig_start))
            and not _WEAPON_TRIED.search(text, max(lo, trig_start - 50), trig_start)
            and foiled_by_force(text, trig_start) is None
            and not (text.startswith("siege", trig_start) and _ENDED.search(text, max(lo, trig_start - 30), trig_start))
        )
        or (trig_end is not None and bool(_AWAITED.match(text, trig_end, hi if hi is not None else len(text))))
        or (trig_end is not None and _made_safe(text, trig_start, trig_end, hi if hi is not None else len(text)))
        or (trig_end is not None and to_come(text, trig_start, trig_end, hi if hi is not None else len(text)))
        or (trig_end is not None and held_out(text, lo, trig_start, trig_end, hi if hi is not None else len(text)))
    )


#: A charge's own word: what may be defused or found before it goes off ("car bomb", "IED", "explosive device").
_CHARGE = re.compile(r"(?:car\s+)?bombs?$|IEDs?$|devices?$|explosives?$|mines?$|landmines?$", re.I)


def _made_safe(text: str, trig_start: int, trig_end: int, hi: int) -> bool:
    """The event word names a charge that was defused or found, told right after it: no blast took place."""
    return bool(_CHARGE.search(text, trig_start, trig_end)) and bool(_MADE_SAFE.match(text, trig_end, hi))


#: An event noun, its target or place after it, then a modal: "a strike on the dam could flood the city".
_MODAL_AFTER = re.compile(
    _ITS_TARGET + r"\s*(?:would|could|might|(?-i:may))\s+(?!(?:not\s+|also\s+|well\s+)?have\b)", re.I
)
#: ... or a gerund's own object before the modal: "bombing Iran would", "striking the nuclear sites could".
_GERUND_OBJECT_MODAL = re.compile(
    r"\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:would|could|might|(?-i:may))\s+"
    r"(?!(?:not\s+|also\s+|well\s+)?have\b)",
    re.I,
)
#: ... or a present "is" that classes it: "shelling of homes is a war crime", "strikes on ports are illegal".
_CLASSED = re.compile(
    _ITS_TARGET + r"\s*(?:is|are)\s+(?:(?:also|not|never|always|still|clearly)\s+)?"
    r"(?:an?\s|illegal|unlawful|prohibited|banned|forbidden|unacceptable|legitimate|lawful)",
    re.I,
)
#: ... told with no determiner at all (the class itself, not "an attack on the base is a blow").
_BARE_HEAD = re.compile(
    r"^\W*(?:(?!(?:the|this|that|these|those|its|their|his|her|our|an?|any|such|another)\s)[\w-]+\s+){0,2}$", re.I
)
#: ... or "is only a matter of time": an event awaited, whatever its determiner.
_MATTER_OF_TIME = re.compile(
    _ITS_TARGET + r"\s*(?:is|was|are|were)\s+(?:(?:only|just|simply)\s+)?a\s+matter\s+of\s+(?:time|days|weeks|hours)\b", re.I
)
#: ... an event of no one occasion: no determiner, or "a", "any", "such" ("an Israeli strike on X would").
_INDEFINITE_HEAD = re.compile(r"(?:^\W*|\b(?:an?|any|such|another)\s+)(?:[\w'’-]+\s+){0,2}$", re.I)
#: ... with no day told between: "a drone strike on the depot on Monday could be tied to X" is one event.
_DAY_BETWEEN = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|night|"
    r"morning|evening|afternoon|week|month|year|\d+)\b",
    re.I,
)


def held_out(text: str, lo: int, trig_start: int, trig_end: int, hi: int) -> bool:
    """An event noun of no one occasion as the subject of a modal ("a missile attack on the dam could
    flood the city", "strikes on the port would deepen the crisis"): a harm weighed, not one that happened.
    ("The strike could have killed more", "an attack on Monday could be linked to X" tell one that did.)"""
    if _DONE.search(text, trig_start, trig_end):
        return False
    head = text[lo:trig_start]
    if len(head) > 60:
        head = " " + head[-60:]  # (the clause's start lies further back: only a determiner can tell)
    m = _MODAL_AFTER.match(text, trig_end, hi)
    if m is None and text.endswith("ing", trig_start, trig_end):
        m = _GERUND_OBJECT_MODAL.match(text, trig_end, hi)  # "bombing Iran would not end its programme"
    if m is not None and not _DAY_BETWEEN.search(text, trig_end, m.end()):
        return bool(_INDEFINITE_HEAD.search(head))
    m = _CLASSED.match(text, trig_end, hi)
    if m is not None and not _DAY_BETWEEN.search(text, trig_end, m.end()):
        return bool(_BARE_HEAD.search(head))
    return bool(_MATTER_OF_TIME.match(text, trig_end, hi))


def to_come(text: str, trig_start: int, trig_end: int, hi: int) -> bool:
    """An event noun told as still to come: the subject of a predicate of going on or growing ("strikes
    on the port would continue"), or "the next strike", "future attacks"."""
    if _DONE.search(text, trig_start, trig_end):
        return False  # "struck the port and will continue": a verb done, the modal is another predicate's
    return bool(_TO_COME.match(text, trig_end, hi) or _NEXT.search(text, max(0, trig_start - 30), trig_start))


#: A partitive relative clause: "..., 40 of which were shot down" (or "..., of which 40 were shot down")
#: speaks of the weapons of the clause before.
PARTITIVE_OPEN = re.compile(rf",\s+(?:(?:[\w,-]+\s+){{0,3}}?of\s+(?:which|whom|them)\b|{WITH_SHARE_DOWN})", re.I)


#: A party named by the fight it is in: "the coalition fighting against the rebels", "forces who are
#: fighting with the militants". Its mission (GUIDE), not an event told.
_MISSION = re.compile(
    r"\b(?:coalition|alliance|forces|troops|soldiers|militias?|groups?|fighters|rebels|armies|army|units|partners|allies)"
    r"\s+(?:(?:that|who|which)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)?$",
    re.I,
)


def mission(text: str, lo: int, trig: Trigger) -> bool:
    """The event word names what a party is engaged in, right after the party ("forces fighting IS")."""
    return trig.word.startswith("fighting ") and bool(_MISSION.search(text, max(lo, trig.start - 40), trig.start))


#: An air campaign named as one event: its own words are no sign of many (_GENERIC's "air campaign").
AIR_CAMPAIGN = re.compile(r"(?:air|aerial|bombing)\s+(?:campaign|offensive)$", re.I)


def generic(text: str, lo: int, hi: int) -> bool:
    """A pattern ("repeated attacks over the past year") or a drill ("simulating strikes"), not one event."""
    m = _GENERIC.search(text, lo, hi)
    while m is not None and (
        _measured(text, lo, m) or _opens_recent_stretch(text, m) or _bounded_repeat(text, lo, hi, m) or repelled_many(text, m.end())
        or _stepped_up_that_day(text, hi, m) or _past_week_tally(text, lo, hi, m)
    ):
        m = _GENERIC.search(text, m.end(), hi)
    return m is not None


#: "the past" told as the week just gone: "over the past week", "in the past seven days" (not "the past weekend").
_PAST_WEEK = re.compile(r"\s+(?:week|seven\s+days|7\s+days)\b", re.I)
#: The means of a deed: a weapon, a kind of attack, a verb of fire ("launched 1,100 drones", "shot down 900
#: drones", "carried out 45 air strikes", "shelling killed 12"); not a toll alone ("neutralised 19 militants").
_DEED_MEANS = re.compile(
    r"\b(?:missiles?|rockets?|drones?|UAVs?|shells|projectiles|bombs|(?:air\s*)?strikes|shelling|shelled|bombard\w*|bomb(?:ed|ing)"
    r"|fighting|clashes|attacks|raids|assaults|ambush(?:es|ed)|struck|launched|fired|shot\s+down|intercepted|downed)\b",
    re.I,
)


def _past_week_tally(text: str, lo: int, hi: int, m: re.Match[str]) -> bool:
    """ "Russia launched more than 1,100 drones at Ukraine over the past week", "strikes killed 60 in Gaza over the
    past week": a week's deeds told by their means are one aggregate with its stretch (the GUIDE's "since Friday",
    dated from the week's first day to the report); a week's tally told by its toll alone ("neutralised 19
    militants over the past week") tells no means, and stays a pattern."""
    return (
        m.group().lower().endswith("the past")
        and _PAST_WEEK.match(text, m.end()) is not None
        and _DEED_MEANS.search(text, lo, hi) is not None
    )


#: The adverb of a deed done again and again, told in the simple past (not "has repeatedly shelled").
_REPEATED_DEED = re.compile(r"repeatedly$", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:[\w-]+\s+)?$", re.I)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: A bounded time told for the deed: a day of the past week, a night, a calendar day or a span of days.
_BOUNDED_TIME = re.compile(
    rf"\b(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|overnight|last\s+night"
    rf"|(?-i:{_MONTHS})\s+\d{{1,2}}\b|\d{{1,2}}\s+(?-i:{_MONTHS})(?!\w))",
    re.I,
)


def _bounded_repeat(text: str, lo: int, hi: int, m: re.Match[str]) -> bool:
    """ "between March 3 and 5, troops shelled the town repeatedly, injuring 11", "more than 20 strikes on X
    overnight": a deed done again and again within days told is one bounded event (an aggregate with a date and a place, which the GUIDE keeps); "has
    repeatedly shelled the town" with no such time is a habit. The time may open the sentence before the
    clause."""
    if not (_REPEATED_DEED.match(m.group()) or _COUNTED_DEEDS.match(m.group())) or _PERFECT_BEFORE.search(
        text, max(0, m.start() - 30), m.start()
    ):
        return False
    head = max(0, lo - 80)
    if (stop := max(text.rfind(". ", head, lo), text.rfind("\n", head, lo))) >= 0:
        head = stop + 1
    # (a day told after the speech verb is the saying's: "gunmen repeatedly raided villages, residents said on
    # Sunday")
    return any(
        not (t.start() > m.end() and _SPOKEN.search(text, m.end(), t.start()))
        for t in _BOUNDED_TIME.finditer(text, head, hi)
    )


#: A campaign told grown ("stepped up its strikes", "intensified attacks").
_GROWN_CAMPAIGN = re.compile(r"(?:intensif|stepp|escalat|ramp|expand)", re.I)
#: Harm told in a participle right after a clause: ", killing three", ", wounding 12", ", leaving five dead".
HARM_AFTER = re.compile(r"\s*,\s*(?:killing|wounding|injuring|leaving\s+(?:[\w-]+\s+){1,3}?(?:dead|killed|wounded|injured))\b", re.I)


def _stepped_up_that_day(text: str, hi: int, m: re.Match[str]) -> bool:
    """ "Israel stepped up its strikes on X on Thursday, killing two": a campaign told grown with the day of
    its blows and their dead reports that day's strikes, one event; "has stepped up its strikes" with no day
    or toll is a trend."""
    return bool(
        _GROWN_CAMPAIGN.match(m.group())
        and HARM_AFTER.match(text, hi)
        and _BOUNDED_TIME.search(text, m.end(), hi)
    )


#: Verbs of an assault fought off by the side that held: "repelled", "fought off", "held off", "beat back"
#: (candidates.py reads the assault after them as fought).
FEND_VERBS = (
    r"repell?(?:ed|ing|s)?|repuls(?:ed|ing|es?)|(?:fought|fend(?:ed|ing|s)?|held|holding|holds?|warded|staved)\s+off"
    r"|(?:beat|beating|beaten|drove|driven)\s+back"
)
#: A defender's deed before "repeated": "held off repeated attacks near X" tells one stand, as "repelled an
#: attack" does (not "have faced repeated attacks", a pattern); so do attacks pushed back or foiled.
_REPELLED_MANY = re.compile(rf"\b(?:{FEND_VERBS}|pushed\s+back|thwarted|foiled)\s+repeated(?:\s+[\w-]+)?\s*$", re.I)


#: A fighting force that foiled an assault as it came, right before its word: "soldiers thwarted an attack near X",
#: "the army said it foiled a jihadist raid" (met with fire: a clash, as "repelled an attack" is).
_FOILED_BY_FORCE = re.compile(
    r"\b(?:soldiers|troops|army|military|forces|units|defenders|garrison|(?:army|military|troops|soldiers|forces)\b[^.;]{0,40}?\b(?:it|they))"
    r"\s+(?:(?:had|have|has|also|reportedly|\w+ly)\s+)?(?P<verb>(?:thwart|foil)(?:ed|ing|s)?)\s+(?:an?\s+|the\s+)?"
    # (the attackers named before the word: "a jihadist attack", "a JNIM raid", "an M23 assault")
    r"(?:(?:armed|jihadist|militant|insurgent|rebel|enemy|bandit|terrorist|major|large-scale|coordinated|fresh|new|dawn|night"
    r"|(?-i:[A-Z][\w'’-]*))\s+){0,2}$",
    re.I,
)
#: ... unless told stopped before it began: "foiled an attack, arresting three", "an attack planned for Sunday".
_STOPPED_BEFORE = re.compile(r"[^.;]{0,200}?\b(?:arrest\w*|detain\w*|apprehend\w*|custody|plot\w*|planned|planning)\b", re.I)


def foiled_by_force(text: str, at: int) -> tuple[int, int] | None:
    """The ground assault whose word opens at ``at`` was foiled by a fighting force as it came ("soldiers thwarted an
    attack near X"): fought off, not stopped beforehand ("police foiled an attack", "foiled a planned attack").
    The span of the foiling verb, or None."""
    if not text[at : at + 12].lower().startswith(_ASSAULT_WORDS):
        return None
    near = text[max(0, at - 40) : at].lower()  # (a plain look for the verb first: assault words are common)
    if "thwart" not in near and "foil" not in near:
        return None
    m = _FOILED_BY_FORCE.search(text, max(0, at - 90), at)
    if m is None or _STOPPED_BEFORE.match(text, at) is not None:
        return None
    return m.span("verb")


def repelled_many(text: str, at: int) -> bool:
    """ "troops held off repeated Russian attacks near Kupiansk": the attacks a defender repelled, whose words
    end at ``at``, are one clash, not a pattern of events."""
    return _REPELLED_MANY.search(text, max(0, at - 60), at) is not None


_SPOKEN = re.compile(r"\b(?:said|says|told|tells|reported|announced|stated|added|wrote|posted)\b", re.I)
#: Deeds counted with a floor: "more than 20 strikes", "at least 12 attacks" (one night's raids when a bounded time
#: is told with them, as "repeatedly" within days is).
_COUNTED_DEEDS = re.compile(r"(?:more\s+than|at\s+least)\s+[\d,]+\s", re.I)


#: "since" and the subject of the deed that opened a stretch: "since Iran ", "since the rebels ".
_SINCE_SUBJECT = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,4}$", re.I)
#: ... and the recent day it opened on, after the deed: "firing missiles on Friday".
_ON_RECENT_DAY = re.compile(rf"[^.;]{{0,60}}?\bon\s+{_RECENT_START}", re.I)


#: A sentence opened by the recent start of a tally: "Since last week, ...", "Since the start of the month, ...".
_FRONTED_SINCE_RECENT = re.compile(
    rf"(?:^|[.!?][\"'”’)]?\s+|\n\s*)Since\s+(?:{_RECENT_START}|the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:week|month)\b)"
    r"\s*,[^.;!?\n]*$"
)


def _opens_recent_stretch(text: str, m: re.Match[str]) -> bool:
    """ "killed 24 since Iran began firing missiles on Friday": a campaign's onset told after "since", on a
    day of the past week, dates the start of a tally of days (an aggregate the GUIDE keeps, dated as a range),
    not a pattern of events; so does a sentence that opens with such a start ("Since last week, the rebels
    have fired more than 20 missiles at X")."""
    return bool(
        _SINCE_SUBJECT.search(text, max(0, m.start() - 60), m.start()) and _ON_RECENT_DAY.match(text, m.end())
    ) or bool(_FRONTED_SINCE_RECENT.search(text, max(0, m.start() - 160), m.start()))


#: "in recent years" told right after a superlative or a kind ("the bloodiest assault on the force in recent
#: months", "the sort of raid that has grown uncommon in recent years"): the span the one event is measured
#: against, no pattern of events told.
_RECENT = re.compile(r"in\s+recent\s+(?:days|weeks|months|years)$", re.I)
_MEASURE = re.compile(
    rf"\b(?:{SUPERLATIVE}|first|(?:kind|type|sort)\s+of)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(NOUNS | {'shooting', 'shootings'}, key=len, reverse=True))})\b[^.;:!?]{{0,80}}$",
    re.I,
)


#: "since" opening a clause of its own, with its subject and verb ("since nine worshippers were killed", "since
#: a truck bomb hit the docks"), not a date or a noun ("since 2019", "since the war").
_SINCE_EVENT = re.compile(
    r"\s+since\s+(?!(?:then|when|at\s+least)\b)(?:[\w'’-]+\s+){1,6}?(?:was|were|had|has|have|killed|struck|hit|shot|blew|\w+ed)\b",
    re.I,
)


#: "the first time that X has ... since": a first measures the event it tells against the one after "since",
#: however long the clause between them.
_FIRST_TIME = re.compile(r"\bfirst\s+time\b[^;:!?]{0,120}$", re.I)  # (a dot inside a sentence: "U.S.")


def measured_since(text: str, a: int, b: int) -> list[int]:
    """Where, in text[a:b], a clause opens on "since" that tells the earlier event another one is measured
    against ("the worst attack in the region since a truck bomb killed nine dockers in 2022", "the first time
    that X has been hit since gunmen stormed the town in 2019")."""
    return [m.start() for m in _SINCE_EVENT.finditer(text, a, b) if measures(text, a, m.start())]


def measures(text: str, a: int, at: int) -> bool:
    """Before ``at`` (within text[a:]), a measure that sets an event against an earlier one: a superlative
    or a first of an event noun ("the worst attack in the region"), or "the first time that ..."."""
    return bool(_MEASURE.search(text, max(a, at - 80), at) or _FIRST_TIME.search(text, max(a, at - 140), at))


#: The event noun of a measure: "the deadliest attack on the town since ...".
_MEASURE_NOUN = re.compile(
    rf"\b(?:{SUPERLATIVE})\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>attack|assault|shooting|massacre|raid|bombing|blast|explosion)s?\b"
    r"[^.;:!?]{0,80}$",
    re.I,
)


def measured_noun(text: str, a: int, at: int) -> str | None:
    """The noun of the superlative that measures an event against the one told in the clause opened at ``at``
    by "since" ("the deadliest attack on the town since five people died at a mosque": "attack"), or
    None where no "since" clause of such a measure opens there."""
    if not (_SINCE_EVENT.match(text, at) and measures(text, a, at)):
        return None
    m = _MEASURE_NOUN.search(text, max(a, at - 80), at)
    return m.group("noun").lower() if m else None


def _measured(text: str, lo: int, m: re.Match[str]) -> bool:
    """The pattern cue ``m`` is the span a superlative or a kind of event measures one event against."""
    return _RECENT.match(m.group()) is not None and _MEASURE.search(text, max(lo, m.start() - 80), m.start()) is not None


#: An earlier account of the event told: "initially said three rockets had hit near the airport".
_ACCOUNT = re.compile(
    r"\b(?:initially|first|earlier)\s+(?:said|reported|claimed|thought|believed)\b[^.;]*$", re.I
)


def account(text: str, lo: int, trig_start: int) -> bool:
    """The event word is in an account of an event told, first given otherwise ("initially said ...")."""
    return bool(_ACCOUNT.search(text, max(lo, trig_start - 120), trig_start))


def depicted(text: str, lo: int, trig_start: int) -> bool:
    """The event word describes a picture ("an image showing the launch"), not an event told."""
    return bool(_DEPICTED.search(text, max(lo, trig_start - 120), trig_start))


#: An agency photo's caption: a scene in the present tense closed by its full date ("Smoke rises over the
#: port in X, Iraq, on Aug. 8, 2007."), with no past-tense or perfect word as a report of the event has.
_DATED_SCENE_END = re.compile(
    r"(?:,|\bon)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\.?[\s'\"”)]*$"
)
_REPORTED = re.compile(
    r"\b(?:\w+ed|was|were|had|has|have|said|says|told|struck|shot|hit|fell|flew|fled|began|took|came|went|left"
    r"|made|fought|led|lost|seen|been|ago|last|yesterday)\b",
    re.I,
)


#: A picture's credit closing its caption: "(Photo: J. Doe/Agency)", "(File image)", "(Getty Images)".
_CREDIT_END = re.compile(
    r"\((?:[^()]*\b(?:photos?|photograph|image|images|pictures?|file|copyright|credit|getty|afp/|reuters/|"
    r"ap photo|via)\b[^()]*|[^()]*/[^()]*)\)(?:\s*\([^()]*\))*[\s.]*$",
    re.I,
)


def caption(text: str, a: int, b: int) -> bool:
    """The sentence is a picture's caption or credit ("A photo of the scene shows ...", "Map of ...",
    a scene closed by its picture's credit)."""
    return bool(_CAPTION.match(text, a, b)) or bool(
        _DATED_SCENE_END.search(text, a, b) and not _REPORTED.search(text, a, b)
    ) or bool(_CREDIT_END.search(text[a:b].rstrip()))


#: A question, opened by its asking word after an optional label, closed by its mark: "What happened?",
#: "Explainer: Why are US forces in Syria being attacked?", "Did the drone come from Iraq?".
_QUESTION = re.compile(
    r"(?:[^\W\d][\w-]*(?:\s+[\w-]+)?\s*:\s*)?(?:why|what|who|whom|whose|how|where|when|which|is|are|was|were|did|do|does"
    r"|has|have|had|can|could|will|would|should)\b[^?.!\n]*\?\s*$",
    re.I,
)


def question(text: str, a: int, b: int) -> bool:
    """The sentence asks (an explainer's heading, a title): it asserts no event, whose telling is the
    answer's (a quoted question is a speaker's, left alone)."""
    return text[a:b].rstrip().endswith("?") and bool(_QUESTION.match(text, a, b))


#: An attack made in words, told by its kind right before the word: "launched a scathing attack on the
#: president", "a personal attack on Zelensky" ("a fierce attack on the base" may be one of arms).
_IN_WORDS = re.compile(
    r"\b(?:scathing|stinging|withering|damning|verbal|personal|vitriolic|scornful|rhetorical|excoriating|caustic"
    r"|acerbic|thinly[- ]veiled|written)\s+$"
    # ... or by a verb of writing: "the newspaper published a fierce attack on the army chief"
    r"|\b(?:published|wrote|penned|writes|posted)\s+(?:an?\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


def in_words(text: str, lo: int, trig_start: int) -> bool:
    """The event word names an attack made in words ("a scathing attack on the president"), not with arms."""
    return bool(_IN_WORDS.search(text, max(lo, trig_start - 30), trig_start))


def characterised(text: str, lo: int, trig_start: int) -> bool:
    """The event word is a reaction's name for an event told ("condemned the strike as ...")."""
    return bool(_CHARACTERISED.search(text, max(lo, trig_start - 120), trig_start))


#: What a denial may deny of an event told as a known one: a part in it ("denied any role in the attack").
_PART_IN = re.compile(
    _DAY_TOLD + r"(?:\s+(?:any\s+|all\s+)?(?:role|involvement|responsibility|part|hand)" + _DAY_TOLD + r"\s+(?:in|for)"
    # "denied on Tuesday that it was behind a drone strike": the doer denied, the event told
    r"|\s+(?:that\s+)?(?:it|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:(?:was|were|is|are|had\s+been)\s+(?:behind|responsible\s+for)|(?:had|has|have)\s+(?:any\s+|an?\s+)?(?:role|hand|part)\s+in))"
    r"\s+(?:the|this|that|an?|[A-Z][a-z]+day['’]s)\b"
    # "denied striking the mall", "denies having shelled the village": the doing of a deed at a known target
    r"|" + _DAY_TOLD + r"\s+(?:having\s+)?(?:striking|attacking|shelling|bombing|targeting|hitting|struck|attacked|shelled|bombed|targeted)"
    r"\s+(?:the|this|that)\b"
    # "...; the group denied it", "Hezbollah denied the accusation": an accusation told before, its clause ending
    r"|" + _DAY_TOLD + r"\s+(?:it|them|(?:the|these|those|this|that|such)\s+(?:accusations?|charges?|allegations?)"
    r"|(?:any\s+)?(?:involvement|responsibility|role))\s*(?:[.;!]|,\s+(?:saying|calling|adding)\b|$)"
)


def denial(text: str, a: int, b: int) -> bool:
    """A sentence that denies: its events may not have happened ("denied that its fighters attacked"); not one
    that denies only a party's part in an event it names as known ("denied any role in Sunday's attack")."""
    return any(
        not _PART_IN.match(text, m.end(), b) and not _OWN_EVENT_AFTER.search(text, m.end(), b)
        and not (_CHARGE_BEFORE.search(text, max(a, m.start() - 50), m.start()) and _CLAUSE_ENDS.match(text, m.end(), b))
        for m in _DENIAL.finditer(text, a, b)
    )


#: The charge a denial told after its object denies, an accusation told before: ", a charge Russia denied",
#: ", an accusation which the group has denied" (the party's part is denied; the event stays, blamed).
_CHARGE_BEFORE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:charges?|accusations?|allegations?|claims?)\s+(?:that\s+|which\s+)?"
    r"(?:[\w'’-]+\s+){1,3}?(?:(?:has|have|had|also|flatly|strongly|repeatedly|quickly)\s+){0,2}$",
    re.I,
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;!]|,|$)")


#: A clause of its own after a denial, telling what did happen: "rejected claims that its troops had fled,
#: after fighters attacked the base" (the denied clause's own event is dropped by ``negated``).
_OWN_EVENT_AFTER = re.compile(r",\s+(?:after|following|when|while)\s", re.I)


#: ... or its subject, heard after it: "explosions were heard across the city", "blasts could be heard".
_HEARD_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|could\s+be|had\s+been|have\s+been|being)\s+(?:also\s+)?(?:heard|felt)\b", re.I
)


#: A sound chained to one heard is heard too: "heard an explosion followed by gunfire". ("Heard gunfire"
#: alone is left an event: a witness hearing a fight is how a fight is often told, and on the check
#: shards treating it as heard only lost a fight the gold keeps.)
_HEARING = re.compile(
    r"\b(?:heard|hear|hearing|sounds?\s+of)\s+(?:[\w-]+\s+){1,4}(?:followed\s+by|then)\s+(?:[\w-]+\s+)?$",
    re.I,
)


def heard_subject(text: str, end: int, hi: int) -> bool:
    """The words ending at ``end`` are the subject of a hearing told right after them ("drones were heard")."""
    return bool(_HEARD_AFTER.match(text, end, hi))


def heard(text: str, lo: int, trig_start: int, trig_end: int, hi: int) -> bool:
    """The event word names a sound only heard: the subject of a hearing told after it ("gunfire was
    heard"), or chained to a sound heard before it ("heard a blast followed by gunfire"); a sound reported
    or set off may be an event of its own."""
    return bool(
        _HEARING.search(text, max(lo, trig_start - 50), trig_start) or _HEARD_AFTER.match(text, trig_end, hi)
    )


def perceived(text: str, lo: int, trig_start: int, trig_end: int | None = None, hi: int | None = None) -> bool:
    """The event word is the object of hearing or reporting ("heard two loud blasts"), or the subject
    of a hearing told after it ("explosions were heard in the capital")."""
    if _PERCEPTION.search(text, max(lo, trig_start - 50), trig_start):
        return True
    return trig_end is not None and bool(_HEARD_AFTER.match(text, trig_end, hi if hi is not None else len(text)))
