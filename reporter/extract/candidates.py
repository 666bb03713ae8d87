"""Incident candidates: what one clause of a sentence says happened, before references are resolved.

Each clause with an event word gives a candidate with its type (from the event word and the
weapon), date, place, actors, weapons, count, casualties and attribution, and a note of how it
refers back ("the drones" -> definite, "two of the drones" -> partitive). incidents.py decides
which candidates are new incidents and which enrich earlier ones.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from reporter import ship_nouns
from reporter.extract import casualties, events, speech
from reporter.extract.actors import (
    FORCE_WORDS,
    LAUNCH_VERBS,
    actor_name,
    agents,
    attribution,
    clash_sides,
    clause_attribution,
    doers_held_to_be,
    doers_told_before,
    group_referent,
    is_passive,
    suspected_after,
)
from reporter.extract.dates import (
    BOUNDED_STRETCH,
    FORWARD,
    SINCE_BEFORE,
    WEEKDAY,
    YEAR_WRITTEN,
    DateMention,
    DateSpan,
    month_span,
    year_span,
)
from reporter.extract.document import Document
from reporter.extract.lexicon import RANK, Mention
from reporter.extract.numbers import NUMBER, QUALIFIER, parse_number
from reporter.extract.places import (
    POSSESSIVE,
    Place,
    aimed_at,
    answered_from,
    best_place,
    coordinated_countries,
    country_part,
    country_place,
    dateline_town,
    distance_km,
    entry_filed_from,
    filed_from_capital,
    nested,
    over_or_a_part,
    overseas,
    places_in,
    ships,
    somewhere_in,
    story_homes,
    town_told_after,
)
from reporter.extract.prefilter import Folded, Prefiltered, guarded
from reporter.extract.records import replace, slot_init
from reporter.extract.salvos import (
    ALL_BUT_OF_THEM,
    left_out,
    salvo_size,
    salvo_told,
    size_told_before,
    stopped_of,
)
from reporter.extract.text import (
    CLOCK_STAMP,
    GAP_WORD,
    LIST_MARK,
    STAMP_LINE,
    Sentence,
    Token,
    relative_opener,
    words,
)
from reporter.extract.threats import (
    QUOTE_GOES_ON,
    Threat,
    harm_disowned,
    harm_untargeted,
    is_evacuation_warning,
    quote_goes_on,
    threat_args,
    threatens,
)
from reporter.wordlists import RITES, STRUCK_SITES, alternation

CLASS_TYPE = {
    "drone": "drone_attack", "missile": "missile_attack", "rocket": "rocket_attack", "shell": "shelling",
    "bomb": "explosion", "aircraft": "air_strike",
}  # fmt: skip
#: Determiners that make a weapon refer back ("the drones", "these projectiles"); not "its drones".
_DEMONSTRATIVE = words("the these those this that both such")
_DEFINITE = words("the these those this that both its their such")
#: Words that open a phrase of their own between a determiner and an event noun, so the determiner is
#: another noun's: "blamed the rebels for shelling" (the rebels, not a shelling told before).
_PHRASE_OPENERS = words("for of in on at by with from to into over against after during")
MILITARY = guarded(re.compile(
    r"\b(?:military|militants?|troops|forces|soldiers|army|bases?|targets?|positions?|militia(?:s|men|man)?|fighters|jets|"
    r"warplanes|artillery|air\s+defen[cs]es?|armed|insurgents|rebels|terror\w*|jihadists?|missiles?|drones?|"
    r"rockets?|bomb\w*|explosive\w*|gunm[ae]n|weapons?|munitions?|outposts?|convoys?|checkpoints?|barracks|navy|warships?|"
    r"vessels?|ships?|tankers?|killed|wounded|injured|casualties|police|killing|wounding|fatalities|gangs?|"
    r"gunboats?|dissidents|guerrillas?|paramilitar\w*|shooters|cartels?|settlers|assailants|attackers|injuring|"
    r"extremists|bandits|separatists|dead|deaths|died|deadly|slain"
    # (one force named in the singular: "members of a security force were hurt in the fighting")
    r"|security\s+force"
    # (a people's units are its forces: "Ukrainian units beat back an assault"; not "housing units")
    r"|(?-i:[A-Z])\w+\s+units"
    # (armed bands by their collective nouns: "rival factions clashed", "Turkish-backed groups fought")
    r"|factions|(?:backed|aligned|allied|linked)\s+(?-i:groups?))\b",
    re.I,
))
#: Words that make many weapons or strikes one raid when it has its own day and spot.
#: ... and so do words of a course going on ("continued shelling the town on Monday"): on that day, at that spot.
_MANY_AS_ONE_RAID = re.compile(
    r"\b(?:(?:a|another)\s+(?:new\s+|fresh\s+|massive\s+|large\s+)?(?:wave|series)\s+of|numerous|multiple"
    r"|(?:continued|continues|continue|continuing|kept)(?:\s+to)?(?=\s+(?:attack|target|strik|fir|launch|shell|bomb|raid))"
    # "shelled the town 20 times on Monday": the strikes counted at one spot on one day are one raid
    r"|\d[\d,]*\s+times)\b",
    re.I,
)
#: "another attack", "a second strike", "in a separate attack": one more event of the kind told.
_FURTHER_ATTACK = re.compile(r"\b(?:another|a\s+(?:second|third|fourth|further|separate|similar))\s+(?:[\w-]+\s+)?$", re.I)
#: A count of things told before as a clause's whole subject: "One of them hit", "but two struck", "Some of
#: those landed" (the clause opens with it, or a conjunction does just before it).
_SOME_OF_THEM = guarded(re.compile(
    rf"(?:^|[,;:]\s*|\b(?:but|and|while|though|although)\s+"
    # ... or what is shown or said opens with it: "satellite images showed that several struck the base"
    r"|\b(?:show(?:s|ed|n)?|found|suggest(?:s|ed)?|indicat(?:es|ed)|confirm(?:s|ed)|said|says)\s+that\s+)"
    # (a vague plural counts them too: "dozens struck the base", "hundreds got through")
    # ("but at least one struck": a hedge on the count is still a share of them)
    rf"\W*(?:(?:(?:at\s+least|at\s+most|only|just|more\s+than|fewer\s+than|nearly|about)\s+)?(?:{NUMBER})"
    r"|some|most|several|many|a\s+few|dozens|scores|hundreds"
    # ... or the whole, or near it: "all", "nearly all", "the vast majority", "all but two" (salvos.py counts the rest)
    rf"|(?:(?:nearly|almost|virtually|practically)\s+)?all(?:\s+(?:but|except|save)\s+(?:{NUMBER}))?"
    r"|the\s+(?:vast\s+|overwhelming\s+)?majority"
    # ... or the rest of them, told by what is left: "the other three", "the remaining two", "the rest",
    # "those that got through" (a short relative clause may say how they got there)
    rf"|(?:the\s+(?:(?:other|remaining|last)\s+)?(?:{NUMBER})|the\s+(?:rest|remainder|others)|those|the\s+ones)"
    r"(?:\s+(?:that|which)\s+(?:[\w-]+\s+){1,3}?(?:through|past|intercepted|downed|stopped))?)"
    r"(?:\s+of\s+(?:them|those|these))?\s+(?:(?:also|then|reportedly|later|eventually|still)\s+)?$",
    re.I,
))
#: The number of a share of them: "two" in "but at least two", "the other three".
_SHARE_NUMBER = re.compile(rf"(?<![-/\w])(?:{NUMBER})(?![-\w])", re.I)
#: "also" right before a word: "it also struck".
ALSO_BEFORE = re.compile(r"\balso\s+$", re.I)
#: A doer told before, named again by a pronoun with "also": "it also", "they had also".
_PRONOUN_ALSO = re.compile(r"\b(?:it|they|the\s+group)\s+(?:(?:had|has|have)\s+)?also\s+$", re.I)
_AGAIN_AFTER = re.compile(r"\s+again\b", re.I)
_SINCE_ADVERB = re.compile(r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b|\bever\s+since\b", re.I)
_PRONOUN_COUNT = guarded(re.compile(
    rf"\b(?:(?P<n>{NUMBER}|both|all)|(?P<p>they|it|most|some|none|the\s+majority|the\s+rest|the\s+remainder|the\s+others?"
    r"|the\s+(?:first|second|third|fourth|fifth|last|other)))\s+(?:of\s+(?:which|them|those|these)\s+|\w+\s+)?"
    r"(?:were|was|had\s+been|have\s+been)?\s*$",
    re.I,
))
#: The event just told counted among others of its kind: "this was the second blast", "it is the third attack",
#: "it marked at least the fourth such attack", "it was the 12th drone attack".
_NTH_OF_ITS_KIND = re.compile(
    r"\b(?:this|it|that)\s+(?:was|is|marks|marked)\s+(?:at\s+least\s+)?the\s+"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?$",
    re.I,
)
#: ... then the earlier one told after "as" or "after" with its own harm: ", as two people were wounded".
_EARLIER_TOLD_AFTER = re.compile(
    r"[^,;.]{0,80},?\s+(?P<as>as|after)\s+(?:[\w-]+\s+){1,4}?(?:were|was)\s+(?:killed|wounded|injured|hurt)\b", re.I
)
_ORDINAL_SUBJECT = re.compile(
    r"\bthe\s+(?:first|second|third|fourth|fifth|last|other|remaining)\s*$"
    # "one blew up beside the ship and a third fell into the waves": a bare ordinal after one weapon told
    r"|\b(?:while|and|as|but|,)\s+a\s+(?:second|third|fourth|fifth)\s*$",
    re.I,
)
_COUNT_BEFORE = Folded(re.compile(
    # the words between a number and its weapon describe it ("two Iranian-made"), never a toll or a
    # place ("30 injured in a drone attack": the 30 are people)
    # (nor the number of a model's name: "an F/A-18 fighter jet", "Kh-101 missiles" count one and none;
    # nor the minutes of a clock: "09:40 A missile struck" in a live blog counts one)
    rf"(?:(?P<q>{QUALIFIER})\s+)?\b(?<![-/:])(?P<n>{NUMBER}|an?|both)\s+"
    r"(?:(?!(?:of|in|at|on|by|and|were|was|injured|wounded|killed|dead|hurt|people|soldiers|civilians)\s)"
    # nor a span of time: "for two hours as drones attacked Kyiv" counts no drone
    r"(?!(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)\s)"
    # nor another number: "2020-12-20 Eight rockets" counts eight
    rf"(?!(?:{NUMBER})\s)[\w’'/-]+\s+){{0,3}}$",
    re.I,
))
_PARTITIVE = re.compile(
    rf"\b(?P<n>{NUMBER}|both|all|some|most|many|several)\s+(?:out\s+)?of\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+){{0,2}}$",
    re.I,
)
#: "shot down 30 of 40 missiles", "30 out of 40": the part stopped, of the whole launched (which the attack counts).
_PART_OF_COUNT = re.compile(rf"\b(?P<n>{NUMBER})\s+(?:out\s+)?of\s+(?:{NUMBER})\s+(?:[\w-]+\s+){{0,1}}$", re.I)
#: One weapon told by its place in a series, with the definite article: "the first drone", "the last missile".
_ONE_BY_ORDINAL = re.compile(
    r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|lone|only|single)\s+(?:[\w’'-]+\s+)?$",
    re.I,
)
_ORDINAL_BEFORE = re.compile(r"\b(?:a|the)\s+(?:second|third|fourth|fifth|sixth)\s+$", re.I)
#: A weapon that came down short of any target: "fell short", "landed in farmland", "went astray".
_STRAYED = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:fell|landed|crashed|missed|strayed|(?:came|went)\s+(?:down|astray|wide))\b", re.I
)
_FROM_AIRCRAFT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:fired|launched|dropped)\s+(?:by|from)\b", re.I)
_IN_THE_AIR = re.compile(
    r"\b(?:over|above)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?-i:[A-Z])|\bin\s+(?:the\s+)?(?:air|skies|sky)\b|\bmid-?air\b"
    # over land told by its kind, not its name: "over several regions", "over the country's territory"
    r"|\b(?:over|above)\s+(?:[\w'’-]+\s+){0,2}?(?:regions|provinces|oblasts|territory|territories)\b",
    re.I,
)
_FLYING = frozenset({"drone", "missile", "rocket", "aircraft", "projectile"})
#: A weapon that sails, not flies: "naval drone", "sea drone", "drone boat", "surface vessel".
_SAILING = re.compile(r"naval|sea|boat|surface|underwater|maritime", re.I)
#: A named sea or gulf as the scene ("in the Red Sea", "over the Gulf of Aden"), not a port or coast on it.
_AT_SEA = re.compile(
    r"\b(?:in|over|above)\s+the\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,2}(?:Sea|Ocean)\b(?!\s+(?:port|coast|city|town|islands?)\b)"
    r"|\b(?:in|over|above)\s+the\s+Gulf\s+of\s+(?-i:[A-Z])[\w'’-]+\b(?!\s+(?:port|coast|city|town|islands?)\b)"
)
#: Air defence's own word for a weapon it stopped: "a drone was neutralised near the base".
_NEUTRALISED = re.compile(r"neutrali[sz]", re.I)
#: The launch of weapons, told by one list of verbs (actors.LAUNCH_VERBS), but for what was in flight:
#: after a weapon, it was fired ("drones launched by Russia", "missiles fired at the city"); only the two
#: verbs of firing, as "sent" and "dispatched" also tell a delivery ("drones sent to a depot");
_IN_FLIGHT = re.compile(r"\s+(?:(?:that|which)\s+(?:were|was|had\s+been)\s+)?(?:launched|fired)\b", re.I)
#: who fired it, right after the verb ("drones launched by the rebels");
_LAUNCHED_BY = re.compile(rf"\b{LAUNCH_VERBS}\s+by\s+", re.I)
#: ... or told in a relative clause, the launcher before the verb: "that Russia launched", "which the rebels fired".
_LAUNCHED_THAT = re.compile(rf"\b(?:that|which)\s+(?!(?:were|was|had|have|has|are|is|been|it|they)\s)(?P<who>(?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?[\w'’.-]+)\s+(?:had\s+|has\s+)?{LAUNCH_VERBS}\b", re.I)
#: ... or what they went for, told in a relative clause after them: "that targeted the base", "which were aimed at".
_TARGETED_THAT = re.compile(
    r"\b(?:that|which)\s+(?:had\s+|were\s+|was\s+)?(?:targeted|attacked|aimed\s+at|head(?:ed|ing)\s+(?:for|toward|towards))\s",
    re.I,
)
#: a verb of sending weapons, whose subject a later noun for the same event ("the largest attack") names;
_LAUNCH_VERB = re.compile(rf"\b{LAUNCH_VERBS}\b")
#: A quotation opened after a colon whose subject is its speaker's first person: ': "We', ': “Our', or a
#: speaker's label before its words with no quotation marks, as live pages and feeds give them ("X: Our jets").
_FIRST_PERSON_QUOTE = re.compile(r':\s*["“]?\s*(?:[Ww]e|[Oo]ur)\b')
#: What lies between an event verb and a further deed of its subject: "... on Tuesday and ", the object and scene
#: of the first verb and then "and" (no comma: "..., and police" may open a clause of its own).
_AND_THEN = re.compile(r"[^,;.]{0,120}?\s+and\s+(?:then\s+)?", re.I)
#: The opening of a noun that renames the clause's own deed, its means: "in an attack", "in what officials called
#: a raid", "in strikes", "during a raid", "with air strikes", "in a series of strikes".
#: (adjectives only between: "in a response to an attack by X" tells another deed)
_RENAMING_IN = re.compile(
    # ("in the latest attack", "in another raid": the deed named as one of a series)
    r"\b(?:in|during|with)\s+(?:(?:an?|the\s+latest|another|an?\s+(?:series|wave|string|spate)\s+of|what\s+(?:[\w-]+\s+){0,3}?(?:an?\s+)?)\s*)?"
    r"(?:(?!(?:to|for|of|against|on|by|after|response|retaliation|reply|revenge)\b)[\w-]+\s+){0,2}$",
    re.I,
)
#: a counted salvo right before its weapon word: "launched 273 ", "fired more than 40 ".
_LAUNCHED_COUNT = re.compile(rf"\b{LAUNCH_VERBS}\s+(?:about\s+|some\s+|more\s+than\s+)?{NUMBER}\s+$", re.I)
_AIR_DEFENCE = re.compile(r"\bair\s+defen[cs]es?\b|\bintercept", re.I)
#: What a launch was aimed at: "fired by the rebels at a tanker", "launched toward the city".
_AIMED_AT = re.compile(r"\s(?:at|on|against|toward|towards|into|targeting)\s", re.I)
#: An aim guessed at, not told: "... that were potentially headed toward Israel", "possibly aimed at".
_HEDGED_AIM = re.compile(
    r"\b(?:possibl[ey]|potential(?:ly)?|probabl[ey]|likely|perhaps|(?-i:may)|might|could|believed|thought|apparently)\s+"
    r"(?:(?:have\s+)?been\s+)?(?:[\w-]+\s+){0,2}?(?:at|on|against|toward|towards|into|targeting|for)\s",
    re.I,
)
_DAY_OFFSET = Prefiltered(re.compile(
    rf"\b(?:(?P<n>{NUMBER}|a|one)\s+(?P<u>days?|weeks?)|the\s+(?:day|night))\s+(?P<dir>earlier|before|later|after)\b(?!\s+(?:a|an|the)\b)"
    # "the following day", "the previous night": a day on from the event told before, or back
    r"|\b(?:the\s+)?(?P<dir2>following|next|previous|preceding)\s+(?:day|night|morning|evening)\b",
    re.I,
))
#: "..., a day after rockets hit the port", "two weeks before the raid": a stretch ending the clause
#: before one opened by "after"/"before" counts this clause's day from the event told there.
_OFFSET_BEFORE = re.compile(rf"\b(?P<n>{NUMBER}|a|one)\s+(?P<u>days?|weeks?)\s*$", re.I)
#: "..., days after rockets hit the port", "weeks after the raid", "a month after": a stretch of no told day before "after".
_VAGUE_STRETCH = re.compile(rf"\b(?:days|weeks|(?:(?:{NUMBER}|a|one)\s+)?(?:months?|years?))\s*$", re.I)
_OPENS_AFTER = re.compile(r"[\s,]*(?P<dir>after|before)\s", re.I)
#: A toll told by a participle ("killing 10", "wounding three"), after a comma.
_TOLL_PARTICIPLE = re.compile(r"(?:killing|wounding|injuring)\b", re.I)
_COMMA_BEFORE = re.compile(r",\s*$")
#: A sentence that opens with a clause set in time against another event: "After rebels shelled X, ...",
#: "Three days after ...", "Following strikes on Y, ...".
_OPENS_SUBORDINATE = re.compile(
    rf"\W*(?:(?:{NUMBER}|a|one)\s+(?:days?|weeks?|hours?)\s+)?(?:after|before|when|while|following)\s", re.I
)
#: A sentence that opens with a stretch after an event: "Three days after rebels shelled X, ...", "A week after".
_FRONTED_AFTER = re.compile(rf"\W*(?P<n>{NUMBER}|a|one)\s+(?P<u>days?|weeks?)\s+(?P<dir>after|before)\s", re.I)
_THAT = re.compile(r"\bthat\b")
#: A saying's complement opened with no "that": "told reporters on Monday it had arrested a man who ...".
_SUBJECT_AFTER = re.compile(r"\s+(?:they|it|he|she|we)\s", re.I)
_SAME_DAY = re.compile(
    r"\b(?:(?:the\s+same|that)\s+(?:day|night|morning|afternoon|evening)|(?P<in_day>(?:earlier|later)\s+in\s+the\s+day))\b",
    re.I,
)
_MILITARY_TARGET = re.compile(
    r"\W*(?:\w+\s+){0,4}?(?:base|camp|post|outpost|checkpoint|convoy|positions?|barracks|garrison|patrol)s?\b",
    re.I,
)
#: Fighting named by its sound, which can be only heard (events.heard): "gunfire was heard" (a clash, a
#: shootout or a siege is told as fought, not as heard).
_GUNFIRE_NOUN = re.compile(r"gunfires?$|shooting$", re.I)
#: A state's air arm as the doer right before the event word: "the air force struck", "Air Force jets have
#: killed" (not its base, its chief or a spokesman speaking for it).
_AIR_ARM_DOER = re.compile(
    r"\bair\s+forces?(?:['’]s)?\s+(?:(?:jets|aircraft|planes|warplanes|fighters|also|then|reportedly|have|has|had)\s+){0,2}$",
    re.I,
)
_BY_AIR_ARM = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?air\s+forces?\b(?!\s+base)", re.I)
#: Ground forces as the object of an attack ("attacked the Myanmar military column", "attacked Ukrainian
#: forces") or as its agent ("Russian military forces attacked ...").
_GROUND_UNITS = (
    r"(?:forces|troops|military|army|soldiers|police|policemen|column|outpost|checkpoint|station|positions?|"
    r"fighters|militants|rebels|insurgents|gunmen|militia(?:s|men)?|patrol|convoy|base|camp|post|barracks|garrison|"
    # armed civilians who attack ("settlers attacked farmers", "herdsmen killed 12 villagers") fight on the ground too
    r"settlers|assailants|attackers|herders|herdsmen|"
    # armed men of no state by any name ("jihadists killed 12 villagers", "bandits shot three farmers")
    r"jihadists|terrorists|extremists|bandits|guerrillas|separatists|paramilitaries|armed\s+(?:men|groups?)|"
    # hired or elite fighters and armed police of a state: "mercenaries killed 20 villagers", "gendarmes shot"
    r"mercenaries|commandos|gendarmes|marines|paratroopers|"
    # one armed man is as much a fighter on the ground: "a gunman attacked the embassy", "a man armed with a rifle"
    r"gunman|militant|insurgent|rebel|jihadist|militiaman|attacker|assailant|bandit|terrorist|soldier|"
    r"(?:m[ae]n|wom[ae]n)\s+armed\s+with\s+(?:[\w-]+\s+){0,3}?(?:rifles?|guns?|pistols?|kalashnikovs?|weapons?|firearms?|knife|knives))"
)
# ("the army's headquarters" is a building the army owns: no ground unit attacked)
_GROUND_FORCE = re.compile(rf"\W*(?:\w[\w'’-]*\s+){{0,5}}?{_GROUND_UNITS}\b(?!['’]s)", re.I)
_GROUND_FORCE_BEFORE = re.compile(
    # ("gunmen from Mali attacked", "militants based in Syria attacked": where they are from, between)
    rf"\b{_GROUND_UNITS}\s+(?:(?:from|based\s+in|loyal\s+to)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?"
    r"(?:(?:have|has|had|also|then|reportedly)\s+)?$",
    re.I,
)
#: A vessel or a load: what an interception may stop on its way, rather than shoot down.
_LOADS = r"flotillas?|ships?|vessels?|boats?|tankers?|freighters?|dhows?|shipments?|cargo|consignments?"
#: A vessel or a load as the direct object: "intercepted an aid flotilla", "intercepted a weapons shipment".
_LOAD_OBJECT = re.compile(
    r"(?:\s+and\s+\w+)?\s+[\"“‘]?(?:(?:the|a|an|its|their|two|three|several)\s+)?(?:[\w'’-]+\s+){0,3}?"
    # (arms carried, not fired: "intercepted weapons bound for the front", "intercepted arms and ammunition")
    rf"(?:{_LOADS}|smugglers?|trucks?|lorr(?:y|ies)|aid\s+convoys?|weapons|arms|ammunition|munitions)\b",
    re.I,
)
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b")
#: A vessel or a load as the subject of a passive: "the tanker was intercepted", "two boats were intercepted".
_LOAD_SUBJECT = re.compile(
    rf"\b(?:{_LOADS})\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
#: A ground unit as the direct object: "intercepted (and attacked) an army column".
_GROUND_OBJECT = re.compile(
    r"(?:\s+and\s+\w+)?\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:column|convoy|patrol|vehicles?|trucks?|forces|troops|soldiers|fighters|militants|unit)\b",
    re.I,
)
#: A one-word direct object that names nothing fired or flown (with no weapon named in the clause): "brought
#: down the ceiling", "intercepted 300 kilos of hashish". What an air defence stops is a weapon or an aircraft,
#: or is told as "the attack", "hostile targets", "them", "two of them", which this leaves alone; places and
#: times after the verb ("shot down over X", "on Monday") are no object. A word of amount ("over", "about")
#: opens an object only before a number: "intercepted over 300 kilos" (not "shot down over the sea").
_EARTHBOUND_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|some)\s+|(?:nearly|about|around|over|more\s+than)\s+(?=(?:[\d,.]+|"
    rf"{NUMBER})\s))*"
    r"[\"“‘']?(?:[\d,.]+\s+)?"
    r"(?!(?:attacks?|barrages?|salvos?|waves?|targets?|objects?|threats?|projectiles?|it|them|one|two|three|all|most|"
    r"both|each|several|many|some|the|hostile|aerial|enemy|incoming|suspected|unidentified|dozens|hundreds|more|"
    r"over|above|in|near|on|at|by|after|before|during|and|as|when|while|with|from|late|early)\b)"
    r"(?P<head>[a-z]+)\s*(?:[,.;]|of\s|$)",
    re.I,
)
#: What a country or capital can own: "U.S. base", "Iranian-backed", "Ankara's bombardment".
_OWNED = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:bases?|embassy|embassies|consulate|forces|troops|military|soldiers|personnel|"
    r"warships?|navy|outposts?|facilit(?:y|ies)|bombardment|strikes?|attacks?|offensive|campaign|operation)\b",
    re.I,
)
#: A state's works as what it owns: "Iran's nuclear facilities", "Ruritania's energy facilities" (not its
#: facilities at large: "America's facilities in the region" may be anywhere).
_HOME_WORKS = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:nuclear|energy|oil|gas|power|electricity|enrichment|(?:military-)?industrial|missile"
    r"|drone|weapons?|production)\s+facilit(?:y|ies)\b",
    re.I,
)
#: A warship as the one that intercepts: its interceptions happen at sea.
_NAVAL_INTERCEPTOR = re.compile(
    r"\b(?:warships?|destroyers?|frigates?|cruisers?|corvettes?|(?:aircraft\s+)?carriers?|(?:navy|naval)\s+(?:ships?|vessels?)|the\s+ship|"
    r"(?-i:USS|HMS|INS|FS|HNLMS|HDMS))\b",
    re.I,
)
_VESSEL = re.compile(rf"\b(?:{ship_nouns.alternation(ship_nouns.SHIPS, 's?')}|shipping|destroyers?)\b", re.I)
#: A ship named as what something came down beside: "near a vessel", "close to the tanker".
_NEAR_SHIP = re.compile(rf"\b(?:near|close\s+to|beside|next\s+to|in\s+the\s+vicinity\s+of)\s+(?:a|an|the|one|their|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{ship_nouns.alternation(ship_nouns.SHIPS, 's?')})\b", re.I)
_LIST_WORD = re.compile(r"\b(?:and|or|as\s+well\s+as)\b", re.I)
_AND_CLAUSE = re.compile(r",?\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:of\s+|in\s+)?(?-i:[A-Z])", re.I)
#: Armed men of no state, as a word alternation each list of fighters below starts from ("militia" alone,
#: "attackers", "troops" ... are added where the list wants them).
_ARMED_MEN = r"fighters|militants|gunmen|insurgents|rebels|jihadists|militias|militiamen|bandits|terrorists"
_GROUND_FIGHTERS = re.compile(rf"\b(?:{_ARMED_MEN}|militia|attackers|assailants|troops|soldiers)\b", re.I)
_DETERMINED = re.compile(
    r"\b(?:the|these|those|its|their|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: Ordnance left from earlier fighting: "an unexploded Israeli shell", "a leftover mine".
_LEFTOVER = re.compile(r"\b(?:unexploded|leftover|left-over|abandoned|dud)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: Bombs told as worn by attackers: "wearing suicide vests", "equipped with explosive belts".
_WORN = re.compile(r"\b(?:wearing|wore|worn|equipped\s+with|strapped\s+with|clad\s+in)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: A blast told in other words than an event word: "blew themselves up", "detonated", "a blast".
BLAST_TOLD = re.compile(r"\b(?:blew|blow|blowing|detonat\w*|blasts?|explo\w*)\b", re.I)
_REPELLED = re.compile(rf"\b(?:{events.FEND_VERBS})\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}$", re.I)


def repelled_before(text: str, clause_start: int, pos: int) -> bool:
    """The event word at ``pos`` is an assault fought off ("the army repelled an attack on its post"): told
    by the side that held, a battle, not the attacker's claim of its raid."""
    return _REPELLED.search(text, max(clause_start, pos - 30), pos) is not None or events.foiled_by_force(text, pos) is not None


def _repellers(art: Document, cl: events.Clause, trig: events.Trigger) -> list[str]:
    """The side that fought off an assault told as the object of its verb ("Joint Forces repelled an RSF
    assault"): it fought, so it is a side of the clash beside the attacker (never a "by" phrase after the verb,
    which names the attacker: "repelled an assault by X")."""
    told = _REPELLED.search(art.text, max(cl.start, trig.start - 30), trig.start)
    if told is None:
        # ("Nigerien soldiers thwarted a JNIM attack": foiled as it came, by the side that held)
        foiled = events.foiled_by_force(art.text, trig.start)
        return [] if foiled is None else agents(art, cl.start, cl.end, *foiled, subject=True, by=False)
    verb = re.match(r"\w+(?:\s+(?:off|back))?", art.text[told.start() :])
    assert verb is not None  # (the pattern opens with a word)
    return agents(art, cl.start, cl.end, told.start(), told.start() + verb.end(), subject=True, by=False)


#: An attack from the air fought off, told before or after its word: "repelled a drone attack", "the missile
#: attack on the port was thwarted".
_FENDED_BEFORE = re.compile(
    rf"\b(?:{events.FEND_VERBS}|thwart(?:ed|ing|s)?|"
    r"foil(?:ed|ing|s)?|prevent(?:ed|ing|s)?|avert(?:ed|ing|s)?|neutrali[sz](?:ed|es|ing|e))\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_FENDED_AFTER = re.compile(
    r"(?:\s+(?!and\b|but\b)[\w'’-]+){0,6}?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:repelled|repulsed|thwarted|foiled|prevented|averted|fended\s+off|beaten\s+back)\b",
    re.I,
)
#: Bombs told as what came down, right before the fall's word: "bombs fell", "a guided aerial bomb landed".
_BOMB_FELL = re.compile(r"\bbombs?\s+(?:(?:had|have|has|then|reportedly)\s+)?$", re.I)
#: "crashed into an apartment block" hit something; "crashed into a field / the sea" did not.
_INTO = re.compile(
    r"\s+into\s+(?!(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:fields?|farmland|sea|water|lake|river|forest|woods?|"
    r"ground|open\s+(?:area|ground|land)|empty\s+(?:lot|area|land)|wasteland|swamp|marsh|hills?|desert)\b)",
    re.I,
)
_GUNSHOT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:ammunition|bullets?|shots|gunshots|rounds|gunfire)\s+(?:at|on|upon|toward|towards|into)\b", re.I
)
_AT_TARGET = re.compile(r"\s+(?:at|on|upon)\b", re.I)
#: A clash word that is gunfire or battle by itself: "exchanged fire", "gunfight", "shootout", "opened
#: fire", "heavy fighting", "fighting raged" (whoever the parties are; a quarrel is "fighting over").
_GUNFIRE = re.compile(r"fire|gun|shoot|ambush|ramm|(?:heavy|fierce|intense)\s|(?:fighting|battles?)\s+(?:\w+\s+){0,2}?(?:raged|erupted|broke)", re.I)
#: "clashed with the minister over the budget": a quarrel about something, not fighting.
_TOPIC = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:over|about)\s+(?!(?:the\s+)?(?:town|city|village|area|border|region)\b)", re.I)
#: What falls when a weapon is shot down or breaks up: debris, not a weapon aimed at a target.
_DEBRIS = re.compile(
    r"\b(?:debris|fragments?|shrapnel|pieces|parts|remnants|wreckage|(?:falling\s+|such\s+|unidentified\s+)objects?)\b"
    r"(?:\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?)?(?:\s*(?:had|has|have|was|were|reportedly|then))*\s*$",
    re.I,
)
_DEBRIS_WORD = re.compile(r"debris|fragments|wreckage|shrapnel", re.I)
#: A relative clause whose subject is the weapon just named: "the drone that struck", "a missile which had hit".
_THAT_DID = re.compile(r"\s+(?:that|which)\s+(?:had\s+|has\s+)?", re.I)
_DEBRIS_OF = re.compile(
    r"\b(?:debris|fragments?|shrapnel|pieces|parts|remnants|wreckage)\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I
)
#: "During the battle, ...", "in the course of the fighting": what follows is a part of an event told.
_PART_OF = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of|as\s+part\s+of)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:battle|clash(?:es)?|fighting|attack|assault|raid|operation|offensive|ambush|confrontation|firefight|gunfight|incident)\b",
    re.I,
)
#: A phase of an attack told before: "the assault began with blasts at the gate", "the raid started when a car
#: bomb went off", "two blasts, marking the start of the attack on the hotel".
_PHASE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|siege|raid|ambush|offensive|operation)\s+"
    r"(?:began|begun|started|opened|commenced)\s+(?:with|when|as)\b"
    r"|\b(?:marking|signalling|signaling|heralding)\s+the\s+(?:start|beginning|opening|onset)\s+of\s+(?:the|this|that)\b",
    re.I,
)
#: "... fired heavy weapons as reinforcement": support given to a fight told before.
_REINFORCEMENT = re.compile(r"\bas\s+(?:a\s+)?(?:reinforcements?|support|cover)\b", re.I)
_FALL_WORD = re.compile(r"(?:fell|fallen|falls?|landed|lands?|crash(?:ed|es)?|struck|hit|hits|slammed)\b", re.I)
_HARM = re.compile(r"\b(?:killing|injuring|wounding|killed|injured|wounded)\b", re.I)
#: "another strike", "a second attack", "a new raid": a further event; "its second week" is a span.
NEW_EVENT = re.compile(
    # ("Separately, ...", "Additionally, ...", "Elsewhere, ...": a sentence adverb that turns to another event)
    r"\b(?:also|another|second|an?\s+(?:third|fourth|fifth)|further|separately|additionally|elsewhere|(?P<new>new|fresh|separate))\b"
    r"(?!\s+(?:day|days|week|weeks|month|months|year|years)\b)"
    # "another 17 were wounded" counts more victims; "the second battalion" names a unit
    r"(?!\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\s+(?:(?:more|other)\s+)?"
    r"(?:were|people|persons|others|civilians|wounded|injured|killed|dead|hurt)\b)"
    r"(?!\s+(?:battalion|brigade|regiment|division|corps|army|fleet|company|squadron|platoon)s?\b)"
    # "a new drone called Yafa", "a new construction area": "new" tells a further event only of an event
    # noun ("a new wave of strikes", "fresh attacks")
    r"(?(new)(?=\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|raids?|waves?|barrages?|salvos?|volleys?|rounds?|"
    r"assaults?|offensives?|bombardments?|bombings?|shelling|clashes|fighting|incidents?|operations?|incursions?)\b))",
    re.I,
)
#: "The raid follows Sunday's strike on X", "it came two days after rebels shelled Y": the event told after
#: the verb is an earlier one the subject came after, not the subject told again.
_CAME_AFTER = re.compile(
    r"\b(?:follow(?:s|ed)(?!\s+by\b)|(?:came|comes|come)\s+(?:(?:just|only|barely|a|one|two|three|four|five|several|few|\d+)\s+)*"
    r"(?:(?:days?|hours?|weeks?)\s+)?after)\s+(?:[\w'’-]+\s+){0,4}?$",
    re.I,
)


@slot_init
@dataclass(frozen=True, slots=True)
class Cand:
    """What one clause says happened: an event frame with its arguments, before linking."""

    type: str
    pos: int
    s_idx: int
    clause: tuple[int, int]
    evidence: tuple[int, int]
    date: DateSpan | None = None
    #: how firmly the date belongs to the event: 3 its own clause, 2 its sentence, 1 inherited
    date_q: int = 0
    date_kind: str = ""
    place: Place | None = None
    origin: str | None = None
    destination: str | None = None
    actors: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    weapon_class: str | None = None
    count: int | None = None
    killed: int | None = None
    injured: int | None = None
    attribution: str | None = None
    #: how the mention refers back: "" (new), definite, partitive, possessive, perception
    anaphor: str = ""
    weak: bool = False
    own_weapon: bool = False
    #: the event word is a plural noun ("the strikes"): a pattern more often than one event
    plural: bool = False
    #: made from "fell"/"landed": an impact, often of weapons an attack just told of
    impact: bool = False
    #: the event word itself carries the determiner ("the attack", "the barrage"): whatever weapons
    #: the clause names were used in the event referred to
    event_ref: bool = False
    #: the event frame's kind (events.py), kept for later stages and learned layers
    kind: str = ""
    #: the weapons already told of are what the verb acted on ("the drones were targeted because ..."):
    #: more said of an event they were in, not an attack of their own
    patient: bool = False
    inherited: bool = False
    #: the event word as written ("returned fire"), for rules that read a sentence's candidates together
    trigger_word: str = ""
    #: told as a part of an event referred to ("During the battle, jets struck ..."): no event of its own
    part_of: bool = False
    #: told by its victims alone ("two soldiers were wounded"): the toll of an event just told, when one is
    victims_only: bool = False
    #: the article says its weapon is unknown ("would not say which weapon hit the post"): of untold means
    means_untold: bool = False
    #: the sides a fight's word tells ("clashes between X and Y", "clashed with Y"), reported with its doers but
    #: kept apart from them while events are linked: the side fought is no doer a follow-up must share
    sides: tuple[str, ...] = ()


#: A stretch of days set between two events: "a day after", "two weeks before", "days after", "the day before".
_DAYS_BETWEEN = re.compile(
    rf"\b(?:(?:{NUMBER}|a|one|the)\s+day|(?:(?:{NUMBER}|a|one|several|few)\s+)?(?:days|weeks?))\s+(?:after|before)\s", re.I
)


def told_days_apart(art: Document, a: Cand, b: Cand) -> bool:
    """Two events of one sentence set a stretch of days apart by its words ("gunmen killed four in X on Sunday, a
    day after a car bomb exploded in its market", "Two days before rebels shelled Y, ..."): each its own event."""
    if a.s_idx != b.s_idx:
        return False
    return _DAYS_BETWEEN.search(art.text, art.sentences[a.s_idx].start, max(a.pos, b.pos)) is not None


def came_after(text: str, c: Cand) -> bool:
    """Whether ``c`` is told as the earlier event its clause's subject came after ("The raid follows
    Sunday's strike on X"): another event than the one the subject refers to."""
    # (a clause opened by "after" starts there: "The strikes came | after rebels fired rockets")
    return (
        _CAME_AFTER.search(text, max(0, c.clause[0] - 40), c.pos) is not None
        or _LONG_AFTER.search(text, max(0, c.pos - 60), c.pos) is not None
    )


#: A span of months or years back to the event named next: "(launched an offensive on Monday,) a year after the
#: group's bombing", "months after the".
_LONG_AFTER = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|many|\d+)\s+(?:years?|months?|decades?)\s+(?:after|since)\s+(?:[\w'’-]+\s+){1,3}$",
    re.I,
)


#: A threat word its own verb denies: "had not warned residents", "never threatened", "struck without warning"
#: (a threat's own words deny often: "warned that no place would be safe", so only right before it counts).
_NOT_WARNED = re.compile(r"\b(?:not|never|without|n't)\s+(?:(?:yet|even|publicly|formally|previously|been)\s+)?$", re.I)


#: A list item's mark opening a line: "- ", "• ", "* " (a summary's bullets, not a title).
_LIST_MARK = re.compile(LIST_MARK + r"\s")


def is_headline(art: Document, s_idx: int) -> bool:
    """A title or byline line opening the text: no closing punctuation, alone in its paragraph, and not an item
    of a list ("Key points" over "- Iran fired 20 missiles at Israel": each bullet tells its event)."""
    return s_idx <= 2 and title_shaped(art, s_idx) and _LIST_MARK.match(art.sentences[s_idx].text) is None


def title_shaped(art: Document, s_idx: int) -> bool:
    """A line of a title's form, wherever it stands: no closing punctuation, alone in its paragraph (a
    title, byline, caption, credit or dateline)."""
    s = art.sentences[s_idx]
    if s.text.rstrip()[-1:] in ".!?\"”’'":
        return False
    return art.text[s.end : s.end + 2].startswith("\n") or s.end == len(art.text)


#: A line pointing to another story ("Also read: ...", "Related | ...", "READ MORE" above a list of
#: titles): the title it carries tells no event of this article.
_LINK_MARK = re.compile(
    r"\W*(?:also\s+read|read\s+(?:also|more|next)|related(?:\s+(?:news|stories|articles?|coverage))?"
    # "More to read", "Must read", "More stories", "You may also like": a web page's list of other stories
    r"|(?:more\s+to|must)\s+read|more\s+(?:stories|news|coverage)|you\s+(?:may|might)\s+also\s+like"
    r"|see\s+also|watch\s+more|read)\b\s*(?:[:|>»]|$)",
    re.I,
)
_CLOSED = ".!?\"”’'"


def is_link_line(art: Document, s_idx: int) -> bool:
    """The sentence is a link to another story: opened by a link mark, or one of the bare titles,
    each its own line with no closing stop, that a bare mark heads."""
    s = art.sentences[s_idx]
    if _LINK_MARK.match(s.text):
        return True
    for i in range(s_idx - 1, max(-1, s_idx - 6), -1):
        if s.text.rstrip()[-1:] in _CLOSED or art.sentences[i].paragraph == s.paragraph:
            return False
        s = art.sentences[i]
        m = _LINK_MARK.match(s.text)
        if m is not None:
            return m.end() >= len(s.text.rstrip())
    return False


#: A text's last words broken off in a word or before its noun: "near the port i", "three officers and a".
_BROKEN_END = re.compile(r"(?:^|\s)[a-z]+\s*$")


def is_cut_off(art: Document, s_idx: int) -> bool:
    """The sentence is the text's last, cut off mid-way (a page saved or quoted short): no closing stop,
    and it ends on a lower-case word ("attacked near the port i", "a blast left three dead and a"),
    where a title, credit or link ends on a name, a number or an address. What it tells is not told in
    full: no event is read from it. A text of one or two sentences (a probe, a headline and its lead)
    is read whole."""
    if s_idx != len(art.sentences) - 1 or s_idx < 2:
        return False
    s = art.sentences[s_idx]
    body = s.text.rstrip()
    # (a list's last item, "- Most were intercepted; one hit X, killing six", is whole without a stop, as its
    # items before are, unless it ends on a word no phrase ends on: "- Grenade attack leaves two guards and a")
    return (
        bool(body)
        and body[-1] not in _CLOSED
        and not art.text[s.end :].strip()
        and _BROKEN_END.search(body) is not None
        and (_LIST_MARK.match(body) is None or _DANGLING_END.search(body) is not None)
    )


#: A last word no phrase ends on (an article, a conjunction, a preposition): a line cut off before its noun.
_DANGLING_END = re.compile(r"\b(?:a|an|the|and|or|but|of|in|at|on|to|near|with|for|by|from|into|its|their)\s*$", re.I)


#: "Khartoum - Al Azhari (Khartoum)", "Rio de Janeiro - North Zone,": a city and its quarter, one name.
_ZONE_DASH = re.compile(r"\s+-\s+(?:(?:al|el|Al|El)[-\s])?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*[(,]")


def _zone_dashes(art: Document, a: int, b: int) -> list[tuple[int, int]]:
    """Dashes that join a known place to its quarter, so the clause does not break there."""
    out = []
    for m in art.mentions_in(a, b):
        z = _ZONE_DASH.match(art.text, m.end, b)
        if z is not None and m.of("place") is not None:
            out.append((m.end, z.end()))
    return out


#: "near X – a town in Y province – on Tuesday": an aside between dashes that says what a place is; the
#: clause runs on through it to the day and toll told after it.
_PLACE_ASIDE = Prefiltered(
    re.compile(
        r"(?<=[A-Za-z])\s+[–—-]{1,2}\s+(?:a|an|the)\s+[^–—.;:!?\n]{0,60}?"
        r"\b(?:town|village|city|district|province|region|area|neighbou?rhood|camp|base|port|suburb)\b"
        r"[^–—.;:!?\n]{0,60}?\s+[–—-]{1,2}\s+"
    )
)

#: A dash after a space, as each of an aside's two dashes stands (_PLACE_ASIDE's "\s+[–—-]").
_SPACED_DASH = re.compile(r"\s[–—-]")


def _place_asides(art: Document, a: int, b: int) -> list[tuple[int, int]]:
    """Dashes around an aside saying what the place named right before them is, so the clause does not
    break there."""
    text = art.text
    # Every aside opens and closes on a dash after a space: a span without two such (most sentences and
    # clauses) holds none, and the pattern, tried at each of its characters, is not run there.
    first = _SPACED_DASH.search(text, a, b)
    if first is None or _SPACED_DASH.search(text, first.start() + 1, b) is None:
        return []
    found = list(_PLACE_ASIDE.finditer(text, a, b))
    if not found:
        return []
    days = {d.start for d in art.dates_in(a, b)}
    # (only an aside the event's day follows: "... – on Tuesday"; other dashes still end a clause)
    return [z.span() for z in found if _day_at(text, z.end(), days)]


#: The word a day told right after an aside may open with: "... – on Tuesday", "... – late on Monday".
_DAY_OPENER = re.compile(r"(?:on|late|early|last|this)\s+")


def _day_at(text: str, pos: int, days: set[int]) -> bool:
    """A day told at ``pos`` (a start in ``days``), or after one word that opens it."""
    on = _DAY_OPENER.match(text, pos, pos + 8)
    return pos in days or (on is not None and on.end() in days)


def _aside_places(art: Document, cl: events.Clause, places: list[Place]) -> list[Place]:
    """ "near X – a town in Y province –": the places of the aside only locate X, the scene."""
    asides = [
        (a, b) for a, b in _place_asides(art, cl.start, cl.end) if any(p.role == "loc" and p.end == a for p in places)
    ]
    if not asides:
        return places
    return [replace(p, role="ref") if p.role == "loc" and any(a < p.start < b for a, b in asides) else p for p in places]


#: Words that link an answer to the event it answers (events.ANSWER_PHRASE).
_ANSWER_PHRASE = events.ANSWER_PHRASE
#: A clause telling the event another answers: "... in retaliation for the drone attack on X".
_ANSWER_OPEN = re.compile(r"\W*" + _ANSWER_PHRASE, re.I)
#: A clause telling the event another came after: "..., following recent strikes on X".
_FOLLOWING_OPEN = re.compile(r"\W*following\b", re.I)
#: The answer phrase anywhere in a sentence: "..., in response to an attack on Y".
_ANSWER_LINK = re.compile(r"\b" + _ANSWER_PHRASE, re.I)
#: The answer link right before an event word, with a few words and no clause break between: "in
#: retaliation for the group's rocket attack".
_LINKED_BEFORE = re.compile(_ANSWER_LINK.pattern + r"\s+(?:[\w'’-]+\s+){0,4}$", re.I)


def told_as_answered(text: str, c: Cand) -> bool:
    """Whether ``c`` is told as the event another answers ("Jets struck X in retaliation for
    the group's rocket attack"): an earlier event, which takes no place from the story it is told in."""
    lo = max(0, c.pos - 80)
    return _LINKED_BEFORE.search(text, lo, c.pos) is not None or _AVENGED_BEFORE.search(text, lo, c.pos) is not None


def told_in_passing(text: str, c: Cand) -> bool:
    """Whether ``c`` is an earlier event told in another's sentence: the one it answers, or one people or
    things of it are tied to ("hit camps used to plan last month's attack on Y"): background, not news."""
    return told_as_answered(text, c) or _REFERRED.search(text, max(0, c.pos - 90), c.pos) is not None


#: The event a deed avenges, right before its event word: "seeking to avenge a raid", "avenging the strike".
_AVENGED_BEFORE = re.compile(rf"\b{events.AVENGE}\s+(?:[\w'’-]+\s+){{0,4}}$", re.I)


#: A clause that tells an event of its own after a threat, not the threat's content: one opened by "after",
#: "following" or the answer phrase ("X vowed revenge after troops were killed at the airport").
_EVENT_OPEN = re.compile(r"\W*(?:after\b|following\b|" + _ANSWER_PHRASE + "|" + events.ANSWER_VERB + r"\b)", re.I)


def sentence_candidates(art: Document, s_idx: int) -> list[Cand]:
    s = art.sentences[s_idx]
    text = art.text
    out: list[Cand] = []
    triggers = art.triggers_in(s.start, s.end)
    said = art.said_would.get(s_idx)
    # '"..., " X said. "They will pay for this."': a quotation alone goes on with X's
    quoted = quote_goes_on(art, s_idx) if said is None else None
    if not triggers and said is None and quoted is None:
        return []
    if said is None and quoted is None and all(t.kind == "harm" for t in triggers) and not _harm_done(art, s.start, s.end, triggers):
        return []  # a bare toll ("five were killed"): no doer, no event, and no clause work spent on it
    if (
        events.denial(text, s.start, s.end) or events.caption(text, s.start, s.end) or events.question(text, s.start, s.end)
        or is_link_line(art, s_idx)
        or is_cut_off(art, s_idx) or events.refuted_report(text, art.sentences, s_idx)
    ):
        return []
    dates = [(d.start, d.end) for d in art.dates_in(s.start, s.end)]
    keep = dates + _zone_dashes(art, s.start, s.end)
    keep += _place_asides(art, s.start, s.end)
    # "strikes killed four people, including two children, in X on Sunday": a toll's subset set off by commas
    # opens no clause, so the place and day after it are the event's own
    keep += [m.span("aside") for m in _VICTIMS_ASIDE.finditer(text, s.start, s.end)]
    # "rockets hit the port the following day": a day counted on is no clause break at its "following"
    keep += [m.span() for m in _DAY_OFFSET.finditer(text, s.start, s.end) if m.group("dir2")]
    clause_list = events.clauses(text, s.start, s.end, keep, triggers, dates)
    if "hours before" in text[s.start : s.end]:
        clause_list = _hours_before_elsewhere(art, clause_list)
    if "during" in text[s.start : s.end]:
        clause_list = _during_other_event(art, clause_list)
    if said or quoted:
        # "X said Y would strike...": a threat by X, whatever event words the quote holds.
        threat = quoted or events.Trigger("threat", said.start(), said.end(), said.group().lower())  # type: ignore[union-attr]
        clause_list = [
            replace(cl, triggers=(threat, *cl.triggers)) if cl.start <= threat.start < cl.end else cl
            for cl in clause_list
        ]
    threat_seen = False
    referred: list[Cand] = []  # events people of the sentence are tied to by name, told in passing
    prev: events.Clause | None = None
    for k, cl in enumerate(clause_list):
        before, prev = prev, cl
        if before is not None and _pattern_listed_on(text, before, cl):
            continue  # "often carry out raids, strikes, and shelling in X": one more kind of a pattern
        # a clause opened by "after" or "in response to" tells an event of its own, not the threat's
        # content: "X vowed to finish the mission after troops were killed in explosions at the airport"
        told = threat_seen and not _EVENT_OPEN.match(text, cl.start, cl.end)
        # (the next clause telling an event of its own bounds where this one's event may be broken down by place)
        upto = next((x.start for x in clause_list[k + 1 :] if x.triggers), s.end)
        found = _clause_candidate(art, s_idx, cl, told, upto) if cl.triggers else None
        if not found and _narrowed(art, cl, out):
            continue  # ", including Sanaa's airport": the spot within the country just named
        if not found or all(c.weak for c in found):
            # ", and the rebels' stronghold of Saada": one more target of the event just told.
            extra = _coordinated_target(art, cl, out)
            if extra is not None:
                out.append(extra)
                continue
        if not found:
            continue
        if out and _campaign_going_on(text, cl):
            continue  # "a missile hit X, ..., as Moscow pressed its air campaign": the backdrop of the event told
        if out and _ORDINAL_VICTIM.match(text, cl.start, cl.end) and all(t.kind == "harm" for t in cl.triggers):
            continue  # "three were shot dead ...; a fourth man was shot dead by a guard": one more of that toll
        threat_seen = threat_seen or found[0].type == "threat_statement"
        if len(found) == 1 and (pair := _salvos_at_two_targets(art, cl, found[0])) is not None:
            found = pair
        out.extend(found)
        referred.extend(_referred_events(art, s_idx, cl, upto))
    if not out:
        return referred
    out = _exchange(out)
    out = _following_suit(art, s_idx, out)
    # (an event told in passing takes none of the sentence's toll, day or scene: those are the clause's own)
    return _sentence_fill(art, s_idx, out) + referred


#: "hours before" relating two deeds: "stormed a post on Tuesday, hours before a bomb went off".
_HOURS_BEFORE = re.compile(r"\bhours\s+(?=before\s+(?:an?|the|two|three|several|[\w-]+s)\b)", re.I)


def _hours_before_elsewhere(art: Document, clause_list: list[events.Clause]) -> list[events.Clause]:
    """ "Gunmen stormed a police station in X on Tuesday, hours before a car bomb exploded at a market in Y": a
    deed told as hours after another, in another town, is an event of its own (a clause of its own from
    "before"); at the same town ("hours before a blast hit the same post") it may be the one event told on."""
    out = []
    for cl in clause_list:
        m = _HOURS_BEFORE.search(art.text, cl.start, cl.end)
        if m is None or not any(t.start < m.start() for t in cl.triggers) or not any(t.start >= m.end() for t in cl.triggers):
            out.append(cl)
            continue
        towns = [
            [p for p in places_in(art, a, b) if p.role == "loc" and RANK["city"] <= p.rank < RANK["site"]]
            for a, b in ((cl.start, m.start()), (m.end(), cl.end))
        ]
        if not all(towns) or {p.name for p in towns[0]} & {p.name for p in towns[1]}:
            out.append(cl)
            continue
        cut = m.end()
        out.append(events.Clause(cl.start, cut, tuple(t for t in cl.triggers if t.start < cut)))
        out.append(events.Clause(cut, cl.end, tuple(t for t in cl.triggers if t.start >= cut)))
    return out


#: "during" then a new event of its own, told by its doer or its kind, not referred to by "the"/"its": "during
#: American strikes on", "during a US air strike on", "during Israeli shelling of".
_DURING_NEW = re.compile(r"during\s+(?:an?\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z-]+\s+)?")


def _during_other_event(art: Document, clause_list: list[events.Clause]) -> list[events.Clause]:
    """ "The Houthis shot down a drone during American strikes on Sanaa": a deed of another kind told as done
    during a new event that has a place of its own is two events (a clause of its own from "during"); a toll
    ("killed during clashes") and a deed of the same kind ("a drone hit X during strikes on Y") are the event's."""
    out = []
    text = art.text
    for cl in clause_list:
        cut = text.find("during", cl.start, cl.end)
        after = [t for t in cl.triggers if cut >= 0 and t.start > cut and _DURING_NEW.fullmatch(text, cut, t.start)]
        ahead = [t for t in cl.triggers if t.start < cut]
        if (
            not after or not ahead or after[0].kind in ("harm", "launch")
            or any(t.kind in ("harm", after[0].kind) for t in ahead)
            or not _PLACE_AFTER_EVENT.match(art.text, after[0].end, cl.end)
        ):
            out.append(cl)
            continue
        # (the deed keeps the whole clause: what happened during the event happened on its day, at its place)
        out.append(events.Clause(cl.start, cl.end, tuple(ahead)))
        out.append(events.Clause(cut, cl.end, tuple(t for t in cl.triggers if t.start >= cut)))
    return out


#: The place a new event told after "during" struck: "strikes on Sanaa", "shelling of Kherson", "raids in X".
_PLACE_AFTER_EVENT = re.compile(r"\s+(?:on|of|in|at|near|against|targeting)\s+(?:the\s+)?[A-Z]")


#: A clause that opens with "and" and its verb, no subject of its own: "... and shot down 41 drones".
_AND_ITS_VERB = re.compile(r",?\s*and\s+(?:(?:then|later|also)\s+)?", re.I)


#: "and its drones", "and their fighters": the subject's own arms or men as a second clause's subject (not
#: air defences: "X fired rockets at Y and its air defences downed them" are Y's).
_AND_ITS_ARMS = re.compile(
    r",?\s*and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:drones|jets|warplanes|aircraft|artillery|guns|fighters|gunmen|"
    r"militants|troops|forces|men|units)\s+(?:(?:then|later|also)\s+)?$",
    re.I,
)


def _same_subject_goes_on(text: str, c: Cand) -> bool:
    """The candidate's clause is a second verb of the sentence's subject: "and" then its own event verb, or "and
    its drones" (the subject's own arms) then the verb."""
    m = _AND_ITS_VERB.match(text, c.clause[0])
    if m is not None and m.end() == c.pos:
        return True
    return c.type != "interception" and _AND_ITS_ARMS.match(text, c.clause[0], c.pos) is not None


#: The words that chain a later deed to an earlier one of the same subject, right before the later one's verb:
#: "before storming", "and then opened fire", "after setting off".
_CHAIN_BEFORE = re.compile(r"\b(?:before|after|and\s+then|then)\s+$", re.I)
#: A participle set off by a comma after a deed, right before its verb: "launched 40 drones, targeting",
#: "struck the port, again hitting" (its subject is the deed's).
_PARTICIPLE_AFTER = re.compile(r",\s+(?:(?:[a-z]+ly|again|also)\s+)?$")


def _chained_from(text: str, cl: events.Clause, trig: events.Trigger) -> events.Trigger | None:
    """The first event verb of the clause when ``trig`` is a later deed chained to it with no subject of its own
    ("before storming", or a participle after a comma: "launched drones, targeting")."""
    if not _CHAIN_BEFORE.search(text, max(cl.start, trig.start - 20), trig.start) and not (
        trig.word.endswith("ing") and _PARTICIPLE_AFTER.search(text, max(cl.start, trig.start - 20), trig.start)
    ):
        return None
    return next(
        (t for t in cl.triggers if t.end <= trig.start and t.kind != "harm" and t.word.split()[-1] not in events.NOUNS),
        None,
    )


#: A share of a toll told with its own place after the whole: ", including 11 in a camp in X", ", among them
#: four at the market in Y" (up to the next comma or the sentence's end).
_TOLL_SHARE = re.compile(
    r",\s+(?:including|among\s+them|of\s+whom|with)\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?"
    r"(?P<n>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens)\s+"
    r"(?:(?:people|civilians|children|soldiers|others)\s+)?(?:killed\s+|dead\s+)?(?:in|at|near|inside)\b[^,;]*",
    re.I,
)


#: A toll's subset set off by commas, right before the event's place or day: "killed four people, including two
#: children, in X", "wounding 12, among them a nurse, near Y".
_VICTIMS_ASIDE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|more\s+than\s+)?[\w,]+\s+(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+(?P<aside>,\s+(?:including|among\s+them|among\s+whom)\s+[^,;:.!?]{1,60},)(?=\s+(?:in|at|near|on|outside|across)\s)",
    re.I,
)
#: A clause told of one more victim by an ordinal: "; a fourth person was killed", ", and a fifth man died".
_ORDINAL_VICTIM = re.compile(
    r"[\s,;]*(?:and\s+)?an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:person|man|woman|child|boy|girl|victim|civilian|soldier|officer|policeman|guard|worker|passenger)\b",
    re.I,
)


#: A clause that goes on with a list of things done: ", and" or ", or" and at most three words (no verb
#: among them) before its event word: "..., airstrikes, and artillery bombardments in X".
_LIST_GOES_ON = re.compile(
    r",?\s*(?:and|or)\s+(?:(?!(?:was|were|is|are|has|have|had|will|would|also|then|later)\b)[\w'’-]+\s+){0,3}$",
    re.I,
)


def _pattern_listed_on(text: str, before: events.Clause, cl: events.Clause) -> bool:
    """The clause's first event word ends a list whose item just before ends the clause before it, told
    there as a pattern ("forces frequently carry out ground raids, airstrikes, and artillery bombardments
    in X"): the clause break at ", and" leaves the habit's words behind, but the last item of the list is
    done as often as the others, so it is no one event either."""
    if not cl.triggers or not before.triggers:
        return False
    first, last = cl.triggers[0], before.triggers[-1]
    if text[last.end : before.end].strip(" ,") or not _LIST_GOES_ON.match(text, cl.start, first.start):
        return False
    return events.generic(text, before.start, before.end)


_RETURN_FIRE = re.compile(r"\b(?:return|respond|repl)", re.I)


def _exchange(cands: list[Cand]) -> list[Cand]:
    """ "Jets struck the rebels while the rebels responded with anti-aircraft fire": the target firing
    back makes the attack a fight between the two, one armed clash where the attack was told."""
    back = [c for c in cands if c.type == "armed_clash" and _RETURN_FIRE.match(c.trigger_word)]
    attacks = [c for c in cands if c not in back and c.type not in ("threat_statement", "interception")]
    if not back or not attacks:
        return cands
    first, other = attacks[0], back[0].place
    place = first.place if other is None or (first.place is not None and first.place.rank >= other.rank) else other
    merged = replace(first, type="armed_clash", place=place)
    return [merged if c is first else c for c in cands if c not in back and c not in attacks[1:]]


#: "... with Iraq and Jordan following suit", "Lebanon did the same": others took the same step.
_SUIT = re.compile(r"\b(?:follow(?:ed|ing|s)?\s+suit|did\s+(?:the\s+)?(?:same|likewise)|as\s+did)\b", re.I)


def _following_suit(art: Document, s_idx: int, cands: list[Cand]) -> list[Cand]:
    """An airspace step that other countries "followed suit" in: one event per country, each over its
    own airspace (for a strike, a country that follows suit is a new actor, not a new scene)."""
    s = art.sentences[s_idx]
    suit = _SUIT.search(art.text, s.start, s.end)
    first = next((c for c in cands if c.kind == "airspace" and c.place is not None), None)
    if suit is None or first is None:
        return cands
    out = list(cands)
    seen = {c.place.country for c in out if c.place is not None}
    for m in art.mentions_in(first.pos, s.end):
        country = m.of("country")
        if country is None or country.name in seen or country.name not in art.lexicon.countries:
            continue
        seen.add(country.name)
        c = art.lexicon.countries[country.name]
        place = country_place(c, m.start, m.end)
        out.append(replace(first, place=place, actors=(c.name,)))
    return out


def _debris_did_harm(text: str, cl: events.Clause, trig: events.Trigger) -> bool:
    """Debris of a downed weapon that did harm: "fragments of a downed drone damaged a car park",
    "debris from an intercepted missile sparked a fire" (a fall of debris, GUIDE's crash)."""
    if trig.kind != "intercept":
        return False
    debris = _DEBRIS_OF.search(text, max(cl.start, trig.start - 40), trig.start)
    if debris is None:
        return False
    # the harm told after the debris, or before it in the passive: "two people were wounded by shrapnel
    # from an intercepted missile"
    return any(p.search(text, trig.end, cl.end) for p in (_DAMAGE, _FIRE_STARTED, _TOLL)) or bool(
        _HARMED_BY.search(text, max(cl.start, debris.start() - 40), debris.start())
    )


#: A harm in the passive whose agent follows: "were wounded by", "was damaged by falling".
_HARMED_BY = re.compile(
    r"\b(?:killed|wounded|injured|hurt|damaged|destroyed|hit|struck)\s+by\s+(?:(?:falling|flying|the)\s+)?$", re.I
)


def _clause_candidate(
    art: Document, s_idx: int, cl: events.Clause, threat_seen: bool, upto: int | None = None
) -> list[Cand] | None:
    """The candidates one clause gives, or None: its stages in the order each needs the one before.

    1 ``_event_words``: the event words and weapons; 2 ``_told_event``: the event word, past the vetoed;
    3 ``_means``: the weapon and its class; 4 ``_event_type``: the type; 5 ``_reference``: one event or a
    kind, and how it refers back; the day and count, and 6 ``_threat_told`` for a threat; 7
    ``_event_place``: the scene; 8 ``_unconfirmed``: what needs a scene and a day of its own; 9
    ``_threat_aim`` or ``_doers``: the parties; 10 ``_weak``: told too loosely to stand alone; then the
    record, and 11 ``_split``: the events it stands for. Stages 2, 4, 5, 6 and 8 may end the clause
    (None); the cheaper vetoes run before the place, the costliest step.
    """
    if len(cl.triggers) > 1 and (through := next((t for t in cl.triggers if events.got_through(t.word)), None)):
        # "two got through and hit a depot": the clause tells what they struck, read without the words that say
        # they got through; the rest of their salvo, stopped, is an interception of its own (up to the next word)
        end = next((t.start for t in cl.triggers if t.start > through.start), cl.end)
        rest = _clause_candidate(art, s_idx, replace(cl, triggers=tuple(t for t in cl.triggers if t is not through)), threat_seen, upto)
        own = _clause_candidate(art, s_idx, events.Clause(cl.start, end, (through,)), threat_seen, upto)
        return [*(rest or ()), *(own or ())] or None
    text = art.text
    s = art.sentences[s_idx]
    words = _event_words(art, s, cl)
    named, weapons, kinds, _, _ = words
    if threat_seen and "threat" not in kinds:
        return None
    trig = _told_event(art, s_idx, cl, kinds, weapons)
    if trig is None:
        return None
    if trig.kind == "airspace" and _THEIRS.search(trig.word) and not _AIRSPACE_WORD.search(text, s.start, trig.start):
        return None  # "the US closed its embassy and Britain shut theirs": no airspace told for the pronoun
    weapon, wclass = _means(art, cl, trig, weapons)
    typed = _event_type(art, s_idx, cl, trig, words, weapon, wclass)
    if typed is None:
        return None
    typ, untold, bare_clash, victims_only, leftover, air_arm = typed
    ref = _reference(art, s_idx, cl, trig, named, weapon, wclass, typ, air_arm)
    if ref is None:
        return None
    typ, anaphor, weapon_class, salvo, labelled = ref
    date, date_q, date_kind = _dates(art, typ, cl, trig)
    # What turns the clause away whatever its place is decided before the place is read (the costliest step).
    count = _count(art, cl, trig, _counted(art, trig, weapon, weapons))
    if count is None and events.got_through(trig.word):
        return None  # "two drones got through": what was stopped is told by no salvo counted
    plural = trig.word.endswith("s") and trig.word.split()[-1] in events.NOUNS
    if (
        plural
        and date_q < 3
        and count is None
        and _CLASS_OF_EVENTS.search(text, max(cl.start, trig.start - 30), trig.start)
        and not events.repelled_many(text, trig.start)
    ):
        return None  # "sparking retaliatory strikes by the US", "its attacks on shipping": a kind of event
    threat = None
    if typ == "threat_statement":
        threat = _threat_told(art, s_idx, cl, trig)
        if threat is None:
            return None
    # (one of the attacks the sentence before dated has that event's day, which linking lends it)
    told_q = 3 if (untold or bare_clash) and date_q < 3 and _part_of_dated(art, s_idx, cl, trig) else date_q
    if (untold or bare_clash) and told_q < 3:
        # an attack of untold means or a bare clash needs a day of its own as well as a spot (below): with
        # no day of its clause, it is turned away whatever its place, which is then not read
        return None
    places, place = _event_place(art, s, cl, trig, typ, weapons, anaphor, s.end if upto is None else upto)
    if _unconfirmed(art, s, cl, trig, typed, salvo, place, date, told_q, date_kind):
        return None
    objects = _unique([m.of("weapon").name for m in weapons])  # type: ignore[union-attr]
    if threat is not None:
        actors, objects = threat.actors, threat.objects
        place, anaphor = _threat_aim(art, cl, trig, threat, places, place, anaphor)
    else:
        actors = _doers(art, s, cl, trig, typ, weapon, leftover)
        if not actors and not leftover and typ != "crash":
            actors = _home_army(art, cl, trig, place)
    weak = _weak(art, s, cl, trig, typ, weapon, place, date_q, count, plural, labelled)
    c = Cand(
        typ,
        trig.start,
        s_idx,
        (cl.start, cl.end),
        (s.start, s.end),
        date=date,
        date_q=date_q,
        date_kind=date_kind,
        place=place,
        origin=next((p.name for p in places if p.role == "origin"), None),
        destination=next((p.name for p in places if p.role == "dest"), None),
        actors=tuple(actors),
        # ("clashes between X and Y", "X clashed with Y": both sides fought, GUIDE lists both)
        sides=_sides_with_bare_army(art, trig, place, tuple(clash_sides(art, cl.end, trig.start, trig.end) or _repellers(art, cl, trig)))
        # ("artillery exchanges between X and Y", "mortar duels": shelling both sides fired)
        if (typ == "armed_clash" or (typ == "shelling" and trig.word.endswith(("exchanges", "duels")))) and not leftover
        else (),
        objects=tuple(objects),
        weapon_class=weapon_class,
        count=count,
        anaphor=anaphor,
        weak=weak,
        own_weapon=weapon is not None,
        plural=plural,
        impact=trig.kind == "crash",
        part_of=bool(
            _PART_OF.search(text, s.start, trig.start)
            or _REINFORCEMENT.search(text, trig.end, s.end)
            or _PHASE.search(text, s.start, s.end)
        ),
        kind=trig.kind,
        victims_only=victims_only,
        trigger_word=trig.word,
        event_ref=anaphor == "definite" and _event_determined(art, cl, trig),
        patient=anaphor == "definite"
        and weapon is not None
        and weapon.start < trig.start
        and trig.kind == "strike"
        and is_passive(art, trig.start),
    )
    return _split(art, cl, trig, c, wclass, places)


#: A clause's subject told as one of a kind: "One attack", "another raid", "while a second assault".
_ONE_OF_KIND = re.compile(r"\W*(?:(?:and|but|while)\s+)?(?:one|another|the\s+other|a\s+(?:second|third))\s+$", re.I)


#: "One attack" earlier in the sentence: the event noun "another" stands for.
_ONE_NOUN = re.compile(r"\bone\s+([a-z]+)\b", re.I)


#: "two attacks", "three separate raids": the event noun a count of events names.
_COUNTED_NOUN = re.compile(rf"\b(?:{NUMBER})\s+(?:([a-z-]+)\s+)?([a-z]+)\b", re.I)


def _another_of_them(art: Document, s_idx: int, cl: events.Clause, trig: events.Trigger) -> bool:
    """ "One attack hit a post near X, while another hit a patrol near Y": "another" opening the clause, with no
    noun, is one more of the event noun "one" told before it in the sentence; so is a bare "One"/"the other"
    after the sentence before counted events ("Gunmen staged two attacks ... One targeted X")."""
    text = art.text
    if _ONE_OF_KIND.fullmatch(text, cl.start, trig.start) is None:
        return False
    one = _ONE_NOUN.search(text, art.sentences[s_idx].start, cl.start)
    if one is not None and one.group(1).lower() in events.NOUNS:
        return True
    if s_idx == 0:
        return False
    before = art.sentences[s_idx - 1]
    return any(
        # (a plural: "One strike hit X." before "Another hit Y" names one attack, not a count of them)
        w.lower() in events.NOUNS and w.lower().endswith("s")
        for m in _COUNTED_NOUN.finditer(text, before.start, before.end)
        for w in m.groups()
        if w
    )


#: A salvo told as how an event began: "It began with a wave of", "The raid opened with a series of".
_OPENED_WITH = re.compile(
    r"\W*(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|assault|offensive|attack|incursion|bombardment))\s+"
    r"(?:began|opened|started)\s+with\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:wave|series|barrage|salvo|volley)\s+of\b",
    re.I,
)


def _opening_of_dated(art: Document, s: Sentence, cl: events.Clause, trig: events.Trigger) -> bool:
    """ "Troops raided X on Sunday. It began with a wave of strikes": the salvo opened the event the sentence
    before dated by its day."""
    s_idx = art.sentence_index(s.start)
    return (
        s_idx > 0
        and _OPENED_WITH.match(art.text, cl.start, cl.end) is not None
        # (a day, not a month or a year: "The war began in 2023. It began with a wave of strikes" is a campaign)
        and any(
            d.span is not None and d.span.precision == "day"
            for d in art.event_dates_in(art.sentences[s_idx - 1].start, art.sentences[s_idx - 1].end)
        )
    )


def _part_of_dated(art: Document, s_idx: int, cl: events.Clause, trig: events.Trigger) -> bool:
    """ "Jihadists attacked two posts on Thursday. One attack targeted X": an attack told as one of those the
    sentence before dated is a part of that event, whose day linking lends it."""
    return (
        s_idx > 0
        and _ONE_OF_KIND.fullmatch(art.text, cl.start, trig.start) is not None
        and bool(art.dates_in(art.sentences[s_idx - 1].start, art.sentences[s_idx - 1].end))
    )


class _Words(NamedTuple):
    """The event words and weapons one clause holds (stage 1 of ``_clause_candidate``)."""

    named: list[Mention]
    weapons: list[Mention]
    #: the clause's event words by kind, the first of each kind
    kinds: dict[str, events.Trigger]
    #: a "seize" word took ground (fought for), not a ship or a train
    ground: bool
    #: an "intercept" word stopped a vessel or a load on its way (a seizure, not air defence)
    stopped: bool


#: A sentence's subject, then a relative clause closed by a comma, up to the clause of its verb: "The
#: missile, which was fired from Lebanon," before "hit a house" (a noun phrase of a few words, not a
#: speaker's clause: "X says the strikes, which ..., targeted" is told in the speaker's clause).
_SUBJECT_BEFORE_RELATIVE = re.compile(
    r"\W*(?P<subj>(?![^,;:]*\b(?:says?|said|told|claim(?:s|ed)?|reported|reports|added|stated)\b)(?:[\w'’.-]+\s+){0,4}[\w'’.-]+),"
    r"\s+(?:which|that)\s+[^,;:]{1,150}?\s*",
    re.I,
)

#: A clause opened by a subject that counts more of what the sentence told before: "(a drone hit Sumy) and
#: three more struck Kharkiv", "while two others hit a depot", "and another struck a school".
_MORE_OF_THEM = re.compile(
    r"\W*(?:(?:and|while|but|as|whereas)\s+)?(?:another|(?:the\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a\s+few|several|\d+)\s+)?(?:more|others|other\s+ones)|the\s+(?:others?|rest|remainder))"
    r"\s+(?:(?:also|later|then)\s+)?(?=[a-z])",
    re.I,
)
_MORE_COUNT = re.compile(r"\b(?:another|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.I)

#: A clause's opening phrase that names the event it goes on to tell, set off by a comma: "In a separate attack
#: on Tuesday,", "In another raid,", "In the latest assault near X,".
_EVENT_OPENER = re.compile(
    r"\W*in\s+(?:a\s+(?:separate|further|fresh|new|second|third)|another|the\s+(?:latest|most\s+recent|second|third|same))"
    r"\s+[\w-]+(?:\s+[\w'’-]+){0,4}?\s*,",
    re.I,
)


def _event_words(art: Document, s: Sentence, cl: events.Clause) -> _Words:
    """Stage 1: the weapons the clause tells were used and the event words it holds, by kind.

    A weapon that was the target, was taken, is only guessed at or carries people is no means; an event
    word inside a weapon's name, or used as an adjective, is no event; "destroyed", "seized" and
    "intercepted" stay only when what they act on is a thing flown, ground or a vessel. Read first: the
    later stages choose among these words and weapons and read nothing else of the clause's mentions.
    """
    text = art.text
    named = art.mentions_in(cl.start, cl.end)
    subject = _SUBJECT_BEFORE_RELATIVE.fullmatch(text, s.start, cl.start)
    if subject is not None and cl.triggers and cl.triggers[0].start - cl.start < 25:
        # "The drone, which was launched from Yemen, struck a building": the weapon is the subject the
        # relative clause split from its verb (only a weapon is taken across it, named first)
        named = [m for m in art.mentions_in(s.start, subject.end("subj")) if m.of("weapon")] + named
    elif not any(m.of("weapon") for m in named) and _MORE_OF_THEM.match(text, cl.start, cl.end):
        # "a drone hit Sumy and three more struck Kharkiv": more of the weapon the sentence told last
        earlier = [m for m in art.mentions_in(s.start, cl.start) if m.of("weapon")]
        if not earlier and not text[s.start : cl.start].strip() and (i := art.sentence_index(s.start)) > 0:
            # "A drone hit Sumy. Two more struck Kharkiv.": a sentence that opens so counts more of the weapon
            # the sentence before told last
            before = art.sentences[i - 1]
            earlier = [m for m in art.mentions_in(before.start, before.end) if m.of("weapon")]
        named = earlier[-1:] + named
    weapons = [
        m for m in named
        if m.of("weapon") and not _weapon_as_target(art, m, cl) and not _weapon_taken(art, m, cl.start, cl.end)
        and not _GUESSED_MEANS.search(text, max(cl.start, m.start - 45), m.start)
        and not _scrambled(text, m, cl)
        and not _carries_people(text, m)
        and not _WEAPON_CREW.match(text, m.end)
        and not (m.of("weapon").sub in ("aircraft", "drone") and _CARRIER_AFTER.match(text, m.end))
        and not (m.of("weapon").sub == "missile" and _WARSHIP_AFTER.match(text, m.end))
    ]
    causes = _cause_spans(text, cl)
    if causes:
        weapons = [m for m in weapons if not any(a <= m.start < b for a, b in causes)]
    kinds = {
        t.kind
        for t in cl.triggers
        if not any(a <= t.start < b for a, b in causes) and not any(w.start <= t.start < w.end for w in weapons)
    }
    if kinds and kinds <= _SOUNDS:
        # "residents heard drones overhead ahead of the blasts": a weapon only heard, beside blasts or gunfire,
        # is a sound told with them, not what set them off (GUIDE: explosion when a blast is the main fact)
        weapons = [m for m in weapons if not events.heard_subject(text, m.end, cl.end)]
    weapon_starts = {w.start for w in weapons}
    kinds = {
        t.kind: t
        for t in reversed(cl.triggers)
        if not any(a <= t.start < b for a, b in causes)
        and not _weapon_role(art, t, weapon_starts)
        and (t.kind not in ("strike", "launch") or not any(w.start <= t.start < w.end for w in weapons))
        and (not _adjectival(art, t, weapon_starts) or _debris_did_harm(text, cl, t))
        and not (t.kind == "launch" and _FORESTALLED.search(text, max(cl.start, t.start - 45), t.start))
    }
    opener = _EVENT_OPENER.match(text, cl.start, cl.end)
    if opener is not None:
        # "In a separate attack on Tuesday, militants attacked a post": the opener's noun only refers to the
        # event the clause's own verb of the same kind tells, with its doer before it
        for t in cl.triggers:
            if t.start >= opener.end() and kinds.get(t.kind) is not None and kinds[t.kind].start < opener.end():
                kinds[t.kind] = t
    held = kinds.get("clash")
    if held is not None and held.word.endswith(("hostage", "hostages")) and (
        not art.event_dates_in(cl.start, cl.end)
        or any(t is not held and t.kind != "seize" for t in art.triggers_in(s.start, s.end))
    ):
        # hostages taken with no time of their own, or told beside another event word, are most often a deed
        # of an attack told ("stormed the church, ... took hostages and fled"), not a siege of its own (a
        # building seized with them is that siege: "seized a school, taking hundreds of hostages")
        del kinds["clash"]
    blast, fight = kinds.get("explode"), kinds.get("clash")
    if blast is not None and fight is not None and blast.start < fight.start and _FOLLOWED_BY.search(
        text, max(blast.end, fight.start - 40), fight.start
    ):
        # "a car bomb went off at the gate and was followed by gunfire": the blast is the main fact, the
        # shots that came after it are told as its sequel (GUIDE: explosion when a blast is the main fact)
        del kinds["clash"]
    elif (
        blast is not None
        and fight is not None
        and blast.start < fight.start
        and _GUNFIRE_NOUN.match(fight.word)
        and _AND_GUNFIRE.fullmatch(text, blast.end, fight.start)
        and sum(t.kind == "clash" for t in cl.triggers) == 1
    ):
        # "blasts and gunfire rang out at the airport": gunfire named only beside the blasts, with no
        # fight of its own told, is the sound of the blasts' event (GUIDE: explosion when a blast is the
        # main fact); "gunfire and blasts", or a clash word told too, stays a fight
        del kinds["clash"]
    ground = kinds.get("clash") or kinds.get("seize")
    backing = [
        k
        for k in ("strike", "airstrike")
        if k in kinds
        and ground is not None
        and kinds[k].start < ground.start
        and _BACKED_BY.search(text, max(cl.start, kinds[k].start - 45), kinds[k].start)
    ]
    if backing and not any(t.kind in ("strike", "airstrike") and t.start > ground.start for t in cl.triggers):  # type: ignore[union-attr]
        # "Iraqi forces backed by U.S. air strikes recaptured Ramadi": the strikes only back the doers of the
        # clause's own event, the ground assault its verb tells
        for k in backing:
            del kinds[k]
    hit = kinds.get("strike")
    if hit is not None and not weapons and _VAGUE_HIT.match(hit.word):
        # "targeted militant hideouts with precision strikes": the word that names the means types it
        named_means = next(
            (
                t for t in cl.triggers
                if t.kind == "strike" and _NAMED_STRIKE.match(t.word) and not any(a <= t.start < b for a, b in causes)
            ),
            None,
        )
        if named_means is not None and not _adjectival(art, named_means, weapon_starts):
            kinds["strike"] = named_means
    damaged = kinds.get("destroy")
    if damaged is not None and damaged.word.lower().startswith("damag"):
        # a weapon that damaged something struck it ("a drone damaged a silo"); damage told of no weapon as its
        # doer is no event of its own, nor what air defences do to what flies
        del kinds["destroy"]
        if "strike" not in kinds and any(
            w.end <= damaged.start
            and w.of("weapon").sub in _DESTROYERS  # type: ignore[union-attr]
            and _DOER_GAP.fullmatch(text, w.end, damaged.start)
            for w in weapons
        ):
            kinds["strike"] = events.Trigger("strike", damaged.start, damaged.end, damaged.word)
        elif not kinds and _party_ruined_site(art, cl, named, damaged):
            # "the RSF damaged a power station": damage an armed party did to a site reads as its ruin does
            kinds["strike"] = events.Trigger("strike", damaged.start, damaged.end, damaged.word)
    if "destroy" in kinds and not (
        # "Russia sent 60 drones. Most were destroyed.": a bare share of a salvo just told as fired, as the
        # passive's subject, was destroyed in flight, as "Most were shot down" (no weapon in the clause)
        (
            not weapons
            and _SOME_OF_THEM.search(_STOPPED_AUX.sub("", text[cl.start : kinds["destroy"].start])) is not None
            and _fired_just_before(art, s, cl.start)
        )
        # "Russia launched 60 drones. Air defences destroyed at least 45 of them": a share of the salvo just
        # told as fired, the verb's object, was destroyed in flight ("all but two of them" too)
        or (not weapons and _destroyed_share_of_them(text, cl, kinds["destroy"]) and _fired_just_before(art, s, cl.start))
        or (
            weapons
            and (
                _AIR_DEFENCE.search(text, cl.start, cl.end)
                # "destroyed 30 drones over the Belgorod region": what flies, destroyed in the air, was intercepted
                or (_IN_THE_AIR.search(text, kinds["destroy"].end, cl.end) and any(w.of("weapon").sub in _FLYING for w in weapons))  # type: ignore[union-attr]
                # "destroyed three drones in the Red Sea": what flies, destroyed at sea, was downed there
                # (the weapons destroyed, after the verb, and none that sails: "destroyed three drone boats")
                or (
                    _AT_SEA.search(text, kinds["destroy"].end, cl.end)
                    and any(
                        w.start >= kinds["destroy"].end
                        and w.of("weapon").sub in _FLYING  # type: ignore[union-attr]
                        and not _SAILING.search(w.of("weapon").name)  # type: ignore[union-attr]
                        for w in weapons
                    )
                )
                # "a drone was neutralised near the base": a word of air defence's own for what flies
                or (_NEUTRALISED.match(kinds["destroy"].word) and any(w.of("weapon").sub in _FLYING for w in weapons))  # type: ignore[union-attr]
                # "destroyed 25 of the 30 drones launched by Russia": what was destroyed had been fired, so in flight
                or any(
                    kinds["destroy"].end <= w.start
                    and w.of("weapon").sub in _FLYING  # type: ignore[union-attr]
                    and _IN_FLIGHT.match(text, w.end, cl.end)
                    for w in weapons
                )
                # "Russia fired 90 missiles. The air force said it destroyed 81 of the missiles": a share of a salvo
                # just told as fired was destroyed in flight
                or any(
                    kinds["destroy"].end <= w.start
                    and w.of("weapon").sub in _FLYING  # type: ignore[union-attr]
                    and _SHARE_OF_THE.search(text, max(kinds["destroy"].end, w.start - 30), w.start)
                    and _fired_just_before(art, s, cl.start)
                    for w in weapons
                )
                )
        )
    ):
        ruined = kinds.pop("destroy")
        if "strike" not in kinds and not _ELIMINATE.match(ruined.word) and any(
            w.of("weapon").sub in _DESTROYERS  # type: ignore[union-attr]
            and (
                (w.end <= ruined.start and _DOER_GAP.fullmatch(text, w.end, ruined.start))
                # ("two helicopters were destroyed by Ukrainian drones": the passive's "by" names the weapon)
                or (ruined.end <= w.start and _BY_WEAPON.fullmatch(text, ruined.end, w.start))
            )
            for w in weapons
        ):
            # "jets destroyed a hideout", "a drone destroyed two armoured vehicles": what flies or is fired,
            # as the doer of a ruin on the ground, struck it (GUIDE: the weapon names the type)
            kinds["strike"] = events.Trigger("strike", ruined.start, ruined.end, ruined.word)
        elif "harm" not in kinds and _NEUTRALISE.match(ruined.word) and (
            _NEUTRALISED_MEN.match(text, ruined.end, cl.end)
            # ... and as the passive's subject: "two terrorists were neutralised in an encounter in X"
            or _COMBATANTS_BEFORE.search(text, max(cl.start, ruined.start - 80), ruined.start)
        ):
            # "troops neutralised 15 terrorists": armed men "neutralised" were killed, harm done as "killed" is
            kinds["harm"] = events.Trigger("harm", ruined.start, ruined.end, ruined.word)
        elif (
            "strike" not in kinds
            and _ARMOUR_RUINED.match(text, ruined.end, cl.end)
            and _HARM_AGENT_BEFORE.search(text, max(cl.start, ruined.start - 50), ruined.start)
        ):
            # "its fighters destroyed an Israeli tank": armour ruined by men on the ground was fought for
            kinds["clash"] = events.Trigger("clash", ruined.start, ruined.end, ruined.word)
        elif (
            not kinds
            and not _ELIMINATE.match(ruined.word)
            and (any(w.start >= ruined.end for w in weapons) or _SITE_RUINED.match(text, ruined.end, cl.end))
            and _far_flier_did(art, named, ruined)
        ):
            # "US forces destroyed three drone boats and a launcher in X", "... a radar site": weapons or sites
            # ruined on the ground or afloat by a state that flies its strikes far from home were struck from the
            # air (GUIDE: raids by aircraft on a target), the weapons being the target, not the means
            kinds["airstrike"] = events.Trigger("airstrike", ruined.start, ruined.end, ruined.word)
        elif not kinds and not _ELIMINATE.match(ruined.word) and _party_ruined_site(art, cl, named, ruined):
            # "Ukrainian forces destroyed an ammunition depot near X", "the RSF destroyed a bridge": a site
            # ruined by an armed party, its means untold, was attacked (typed as "attacked" would be)
            kinds["strike"] = events.Trigger("strike", ruined.start, ruined.end, ruined.word)
    ground = "seize" in kinds and _ground_taken(art, cl, kinds["seize"])
    if "seize" in kinds and _KIDNAP.match(kinds["seize"].word):
        if not _kidnapped_by_armed_men(text, cl, kinds["seize"], named):
            del kinds["seize"]  # "a man was abducted", "the hostages kidnapped in 2023": no armed doer told
    elif "seize" in kinds and not ground and (_CONTROL_TAKEN.match(kinds["seize"].word) or not (
        _SEIZABLE.search(text, cl.start, cl.end)
        # boarding is a seizure only by armed men: "passengers boarded the train" is travel
        and (not kinds["seize"].word.startswith("board") or _BOARDERS.search(text, cl.start, cl.end))
    )):
        del kinds["seize"]  # "seized power", "seized two launchers": nothing taken with people in it
    if "intercept" in kinds and not weapons and (
        _GROUND_OBJECT.match(text, kinds["intercept"].end, cl.end)
        # "brought down the ceiling", "intercepted 300 kilos of hashish": nothing that flies was stopped
        # (a vessel or a load stopped is a seizure: below)
        or (
            _EARTHBOUND_OBJECT.match(text, kinds["intercept"].end, cl.end)
            and not _LOAD_OBJECT.match(text, kinds["intercept"].end, cl.end)
        )
    ):
        del kinds["intercept"]  # "intercepted and attacked the column": a ground ambush, not air defence
    # "intercepted an aid flotilla", "intercepted a shipment of weapons": a vessel or a load stopped on its
    # way is a seizure, not air defence (no weapon that flies is named)
    stopped = "intercept" in kinds and not weapons and bool(
        _LOAD_OBJECT.match(text, kinds["intercept"].end, cl.end)
        # "the tanker was sailing to X when forces intercepted it": the pronoun takes the vessel told before
        or (_PRONOUN_OBJECT.match(text, kinds["intercept"].end) and _VESSEL.search(text, s.start, kinds["intercept"].start))
        or _LOAD_SUBJECT.search(text, max(cl.start, kinds["intercept"].start - 60), kinds["intercept"].start)
    )
    if stopped and _DISTRESS_ANSWERED.search(text, s.start, kinds["intercept"].start):
        # "the destroyer answered the cargo ship's distress signal and intercepted it": a ship met to
        # help is no seizure, and no event of its own
        del kinds["intercept"]
        stopped = False
    blast, hit = kinds.get("explode"), kinds.get("strike")
    if (
        blast is not None
        and hit is not None
        and hit.end <= blast.start
        and _WITH_BEFORE.search(text, max(hit.end, blast.start - 30), blast.start)
        and _SENSED_AFTER.match(text, blast.end, cl.end)
    ):
        # "Israel struck targets across Iran, with explosions heard near X": the blasts told in a "with"
        # phrase after the strike are what was heard of it, not the clause's event
        del kinds["explode"]
    if hit is not None and "intercept" not in kinds and "destroy" not in kinds and _flier_hit_by_defender(art, cl, hit, named):
        # "two drones were hit by fighter jets over the sea", "warships struck three missiles": what flies,
        # hit by what guards the air, was brought down (GUIDE: interception), not a raid on a target
        kinds["intercept"] = events.Trigger("intercept", hit.start, hit.end, hit.word)
        del kinds["strike"]
    fired = kinds.get("launch")
    if fired is not None and "intercept" not in kinds and _flier_fired_on_by_defender(art, cl, fired, named):
        # "interceptors fired at incoming missiles", "air defences opened fire on the drones": what guards the
        # air, firing at what flies there, is stopping it (GUIDE: interception), not a salvo or a fight of its own
        kinds["intercept"] = events.Trigger("intercept", fired.start, fired.end, fired.word)
        del kinds["launch"]
        if (clash := kinds.get("clash")) is not None and clash.start <= fired.start < clash.end:
            del kinds["clash"]
    return _Words(named, weapons, kinds, ground, stopped)


#: Before blasts told as a strike's circumstance: "..., with explosions", "with loud blasts".
_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:several|many|multiple|loud|large|powerful|huge|heavy|at\s+least\s+\w+|\w+)\s+){0,2}$", re.I)
#: After them: how they were sensed or told ("heard", "reported", "rocking the city").
_SENSED_AFTER = re.compile(r"\s+(?:(?:also|later)\s+)?(?:heard|reported|felt|seen|rocking|rattling|shaking|echoing|ringing)\b", re.I)
#: A hit word that can tell a weapon in flight brought down by another ("jets hit two drones").
_DOWNING_HIT = re.compile(r"(?:hit|struck|strikes?|targeted|targets|engaged)$", re.I)
#: What guards the air or sea and brings down what flies there.
_DEFENDER = r"(?:fighter\s+(?:jets?|aircraft|planes?)|jets?|warplanes?|air\s+defen[cs]es?|air\s+defen[cs]e\s+systems?|interceptors?|warships?|destroyers?|frigates?|gunships?)"
#: After a passive hit word: its agent is a defender ("were hit by fighter jets", "was struck by an interceptor").
_BY_DEFENDER = re.compile(rf"\s+by\s+(?:(?:an?|the|two|three|several|[\w-]+)\s+){{0,2}}?{_DEFENDER}\b", re.I)
#: Before an active hit word: a defender as its subject ("Israeli jets struck", "warships had hit").
_DEFENDER_BEFORE = re.compile(rf"\b{_DEFENDER}\s+(?:(?:had|have|has|also|reportedly|then|later)\s+){{0,2}}$", re.I)
#: Between a flying weapon and the passive hit word it is the subject of: "were", "had been", "was also".
_DEFENDER_PASSIVE_GAP = re.compile(r"\s+(?:(?:had|have|has)\s+been|was|were)\s+(?:(?:also|reportedly|later)\s+)?", re.I)
#: Between an active hit word and the flying weapon it took as its object: "hit two", "struck the incoming".
_FLIER_OBJECT_GAP = re.compile(
    r"\s+(?:(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+|incoming|hostile|enemy|attacking|armed|explosive)\s+){0,3}",
    re.I,
)
#: A noun after a weapon's name that makes it a site or a part of a force, not the weapon in flight
#: ("drone launchers", "missile sites", "drone factory").
_WEAPON_AS_MODIFIER = re.compile(
    r"[\w-]*\s+(?:launch\w*|sites?|bases?|factor\w+|depots?|stores?|storage|facilit\w+|workshops?|units?|teams?|operators?"
    r"|hangars?|positions?|platforms?|boats?|ships?|plants?|warehouses?|stocks?|stockpiles?|production|assembly)\b",
    re.I,
)


def _flier_hit_by_defender(art: Document, cl: events.Clause, hit: events.Trigger, named: list[Mention]) -> bool:
    """A weapon in flight is what a defender's hit word acts on: the passive's subject with a defender as its
    agent ("three drones were hit by jets"), or the active's object after a defender as its subject ("jets
    hit three drones"); a weapon's site ("jets hit drone launchers") or a target hit by jets is no such case."""
    text = art.text
    if not _DOWNING_HIT.search(hit.word):
        return False
    for m in named:
        w = m.of("weapon")
        if w is None or w.sub not in _FLYING or w.sub == "aircraft" or _SAILING.search(w.name):
            continue
        if m.end <= hit.start and _DEFENDER_PASSIVE_GAP.fullmatch(text, m.end, hit.start) and _BY_DEFENDER.match(text, hit.end, cl.end):
            return True
        if (
            hit.end <= m.start
            and _FLIER_OBJECT_GAP.fullmatch(text, hit.end, m.start)
            and not _WEAPON_AS_MODIFIER.match(text, m.end)
            and _DEFENDER_BEFORE.search(text, max(cl.start, hit.start - 50), hit.start)
        ):
            return True
    return False


#: Between a verb of firing and the flying weapon it was aimed at: "at two", "on the incoming".
_FIRED_AT_GAP = re.compile(rf"\s+(?:at|on|upon)(?:{_FLIER_OBJECT_GAP.pattern})", re.I)
#: The verb of firing with what opens it: "opened fire", "fired".
_OPENED = re.compile(r"\b(?:open(?:s|ed|ing)?)\s+$", re.I)


def _flier_fired_on_by_defender(art: Document, cl: events.Clause, fired: events.Trigger, named: list[Mention]) -> bool:
    """A defender as the subject of a verb of firing whose aim is a weapon in flight: "interceptors fired at
    incoming missiles", "air defences opened fire on two drones"; a defender firing at a place ("jets fired at
    the base") or a weapon's site ("at drone launchers") is no such case."""
    text = art.text
    verb_start = fired.start
    if (opened := _OPENED.search(text, max(cl.start, fired.start - 10), fired.start)) is not None:
        verb_start = opened.start()
    if not _DEFENDER_BEFORE.search(text, max(cl.start, verb_start - 50), verb_start):
        return False
    for m in named:
        w = m.of("weapon")
        if w is None or w.sub not in _FLYING or w.sub == "aircraft" or _SAILING.search(w.name):
            continue
        if (
            fired.end <= m.start
            and _FIRED_AT_GAP.fullmatch(text, fired.end, m.start)
            # ("missiles launched from X" are in flight; "missile launchers" are a site)
            and (_IN_FLIGHT.match(text, m.end, cl.end) or not _WEAPON_AS_MODIFIER.match(text, m.end))
        ):
            return True
    return False


#: A call for help answered before a vessel is met: "responded to the distress signal (and met the
#: vessel)", "answering a mayday from the tanker".
_DISTRESS_ANSWERED = re.compile(
    r"\b(?:respond(?:s|ed|ing)?|answer(?:s|ed|ing)?)\s+(?:to\s+)?(?:[\w’'-]+\s+){0,3}?(?:distress\s+(?:calls?|signals?|messages?)|mayday|SOS|calls?\s+for\s+help)\b",
    re.I,
)


def _party_ruined_site(art: Document, cl: events.Clause, named: list[Mention], ruined: events.Trigger) -> bool:
    """A site as what an armed party, the verb's subject, ruined or damaged: "the RSF destroyed a bridge",
    "Ukrainian forces damaged a depot"; the doer may tell the deed itself ("the RSF said it had destroyed")."""
    text = art.text
    if not _SITE_RUINED.match(text, ruined.end, cl.end):
        return False
    said = _SAID_IT_GAP.search(text, max(cl.start, ruined.start - 40), ruined.start)
    doer_end = said.start() if said else ruined.start
    return bool(_HARM_AGENT_BEFORE.search(text, max(cl.start, doer_end - 50), doer_end)) or any(
        m.end <= doer_end and _armed_party(m) and (m.end == doer_end or _DOER_GAP.fullmatch(text, m.end, doer_end))
        for m in named
    )


#: Armour as what was destroyed: "destroyed an Israeli tank", "destroyed two armoured vehicles".
_ARMOUR_RUINED = re.compile(
    r"\s+(?:(?!(?:fuel|water|oil|gas|storage|petrol|diesel|septic)\b)[\w’'-]+\s+){0,3}?(?:tanks?|armou?red\s+(?:vehicles?|personnel\s+carriers?)|APCs?|howitzers?"
    r"|(?:military|army)\s+vehicles?|infantry\s+fighting\s+vehicles?)\b",
    re.I,
)
#: A site or a means of war as what was destroyed: "destroyed an ammunition depot", "a rebel camp", "a bridge".
_SITE_RUINED = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:depots?|bases?|camps?|hideouts?|positions?|posts?|bridges?|headquarters|"
    r"launchers?|launch\s+sites?|radars?|(?:air\s+defen[cs]e|missile)\s+systems?|warehouses?|storage\s+sites?|"
    r"weapons?\s+sites?|facilit(?:y|ies)|tunnels?|power\s+(?:stations?|plants?)|substations?|refiner(?:y|ies)|"
    r"airfields?|strongholds?|bunkers?|checkpoints?|(?:telecom\w*|communications?|radio)\s+towers?|trucks?|boats?|trains?)\b",
    re.I,
)
#: What comes after is told as the sequel of what came before: "... and was followed by gunfire".
#: Support told of the doers before the clause's verb: "backed by U.S.", "under the cover of coalition".
_BACKED_BY = re.compile(
    r"\b(?:(?:backed|supported|aided|assisted)\s+by|with\s+the\s+(?:support|help|backing)\s+of|under\s+(?:the\s+)?cover\s+of)"
    r"\s+(?:[\w'’.-]+\s+){0,3}$",
    re.I,
)
#: Gunfire coordinated after the blasts: "blasts and gunfire", "explosions and heavy gunfire".
_AND_GUNFIRE = re.compile(r"\s+and\s+(?:(?:heavy|sporadic|intense|automatic)\s+)?", re.I)
_FOLLOWED_BY = re.compile(r"\b(?:followed|succeeded)\s+by\s+(?:(?:heavy|sporadic|intense|more|some)\s+)?$", re.I)


#: The deed that opened a stretch, told after "since" up to its event word: "since Iran began its ".
_SINCE_DEED_OPEN = re.compile(
    r"\bsince\s+(?:[\w'’-]+\s+){1,4}?(?:began|started|launched|opened)\s+(?:(?:its|their|his|her|the|a|an|new|fresh)\s+)*"
    r"(?:[\w-]+\s+)?$",
    re.I,
)


def _told_event(
    art: Document, s_idx: int, cl: events.Clause, kinds: dict[str, events.Trigger], weapons: list[Mention]
) -> events.Trigger | None:
    """Stage 2: the event word that tells the clause's event, or None when every word is vetoed.

    The main word (``_main_trigger``) is taken unless it is denied, hypothetical, depicted, conceded or a
    mission's aim; a threat is taken unless denied ("never warned"), and passes the turn to the clause's
    other event words when it holds out no harm. A vetoed word gives way to the next, so "attempts to
    intercept it failed and it struck the port" tells the strike. Decided before the means and type,
    which are read off the word chosen.
    """
    text = art.text
    s = art.sentences[s_idx]
    while True:
        trig = _main_trigger(kinds, weapons)
        if trig is None:
            return None
        if trig.kind == "threat" and len(kinds) > 1 and not _holds_out_harm(art, s_idx, trig):
            # "warned that a vessel was hit by a missile": a warning that holds out no harm passes on
            # the news, and the clause's own event word tells the event
            kinds = {k: t for k, t in kinds.items() if t is not trig}
            continue
        if (trig.kind == "threat" and not _NOT_WARNED.search(text, max(cl.start, trig.start - 30), trig.start)) or not (
            trig.kind == "threat"
            or events.negated(text, cl.start, trig.start)
            or (events.hypothetical(text, cl.start, trig.start, trig.end, cl.end) and not _assault_fought_off(art, s_idx, cl, trig))
            or events.depicted(text, s.start, trig.start)
            or events.in_words(text, cl.start, trig.start)
            # "Despite the attack, the president went on to X": an event told before, conceded; the
            # clause tells what was done anyway, elsewhere
            or _CONCEDED.search(text, max(cl.start, trig.start - 30), trig.start)
            or events.mission(text, cl.start, trig)
            # "fired rockets at X in response to the assassination in Y": the event answered is not the
            # clause's own, when the clause has another event word
            or (len(kinds) > 1 and answer_before(text, cl.start, trig.start) is not None)
            # "have launched 900 drones since Russia began its air offensive on Friday": the deed that opened
            # the stretch is when the tally starts, not the clause's event, when the clause has another word
            or (len(kinds) > 1 and _SINCE_DEED_OPEN.search(text, max(cl.start, trig.start - 60), trig.start) is not None)
            # "struck three sites, joining Israel's air campaign": the campaign joined is the deed's backdrop
            or (
                len(kinds) > 1
                and events.AIR_CAMPAIGN.match(trig.word) is not None
                and any(m.end() == trig.end for m in _KIND_ASIDE.finditer(text, cl.start, trig.end))
            )
        ):
            break
        # "attempts to intercept the missile failed and it struck near the airport": try the next word.
        kinds = {k: t for k, t in kinds.items() if t is not trig}
    strike = kinds.get("strike")
    if (
        trig.kind == "clash"
        and strike is not None
        and strike.start < trig.start
        and (
            _SPARKED.search(text, strike.end, trig.start) is not None
            or (_AND_A.search(text, strike.end, trig.start) is not None and _ENSUED.match(text, trig.end) is not None)
        )
    ):
        # "fighters attacked a police station, sparking a gunfight" ("..., and a gunfight followed"): the fight
        # is what the attack set off, and the attack's word, with its doers before it, tells the event
        return strike
    return trig


#: An assault told fought off after its word, in its sentence: "but were repelled", "and was beaten back".
_FOUGHT_OFF_AFTER = re.compile(
    r"[^.;]*?\b(?:but|and|before)\s+(?:(?:they|it)\s+)?(?:were|was|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:repelled|repulsed|fought\s+off|beaten\s+back|driven\s+back|pushed\s+back)\b",
    re.I,
)
#: A sentence that tells the assault just told fought off, as its opening deed: "Our units repelled the attack".
_FOUGHT_OFF_NEXT = re.compile(
    rf"\W*(?:[\w'’-]+\s+){{0,5}}?(?:{events.FEND_VERBS})\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|attempts?|assaults?|infiltrations?|incursions?|advances?|raids?|attackers|infiltrators|assailants)\b",
    re.I,
)


def _assault_fought_off(art: Document, s_idx: int, cl: events.Clause, trig: events.Trigger) -> bool:
    """A ground assault told as attempted, then as fought off ("Terrorists attempted to infiltrate army positions
    near X. Our units repelled the attack"): the attempt was met with fire, so a fight took place (GUIDE:
    armed_clash is raids met with fire)."""
    if not events.tried_assault(art.text, cl.start, trig):
        return False
    s = art.sentences[s_idx]
    if _FOUGHT_OFF_AFTER.match(art.text, trig.end, s.end):
        return True
    return s_idx + 1 < len(art.sentences) and _FOUGHT_OFF_NEXT.match(art.text, art.sentences[s_idx + 1].start) is not None


#: "and a" right before a fight's noun, and a verb telling it came next right after: "and a gunfight followed".
_AND_A = re.compile(r",?\s+and\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_ENSUED = re.compile(r"\s+(?:then\s+|soon\s+)?(?:followed|ensued|broke\s+out|erupted)\b", re.I)
#: A participle of an event that set another off: "sparking", "prompting a wave of strikes".
_SET_OFF = r"(?:sparking|triggering|prompting|provoking|setting\s+off)"
#: A participle of consequence right before a fight's word: "sparking a gunfight", "triggering heavy clashes".
_SPARKED = re.compile(
    rf",?\s*(?:{_SET_OFF}|leading\s+to|resulting\s+in)\s+(?:[\w-]+\s+){{0,3}}$", re.I
)


def _means(
    art: Document, cl: events.Clause, trig: events.Trigger, weapons: list[Mention]
) -> tuple[Mention | None, str | None]:
    """Stage 3: the weapon that did the event and its class, from the weapons nearest the event word.

    Whatever fired a weapon did the event: the aircraft or drone that fired a missile makes a strike
    from the air, warplanes named with artillery make it one too, and a mixed salvo of missiles and
    drones is a missile attack (GUIDE). Decided before the type, which is read off the class.
    """
    text = art.text
    weapon = _nearest(weapons, trig)
    if (
        weapon is not None
        and trig.kind in ("strike", "airstrike")
        and trig.end <= weapon.start
        and _OBJECT_GAP.fullmatch(text, trig.end, weapon.start)
        and _far_flier_did(art, art.mentions_in(cl.start, trig.start), trig)
    ):
        # "US forces struck three drone boats": the weapons a state that flies its strikes hit are its
        # target, not its means (the strike is from the air, GUIDE)
        return None, None
    if weapon is not None and weapon.start < trig.start and weapon.of("weapon").sub == "shell":  # type: ignore[union-attr]
        # "warplanes and artillery struck ...": the aircraft make it a strike from the air
        weapon = next(
            (w for w in weapons if w.start < trig.start and w.of("weapon").sub == "aircraft"), weapon
        )  # type: ignore[union-attr]
    wclass = weapon.of("weapon").sub if weapon else None  # type: ignore[union-attr]
    if wclass in ("missile", "rocket") and trig.kind in ("launch", "strike", "harm"):
        # "an Israeli drone fired two missiles at a car": the platform that fired them is the doer, so a
        # drone's or a warplane's missiles make a strike from the air (GUIDE: raids by aircraft or armed drones),
        # also when a later word tells the hit ("the drone fired two missiles, hitting a car")
        platform = next(
            (
                w for w in weapons
                for t in cl.triggers
                if t.kind == "launch"
                and w.end <= t.start <= trig.start
                and w.of("weapon").sub in ("aircraft", "drone")  # type: ignore[union-attr]
                and _DOER_GAP.fullmatch(text, w.end, t.start)
            ),
            None,
        )
        if platform is not None:
            weapon, wclass = platform, platform.of("weapon").sub  # type: ignore[union-attr]
    if wclass == "drone" and any(
        _mixed_salvo(art, w, weapons) for w in weapons if w.of("weapon").sub == "drone"  # type: ignore[union-attr]
    ):
        # "a missile and drone attack", "800 UAVs and decoy drones, as well as 13 missiles" (the missiles
        # listed after another drone of the salvo): a mixed salvo is a missile attack (GUIDE)
        wclass = "missile"
    if wclass == "missile" and weapon is not None and _FROM_AIRCRAFT.search(text, weapon.end, cl.end):
        # "six missiles fired by F-35 jets": missiles an aircraft launched make a strike from the air
        after = [w for w in weapons if w.start > weapon.end and w.of("weapon").sub == "aircraft"]  # type: ignore[union-attr]
        if after and after[0].start - weapon.end < 60:
            wclass = "aircraft"
    if wclass in ("missile", "rocket") and weapon is not None:
        # "a drone-fired missile hit a house", "a missile strike by a US drone": the platform that fired
        # the missile did the strike (GUIDE: raids by aircraft or armed drones)
        platform = _platform_of(art, weapon, trig, weapons)
        if platform is not None:
            weapon, wclass = platform, platform.of("weapon").sub  # type: ignore[union-attr]
    return weapon, wclass


class _Typed(NamedTuple):
    """The type of a clause's event and the notes that later stages check (stage 4 of ``_clause_candidate``)."""

    typ: str
    #: an attack or blast nothing in its clause marks as armed: kept only at a spot on a day of its own
    untold: bool
    #: clashes told with no party: a fight only at a scene of its own on a day of its own
    bare_clash: bool
    #: told by its victims alone ("two soldiers were wounded"): the toll of an event just told, when one is
    victims_only: bool
    #: old ordnance going off ("an unexploded shell detonated"): no one's attack
    leftover: bool
    #: a state's air arm is the doer ("the air force killed ..."): a strike from the air
    air_arm: bool


def _event_type(
    art: Document,
    s_idx: int,
    cl: events.Clause,
    trig: events.Trigger,
    words: _Words,
    weapon: Mention | None,
    wclass: str | None,
) -> _Typed | None:
    """Stage 4: the incident type the event word, its means and its parties give, or None for no incident.

    The type is read off the event word's kind and the weapon's class (``_type_of``), then corrected by
    what the clause tells of its doers and means: an air arm or a bombing state strikes from the air, a
    seizure of ground or a raid met with fire is a fight, debris falling is a crash, a bomb that downed a
    plane is a blast. Marks what a place and a day must still confirm (an untold attack, a bare clash, a
    toll told by its victims alone), which are read only after this stage lets the clause through.
    """
    text = art.text
    s = art.sentences[s_idx]
    named, weapons, _, ground, stopped = words
    # "the Nigerian Air Force killed 20 insurgents": a state's air arm strikes from the air
    air_arm = (
        wclass is None
        and trig.kind in ("strike", "harm", "launch")
        and bool(
            _AIR_ARM_DOER.search(text, max(cl.start, trig.start - 60), trig.start)
            # ... or as the agent of a passive: "the town was hit by the Ruritanian air force"
            or (_BY_AIR_ARM.match(text, trig.end, cl.end) and is_passive(art, trig.start))
        )
    )
    parties = [m for m in named if _armed_party(m)]
    armed = bool(parties)
    # "Russia's overnight attack on Kyiv": a state attacking by means untold is no ground battle
    states_only = all(m.of("country") is not None for m in parties)
    # "the attack": a reference whose kind is the referent's, not read from the parties named with it
    armed = armed and not _event_determined(art, cl, trig)
    if not parties and trig.kind == "strike" and _group_named_before(art, s, cl, trig) is not None:
        # "The group attacked a church": a subject told by its kind is the armed group it stands for
        armed, states_only = True, False
    # an armed group named before a harm word did the harm ("JNIM claimed killing 200 soldiers")
    party_before = (
        trig.kind == "harm"
        and any(m.end <= trig.start and _armed_group(m) for m in parties)
        and art.words_before(trig.start, 1)[-1:] != ["the"]  # "treating the wounded": a noun
    ) or (trig.kind == "harm" and (_armed_fire(art, trig, cl.end) or _group_by(art, parties, trig, cl.end)))
    # an attack whose means no word near it names, nor a state as its doer: its means are not the air's
    by_hand = (
        trig.kind == "strike"
        and not weapons
        and not _event_determined(art, cl, trig)
        and not any(m.of("weapon") for m in art.mentions_in(s.start, s.end))
        and _last_weapon_class(art, trig.start) is None
        and not _by_state(art, named, trig)
    )
    elided = False  # "One attack hit X, while another hit Y": the event noun left out after "another"
    untold = False  # an attack or blast nothing in its clause marks as armed (read below, once placed and dated)
    if trig.kind == "seize":
        # ground taken by armed men was fought for (GUIDE: ground fighting); a ship or a train taken is
        # a fight only when fire or a toll is told with it
        typ: str | None = "armed_clash" if ground else _seizure_type(text, s.start, s.end)
    else:
        typ = _type_of(trig, wclass, text, cl, armed, states_only, party_before, by_hand)
        if typ in (None, "other") and trig.kind == "strike" and wclass is None and _charge_did_it("mine", trig, text, cl):
            # "a mine hit a truck near X": a charge the lexicon cannot list as a weapon ("a friend of mine"),
            # read as the subject of the hit as it is of a harm verb, went off (GUIDE: explosion)
            typ = "explosion"
        if typ is None and by_hand and _group_attacked_ground(art, parties, trig, cl):
            typ = "armed_clash"
        if typ is None and _fired_projectiles(text, trig, cl, weapon, wclass):
            typ = "missile_attack"
        attacked = _party_attacked(art, s, parties, trig, cl) if typ in (None, "armed_clash") else None
        if attacked is not None and (typ is None or attacked.of("country") is not None):
            # (a state attacked as a whole is no ground fight: "the Houthis said they attacked Israel")
            typ = "other"
        if trig.kind == "strike" and wclass is None and (
            (typ in (None, "other") and is_passive(art, trig.start))
            # "a strike by militants hit the town": the noun's agent slot, as the passive's
            or (typ == "air_strike" and by_hand and trig.word in events.NOUNS)
        ):
            typ = _passive_doer_type(text, cl, trig) or typ
        if (
            typ is None
            and trig.kind == "strike"
            and not _SINK.match(trig.word)
            and (
                trig.word.split()[-1] in events.NOUNS
                or is_passive(art, trig.start)
                or (elided := _another_of_them(art, s_idx, cl, trig))
            )
            # a bare "hit" is an attack only with something armed told (an armed party, or a site strikes
            # aim at): "a bus was hit on the highway" is as often a road accident
            and (armed or elided or _HIT_WORD.match(trig.word) is None or site_before_hit(text, cl.start, trig))
        ):
            # "a bus was attacked in the town of X on Monday", "an attack on a shrine in Y on Friday": an
            # attack done to something, told at a spot on a day of its own, is an event whoever did it
            # (an active verb with no armed doer is as often words: "critics attacked the budget")
            typ, untold = "other", True
        elif typ is None and trig.kind == "explode":
            # "a parked car exploded outside a hotel in X on Monday night": so is a blast that no word marks
            # as an attack (GUIDE: an unexplained blast is an explosion)
            typ, untold = "explosion", True
    if typ == "explosion" and trig.kind == "strike" and _GUN_AND_BOMB.search(text, max(cl.start, trig.start - 40), trig.start):
        # "a gun and bomb attack at a hotel": an attack made with guns as well as bombs is a fight
        # (GUIDE: armed_clash, raids met with fire), not a blast alone
        typ = "armed_clash"
    if typ == "interception" and trig.kind == "intercept" and _bomb_brought_down(art, cl, trig, weapons):
        # "a bomb hidden in the hold downed the airliner": a bomb, the subject of the verb, brought the plane
        # down by its blast (GUIDE: explosion, a bomb); no one shot anything down
        typ = "explosion"
    if typ == "explosion" and wclass is None and _BOMBING.match(trig.word) and _flying_doer(art, named, trig):
        # "wounded in an Israeli bombing of the camp": a bombing by a state that flies its strikes (lexicon:
        # ``flies_its_strikes``) was dropped from its aircraft (GUIDE: raids by aircraft), not a bomb set off
        typ = "air_strike"
    # "killed three enemy soldiers near X", "12 militants were killed": fighters harmed, in a sentence
    # that tells no other event and names no weapon, fell in a fight on the ground
    victims_only = (
        typ is None
        and trig.kind == "harm"
        and weapon is None
        # (the event word itself counts as harm when it was read so: armed men "neutralised" were killed)
        and all(t.kind == "harm" or t.start == trig.start for t in art.triggers_in(s.start, s.end))
        and _combatants_harmed(text, cl.start, trig, cl.end)
    )
    if victims_only:
        typ = "armed_clash"
    if typ is None and trig.kind == "harm" and weapon is None:
        # "the deadliest attack on the town since five people died at a mosque in May": the toll after
        # "since" is the earlier event measured against, of the measure's kind (a blast, or else an attack)
        noun = events.measured_noun(text, s.start, cl.start)
        if noun is not None:
            typ = "explosion" if noun in ("bombing", "blast", "explosion") else "armed_clash"
    if (
        typ is None
        and trig.kind == "harm"
        and weapon is None
        and all(t.kind == "harm" for t in art.triggers_in(s.start, s.end))
        and _toll_at_scene(text, cl.start, trig, cl.end, s.end)
    ):
        # "dozens of patients were killed at a hospital in X on Saturday": a toll at a spot, by means and
        # doer untold, in a sentence that tells no other event, is an event of its own (GUIDE: an attack of
        # unstated means) where the clause gives it a spot and a day (stage 8); without them it is the toll
        # of an event told elsewhere
        typ, untold = "other", True
    if (
        typ == "armed_clash"
        and trig.word.endswith("operation")
        and weapon is not None
        and wclass in CLASS_TYPE
        and _WITH_MEANS.search(text, max(cl.start, weapon.start - 40), weapon.start)
    ):
        # "carried out a military operation targeting Eilat with a ballistic missile": an operation made
        # with the weapon the clause names is the attack with it, not a fight on the ground
        typ = CLASS_TYPE[wclass]
    if (
        typ == "armed_clash"
        and trig.kind == "clash"
        and wclass == "bomb"
        and weapon is not None
        and all(w.of("weapon").sub == "bomb" for w in weapons)  # type: ignore[union-attr]
        and _WITH_MEANS.search(text, max(cl.start, weapon.start - 40), weapon.start)
        and not _SHOTS.search(text, cl.start, cl.end)
    ):
        # "ambushed a convoy with a roadside bomb": an ambush made with a bomb alone is its blast (GUIDE:
        # explosion when the blast is the main fact); "with a bomb and gunfire" is still a fight
        typ = "explosion"
    if air_arm and typ in (None, "armed_clash", "other"):
        typ = "air_strike"
    air = (
        next((w for w in weapons if w.start < trig.start and w.of("weapon").sub in ("aircraft", "drone")), None)  # type: ignore[union-attr]
        if typ == "shelling"
        else None
    )
    if air is not None and _joint_doers(art, cl, air, trig):
        # "artillery and warplanes shelled and struck", "drones and artillery attacked": the air part
        # of a joint bombardment names it
        typ = "air_strike" if air.of("weapon").sub == "aircraft" else "drone_attack"  # type: ignore[union-attr]
    # "clashes broke out in X province on Monday": clashes told with no party are a fight only where the
    # clause gives them a scene of their own (a province or closer) and a day (checked once both are read)
    bare_clash = False
    if typ is None and trig.kind == "clash" and not _TOPIC.match(text, trig.end):
        # "ENDF and Fano clashed in X, killing 11": the parties or the toll may sit outside the clause
        sentence = art.mentions_in(s.start, s.end)
        if MILITARY.search(text, s.start, s.end) or any(_armed_party(m) for m in sentence):
            typ = "armed_clash"
        elif _CLASH_WORD.match(trig.word):
            typ, bare_clash = "armed_clash", True
    if typ == "armed_clash" and _FIGHT_VERB.match(trig.word) and _CAMPAIGN_TOLD.search(text, trig.end, cl.end):
        # "troops fought militants near X on Sunday" is a fight; "forces fought militias during the war" or
        # "for years" a campaign (GUIDE: descriptions of a mission are not incidents)
        return None
    if typ == "interception" and stopped:
        typ = "other"
    if (
        typ in ("drone_attack", "missile_attack", "rocket_attack")
        and _ASSAULT_WORD.match(trig.word)
        and (
            _FENDED_BEFORE.search(text, max(cl.start, trig.start - 40), trig.start)
            or _FENDED_AFTER.match(text, trig.end, cl.end)
        )
    ):
        # "air defences repelled a drone attack on the region", "a missile attack on the city was thwarted":
        # what flies, fought off, was shot down (GUIDE: interception)
        typ = "interception"
    if typ == "armed_clash" and _unopposed_entry(art, s_idx, cl, trig):
        # "troops raided the camp, arresting ten", "protesters stormed the parliament": a raid met with no
        # fire is no fight (GUIDE: armed_clash is ground fighting, raids met with fire)
        typ = "other"
    if (
        typ == "explosion"
        and trig.kind in ("strike", "clash")
        and weapon is not None
        and _WORN.search(text, max(cl.start, weapon.start - 30), weapon.start)
        and not any(t.kind == "explode" for t in cl.triggers)
        and not BLAST_TOLD.search(text, art.sentences[s_idx].start, art.sentences[s_idx].end)
    ):
        # "gunmen wearing suicide vests attacked a police station": bombs worn by attackers, with no blast
        # told, are an assault on the ground (GUIDE: explosion only when a blast is the main fact)
        typ = "armed_clash"
    leftover = weapon is not None and bool(
        _LEFTOVER.search(text, max(cl.start, weapon.start - 40), weapon.start)
    )
    if leftover and trig.kind in ("explode", "crash", "strike"):
        typ = "explosion"  # "an unexploded shell detonated": old ordnance going off, not an attack
    elif (
        typ is not None
        and _FALL_WORD.match(trig.word)
        and (
            _DEBRIS.search(text, max(cl.start, trig.start - 50), trig.start)
            or (weapon is not None and _DEBRIS_OF.search(text, max(cl.start, weapon.start - 40), weapon.start))
        )
        # "fragments of the drone that struck the airport": the weapon, not its debris, did the striking
        and not (weapon is not None and _THAT_DID.fullmatch(text, weapon.end, trig.start))
    ):
        typ = "crash"  # "pieces of a rocket fell and hit him", "one such object struck a home": debris falling
    elif typ == "interception" and _debris_did_harm(text, cl, trig):
        typ = "crash"  # "fragments of a downed drone damaged a car park": the debris of an interception came down
    if (
        typ in (None, "other", "air_strike")
        and wclass is None
        and not air_arm
        and trig.kind == "strike"
        and weapon is None
        # (so is a site told as hit in the passive with no agent: "in X, a mosque was hit")
        # ("a ship was struck" takes no weapon told before it: lead.py reads its means from the sentences near it)
        and (
            _SOME_OF_THEM.search(text[cl.start : trig.start])
            or _hit_as_noun(text, trig)
            or (_HIT_WORD.match(trig.word) is not None and hit_bare_passive(text, cl.start, cl.end, trig))
        )
        and not _SINK.match(trig.word)
    ):
        # "Russia launched 50 drones. One of them hit a house in X", "most were downed, but two struck a
        # depot": a count of the weapons just told as the subject is those weapons (a partitive of them),
        # whatever a verb of hitting with no means named would be taken for; so is a hit told as a noun after
        # them ("missiles were fired at the city ... A direct hit on a school killed six")
        told = _last_weapon_class(art, trig.start)
        if told in CLASS_TYPE:
            typ = CLASS_TYPE[told]
    if (
        typ is None
        and trig.kind == "strike"
        and weapon is None
        and (more := _MORE_OF_THEM.match(text, cl.start, trig.start + 1)) is not None
        and more.end() == trig.start
    ):
        # "Israeli strikes killed 12 across Gaza. One strike hit X. Another hit a tent in Y": a subject that only
        # counts one more of the kind, its noun left out, is one more of the strikes just named
        typ = _last_strike_type(art, s_idx, trig)
    if (
        # (a ground fight read only from what was hit, "a second attack on the base", with no fighters named)
        (typ in (None, "other") or (typ == "armed_clash" and not armed and _ASSAULT_WORD.match(trig.word)
                                    and not _GROUND_FIGHTERS.search(text, cl.start, cl.end)))
        and trig.kind == "strike"
        and weapon is None
        and (
            _FURTHER_ATTACK.search(text, max(cl.start, trig.start - 30), trig.start)
            # "the base was hit again on Wednesday": one more of the attacks told
            or (typ != "armed_clash" and _AGAIN_AFTER.match(text, trig.end, cl.end))
            # "X was also hit", "a bridge in Y was also targeted": one more target of the attack just told
            or (ALSO_BEFORE.search(text, max(cl.start, trig.start - 12), trig.start) and is_passive(art, trig.start))
        )
    ):
        # "Russian missiles struck X ... Another attack in Y left six dead": one more attack of the kind
        # just told, made with the weapon last named (as the GUIDE keeps it with the attacks told)
        told = _last_weapon_class(art, trig.start)
        if told in CLASS_TYPE:
            typ = CLASS_TYPE[told]
            # (its means are told now: it is no attack of untold means that needs a day of its own)
            untold = untold and not is_passive(art, trig.start)
    if (
        typ in (None, "other", "air_strike")
        and trig.kind == "strike"
        and weapon is None
        and not air_arm
        and _PRONOUN_ALSO.search(text, max(cl.start, trig.start - 25), trig.start)
    ):
        # "The group said it fired drones at a base. It said it also struck a second base": one more strike
        # of the doer just told, by a pronoun and "also", made with the weapon last named (a hit word alone
        # would be read as a raid from the air)
        told = _last_weapon_class(art, trig.start)
        if told in CLASS_TYPE:
            typ = CLASS_TYPE[told]
    if (
        typ in (None, "other", "air_strike", "armed_clash")
        and weapon is None
        and not air_arm
        and trig.kind in ("strike", "clash", "launch", "harm")
        and _tank_did_it(art, cl, trig)
    ):
        # "an Israeli tank fired at the tower", "tanks opened fire on the village", "hit by a tank": a tank's
        # gun fires shells (GUIDE: shelling is artillery fire), not a raid from the air nor a gunfight
        typ, untold = "shelling", False
    if typ is None:
        return None
    return _Typed(typ, untold, bare_clash, victims_only, leftover, air_arm)


#: A tank as the doer right before the event word ("a tank fired", "two Israeli tanks then opened fire"), or
#: as the agent of a passive ("was hit by a tank"); a fuel, water or gas tank, or a think tank, fires nothing.
#: An army's guns are its artillery ("Pakistani guns opened fire", "heavy guns pounded"), not a gunman's.
_TANK_AUX = (
    r"(?:tanks?|(?:(?-i:[A-Z][a-z]+)|artillery|big|heavy|field)\s+guns)\s+(?:(?:have|has|had|also|reportedly|then|later|again)\s+)*$"
)
_TANK_BEFORE = re.compile(
    r"(?<!fuel\s)(?<!water\s)(?<!think\s)(?<!gas\s)(?<!oil\s)(?<!storage\s)(?<!septic\s)\b" + _TANK_AUX, re.I
)
#: ... but not a tank only beside the doers: "troops backed by tanks attacked", "soldiers and tanks advanced".
_TANK_BESIDE = re.compile(r"\b(?:by|with|and|alongside|of)\s+(?:[\w'’-]+\s+){0,2}?" + _TANK_AUX, re.I)
_TANK_BY = re.compile(
    r"\s+by\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?tanks?\b(?!\s+(?:crews?|units?|brigades?|battalions?)\b)", re.I
)


def _tank_did_it(art: Document, cl: events.Clause, trig: events.Trigger) -> bool:
    """A tank is the doer of the event word: its subject, or the agent of its passive."""
    text = art.text
    lo = max(cl.start, trig.start - 40)
    return bool(
        (_TANK_BEFORE.search(text, lo, trig.start) and not _TANK_BESIDE.search(text, lo, trig.start))
        or (_TANK_BY.match(text, trig.end, cl.end) and is_passive(art, trig.start))
    )


class _Reference(NamedTuple):
    """How a clause's event refers back, and the type that reference settles (stage 5 of ``_clause_candidate``)."""

    typ: str
    #: "" (new), definite, partitive, possessive, perception
    anaphor: str
    #: the class of the weapon used, or of the one last told for an event referred to
    weapon_class: str | None
    #: many weapons in one raid ("a wave of strikes"): one event only at one spot on one day
    salvo: bool
    #: typed by its label alone ("a terror attack"): an event only at a spot or on a day of its own
    labelled: bool


#: A backdrop named before an event word: "amid an air campaign over the north".
_AMID = re.compile(r"\b(?:amid|amidst|during)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
#: A campaign told going on in a clause of time: "as Moscow pressed its air campaign against the cities",
#: "while the army kept up its bombing campaign".
_GOING_ON = re.compile(
    r"\b(?:as|while|whilst)\s+(?:[\w'’.-]+\s+){1,4}?(?:press(?:es|ed)(?:\s+on\s+with)?|continu(?:es|ed)|(?:keeps|kept)\s+up"
    r"|pursu(?:es|ed)|wag(?:es|ed))\s+(?:its|their|his|her|the|a)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


def _campaign_going_on(text: str, cl: events.Clause) -> bool:
    """The clause tells an air campaign going on ("as Moscow pressed its air campaign"): beside an event
    its sentence told already, the backdrop of that event, no event of its own (alone, it may be what a
    toll told before it died of: "three were killed in X while Israel kept up its bombing campaign")."""
    return any(
        events.AIR_CAMPAIGN.match(t.word) and _GOING_ON.search(text, max(cl.start, t.start - 80), t.start)
        for t in cl.triggers
    )


#: An aside that says what kind of event the one told was: ", in the kind of attack seen only seldom in
#: recent years", ", the sort of raid the group has mounted for years"; or what campaign it stepped up
#: (", escalating strikes it says protect the border": the campaign grows by the one strike told); or what it
#: set off (", prompting a wave of US strikes": the answer's words tell no pattern of the event before them), or
#: what someone called it (", in what officials called part of a spate of strikes").
_KIND_ASIDE = re.compile(
    r",\s+(?:(?:in\s+)?(?:the|a|an)\s+(?:kind|sort|type)\s+of\b"
    rf"|(?:{_SET_OFF}|leading\s+to|resulting\s+in)\b"
    r"|in\s+what\s+(?:[\w'’-]+\s+){0,4}?(?:called|call|calls|described|describe|describes|termed|dubbed|labell?ed)\b"
    r"|(?:escalating|intensifying|stepping\s+up|ramping\s+up|widening|expanding)\s+(?:its\s+|their\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:strikes|attacks|campaign|offensive|bombardment|assault)\b"
    # (or what campaign it joined: ", joining Israel's air campaign against the country")
    r"|(?:joining|backing|in\s+support\s+of)\s+(?:[\w'’-]+\s+){0,3}?(?:strikes|campaign|offensive|bombardment|war)\b)",
    re.I,
)


def _kind_aside(text: str, after: int, end: int) -> int:
    """Where the clause's own telling of its event ends: before an aside that says what kind of event it was
    (a kind of events spoken of there, "seen only seldom in recent years", makes the event no pattern)."""
    m = _KIND_ASIDE.search(text, after, end)
    return m.start() if m else end


def _reference(
    art: Document,
    s_idx: int,
    cl: events.Clause,
    trig: events.Trigger,
    named: list[Mention],
    weapon: Mention | None,
    wclass: str | None,
    typ: str,
    air_arm: bool,
) -> _Reference | None:
    """Stage 5: whether the clause tells one event or a kind of events, and how it refers back; None for a kind.

    A generic statement ("missiles are fired daily") is no event unless it is one salvo. An event referred
    to ("the strike", "two of the drones", one heard or told by others) takes the weapon class the article
    told for it, which may retype it ("the missile" a drone just fired makes the drone's strike). Read
    after the type, which the reference corrects, and before the day, which it needs.
    """
    text = art.text
    s = art.sentences[s_idx]
    # "a wave of strikes on Beirut's suburbs on Friday": many weapons in one raid, at one spot on one day,
    # are one event; without its own day and spot, the same words tell a pattern
    salvo = False
    # ("..., most of which were intercepted": a running total's weapons make a running total too)
    lo = s.start if events.PARTITIVE_OPEN.match(text, cl.start, cl.end) else cl.start
    if (since := _since_date(art, cl, trig)) is not None:
        # "the panel has met often since the March 4 clash at X": the pattern is the meetings', told
        # before the phrase that dates the event
        lo = since.start
    if events.AIR_CAMPAIGN.match(trig.word):
        # "launched an air campaign against X": the campaign is the event, unless more words tell a pattern
        # or it is the backdrop of another deed ("sent amid a bombing campaign in Y": a campaign of many)
        spoken = text[lo : trig.start] + " " * (trig.end - trig.start) + text[trig.end : cl.end]
        if events.generic(spoken, 0, len(spoken)) or _AMID.search(text, max(lo, trig.start - 50), trig.start):
            return None
    elif typ != "threat_statement" and events.generic(text, lo, _kind_aside(text, trig.end, cl.end)):
        if not _MANY_AS_ONE_RAID.search(text, cl.start, cl.end) or events.generic(_MANY_AS_ONE_RAID.sub(" ", text[cl.start : cl.end]), 0, cl.end - cl.start):
            return None
        salvo = True
    anaphor = _anaphor(art, cl, trig, weapon)
    weapon_class = _last_weapon_class(art, trig.start) if anaphor and wclass is None else wclass
    if anaphor == "definite" and wclass in ("missile", "rocket") and weapon is not None and _fired_by_platform(art, weapon):
        # "a drone strike hit a car ... The missile killed two": the missile no sentence before named is the
        # one the drone or jet just told fired, and its strike is theirs
        weapon_class = _last_weapon_class(art, weapon.start)
        typ = CLASS_TYPE[weapon_class or ""]
    if (
        anaphor == "definite"
        and wclass is None
        and typ == "air_strike"
        and trig.kind == "strike"
        and not _by_state(art, named, trig)
    ):
        # "Wednesday's strike on the resort", after "artillery strikes hit a resort": the strike referred
        # to was made with the one kind of weapon the article has named before it ("Israel's strike": a
        # state's may come from the air whatever it fired before)
        told = _told_weapon_class(art, trig.start)
        if told in ("shell", "rocket", "missile"):
            typ = CLASS_TYPE[told]
    if typ == "air_strike" and wclass is None and trig.kind == "strike" and not air_arm and not anaphor:
        # "Iranian strikes hit a hospital. Iran fired 20 ballistic missiles overnight": the state's strike
        # whose means its own sentence leaves untold was made with what the same state fired in the sentence
        # beside it, when that names one kind of weapon launched from the ground and no aircraft
        fired = _fired_beside(art, s_idx, named, trig)
        if fired is not None:
            typ = CLASS_TYPE[fired]
    if (
        (trig.kind == "explode" and events.perceived(text, cl.start, trig.start, trig.end, cl.end))
        or (
            trig.kind == "clash"
            and _GUNFIRE_NOUN.match(trig.word)
            and events.heard(text, cl.start, trig.start, trig.end, cl.end)
        )
    ) or (
        typ != "threat_statement" and events.account(text, s.start, trig.start)
    ):
        anaphor = "perception"
    elif typ != "threat_statement" and not anaphor and events.characterised(text, s.start, trig.start):
        anaphor = "definite"  # "condemned the incident as a violation of its airspace": the event told
    labelled = bool(
        typ == "other"
        and not anaphor
        and _ASSAULT_WORD.match(trig.word)
        and not _many_attacks(trig.word)
        and _ARMED_DOER_BEFORE.search(text, max(cl.start, trig.start - 30), trig.start)
        and not _VESSEL.search(text, cl.start, cl.end)  # (a ship attacked: see _type_of)
        and not any(m.of("weapon") for m in art.mentions_in(s.start, s.end))
        and _last_weapon_class(art, trig.start) is None
    )
    if labelled:
        # "a terror attack in Pahalgam": an armed group's attack by means no word near it names is
        # fought on the ground (told right after a weapon, the label names that weapon's attack)
        typ = "armed_clash"
    if air_arm and weapon_class is None and typ == "air_strike":
        weapon_class = "aircraft"  # "the air force struck launchers": its aircraft are the means told
    return _Reference(typ, anaphor, weapon_class, salvo, labelled)


def _threat_told(art: Document, s_idx: int, cl: events.Clause, trig: events.Trigger) -> Threat | None:
    """Stage 6, threats only: the threat's speakers, objects and place, or None when it is no threat to record.

    A warning that holds out no harm threatens nothing, and one told in the past perfect ("had vowed to
    hit back") is background unless it warns people to leave. Read before the place, which a threat's
    speaker and target decide (stage 9).
    """
    text = art.text
    if not _holds_out_harm(art, s_idx, trig):
        return None  # "warned that attacks harm the country" threatens nothing
    if _HAD_BEFORE.search(text, max(cl.start, trig.start - 30), trig.start) and not is_evacuation_warning(trig, text, cl.end):
        # "X had vowed for weeks to hit back": a threat told in the past perfect lies before the events the
        # report tells, a background threat (GUIDE: open-ended threats are optional); a warning to leave
        # a place told so ("had warned residents to evacuate") is the step before the strike, kept
        return None
    return threat_args(art, s_idx, cl, trig)


#: The sentences that open a report (a headline, a dateline and the lead paragraphs): what a report tells
#: past them without a day or a party of its own is its background. A measured count, kept: the marks of
#: background a sentence carries (told_before_the_news, a perfect tense, a title line, a speaker the lead
#: never names, the report's second half, a condition put) each find only part of what it drops on unseen
#: reports, or drop threats it keeps.
OPENING_SENTENCES = 9


def background_threat(art: Document, c: Cand) -> bool:
    """An open-ended threat, with no day of its own (none, or only the day of the speech the report tells) and
    no party it is made against, told as background (GUIDE: optional), not a statement the report brings:
    past the report's opening ("Tehran has vowed to respond", "the group warned of more operations", down in
    the story), or anywhere in a sentence that sets it before the report's news (`told_before_the_news`).
    One told in the opening as news, or against a named party, is a threat."""
    if c.type != "threat_statement" or c.date_q >= 2 or c.objects:
        return False
    return c.s_idx >= OPENING_SENTENCES or told_before_the_news(art, c)


#: What sets a statement before a report's news: the event "came days after" or "comes amid" it, or a time
#: before the report ("since", "earlier", "previously", "in the past", "last week", "in 2019"), a stance held
#: for long ("repeatedly", "has long", "for months"), or the tension the news broke into.
_BEFORE_THE_NEWS = re.compile(
    r"\b(?:(?:comes?|came)\s+(?:as|after|amid|days|weeks|a\s+day|a\s+week)|since|earlier|previously|in\s+the\s+past"
    r"|(?:has|have)\s+long|for\s+(?:years|months|weeks)|last\s+(?:week|month|year)|in\s+(?:19|20)\d\d|repeatedly|tensions?)\b",
    re.I,
)


def told_before_the_news(art: Document, c: Cand) -> bool:
    """The sentence of an open-ended threat tells it as the lead-up to the report's event or as from before it
    ("the raid comes days after the group vowed revenge", "X has repeatedly vowed to respond", "since the
    killing, Y has vowed to hit back"): background, whatever its place in the report. The event coming
    "hours after" a threat leaves it news of the day; a warning to leave a place is the step before the strike,
    kept."""
    trig = events.Trigger(c.kind or "threat", c.pos, c.pos + len(c.trigger_word), c.trigger_word)
    if is_evacuation_warning(trig, art.text, c.clause[1]):
        return False
    # (a comparison with the past dates nothing: "will avenge the killing as the movement did in the past")
    return _BEFORE_THE_NEWS.search(_AS_IN_THE_PAST.sub(" ", art.sentences[c.s_idx].text)) is not None


#: A vow compared with deeds of the past, which sets the vow itself at no time before the news: "as they did in
#: the past", "as the group has done in the past".
_AS_IN_THE_PAST = re.compile(
    r"\bas\s+(?:[\w'’-]+\s+){1,3}?(?:has|have|had|did|does|do)\s+(?:done\s+)?in\s+the\s+past\b", re.I
)


def told_long_ago(art: Document, c: Cand) -> bool:
    """A threat told as made weeks or more before the report ("the minister several weeks ago warned Iran of
    a firm answer", "warned X last month that ..."): background, no statement of the report's news (GUIDE:
    open-ended background threats are optional). Asked of the events linked, not of a clause's candidates:
    read as any threat, it still parts the events told before and after it."""
    if c.type != "threat_statement":
        return False
    a, b = c.clause
    end = c.pos + len(c.trigger_word)
    # (only up to where what was said opens: its own times are of what it holds out, "warned that the raids
    # of last month would be repaid")
    return _LONG_AGO.search(art.text, max(a, c.pos - 40), _said_end(art.text, end, b)) is not None


#: A time told as weeks or more before the report: "several weeks ago", "two months ago", "last month", "late last year".
_LONG_AGO = re.compile(
    r"\b(?:(?:weeks|months|years|a\s+month|a\s+year)\s+ago|last\s+(?:month|year|summer|winter|spring|autumn|fall))\b",
    re.I,
)
#: A thing found that an event used: "found the launch platform used in", "seized the car used for".
_FOUND_USED = re.compile(
    r"\b(?:found|discovered|recovered|seized|located|uncovered|traced)\b[^.;:]{0,60}?\bused\s+(?:in|for|during)\b", re.I
)
#: A spot told by its kind, where a thing was found: "in a field", "at an orchard near", "in a farm".
_FOUND_AT = re.compile(r"\b(?:in|at|near|inside)\s+an?\s+(?!(?:attack|strike|raid|bombing)\b)", re.I)


def _event_place(
    art: Document,
    s: Sentence,
    cl: events.Clause,
    trig: events.Trigger,
    typ: str,
    weapons: list[Mention],
    anaphor: str,
    upto: int,
) -> tuple[list[Place], Place | None]:
    """Stage 7: the places the clause names, and the one where its event happened (or None).

    The best place is the scene the clause gives the event word; an attack's stated target stands for
    it when the clause names no scene or only a country (and narrows a country it lies in); an airspace
    event happens over the airspace's owner, and an interception or an airspace step with no scene over
    the interceptor's or closer's own country (not for a ship at sea). Read only once the clause is
    known to tell an event: it is the costliest step. The places are kept for the parties and splits.
    """
    text = art.text
    places = _answered_scene(art, trig, cl.start, _scenes(art, places_in(art, cl.start, cl.end)))
    places = _aside_places(art, cl, places)
    past = next((t.start for t, m in _referred_in(text, cl) if m.start("ref") > trig.end), None)
    if past is not None and any(p.role == "loc" and p.start < past for p in places):
        # "hit buildings in X that were used to plan Sunday's rocket attack on Y": Y is the past attack's
        # scene, not the deed's, which the clause names before it (naming none, Y is the best guess left)
        places = [p for p in places if p.start < past]
    if _FOUND_USED.search(text, cl.start, trig.start) and (spot := _FOUND_AT.search(text, trig.end, cl.end)):
        # "police found the launchers used in Tuesday's attack on the base in a field near Hit": after the
        # event's own words, a spot told by its kind ("in a field") is where the thing used was found
        places = [p for p in places if p.start < spot.start()]
    place = best_place(places, after=_phrase_start(art, trig, places))
    if place is not None and place.lat is None and place.rank >= 3 and place.start > s.start:
        place = _held(art, _told_apart(art, s.start, cl), place)
    # (up to the next clause of the sentence that tells an event of its own: "gunmen killed two in A on Saturday
    # and a bomb wounded five in B on Sunday" is two events, each at its town, no toll broken down by place)
    if (place is None or place.rank >= 2) and (spread := _spread(art, cl.start, upto)) is not None:
        place = spread
    if typ != "threat_statement" and (place is None or (place.rank <= 1 and typ != "interception")):
        # "launched from Gaza toward the city of Sderot": the target is where it happened; "missiles
        # toward the Al-Udeid Air Base in Qatar": an attack's target narrows the country it lies in.
        target = best_place([replace(p, role="loc") for p in places if p.role == "dest"])
        if place is None and typ == "interception" and target is not None:
            target = _stopped_short(art, cl.start, trig.start, target, _stopper_by(art, trig, cl.end)) or target
        if place is None or (target is not None and target.rank >= 3 and target.country in (None, place.country)):
            place = target if place is None or target.country else replace(target, country=place.country)
        if place is None:
            # "strikes on missiles readied to launch toward the X Sea", with no other place told: where they were
            # meant to go is the nearest the text comes to the scene (the home of the group they belong to
            # takes its place when one is told: incidents._placed)
            place = best_place([replace(p, role="loc") for p in places if p.role == "meant"])
    elif typ == "interception" and place is not None and place.start > trig.end and _AIMED_AT_PLACE.search(
        text, max(trig.end, place.start - 40), place.start
    ):
        # "Ruritania intercepted missiles aimed at Freedonia": the target named, not the scene
        place = _stopped_short(art, cl.start, trig.start, place, _stopper_by(art, trig, cl.end)) or place
    if trig.kind == "airspace":
        # "violated Estonian airspace", "Iraq's airspace": the owner of the airspace is the scene
        owner = _airspace_owner(art, trig)
        if owner is None and _ITS_AIRSPACE.search(trig.word):
            # "Iraq closed its airspace as missiles flew toward Israel": the closer's own sky
            owner = _home_place(art, cl.start, trig.start, [])
        if owner is not None and place is not None and place.rank >= 3 and place.country in (None, owner.country):
            # "entered Estonian airspace near Vaindloo Island": a spot of the owner's narrows the country
            place = replace(place, country=owner.country)
        else:
            place = owner or place
    if place is None and typ != "threat_statement" and not anaphor:
        # "In X, the militia said its fighters clashed with gunmen": a place fronted before the sentence's
        # speaker sets the scene of what the speaker tells (not of an event told before: "In X, officials
        # said the strike killed four" says where they spoke of it)
        place = _fronted_scene(art, s.start, trig.start)
    if place is None and typ != "threat_statement" and not anaphor:
        # "Medics in X said three died when shells struck a market": the post of a local source that tells the
        # event, in a sentence naming no other place, is its scene (as best_place takes a body's place)
        place = _source_post(art, s.start, s.end)
    if place is None and typ in _AIR_RAIDS:
        # "Ruritania's air force said Freedonia launched 150 drones overnight", "Freedonian missiles got
        # through Ruritania's air defences": a state's air arm tells of or meets raids on its own country
        place = _defender(art, s.start, cl.end, trig.start)
    if place is None and typ != "threat_statement" and typ != "interception":
        # "a deadly assault on a Pakistani army post": with no scene named, a post of a nation's forces
        # stands on its own soil
        place = _owned_post(art, trig.end, cl.end)
    elif place is not None and place.country is None and place.lat is None and place.rank >= 3 and typ != "interception":
        # "militants attacked a Somali army base in X": a spot no gazetteer knows where a nation's post stands
        # lies on that nation's soil, in a story naming no other country
        owner = _owned_post(art, trig.start, cl.end)
        if owner is not None and set(story_homes(art)) <= {owner.country}:
            place = replace(place, country=owner.country)
    if place is None and (typ == "interception" or trig.kind == "airspace"):
        # "Israel intercepted a missile fired from Yemen", "Israel closed its airspace": over the
        # interceptor's or closer's own country.
        # "a Russian Su-25 was shot down": the weapon's nationality is the side that lost it
        lost = weapons if is_passive(art, trig.start) else []
        # "U.S. officials said the destroyer intercepted three missiles": a ship stops them at sea,
        # not over the country of its flag or of those who tell of it
        # (or a ship the article named: "U.S. officials said the Carney had brought down four missiles")
        naval = typ == "interception" and (
            _NAVAL_INTERCEPTOR.search(text, cl.start, trig.start)
            or any(name in text[cl.start : trig.start] for name in ships(art))
        )
        place = None if naval else _home_place(art, cl.start, trig.start, lost)
        if place is None and not naval:
            # "a missile was intercepted by Israeli air defences": the stopper told as the agent after "by"
            place = _stopper_by(art, trig, cl.end)
        if place is not None and overseas(place):
            # "the US military said it shot down two drones": a state an ocean away from the region the
            # briefs cover stops weapons where its forces serve abroad, never over its own land
            place = None
        if place is not None and anaphor:
            # "shot down 40 of the drones": over the spot of the attack referred to, if one was told
            place = replace(place, role="home")
    return places, place


def _source_post(art: Document, a: int, b: int) -> Place | None:
    """The one place of text[a:b], when it is the post of the source that speaks there (places.py: role "body")."""
    found = places_in(art, a, b)
    if len(found) != 1 or found[0].role != "body":
        return None
    return replace(found[0], role="loc")


#: "In X, ...", "Near the Y crossing, ...": a place phrase that opens a sentence, cut off by its comma.
_FRONTED_PLACE = re.compile(r"\W*(?:In|At|Near|Inside|Outside)\s+[^,.;:\"“”]{2,60},\s")


def _fronted_scene(art: Document, start: int, lo: int) -> Place | None:
    """The one place a phrase fronted at the sentence's start (text[start:]) names before the event's word
    (at ``lo``), when the clause gave the event no scene (it may have set the phrase aside as where a
    speaker spoke)."""
    m = _FRONTED_PLACE.match(art.text, start, lo)
    if m is None:
        return None
    # (a phrase read as where a speaker spoke, "In X, officials said ...", sets the scene of what they tell
    # when nothing else does)
    found = [p for p in places_in(art, start, m.end()) if p.role in ("loc", "speaker") and p.rank >= 1]
    return replace(found[0], role="loc") if len(found) == 1 else None


#: A share of the event's weapons told at a place: "12 over the Kursk region", "20 of them over Kyiv".
_SHARE = rf"\b(?:\d[\d,]*|{NUMBER})\s+(?:of\s+(?:them|which)\s+)?(?:(?:were|was)\s+\w+\s+)?(?:over|above|in|near|across)\s+"
_SHARE_AT = re.compile(_SHARE + r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)
#: ... anywhere in a text: a sentence telling two or more may break its event down by place.
_SHARE_GATE = re.compile(_SHARE, re.I)


def _spread(art: Document, lo: int, hi: int) -> Place | None:
    """The country an event told in text[lo:hi] is spread over, shares told at two places or more (see
    _broken_down); None otherwise."""
    return _broken_down(art, lo, hi) if len(_SHARE_GATE.findall(art.text, lo, hi)) >= 2 else None


def _broken_down(art: Document, lo: int, hi: int) -> Place | None:
    """The country, when the clause and the rest of its sentence (text[lo:hi]) break the event down by place,
    each with its own share ("destroyed 23 drones, including 12 over the Kursk region and eight over the
    Belgorod region"): one event over the country (GUIDE: one country-level item for an operation at several
    named places), not at the first."""
    shares = [
        p
        for p in places_in(art, lo, hi)
        if p.role == "loc" and p.rank >= 2 and _SHARE_AT.search(art.text, max(lo, p.start - 40), p.start)
    ]
    countries = {p.country for p in shares}
    if len(shares) < 2 or len(countries) != 1 or None in countries:
        return None
    (name,) = countries
    entry = art.lexicon.countries.get(name)  # type: ignore[arg-type]
    return country_place(entry, shares[0].start, shares[0].end) if entry is not None else None


#: The day just gone, told by its length back from the report: "over the past day", "in the last 24 hours".
_PAST_DAY = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)\b", re.I)


#: How many days a tally of strikes at a town may span and still be told as one event: "shelled the town 120
#: times between Friday and Sunday, killing four" is the GUIDE's aggregate, dated as the stretch it gives; a
#: country's or a region's strikes over days tell a campaign.
_TOWN_TALLY_DAYS = 6


def _salvo_days(place: Place) -> int:
    """How many days past its first a salvo told at ``place`` may run (_TOWN_TALLY_DAYS at a town, else one)."""
    return _TOWN_TALLY_DAYS if place.rank >= 3 else 1


def _unconfirmed(
    art: Document,
    s: Sentence,
    cl: events.Clause,
    trig: events.Trigger,
    typed: _Typed,
    salvo: bool,
    place: Place | None,
    date: DateSpan | None,
    date_q: int,
    date_kind: str,
) -> bool:
    """Stage 8: whether the place and day read leave unconfirmed an event that needs a scene and a day.

    An attack nothing marks as armed, a clash with no party, a salvo of many weapons and a toll told by its
    victims alone (stage 4's notes) tell one event only at a spot, on a day, of their own; without them
    the same words tell a pattern or the toll of an event already told. Read right after the place.
    """
    text = art.text
    untold, bare_clash, victims_only = typed.untold, typed.bare_clash, typed.victims_only
    if untold and not (
        place is not None
        and place.rank >= 3
        and date_q >= 3
        and date_kind != "since"  # "the bloodiest attack in X since 2018" tells no day of its own
        and not _SUCH_BEFORE.search(text, max(cl.start, trig.start - 8), trig.start)  # "a second such attack"
    ):
        return True
    if bare_clash and not (place is not None and place.rank >= 2 and date_q >= 3):
        return True  # "ties strained over clashes", "clashes in the region": no fight told
    # "the operation began on Tuesday with a wave of drone strikes that killed 10": a day and a toll of its own
    # make one raid, wherever its scene was told (a sentence before lends it)
    own_day_toll = (
        salvo
        and place is None
        and (
            (date_q >= 3 and date is not None and (date.end - date.start).days <= 1)
            # ("It began with a wave of strikes that killed six": the opening of the event the sentence before
            # dated, whose day linking lends it)
            or (date is None and _opening_of_dated(art, s, cl, trig))
        )
        and any(k for _, k, _ in casualties.find(text, cl.start, cl.end))
    )
    if salvo and not own_day_toll and not (
        place is not None
        and (
            # (a day's raid on a country is one operation too: "bombed multiple targets in Yemen on Monday night")
            (date_q >= 3 and date is not None and (date.end - date.start).days <= _salvo_days(place))
            # "shelled the town 20 times over the past day": the day just gone, the report's own
            or (date is None and date_kind == "" and _PAST_DAY.search(text, cl.start, cl.end) is not None)
            # "a series of airstrikes on the Barmal district has killed 15": a toll at one spot, one raid
            or (
                place.rank >= 3
                and date is None
                and date_kind == ""
                and any(k is not None for _, k, _ in casualties.find(text, s.start, s.end))
            )
        )
    ):
        return True
    # "two soldiers were wounded" with no spot or day of its own: a toll, not an event told
    return victims_only and (place is None or place.rank < 2) and date_q < 3


def _threat_aim(
    art: Document,
    cl: events.Clause,
    trig: events.Trigger,
    threat: Threat,
    places: list[Place],
    place: Place | None,
    anaphor: str,
) -> tuple[Place | None, str]:
    """Stage 9, threats: where a threat is aimed, and whether it refers back to one told before.

    A threat is aimed at its speaker's stated target unless the clause names a town of the speaker's own
    country to be left or where harm is held out ("leave the city", "warned residents of X to leave").
    Read after the place (stage 7), which it corrects.
    """
    text = art.text
    if threat.anaphoric:
        anaphor = "definite"
    elif (
        threat.place is not None
        and (place is None or place.rank < 3)
        and (left := _place_to_leave(places, trig)) is not None
        and left.country == threat.place.country
        and threat.place.rank <= 1
    ):
        # "told the garrison to quit the town within a day": the town to be left, of the
        # speaker's own country, is where the threat is aimed (as "leave the city" is, below)
        place = left
    elif threat.place is not None and not (
        place is not None
        and place.rank >= 2
        and (
            (place.rank >= 3 and place.country == threat.place.country and threat.place.rank <= 1)
            # a warning to leave is aimed at the place to be left: "warned residents of Tyre to leave"
            or is_evacuation_warning(trig, text, cl.end)
        )
    ):
        # (a town of the speaker's own country the clause names is where the threat is aimed: "demanded
        # that the army leave the city by Wednesday", not the whole country)
        place = threat.place
    return place, anaphor


def _doers(
    art: Document,
    s: Sentence,
    cl: events.Clause,
    trig: events.Trigger,
    typ: str,
    weapon: Mention | None,
    leftover: bool,
) -> list[str]:
    """Stage 9, events: who did the event, the agents of its word (``actors.agents``).

    The subject may open the sentence before a parenthetical clause; old ordnance going off has no doer,
    and a weapon shot down is not its owner's doing. Read after the type: an interception's agents are
    those who stopped the weapons.
    """
    text = art.text
    near = art.words_before(trig.start, 5)
    determined = (
        trig.word.split()[-1] in events.NOUNS
        and any(
            w in _DEFINITE and not (w == "that" and k > 0 and near[k - 1] in _CLAUSE_THAT_AFTER)
            for k, w in enumerate(near)
            if k >= len(near) - 3
        )
        # ("X fighters carried out the ambush": a definite event a doing verb takes has that verb's subject as
        # its doer, as "carried out an ambush" has; only a noun told by another verb is a mere reference)
        and not _did_the_event(text, trig.start)
    )
    actors = (
        []
        if leftover
        else agents(
            art, cl.start, cl.end, trig.start, trig.end, subject=not determined, stopped=typ == "interception"
        )
    )
    if (
        not actors
        and not leftover
        and cl.start > s.start
        # (or a statement quoted after a colon in its speaker's first person: 'X said: "We struck ..."')
        and (text.startswith(", ", cl.start) or _FIRST_PERSON_QUOTE.match(text, cl.start) is not None)
        # ("Three days after rebels shelled X, drones struck Y": the opening clause is an event of its own)
        and not _OPENS_SUBORDINATE.match(text, s.start, cl.start)
        # ("..., the civil defence said, marking the fifth such attack": a writer's comment after a report,
        # whose nearest name is the speaker, not a doer)
        and not _SAID_THEN_COMMENT.search(text, cl.start, trig.start)
        # ("X has not attacked Y, but an attack on Z killed 24": a contrast opens a clause with a subject of its own)
        and not _CONTRAST_OPENS.match(text, cl.start)
        # ("X fired 40 rockets, with most intercepted": the sentence's subject sent the weapons a share of
        # which the clause brings down, so it is no interceptor)
        and not (typ == "interception" and events.PARTITIVE_OPEN.match(text, cl.start, cl.end))
    ):
        # "Iran-backed militants, who could not be reached, fired ...": the subject opens the sentence.
        actors = agents(
            art, s.start, cl.end, trig.start, trig.end, max_gap=25, subject=not determined, stopped=typ == "interception"
        )
        # ("Jets have struck Houthi targets since January, most recently on Saturday, when strikes hit X": a party
        # named after the sentence's first event word is what that word took as its object, not the subject)
        if first := next(iter(art.triggers_in(s.start, cl.start)), None):
            objects = {actor_name(m, adjectival=True) for m in art.mentions_in(first.end, cl.start)}
            subjects = {actor_name(m, adjectival=True) for m in art.mentions_in(s.start, first.start)}
            actors = [a for a in actors if a not in objects - subjects]
        if typ == "interception":
            # "Russia launched 48 drones, and air defences downed most of them": the sentence's subject sent
            # the weapons its next clause stops, so it is no interceptor
            actors = [a for a in actors if a not in _senders(art, s.start, cl.start)]
    if not actors and not leftover and typ == "interception":
        # "X's air force said Russia launched 90 drones, and that air defences downed 70": a second report of
        # the same speaker, whose unnamed defences are its own
        actors = _speaker_of_second_report(art, s, trig)
    if not actors and not leftover and typ != "interception" and (chained := _chained_from(text, cl, trig)) is not None:
        # "Militants detonated a car bomb at the gate before storming the base": the later deed of a chain
        # with no subject of its own is done by the first verb's subject
        actors = agents(art, cl.start, cl.end, chained.start, chained.end, subject=True)
    if not actors and not leftover and typ != "interception" and trig.word.split()[-1] in events.NOUNS:
        # "Russia launched 273 drones at Ukraine overnight, the largest attack of the war" / "... in
        # a large attack": the noun renames what the clause's own verb told; its subject did it.
        told = max(_LAUNCH_VERB.finditer(text, cl.start, trig.start), key=lambda v: v.start(), default=None)
        if told is not None and not _INQUIRY_NOUN.search(text, told.end(), trig.start):
            # ("the UN launched an investigation into the air strike": the verb opened an inquiry, not the strike)
            actors = agents(art, cl.start, cl.end, told.start(), told.end(), subject=True)
        elif told is None and _RENAMING_IN.search(text, max(cl.start, trig.start - 60), trig.start):
            # "US forces destroyed three radar sites near X in strikes": the means phrase renames the deed of
            # the clause's own event verb, whose subject (or the speaker "it" stands for) did it
            verb = next((t for t in reversed(cl.triggers) if t.end <= trig.start and t.word.split()[-1] not in events.NOUNS), None)
            if verb is not None:
                actors = agents(art, cl.start, cl.end, verb.start, verb.end, subject=True)
    if not actors and not leftover and typ != "interception" and trig.word.split()[-1] not in events.NOUNS:
        # "A drone struck the base on Tuesday in an attack believed to have been carried out by X": a noun
        # after "in a(n)" renames the deed the verb told; the "by" phrase after it names its doer
        # (the next event word of the sentence, which may follow a report set off by commas: "..., the agency
        # said, in the latest suspected X attack")
        # (past a further deed of the same doers, joined by "and": "stormed a train and took hostages, ...,
        # in an attack claimed by X")
        after = [t for t in art.triggers_in(trig.end, s.end) if t.start > trig.end]
        while len(after) > 1 and after[0].word.split()[-1] not in events.NOUNS and _AND_THEN.fullmatch(
            text, trig.end, after[0].start
        ):
            after = after[1:]
        renamed = after[0] if after and after[0].word.split()[-1] in events.NOUNS else None
        opened = _RENAMING_IN.search(text, max(trig.end, renamed.start - 40), renamed.start) if renamed else None
        if renamed is not None and opened is not None:
            actors = agents(art, opened.start(), max(cl.end, renamed.end), renamed.start, renamed.end, subject=False)
    if not actors and not leftover and typ != "interception" and (named := _group_named_before(art, s, cl, trig)):
        # "Yemen's Houthi rebels ... On Monday, the rebels fired two missiles": the group told by its kind is
        # the one named last before it
        actors = [named]
    if not actors and not leftover and typ != "interception" and (force := _force_named_before(art, s, trig)):
        # "IDF troops spotted armed men near the fence. The troops struck them": the troops named just before
        actors = [force]
    if not actors and not leftover and typ != "interception" and trig.word.split()[-1] not in events.NOUNS:
        # "X fired a missile at a tanker. They also launched two drones": the pronoun's party told just before
        actors = doers_told_before(art, s.start, trig.start)
    held = None if leftover or typ == "interception" else (
        # ("...; the gunmen were thought to belong to X": whom the clause's unnamed doers are held to be)
        suspected_after(art, cl.end, s.end) or (None if actors else doers_held_to_be(art, cl.end, s.end))
    )
    if held and held.rsplit(" (", 1)[0] not in {a.rsplit(" (", 1)[0] for a in actors}:
        actors = [*actors, held]  # "..., adding that the US believed X was responsible": suspected
    if typ == "interception" and weapon is not None and weapon.start < trig.start and is_passive(art, trig.start):
        # "a Russian Su-25 was shot down": the weapon's nationality is the side that lost it
        owner = {actor_name(m, adjectival=True) for m in art.mentions_in(cl.start, weapon.start) if m.last == weapon.first}
        actors = [a for a in actors if a not in owner]
    if not actors and typ == "interception" and weapon is not None and weapon.start < trig.start and is_passive(art, trig.start):
        # "Pakistan said Indian drones were shot down over Lahore": a state telling of another's weapons brought
        # down, with no stopper named, tells of its own air defences (GUIDE: the interceptor is the actor)
        actors = _state_telling_of_foreign_weapons(art, s, cl, weapon)
    if typ == "interception" and trig.kind != "intercept" and trig.word.split()[-1] in events.NOUNS:
        # "air defences repelled a Russian drone attack": the attack's own adjective names its sender, who
        # stopped nothing (GUIDE: an interception's actor is the interceptor)
        sender = {
            actor_name(m, adjectival=True)
            for m in art.mentions_in(max(cl.start, trig.start - 40), trig.start)
            if len(art.norms[m.last : art.token_index(trig.start)]) <= 2
        }
        actors = [a for a in actors if a not in sender]
    return actors


#: A second report of one speech verb whose subject is unnamed defences: ", and that air defences", "and that its
#: air defence systems".
_SECOND_REPORT_OF_DEFENCES = re.compile(
    r",?\s*(?:and|but)\s+that\s+(?:its\s+|the\s+)?(?:air[\s-]+defen[cs]es?|defen[cs]es|air[\s-]+defen[cs]e\s+(?:systems|units|forces))\b",
    re.I,
)


def _speaker_of_second_report(art: Document, s: Sentence, trig: events.Trigger) -> list[str]:
    """The state, or its force by name, whose speech verb opens the sentence when the event word's subject is
    unnamed defences in a second report of it ("Ukraine's air force said ... and that air defences destroyed 70")."""
    second = _SECOND_REPORT_OF_DEFENCES.search(art.text, max(s.start, trig.start - 80), trig.start)
    if second is None or len(art.tokens_in(second.end(), trig.start)) > 2:
        return []
    verb = next((t for t in art.tokens_in(s.start, second.start()) if t.norm in speech.SAYING), None)
    if verb is None:
        return []
    named = [m for m in art.mentions_in(s.start, verb.start) if m.of("weapon") is None]
    if not named or len(art.tokens_in(named[-1].end, verb.start)) > 3:
        return []  # (the speaker right before its verb: "Ukraine's air force said")
    name = actor_name(named[-1])
    return [name] if name in art.lexicon.countries else []


#: An armed group told by its kind as the subject right before the event word: "the rebels", "the group
#: then", "the militants had".
_GROUP_KIND = r"\bthe\s+(?:group|militia|movement|faction|rebels|militants|insurgents|jihadists|militiamen)"
_GROUP_BY_KIND = re.compile(_GROUP_KIND + r"\s+(?:(?:had|has|have|also|then|later|reportedly|allegedly)\s+)*$", re.I)
#: The same subject, then an aside between commas that may say which group it is: "The group, which officials
#: described as an X affiliate, attacked".
_GROUP_KIND_ASIDE = re.compile(_GROUP_KIND + r"\s*,(?P<aside>[^,.;]{3,120}),\s*(?:(?:had|has|have|also|then|later|reportedly|allegedly)\s+)*$", re.I)


def _group_named_before(art: Document, s: Sentence, cl: events.Clause, trig: events.Trigger) -> str | None:
    """The armed group a subject told by its kind ("the rebels fired") refers to (:func:`group_referent`, over
    its sentence and the two before; a state's forces are told by other words: "the army", "troops")."""
    kind = _GROUP_BY_KIND.search(art.text, max(cl.start, trig.start - 40), trig.start)
    if kind is None:
        # "The group, which officials described as an X affiliate, attacked": the group its own aside names
        aside = _GROUP_KIND_ASIDE.search(art.text, max(s.start, trig.start - 160), trig.start)
        told = next((m for m in art.mentions_in(*aside.span("aside")) if _armed_group(m)), None) if aside else None
        return actor_name(told, adjectival=True) if told is not None else None
    named = group_referent(art, kind.start(), back=2, of_kind=_armed_group)
    return actor_name(named, adjectival=True) if named is not None else None


#: A state's force told again by its kind, opening its sentence as the subject: "The troops then struck".
_FORCE_BY_KIND = re.compile(
    r"\W*the\s+(?P<kind>troops|soldiers|forces)\s+(?:(?:had|has|have|also|then|later|again|quickly|immediately)\s+)*$", re.I
)


def force_retold(art: Document, s_start: int, pos: int) -> re.Match[str] | None:
    """The words from the sentence's start to the event word at ``pos`` are "The troops (then)": a force told again
    by its kind (_FORCE_BY_KIND)."""
    return _FORCE_BY_KIND.fullmatch(art.text, s_start, pos)


_SUFFERED = re.compile(r"c[oa]me?s?\s+under\b|coming\s+under\b", re.I)


def _force_named_before(art: Document, s: Sentence, trig: events.Trigger) -> str | None:
    """The state whose force "the troops" at the head of the sentence refers to: the one the sentence before
    names with the same kind word ("IDF troops identified armed men near the fence. The troops struck them":
    Israel); None where that sentence names no force of the kind."""
    kind = force_retold(art, s.start, trig.start)
    k = art.sentence_index(s.start)
    # (troops that "came under fire" or "were attacked" suffered the deed)
    if kind is None or k == 0 or is_passive(art, trig.start) or _SUFFERED.match(trig.word):
        return None
    prev = art.sentences[k - 1]
    noun = kind.group("kind").lower()
    for m in art.mentions_in(prev.start, prev.end):
        name = actor_name(m, adjectival=True)
        told = art.text[m.start : m.end].lower().endswith(noun) or art.text[m.end : m.end + len(noun) + 1].lower().lstrip().startswith(noun)
        if told and name in art.lexicon.countries:
            return name
    return None


#: Where a weapon came from, told right after it: "a missile launched from Yemen", "drones fired from Lebanon".
_SENT_FROM = re.compile(rf"\s+(?:[\w-]+\s+)?{LAUNCH_VERBS}\s+from\s+(?:the\s+)?$|\s+from\s+(?:the\s+)?$", re.I)


def _state_telling_of_foreign_weapons(art: Document, s: Sentence, cl: events.Clause, weapon: Mention) -> list[str]:
    """The state that opens the sentence as the speaker ("Pakistan said", "Ruritania's army said on Monday
    that", "the Israeli military said") when the weapons, right after its report, are named as another party's
    ("Indian drones", "Houthi drones") or as sent from another state ("a missile launched from Yemen")."""
    owners = [m for m in art.mentions_in(cl.start, weapon.start) if m.last == weapon.first and m.of("weapon") is None]
    sent = [
        m
        for m in art.mentions_in(weapon.end, min(cl.end, weapon.end + 40))
        if m.of("country") is not None and _SENT_FROM.fullmatch(art.text, weapon.end, m.start)
    ]
    if not owners and not sent:
        return []
    first = art.token_index(s.start)
    for m in art.mentions_in(s.start, (owners or [weapon])[0].start):
        # (a state, or its force by name: "the Israeli army"; not a people's officials: "Turkish officials")
        name = actor_name(m)
        if m.of("weapon") is not None or name not in art.lexicon.countries:
            continue
        # the speech verb within a few words after the state (its force's words may come between)
        nxt = art.norms[m.last : min(m.last + 4, art.token_index((owners or [weapon])[0].start))]
        if any(w in speech.SAYING for w in nxt) and m.first >= first:
            if any(
                (e := p.of("place") or p.of("country")) is not None and e.country not in (None, name)
                for p in art.mentions_in(weapon.end, cl.end)
                if p not in sent
            ):
                return []  # "Israel said Iranian missiles were downed over Jordan": another state's sky
            own = {actor_name(o, adjectival=True) for o in owners} | {actor_name(o) for o in sent}
            return [name] if name not in own else []
        break  # (only the sentence's first party speaks for the state)
    return []


#: A share of weapons told before, right before their name: "81 of the", "most of these".
_SHARE_OF_THE = re.compile(rf"\b(?:{NUMBER}|most|all|both|some)\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?$", re.I)


#: The passive's auxiliary after a share of weapons stopped: "Most were (intercepted)".
_STOPPED_AUX = re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+$", re.I)


def _destroyed_share_of_them(text: str, cl: events.Clause, trig: events.Trigger) -> bool:
    """Whether the object of ``trig`` is a share of weapons told before: "(destroyed) at least 45 of them",
    "all but two of them" (not "45 of the tanks", "two more")."""
    m = _STOPPED_SHARE.match(text, trig.end, cl.end)
    if m is not None:
        return not m.group().lower().endswith(("the ", "more"))
    return ALL_BUT_OF_THEM.match(text, trig.end, cl.end) is not None


def _fired_just_before(art: Document, s: Sentence, at: int) -> bool:
    """Whether a launch verb is told before ``at`` in sentence ``s`` or the one before it (a wire's next
    paragraph goes on with the salvo its first told)."""
    i = art.sentence_index(s.start)
    lo = art.sentences[i - 1].start if i > 0 else s.start
    if _LAUNCH_VERB.search(art.text, lo, at):
        return True
    if i < 2:
        return False
    # "Iran fired 20 missiles. Most were intercepted. One hit X": a sentence between that only tells the
    # share of them stopped goes on with that salvo too
    prev = art.sentences[i - 1]
    stop = next(iter(art.triggers_in(prev.start, prev.end)), None)
    return (
        stop is not None
        and stop.kind == "intercept"
        and _SOME_OF_THEM.search(_STOPPED_AUX.sub("", art.text[prev.start : stop.start])) is not None
        and _LAUNCH_VERB.search(art.text, art.sentences[i - 2].start, prev.start) is not None
    )


def _senders(art: Document, a: int, b: int) -> set[str]:
    """The subjects of the launch verbs in ``a``-``b``: who sent weapons there ("Russia launched 48 drones")."""
    return {x for v in _LAUNCH_VERB.finditer(art.text, a, b) for x in agents(art, a, b, v.start(), v.end(), subject=True)}


#: A state's force named by no country, as the event word's subject: "an army drone struck", "the army shelled",
#: "military jets bombed", "an air force drone struck" (up to two words, its weapon, between); a regime's, a junta's or a government's forces
#: are that state's as well ("regime forces shelled", "junta troops bombed"), and a light verb may carry the
#: event noun ("the army carried out an air strike").
_BARE_FORCE = re.compile(
    r"\b(?:the\s+|an?\s+)?(?P<force>(?-i:[Aa]rmy|[Mm]ilitary|[Aa]ir\s+[Ff]orce|[Rr]egime|[Jj]unta|[Gg]overnment))(?:['’]s)?\s+"
    r"(?:(?!(?:was|were|had|has|said)\b)[\w-]+\s+){0,2}"
    r"(?:(?:carried|carries|carry|conducted|conducts|launched|launches)\s+(?:out\s+)?(?:an?\s+|the\s+)?)?$",
    re.I,
)
#: The same force as the speaker of the event it tells of its own side: "the army said its air defences shot
#: down", "the military said on Monday that it had struck" (its arms or "it" report the speaker's own deed).
_BARE_FORCE_SAID = re.compile(
    # (or its spokesman or statement: "an army spokesman said", "a military statement said")
    # (or a defence ministry named by no country: "the Ministry of Defence said air defence units shot down")
    r"\b(?:the\s+|an?\s+)?(?P<force>(?-i:[Aa]rmy|[Mm]ilitary|(?P<ministry>[Dd]efen[cs]e\s+[Mm]inistry|Ministry\s+of\s+Defen[cs]e)))"
    r"(?:\s+(?:spokes(?:man|woman|person)|statement))?\s+(?:said|says|announced|reported)\s+"
    r"(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?"
    # (unnamed air defences the army tells of are its own: "the army said air defences shot down")
    # (any arm or men it calls its own, with a word before: "its aircraft", "its fighter jets", "its own artillery")
    r"(?:it|its\s+(?:[a-z-]+\s+)?(?:air\s+defen[cs]es?|" + "|".join(sorted(FORCE_WORDS)) + r")"
    r"|(?:the\s+)?air\s+defen[cs]e(?:s|\s+(?:units?|systems?|forces|batteries|crews))"
    # (and unnamed warplanes it tells of striking, which armed groups lack: "the army said aircraft struck RSF
    # positions"; not where they hit its own side: _OWN_SIDE_HIT)
    r"|(?P<craft>(?:(?:fighter|military|air\s+force)\s+)?(?:aircraft|warplanes|jets|planes|helicopters|gunships)))\s+"
    r"(?:(?:had|has|have)\s+)?(?:(?:carried|conducted|launched)\s+(?:out\s+)?(?:an?\s+|the\s+)?)?$",
    re.I,
)
#: Armed men of no state, or their lairs, as what an event word hit: "struck rebel positions", "bombed militants".
_GROUP_TARGETS = words("rebel rebels militant militants insurgent insurgents terrorist terrorists jihadist jihadists hideout hideouts")


def _armed_group_hit(art: Document, trig: events.Trigger) -> bool:
    """Whether the words right after the event word (three at most, in its clause) name an armed group of the
    lexicon or armed men of no state as its target: "struck RSF positions", "bombed militant hideouts"."""
    k = art.token_index(trig.end)
    for t in art.tokens[k : k + 3]:
        if t.norm in _GROUP_TARGETS:
            return True
        if not t.text[:1].isalnum():
            break
    return any(
        (a := m.of("actor")) is not None and a.sub == "armed_group" and art.token_index(m.start) - k < 3
        for m in art.mentions_in(trig.end, min(len(art.text), trig.end + 40))
    )


#: A force word that is no subject: the object of a preposition ("gunmen loyal to the regime"), or a force
#: that is gone ("the former regime", "the ousted government").
_FORCE_NOT_DOER = re.compile(r"\b(?:to|of|by|against|with|former|ousted|toppled|deposed|fallen|old|previous)\s+$", re.I)


def _home_army(art: Document, cl: events.Clause, trig: events.Trigger, place: Place | None) -> list[str]:
    """ "In Khartoum, an army drone struck an RSF position", in a story that names no country but Sudan: the
    army is that country's own, the one country the story names, where the event took place. Nothing when
    the army's country is named (the agents read it), when the event word is passive (the army was hit), or
    when the story names another country. A story that names no country but through the scene itself (a
    town read only after "near") tells of that one country as well."""
    if is_passive(art, trig.start):
        return []
    bare = _BARE_FORCE.search(art.text, max(cl.start, trig.start - 40), trig.start) or _BARE_FORCE_SAID.search(
        art.text, max(cl.start, trig.start - 70), trig.start
    )
    if bare is not None and bare.group("force")[0].isupper() and not bare.groupdict().get("ministry") and art.text[cl.start : bare.start()].strip(" ,;:\"“"):
        bare = None  # "the Arakan Army struck": a name's own word, capitalised past the clause's start
    if bare is not None and bare.groupdict().get("craft") and not _armed_group_hit(art, trig):
        # "the army said aircraft struck a house": whose aircraft is not told; "aircraft struck its positions":
        # someone else's, the army the target. Its own only where they hit the armed groups it fights.
        return []
    if bare is None or _FORCE_NOT_DOER.search(art.text, max(0, bare.start() - 12), bare.start()) or any(
        not art.text[m.end : bare.start()].strip() for m in art.mentions_in(max(0, bare.start() - 40), bare.start())
    ):
        return []
    home = _ministry_home(art, bare, place) if bare.groupdict().get("ministry") else _army_home(art, place)
    if home is None:
        return []
    # ("the RSF accused the army of bombing a market": the army is the party blamed, not seen to act)
    return [home + (" (blamed)" if _ACCUSES_BEFORE.search(art.text, max(0, bare.start() - 20), bare.start()) else "")]


def _army_home(art: Document, place: Place | None) -> str | None:
    """Whose a bare "the army" is at an event's place: the one country the story names (or the dateline's, for
    an event not yet placed) where the event took place; None when the story names another."""
    named = {
        e.country if (e := m.of("actor") or m.of("place")) is not None and not (m.of("country") or m.of("demonym")) else _side(m)
        for m in art.mentions_in(0, len(art.text))
        # (a place read only after "in" or "at" may be a word of a name the gazetteer lacks: "Jebel Aulia")
        if m.of("country") or m.of("demonym") or ((p := m.of("place")) is not None and not p.locative_only)
        or ((a := m.of("actor")) is not None and a.sub == "force")
    }
    named -= {None}
    if place is None or place.country is None:
        # ("KASSALA, Sudan - ... the army said air defences downed drones over the airport": a spot not yet
        # placed, in a story filed from the one country it names)
        town = dateline_town(art) if len(named) == 1 else None
        if town is None or {town.country} != named:
            return None
        return town.country
    return place.country if named <= {place.country} else None


def _ministry_home(art: Document, bare: re.Match[str], place: Place | None) -> str | None:
    """Whose a defence ministry named by no country is: where the air defences it tells of downed something
    (they guard their own sky: "over Kursk region" -> Russia, whoever else the story names), else the country of
    the capital the story is filed from ("LONDON -": it sits there), else as a bare army (_army_home). Never a
    fixed country's: Britain's only by the story's words."""
    if place is not None and place.country is not None and "air defen" in bare.group(0).lower():
        return place.country
    return filed_from_capital(art) or _army_home(art, place)


#: A bare army as one side of a fight told between two ("between the army and the RSF", "between X and the
#: military"): not a name's word ("the Arakan Army"), nor another's army ("the army of X").
_BARE_ARMY_SIDE = re.compile(
    r"\s*between\s+(?:(?P<first>the\s+(?:army|military)\s+and)\b|[^.;]{1,60}?\band\s+the\s+(?:army|military)\b(?!['’]s|\s+of\b))"
)


def _sides_with_bare_army(art: Document, trig: events.Trigger, place: Place | None, sides: tuple[str, ...]) -> tuple[str, ...]:
    """The sides of a fight, with the bare army told as one of two beside a named one ("clashes between the army
    and the RSF"): the army of the country where the fight took place (_army_home)."""
    if len(sides) != 1:
        return sides
    # ("fighting between the army and X": the word's own phrase may end on "between")
    m = _BARE_ARMY_SIDE.match(art.text, trig.end - len("between") if trig.word.endswith("between") else trig.end)
    if m is None:
        return sides
    home = _army_home(art, place)
    if home is None or home in sides:
        return sides
    return (home, *sides) if m.group("first") else (*sides, home)


#: A blame right before a force's word: "accused the army of", "blamed the military for".
_ACCUSES_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+$", re.I)


#: A doing verb told done right before a definite event noun: "carried out the", "staged Sunday's" (not a
#: question of who did it: "whether X carried out the"; nor a party's own word of it, "X said it carried out
#: the", which is its claim).
_DID_THE_EVENT = re.compile(
    r"(?<!whether )(?<!if )\b(?:carried\s+out|conducted|staged|mounted)\s+(?:the|this|that|(?-i:[A-Z][a-z]+day)['’]s)"
    r"\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
#: A party's own pronoun, or its men's, as the doing verb's subject: "it", "its fighters had" (its claim).
_OWN_PRONOUN_DOER = re.compile(r"\b(?:it|they|we|(?:its|their|our)\s+[\w-]+)\s+(?:(?:had|has|have)\s+)?$", re.I)


def _did_the_event(text: str, trig_start: int) -> bool:
    """Whether a doing verb told done takes the definite event noun at trig_start as its object, with a named
    subject (not a party's own pronoun, whose word is its claim)."""
    did = _DID_THE_EVENT.search(text, max(0, trig_start - 40), trig_start)
    return did is not None and _OWN_PRONOUN_DOER.search(text, max(0, did.start() - 30), did.start()) is None


#: A clause of contrast: ", but ...", ", while ...", ", whereas ...".
_CONTRAST_OPENS = re.compile(r",\s+(?:but|while|whereas|yet)\s", re.I)
#: A report's verb, then a comment in a participle on what was reported: "the ministry said, marking the fifth".
_SAID_THEN_COMMENT = re.compile(r"\b(?:said|says|reported|reports|announced|stated)\s*,\s+\w+ing\b", re.I)


#: "... was attacked", "were targeted": a passive right before its event word.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$", re.I)
#: How many words the passive's subject may run on after its place ("a station in X, Iran, was attacked").
_SUBJECT_REACH = 4


def _weak(
    art: Document,
    s: Sentence,
    cl: events.Clause,
    trig: events.Trigger,
    typ: str,
    weapon: Mention | None,
    place: Place | None,
    date_q: int,
    count: int | None,
    plural: bool,
    labelled: bool,
) -> bool:
    """Stage 10: whether the event is told too loosely to stand alone (``Cand.weak``), so that linking
    keeps it only as more said of an event told elsewhere.

    An attack of untold means with no weapon, day or nearby place, one typed by its label alone, and
    attacks spoken of in the plural with no place, day or number are background, not one event; a toll
    told with the attack makes it one. Read last, once the place, day and count are all known.
    """
    text = art.text
    # (a seizure names what was taken, a ship or a plane: the place its clause names may come late, "seized
    # the tanker X as it sailed through the strait", and it is still one event)
    far = place is None or (
        trig.kind != "seize" and art.token_index(place.start) - art.token_index(trig.end) not in range(0, 7)
    )
    if far and place is not None and _PASSIVE_BEFORE.search(text, cl.start, trig.start) and cl.start <= place.start < trig.start:
        # "A police station in the border province of X was attacked": the place of the passive's
        # subject (what was attacked) is the scene, however many words it takes
        far = art.token_index(trig.start) - art.token_index(place.end) > _SUBJECT_REACH
    if far and place is not None and place.end <= trig.start and (front := _FRONTED_PLACE.match(text, s.start, trig.start)):
        # "In X, a raid hit a building": a place phrase fronted at the sentence's start, cut off by its comma,
        # sets the scene of the clause after it, however far ahead of the event's word it stands
        far = place.start >= front.end()
    weak = typ == "other" and trig.kind != "airspace" and weapon is None and date_q < 3 and far
    if (
        weak
        and trig.kind == "strike"
        and any(k for _, k, _ in casualties.find(text, cl.start, cl.end))
        and not any(m.of("weapon") for m in art.mentions_in(s.start, s.end))
    ):
        # "an attack on a tanker killed two crew members": an event told by the lives it took (with a
        # weapon named in its sentence, the attack told with that weapon is the event)
        weak = False
    # ... so does one typed by its label alone, unless told at a spot or on a day of its own
    weak = weak or (labelled and date_q < 3 and (place is None or place.rank < 3))
    # ... and so do attacks of untold means spoken of in the plural
    weak = weak or (typ == "other" and _many_attacks(trig.word) and date_q < 3 and (place is None or place.rank < 3))
    # "... after drone attacks": a bare plural with no place, date or number is background, not an event
    bare = plural and not _DETERMINED.search(text, cl.start, trig.start)
    # (a country that only owns the targets is no scene: "attacks against US personnel")
    # what an event answers, told as a bare plural over whole countries ("in reprisal for raids on
    # American troops in Jordan and Iraq"), is a kind of event, not one told
    answered = bare and answer_before(text, cl.start, trig.start) is not None
    weak = weak or (
        bare
        and (place is None or place.rank < 1 or (answered and place.rank <= 1))
        and date_q < 3
        and count is None
        and typ != "threat_statement"
        and not _toll_goes_on(art, s, cl, trig)
        # (a quarter of the story's country, "strikes on villages in the south", places them as its name would)
        and not (place is None and not answered and country_part(art, cl.start, cl.end))
    )
    if trig.kind == "airspace" and _BARE_PLURAL_STEP.search(trig.word) and not _DETERMINED.search(text, cl.start, trig.start):
        weak = True  # "airspace violations were short before": steps spoken of together, no one event
    return weak


#: The same subject's toll going on after a comma, the victims first told apart: ", including four women,
#: and wounded 30", ", and injured ten others" (no subject of its own before the verb).
_TOLL_GOES_ON = re.compile(
    r"(?:,\s+including\s+[^,;:]{1,60})?,\s+and\s+(?:also\s+)?(?:wounded|injured|wounding|injuring)\s+(?:at\s+least\s+|about\s+|more\s+than\s+|nearly\s+)?(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\b",
    re.I,
)
#: A harm verb told in the past, right after the attacks as their subject ("strikes killed", not "strikes
#: have killed": a count run up over time).
_HARMED_NOW = re.compile(r"\s+(?:killed|wounded|injured)\s+(?:at\s+least\s+|about\s+|more\s+than\s+|nearly\s+)?(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores)\b", re.I)


def _toll_goes_on(art: Document, s: Sentence, cl: events.Clause, trig: events.Trigger) -> bool:
    """Attacks in the plural that took a counted toll, the sentence going on with more of their toll and the
    day of it ("Israeli strikes killed 12 people, including four women, and wounded 30 in X on Sunday"): one
    event told by its lives, its scene and day in the clause after (a bare plural alone is background)."""
    if not _HARMED_NOW.match(art.text, trig.end, cl.end):
        return False
    m = _TOLL_GOES_ON.match(art.text, cl.end, s.end)
    return m is not None and bool(art.dates_in(m.end(), s.end))


def _split(
    art: Document, cl: events.Clause, trig: events.Trigger, c: Cand, wclass: str | None, places: list[Place]
) -> list[Cand]:
    """Stage 11: the clause's candidate as the events it stands for, one or more.

    An interception of weapons fired at a stated target is the attack too (GUIDE: an attack has a stated
    target); airspace closed by several countries is one step over each; targets in several countries are
    one event each (towns of one country stay one operation). Last: a split copies the whole record.
    """
    text = art.text
    typ = c.type
    out = [c]
    launcher = (
        _LAUNCHED_BY.search(text, cl.start, cl.end) or _LAUNCHED_THAT.search(text, cl.start, cl.end)
        if typ == "interception" and wclass in CLASS_TYPE
        else None
    )
    if launcher and _HEDGED_AIM.search(text, launcher.end(), cl.end):
        # "drones launched by the rebels that officials said were possibly headed toward Israel": an aim
        # guessed at is no target stated, so the weapons were only intercepted
        launcher = None
    aimed = launcher is not None and (
        _AIMED_AT.search(text, launcher.end(), cl.end) or any(p.role == "dest" for p in places)
    )
    size = salvo_told(text, cl.start, launcher.start()) if launcher else None
    # (a salvo stopped at sea came at no land the text names: the ships it sought are untold)
    if launcher and (aimed or (size is not None and all(p.country for p in places))):
        # "shot down a missile fired by the Houthis at a tanker": the attack is an incident too (GUIDE:
        # an attack has a stated target; "drones launched by the Houthis" were only intercepted). So is a
        # counted salvo a share of which was stopped ("downed 40 of the 53 drones Russia launched"), placed
        # later where it was stopped, if that is the land of a state other than the launcher's.
        who = launcher.span("who") if "who" in launcher.re.groupindex else None
        named = (
            art.mentions_in(*who) if who is not None else art.mentions_in(launcher.end(), min(cl.end, launcher.end() + 60))
        )
        # ("fired by Yemen's Houthis": the group its country's possessive names, not the country)
        by = [
            actor_name(m)
            for k, m in enumerate(named)
            if not (
                art.tokens[m.last - 1].possessive
                and k + 1 < len(named)
                and not text[m.end : named[k + 1].start].strip()
                and named[k + 1].of("actor") is not None
            )
        ]
        attack = replace(c, type=CLASS_TYPE[wclass or ""], actors=tuple(b for b in by if b)[:1])
        if not aimed:
            # (the salvo "the 73 drones" is told whole, not as a share of one told before)
            attack = replace(attack, place=None, anaphor="definite" if c.anaphor == "partitive" else c.anaphor)
        if size is not None:
            # "destroyed 40 of 53 drones launched by Russia at X": the attack is the whole salvo fired
            attack = replace(attack, count=size)
        out = [attack, c]
    elif (
        typ == "interception"
        and wclass in CLASS_TYPE
        and (aim := _TARGETED_THAT.search(text, trig.end, cl.end)) is not None
        and not _HEDGED_AIM.search(text, aim.start(), cl.end)
    ):
        # "intercepted two drones that targeted the X base": the weapons stopped had a stated target, so
        # the attack on it is an incident too (GUIDE), its launcher untold
        out = [replace(c, type=CLASS_TYPE[wclass or ""], actors=()), c]
    days = _targets_by_day(art, cl, trig) if c.anaphor == "" and typ != "threat_statement" else None
    if days is not None:
        # "drones hit the pumping station on Tuesday and the grain silos on Wednesday night": a target of its
        # own on a day of its own is another deed, each at the place its part of the clause names
        (first, second), cut = days, days[0].end
        here = next((p for p in places if p.role == "loc" and p.start >= cut), None)
        before = c.place if c.place is None or c.place.start < cut else next(
            (p for p in places if p.role == "loc" and p.start < cut), c.place
        )
        return [
            replace(x, date=d.span, date_kind=d.kind, place=p)
            for x in out
            for d, p in ((first, before), (second, here or before))
        ]
    owners = _own_airspaces(art, cl, trig) if trig.kind == "airspace" else []
    if len(owners) > 1:
        # "Jordan, Iraq and Lebanon closed their airspace": each over its own
        return [replace(c, place=p, actors=(p.name,)) for p in owners]
    split = coordinated_countries(art, places)
    if len(split) == 2 and not _LIST_WORD.search(text, split[0].end, split[1].start):
        # "near Avdiivka, Donetsk": a comma alone names the area the place lies in, not a second target
        split = []
    tolls = _tolls_at(text, cl.start, split) if len(split) >= 2 else None
    told_to = c.evidence[1]
    if tolls is None and len(split) >= 2 and (after := _tolls_told_after(art, c, cl, split)) is not None:
        # (each town at its toll's mention, so a toll the sentence reads later goes to the town told right after
        # it; a toll told in the next sentence is evidence too)
        split, tolls, told_to = after
    if tolls is None and not split and (heads := coordinated_countries(art, places, under_head=True)):
        # "attacked A and B regions. One was killed in A and two injured in B": a list sharing its kind word is
        # one place, unless each member has a toll of its own
        tolls = _tolls_at(text, cl.start, heads)
        after = _tolls_told_after(art, c, cl, heads) if tolls is None else (heads, tolls, told_to)
        if after is not None:
            split, tolls, told_to = after
    if tolls is not None and c.anaphor == "" and typ != "threat_statement":
        # "strikes killed four in A and two in B", "killed one in A and wounded three in B": a toll of its own
        # at each town is one event at each, with its own dead or wounded
        return [
            replace(x, place=p, killed=k, injured=w, evidence=(x.evidence[0], max(x.evidence[1], told_to)))
            for x in out
            for p, (k, w) in zip(split, tolls, strict=True)
        ]
    if _one_operation(split) and not _attacks_on_sites_each(text, trig, split[0]) and not _sites_told_each(text, split):
        # "drones hit depots in A and B", two towns of one country: one operation the GUIDE records once
        # (one required item and an optional one per site), told at its first town
        split = []
    if split and c.anaphor == "" and typ != "threat_statement":
        return [replace(x, place=p) for x in out for p in split]
    return out


#: A second target after the first one's day: "and the grain silos in B" (no verb of its own between), or
#: the same hit anew: "and again on Tuesday".
_AND_ANOTHER_TARGET = re.compile(
    r",?\s+and\s+(?:again\s+|(?:also\s+)?(?:the|an?|its|their|two|three|several)\s+"
    r"(?:(?!(?:was|were|had|has|have|is|are|and|or|after|before|when|then|again|until|till|through|since|from|to|by)\b)"
    r"[\w'’-]+\s+){1,8}?)(?:(?:late|early|overnight)\s+)?$",
    re.I,
)


def _targets_by_day(art: Document, cl: events.Clause, trig: events.Trigger) -> tuple[DateMention, DateMention] | None:
    """The two days of a clause that tells two targets after its event word, each with a day of its own
    ("hit the station on Tuesday and the silos on Wednesday night"); None for one target told over two days
    ("late on Tuesday and early on Wednesday") or a second day of no target."""
    told = [d for d in art.event_dates_in(trig.end, cl.end) if d.span is not None and not art.in_dateline(d.start)]
    if len(told) != 2:
        return None
    a, b = told
    if a.span.start <= b.span.end and b.span.start <= a.span.end:  # type: ignore[union-attr]
        return None
    if _and_a_place(art, a.end, b.start):
        # "seized Goma in January and Bukavu in February": a named place right after "and" is a target of its
        # own, whatever the length of its time
        return a, b
    # (days only: "stormed the hotel in August and the siege lasted until September" tells one deed's length)
    if any((d.span.end - d.span.start).days > 1 for d in told):  # type: ignore[union-attr]
        return None
    return (a, b) if _AND_ANOTHER_TARGET.match(art.text, a.end, b.start) else None


#: "and" before a second target named bare: ", and Bukavu", "and the port of X".
_AND_BARE = re.compile(r",?\s+and\s+(?:the\s+(?:(?:town|city|port|village)\s+of\s+)?)?", re.I)
#: A preposition alone before the second target's time: "Bukavu in February".
_BEFORE_ITS_TIME = re.compile(r"\s*(?:(?:in|on|during)\s+)?", re.I)


def _and_a_place(art: Document, a: int, b: int) -> bool:
    """Whether text[a:b] is "and" and one named place alone before the next date: "and Bukavu in"."""
    named = art.mentions_in(a, b)
    return (
        len(named) == 1
        and named[0].of("place") is not None
        and _AND_BARE.fullmatch(art.text, a, named[0].start) is not None
        and _BEFORE_ITS_TIME.fullmatch(art.text, named[0].end, b) is not None
    )


#: A toll told right before a place: "killed four people in A", "and two in B", ", three in B", "wounding three at B",
#: "two people were killed in A" (the count before its verb).
_TOLL_BEFORE_PLACE = re.compile(
    # (a comma may part the tolls of a list as "and" does: "killing two in A, three in B and one in C")
    # (or a colon or dash may open them after the whole toll: "killed 11 people: seven in A and four in B")
    rf"(?:(?P<colon>[:—–])\s*)?\b(?:(?P<verb>killed|killing|kills|wounded|wounding|injured|injuring)\s+|(?P<and>and|(?<=\w),)\s+)?"
    rf"(?:(?:{QUALIFIER})\s+)?(?P<n>{NUMBER})\s+(?:(?!(?:and|in|at|near)\b)[\w’'-]+\s+){{0,2}}?"
    r"(?:(?:(?:were|was|had\s+been|have\s+been)\s+)?(?P<after>killed|wounded|injured|hurt|died)\s+)?(?:in|at|near)\s+(?:the\s+)?"
    # (the place may be told as its country's: "and two in Iraq's X district")
    r"(?:(?-i:[A-Z])[\w’'-]*['’]s\s+)?$",
    re.I,
)
#: A toll told right after a place named first: "in B, three people were wounded", "at B two died".
_TOLL_AFTER_PLACE = re.compile(
    rf",?\s+(?:(?:{QUALIFIER})\s+)?(?P<n>{NUMBER})\s+(?:[\w’'-]+\s+){{0,2}}?(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?P<after>killed|wounded|injured|hurt|died)\b",
    re.I,
)
_TOLL_VERB = r"killed|killing|wounded|wounding|injured|injuring"
#: A toll's verb, for the shares a colon lists after it.
_TOLL_WORD = re.compile(rf"\b(?:{_TOLL_VERB})\b", re.I)
#: A count of a list, with its own toll verb or the one before: "two", "wounded four".
_LISTED_TOLL = re.compile(rf"(?:(?P<verb>{_TOLL_VERB})\s+)?(?P<n>{NUMBER})", re.I)
#: One count per listed town, in their order: "killing two, three and one people respectively", "killed one
#: and wounded four, respectively"; or one count for each: "killing three people in each town".
_TOLLS_RESPECTIVELY = re.compile(
    rf"\b(?P<verb>{_TOLL_VERB})\s+(?:(?P<list>(?:{NUMBER})(?:\s*,\s*(?:(?:{_TOLL_VERB})\s+)?(?:{NUMBER}))*,?\s+and\s+"
    rf"(?:(?:{_TOLL_VERB})\s+)?(?:{NUMBER}))(?:\s+[\w’'-]+){{0,6}}?,?\s+respectively\b"
    rf"|(?:(?:{QUALIFIER})\s+)?(?P<each>{NUMBER})\s+(?:[\w’'-]+\s+){{0,2}}?in\s+each\b)",
    re.I,
)
#: A town of two listed named again by its rank: "in the former", "the latter".
_FORMER_LATTER = re.compile(r"\bthe\s+(?P<which>former|latter)\b", re.I)


def _tolls_at(text: str, lo: int, places: list[Place]) -> list[tuple[int | None, int | None]] | None:
    """(killed, injured) told right before each of ``places``, listed with "and" ("killed four in A and two in
    B"); None unless every place has one (the first with a toll verb of its own, an "and" taking the one
    before)."""
    out: list[tuple[int | None, int | None]] = []
    verb = ""
    for p in places:
        m = _TOLL_BEFORE_PLACE.search(text, max(lo, p.start - 60), p.start)
        if m is not None and m.group("colon") and not out:
            # "killed 11 people on Monday: seven in A": the whole toll's verb is the share's
            verb = next((v.group().lower() for v in reversed(list(_TOLL_WORD.finditer(text, lo, m.start())))), "")
        if m is None or not (m.group("verb") or m.group("after") or ((m.group("and") or m.group("colon")) and verb)):
            return None
        verb = (m.group("verb") or m.group("after") or verb).lower()
        n = parse_number(m.group("n"))
        if n is None:
            return None
        out.append(_toll_of(verb, n))
        lo = p.end
    return out


def _toll_of(verb: str, n: int) -> tuple[int | None, int | None]:
    """(killed, injured) of ``n`` told by ``verb``."""
    return (n, None) if verb.lower().startswith(("kill", "die")) else (None, n)


#: What may part a blow's clause from its toll told right after it: "shelled A and B on Monday, killing ...".
_TOLL_RIGHT_AFTER = re.compile(r"[\s,;]*(?:and\s+)?")
#: The whole toll told right after the blow, its shares after a colon: ", killing at least 11 people: seven in A".
_WHOLE_TOLL_RIGHT_AFTER = re.compile(rf"[\s,;]*(?:and\s+)?(?:{_TOLL_VERB})\b[^.!?:;]*")


def _tolls_told_after(
    art: Document, c: Cand, cl: events.Clause, split: list[Place]
) -> tuple[list[Place], list[tuple[int | None, int | None]], int] | None:
    """The tolls of towns listed as one blow's targets, told town by town after them in its clause ("strikes
    on A and B killed two in A and three in B") or right after it ("shelled A and B, killing two in A and three
    in B"): each town named again, in order, with a toll of its own."""
    text, lo, end = art.text, split[-1].end, c.evidence[1]
    listed = _TOLLS_RESPECTIVELY.search(text, lo, end)
    if listed is not None and (listed.start() < cl.end or _TOLL_RIGHT_AFTER.fullmatch(text, cl.end, listed.start())):
        # "shelled A, B and C, killing two, three and one people respectively": each count the town's of its rank
        # ("killing three people in each town": the one count each town's)
        verb, tolls = listed.group("verb"), []
        for t in _LISTED_TOLL.finditer(listed.group("list") or "") if listed.group("list") else ():
            verb, n = t.group("verb") or verb, parse_number(t.group("n"))
            tolls.append(None if n is None else _toll_of(verb, n))
        each = parse_number(listed.group("each") or "")
        tolls = tolls or ([] if each is None else [_toll_of(verb, each)] * len(split))
        if len(tolls) == len(split) and None not in tolls:
            return split, tolls, end  # type: ignore[return-value]
    named = _named_again(art, split, lo, end)
    if named is None:
        return _tolls_told_next(art, c, split)
    again = [replace(p, start=a, end=b) for p, (a, b, _) in zip(split, named, strict=True)]
    first = _TOLL_BEFORE_PLACE.search(text, max(lo, again[0].start - 60), again[0].start)
    if first is None or (
        first.start() >= cl.end
        and not _TOLL_RIGHT_AFTER.fullmatch(text, cl.end, first.start())
        and not (first.group("colon") and _WHOLE_TOLL_RIGHT_AFTER.fullmatch(text, cl.end, first.start()))
    ):
        return None  # a toll told in a clause of its own ("while drones killed two in A") is that clause's
    tolls = _tolls_at(text, lo, again)
    # (a town named again by its rank, "the latter", stays where the list named it)
    return None if tolls is None else ([q if by_name else p for p, q, (_, _, by_name) in zip(split, again, named, strict=True)], tolls, end)


def _named_again(
    art: Document, split: list[Place], lo: int, end: int, ordered: bool = True
) -> list[tuple[int, int, bool]] | None:
    """Where each of the towns ``split`` lists is named again between ``lo`` and ``end`` (in order, unless not
    ``ordered``), and whether by its name (of two, "the former" and "the latter" name them too); None when one
    is not."""
    text, again, start = art.text, [], lo
    for k, p in enumerate(split):
        name = text[p.start : p.end].lower()
        m = next((m for m in art.mentions_in(lo, end) if text[m.start : m.end].lower() == name), None)
        rank = "former" if k == 0 else "latter"
        by_rank = (
            next((r for r in _FORMER_LATTER.finditer(text, lo, end) if r.group("which").lower() == rank), None)
            if len(split) == 2
            else None
        )
        at = (m.start, m.end) if m is not None else by_rank.span("which") if by_rank is not None else None
        if at is None:
            return None
        again.append((*at, m is not None))
        lo = at[1] if ordered else start
    return again


#: What parts two towns named together, sharing one toll: "in A and B", "A, B".
_TOWNS_TOGETHER = re.compile(r"(?:\s*,)?\s+(?:and|or)\s+|\s*,\s*")


def _tolls_told_next(
    art: Document, c: Cand, split: list[Place]
) -> tuple[list[Place], list[tuple[int | None, int | None]], int] | None:
    """The tolls of towns listed as one blow's targets, told town by town in the next sentence, which tells no
    event and no day of its own ("Drones struck A and B on Tuesday. Two people were killed in A and four in B.",
    "The former lost power; in the latter, three were wounded."): one event at each town, a town told with no
    toll having none; None unless every town is named again and one has a toll, or when a town with none is
    named together with another ("two were killed in A and B": the toll of both)."""
    s_idx = c.s_idx + 1
    if c.killed is not None or c.injured is not None or s_idx >= len(art.sentences):
        return None
    s, told = art.sentences[s_idx], art.sentences[c.s_idx]
    if (
        c.evidence[1] > s.start
        or s.paragraph != told.paragraph
        or any(t.kind != "harm" for t in art.triggers_in(s.start, s.end))
        or art.event_dates_in(s.start, s.end)
    ):
        return None
    named = _named_again(art, split, s.start, s.end, ordered=False)
    if named is None or len({a for a, _, _ in named}) < len(named):
        return None
    order = sorted(range(len(named)), key=lambda k: named[k][0])
    text, tolls, lo, verb = art.text, [(None, None)] * len(split), s.start, ""
    for j, k in enumerate(order):
        a, b, _ = named[k]
        hi = named[order[j + 1]][0] if j + 1 < len(order) else s.end
        before = _TOLL_BEFORE_PLACE.search(text, max(lo, a - 60), a)
        after = _TOLL_AFTER_PLACE.match(text, b, hi)
        n = None
        if before is not None and (before.group("verb") or before.group("after") or (before.group("and") and verb)):
            verb = (before.group("verb") or before.group("after") or verb).lower()
            n = parse_number(before.group("n"))
        elif after is not None:
            verb, n = after.group("after").lower(), parse_number(after.group("n"))
        together = any(
            _TOWNS_TOGETHER.fullmatch(text, *span)
            for span in ((named[order[j - 1]][1], a) if j else (a, a), (b, hi) if j + 1 < len(order) else (b, b))
        )
        if n is None and together:
            return None
        tolls[k] = (None, None) if n is None else _toll_of(verb, n)
        lo = b
    if all(t == (None, None) for t in tolls):
        return None
    return split, tolls, s.end


#: Attacks told in the plural on sites of one kind, each in its own town: "drone attacks on the airports in A and
#: B" (an attack on each airport, not one operation over depots).
_SITES_EACH_IN = re.compile(
    r"\s+(?:on|against|targeting)\s+(?:the\s+)?(?:[\w'’-]+\s+)?"
    r"(?:airports|airfields|air\s+bases|bases|ports|seaports|oil\s+refineries|refineries)\s+in\s+(?:the\s+)?(?:towns?\s+of\s+|cities\s+of\s+)?$",
    re.I,
)


def _attacks_on_sites_each(text: str, trig: events.Trigger, first: Place) -> bool:
    return trig.word.lower().endswith(("attacks", "strikes", "raids")) and bool(
        _SITES_EACH_IN.match(text, trig.end, first.start)
    )


#: A site named anew before each town: "struck the airport in A and the airport in B" (a target in each town,
#: not one operation over depots in two towns).
_SITE_NOUN = r"(?:airports?|airfields?|air\s+bases?|bases?|ports?|seaports?|refiner(?:y|ies))"
_SITE_BEFORE_TOWN = re.compile(_SITE_NOUN + r"\s+(?:in|at|near|of)\s+(?:the\s+)?$", re.I)
_SITE_AGAIN = re.compile(
    r",?\s+(?:and\s+)?(?:also\s+)?(?:the|an?|its)\s+(?:[\w'’-]+\s+)?" + _SITE_NOUN + r"\s+(?:in|at|near|of)\s+(?:the\s+)?",
    re.I,
)


def _sites_told_each(text: str, split: list[Place]) -> bool:
    return bool(_SITE_BEFORE_TOWN.search(text, max(0, split[0].start - 40), split[0].start)) and all(
        _SITE_AGAIN.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(split)
    )


def _one_operation(split: list[Place]) -> bool:
    """Targets listed together that are towns, villages or sites of one country: one operation. Countries
    ("in Iraq and Syria") and regions ("the X and Y provinces") listed together stay one event each."""
    return len(split) >= 2 and split[0].country is not None and all(
        p.country == split[0].country and p.rank >= RANK["city"] for p in split
    )


#: What a weapon's name qualifies when the weapon is what was hit: "missile launchers", "drone factories".
_HELD_WEAPON = re.compile(
    r"[\s-]+(?:launch(?:ers?|ing\s+(?:sites?|pads?|positions?|platforms?)|\s+(?:sites?|pads?|positions?|platforms?))|"
    r"sites?|factor(?:y|ies)|depots?|storage|stockpiles?|arsenals?|production|plants?|facilit(?:y|ies)|"
    r"warehouses?|workshops?|stores|infrastructure|assembly|hangars?)\b",
    re.I,
)
#: The men who work a weapon, named by it: "struck a rocket cell", "a drone team was hit", "a rocket crew
#: was killed" (wherever it stands in the clause, the weapon names the men, not the means of the event).
#: The event kinds a sound names (blasts, gunfire): what a weapon only heard may be told beside.
_SOUNDS = frozenset({"explode", "clash"})
#: A ship named for what it carries: "the aircraft carrier USS X", "a drone carrier" (a ship, not the means).
_CARRIER_AFTER = re.compile(r"[\s-]+carriers?\b", re.I)
#: A warship a missile's name classes: "the guided-missile destroyer", "a missile boat" (the ship, not a missile).
_WARSHIP_AFTER = re.compile(r"[\s-]+(?:destroyers?|cruisers?|frigates?|corvettes?|submarines?|boats?|ships?)\b", re.I)
_WEAPON_CREW = re.compile(r"[\s-]+(?:cells?|teams?|squads?|crews?|operatives?|operators?)\b", re.I)
#: The means an action was made with: "with a ballistic missile", "using three drones".
_WITH_MEANS = re.compile(r"\b(?:with|using)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
#: A weapon named as the means just before it: "with missile launchers", "using rocket launchers".
#: ("retaliated by destroying rocket launchers": "by" before a verb in -ing tells the deed, not its means)
_AS_MEANS = re.compile(r"\b(?:with|using|by(?!\s+[\w'’-]+ing\b)|from)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


#: A verb that takes arms as loot or finds, just before the weapon it took: "seizing rockets", "confiscated 40
#: mortar rounds", "recovered two missiles", "found weapons, ammunition and drones".
_LOOT_BEFORE = re.compile(
    r"\b(?:seiz(?:ed|es|ing)|seize|confiscat(?:ed|es|ing|e)|recover(?:ed|s|ing)?|f(?:ound|inds?|inding)|discover(?:ed|s|ing)?|"
    r"impound(?:ed|s|ing)?|(?:caches?|stockpiles?|shipments?|consignments?|hauls?)\s+of)"
    r"\s+(?:(?!and\b|or\b|at\b|on\b|against\b)[\w'’-]+,?\s+){0,4}$",
    re.I,
)
#: The same told in the passive after the weapon: "two rocket launchers were found in the house".
_LOOT_AFTER = re.compile(
    r"(?:\s+(?:[\w'’-]+\s+){0,3}?)?\s*(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?"
    r"(?:seized|confiscated|found|discovered|recovered|impounded)\b",
    re.I,
)


#: Aircraft put in the air to watch or guard ("Poland scrambled fighter jets as Russia launched a missile
#: attack"): a state's precaution, not the means of the attack the clause tells.
_SCRAMBLED_BEFORE = re.compile(r"\bscrambl(?:ed|es|ing|e)\s+(?:(?:its|their|the|two|four|several|[\w-]+)\s+){0,3}$", re.I)
_SCRAMBLED_AFTER = re.compile(r"\s+(?:(?:were|was|had\s+been|have\s+been|are|being)\s+)?scrambled\b", re.I)


def _scrambled(text: str, m: Mention, cl: events.Clause) -> bool:
    """Whether aircraft ``m`` were scrambled: put up as a precaution, not what struck."""
    if (w := m.of("weapon")) is None or w.sub != "aircraft":
        return False
    return bool(_SCRAMBLED_BEFORE.search(text, max(cl.start, m.start - 40), m.start) or _SCRAMBLED_AFTER.match(text, m.end))


#: A means only guessed at: "the blast may have been caused by a drone", "two blasts, suggesting drone
#: attacks" (GUIDE: an unexplained blast is an explosion; a guess names no weapon used).
_GUESSED_MEANS = re.compile(r"\b(?:(?:may|might|could)\s+have\s+been|suggest(?:ed|s|ing)|possibly|perhaps)\b", re.I)


_CONCEDED = re.compile(r"\b(?:[Dd]espite|[Ii]n\s+spite\s+of)\s+(?:the|this|that|these|those|such)\s+(?:[a-z-]+\s+){0,2}$")
#: A plane that carries people ("a plane carrying the new cabinet", "as ministers left the aircraft") is
#: travel, not a warplane: it types nothing as an air strike.
_CARRYING_AFTER = re.compile(r"\s+(?:carrying|transporting|ferrying|bringing)\b")
_LEFT_BEFORE = re.compile(r"\b(?:leaving|left|boarding|boarded|aboard|on\s+board|disembark\w*\s+from|got\s+off)\s+(?:the|a|an|their|his|her)\s+$")


def _carries_people(text: str, m: Mention) -> bool:
    w = m.of("weapon")
    return (
        w is not None and w.sub == "aircraft"
        and (_CARRYING_AFTER.match(text, m.end) is not None or _LEFT_BEFORE.search(text, max(0, m.start - 30), m.start) is not None)
    )


#: What set an event off, named after its event word with no comma: "strikes prompted by rocket fire hit X".
_CAUSE_NOUN = re.compile(r"\b" + events.CAUSE_OPEN + r"\s+(?:(?:the|an?|its|their)\s+)?(?:[\w’'-]+(?:\s+|$)){1,3}", re.I)
#: What an event set off, told in a participle after it up to the next comma: ", prompting a barrage of rockets".
_SET_OFF_AFTER = re.compile(rf",\s+{_SET_OFF}\s[^,;]*", re.I)


def _cause_spans(text: str, cl: events.Clause) -> list[tuple[int, int]]:
    """The cause an event word of the clause names right after it, unset off by commas ("Israeli strikes
    prompted by Hezbollah rocket fire hit villages"): its words, up to three after "by" and its article, tell
    the earlier event that set this one off, not this one's means or kind (the strikes stay strikes). A cause
    opening its own clause (", prompted by a barrage,") or named with no event word before it is read as usual,
    and so is one after a blast, crash or damage ("an explosion triggered by a drone strike"): the attack is
    that event's own kind."""
    out = []
    for m in _CAUSE_NOUN.finditer(text, cl.start, cl.end):
        if any(t.start < m.start() and t.kind not in ("harm", "threat", "explode", "crash", "destroy") for t in cl.triggers):
            out.append(m.span())
    # ("a strike killed two, triggering a barrage of rockets": the rockets answered the strike, not its means)
    for m in _SET_OFF_AFTER.finditer(text, cl.start, cl.end):
        if any(t.start < m.start() and t.kind != "threat" for t in cl.triggers):
            out.append(m.span())
    return out + _role_spans(text, cl) + _support_spans(text, cl) + _referred_spans(text, cl)


#: People tied to an event told by its name ("militants suspected of carrying out Saturday's bombing",
#: "four men linked to the attack", "suspects wanted over last week's blast"): the event they are tied to is
#: one told before, not the clause's own (which tells what befell them: "killed ... in a raid on Monday").
_REFERRED = re.compile(
    r"(?:\b(?:militants?|suspects?|men|gunmen|fighters|insurgents|terrorists|members|people|attackers|commanders?"
    r"|leaders?|operatives|assailants|bombers?|plotters|masterminds?|cell)\s*,?\s+(?:who\s+(?:were|was|are|is)\s+)?"
    r"(?:(?:allegedly|reportedly|believed\s+to\s+have\s+been|said\s+to\s+have\s+been)\s+)?"
    r"(?:(?:suspected|accused|convicted)\s+of(?:\s+(?:carrying\s+out|staging|plotting|planning|masterminding"
    r"|involvement\s+in|taking\s+part\s+in|being\s+behind))?|(?:linked|tied|connected)\s+(?:to|with)"
    r"|wanted\s+(?:for|over|in\s+connection\s+with)|behind|involved\s+in|blamed\s+for|responsible\s+for)\s+"
    # ... or anything told as having served or plotted it: "camps used to plan", "the men who carried out"
    r"|\b(?:used\s+to\s+(?:plan|plot|prepare|stage|launch)|used\s+(?:for|in)\s+(?:planning|plotting|preparing|staging)"
    r"|who\s+(?:had\s+)?(?:planned|plotted|masterminded|orchestrated|staged|carried\s+out))\s+)"
    r"(?P<ref>the|this|that|last\s+\w+['’]s|[A-Z]\w+day['’]s|(?:last|this)\s+(?:week|month)['’]s)\s+(?:[\w-]+\s+){0,2}$"
)


def _referred_events(art: Document, s_idx: int, cl: events.Clause, upto: int) -> list[Cand]:
    """The event people are tied to by name, read on its own words ("Saturday's bombing in X", up to the
    clause's next event word): a specific event told in passing, with its own day and scene (GUIDE: every
    specific event, background ones too), after the clause's own."""
    out = []
    for t, m in _referred_in(art.text, cl):
        end = next((u.start for u in cl.triggers if u.start > t.end), cl.end)
        out.extend(_clause_candidate(art, s_idx, events.Clause(m.start("ref"), end, (t,)), False, upto) or ())
    return out


#: The clauses of the last text read by _referred_in, with what it found in each: a clause is asked about
#: by its candidate, its scene and its day. One slot, read once and replaced whole (threads: see places).
_REFERRED_READ: list[tuple[str | None, dict[events.Clause, list[tuple[events.Trigger, re.Match[str]]]]]] = [(None, {})]


def _referred_in(text: str, cl: events.Clause) -> list[tuple[events.Trigger, re.Match[str]]]:
    """The clause's event words that name an event people are tied to, each with the words tying them; none
    when the clause tells no deed of its own besides ("the cell behind the blast by the airport, which left
    four dead": the blast is the one event told, read as usual). The list is shared: read it, never change it."""
    last, read = _REFERRED_READ[0]
    if last is not text:
        read = {}
        _REFERRED_READ[0] = (text, read)
    found = read.get(cl)
    if found is None:
        found = read[cl] = _referred_read(text, cl)
    return found


def _referred_read(text: str, cl: events.Clause) -> list[tuple[events.Trigger, re.Match[str]]]:
    found = [
        (t, m) for t in cl.triggers if (m := _REFERRED.search(text, max(cl.start, t.start - 90), t.start)) is not None
    ]
    tied = {t for t, _ in found}
    return found if any(t not in tied and t.kind != "harm" for t in cl.triggers) else []


def _referred_spans(text: str, cl: events.Clause) -> list[tuple[int, int]]:
    """The event a group of people is tied to by name ("police killed four militants linked to Saturday's
    bombing in a raid"): an event told before, neither the clause's own event nor its means."""
    return [(t.start, t.end) for t, _ in _referred_in(text, cl)]


#: Ground doers and the support told beside them: "troops, backed by coalition jets," / "forces supported by
#: drones" (the words after "by" run to the next comma, or to the clause's own event word).
_SUPPORTED_DOERS = re.compile(
    r"\b(?:forces|troops|soldiers|army|fighters|units|militias?|militiamen|rebels|police)\s*,?\s+"
    r"(?:(?:backed|supported|aided|assisted|covered)\s+by|with\s+(?:the\s+)?(?:support|help|backing)\s+of)\s+",
    re.I,
)


def _support_spans(text: str, cl: events.Clause) -> list[tuple[int, int]]:
    """The support a ground force is told with ("Iraqi forces, backed by coalition warplanes, killed eight
    militants"): the jets or drones named there back the doers of the clause's own event, so they are neither
    its means nor an event of their own (the ground force did it). Runs from "by" to the next comma, or to the
    next event word after it when no comma closes it; nothing when no event word follows."""
    out = []
    for m in _SUPPORTED_DOERS.finditer(text, cl.start, cl.end):
        after = [t for t in cl.triggers if t.start >= m.end()]
        if not after:
            continue
        comma = text.find(",", m.end(), after[0].start)
        # (a comma closes the support; else the support's own words run up to the verb, its first event
        # word that is no noun of the support itself: "backed by air strikes recaptured" keeps "recaptured")
        end = comma if comma != -1 else next((t.start for t in after if t.kind in ("harm", "clash", "seize")), -1)
        if end != -1 and any(t.start >= end for t in after):
            out.append((m.end(), end))
    return out


#: A person's role told by a kind of event, bare of any article: "responsible for rocket fire", "in charge of
#: drone attacks", "who oversaw shelling" ("responsible for the attack on X" names one event).
_ROLE = re.compile(
    r"\b(?:(?:responsible|known|notorious|in\s+charge)\s+(?:for|of)"
    r"|who\s+(?:oversaw|oversees|directed|directs|planned|plans|coordinated|coordinates|commanded|commands)"
    r"|behind|involved\s+in)\s+(?P<what>(?:(?!(?:the|a|an|this|that|these|those|last|its|their|his|her)\b)[a-z-]+\s+){0,2})$"
)


def _role_spans(text: str, cl: events.Clause) -> list[tuple[int, int]]:
    """The event words (with their weapons) that tell a person's role ("a commander responsible for rocket fire
    toward the north was killed in a strike"): what he does, neither an event told nor the strike's means."""
    return [
        (role.start("what"), t.end)
        for t in cl.triggers
        if (role := _ROLE.search(text, max(cl.start, t.start - 40), t.start)) is not None
    ]


def _weapon_taken(art: Document, m: Mention, lo: int, hi: int) -> bool:
    """ "raided the headquarters, seizing rockets and detaining 13 fighters": arms a raid or search took
    or found (within ``lo``..``hi``) are its loot, not the means of an attack (a raid by untold means is
    no rocket attack, nor is "the raid" told after "launchers for rockets were found"). Debris found is
    what fell, not loot."""
    return m.of("weapon").sub != "projectile" and bool(  # type: ignore[union-attr]
        _LOOT_BEFORE.search(art.text, max(lo, m.start - 60), m.start)
        or _LOOT_AFTER.match(art.text, m.end, hi)
        # ("destroyed several bombs planted under roads", "mines were defused": devices made safe, no means)
        or (m.of("weapon").sub == "bomb" and _MADE_SAFE_BEFORE.search(art.text, max(lo, m.start - 60), m.start))  # type: ignore[union-attr]
        or (m.of("weapon").sub == "bomb" and _MADE_SAFE_AFTER.match(art.text, m.end, hi))  # type: ignore[union-attr]
    )


#: A verb that makes planted devices safe, just before them: "defused two bombs", "destroyed several roadside
#: bombs", "found and detonated three mines" (a found device blown up in place; not "detonated a bomb").
_MADE_SAFE_BEFORE = re.compile(
    r"\b(?:defus(?:ed|es|ing|e)|dismantl(?:ed|es|ing|e)|destroy(?:ed|s|ing)?|neutrali[sz](?:ed|es|ing|e)|"
    r"(?:found|located|discovered|uncovered)\s+and\s+(?:detonated|blew\s+up|exploded))"
    r"\s+(?:(?!and\b|or\b|at\b|on\b|against\b)[\w'’-]+,?\s+){0,4}$",
    re.I,
)
#: The same told in the passive after them: "two bombs planted on the road were defused".
_MADE_SAFE_AFTER = re.compile(
    r"(?:\s+(?:[\w'’-]+\s+){0,4}?)?\s*(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|safely\s+)?"
    r"(?:defused|dismantled|neutrali[sz]ed)\b",
    re.I,
)


#: A result told after the event, or one it spared, right before a weapon's name: "struck the base,
#: destroying two aircraft", "without destroying any aircraft", "damaging several drones on the ground",
#: "destroying four mobile anti-ship missiles" (any modifier but a preposition or a verb in -ing: "destroying
#: a house using drones" names the means).
_MODIFIER = (
    r"(?!(?:with|using|by|from|in|at|near|on|against|of|to|for|as|after|over|into|and|or|that|which|who)\b)"
    r"(?![\w’']+ing\b)[\w’'-]+"
)
_DAMAGED_BEFORE = re.compile(
    r"\b(?:without\s+(?:destroying|damaging|hitting)|destroying|damaging|wrecking)\s+"
    rf"(?:(?:any|all|the|an?|several|some|dozens\s+of|{QUALIFIER}|{NUMBER}|{_MODIFIER})\s+){{0,4}}$",
    re.I,
)
#: A ruin told right before a weapon's name, its subject the strike before it: "(strikes) destroyed four".
_RUINED_BEFORE = re.compile(
    # ("destroyed at least three aircraft": a number's qualifier too)
    rf"\b(?:destroyed|damaged|wrecked)\s+(?:(?:all|the|an?|several|some|dozens\s+of|{QUALIFIER}|{NUMBER}|{_MODIFIER}),?\s+){{0,4}}$", re.I
)
#: Weapons readied but not yet fired, right after their name: "(missiles) that were prepared to launch",
#: "(drones) readied for launch" (places._UNLAUNCHED_AIM reads the aim that follows).
_UNFIRED_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+(?:were|was|had\s+been)\s+)?(?:\w+ly\s+)?(?:being\s+)?"
    r"(?:prepared|preparing|poised|ready|readied|set|primed|about)\s+(?:to|for)\s+(?:be\s+)?"
    r"(?:launch(?:ed|ing)?|fired?|firing)\b",
    re.I,
)
#: A launch told as forestalled, right before its word: "before they could be (launched)", "before (launch)",
#: "prior to their (launch)", "before being (fired)": no launch took place.
_FORESTALLED = re.compile(
    r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:(?:they|it|the\s+[\w-]+|these|those)\s+(?:could|can|were\s+able\s+to|was\s+able\s+to)\s+"
    r"(?:be\s+)?|being\s+|(?:their|its|the)\s+)?$",
    re.I,
)
#: Between two weapons of one list of objects: "(four anti-ship missiles) and one (drone boat)".
_NEXT_OBJECT = re.compile(rf",?\s+(?:and\s+|as\s+well\s+as\s+)?(?:(?:an?|the|several|some|{NUMBER}|{_MODIFIER})\s+){{0,3}}", re.I)
#: A weapon as the subject of a passive ruin whose "by" names what did it: "(helicopters) were destroyed by".
_MUNITIONS = frozenset({"drone", "missile", "rocket", "projectile"})
_RUINED_BY_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(?:was|were|(?:had|have|has)\s+been)\s+(?:destroyed|damaged|hit|struck)(?=\s+by\s)", re.I
)
#: The event words a result may follow: what hits, not fire that may shoot down ("air defences opened fire,
#: destroying 20 drones": the drones are the interception's).
_HITTING_KINDS = frozenset({"strike", "airstrike", "explode"})


def _weapon_as_target(art: Document, m: Mention, cl: events.Clause) -> bool:
    """ "struck missile launchers", "hit drone factories in Sanaa": a weapon's name qualifying a site or
    launcher after an event word names what was hit, not what hit it (the means come "with" or "using"
    one, or as the doer before the event word: "rocket launchers shelled the town"). So are the weapons
    a strike word takes as its object: "strikes on 14 missiles readied for launch", and those a hit
    destroyed or spared: "missiles struck the base without destroying any aircraft"."""
    if _struck_weapon(art, m, cl) or _listed_after_target(art, m, cl):
        return True
    if _UNFIRED_AFTER.match(art.text, m.end, cl.end) and any(
        t.end <= m.start and t.kind in _HITTING_KINDS | {"destroy"} for t in cl.triggers
    ):
        # "struck X and destroyed four missiles that were prepared to launch": weapons not yet fired, hit or
        # ruined, were the target on the ground, not downed in flight
        return True
    if (ruin := _RUINED_BY_AFTER.match(art.text, m.end, cl.end)) is not None and m.of("weapon").sub not in _MUNITIONS and any(  # type: ignore[union-attr]
        w.of("weapon") is not None and w.of("weapon").sub in _MUNITIONS | {"shell"}  # type: ignore[union-attr]
        and _BY_WEAPON.fullmatch(art.text, ruin.end(), w.start)
        for w in art.mentions_in(ruin.end(), cl.end)
    ):
        # "two helicopters were destroyed by drones": the passive's subject, hit by a munition its "by" names
        # (not "two drones were destroyed by jets": a munition stopped in flight)
        return True
    if _DAMAGED_BEFORE.search(art.text, max(cl.start, m.start - 60), m.start) and any(
        t.end <= m.start and t.kind in _HITTING_KINDS for t in cl.triggers
    ) and not any(t.end <= m.start and t.kind == "intercept" for t in cl.triggers):
        return True
    if (ruin := _RUINED_BEFORE.search(art.text, max(cl.start, m.start - 60), m.start)) is not None and any(
        t.kind in _HITTING_KINDS and t.end <= ruin.start() and _DOER_GAP.fullmatch(art.text, t.end, ruin.start())
        for t in cl.triggers
    ):
        # "the strikes destroyed four drones": what a strike ruined was its target, not its means
        return True
    if not (held := _HELD_WEAPON.match(art.text, m.end, cl.end)):
        return False
    if not any(t.end <= m.start for t in cl.triggers):
        # "a drone factory near X was also hit": the held site is the subject of a passive hit told after it
        return any(
            t.start >= held.end() and _PASSIVE_HELPER.search(art.text, max(held.end(), t.start - 30), t.start)
            for t in cl.triggers
        )
    return not _AS_MEANS.search(art.text, max(cl.start, m.start - 40), m.start)


def _listed_after_target(art: Document, m: Mention, cl: events.Clause) -> bool:
    """A weapon listed right after one that was the target ("destroying four anti-ship missiles and one drone
    boat", "strikes on three boats and two missiles"): it too was hit, not the means."""
    before = [w for w in art.mentions_in(cl.start, m.start) if w.of("weapon") and w.end <= m.start]
    return bool(before) and _NEXT_OBJECT.fullmatch(art.text, before[-1].end, m.start) is not None and _weapon_as_target(
        art, before[-1], cl
    )


#: Between a strike word and the weapons it hit: "strikes on 14 Iran-made", "struck three anti-ship":
#: "on" or "against", then determiners, counts and modifiers only (no means, "with" or "by", no verb form).
_STRIKE_OBJECT_GAP = re.compile(
    r"\s+(?:on|against)(?:\s+(?:dozens\s+of|[\w’'-]+-[\w’'-]+|"
    r"(?!(?:with|using|by|from|in|at|near|on|against|of|to|for|as|after|over|into|and|or|that|which|who)\b)(?![\w’']+(?:ed|ing)\b)[\w’']+)){0,4}\s+",
    re.I,
)
#: A spot at sea told from the coast right after a word: "70 nautical miles northwest of X", "15 nm off X".
AT_SEA_AFTER = re.compile(
    r"\s+(?:(?:some|about|around|approximately)\s+)?\d[\d,.]*\s*(?:nautical\s+miles|nm)\s+"
    r"(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|off)\b",
    re.I,
)
#: A weapon's name that qualifies the event noun after it names the means: "drone strikes", "missile attack".
_MEANS_NOUN_AFTER = re.compile(r"[\s-]+(?:strikes?|attacks?|raids?|barrages?|salvos?|fire)\b", re.I)


def _struck_weapon(art: Document, m: Mention, cl: events.Clause) -> bool:
    """The weapons a strike noun takes as its object ("conducted strikes on 14 Houthi missiles", "an
    attack against three anti-ship missiles"): what was hit, not what hit."""
    return not _MEANS_NOUN_AFTER.match(art.text, m.end) and any(
        t.kind == "strike"
        and t.end <= m.start
        and _STRIKE_OBJECT_GAP.fullmatch(art.text, t.end, m.start) is not None
        and not places_in(art, t.end, m.start)
        for t in cl.triggers
    )


#: Between a weapon and the verb it does with others: "warplanes and artillery (have) shelled".
_JOINT_GAP = re.compile(r"(?:\s*,?\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?)?(?:\s*(?:have|has|had|were|was|also|reportedly)\b)*\s*")


#: The past perfect right before a verb: "had vowed", "had earlier warned", "had repeatedly threatened".
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:long|earlier|already|previously|also|\w+ly)\s+)?$", re.I)


def _holds_out_harm(art: Document, s_idx: int, trig: events.Trigger) -> bool:
    """A threat word that threatens: a said-would statement, "pledging to retaliate" (its own words
    carry the threat), or a warning whose complement holds out harm."""
    if trig.word == QUOTE_GOES_ON:
        return True  # a quotation alone is taken only when it holds out harm (quote_goes_on)
    said = trig.word.split(None, 1)[0] in speech.PLAIN
    if said and (harm_untargeted(art, s_idx, trig) or harm_disowned(art, s_idx, trig)):
        # "the president said the country would respond": no target, no condition; "said neither side would
        # target the other": harm no one will do
        return False
    return said or "to " in trig.word or threatens(art, s_idx, trig)


def _joint_doers(art: Document, cl: events.Clause, weapon: Mention, trig: events.Trigger) -> bool:
    """The weapon is a subject of the event word, not the object of another event told beside it
    ("launching drones and shelling the border districts") nor a word that qualifies a noun of its
    own ("drone sightings and shelling")."""
    if any(cl.start <= t.start < weapon.start for t in cl.triggers):
        return False
    return bool(_JOINT_GAP.fullmatch(art.text, weapon.end, trig.start))


def _coordinated_target(art: Document, cl: events.Clause, prev: list[Cand]) -> Cand | None:
    if not prev or not _AND_CLAUSE.match(art.text, cl.start, cl.end):
        return None
    last = prev[-1]
    if last.place is None or last.place.rank < 3 or last.type == "threat_statement" or last.anaphor:
        return None
    targets = [p for p in places_in(art, cl.start, cl.end) if p.role == "loc" and p.rank >= 3]
    if not targets or targets[0].name == last.place.name:
        return None
    if cl.triggers and art.dates_in(cl.start, cl.end):
        # "gunmen killed five in X on Saturday and attacked Y on Sunday": a deed of its own, on its own day,
        # by the same doers (the toll told is the first deed's)
        trig = cl.triggers[0]
        date, date_q, date_kind = _dates(art, last.type, cl, trig)
        return replace(
            last, place=targets[0], clause=(cl.start, cl.end), pos=trig.start, date=date, date_q=date_q,
            date_kind=date_kind, killed=None, injured=None, trigger_word=trig.word,
        )
    return replace(last, place=targets[0], clause=(cl.start, cl.end))


#: Between the first salvo's target and the second salvo, with the verb left out: "... at the airport, and two
#: drones at the port": "and", maybe a comma, then the second salvo's count or article.
_GAPPED_AND = re.compile(r"\s*,?\s+and\s+(?:also\s+)?(?:(?P<n>[\w-]+)\s+)?", re.I)
#: Right before a salvo's target: "at", "on", "toward(s)", "against".
_SALVO_AIMED = re.compile(r"\b(?:at|on|toward|towards|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)


def _salvos_at_two_targets(art: Document, cl: events.Clause, c: Cand) -> list[Cand] | None:
    """ "launched a missile at the airport and two drones at the port": one verb, two salvos of other
    weapons each aimed at a target of its own, with the verb left out of the second, are two attacks (GUIDE:
    one record per distinct event; a mixed salvo at one target stays one)."""
    text = art.text
    weapons = [m for m in art.mentions_in(c.pos, cl.end) if m.of("weapon") is not None]
    if len(weapons) != 2 or c.type in ("interception", "threat_statement"):
        return None
    (w1, w2), places = weapons, [p for p in places_in(art, c.pos, cl.end) if p.role == "loc"]
    kinds = [CLASS_TYPE.get(w.of("weapon").sub) for w in (w1, w2)]  # type: ignore[union-attr]
    if None in kinds or kinds[0] == kinds[1]:
        return None
    first = next((p for p in places if w1.end < p.start < w2.start and _SALVO_AIMED.search(text, w1.end, p.start)), None)
    second = next((p for p in places if p.start > w2.end and _SALVO_AIMED.search(text, w2.end, p.start)), None)
    if first is None or second is None or first.name == second.name:
        return None
    gap = _GAPPED_AND.fullmatch(text, first.end, w2.start)
    if gap is None:
        return None
    size = gap.group("n")
    n2 = None if size is None else 1 if size.lower() in ("a", "an", "one") else parse_number(size)
    if size is not None and n2 is None:
        return None  # "and armed drones": a word of the weapon's own, not its count
    split = (first.start, w2.start)
    one = replace(c, type=kinds[0], objects=(w1.of("weapon").name,), weapon_class=w1.of("weapon").sub, place=first)  # type: ignore[union-attr]
    two = replace(
        c, type=kinds[1], objects=(w2.of("weapon").name,), weapon_class=w2.of("weapon").sub,  # type: ignore[union-attr]
        place=second, count=n2, clause=(split[1], c.clause[1]), pos=w2.start, killed=None, injured=None,
    )
    return [one, two]


_INCLUDING = re.compile(r",?\s+(?:including|notably|particularly|especially|among\s+them)\s", re.I)


def _narrowed(art: Document, cl: events.Clause, prev: list[Cand]) -> bool:
    """ "struck targets in Yemen, including Sanaa's airport": the event placed in a country took place
    at the spot the clause names in it (the first one)."""
    if not prev or not _INCLUDING.match(art.text, cl.start, cl.end):
        return False
    last = prev[-1]
    if last.place is None or last.place.rank > 1 or last.type == "threat_statement":
        return False
    spots = [
        p
        for p in places_in(art, cl.start, cl.end)
        if p.role == "loc" and p.rank >= 3 and p.country in (None, last.place.country)
    ]
    if not spots:
        return False
    if _spread(art, cl.start, art.sentences[art.sentence_index(cl.start)].end) is not None:
        return True  # "destroyed 23 drones, including 12 over X and eight over Y": shares of one event, still the country's
    spot = spots[0] if spots[0].country else replace(spots[0], country=last.place.country)
    prev[-1] = replace(last, place=spot)
    return True


def _told_apart(art: Document, a: int, cl: events.Clause) -> int:
    """Where a clause's own stretch of the sentence opens for a town holding its spot: after the day an earlier
    clause told, when the clause tells a day of its own ("gunmen killed two in A on Saturday and a bomb wounded
    five in B on Sunday": B is not A's); the sentence's start otherwise."""
    if not art.dates_in(cl.start, cl.end):
        return a
    return max((d.end for d in art.dates_in(a, cl.start)), default=a)




def _held(art: Document, a: int, place: Place) -> Place:
    """ "In Mohnyin township (Mohnyin district, Kachin state), rebels attacked an outpost near the Shwe
    Nyein Chan goldmine": a spot no gazetteer knows lies in the place the sentence opened with, unless its
    own phrase says which town holds it ("at X in May and an attack on the Y Hotel in the city of Z")."""
    if place.within and town_told_after(art, place):
        return place
    # (a town, district or region holds it: a village near an airport or a base named before it is not in it;
    # nor does a dateline's town, where the reporter files from)
    before = [
        p for p in places_in(art, a, place.start)
        if p.role == "loc" and 3 <= p.rank < RANK["site"] and p.name != place.name and not art.in_dateline(p.start)
    ]
    if not before:
        return place
    # ("A moved into X in the west of one town, as strikes hit Gaza City's Y district": the town told as the
    # spot's owner, right before it, holds it, whatever place the sentence opened with)
    owner = [p for p in before if p.end + 1 == place.start and POSSESSIVE.search(art.text, p.start, p.end)]
    holder = (owner or before)[0]
    country = holder.country or place.country or next((p.country for p in before if p.country), None)
    return replace(place, within=holder.name, country=country)


#: Strike words that say nothing of the means ("targeted", "hit"), and those that do ("strikes", "attack").
_VAGUE_HIT = re.compile(r"(?:target|hit)", re.I)
_NAMED_STRIKE = re.compile(r"(?:strike|struck|attack|assault|raid|bomb|pound|pummel)", re.I)

#: "a Tehran bombing", "the Kyiv drone attack": up to two words between a town and the event noun it
#: modifies; a conjunction or preposition among them starts another phrase ("the arrests in X and
#: clashes around Y"): the town is no modifier.
_MODIFIER_GAP = re.compile(
    r"(?:[\s-]+(?!(?:and|or|but|nor|as|while|after|before|with|in|on|at|of|from|by|for|to|into)\b)[a-z]+){0,2}[\s-]+"
)


def _answered_scene(art: Document, trig: events.Trigger, lo: int, places: list[Place]) -> list[Place]:
    """ "rockets at X in retaliation for the strike on Y": Y is the strike's own scene, when the event word is
    the answered one's (places.py keeps it from the rockets)."""
    if not any(p.role == "answered" for p in places):
        return places
    return [
        replace(p, role="loc")
        if p.role == "answered" and (a := answered_from(art, p.start, lo)) is not None and a <= trig.start < p.start
        else p
        for p in places
    ]


def _phrase_start(art: Document, trig: events.Trigger, places: list[Place]) -> int:
    """Where the event's noun phrase starts: a town named right before the event noun is its scene."""
    if trig.word.split()[-1] not in events.NOUNS:
        return trig.start
    for p in reversed(places):
        if p.end <= trig.start:
            if p.role == "loc" and p.rank >= 3 and _MODIFIER_GAP.fullmatch(art.text, p.end, trig.start):
                return p.start
            break
    return trig.start


def _scenes(art: Document, places: list[Place]) -> list[Place]:
    """Places that can be the scene: a possessive that owns an event or force ("Ankara's bombardment")
    names a party; so does a country owning what follows ("a U.S. base in Jordan") when another place
    is named."""
    owners = [
        p
        for p in places
        # "the U.S. Embassy": the name's last dot is not part of the match
        if _OWNED.match(art.text, p.end + (art.text.startswith(".", p.end) and "." in art.text[p.start : p.end]))
        and (
            art.text[p.end - 2 : p.end] in ("'s", "’s")
            or art.text.startswith(("'s", "’s"), p.end)
            or (p.rank <= 1 and any(q is not p and q.role == "loc" for q in places))
        )
    ]
    owners += [p for p in places if p not in owners and _owns_event(art, p, places)]
    kept = [p for p in places if p not in owners]
    if owners and not kept and all(_possessive(art, p) and _HOME_WORKS.match(art.text, p.end) for p in owners):
        # "Israel struck Iran's nuclear facilities": works a state owns stand on its soil (its troops and bases
        # may serve abroad), so with no other place named the owner is the scene
        return places
    return kept if owners else places


def _possessive(art: Document, p: Place) -> bool:
    """The place is written as an owner: "Iran's" (the mark inside the name's span or right after it)."""
    return art.text[p.end - 2 : p.end] in ("'s", "’s") or art.text.startswith(("'s", "’s"), p.end)


#: A possessive before an event noun some modifiers on: "Moscow's massive overnight drone attack",
#: "Ankara's new ground offensive" (one modifier is _OWNED's). The modifiers are words of the noun
#: phrase, not a preposition that opens another ("Tehran's response to the attacks").
_OWNED_EVENT = re.compile(
    r"['’]s\s+(?P<mods>(?:(?!(?:to|of|on|in|at|by|for|from|against|and|or|after|before|with|was|were|is|has|had)\s)"
    r"[\w-]+\s+){2,3})(?:strikes?|attacks?|bombardment|barrage|assault|offensive|raids?)\b",
    re.I,
)
#: An attack verb in the active voice right after a name: the name is its subject.
_DOER_VERB = re.compile(
    r"\s+(?:(?:has|have|had|also|then|later|reportedly|again)\s+)?"
    r"(?:fired|launched|struck|attacked|bombed|shelled|targeted|retaliated|responded)\b"
)
_SUPERLATIVE = re.compile(r"\b(?:worst|most|biggest|largest|heaviest|greatest|bloodiest|deadliest|\w+iest)\b", re.I)


def _owns_event(art: Document, p: Place, places: list[Place]) -> bool:
    """A capital as the subject of an attack verb names its state, the doer, not the scene. So does a
    place owning an event told with several modifiers when the clause names another scene ("Russia's
    largest drone attack on Ukraine"), or when it is a capital ("Moscow's heavy overnight drone attack"),
    unless a superlative ranks the event among the capital's own ("Kabul's deadliest suicide attack")."""
    capital = any(x.of("capital") is not None for x in art.mentions_in(p.start, p.end))
    if capital and _DOER_VERB.match(art.text, p.end):
        return True  # "Moscow launched 40 drones", "after Ankara shelled the border villages": the state acted
    m = _OWNED_EVENT.match(art.text, p.end - 2 if art.text[p.end - 2 : p.end] in ("'s", "’s") else p.end)
    if m is None:
        return False
    if any(q is not p and q.role == "loc" and q.rank >= p.rank for q in places):
        return True
    return capital and not _SUPERLATIVE.search(m.group("mods"))


def _event_determined(art: Document, cl: events.Clause, trig: events.Trigger) -> bool:
    """The event noun has its own determiner in the clause: "used in the attack", "these strikes"; in "the
    RSF's attack" the determiner is the owner's, who owns the noun."""
    if trig.word.split()[-1] not in events.NOUNS:
        return False
    i = art.token_index(trig.start)
    toks = art.tokens[max(0, i - 3) : i]
    if toks and toks[-1].start >= cl.start and _day_owned(toks[-1]):
        return True  # "claimed Friday's attack": the day's possessive determines the noun
    return any(
        t.start >= cl.start
        and t.norm in _DEMONSTRATIVE
        and not any(u.norm in _PHRASE_OPENERS or _owner_mark(art, u) for u in toks[k + 1 :])
        for k, t in enumerate(toks)
    )


#: Days whose possessive names one event told: "Friday's strike", "Yesterday's attack".
_OWNER_DAYS = words("monday tuesday wednesday thursday friday saturday sunday yesterday today")


def _day_owned(u: Token) -> bool:
    """The word before an event noun is a day's possessive, a determiner naming the event of that day
    ("claimed Friday's strike"), not an owner that did it."""
    return u.possessive and u.text[:1].isupper() and u.norm in _OWNER_DAYS


def _owner_mark(art: Document, u: Token) -> bool:
    """The word is an owner: "RSF's", or a plural's bare apostrophe, "the rebels' attack"."""
    return u.possessive or (u.norm.endswith("s") and art.text.startswith(("' ", "’ "), u.end))




def _armed_party(m: Mention) -> bool:
    """A name of an armed group, coalition or armed force ("M23", "the RSF", "the IDF")."""
    actor = m.of("actor")
    return actor is not None and actor.sub in ("armed_group", "coalition", "force")


#: A settlement as the object right after "attacked": "a village", "the town of", "two camps for the displaced".
_SETTLEMENT_ATTACKED = re.compile(
    r"\s+(?:(?:an?|the|two|three|four|several|[\w-]+['’]s)\s+)?(?:(?!(?:to|and|or|of|for|with|on|in|at|by)\b)[\w-]+\s+){0,2}?"
    r"(?:villages?|towns?|settlements?|hamlets?|camps?|neighbou?rhoods?|markets?)\b(?!['’])",
    re.I,
)


def _group_attacked_ground(art: Document, parties: list[Mention], trig: events.Trigger, cl: events.Clause) -> bool:
    """An armed group of no state's, the subject of "attacked", and a settlement or a named place as the
    whole object: "the RSF attacked a village near X", "Al-Shabaab attacked Y on Friday". Men with no aircraft
    and no weapon named attack on the ground (GUIDE: armed_clash), as "gunmen attacked a village" does; a
    group that "attacked the plan" or "attacked the president" attacks with words."""
    if not (_ATTACK_VERB.match(trig.word) or trig.word.lower() in ("assault", "raid")) or is_passive(art, trig.start):
        return False
    if not any(m.end <= trig.start and _armed_group(m) for m in parties):
        return False
    if trig.word.lower() in ("attack", "assault", "raid"):
        # the noun owned by the group ("condemned the RSF over their attack on a camp"): its object after "on"
        # or by its name ("the RSF's attack on a camp"), the group's own mark, not another noun's ("the town's")
        on = _OWN_ATTACK_ON.search(art.text, max(cl.start, trig.start - 12), trig.end + 12)
        return (
            on is not None
            and on.start() < trig.start
            and (on.group(1) is None or any(on.start() <= m.end <= on.start() + 2 and _armed_group(m) for m in parties))
            and bool(_SETTLEMENT_ATTACKED.match(art.text, on.end(), cl.end))
        )
    if _SETTLEMENT_ATTACKED.match(art.text, trig.end, cl.end):
        return True
    after = art.mentions_in(trig.end, min(cl.end, trig.end + 40))
    return bool(
        after
        and after[0].of("place") is not None
        and after[0].of("actor") is None
        and re.fullmatch(r"\s+(?:the\s+)?", art.text[trig.end : after[0].start], re.I)
        and re.match(r"\s*(?:[,.;]|$|(?:on|in|at|near|overnight|early|late|last|this|from|outside|killing|wounding)\b)", art.text[after[0].end : cl.end] or ".", re.I)
    )


#: An attack owned by its doer, then "on": "their attack on", "its assault against", "the RSF's raid on" (the
#: object follows; group 1, the possessive mark, when a name owns it: "the rebels' raid on").
_OWN_ATTACK_ON = re.compile(r"(?:\b(?:its|their)|(['’]s|(?<=s)['’]))\s+(?:attack|assault|raid)\s+(?:on|against)(?=\s)", re.I)
#: What may follow a party attacked as the whole object: the clause's end, its day or place, a participle of
#: its harm.
_PARTY_OBJECT_END = re.compile(r"\s*(?:[,.;]|$|(?:on|in|at|near|overnight|early|late|last|this|from|killing|wounding)\b)", re.I)
#: Words of a quarrel after the party attacked: "attacked Israel on Monday over its policy", "for its stance",
#: "in a speech".
_QUARREL = re.compile(
    r"\b(?:over|for|about|verbally|in\s+(?:an?|his|her|its|their)\s+(?:speech|statement|interview|address|remarks|post|editorial|op-ed))\b",
    re.I,
)


def _party_attacked(
    art: Document, s: Sentence, parties: list[Mention], trig: events.Trigger, cl: events.Clause
) -> Mention | None:
    """The state or armed group another "attacked" as the verb's whole object, on a day the clause tells: "Iran
    attacked Israel on Saturday", "the Houthis said they had attacked Israel on Friday" (GUIDE: a specific
    event, its means unstated: "other"); "attacked the US over tariffs" or with no day of its own is words
    or a pattern."""
    if not _ATTACK_VERB.match(trig.word) or is_passive(art, trig.start):
        return None
    text = art.text
    after = next((m for m in parties if trig.end <= m.start < cl.end), None)
    if after is None or not re.fullmatch(r"\s+(?:the\s+)?", text[trig.end : after.start], re.I):
        return None
    comma = text.find(",", after.end, cl.end)
    if not _PARTY_OBJECT_END.match(text, after.end, cl.end) or _QUARREL.search(
        text, after.end, cl.end if comma < 0 else comma
    ):
        return None
    doer = any(
        m.end <= trig.start and m.of("actor").name != after.of("actor").name  # type: ignore[union-attr]
        for m in art.mentions_in(s.start, trig.start)
        if _armed_party(m)
    )
    return after if doer and art.event_dates_in(cl.start, cl.end) else None


def _armed_group(m: Mention) -> bool:
    """A named armed group, not a state's force: "Al-Shabaab", "the RSF" (an army's deeds are told by
    its troops, the words that _HARM_AGENT_BEFORE reads)."""
    actor = m.of("actor")
    return actor is not None and actor.sub == "armed_group" and m.of("country") is None


#: (or by its model's letters and number: "Dutch F-35s", "a Russian Su-34")
_AIRCRAFT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:fighters?|jets?|warplanes?|aircraft|planes?|pilots?)\b|\s+[a-z]{1,3}-\d{1,3}[a-z]?s?\b", re.I
)


#: Right before a place, the words that make it what an intercepted weapon was aimed at.
_AIMED_AT_PLACE = re.compile(
    r"\b(?:(?:aimed|directed|fired|launched|shot)\s+(?:at|against|toward|towards)|targeting|targeted\s+at|"
    r"attacks?\s+(?:on|against))\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.I,
)
#: How far (km between country centres) an interceptor's country may lie from the one the weapons
#: were flying to and still be the sky they crossed on the way.
_EN_ROUTE_REACH = 1500


def _place_to_leave(places: list[Place], trig: events.Trigger) -> Place | None:
    """The town or site a threat's words say to withdraw from ("demanded that the troops pull out from
    the town"): a place named after the threat's verb in the role of where a move starts."""
    left = [replace(p, role="loc") for p in places if p.role == "origin" and p.start >= trig.end and p.rank >= 3]
    return best_place(left)


#: A pronoun for the teller's own side: "said it launched", "said its drones", "said we struck".
_OWN_SIDE = re.compile(r"\b(?:it|its|we|our)\b", re.I)


def _side(m: Mention) -> str | None:
    """The state a country, people's adjective or armed party's mention stands for (a group: its home's)."""
    e = m.of("country") or m.of("demonym")
    if e is not None:
        return e.name
    actor = m.of("actor")
    return actor.country if actor is not None else None


#: Raids flown at a country, which its air arm tells of or meets.
_AIR_RAIDS = frozenset({"drone_attack", "missile_attack", "rocket_attack"})
#: A state's air arm right after its country's name: "Ruritania's air force", "Ruritanian air defences".
_AIR_ARM_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:air\s+(?:force|defen[cs]es?)|(?:[\w-]+\s+){0,2}?defen[cs]e\s+systems?)\b", re.I
)
#: A state's air arm right before its country's name: "the air force of Ruritania".
_AIR_ARM_BEFORE = re.compile(r"\bair\s+(?:force|defen[cs]es?)\s+of\s+(?:the\s+)?$", re.I)


def _defender(art: Document, a: int, b: int, trig: int) -> Place | None:
    """The country whose air arm the sentence names ("Ruritania's air force said", "got through the air
    defences of Ruritania"), when no weapon of the raid is that country's own; else None."""
    for m in art.mentions_in(a, b):
        country = m.of("country") or m.of("demonym")
        actor = m.of("actor")
        if country is None and actor is not None and actor.sub == "force" and _AIR_ARM_AFTER.search(
            art.text, m.start, m.end
        ):
            name = actor.country  # "Ukraine's air force" read as one party
        elif country is not None and (
            _AIR_ARM_AFTER.match(art.text, m.end) or _AIR_ARM_BEFORE.search(art.text[max(a, m.start - 40) : m.start])
        ):
            name = country.name
        else:
            continue
        if name not in art.lexicon.countries:
            continue
        # the raider named as another state ("said Freedonia launched"), never the air arm's own side
        # ("said it launched 40 drones", "said Ruritanian drones struck"): its own raid is elsewhere
        sides = {_side(w) for w in art.mentions_in(a, b) if w is not m} - {None}
        if name in sides or not sides or _OWN_SIDE.search(art.text, m.end, trig):
            return None
        c = art.lexicon.countries[name]
        return Place(name, name, c.lat, c.lon, 1, m.start, m.end, "loc")
    return None


#: The agent phrase right after a passive interception's verb: "by Israeli air defences", "by the Jordanian
#: air force" (a few words, stopping before the next clause or preposition of place).
_STOPPER_BY = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+", re.I)


def _stopper_by(art: Document, trig: events.Trigger, lim: int) -> Place | None:
    """The home country of the stopper told as a passive interception's agent ("was shot down by Jordanian
    air defences"); None for a ship, or when no agent follows."""
    if not is_passive(art, trig.start):
        return None
    by = _STOPPER_BY.match(art.text, trig.end, lim)
    if by is None or _NAVAL_INTERCEPTOR.search(art.text, by.start(), by.end()):
        return None
    return _home_place(art, by.start(), by.end(), [])


def _stopped_short(art: Document, a: int, b: int, target: Place, agent: Place | None = None) -> Place | None:
    """ "Ruritania shot down drones heading for Freedonia": weapons stopped on their way to another
    country fell in the interceptor's own sky, a neighbour's on the route, not at the target. A country
    far away (its ships or jets fly abroad) or the target's own country leaves the target the scene.
    ``agent``: the stopper's home told after "by" in the passive, which names the stopper where the
    words before the verb tell the weapon ("drones fired toward Freedonia were downed by Ruritanian ...")."""
    if target.country is None or _NAVAL_INTERCEPTOR.search(art.text, a, b):
        return None
    home = agent or _home_place(art, a, b, [])
    if home is None or home.country in (None, target.country) or home.lat is None or home.lon is None:
        return None
    goal = art.lexicon.countries.get(target.country)
    if goal is None or goal.lat is None or goal.lon is None:
        return None
    far = distance_km(home, Place(goal.name, goal.name, goal.lat, goal.lon, 1, 0, 0, "loc"))
    return home if far <= _EN_ROUTE_REACH else None


#: A post of a nation's forces right after its demonym: "a Pakistani army post", "an Indian border outpost".
_POST_AFTER = re.compile(
    r"\s+(?:(?:army|military|border|police|security|paramilitary|frontier)\s+){0,2}"
    r"(?:posts?|outposts?|check-?posts?|checkpoints?|camps?|barracks|garrisons?|bases?|airfields?|air\s+bases?)\b",
    re.I,
)
#: ... told as what the event was aimed at: "on a", "against an", "attacked the".
_AIMED_AT_POST = re.compile(r"\b(?:on|against|at|attacked|stormed|targeted|targeting|hit)\s+(?:an?|the|two|three|several)\s+$", re.I)
#: ... or the event's own verb right before a bare plural: "had struck Ukrainian military airfields".
_STRUCK_BARE = re.compile(r"\b(?:struck|hit|targeted|attacked|bombed|shelled)\s+$", re.I)


def _owned_post(art: Document, a: int, b: int) -> Place | None:
    """The country whose forces' post the event in text[a:b] was aimed at ("an assault on a Pakistani army
    post"), a state near its own soil; None for a state an ocean away (its bases are abroad)."""
    for m in art.mentions_in(a, b):
        name = None if m.of("country") else _nation_of(m)
        if name is None or name not in art.lexicon.countries:
            continue
        aimed = _AIMED_AT_POST.search(art.text, max(a, m.start - 24), m.start) or (
            not art.text[a : m.start].strip() and _STRUCK_BARE.search(art.text, max(0, a - 12), m.start)
        )
        if _POST_AFTER.match(art.text, m.end) and aimed:
            c = art.lexicon.countries[name]
            return None if overseas(c) else Place(c.name, c.name, c.lat, c.lon, 1, m.start, m.end, "loc")
    return None


def _home_place(art: Document, a: int, b: int, weapons: list[Mention]) -> Place | None:
    """The country named as the subject before an interception ("Russia's defence ministry said ...");
    a nationality on a weapon that was ``lost`` is the attacker's, not it."""
    on_weapon = {art.token_index(w.start) for w in weapons}
    for m in art.mentions_in(a, b):
        if m.of("demonym") is not None and m.last in on_weapon:
            continue
        if art.words_before(m.start, 1) == ["from"]:
            continue  # "missiles from Iran were intercepted": where they came from, not the interceptor
        if _AIRCRAFT_AFTER.match(art.text, m.end):
            # "Italian F-35 fighters intercepted", "US fighter jets shot down": aircraft fly for their nation
            # far from home, however the nation is written
            continue
        name = _nation_of(m)
        if name and name in art.lexicon.countries:
            c = art.lexicon.countries[name]
            return Place(name, name, c.lat, c.lon, 1, m.start, m.end, "loc")
    return None


def _nation_of(m: Mention) -> str | None:
    """The country a mention names: by its name or adjective, or as its forces ("the Pakistani army")."""
    country = m.of("country") or m.of("demonym")
    actor = m.of("actor")
    return country.name if country else (actor.country if actor and actor.sub == "force" else None)


_CLASS_OF_EVENTS = re.compile(
    r"\b(?:retaliatory|reprisal|repeated|sporadic|occasional|periodic|frequent|ongoing|continued|continuing|"
    r"regular|further|more|increased|its|their)\s+(?:[\w-]+\s+)?$"
    # "spillover from Russia's strikes on Ukraine": a party's strikes, undated and uncounted
    r"|\w['’]s\s+(?:[\w-]+\s+)?$"
    # what a dispute or a fear is about: "ties strained over border clashes", "fears about attacks"
    r"|\b(?:over|about)\s+(?:[\w-]+\s+)?$"
    # those blamed for a kind of event: "the militias blamed for attacks on US forces"
    r"|\b(?:blamed|responsible|accused|known|notorious)\s+(?:for|of)\s+(?:[\w-]+\s+)?$",
    re.I,
)
#: Weapons that ruin what they hit, as the subject of "destroyed" (not an interception: nothing was flying).
_DESTROYERS = frozenset({"aircraft", "drone", "missile", "rocket", "shell"})
#: Between a verb and its object: a few words that are no preposition of means ("three Houthi", "a").
_OBJECT_GAP = re.compile(r"\s+(?:(?!(?:with|using|by|from|at|on)\b)[\w'’-]+\s+){0,3}", re.I)
#: Between a weapon and its verb: nothing, or "had", "have", "reportedly", "also".
#: (any adverb of manner too: "forces successfully destroyed", "jets swiftly struck")
_DOER_GAP = re.compile(r"\s+(?:(?:had|have|has|also|then|later|(?-i:[a-z]+ly))\s+){0,2}", re.I)
#: A party's word that it did the deed, right before the verb: "(the RSF) said it had (destroyed)".
_SAID_IT_GAP = re.compile(r"(?<=\s)(?:has\s+|had\s+)?(?:said|claimed)\s+(?:that\s+)?(?:it|they)" + _DOER_GAP.pattern + "$", re.I)
#: Between a state's name and its verb: its forces' noun, if any, and what may stand between a doer and its verb.
#: ... and the day told between them: "US forces on Thursday destroyed", "its jets early Sunday struck".
_FORCE_GAP = re.compile(
    r"(?:\s+(?:forces|troops|units|personnel|aircraft|warplanes|jets|warships))?"
    r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|yesterday"
    r"|today|last\s+night)(?:\s+(?:night|morning|afternoon|evening))?,?)?" + _DOER_GAP.pattern,
    re.I,
)
#: Between a passive verb and the weapon its "by" names: " by ", " by Ukrainian ", " by an armed " (plain words).
_BY_WEAPON = re.compile(r"\s+by\s+(?:(?:an?|the|its|their)\s+)?(?:(?!(?:at|in|on|near|of|and)\b)[\w-]+\s+){0,2}?", re.I)
#: Between a weapon and the airspace verb it is the subject of: a few plain words, no event noun.
_WEAPON_DID = re.compile(r"\s+(?:(?!strikes?\b|attacks?\b|barrages?\b|salvos?\b)[a-z]+\s+){0,2}", re.I)
#: ("in retaliation for rocket and drone attacks": the answered may be told with two weapons)
_ANSWERED = re.compile(
    rf"\b(?:{events.ANSWER_NOUN}|answer)\s+(?:for|to)\s+(?:(?:[\w-]+\s+)?[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


def answer_before(text: str, lo: int, trig_start: int) -> re.Match[str] | None:
    """The words that make the event word at ``trig_start`` the event answered ("in response to the
    strike"), right before it and after ``lo``."""
    return _ANSWERED.search(text, max(lo, trig_start - 60), trig_start)


_BARE_PLURAL_STEP = re.compile(r"\b(?:violations|incursions|closures|breaches)\b", re.I)
_AIRSPACE_AFTER = re.compile(r"(?:['’]s)?\s+airspaces?\b", re.I)


_ITS_AIRSPACE = re.compile(r"\bits\s+(?:[\w-]+\s+)?airspaces?\b", re.I)
_THEIR_AIRSPACE = re.compile(r"\btheir\s+(?:[\w-]+\s+)?airspaces?\b|\btheirs\b", re.I)
#: The possessive pronoun standing for an airspace told before it in the sentence: "... and Jordan shut theirs".
_THEIRS = re.compile(r"\btheirs\b", re.I)
_AIRSPACE_WORD = re.compile(r"\bairspaces?\b", re.I)
_LIST_TO_VERB = re.compile(r"\s*(?:(?:also|then|later|likewise|quickly|swiftly|promptly)\s+)?", re.I)
_COUNTRY_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+", re.I)


def _own_airspaces(art: Document, cl: events.Clause, trig: events.Trigger) -> list[Place]:
    """The countries listed as the subject of a step over "their airspace", each the owner of its own."""
    if not _THEIR_AIRSPACE.search(trig.word):
        return []
    out: list[Place] = []
    prev: Mention | None = None
    for m in art.mentions_in(cl.start, trig.start):
        country = m.of("country")
        c = art.lexicon.countries.get(country.name) if country is not None else None
        if c is None:
            continue
        if prev is not None and not _COUNTRY_LIST_GAP.fullmatch(art.text, prev.end, m.start):
            out = []  # only one list, the one right before the verb
        out.append(country_place(c, m.start, m.end))
        prev = m
    # (an adverb may stand between the list and its verb: "Iraq and Jordan also shut theirs")
    return out if prev is not None and _LIST_TO_VERB.fullmatch(art.text, prev.end, trig.start) else []


def _airspace_owner(art: Document, trig: events.Trigger) -> Place | None:
    """The country whose name or adjective stands right before "airspace" in the event's words."""
    for m in art.mentions_in(max(0, trig.start - 30), trig.end):
        country = m.of("country") or m.of("demonym")
        if country is None or not _AIRSPACE_AFTER.match(art.text, m.end):
            continue
        c = art.lexicon.countries.get(country.name)
        if c is not None:
            return country_place(c, m.start, m.end)
    return None


_COPULA_REF = re.compile(
    r"(?:^|[\"“‘'(]\s*|[.;:]\s+)(?:it|this|that)\s+(?:was|is|marks|marked)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}$",
    re.I,
)
#: "drones and missiles", "479 drones and 20 cruise missiles", "112 drones, as well as 13 missiles": the second
#: weapon may carry its count.
_JOINED = re.compile(
    rf"\s*(?:,|(?:,\s*)?(?:and|or|as\s+well\s+as|along\s+with|together\s+with|plus))\s*"
    # the same salvo told by a second verb of the same doer: "launched 300 drones and fired 40 missiles"
    r"(?:(?:also\s+)?(?:fired|launched|sent|used)\s+)?"
    # its count, told as a number or a quantity word: "and a ballistic missile", "and several cruise missiles",
    # also qualified: "and nearly 50 missiles", "and more than 40 cruise missiles"
    rf"(?:(?:(?:{QUALIFIER}\s+)?{NUMBER}|an?|several|some|multiple|numerous|a\s+number\s+of|a\s+few|dozens\s+of)\s+(?:[\w-]+\s+)?)?$",
    re.I,
)


#: A platform named as the maker of the weapon after it ("a drone-fired missile", "jet-launched missiles",
#: "a drone missile"),
#: or as the agent of the strike word ("a missile strike by a US drone").
_FIRED_COMPOUND = re.compile(r"-(?:fired|launched)\s+(?:[\w'’-]+\s+){0,2}|[ -]", re.I)
_STRIKE_BY = re.compile(r"\s+by\s+(?:an?\s+|the\s+)?(?:[\w'’.-]+\s+){0,3}", re.I)


def _platform_of(art: Document, weapon: Mention, trig: events.Trigger, weapons: list[Mention]) -> Mention | None:
    """The drone or aircraft that fired ``weapon`` (a missile or rocket), as its clause names it."""
    text = art.text
    for w in weapons:
        if w.of("weapon").sub not in ("drone", "aircraft"):  # type: ignore[union-attr]
            continue
        if w.end <= weapon.start and _FIRED_COMPOUND.fullmatch(text, w.end, weapon.start):
            return w
        if weapon.end <= trig.start < trig.end <= w.start and _STRIKE_BY.fullmatch(text, trig.end, w.start):
            return w
    return None


def _fired_by_platform(art: Document, weapon: Mention) -> bool:
    """ "The missile", named for the first time after a drone or an aircraft: the weapon that platform fired."""
    sub = weapon.of("weapon").sub  # type: ignore[union-attr]
    return (
        # (a named kind, "the ballistic missile", is fired from the ground whatever flew before it)
        weapon.of("weapon").name in ("missile", "rocket")  # type: ignore[union-attr]
        and art.words_before(weapon.start, 1)[-1:] == ["the"]
        and _last_weapon_class(art, weapon.start) in ("drone", "aircraft")
        and not any((w := m.of("weapon")) is not None and w.sub == sub for m in art.mentions_in(0, weapon.start))
    )


def _mixed_salvo(art: Document, weapon: Mention, weapons: list[Mention]) -> bool:
    """Missiles listed with the drones ("missiles and drones", "a drone and missile attack")."""
    for w in weapons:
        if w is weapon or w.of("weapon").sub != "missile":  # type: ignore[union-attr]
            continue
        a, b = (w, weapon) if w.start < weapon.start else (weapon, w)
        if b.start - a.end <= 32 and _JOINED.match(art.text[a.end : b.start]):
            return True
    return False


def _weapon_role(art: Document, t: events.Trigger, weapon_starts: set[int]) -> bool:
    """ "land-attack cruise missiles", "ground-attack jets": an event word joined by a hyphen to the word
    before it, right before a weapon's name, names the weapon's role, not an event of the clause."""
    if t.start == 0 or art.text[t.start - 1] != "-" or not t.word.isalpha():
        return False
    j = art.token_index(t.end)
    return j < len(art.tokens) and art.tokens[j].start in weapon_starts and art.text[t.end : art.tokens[j].start].isspace()


def _adjectival(art: Document, t: events.Trigger, weapon_starts: set[int]) -> bool:
    """ "debris from a downed drone", "fragments of intercepted missiles": the event word only describes the weapon;
    "shrapnel from an interception": only where the debris came from."""
    if t.kind == "intercept" and t.word.lower().startswith("interception"):
        return _DEBRIS_OF.search(art.text, max(0, t.start - 60), t.start) is not None
    if t.kind != "intercept" or not t.word.startswith(("downed", "intercepted")):
        return False
    i = art.token_index(t.start)
    if i > 1 and art.tokens[i - 1].norm in ("of", "from") and _DEBRIS_WORD.search(art.text, art.tokens[max(0, i - 4)].start, t.start):
        return True  # "debris from downed enemy targets": where the debris came from, whatever it was
    return (
        i > 0
        and art.tokens[i - 1].norm
        in ("a", "an", "the", "of", "from", "some", "several")  # "fragments of intercepted missiles"
        and art.token_index(t.end) < len(art.tokens)
        and (art.tokens[art.token_index(t.end)].start in weapon_starts)
    )


def _last_strike_type(art: Document, s_idx: int, trig: events.Trigger) -> str | None:
    """The type of the strike last named by its noun ("strikes", "an air strike") in the sentence before
    ``trig`` or in its own sentence before it; None when there is none."""
    lo = art.sentences[max(0, s_idx - 1)].start
    for t in reversed(art.triggers_in(lo, trig.start)):
        if t.kind in ("strike", "airstrike") and t.word.split()[-1] in events.NOUNS:
            s = art.sentences[art.sentence_index(t.start)]
            return _type_of(t, None, art.text, events.Clause(s.start, s.end, (t,)))
    return None


def _last_weapon_class(art: Document, pos: int) -> str | None:
    """The class of the weapon last named before ``pos`` (within about two sentences); a weapon's name that
    qualifies a site ("missile factories", "drone depots") names no weapon used, and a headline sums up the
    story (often the other side's reply) rather than telling what the body's next sentences go on with."""
    lo = max(0, pos - 400)
    for s_idx in range(min(3, len(art.sentences))):
        s = art.sentences[s_idx]
        if s.end > lo and s.start < pos and is_headline(art, s_idx) and art.sentence_index(pos) != s_idx:
            lo = max(lo, s.end)
    for m in reversed(art.mentions_in(lo, pos)):
        w = m.of("weapon")
        if (
            w is not None
            and w.sub != "projectile"
            and not _weapon_taken(art, m, 0, len(art.text))
            and not _WEAPON_AS_MODIFIER.match(art.text, m.end)
        ):
            return w.sub
    return None


def _fired_beside(art: Document, s_idx: int, named: list[Mention], trig: events.Trigger) -> str | None:
    """The one class of ground-launched weapon (missile, rocket, shell) the state doing the strike fires in
    the sentence before or after it, with no aircraft or drone there; None when there is none or several."""
    doer = next(
        (
            (m.of("country") or m.of("demonym")).name  # type: ignore[union-attr]
            for m in named
            if (m.of("country") or m.of("demonym")) is not None
            and m.end <= trig.start
            and _STATE_GAP.fullmatch(art.text, m.end, trig.start)
        ),
        None,
    )
    s = art.sentences[s_idx]
    if doer is None or any(m.of("weapon") is not None for m in art.mentions_in(s.start, s.end)):
        return None
    for j in (s_idx + 1, s_idx - 1):
        if not 0 <= j < len(art.sentences):
            continue
        sj = art.sentences[j]
        ments = art.mentions_in(sj.start, sj.end)
        classes = {w.sub for m in ments if (w := m.of("weapon")) is not None and w.sub != "projectile"}
        arms = [m for m in ments if m.of("weapon") is not None]
        if classes == {"missile", "drone"} and any(
            _mixed_salvo(art, m, arms) for m in arms if m.of("weapon").sub == "drone"  # type: ignore[union-attr]
        ):
            # "fired 40 missiles and 300 drones": a mixed salvo is a missile attack (GUIDE); "a drone launched
            # a missile" is a platform and its weapon, a strike from the air
            classes = {"missile"}
        if len(classes) != 1 or not classes <= {"missile", "rocket", "shell"}:
            continue
        first_weapon = min(m.start for m in ments if m.of("weapon") is not None)
        own = [
            m
            for m in ments
            if (m.of("country") or m.of("demonym")) is not None
            and (m.of("country") or m.of("demonym")).name == doer  # type: ignore[union-attr]
            and m.end <= first_weapon
        ]
        fired = _FIRED.search(art.text, sj.start, sj.end)
        if own and fired and _fired_by(art, ments, own[-1], fired.start(), doer):
            return classes.pop()
    return None


_FIRED = re.compile(r"\b(?:fired|launched|fires|launches|firing|launching)\b", re.I)

#: A condition or a thing yet to come between a party and a fire verb: "warned that X would be hit if Y
#: kept firing rockets" tells no fire of the party's.
_CONDITION = re.compile(r"\b(?:if|unless|until|should|would|could|will)\b", re.I)


def _fired_by(art: Document, ments: list[Mention], own: Mention, verb: int, doer: str) -> bool:
    """The fire verb at ``verb`` is the doer's own, told after its mention ``own``: no condition opens
    between them, and no other party is named there ("Israel's minister warned ... if Hezbollah kept
    firing rockets": Hezbollah's rockets, under a condition, type nothing of Israel's)."""
    if verb < own.end:
        return True  # (the verb before the mention: the sentence's own order, read as before)
    if _CONDITION.search(art.text, own.end, verb):
        return False
    for m in ments:
        if own.end <= m.start and m.end <= verb:
            party = m.of("actor") or m.of("country") or m.of("demonym")
            if party is not None and party.name != doer:
                return False
    return True


def _told_weapon_class(art: Document, pos: int) -> str | None:
    """The class of every weapon the article names before ``pos``, when they are all of one class; missiles
    when the drones it names were sent with missiles ("fired missiles and drones": GUIDE, a mixed salvo is a
    missile attack)."""
    told = [m for m in art.mentions_in(0, pos) if (w := m.of("weapon")) is not None and w.sub != "projectile"]
    classes = {m.of("weapon").sub for m in told}  # type: ignore[union-attr]
    if classes == {"missile", "drone"} and any(
        _mixed_salvo(art, m, told) for m in told if m.of("weapon").sub == "drone"  # type: ignore[union-attr]
    ):
        return "missile"
    return classes.pop() if len(classes) == 1 else None


def _main_trigger(kinds: dict[str, events.Trigger], weapons: list[Mention]) -> events.Trigger | None:
    clash = kinds.get("clash")
    if (
        clash is not None
        and all(clash.start < kinds[k].start for k in ("airstrike", "shell") if k in kinds)
        and not any(k in kinds for k in ("intercept", "threat", "destroy"))
    ):
        return clash  # "X and Y clashed near Z, with air strikes reported": the fight, its means after
    for k in ("intercept", "destroy", "threat", "airstrike", "shell", "clash", "airspace", "seize"):
        if k in kinds:
            return kinds[k]
    if weapons:
        if "crash" in kinds and "launch" in kinds and all(m.of("weapon").sub == "projectile" for m in weapons):  # type: ignore[union-attr]
            # "a projectile fired from Lebanon fell near X": a weapon of untold kind is typed by its fall, not by
            # its firing (which names no kind of attack)
            return kinds["crash"]
        for k in ("strike", "launch", "explode", "crash"):
            if k in kinds:
                return kinds[k]
    for k in ("explode", "strike", "launch", "harm", "incident"):
        if k in kinds:
            return kinds[k]
    return None


def _nearest(weapons: list[Mention], trig: events.Trigger) -> Mention | None:
    if not weapons:
        return None
    return min(
        weapons,
        key=lambda m: (
            min(abs(m.start - trig.end), abs(trig.start - m.end)) + (0 if m.start >= trig.start else 5)
        ),
    )


#: Projectiles named as such (not debris, shrapnel or an interceptor, which the lexicon files as projectiles too).
_PROJECTILE_WORD = re.compile(r"projectiles?", re.I)
#: Where a launch went or came from: "fired toward the north", "launched from across the border".
_LAUNCH_PATH = re.compile(r"\b(?:at|toward|towards|into|against|across|from)\s", re.I)
#: Crowd control, where projectiles are stones, tear gas or rubber bullets: "police fired projectiles at protesters".
_CROWD_CONTROL = re.compile(r"\b(?:police|protesters|demonstrators|crowds?|mobs?|rioters|tear\s+gas)\b", re.I)


def _fired_projectiles(
    text: str, trig: events.Trigger, cl: events.Clause, weapon: Mention | None, wclass: str | None
) -> bool:
    """ "About 40 projectiles were fired from the north toward the coast": projectiles launched on a path are a
    barrage of untold weapon (GUIDE: a mixed salvo is a missile attack; the scorer counts rockets alike), as a
    ship struck by one is; a launch of named rockets or missiles is typed by them already."""
    return (
        trig.kind == "launch"
        and wclass == "projectile"
        and weapon is not None
        and bool(_PROJECTILE_WORD.fullmatch(text, weapon.start, weapon.end))
        and bool(_LAUNCH_PATH.search(text, trig.end, cl.end))
        and not _CROWD_CONTROL.search(text, cl.start, cl.end)
    )


def _type_of(
    trig: events.Trigger,
    wclass: str | None,
    text: str,
    cl: events.Clause,
    armed: bool = False,
    states_only: bool = False,
    party_before: bool = False,
    by_hand: bool = False,
) -> str | None:
    """The incident type of an event word; ``armed``: the clause names an armed group or force (``states_only``:
    only states, whose attack with untold means may come from the air as well as on the ground;
    ``by_hand``: neither a weapon nor a state is named near the attack word)."""
    k, w = trig.kind, trig.word
    if k in ("intercept", "destroy"):
        return "interception"
    if k == "threat":
        return "threat_statement"
    if k == "airstrike":
        if wclass in ("shell", "rocket") and w.startswith("bombard"):
            return CLASS_TYPE[wclass]  # "an artillery bombardment": the word names no means, its weapon does
        return CLASS_TYPE.get(wclass or "", "air_strike") if wclass in ("drone", "missile") else "air_strike"
    if k == "shell":
        return "shelling"
    if k == "airspace":
        return "other"  # closing, reopening or violating airspace
    if k == "harm":
        # "three soldiers were killed near Gao on Sunday by a roadside bomb": the agent after "by" is read past
        # the scene and day told between it and the verb, as when it follows the verb
        return _harm_type(_past_the_scene(text, trig, cl.end), wclass, text, cl, party_before)
    if k == "incident":
        # "in a separate incident, a hospital was damaged and one person hurt": an event of untold kind
        if wclass and wclass != "projectile":
            return CLASS_TYPE[wclass]
        # ... and "a report of an incident 70 nautical miles northwest of X": a maritime notice's event at sea
        if _TOLL.search(text, cl.start, cl.end) or _DAMAGE.search(text, cl.start, cl.end) or AT_SEA_AFTER.match(text, trig.end):
            return "other"
        return None
    # Sliced and searched only for the kinds whose type depends on the clause's wording.
    clause_text = text[cl.start : cl.end]
    # "Russia attacked the port overnight, killing three": the harm the participle after the clause tells
    # was done by the attack, so it was one made with arms (a state that "attacked the decision" harms no one)
    military = bool(
        MILITARY.search(clause_text)
        # "pagers exploded across the country, killing nine": a blast that took lives is no figure of speech
        # ("prices exploded", "the crowd exploded in anger" harm no one)
        or (k == "explode" and events.HARM_AFTER.match(text, cl.end))
        or (
            k == "strike"
            and (
                # (a bare "hit" that took lives is as often a road accident: "a bus was hit, killing four")
                (events.HARM_AFTER.match(text, cl.end) and (armed or _HIT_WORD.match(w) is None))
                # (an armed group or a state's doing: "fans attacked a bus" is a brawl)
                or (armed and _HARM_BEFORE_WHEN.search(text, max(0, trig.start - 90), trig.start))
            )
        )
    )
    if k == "clash":
        # clashing parties that are armed groups or forces ("M23 clashed with FARDC") fight; gunfire
        # ("exchanged fire", "a gun battle") is fighting whoever the parties are
        if _TOPIC.match(text, trig.end):
            return None  # "clashed over the budget": a quarrel
        return "armed_clash" if military or armed or _GUNFIRE.search(w) else None
    if k == "crash":
        if wclass in ("shell", "rocket"):
            return CLASS_TYPE[wclass]  # mortars and rockets that land were fired at something
        if wclass in ("drone", "missile") and (
            (w.startswith("crash") and _INTO.match(text, trig.end)) or _HARM.search(clause_text)
            # ... or told raining on a place: a barrage sent there, not one gone astray ("drones rained down on Odesa")
            or w.startswith("rain")
            # ... or told in the participle after the clause: "a missile landed near the airport, wounding six"
            or events.HARM_AFTER.match(text, cl.end)
        ):
            return CLASS_TYPE[wclass]  # "a drone crashed into an apartment block, injuring seven"
        if wclass in ("bomb", "aircraft") and _BOMB_FELL.search(text, max(cl.start, trig.start - 30), trig.start):
            return "air_strike"  # "bombs fell on a camp", "a glide bomb fell on a house": dropped from the air
        if wclass == "aircraft" and w.startswith("land"):
            return None  # "a helicopter carrying the wounded landed at the hospital": a landing
        if wclass is None and (_DEBRIS_WORD.search(w) or _DEBRIS.search(text, max(cl.start, trig.start - 50), trig.start)):
            return "crash"  # "debris fell on a house", "falling debris damaged cars": whatever it came from
        if wclass in ("projectile", "missile") and _NEAR_SHIP.search(text, trig.end, cl.end):
            # "a projectile fell into the sea near a vessel": the ship it came down beside is its stated target
            # (GUIDE: a crash is a fall with no stated target), the missile attack maritime agencies report
            return "missile_attack"
        return "crash" if wclass else None
    if wclass and wclass != "projectile":
        return CLASS_TYPE[wclass]
    if wclass == "projectile" and k == "strike" and _VESSEL.search(text, cl.start, cl.end):
        # "a bulk carrier was struck by a projectile": a ship hit by a weapon of untold kind suffered the
        # missile attack maritime agencies report, as one that fell beside a ship did (above); no aircraft
        # is told, so it is no strike from the air
        return "missile_attack"
    if k == "explode":
        if w == "exploded" and not military:
            return None
        return "explosion"
    if by_hand and _ASSAULT_WORD.match(w) and _TOLL.search(clause_text) and not _VESSEL.search(clause_text):
        # "villagers were killed in an attack on a mosque": an attack that took lives, with no weapon
        # named near it nor a state as its doer, is armed men on the ground (a state's may come from the air)
        return "armed_clash"
    if _SINK.match(w) and not _VESSEL.search(clause_text):
        return None  # "the ruble sank", "hopes sank": only a vessel sunk is an attack on it
    if _RAID_NOUN.match(w) and _INFRASTRUCTURE.search(text, trig.end, cl.end) and not _RAIDERS.search(clause_text):
        # "another raid targeted the power plant": a raid on works no one lives or fights in, by no troops or
        # police, came from the air (GUIDE: raids by aircraft on a target); a raid on a house is a ground raid
        return "air_strike"
    # "Israel's strikes on Iran": a strike by or on a state is military enough.
    hit_noun = _hit_as_noun(text, trig) or hit_bare_passive(text, cl.start, cl.end, trig)
    if not military and k != "launch" and not _STRIKE_WORD.search(w) and not hit_noun and not (
        # "Israel hit a hospital in X": a state that hits a building hits it with arms ("Israel hit a record",
        # "hit back at critics": no building hit)
        states_only
        and armed
        and (
            (_HIT_WORD.match(w) and _BUILDING_HIT.match(text, trig.end, cl.end))
            # ... and so is one it "attacked" ("Zedland says it attacked two radio buildings in Y"), the
            # building told as the whole object ("attacked the school budget", "attacked plans to build
            # homes": words, no building)
            or (_ATTACK_VERB.match(w) and _BUILDING_ATTACKED.match(text, trig.end, cl.end))
        )
    ) and not (
        # "the RSF attacked the outskirts of El Obeid": an armed group's attack on the ground round a town is
        # force, as one on a building is ("Hamas attacked the decision" names no ground)
        armed
        and not states_only
        and _ASSAULT_WORD.match(w)
        and (_GROUND_ATTACKED.match(text, trig.end, cl.end) or _BUILDING_ATTACKED.match(text, trig.end, cl.end))
    ) and not (
        # ... as is a site its doer ruined ("the RSF destroyed a bridge": _event_words made the ruin a strike)
        armed and not states_only and k == "strike" and _RUIN_WORD.match(w)
    ):
        return None
    if k == "launch":
        if _SHOT_VOLLEY.search(clause_text):
            return "armed_clash"  # "fired a volley of shots at the guards": gunfire, not a salvo of missiles
        if _VOLLEY.search(clause_text):
            return "missile_attack"
        # "fired live ammunition at protesters", "gunmen fired at a patrol": shooting on the ground
        if _GUNSHOT.match(text, trig.end, cl.end) or (
            _AT_TARGET.match(text, trig.end, cl.end)
            and _GROUND_FIGHTERS.search(text, max(cl.start, trig.start - 50), trig.start)
        ):
            return "armed_clash"
        return None
    if (
        by_hand
        and _BOMBARD_WORD.match(w)
        and not _VESSEL.search(clause_text)
        and _IRREGULARS_DID.search(text, max(cl.start, trig.start - 40), trig.start)
    ):
        # "gunmen struck a checkpoint", "militants bombed a school": armed men with no aircraft, and no weapon
        # named, strike on the ground (GUIDE: air_strike is raids by aircraft or armed drones); a bombing
        # of theirs is a bomb going off (GUIDE: explosion)
        return "explosion" if w.startswith("bomb") else "armed_clash"
    if _GUNNED.match(w) and not _VESSEL.search(clause_text):
        return "armed_clash"  # "gunmen shot dead six farmers", "a trader was gunned down": a shooting (GUIDE)
    if _BOMBARD_WORD.match(w) or hit_noun:
        # ("a direct hit on a block of flats killed six": a hit is a blow from afar, as a strike is, never
        # armed men on the ground)
        return "air_strike"
    if _ASSAULT_WORD.match(w) and repelled_before(text, cl.start, trig.start):
        return "armed_clash"  # "the army repelled an attack on its post": a battle was fought
    if w.startswith("raid") and _GROUND_FIGHTERS.search(clause_text):
        return "armed_clash"  # troops raiding a town and killing gunmen: a battle
    many = _many_attacks(w)
    vessel = bool(_VESSEL.search(clause_text))  # a ship attacked is no ground fight, whoever attacked it
    if not many and not vessel and _MILITARY_TARGET.match(text, trig.end, cl.end) and (
        _STORM_WORD.match(w)
        or _GROUND_FIGHTERS.search(text, max(cl.start, trig.start - 50), trig.start)
    ):
        return "armed_clash"  # fighters attacking a base or convoy: a battle
    # ... and so is a site a party "destroyed", its means untold (_event_words made the ruin a strike)
    if (_ASSAULT_WORD.match(w) or (k == "strike" and _RUIN_WORD.match(w))) and not many and not vessel and (
        (armed and not states_only)
        or _GROUND_FORCE.match(text, trig.end, cl.end)
        or _GROUND_FORCE_BEFORE.search(text, max(cl.start, trig.start - 40), trig.start)
        or _IRREGULARS_LAUNCHED.search(text, max(cl.start, trig.start - 60), trig.start)
    ):
        return "armed_clash"  # a weaponless attack by or on ground forces: fighting on the ground
    return "other"


#: Harm told before the clause of the attack that did it: "four soldiers were killed when rebels attacked X"
#: (the attack's subject, up to four words, between "when" and the verb); after it, events.HARM_AFTER.
_HARM_BEFORE_WHEN = re.compile(
    r"\b(?:killed|wounded|injured|died|dead|hurt|martyred)\s+(?:[\w'’-]+\s+){0,3}?(?:when|as)\s+(?:[\w'’-]+\s+){1,4}?$",
    re.I,
)


#: Fire from guns told in the clause: "opened fire", "gunfire", "shot", "small arms".
_SHOTS = re.compile(r"\b(?:gun\w*|fire|firing|fired|shot|shooting|small[\s-]+arms|rifles?|bullets?)\b", re.I)


def _many_attacks(word: str) -> bool:
    """ "carried out attacks on army posts": a plural names attacks, not a fight; with no weapon named
    their means are untold ("other", as the GUIDE types an attack of unstated means), whoever made them."""
    return word == "attacks"


#: What can be hijacked or seized as an event: a conveyance or a building taken with the people in it
#: (not power, territory, weapons or assets).
_SEIZABLE = re.compile(
    rf"\b(?:{ship_nouns.alternation(ship_nouns.SHIPS, 's?')}|trains?|planes?|aircraft|airliners?|jets?|flights?|"
    r"buses|bus|hotels?|embassy)\b",
    re.I,
)
_BOARDERS = re.compile(r"\b(?:military|armed|troops|soldiers|commandos|militants|gunmen|pirates|forces|personnel|rebels|fighters)\b", re.I)
#: Fighting, hostages or an operation to end it, told with a seizure: it was fought out, not only boarded.
_FOUGHT = re.compile(
    r"\b(?:gunfire|gunfight|gun\s+battle|shootout|clash\w*|fighting|fought|shot|shooting|opened\s+fire|hostages?|operation)\b",
    re.I,
)


#: Ground that can be taken in fighting, as what a capture verb took ("seized the town of X", "seized
#: control of the border crossing", "recaptured the airport").
_GROUND_NOUN = (
    r"(?:towns?|cit(?:y|ies)|villages?|settlements?|hamlets?|areas?|districts?|provinces?|regions?|territor(?:y|ies)|"
    r"camps?|bases?|air\s*bases?|airports?|strongholds?|positions?|hills?|heights|crossings?|outposts?|garrisons?|"
    r"headquarters|capital|ports?|(?:oil|gas|gold)\s*fields?|mines?|bridges?|neighbou?rhoods?|suburbs?|localit(?:y|ies)|"
    r"coast(?:line)?|border\s+posts?|checkpoints?|barracks|junctions?|highways?|stretch)"
)
_TAKEN_AFTER = re.compile(
    # (no preposition but "of" on the way: "captured three fighters in the town" took people; a spot told
    # before, "these areas", is the event told; "vast areas", "swathes of territory" are a campaign's gains)
    r"\s+(?!(?:these|those|this|that|vast|large|huge|wide|much|most|swathes?|parts?|areas|territor(?:y|ies)|"
    r"(?:a|one|two)\s+(?:third|half|quarter))\b)"
    r"(?:(?!(?:in|at|near|on|from|with|to|by|for|and|or|after|before|during|as|into|onto)\b)[\w'’-]+\s+){0,5}?"
    rf"(?!areas\b|territor(?:y|ies)\b){_GROUND_NOUN}\b",
    re.I,
)
#: The auxiliary of a passive, with an adverb: "was reportedly", "had been".
_BE_PASSIVE = r"(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?)?"
#: ... or its passive subject: "Zamzam camp was seized by the RSF", "the town had been recaptured".
_TAKEN_BEFORE = re.compile(
    rf"\b{_GROUND_NOUN}\s+(?:[\w'’-]+\s+){{0,2}}?{_BE_PASSIVE}$", re.I
)
#: ... with a phrase set off by commas between: "Zamzam camp, once home to thousands, was seized by the RSF".
_APART = r"\s*,[^,.;]{1,80},\s*"
_TAKEN_BEFORE_APART = re.compile(rf"\b{_GROUND_NOUN}{_APART}{_BE_PASSIVE}$", re.I)
_PASSIVE_GAP_APART = re.compile(rf"{_APART}{_BE_PASSIVE}", re.I)
#: ... or a named place right after it: "captured Goma", "retook the city of Kherson".
_TAKEN_GAP = re.compile(
    r"\s+(?:(?:the|of|town|city|village|district|province|region|area|camp|base|airport|capital)\s+)*$", re.I
)
_PASSIVE_GAP = re.compile(
    rf"\s+(?:[\w'’-]+\s+){{0,2}}?{_BE_PASSIVE}", re.I
)
#: Who takes ground by force: armed forces or fighters (a body that "took control of the talks" does not).
_TAKERS = re.compile(
    r"\b(?:military|army|armed|troops|soldiers|forces|militants|gunmen|rebels|fighters|insurgents|jihadists|militias?|"
    r"militiamen|paramilitar\w*|separatists?|guerrillas?|terrorists|bandits|units?|brigades?|battalions?)\b",
    re.I,
)


#: Control taken ("took control of", "the takeover of"): a capture or the receiving side of a handover.
_CONTROL_TAKEN = re.compile(r"(?:took|take|taken|taking|takes)\s|takeover", re.I)
#: Non-state fighters as the takers (a state's forces taking control is as often a handover).
_IRREGULARS = re.compile(rf"\b(?:{_ARMED_MEN}|militia|rebel|separatists|guerrillas)\b", re.I)
#: ... and the words of a handover or a withdrawal told with it ("took control after the army withdrew").
_HANDED = re.compile(
    r"\b(?:withdr[ae]w\w*|handed|handover|hand-over|handing|transfer\w*|pull(?:ed|ing)?\s+out|pullout|left|"
    r"vacat\w*|evacuat\w*|retreat\w*|agreement|deal)\b",
    re.I,
)
#: ... and a capture still sought: "efforts to finish the takeover of X", "seeking to take control of X".
_TAKING_SOUGHT = re.compile(
    r"\b(?:efforts?|attempts?|bids?|drive|push|seek(?:s|ing)?|sought|tr(?:y|ies|ied|ying)|aim(?:s|ed|ing)?|"
    r"plan(?:s|ned|ning)?|want(?:s|ed)?|hop(?:e|es|ed|ing))\s+to\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


def _control_seized(art: Document, cl: events.Clause, trig: events.Trigger) -> bool:
    """Control taken by force: an armed group (named, or fighters, rebels ...) in the sentence, a day,
    month or year told in the clause, no handover or withdrawal in the sentence, no effort or aim to take
    it ("efforts to finish the takeover of X"), and not a relative clause that says what a party is
    ("the group, which took control of X in 2014")."""
    sentence = art.sentences[art.sentence_index(trig.start)]
    text = art.text
    return (
        not events.RELATIVE_OPEN.match(text, cl.start, cl.end)
        and bool(art.event_dates_in(cl.start, cl.end))
        and not _HANDED.search(text, sentence.start, sentence.end)
        and not _TAKING_SOUGHT.search(text, max(cl.start, trig.start - 50), trig.start)
        and (
            bool(_IRREGULARS.search(text, sentence.start, sentence.end))
            or any(_armed_group(m) for m in art.mentions_in(sentence.start, sentence.end))
        )
    )


def _ground_taken(art: Document, cl: events.Clause, trig: events.Trigger) -> bool:
    """A capture verb whose object is ground (a town, a named place, a camp, a crossing) taken by armed
    forces or fighters: "rebels seized the town of X", "X was recaptured by the army"."""
    text = art.text
    if trig.word.startswith(("board", "hijack", "commandeer")) or _KIDNAP.match(trig.word):
        return False
    if _CONTROL_TAKEN.match(trig.word) and not _control_seized(art, cl, trig):
        return False
    hi = min(cl.end, trig.end + 80)
    after = _TAKEN_AFTER.match(text, trig.end, hi) is not None or any(
        m.of("place") is not None and _TAKEN_GAP.fullmatch(text, trig.end, m.start)
        for m in art.mentions_in(trig.end, hi)
    )
    if trig.word.startswith("fell"):
        # what fell is the subject before the verb: "the city of Goma fell to the rebels", "Kherson fell to ..."
        after = False
        passive = True
    else:
        passive = not after and is_passive(art, trig.start)
    before = passive and (
        _TAKEN_BEFORE.search(text, max(cl.start, trig.start - 60), trig.start) is not None
        or any(
            m.of("place") is not None and _PASSIVE_GAP.fullmatch(text, m.end, trig.start)
            for m in art.mentions_in(max(cl.start, trig.start - 60), trig.start)
        )
        # (the ground named before an apposition: "Zamzam camp, once home to thousands, was seized",
        # "Kidal, the main town of the north, was retaken")
        or _TAKEN_BEFORE_APART.search(text, max(cl.start, trig.start - 140), trig.start) is not None
        or any(
            m.of("place") is not None and _PASSIVE_GAP_APART.fullmatch(text, m.end, trig.start)
            for m in art.mentions_in(max(cl.start, trig.start - 140), trig.start)
        )
    )
    if not (after or before):
        return False
    sentence = art.sentences[art.sentence_index(trig.start)]
    lo, hi2 = sentence.start, sentence.end
    return bool(_TAKERS.search(text, lo, hi2)) or any(_armed_group(m) for m in art.mentions_in(lo, hi2))


#: Going in by force: a raid or a storming (not an assault, an ambush or an overrun, which are fighting).
_ENTRY_WORD = re.compile(r"(?:raid|storm|.*operation)", re.I)
#: What a raid without a fight ends in: arrests and detentions ("arresting ten", "took five into custody"),
#: or what the search took or found ("seizing rockets", "confiscated weapons", "found explosives").
_ARRESTS = re.compile(
    r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detentions?|(?:in|into)\s+custody|round(?:ed|ing)?\s+up|"
    r"seiz(?:ed|ing)|confiscat(?:ed|ing)|impound(?:ed|ing)|recover(?:ed|ing)|found|discover(?:ed|ing))\b",
    re.I,
)
#: An unarmed crowd as the doer: "protesters stormed the embassy", "a mob raided the offices".
#: (The crowd heads its noun phrase: "supporters of the militia stormed ...", "a crowd of angry men raided ...":
#: the words after "of" name whom the crowd backs or is made of, not who did it.)
_CROWD_BEFORE = re.compile(
    r"\b(?:protesters|demonstrators|crowds?|mobs?|rioters|supporters|students|residents|worshippers)\s+"
    r"(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:had|have|has|also|then|reportedly|briefly)\s+)?$",
    re.I,
)
#: Fire, a fight or a toll told with the raid: it was met with fire.
_MET_WITH_FIRE = re.compile(
    r"\b(?:gunfire|gunfights?|gun\s+battles?|shootouts?|clash\w*|fighting|fought|shot|shooting|opened\s+fire|exchange\w*\s+(?:of\s+)?fire|"
    r"fire\s*fights?|firing|fired|explosions?|blasts?|resist\w*)\b",
    re.I,
)


def _unopposed_entry(art: Document, s_idx: int, cl: events.Clause, trig: events.Trigger) -> bool:
    """A raid or a storming met with no fire, no fight and no toll in its sentence, that ended in arrests
    or was made by an unarmed crowd: not a fight on the ground."""
    if not _ENTRY_WORD.match(trig.word):
        return False
    text = art.text
    s = art.sentences[s_idx]
    if _TOLL.search(text, s.start, s.end) or _MET_WITH_FIRE.search(text, s.start, s.end):
        return False
    return bool(
        _ARRESTS.search(text, s.start, s.end)
        or _CROWD_BEFORE.search(text, max(cl.start, trig.start - 40), trig.start)
        # "police stormed the compound", "security forces raided the offices of the channel": going in by
        # force with no fire told is a fight only when armed men, who come to fight, made it
        or (
            not trig.word.endswith("operation")
            # (the doers may head the sentence: "fighters attacked the base, ... before storming the compound")
            and not _FIGHTERS_IN.search(text, s.start, trig.start)
            and not any(_armed_group(m) for m in art.mentions_in(s.start, trig.start))
            # ... or its agent after "by": "the post was stormed by gunmen"
            and not (is_passive(art, trig.start) and _BY_FIGHTERS.match(text, trig.end, cl.end))
        )
    )


#: Armed men who come to fight as the doers of a raid: "militants stormed the hotel", "gunmen raided the village".
#: (armed bands by their collective nouns too: "rival factions stormed", "armed groups raided", "Turkish-backed
#: groups stormed"; "groups" alone, as rights or aid groups, are no fighters)
_FIGHTERS = (
    rf"(?:{_ARMED_MEN}|militia|attackers|assailants|commandos|special\s+forces|troops|soldiers|factions|paramilitaries"
    r"|mercenaries|guerrillas|separatists|armed\s+(?:men|groups?|bands?)|[\w-]+-(?:backed|aligned|allied|linked)\s+(?-i:groups?))\b"
)
_FIGHTERS_IN = re.compile(rf"\b{_FIGHTERS}", re.I)
#: The agent slot of a passive, after "by", up to two words before its head ("by suspected militants").
_BY_AGENT = r"\s+by\s+(?:[\w'’-]+\s+){0,2}?"
#: ... as the agent of a passive raid: "was raided by troops", "was stormed by armed militants".
_BY_FIGHTERS = re.compile(_BY_AGENT + _FIGHTERS, re.I)


#: Carrying people off: "kidnapped", "abducting"; or setting homes alight, razing or plundering them: "torched",
#: "set fire to", "burned", "looted".
_KIDNAP = re.compile(r"(?:kidnap|abduct|torch|raz|set|burn|loot|pillag|ransack)", re.I)
#: Armed men of no state, right before the verb as its doers ("bandits abducted", "gunmen have kidnapped",
#: "suspected jihadists abducted") or after it as the agent of a passive ("were kidnapped by gunmen").
_KIDNAPPERS = rf"(?:{_ARMED_MEN}|attackers|assailants|kidnappers|pirates|armed\s+men|(?:armed|gun)\s*men|troops|soldiers)"
_KIDNAPPERS_DID = re.compile(
    rf"\b{_KIDNAPPERS}\s+(?:(?:on\s+motorcycles|in\s+(?:uniform|military\s+fatigues)|have|has|had|also|then|later|reportedly|allegedly)\s+)*$",
    re.I,
)
_BY_KIDNAPPERS = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,6}}?by\s+(?:[\w'’-]+\s+){{0,2}}?{_KIDNAPPERS}\b", re.I)


#: Between a named armed group and its verb: "Boko Haram has abducted", "Al-Shabaab reportedly kidnapped".
_GROUP_DID_GAP = re.compile(r"\s+(?:(?:have|has|had|also|then|later|reportedly|allegedly)\s+)*", re.I)


def _kidnapped_by_armed_men(text: str, cl: events.Clause, trig: events.Trigger, named: list[Mention]) -> bool:
    """People carried off by armed men as an event: "gunmen kidnapped 30 students from a school in X",
    "three aid workers were abducted by suspected militants in Y", or by a named armed group as the verb's
    subject: "Boko Haram abducted 30 students in Z" (GUIDE: every specific event; an abduction alone is of
    no listed kind, a fight when a toll or fire is told with it)."""
    return bool(
        _KIDNAPPERS_DID.search(text, max(cl.start, trig.start - 60), trig.start)
        or _BY_KIDNAPPERS.match(text, trig.end, cl.end)
        or any(m.end <= trig.start and _armed_group(m) and _GROUP_DID_GAP.fullmatch(text, m.end, trig.start) for m in named)
    )


def _seizure_type(text: str, a: int, b: int) -> str:
    """A ship, train, plane or building taken by force: a fight when the sentence tells fighting or a toll,
    else a seizure of no kind of fire ("other")."""
    return "armed_clash" if _TOLL.search(text, a, b) or _FOUGHT.search(text, a, b) else "other"


#: A word in the attack's own noun phrase that names its doer as an armed group: "a terror attack",
#: "the jihadist assault", "an insurgent raid" (a state's attack would be named by the state).
_ARMED_DOER_BEFORE = re.compile(
    r"\b(?:terror|terrorist|militant|jihadist|insurgent|rebel|guerrilla|extremist|separatist|bandit|gunmen)s?"
    r"(?:\s+[\w-]+)?\s+$",
    re.I,
)


_DAMAGE = re.compile(r"\b(?:damag(?:ed|ing)|destroyed|hurt|set\s+(?:on\s+)?fire|burn(?:ed|t))\b", re.I)
_FIRE_STARTED = re.compile(r"\b(?:sparked|started|caused|triggered)\s+(?:an?\s+|several\s+)?fires?\b", re.I)
_SINK = re.compile(r"(?:sank|sunk|sink|scuttl)", re.I)
_ASSAULT_WORD = re.compile(r"(?:attack|assault|raid)", re.I)
#: A ruin told as the deed: "destroyed a depot", "damaged a bridge" (a strike only where a site was ruined).
_RUIN_WORD = re.compile(r"destroy|damag", re.I)
#: Armed men of no state, as the doer right before a verb: "gunmen struck", "militants have bombed" (not
#: troops or soldiers, whose side may strike from the air).
_IRREGULAR_DOERS = rf"(?:{_ARMED_MEN}|attackers|assailants|guerrillas|extremists)"
#: Armed men of no state as the doer of an attack noun: "rebels launched an assault on X", "gunmen carried
#: out an attack on Y" (as "rebels attacked X"; a state's forces may launch one from the air).
_IRREGULARS_LAUNCHED = re.compile(
    rf"\b{_IRREGULAR_DOERS}\s+(?:(?:have|has|had|also|then|reportedly|allegedly)\s+)?"
    r"(?:launched|mounted|carried\s+out|staged|conducted)\s+(?:an?|the|their|another)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_IRREGULARS_DID = re.compile(
    rf"\b{_IRREGULAR_DOERS}\s+(?:(?:have|has|had|also|then|reportedly|allegedly)\s+)?$",
    re.I,
)
#: The agent of a passive attack word, after "by", when armed men of no state: "the post was stormed by gunmen",
#: "a convoy was ambushed by suspected militants" (the doer the active voice names before the verb).
_BY_IRREGULARS = re.compile(rf"{_BY_AGENT}{_IRREGULAR_DOERS}\b", re.I)


def _passive_doer_type(text: str, cl: events.Clause, trig: events.Trigger) -> str | None:
    """The type of a passive attack word with no weapon, read from its agent slot as the active voice reads
    its subject: "X was attacked by gunmen" is "gunmen attacked X", armed men on the ground (GUIDE: armed
    clash), and a bombing of theirs a bomb set off (GUIDE: explosion); so is an attack noun's ("a strike by
    militants"). A ship attacked is no ground fight."""
    if not _BY_IRREGULARS.match(text, trig.end, cl.end) or _VESSEL.search(text, cl.start, cl.end):
        return None
    return "explosion" if trig.word.startswith("bomb") else "armed_clash"


#: Event words of _type_of, as written: a strike by or on a state, a bombardment from the air, an
#: assault on a position; and the volleys that make a launch a missile attack.
#: The verb "hit" in its forms.
_HIT_WORD = re.compile(r"hit(?:s|ting)?$", re.I)
#: The verbs of a blow told bare in the passive: "was hit", "was struck".
_BARE_BLOW = re.compile(r"(?:hit(?:s|ting)?|struck)$", re.I)
#: "a direct hit on", "the hit on", "took two hits": "hit" as a noun after a determiner and up to two
#: modifiers, heading its phrase (not "a hit song", "a hit list": a word after it that is no preposition).
_HIT_NOUN_BEFORE = re.compile(
    r"\b(?:an?|the|another|two|three|several|multiple|its|their|[\w-]+['’]s)\s+"
    # (no verb's helper among the modifiers: "the depot was hit on Monday" is the verb)
    r"(?:(?!(?:was|were|is|are|be|been|being|had|has|have|also|then|again|later|reportedly|directly)\s)[\w-]+\s+){0,2}$",
    re.I,
)
_HIT_NOUN_AFTER = re.compile(r"\s*(?:on|to|in|at|near|from|by|that|which|[,.;]|$)", re.I)


#: A passive's helper right before "hit" ("was hit", "had been hit", "were also hit").
_PASSIVE_HELPER = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:(?:also|then|again|later|reportedly|directly)\s+)?$", re.I)
#: An agent after the passive "hit" ("hit hard by floods", "hit by sanctions"): what hit is then named.
_HIT_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?by\b", re.I)


def hit_bare_passive(text: str, lo: int, hi: int, trig: events.Trigger) -> bool:
    """The passive "hit" with no agent, in the clause or sentence text[lo:hi]: a site "was hit", as one "was
    struck", took a blow from afar; an agent named after it ("was hit by a storm", "hit by sanctions") tells
    what hit, and its own words type it. Only a site strikes aim at: "a bus was hit on the highway" is told of
    no strike."""
    return (
        _BARE_BLOW.match(trig.word) is not None
        and _PASSIVE_HELPER.search(text, max(lo, trig.start - 30), trig.start) is not None
        and _HIT_AGENT.match(text, trig.end, hi) is None
        and site_before_hit(text, lo, trig)
    )


def site_before_hit(text: str, lo: int, trig: events.Trigger) -> bool:
    """A site strikes aim at (wordlists.STRUCK_SITES) or a vessel ("a fishing boat was struck") is named in the
    words before the event word, from ``lo``."""
    return not _STRUCK_THINGS.isdisjoint(w.lower() for w in re.findall(r"[A-Za-z]+", text[max(lo, trig.start - 60) : trig.start]))


_STRUCK_THINGS = STRUCK_SITES | ship_nouns.SHIP_FORMS


def _hit_as_noun(text: str, trig: events.Trigger) -> bool:
    """The event word is the noun "hit": a blow struck by a weapon from afar ("a direct hit on a school")."""
    return (
        _HIT_WORD.match(trig.word) is not None
        and _HIT_NOUN_BEFORE.search(text, max(0, trig.start - 40), trig.start) is not None
        and _HIT_NOUN_AFTER.match(text, trig.end) is not None
    )


#: A building or built site as the object right after a verb: "a hospital", "the city's main power station".
_BUILDING_HIT = re.compile(
    r"\s+(?:an?|the|two|three|four|several|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hospitals?|clinics?|schools?|buildings?|homes?|houses?|mosques?|church(?:es)?|markets?|refiner(?:y|ies)|"
    r"power\s+(?:plants?|stations?)|airports?|bridges?|factor(?:y|ies)|facilit(?:y|ies)|depots?|headquarters|"
    r"compounds?|apartment\s+blocks?)\b",
    re.I,
)
#: The verb "attack" in its forms (not the noun: "an attack on" is read elsewhere).
_ATTACK_VERB = re.compile(r"attack(?:s|ed|ing)?$", re.I)
#: A building as the whole object of "attacked": "the TV station", "two radio buildings" (up to three
#: words before the noun, none a function word), the object ending there (a place, a comma, the end).
#: The ground round a town as the object right after a verb: "the outskirts of", "villages near", "the suburbs of".
_GROUND_ATTACKED = re.compile(
    r"\s+(?:(?:on|against)\s+)?(?:the\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:outskirts|suburbs|environs|edges?|villages|neighbou?rhoods|districts)"
    r"\s+(?:of|near|around|outside)\s",
    re.I,
)
_BUILDING_ATTACKED = re.compile(
    r"\s+(?:(?:an?|the|two|three|four|several|[\w-]+['’]s)\s+)?"
    r"(?:(?!(?:to|and|or|of|for|with|on|in|at|by|from|about|over|that|which|than)\b)[\w-]+\s+){0,3}?"
    r"(?:hospitals?|clinics?|schools?|buildings?|homes?|houses?|mosques?|church(?:es)?|markets?|refiner(?:y|ies)|"
    r"power\s+(?:plants?|stations?)|airports?|bridges?|factor(?:y|ies)|facilit(?:y|ies)|depots?|headquarters|"
    r"compounds?|apartment\s+blocks?|offices|studios?)"
    r"(?=\s*[,.;]|\s+(?:in|at|on|near|of|outside|across|around|belonging|used|housing)\b|\s*$)",
    re.I,
)
#: The noun "raid" (not the verb: "police raided a factory").
_RAID_NOUN = re.compile(r"raids?$", re.I)
#: Works a raid from the air is aimed at: "the power plant", "the grain silos", "the water pumping station".
_INFRASTRUCTURE = re.compile(
    r"\b(?:power\s+(?:plants?|stations?)|refiner(?:y|ies)|airports?|airfields?|ports?|harbou?rs?|bridges?|factor(?:y|ies)|"
    r"depots?|dams?|silos|grain\s+stores|fuel\s+(?:tanks|terminals?)|oil\s+(?:terminals?|facilit(?:y|ies))|"
    r"(?:pumping|relay|transformer)\s+stations?|water\s+works|waterworks)\b",
    re.I,
)
#: Who raids on the ground: troops, police, armed men.
_RAIDERS = re.compile(rf"\b(?:{_ARMED_MEN}|militia|attackers|assailants|troops|soldiers|police|commandos|special\s+forces)\b", re.I)
_STRIKE_WORD = re.compile(r"\b(?:strikes?|struck|striking|sabotag\w*|aggressions?)\b")
#: "such" right before an event word: the kind of event just told, not one more ("a second such attack").
_SUCH_BEFORE = re.compile(r"\bsuch\s+$", re.I)
#: The noun or verb "clash" itself (not "ambush", "storm", "siege": those tell who fought by their own word).
_CLASH_WORD = re.compile(r"clash", re.I)
#: ("an enemy aggression targeted a depot": the word state media name a raid by, events.py reads it only as the
#: subject of a hit verb)
_BOMBARD_WORD = re.compile(r"(?:strike|struck|bombed|pounded|pummel|aggression)")
_GUNNED = re.compile(r"(?:shot\s+(?:dead|to\s+death)|gunned\s+down|machine[-\s]?gunn)", re.I)
_STORM_WORD = re.compile(r"(?:raid|assault|storm|overr[au]n|ambush)")
_VOLLEY = re.compile(r"\b(?:salvos?|barrages?|volleys?)\b", re.I)
#: A volley of gunfire: "a barrage of shots", "a volley of bullets".
_SHOT_VOLLEY = re.compile(r"\b(?:salvos?|barrages?|volleys?)\s+of\s+(?:[\w-]+\s+)?(?:shots|gunshots|bullets|gunfire)\b", re.I)
#: Lives taken, in the clause of an attack: "killing 11", "left 40 dead", "claimed the lives of".
_TOLL = re.compile(r"\b(?:kill(?:ed|ing|s)|slain|dead|deaths|lives|wound(?:ed|ing)|injur(?:ed|ing))\b", re.I)
#: A state right before the attack word ("Russia's overnight attack", "an Israeli raid") or after "by".
_STATE_GAP = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$")
_BY = re.compile(r"\s+by\s+(?:the\s+)?$", re.I)


def _by_state(art: Document, named: list[Mention], trig: events.Trigger) -> bool:
    """A country or its adjective names the doer of the event word: "Russia's attack", "a raid by Israel"."""
    for m in named:
        if m.of("country") is None and m.of("demonym") is None:
            continue
        if m.end <= trig.start and _STATE_GAP.fullmatch(art.text, m.end, trig.start):
            return True
        if m.start >= trig.end and _BY.fullmatch(art.text, trig.end, m.start):
            return True
    return False


_GUN_AND_BOMB = re.compile(
    r"\b(?:(?:guns?|firearms?)\s+and\s+(?:suicide\s+)?(?:bombs?|grenades?|explosives?)"
    r"|(?:bombs?|grenades?|explosives?)\s+and\s+(?:guns?|firearms?))\s+$",
    re.I,
)


def _bomb_brought_down(art: Document, cl: events.Clause, trig: events.Trigger, weapons: list[Mention]) -> bool:
    """The last weapon before an active verb of downing is a bomb: its subject ("a bomb downed the jet")."""
    before = [w for w in weapons if cl.start <= w.start and w.end <= trig.start]
    if not before or before[-1].of("weapon").sub != "bomb":  # type: ignore[union-attr]
        return False
    # a passive ("a drone carrying a bomb was downed") tells what was shot down; "planted by X" is no passive
    return _BE_BEFORE.search(art.text, max(cl.start, trig.start - 30), trig.start) is None


#: A form of "be" right before a verb, with an adverb: "was", "were reportedly" (case kept: "IS" is a group).
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")


#: The event word "bombing" itself (not "car bombing", "suicide bombing": those name a bomb set off).
_BOMBING = re.compile(r"bombings?$", re.I)
#: A state right before the event word ("an Israeli bombing", "Turkey's bombing") or after "by".
_STATE_RIGHT_BEFORE = re.compile(r"(?:['’]s)?\s+$")


def _far_flier_did(art: Document, named: list[Mention], trig: events.Trigger) -> bool:
    """The doer right before the verb ("US forces destroyed", "Central Command forces destroyed") is the
    force of a state that flies its strikes (lexicon: ``flies_its_strikes``)."""
    for m in named:
        if m.end > trig.start or not _FORCE_GAP.fullmatch(art.text, m.end, trig.start):
            continue
        actor = m.of("actor")
        state = actor.country if actor is not None and actor.sub == "force" else None
        state = state or next((e.name for e in (m.of("country"), m.of("demonym")) if e is not None), None)
        if state in art.lexicon.flies_its_strikes:
            return True
    return False


def _flying_doer(art: Document, named: list[Mention], trig: events.Trigger) -> bool:
    """The state named as the doer of the event word flies its strikes (lexicon: ``flies_its_strikes``)."""
    for m in named:
        state = m.of("country") or m.of("demonym")
        if state is None or state.name not in art.lexicon.flies_its_strikes:
            continue
        if m.end <= trig.start and _STATE_RIGHT_BEFORE.fullmatch(art.text, m.end, trig.start):
            return True
        if m.start >= trig.end and _BY.fullmatch(art.text, trig.end, m.start):
            return True
    return False


#: What may stand between the doers and their verb, telling how they came or what they bore: "gunmen on
#: motorbikes killed", "militants riding pick-ups stormed", "men armed with rifles shot", "fighters from a
#: rival clan attacked"; or whose men they are: "fighters of the Russian Africa Corps killed".
_DOER_MODIFIER = (
    r"(?:(?:on|riding|aboard|in|from|armed\s+with|wielding|carrying|travelling\s+in|traveling\s+in)\s+(?:[\w'’-]+\s+){1,3}?"
    r"|of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?"
    # ("Somali forces backed by US airstrikes killed 20 fighters": the support told between, not the doer)
    r"|(?:backed|supported|aided|assisted|covered)\s+by\s+(?:[\w'’-]+\s+){1,3}?)?"
)
#: The doer of harm: an armed party right before the verb ("Israeli troops killed"), or after "by"; a
#: relative pronoun may stand between them ("police arrested a gunman who killed two men": the arrest is
#: told, the killing done), not a passive ("soldiers who were killed" did no harm).
_HARM_AGENT_BEFORE = re.compile(
    rf"\b(?:{_GROUND_UNITS}|snipers?|jets|warplanes)\s+{_DOER_MODIFIER}(?:(?:who|that)\s+)?(?:(?:have|has|had|also|then|reportedly|allegedly|\w+ly)\s+)?[\"“‘']?$", re.I
)
_HARM_BY = re.compile(
    # "were killed or wounded by Ukrainian troops": the second harm verb shares the doer
    rf"(?:\s+(?:or|and)\s+(?:killed|wounded|injured))?\s+by\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_GROUND_UNITS}|snipers?)\b", re.I
)
#: Fire as the doer of a harm verb, its subject ("Israeli fire killed", "sniper fire has wounded") or its
#: agent ("were killed by army fire"): the word before "fire" says whose or what fire it was.
_FIRE_BEFORE = re.compile(r"\b(?P<mod>[\w'’-]+)\s+fire\s+(?:(?:have|has|had|also|reportedly)\s+)?$", re.I)
_FIRE_BY = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?P<mod>[\w'’-]+)\s+fire\b", re.I)
#: Fire that is shooting, not a blaze ("a house fire killed three" is no attack).
_SHOOTING_FIRE = words(
    "gun sniper snipers tank tanks army military enemy machine-gun machinegun small-arms live naval helicopter "
    "troops soldiers police security forces ground heavy automatic"
)


def _armed_fire(art: Document, trig: events.Trigger, lim: int) -> bool:
    """ "Israeli fire killed 12", "a boy killed by sniper fire": fire whose maker is named (a state, an
    armed party or an arm that shoots) did the harm; "a fire killed three" or "killed by the fire" is a blaze."""
    text = art.text
    hit = _FIRE_BEFORE.search(text, max(0, trig.start - 40), trig.start) or _FIRE_BY.match(
        text, _past_the_scene(text, trig, lim).end, lim
    )
    if hit is None:
        return False
    mod = hit.group("mod")
    if mod.lower() in _SHOOTING_FIRE:
        return True
    a, b = hit.span("mod")
    return any(
        m.end == b and m.start >= a - 40 and (m.of("country") or m.of("demonym") or _armed_party(m))
        for m in art.mentions_in(max(0, a - 40), b)
    )


#: Nothing harmed after the verb: "the four soldiers killed, ..." names the dead, not a doer's deed.
_NO_OBJECT = re.compile(
    r"\s*(?:[,.;:)\]]|$)|\s+(?:in|during|on|at|when|while|after|and|or|since|near|as|from|over|last|earlier|so\s+far)\b"
    # (not a toll's qualifier: "killed at least 63", "as many as 40", "over 40 people")
    r"(?<!\bat)(?<!\bas)(?<!\bover)"
    r"|\s+(?:at(?!\s+least\b)|as(?!\s+many\b)|over(?!\s+(?:[\d,]+|a\s+(?:dozen|hundred)|dozens|hundreds|scores)\b))\b",
    re.I,
)
#: The verbs of a fight told as done: "troops fought militants", "fighters battled the army".
_FIGHT_VERB = re.compile(r"(?:fought|battled)\b", re.I)
#: A stretch of fighting told after the verb: "during the war", "throughout the conflict", "for years", "since 2012".
_CAMPAIGN_TOLD = re.compile(
    r"\b(?:during|throughout|over)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:war|wars|conflict|campaign|insurgency|years|months|decades)\b"
    r"|\bfor\s+(?:(?:many|several|two|three|four|five|ten)\s+)?(?:years|months|decades)\b|\bsince\s+(?:the\s+)?(?:\d{4}|start|beginning)\b",
    re.I,
)
_NEUTRALISE = re.compile(r"neutrali[sz]|eliminat", re.I)
#: (a person "eliminated" by jets is told as a death, not as a target struck: the strike is told in its own words)
_ELIMINATE = re.compile(r"eliminat", re.I)
_NEUTRALISED_MEN = re.compile(
    # (the word may stand in quotes, as a communiqué's own: 'said it "neutralised" 12 militants')
    rf"[\"”’']?\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}|several|dozens\s+of|scores\s+of|the|an?)\s+(?:[\w'’-]+\s+){{0,2}}?"
    r"(?:terrorists?|militants?|insurgents?|fighters?|bandits?|jihadists?|gunmen|gunman|rebels?|attackers?|assailants?|"
    r"extremists?|separatists?|militiamen|kidnappers?|commanders?|operatives?)\b",
    re.I,
)
#: Combatants as the ones harmed: fighters killed or wounded fell in fighting, whoever the text says did it.
_COMBATANTS = (
    r"(?:soldiers|troops|servicemen|service\s*members|fighters|militants|insurgents|rebels|jihadists|gunmen|"
    r"militiamen|paramilitaries|combatants|terrorists|attackers|assailants|policemen|police\s+officers|guards|"
    r"bandits|extremists|separatists|guerrillas|commandos|pirates)"
)
#: ... as the subject of a passive harm verb: "30 soldiers, who ..., were killed", "two militants were shot dead"
_COMBATANTS_BEFORE = re.compile(
    rf"\b(?:{NUMBER}|dozens|scores|hundreds|several)\s+(?:[\w'’-]+\s+){{0,3}}?{_COMBATANTS}\s+"
    r"(?:(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?)$",
    re.I,
)
#: ... or as its object: "killed three enemy soldiers", "killing at least 20 militants"
_COMBATANTS_AFTER = re.compile(
    rf"[\"”’']?\s+(?:{QUALIFIER}\s+)?(?:{NUMBER}|dozens\s+of|scores\s+of|hundreds\s+of|several)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_COMBATANTS}\b",
    re.I,
)


#: People counted as the subject of a passive harm verb, told as a toll of its own (not "the 18 killed" told
#: before): "dozens of patients were killed", "at least 25 civilians were killed", "were among 18 people killed".
_COUNTED_HARMED = re.compile(
    rf"(?<!\bthe\s)(?<!\bthose\s)\b(?:{NUMBER}|dozens|scores|hundreds)\s+(?:of\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?)?$",
    re.I,
)
#: ... and the spot they were harmed at right after the verb ("killed at a hospital in X", "wounded near a
#: camp"), not an event's noun ("killed in clashes": that event is read from its own word).
_TOLL_SCENE = re.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+){1,3}?(?:wounded|injured|hurt))?\s+(?:at|in|inside|near|outside|around)\s+"
    r"(?!(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:clashes|fighting|strikes?|attacks?|bombings?|raids?|shelling|"
    r"explosions?|blasts?|accidents?|collisions?|crash(?:es)?)\b)",
    re.I,
)
#: A mishap or hazard told as the cause in the rest of the sentence: "killed in Kano when a wall collapsed",
#: "in a stampede at a stadium", "by lightning" (no act of war).
_MISHAP = re.compile(
    r"\b(?:accidents?|collisions?|stampedes?|blazes?|fires?\s+(?:broke|swept|gutted)|floods?|flooding|landslides?|"
    r"collaps(?:e|es|ed|ing)|storms?|earthquakes?|heat\s*waves?|lightning|outbreaks?|cholera|drown(?:ed|ing)|electrocuted)\b",
    re.I,
)


def _toll_at_scene(text: str, a: int, trig: events.Trigger, b: int, end: int) -> bool:
    """A passive toll of counted people at a spot, its means and doer untold: "dozens of patients were killed
    at a hospital in X" (an event of untold means when its clause gives it a spot and a day of its own);
    ``end`` bounds the sentence, where no mishap may be told as the cause."""
    return (
        trig.word in ("killed", "wounded", "injured")
        and bool(_COUNTED_HARMED.search(text, max(a, trig.start - 60), trig.start))
        and _TOLL_SCENE.match(text, trig.end, b) is not None
        and not _MISHAP.search(text, trig.end, end)
    )


def _combatants_harmed(text: str, a: int, trig: events.Trigger, b: int) -> bool:
    """A harm verb whose victims are counted fighters: "killed 20 militants", "12 soldiers were wounded"."""
    return bool(
        _COMBATANTS_BEFORE.search(text, max(a, trig.start - 80), trig.start) or _COMBATANTS_AFTER.match(text, trig.end, b)
    )


#: Between a weapon and the harm verb it did: an auxiliary ("a rocket has killed"), after where the weapon
#: lay or who laid it ("a bomb planted in a car killed", "a mine buried under the road wounded", "a bomb
#: left by militants killed"), or whom it is laid at ("a bomb blamed on rebels killed": the charge still did it).
_HARM_WEAPON_GAP = re.compile(
    r"(?:,?\s+(?:(?:planted|hidden|placed|left|concealed|attached|strapped|fitted|buried|laid|blamed|attributed|claimed)\s+)?"
    # (two such phrases, the spot and its town: "a truck bomb at a busy junction in the capital killed")
    r"(?:in|on|inside|under|near|along|beside|by|at|to|onto|beneath)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?){0,2}"
    r"(?:\s+(?:[\w'’-]+\s+){0,2}?(?:have|has|had|also|reportedly))?\s+$",
    re.I,
)


def _harm_type(
    trig: events.Trigger, wclass: str | None, text: str, cl: events.Clause, party_before: bool = False
) -> str | None:
    """ "A rocket injured nine people in Haifa": a weapon that harmed is an attack with it; "troops
    killed two men" or "were killed by a sniper" is fighting on the ground; a bare toll is no event."""
    if wclass not in (None, "projectile", "shell", "bomb") and _weapon_did_it(trig, text, cl):
        return CLASS_TYPE[wclass or ""]
    if wclass in _CHARGE_TYPE and _charge_did_it(wclass, trig, text, cl):
        # "a roadside bomb killed three soldiers": the blast is the event (GUIDE); "killed by a mortar
        # shell": the round that fell is the attack
        return _CHARGE_TYPE[wclass]
    if wclass is None and _charge_did_it("mine", trig, text, cl):
        return "explosion"  # "killed by a mine": a word the lexicon cannot list as a weapon ("a friend of mine")
    if _HARM_BY.match(text, trig.end, cl.end) or (
        (party_before or _HARM_AGENT_BEFORE.search(text, max(cl.start, trig.start - 50), trig.start))
        and not _NO_OBJECT.match(text, trig.end, cl.end)
    ):
        return "armed_clash"
    return None


#: The scene and day a passive harm verb may tell before its agent: "killed near Gao on Sunday" before
#: "by gunmen" (a few words, none a participle or "and": "killed in a village held by militants" tells the
#: holders of the village, not the doers).
_SCENE_BEFORE_AGENT = re.compile(
    # (after the manner of a killing by hand: "hacked to death near Bunia by gunmen")
    r"(?:\s+to\s+death\b)?"
    r"(?:,?\s+(?:in|near|at|outside|on|off|along|overnight|early|late|last|yesterday)\b"
    r"(?:\s+(?!by\b|and\b|or\b|held\b|run\b|built\b|kept\b|hit\b|struck\b|shot\b)(?![\w'’-]+ed\b)[\w'’.-]+,?){0,6}?)?"
    r"(?=\s+by\s)",
    re.I,
)


def _past_the_scene(text: str, trig: events.Trigger, lim: int) -> events.Trigger:
    """The harm word, stretched over the scene and day told between it and a "by" agent, so the agent is read
    right after it; the word itself when no such agent follows."""
    scene = _SCENE_BEFORE_AGENT.match(text, trig.end, lim)
    return trig if scene is None else events.Trigger(trig.kind, trig.start, scene.end(), trig.word)


def _harm_done(art: Document, a: int, b: int, triggers: list[events.Trigger]) -> bool:
    """A sentence whose only event words are harm words may tell an event: a weapon is named in it, or an
    armed party did the harm (the cheap look before its clauses are read)."""
    named = art.mentions_in(a, b)
    if any(m.of("weapon") for m in named):
        return True
    # a named armed group before any of the harm words (so before the last): it may have done that harm
    last = triggers[-1].start
    if any(m.end <= last and _armed_group(m) for m in named):
        return True
    text = art.text
    return any(
        _HARM_AGENT_BEFORE.search(text, max(a, t.start - 50), t.start)
        or _armed_fire(art, t, b)
        or _AIR_ARM_DOER.search(text, max(a, t.start - 60), t.start)
        or _HARM_BY.match(text, _past_the_scene(text, t, b).end, b)
        or _combatants_harmed(text, a, t, b)
        or _charge_did_it("mine", _past_the_scene(text, t, b), text, events.Clause(a, b, ()))
        or _group_by(art, named, t, b)
        or _toll_at_scene(text, a, t, b, b)
        for t in triggers
    )


def _group_by(art: Document, named: list[Mention], trig: events.Trigger, lim: int) -> bool:
    """A named armed group is the agent of a passive harm verb: "eight people were killed by the RSF", "were
    wounded near Gao on Sunday by JNIM" (a state after "by" may have struck from the air: not read here)."""
    end = _past_the_scene(art.text, trig, lim).end
    return any(m.start >= end and _armed_group(m) and _BY.fullmatch(art.text, end, m.start) for m in named)


#: A weapon as the subject right before a harm verb ("one missile wounded"), or its agent after "by".
_WEAPON_BEFORE = re.compile(
    r"\b(?:missiles?|rockets?|drones?|UAVs?|jets?|warplanes?|aircraft|helicopters?)\b" + _HARM_WEAPON_GAP.pattern, re.I
)
_WEAPON_BY = re.compile(
    r"\s+by\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:missiles?|rockets?|drones?|UAVs?|jets?|warplanes?|aircraft)\b", re.I
)


#: A charge that goes off, or a round that falls, as the doer of a harm verb: the subject right before it
#: ("a roadside bomb killed", "a mortar shell killed") or its agent after "by" ("killed by a mortar shell").
_BOMB = r"(?:bombs?|IEDs?|(?:land\s*)?mines?|explosive\s+devices?|explosives|grenades?|suicide\s+bombers?|VBIEDs?)"
#: (a fire of guns told by its exchange: "artillery duels killed", "mortar barrages wounded")
_SHELL = r"(?:shells?|mortars?|(?:mortar|artillery|tank)\s+(?:rounds?|fire|duels?|exchanges?|barrages?|bombardments?|salvos?))"
#: A mine as a charge: after "a", "the" or a word of how it was laid or what it was for (a "gold mine" or
#: "mine collapse" is a pit).
_MINE = (
    r"(?:(?<=\ba\s)|(?<=\bthe\s)|(?<=\banother\s)|(?<=\banti-tank\s)|(?<=\banti-personnel\s)|(?<=\bburied\s)"
    r"|(?<=\broadside\s)|(?<=\bhidden\s))mines?(?!\s+(?:collapse|shaft|workers?|owners?|site)s?\b)"
)
#: Ordnance left from fighting that goes off later, a charge the lexicon names no weapon: "explosive remnants
#: of war", "unexploded ordnance", "a leftover shell" (read as a mine is: GUIDE, a blast is an explosion).
_UXO = (
    r"(?:explosive\s+remnants\s+of\s+(?:the\s+)?war|(?:unexploded|leftover)\s+(?:ordnance|munitions?|"
    r"(?:(?:artillery|mortar|tank|cluster)\s+)?(?:shells?|rounds?|bombs?|bomblets?|rockets?|grenades?|submunitions?))"
    r"|(?:war|old|abandoned)\s+(?:ordnance|munitions?)|UXOs?)"
)
_CHARGE_TYPE = {"bomb": "explosion", "shell": "shelling"}
_CHARGES = (("bomb", _BOMB), ("shell", _SHELL), ("mine", rf"(?:{_MINE}|{_UXO})"))
_CHARGE_BEFORE = {c: re.compile(rf"\b{w}" + _HARM_WEAPON_GAP.pattern, re.I) for c, w in _CHARGES}
_CHARGE_BY = {c: re.compile(rf"\s+by\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,3}}?{w}\b", re.I) for c, w in _CHARGES}


def _charge_did_it(wclass: str, trig: events.Trigger, text: str, cl: events.Clause) -> bool:
    """The bomb, mine or round is the subject right before the harm verb, or the agent after "by"."""
    return bool(
        _CHARGE_BEFORE[wclass].search(text, max(cl.start, trig.start - 60), trig.start)
        or _CHARGE_BY[wclass].match(text, trig.end, cl.end)
    )


def _weapon_did_it(trig: events.Trigger, text: str, cl: events.Clause) -> bool:
    """The weapon is the subject right before the verb, or the agent after "by"."""
    before = text[max(cl.start, trig.start - 60) : trig.start]
    return bool(_WEAPON_BEFORE.search(before) or _WEAPON_BY.match(text[trig.end : cl.end]))


def _anaphor(art: Document, cl: events.Clause, trig: events.Trigger, weapon: Mention | None) -> str:
    if trig.kind == "airspace":
        # "how the drone breached Israeli airspace": the way in of a weapon already told, its attack's path
        if (
            weapon is not None
            and weapon.start < trig.start
            and weapon.of("weapon").sub in ("drone", "missile", "rocket")  # type: ignore[union-attr]
            and art.words_before(weapon.start, 1)[-1:] in (["the"], ["that"], ["these"], ["those"])
            and _WEAPON_DID.fullmatch(art.text, weapon.end, trig.start)  # the weapon is the doer
        ):
            return "definite"
        return ""  # "after the strikes, airspace was closed": a step of its own, not the strikes retold
    text = art.text
    if _COPULA_REF.search(text, max(cl.start, trig.start - 60), trig.start):
        return "definite"  # "It was a cowardly attack on our forces": the event told, named again
    before = text[max(cl.start, trig.start - 40) : trig.start]
    earlier = _NTH_OF_ITS_KIND.search(before) and _EARLIER_TOLD_AFTER.match(
        text, trig.end, art.sentences[art.sentence_index(trig.start)].end
    )
    if earlier and not art.dates_in(trig.end, earlier.start("as")):
        # "This was the second blast in the town in a week, as two people were hurt on Tuesday": the day and
        # toll told after "as" are those of the earlier event the ordinal counts, an event of its own (only
        # with no day told before "as": "the third attack this month, after ..." would date it by the month)
        return ""
    if _NTH_OF_ITS_KIND.search(before):
        # "It was the fourth attack on US forces this month": the event just told, counted in a tally, not
        # one more event of the tally (nor a share of the one told)
        return "definite"
    ordinal = _ORDINAL_SUBJECT.search(before.rstrip())
    if ordinal and ordinal.group().lower().startswith(("while", "and", "as", "but", ",")) and trig.word.split()[-1].lower() in events.NOUNS:
        ordinal = None  # "..., and a second attack struck X": a further event named by its noun, not one more weapon
    if ordinal or (
        weapon is None and _PRONOUN_COUNT.search(before) and is_passive(art, trig.start)
    ):
        m = _PRONOUN_COUNT.search(before)
        if m and m.group("p") and m.group("p").lower() in ("they", "it"):
            return "definite"
        return "partitive"
    if weapon is None and events.got_through(trig.word):
        return "partitive"  # "Russia fired 30 drones. Only two got through": the salvo just counted, told by its share
    if weapon is None and trig.kind == "strike" and _SOME_OF_THEM.search(text[cl.start : trig.start]) and _fired_just_before(
        art, art.sentences[art.sentence_index(trig.start)], cl.start
    ):
        # "... fired 90 missiles; most were stopped, but dozens struck near X": a share of the salvo just told
        # as fired hit, a facet of that salvo (GUIDE: one record per real event), in its sentence or the next
        return "partitive"
    if weapon is not None:
        wb = text[max(cl.start, weapon.start - 40) : weapon.start]
        if _PARTITIVE.search(wb):
            return "partitive"
        if _ORDINAL_BEFORE.search(wb) and _STRAYED.match(text, weapon.end, cl.end):
            # "Two rockets hit the base; a third rocket fell short": one more of the volley, come down with no
            # target of its own, not a new attack ("a third drone struck a fuel depot" hit a target of its own)
            return "partitive"
        # (words of its own sentence only: "... around the city. Drone strikes on A" has no determiner)
        own = art.sentences[art.sentence_index(weapon.start)].start
        words = art.words_before(weapon.start, min(4, art.token_index(weapon.start) - art.token_index(own)))
        definite = bool(words) and (
            _determiner(words, -1) or (len(words) > 1 and _determiner(words, -2) and words[-1] not in ("a", "an"))
        )
        if not definite and len(words) > 2 and words[-1] == "and" and _determiner(words, -3):
            # "these missiles and drones": the determiner reaches over the weapons joined to the first
            definite = any(m.of("weapon") is not None for m in art.mentions_in(max(cl.start, weapon.start - 40), weapon.start))
        if definite and weapon.start >= cl.start:
            return "definite" if weapon.start < trig.start or trig.kind == "intercept" else ""
    if (
        trig.kind == "clash"
        # (a determiner of its own clause: "had warned of that. Clashes erupted in B" are new clashes)
        and art.words_before(trig.start, 1, since=cl.start) in (["these"], ["those"], ["this"], ["that"], ["the"])
        and not NEW_EVENT.search(text, max(cl.start, trig.start - 20), trig.end)
    ):
        return "definite"  # "These exchanges of fire have displaced thousands": fighting told before
    # ("promised to attack" ends in a verb of the threat's phrase: no noun to refer back)
    if trig.kind != "threat" and trig.word.split()[-1] in events.NOUNS:
        words = art.words_before(trig.start, 3)
        toks = art.tokens[max(0, art.token_index(trig.start) - 3) : art.token_index(trig.start)]
        # ("it added that drone strikes hit ...": "that" after a verb of saying opens what was said, a new
        # event's clause, no determiner)
        # ("earlier this month, two explosions": the determiner of a time, not of the event)
        det = next(
            (
                t
                for i, t in enumerate(toks)
                if t.start >= cl.start
                and _determiner([*art.words_before(t.start, 1), t.norm], -1)
                # ("In the X region, shelling damaged ...": a determiner before a comma is the opener's)
                and "," not in art.text[t.end : trig.start]
                and not (i + 1 < len(toks) and toks[i + 1].norm in _TIME_NOUNS)
                and not any(u.norm in _PHRASE_OPENERS for u in toks[i + 1 :])
            ),
            None,
        )
        # "the second attack", "the new strike": a new event; "also used in the attack" is not
        if det is not None and not NEW_EVENT.search(art.text, det.start, trig.start):
            return "definite"
        if any(t.start >= cl.start and t.norm in ("its", "their") for t in toks):
            return "possessive"
        if toks and _day_owned(toks[-1]):
            return "definite"
        del words
    return ""


#: What a determiner before the event word may count instead of it: "this month, two blasts", "that night, rockets".
_TIME_NOUNS = words("month week year morning night day afternoon evening weekend time")
#: Verbs after which "that" opens what was said, not a determiner: "reported that Turkish warplanes ...";
#: "say" and "claims" too, which the table leaves out as often no verbs ("claims that" opens one either way).
_THAT_OPENERS = speech.SAYING | words("say claims believe believed showed shows")
#: Words after which "that" opens a clause ("said on Tuesday that U.S. strikes hit"), not a determiner.
_CLAUSE_THAT_AFTER = _THAT_OPENERS | words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday statement night morning evening afternoon"
)


def _determiner(words: list[str], k: int) -> bool:
    """The word at ``k`` of ``words`` is a determiner ("the", "those"), not "that" opening a clause."""
    opener = len(words) + k > 0 and words[k - 1] in _THAT_OPENERS
    return words[k] in _DEMONSTRATIVE and not (words[k] == "that" and opener)


def _dates(
    art: Document, typ: str, cl: events.Clause, trig: events.Trigger
) -> tuple[DateSpan | None, int, str]:
    """(date, how firmly it is the event's, kind) from the event's own clause."""
    # "said on June 10 that rockets hit the port two days earlier": the day before "that" is the saying's,
    # which the days are counted from
    counted = _DAY_OFFSET.search(art.text, cl.start, cl.end) is not None
    # "fired missiles on Saturday in response to the strike on its consulate": the day told before the
    # answer is the answering act's; the event answered came before, on a day left untold
    answer = answer_before(art.text, cl.start, trig.start)
    # "killed four militants linked to Saturday's bombing in a raid, ..., on Monday": the day of an event
    # people are tied to by name is that event's, not the clause's own
    referred = [(m.start("ref"), t.end) for t, m in _referred_in(art.text, cl) if not m.start("ref") <= trig.start < t.end]
    own = [
        d
        for d in art.event_dates_in(cl.start, cl.end)
        if not art.in_dateline(d.start)
        and not any(a <= d.start < b for a, b in referred)
        and not (answer is not None and d.end <= answer.start())
        and (
            typ == "threat_statement"
            or (_dates_the_noun(art, d, trig) and not (counted and _opens_what_is_said(art, d, trig)))
            or not _is_report_date(art, d, cl)
        )
        and not _other_frame_date(art, d, trig.end, trig.word)
        # "the ban stays in force until June 30 after the strikes on the capital": a day ahead of the report
        # bounds a plan, never the day of an event the report tells
        and not (typ != "threat_statement" and _ahead_of_report(art, d))
        # "five died in a bombing at X, one of the worst attacks in the country since May 2021": the stretch
        # after a measure told after the event word is the one the event is measured over, no day of its own
        and not _measured_over(art, d, trig.end)
        # "Funerals were held on Tuesday for the soldiers killed in the ambush": a day told with a rite or a
        # court's step before the event word is theirs, not the event's
        and not _aftermath_day(art, cl.start, d, trig.start)
        # a statement's day is told with its verb ("said in a statement on Sunday that"); one in what
        # it says dates the events it speaks of ("vowed revenge for the killing of its commander on Tuesday")
        and (typ != "threat_statement" or d.start < _said_end(art.text, trig.end, cl.end))
    ]
    court = [
        d
        for d in own
        if d.end <= trig.start
        and (
            _COURT_STEP_AFTER.match(art.text, d.end)
            or _REACTION_AFTER.match(art.text, d.end)
            # (not "condemned Monday's attack": a day told as the event word's names the event's; "condemned on
            # Tuesday a drone attack" opens the event's noun phrase after the day)
            or (
                _REACTED_BEFORE.search(art.text, max(cl.start, d.start - 50), d.start)
                and not (_dates_the_noun(art, d, trig) and not _NEW_PHRASE.match(art.text, d.end, trig.start))
            )
        )
    ]
    if own and typ != "threat_statement" and (counted := _fronted_anchor(art, cl, trig, own)) is not None:
        # "Two days after the truce began on Friday, gunmen attacked X": the day the fronted phrase tells is its
        # event's, no deed of the clause's; the clause's day is counted on from it
        return counted, 2, "relative"
    if court and typ != "threat_statement":
        # "a court last year convicted two men for downing the airliner in July 2014", "a judge on Tuesday
        # jailed him over the bombing": the day told right before the court's step is the court's; so is
        # one told with a reaction or a delivery ("the government on Tuesday condemned the attack",
        # "condemned on Tuesday the strike")
        own = [d for d in own if d not in court]
        if not own:
            return None, 0, "unresolved"
    if len(own) > 1 and typ != "threat_statement":
        # "the army said on Monday that militants attacked the post on Sunday", "On Monday the army
        # said ...": a day told with the saying yields to one the event is told with
        told = [
            d
            for d in own
            if not _is_report_date(art, d, cl)
            and not (d.end <= trig.start and any(t.norm in speech.SAYING for t in art.tokens_in(d.end, trig.start)))
            # "the EU condemned on Tuesday the strike ... that killed 20 on Saturday", "the missiles delivered
            # last week were used in a strike on Sunday": a day told with a reaction or a delivery is theirs
            and not (d.end <= trig.start and _REACTED_BEFORE.search(art.text, max(cl.start, d.start - 50), d.start))
        ]
        # (only for a day: a drone "downed last week, one of dozens this year" keeps its week)
        if any(d.span and (d.span.end - d.span.start).days <= 2 for d in told):
            own = told
    if typ != "threat_statement" and _RITE_SUBJECT.search(art.text, max(cl.start, trig.start - 120), trig.start):
        # "The funeral of the soldiers killed in the ambush was held in Niamey on Monday", "the inquiry into the
        # missile strike opened on Monday": the day the rite's verb tells after the event word is the rite's
        kept = [
            d for d in own if d.start < trig.end or not _RITE_VERB_BEFORE.search(art.text, max(trig.end, d.start - 50), d.start)
        ]
        if len(kept) < len(own):
            own = kept
            if not own:
                return None, 0, "unresolved"
    if typ != "threat_statement" and _recalled(art, cl, trig):
        # "Residents gathered on Friday to mark ten years since the bombing": the day before the event word
        # is the remembering's; one told after it ("since the bombing in May 2015") is still the event's
        # (and only before a comma: "A decade on from the bombing of the market, families gathered on Friday")
        own = [d for d in own if d.start > trig.start and "," not in art.text[trig.end : d.start]]
        if not own:
            return None, 0, "unresolved"
    if not own and answer is not None and typ != "threat_statement":
        return None, 0, "unresolved"
    if not own and typ != "threat_statement" and _aftermath_dated(art, cl.start, cl.end, trig.start):
        return None, 0, "unresolved"  # the soldiers buried on Tuesday fell on a day the text leaves untold
    if not own and typ != "threat_statement" and _AGE_THEN.search(art.text, art.sentences[art.sentence_index(cl.start)].start, trig.start):
        # "He was 19 when he first fired a rocket at X": a time of someone's life, years before the report
        return None, 0, "unresolved"
    if len(own) > 1 and typ != "threat_statement":
        # "El Fasher, besieged by the RSF since May, was shelled again on Sunday": a day told in an aside
        # between commas before the event word is the aside's; the one told after the event word is the event's
        after = [d for d in own if d.start >= trig.end]
        if after:
            own = [d for d in own if not _in_comma_aside(art.text, cl.start, d, trig.start)] or own
    if own:
        d = min(own, key=lambda d: abs(d.start - trig.start))
        if (inner := _day_within(d, own)) is not None:
            # "this week's ambush near Gao, in which 12 soldiers were killed on Tuesday": a day told later in
            # the clause, inside the week or month named first, is the event's own day
            d = inner
        if d.span is None:
            # "shot down drones over Poland Sept. 10 ... since February 2022": the event's own day is
            # one the text leaves unresolved, not the background date further off.
            return None, 0, "unresolved"
        if d.kind == "since" and _since_names_event(art, d, trig):
            return _since_point(art, d)
        if _speakers_today(art, d):
            # '"Today we lost seven of our staff in a strike," the founder said': the speaker's today, a day
            # the report tells the quote after, told on the report's day or the one before it
            return DateSpan(d.span.start - timedelta(days=1), d.span.end, "range"), 1, d.kind
        return _as_of_saying(art, d, cl), 3, d.kind
    if _SINCE_ADVERB.search(art.text, cl.start, cl.end) and art.published:
        return None, 0, "since"
    if same := _SAME_DAY.search(art.text, cl.start, cl.end):
        # "Earlier the same day, jets struck X": the day last told before it, event or not
        back = art.sentences[max(0, art.sentence_index(cl.start) - 3)].start
        told = [
            d for d in art.event_dates_in(back, cl.start)
            if d.span and (d.span.end - d.span.start).days <= 1 and not art.in_dateline(d.start)
        ]
        if told:
            return told[-1].span, 2, "relative"
        if same.group("in_day") and art.published:
            # "Earlier in the day, troops killed four gunmen", no day told just before: the day of the report
            return DateSpan(art.published, art.published, "day"), 2, "relative"
    offset = _DAY_OFFSET.search(art.text, cl.start, cl.end)
    if offset:
        n = parse_number(offset.group("n") or "one") or 1
        if (offset.group("u") or "").startswith("week"):
            n *= 7  # "a week later": counted in days like the rest
        back = (offset.group("dir") or offset.group("dir2")).lower() in ("earlier", "before", "previous", "preceding")
        if offset.group("n") and BOUNDED_STRETCH.search(art.text, max(0, offset.start() - 30), offset.start()):
            # "less than two weeks later, gunmen raided X": the days a bound leaves open, not the bound's day
            return None, 0, f"offset:{-n if back else 1}:{-1 if back else n}"
        return None, 0, f"offset:{-n if back else n}"
    trail = _OFFSET_BEFORE.search(art.text, max(cl.start, cl.end - 30), cl.end)
    then = _OPENS_AFTER.match(art.text, cl.end) if trail else None
    if trail and then and not BOUNDED_STRETCH.search(art.text, max(0, trail.start() - 30), trail.start()):
        # "drones struck X three days after rebels shelled Y on March 2": the stretch the clause ends with
        # counts its day on from the event the next clause dates (back from it, "before")
        n = (parse_number(trail.group("n")) or 1) * (7 if trail.group("u").lower().startswith("week") else 1)
        return None, 0, f"offset:{n if then.group('dir').lower() == 'after' else -n}"
    fronted = _FRONTED_AFTER.match(art.text, art.sentences[art.sentence_index(cl.start)].start, cl.start)
    if fronted and "," in art.text[fronted.end() : cl.start + 1]:
        # "Three days after rebels shelled X on March 2, drones struck Y": the clause after the one the sentence
        # opens with "N days after" came that many days after the event (or day) told there ("before": back)
        n = (parse_number(fronted.group("n")) or 1) * (7 if fronted.group("u").lower().startswith("week") else 1)
        return None, 0, f"offset:{-n if fronted.group('dir').lower() == 'before' else n}"
    opens = _OPENS_AFTER.match(art.text, cl.start, cl.end)
    stretch = _OFFSET_BEFORE.search(art.text, max(0, cl.start - 30), cl.start) if opens else None
    if opens and opens.group("dir").lower() == "after" and not stretch and _VAGUE_STRETCH.search(art.text, max(0, cl.start - 30), cl.start):
        # "struck X on Monday, days after rebels shelled Y": Y came an untold stretch before, on no day told
        return None, 0, "unresolved"
    if (
        opens
        and stretch
        and "," in art.text[opens.end() : trig.start]
        and not art.text[art.sentences[art.sentence_index(cl.start)].start : stretch.start()].strip(" \"“'‘")
    ):
        # "A day before the vote, a roadside bomb hit X": a stretch opening the sentence, its phrase (closed by a
        # comma before the event word) telling no event (else a clause of its own) and no day, counts from a day
        # the text leaves untold
        return None, 0, "unresolved"
    if opens and stretch:
        # "struck X on June 12, a day after rockets hit Y": Y a day before; "two days before the raid on
        # Y": the raid two days after the event told before it
        n = (parse_number(stretch.group("n")) or 1) * (7 if stretch.group("u").lower().startswith("week") else 1)
        back = opens.group("dir").lower() == "after"
        if BOUNDED_STRETCH.search(art.text, max(0, stretch.start() - 30), stretch.start()):
            # "struck X on Sunday, less than two weeks after rockets hit Y": Y on one of the days the
            # bound leaves open before, not on the bound's own day
            return None, 0, f"offset:{-n if back else 1}:{-1 if back else n}"
        return None, 0, f"offset:{-n if back else n}"
    if art.published and CLOCK_STAMP.match(art.text, art.text.rfind("\n", 0, cl.start) + 1):
        # A live-blog entry stamped with a clock time ("**08:05** — ...") tells of the day it is posted.
        day = _posted_day(art, cl.start)
        return DateSpan(day, day, "day"), 2, "stamp"
    if art.published and (day := _stamp_line_day(art, art.text.rfind("\n", 0, cl.start) + 1)) is not None:
        return DateSpan(day, day, "day"), 2, "stamp"
    days_of = _DAYS_OF_BEFORE.search(art.text, max(art.sentences[art.sentence_index(cl.start)].start, trig.start - 60), trig.start)
    if days_of is not None and (n := parse_number(days_of.group("n"))):
        # "The strike came after two days of clashes in X": the fighting filled the days before the event told
        return None, 0, f"offset:{-n * (7 if days_of.group('u').lower().startswith('week') else 1)}:-1"
    return None, 0, ""



#: A relative clause on a place or thing, opened after the event word: ", which", ", whose", ", where".
_WHICH_OPENS = relative_opener("where")


def _in_which_clause(text: str, after: int, d: DateMention) -> bool:
    """``d`` lies in a relative clause opened after ``after`` and not closed (by a comma) before it."""
    opened = None
    for m in _WHICH_OPENS.finditer(text, after, d.start):
        opened = m
    return opened is not None and "," not in text[opened.end() : d.start]


def _in_comma_aside(text: str, start: int, d: DateMention, at: int) -> bool:
    """``d`` lies in an aside set off by commas after the clause's first words and closed before ``at``."""
    if d.end > at:
        return False
    opened = text.rfind(",", start, d.start)
    return opened > start and "," in text[d.end : at] and not text[start:opened].strip().lower().startswith(("on ", "in ", "at "))


#: A time told by someone's age then: "He was 19 when", "when she was only 12", "at the age of 15", "as a
#: teenager", "in his youth" (a life's story, years before the report).
_AGE_THEN = re.compile(
    r"\b(?:(?:was|were)\s+(?:only\s+|just\s+|barely\s+)?(?:\d{1,2}|[a-z]+teen|twenty|thirty)(?:\s+years\s+old)?\s+when"
    r"|when\s+(?:he|she|I|we|they)\s+(?:was|were)\s+(?:only\s+|just\s+|barely\s+)?(?:\d{1,2}|[a-z]+teen|twenty|thirty|a\s+(?:boy|girl|child|teenager|student))"
    r"|at\s+the\s+age\s+of\s+(?:\d{1,2}|[a-z]+teen)|as\s+a\s+(?:teenager|boy|girl|child|young\s+(?:man|woman))|in\s+(?:his|her|their)\s+youth)\b",
    re.I,
)


def _day_within(d: DateMention, own: list[DateMention]) -> DateMention | None:
    """The day told after ``d`` in its clause that lies inside ``d``'s week or month (no tally "since"), if any;
    a weekday told after a whole past week ("last week's attack ..., in which nine died on Thursday") is that week's;
    a day or month told after a year ("During the 2020 war, ... struck ... on September 27") is that year's."""
    s = d.span
    if s is None or d.kind == "since" or (not 1 < (s.end - s.start).days <= 31 and s.precision != "year"):
        return None
    week = s.start.weekday() == 0 and (s.end - s.start).days == 6
    finer = ("day", "month") if s.precision == "year" else ("day",)
    for e in own:
        if e.start <= d.start or e.span is None or e.span.precision not in finer:
            continue
        if s.start <= e.span.start <= s.end:
            return e
        if week and e.kind == "weekday":
            day = s.start + timedelta(days=e.span.start.weekday())
            return DateMention(e.start, e.end, DateSpan(day, day, "day"), e.kind)
    return None


def _ahead_of_report(art: Document, d: DateMention) -> bool:
    """Whether a date lies wholly after the day the article was published and the next (a page stamped in
    the west tells of "early Sunday" where it happened, its next day)."""
    if art.published is None or d.span is None or d.span.start <= art.published + timedelta(days=1):
        return False
    # "attacked the garrison on December 3" on a page stamped November 30: a yearless day the text does not
    # look ahead to, within the week dates.py keeps in the stamp's year, is a later update's news, not a plan
    return not (
        d.kind == "explicit"
        and d.span.start <= art.published + timedelta(days=7)
        and not YEAR_WRITTEN.search(art.text, d.start, d.end)
        and not FORWARD.search(art.text, max(0, d.start - 60), d.start)
    )


def _fronted_anchor(art: Document, cl: events.Clause, trig: events.Trigger, own: list[DateMention]) -> DateSpan | None:
    """The day a clause's event came on when its sentence opens with "N days after (or before) <a thing> on
    <day>," and every day the clause holds lies in that opening (no event of its own was read there to take it)."""
    fronted = _FRONTED_AFTER.match(art.text, art.sentences[art.sentence_index(cl.start)].start, trig.start)
    comma = art.text.find(",", fronted.end(), trig.start) if fronted else -1
    if comma < 0 or not all(fronted.end() <= d.start < comma for d in own):  # type: ignore[union-attr]
        return None
    d = own[-1]
    if d.span is None or d.span.precision != "day":
        return None
    n = (parse_number(fronted.group("n")) or 1) * (7 if fronted.group("u").lower().startswith("week") else 1)  # type: ignore[union-attr]
    if fronted.group("dir").lower() == "before":  # type: ignore[union-attr]
        n = -n
    return offset_span(d.span.start, f"offset:{n}")


def offset_span(day: date, kind: str) -> DateSpan:
    """The day (or window of days) an ``offset:`` date kind counts from ``day``: "offset:-2" two days
    before it, "offset:-14:-1" any day of the two weeks before it (a stretch told as a bound)."""
    parts = [int(x) for x in kind.split(":")[1:]]
    first = day + timedelta(days=parts[0])
    if len(parts) == 1:
        return DateSpan(first, first, "day")
    return DateSpan(first, day + timedelta(days=parts[1]), "range")


#: What lies between a "since" date and the event it dates: a few words of a noun phrase ("since the
#: March 4, 2021, clash", "since the June 3 rebel attack").
_SINCE_EVENT_GAP = re.compile(r",?\s*(?:[\w'’-]+\s+){0,2}$")
#: Words that open a clause of their own: after one, the event is no part of the "since" phrase.
_SINCE_GAP_STOP = words("and or but that which who while as after before until has have had is are was were")
#: A day of the month in a date's text: "March 4", "4 March", "Oct. 7th" (a year's four digits are none).
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)")


def _measured_over(art: Document, d: DateMention, after: int) -> bool:
    """ "Five died in a bombing at X, one of the worst attacks in the country since May 2021": a "since" stretch
    after a measure (a superlative or a first of an event noun) told after the event word (ending at
    ``after``) is the stretch the event is measured over, no day of its own."""
    return d.kind == "since" and d.start > after and events.measures(art.text, after, d.start)


def _since_names_event(art: Document, d: DateMention, trig: events.Trigger) -> bool:
    """ "The commission has met nine times since the March 4 clash at X": the "since" date names the day
    of the event word that follows it, which happened on that day (a point, not the stretch from it to the
    report). False when the event word is not the one the date opens (it comes first: "the deadliest
    attack since 2019"), or a clause of its own comes between them (after a comma that closes no
    "March 4, 2021,")."""
    if d.span is None or trig.start < d.end:
        return False
    if art.text.startswith(",", d.end) and "," not in art.text[d.start : d.end]:
        return False  # "since February 2025, retaking towns": a clause of its own, not the date's noun
    return bool(_SINCE_EVENT_GAP.match(art.text, d.end, trig.start)) and not any(
        t.norm in _SINCE_GAP_STOP for t in art.tokens_in(d.end, trig.start)
    )


def _since_date(art: Document, cl: events.Clause, trig: events.Trigger) -> DateMention | None:
    """The "since" date of the clause that names the day of the event word (``_since_names_event``)."""
    return next(
        (
            d
            for d in art.event_dates_in(cl.start, trig.start)
            # (an undated page leaves "since" dates as told: no stretch to the report)
            if (d.kind == "since" or SINCE_BEFORE.search(art.text, max(0, d.start - 12), d.start))
            and _since_names_event(art, d, trig)
        ),
        None,
    )


def _since_point(art: Document, d: DateMention) -> tuple[DateSpan, int, str]:
    """The day, month or year a "since" date names, as its text tells it ("March 4, 2021" a day, "October
    2023" a month, "2019" a year), with how firmly it dates the event and its kind."""
    said = art.text[d.start : d.end]
    first = d.span.start  # type: ignore[union-attr]  (asked only of a resolved date)
    if _DAY_NUMBER.search(said):
        return DateSpan(first, first, "day"), 3, "explicit"
    if any(ch.isalpha() for ch in said):
        return month_span(first.year, first.month), 3, "period"
    return year_span(first.year), 3, "period"


#: Days counted back from the day of speaking: "yesterday", "last night", "overnight", "two days ago".
_DAYS_BACK = re.compile(
    rf"(?:yesterday|last\s+night|overnight|(?:{NUMBER}|a|one)\s+days?\s+ago|today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today)$",
    re.I,
)


def _as_of_saying(art: Document, d: DateMention, cl: events.Clause) -> DateSpan | None:
    """ "The air force said on Monday it shot down 40 drones overnight": a day counted back from the day
    of speaking is counted from the day the sentence gives the saying, not from the report's."""
    if d.kind != "relative" or d.span is None or art.published is None or not _DAYS_BACK.match(art.text[d.start : d.end]):
        return d.span
    s = art.sentences[art.sentence_index(d.start)]
    # (counted from the day the story's dates count from: a dateline's own day, "KYIV, March 2 -", on a page
    # stamped March 3, is already the saying's "on Sunday")
    base = art.story_day or art.published
    said = [
        x for x in art.event_dates_in(s.start, s.end)
        if x.kind in ("weekday", "explicit") and x.span is not None and x.span.precision == "day"
        and x.span.start < base and _is_report_date(art, x, cl if cl.start <= x.start < cl.end else events.Clause(s.start, s.end, ()))
    ]
    if len(said) != 1:
        return d.span
    shift = base - said[0].span.start
    return DateSpan(d.span.start - shift, d.span.end - shift, d.span.precision)


_QUOTED_TODAY = re.compile(r"(?:earlier\s+)?(?:today|this\s+(?:morning|afternoon|evening))", re.I)
#: A verb of saying in the past, told after the quotation closes: '..." the founder said', '," said X'.
_SAID_AFTER_QUOTE = re.compile(r"[\"”]\s*,?\s*(?:[\w'’.-]+\s+){0,5}?(?:said|told|wrote|added|posted|stated)\b", re.I)


def _speakers_today(art: Document, d: DateMention) -> bool:
    """ "today" inside a quotation whose speaker the report tells in the past ('"...today...," X said'):
    the day of speaking, which the report's day only bounds."""
    if d.span is None or d.kind != "relative" or art.published is None or d.span.start != art.published:
        return False
    if not _QUOTED_TODAY.fullmatch(art.text[d.start : d.end]):
        return False
    s = art.sentences[art.sentence_index(d.start)]
    before = art.text[s.start : d.start]
    opened = before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")
    return opened and _SAID_AFTER_QUOTE.search(art.text, d.end, s.end) is not None


#: Where what a statement says opens: "that", a quotation, an infinitive or an object's "for"/"against".
_SAID_OPENS = re.compile(r"\s(?:that|to|for|against|over)\s|[\"“]")
#: What was said opening right at the verb, with no "that": "Iran said the April 1 strike on its consulate
#: ... would not go unanswered" (the day is the strike's, not the saying's).
_SAID_AT_ONCE = re.compile(r"\s+(?=(?:the|an?|its|their|his|her|this|these|those)\s)", re.I)


#: A verb whose first words may name the one addressed, not what is said: "warned the rebels on Saturday that
#: ..." (a short phrase, then the day of the saying).
_ADDRESSED = re.compile(r"\b(?:warn(?:ed|s)?|cautioned|told|tells|urged)$", re.I)
_ADDRESSEE_THEN_DAY = re.compile(rf"\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{1,3}}?(?:(?:late|early)\s+)?on\s+{WEEKDAY}\b")


def _said_end(text: str, after: int, end: int) -> int:
    """Where the content of a statement whose verb ends at ``after`` opens (``end`` when not found)."""
    addressed = _ADDRESSED.search(text, max(0, after - 12), after) and _ADDRESSEE_THEN_DAY.match(text, after, end)
    if not addressed and (at := _SAID_AT_ONCE.match(text, after, end)) is not None:
        return at.start()
    m = _SAID_OPENS.search(text, after, end)
    return m.start() if m else end






#: How long a live-blog entry's heading may be after its clock.
_HEADING_CHARS = 100


#: A stretch of fighting an event came after, up to its event word: "came after two days of ", "followed a week
#: of heavy ".
_DAYS_OF_BEFORE = re.compile(
    r"\b(?:came|comes|come|followed|follows|follow)\s+(?:after\s+)?(?P<n>[\w-]+)\s+(?P<u>days?|weeks?)\s+of\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _entry_heading(text: str, start: int, end: int) -> bool:
    """Whether the line from ``start`` to ``end`` is a live-blog entry's stamped heading: a clock, then a short
    title that ends no sentence ("13:05 GMT - Sirens sound in northern Israel")."""
    m = CLOCK_STAMP.match(text, start, end)
    title = text[m.end() : end].strip() if m else ""
    return bool(title) and len(title) <= _HEADING_CHARS and not title.endswith((".", '"', "”")) and ". " not in title


#: A title's word for the day before the report: "Recap of yesterday", "Yesterday's key events".
_YESTERDAY = re.compile(r"\byesterday\b", re.I)


def _stamp_line_day(art: Document, line: int) -> date | None:
    """The day of the stamp alone on the line above the one starting at ``line`` (blank lines skipped), the
    entry it heads: the report's day for a bare clock, the day before for "Yesterday", else the day it
    writes; None when that line is no stamp."""
    end = len(art.text[:line].rstrip())  # the line above, blank lines skipped
    start = art.text.rfind("\n", 0, end) + 1
    m = STAMP_LINE.fullmatch(art.text, start, end) if end > start else None
    if m is None and art.published is not None and _entry_heading(art.text, start, end):
        # "13:05 GMT - Sirens sound in the north": a stamped heading over its entry tells its day; "09:15 GMT -
        # Recap of yesterday" the day before the page's
        head = CLOCK_STAMP.match(art.text, start, end)
        return art.published - timedelta(days=1) if head and _YESTERDAY.search(art.text, head.end(), end) else _posted_day(art, start)
    if m is None or art.published is None:
        return None
    if m.group("yesterday"):
        return art.published - timedelta(days=1)
    told = [d for d in art.dates_in(start, end) if d.span is not None and d.span.precision == "day"]
    return told[0].span.start if told else _posted_day(art, start)  # type: ignore[union-attr]


def _posted_day(art: Document, pos: int) -> date:
    """The day a clock-stamped live-blog entry at ``pos`` was posted: that of the last line above it that holds
    a day alone ("Monday 3 March 2025", the blog's heading for that day's entries), else the report's."""
    assert art.published is not None
    for d in reversed(art.dates_in(0, pos)):
        if d.span is None or d.span.precision != "day" or d.span.start > art.published:
            continue
        line_start = art.text.rfind("\n", 0, d.start) + 1
        line_end = art.text.find("\n", d.end)
        if not art.text[line_start : d.start].strip() and not art.text[d.end : line_end if line_end >= 0 else len(art.text)].strip():
            return d.span.start
    return art.published


#: "Biden's Aug. 31 deadline", "the May 2 ceasefire": a date that names another thing than the event.
_DATED_NOUN = words("deadline deadlines ceasefire truce agreement deal accord summit meeting talks election elections vote")


def _other_frame_date(art: Document, d: DateMention, after: int, word: str) -> bool:
    """A date in the event's clause that is not its day: it dates a noun ("the Aug. 31 deadline"), or it
    opens a period after "since" ("the first deadly attack since raids started in October 2023").
    """
    i = art.token_index(d.end)
    if i < len(art.tokens) and art.tokens[i].norm in _DATED_NOUN and not art.text[d.end : art.tokens[i].start].strip():
        return True
    # only for one event: "the strikes have increased since the war began in October" dates a series
    single = not word.endswith("s")
    return single and d.kind != "since" and d.start > after and any(t.norm == "since" for t in art.tokens_in(after, d.start))


#: The phrase a date sits in, back to the nearest clause break: "since the war began on Friday, June 13".
_PHRASE_BREAK = re.compile(r"[,;:(]\s*(?=[^,;:(]*$)")


def _in_since_phrase(art: Document, d: DateMention, lo: int) -> bool:
    """ "It was the first attack since the war began on June 13, and came a day after X warned ...": a date
    in a period's opening phrase ("since ...") dates the event that opened the period, so it is no spare
    day for another event the sentence tells."""
    head = art.text[max(lo, d.start - 80) : d.start]
    cut = _PHRASE_BREAK.search(head)
    since = casualties.SINCE_WORD.search(head, cut.end() if cut else 0)
    # ("since May" is the period's own start, the event's, not another event's day)
    return since is not None and bool(head[since.end() :].strip())


def _opens_what_is_said(art: Document, d: DateMention, trig: events.Trigger) -> bool:
    """Between a day and the event word, what the speaker says opens: "that", or a subject pronoun with no
    "that" ("the army said on Friday it had killed ..."), so the day is the saying's."""
    return bool(_THAT.search(art.text, d.end, trig.start) or _SUBJECT_AFTER.match(art.text, d.end, trig.start))


def _dates_the_noun(art: Document, d: DateMention, trig: events.Trigger) -> bool:
    """ "blamed for the weekend rocket attack", "said Sunday's strike": a date told just before the
    event word, with at most two words between them, names the event's day, whatever verb of saying
    stands before it."""
    if d.end > trig.start or trig.start - d.end > 40:
        return False
    between = art.text[d.end : trig.start]
    if _SPEAKER_THEN_VERB.fullmatch(between) and trig.word.split()[-1] not in events.NOUNS:
        return False  # "said on Tuesday they had attacked": the day the speakers said it, their deed before
    return len(between.split()) <= 2 and not any(ch in between for ch in ",;:()\"“”")


#: A pronoun and its auxiliary between a day and an event verb: " they had ", " it ", " that it had ".
_SPEAKER_THEN_VERB = re.compile(r"\s+(?:that\s+)?(?:it|they|we)\s+(?:had\s+|have\s+|has\s+)?", re.I)


#: Nouns of a statement: "a Saturday statement", "in a statement issued on Saturday", "Sunday's briefing".
_STATEMENT = r"(?:statements?|announcements?|briefings?|communiqu[eé]s?|speech|interview|remarks|video|(?:news|press)\s+(?:conference|release))"
_STATEMENT_AFTER = re.compile(rf"(?:['’]s)?\s+(?:(?:night|morning|evening|afternoon)\s+)?{_STATEMENT}\b", re.I)
_STATEMENT_BEFORE = re.compile(rf"\b{_STATEMENT}\s+(?:[a-z]+\s+){{0,2}}$", re.I)


#: A reaction to an event or a delivery of arms told right before a day: "condemned on", "welcomed on",
#: "delivered to Kyiv last week".
_REACTED_BEFORE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|decried|decries|welcom\w*|prais\w*|hail\w*|denied|denies|"
    r"deliver\w*|supplied|shipped|sent|bought|sold|received)\s+(?:[\w'’-]+\s+){0,2}?(?:on\s+)?$",
    re.I,
)
#: A determiner right after a day: the noun phrase after it is not the day's ("on Tuesday a drone attack").
_NEW_PHRASE = re.compile(r"\s+(?:an?|the)\s", re.I)
#: A reaction told right after a day: "(the government) on Tuesday condemned", "(the UN) on Monday strongly
#: denounced", "(the group) on Sunday denied responsibility for".
_REACTION_AFTER = re.compile(
    r",?\s+(?:(?:also|strongly|swiftly|sharply|publicly|later|firmly|angrily)\s+)?(?:condemned|denounced|deplored|"
    r"decried|denied|rejected|dismissed|critici[sz]ed|mourned|welcomed|praised|hailed|slammed|protested)\b",
    re.I,
)
#: The town a rite was held in, between its verb and the day: " in Niamey", " in Gaza City" (one or two
#: words, neither the day's "on").
_IN_TOWN = r"\s+in\s+(?:(?!on\b)[\w'’-]+\s+)?(?!on\b)[\w'’-]+"
#: A court's step told right after a day: "(a court) last year convicted", "(a judge) on Tuesday jailed".
_COURT_STEP_AFTER = re.compile(
    r",?\s+(?:(?:also|formally|finally|unanimously)\s+)?(?:convicted|sentenced|acquitted|jailed|indicted|"
    r"found\s+(?:[\w'’-]+\s+){1,3}?(?:guilty|not\s+guilty)|handed\s+down|upheld|overturned|charged)\b",
    re.I,
)
#: A rite of mourning or a court's step told right before a day: "funerals were held on", "were buried on",
#: "the trial opened on", "was sentenced on".
_RITE = alternation(RITES, "s?")
_RITE_BEFORE = re.compile(
    rf"\b(?:(?:{_RITE}|ceremon(?:y|ies)|trials?|hearings?)\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:held|opened|began|took\s+place)|"
    r"buried|mourned|laid\s+to\s+rest|sentenced|convicted"
    # ... with the town between ("were buried in Niamey on", "attended the funeral in Gaza on"), the
    # sentence ("sentenced five men to death on", "sentenced him to 20 years in prison on")
    rf"|(?:buried|laid\s+to\s+rest|(?:attended|held|joined)\s+(?:the\s+|a\s+)?(?:{_RITE}))"
    + _IN_TOWN
    + r"|sentenced\s+(?:(?!on\b)[\w'’-]+\s+){0,3}?to\s+(?:death|life|(?:[\w-]+\s+)?years)(?:\s+in\s+(?:prison|jail))?"
    # ... or of a recovery: "the refinery resumed operations on Monday after repairs to units hit by drones",
    # "power was restored in Kharkiv on Monday after missiles hit a substation" (an airport reopened is an
    # event of its own, GUIDE: type other)
    r"|(?:resumed\s+(?:operations|work|production)|restored)"
    r"(?:" + _IN_TOWN + r")?"
    r")\s+(?:on\s+)?$",
    re.I,
)


#: An event recalled by the time gone since it, right before its word: "marked three years since the missile
#: strike on the mall", "on the anniversary of the bombing", "Thursday marks a decade since the raid". The day
#: the sentence tells is the remembering's; the event fell years (or months) before, on a day left untold.
_ANNIVERSARY = Prefiltered(re.compile(
    r"(?:\b(?:(?:\w+|first|second|third|\d+(?:st|nd|rd|th))\s+)?anniversary\s+of|"
    rf"\b(?:{NUMBER}|a|one)\s+(?:years?|decades?)\s+(?:since|after|on\s+from)"
    r")\s+(?:the\s+|a\s+|an\s+)?(?:" + GAP_WORD + r"\s+){0,4}?$",
    re.I,
))


#: A toll that rose, told right before a day: "the death toll from the strikes rose to 74 on Friday" (the
#: day the count was given, not the day of the strikes).
_TOLL_ROSE_BEFORE = re.compile(
    rf"\b{casualties.TOLL_NOUN}\b[^.;!?]*?\b{casualties.TOLL_ROSE_VERB}\s+(?:to\s+)?(?:(?:at\s+least|more\s+than|over)\s+)?"
    r"[\d,]+(?:\s+(?:people|dead|deaths))?\s+(?:on\s+|by\s+)?$",
    re.I,
)


#: An event told as the object of a retelling, right before its word: "the general recalled the rocket attack
#: on the base", "the report examined the drone strike", "a documentary retraces the bombing". The day the
#: sentence tells before it is the retelling's (the interview's, the report's), not the event's.
_RETELLING = re.compile(
    r"\b(?:recall(?:ed|s|ing)?|remember(?:ed|s|ing)?|recount(?:ed|s|ing)?|retrac(?:ed|es|ing|e)|revisit(?:ed|s|ing)?"
    r"|examin(?:ed|es|ing|e)|look(?:ed|s|ing)?\s+back\s+(?:at|on)"
    # an inquiry, a work or a museum that has the event as its subject: "launched an investigation into the
    # air strike", "a drama about a drone strike", "tells the story of the bombing", "a novel set during the"
    r"|(?:investigation|inquiry|probe|review)\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:into|of)"
    r"|(?:documentary|film|movie|book|novel|drama|play|series|podcast|exhibition)\s+(?:[\w-]+\s+){0,2}?about"
    r"|tell(?:s|ing)?\s+the\s+story\s+of|set\s+(?:during|amid|in)\s+the\s+(?:days|weeks|months|time)\s+of|set\s+during)\s+"
    r"(?:the|a|an|its|their|his|her|that|this)\s+(?:" + GAP_WORD + r"\s+){0,4}?$",
    re.I,
)


def _recalled(art: Document, cl: events.Clause, trig: events.Trigger) -> bool:
    """The event word is named by the years gone since it ("ten years since the bombing") or as what is
    retold ("recalled the rocket attack"), in its clause, and no event word comes before that phrase ("a bomb exploded on Friday as residents marked ten years since
    an earlier attack" tells a new blast)."""
    m = _ANNIVERSARY.search(art.text, max(cl.start, trig.start - 90), trig.start) or _RETELLING.search(
        art.text, max(cl.start, trig.start - 60), trig.start
    )
    return m is not None and not any(
        t.start < m.start() and not _OPENS_INQUIRY.fullmatch(art.text, t.end, m.start()) for t in cl.triggers
    )


#: An inquiry a launch verb may open: "launched an investigation into".
_INQUIRY_NOUN = re.compile(r"\b(?:investigation|inquiry|probe|review|inquest|appeal)\b", re.I)
#: The words between a verb and the inquiry it opens: "launched| an |investigation into" (the verb, an event
#: word of its own, opens the inquiry, not an event before it).
_OPENS_INQUIRY = re.compile(r"\s+(?:an?|the|its|their)\s+(?:(?:new|independent|internal|formal|full|urgent)\s+)?", re.I)


def _aftermath_day(art: Document, lo: int, d: DateMention, event_at: int) -> bool:
    """The day ``d`` is told with the event's aftermath, not the event: a rite of mourning, a court's step
    ("were buried on Tuesday"), a recovery ("resumed operations on Monday") or a toll's rise ("the toll
    rose to 74 on Friday") (text from ``lo`` on is read), or a rite named with its day ahead of the event
    word at ``event_at`` ("funerals on Thursday of the 13 killed in the strike")."""
    return bool(
        _RITE_BEFORE.search(art.text, max(lo, d.start - 40), d.start)
        or _TOLL_ROSE_BEFORE.search(art.text, max(lo, d.start - 200), d.start)
        or _rite_of_the_dead_day(art, lo, d, event_at)
    )


#: A rite's noun right before its day ("funerals on", "at a vigil on") ...
_RITE_NOUN_ON = re.compile(rf"\b(?:{_RITE})\s+(?:on\s+)?$", re.I)
#: ... and the dead it is held for right after the day ("of the 13 killed", "for the victims").
_FOR_THE_DEAD = re.compile(r"\s+(?:of|for)\s", re.I)


def _rite_of_the_dead_day(art: Document, lo: int, d: DateMention, event_at: int) -> bool:
    """ "Funerals on Thursday of the 13 killed in the missile strike": the rite, its day and the dead it is
    for, all before the event word, tell the rite's day. A rite the event struck ("a bomb hit a funeral on
    Thursday for an elder") comes after its event word, whose day it stays."""
    return (
        d.end <= event_at
        and _FOR_THE_DEAD.match(art.text, d.end) is not None
        and _RITE_NOUN_ON.search(art.text, max(lo, d.start - 20), d.start) is not None
    )


#: A rite or an inquiry heading the subject the event word is told in: "the funeral of the soldiers killed in",
#: "the trial of the men accused of the bombing", "the inquiry into the strike".
_RITE_SUBJECT = re.compile(
    rf"\b(?:{_RITE}|trials?|hearings?|inquiry|inquest|investigation|probe)"
    r"\s+(?:of|into|for|over)\b",
    re.I,
)
#: ... and its verb right before a day: "was held in Niamey on", "opened on", "began on".
_RITE_VERB_BEFORE = re.compile(
    r"\b(?:(?:was|were)\s+held|opened|began|started|took\s+place)(?:" + _IN_TOWN + r")?"
    r"\s+(?:on\s+)?$",
    re.I,
)


def rite_day(art: Document, d: DateMention) -> bool:
    """A day another sentence tells with a rite or a court's step ("Funerals on Thursday of the 13 killed
    in Xtown drew thousands."), ahead of that sentence's first event word: the rite's day, which no event
    told after it takes."""
    s = art.sentences[art.sentence_index(d.start)]
    first = next((t.start for t in art.triggers_in(d.end, s.end)), s.end)
    return _aftermath_day(art, s.start, d, first)


def _aftermath_dated(art: Document, lo: int, hi: int, event_at: int) -> bool:
    """text[lo:hi] tells a day with the event's aftermath (see _aftermath_day)."""
    return any(_aftermath_day(art, lo, d, event_at) for d in art.event_dates_in(lo, hi))


def dates_a_statement(art: Document, d: DateMention) -> bool:
    """The date is told with a statement's noun, so it is the statement's day, not the event's."""
    return bool(
        _STATEMENT_AFTER.match(art.text, d.end)
        or _STATEMENT_BEFORE.search(art.text, max(0, d.start - 50), d.start)
    )


def _own_clause_place(art: Document, c: Cand, spare: list[Place], split: int) -> Place | None:
    """The sentence's spare place on the event's side of ", and" where another lies beyond it: "Fires broke out
    in the X region after a missile strike, and power was cut in Y" (the clause after ", and" tells a
    consequence elsewhere, no scene of the strike). None where no place lies beyond such a break."""
    side = [p for p in spare if p.role == "loc" and (p.start < split) == (c.pos < split)]
    a, b = c.clause
    own = [
        p for p in side
        if not _AND_BEYOND.search(art.text[p.end : a] if p.end <= a else art.text[b : p.start] if p.start >= b else "")
    ]
    return best_place(own) if own and len(own) < len(side) else None


#: A clause of its own joined by ", and": the break a consequence told elsewhere follows.
_AND_BEYOND = re.compile(r",\s+and\s")


def _narrows(art: Document, place: Place | None, spot: Place | None) -> bool:
    """A town or spot (rank 3 or more) in the very country an event is placed in, and nowhere closer, or
    a known town within reach of the province or region it is placed in. The country's capital narrows it
    only where it is no government and no reporter's desk: not in a dateline or opening its line
    ("Capital (Wire) -", "Capital — ..."), nor joined to another party ("after the capital and its
    neighbour signed a deal")."""
    if place is None or spot is None or spot.country is None or spot.country != place.country:
        return False
    if place.rank == 3:
        # (a province holds its towns: "fighting in X province, ... residents of Y fled"; a town of the next
        # province is none of its, however near: "hit a plant in the Poltava region, and power was cut in Kharkiv")
        if spot.rank < 4 or not nested(place, spot):
            return False
    elif place.rank > 1 or spot.rank < 3:
        return False
    capital = art.lexicon.capital_city(spot.country) if spot.country else None
    if place.rank <= 1 and entry_filed_from(art, spot):
        # "08:15 GMT - KYIV - Russia launched 120 drones at Ukraine": a live entry's dateline is where the reporter
        # files from, read as a dateline's own sentence is (linking: a capital's only for an event told "in" the
        # country; none for one told at the country, over it or a part)
        return (
            (capital is None or capital.name != spot.name or somewhere_in(art, place))
            and not aimed_at(art, place)
            and not over_or_a_part(art, place)
        )
    if capital is None or capital.name != spot.name:
        return True
    line = art.text.rfind("\n", 0, spot.start) + 1
    return not (
        art.in_dateline(spot.start)
        or not art.text[line : spot.start].strip()  # "Capital — ...": a dateline's town opens its line
        or art.text.startswith(" and ", spot.end)  # "after the capital and its neighbour signed": a party
    )



def _is_report_date(art: Document, d: DateMention, cl: events.Clause) -> bool:
    words = [t.norm for t in art.tokens_in(max(cl.start, d.start - 40), d.start)][-4:]
    if any(w in speech.SAYING for w in words) or dates_a_statement(art, d):
        return True
    head = art.text[cl.start : cl.start + 30].lower().lstrip(", ")
    return head.startswith(("according to", "said", "speaking"))


#: A clause of a warning right before a place: "as sirens sounded across ", "air raid alerts were declared in ".
_WARNED_THERE = re.compile(r"\b(?:sirens?|alarms?|alerts?)\b[^,;.]*$", re.I)
#: A clause of harm right before a place: "a sailor was killed by shrapnel near " (up to the clause's comma).
_HARMED_THERE = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|hurt|died)\b[^,;]*$", re.I)


#: What lies between a day and the event word of a clause the day opens with "when": ", when strikes ".
_WHEN_AFTER_DAY = re.compile(r"\s*,?\s*when\s+(?:[\w'’-]+\s+){0,4}$", re.I)


def _day_before_when(art: Document, sentence_dates: list, c: Cand) -> DateMention | None:
    """The day told right before the "when" that opens the clause of ``c`` ("on Saturday, when strikes hit")."""
    return next(
        (
            d
            for d in sentence_dates
            if d.end <= c.pos and (d.span.end - d.span.start).days <= 1 and _WHEN_AFTER_DAY.fullmatch(art.text, d.end, c.pos)
        ),
        None,
    )


#: The subject of a sentence that tells when it came against an earlier event: "The hearing came two days
#: after", "The visit comes a week after" (its head noun, read back to where the text told it before).
_SUBJECT_CAME = re.compile(
    r"\W*(?:the|this|that|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z][\w-]+)\s+"
    r"(?:came|comes|follows|followed)\b",
    re.I,
)


def _came_after_subject_day(art: Document, s_idx: int, c: Cand) -> DateSpan | None:
    """The day of the thing a sentence's subject names again ("Lawmakers met at a hearing on Wednesday. The
    hearing came two days after a drone was downed"), told in the sentence before, from which the event
    the subject "came N days after" counts back. None where that sentence names no such thing on one day."""
    if s_idx == 0 or not came_after(art.text, c):
        return None
    s = art.sentences[s_idx]
    m = _SUBJECT_CAME.match(art.text, s.start, c.pos)
    if m is None:
        return None
    before = art.sentences[s_idx - 1]
    told = re.search(rf"\b{re.escape(m.group('head'))}\b", art.text[before.start : before.end], re.I)
    if told is None:
        return None
    # the day told after the noun in its own clause ("at a hearing on Wednesday"), not one of another clause
    after = before.start + told.end()
    days = [
        d for d in art.event_dates_in(after, before.end)
        if d.span and d.span.precision == "day" and not art.in_dateline(d.start)
        and not re.search(r"[;.]", art.text[after : d.start])
    ]
    return days[0].span if days else None


def _sentence_fill(art: Document, s_idx: int, cands: list[Cand]) -> list[Cand]:
    """The sentence's spare place and date, its attribution and its tolls, given to its candidates."""
    s = art.sentences[s_idx]
    taken = {c.clause for c in cands}
    sentence_dates = [d for d in art.event_dates_in(s.start, s.end) if d.span and not art.in_dateline(d.start)]
    attr = attribution(art, s.start, s.end)
    # ("X said the group fired a missile; the Israeli military said it intercepted it": a clause after a
    # semicolon that names its own speaker reports its own events)
    semi = art.text.rfind(";", s.start, s.end)
    own_attr = clause_attribution(art, semi + 1, s.end) if semi >= 0 else None
    spare: list[Place] = []
    if any(c.place is None or c.place.rank <= 3 for c in cands):
        # "Sirens sounded in Tel Aviv ... as a missile was fired from Yemen": the sentence's place (not one a
        # candidate already holds: "regions, killing one in A and two in B", each town its own event's)
        held = {c.place.start for c in cands if c.place is not None}
        spare = [p for p in places_in(art, s.start, s.end) if not any(a <= p.start < b for a, b in taken) and p.start not in held]
    # "Jets struck Xland on Monday in response to a rocket attack" (or "in revenge for a rocket attack on Y"): the
    # answer and the event it answers lie on either side of the words that link them, and neither takes a
    # place the other side names (the rocket attack was no more in Xland than the strikes were at Y)
    link = _ANSWER_LINK.search(art.text, s.start, s.end)
    split = link.start() if link is not None else s.end
    # "a blast on Monday, as guards at a post outside Xville fired back": with no scene named, the town
    # the sentence names as the point a spot lies by (no distance given), outside any event's clause
    by_side = {
        before: (
            best_place([p for p in spare if (p.start < split) == before and p.role == "loc"]),
            best_place([p for p in spare if (p.start < split) == before and p.role == "ref" and not p.distant]),
        )
        for before in (True, False)
    }
    out: list[Cand] = []
    prev: Cand | None = None
    for c in cands:
        fallback, near = by_side[c.pos < split]
        changes: dict = {"attribution": own_attr if own_attr and c.pos > semi else attr}
        place = c.place
        if place is None and c.type != "threat_statement" and c.anaphor == "":
            place = _own_clause_place(art, c, spare, split) or fallback
            if place is None:
                place = _told_vaguely_at(c, cands)
            if place is None and near is not None and c.type != "interception":
                # (as a clause's own reference point places it: best_place; not an interception, whose
                # scene is where the weapon was downed, while the point locates what it flew at)
                place = replace(near, role="loc", ref_only=True)
        elif (
            _narrows(art, place, fallback)
            and c.type != "threat_statement"
            and not _spread(art, c.clause[0], s.end)
            # ("killed 40 across the Strip, including 11 in a camp in X": the share's place is no narrower scene)
            and not any(m.start() <= fallback.start < m.end() for m in _TOLL_SHARE.finditer(art.text, s.start, s.end))  # type: ignore[union-attr]
            # ("intercepted over X, and a man was killed by shrapnel near Y": where debris hurt someone is no
            # scene of the interception, which lies where the weapons were downed)
            and not (c.type == "interception" and _HARMED_THERE.search(art.text, max(s.start, fallback.start - 80), fallback.start))  # type: ignore[union-attr]
            # ("fired 40 missiles at Ruritania, as sirens sounded across Xville": where the warning was heard is
            # no narrower scene of a barrage told at a country)
            and not _WARNED_THERE.search(art.text, max(s.start, fallback.start - 80), fallback.start)  # type: ignore[union-attr]
        ):
            # "drones struck Ruritania on Monday, and residents of Xville reported damage": the country in
            # the event's clause, a town of it outside: a town or spot of that country the sentence names
            # in no other event's clause is where the event happened (GUIDE: the most specific place named)
            place = fallback
        when_day = _day_before_when(art, sentence_dates, c) if c.date is None and c.date_kind == "" else None
        if when_day is not None:
            # "struck X repeatedly since January, most recently on Saturday, when strikes hit Y": the day told
            # right before "when" is the day of the event the "when" clause tells
            changes.update(date=when_day.span, date_q=2, date_kind=when_day.kind)
            if not c.actors and prev is not None and prev.actors and prev.type == c.type:
                # ... and it is the latest of the deeds the clause before tells, by the same doers
                changes["actors"] = tuple(a for a in prev.actors if not a.endswith(")"))
        elif c.date is None and c.date_kind not in ("since", "unresolved"):
            if prev is not None and prev.date is not None and c.date_kind.startswith("offset:") and prev.date.precision == "day":
                # "a drone struck X on June 2, and rockets hit Y the following day": counted from the day before
                changes.update(date=offset_span(prev.date.start, c.date_kind), date_q=2, date_kind="relative")
            elif (
                c.date_kind.startswith("offset:")
                and not sentence_dates
                and (told_day := _came_after_subject_day(art, s_idx, c)) is not None
            ):
                # "... at a hearing on Wednesday. The hearing came two days after a drone was downed": counted
                # from the day of the thing the subject names again, told in the sentence before
                changes.update(date=offset_span(told_day.start, c.date_kind), date_q=2, date_kind="relative")
            elif prev is not None and c.date_kind == "" and (
                _ANSWER_OPEN.match(art.text, c.clause[0], c.pos) or _FOLLOWING_OPEN.match(art.text, c.clause[0], c.pos)
            ):
                # "struck X on Monday in response to a rocket attack on Y" (or "following a rocket attack on Y"):
                # the event answered or followed came before, on a day the text leaves untold
                changes.update(date_kind="unresolved")
            elif prev is not None and prev.date is not None:
                changes.update(date=prev.date, date_q=max(1, prev.date_q - 1))
            elif c.type != "threat_statement" and _aftermath_dated(art, s.start, s.end, c.pos) and not any(
                not _aftermath_day(art, s.start, d, c.pos) for d in sentence_dates
            ):
                changes.update(date_kind="unresolved")  # the sentence's one day is a funeral's or a court's
            elif free := [
                d
                for d in sentence_dates
                if not any(a <= d.start < b for a, b in taken if (a, b) != c.clause)
                and not _other_frame_date(art, d, c.pos, c.trigger_word)
                and not _in_since_phrase(art, d, s.start)
                and not _measured_over(art, d, c.pos + len(c.trigger_word))
                and not _aftermath_day(art, s.start, d, c.pos)
                and (c.type != "threat_statement" or d.start < _said_end(art.text, c.pos + len(c.trigger_word), s.end))
                and not (c.type != "threat_statement" and _ahead_of_report(art, d))
            ]:
                # "attacked a post near Tillia, which French forces left in 2023, on Tuesday": a day told in a
                # relative clause on a place or thing is its own verb's, not the event's
                d = next((d for d in free if not _in_which_clause(art.text, c.pos, d)), free[0])
                report = any(
                    w in speech.SAYING for w in [t.norm for t in art.tokens_in(s.start, d.start)][-4:]
                ) or (c.type != "threat_statement" and dates_a_statement(art, d))
                if c.date_kind.startswith("offset:") and d.span is not None and d.span.precision == "day":
                    # "the army said on Saturday it struck the depot the previous day": the day is
                    # counted from the day of the saying; "A day after rockets hit Y, a drone struck X on
                    # June 12": from the day of the event the sentence dates
                    changes.update(date=offset_span(d.span.start, c.date_kind), date_q=2, date_kind="relative")
                else:
                    changes.update(date=d.span, date_q=1 if report else 2, date_kind=d.kind)
        if place is None and prev is not None and c.anaphor == "partitive":
            place = prev.place
        if not c.actors and prev is not None and prev.actors and _same_subject_goes_on(art.text, c):
            # "X struck depots in A and shot down drones over B": the second verb's subject is the first's
            changes["actors"] = tuple(a for a in prev.actors if not a.endswith(")"))
        # replace() costs tens of microseconds on a class this wide: only a changed candidate is copied
        if place is not c.place or len(changes) > 1 or attr != c.attribution:
            c = replace(c, place=place, **changes)
        out.append(c)
        prev = c
    for i, c in enumerate(out[:-1]):
        nxt = out[i + 1].date
        if c.date is None and c.date_kind == "" and nxt is not None and _same_subject_goes_on(art.text, out[i + 1]):
            # "X struck depots in A and shot down drones over B on Monday": one day told for both verbs
            out[i] = c = replace(c, date=nxt, date_q=max(1, out[i + 1].date_q - 1), date_kind=out[i + 1].date_kind)
        if c.date is None and c.date_kind.startswith("offset:") and nxt is not None and nxt.precision == "day":
            # "A day after rockets hit Y, a drone struck X on June 12": counted from the day told after it
            out[i] = replace(c, date=offset_span(nxt.start, c.date_kind), date_q=2, date_kind="relative")
    measured = events.measured_since(art.text, s.start, s.end)
    inserted = events.inserted_spans(art.text, s.start, s.end)
    for pos, killed, injured in casualties.find(art.text, s.start, s.end):
        # "strikes on X, sparked by a barrage on Y, killed four": a toll after a clause set off by commas
        # goes on with the event before it, not with one told inside it
        outside = [k for k in range(len(out)) if not any(lo <= out[k].pos and hi <= pos for lo, hi in inserted)] or range(len(out))
        i = min(outside, key=lambda k: abs(out[k].pos - pos))
        if _TOLL_PARTICIPLE.match(art.text, pos) and _COMMA_BEFORE.search(art.text, max(s.start, pos - 4), pos):
            # "strikes hit X, killing 10, and on March 5 strikes hit Y, killing seven": a participle after a
            # comma tells the toll of the event its clause closes, the last one told before it
            earlier = [k for k in outside if out[k].pos < pos]
            if earlier:
                i = max(earlier, key=lambda k: out[k].pos)
        # "killed one in A and wounded three in B", split at each town: the toll is the one of the town told next
        after = [
            k for k in range(len(out))
            if out[k].pos == out[i].pos and out[k].place is not None and out[k].place.start > pos and k != i
        ]
        if after and len({out[k].place for k in after} | {out[i].place}) > 1 and (out[i].place is None or out[i].place.start < pos):
            i = min(after, key=lambda k: out[k].place.start)
        target = out[i]
        if measured and any(target.pos < at <= pos for at in measured):
            continue  # "the worst attack since nine were killed in 2022": the toll of the earlier event
        if _dated_apart(sentence_dates, pos, target):
            continue  # "On May 2, three died by a lorry in X and on May 6, a guard was shot in Y"
        if (target.killed is not None or target.injured is not None) and any(
            o.pos == target.pos and o.place != target.place and (o.killed is not None or o.injured is not None)
            for o in out
        ):
            continue  # "killed one and wounded four, respectively": each town's toll is set, the rest another's
        out[i] = replace(
            target,
            killed=target.killed if target.killed is not None or killed is None else killed,
            injured=target.injured if target.injured is not None or injured is None else injured,
        )
    return out


def _share_at(text: str, pos: int, end: int, place: Place) -> int | None:
    """The share of the toll told at ``pos`` that a place of its own names ("seven were killed, including two in
    Lviv"), when that place is ``place``: its number."""
    m = _TOLL_SHARE.search(text, pos, min(end, pos + 120))
    if m is None or not m.start() <= place.start < m.end():
        return None
    return parse_number(m.group("n"))


def share_of_toll(text: str, a: int, b: int, place: Place) -> tuple[int, int] | None:
    """The whole toll of text[a:b] and its share told at ``place`` ("seven were killed, including two in
    Lviv": (7, 2) for Lviv), or None."""
    for pos, k, _ in casualties.find(text, a, b):
        share = _share_at(text, pos, b, place) if k else None
        if k and share and share < k:
            return k, share
    return None


def _dated_apart(dates: list, pos: int, target: Cand) -> bool:
    """A toll told before an event, each after a day of its own that differ: the toll is of another
    event the sentence tells without an event word ("three people died when a lorry struck them")."""
    if target.date is None or pos >= target.pos:
        return False
    own = max((d for d in dates if d.start < pos), key=lambda d: d.start, default=None)
    return (
        own is not None
        and own.span != target.date
        and any(pos < d.start < target.pos and d.span == target.date for d in dates)
    )


def _told_vaguely_at(c: Cand, cands: list[Cand]) -> Place | None:
    """ "In the first attack on a freighter in the Azure Sea in a year, the ship was crippled by a missile
    strike": the place of a vague mention the sentence makes of its event (an untyped "the attack" that only
    refers to one, which the linker folds or drops with its clause's place) is the placeless event's own; a
    partitive one ("the first attack of ...") lends it only to an event told by its means, with what it hit."""
    for o in cands:
        if (
            o is not c
            and o.type == "other"
            and (o.anaphor == "definite" or (o.anaphor == "partitive" and c.type != "other" and c.objects))
            and not o.plural
            and o.place is not None
            and o.place.role == "loc"
            and o.place.rank >= 2
        ):
            return o.place
    return None


def _counted(art: Document, trig: events.Trigger, weapon: Mention | None, weapons: list[Mention]) -> Mention | None:
    """The weapon whose number is the event's count: the event's own, save that an interception told in
    the active voice counts what it stopped, the verb's object ("jets shot down three drones": 3)."""
    if (
        trig.kind in ("intercept", "destroy")
        and weapon is not None
        and weapon.start < trig.start
        and not is_passive(art, trig.start)
        and not events.got_through(trig.word)
    ):
        return min((w for w in weapons if w.start >= trig.end), key=lambda w: w.start, default=weapon)
    if weapon is not None and trig.word.split()[-1] in events.NOUNS and weapon.end <= trig.start:
        # "launched a missile and drone attack on X, firing 93 missiles and 200 drones": the salvo a participle
        # after the noun counts is the attack's
        fired = next((w for w in weapons if w.start >= trig.end and _FIRING_COUNT.search(art.text, max(trig.end, w.start - 40), w.start)), None)
        if fired is not None:
            return fired
    if weapon is not None and trig.word.split()[-1] in events.NOUNS and not art.text[weapon.end : trig.start].strip():
        # "launched 273 drones at X, the largest drone attack of the war": the noun's own weapon word
        # renames the salvo the verb counted, so the salvo's number is the count.
        launched = [w for w in weapons if w.end <= weapon.start and _LAUNCHED_COUNT.search(art.text, max(0, w.start - 40), w.start)]
        if launched:
            return launched[-1]
    return weapon


#: A participle of firing right before a counted salvo: ", firing 93 ", ", launching more than 40 ".
_FIRING_COUNT = re.compile(rf",\s+(?:firing|launching|sending|using)\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\s+(?:[\w-]+\s+)?$", re.I)


def _count(art: Document, cl: events.Clause, trig: events.Trigger, weapon: Mention | None) -> int | None:
    text = art.text
    if weapon is not None and weapon.start < cl.start and (more := _MORE_OF_THEM.match(text, cl.start, cl.end)):
        # "a drone hit Sumy and three more struck Kharkiv": the weapon is the one told before, the count this
        # clause's own ("another" is one; "the rest" counts none)
        n = _MORE_COUNT.search(more.group())
        if n is None:
            return None
        return 1 if n.group().lower() == "another" else parse_number(n.group())
    if weapon is not None:
        lo = max(cl.start, weapon.start - 60)
        if trig.end <= weapon.start:
            lo = max(lo, trig.end)  # "an F-16 shot down a drone": the verb's object is counted after the verb
        wb = text[lo : weapon.start]
        stopped = trig.kind in ("intercept", "destroy")
        m = _PARTITIVE.search(wb) or (_PART_OF_COUNT.search(wb) if stopped else None) or _COUNT_BEFORE.search(wb)
        if m and any(d.end > lo + m.start("n") for d in art.dates_in(lo + m.start("n") - 30, lo + m.end("n"))):
            return None  # "a 2019 drone attack": the year that dates the event counts nothing
        if m and _VOLLEY_AFTER.match(text, weapon.end):
            return None  # "a missile barrage", "two drone swarms": the number counts volleys, not weapons
        if m:
            n = m.group("n").lower()
            count = 2 if n == "both" else parse_number(n)
            if events.got_through(trig.word):
                # "only three of the 40 missiles got through": 37 were stopped
                return stopped_of(salvo_size(art, text[lo + m.start("n") : weapon.start], weapon), count)
            if left_out(text, cl.start, lo + m.start("n")):
                # "all but three of the 40 missiles were intercepted": three got through, 37 were stopped
                if not stopped:
                    return None
                rest = stopped_of(salvo_size(art, text[lo + m.start("n") : weapon.start], weapon), count)
                # ("shot down all but one of the missiles and 50 of the drones": both kinds stopped)
                more = _counted_after_and(art, cl, weapon) if rest is not None and trig.start < weapon.start else None
                return rest if more is None else rest + more
            # (a salvo of two kinds sent or landing is counted whole, as one stopped is: GUIDE, a mixed salvo
            # sums its projectiles)
            sent = trig.kind in _SALVO_KINDS
            both = _AND_COUNTED_BEFORE.search(text, max(cl.start, lo + m.start() - 60), lo + m.start()) if stopped or sent else None
            if both is not None and count is not None and (first := parse_number(both.group("n"))) is not None:
                # "32 drones and three missiles were shot down": the stopped of both kinds (35)
                return first + count
            salvo = stopped or sent or bool(_FIRING_COUNT.search(text, max(trig.end, weapon.start - 40), weapon.start))
            # (the weapon after the verb, or inside its words: "sent 60 drones and four missiles against X")
            second = _counted_after_and(art, cl, weapon) if salvo and trig.start < weapon.start and count is not None else None
            if second is not None:
                # "shot down 32 drones and three missiles": both kinds stopped; "..., firing 93 missiles and
                # 200 drones": both kinds fired
                return count + second
            return count
        if (
            _ONE_BY_ORDINAL.search(wb)
            and not text[weapon.start : weapon.end].lower().endswith("s")
            and not _VOLLEY_AFTER.match(text, weapon.end)
            and trig.word.split()[-1] not in events.NOUNS
        ):
            # "the first drone was shot down over X", "shot down the last missile": one weapon, told by its place
            # in a series ("a second drone" already counts one by its article); "the first drone attack" names an
            # attack, no count
            return 1
        return None
    # (the subject of a passive harm or shooting is its victims, not things: "twelve people were killed by
    # troops" counts no weapon; "three were shot down" counts the drones)
    if events.got_through(trig.word):
        # "Russia fired 30 drones. Only two got through": the rest of the salvo last counted was stopped
        share = _SOME_OF_THEM.search(text[cl.start : trig.start])
        n = _SHARE_NUMBER.search(share.group()) if share else None
        return stopped_of(size_told_before(art, trig.start, None), parse_number(n.group())) if n else None
    if trig.kind == "strike" and (share := _SOME_OF_THEM.search(text[cl.start : trig.start])):
        # "Russia fired 50 drones. Most were downed. Two struck a depot in X": the share of the salvo that hit,
        # counted by its own number (none when the number is what got through of a whole: "all but two")
        n = _SHARE_NUMBER.search(share.group())
        if n is None or left_out(text, cl.start, cl.start + share.start() + n.start()):
            return None
        return parse_number(n.group()) if _fired_just_before(art, art.sentences[art.sentence_index(trig.start)], cl.start) else None
    lo = max(cl.start, trig.start - 40)
    m = (
        _PRONOUN_COUNT.search(text[lo : trig.start])
        if trig.kind not in _VICTIM_KINDS and not _PEOPLE_SHOT.match(trig.word) and is_passive(art, trig.start)
        else None
    )
    if m is not None and m.group("n") and left_out(text, cl.start, lo + m.start("n")):
        # "Russia fired 30 drones. All but two were shot down": two got through, the rest of the salvo was stopped
        out = parse_number(m.group("n"))
        return stopped_of(size_told_before(art, trig.start, None), out) if trig.kind in ("intercept", "destroy") else None
    if m is None and trig.kind in ("intercept", "destroy"):
        # "air defences shot down 60 of them": the share of the weapons told that was stopped
        m = _STOPPED_SHARE.match(text, trig.end, cl.end)
        if m is None and (but := ALL_BUT_OF_THEM.match(text, trig.end, cl.end)):
            # "air defences shot down all but four of them": the rest of the weapons last counted
            return stopped_of(size_told_before(art, trig.start, None), parse_number(but.group("n")))
    if m and m.group("n"):
        n = m.group("n").lower()
        return 2 if n == "both" else None if n == "all" else parse_number(n)
    return None


def _counted_after_and(art: Document, cl: events.Clause, weapon: Mention) -> int | None:
    """The count of a second kind of weapon joined right after ``weapon`` by "and" ("and three missiles", "and
    three of the missiles"); one told by what got through ("and all but one of the missiles") counts the rest
    of its own salvo."""
    after = _AND_COUNTED_AFTER.match(art.text, weapon.end, cl.end)
    if after is None:
        return None
    n = parse_number(after.group("n"))
    if after.group("but") is None:
        return n
    other = next((w for w in art.mentions_in(after.start("n"), after.end()) if w.of("weapon") is not None), None)
    return None if other is None else stopped_of(salvo_size(art, art.text[after.start("n") : other.start], other), n)


_VICTIM_KINDS = frozenset({"harm", "clash"})
#: Event words whose counted weapons were sent or landed together: "launched 80 drones and six missiles" (and
#: the attack that renames the salvo: "... 11 missiles at X in the largest aerial attack of the war").
_SALVO_KINDS = frozenset({"launch", "strike", "airstrike"})
#: ... or right after: "shot down 32 drones and three missiles"; a named weapon's class noun may follow its
#: name first ("2 Iskander-M missiles and 38 drones": the name alone is the weapon told); the second kind may
#: be told whole ("96 of the drones and all four missiles"), as a share ("and three of the missiles") or by what got
#: through ("and all but one of the missiles").
_AND_COUNTED_AFTER = re.compile(
    rf"(?:[\s-]+(?:ballistic\s+|cruise\s+|attack\s+)?(?:drones?|missiles?|rockets?|UAVs?)\b)?\s+and\s+"
    rf"(?:(?:{QUALIFIER})\s+|(?P<but>all\s+(?:but|except|save)\s+)|all\s+(?:the\s+)?)?(?P<n>{NUMBER})\s+"
    r"(?:of\s+(?:the|these|those)\s+)?(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|UAVs?|shells?|bombs?)\b", re.I
)
#: Another kind of weapon counted right before, joined by "and": "32 drones and" (three missiles downed).
_AND_COUNTED_BEFORE = re.compile(
    rf"(?<![-/\w])(?P<n>{NUMBER})\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|UAVs?|shells?|bombs?)\s+and\s+$", re.I
)
#: A noun of many weapons sent at once, right after the weapon's name: "a missile barrage", "a drone swarm".
_VOLLEY_AFTER = re.compile(r"[\s-]+(?:barrages?|salvos?|volleys?|swarms?|waves?)\b", re.I)
#: Strike words only people suffer: "were shot dead", "were gunned down".
_PEOPLE_SHOT = re.compile(r"shot\s+(?:dead|to\s+death)|gunned\s+down|machine")
#: A share of the weapons told, right after the verb that stopped them: "shot down (at least) 60 of them"; or more of
#: them stopped apart, counted on their own: "downed 38 more" (no victims: "killed two more people").
_STOPPED_SHARE = re.compile(
    rf"\s+(?:(?:{QUALIFIER})\s+)?(?P<n>{NUMBER}|both)\s+(?:of\s+(?:them|those|these|the\s+)|more\b(?!\s+(?:people|persons|civilians|soldiers|others)\b))",
    re.I,
)


def _unique(items: list[str]) -> list[str]:
    out: list[str] = []
    for i in items:
        if i not in out:
            out.append(i)
    return out
