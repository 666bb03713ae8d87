"""Where things happened: the most specific place a clause names, and where weapons came from.

Gazetteer names (lexicon.py) are places anywhere in the clause; a country name or demonym is a
place only after a locative word ("over Iraq", "on Iranian territory"), because elsewhere it
names an actor ("Iran launched..."). An unknown proper noun after "in/at/near" or in
"the town of X" is still a place, reported as written.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, wraps
from itertools import compress, pairwise
from typing import TypeVar

from reporter import ship_nouns
from reporter.extract import events, geonames, speech
from reporter.extract.document import DATELINE_WORD, TITLED_TOWN, Document
from reporter.extract.lexicon import (
    RANK,
    SHORT,
    TITLE_WORDS,
    Entry,
    Mention,
    district_towns,
    province_points,
    region_provinces,
)
from reporter.extract.numbers import NUMBER, QUALIFIER
from reporter.extract.prefilter import Prefiltered, guarded, lower_of
from reporter.extract.records import replace, slot_init
from reporter.extract.text import CLOCK_STAMP, in_quote, longest_first, tokens, words
from reporter.extract.troop_nouns import BODIES, PERSONNEL
from reporter.wordlists import QUARTERS

T = TypeVar("T")

LOCATIVE = words(
    "in at on over near across inside into against outside around throughout off targeting targeted within above toward towards between hit struck attacked attacking pounded bombed shelled raided invaded"
    " hitting striking pounding bombing shelling raiding invading bombarded bombarding"
    # "blasts rocked X", "shelling shook Y": what a blow shook is where it fell (a headline's present: "Blasts rock X")
    " rocked rocking shook shaking rattled rock rocks shakes hits"
    # ... and a headline's present of the other blows: "Gunmen attack X", "Jets pound Y", "Troops storm Z"
    " attack attacks strikes pound pounds bomb bombs raid raids storm storms"
)
_ORIGIN = frozenset({"from"})
#: "groups aligned with Damascus", "militias loyal to Tehran": a capital as the party sided with (or
#: against: "a wider war with Tehran", "tensions with Moscow", "talks with Kabul"; or acted with: "struck the
#: targets in coordination with London", "coordinated with Washington")
_ALIGNED = words(
    "aligned allied loyal linked affiliated close tied war conflict confrontation tensions talks deal negotiations"
    " ties relations standoff dispute coordination coordinated cooperation concert consultation"
)
#: Verbs whose object is a party: "accused Abu Dhabi of", "urged Tehran to", "warned Damascus".
_ADDRESSING = words(
    "accused accuses accusing blamed blames blaming urged urges urging warned warns warning pressed pressing"
)
_REGISTERED = words("flagged registered headquartered incorporated")
#: "adjacent to", "next to", "close to": two words that place a site beside a named one
_BESIDE = words("adjacent next close closer nearby")
#: "fighting between Israel and Hezbollah": parties, not ends of a stretch of ground
_CLASH_NOUNS = words("fighting clashes clash war battles battle conflict hostilities")
#: A bond or strain between parties, never a place where anything happened: "amid tensions between X and Y".
_RELATION_NOUNS = words(
    "tensions tension talks ceasefire truce ties relations dispute disputes rivalry standoff friction feud negotiations"
)
_DEST = frozenset({"toward", "towards", "to", "for"})
#: (a coast is where a ship was hit, in its country's waters: "off the southern coast of Yemen")
_FILLER_EXTRA = words(
    "direction outskirts edge countryside suburbs vicinity coast coasts coastline shore shores territory territories soil"
    " airspace"
)
#: The area nouns an adjective may open before "of" and a name: "a desert area of", "a remote part of".
_AREA_OF = words("area areas part parts region zone stretch corner neighbourhood neighborhood district")
#: The kind nouns a name may follow after "of", with the words that describe the place before them: "in the
#: coastal city of X", "at the strategic port city of Y", "in the port of Z".
KIND_OF = _AREA_OF | words("city cities town towns village villages port hamlet province governorate settlement settlements")
#: A settlement's kind noun and "of" right before a name: "the town of X", "the settlement of Y" name it a place
#: as a locative word would, even where the sentence's locative word lies further back.
#: ("residents of Bahri reported clashes": those who live there name a settlement as well)
_SETTLEMENT_OF = re.compile(
    r"\b(?:town|village|city|settlement|hamlet|suburb|[Rr]esidents|[Ii]nhabitants|[Vv]illagers|[Tt]ownspeople)\s+of\s+$"
)
_DEST_VERBS = frozenset(
    {"headed", "heading", "bound", "aimed", "flying", "toward", "towards", "sailing", "en", "route"}
)
#: A ship, then the verb of its going, right before "to/for/toward": "a tanker bound for", "the vessel was
#: sailing toward", "a container ship heading for the port of".
_SHIP_GOING = re.compile(
    rf"\b(?:{ship_nouns.alternation(ship_nouns.SHIPS, 's?')}|cargo|containership|ferry|dhow)\s+(?:[\w,]+\s+){{0,3}}?"
    r"(?:headed|heading|bound|sailing|en\s+route|on\s+(?:its|their)\s+way)\s+(?:to|for|toward|towards)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:(?:port|city|town|harbou?r)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
#: Weapons readied but not yet fired, then the aim they were readied for: "missiles that were poised to launch
#: toward", "drones prepared for launch against ships in". Where they would have gone is no scene of the strike
#: that destroyed them on the ground (nor the target of an attack, which never came).
_UNLAUNCHED_AIM = re.compile(
    r"\b(?:missiles?|rockets?|drones?|UAVs?|USVs?|launchers?|boats?|vessels?)\s+(?:(?:that|which)\s+(?:were|was|had\s+been)\s+)?"
    r"(?:\w+ly\s+)?(?:prepared|poised|ready|readied|set|primed|about)\s+(?:to|for)\s+(?:be\s+)?"
    r"(?:launch(?:ed|ing)?|fired?|firing|use)\b[^.;!?]{0,70}$",
    re.I,
)
#: Anything under way to somewhere, then what it was going to: "a convoy on its way from X to their camp in",
#: "a bus travelling to", "the train, returning from X to". The end of a trip, not where the traveller was hit
#: (a weapon going somewhere goes at its target: _WEAPON_GOING leaves those to the dest role).
_UNDER_WAY = re.compile(
    r"\b(?:on\s+(?:its|their|his|her|the)\s+way|travell?ing|returning|driving|en\s+route)\s+(?:back\s+)?"
    r"(?:from\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?(?:to|toward|towards|for)\s+"
    r"(?:(?:the|their|its|his|her|a)\s+)?(?:[\w’'-]+\s+){0,2}?(?:(?:in|at|near|of)\s+(?:the\s+)?)?$",
    re.I,
)
_UNDER_WAY_WORDS = ("way", "travel", "returning", "driving", "route")
#: People going back to their homes: "residents returning to X", "displaced families trying to return to their
#: homes in X". The place they came back to is where they were met (a convoy "returning to" a base is on its way).
_RETURNING_HOME = re.compile(
    r"\b(?:residents|people|civilians|villagers|families|displaced|farmers|returnees|inhabitants|herders)\s+"
    r"(?:(?:who\s+(?:were|was)\s+|trying\s+to\s+|attempting\s+to\s+|seeking\s+to\s+))?(?:returning|return)\s+(?:home\s+)?to\s+"
    r"(?:(?:their|the)\s+)?(?:(?:homes?|houses|villages?|towns?|neighbou?rhoods?)\s+in\s+(?:the\s+)?|(?:village|town|city)\s+of\s+)?$",
    re.I,
)
#: Goods moved to a place: "used to transfer aid trucks to X", "a crossing that ships fuel to X". The end of a
#: delivery the sentence describes, not where its event happened.
_SENT_TO = re.compile(
    # (not what a vehicle carries: "a convoy delivering food to X" was hit on its way, told by its goal)
    r"(?<!convoy )(?<!convoys )(?<!truck )(?<!trucks )(?<!lorry )(?<!lorries )(?<!vehicle )(?<!vehicles )(?<!ship )"
    r"(?<!ships )(?<!vessel )(?<!vessels )(?<!boat )(?<!boats )(?<!plane )(?<!planes )(?<!aircraft )(?<!tanker )"
    r"(?<!tankers )(?<!flotilla )\b(?:transfer|deliver|ship|transport|ferry|smuggl|export|funnel)(?:s|ed|ing|e|es)?\s+"
    r"(?:(?!to\b)[\w’'-]+\s+){1,4}to\s+(?:the\s+)?$",
    re.I,
)
_WEAPON_GOING = re.compile(r"\b(?:drones?|missiles?|rockets?|projectiles?|UAVs?|munitions?|warheads?)\b", re.I)
_FILLER = words("""the a an its their his her several multiple numerous various western eastern northern southern central northeastern northwestern
    southeastern southwestern neighbouring neighboring nearby occupied autonomous same sprawling
    besieged north south east west of city town village province region capital regional provincial district part
    parts areas area federal israeli iranian iraqi syrian lebanese northeast northwest southeast
    southwest""")
_TERRITORY = words(
    "territory soil airspace waters side targets positions sites site facilities facility cities city towns town"
    " village villages hamlet port border province provinces bases base post posts outpost outposts checkpoint"
    " checkpoints barracks coast coastline shores state region district governorate desert countryside"
    # works fixed in their country's ground: "a Russian oil refinery", "a Saudi airport", "an Israeli power station"
    " refinery refineries oilfield oilfields airport airports airfield airfields depot depots plant plants"
    " station stations terminal terminals"
)
_BACKED = re.compile(
    r"[-‐](?:backed|bound|aligned|allied|linked|sponsored|supported|led|based|flagged|flag|registered|owned|operated|made|built)\b"
)
#: Kind words after a town's name that make it the province named after it ("Sumy region", and Syria's
#: "the Aleppo countryside": the province outside its seat, not the city).
_ADMIN = words("oblast region province governorate countryside")
_ADMINS = words("oblasts regions provinces governorates")
_BORDER = words("border borders frontier boundary")
#: A border told as where an event was, no place named by it: "near the border", "along the frontier" (a
#: stretch of a country's edge, no part of a town told before).
BY_A_BORDER = re.compile(
    r"\b(?:near|along|on|at|by|across|close\s+to)\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)\b"
    r"(?!\s+(?:town|city|village|crossing|post|area|region|province|district)\b)",
    re.I,
)
#: Nouns a country's name qualifies as the party acting: "the U.S. drone strike", "a US military raid".
_PARTY_NOUNS = words(
    "strike strikes airstrike airstrikes raid raids attack attacks drone drones missile missiles bombing bombings"
    " operation operations military army navy jets warplanes aircraft bombers campaign offensive assault"
)
#: "US and Israeli strikes": a second party before the acts of both.
_PARTIES_AFTER_AND = re.compile(
    r"\.?\s+and\s+(?-i:[A-Z])[\w-]+\s+(?:(?:air|drone|missile|military|army)\s+)?"
    r"(?:strikes|airstrikes|raids|attacks|bombings|operations|jets|warplanes|aircraft|bombers|assaults)\b"
)
#: An owned noun that is a place of its own: "a US base" lies somewhere, usually named nearby; a mobile one ("a US
#: warship", "a US carrier group", "a US convoy") goes where its owner sends it, so the owner is never its scene.
_OWNED_MANY = words(
    "bases airbases troops forces interests ships warships vessels personnel soldiers positions posts outposts garrisons"
    " carriers destroyers frigates cruisers submarines convoys patrols sailors"
)
_OWNED = _OWNED_MANY | words(
    "base airbase embassy post outpost garrison ship warship vessel carrier destroyer frigate cruiser submarine convoy"
    " patrol soldier troop"
)
#: "US and coalition forces", "U.S. and allied troops": a second owner before the owned things (told in the plural).
_OWNED_AFTER_AND = re.compile(
    r"\.?\s+and\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(_OWNED_MANY)) + r")\b",
    re.I,
)
#: A state's bases, named by its nationality ("a Turkish base"): a site it may hold abroad.
_BASE_NOUNS = words("base bases airbase airbases post posts outpost outposts garrison garrisons")
#: Lower-case letters of a name, accented and Latin Extended ones too ("Kozłówka", "Đakovo").
_LOW = "a-zß-öø-ÿ\u0100-\u017f"
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
#: Lower-case particles inside a place name: "Morro dos Prazeres", "Cidade de Deus", "Sao Jose do Rio", and
#: "son of" in a site named for a person: "the Umar ibn Al-Khattab Mosque", "Zayed bin Sultan Street".
_PARTICLE = r"(?:\s(?:de|do|dos|da|das|del|du|des|di|bin|ibn|bint))?"
#: Day and month names never go on a place's name: "the town of Caesarea Saturday morning".
_NOT_NAME_WORD = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)"
)
#: "Laanta-Buuro", "Beit-Hanoun": a capital after a hyphen goes on the same word.
_HYPHENED = rf"(?:(?<=[‐-])[{_UP}][{_LOW}’'‐-]*+)*+"
#: A run of a word's letters is possessive (++): what follows a word here is a space, a comma or a
#: bracket, never a letter, so giving letters back finds nothing; the engine then keeps no
#: backtracking state per letter, at each capitalised word of an article.
#: A word opens on its capital, an article before it ("al-") spelt as an alternative with the capital
#: after it, "(?:al-[A-Z]|[A-Z])", not as an optional part, "(?:al-)?[A-Z]": the same tries in the same
#: order, but an optional group is entered in full (the engine's general repeat) at each word a
#: pattern opening with a name is tried at, where the alternatives fail on the word's first letter.
_NAME = rf"(?:(?:al|el|ad|ar|as|an|at|az|ash|Al|El|Ad|Ar|As|An|At|Az|Ash)[-‐][{_UP}]|[{_UP}])[{_LOW}’'‐-]++{_HYPHENED}(?:(?<!['’]s){_PARTICLE}\s{_NOT_NAME_WORD}(?:(?:al|el|ad|ar|as|an|at|az|ash|Al|El)[-‐][{_UP}]|[{_UP}])[{_LOW}’'‐-]++{_HYPHENED}){{0,2}}(?:\s(?:[IVX]{{1,4}}|\d{{1,3}})(?=\s+(?:neighbou?rhood|community|sector|district|camp)\b))?"
#: Heads of a named facility ("Tishreen Dam", "Tabqa Airport"): a scene wherever the name stands.
_FACILITY = (
    "Dam", "Airport", "Airbase", "Base", "Bridge", "Port", "Island", "Camp", "Refinery", "Field", "Crossing",
    "Prison", "Plant", "Airfield", "Harbour", "Harbor",
    # the civilian sites attacks hit: "a strike on the Al-Ahli Hospital", "the attack on St Francis Church"
    "Hospital", "Church", "Mosque", "Cathedral", "Synagogue", "School", "Market", "Stadium", "Hotel", "University",
    "Shrine", "Palace", "Station", "Lodge", "Mall", "Embassy", "Consulate", "Compound", "Barracks", "Temple", "Academy",
    "College", "Mausoleum",
)  # fmt: skip
#: What kind of site a name's head is, told between them: "the X children's hospital", "the Y teaching hospital".
_FACILITY_KIND = r"(?:children['’]s|women['’]s|maternity|general|central|teaching|field|specialist|grand|main|old)"
#: The same heads as written after a name in lower case ("the Imam Ali shrine", "the Al-Shifa hospital").
_FACILITY_LOWER = tuple(h.lower() for h in _FACILITY if h not in ("Island", "Field", "Base", "Port", "Camp", "Station"))
#: What may follow the name of a spot an attack hit ("a strike on Hroza killed", "attacked Hroza on Monday"):
#: a preposition, a time word, "and", or the verb or participle of what the attack did; not a noun, which
#: makes the name a party's, a people's or a firm's ("attacked Wagner positions", "a strike on Aramco facilities").
_AFTER_A_SPOT = (
    r"on|in|at|near|outside|overnight|early|late|last|this|yesterday|and|from|with|after|before|during|while|since"
    r"|killing|wounding|injuring|leaving|destroying|damaging|killed|wounded|injured|left|destroyed|damaged"
    # ("struck X south of Y", "hit X north-east of Y": the spot told by a reference point after it)
    r"|north|south|east|west|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern"
    r"|southwestern|northern|southern|eastern|western"
)
#: A passive blow after its subject: "(the Al-Noor Hospital) was struck", "(X) had been shelled".
_PASSIVE_BLOW = (
    r"\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:(?:also|again|reportedly|allegedly|badly|heavily|directly)\s+)?"
    r"(?:hit|struck|attacked|targeted|stormed|raided|bombed|shelled|besieged|damaged|shot\s+at)\b"
)
#: A world-list town opening its clause as the subject of a passive blow is the scene ("Kadugli was
#: shelled on Sunday"), as after "in" (not "Kadugli said it was shelled", "X was blamed for"); so is one that
#: "came under heavy shelling" (the blow told as suffered: events drops "came under fire" as criticism).
_TOWN_HIT = re.compile(
    _PASSIVE_BLOW + r"|\s+(?:came|comes|come|coming)\s+under\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fire|attacks?|shelling|bombardment|bombing|assault|air\s*strikes?|strikes?)\b"
)
#: ... and so is each town of a list that is the subject ("Dilling and Kadugli were shelled"): the towns after
#: the name up to the blow, and one before it, with what joins them.
_TOWNS_HIT = re.compile(rf"(?:(?:,\s+|,?\s+and\s+){_NAME}){{0,4}}(?:{_TOWN_HIT.pattern})")
_LISTED_BEFORE = re.compile(rf"{_NAME}(?:,\s+|,?\s+and\s+)$")
_CLAUSE_HEAD = re.compile(
    # (after a sentence adverb or a short opener: "Meanwhile, X was shelled", "On Sunday, X was hit")
    r"(?:(?:^|[.;:]\s+|\s[-–—]\s+|\n)(?:[A-Z][\w’']*(?:\s+[\w’']+){0,3},\s+)?|,\s+(?:and|but|while|as)\s+)$"
)
#: The side of a town a part of it lies on: "the city's northern X district".
_SIDE = r"(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|central)"
_UNKNOWN = guarded(
    re.compile(
        # Every alternative opens a word (its \b, or the possessive's look-behind): this one test first
        # turns away each position inside a word, where all six would be tried and fail.
        rf"(?<![{_LOW}])(?:"
        rf"\b(?:towns?|city|villages?|communit(?:y|ies)|districts?|areas?|neighbou?rhoods?|suburbs?|camp|province|governorate|state|region|port|island|outskirts|coast(?:line)?|shores?"
        rf"|countryside|vicinity|environs)\s+of\s+(?P<n>{_NAME})"
        # "shelling of Tishreen Dam", "a strike on Tabqa Airport", "on the Al-Noor Hospital": a named facility the event hit
        # (or the object of an attack verb: "gunmen stormed the Imam Ali shrine", "a rocket hit the Central Prison")
        rf"|\b(?:of|on|against|attacked|struck|hit|targeted|stormed|raided|bombed|shelled|besieged)\s+(?:the\s+)?"
        rf"(?P<g>(?:[{_UP}][{_LOW}’']++(?:[‐-][{_UP}]?[{_LOW}’']++)*\s){{1,2}}(?:{_FACILITY_KIND}\s)?(?:{'|'.join(sorted(_FACILITY + _FACILITY_LOWER))})\b)"
        # "the Al-Noor Hospital was struck", "the Imam Ali shrine had been attacked": a named facility told as
        # what the event hit, as the subject of a passive (not "The ...": the article opens no name)
        rf"|(?P<p>(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her)\s)(?:[{_UP}][{_LOW}’']++(?:[‐-][{_UP}]?[{_LOW}’']++)*\s){{1,2}}(?:{_FACILITY_KIND}\s)?(?:{'|'.join(sorted(_FACILITY + _FACILITY_LOWER))})\b)"
        # ("the Al-Shaab Hospital in Kadugli came under shelling": its town told between, or the blow suffered)
        rf"(?=(?:,?\s+(?:in|at|near)\s+{_NAME},?)?(?:{_TOWN_HIT.pattern}))"
        # "the Khor Mor gas field was hit", "drones struck the Baiji refinery": a name with its site noun
        rf"|\b(?P<f>{_NAME})\s+(?P<fk>(?:gas|oil)\s*field|refinery|air\s*base|airbase|airfield|airport|(?:sea)?port|harbou?r|(?:military|army|naval|air\s+force)\s+(?:base|camp|detachment|post|outpost|garrison|barracks)|power\s+(?:plant|station))\b"
        # "an airstrike on the Matma district", "shelling of the Zamzam camp": a name with its place noun
        # ("Gaza's Shujaiya neighbourhood": the possessor holds the spot)
        # ("invaded X village", "after X village was raided": after any word but an article, a pronoun or an
        # adverb, "predominantly Christian village"; "X Village" as a name writes it)
        # ("the city's northern X district": the town named before holds it, with the side it lies on)
        # ("gunmen attacked X village": the object of an attack verb, with its kind word)
        rf"|(?:\b(?:of|on|against|[Tt]he|attacked|stormed|raided|invaded|bombed|shelled|overran)|(?<![{_LOW}])[{_UP}][{_LOW}]+['’]s|\bthe\s+(?:city|town|village)['’]s)\s+(?:the\s+)?(?:{_SIDE}\s+)?(?P<o>{_NAME})\s+(?P<ok>district|village|town|settlement|camp|neighbou?rhood|quarter|area|governorate|department|commune|municipality|locality|Village|District)\b"
        # "an attack on Wad Halfa, a village in Gezira": a name the apposition says is a settlement
        rf"|\b(?P<a>{_NAME}),\s+an?\s+(?:[a-z]+\s+){{0,2}}?(?:village|town|hamlet|city|suburb|neighbou?rhood)\b"
        # "a missile strike on Hroza", "troops stormed Hroza": a name an attack is told on, right after its noun
        # and "on" or its verb, is the spot it hit (no article: "a strike on the Wagner group" names no spot)
        rf"|\b(?:(?:strikes?|airstrikes?|attacks?|raids?|assaults?|bombings?|shelling|bombardment|offensive)\s+(?:on|against)"
        # ("rebels fought for control of Hroza": the ground fought over is the scene)
        # ("recaptured Um Rawaba", "took control of X": ground taken is a spot fought over; not "captured X",
        # as often a man)
        rf"|attacked|raided|stormed|bombed|struck|for\s+control\s+of|recaptured|retook|overran"
        rf"|(?:regained|took|seized|wrested)\s+control\s+of)\s+(?P<x>{_NAME})(?![{_LOW}’'‐-]|\s+(?!(?:{_AFTER_A_SPOT})\b)[a-z{_UP}])"
        # ("residents returning to X": where people came home to, when _role takes it for a scene)
        # ("pirates seized a trawler off X": the shore a ship was taken off is the scene; not a verb's particle
        # before its object, "fought off X fighters", whose name a noun follows)
        rf"|\b(?:in|into|at|near|outside|off(?=\s+{_NAME}(?![{_LOW}’'‐-]|\s+(?!(?:{_AFTER_A_SPOT})\b)[a-z{_UP}]))|coded\s+to|return(?:ing)?\s+to)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s)?[A-Z][a-z]+['’]s\s+|(?-i:city|town|village)['’]s\s+)?(?:(?!an?\s|his\s|her\s|its\s|their\s)(?-i:[a-z]+)\s+)?(?P<m>{_NAME})(?:\s+(?P<k>district|area|province|region|governorate|"
        rf"refugee camp|camp|neighbou?rhood|quarter|community|sector|village|township|town|city|department|commune|municipality|locality)\b)?)"
    )
)
#: A port and "of" right after a name: the name describes the town named next ("the Danube port of X"); not a
#: village's or district's kind ("the X village of the Y district" is a village of that district).
_TOWN_OF_AFTER = re.compile(r"\s+(?:port|seaport|harbou?r)\s+of\s")
#: The heads that make an unknown name a spot below a town ("the X district", "the X commune").
_SPOT_KINDS = frozenset(
    {"district", "neighbourhood", "neighborhood", "quarter", "community", "sector", "camp", "village", "department", "commune",
     "municipality", "locality"}
)  # fmt: skip
#: "the Golani Brigade", "the 1st Armored Division": a unit's name, not a place.
_UNIT = words(
    "brigade brigades division battalion battalions regiment corps command forces army guard guards squadron fleet unit"
)
#: "the Druze-majority province", "a Houthi-held town": a people's or party's adjective, not a name.
_ADJECTIVE_NAME = re.compile(
    r"[-‐](?:majority|dominated|held|controlled|populated|run|led|backed|linked|affiliated|inhabited|speaking)$"
)
#: A name told as an owner, its "'s" ("Gaza City's").
POSSESSIVE = re.compile(r"['’]s$")
#: What a name qualifies when it names a gathering's holders: "(JP) workers' convention", "party rally".
_GATHERING_AFTER = re.compile(
    r"(?:\s*\([A-Z][\w-]*\))?\s+(?:[a-z]+(?:['’]s?)?\s+){0,2}?"
    r"(?:rally|rallies|convention|conference|meeting|gathering|congress|ceremony|wedding|funeral|festival|concert)\b"
)
#: "Drones Downed in Overnight Attack": a headline's capitalised event noun ends no place's name (left out:
#: "barrage", which may end one, a dam's).
_EVENT_HEADS = words(
    """attack attacks strike strikes airstrike airstrikes raid raids assault assaults bombing bombings shelling
    blast blasts explosion explosions ambush ambushes clash clashes offensive incursion operation"""
)
#: "the Dhokri village of the Haripur district": the area a village or town named before its kind lies in.
_HELD_BY = re.compile(
    rf" of (?:the\s+)?(?P<w>{_NAME})\s+(?:district|province|region|state|governorate|county|municipality|tehsil)\b"
)
_HOLDER = re.compile(
    rf"\s*\((?P<w>{_NAME})(?:\s+(?:township|district|state|province|region|governorate|municipality|commune|county))?\s*[,)]"
)
#: A people's plural, the object of an attack noun that names no spot: "attacks on Christians", "on Alawites".
_PEOPLE_NAME = re.compile(r"(?:ians|ites|ists|ims|ews|urds|nnis|ias|idis|elis|zes|ics|ers)$")
_NOT_PLACE = words("""The This That These Those A An It He She They We His Her Its Their Our Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Jan Feb Mar Apr Jun Jul Aug Sept Oct Nov Dec Mr Mrs Ms Dr
    President Prime Minister General Gen Colonel Officials Police Some Many Most All Both Several
    Two Three Four Five English Arabic Islamic Iraqi Israeli Iranian American Kurdish Syrian""")


@slot_init
@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    rank: float
    start: int
    end: int
    #: loc | origin | dest | ref (locates another place) | speaker (where a reaction was voiced) | body (names
    #: a body that speaks: "the Gaza health ministry said") | cause
    #: (where the people an act is done for are: "in solidarity with the Palestinians in Gaza") | answered
    #: (the scene of an earlier event an act answers: "in retaliation for the strike on X")
    role: str
    #: for a place the gazetteer does not know: the known place it was found beside ("Shuub" in Sanaa)
    within: str | None = None
    #: a reference point at a stated distance ("30 km north of X"): the scene does not lie in it
    distant: bool = False
    #: a country named by its border ("near the Syrian border"): the scene may lie on either side
    border: bool = False
    #: the scene taken from a reference point, none being named ("a base northwest of X"): a spot named for
    #: the event later is its scene (best_place)
    ref_only: bool = False
    #: one of the towns a road is named by ("the Kabul-Jalalabad highway"): the scene lies on the road, in
    #: neither town
    route: bool = False


def country_place(country: Entry, start: int, end: int) -> Place:
    """A country named at text[start:end] as the scene itself (a country-level place)."""
    return Place(country.name, country.name, country.lat, country.lon, 1, start, end, "loc")


def distance_km(a: Place | Entry, b: Place | Entry) -> float:
    """Kilometres between two located places."""
    return km_between((a.lat, a.lon), (b.lat, b.lon))  # type: ignore[arg-type]


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Kilometres between two (lat, lon) points (flat-earth over the short reaches the extractor asks about)."""
    dlat = (a[0] - b[0]) * 111.0
    dlon = (a[1] - b[1]) * 111.0 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dlat, dlon)


#: How far from a region's centre a town may lie and still be in it, and from a town a spot named
#: apart from it (a suburb, port or airport) may lie: kilometres.
_REGION_REACH = 150
_TOWN_REACH = 10


def nested(a: Place | None, b: Place | None) -> bool:
    """Two places the gazetteer knows in one country, one inside the other: a town and the province
    around it ("Kramatorsk" in "Donetsk Oblast"), or a town and a spot within it ("Beirut's southern
    suburbs"). The gazetteer keeps no province of a town, so nearness stands for it."""
    if a is None or b is None or a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return False
    if a.country is None or a.country != b.country or min(a.rank, b.rank) < 3:
        return False
    low, high = sorted((a.rank, b.rank))
    if RANK["city"] <= low and high <= RANK["village"]:
        return False  # two towns on the map are two places, however near (Rafah, Khan Younis)
    reach = _REGION_REACH if low < 4 <= high else _TOWN_REACH if low >= 4 else 0
    if low < 4 <= high:
        # a region that lists its provinces holds the towns in them, however near another's town lies
        region, town = (a, b) if a.rank < b.rank else (b, a)
        held = in_province(town, region)
        if held is not None:
            return held
        held = in_district(town, region)
        if held is not None:
            return held
        if _district_core(region.name) in district_towns():
            reach = _DISTRICT_REACH  # a district, not a province: a town it does not list lies near it or not at all
    return distance_km(a, b) <= reach


#: How far from a district's point (one of the gazetteer's that lists its towns) a town it does not list may lie
#: and still be in it: kilometres (Kurram, Bajaur: some 50 km across).
_DISTRICT_REACH = 40


def _district_core(name: str) -> str:
    return name.strip().lower()


def in_district(spot: Place, district: Place) -> bool | None:
    """Whether a town lies in a district the gazetteer lists the towns of (North Waziristan: Miran Shah, Mir
    Ali): in it when it is one of them, not when another district lists it; None otherwise (nearness then
    stands for it)."""
    listed = district_towns().get(_district_core(district.name))
    if listed is None:
        return None
    key = tuple(t.norm for t in tokens(spot.name))
    if key in listed:
        return True
    return False if any(key in towns for towns in district_towns().values()) else None


#: How far the GeoNames place that tells a town's province may lie from the town's point.
_PROVINCE_KM = 10.0


def in_province(spot: Place, region: Place) -> bool | None:
    """Whether a located town lies in a region the gazetteer lists the provinces of ("Balochistan": its
    GeoNames first-level code), by the province of the GeoNames place at the town's point; None where the
    region lists none or the town's province is not known (nearness then stands for it)."""
    listed = region_provinces().get(region.name.lower()) or region_provinces().get(_province_core(region.name))
    if listed is None:
        return _in_seats_province(spot, region)
    if spot.lat is None or spot.lon is None:
        return None
    if spot.country is not None and region.country is not None and spot.country != region.country:
        return None
    cc, provinces = listed
    countries = frozenset(c for c, _ in region_provinces().values())
    code = geonames.province_at(countries, cc, (spot.lat, spot.lon), _PROVINCE_KM, km_between)
    return None if code is None else code in provinces


@cache
def _country_code(name: str) -> str | None:
    return next((cc for cc, n in geonames.country_names().items() if n == name), None)


def _in_seats_province(spot: Place, region: Place) -> bool | None:
    """ "Sumy region", "Ghazni province": a province the gazetteer does not list, named after its seat and told at
    the seat's point, holds the towns whose GeoNames place lies in the seat's own province (Kharkiv, 145 km off,
    does not); None where GeoNames tells neither province."""
    if (
        region.name.rsplit(" ", 1)[-1].lower() not in _ADMIN | {"state"}
        or None in (region.lat, region.lon, spot.lat, spot.lon)
        or spot.country != region.country
        or (cc := _country_code(region.country or "")) is None
    ):
        return None
    countries = frozenset(c for c, _ in region_provinces().values())
    if cc not in countries:
        return None
    own = geonames.province_at(countries, cc, (region.lat, region.lon), _PROVINCE_KM, km_between)  # type: ignore[arg-type]
    code = geonames.province_at(countries, cc, (spot.lat, spot.lon), _PROVINCE_KM, km_between) if own else None  # type: ignore[arg-type]
    return None if code is None else code == own


def in_its_town(spot: Place, town: Place | None) -> Place:
    """A spot no gazetteer places (a hotel by its name, a power station, a junction), told for an event
    first told at a town on the map, lies in that town ("strikes on Hodeidah ... on the X power
    station": the X power station in Hodeidah), unless it is told within another place. A village is not
    so put in a town (a village beside a town is no part of it)."""
    if (
        town is None
        or spot.rank < RANK["district"]
        or spot.lat is not None
        or spot.within is not None
        or town.lat is None
        or town.rank != RANK["city"]
    ):
        return spot
    return replace(spot, country=spot.country or town.country, within=town.name)


#: A reaction voiced: "condemned", "urged".
_REACTED = words(
    "condemned condemns denounced denounces criticised criticized welcomed responded reacted urged demanded"
)
#: A speaker's own words (speech.OWN_WORDS) or a reaction voiced.
_REACTION = speech.alternation(speech.OWN_WORDS | _REACTED | {"called"})
#: The place a speaker reacts from is not the scene: "In Baghdad, the foreign minister condemned ...".
_SPEAKER_AFTER = re.compile(rf",\s+(?:the\s+|an?\s+)?(?:[\w’'.-]+\s+){{0,6}}?{_REACTION}\b")
#: "In Baghdad, ..." at the head of a sentence or clause (not "struck X, officials said").
#: A reaction verb right after a place ends the speaker's noun phrase: "the envoy in Geneva, also condemned"
#: (not "said": "a base in Erbil, said an official" names the scene).
_REACTS_AFTER = re.compile(
    rf",?\s+(?:(?:also|later|then|quickly|strongly)\s+)?{speech.alternation(_REACTED)}\b(?!\s+by\b)"
    # (not "an attack in X, condemned by Y": the scene)
)
_OPENS_CLAUSE = re.compile(r"(?:^|[.;,]\s+|\band\s+|\n)(?:[Ii]n|[Ff]rom)\s+$")
_SPOKEN_IN = re.compile(
    rf"\b(?:{_REACTION}|speaking|spoke|statement|conference|reporters|interview)\s+(?:\w+\s+){{0,3}}?in\s+(?:the\s+)?"
    # "talking to the press in the capital Nairobi", "told reporters in the northern city of X"
    r"(?:(?:[\w-]+\s+){0,2}?(?:capital|city|town|port)\s+(?:city\s+)?(?:of\s+)?)?$",
    re.I,
)
def spoken_in(art: Document, lo: int, pos: int, end: int | None = None) -> bool:
    """The name at ``pos`` is where a speaker spoke ("told reporters in X", "said on Monday in X"), not the
    scene of an event the report tells between the speech word and the name ("police said a bomb exploded
    in X", "officials said an attack in X killed four": the event word is the report's, X its scene), nor
    the place of the subject the report opens with ("officials said a school in X was hit": the name
    ``end``s before the reported clause's verb)."""
    spoken = _SPOKEN_IN.search(art.text, max(lo, pos - 60), pos)
    if spoken is None:
        return False
    said = spoken.start() + len(spoken.group(0).split()[0])
    if (
        end is not None
        and _REPORTED_SUBJECT.match(art.text, said, pos)
        and (_REPORTED_VERB.match(art.text, end) or art.triggers_in(end, end + 3))
    ):
        return False
    return not art.triggers_in(said, pos)


#: A reported clause's subject opened right after the speech word: "said (that) a school in", "says the
#: plant in" (not "told reporters in", "said on Monday in").
_REPORTED_SUBJECT = re.compile(
    r"\s+(?:that\s+)?(?:a|an|the|its|their|his|her|one|two|three|several)\s+(?:[\w’'-]+\s+){1,3}?in\s+", re.I
)
#: ... and its verb right after the name: "in X was hit", "in X were damaged".
_REPORTED_VERB = re.compile(r",?\s+(?:(?:also|reportedly|apparently)\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+\w", re.I)


#: A place named only to locate another: "south-east of Moscow", "40 km from the border town of X".
_REFERENCE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:[-\s]?(?:east|west))?(?:ern)?|outside|km|kilometres|kilometers|miles)"
    r"\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
    # "north-west of the Yemeni port of X": the kind of place before its name
    r"(?:(?:[A-Z][\w-]+\s+)?(?:port|town|city|village|capital)\s+of\s+)?$"
    # "Israeli towns bordering the Gaza Strip": the towns lie beside it, not in it
    r"|\b(?:bordering|adjoining|overlooking)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$"
    # "missiles fired at Israel since the start of the war in Gaza": a war names a frame, not a scene
    r"|\b(?:war|wars|conflict|crisis)\s+(?:in|on|over)\s+(?:the\s+)?$"
)


#: An earlier event a clause measures its own against: "since the killing of X in", "after the 2019 bombing at".
_OTHER_EVENT = re.compile(
    r"\b(?P<w>since|than)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:killing|assassination|death|attack|bombing|massacre|strike|raid|siege|battle)\s+"
    r"(?:(?:of|on|against)\s+(?:[\w’'-]+\s+){1,4}?)?(?:in|at|near|on)\s+(?:the\s+)?$",
    re.I,
)
#: A war named as the time of an event, right before a place: "during the war in", "amid the first truce in the
#: war in", "before the war in" (a time word first: not "killed in the war in X", whose scene it may be).
_DURING_THE_WAR = re.compile(
    r"\b(?:during|amid|before|after|throughout)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?war\s+in\s+(?:the\s+)?$", re.I
)
#: The earlier event an act came after: "followed the killing of X ... in", "came after a raid on Y at".
_FOLLOWED = re.compile(
    r"\b(?:followed|follows|came\s+after|comes\s+after)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:killing|assassination|death|attack|bombing|massacre|strike|airstrike|raid|siege|battle)\b"
    r"[^.;:]{0,100}?\b(?:in|at|near|on)\s+(?:the\s+)?$",
    re.I,
)
#: The earlier event an act answers: "in retaliation for the air strike on X", "in response to the attack
#: carried out in X", "to avenge the killing of commanders in X". Its place is that event's scene (GUIDE:
#: the place of the event itself), not the answering act's.
_ANSWERED = re.compile(
    rf"\b(?:{events.ANSWER_PHRASE}|(?:retaliation|revenge)\s+for|"
    r"to\s+avenge|avenging|retaliating\s+for)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:killings?|assassinations?|deaths?|attacks?|bombings?|massacres?|strikes?|airstrikes?|raids?|shelling|"
    r"assaults?|aggression|operations?)[\"”]?\s+"
    r"(?:(?:carried\s+out|conducted|launched)[\"”]?\s+)?(?:(?:of|on|against|by)\s+(?:[\w’'-]+[\"”]?\s+){1,4}?)?"
    r"(?:in|at|near|on|against)\s+(?:the\s+)?$",
    re.I,
)
#: What every match of _ANSWERED holds (in lower case, as most texts write it): most clauses hold none.
_ANSWER_WORDS = ("etaliat", "espons", "evenge", "eprisal", "aveng")
#: A group whose name places it: "the Islamic State in Iraq and Syria", "al-Qaeda in the Arabian Peninsula"
#: (the names after it, up to two joined by "and", are part of the name).
_GROUP_IN = re.compile(
    r"\b(?:Islamic\s+State|Qa[e']?ida)\s+in\s+(?:the\s+)?(?:[A-Z][\w-]+\s+(?:and\s+(?:the\s+)?)?){0,2}$"
)
#: A superlative or a first that a "since" measures: "the deadliest ... since", "the first ... since".
_MEASURED = re.compile(r"\b(?:\w+iest|\w+gest|worst|highest|fiercest|greatest|first|most\s+\w+)\b", re.I)
#: A ship's name is no place: "the M/V Gibraltar Eagle", "USS Carney", "the tanker Sounion".
_VESSEL = re.compile(
    r"(?:\b(?:M/?[VTY]|USS|USNS|HMS|INS|HMCS|RFA)\.?|\b(?:vessel|ship|tanker|freighter|carrier|destroyer|frigate))"
    r"\s+(?:[A-Z][\w-]*\s+){0,3}$"
)
#: A ship's name after its prefix: "USS Carney", "the M/V Gibraltar Eagle" (the name alone later is the ship too).
_SHIP_NAME = guarded(
    re.compile(r"\b(?:M/?[VTY]|USS|USNS|HMS|INS|HMCS|RFA)\.?\s+(?P<n>[A-Z][\w-]+(?:[ ][A-Z][\w-]+){0,2})")
)


def _per_article(read: Callable[[Document], T]) -> Callable[[Document], T]:
    """``read`` remembered for the last article asked about: an article is asked about many times in a
    row and never after. One slot, read once and replaced whole, so threads extracting two articles
    at once never get each other's answer."""
    slot: list[tuple[Document, T]] = []

    @wraps(read)
    def remembered(art: Document) -> T:
        if slot:
            last, value = slot[0]
            if last is art:
                return value
        value = read(art)
        slot[:] = [(art, value)]
        return value

    return remembered


@_per_article
def ships(art: Document) -> frozenset[str]:
    """The names an article gives its ships by their prefix: "USS Carney" makes "the Carney" a ship."""
    # every leading part: "USS Carney Downs Drones" in a headline names the ship "Carney"
    parts = (m.group("n").split() for m in _SHIP_NAME.finditer(art.text))
    return frozenset(" ".join(p[:k]) for p in parts for k in range(1, len(p) + 1))


#: A person's name ending in a family name with its particle: "Abu Bakr al-Baghdadi".
_NISBA = re.compile(r"\b[A-Z][a-z]+[ ](?:[A-Z][a-z]+[ ]){0,2}(?:al|el)[-‐](?P<n>[A-Z][a-z]{3,})\b")
_PARTICLE_OFF = re.compile(r"^(?:al|el|Al|El)[-‐]")
#: What every match of _NISBA holds, as it writes the particle (in lower case, case kept).
_NISBA_PARTICLES = ("al-", "el-", "al‐", "el‐")


@_per_article
def _family_names(art: Document) -> frozenset[str]:
    """The family names an article gives people ("Abu Bakr al-Baghdadi"): "the killing of Baghdadi"
    later names the man, not the Iraqi district of the name."""
    if not any(p in art.text for p in _NISBA_PARTICLES):
        return frozenset()  # most texts hold no particle: no search of the whole text
    return frozenset(m.group("n") for m in _NISBA.finditer(art.text))


def _surname_after_title(art: Document, m: Mention) -> bool:
    """ "police spokesman Ahmed Aden said", "Colonel Ali Hassan Basra": a one-word place right after one
    or two capitalised given names that follow a title ends a person's name, and places nothing."""
    if m.last - m.first != 1:
        return False
    k, names = m.first - 1, 0
    while k >= 0 and names < 2:
        t = art.tokens[k]
        if not t.text[:1].isupper() or t.text.isupper() or t.norm in TITLE_WORDS or t.possessive:
            break
        if art.text[t.end : art.tokens[k + 1].start] != " " or any(
            e.kind != "place" for m2 in art.mentions_in(t.start, t.end) for e in m2.entries
        ):
            # a comma between, or a state's or a group's name before it (a given name may be a village's
            # too: "Colonel Abdi Ali Aden")
            return False
        names, k = names + 1, k - 1
    return names > 0 and k >= 0 and art.tokens[k].norm in TITLE_WORDS and art.text[art.tokens[k].end : art.tokens[k + 1].start] == " "


#: A clock's zone is no scene: "at 4 pm (Sanaa time)", "02:00 Moscow time".
_CLOCK_ZONE = re.compile(r"\s+(?:local\s+)?time\b")
#: A broadcaster named after a place and a number: "Kurdistan 24 confirmed", "(France 24)".
_OUTLET_NUMBER = re.compile(
    r"\s+\d{1,3}(?:\s*[),]|\s+(?:said|says|reported|reports|confirmed|quoted|cited|TV|news|channel)\b)"
)
#: A capital named as its government: "Kyiv said", "Tehran strongly condemned", "Moscow has denied".
#: What "state" opens after a place's name when it is no province: "Tehran state media", "Kano state governor".
_STATE_OWNS = re.compile(
    r"[-‐\s]+(?:media|tv|television|news|agency|broadcaster|radio|run|owned|controlled|department|secretary|"
    r"visit|house|assembly|governor|government|officials?|security|police|of)\b",
    re.I,
)


def _names_a_state(art: Document, m: Mention) -> bool:
    """ "Kaduna State", "in Katsina state": the first-level state named after its seat, in capitals or not (a
    country's "state" is its government, "Tehran state media" a broadcaster, "the Kano state governor" its office)."""
    word = art.tokens[m.last]
    if word.text.startswith("State"):
        return True
    return m.of("country") is None and m.of("demonym") is None and not _STATE_OWNS.match(art.text, word.end)


#: Right before a capital: a part of the town or its people, who speak of their town, not as its government
#: ("residents of the X district of Damascus reported blasts", "people in Kyiv reported").
_ITS_PART_OR_PEOPLE = re.compile(
    r"\b(?:district|neighbou?rhood|quarter|suburbs?|outskirts|residents|inhabitants|people|witnesses)\s+(?:of|in)\s+(?:the\s+)?$",
    re.I,
)
_GOVERNMENT_SPEAKS = re.compile(
    # (or said nothing: "Islamabad did not confirm the raids", "has not commented")
    rf"\s+[\"“]?(?:(?:has|had|have|did|does|first|later|also|again|quickly|strongly|swiftly|not|never|yet\s+to)\s+){{0,3}}"
    rf"(?:{_REACTION}|reported|denied|denies|accused|accuses|announced|confirm|confirmed|insisted|claimed|blamed|rejected|dismissed"
    rf"|comment|commented|respond|acknowledge|acknowledged|address|addressed)\b"
)
#: What a capital owns as its government, not as a city: "Islamabad's accusations", "Tehran's
#: 'harsh retaliation' campaign", "Ankara's defence ministry".
_GOVERNMENT_OWNS = re.compile(
    r"\s+[\"“”']?(?:[\w-]+[\"“”']?\s+){0,2}?(?:accusations?|claims?|response|retaliation|revenge|decision|position|stance|"
    r"officials|leadership|leaders|allies|proxies|backing|support|demands?|relations|policy|strategy|ambitions|fury|anger|outrage|reaction|"
    r"programme|program|government|regime|threats?|warnings?|denial|campaign|intentions|plans?|approval|"
    # a state's own bodies and voices: "Ankara's defence ministry said" (a city's mayor or council stays the city's)
    r"ministry|ministries|spokes(?:man|woman|person)|envoys?|ambassadors?|diplomats?)\b",
    re.I,
)
#: A capital named as the seat of those who rule from it: "the junta in power in X", "the government in X".
_SEAT_OF_RULE = re.compile(
    r"\b(?:government|junta|regime|rulers|administration)\s+(?:(?:in\s+power|based)\s+)?in\s+$", re.I
)
#: "Mali's capital", "the Malian capital", "the capital of Mali": the country's capital city.
_CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+capital\b(?!\s+(?:of|punishment|city\s+of))")
_CAPITAL_BEFORE = re.compile(r"\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?$")

#: A street named after a town ("X Street in Y", "the X Boulevard"): a street of another town, not the town.
_STREET_AFTER = re.compile(r"\s+(?:Street|St\.|Boulevard|Blvd\.?|Avenue|Ave\.|Road|Rd\.|Lane)\b")
#: Capitalised words right after a name that are not a geographic head: the name goes on.
_NAME_GOES_ON = re.compile(
    r" (?!(?:District|Province|Region|Governorate|Oblast|City|Town|Village|International\s+Airport|Airport|Air|Airbase|Base|Dam|Camp|"
    r"Port|Bay|Valley|Mountains?|Island|Strip|Square|Municipality|County|State|Township|Crossing|Border|Bridge"
    # a title-case headline's preposition: "Two Blasts Hit X On Friday" ends the name
    r"|On|In|At|As|After|Amid|For|To|With|From|Near|Over|During|And|Killing|Kills?)\b)"
    r"[A-Z][a-z]+ [A-Z][a-z]+"
)
#: Two or more capitalised words after a place's name, none a geographic head, then "of" or a verb-like
#: lower-case word: the name of a body ("the X General Coordination of Camps", "the X Relief Committee said").
_GEO_HEAD = (
    r"District|Province|Region|Governorate|Oblast|City|Town|Village|Airport|International|Air|Airbase|Base|Dam|"
    r"Camp|Port|Bay|Valley|Mountains?|Island|Strip|Square|Municipality|County|State|Township|Crossing|Border|"
    r"Bridge|Road|Street|Highway|Hospital|Refinery|Field|Sea|Gulf|Plain|Plains|Desert|Mosque|Church|Market|Hotel"
)
_ORGANISATION = re.compile(
    rf"(?:\s(?!(?:{_GEO_HEAD})\b)[A-Z][a-z]+){{2,4}}\s+(?:of|for|said|says|reported|told)\b"
)
_DISTANCE = re.compile(r"\d\s*(?:km|kilomet(?:re|er)s|miles)\b[^.;]*$")
#: After a place, the body named after it that speaks: "the Kurdistan counter-terrorism service said".
_BODY_SPEAKS = re.compile(
    r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,3}\s+(?:service|ministry|agency|authority|authorities|directorate|department|office|council)"
    r"\s+(?:said|says|reported|announced|stated|confirmed|told)\b"
)


#: A source or official named by the place he speaks from: "a security source in", "police officials in the province of".
_SOURCE_IN = re.compile(
    r"\b(?:sources?|officials?|official|spokesm[ae]n|spokesperson|officers?|commanders?|medics?)\s+(?:in|from)\s+"
    r"(?:the\s+)?(?:(?:province|city|town|governorate)\s+of\s+)?$",
    re.I,
)
#: ... and his word right after the name: "in Anbar said", "in Erbil told".
_SPEAKS_AFTER_NAME = re.compile(
    r"(?:\s+(?:province|governorate|city))?\s+(?:said|says|told|reported|added|confirmed|stated)\b"
)


#: "in solidarity with the Palestinians in Gaza", "in support of Gaza": the cause an act is done for.
_CAUSE = re.compile(
    r"\b(?:solidarity\s+with|support\s+(?:of|for))\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:in|of)\s+(?:the\s+)?)?$",
    re.I,
)


#: Day and month names: a preposition before one opens a date ("on Friday", "in March"), not a place.
_DATE_WORDS = words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_NEAR_WORDS = words("near outside around")
#: People carried off, right before "from": "abducted 40 women from X", "kidnapped two engineers from a
#: site near Y". Where they were taken is the scene of the abduction, not a launch site.
_TAKEN_AWAY = re.compile(
    r"\b(?:abduct(?:s|ed|ing)?|kidnapp?(?:s|ed|ing)?|snatch(?:es|ed|ing)?)\s+(?:[\w’'-]+\s+){0,4}$", re.I
)
#: "fired from an area near", "launched from a farm outside": the spot a launch came from, by the place it lies by.
_FROM_A_SPOT = re.compile(r"\bfrom\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z-]+\s+){0,2}$")
#: A word of the launch site's phrase: not the verb of where the weapon came down ("rockets fired from Gaza
#: fell in Ashkelon": Ashkelon is the scene, not a spot in Gaza).
_SITE_TOKEN = r"(?:(?!(?:landed|fell|hit|struck|crashed|exploded|slammed|killed|wounded|injured|damaged|targeted)\b)[\w’'-]+\s+)"
#: "rockets were fired from a militia post in X", "shells fired from positions in X": where a launch
#: came from, by the area its site lies in (not "attacked troops from a building in X", where attackers
#: stood and were struck back).
_LAUNCHED_FROM_A_SPOT = re.compile(
    # (the weapons may stand between: "accused X of launching the drones from bases in Y")
    rf"\b(?:fir(?:ed|ing)|launch(?:ed|ing)|shot|originating|coming|flown)\s+(?:(?!(?:at|on|upon|into)\s)\w+\s+){{0,2}}?from\s+(?:(?:an?|the|their|its)\s+)?{_SITE_TOKEN}{{0,3}}$"
    # "launched from territories controlled by the rebels in X": from ground a party holds
    rf"|\b(?:fired|launched)\s+from\s+(?:[\w’'-]+\s+){{1,2}}(?:controlled|held|run)\s+by\s+{_SITE_TOKEN}{{1,3}}$"
    # "drones launched by the Houthis in Yemen", "the drone was launched by militants in Iraq": where the
    # launchers are, not where the weapons went
    r"|\b(?:missiles?|rockets?|drones?|projectiles?|UAVs?)\s+(?:(?:that|which)\s+)?(?:(?:were|was|had\s+been)\s+)?(?:fired|launched)"
    rf"\s+by\s+{_SITE_TOKEN}{{1,4}}$",
    re.I,
)

_HEADED_AT_A_SPOT = re.compile(r"\b(?:toward|towards|headed\s+for|bound\s+for)\s+(?:[\w’'-]+\s+){1,3}$", re.I)


@_per_article
def _answer_words(art: Document) -> list[tuple[int, int]]:
    """Where the article writes a word of _ANSWER_WORDS: most write none, and then no name's window
    needs a look (asked once per name: the article is searched once, not each window)."""
    out = []
    for w in _ANSWER_WORDS:
        at = art.text.find(w)
        while at != -1:
            out.append((at, at + len(w)))
            at = art.text.find(w, at + 1)
    return out


def answered_from(art: Document, pos: int, lo: int) -> int | None:
    """Where the phrase of an earlier event answered starts ("in retaliation for the strike on"), when the
    name at ``pos`` ends one."""
    a = max(lo, pos - 90)
    if not any(a <= s and e <= pos for s, e in _answer_words(art)):
        return None  # most clauses hold no such phrase: no search
    m = _ANSWERED.search(art.text, a, pos)
    return m.start() if m else None


#: A road, railway or line named by the towns it joins: "the Srinagar-Jammu highway", "the Abuja-Kaduna
#: train". Either town only locates the stretch (what is after the name at ``pos``: the rest of the
#: compound and the route noun).
_ROUTE_NOUNS = r"(?:highway|road|motorway|expressway|freeway|route|railway|rail\s+line|railroad|line|train|corridor)s?\b"
#: ... with a word of what runs on it between ("the Abuja-Kaduna passenger train").
_ROUTE_KIND = r"(?:(?:passenger|commuter|freight|cargo|express|main|rail|railway)\s+)?"
_ROUTE_FIRST = re.compile(rf"[\w’'.]+(?:-(?-i:[A-Z])[\w’'.]*)+\s+{_ROUTE_KIND}{_ROUTE_NOUNS}", re.I)
_ROUTE_LAST = re.compile(rf"[\w’'.]+\s+{_ROUTE_KIND}{_ROUTE_NOUNS}", re.I)
#: The towns' compound a road or line is named by, from the first: "Abuja-Kaduna".
_ROUTE_TOWNS = re.compile(r"[\w’'.]+(?:-(?-i:[A-Z])[\w’'.]*)+")

#: A place named as what an aim would bring calm to: "to restore stability in X", "keep the peace in X",
#: "to bring about de-escalation in X" (a goal spoken of, no scene).
_AIM_IN = re.compile(
    r"\b(?:restor|bring|maintain|keep|preserv|ensur|promot|achiev|establish|return)\w*\s+(?:about\s+)?"
    r"(?:(?:the|a|lasting|durable|regional)\s+)?(?:calm|stability|peace|order|de-?escalation)\s+"
    r"(?:(?:and|to)\s+(?:\w+\s+){0,2})?in\s+(?:the\s+)?$",
    re.I,
)


def aim_ground(art: Document, p: Place) -> bool:
    """Whether ``p`` is named as the ground of an aim ("their aim is to restore calm in X")."""
    return _AIM_IN.search(art.text, max(0, p.start - 80), p.start) is not None


#: Where the hurt were taken: "referred to Quetta for treatment", "rushed to hospitals in Kirkuk", "the
#: wounded were evacuated to X": the place of their care, not the scene.
_CARED_FOR = re.compile(
    r"\b(?:referred|rushed|transferred|evacuated|airlifted|admitted|taken|brought|flown)\s+to\s+"
    r"(?:(?:the|a|an|several|local|nearby|two|three|various|different)\s+)*(?:[\w’'-]+\s+)?"
    r"(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|facilities))\s+(?:in|at)\s+(?:the\s+)?$"
    r"|\b(?:referred|rushed|transferred|evacuated|airlifted)\s+to\s+(?:the\s+)?$",
    re.I,
)

#: A place told to be left, or whose people are told to leave: "a warning to evacuate parts of Tehran",
#: "ordered to leave the centre of X", "warning Djibo residents" (a capital here is the ground, not its government).
_TO_BE_LEFT = re.compile(
    r"\b(?:evacuat(?:e|ed|es|ing|ion\s+of)|flee|fleeing|leave|leaving|vacate|vacating)\s+"
    r"(?:(?:the|all|parts?|areas?|neighbou?rhoods?|districts?|suburbs?|outskirts|centre|center|northern|southern|"
    r"eastern|western|central|of)\s+)*$",
    re.I,
)
_ITS_PEOPLE = re.compile(r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?\s+(?:residents|inhabitants|villagers|civilians)\b")

#: A way across or along that can be shut, a crossing, border, pass or road (not an airport or airspace).
_WAY = r"(?:border\s+)?(?:crossings?|borders?|(?:border\s+)?(?:points?|posts?|gates?)|pass|passes|roads?|highways?|frontiers?)"
#: A way shut or opened named by the name after its verb: "closed the Torkham crossing", "shut the border
#: crossing at X", "sealed its border at X" (the name, or the way whose spot it names, is the verb's object).
_SHUT_THE = re.compile(
    r"\b(?:clos(?:e|ed|es|ing)|shut(?:s|ting)?|seal(?:ed|s|ing)?|reopen(?:ed|s|ing)?|block(?:ed|s|ing)?)\s+(?:down\s+|off\s+)?"
    r"(?:the|its|their|a|all)\s+(?:(?:main|key|busy|vital|two|several)\s+)?"
    rf"(?:{_WAY}\s+(?:at|in|near|with|to)\s+(?:the\s+)?)?$",
    re.I,
)
_THE_WAY_AFTER = re.compile(rf"[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*\s+{_WAY}\b", re.I)
#: ... or told shut after it: "the Torkham crossing was closed", "the X border crossing remained shut".
_WAY_SHUT = re.compile(
    rf"[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*\s+{_WAY}\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remained|remains|"
    r"will\s+be|would\s+be)\s+(?:(?:also|again|temporarily|indefinitely)\s+)?(?:closed|shut|sealed|reopened|blocked)\b",
    re.I,
)


def _shut_way(text: str, pos: int, lo: int) -> bool:
    """The name at ``pos`` names a way shut or opened ("closed the X crossing", "the X crossing was closed")."""
    window = text[max(lo, pos - 60) : pos]
    if _SHUT_THE.search(window) is not None:
        if re.search(r"\s(?:at|in|near|with|to)\s+(?:the\s+)?$", window):
            return True  # "shut the border crossing at X": the preposition was the way's own
        return _THE_WAY_AFTER.match(text, pos) is not None
    return _WAY_SHUT.match(text, pos) is not None


#: Marks between two words that end the walk back from a name to its locative word.
_CLAUSE_MARKS = frozenset(",;()—–")


def _on_a_route(text: str, pos: int) -> bool:
    """The name at ``pos`` is one of the towns a road or line is named by ("the Kabul-Kandahar highway")."""
    if pos > 1 and text[pos - 1] == "-" and text[pos - 2].isalpha():
        return _ROUTE_LAST.match(text, pos) is not None
    return _ROUTE_FIRST.match(text, pos) is not None


#: The words before either end of a road told by the two towns it runs between: "the road between " or
#: "the highway linking X and " (each town only locates the stretch, as in "the X-Y road").
_ROAD_BETWEEN = re.compile(
    rf"\b{_ROUTE_NOUNS}\s+(?:between|linking|connecting)\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){{0,3}}?(?:(?:and|with|to)\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){{0,2}}?)?$",
    re.I,
)


#: ... or with no road named: "a convoy struck between X and Y" lies on the stretch between them.
_BETWEEN_TOWNS = re.compile(
    r"\bbetween\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){0,3}?(?:and\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){0,2}?)?$", re.I
)


def _route_towns(text: str, pos: int) -> tuple[int, int] | None:
    """Where the compound of towns a road or line is named by is written, when the name at ``pos`` is one of
    them ("Abuja" in "the Abuja-Kaduna train" -> "Abuja-Kaduna"): the name the stretch goes by."""
    if not _on_a_route(text, pos):
        return None
    start = pos
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        start = start - 1
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "’'."):
            start -= 1
    m = _ROUTE_TOWNS.match(text, start)
    return m.span() if m else None


#: The look-back windows _role searches, each behind the words every match of it holds (_REFERENCE holds
#: none that all its matches share, and runs at every name).
_ROLE_WINDOWS = tuple(
    Prefiltered(p) for p in (_CAUSE, _OTHER_EVENT, _FOLLOWED, _TO_BE_LEFT, _CARED_FOR, _SHIP_GOING)
)


@_per_article
def _role_windows(art: Document) -> tuple[bool, ...]:
    """Which of _role's look-back windows the article may hold a match of (in _ROLE_WINDOWS' order): a
    window is a span of the text, so where the whole text lacks a pattern's words, no window of it holds
    a match, and _role skips searching it at each name (most articles lack most of them)."""
    return tuple(w.might_match(art.text) for w in _ROLE_WINDOWS)


def _role(art: Document, pos: int, lo: int) -> tuple[bool, str]:
    """(after a locative word?, role) for a name starting at ``pos`` inside a clause starting at ``lo``."""
    cause, other_event, followed, to_be_left, cared_for, ship_going = _role_windows(art)
    if cause and _CAUSE.search(art.text, max(lo, pos - 50), pos):
        return False, "cause"  # where the people an act stands with are, never its scene
    if "war in" in art.text[max(lo, pos - 12) : pos] and _DURING_THE_WAR.search(art.text, max(lo, pos - 60), pos):
        # "killed at a checkpoint in May 2024, during the second truce of the war in X": the war that tells
        # the time is fought over the whole of X, no scene of the event told (nor a point that locates it)
        return True, "frame"
    if _REFERENCE.search(art.text, max(lo, pos - 40), pos):
        return True, "ref"  # "a village 40 km south-east of Moscow": Moscow only locates the place
    other = _OTHER_EVENT.search(art.text, max(lo, pos - 80), pos) if other_event else None
    if other and (
        other.group("w") == "than" or _MEASURED.search(art.text, max(lo, other.start() - 100), other.start())
    ):
        # "the largest raid since the killing of the group's leader in X": the scene of the event it is
        # measured against, not its own ("tensions rose since an air strike in X killed seven" tells it)
        return True, "frame"
    came_after = _FOLLOWED.search(art.text, max(lo, pos - 140), pos) if followed else None
    # (a clause opened by "follows" tells the earlier event itself: its place is that event's own)
    if came_after and art.text[lo : came_after.start()].strip():
        # "the raid came after the death of a militia chief, X, in May in Y": the scene of
        # the event it came after, not its own
        return True, "frame"
    if answered_from(art, pos, lo) is not None:
        # "rockets at X in retaliation for the strike on Y": Y is the scene of the strike answered, not of the
        # rockets (the strike's own candidate takes it back: candidates.py)
        return True, "answered"
    if (to_be_left and _TO_BE_LEFT.search(art.text, max(lo, pos - 60), pos)) or _ITS_PEOPLE.match(art.text, pos):
        return True, "loc"  # "a warning to evacuate parts of X", "warning X residents": the ground meant
    if cared_for and _CARED_FOR.search(art.text, max(lo, pos - 40), pos):
        return True, "care"  # "the wounded were taken to hospitals in X": where they were treated
    if _shut_way(art.text, pos, lo):
        # "Pakistan closed the Torkham crossing", "the X border crossing was shut": a way shut as a step
        # taken, where no fighting is told (an airport or airspace shut is an event of its own: not here)
        return True, "shut"
    if _on_a_route(art.text, pos) or _ROAD_BETWEEN.search(art.text, max(lo, pos - 60), pos):
        # "a convoy ambushed on the Kabul-Jalalabad road at X", "on the road linking X and Y": the towns only
        # name the road
        return True, "ref"
    if ship_going and _SHIP_GOING.search(art.text, max(lo, pos - 90), pos):
        # "a tanker bound for X", "a ship heading for the port of X": where a ship was going, not where it was hit
        return True, "voyage"
    near = art.text[max(0, pos - 160) : pos]
    if any(w in near for w in ("ready", "readied", "prep", "poised", "primed", "set to", "about to")) and (
        _UNLAUNCHED_AIM.search(art.text, max(0, pos - 160), pos)
    ):
        # "struck four missiles that were poised to launch toward X": X is where they were meant to go
        return True, "meant"
    # ("to" right before the name, with an article at most, is asked first: a test of a few characters)
    if "to " in art.text[max(lo, pos - 8) : pos] and _SENT_TO.search(art.text, max(lo, pos - 70), pos):
        return True, "voyage"
    a = max(lo, pos - 110)
    window = art.text[a:pos]
    if "return" in window and _RETURNING_HOME.search(art.text, max(lo, pos - 90), pos):
        return True, "loc"  # "opened fire on residents returning to X": where they were met
    if any(w in window for w in _UNDER_WAY_WORDS):
        way = _UNDER_WAY.search(art.text, a, pos)
        if way and not _WEAPON_GOING.search(art.text, max(lo, way.start() - 80), way.start()):
            return True, "voyage"  # "a convoy on its way to their camp in X": where it was going
    i = art.token_index(pos)
    seen_loc = False
    # (five words back, three more past an area's kind word: "in a remote area of southern X", "off the
    # coast of the Yemeni port of X")
    reach = i - 6
    for k in range(i - 1, max(-1, i - 9), -1):
        if k == reach and not any(art.tokens[j].norm in KIND_OF for j in range(k + 1, i)):
            break
        t = art.tokens[k]
        if t.start < lo or not _CLAUSE_MARKS.isdisjoint(art.text[t.end : art.tokens[k + 1].start]):
            break
        w = t.norm
        if w in _DATE_WORDS and t.text[:1].isupper():
            break  # "On Friday Iran fired ...": the word before is the date's, not the name's
        if w in _ORIGIN:
            if _TAKEN_AWAY.search(art.text, max(lo, t.start - 60), t.start):
                return True, "loc"  # "abducted 40 women from X": where they were taken is the scene
            return True, "origin"
        if w in _DEST and k > 0 and (art.tokens[k - 1].norm in _DEST_VERBS or w in ("toward", "towards")):
            return True, "dest"
        if w == "between" and k > 0 and art.tokens[k - 1].norm in _RELATION_NOUNS:
            return True, "frame"  # "amid tensions between X and Y": the parties to a strain, no scene
        if w == "between" and k > 0 and art.tokens[k - 1].norm not in _CLASH_NOUNS:
            # "an operation between Gressier and Carrefour": two ends of a stretch locate it; where
            # the sentence names a scene, that is it
            return True, "ref"
        # ("along the Afghan border", "along the Line of Control": a stretch the scene lies on)
        if w in LOCATIVE or w == "along" or (w == "to" and k > 0 and art.tokens[k - 1].norm in _BESIDE):
            if (
                w in _NEAR_WORDS
                and (spot := _FROM_A_SPOT.search(art.text, max(lo, t.start - 40), t.start))
                and not _TAKEN_AWAY.search(art.text, max(lo, spot.start() - 60), spot.start())
            ) or (
                w == "in" and _LAUNCHED_FROM_A_SPOT.search(art.text, max(lo, t.start - 70), t.start)
            ):
                return True, "origin"  # "launched from a site near X": where it came from, not the scene
            if w == "in" and _HEADED_AT_A_SPOT.search(art.text, max(lo, t.start - 50), t.start):
                return True, "dest"  # "drones headed towards targets in X": where they were going
            seen_loc = True  # "a base adjacent to Binyamina", "close to the border town of X"
            break
        if w == "of" and k > 0 and art.tokens[k - 1].norm in _SCENE_OF:
            # "broke the siege of X", "the shelling of the town of X": the noun's "of" names where it was fought
            seen_loc = True
            break
        if w in _ERRAND_VERBS and k > 0 and art.tokens[k - 1].norm == "to":
            # "sent jets to bomb two Cambodian sites": the errand's target, as after "bombed"
            seen_loc = True
            break
        if (
            w not in _FILLER
            and w not in _FILLER_EXTRA
            and w not in ("and", "or")
            # a number of the targets: "bombed two Cambodian positions", "hit 12 Russian bases"
            and not (w.isdigit() or w in _FEW)
            and not t.text[:1].isupper()
            # "on rebel-held X", "in Kurdish-majority Y": who holds or peoples the place describes it
            and not (k > 0 and _ADJECTIVE_NAME.search(art.text, art.tokens[k - 1].start, t.end))
            and not (k + 1 < i and _ADJECTIVE_NAME.search(art.text, t.start, art.tokens[k + 1].end))
            # "in a remote area of X", "in a residential part of Y", "in the coastal city of Z", "in the
            # strategic port city of Z", "in the port of Z": the kind of place the name is, and what it is like
            and not _described_kind(art, k, i)
        ):
            break
    return seen_loc, "loc"


#: Event nouns whose "of" names the ground they were fought on, as a locative word would: "the siege of X".
_SCENE_OF = words("siege sieges blockade encirclement shelling bombardment storming")
#: Strike verbs whose infinitive names an errand's target ("to bomb", "to strike"), and the small numbers that
#: count targets before their owner's name.
_ERRAND_VERBS = words("bomb strike attack hit pound target shell")
_FEW = words("two three four five six seven eight nine ten eleven twelve dozens hundreds")


def _described_kind(art: Document, k: int, i: int) -> bool:
    """The word at ``k`` opens "<kind> of", or describes one in up to two words, before the name at ``i``:
    "port of", "coastal city of", "strategic port city of", "remote area of southern"."""
    for n in (0, 1, 2):
        j = k + n  # the kind noun
        if j + 1 < i and art.tokens[j + 1].norm == "of" and art.tokens[j].norm in KIND_OF:
            # (an article between opens the kind's own phrase: "stormed the town of" has no describing verb)
            return all(not art.tokens[x].text[:1].isupper() for x in range(k, j + 1)) and not any(
                art.tokens[x].norm in _ARTICLES for x in range(k + 1, j)
            )
    return False


_ARTICLES = frozenset({"the", "a", "an"})


#: The kinds of entry a name can place an event by (a capital's entry only says whose government it is).
_PLACING_KINDS = frozenset({"place", "country", "demonym"})


#: A possessive right before a name: "Putin's Kremlin".
_OWNER_BEFORE = re.compile(r"[A-Za-z]['’]s\s+$")
#: The words before a government's seat that make it the spot hit: "crashed into the Kremlin", "a drone
#: over the Kremlin", "attacked the Pentagon".
_SEAT_HIT = words("into onto on over above at near toward towards struck hit targeted targeting attacked stormed")


def _seat_hit(art: Document, m: Mention) -> Place | None:
    """A seat of government named as its building ("the Kremlin", "the Pentagon") where the event hit:
    the building, in its country's capital city (elsewhere it speaks for its government)."""
    seat = m.of("capital")
    before = art.words_before(m.start, 2)
    # ("targeting the Kremlin", or a leader's seat: "targeting Putin's Kremlin residence")
    owned = _OWNER_BEFORE.search(art.text, max(0, m.start - 4), m.start) is not None
    if seat is None or (before[-1:] != ["the"] and not owned) or len(before) < 2 or before[0] not in _SEAT_HIT:
        return None
    city = art.lexicon.capital_city(seat.name)
    if city is None or city.name == art.text[m.start : m.end]:
        return None  # a capital named by its city is read as the city is
    return Place(art.text[m.start : m.end], seat.name, city.lat, city.lon, 5, m.start, m.end, "loc", city.name)


#: ", in" right after a place told by "near": the town the scene lies in follows ("near X, in Y").
_IN_AFTER_NEAR = re.compile(r",\s+in\s+(?:the\s+(?:town|village|city|district)\s+of\s+)?(?=(?-i:[A-Z]))")


def _town_in_after(art: Document, m: Mention) -> bool:
    """ "a school near X, in Y": a place of the gazetteer at least as narrow as X's follows ", in", so X
    only locates it (a wider one, "near X, in Y province", leaves X the scene)."""
    after = _IN_AFTER_NEAR.match(art.text, m.end)
    if after is None:
        return False
    here = pick_place(art, m)
    nxt = next(iter(art.mentions_in(after.end(), after.end() + 60)), None)
    there = pick_place(art, nxt) if nxt is not None and nxt.start == after.end() else None
    return there is not None and RANK.get(there.sub, 3) >= (RANK.get(here.sub, 3) if here is not None else 1)


def _named_right_before(art: Document, pos: int) -> bool:
    """The word two before ``pos`` ("X near ...") is a name: capitalised, not a day's or month's, not a
    sentence's first word."""
    i = art.token_index(pos)
    if i < 2:
        return False
    t = art.tokens[i - 2]
    return (
        t.text[:1].isupper()
        and t.norm not in _DATE_WORDS
        and art.sentence_index(t.start) == art.sentence_index(pos)
        and art.sentences[art.sentence_index(pos)].start != t.start
    )


#: A settlement noun right after a sea's name, with no "of" and name of its own after it: "the Red Sea city",
#: "the Black Sea port" name a town by its shore (not "the Red Sea port of Hodeidah": the port is named).
_TOWN_OF_THE_WATER = re.compile(r"\s+(?:city|port|town|resort|harbou?r)\b(?!\s+(?:of|city)\b)(?!\s+(?-i:[A-Z]))", re.I)


#: After a region's name, a country or town told by its rank there: "'s largest country", "'s second city".
_RANKED_WITHIN = re.compile(
    r"['’]s\s+(?:(?:most|least)\s+\w+|\w+est|biggest|second|third|top)\s+(?:[\w-]+\s+)?(?:country|nation|state|city|port|economy)\b",
    re.I,
)
#: A strike noun right after a state's name: "US air strikes", "U.S. drone strikes".
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:(?:air|drone|missile|naval)\s+)?(?:air\s*strikes?|airstrikes?|strikes|raids|bombing|bombardment)\b", re.I
)


#: What joins the names of a list: ", ", " and ", ", and ".
_LIST_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _listed_between_places(art: Document, m: Mention) -> bool:
    """A world-list town in a list of three places or more ("shelled Dilling, Kadugli and Sennar"): the
    list's other names tell it is one of the places too."""
    near = [x for x in art.mentions_in(max(0, m.start - 80), m.end + 80) if any(e.kind == "place" for e in x.entries)]
    k = next((j for j, x in enumerate(near) if x.start == m.start), None)
    if k is None:
        return False
    lo = hi = k
    while lo > 0 and _LIST_JOIN.fullmatch(art.text, near[lo - 1].end, near[lo].start):
        lo -= 1
    while hi + 1 < len(near) and _LIST_JOIN.fullmatch(art.text, near[hi].end, near[hi + 1].start):
        hi += 1
    return hi - lo >= 2


def _heads_the_clause(text: str, pos: int) -> bool:
    """The name at ``pos`` opens its clause, alone or after the names listed with it ("Dilling and Kadugli")."""
    for _ in range(5):
        if _CLAUSE_HEAD.search(text, max(0, pos - 40), pos):
            return True
        listed = _LISTED_BEFORE.search(text, max(0, pos - 60), pos)
        if listed is None:
            return False
        pos = listed.start()
    return False


#: Ground an armed group holds, right after its name: "(in Houthi)-held territory", "(across Shabaab)-controlled areas".
_HELD_LAND = re.compile(
    r"[-‐](?:held|controlled|run)\s+(?:[\w-]+\s+)?(?:territory|territories|areas?|parts?|regions?|zones?|lands?)\b", re.I
)


def _held_land(art: Document, m: Mention, lo: int) -> Place | None:
    """ "strikes destroyed launchers in Houthi-held territory": ground an armed group of one home holds, after a
    locative word, lies in its home country (a country-level scene: any place named beside it wins)."""
    group = m.of("actor")
    if group is None or group.sub != "armed_group" or not group.country or not _HELD_LAND.match(art.text, m.end):
        return None
    locative, role = _role(art, m.start, lo)
    state = art.lexicon.countries.get(group.country)
    if not locative or role != "loc" or state is None:
        return None
    return country_place(state, m.start, m.end)


def _from_mention(art: Document, m: Mention, lo: int) -> Place | None:
    owned = _post_on_its_border(art, m, lo)
    if owned is not None:
        return owned
    if not any(e.kind in _PLACING_KINDS for e in m.entries) and (
        m.last >= len(art.tokens) or art.tokens[m.last].norm not in _ADMIN
    ):
        if m.of("capital") is not None:
            return _seat_hit(art, m)
        held = _held_land(art, m, lo)
        if held is not None:
            return held
        # A weapon's, an actor's or a unit's name (a third of the names a span holds) places nothing, unless
        # "region", "province" ... follows it (the province of that name, below): no test of its role needed.
        return None
    if _BACKED.match(art.text, m.end):
        return None  # "Iran-backed militias" names an actor, not a place
    if _TOWN_OF_THE_WATER.match(art.text, m.end) and all(e.sub == "water" for e in m.entries if e.kind in _PLACING_KINDS):
        return None  # "the Red Sea city", "the Black Sea port": a town named by its shore, told elsewhere
    if m.of("country") is None and _RANKED_WITHIN.match(art.text, m.end - 2 if POSSESSIVE.search(art.text, m.start, m.end) else m.end):
        # "Europe's largest country", "Africa's most populous nation": a country told by its rank, not the
        # region; the one country the story names is it (with none or several, the region stays)
        homes = story_homes(art)
        state = art.lexicon.countries.get(next(iter(homes))) if len(homes) == 1 else None
        if state is not None:
            return country_place(state, m.start, m.end)
    if _GROUP_IN.search(art.text, max(lo, m.start - 50), m.start):
        return None  # a group named for where it fights ("Islamic State in Iraq"): its name, no scene
    if (
        _VESSEL.search(art.text, max(lo, m.start - 40), m.start)
        or (m.of("country") is None and art.text[m.start : m.end] in ships(art))
        or (
            m.of("capital") is None
            and bool(family := _family_names(art))  # (most articles name no family: no sub then)
            and _PARTICLE_OFF.sub("", art.text[m.start : m.end]) in family
        )
        or _CLOCK_ZONE.match(art.text, m.end)
        or _surname_after_title(art, m)
        or _OUTLET_NUMBER.match(art.text, m.end)
        or _STREET_AFTER.match(art.text, m.end)
    ):
        return None
    locative, role = _role(art, m.start, lo)
    capital = _capital(art, m, lo)
    if capital is not None:
        return capital
    before = art.words_before(m.start, 2)
    if len(before) == 2 and before[1] == "in" and before[0] in _REGISTERED:
        return None  # "a bulker flagged in Liberia": where a ship or firm is registered, no scene
    if (
        m.of("capital")
        and (
            before[-1:] == ["by"]
            # "Cairo accused Khartoum of arming ...", "urged Tehran to": the government addressed
            or (before[-1:] and before[-1] in _ADDRESSING)
            or (before[-1:] in (["with"], ["to"]) and before[0] in _ALIGNED)
            or (art.text[m.end - 2 : m.end] in ("'s", "’s") and _GOVERNMENT_OWNS.match(art.text, m.end))
            or _SEAT_OF_RULE.search(art.text, max(lo, m.start - 40), m.start)
        )
    ):
        # "groups backed by Tehran", "militias aligned with Damascus", "Islamabad's accusations", "urged
        # by the junta in power in X": the government acting or sided with, no scene
        return None
    if m.of("capital") and _GOVERNMENT_SPEAKS.match(art.text, m.end) and not _ITS_PART_OR_PEOPLE.search(art.text, max(lo, m.start - 40), m.start):
        role = "speaker"  # "Kyiv first said ...": the government speaking, not a scene
    opens = _OPENS_CLAUSE.search(art.text, max(0, m.start - 16), m.start)
    if role == "loc" and (
        (opens and _SPEAKER_AFTER.match(art.text, m.end))
        or spoken_in(art, lo, m.start, m.end)
        # "the country's envoy in Geneva, also condemned the raid": the speaker's post
        or (m.of("country") is None and _REACTS_AFTER.match(art.text, m.end))
    ):
        role = (
            "speaker"  # "In Baghdad, the minister condemned the strikes": where it was said, never the scene
        )
    if role == "loc" and before[-1:] == ["near"] and m.of("country") is not None and _named_right_before(art, m.start):
        role = "ref"  # "the town of X near Mauritania": a country told beside a named place only locates it
    if role == "loc" and before[-1:] == ["near"] and _town_in_after(art, m):
        role = "ref"  # "a school near X, in Y": Y is the scene, X the point it is told by
    if role == "loc" and before[-1:] == ["the"] and _BODY_SPEAKS.match(art.text, m.end):
        # "..., the Kurdistan counter-terrorism service said": a body named after the place speaks;
        # the scene only when the sentence names no other place
        role = "body"
    if role == "loc" and _SOURCE_IN.search(art.text, max(lo, m.start - 50), m.start) and _SPEAKS_AFTER_NAME.match(art.text, m.end):
        # "..., a security source in Anbar said": the speaker's post; the scene only when the sentence names no other
        role = "body"
    place = pick_place(art, m)
    if place is not None and place.case == SHORT and not story_homes(art).get(place.country or ""):
        # "near Bol" places the town of three letters only in a story naming its country ("the Bay region"
        # of Somalia is read as a name the gazetteer lacks, not the Philippine town's)
        return None
    if place is not None and before[-1:] == ["the"] and _ORGANISATION.match(art.text, m.end):
        return None  # "the Darfur General Coordination of Camps": a body named after the place, no scene
    nxt = art.tokens[m.last].norm if m.last < len(art.tokens) else ""
    if nxt == "command":
        return None  # "U.S. Africa Command", "Central Command" name a headquarters, not a place
    if (state := m.of("country")) is not None and state.name in art.lexicon.flies_its_strikes and _EVENT_NOUN_AFTER.match(art.text, m.end):
        # "killed in US air strikes east of X": a state that flies its strikes, named on the strike, made
        # them, no scene ("in Gaza strikes" names a scene, no such state)
        return None
    if place is not None and place.sub == "area" and place.country is None:
        owned = _countrys_own_region(art, m, lo)
        if owned is not None:
            return owned
    # "Katsina State's", "in Kaduna state": "state" after a town's name is the state named after it
    listed = nxt in _ADMINS or bool(_LISTED_ADMIN.match(art.text, m.end))
    admin = nxt in _ADMIN or (nxt == "state" and _names_a_state(art, m)) or listed
    if admin and (place is not None or (m.of("country") is None and m.of("demonym") is None)):
        # "Kyiv Oblast", "Sumy region": the province named after a city ("the Afghan province of X"
        # is no province named "Afghan": a people's adjective only says whose it is)
        # (a kind word the list shares is no part of each name: "the A and B regions" are A and B)
        end = m.end if listed else art.tokens[m.last].end
        if art.text[end - 2 : end] in ("'s", "’s"):
            end -= 2  # "the Kurdistan region's oil field": the name without its possessive
        country = place.country if place else None
        lat, lon = (place.lat, place.lon) if place else (None, None)
        return Place(art.text[m.start : end], country, lat, lon, 3, m.start, end, role)
    if place is not None:
        if (
            place.locative_only
            and not locative
            and not _SETTLEMENT_OF.search(art.text, max(lo, m.start - 30), m.start)
            and not (
                place.sub in ("city", "town", "village")
                and _TOWNS_HIT.match(art.text, m.end)
                and _heads_the_clause(art.text, m.start)
            )
            and not _listed_between_places(art, m)
        ):
            return None
        if (
            place.locative_only
            and _NAME_GOES_ON.match(art.text, m.end)
            and not art.mentions_in(m.end + 1, m.end + 2)
        ):
            return None  # "the Bandar Dhana Tawya monastery": a world-list word opening a longer name
        if place.locative_only and closes_a_name(art, m):
            return None  # "the capital's Left Bank", "the World Bank": a world-list word closing one
        distant = role == "ref" and bool(_DISTANCE.search(art.text, max(lo, m.start - 40), m.start))
        route = role == "ref" and (
            _on_a_route(art.text, m.start)
            or _ROAD_BETWEEN.search(art.text, max(lo, m.start - 60), m.start) is not None
            or _BETWEEN_TOWNS.search(art.text, max(lo, m.start - 60), m.start) is not None
        )
        if role == "origin" and place.sub == "water" and _fired_from_land_named(art, m.start, lo):
            role = "loc"  # "a drone launched from Ruritania in the Azure Sea": the sea is where it hit
        told = _country_told_after(art, m)
        if (
            told is not None
            and place.country is not None
            and told != place.country
            and place.sub != "capital"
        ):
            # "Dar as Salam, Somalia" where the gazetteer knows only Egypt's: the text's country wins,
            # and the spot is one the gazetteer lacks (no coordinates rather than another town's), unless
            # the country's province is told with it ("in Iraq's Anbar province"): at that province's point.
            held = _province_of_told(art, m, told)
            return Place(
                art.text[m.start : m.end],
                told,
                held.lat if held else None,
                held.lon if held else None,
                RANK.get(place.sub, 3),
                m.start,
                m.end,
                role,
                held.name if held else None,
                distant=distant,
                route=route,
            )
        stretch = _route_towns(art.text, m.start) if route else None
        if stretch is not None:
            # a town that names a road or line only stands for the stretch: written as the name the stretch
            # goes by, at no one town's point (the stretch lies between them)
            return Place(place.name, place.country, None, None, RANK.get(place.sub, 3), *stretch, role, route=True)
        # "an Israeli post on the Gaza border": the border a state's post stands on only locates the post, which
        # lies on its owner's side (told alone, "on the Gaza border" stays the territory's edge)
        border = (
            nxt in _BORDER
            and RANK.get(place.sub, 3) <= RANK["region"]
            and any(_post_on_its_border(art, b, lo) for b in art.mentions_in(max(lo, m.start - 60), m.start))
        )
        return Place(
            place.name,
            _region_told_after(art, m) or place.country,
            place.lat,
            place.lon,
            RANK.get(place.sub, 3),
            m.start,
            m.end,
            "ref" if border and role == "loc" else role,
            distant=distant,
            border=border,
            route=route,
        )
    country = m.of("country")
    if country is not None and role == "loc" and (nxt in _PARTY_NOUNS or _PARTIES_AFTER_AND.match(art.text, m.end)):
        # "killed in the U.S. drone strike", "in a US raid", "in an Israel army operation", "retaliated
        # against US and Israeli strikes": the country names whose act or arm it is, a party, never where
        # it happened
        return None
    glue = art.text[m.end : m.end + 1]
    # (told "between" the lands: a cheap look for the word before the pattern)
    between = glue == " " and (
        art.text.find("between", max(lo, m.start - 14), m.start) >= 0 or art.text.endswith((" of ", " of the "), 0, m.start)
    )
    pair = _pair_border(art, m, role, lo) if glue in ("-", "–", "/") or between else None
    if pair is not None:
        return pair
    if art.text.endswith("and ", 0, m.start) and m.of("country") is not None and _BETWEEN_SECOND.search(art.text, max(lo, m.start - 80), m.start):
        return None  # "the border between Sudan and South Sudan": the second land, told with the first
    if country is not None and (locative or role != "loc" or _apposed_to_a_spot(art, m, lo)):
        c = art.lexicon.countries.get(country.name, country)
        # "a US base in Jordan", "US interests in Asia": the country owns the target; any place named wins.
        rank = 0.5 if nxt in _OWNED else 1
        border = nxt in _BORDER
        if role == "loc" and nxt not in _OWNED and _OWNED_AFTER_AND.match(art.text, m.end):
            # "attacks against US and coalition forces", "rockets at US and allied positions": the forces or
            # posts of both, owned as "US forces" and "US positions" are
            rank = 0.5
        if rank < 1 and role == "loc":
            # "attacks on US forces", "threats to American interests", "rockets at a U.S. base": whose
            # troops, interests or bases, which serve abroad as often as at home, so the owner's country is
            # no scene
            return Place(country.name, country.name, c.lat, c.lon, rank, m.start, m.end, "owner")
        return Place(
            country.name,
            country.name,
            c.lat,
            c.lon,
            rank,
            m.start,
            m.end,
            "ref" if border else role,
            border=border,
        )
    demonym = m.of("demonym")
    if demonym is not None and locative:
        nxt = art.tokens[m.last : m.last + 3]
        if any(t.norm in _TERRITORY for t in nxt):
            c = art.lexicon.countries.get(demonym.name)
            if role == "loc" and nxt[0].norm in _BASE_NOUNS and _held_abroad(art, demonym.name, nxt[0].end):
                # "a drone attacked a Turkish base in the region", as "a US base": whose base, held abroad as
                # often as at home, so the owner's country is no scene
                return Place(demonym.name, demonym.name, c.lat if c else None, c.lon if c else None, 0.5, m.start, m.end, "owner")
            # "a post near the Syrian border": a border has two sides, so it only locates the scene
            border = next(t.norm for t in nxt if t.norm in _TERRITORY) in _BORDER
            return Place(
                demonym.name,
                demonym.name,
                c.lat if c else None,
                c.lon if c else None,
                1,
                m.start,
                m.end,
                "ref" if border else role,
                border=border,
            )
    return None


#: "the Ethiopia-Eritrea border", "the Afghan-Pakistani frontier": the second land of a border named by two, and
#: the border word after it.
_PAIR_BORDER = re.compile(r"\s*[-–/]\s*(?P<y>(?-i:[A-Z])[\w’'.]+(?:\s(?-i:[A-Z])[\w’'.]+){0,2})\s+(?:border|frontier)s?\b")
#: "the border between Sudan and South Sudan" ("the border of X and Y"): the border word before the first land, and
#: the second after "and".
_BORDER_BETWEEN = re.compile(r"(?:border|frontier|boundary)\s+(?:between|of)\s+(?:the\s+)?$", re.I)
_BETWEEN_AND = re.compile(r"\s+and\s+(?:the\s+)?(?P<y>(?-i:[A-Z])[\w’'.]+(?:\s(?-i:[A-Z])[\w’'.]+){0,2})")
#: ... the second land, with the first told before it.
_BETWEEN_SECOND = re.compile(
    r"\b(?:border|frontier|boundary)\s+(?:between|of)\s+(?:the\s+)?(?-i:[A-Z])[\w’'.]+(?:\s(?-i:[A-Z])[\w’'.]+){0,2}\s+and\s+(?:the\s+)?$",
    re.I,
)


def _pair_border(art: Document, m: Mention, role: str, lo: int) -> Place | None:
    """ "Clashes erupted along the Ethiopia-Eritrea border": a border named by its two lands is the scene, written
    as the text has it, in the story's country when it is one of the two, else the first (at that country's point:
    the border has no point of its own in the gazetteer)."""
    first = m.of("country") or m.of("demonym")
    opening = m.start
    if art.text[m.end : m.end + 1] == " ":
        # "the border between Sudan and South Sudan": the border word first, written from it
        before = _BORDER_BETWEEN.search(art.text, max(0, m.start - 40), m.start)
        pair = _BETWEEN_AND.match(art.text, m.end) if before is not None and m.of("country") is not None else None
        opening = before.start() if before is not None else m.start
        if pair is not None:
            _, role = _role(art, opening, lo)  # ("between" told the lands as points: the border's own role)
    else:
        pair = _PAIR_BORDER.match(art.text, m.end)
    if first is None or pair is None or role != "loc":
        return None
    second = next(
        (e for n in art.mentions_in(pair.start("y"), pair.end("y")) if n.start == pair.start("y") for e in n.entries if e.kind in ("country", "demonym")),
        None,
    )
    if second is None or second.name == first.name:
        return None
    home = home_country(art)
    c = art.lexicon.countries.get(home if home == second.name else first.name)
    if c is None:
        return None
    return Place(art.text[opening : pair.end()], c.name, c.lat, c.lon, 1, opening, pair.end(), role)


#: "a post on the X border", "an outpost along the frontier": what follows a post that stands on a border.
_ON_A_BORDER = re.compile(r"\s+(?:on|near|along|by|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}(?:border|frontier)\b", re.I)
def _post_on_its_border(art: Document, m: Mention, lo: int) -> Place | None:
    """ "an Israeli army post on the Lebanese border", "a Jordanian outpost near the frontier": a post a state
    (by its people's name or its force's) holds on a border lies on that state's side of it."""
    owner = m.of("demonym") or m.of("actor")
    c = art.lexicon.countries.get(owner.name) if owner is not None else None
    post = next((t for t in art.tokens[m.last : m.last + 2] if t.norm in _BASE_NOUNS), None)
    if c is None or post is None or not _ON_A_BORDER.match(art.text, post.end):
        return None
    if _role(art, m.start, lo)[1] != "loc":
        return None
    return Place(c.name, c.name, c.lat, c.lon, 1, m.start, m.end, "loc")


#: "a Turkish base in the region": a base told as in a region the story tells of, not in its owner's land.
_IN_THE_REGION = re.compile(r"\s+in\s+the\s+(?:region|area|country)\b", re.I)


@cache
def _region_continents() -> frozenset[str]:
    """The continents the countries of the region the briefs cover lie on (geonames.REGION: Asia, Africa, Europe)."""
    names, continents = geonames.country_names(), geonames.continents()
    return frozenset(continents[names[code]] for code in geonames.REGION if names.get(code) in continents)


def overseas(home: Place | Entry) -> bool:
    """The interceptor's home country lies on a continent no country of the region the briefs cover lies on
    (the Americas, Oceania): an ocean away, out of the region's weapons' reach. Japan and South Korea, in Asia,
    intercept over their own land; a country unknown to the world list is never overseas."""
    continent = geonames.continents().get(home.country or "")
    return continent is not None and continent not in _region_continents()


def _held_abroad(art: Document, owner: str, end: int) -> bool:
    """A base named by its owner's nationality lies abroad when told as in the region the story tells of,
    or in a story filed from another country's town ("ERBIL, Iraq - ... a Turkish base"); with neither,
    a Kenyan base is in Kenya."""
    if _IN_THE_REGION.match(art.text, end):
        return True
    home = art.lexicon.countries.get(owner)
    if home is not None and overseas(home):
        return True  # "rockets at American bases": a state an ocean away holds its bases in the region abroad
    town = dateline_town(art) if art.datelines else None
    return town is not None and town.country not in (None, owner)


#: "the A, B and C regions": names listed before one plural kind word are each a province named after
#: its seat, as "the A region" is; the first of them is no city.
_LISTED_ADMIN = re.compile(
    r"(?:\s*,\s*(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?){0,6},?\s+(?:and|or)\s+(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+(?:regions|provinces|oblasts|governorates)\b",
    re.I,
)


#: "the Sahel region of Burkina Faso": a country named after the region's kind word.
_OF_A_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?$")


def _countrys_own_region(art: Document, m: Mention, lo: int) -> Place | None:
    """ "Burkina Faso's Sahel region", "the Sahel region of Burkina Faso": an area of several countries
    told with a region's kind word as one country's is that country's province of the name, written as
    the text writes it (its kind word too)."""
    end = m.end
    kind = art.tokens[m.last - 1].norm if m.last - 1 > m.first else ""
    if kind not in _ADMIN and m.last < len(art.tokens) and art.tokens[m.last].norm in _ADMIN:
        kind, end = art.tokens[m.last].norm, art.tokens[m.last].end
    if kind not in _ADMIN:
        return None
    country = None
    if art.text[m.start - 3 : m.start] in ("'s ", "’s "):
        # (a country's mention holds its possessive)
        before = [b for b in art.mentions_in(max(lo, m.start - 40), m.start) if m.start - 3 <= b.end < m.start]
        country = before[-1].of("country") if before else None
    if country is None:
        after = art.mentions_in(end, end + 40)
        if after and _OF_A_COUNTRY.match(art.text[end : after[0].start]) and after[0].of("country") is not None:
            country = after[0].of("country")
    if country is None:
        return None
    _, role = _role(art, m.start, lo)
    return Place(art.text[m.start : end], country.name, None, None, RANK["region"], m.start, end, role)


#: "fired from", "launched from": what is named next is where the weapon set out from.
_FIRED_FROM = re.compile(r"\b(?:fired|launched|shot|flown)\s+from\s+(?:the\s+)?$", re.I)


def _fired_from_land_named(art: Document, pos: int, lo: int) -> bool:
    """The name at ``pos`` follows "in" right after "fired from X" or "launched from X", where X is a named
    country or place: a sea told then is no spot of that land's (a named land needs no locating by a
    sea), so it is where the weapon went, unlike "fired from a boat in the Azure Sea"."""
    before = art.words_before(pos, 2)
    if before[-1:] != ["in"] and before != ["in", "the"]:
        return False
    i = art.token_index(pos) - len(before)  # the token "in"
    if i <= 0:
        return False
    inn = art.tokens[i]
    origin = [
        m
        for m in art.mentions_in(max(lo, inn.start - 60), inn.start)
        if (m.of("country") or m.of("place")) and not art.text[m.end : inn.start].strip()
    ]
    if not origin:
        return False
    head = art.text[max(lo, origin[-1].start - 40) : origin[-1].start]
    return _FIRED_FROM.search(head) is not None


#: "near Qasr in Ruritania", "the Qasr oilfield in Ruritania": the name, or the works or town it names,
#: told right before the country it lies in.
_IN_A_COUNTRY = re.compile(r"(?P<kind>(?:\s+[a-z]+){0,2}?)\s+in\s+(?:the\s+)?")
#: What may qualify a site's kind word between a name and "in <country>": "the X air base in Russia's Y region".
_SITE_QUALIFIER = words("air naval military army oil gas power")
#: ... or the camp it names ("the X camp in Iraq's Anbar province"), a militia's or the displaced's.
_CAMPS = words("camp camps")


def _province_of_told(art: Document, m: Mention, told: str) -> Entry | None:
    """The province of country ``told`` named right after its possessive, after the name ``m`` ("the X camp in
    Iraq's Anbar province"), if any."""
    after = art.mentions_in(m.end, m.end + 60)
    for a, b in pairwise(after):
        c = a.of("country")
        if c is not None and c.name == told:
            e = b.of("place")
            ok = POSSESSIVE.search(art.text, a.start, a.end) and b.start == a.end + 1
            return e if ok and e is not None and e.country == told and e.lat is not None and e.sub == "region" else None
    return None


def _country_told_after(art: Document, m: Mention) -> str | None:
    """The country a name is placed in by apposition ("Dar as Salam, Somalia, on Monday"), if any:
    not a list ("Gaza, Lebanon, Yemen") nor a new clause ("Baghdad, US officials said"); or told as in it
    ("near Qasr in Ruritania"), as a place of two countries' names is told apart."""
    inn = _IN_A_COUNTRY.match(art.text, m.end)
    kind = inn.group("kind").split() if inn is not None else []
    if inn is not None and all(
        w in _TERRITORY or w in KIND_OF or w in _FACILITY_LOWER or w in _CAMPS or (w in _SITE_QUALIFIER and k < len(kind) - 1)
        for k, w in enumerate(kind)
    ):
        nxt = art.mentions_in(inn.end(), inn.end() + 40)
        if nxt and nxt[0].start == inn.end() and nxt[0].of("country") is not None:
            return nxt[0].of("country").name
    if art.text[m.end : m.end + 1] != ",":
        return None
    nxt = art.mentions_in(m.end + 1, m.end + 40)
    if not nxt or art.text[m.end + 1 : nxt[0].start].strip():
        return None
    country = nxt[0].of("country")
    if country is None or not _APPOSITION_ENDS.match(art.text, nxt[0].end):
        return None
    more = art.mentions_in(nxt[0].end + 1, nxt[0].end + 40)
    if (
        art.text[nxt[0].end : nxt[0].end + 1] == ","
        and more
        and not art.text[nxt[0].end + 1 : more[0].start].strip()
    ):
        return None  # "X, Lebanon, Yemen": a list of places
    return country.name


def _region_told_after(art: Document, m: Mention) -> str | None:
    """The country of a listed region a town is told as in ("the settlement of X in the occupied West Bank"),
    where it differs from the world list's: the region's country is where the event happened, at the town's
    own point (a world list may file a town under the state that holds the ground)."""
    inn = _IN_A_COUNTRY.match(art.text, m.end)
    if inn is None or inn.group("kind").strip():
        return None
    nxt = art.mentions_in(inn.end(), inn.end() + 40)
    region = nxt[0].of("place") if nxt and nxt[0].start == inn.end() else None
    if region is None or region.sub != "region" or not region.country:
        return None
    return region.country


def _apposed_to_a_spot(art: Document, m: Mention, lo: int) -> bool:
    """A country told in apposition to a name the gazetteer lacks, after a locative word ("in Ngouboua, Chad,
    on Sunday"): it places that name as "in Ngouboua in Chad" would; not a list ("in Gaza, Lebanon, Yemen")."""
    i = m.first
    if i < 2 or art.text[art.tokens[i - 1].end : m.start] != ", ":
        return False
    prev = art.tokens[i - 1]
    if not prev.text[:1].isupper() or prev.norm in _DATE_WORDS or prev.start < lo:
        return False
    if art.mentions_in(prev.start, prev.end):
        return False  # "in Bamako, Mali", "in Iraq, Syria, ...": a known name places itself, or a list
    if not _APPOSITION_ENDS.match(art.text, m.end):
        return False
    more = art.mentions_in(m.end + 1, m.end + 40)
    if art.text[m.end : m.end + 1] == "," and more and not art.text[m.end + 1 : more[0].start].strip():
        return False  # "X, Lebanon, Yemen": a list of places
    return _role(art, prev.start, lo)[0]


#: What follows "<place>, <country>" when the country places the name: a stop, or the sentence going on.
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;:)]|\s(?:on|in|at|near|after|before|when|where|late|early|last)\b)")


def _capital(art: Document, m: Mention, lo: int) -> Place | None:
    """ "in Mali's capital", "the Malian capital", "the capital of Mali": the capital city itself."""
    country = m.of("country") or m.of("demonym")
    if country is None:
        return None
    after = _CAPITAL_AFTER.match(art.text, m.end)
    before = None if after else _CAPITAL_BEFORE.search(art.text, max(lo, m.start - 30), m.start)
    if after is None and before is None:
        return None
    city = art.lexicon.capital_city(country.name)
    if city is None:
        return None
    start = m.start if after else before.start()
    _, role = _role(art, start, lo)
    # An empty span: the place is written by its name ("Bamako"), not as "Mali's capital".
    return Place(city.name, country.name, city.lat, city.lon, 4, start, start, role)


@_per_article
def home_countries(art: Document) -> dict[str, int]:
    """How strongly an article is about each country: its dateline, and every country named."""
    weights: dict[str, int] = {}
    for m in art.mentions:
        if _shared_name(m):
            continue  # "Sur" is a town of Lebanon's and of Oman's: the story's other names decide which
        for e in m.entries:
            if e.kind in ("country", "demonym", "capital") or (e.kind == "place" and not e.locative_only):
                # The dateline says where the reporter is, the strongest hint for a bare name.
                gain = 5 if art.in_dateline(m.start) else 1
                if e.country:
                    weights[e.country] = weights.get(e.country, 0) + gain
                break
    return weights


def _shared_name(m: Mention) -> bool:
    """A name of places in more than one country, none of them a country itself ("Sur", "the Euphrates")."""
    countries = {e.country for e in m.entries if e.kind == "place" and not e.locative_only}
    return len(countries) > 1 and all(e.kind == "place" for e in m.entries)


def home_country(art: Document) -> str | None:
    """The country an article is plainly about: its dateline and names weigh at least twice any other's."""
    ranked = sorted(home_countries(art).items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


@_per_article
def named_home(art: Document) -> str | None:
    """The country an article is plainly about, when its text names it at least twice (a dateline
    alone says where the reporter is: "BERLIN -- NATO plans a force" places nothing in Germany)."""
    home = home_country(art)
    if home is None:
        return None
    named = sum(1 for m in art.mentions if not art.in_dateline(m.start) and any(e.country == home for e in m.entries))
    return home if named >= 2 else None


#: "KORVETO, Syria --", "KYIV, March 3 (Wire) -", "BAGHDAD (AP) —": a dateline's town in capitals, then
#: what follows it up to the outlet or the dash (a country, a date). "LONDON/CAIRO" names no one town.
_DATELINE_TOWN = re.compile(
    # the town in capitals, or in lower case ("Srinagar, May 11 —": document._TITLED_DATELINE)
    rf"\s*(?P<t>{DATELINE_WORD}(?:\s{DATELINE_WORD}){{0,2}}|{TITLED_TOWN})(?P<rest>(?:,\s*[\w .'’-]{{2,30}}?)*)\s*(?:\(|[-—–:])"
)


def dateline_town(art: Document) -> Place | None:
    """The town a dateline files from: the reporter is there, so an event its own sentence places
    only in that town's country happened there ("KORVETO, Syria -- Gunmen attacked ... in Syria")."""
    for a, b in art.datelines:
        m = _DATELINE_TOWN.match(art.text, a, b + 2)
        if m is None:
            continue
        # "KORVETO, Syria": the country named after the town; "KYIV, March 3": none (a date)
        named = [
            e.name
            for part in m.group("rest").split(",")
            for k in art.lexicon.find(tokens(part), part)
            for e in k.entries
            if e.kind == "country"
        ]
        town = art.text[m.start("t") : m.end("t")]
        known = [e for k in art.mentions if k.start == m.start("t") for e in k.entries]
        capital = next(
            (e for e in known if e.kind == "capital" and (not named or e.country == named[0])), None
        )
        if capital is not None and capital.country:
            # "KYIV (Wire) -": a capital's name stands for its city
            city = art.lexicon.capital_city(capital.country)
            if city is not None:
                return Place(city.name, capital.country, city.lat, city.lon, 4, a, a, "loc")
            return None
        if any(e.kind in ("country", "demonym") for e in known):
            return None
        # "ERBIL (Wire) –": a town the dateline does not follow with its country is the one of the
        # country the article is about, or the only one of its name
        home = named[0] if named else home_country(art)
        towns = [e for e in known if e.kind == "place" and e.country]
        place = next((e for e in towns if e.country == home), None)
        if place is None and not named and len({e.country for e in towns}) == 1:
            place = towns[0]
        # An empty span: the place is written by its dateline, not in the event's words.
        if place is not None:
            return Place(place.name, place.country, place.lat, place.lon, RANK.get(place.sub, 3), a, a, "loc")
        if named:
            return Place(town.title(), named[0], None, None, 4, a, a, "loc")
        return None
    return None


#: A live entry's dateline right after its clock ("08:15 GMT - KYIV - ", "08:15 GMT - Kyiv, Ukraine - "): a town, then a dash.
_ENTRY_DATELINE = re.compile(rf"(?P<t>{DATELINE_WORD}(?:\s{DATELINE_WORD}){{0,2}}|{TITLED_TOWN})(?:,\s*[A-Z][\w'’ .-]*?)?\s*[-—–]+\s")


def entry_filed_from(art: Document, place: Place) -> bool:
    """The place is the town a live entry's dateline names after its clock ("08:15 GMT - KYIV - Russia ..."):
    where the reporter files the entry from (document.py reads no dateline past a page's opening)."""
    s_start = art.sentences[art.sentence_index(place.start)].start
    stamp = CLOCK_STAMP.match(art.text, s_start, place.start)
    m = _ENTRY_DATELINE.match(art.text, stamp.end(), place.end + 40) if stamp is not None else None
    return m is not None and m.start("t") == place.start


def aimed_at(art: Document, place: Place) -> bool:
    """The country is named as the target of the whole event: "fired missiles at Israel", "an attack on Ukraine"."""
    return art.words_before(place.start, 1) in (["at"], ["on"], ["against"], ["toward"], ["towards"])


#: Words before a country that tell its sky or a part of it: "intercepted over Israel", "in central Israel".
_SKY_OR_PART = words("over above") | QUARTERS


def somewhere_in(art: Document, place: Place) -> bool:
    """The country is named as where the event was, "in Iraq", without a part ("in southern Iraq")."""
    return art.words_before(place.start, 1) in (["in"], ["inside"])


def over_or_a_part(art: Document, place: Place) -> bool:
    """The country is named as the sky the event was in ("shot down over Israel") or by a part ("over central
    Israel"): the writer told where it was, and the town a dateline files from is no closer."""
    return any(w in _SKY_OR_PART for w in art.words_before(place.start, 1))


def filed_from_capital(art: Document) -> str | None:
    """The country whose capital the story is filed from ("LONDON (Wire) -": Britain's): where a state's body
    named by no state ("the Ministry of Defence", "the army") sits; None for a dateline of any other town."""
    town = dateline_town(art)
    if town is None or town.country is None:
        return None
    capital = art.lexicon.capital_city(town.country)
    return town.country if capital is not None and capital.name == town.name else None


def _bare_capital(art: Document, a: int, b: int) -> list[Place]:
    """ "a car bomb at a cafe in the capital": unnamed, the capital is that of the country the article
    is about (a capital followed by its name or "of X" is found by name)."""
    out = []
    for t in art.tokens_in(a, b):
        if t.norm != "capital":
            continue
        before = art.words_before(t.start, 3)
        if before[-1:] == ["the"]:
            opener = before[-2:-1]
        elif before[-2:-1] == ["the"] and before[-1] in ("country's", "country’s", "nation's", "nation’s"):
            opener = before[-3:-2]
        else:
            continue
        i = art.token_index(t.end)
        nxt = art.tokens[i] if i < len(art.tokens) else None
        if nxt is not None and nxt.norm == "city":
            # ("in the capital city, killing ...": the capital still; "the capital city of X", "the capital city
            # Y" name one)
            nxt = art.tokens[i + 1] if i + 1 < len(art.tokens) else None
        if (
            not opener
            or opener[0] not in LOCATIVE
            or (nxt is not None and (nxt.norm == "of" or nxt.text[:1].isupper()))
        ):
            continue
        home = home_country(art)
        city = art.lexicon.capital_city(home) if home else None
        if city is None:
            continue
        _, role = _role(art, t.start, a)
        # An empty span: the place is written by its name, not as "the capital".
        out.append(Place(city.name, home, city.lat, city.lon, 4, t.start, t.start, role))
    return out


#: "the village endured a double assault": a settlement named before, referred to by its kind.
_THE_SETTLEMENT = re.compile(r"\bthe\s+(?P<k>village|town|hamlet|city|camp)\b(?!\s+(?:of|[A-Z]))")
#: How many sentences back "the village" looks for the settlement it names again.
_SETTLEMENT_REACH = 8


#: "the city" told as what holds a spot: "on the edge of the city", "in the town", "the city's".
_HOLDING_SETTLEMENT = re.compile(r"\b(?:of|in|inside|within)\s+the\s+(?:city|town|village)\b(?!\s+(?:of|[A-Z]))|\bthe\s+(?:city|town|village)['’]s\s")


#: ... told as the owner right before the spot: "in the town's X area".
_SETTLEMENTS_OWN = re.compile(rf"\bthe\s+(?:city|town|village)['’]s\s+(?:{_SIDE}\s+)?(?=[A-Z])")


def _spots_unplaced(art: Document, out: list[Place], a: int, b: int) -> bool:
    """Only spots no gazetteer knows are named, right before "the city" told as holding them ("the X area on
    the western edge of the city"; not "30 km from the city"): the town named before places them (best_place)."""
    spots = [p for p in out if p.role == "loc" and p.rank >= RANK["city"] and p.lat is None and p.within is None]
    if not spots or any(p.rank >= RANK["region"] and (p.lat is not None or p.within is not None) for p in out):
        return False
    m = _HOLDING_SETTLEMENT.search(art.text, spots[0].end, b)
    if m is None or m.start() - spots[0].end >= 60 or _DISTANCE.search(art.text, spots[0].end, m.start()):
        # ("in the town's X area": the holder told as the spot's owner, right before it)
        own = _SETTLEMENTS_OWN.search(art.text, max(a, spots[0].start - 32), spots[0].start + 1)
        return own is not None and own.end() == spots[0].start
    return True


def _settlement_named_before(art: Document, a: int, b: int) -> list[Place]:
    m = _THE_SETTLEMENT.search(art.text, a, b)
    if m is None:
        return []
    # the last town or village named before, by the gazetteer or as written ("X, a village in Y")
    found = _named_before(art, a, m.start(), lambda p: p.role == "loc" and _of_kind(art, p, m.group("k")))
    if found or m.group("k") not in ("city", "town") or not art.datelines:
        return found
    return _dateline_town_again(art, a, m.start())


def _dateline_town_again(art: Document, a: int, at: int) -> list[Place]:
    """ "KHARTOUM (Wire) - The war entered its third year. A drone struck a depot in the city": "the city" with
    no town named before it is the town the dateline files from, when nothing but that town's country is
    named between them (a region or another country's name may hold the city meant) and the dateline lies
    within the reach "the village" looks back (_SETTLEMENT_REACH)."""
    town = dateline_town(art)
    if town is None or town.lat is None or town.rank < RANK["city"] or town.start >= at:
        return []
    if art.sentence_index(at) - art.sentence_index(town.start) > _SETTLEMENT_REACH:
        return []
    lo = next(b for x, b in art.datelines if x == town.start)
    if any(p.rank > 1 or p.country != town.country for p in places_in(art, lo, at, back=False)):
        return []
    _, role = _role(art, at, a)
    # An empty span: the place is written by its dateline, not as "the city".
    return [replace(town, start=at, end=at, role=role)]


def _named_before(art: Document, a: int, at: int, fits: Callable[[Place], bool]) -> list[Place]:
    """The last place that ``fits``, named in this sentence before ``at`` ("the village", "the shrine") or in the
    few sentences before it, nearest first: the place it names again, placed at ``at``."""
    i = art.sentence_index(a)
    spans = [(art.sentences[i].start, at)]
    spans += [(s.start, s.end) for s in reversed(art.sentences[max(0, i - _SETTLEMENT_REACH) : i])]
    for lo, hi in spans:
        named = [p for p in places_in(art, lo, hi, back=False) if fits(p)]
        if named:
            p = named[-1]
            _, role = _role(art, at, a)
            # (a place told within a town keeps its own name: "the X camp near Y" named again is the X camp)
            name = p.name if p.lat is not None or p.within is not None else art.text[p.start : p.end]
            # An empty span: the place is written by its name, not as "the village".
            return [replace(p, name=name, start=at, end=at, role=role)]
    return []


#: Kinds of site every reader of sites knows, singular as written (and as a document's lemmas have them): the
#: one table of them. places._THE_SITE, linking._THE_SITE and incidents._SITE_HEADS each read it, with the further
#: kinds their own use wants beside it (one table of all of them, read alike by the three, hit more wrong events).
SITE_KINDS = words("airport church compound consulate embassy hospital hotel market mosque prison school shrine university")


#: "the shrine", "the main airport", "the bridge": a site named again by its kind, with up to two lower-case words
#: between ("the old shrine"); not "the hospital of X" or "the airport Y", which name a site of their own.
#: (the kinds every reader knows, and works and grounds a story names by their kind)
_THE_SITE_KINDS = SITE_KINDS | words("airbase bridge dam mausoleum port refinery stadium")
_THE_SITE = re.compile(
    rf"\bthe\s+(?:(?-i:[a-z])[\w-]*\s+){{0,2}}?(?P<k>{'|'.join(longest_first(_THE_SITE_KINDS))})\b(?!\s+(?:of\b|(?-i:[A-Z])))",
    re.I,
)


def _site_named_before(art: Document, a: int, b: int) -> list[Place]:
    """ "Gunmen stormed the Al-Noor shrine ... On May 3 a bomb at the old shrine wounded nine": "the shrine" is the
    site of that kind the text named last, in this sentence before it or in the few sentences before (as "the
    village" is the settlement named last: _settlement_named_before), so the event told there is placed."""
    m = _THE_SITE.search(art.text, a, b)
    if m is None:
        return []
    head = m.group("k").lower()
    # a spot named with the kind word in or right after its name ("the Al-Noor shrine", "Xtown airport")
    # (the kind word in the name or right after it: "the X mosque inside the camp" is no camp)
    return _named_before(art, a, m.start(), lambda p: p.rank >= 3 and of_the_kind(art, p, head))


def of_the_kind(art: Document, p: Place, head: str) -> bool:
    """A site named with its kind word in its name or right after it ("the X shrine", "Xtown airport")."""
    return head in art.text[p.start : p.end].lower() or bool(re.match(rf"[\s-]+{head}\b", art.text[p.end : p.end + 16], re.I))


_POINTS = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?"
#: A part of a country told by its quarter and "the country" ("raided a farm in the far west of the nation",
#: "the country's north"), or by the quarter alone ("a market in the southwest"): the country named last.
#: A word in lower case telling what a quarter is like: "the restive north-east", "the country's oil-rich south".
_TOLD_LIKE = r"(?:(?-i:[a-z][a-z-]+)\s+)"
_COUNTRY_PART = re.compile(
    rf"\b(?:in|across|throughout)\s+(?P<p>the\s+(?:far\s+)?{_POINTS}\s+of\s+the\s+(?:country|nation)"
    rf"|the\s+(?:country|nation)[’']s\s+(?:far\s+)?{_TOLD_LIKE}{{0,2}}{_POINTS}(?:ern)?(?:\s+(?:parts?|regions?))?"
    # (the quarter alone in lower case: "the West", "the Far East" name parts of the world)
    rf"|the\s+(?:far\s+)?{_TOLD_LIKE}?(?-i:{_POINTS})\b(?!\s+of\b|\s+(?-i:[A-Z])|[’']s|-))",
    re.I,
)
#: How many sentences back a country's part looks for the country it lies in.
_COUNTRY_PART_REACH = 3


def country_part(art: Document, a: int, b: int) -> list[Place]:
    """ "Bandits roam much of Ruritania ... they burned a church in the southeast": a quarter of "the
    country" with no name is a part of the country of the scene named last (in this sentence before it or in
    the few before: a scene's place, not a speaker's nor a party's), written as the text writes it."""
    m = _COUNTRY_PART.search(art.text, a, b)
    if m is None:
        return []
    name = _scene_country(art, _spans_back(art, a, m.start("p")))
    # (with no scene named near, the country the article is plainly about, else that of the scene told last
    # further back, else the one the reporter files from: "BEIRUT - ... strikes on villages in the south")
    i = art.sentence_index(a)
    earlier = [(s.start, s.end) for s in reversed(art.sentences[: max(0, i - _COUNTRY_PART_REACH)])]
    name = name or home_country(art) or _scene_country(art, earlier) or getattr(dateline_town(art), "country", None)
    return _told_part(art, m, name, a)


def _scene_country(art: Document, spans: list[tuple[int, int]]) -> str | None:
    """The country of the last scene named in the first of ``spans`` that names one (not a speaker's
    nor a party's place)."""
    for lo, hi in spans:
        named = [p for p in places_in(art, lo, hi, back=False) if p.role == "loc" and p.country]
        if named:
            return named[-1].country
    return None


#: A border told by no country's name ("along the border", "on their shared border", "near the border with X"),
#: or by the name of its line ("along the Durand Line": the border of two countries, no gazetteer spot).
_THE_BORDER = re.compile(
    r"\b(?:along|on|at|near|across|over)\s+(?:the\s+(?=(?-i:Durand)\s))?"
    r"(?P<p>(?-i:Durand)\s+(?-i:Line)\b|(?:the|their)\s+(?:(?:shared|common|disputed|[\w-]+-(?:km|mile))\s+)?"
    r"(?:\([^)]{0,30}\)\s+)?(?:land\s+)?(?:border|frontier)(?:\s+with\s+(?P<w>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?))?)"
    r"(?!\s+(?:town|city|village|crossing|area|region|province|district|post|guards?|police)\b)",
    re.I,
)


def border_told(art: Document, a: int, b: int) -> list[Place]:
    """ "a mine blast along the border wounded five soldiers", "soldiers killed near the border with X": a border
    no name places, written as the text writes it, on the side of the country named last before it in the
    few sentences before (a country told after "with" is the other side), else the story's own country."""
    m = _THE_BORDER.search(art.text, a, b)
    if m is None:
        return []
    other = m.group("w")
    name = None
    for lo, hi in _spans_back(art, a, m.start("p")):
        named = [
            e.country
            for mm in art.mentions_in(lo, hi)
            for e in mm.entries[:1]
            if e.kind in ("country", "demonym", "place") and e.country and e.country != other
            # (not where a weapon came from: "a drone launched from X was downed near the border" fell on
            # the other side)
            and art.words_before(mm.start, 1) != ["from"]
        ]
        if named:
            name = named[-1]
            break
    home = home_country(art)
    if name is None and home != other:
        name = home
    return _told_part(art, m, name, a)


def _spans_back(art: Document, a: int, at: int) -> list[tuple[int, int]]:
    """Where a part told at ``at`` looks for its country, nearest first: its sentence before it, then the
    few sentences before."""
    i = art.sentence_index(a)
    spans = [(art.sentences[i].start, at)]
    spans += [(s.start, s.end) for s in reversed(art.sentences[max(0, i - _COUNTRY_PART_REACH) : i])]
    return spans


def _told_part(art: Document, m: re.Match[str], name: str | None, a: int) -> list[Place]:
    """The part matched as group "p", written as the text writes it, at the point of country ``name``."""
    country = art.lexicon.countries.get(name or "")
    if country is None:
        return []
    _, role = _role(art, m.start("p"), a)
    at = _quarter_region(art, m.group("p"), country.name) or country
    return [Place(m.group("p"), country.name, at.lat, at.lon, 1, m.start("p"), m.end("p"), role)]


_QUARTER = re.compile(rf"\b{_POINTS}", re.I)


def _quarter_region(art: Document, part: str, country: str) -> Entry | None:
    """The gazetteer's region a country's quarter names ("the north-east" of Nigeria: "North-east Nigeria"),
    read as the gazetteer's own names for it are written ("north-east Nigeria"), so the map draws it there."""
    q = _QUARTER.search(part)
    if q is None:
        return None
    for name in (f"{q.group().lower()} {country}", f"{q.group().lower()}ern {country}"):  # ("southern Lebanon")
        found = art.lexicon.find(tokens(name), name)
        region = next(
            (e for k in found if k.start == 0 and k.end == len(name) for e in k.entries if e.sub == "region" and e.country == country and e.lat is not None),
            None,
        )
        if region is not None:
            return region
    return None


_SETTLEMENT_WORD = re.compile(r"\b(?:village|town|hamlet)\b", re.I)
#: Kinds of area a name may end with that hold settlements rather than being one.
_AREA_WORDS = words("township district county province region state governorate municipality commune tehsil")
_CAMP_WORD = re.compile(r"\bcamps?\b", re.I)
#: A preposition that ties one place to another: "inside the camp", "near the camp".
_PLACE_LINK = re.compile(r"\b(?:in|inside|near|at|outside|by|beside|behind|from|to|into|within)\b", re.I)


def _of_kind(art: Document, p: Place, kind: str) -> bool:
    """A place "the <kind>" can name again: a camp for "the camp", a city for "the city" (so the
    gazetteer says, or the words around the name), a town or village for the others."""
    if kind == "camp":
        # (a camp word after the name past a preposition is another place: "the X mosque inside the camp")
        return any(
            m.start() < p.end or not _PLACE_LINK.search(art.text, p.end, m.start())
            for m in _CAMP_WORD.finditer(art.text, max(0, p.start - 16), min(len(art.text), p.end + 16))
        )
    if kind == "city":
        if p.lat is not None:
            # (the name's own head: "villages near X" names no city, whatever city X is)
            return p.rank < 5 and any(
                e.sub == "city" or e.kind == "capital"
                for m in art.mentions_in(p.start, p.end)
                if m.start == p.start
                for e in m.entries
            )
        return p.rank < 5 and bool(re.search(r"\bcity\b", art.text[max(0, p.start - 16) : p.end + 16], re.I))
    return _settlement(art, p)


def _settlement(art: Document, p: Place) -> bool:
    """A town or village: so the gazetteer says, or the words around the name ("the village of X",
    "X, a village in Y")."""
    if p.lat is not None:
        return (
            any(
                e.sub in ("village", "city")
                for m in art.mentions_in(p.start, p.end)
                for e in m.entries
                if e.kind == "place"
            )
            and p.rank < 5
        )
    last = p.name.split()[-1].lower()
    if last in _AREA_WORDS:
        return False  # "X village in Y Township": the word beside Y is X's, Y is a township
    return p.rank < 5 and bool(
        _SETTLEMENT_WORD.search(art.text, max(0, p.start - 16), min(len(art.text), p.end + 16))
    )


def _foreign(art: Document, p: Place) -> bool:
    """A world-list town in a country the article never names (:func:`story_homes`)."""
    if p.lat is None or p.rank < 3 or story_homes(art).get(p.country or ""):
        return False
    return any(
        e.kind == "place" and e.locative_only for m in art.mentions_in(p.start, p.end) for e in m.entries
    )


#: How far from the capital of every country a story names a world-list village of another country
#: lies, to be no place of the story (kilometres): a village across a named country's border is near.
_STRAY_REACH = 1200
#: The same for a world-list town, known farther afield than a village ("Turkish drones struck near Tripoli":
#: Libya's, some 2,000 km from Ankara, is the scene).
_STRAY_TOWN_REACH = 3000


def _stray_village(art: Document, p: Place) -> bool:
    """A world-list village alone of its name, in a country the article never names, far from every
    country it names ("Israeli troops raided Karameh": not the Iranian village spelt so): a name as
    written. So a town alone of its name, the farther (:data:`_STRAY_TOWN_REACH`), where no sentence
    naming it names a named country's forces, which strike far from home ("in Tirah" in a story of
    Pakistan: not Israel's Tira; "Palma" in a story of Mozambique: not Spain's). A country named only
    within quoted words ('a leader said the foe is "led by Iran's axis"') is a speaker's, no place of
    the story."""
    homes = story_homes(art)
    if not homes or not _foreign(art, p):
        return False
    entries = [e for m in art.mentions_in(p.start, p.end) for e in m.entries if e.kind == "place"]
    village = all(e.sub == "village" for e in entries)
    if not village and (len(entries) != 1 or _striker_told_with(art, p, homes)):
        return False
    reach = _STRAY_REACH if village else _STRAY_TOWN_REACH
    for country in homes:
        km = _km_from_seat(art, p, country)
        if km is None or km < reach:
            return False
    return True


def _striker_told_with(art: Document, p: Place, countries: dict[str, int]) -> bool:
    """The sentence naming a place names one of the countries as a striker or a force: its forces, or its
    name or adjective right before an event word, a weapon or a troop noun ("a US airstrike", "Turkish
    drones", "Pakistani soldiers"), not as a land ("in northwest Pakistan", "Mozambique has fought")."""
    sent = art.sentences[art.sentence_index(p.start)]
    for m in art.mentions_in(sent.start, sent.end):
        own = [e for e in m.entries if e.country in countries and e.kind in ("country", "demonym", "actor")]
        if not own:
            continue
        if any(e.kind == "actor" and e.sub == "force" for e in own) and not any(e.kind == "country" for e in own):
            return True
        after = art.tokens_in(m.end, min(sent.end, m.end + 30))
        if not after:
            continue
        nxt = after[0]
        if (
            art.triggers_in(nxt.start, nxt.end)
            or nxt.norm in PERSONNEL
            or nxt.norm in BODIES
            or any(e.kind == "weapon" for w in art.mentions_in(nxt.start, nxt.end) for e in w.entries)
        ):
            return True
    return False


def _km_from_seat(art: Document, p: Place, country: str, *, centre: bool = True) -> float | None:
    """How far a placed town lies from a country's capital (or, with ``centre``, from the country's own
    point when no capital is known); None when there is no point to measure from."""
    seat = art.lexicon.capital_city(country) or (art.lexicon.countries.get(country) if centre else None)
    if seat is None or seat.lat is None or seat.lon is None:
        return None
    return distance_km(p, Place(seat.name, country, seat.lat, seat.lon, 0, 0, 0, "ref"))


def _near_one_of(art: Document, p: Place, countries: list[str]) -> bool:
    """A placed town within reach of the seat of one of the countries."""
    return any((km := _km_from_seat(art, p, country)) is not None and km < _STRAY_REACH for country in countries)


#: How far from the seat of every country the story names, and of every armed group it names, a
#: world-list town of another country lies, to be no place of the story (kilometres): groups fight at
#: home or across a border, seldom half a world away.
_FAR_REACH = 4000


def _stray_town(art: Document, p: Place) -> bool:
    """A world-list town of a country the article never names, half a world away from every country it
    names and from the home of every armed group it names ("the New People's Army ambushed soldiers in
    Samar": the Philippine island, not the Ukrainian town the list holds): a name as written. Only where
    an armed group tells whose war it is: a state's forces strike far from home."""
    if not _foreign(art, p):
        return False
    groups = _group_countries(art)
    if not groups:
        return False
    for country in set(story_homes(art)) | groups:
        seat = art.lexicon.capital_city(country) or art.lexicon.countries.get(country)
        if seat is None or seat.lat is None or seat.lon is None:
            return False
        if distance_km(p, Place(seat.name, country, seat.lat, seat.lon, 0, 0, 0, "ref")) < _FAR_REACH:
            return False
    return True


def _in_the_groups_land(art: Document, p: Place) -> Place:
    """A stray town (:func:`_stray_town`) where the story names no country but the armed groups' one
    home: that country's spot the list lacks, written as the text writes it (no coordinates); else a
    name as written."""
    countries = set(story_homes(art)) | _group_countries(art)
    if len(countries) != 1:
        return _demoted(art, p)
    return Place(art.text[p.start : p.end], countries.pop(), None, None, p.rank, p.start, p.end, p.role)


def _forces_told_with(art: Document, p: Place, country: str) -> bool:
    """The sentence naming a place names the state forces of a country as well ("Ukrainian drones",
    "Ukraine's army")."""
    sent = art.sentences[art.sentence_index(p.start)]
    return any(
        e.country == country and (e.kind == "demonym" or (e.kind == "actor" and e.sub == "force"))
        for m in art.mentions_in(sent.start, sent.end)
        for e in m.entries
    )


@_per_article
def _group_countries(art: Document) -> set[str]:
    """The home countries of the armed groups (not states' forces) an article names."""
    return {
        a.country for m in art.mentions if (a := m.of("actor")) is not None and a.country and a.sub == "armed_group"
    }


@_per_article
def story_homes(art: Document) -> dict[str, int]:
    """:func:`home_countries` but those named only within quoted words ('a leader said the foe is
    "led by Iran's axis"'): a speaker's words name no place of the story."""
    return {c: n for c, n in home_countries(art).items() if not _quoted_only(art, c)}


def _quoted_only(art: Document, country: str) -> bool:
    """Every mention of the country lies within quotation marks opened in its own sentence."""
    found = False
    for m in art.mentions:
        if any(e.kind in ("country", "demonym", "capital") and e.country == country for e in m.entries):
            if art.in_dateline(m.start) or not in_quote(art.text, art.sentences[art.sentence_index(m.start)].start, m.start):
                return False
            found = True
    return found


#: The rank of a world-list town read only as written, set aside as too far from the story's countries.
SET_ASIDE_RANK = 2.5


def _demoted(art: Document, p: Place) -> Place:
    return Place(art.text[p.start : p.end], None, None, None, SET_ASIDE_RANK, p.start, p.end, p.role)


def pick_place(art: Document, m: Mention) -> Entry | None:
    """The place a name stands for; of several of that name, the one in the article's countries."""
    places = [e for e in m.entries if e.kind == "place"]
    if len(places) < 2:
        return places[0] if places else None
    weights = home_countries(art)
    parties = _party_countries(art)
    # max() keeps the first of equals: the bundled place, else the most populous. Of places in countries
    # named alike, the one in the home country of the armed groups and forces the article names
    # ("the Houthis downed a drone over al-Bayda": Yemen's town, not Libya's).
    # Of places in countries neither named nor a party's, the one beside a country the article names or
    # whose forces it names ("Syrian troops attacked rebels in Tripoli": Lebanon's, by the border, not
    # Libya's).
    told = _country_told_after(art, m)
    if told is not None and (here := [e for e in places if e.country == told]):
        # "the Millerovo air base in Russia's Rostov region": the text's country picks its namesake, over
        # the countries the story (its dateline) names most
        return here[0]
    if all(e.sub == "water" for e in places):
        return _river_of(places, {c: weights.get(c, 0) + parties.get(c, 0) for c in {*weights, *parties}})
    return max(
        places,
        key=lambda e: (weights.get(e.country or "", 0), parties.get(e.country or "", 0), _beside(art, e, {**weights, **parties})),
    )


def _river_of(places: list[Entry], weights: dict[str, int]) -> Entry | None:
    """The stretch of a river of several countries ("the Euphrates") in the country the story is plainly
    about, its names and parties weighing at least twice any other's; none where the story is of both
    (attacks in Syria told with Iraq's militias): the rest of its sentence places the event."""
    ranked = sorted(places, key=lambda e: -weights.get(e.country or "", 0))
    top, second = (weights.get(e.country or "", 0) for e in ranked[:2])
    return ranked[0] if top > 0 and top >= 2 * second else None


#: How far from the seat of a country an article names a namesake town lies, to be beside it (kilometres).
_BESIDE_REACH = 500


def _beside(art: Document, e: Entry, weights: dict[str, int]) -> bool:
    """A place within reach of the seat of one of the countries weighed."""
    if e.lat is None or e.lon is None:
        return False
    town = Place(e.name, e.country, e.lat, e.lon, 0, 0, 0, "ref")
    return any(
        (km := _km_from_seat(art, town, country, centre=False)) is not None and km < _BESIDE_REACH for country in weights
    )


@_per_article
def _party_countries(art: Document) -> dict[str, int]:
    """How often the article names an armed group or force of each country."""
    out: dict[str, int] = {}
    for m in art.mentions:
        actor = m.of("actor")
        if actor is not None and actor.country and actor.sub in ("armed_group", "force"):
            out[actor.country] = out.get(actor.country, 0) + 1
    return out


#: Capitalised words that may stand before a place's name without being part of another name.
_BEFORE_A_NAME = words("""northern southern eastern western central north south east west greater upper lower
    old downtown outer inner occupied""") | {w.lower() for w in _NOT_PLACE} | words(
    # a headline in title case capitalises its prepositions: "Strike Kills Commander In X" places X
    "in at near outside inside across around from into toward towards"
) | LOCATIVE  # ... and its verbs of a blow: "Two Blasts Hit X", "Explosions Rock X"


def closes_a_name(art: Document, m: Mention) -> bool:
    """A world-list name told right after a capitalised word no gazetteer knows, inside a sentence:
    the last word of a longer name ("Left Bank", "Central Bank"), not the town of the list."""
    i = m.first
    if i == 0:
        return False
    prev = art.tokens[i - 1]
    if (
        not prev.text[:1].isupper()
        or prev.norm in _BEFORE_A_NAME
        or art.text[prev.end : art.tokens[i].start] != " "
    ):
        return False
    if prev.text.endswith(("'s", "’s")):
        return False  # "Saudi Aramco's Abqaiq": the owner named before the place
    if any(k.end > prev.start for k in art.mentions_in(max(0, prev.start - 40), prev.end)):
        return False  # "Sagaing Region's Kanbalu", "Ninewa Plains": a known name before it
    before = art.text[max(0, prev.start - 2) : prev.start]
    return bool(before.strip()) and before.rstrip()[-1:] not in '.!?"“:\n'


def _listed(art: Document, start: int, end: int, province: bool = False) -> Entry | None:
    """The world-list place a name found by its kind noun is ("the city of X", "the X district"): one
    that spans the whole name, in a country the article names (a town of another country of that
    name is not the one meant), or, where the article names no country, in a country of the wars the
    briefs follow ("fighting in Kyaukpyu township": the township is the town's, as "in Kyaukpyu" is). ``province``: the name is a
    first-level province's named after its seat ("Kaduna State"), whose country a world-list city
    tells though the article names none."""
    for m in art.mentions_in(start, end):
        if (m.start, m.end) != (start, end):
            continue
        place = pick_place(art, m)
        homes = home_countries(art)
        if (
            place is not None
            and place.locative_only
            and (
                homes.get(place.country or "")
                or (not homes and place.country in geonames.spelt_countries() and place.case != SHORT)
                or (province and place.sub == "city")
            )
        ):
            return place
    return None


#: The kind word a province's own name may end in, in capitals ("Kaduna State", "Ghazni Province").
_PROVINCE_IN_NAME = frozenset({"State", "Province", "Region", "Governorate"})


#: "Bamako-Sénou": two capitalised words joined by a hyphen (not an article: "Al-Asad", "al-Asad").
_JOINED = re.compile(rf"\b(?!(?:al|el|ad|ar|as|an|at|az|ash|Al|El|Ad|Ar|As|An|At|Az|Ash)[‐-])[{_UP}][{_LOW}’']+[‐-](?=[{_UP}])")


#: A number right after a one-word name ("Terminal 3", "Hangar 2"): the name numbers a part of a site.
_NUMBERED_PART = re.compile(r"\s\d{1,3}\b(?![,.:]?\d)")
#: _UNKNOWN's groups, one of which holds a match's name; a name in one of _SITE_GROUPS is a named facility.
_NAME_GROUPS = ("n", "g", "p", "f", "o", "a", "m", "x")
_SITE_GROUPS = ("g", "p", "f")


def _name_group(u: re.Match[str]) -> str:
    return next(g for g in _NAME_GROUPS if u.group(g))


def _unknown_names(text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """_UNKNOWN's matches in text[a:b]; after "the Lebanese village" (a kind noun with "of" after it)
    the search goes on from the kind noun, so "village of Kfar Roummane" is read too."""
    pos = a
    while (u := _UNKNOWN.search(text, pos, b)) is not None:
        group = _name_group(u)
        if group == "x" and u.group("x").split()[-1] in _FACILITY:
            # "an attack on Tawakal Hotel": the named facility's own reading, from "on", gives the site
            pos = u.start() + 1
            continue
        if _NUMBERED_PART.match(text, u.end(group)) and " " not in u.group(group):
            # "near Terminal 3", "at Gate 5": a word and its number name a part of a site, no town
            pos = u.end(group)
            continue
        yield u
        joined = _JOINED.search(text, u.start(group), u.end(group))
        # "at Bamako-Sénou airport": a known town may open a hyphened name (which then is no place:
        # places_in skips a name a known one opens), so the search goes on after the hyphen too
        pos = (
            joined.end()
            if joined
            else u.start("k")
            if u.group("k") and text.startswith(" of ", u.end("k"))
            else u.start("ok")
            if u.group("ok") and text.startswith(" of ", u.end("ok"))
            else u.end()
        )


@_per_article
def _names_placed(art: Document) -> dict[tuple[int, int, int], Place | None]:
    """What each name of an article places, by the name's offsets and the start of the span it was read
    in (_from_mention reads nothing else): a clause's names are read again in its sentence's span, and
    the first clause's from the same start."""
    return {}


@_per_article
def _spans_read(art: Document) -> dict[tuple[int, int, bool], list[Place]]:
    """The places of the spans of an article already read (places_in): a clause's are asked for again
    by its sentence's fill, the linker and the scene of a sentence with no event."""
    return {}


def _per_span(find: Callable[[Document, int, int, bool], list[Place]]) -> Callable[..., list[Place]]:
    """``find`` remembered per span of the last article asked about; each caller gets a list of its own."""

    @wraps(find)
    def remembered(art: Document, a: int, b: int, back: bool = True, reread: bool = True) -> list[Place]:
        spans = _spans_read(art)
        found = spans.get((a, b, back))
        if found is None:
            found = spans[(a, b, back)] = find(art, a, b, back)
        # (a town the article tells in another province than the world list's town of that name: read
        # as that one wherever it is named, _town_of_its_province)
        return _town_of_its_province(art, list(found)) if reread and found else list(found)

    return remembered


@_per_article
def _capital_starts(art: Document) -> list[int]:
    """Where each word that opens on a capital starts, in order: a span's unknown names need one of them
    outside the names the gazetteer claimed (read off these, not off every word of each span)."""
    return list(compress(art.token_starts, map(str.isupper, art.firsts)))


#: After a known name, the rest of a longer site's name and the town it lies in: "[Aden] Adde International
#: Airport in [Mogadishu]" (a first word after the name that only describes a site keeps the site the
#: name's own: "Baghdad International Airport", "Erbil Air Base").
_SITE_NAME_IN = re.compile(
    rf"\s+(?!(?:International|Air|Airbase|Military|Civil|Regional|Municipal|Domestic|Naval|Army|Main|Central|"
    rf"New|Old|North|South|East|West|Northern|Southern|Eastern|Western|{'|'.join(_FACILITY)})\b)"
    rf"[{_UP}][{_LOW}’'-]+\s+(?:[{_UP}][{_LOW}’'-]+\s+){{0,2}}?(?i:{'|'.join(_FACILITY)})s?\s+(?:in|near|outside)\s+"
    rf"(?:the\s+(?:city|town|capital)\s+(?:of\s+)?)?"
)


def _opens_site_in(art: Document, p: Place, out: list[Place], known: list[tuple[int, int]]) -> bool:
    """p opens a site's longer name whose town follows after "in", a known place of another country
    (_SITE_NAME_IN)."""
    m = _SITE_NAME_IN.match(art.text, p.end)
    return (
        m is not None
        and not any(p.end < s < m.end() for s, _ in known)
        # (a town of another country: "the Tripoli Mitiga airport in Libya" keeps Tripoli)
        and any(q is not p and q.start == m.end() and q.lat is not None and q.country != p.country for q in out)
    )


#: How far from the town told as a scene a world-list village that opens a site's name lies for the site
#: to be named after someone else: a town's own site ("the Abbas mosque" in Abbas) lies within it.
_NAMESAKE_KM = 30.0
#: ... and beyond which a district told with no town is no part of the story's town's surroundings.
_FAR_NAMESAKE_KM = 150.0


def _namesake_town(art: Document, town: Place, known: list[tuple[int, int]]) -> bool:
    """A village only the world list knows opens a building's name, and its sentence puts the scene "in"
    a town far from it ("two killed in Kotli district when a missile hit the Abbas mosque"; "the Omar
    school" in Mosul): the building is named after a person, not after that village, and lies where the
    sentence says. A known town's site ("Erbil airport" beside Baghdad) keeps its town."""
    if town.lat is None or town.lon is None or any(s <= town.start < e for s, e in known):
        return False
    sentence = art.sentences[art.sentence_index(town.start)]
    for m in art.mentions_in(sentence.start, sentence.end):
        # (told before the site, or right after its name: "officials in Kotli said" is who speaks)
        if m.start == town.start or (m.start > town.start + _SITE_REACH) or not _IN_BEFORE.search(art.text, max(0, m.start - 8), m.start):
            continue
        far = [
            e
            for e in m.entries
            if e.kind in ("place", "capital") and e.lat is not None and e.lon is not None and RANK.get(e.sub, 3) >= RANK["city"]
        ]
        if far and all(km_between((e.lat, e.lon), (town.lat, town.lon)) > _NAMESAKE_KM for e in far):  # type: ignore[arg-type]
            return True
    return False


#: After a district's name, the town it is told a part of: "the Kyivskyi district of [Kharkiv]", "the X
#: neighbourhood in [Gaza City]".
_PART_OF = re.compile(r"\s+(?:of|in)\s+(?:the\s+(?:city|town)\s+of\s+)?")
#: The kind nouns that tell a name a part of a town: written with the town it is told in.
PART_NOUN = re.compile(r"\s(?:district|neighbou?rhood|quarter|suburb|locality)$", re.I)


def _part_of_town(art: Document, p: Place, out: list[Place], known: list[tuple[int, int]]) -> Place:
    """A district told as a part "of" or "in" a town. Near the town, it lies within it, so it is written with
    it as the article gives it ("the X district of Kyiv" is X district, Kyiv: a reader and another report naming
    the city alone still find it). Far from it, a district only the world list knows ("the Kyivskyi district
    of Kharkiv", "Kharkiv's Kyivskyi district"; city districts share their names across a country) is the town's district, named as written,
    at no point of its own, not that far namesake."""
    if p.lat is None or p.lon is None or p.within is not None:
        return p
    if not PART_NOUN.search(art.text[p.start : p.end]):
        return _foreign_name_part_of_town(art, p, out)
    of = _PART_OF.match(art.text, p.end)
    # ("Kyiv's X district": the town told as its owner, right before it)
    town = next(
        (
            q
            for q in out
            if (q.start == of.end() if of else q.end + 1 == p.start and POSSESSIVE.search(art.text, q.start, q.end))
            and q.lat is not None
            and q.lon is not None
        ),
        None,
    )
    if town is None and not of and not any(s <= p.start < e for s, e in known):
        # "Drones hit Odesa ... Debris fell in the X district": a district only the world list knows, told
        # with no town, whose namesake lies far beyond the one town of its country the story told before, is
        # that town's, at its point (nearer, it may be a district of its own beside the town: left as read)
        story = _the_story_town(art, p)
        if story is not None and km_between((p.lat, p.lon), (story.lat, story.lon)) > _FAR_NAMESAKE_KM:  # type: ignore[arg-type]
            return replace(p, name=art.text[p.start : p.end], lat=story.lat, lon=story.lon, rank=RANK["district"])
        return p
    if town is None or town.rank != RANK["city"]:
        return p
    if km_between((p.lat, p.lon), (town.lat, town.lon)) <= _NAMESAKE_KM:  # type: ignore[arg-type]
        # (a part of the town is finer than it, whatever rank the world list gives the name)
        return replace(p, country=p.country or town.country, within=town.name, rank=max(p.rank, RANK["district"]))
    # (Told "of" the town, or as the town's own ("Odesa's X district"), not merely "in" it.)
    owned = of is None or art.text.startswith(" of", p.end)
    if not owned or any(s <= p.start < e for s, e in known):
        return p
    return replace(p, name=art.text[p.start : p.end], country=town.country, lat=None, lon=None, rank=RANK["district"], within=town.name)


#: A known town's name, then a part's kind word and "of": "the Riyadh [district of] Khartoum".
_PART_KIND_OF = re.compile(r"\s+(district|neighbou?rhood|quarter|suburb)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?")


def _foreign_name_part_of_town(art: Document, p: Place, out: list[Place]) -> Place:
    """ "the Riyadh district of Khartoum": a quarter named after a town of another country (the gazetteer's
    capital) is the told town's district, written as told, at the town's point; of the same country, the
    name's own reading stands ("the Sur district of Diyarbakir" is left to the rules above)."""
    kind = _PART_KIND_OF.match(art.text, p.end)
    if kind is None or p.country is None:
        return p
    town = next((q for q in out if q.start == kind.end() and q.lat is not None and q.lon is not None), None)
    if town is None or town.rank != RANK["city"] or town.country in (None, p.country):
        return p
    name = f"{art.text[p.start : p.end]} {kind.group(1)}"
    return replace(p, name=name, end=kind.end(1), country=town.country, lat=town.lat, lon=town.lon, rank=RANK["district"], within=town.name)


def _the_story_town(art: Document, p: Place) -> Place | None:
    """The one town of the district's country the article names before it (none where it names two)."""
    towns: dict[str, Place] = {}
    for m in art.mentions_in(0, p.start):
        if PART_NOUN.search(art.text[m.start : m.end]):
            continue
        for e in m.entries:
            if e.kind == "place" and e.sub == "city" and e.country == p.country and e.lat is not None and e.lon is not None:
                towns.setdefault(e.name, Place(e.name, e.country, e.lat, e.lon, RANK["city"], m.start, m.end, "loc"))
    return next(iter(towns.values())) if len(towns) == 1 else None


#: A distance told between a place and the town it is measured from: "X, some 15 kilometres from Y".
_MEASURE = re.compile(r"(\d+(?:\.\d+)?)\s*(km|kilomet(?:re|er)s?|miles?)\b")
#: How much farther than the told distance a world-list namesake may lie and still be the place meant (km).
_MEASURE_SLACK = 100


def _namesake_by_measure(art: Document, p: Place, out: list[Place]) -> Place:
    """ "the village of X, some 15 km from the town of Y": a place told with its distance from a town lies about
    that far from it; a world-list namesake thousands of km away is not it, but a spot the list lacks, in the
    town's country, at no point of its own."""
    if p.role != "loc" or p.lat is None or p.lon is None or not 3 <= p.rank < RANK["site"]:
        return p
    q = next((x for x in out if x.start > p.end and x.role == "ref" and x.distant), None)
    if q is None or q.lat is None or q.lon is None or q.start - p.end > 80:
        return p
    told = _MEASURE.search(art.text, p.end, q.start)
    if told is None or "." in art.text[p.end : told.start()]:
        return p
    km = float(told.group(1)) * (1.609 if told.group(2).startswith("mile") else 1.0)
    if km_between((p.lat, p.lon), (q.lat, q.lon)) <= km + _MEASURE_SLACK:
        return p
    return Place(art.text[p.start : p.end], q.country, None, None, RANK["village"], p.start, p.end, p.role)


#: A place's kind and "of" right after a town's name: the town only says where the place named next lies.
#: (or the port word closing a site's own name: "the Hodeidah port of X", a site the gazetteer lists)
_KIND_OF_AFTER = re.compile(
    r"(?:\s+(?:town|city|village|suburb|settlement|hamlet|port|seaport|harbou?r)|(?<=[Pp]ort)|(?<=[Hh]arbour)|(?<=[Hh]arbor))\s+of\s+"
)


def _world_only(art: Document, p: Place) -> bool | None:
    """Whether the name at ``p`` is a world-list place alone (no town of the bundled gazetteer); None if no name."""
    m = next((m for m in art.mentions_in(p.start, p.end) if m.start == p.start), None)
    places = [e for e in m.entries if e.kind == "place"] if m is not None else []
    return all(e.locative_only for e in places) if places else None


def _kind_told_of_its_holder(art: Document, q: Place, p: Place) -> bool:
    """ "the Kafr Zita village of Hama": a world-list place, then its kind and "of" a town of the bundled
    gazetteer of its country, is told with the town that holds it (the kind is its own), not as the owner of
    that town, as in "the Kherson suburb of X" (a town the bundled gazetteer knows holds a place it does not)."""
    return (
        q.country is not None
        and p.country == q.country
        and p.rank <= RANK["city"]
        and _world_only(art, q) is True
        and _world_only(art, p) is False
    )


def _holder_told_after(art: Document, p: Place, out: list[Place]) -> Place:
    """The town "of" which a place is told its kind ("the Kafr Zita village of Hama") only holds it."""
    q = next((x for x in out if x.end < p.start and x.role == "loc"), None) if p.role == "loc" else None
    of = _KIND_OF_AFTER.match(art.text, q.end) if q is not None else None
    if q is None or of is None or of.end() != p.start or not _kind_told_of_its_holder(art, q, p):
        return p
    return replace(p, role="ref")


def _held_by_the_town_before(art: Document, p: Place, out: list[Place]) -> Place:
    """ "the Odesa port of X", "the Donetsk town of Y": a name told as a place the town before holds lies at or
    near it, so of its namesakes the one near that town, else a name as written at the town's point (a far
    namesake elsewhere in the country is no reading of it)."""
    if p.role != "loc" or p.lat is None or p.lon is None or p.within is not None:
        return p
    q = next((x for x in out if x.end < p.start and x.role == "loc" and x.lat is not None and x.lon is not None), None)
    of = _KIND_OF_AFTER.match(art.text, q.end) if q is not None else None
    if q is None or of is None or of.end() != p.start or q.rank > p.rank or distance_km(p, q) <= _REGION_REACH:
        return p
    if q.rank < RANK["region"]:
        return p  # "the Ukrainian city of X": a country holds every town of it; its point is no neighbourhood
    here = (q.lat, q.lon)
    near = [
        e
        for m in art.mentions_in(p.start, p.end)
        if m.start == p.start
        for e in m.entries
        if e.kind == "place" and e.lat is not None and e.lon is not None and km_between((e.lat, e.lon), here) <= _REGION_REACH  # type: ignore[arg-type]
    ]
    if near:
        e = min(near, key=lambda e: km_between((e.lat, e.lon), here))  # type: ignore[arg-type]
        return replace(p, country=e.country, lat=e.lat, lon=e.lon)
    return replace(p, name=art.text[p.start : p.end], country=q.country, lat=q.lat, lon=q.lon, within=q.name)


def _owner_of_the_next(art: Document, q: Place, out: list[Place]) -> Place:
    """ "Hasakah's Tal Tamr countryside": a place told as the owner of the place right after it, of no finer
    rank, is where that one lies, a reference point, not a second scene of the same rank (the first among
    equals would otherwise be taken)."""
    # (or told before the kind of the place it holds: "the Donetsk town of X", "the Kyiv suburb of Y")
    kind_of = _KIND_OF_AFTER.match(art.text, q.end) if q.role == "loc" else None
    if q.role != "loc" or not (kind_of or POSSESSIVE.search(art.text, q.start, q.end)):
        return q
    owned = next((p for p in out if p.start == (kind_of.end() if kind_of else q.end + 1)), None)
    if owned is None or owned.role != "loc" or owned.rank > q.rank or owned.country not in (None, q.country):
        return q
    if kind_of and _kind_told_of_its_holder(art, q, owned):
        return q
    if kind_of and None not in (owned.lat, q.lat) and distance_km(owned, q) > _REGION_REACH:
        return q  # a namesake far from the place told as holding it is no reading of it
    return replace(q, role="ref")


#: How far after the start of a site's name a town "in" which it lies may be named ("the Omar school in Mosul").
_SITE_REACH = 40
#: "in", "at", "near" right before a name: the sentence tells it as the scene.
_IN_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?$")


#: Right after a town's name: the district named after it ("in Peshawar district", "the Sur district").
_DISTRICT_AFTER = re.compile(r"\s+[Dd]istrict\b(?!\s+(?:of|council|court|police|hospital|headquarters|chief|governor|commissioner)\b)")


def _with_district(art: Document, p: Place) -> Place:
    """ "in Peshawar district": a known town's district is the place named, written as told (the GUIDE's
    most specific place named), at the town's point and of its rank (a spot told within it is still finer)."""
    if p.rank != RANK["city"] or p.role not in ("loc", "ref") or not (m := _DISTRICT_AFTER.match(art.text, p.end)):
        return p
    return replace(p, name=f"{art.text[p.start : p.end]} district", end=m.end())


#: Right after a town's name: the airport, air base or camp named after it ("near Kabul airport", "Damascus
#: International Airport", "the Jenin refugee camp"), not a road or a flight named after the airport.
_AIRPORT_AFTER = re.compile(
    r"\s+(?:(?:[Ii]nternational\s+)?(?:[Aa]irport|[Aa]ir\s*[Bb]ase|[Aa]irbase|[Aa]irfield)|(?:refugee\s+)?camp)\b"
    r"(?!\s+(?:road|highway|route|flights?|authority|authorities|director|officials?|staff)\b)"
)


def _with_airport(art: Document, p: Place) -> Place:
    """ "a drone hit near Kabul airport", "troops raided the Jenin refugee camp": a listed town's airport or
    camp no list holds is the place named, written as told (the GUIDE's most specific place, and another
    airport that night is another spot), at the town's point, within the town."""
    if p.rank < RANK["city"] or p.lat is None or not (m := _AIRPORT_AFTER.match(art.text, p.end)):
        return p
    if POSSESSIVE.search(art.text, p.start, p.end):
        return p  # ("Port Sudan's airport": the town told as the owner stays the place told)
    if p.rank >= RANK["site"]:
        # "Ain al-Assad air base": a listed base under a spelling listed without its kind word is that base,
        # written with the kind word as told
        return replace(p, end=m.end())
    if p.rank != RANK["city"]:
        return p
    return replace(p, name=art.text[p.start : m.end()], end=m.end(), rank=RANK["site"], within=p.name)


@_per_span
def places_in(art: Document, a: int, b: int, back: bool = True) -> list[Place]:
    """Every place a span of text names, with its role, in text order (``back``: with "the village"
    resolved to the settlement named before)."""
    out: list[Place] = []
    known: list[tuple[int, int]] = []
    placed = _names_placed(art)
    for m in art.mentions_in(a, b):
        world = all(e.locative_only for e in m.entries)
        if not world:
            known.append((m.start, m.end))
        key = (m.start, m.end, a)
        p = placed[key] if key in placed else placed.setdefault(key, _from_mention(art, m, a))
        if p is not None:
            # (a world-list town's district is read with its kind word by _unknown_names)
            out.append(_with_airport(art, p if world else _with_district(art, p)))
    if len(out) > 1:
        # "the Aden Adde airport in Mogadishu": a known name that opens a longer site's name (a person's, with
        # a word of its own after it) is no place when the town after "in" tells where the site lies
        out = [p for p in out if not _opens_site_in(art, p, out, known)]
        out = [_part_of_town(art, p, out, known) for p in out]
        out = [_held_by_the_town_before(art, p, out) for p in out]
        out = [_holder_told_after(art, p, out) for p in out]
        out = [_owner_of_the_next(art, q, out) for q in out]
        out = [_namesake_by_measure(art, p, out) for p in out]
    elif out:
        out = [_part_of_town(art, out[0], out, known)]  # (a district told alone may be the story town's)
    homes = home_countries(art)
    anchors = [p for p in out if p.lat is not None and homes.get(p.country or "") and not p.border]
    if out and (anchors or home_country(art) is not None):
        # "a house on George street in Rafah": beside a place in the article's countries, a world-list
        # town of a country the article never names is a name as written, below any placed one; so it
        # is in an article plainly about one country ("the road towards Samara" in a story of Iraq).
        # Only where fire came from ("rockets from Syria hit X") the town it hit across that border is
        # the scene: near the land it came from, it is no namesake far away.
        # So the town a story's own country's forces struck, near that country ("Ukrainian drones hit a
        # refinery in Saratov" in a story of Ukraine): the war's other side, no namesake far away.
        home = home_country(art)
        across = [p.country or "" for p in anchors] if home is None and all(p.role == "origin" for p in anchors) else []
        # (a home the dateline alone makes tells where the reporter files from, whose bureau covers the lands
        # around: "BEIRUT - Turkish drones struck near Manbij" is Syria's town, near; not so far afield)
        bureau = home is not None and named_home(art) is None
        out = [
            _demoted(art, p)
            if _foreign(art, p)
            and not _near_one_of(art, p, [home] if home is not None and (bureau or _forces_told_with(art, p, home)) else across)
            else p
            for p in out
        ]
    else:
        out = [
            _demoted(art, p) if _stray_village(art, p) else _in_the_groups_land(art, p) if _stray_town(art, p) else p
            for p in out
        ]
    # Unknown names are capitalised words the gazetteer did not claim; without one, skip the pattern.
    caps = _capital_starts(art)
    unclaimed = any(
        not any(s <= p < e for s, e in known) for p in caps[bisect_left(caps, a + 1) : bisect_left(caps, b)]
    )
    for u in _unknown_names(art.text, a, b) if unclaimed else ():
        group = _name_group(u)
        name = u.group(group)
        start = u.start(group)
        head = u.group("k") or u.group("ok") or u.group("fk")
        if (
            # (a day's possessive is no place either: "killed in Sunday's strike")
            POSSESSIVE.sub("", name.split()[0]) in _NOT_PLACE
            or name.split()[-1].lower() in _UNIT
            or name.split()[-1].lower() in _EVENT_HEADS
            or any(s <= start < e for s, e in known)
            # "the Northern Red Sea": a direction in capitals before a known name is that place's part
            or (name.split()[0].lower() in _BEFORE_A_NAME and any(s == start + len(name.split()[0]) + 1 for s, _ in known))
            or art.in_dateline(start)
            or _ADJECTIVE_NAME.search(name)
            or name in ships(art)  # "at the Carney" after "USS Carney": the ship, no place
            # "at the Jamiat Party (JP) workers' rally": a party's or people's gathering, held somewhere else
            or (group == "m" and _GATHERING_AFTER.match(art.text, u.end("m")))
            # "at the Danube port of X": a name that only says what the town lies on
            or (group == "m" and _TOWN_OF_AFTER.match(art.text, u.end("m")))
            # "an attack on Christians", "a strike on Zelensky's hometown": a people or an owner, not a spot
            or (group == "x" and (_PEOPLE_NAME.search(name) or art.text.startswith(("'s", "’s"), u.end("x") - 2)))
            # (an unknown name an attack is told on is only a fallback: a town the gazetteer knows wins,
            # unless it is only the reference point the name is told from: "struck X south of Y")
            or (group == "x" and any(p.rank >= RANK["city"] and p.role != "ref" for p in out))
        ):
            continue
        head_end = (
            u.end("k")
            if u.group("k")
            else u.end("ok")
            if u.group("ok")
            else u.end("fk")
            if u.group("fk")
            else -1
        )
        held_by = _HELD_BY.match(art.text, head_end) if head in ("town", "city", "village") else None
        if head in ("town", "city", "village") and art.text.startswith(" of ", head_end) and held_by is None:
            continue  # "the northern Arab town of Tamra": the name follows
        end = start + len(name)
        listed = _listed(art, start, end)
        last = name.rsplit(" ", 1)
        province = not head and len(last) == 2 and last[1] in _PROVINCE_IN_NAME
        if listed is None and province:
            # "Kaduna State", "Ghazni Province": the province named after its seat, in the seat's country
            listed = _listed(art, start, start + len(last[0]), province=True)
        if head:
            name = f"{name} {head}"
            end = head_end
        # A longer unknown name beats a world-list city inside it ("Kani Masi", not "Kani"; "Perpetuo
        # Socorro neighborhood", not "Socorro").
        shorter = [
            p
            for p in out
            if start <= p.start
            and p.end <= end
            and (p.start, p.end) != (start, end)
            and p.country
            and p.lat is not None
            and not any(s <= p.start < e for s, e in known)
        ]
        same = [p for p in out if p.start == start and (p.end == end or p.name == name)]
        if not same and any(p.start == start and p.end > end for p in out):
            continue  # "in Katsina state": the name opens a longer place already found (the state)
        if group == "n" and same and all(p.rank == SET_ASIDE_RANK and p.lat is None for p in same):
            # "the northern town of Palma" in a story of Mozambique: a kind noun tells the name is a place
            # of the story, no town of another country's that the world list spells alike
            out[:] = [p for p in out if p not in same]
        elif same:
            continue
        for p in shorter:
            out.remove(p)
        # "Karachi Airport", "the Erbil air base": a site named after its town lies in that town
        site = group in _SITE_GROUPS or name.split()[-1] in _FACILITY
        town = next((p for p in shorter if p.start == start and _site_word_after(art.text, p.end, end)), None) if site else None
        if town is not None and _namesake_town(art, town, known):
            town = None  # "killed in Kotli when a missile hit the Abbas mosque": a person's name, no village Abbas
        _, role = _role(art, start, a)
        kind = (head or "").lower().split()[-1:]
        # ("the province of X", "Nuristan Province": the kind word before or inside the name)
        area = kind or (u.group(0).split()[:1] if group == "n" else name.split()[-1:])
        rank = (
            5
            if group in _SITE_GROUPS  # a named facility is a site
            # "the Bakool region", "the province of X": a province holds the town or village named beside it
            else 3
            if province or (area and area[0].lower() in ("province", "region", "governorate"))
            else 4.5
            if group == "a"
            or (
                kind
                and kind[0]
                in _SPOT_KINDS
            )
            else 4
        )
        # "Sin In village (Hsipaw township, Shan state)": the parenthesis names what it lies in.
        holder = _HOLDER.match(art.text, end, b)
        within = holder.group("w") if holder else held_by.group("w") if held_by else None
        if town is not None and listed is None:
            out.append(Place(name, town.country, town.lat, town.lon, rank, start, end, role, within or town.name))
            continue
        if listed is not None:
            # "the city of Zaporizhzhia", "the Abbottabad district": a world-list name its kind noun
            # tells as a place (as a locative word would) is that place, in its country
            listed_place = Place(name, listed.country, listed.lat, listed.lon, rank, start, end, role, within)
            out.append(_part_of_town(art, listed_place, out, known))
            continue
        out.append(Place(name, None, None, None, rank, start, end, role, within))
    out.extend(_named_again(art, a, b, out, known))
    out.extend(_same_site(art, a, b, out))
    if back and not any(p.rank >= 4 and p.role == "loc" for p in out):
        out.extend(_same_spot(art, a, b))
    if "capital" in art.text[a:b]:
        out.extend(_bare_capital(art, a, b))
    if back and _THE_SETTLEMENT.search(art.text, a, b) and (not any(p.rank >= 3 for p in out) or _spots_unplaced(art, out, a, b)):
        town = _settlement_named_before(art, a, b)
        if town and (own := _SETTLEMENTS_OWN.search(art.text, town[0].start, min(b, town[0].start + 32))):
            # "in the town's X area": the town only holds the spot named right after it, a part of it and so
            # finer than it (then placed within it)
            spot = next((p for p in out if p.start == own.end() and p.role == "loc" and p.lat is None), None)
            if spot is not None:
                town = [replace(town[0], role="ref")]
                out = [replace(p, rank=max(p.rank, RANK["district"])) if p is spot else p for p in out]
        out.extend(town)
    if back and not any(p.rank >= 3 for p in out):
        out.extend(_site_named_before(art, a, b))
    out.sort(key=lambda p: p.start)
    if out and all(p.border for p in out if p.role in ("loc", "ref")) and any(p.border for p in out):
        out = _beside_border(art, out)
    return _near(art, out) if len(out) > 1 else out


_PROVINCE_KIND = re.compile(r"\s+(?:state|province|region|governorate)$", re.I)


def _province_core(name: str) -> str:
    return _PROVINCE_KIND.sub("", name.strip()).lower()


def _in_another_province(town: Place | Entry, province: Place) -> bool:
    """A town lies nearer the point of another province of its country than that of ``province``
    (the gazetteer keeps no province of a town: the nearest province's point stands for it)."""
    if town.lat is None or town.lon is None or province.lat is None or province.lon is None:
        return False
    here = (town.lat, town.lon)
    own = km_between(here, (province.lat, province.lon))
    return any(
        km_between(here, (lat, lon)) < own and _province_core(name) != _province_core(province.name)
        for name, lat, lon in province_points().get(province.country or "", ())
    )


def _town_of_its_province(art: Document, out: list[Place]) -> list[Place]:
    """'in Dutse, Kaduna State': a town told with the province it lies in after a comma is the town of
    that name in that province, there and wherever the article names it again ('around Dutse'). The
    world list's town the name was read as lies in another province (nearer another one's point):
    another town of that name the gazetteer knows in the province named, else a town it does not
    know, placed in that province."""
    told = _towns_told_apart(art)
    if not told:
        return out
    return [
        replace(p, name=t.name, lat=t.lat, lon=t.lon, within=t.within)
        if p.lat is not None and (t := told.get(p.name)) is not None and p.country == t.country
        else p
        for p in out
    ]


#: "<Town>, <Name> State": a town told with its province after a comma (the kind word in capitals).
_TOWN_COMMA_PROVINCE = re.compile(r"\b[A-Z][\w'’-]+,\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s(?:State|Province|Region|Governorate)\b")


@_per_article
def _towns_told_apart(art: Document) -> dict[str, Place]:
    """The world-list towns the article tells in another province than theirs ('Dutse, Kaduna State'),
    by name: the place each name stands for in this article (``_town_of_its_province``)."""
    found: dict[str, Place] = {}
    for s in art.sentences:
        if not _TOWN_COMMA_PROVINCE.search(art.text, s.start, s.end):
            continue
        out = places_in(art, s.start, s.end, back=False, reread=False)
        for p, q in pairwise(out):
            if not (
                p.rank >= RANK["city"]
                and p.lat is not None
                and q.rank == RANK["region"]
                and q.country == p.country
                and art.text[p.end : q.start] == ", "
                and _in_another_province(p, q)
            ):
                continue
            named = [m for m in art.mentions_in(p.start, p.end) if (m.start, m.end) == (p.start, p.end)]
            other = next(
                (
                    e
                    for m in named
                    for e in m.entries
                    if e.kind == "place" and e.country == q.country and e.lat is not None and not _in_another_province(e, q)
                ),
                None,
            )
            if other is not None:
                found.setdefault(p.name, replace(p, name=other.name, lat=other.lat, lon=other.lon))
            else:
                found.setdefault(p.name, replace(p, lat=None, lon=None, within=q.name))
    return found

#: A site's kind words after its town's name ("Erbil air base", "Karachi Airport", "the Tabqa Dam").
_SITE_WORD = re.compile(r"\s*(?:[a-z][\w'’-]*|" + "|".join(_FACILITY) + r")\b")


def _site_word_after(text: str, pos: int, end: int) -> bool:
    """The words from a town's name to a site's end are its kind words ("Erbil air base"): a site
    whose name goes on with a capitalised word of its own ("Khor Mor gas field") is not named after
    a town that opens it."""
    while pos < end:
        m = _SITE_WORD.match(text, pos, end)
        if m is None or m.end() == pos:
            return False
        pos = m.end()
    return True


def _beside_border(art: Document, out: list[Place]) -> list[Place]:
    """ "attacked a base at a town near the Kenyan border", named in a story plainly about Somalia, with no
    other place: the border has two sides and the story's country is the side it happened on."""
    home = home_country(art)
    if home is None or any(p.country == home for p in out):
        return out
    c = art.lexicon.countries.get(home)
    b = next(p for p in out if p.border)
    # an empty span: the country is the story's, not written here
    return [*out, Place(home, home, c.lat if c else None, c.lon if c else None, 1, b.start, b.start, "loc")]


#: The kind words that make an unknown name a settlement or a site wherever the article names it again.
_SETTLED_KIND = words(
    "town towns city village villages district districts neighbourhood neighborhood camp suburb suburbs"
)
#: What any name _settled_names keeps is told with, as _UNKNOWN writes it (in lower case, case kept):
#: a kind word above, or the apposition's "hamlet" ("X, a hamlet in Y" is kept as a village). Most
#: texts hold none of them, and then the whole-text search is never run.
_SETTLED_NEEDLES = ("town", "city", "village", "district", "neighbo", "camp", "suburb", "hamlet")
_KIND_ALTERNATIVES = "|".join(longest_first(_SETTLED_KIND | {"hamlet"}))
#: A kind word as every match _settled_names keeps writes it: opening "the town of" (a space after
#: it) or closing a name ("X village", "X, a hamlet": a space before it, in any case). Tried only at
#: the needles' spots (_unknown_where_told): half the texts with a needle hold only its letters in
#: another word ("campaign", "capacity") and no kind word, and most stretches with one hold none.
_SETTLED_TOLD = re.compile(rf"\b(?:{_KIND_ALTERNATIVES})\s|\s(?i:{_KIND_ALTERNATIVES})\b")


def _unknown_where_told(text: str) -> Iterator[re.Match[str]]:
    """``_UNKNOWN.finditer(text)``'s matches in the stretches between full stops that hold a kind word
    as _SETTLED_TOLD writes it: every match _settled_names keeps holds one, and the rest of the text is
    not searched (none, when the text holds no kind word so written).

    A kept match's kind word is told as _SETTLED_TOLD writes it (its name group's pattern writes the
    word with a space after it, "town of", or before it, "X village", "X, a hamlet") and opens with a
    needle's letters: each needle found in the lower case is tried there (a kind word after a space
    is matched from the space). Most texts with a needle hold only its letters inside another word
    ("campaign", "capacity", "downtown"), and their stretches are never searched.

    No part of _UNKNOWN, look-arounds too, reads a full stop (a test reads it off the pattern), so a match
    starting before one ends by it, and finditer's walk, wherever it stood, searches on from a point at or
    before the stretch's start with no match starting in between: its matches in a stretch are a search's
    from the stretch's start to its full stop (what a match reads before its start, \\b and look-behinds,
    is the same text; nothing reads past the stop)."""
    lowered = lower_of(text)
    if len(lowered) != len(text):  # an "İ" lower-cases to two characters: the spots would not line up
        if _SETTLED_TOLD.search(text) is not None:
            yield from _UNKNOWN.finditer(text)
        return
    told = _SETTLED_TOLD.match
    starts = set()
    for needle in _SETTLED_NEEDLES:
        i = lowered.find(needle)
        while i >= 0:
            if told(text, i) or (i and told(text, i - 1)):
                starts.add(text.rfind(".", 0, i) + 1)
            i = lowered.find(needle, i + len(needle))
    for start in sorted(starts):
        end = text.find(".", start)
        # up to the full stop and through it: a look-ahead or \\b at a name's end reads it as the whole
        # text's search does (no part of the pattern, look-arounds too, reads past it)
        yield from _UNKNOWN.finditer(text, start, len(text) if end < 0 else end + 1)


@_per_article
def _settled_names(art: Document) -> re.Pattern[str] | None:
    """The unknown names the article itself calls a town, village, district or camp ("the town of X",
    "the X district", "X, a village in Y"), as one pattern: named again bare ("sweeping into X"), X is still
    that place."""
    if not any(w in art.text for w in _SETTLED_NEEDLES):
        return None
    names = set()
    for u in _unknown_where_told(art.text):
        group = next((g for g in ("n", "o", "a") if u.group(g)), None)
        if group is None:
            continue
        name = u.group(group)
        head = u.group(0).split()[0].lower() if group == "n" else (u.group("ok") or "village").lower()
        if head not in _SETTLED_KIND or name.split()[0] in _NOT_PLACE or art.in_dateline(u.start(group)):
            continue
        if _ADJECTIVE_NAME.search(name) or name.split()[-1].lower() in _UNIT:
            continue
        names.add(name)
    if not names:
        return None
    # No apostrophe or hyphen after the name, as three look-aheads: a class holding a character past
    # U+00FF ("’", "‐") makes the compiler build a 64K-entry map in Python (about 1.4 ms a compile,
    # one per article naming a settlement); an ASCII class and two literals compile in a fifth of it.
    # Each name opens on a word's letter, its "\b" before it written as a look-behind after that letter
    # ("K(?<!\wK)far Tala": no word character before the "K"): every alternative then opens with a
    # letter, and the engine skips at once to the letters names open with, where "\b" first was tried
    # at each position of each span read. The same matches: with a word character at p, "\b" at p holds
    # just where none stands before it (the look-behind, like "\b", reads before the search's start).
    ordered = sorted(names, key=len, reverse=True)
    if all(_WORD_CHAR.match(n) for n in ordered):
        alternatives = "|".join(
            re.escape(n[0]) + r"(?<!\w" + re.escape(n[0]) + ")" + re.escape(n[1:]) for n in ordered
        )
    else:
        alternatives = r"\b(?:" + "|".join(re.escape(n) for n in ordered) + ")"
    return re.compile(r"(?:" + alternatives + r")\b(?!['-])(?!’)(?!‐)")


_WORD_CHAR = re.compile(r"\w")


def _named_again(
    art: Document, a: int, b: int, found: list[Place], known: list[tuple[int, int]]
) -> list[Place]:
    """An unknown settlement the article named as such before, named again after a locative word."""
    pattern = _settled_names(art)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(art.text, a, b):
        if any(p.start <= m.start() < p.end for p in found) or any(s <= m.start() < e for s, e in known):
            continue
        locative, role = _role(art, m.start(), a)
        if locative:
            out.append(Place(m.group(), None, None, None, 4, m.start(), m.end(), role))
    return out


#: "the Serebrianka forestry near Kreminna", "Cinjir village near Budbud": a spot and the place it
#: lies by. "(location coded to Karari, ...)": the place a coded event note is filed under.
#: ("X and sites near Y": a conjunction opens the next item of a list, whose place Y locates, not X)
_NEAR = re.compile(r"(?:\s+(?!(?:and|or|but|as|while)\b)[a-z]+){0,2}\s+near\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?")
#: "the X Port in Y", "the X hospital in the city of Y", "... in the southern coastal city of Y": a site, then
#: the town it is in (up to three words describing the town before its kind).
_IN_TOWN = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:[\w’'-]+\s+){0,3}?(?:town|city|village|port|capital)\s+(?:city\s+)?of\s+)?"
)
_MODIFIES = re.compile(
    r"\s+(?:border|frontier|boundary|front|line|road|highway|crossing|coast|side|area|region)\b"
)
_CODED = re.compile(r"\(location coded to\s+$")


def town_told_after(art: Document, p: Place) -> bool:
    """ "the X Hotel in the busy port city of Y": the site's own phrase names the town it is in, and the place
    found there is the town it was given (``within``)."""
    inside = _IN_TOWN.match(art.text, p.end)
    if inside is None or p.within is None:
        return False
    if art.text.startswith(p.within, inside.end()):
        return True  # (a town the gazetteer lacks is written as the text has it)
    named = art.mentions_in(inside.end(), min(len(art.text), inside.end() + 60))
    return any(e.kind == "place" and e.name == p.within for e in named[0].entries) if named else False


#: Between a town and the district it is told to lie in: "Muridke, in Sheikhupura district".
_IN_DISTRICT = re.compile(r",?\s+in\s+(?:the\s+)?")


def _district_around(art: Document, town: Place, p: Place) -> bool:
    """ "in Muridke, in Sheikhupura district": a district the gazetteer lacks, told right after a town on
    the map as where that town lies, and named after another town of its country within a province's reach
    (the district's seat, maybe the town itself): the area around the town, not a spot finer than it. A city's own district ("in
    Kharkiv, in the Kyivskyi district") is named after no town, and stays the finer spot."""
    if town.lat is None or town.lon is None or town.rank not in (RANK["city"], RANK["village"]):
        return False
    between = _IN_DISTRICT.fullmatch(art.text, town.end, p.start)
    words = p.name.split()
    if between is None or len(words) < 2 or words[-1].lower() != "district":
        return False
    # (the world list puts a district it knows at its seat: "Tank district" at Tank)
    seat = p if p.lat is not None else _listed(art, p.start, p.start + len(" ".join(words[:-1])), province=True)
    return (
        seat is not None
        and seat.lat is not None
        and seat.lon is not None
        and (seat.country or town.country) == town.country
        and km_between((seat.lat, seat.lon), (town.lat, town.lon)) <= _REGION_REACH
    )


def _near(art: Document, places: list[Place]) -> list[Place]:
    out = list(places)
    for i, p in enumerate(places):
        if i and _district_around(art, places[i - 1], p):
            out[i] = replace(p, rank=RANK["region"], country=p.country or places[i - 1].country)
            continue
        if p.role != "loc":
            continue
        if _CODED.search(art.text, max(0, p.start - 25), p.start):
            # The note says which place it is filed under: that place is the scene.
            out[i] = replace(out[i], rank=max(q.rank for q in places) + 0.5)
            continue
        m = _NEAR.match(art.text, p.end)
        q = places[i + 1] if m and i + 1 < len(places) else None
        inside = _IN_TOWN.match(art.text, p.end)
        # (the town is the place the phrase ends at: "in the Red Sea port of Y" names a sea before it)
        town = next((t for t in places[i + 1 :] if inside and t.start >= inside.end()), None)
        if (
            q is None
            and inside
            and town is not None
            and town.start == inside.end()
            and p.lat is None
            and p.rank >= 4.5
            and (town.lat is not None or inside.group(0).endswith(" of "))
            and town.rank >= 3
        ):
            # "struck the Shahid Port in Bandar Abbas": a site no gazetteer holds lies in the town named
            # right after it (not in a dateline's or any other town the sentence names); "in the city of
            # X" says X is a town, known to the gazetteer or not
            out[i] = replace(out[i], country=p.country or town.country, within=p.within or town.name)
            continue
        if (
            q is None
            or q.start != m.end()
            or q.role != "loc"
            or p.rank < 3
            or _MODIFIES.match(art.text, q.end)
        ):
            continue  # "near the Gaza border": the name only qualifies a noun
        if q.rank >= RANK["site"] and p.rank >= RANK["site"]:
            # "the Victory Base Complex near Baghdad International Airport": a site beside another site is
            # its own scene, the other only locates it (a town beside a site is written with it, below)
            out[i + 1] = replace(q, role="ref")
            continue
        # Written as the text has it ("Serebrianka forestry near Kreminna"), so either name finds it;
        # the place it lies by only locates it.
        out[i] = replace(
            out[i],
            end=q.end,
            country=p.country or q.country,
            within=p.within or (q.name if p.lat is None else None),
        )
        out[i + 1] = replace(q, role="ref")
    return out


#: "the same base" names again the base or site last named before it.
_SAME_SITE = Prefiltered(
    re.compile(
        r"\b(?:at|over|on|near|in)\s+the\s+same\s+(?:air\s*base|base|airport|site|camp|outpost|facility)\b",
        re.I,
    )
)


def _same_site(art: Document, a: int, b: int, found: list[Place]) -> list[Place]:
    m = _SAME_SITE.search(art.text, a, b)
    if m is None or any(p.rank >= 5 for p in found):
        return []
    for mention in reversed(art.mentions_in(0, a)):
        place = mention.of("place")
        if place is not None and RANK.get(place.sub, 0) >= 5:
            rank = RANK[place.sub]
            # An empty span: the place is written by its name, not as "the same base".
            return [Place(place.name, place.country, place.lat, place.lon, rank, m.end(), m.end(), "loc")]
    return []


#: "near a kiosk in the same neighbourhood": a spot of a town named again by its kind, not by its name.
_SAME_SPOT = re.compile(
    r"\b(?:at|in|on|near)\s+the\s+same\s+(?:neighbou?rhood|street|junction|square|intersection|bus\s+stop|spot"
    r"|village|town|district)\b",
    re.I,
)
#: How many sentences back "the same neighbourhood" looks for the spot it names again.
_SAME_SPOT_REACH = 3


def _same_spot(art: Document, a: int, b: int) -> list[Place]:
    """ "It took place at Carmel Gate ... Two guards were shot near a kiosk in the same neighbourhood":
    the spot is the one named in the nearest sentence before that names a town or a spot in one (the most
    specific there, the first among equals: "X, an area in Y's north" is X)."""
    m = _SAME_SPOT.search(art.text, a, b)
    if m is None:
        return []
    i = art.sentence_index(a)
    for s in reversed(art.sentences[max(0, i - _SAME_SPOT_REACH) : i]):
        told = places_in(art, s.start, s.end, back=False)
        spot = best_place([p for p in told if p.role == "loc" and p.rank >= 4])
        if spot is not None:
            town = next((p for p in told if p.country is not None and p.rank >= 4 and p is not spot), None)
            if spot.country is None and town is not None:
                # "Carmel Gate, a district in the south of Haifa": the spot lies in the town its sentence names
                spot = replace(spot, country=town.country, within=spot.within or town.name)
            # An empty span: the place is written by its name, not as "the same neighbourhood".
            return [replace(spot, start=m.end(), end=m.end(), role="loc")]
    return []


def _specificity(p: Place) -> int:
    """How narrowly a place tells the scene: its rank, save that the towns a road is told by are alike
    (the scene lies on the road, in neither town, so the gazetteer's smaller town is no nearer to it than
    the larger: the first named is taken, as ties are)."""
    return RANK["city"] if p.route else p.rank


def best_place(places: list[Place], after: int | None = None) -> Place | None:
    """The most specific place in the location role; the first one among equals.

    A place the gazetteer does not know takes the country of the nearest place that has one
    ("near Binyamina, south of Haifa" -> Israel).
    """
    best = None
    # Places named after the event word belong to it ("the Taliban in Kabul accused Pakistan of
    # strikes on Paktika"); the places before it are a fallback.
    pool = (
        [p for p in places if p.role == "loc" and (after is None or p.start >= after)]
        or [p for p in places if p.role == "loc"]
        # "50 nautical miles south-west of Aden" with nothing else named: the reference point it is
        or [replace(p, role="loc", ref_only=True) for p in places if p.role == "ref"]
        # "... killed 20 people, the Gaza health ministry said" with no other place: the body's place
        or [replace(p, role="loc") for p in places if p.role == "body"]
    )
    if pool and all(p.role == "loc" and p.rank < RANK["city"] for p in pool):
        # "a car hit on the road between X and Y in southern Lebanon": the road the towns name is finer than
        # the region around it
        pool = pool + [p for p in places if p.role == "ref" and p.route and not p.distant]
    for p in pool:
        if best is None or _specificity(p) > _specificity(best):
            best = p
    if best is not None and best.rank <= 1:
        # "sirens in Talmei Elazar ... intercepted before crossing into Israeli territory", "three raids
        # east of Saada, in northern Yemen": a country is narrowed by a spot in it named before the
        # event word or as a near reference point (no distance given), never replaced by another country
        inside = [
            p
            for p in places
            if p.rank >= 3
            and p.country == best.country
            and (p.role == "loc" or (p.role == "ref" and not p.distant))
        ]
        if inside:
            best = replace(max(inside, key=_specificity), role="loc")
    if best is not None and best.country is None and best.rank > 2:
        # (a border's country is no more the scene's than its neighbour's: "X, near the Russian border")
        known = [p for p in places if p.country and p.role in ("loc", "ref") and not p.border]
        if known:
            near = min(known, key=lambda p: abs(p.start - best.start))
            # ("the village of X in Syria's Hama province": the country's province right after it holds the spot)
            near = next((p for p in known if p.start == near.end + 1 and p.rank >= 3 and p.country == near.country), near) if near.rank < 3 else near
            # "30 km north of X" locates the scene, which does not lie in X; "northwest of X" may; nor does
            # it lie in a town a road is named by ("on the X-Y highway near Z": Z is no part of Y)
            within = best.within or (near.name if near.rank >= 3 and not near.distant and not near.route else None)
            best = replace(best, country=near.country, within=within)
    return best


_AND_LONG = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:[\w’'-]+\s+){0,5}")
_PLURAL_HEAD = re.compile(
    r"\s+(?:areas|regions|provinces|districts|cities|governorates|oblasts|towns|villages)\b"
)
_AND = re.compile(r"\s*(?:,|and|,\s*and|or)\s+(?:the\s+|in\s+)?")
#: "and" then a toll of its own right before the next place: "killed five militants in Iraq and three in Syria",
#: "killed five in Iraq and wounded three in Syria" (the same deed's toll in a second place).
_AND_TOLL = re.compile(rf",?\s+and\s+(?:(?:wounded|injured|killed)\s+)?(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\s+(?:(?:more|others?)\s+)?(?:(?!(?:and|in)\b)[a-z-]+\s+)?in\s+(?:the\s+)?", re.I)
#: A name, then "in" right before a place: the place says where that name lies ("X and Blida in the south").
_NAME_IN = re.compile(r"\b(?-i:[A-Z])[\w’'-]*\s+in\s+$")
#: A verb of its own before the place's preposition, in the words after "and": "over A and blasts reported near
#: B", "in A and shots heard in B". The place is another clause's scene, not a second target of this one
#: (where targets lie is not a verb of their own: "depots located in B").
_OWN_VERB_BEFORE = re.compile(
    r"\b(?!(?:located|based|situated|stationed|positioned|held|controlled|occupied|disputed)\b)[a-z]+(?:ed|en|ard)\s+"
    r"(?:near|in|at|over|on|outside|around|inside|across|off)\s"
)


def coordinated_countries(art: Document, places: list[Place], under_head: bool = False) -> list[Place]:
    """Places listed together as targets ("in Iraq and Syria", "in Sanaa and the stronghold of Saada").

    Countries count when nothing more specific is named; otherwise cities, bases and regions. With
    ``under_head``, only a list sharing one plural kind word ("A and B regions"), which is otherwise one
    place: its members are scenes of their own only when each has a toll of its own (the caller's test).
    """
    locs = [p for p in places if p.role == "loc"]
    if not locs:
        return []
    across = _tolls_across_borders(art, locs)
    if across:
        return across
    top = max(p.rank for p in locs)
    if top > 1:
        locs = [p for p in locs if p.rank >= 3]
    if not locs or art.words_before(locs[0].start, 1) == ["between"]:
        return []  # "the road between Tessalit and Kidal" is one place
    group = [locs[0]]
    for p in locs[1:]:
        gap = art.text[group[-1].end : p.start]
        if gap.strip() == "," and p.rank < group[-1].rank and p.country == group[-1].country:
            continue  # "Berestove, Kharkiv": the village in its province, not two targets
        shared_head = _PLURAL_HEAD.match(art.text, p.end)
        if _NAME_IN.search(gap) and not _AND.fullmatch(gap):
            continue  # "in A and Kfar X in southern Lebanon": where the name the gazetteer lacks lies
        if (
            (
                _AND.fullmatch(gap)
                or (top > 1 and _AND_LONG.fullmatch(gap) and not _OWN_VERB_BEFORE.search(gap))
                or _AND_TOLL.fullmatch(gap)
            )
            and p.name != group[-1].name
            and (under_head or not shared_head)
        ):
            group.append(p)
        elif len(group) == 1:
            group = [p]
    if under_head and not _PLURAL_HEAD.match(art.text, group[-1].end):
        return []
    # (a member named again as its town, "regions, killing one in A", is no more specific place of the list)
    again = {g.name for g in group} if under_head else set()
    if len(group) < 2 or any(p.rank > min(g.rank for g in group) for p in locs if p not in group and p.name not in again):
        return []  # "in Kupwara district of Jammu and Kashmir": the district is the place
    return group


def _tolls_across_borders(art: Document, locs: list[Place]) -> list[Place]:
    """A town and a country of another, each with a toll of its own ("killed six in Gaza and two in
    Lebanon"): two scenes, though one is named only by its country (which a town beside it would
    otherwise outrank as the more specific place of one scene)."""
    group: list[Place] = []
    for a, b in pairwise(locs):
        if (
            _AND_TOLL.fullmatch(art.text[a.end : b.start])
            and a.country
            and b.country
            and a.country != b.country
            and (min(a.rank, b.rank) < 3 or group)
        ):
            group = group or [a]
            if group[-1] is a:
                group.append(b)
    if not any(p.rank < 3 for p in group) or _PLURAL_HEAD.match(art.text, group[-1].end):
        return []
    return [_spot_in(art, locs, p) for p in group]


#: What ties a spot to the country named right after it ("near X in Syria") ...
_SPOT_IN_COUNTRY = re.compile(r",?\s+in\s+(?:(?:northern|southern|eastern|western|central)\s+)?")
#: ... or right before it, as the country's own ("in Iraq's X district"; the country's mention holds its
#: possessive, so this reads from the country's first letter).
_COUNTRYS_SPOT = re.compile(r"[\w .-]+['’]s?\s+(?:(?:north|south|east|west|central)(?:ern)?\s+)?")


def _spot_in(art: Document, locs: list[Place], p: Place) -> Place:
    """The spot a country of ``_tolls_across_borders`` qualifies, when one is named beside it ("three near
    X in Syria and two in Iraq's Y district": the scenes are X and Y, each with its toll); else the country."""
    if p.rank >= 3:
        return p
    k = locs.index(p)
    before = locs[k - 1] if k > 0 else None
    after = locs[k + 1] if k + 1 < len(locs) else None
    if before and before.country == p.country and before.rank >= 3 and _SPOT_IN_COUNTRY.fullmatch(art.text, before.end, p.start):
        return before
    if after and after.country == p.country and after.rank >= 3 and _COUNTRYS_SPOT.fullmatch(art.text, p.start, after.start):
        return after
    return p


def country_of(art: Document, places: list[Place]) -> str | None:
    for p in places:
        if p.country:
            return p.country
    return None
