"""Who acted and who said so: agents of an event, and the source it is attributed to.

An agent is the subject before the event word ("Iran launched"), the "by" phrase after a
passive ("shot down by coalition forces"), a possessive ("Israel's airstrikes") or a national
adjective on the weapon or force ("Iranian ballistic missile", "Israeli fighter jets").
Names come from the lexicon; "<Country>-backed militias" is an actor as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reporter.extract import speech
from reporter.extract.dates import MONTH, WEEKDAY
from reporter.extract.document import Document
from reporter.extract.events import ANSWER_NOUN, CAUSE_OPEN, NOUNS
from reporter.extract.lemmas import inflected_lemmas
from reporter.extract.lexicon import Mention
from reporter.extract.numbers import NUMBER, QUALIFIER
from reporter.extract.places import KIND_OF
from reporter.extract.prefilter import Prefiltered
from reporter.extract.text import BARE_CLOCK, CLOCK_STAMP, in_quote, relative_opener, words
from reporter.wordlists import QUARTERS

_PREPS = words(
    "killing killed hitting targeting wounding "
    "on at against in into to toward towards from of over with near for about targeting across inside confronting fighting between amid"
)
FORCE_WORDS = words(
    "forces troops military army jets warplanes aircraft air defenses defences defense defence navy drones missiles warships fighter fighters soldiers militias militants gunmen artillery police"
    # (a people's settlers and saboteurs are armed men of that people: _GROUP_WORDS)
    " settlers saboteurs"
    # (picked men are forces too: "Somali commandos killed")
    " commandos paratroopers"
    # (a people's armour, gunships and guards are its forces: "Israeli tanks fired", "Iranian border guards shot")
    " tank tanks gunships helicopters guards snipers"
    # (and its guns its artillery: "Pakistani guns opened fire")
    " guns"
    # (one of its warships or aircraft acts for it too: "a French frigate shot down two drones")
    " warship frigate frigates destroyer destroyers cruiser cruisers corvette corvettes submarine submarines"
    " jet warplane helicopter gunship"
    # (and its units its forces: "Ukrainian units beat back an assault")
    " units"
)
#: A people's fire is its forces' shooting ("Israeli fire killed 12"), not its fire service ("Lebanese fire crews").
_SHOT_FIRE = re.compile(r"\s+fire\b(?!\s+(?:services?|brigades?|departments?|crews?|fighters?|engines?|trucks?|stations?|officials?))", re.I)
#: Of those, the armed men of no state: a people's name before them names no state's act.
_GROUP_WORDS = words("fighters militias militia militants gunmen rebels insurgents separatists jihadists settlers saboteurs")
#: A group told by its kind: "armed faction", "militant groups" (after a people's name: "an Iraqi armed faction").
_ARMED_KINDS = words("armed militant paramilitary jihadist insurgent")
_FACTION_WORDS = words("faction factions group groups")


def _armed_kind(nxt: list[str]) -> bool:
    return len(nxt) >= 2 and nxt[0] in _ARMED_KINDS and nxt[1] in _FACTION_WORDS


#: Armed men named as a group's own: "fighters from", "members of".
_MEMBERS = _GROUP_WORDS | words("members fighter member gunman militant")
_PASSIVE = words("was were been being be is are")
_BACKED = Prefiltered(
    re.compile(
        # (a name with its article joined, "al-Qaeda-linked", is read whole, never from its second half)
        r"(?<![-‐])\b(?!The\s)(?P<x>(?:[Aa]l[-‐])?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[-‐](?:backed|aligned|allied|linked|sponsored|supported)\s+"
        r"(?:armed\s+|Shiite\s+|Shia\s+)?(?:militias?|groups?|factions?|fighters|militants|rebels|proxies|forces"
        r"|separatists|insurgents|paramilitaries|gunmen)\b"
    )
)
#: A backed group named as the target, the victims' side or in apposition to a name told before it:
#: "strikes on Iran-backed militias", "a commander of an Iran-backed group", "Kataib Hezbollah, an Iran-backed
#: militia,", "fuel for the Iran-aligned group" (whom a deed serves, or "a spokesman for" it): no agent of its
#: own (an apposition's head is found as the agent where it is one).
_BACKED_NOT_AGENT = re.compile(
    r"(?:,\s*|\b(?:of|for|on|against|at|targeting|targeted|killing|killed|wounding|hitting|hit|struck|striking"
    # ("shelled Turkish-backed factions' positions": the object of any verb of attack)
    r"|(?:shell|bomb|attack|pound|raid|ambush|shoot|strafe|bombard)(?:ed|ing)|shot)\s+)"
    r"(?:(?:an?|the|two|several|other|rival)\s+)?$",
    re.I,
)
#: What a sentence may open with before a comma, no name set off by it: "Elsewhere,", "On Friday,", "In a separate
#: attack,", "Late on Monday,", "In northern Syria,".
_OPENER = re.compile(
    r"\W*(?:elsewhere|meanwhile|separately|earlier|later|overnight|also|however|yesterday|today|on\s+\w+"
    r"|(?:late|early)\s+(?:on\s+)?\w+|in\s+(?:a\s+separate|another)\s+\w+|in\s+(?:(?:northern|southern|eastern|western|central)\s+)?[A-Z][\w-]+)\s*$",
    re.I,
)


#: A hyphen inside a word ("night-time", "al-Qaeda"): the tokeniser splits there.
_IN_WORD_HYPHEN = re.compile(r"(?<=\w)[-‐](?=\w)")


def _closes_opener(art: Document, comma: int) -> bool:
    """Whether the comma at ``comma`` ends the opening words of its sentence ("Elsewhere, ...")."""
    if not art.text.startswith(",", comma):
        return False
    return _OPENER.match(art.text, art.sentences[art.sentence_index(comma)].start, comma) is not None


#: Support told before a name: "backed by", "with the help of", "under the cover of".
_SUPPORT_BEFORE = re.compile(
    r"\b(?:(?:backed|supported|aided|assisted)\s+by|with\s+the\s+(?:support|help|backing)\s+of|under\s+(?:the\s+)?cover\s+of)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_BACKER = re.compile(r"[-‐](?:backed|aligned|allied|linked|sponsored|supported|made|built)\b")
#: A person's rank or post after a group's name: "a Hamas leader", "the Hezbollah commander".
_TITLES = words(
    "leader leaders commander commanders official officials chief chiefs general generals founder spokesman"
    " spokesperson deputy figure figures operative operatives"
)
_VICTIM_VERBS = words("killed killing wounded wounding injured injuring targeting targeted hitting against")
#: Words that open a clause of its own between a verb of harm and a name: "were killed when Russian troops
#: shelled": the name is the subject of the clause they open, not the harm's object.
_SUBORDINATORS = words("when after as while before because once until since whereas")
#: "believed by", "blamed by": the party after "by" attributes the act; it did not act.
_ATTRIBUTED_BY = re.compile(
    r"\b(?:believed|thought|suspected|assessed|blamed|considered|reported|confirmed|claimed|said|deemed)\s+by\s+(?:the\s+)?$"
)
#: "prompted by the", "triggered by": a participle naming what set the event off.
_CAUSED_BY = re.compile(r"\b" + CAUSE_OPEN + r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
#: A belief before a doer: "the US believed was carried out by", "officials suspect was an attack by".
_BELIEVED_BY = re.compile(
    r"\b(?:believed?s?|suspect(?:s|ed)?|thought|think|assess(?:es|ed)?|blamed?s?)\b[^.;]{0,45}?\bby\s+(?:the\s+)?$"
)
#: "struck facilities used by X", "a post held by Y": the party a target belongs to, not the striker.
_HELD_BY = re.compile(
    r"\b(?:used|operated|run|controlled|held|occupied|owned|manned|frequented|guarded|maintained|inhabited|populated"
    r"|housed|hosted)\s+by\s+(?:both\s+)?(?:the\s+)?$"
)
#: A "by" whose phrase another preposition ends before the name: "by the army on the", "by police in".
_BY_THEN_PREP = re.compile(r"\bby\s+(?:[\w'’-]+\s+){1,4}?(?:on|at|in|near|against|to|for)\s+(?:the\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\b", re.I)
_BY = re.compile(r"\bby\b", re.I)
#: "... in response to aggression by X": after these words a "by" phrase tells the doer of the act answered.
_ANSWER_BETWEEN = re.compile(rf"\b(?:{ANSWER_NOUN}|answer|reply)\s+(?:for|to)\b", re.I)
#: Verbs of sending weapons off, as past tense and participle: "launched 273 drones", "missiles fired
#: by the rebels", "drones flown in from the east". One list for every rule that reads a launch.
LAUNCH_VERBS = r"(?:launched|fired|sent|unleashed|lobbed|flown|dispatched)"
#: "intercepted a missile launched by the Houthis": the "by" phrase of the weapon's launch, not of its stopping.
_LAUNCHED_BY = re.compile(rf"\b{LAUNCH_VERBS}\s+(?:\S+\s+){{0,4}}?by\s+(?:the\s+)?$")
#: "Three US Army soldiers were killed in a drone attack": the target, never the actor.
#: A headline drops the auxiliary: "Three US soldiers killed, 30 wounded in drone attack" (a participle
#: followed by its adjunct, not an object: "US troops killed two militants" is an act).
_HARMED_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:killed|wounded|injured|hurt|targeted|attacked|hit|struck)\b"
    # harm told by what the victims took: "21 US personnel suffered minor injuries in drone attacks", "were
    # treated for traumatic brain injuries"
    r"|(?:suffered|sustained|received|(?:were|was)\s+treated\s+for)\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds|burns|concussions)\b"
    # ("strikes killed at least 25": a count of victims follows, so the name before is no victim)
    r"|(?:killed|wounded|injured|hurt)(?=\s*(?:,|$|\s+(?:in|by|at(?!\s+(?:least|most)\b)|during|as|after|when|near|on|and)\s)))"
)
#: Verbs whose object is the side harmed: a name inside that object ("killed the leader of the group X",
#: "targeted a senior X commander") is the victims' side, never the doer of the event told after it.
_HARM_LEMMAS = inflected_lemmas(words("kill target assassinate eliminate wound injure shoot execute behead abduct kidnap"))
#: Words that end a noun phrase read back from a name: a preposition other than "of" opens an adjunct
#: ("killed in X strikes"), a conjunction, relative or auxiliary a new clause.
_OBJECT_ENDS = words(
    "in during by at on from with after before amid near as when while since and but or nor who which that"
    " whose whom was were is are has have had be been being said says to for against into over through"
    " than then if because"
)
#: Words between a subject's name and its verb: "US forces have killed", "Israel reportedly targeted".
#: ... "special" of "Somali special forces killed".
_SUBJECT_FILL = FORCE_WORDS | words("has have had reportedly allegedly also special")
_OBJECT_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s")
_MADE = re.compile(r"[-‐](?:made|built|designed|supplied|produced)\b")
_ANAPHORIC_SUBJECT = re.compile(
    r"\b(?:the (?:group|militia|movement|faction|organi[sz]ation|statement)|it|they)\s*$", re.I
)


#: A party that claims the act, one that is blamed or accused of it, one suspected of it: GUIDE's
#: "Houthis (claimed)", "Israel (blamed)", "ISIS (suspected)". Lemma-like word sets, no phrases.
_CLAIM_WORDS = words("claimed claims claiming claim")
_BLAME_BEFORE = words("blamed blaming blames blame accused accusing accuses")
_SUSPECT_BEFORE = words("suspected suspecting suspects suspect")
#: A reaction aimed at a party for its deed: "condemned Israel for its strikes", "slammed the RSF over their attack".
_REACTION_VERBS = words(
    "condemned condemns condemning denounced denounces denouncing criticised criticized criticises criticizes "
    "slammed slams rebuked rebukes censured censures"
)
#: The party's own deed after a reaction aimed at it, a day or "again" between: "(Israel) on Thursday for its".
_FOR_ITS_EVENT = re.compile(
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+again|\s+sharply|\s+strongly)?\s*,?\s+(?:for|over)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?$"
)
#: "a bombing widely blamed on Israel", "an attack attributed to ISIS": the party after it is blamed.
#: ("was blamed by the army on the RSF": the one who blames may stand between the verb and "on")
_BLAMED_ON = re.compile(
    r"\b(?:(?:blamed|blames|pinned)(?:\s+by\s+[^,.;]{1,40}?)?\s+on|attributed(?:\s+by\s+[^,.;]{1,40}?)?\s+to)\s+(?:the\s+)?$"
)
#: "an attack near Gao, claimed by JNIM", "which was claimed by the group": the party after it claimed it.
#: (a word or two of kind may stand before the name: "claimed by the separatist X", "by the jihadist group X")
_CLAIMED_BY = re.compile(r"\bclaimed\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
#: "its fighters had", "their jets", "its air defence systems": a possessive pronoun's men or arms (up to three
#: words) as the event verb's subject, or the owner of the event noun itself ("said its strikes hit").
#: "killed 200 attackers in air strikes", "targeted the convoy during a raid": the harm a party did, told with
#: the event it did it in (the tail of _ITS_SUBJECT and _IT_SUBJECT).
_HARM_IN_EVENT = (
    r"(?:killed|destroyed|wounded|eliminated|neutralised|neutralized|targeted|attacked|struck|hit)\s+(?:[\w,’'-]+\s+){1,4}?(?:in|during)\s+"
    r"(?:an?\s+|the\s+|several\s+|a\s+series\s+of\s+)?(?:[a-z-]+\s+)?"
)
_ITS_SUBJECT = re.compile(
    # ('said: "Our jets struck"': a statement's first person is its speaker's too)
    # ("said the group's fighters fired": the speaker's own men named by its kind, as "its" names them)
    r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur|the\s+(?:group|movement|militia|organi[sz]ation)['’]s?)\s+(?:[a-z-]+\s+){0,3}?(?:had\s+|have\s+|has\s+)?"
    # "its jets had carried out an attack on": the event noun a doing verb takes ("its fighters had killed two
    # militants in a raid": the harm they did in it)
    r"(?:(?:carried\s+out|launched|conducted|staged|mounted)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?|" + _HARM_IN_EVENT + r")?$"
)
#: An event noun owned by a possessive pronoun: "its strikes", "their latest drone attack".
_OWNED_NOUN = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[a-z-]+\s+){0,2}$")
#: The subject's own verb before its "its": "had stepped up", "intensified", "has expanded" (no speech verb:
#: "said its" is the speaker's route).
_VERB_OF_ITS = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:stepped\s+up|ramped\s+up|intensified|escalated|expanded|resumed|widened)\s+")
#: "said on Tuesday that it had carried out strikes": the speaker's own pronoun as the event verb's subject
#: (the subject route reads a speaker only a few words before the event; a day or "that" puts it further).
_IT_SUBJECT = re.compile(
    r"\b(?:it|they|[Ww]e|the\s+(?:group|movement|militia))\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?"
    r"(?:(?:carried\s+out|launched|conducted|staged|mounted)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?"
    # "said on Tuesday it had killed 200 attackers in air strikes": the harm it did, told in its event
    # ("said it had targeted the president's convoy in a bombing": the target it struck, told in its event)
    r"|" + _HARM_IN_EVENT + r")?$"
)
#: The verbs of saying (speech.SAYING, the one table), and "claims", which after a party's name is its verb.
_SPEECH_VERBS = speech.SAYING | {"claims"}


#: A participle tying a party to a place or backer before its name by a hyphen: "Pakistan-based", "Iran-backed".
_HYPHEN_TIE = words("based backed linked aligned allied affiliated sponsored supported")


def _word_before(art: Document, m: Mention) -> str:
    """The word before the party's name, past its article and a hyphened tie told before it: the verb of
    "blamed the Houthis for the attack", of "blamed the Pakistan-based group X"."""
    first = m.first
    if first >= 2 and art.tokens[first - 1].norm in _HYPHEN_TIE and art.text[art.tokens[first - 2].end : art.tokens[first - 1].start] in ("-", "‐"):
        tied = next((o for o in art.mentions_in(max(0, art.tokens[first - 2].start - 40), art.tokens[first - 2].end) if o.last == first - 1), None)
        first = tied.first if tied is not None else first - 2
    at = first - 1 if first > 0 and art.tokens[first - 1].norm != "the" else first - 2
    return art.tokens[at].norm if at >= 0 else ""


def _role_suffix(art: Document, m: Mention, trig_start: int) -> str:
    """ " (claimed)" when the party's verb before the event word is a claim, " (blamed)" or
    " (suspected)" when a blaming or suspecting word governs the name; "" when it simply acted."""
    prev = _word_before(art, m)
    if prev in _BLAME_BEFORE:
        return " (blamed)"
    if prev in _SUSPECT_BEFORE or _BELIEVED_BY.search(art.text, max(0, m.start - 70), m.start):
        return " (suspected)"  # ("shells thought to be the group's hit ...", "suspected by police")
    if m.end < trig_start and any(t.norm in _CLAIM_WORDS for t in art.tokens_in(m.end, trig_start)):
        return " (claimed)"
    # "a roadside bomb blamed on X killed five", "a raid claimed by X left ...": a name the blame or claim
    # phrase governs, told before the event word, is the party blamed or claiming, whatever its place
    told = art.text[max(0, m.start - 60) : m.start]
    if _BLAMED_ON.search(told):
        return " (blamed)"
    if _CLAIMED_BY.search(told):
        return " (claimed)"
    return ""


def actor_name(m: Mention, *, adjectival: bool = False) -> str | None:
    """The canonical actor a name stands for, if it can act: a group, force, state or capital."""
    for kind in ("actor", "country", "capital") + (("demonym",) if adjectival else ()):
        e = m.of(kind)
        if e is not None:
            return e.name
    return None


#: A speaker's title right before his name: "Houthi military spokesman", "a spokesman for Kataib Hezbollah,".
_VOICE_TITLE = re.compile(
    r"\bspokes(?:man|woman|person)\s+(?:for\s+(?:the\s+)?(?P<for>[^,.;]{2,50}),\s+)?$", re.I
)

#: Men told as loyal to a commander named with his title ("forces loyal to RSF commander X", "troops loyal
#: to army chief X") are of the party his title names, or of his state when he heads its army. (Only his
#: men: a leader speaking or threatening in his own name stays himself.)
_COMMAND_TITLE = re.compile(
    r"\bloyal\s+to\s+(?:the\s+)?(?P<party>(?:[\w'’-]+\s+){0,3}?)"
    r"(?:(?P<army>army|military|armed\s+forces)\s+)?(?:commander|leader|chief|head|ruler)\s+$",
    re.I,
)


def _spoken_for(art: Document, m: Mention) -> str | None:
    """The party a person named with its title speaks for ("Houthi military spokesman Yahya Saree", "Hamas
    armed wing spokesman Abu Obeida", "a spokesman for the group, X,"): when he says or claims the group
    did a deed, the party did it, not he; and men loyal to a titled commander are his side's (_COMMAND_TITLE)."""
    who = m.of("actor")
    if who is None or who.sub != "person":
        return None
    title = _VOICE_TITLE.search(art.text, max(0, m.start - 70), m.start) or _COMMAND_TITLE.search(
        art.text, max(0, m.start - 70), m.start
    )
    if title is None:
        return None
    if title.groupdict().get("army") and who.country:
        return who.country  # "troops loyal to army chief X": the army he heads, his state's
    if title.groupdict().get("party") is not None:
        lo, hi = title.start("party"), title.end("party")
    elif title.groupdict().get("for"):
        lo, hi = title.start("for"), title.end("for")
    else:
        lo, hi = max(0, title.start() - 40), title.start()
    for party in reversed(art.mentions_in(lo, hi)):
        if art.token_index(hi) - party.last <= 3 and party.of("weapon") is None:
            name = actor_name(party, adjectival=True)
            if name and name != who.name:
                return name
    return None


def _a_person(m: Mention, name: str) -> bool:
    """The name is a person's own, not the party he speaks for: no group a speaker's "the group" names."""
    who = m.of("actor")
    return who is not None and who.sub == "person" and who.name == name


#: What a leader's possessive names as his side's men or rulers: "Hemedti's fighters", "Putin's army",
#: "Netanyahu's government".
_LED_MEN = FORCE_WORDS | _GROUP_WORDS | words("men loyalists government regime administration cabinet")
#: A leader's order of a deed: "Trump ordered strikes", "Putin authorised the offensive" (his side did it).
_ORDERED = words("ordered orders authorised authorized authorises authorizes approved approves directed directs")


def _led_party(art: Document, m: Mention) -> str | None:
    """The party a listed leader leads (the lexicon's ``leads``) where the text names his men or his rulers:
    his possessive before them, a few lower-case words apart at most ("Hemedti's paramilitary fighters"),
    men told as loyal to him ("forces loyal to Haftar"), or his order of the deed ("Trump ordered strikes").
    Not his own words: a threat is his."""
    who = m.of("actor")
    party = art.lexicon.leads.get(who.name) if who is not None and who.sub == "person" else None
    if party is None:
        return None
    if art.tokens[m.last - 1].possessive:
        for t in art.tokens[m.last : m.last + 3]:
            if t.norm in _LED_MEN:
                return party
            if not (t.text.isalpha() and t.text.islower()):
                break
        return None
    if art.norms[m.last : m.last + 1] and art.norms[m.last] in _ORDERED and art.norms[m.last + 1 : m.last + 2] != ["of"]:
        return party  # (not "approved of the strike": a view of another's deed)
    member = _MEMBERS_OF.search(art.text, max(0, m.start - 80), m.start)
    return party if member is not None and member.group("loyal") else None


def party_name(art: Document, m: Mention, *, adjectival: bool = False) -> str | None:
    """The actor a name stands for, a spokesman standing for the party in his title (_spoken_for), a
    leader's men for the party he leads (_led_party)."""
    return _spoken_for(art, m) or _led_party(art, m) or actor_name(m, adjectival=adjectival)


#: A relative clause set off by commas between a subject and its verb: ", who officials say are backed by X,".
_VIEW_ASIDE = re.compile(r",\s+(?:who|whom|which|whose)\s[^,.;:]{3,100},\s")
#: Such a clause on a place or thing ("In Niger, which expelled French forces in 2023, jihadists attacked"):
#: the parties it names act in it, not in the clause it interrupts.
_THING_ASIDE = relative_opener()
#: The verbs of a view held of the subject inside such a clause: a saying, a belief, a charge, a label.
_VIEW_VERBS = speech.PLAIN | words(
    "say believe believes believed accuse accuses accused allege alleges alleged describe describes described"
    " consider considers considered suspect suspects suspected call calls called brand brands branded"
)


#: "came under rocket attack", "comes under fire": the subject is what was attacked.
_CAME_UNDER = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,4}$", re.I)
#: The same told as the event word itself: "came under fire".
_CAME_UNDER_AT = re.compile(r"(?:came|come|comes|coming)\s+under\b", re.I)
#: Between "came under fire" and the party it came from: " from the".
_FROM_PARTY = re.compile(r"\s+from\s+(?:the\s+|an?\s+|suspected\s+)?", re.I)
#: Where a people's fire comes from, as its forces': "from an Israeli position", "from the Syrian side".
_FIRING_POINTS = words("position positions post posts side outpost outposts")
#: The fire of an event told as come from somewhere in a clause of its own: "adding that the shots came from",
#: "the fire originated from an".
_FIRE_CAME_FROM = re.compile(
    r"\b(?:fire|shots|shooting|gunfire|rounds|shells)\s+(?:had\s+|have\s+)?(?:came|come|originated)\s+from\s+"
    r"(?:the\s+|an?\s+)?",
    re.I,
)


def _fire_told_from(art: Document, trig_end: int) -> list[str]:
    """The party whose forces or post a later clause says the fire came from ("a patrol came under fire, ...,
    adding that the shots came from an X position"), in the sentence or the next one where that tells no
    event first; [] for a place alone ("came from the village")."""
    k = art.sentence_index(trig_end)
    end = art.sentences[min(k + 1, len(art.sentences) - 1)].end
    for told in _FIRE_CAME_FROM.finditer(art.text, trig_end, end):
        if told.start() > art.sentences[k].end and any(art.triggers_in(art.sentences[k].end, told.start())):
            return []  # (the next sentence tells an event of its own before it)
        m = next((m for m in art.mentions_in(told.end(), end) if m.start == told.end()), None)
        if m is None:
            return []
        nxt = art.norms[m.last : m.last + 1]
        name = actor_name(m, adjectival=True)
        if name and (not _placed(m) or (nxt and (nxt[0] in FORCE_WORDS or nxt[0] in _GROUP_WORDS or nxt[0] in _FIRING_POINTS))):
            return [name]
        return []
    return []


#: A quarter or a neighbour's word before a place: "in eastern Syria", "in neighbouring Mali".
_QUARTERS = QUARTERS | words("neighbouring neighboring nearby")


def _placed(m: Mention) -> bool:
    """The name is a country's or a place's (a state's troops come from it; a group's men belong to it)."""
    return any(m.of(kind) is not None for kind in ("place", "country", "demonym", "capital"))


def _word_before_quarter(art: Document, first: int) -> str:
    """The word before a name, past the quarters named before it: "in" for "in eastern Syria"; none for a
    name that opens its sentence (the last word of the sentence before, "... two were killed. X fighters
    stormed", governs nothing in it)."""
    k = first - 1
    while k > 0 and art.tokens[k].norm in _QUARTERS:
        k -= 1
    if k < 0 or art.sentence_index(art.tokens[k].start) != art.sentence_index(art.tokens[first].start):
        return ""
    return art.tokens[k].norm


def is_passive(art: Document, trig_start: int) -> bool:
    return any(w in _PASSIVE for w in art.words_before(trig_start, 2))


#: A count's qualifier, before its number: "at least 40", "as many as 12".
_QUALIFIED_COUNT = re.compile(rf"\b(?P<q>{QUALIFIER})\s+(?:{NUMBER})\b", re.I)


def agents(
    art: Document,
    a: int,
    b: int,
    trig_start: int,
    trig_end: int,
    *,
    max_gap: int = 6,
    by: bool = True,
    subject: bool = True,
    stopped: bool = False,
) -> list[str]:
    """The actors of an event whose word spans trig_start..trig_end inside the clause a..b
    (``stopped``: an interception, whose actor is the side that stopped the weapon)."""
    mentions = art.mentions_in(a, b)
    found: list[str] = []
    for g in _BACKED.finditer(art.text, a, b):
        not_agent = _BACKED_NOT_AGENT.search(art.text, max(a, g.start() - 30), g.start())
        if not_agent is not None and _closes_opener(art, not_agent.start()):
            not_agent = None  # "Elsewhere, Iran-backed militias fired ...": the comma ends an opener, no apposition
        if not_agent or _HARMED_AFTER.match(art.text, g.end()):
            continue  # "a commander of an Iran-backed militia was killed", "strikes on Iran-backed groups"
        held = _HELD_BY.search(art.text, max(a, g.start() - 30), g.start())
        if held and not _FROM.search(art.text, max(a, held.start() - 40), held.start()):
            continue  # "hit a depot used by Iran-backed groups": whose target it was, as for a listed name
        if any(g.end() < m.start <= g.end() + 2 for m in mentions):
            continue  # "the al Qaeda-linked group JNIM": the name told right after is the actor
        told = (
            _group_told_before(art, g.start())
            if re.search(r"\bthe\s+$", art.text[max(a, g.start() - 5) : g.start()], re.I)
            and re.search(r"(?:group|faction|militia|movement)$", g.group(0))
            else None
        )
        if told is not None:
            # "X stormed a hotel. The al-Qaeda-linked group claimed it": the group named before, described
            found.append(told)
            continue
        # "an attack the US believed was carried out by Iran-backed militias": suspected, not seen to act
        believed = _BELIEVED_BY.search(art.text, max(a, g.start() - 70), g.start())
        said_before = art.words_before(g.start(), 1)
        blamed = bool(said_before) and said_before[-1] in _BLAME_BEFORE  # "blamed Iran-backed militias"
        found.append(g.group(0) + (" (suspected)" if believed else " (blamed)" if blamed else _held_behind(art, g.start(), g.end(), trig_start)))
    # "troops came under fire from X fighters": the subject of "came under" is the target (below), as a passive's
    # is, and the party the fire came from the doer (the event word may be "came under" itself)
    came = _CAME_UNDER.search(art.text, max(a, trig_start - 40), trig_start) or _CAME_UNDER_AT.match(art.text, trig_start)
    for m in mentions if came else ():
        if m.start >= trig_end and _FROM_PARTY.fullmatch(art.text, trig_end, m.start):
            nxt = art.norms[m.last : m.last + 1]
            name = actor_name(m, adjectival=True)
            if name and (not _placed(m) or (nxt and (nxt[0] in FORCE_WORDS or nxt[0] in _GROUP_WORDS or nxt[0] in _FIRING_POINTS))):
                found.append(name)  # (not "from Lebanon": where the fire came from, as a place)
            break
    if came and not found:
        found.extend(_fire_told_from(art, trig_end))
    # "by X" after the event word.
    owner_by: int | None = None
    for m in mentions if by else ():
        if _opposed(art, m):
            continue  # "provoked by the anti-Israeli campaign": a party named as what the campaign opposes
        if m.start >= trig_end:
            between = art.words_before(m.start, 4)
            if "by" in between and not _BY.search(art.text, trig_end, m.start):
                # "troops, backed by jets, killed 12 X fighters": the "by" before the event word is not its agent's
                between = [w for w in between if w != "by"]
            if "by" in between and _ATTRIBUTED_BY.search(art.text, max(trig_end, m.start - 30), m.start):
                continue  # "believed by the US to be ...": who says so, not who did it
            if owner_by is not None and m.start - owner_by < 40 and not _BY.search(art.text, owner_by, m.start):
                continue  # "used by Iran's Revolutionary Guards": the same owner's phrase
            held = _HELD_BY.search(art.text, max(trig_end, m.start - 30), m.start) if "by" in between else None
            if held and not _FROM.search(art.text, trig_end, held.start()):
                # "struck facilities used by the militia": whose target it was, not who struck (but
                # "fired from an area held by the rebels": the holders fired)
                owner_by = held.end()
                continue
            if stopped and "by" in between and _LAUNCHED_BY.search(art.text, max(trig_end, m.start - 60), m.start):
                break  # "shot down drones launched by Russia": the launch's "by", and no later name is the stopper
            if "by" in between and _CAUSED_BY.search(art.text, max(trig_end, m.start - 30), m.start):
                break  # "a closure prompted by the Iranian barrage": the party of the cause, not of this event
            if "by" in between and _ANSWER_BETWEEN.search(art.text, trig_end, m.start):
                # "the barrage was an answer to aggression by X": the "by" of the act answered, not of this one
                break
            if "by" in between and m.start - trig_end < 80:
                if _BY_THEN_PREP.search(art.text, max(trig_end, m.start - 40), m.start):
                    continue  # "blamed by the army on the RSF": the name another preposition governs is no "by" object
                if _BACKER.match(art.text, m.end):
                    continue  # "by Iran-backed militias": the militias acted (found above), not their backer
                name = actor_name(m, adjectival=True)
                if name:
                    # ("by suspected Boko Haram fighters": the agent named as a suspect)
                    believed = _BELIEVED_BY.search(art.text, max(trig_end, m.start - 70), m.start) or (
                        m.first > 0 and art.tokens[m.first - 1].norm in _SUSPECT_BEFORE
                    )
                    # ("an attack claimed by X": the party that claimed it, GUIDE's suffix)
                    claimed = _CLAIMED_BY.search(art.text, max(trig_end, m.start - 40), m.start)
                    found.append(name + (" (suspected)" if believed else " (claimed)" if claimed else ""))
                    break
    # A possessive or national adjective right before the event word or its weapon; not a speaker whose
    # report names a doer of its own ("Pakistan's army said militants attacked": the militants did it).
    told = _report_start(art, mentions, a, trig_start)
    before = [m for m in mentions if told <= m.start and m.end <= trig_start]
    # "a US base came under rocket attack": the subject of "came under" is the target, as a passive's is (came)
    passive_verb = is_passive(art, trig_start)
    passive = passive_verb or bool(came)
    event_verb = art.text[trig_start:trig_end].split()[-1].lower() not in NOUNS
    # (a toll's qualifier adds no distance: "fighters killed at least 40 people in a raid"; looked for per
    # name only when the clause holds one)
    any_qualified = before and _QUALIFIED_COUNT.search(art.text, before[0].end, trig_start) is not None
    asides = [(g.start(), g.end()) for g in _VIEW_ASIDE.finditer(art.text, a, trig_start)] if before else []
    owned_place = 0
    for m in reversed(before):
        if any(n.end < m.start and m.end < _past_apposition(art, n.end) <= trig_start for n in before):
            # "Kataib Hezbollah, a powerful Iraqi armed group, claimed": a people or group in the apposition
            # describes the name before it, the subject
            continue
        aside = next(((lo, hi) for lo, hi in asides if lo < m.start and m.end < hi), None)
        if (
            aside is not None
            and (_THING_ASIDE.match(art.text, *aside) or any(t.norm in _VIEW_VERBS for t in art.tokens_in(*aside)))
            and art.tokens[m.first - 1].norm != "as"
        ):
            # "M23 rebels, who Kinshasa and UN experts say are armed by Rwanda, shelled": the holders of the
            # view the relative clause tells and the parties in it are not the subject of the verb after it
            # (but the label it gives the subject is its name: "militants, whom officials described as X
            # fighters, attacked")
            continue
        # (nor does such a clause add distance: the subject stands before it)
        gap = art.token_index(trig_start) - m.last - sum(
            len(art.tokens_in(lo, hi)) for lo, hi in asides if m.end <= lo and hi <= trig_start
        ) - owned_place
        qualified = _QUALIFIED_COUNT.search(art.text, m.end, trig_start) if any_qualified else None
        if qualified is not None:
            gap -= len(qualified.group("q").split())
        # (a time told between adds no distance to the reach either, "X claimed responsibility late on Sunday
        # for a bombing", unless a report opens between: "X's ministry said on Monday that ..." names a speaker)
        between_toks = art.tokens_in(m.end, trig_start)
        timed = (
            0
            if any(t.norm in _SPEECH_VERBS and t.norm not in _CLAIM_WORDS for t in between_toks)
            else sum(len(art.tokens_in(d.start, d.end)) for d in art.dates_in(m.end, trig_start))
        )
        # (a hyphened word is one word of reach, though two tokens: "killed ten people in a night-time raid")
        joined = len(_IN_WORD_HYPHEN.findall(art.text, m.end, trig_start))
        if gap - timed - joined - _force_run(art, m.last) > max_gap:
            # ("Somali special forces killed two men in a raid": the force words after a people's name are
            # of its name, however many)
            break
        prev = _word_before_quarter(art, m.first)
        nxt = [t.norm for t in art.tokens[m.last : m.last + 3]]
        if m.of("weapon") is not None or _opposed(art, m):
            continue
        if _DENIED.search(art.text, m.end, trig_start):
            continue  # "X denied any role in Sunday's attack": the party denying is not its doer
        if not event_verb and _REPORTED.search(art.text, m.end, trig_start):
            # "the Houthis' al-Masirah TV reported three strikes on Hodeidah": a party or its outlet giving news
            # of an event is its voice, not its doer (a doer is told by "said it", "its fighters", "claimed")
            continue
        held = _HELD_BY.search(art.text, max(a, m.start - 30), m.start)
        if held and not _FROM.search(art.text, max(a, held.start() - 40), held.start()):
            # "radios used by the militia's men blew up": whose things they were, as after the event word (but
            # "rockets fired from an area held by X struck": the holders fired)
            continue
        if REACTED_TO.search(art.text, max(m.end, trig_start - 60), trig_start):
            continue  # "X's foreign minister condemned the shooting": the party reacting is not its doer
        member = _MEMBERS_OF.search(art.text, max(a, m.start - 80), m.start)
        if member and member.group("loyal") and (led := _led_party(art, m)) is not None:
            found.append(led)  # "fighters loyal to Haftar attacked": the party their leader leads
            break
        if member and m.of("actor") is not None and not any(
            # (a word of its own sentence: "... were wounded. Gunmen believed to belong to X attacked")
            w in _VICTIM_VERBS or w in _PREPS
            for w in art.words_before(member.start(), 1, since=art.sentences[art.sentence_index(member.start())].start)
        ) and not (
            # ("fighters loyal to Iran": whom they serve, a state, not who they are; a group's men are its own)
            member.group("loyal") and m.of("actor").sub != "armed_group"  # type: ignore[union-attr]
        ):
            # "gunmen believed to belong to JNIM attacked": the group its men are held to be of (suspected)
            found.append(m.of("actor").name + (" (suspected)" if member.group("belief") or member.group("belief2") or member.group("suspected") else ""))  # type: ignore[union-attr]
            break
        # (the clause's own words only: "three were killed when Russian drones hit X" opens the doer's clause
        # at "when", and the toll's verb before it harms no one named in it)
        two = art.words_before(m.start, min(2, m.first - art.token_index(a)))
        # ("killed in PKK attack": the name follows a preposition, not the verb of harm as its object)
        victim = (
            any(w in _VICTIM_VERBS for w in two) and two[-1:] not in (["in"], ["during"], ["by"])
            and not any(w in _SUBORDINATORS for w in two)
        ) or bool(_HARMED_AFTER.match(art.text, m.end))
        harm = _object_of_harm(art, m, a)
        if harm is not None:
            # "Ruritania killed two commanders of the group X in a raid": the harm verb's subject did it
            doer = _harm_subject(art, harm, a, trig_start)
            if doer is not None and subject and not passive:
                found.append(doer)
                break
            continue
        if victim or _BACKER.match(art.text, m.end):
            continue  # "troops killed two Palestinian gunmen": the gunmen are not the agents
        if _SUPPORT_BEFORE.search(art.text, max(a, m.start - 40), m.start) and re.search(
            r"[^\W\d]|,", art.text[m.end : trig_start]
        ):
            # "forces backed by U.S. air strikes recaptured": the backer's support, words of its own ("M23
            # rebels, backed by Rwanda, captured": a phrase set off by commas, the subject before it)
            continue
        if not event_verb and nxt[:1] and nxt[0] in _TITLES:
            continue  # "the death of a Hamas leader in a bombing": whose leader died, not who bombed
        made = _MADE.match(art.text, m.end)
        adjectival = (
            m.of("demonym") is not None
            and not made
            and (
                # ("Syrian rebels", "Russian separatists": a people's armed men of no state are its adjective's too)
                any(w in FORCE_WORDS or w in _GROUP_WORDS for w in nxt)
                or _armed_kind(nxt)
                or _weapon_follows(art, m)
                or gap == 0
                or _SHOT_FIRE.match(art.text, m.end)
                or _rulers_did(art, m, trig_start)
            )
        )
        possessive = art.tokens[m.last - 1].possessive and gap <= 3
        owner_of = nxt[: art.token_index(trig_start) - m.last]  # (before the event word: not "X's bombing of towns")
        if possessive and any(w in KIND_OF for w in owner_of):
            # "at a base in Iraq's Anbar province shot down": the country owns the place, not the deed (and the
            # place phrase adds no reach to the subject before it)
            kind = next(k for k, w in enumerate(owner_of) if w in KIND_OF)
            owned_place += m.last + kind + 1 - m.first + (prev in _PREPS)
            continue
        if adjectival and _armed_kind(nxt):
            # "an Iraqi armed faction", "Syrian militant groups": a group told by its kind and people, as written
            found.append(art.text[m.start : art.tokens[m.last + 1].end])
            break
        if adjectival and nxt[:1] and nxt[0] in _GROUP_WORDS:
            # "Iraqi militias", "Palestinian gunmen": armed men of that people, not its state ("pro-Iranian
            # militias": the side they take, as written)
            pro = art.text[max(0, m.start - 4) : m.start]
            pro = pro if pro.lower() == "pro-" else ""
            found.append(f"{pro}{art.text[m.start : m.end]} {art.tokens[m.last].text}")
            break
        if (adjectival or possessive) and (passive_verb or (came is not None and m.end <= came.start())):
            # "a Chadian army base came under attack", "Russian positions were shelled": the target's owner
            # ("came under Turkish drone attack": the doer, told between)
            continue
        if adjectival or possessive:
            name = _led_party(art, m) or actor_name(m, adjectival=True)
            if name:
                # ("X's branch claimed the bombing": a claim, as when further off; the fallback below)
                branch = possessive and _claimant_end(art, m) != m.end
                found.extend([*_conjoined(art, before, m), name + (_blame_frame(art, m, trig_start) if branch else "")])
                break
        group = m.of("actor")
        # (not a name a preposition governs before a verb: "militants based in Syria fired", "gunmen
        # from Mali attacked" name where the doers are from, not who they are)
        governed = prev in _PREPS and event_verb
        if governed and group is not None and prev in ("from", "of") and m.first >= 2 and not _placed(m):
            # "militants from JNIM stormed": armed men of the group, not a place they came from
            governed = art.tokens[m.first - 2].norm not in _MEMBERS
        if group is not None and not governed and (gap == 0 or (gap == 1 and _weapon_follows(art, m))):
            # "killed in PKK attack", "in a Hezbollah drone attack": a group named on the event noun is its doer
            found.extend([*_conjoined(art, before, m), (party_name(art, m) or group.name) + _role_suffix(art, m, trig_start)])
            break
        state = m.of("country")
        if (
            state is not None
            and gap == 0
            and not event_verb
            and prev in _IN_THE_EVENT
            and state.name in art.lexicon.flies_its_strikes
        ):
            # "killed in U.S. strikes on X": a state that flies its strikes, named on the strike noun after
            # "in" or "by", made them (as "a U.S. strike" is its; "in Gaza strikes" names a scene, no such state)
            found.append(state.name)
            break
        # ("Kenyan troops, together with Somali forces, stormed": a partner set off by commas after a doer is
        # a doer too, not a name its preposition governs)
        partners = _conjoined(art, before, m) if prev in _PREPS else []
        if not subject or passive or (prev in _PREPS and not partners) or (m.of("demonym") is not None and not adjectival):
            continue
        name = party_name(art, m)
        if name:
            found.extend([*(partners or _conjoined(art, before, m)), name + _role_suffix(art, m, trig_start)])
            break
    # ("Israel said its strikes hit X": a determined noun, yet "its" names the speaker's own blow, not one told before)
    owned = not subject and _OWNED_NOUN.search(art.text, max(a, trig_start - 40), trig_start) is not None
    if owned and not found and not passive:
        # "(X said) Israel had stepped up its strikes": "its" is the subject's whose verb governs it
        own = _OWNED_NOUN.search(art.text, max(a, trig_start - 40), trig_start)
        subj = next((m for m in reversed(before) if m.end <= own.start()), None) if own is not None else None
        if subj is not None and _VERB_OF_ITS.fullmatch(art.text, subj.end, own.start()) and (name := party_name(art, subj)):
            found.append(name)
    if (subject or owned) and not found and not passive:
        speaker = _owning_speaker(art, a, trig_start) or _own_forces_before(art, a, trig_start)
        if speaker is not None:
            found.append(speaker)
    if not found:
        # "Iran condemned Israel on Thursday for its strikes on X": "its" gives the event to the party the
        # reaction is aimed at, not to the one reacting
        aimed = next((m for m in reversed(before) if _word_before(art, m) in _REACTION_VERBS and _FOR_ITS_EVENT.match(art.text, m.end, trig_start)), None)
        name = party_name(art, aimed) if aimed is not None else None
        if name:
            found.append(name)
    if not found:
        # "blamed X for the attack", "X was blamed for the attack", "officials believe X was behind the
        # attack": whom a blame or suspicion names for the event told after it (whoever the subject)
        for m in reversed(before):
            role = _blame_frame(art, m, trig_start)
            name = party_name(art, m) if role else None
            if name:
                found.append(name + role)
                break
        else:
            # "the army blamed the rebels for shelling": the blamed told by its kind is the armed group named
            # last before it, in its sentence or the one before
            group = _BLAMED_THE_GROUP.search(art.text, max(a, trig_start - 60), trig_start)
            told = _kind_told_before(art, group.start("kind"), group.group("kind")) if group is not None else None
            if told is not None:
                found.append(told + " (blamed)")
    # "a bombing widely blamed on Israel": after the event word, the party it is blamed on ("claimed by
    # JNIM": the party that claimed it).
    # (a belief of whose work it was, a phrase of its own, may stand further off in the clause: "struck an oil
    # field near X on Friday in what officials believed to be the work of Y")
    # ("officials blamed the attack on X": the blame's verb before the event noun, its party after "on")
    blamed_then = _BLAMED_THE_EVENT.search(art.text, max(a, trig_start - 40), trig_start)
    for m in mentions:
        if not trig_end <= m.start < trig_end + 140:
            continue
        role = (
            _BLAMED_ON.search(art.text, max(trig_end, m.start - 60), m.start)
            or (_ON_THE.fullmatch(art.text, trig_end, m.start) if blamed_then else None)
            or _CLAIMED_BY.search(art.text, max(trig_end, m.start - 30), m.start)
            if m.start - trig_end < 80
            else None
        ) or _WORK_OF.search(art.text, max(trig_end, m.start - 70), m.start)
        if role is not None:
            # ("claimed by the al-Qaeda-linked group JNIM": the name told after the link is the party)
            linked = next((n for n in mentions if n.start > m.end and _LINKED_TO.fullmatch(art.text, m.end, n.start)), None)
            name = actor_name(linked) if linked is not None else backed_or_name(art, m)
            if name and name not in found:
                found.append(name + {_CLAIMED_BY: " (claimed)", _WORK_OF: " (suspected)"}.get(role.re, " (blamed)"))
            break
    else:
        # "..., which officials blamed on the group", "claimed by the militia": the group named before, by its kind
        # (the blame may lie in a relative clause past the event's own clause: up to the sentence's end)
        end = art.sentences[art.sentence_index(trig_end)].end
        group = _BLAMED_ON_THE_GROUP.match(art.text, trig_end, min(end, trig_end + 120))
        told = _group_told_before(art, group.start("kind")) if group is not None else None
        if told is not None and not any(f.split(" (")[0] == told for f in found):
            found.append(told + (" (claimed)" if group.group("claim") else " (blamed)"))
    if subject and not found and art.text[trig_start:trig_end].split()[-1].lower() not in NOUNS:
        # "a day after the paramilitary group shelled a camp": the group named before, told by its kind, did it
        kind = _THE_GROUP_DID.search(art.text, max(a, trig_start - 60), trig_start)
        told = _group_told_before(art, kind.start()) if kind is not None else None
        if told is not None:
            found.append(told)
    return _unique(found)


#: An armed group told by its kind as the subject right before its event verb: "the paramilitary group ",
#: "the militia had ", "the rebel movement later " (not a group of other words: "a group of gunmen").
_THE_GROUP_DID = re.compile(
    r"(?<![\w-])[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?:group|militia|movement|faction|paramilitaries)\s+"
    r"(?:(?:had|has|have|also|later|then|reportedly|allegedly)\s+){0,2}$"
)


#: After an event word, its blame or claim laid on a group told only by its kind: "(attack) on Monday, which
#: officials blamed on the group", "(raid) claimed by the militia"; a clause of another event ("..., and a bomb
#: on Tuesday was blamed on the group", "while") keeps the blame for that one.
_BLAMED_ON_THE_GROUP = re.compile(
    r"(?:(?!,\s+(?:and|but)\b|\bwhile\b)[^.;:()\"“”]){0,80}?\b(?:(?:blamed|blames|pinned)(?:\s+by\s+[^,.;]{1,40}?)?\s+on|attributed(?:\s+by\s+[^,.;]{1,40}?)?\s+to"
    r"|(?P<claim>claimed\s+by))\s+the\s+(?P<kind>group|militia|movement|faction|organi[sz]ation)\b"
)


#: Before an event word, a blame laid on a group told only by its kind: "blamed the rebels for (shelling)",
#: "accused the militia of (attacking)"; the blame ends right at the event word.
_BLAMED_THE_GROUP = re.compile(
    r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing))\s+the\s+(?P<kind>rebels|insurgents|militants|jihadists|group|militia|movement)"
    r"\s+(?:for|of)\s+(?:(?:carrying\s+out|staging|launching|the|an?)\s+)?$"
)


def _held_behind(art: Document, start: int, end: int, trig_start: int) -> str:
    """ " (suspected)" or " (blamed)" for a party told as behind the event after it ("the US said X-backed
    militias were behind the attack", "officials believe X-backed fighters were likely behind it"), as for a
    listed name (_blame_frame); "" when it is told as the doer."""
    behind = _BEHIND_THE_EVENT.match(art.text, end, trig_start)
    if behind is None or behind.end() != trig_start:
        return ""
    if behind.group("hedge") or _BELIEF.search(art.text, max(0, start - 40), start):
        return " (suspected)"
    return " (blamed)" if _SAID_THAT.search(art.text, max(0, start - 40), start) else ""


def _names_a_group(m: Mention) -> bool:
    return (e := m.of("actor")) is not None and e.sub == "armed_group"


def group_referent(
    art: Document, pos: int, back: int = 1, of_kind: Callable[[Mention], bool] = _names_a_group
) -> Mention | None:
    """The group "the group" at ``pos`` stands for: the last one named before it in its sentence, else in the
    nearest of the ``back`` sentences before that names one, the group that opens that sentence as its
    subject ("The Houthis fired a missile in support of Hamas. The group also ...": the Houthis) or, when
    none opens it, the last one named there."""
    k = art.sentence_index(pos)
    same = [m for m in art.mentions_in(art.sentences[k].start, pos) if of_kind(m)]
    if same:
        return same[-1]
    for j in range(k - 1, max(-1, k - 1 - back), -1):
        s = art.sentences[j]
        named = [m for m in art.mentions_in(s.start, s.end) if of_kind(m)]
        if named:
            return named[0] if _opens_as_subject(art, named[0]) else named[-1]
    return None


def _opens_as_subject(art: Document, m: Mention) -> bool:
    """The name opens its sentence, past a dateline and opening words ("SANAA (Wire) - The Houthis", "On
    Sunday, the group X"): its subject."""
    s = art.sentences[art.sentence_index(m.start)]
    start = max([s.start] + [b for a, b in art.datelines if s.start <= a < m.start])
    head = art.text[start : m.start]
    comma = head.rfind(",")
    if comma >= 0 and _OPENER.match(head, 0, comma):
        head = head[comma + 1 :]
    return re.fullmatch(r"\W*(?:the\s+)?", head, re.I) is not None


def _group_told_before(art: Document, pos: int) -> str | None:
    """The armed group "the X-backed group" at ``pos`` describes (:func:`group_referent`); None when none is
    named so near."""
    m = group_referent(art, pos)
    return m.of("actor").name if m is not None else None  # type: ignore[union-attr]


def _kind_told_before(art: Document, pos: int, kind: str) -> str | None:
    """As :func:`_group_told_before`, but a group named with the same kind after it ("M23 rebels and a
    militia ... the rebels") before the last one named ("... the rebels": M23, not the militia)."""
    k = art.sentence_index(pos)
    lo = art.sentences[max(0, k - 1)].start
    stem = kind.lower().rstrip("s")
    groups = [m for m in art.mentions_in(lo, pos) if (e := m.of("actor")) is not None and e.sub == "armed_group"]
    # (the kind may be the name's own last word, "M23 rebels", or the word after it)
    same = [
        m
        for m in groups
        if art.text[m.start : m.end].lower().rstrip("s").endswith(stem)
        or art.text[m.end : m.end + len(stem) + 2].lower().lstrip().startswith(stem)
    ]
    chosen = (same or groups)[-1:]
    return chosen[0].of("actor").name if chosen else None  # type: ignore[union-attr]


#: Between a network and a group named as tied to it: "-linked group ", "-affiliated ".
_LINKED_TO = re.compile(r"[-‐\s](?:linked|affiliated|backed|aligned|allied|inspired)\s+(?:[\w'’-]+\s+){0,2}?", re.I)


#: Between a party and the event it is blamed for or suspected of: "(was blamed) for the", "of carrying out a".
_FOR_THE_EVENT = re.compile(
    r"\s+(?:(?:is|was|were|are|(?:has|have|had)\s+been)\s+(?:widely\s+|also\s+|largely\s+)?(?P<voice>blamed|accused|suspected)\s+)?"
    r"(?:for|of)\s+(?:(?:carrying\s+out|being\s+behind|staging|launching|conducting|mounting)\s+)?"
    r"(?:(?:the|this|that|an?|last|[A-Z][a-z]+day['’]s)\s+)?(?:[\w-]+\s+){0,3}?$"
)
#: "officials believe X was behind the": a party held responsible in a belief, not seen to act.
_BEHIND_THE_EVENT = re.compile(
    r"\s+(?:was|were|is|are|had\s+been|may\s+have\s+been)\s+"
    # ("X was likely behind the": a hedge makes the saying a suspicion, as a belief does)
    r"(?P<hedge>(?:most\s+|very\s+)?likely\s+|probably\s+|possibly\s+|almost\s+certainly\s+)?(?:behind|responsible\s+for)\s+"
    r"(?:(?:the|this|that|[A-Z][a-z]+day['’]s)\s+)?(?:[\w-]+\s+){0,3}?$"
)
_BELIEF = re.compile(r"\b(?:believ|suspect|think|thought|assess)\w*\s+(?:that\s+)?(?:the\s+)?$", re.I)


#: A party's claim of an event named by a definite noun, right after its name: "claimed the bombing", "has claimed
#: responsibility for Sunday's attack" (a claim denied or not made names no claimant: "has not claimed").
_CLAIMED_THE_EVENT = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+|quickly\s+|later\s+)?claimed\s+(?:(?:responsibility|credit)\s+for\s+)?"
    r"(?:the|this|that|(?-i:[A-Z][a-z]+day)['’]s)\s+(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
#: An armed group's word that it did the event named by a definite noun: "said it carried out the attack", "said
#: on Monday that its fighters had staged Sunday's ambush", "claimed they had carried out the bombing" (a claim
#: in other words).
_SAID_IT_DID_THE_EVENT = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|claimed)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?(?:it|they|its\s+(?:fighters|men|members))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|staged|mounted|was\s+behind|were\s+behind)\s+"
    r"(?:the|this|that|(?-i:[A-Z][a-z]+day)['’]s)\s+(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
#: The event word, then a verb: the claim asserts something of the event, it does not claim it ("claimed the
#: bombing was a success", "claimed the strikes hit civilians").
_ASSERTED_OF = re.compile(r"[\w-]+\s+(?:was|were|is|are|had|has|have|targeted|hit|killed|struck|caused|did)\b", re.I)
#: A word before the claimant that makes its claim someone else's question: "whether X claimed", "if X claimed".
_NOT_BEFORE_CLAIM = re.compile(r"\b(?:whether|if|nor|neither)\s+(?:the\s+)?$", re.I)


#: A group's own branch named by its possessive: "X's regional branch", "X's Yemen affiliate", "its armed
#: wing" (the branch's claim is the group's claim).
_OFFSHOOT = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:branch|branches|affiliate|affiliates|wing|offshoot|franchise|chapter)\b"
)


#: An apposition set off by commas right before a speech verb: ", an Iraqi armed group, " (said).
_APPOSED_SPEAKER = re.compile(r"(?<=[\w)]),\s+(?:an?|the)\s+[^,;.:\"“”()]{3,70},\s*$")
#: The same apposition right after a name: "JNIM, an al-Qaeda affiliate, " (a list's "and" is none).
_APPOSED_AFTER = re.compile(r"(?<=[\w)]),\s+(?:an?|the)\s+(?:(?!\band\b)[^,;.:\"“”()]){3,70},")


def _past_apposition(art: Document, end: int) -> int:
    """Where the name ending at end is done with: past an apposition that describes it ("Kataib
    Hezbollah, an Iraqi armed group, claimed"), else at end."""
    apposed = _APPOSED_AFTER.match(art.text, end)
    return apposed.end() if apposed else end


def _claimant_end(art: Document, m: Mention) -> int:
    """Where the party m's claiming subject ends: past its own branch ("X's local affiliate") when a
    possessive names one, else at its name."""
    branch = _OFFSHOOT.match(art.text, m.end)
    if branch and (art.tokens[m.last - 1].possessive or art.text[m.end : m.end + 1] in "'’"):
        return branch.end()
    return m.end


def _blame_frame(art: Document, m: Mention, trig_start: int) -> str:
    """ " (blamed)" or " (suspected)" when the party m is named as the one blamed for, or suspected of,
    the event whose word starts at trig_start; "" otherwise."""
    prev = _word_before(art, m)
    # ("blamed JNIM, an al-Qaeda affiliate, for the attack": the frame goes on past the name's apposition)
    told = _past_apposition(art, m.end)
    tail = _FOR_THE_EVENT.match(art.text, told, trig_start)
    if tail and tail.end() == trig_start:
        voice = tail.group("voice")
        if voice in ("blamed", "accused") or (voice is None and prev in _BLAME_BEFORE):
            return " (blamed)"
        if voice == "suspected" or (voice is None and prev in _SUSPECT_BEFORE):
            return " (suspected)"
        return ""
    # ("X's regional branch claimed the bombing": the group claims through its branch)
    claim = _CLAIMED_THE_EVENT.match(art.text, _past_apposition(art, _claimant_end(art, m)), trig_start)
    if (
        claim
        and claim.end() == trig_start
        and not _NOT_BEFORE_CLAIM.search(art.text, max(0, m.start - 30), m.start)
        and not _ASSERTED_OF.match(art.text, trig_start)
        # (a spokesman speaks for the party that claims: "spokesman X claimed the attack" names the party in
        # his title, or no claimant)
        and not ((who := m.of("actor")) is not None and who.sub == "person" and _spoken_for(art, m) is None)
    ):
        return " (claimed)"  # "X claimed (responsibility for) the bombing": the event told, its claimant named
    said = _SAID_IT_DID_THE_EVENT.match(art.text, m.end, trig_start)
    if (
        said
        and said.end() == trig_start
        and (who := m.of("actor")) is not None
        and who.sub == "armed_group"
        and m.of("country") is None
    ):
        return " (claimed)"  # "X said it carried out the attack": an armed group's claim in other words
    behind = _BEHIND_THE_EVENT.match(art.text, m.end, trig_start)
    if (
        behind
        and behind.end() == trig_start
        and (behind.group("hedge") or _BELIEF.search(art.text, max(0, m.start - 40), m.start))
    ):
        return " (suspected)"
    if behind and behind.end() == trig_start and _SAID_THAT.search(art.text, max(0, m.start - 40), m.start):
        return " (blamed)"  # "officials said X was behind the bombing": held responsible in a report, no belief
    return ""


#: "X was responsible", "X was behind it", ending its clause: the party held responsible for the event
#: the sentence (or the one before) told, named again by no word of its own.
_RESPONSIBLE_AFTER = re.compile(
    r"\s+(?:was|were|is|are|had\s+been|may\s+have\s+been)\s+(?:responsible|behind\s+(?:it|the\s+attacks?))\s*(?=[.,;]|$)"
)


_RESPONSIBLE_WORD = re.compile(r"\b(?:responsible|behind|blaming|blamed|blames|accused|accuses|suspected|suspects|suspect|hallmarks?|work)\b")
#: "believed by the US to be the work of X", "thought to have been the work of X": a belief of whose it was.
_WORK_OF_PATTERN = (
    r"\b(?:believed|thought|suspected|assessed|deemed)\b[^.;]{0,40}?\bto\s+(?:be|have\s+been)\s+the\s+(?:\w+\s+)?work\s+of\s+(?:the\s+)?$"
)
#: "the attack bore the hallmarks of X", "had all the hallmarks of an X operation": a likeness that suspects X
#: (and the belief above).
_HALLMARKS_OF = re.compile(
    r"\b(?:bore|bears|bear|had|has|have|carried|showed|shows)\s+(?:all\s+)?the\s+(?:\w+\s+)?hallmarks?\s+of\s+(?:the\s+|an?\s+)?$|"
    + _WORK_OF_PATTERN
)
#: The belief alone, as read after an event word: "an attack believed by Washington to be the work of X".
_WORK_OF = re.compile(_WORK_OF_PATTERN)
#: A blame with nothing after its party but where the party is: "A minister blamed Iran-backed militias
#: based in the desert.", "The army blamed the RSF for it." (the verb, then, after the party, the clause's
#: end, "for it", or a participle of its ground).
#: Words that describe a party between the blame and its name: "blaming the paramilitary Rapid Support
#: Forces", "blamed the Islamist group Al-Shabaab" (plain words, none a preposition that opens another phrase:
#: "blamed the attack on X" is another frame).
_PARTY_DESCRIBED = r"(?:(?!(?:on|for|of|in|at|by|and|or|to|with|from|over|after)\s)[A-Za-z][a-z-]*\s+){0,2}"
_BLAMED_BARE = re.compile(r"\b(?:blam|accus)(?:ed|es)\s+(?:the\s+)?" + _PARTY_DESCRIBED + "$")
#: The same with a suspicion: "Police suspected the Pakistani Taliban." (a suspect, not a blamed party).
_SUSPECTED_BARE = re.compile(r"\bsuspect(?:ed|s)?\s+(?:the\s+)?" + _PARTY_DESCRIBED + "$")
#: ("blamed Islamic State cells that remain in the desert": the party's men, then a relative clause)
_BARE_BLAME_END = re.compile(
    r"(?:\s+(?:cells?|fighters|militants|remnants|members|militias?|gunmen|insurgents|jihadists|elements))?"
    # ("accused X of firing it": the deed told again by its verb and a pronoun)
    r"(?:(?:\s+(?:for|of)\s+(?:(?:firing|launching|sending|carrying\s+out|staging|planting|mounting|conducting)\s+)?(?:it|them))?\s*(?:[.;!]|$)|(?:,?\s+(?:that|which|who)\s|\s+(?:operating|based|active)\s+(?:in|from|across)\b)"
    # (a clause about the party that goes on to blame it for another deed: "... for the killing of X")
    r"(?![^.;]*\bfor\s+(?:the|an?|its|their|last|this)\s))"
)
#: A participle of blame opening the clause after a report: "..., the governor said, blaming Ukraine".
_BLAMING_BEFORE = re.compile(r",\s*(?:and\s+)?blaming\s+(?:the\s+)?" + _PARTY_DESCRIBED + "$")
#: After a backer's name, the armed men it backs: "Iran-backed militias".
_BACKED_AFTER = re.compile(
    r"[-‐](?:backed|aligned|allied|linked|sponsored|supported)\s+(?:armed\s+|militant\s+|Shiite\s+|Shia\s+)?"
    r"(?:militias?|groups?|factions?|fighters|militants|rebels|proxies|forces)\b"
)
def backed_or_name(art: Document, m: Mention) -> str | None:
    """The party a name stands for, or the armed men it backs when they follow it ("blamed on Iran-backed
    militias": the militias as written, not their backer)."""
    backed = _BACKED_AFTER.match(art.text, m.end)
    return art.text[m.start : backed.end()] if backed else actor_name(m)


#: A saying right before a party held responsible: "the army said X was responsible" blames X.
_SAID_THAT = re.compile(r"\b(?:said|says|stated|told\s+\w+|added)\s+(?:that\s+)?(?:the\s+)?$", re.I)


def suspected_after(art: Document, lo: int, hi: int) -> str | None:
    """The party a belief or a saying in text[lo:hi] holds responsible with no event named ("..., adding
    that the US believed X was responsible", "Officials think X was behind it": suspected; "the army said
    X was responsible": blamed), with the GUIDE's suffix."""
    if not _RESPONSIBLE_WORD.search(art.text, lo, hi):
        return None  # (asked of every event's clause: one scan in C before the mentions)
    for m in art.mentions_in(lo, hi):
        if _HALLMARKS_OF.search(art.text, max(lo, m.start - 48), m.start) and (name := actor_name(m)):
            return name + " (suspected)"
        if _BLAMING_BEFORE.search(art.text, max(lo, m.start - 48), m.start) and (name := actor_name(m)):
            # "a drone hit a depot, the governor said, blaming Ukraine": the party the report blames
            # ("blaming Iran-backed militias": the militias, not their backer)
            backed = _BACKED_AFTER.match(art.text, m.end)
            return (art.text[m.start : backed.end()] if backed else name) + " (blamed)"
        for bare, role in ((_BLAMED_BARE, " (blamed)"), (_SUSPECTED_BARE, " (suspected)")):
            if bare.search(art.text, max(lo, m.start - 48), m.start) and (name := actor_name(m)):
                backed = _BACKED_AFTER.match(art.text, m.end)
                if _BARE_BLAME_END.match(art.text, backed.end() if backed else m.end, hi):
                    return (art.text[m.start : backed.end()] if backed else name) + role
        # ("believed Iran-backed militias were behind it": the militias, not their backer)
        backed = _BACKED_AFTER.match(art.text, m.end)
        if not _RESPONSIBLE_AFTER.match(art.text, backed.end() if backed else m.end, hi):
            continue
        before = max(lo, m.start - 40)
        role = " (suspected)" if _BELIEF.search(art.text, before, m.start) else " (blamed)" if _SAID_THAT.search(art.text, before, m.start) else ""
        name = (art.text[m.start : backed.end()] if backed else actor_name(m)) if role else None
        if name:
            return name + role
    return None


#: "blamed the attack on X": the verb before the event, the party after "on".
_BLAME_VERB_BEFORE = re.compile(r"\bblam(?:ed|es|ing)\s+$")
_ON_THE = re.compile(r"\s+on\s+(?:the\s+)?")
#: The same verb before an event noun told with its determiner: "blamed the attack", "blames Sunday's bombing".
_BLAMED_THE_EVENT = re.compile(
    r"\bblam(?:ed|es|ing)\s+(?:the|this|that|(?-i:[A-Z][a-z]+day)['’]s)\s+(?:[\w-]+\s+){0,2}?$", re.I
)


def doers_held_to_be(art: Document, lo: int, hi: int) -> str | None:
    """The party an event's doers, unnamed, are held to be when text[lo:hi] names them again by their role ("The
    attackers, believed to be X fighters, burned homes", "the gunmen were thought to belong to X"): a suspect,
    with the GUIDE's suffix (asked only of an event with no doer of its own: "Troops killed 20 men. The
    attackers were believed to be X's" would tell whom the troops fought)."""
    if not _DOERS_NAMED.search(art.text, lo, hi):
        return None  # (asked of every event without a doer: one scan in C before the mentions)
    for m in art.mentions_in(lo, hi):
        if m.of("actor") is not None and _DOERS_HELD_TO_BE.search(art.text, max(lo, m.start - 80), m.start) and (name := actor_name(m)):
            return name + " (suspected)"
    return None


def blamed_party(art: Document, s_start: int, ref_start: int, ref_end: int, s_end: int) -> str | None:
    """The party a sentence blames for, or suspects of, the event its words ref_start..ref_end refer
    back to ("Washington blamed X for the attack", "blamed the attack on X"), with its suffix."""
    for m in reversed(art.mentions_in(s_start, ref_start)):
        role = _blame_frame(art, m, ref_start)
        if role and (name := party_name(art, m)):
            return name + role
    blamed_then = _BLAME_VERB_BEFORE.search(art.text, max(s_start, ref_start - 20), ref_start)
    for m in art.mentions_in(ref_end, s_end):
        if m.start - ref_end < 48 and _HALLMARKS_OF.search(art.text, max(ref_end, m.start - 48), m.start):
            name = actor_name(m)
            return name + " (suspected)" if name else None  # "the attack bore the hallmarks of X"
        if m.start - ref_end < 40 and (
            _BLAMED_ON.search(art.text, max(ref_end, m.start - 60), m.start)
            or (blamed_then and _ON_THE.fullmatch(art.text, ref_end, m.start))
        ):
            name = backed_or_name(art, m)
            return name + " (blamed)" if name else None
    return None


#: When a speaker spoke, told beside the speech verb or its name: "on Friday", "late on Sunday", "Monday night".
_WHEN = (
    rf"(?:(?:late|early)\s+)?(?:on\s+)?(?:{WEEKDAY}|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
#: Speech verbs that report a clause ("X said a rocket hit", "X stressed militants attacked"): speech.PLAIN,
#: not ones that take the event as their object ("X claimed the attack", "X announced strikes": the
#: claimant or announcer did it).
_REPORTING_VERBS = speech.PLAIN
#: A speech verb (not "told", speech.ADDRESSED, whose next words are whom it addresses) whose report opens with a doer of its
#: own, past "that" and the day it was said: "said militants", "said on Monday two missiles"; not a pronoun for
#: the speaker, nor its own forces told with no name ("the army said troops repelled", "the air force said air
#: defences shot down"). Verbs that take a clause ("claimed an attack", "confirmed the strike") take the event.
_SAID_OTHER = re.compile(
    r"\b(?:" + "|".join(sorted(_REPORTING_VERBS - speech.ADDRESSED)) + r")\s+(?:that\s+)?(?:" + _WHEN + r"\s+)?(?:that\s+)?"
    r"(?!(?:it|they|its|their|we|our|he|she|his|her|that|to|on|in|at|after|before|when|while|late|early)\b|"
    r"(?:the\s+)?(?:troops|forces|soldiers|defenders|units|air\s+defen[cs]es?|jets|warplanes)\s+(?!of\b|from\b|loyal\b|in\b)[a-z]|"
    # (but a day's possessive opens the report's subject: "said Thursday's bombing killed nine")
    + _WHEN + r"(?!(?:\s+(?:morning|afternoon|evening|night))?['’]s\b))(?=[A-Za-z])",
    re.I,
)


def _opposed(art: Document, m: Mention) -> bool:
    """The name is the second half of an "anti-" word ("an anti-Turkish campaign"): the party opposed."""
    return art.text[max(0, m.start - 5) : m.start].lower() == "anti-"


#: A source set off by a comma before what it tells: "According to the army, ".
_ACCORDING_OPENS = re.compile(r"\baccording\s+to\s+[^,.;:]{1,80},\s*", re.I)


def _report_start(art: Document, mentions: list[Mention], a: int, trig_start: int) -> int:
    """Where the report of a speech verb before the event word begins when its speaker is not the doer; ``a``
    when there is none. The report names a doer of its own ("Pakistan's army said on Sunday militants
    attacked": past "said"), or a weapon stands in it ("Iraqi forces said a rocket landed near the embassy"
    tells where it fell, not that the speaker fired it; "the army said it fired", "said its jets struck" keep
    the speaker, and jets and warplanes a force reports are its own: "the army said jets struck a depot")."""
    # (the report's opening words may reach into the event word: "said troops repelled")
    # (not a saying inside a relative clause about the subject: "X gunmen, who the army said had crossed from
    # Y, attacked" is X's deed, the clause a view of X)
    asides = [(g.start(), g.end()) for g in _VIEW_ASIDE.finditer(art.text, a, trig_start)]
    start = max(
        (
            m.end()
            for m in _SAID_OTHER.finditer(art.text, a, trig_start + 40)
            if m.end() < trig_start and not any(lo < m.start() and m.end() < hi for lo, hi in asides)
        ),
        default=a,
    )
    # "According to the Sudanese army, a drone struck": the source set off before the report is no doer
    start = max([start, *(m.end() for m in _ACCORDING_OPENS.finditer(art.text, a, trig_start))])
    weapons = [
        w.start
        for w in mentions
        if w.start < trig_start and w.of("weapon") is not None and w.of("weapon").sub != "aircraft"  # type: ignore[union-attr]
    ]
    if weapons:
        verbs = [t.end for t in art.tokens[art.token_index(a) : art.token_index(max(weapons))] if t.norm in _REPORTING_VERBS]
        start = max([start, *verbs])
    return start


def _object_of_harm(art: Document, m: Mention, a: int) -> int | None:
    """The token of a verb of harm before the name in the clause whose object holds the name: "forces
    killed the leader of the group X in a raid" (X was the target, not the raider). Read back over the
    words of one noun phrase: a comma, a preposition other than "of" or a clause word ends it."""
    lo = max(art.token_index(a), m.first - 9)
    # (a count's qualifier is of the phrase: "killed at least 40 fighters of the group X")
    counted = {art.token_index(q.start()) for q in _QUALIFIED_COUNT.finditer(art.text, art.tokens[lo].start, m.start)}
    counted = {i + k for i in counted for k in range(3)}
    for j in range(m.first - 1, lo - 1, -1):
        if _OBJECT_BREAK.search(art.text, art.tokens[j].end, art.tokens[j + 1].start):
            return None
        if art.lemmas[j] in _HARM_LEMMAS:
            return j
        if art.norms[j] in _OBJECT_ENDS and j not in counted:
            return None
    return None


def _force_run(art: Document, k: int) -> int:
    """How many words from token k on name forces ("special forces", "commandos"): up to two, ending on a
    force word; 0 when none."""
    run = 0
    for j in range(k, min(k + 2, len(art.tokens))):
        if art.norms[j] not in _SUBJECT_FILL or art.norms[j] in ("has", "have", "had", "reportedly", "allegedly", "also"):
            break
        if art.norms[j] in FORCE_WORDS:
            run = j - k + 1
    return run


#: A part of an armed group named after it, as the subject its men make up: "an X cell", "a Y faction".
_UNIT_OF_GROUP = words("cell cells faction factions wing unit units")
#: Words set off by commas between a subject and its verb: ", backed by X,", ", who ...,", ", according to X,".
_SET_OFF_BEFORE = re.compile(
    r",\s+(?:backed|supported|aided|assisted|helped|led|joined|together|along|alongside|with|who|which|according)\b"
    r"[^,.;:]{0,70},\s*$",
    re.I,
)


def _harm_subject(art: Document, verb: int, a: int, trig_start: int) -> str | None:
    """The actor named as the subject right before a verb of harm ("Israel killed", "US forces have
    targeted"), or the speaker that "it"/"they" there stands for ("the army said it had killed"); None
    when no name stands there."""
    set_off = _SET_OFF_BEFORE.search(art.text, max(a, art.tokens[verb].start - 90), art.tokens[verb].start)
    if set_off is not None and set_off.start() > a:
        # "Somalia's army, backed by its partners, killed": the subject stands before the words set off
        verb = art.token_index(set_off.start())
    partners = _AND_ITS_PARTNERS.search(art.text, max(a, art.tokens[verb].start - 60), art.tokens[verb].start)
    if partners is not None:
        # "U.S. forces and their Iraqi partners killed": the first of the subject's parties, whose partners they are
        verb = art.token_index(partners.start() + 1)
    k = verb - 1
    while k > 0 and art.norms[k] in _SUBJECT_FILL and verb - k <= 2:
        k -= 1
    if art.norms[k] in ("it", "they") and art.tokens[k].start >= a:
        return _speaker_before(art, a, k, trig_start)
    for m in reversed(art.mentions_in(a, art.tokens[verb].start)):
        between = art.norms[m.last : verb]
        if len(between) > 2 or any(w not in _SUBJECT_FILL and w not in _UNIT_OF_GROUP for w in between):
            return None
        prev = art.tokens[m.first - 1].norm if m.first > 0 else ""
        member = _MEMBERS_OF.search(art.text, max(a, m.start - 80), m.start)
        if member is not None and m.of("actor") is not None:
            if member.group("loyal") and (led := _led_party(art, m)) is not None:
                return led  # "troops loyal to Haftar killed two": the party their leader leads
            # "gunmen believed to belong to an X cell killed five": the group its men are held to be of
            suspected = member.group("belief") or member.group("belief2") or member.group("suspected")
            return m.of("actor").name + (" (suspected)" if suspected else "")  # type: ignore[union-attr]
        if prev in _PREPS:
            return None
        if m.of("weapon") is not None:
            # "an Israeli drone killed two members in a strike on their car": the weapon's owner did it
            owner = next((o for o in art.mentions_in(a, m.start) if o.last == m.first and o.of("weapon") is None), None)
            return actor_name(owner, adjectival=True) if owner is not None else None
        name = actor_name(m, adjectival=any(w in FORCE_WORDS for w in between))
        # ("suspected X militants killed 12 soldiers in an ambush": a suspect, as when it opens the event word)
        return name + _role_suffix(art, m, trig_start) if name else None
    return None


#: A subject's partners joined after it, right before its verb: " and their Iraqi partners ", " and its allies ".
_AND_ITS_PARTNERS = re.compile(r"\s+and\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:partners|allies)\s+$")


def _speaker_before(art: Document, a: int, i: int, trig_start: int, *, group: bool = False) -> str | None:
    """The party whose speech verb stands a few words before token i ("Hamas said on Monday that it"),
    with its role mark (``group``: only a party that is no state, which "the group" can name)."""
    first = art.token_index(a)
    verb = next((j for j in range(i - 1, max(first, i - 6) - 1, -1) if art.tokens[j].norm in _SPEECH_VERBS), None)
    if verb is None:
        return None
    said = art.tokens[verb].start
    apposition = _APPOSED_SPEAKER.search(art.text, max(a, said - 90), said)
    if apposition is not None:
        # "Kataib Hezbollah, an Iraqi armed group, said it": the name before the apposition speaks, not the
        # people or backer the apposition names
        named = next((m for m in art.mentions_in(a, apposition.start()) if m.end == apposition.start()), None)
        name = actor_name(named, adjectival=True) if named is not None else None
        if name and not (group and (name in art.lexicon.countries or _a_person(named, name))):  # type: ignore[arg-type]
            return name + _role_suffix(art, named, trig_start)  # type: ignore[arg-type]
    apposed = _SPOKESMAN_FOR.search(art.text, max(a, said - 120), said)
    for m in reversed(art.mentions_in(a, said)):
        if verb - m.last > 3 and not (apposed and apposed.start("party") <= m.start < apposed.end("party")):
            if apposed and m.start >= apposed.end("party"):
                continue  # the spokesman's own name, set off by commas
            break
        name = party_name(art, m, adjectival=True)
        if name and not (group and (name in art.lexicon.countries or _a_person(m, name))):
            return name + _role_suffix(art, m, trig_start)
    return None


#: "a spokesman for Kataib Hezbollah, Abu Ali al-Askari, said": the party a spokesman the map does not know
#: speaks for, his name set off by commas before the speech verb.
_SPOKESMAN_FOR = re.compile(
    r"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?(?P<party>[^,.;]{2,50}),\s+[A-Z][^,.;]{1,40},\s+$"
)


def _owning_speaker(art: Document, a: int, trig_start: int) -> str | None:
    """ "Hezbollah said on Tuesday that its fighters had fired" (or "that it had fired"): the party whose
    statement names its own fighters or arms, or itself, as the doers (the speech verb a few words before
    "its" or "it", its speaker just before)."""
    its = _ITS_SUBJECT.search(art.text, max(a, trig_start - 80), trig_start) or _IT_SUBJECT.search(
        art.text, max(a, trig_start - 60), trig_start
    )
    at = its.start() if its is not None else None
    aside = _SET_OFF_BEFORE.search(art.text, max(a, trig_start - 90), trig_start) if its is None else None
    if aside is not None:
        # "said its forces, backed by international partners, killed 30 fighters": the subject before the
        # words set off by commas
        lo = max(a, aside.start() - 80)
        its = _ITS_SUBJECT.search(art.text[lo : aside.start()] + " ")
        at = lo + its.start() if its is not None else None
    if its is None or at is None:
        return None
    group = its.group(0).startswith("the ")  # "Israel said the group fired": another party, not Israel ("their": its own)
    return _speaker_before(art, a, art.token_index(at), trig_start, group=group) or _speaker_told_before(
        art, art.token_index(at)
    )


#: "X said its jets struck A, and that a drone had killed two near B": a second report of the statement
#: after one that named the speaker's own forces; ``own`` is where "its" stands.
_AND_THAT_AFTER_OWN = re.compile(
    r"\b(?:said|says|stated|added|announced)\s+(?:that\s+)?(?P<own>its|their|[Oo]ur)\s+[^;.]{5,160},\s+and\s+that\s+"
    r"(?:an?|the)\s+(?:[a-z-]+\s+)?(?:(?:drones?|jets?|warplanes?|aircraft|helicopters?|troops|forces|soldiers)\s+[^,;.]{0,20})?$"
)
#: The forces a speaker's report may name as its own with no owner word (the event word itself may be one).
_OWN_FORCE_WORD = re.compile(r"(?:drones?|jets?|warplanes?|aircraft|helicopters?|troops|forces|soldiers)\b")


def _own_forces_before(art: Document, a: int, trig_start: int) -> str | None:
    """The speaker of a statement whose first report named its own forces, for the unowned drone or troops of
    a report coordinated after it ("The army said its jets struck depots, and that a drone had killed two");
    the clause ``a`` opens is the second report, the first before it in the sentence."""
    start = art.sentences[art.sentence_index(a)].start
    m = _AND_THAT_AFTER_OWN.search(art.text, start, trig_start)
    if m is None:
        return None
    tail = art.text[m.end("own") : trig_start].rsplit("and that", 1)[1]
    if not (_OWN_FORCE_WORD.search(tail) or _OWN_FORCE_WORD.match(art.text, trig_start)):
        return None  # ("..., and that a rocket hit a house": fire the speaker need not have made)
    return _speaker_before(art, start, art.token_index(m.start("own")), trig_start)


#: A speaker told by a pronoun or its kind, right before its speech verb: "it said", "the group said on Monday".
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:it|they|the\s+(?:group|movement|militia|rebels|militants|insurgents)"
    # ("the group's military spokesman said": the group speaking through its spokesman)
    r"(?:['’]s?\s+(?:[a-z]+\s+)?spokes(?:man|woman|person))?)\s+(?:also\s+|later\s+)?(?:said|says|stated|claimed)\s+$",
    re.I,
)


#: A report closing its sentence with its speaker set off by a comma: "..., the Ukrainian air force said on Saturday."
_REPORTER_CLOSES = re.compile(
    r",\s+(?P<who>(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){1,4}?)(?:said|says|reported|announced|added|stated)\b"
    r"(?:\s+(?:on\s+|late\s+|early\s+)?[\w-]+){0,3}\s*[.!]?[\"”]?\s*$"
)


def _speaker_told_before(art: Document, i: int) -> str | None:
    """ "The Houthis issued a statement. It said its air defences had downed a drone": the party a pronoun
    speaker stands for when it opens its sentence (past its opening words, none of them a name) is the
    subject that opens the sentence before, a group or force named in its first few words; None when that
    sentence opens with no such name (the pronoun's party is then left unread)."""
    k = art.sentence_index(art.tokens[i].start)
    s = art.sentences[k]
    speech_verb = next((j for j in range(i - 1, max(art.token_index(s.start), i - 4) - 1, -1) if art.tokens[j].norm in _SPEECH_VERBS), None)
    if k == 0:
        return None
    if speech_verb is None:
        # "<The Israeli military said it struck X>. Its jets also hit Y, the military said": "its" opening the
        # sentence is the subject opening the one before, as a pronoun speaker is
        # (its men or arms, in a report closed by a speaker told by its kind alone: "the military said")
        closing = _REPORTER_CLOSES.search(art.text, s.start, s.end)
        if (
            art.tokens[i].norm not in ("its", "their")
            or art.text[s.start : art.tokens[i].start].strip(" \"“‘'")
            or art.norms[i + 1 : i + 2] == []
            or art.norms[i + 1] not in FORCE_WORDS
            or closing is None
            or art.mentions_in(closing.start("who"), closing.end("who"))
        ):
            return None
        said = None
    else:
        said = _PRONOUN_SPEAKER.search(art.text, max(s.start, art.tokens[speech_verb].start - 40), art.tokens[speech_verb].end + 1)
        if said is None or art.mentions_in(s.start, said.start()):
            return None
    prev = art.sentences[k - 1]
    reporter = _REPORTER_CLOSES.search(art.text, prev.start, prev.end)
    if reporter is not None and said is not None and said.group(0)[:2].lower() == "it":
        # "Russia launched 90 drones, the Ukrainian air force said. It said its air defences downed 60": "it
        # said" goes on with the speaker who closed the sentence before, not with that sentence's subject
        told = [m for m in art.mentions_in(reporter.start("who"), reporter.end("who")) if m.of("weapon") is None]
        name = party_name(art, told[-1], adjectival=True) if told else None
        return name if name is not None and not _a_person(told[-1], name) else None
    opening = [
        m for m in art.mentions_in(prev.start, prev.end) if m.first - art.token_index(prev.start) <= 3 and not art.in_dateline(m.start)
    ]
    if said is None and art.tokens[i].norm == "its" and opening and opening[0].of("actor") is None and art.norms[opening[0].last : opening[0].last + 1] and (
        art.norms[opening[0].last] in FORCE_WORDS
    ):
        return actor_name(opening[0], adjectival=True)  # "The Israeli military said ...": its people's state
    if said is not None and said.group(0)[:3].lower() == "the" and opening and opening[0].of("country") is not None:
        # "Yemen's Houthi rebels said ... The group said": "the group" is the armed group after its country
        opening = [m for m in opening if (a := m.of("actor")) is not None and a.sub == "armed_group"][:1]
    who = opening[0].of("actor") if opening else None
    if who is None or who.sub == "person" or opening[0].of("weapon") is not None:
        return None
    if said is None and art.tokens[i].norm == "their" and who.sub != "armed_group":
        return None  # (a state's or army's own men are "its": "their fighters" are others')
    return who.name


#: A reaction whose object is the event word: "condemned the shooting", "denounced Monday's deadly attack",
#: "condemned a drone attack", "condemned on Tuesday the strike".
REACTED_TO = re.compile(
    r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|decri(?:ed|es)|mourn(?:ed|s|ing)"
    r"|critici[sz](?:ed|es|ing))\s+(?:on\s+\w+\s+)?(?:the|this|that|these|those|an?|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
#: A denial between a party and the event word.
_DENIED = re.compile(r"\b(?:denied|denies|deny|denying)\b")
#: News given between a party and the event noun it reports: "X reported three strikes", "X's TV reported an attack"
#: (not its own deed told by a gerund: "the army reported killing five militants in a raid").
_REPORTED = re.compile(r"\b(?:reported|reports|reporting)\b(?!\s+[a-z]+ing\b)")


#: Prepositions that take an event as the setting of a harm: "killed in U.S. strikes", "wounded during".
_IN_THE_EVENT = words("in during by amid")


#: What armed men are held to be, a belief or a suspicion of whose men they are: "believed to belong to", "thought
#: to be from", "said to be with", "believed to be" (X fighters), "suspected of being" (X members), "suspected of
#: having ties to".
_HELD_TO_BE = (
    r"(?:(?P<belief>believed|thought|suspected|said|alleged)\s+to\s+(?:belong\s+to|be(?:\s+(?:members?|part|fighters|militants)\s+of|\s+from|\s+with)?)"
    r"|(?P<suspected>suspected)\s+of\s+(?:belonging\s+to|being(?:\s+(?:members?|part|fighters|militants)\s+of)?|(?:having\s+)?(?:links|ties)\s+(?:to|with)))"
)
#: Armed men told as members of a group, believed so or not: "gunmen believed to belong to", "fighters who
#: belong to", "militants suspected of belonging to the".
_MEMBERS_OF = re.compile(
    r"\b(?:gunmen|fighters|militants|attackers|assailants|men|insurgents|jihadists|rebels"
    # (forces loyal to a group are its own: "troops loyal to the RSF", "militias loyal to X")
    # (the belief may be set off by a comma: "The fighters, believed to be members of X, ...")
    r"|forces|troops|militias|militiamen|units|soldiers),?\s+"
    rf"(?:{_HELD_TO_BE}|(?:who\s+belong(?:ed)?|belonging)\s+to"
    r"|(?:(?P<belief2>believed|thought|suspected|said|alleged)\s+to\s+be\s+)?(?:still\s+)?(?P<loyal>loyal)\s+to)\s+(?:the\s+|an?\s+)?$",
    re.I,
)
#: The doers of an event named again by their role as doers ("the attackers", "the gunmen"; not "the militants" or
#: "the fighters", who may be those a raid killed).
_DOERS_NAMED = re.compile(r"\bthe\s+(?:attackers|assailants|gunmen|raiders)\b", re.I)
#: The same held to be a party's men: "The attackers, believed to be X fighters, ...", "the gunmen were thought to
#: belong to X" (a suspect of that event).
_DOERS_HELD_TO_BE = re.compile(
    _DOERS_NAMED.pattern + r"\s*,?\s+" + rf"(?:(?:were|was|are|is)\s+)?(?:also\s+|widely\s+)?{_HELD_TO_BE}\s+(?:the\s+|an?\s+)?$",
    re.I,
)


#: A state's rulers named by a people's adjective ("the Syrian government", "the Sudanese regime").
_RULERS = words("government regime junta")
#: Words between the rulers and the event word that keep them its subject: "carried out", "has launched".
_DOING = words("carried out launched conducted staged mounted has have had reportedly allegedly also")


def _rulers_did(art: Document, m: Mention, trig_start: int) -> bool:
    """ "The Syrian government carried out air strikes", "the Sudanese regime bombed": the state did it (not
    "the Iraqi government condemned the strike": a verb of its own between)."""
    if m.last >= len(art.tokens) or art.tokens[m.last].norm not in _RULERS:
        return False
    return all(w in _DOING for w in art.norms[m.last + 1 : art.token_index(trig_start)])


#: Only "and" between two doers named as one subject: "U.S. and British warplanes", "the United States and Britain".
#: "and", or a partner set off by commas: "US forces, with the SDF, raided", "troops, alongside police,
#: stormed" (both acted).
_AND_BETWEEN = re.compile(
    r"\.?\s+and\s+(?:the\s+)?"
    r"|,\s+(?:with|alongside|along\s+with|together\s+with|(?:jointly|in\s+coordination|in\s+partnership)\s+with)\s+(?:the\s+)?"
)


def _conjoined(art: Document, before: list[Mention], m: Mention) -> list[str]:
    """The party joined to the doer m by "and" right before it ("U.S. and British warplanes struck": both
    struck), unless a preposition governs the pair ("strikes on Iran and Iraqi militias")."""
    k = next((i for i, o in enumerate(before) if o is m), None)
    if k is None:
        return []
    # (the pair may straddle a clause's start, an "and" having opened the clause at the second name: "troops
    # shelled X, and US and British jets struck": the first name is read from the text before the clause)
    ahead = [o for o in art.mentions_in(max(0, m.start - 40), m.start) if o.end <= m.start]
    other = before[k - 1] if k else (ahead[-1] if ahead else None)
    if other is None:
        return []
    if other.of("weapon") is not None:
        return []
    # ("Hezbollah fighters and Israeli troops clashed": a force word may end the first name)
    gap = _AND_BETWEEN.search(art.text, other.end, m.start)
    if gap is None or gap.end() != m.start or any(t.norm not in FORCE_WORDS for t in art.tokens_in(other.end, gap.start())):
        return []
    if (
        _word_before_quarter(art, other.first) in _PREPS
        # (words of its own sentence: "... how many had been killed. X fighters and Y troops clashed")
        or any(w in _VICTIM_VERBS for w in art.words_before(other.start, 2, since=art.sentences[art.sentence_index(other.start)].start))
        or (other.first > 0 and art.tokens[other.first - 1].possessive)
    ):
        return []  # "strikes on Iran and Iraqi militias", "killed two Hamas fighters and ...": no doers
    name = actor_name(other, adjectival=True)
    return [name] if name else []


def _weapon_follows(art: Document, m: Mention) -> bool:
    """A weapon named within two words after ``m``, in its noun phrase: "Iranian-made attack drones", "a
    Hezbollah anti-tank missile" (not past a comma: "In Somalia, a mortar attack" sets the place apart)."""
    for other in art.mentions_in(m.end, m.end + 40):
        if other.of("weapon") is not None and other.first - m.last <= 2:
            return not _PHRASE_BREAK.search(art.text, m.end, other.start)
    return False


#: Punctuation that ends a noun phrase between a name and the word after it.
_PHRASE_BREAK = re.compile(r"[,;:()\[\]—–]")


#: "They", "it" as the subject right before the event verb, past the adverbs that may stand between:
#: "They also launched", "it then fired".
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:they|it)\s+(?:(?:had|has|have|also|then|later|again|reportedly|allegedly)\s+)*$", re.I
)


def doers_told_before(art: Document, s_start: int, trig_start: int) -> list[str]:
    """The doers a pronoun stands for when it opens its sentence as the event verb's subject ("Houthi rebels
    fired a missile at a tanker. They also launched two drones"): the agents of the first event verb of the
    sentence before that names its own subject; [] when the pronoun is no such subject or nobody is named
    there (a party blamed, claiming or suspected there is not taken: the pronoun tells of a deed, not a
    claim)."""
    pron = _PRONOUN_SUBJECT.search(art.text, max(s_start, trig_start - 40), trig_start)
    if pron is None:
        return []
    opening = art.text[s_start : pron.start()]
    # (only a pronoun opening its sentence, or its opener: "On Monday, they fired")
    if opening.strip(" \t\n\"'“‘") and not (opening.rstrip().endswith(",") and _closes_opener(art, s_start + len(opening.rstrip()) - 1)):
        return []
    i = art.sentence_index(s_start)
    if i == 0:
        return []
    prev = art.sentences[i - 1]
    for t in art.triggers_in(prev.start, prev.end):
        if t.word.split()[-1] in NOUNS or is_passive(art, t.start):
            continue  # (a noun's or a passive's subject is no doer told by a subject)
        found = agents(art, prev.start, prev.end, t.start, t.end)
        if found:
            return [f for f in found if not f.endswith(")")]
    return []


def subject_is_anaphoric(art: Document, a: int, trig_start: int) -> bool:
    """True when the event word's subject is "the group", "it", "they"..."""
    return bool(
        _ANAPHORIC_SUBJECT.search(art.text, max(a, trig_start - 30), trig_start - 1 if trig_start > 0 else 0)
    )


def _unique(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


_ACCORDING = Prefiltered(
    re.compile(
        r"\b[Aa]ccording to (?P<src>[^,;.()]+?(?:\([A-Z]+\))?)(?=,|;|\.(?:\s|$)|$|\s+(?:on|who|in a statement)\b)"
    )
)
_SAID = Prefiltered(
    re.compile(
        r"(?:^|,\s+|—\s*|\"\s*|”\s*)(?P<src>(?:[Tt]he\s+|[Aa]n?\s+|two\s+|three\s+|several\s+)?"
        r"[A-Za-z][\w.’'()-]*(?:\s+[\w.’'()-]+){0,7}?)\s+(?:said|told|reported|added|announced|says|confirmed)\b"
        # ("a tanker said to have been attacked", "reported to be": the thing spoken of, not a speaker)
        r"(?!\s+to\s+(?:have|be)\b)"
    )
)
#: "The Sudan Doctors Network, a medics' group, said": the name before an apposition
#: set off by commas speaks.
_SAID_APPOSED = Prefiltered(
    re.compile(
        # (or a participle of whose it is: "Al-Masirah TV, run by the Houthis, said")
        r"(?:^|,\s+)(?P<src>(?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+[\w.’'()-]+){0,7}?),\s+"
        r"(?:an?\s|the\s|(?:run|owned|controlled|operated|backed)\s+by\s|(?:close|affiliated|linked)\s+(?:to|with)\s)[^,;.]{3,60},\s+"
        r"(?:said|told|reported|added|announced|says|confirmed)\b(?!\s+to\s+(?:have|be)\b)"
    )
)
#: "..., said the governor", '"...," said a spokesman': the speaker after the verb only where a speech tag
#: opens (after a comma or closing quote); "officials said a missile struck a depot" names what was said.
_SAID_INVERTED = Prefiltered(
    re.compile(
        r"(?:(?<=,\s)|(?<=[”\"]\s)|(?<=[,”\"]))(?:said|says)\s+(?P<src>(?:the|a|an)\s+[\w .’'-]{3,50}?"
        # (or a title in lower case before a capitalised name: "..., says regional governor Ali Hassan.")
        rf"|(?:[a-z][\w-]*\s+){{1,3}}(?!{WEEKDAY}\b|{MONTH}\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})(?=,|\.|$)"
    )
)
_TOLD = Prefiltered(
    # ("told The Associated Press", "told The New York Times": an outlet's name may open with its article; a
    # day after it is when it was told)
    re.compile(
        r"\b(?:told|speaking to|spoke to|quoted by|cited by)\s+"
        rf"(?P<out>(?:The\s+)?[A-Z][\w]*(?:\s(?!{WEEKDAY}\b)[A-Z][\w]*){{0,2}})"
    )
)
_PRONOUNS = words("he she it they we i this that which who officials")


#: Words no name of a source starts with: a phrase starting with one is a piece of the sentence around
#: it ("after the militants", "in the town"), not who said it.
_NOT_A_NAME_START = words(
    "after although and as at because before but by for from he if in it of on or since she so than that "
    "then there these they this those though to when where whether which while who with"
)
#: Verbs that make a phrase a clause ("the cause of the fire has not been"), not a source's name;
#: lower case only: "Ann May" and "Will Carter" are names.
_CLAUSE_VERBS = words("is are was were be been has have had will would could should may might must")
#: Words a source's name neither starts nor ends with: the speech verb or link word the phrase was
#: cut beside ("said the governor who" is the governor, "but the state television" the state television,
#: "reported that the army" the army).
_EDGE_WORDS = words("said says told reported added announced confirmed also who which that and but or as")
#: Written in lower case at either edge, the adverb before the speech verb ("officials have previously
#: said", "the army initially said"), and at the end the perfect's auxiliary ("Hezbollah has said").
_EDGE_ADVERBS = words(
    "previously repeatedly initially later earlier officially publicly separately reportedly subsequently "
    "already recently first again immediately"
)
_PERFECT = words("has have had")
#: "Hours later", "Days afterwards" opening the phrase before a speech verb tell when, not who.
_SPANS = words("minutes hours days weeks months moments shortly soon")
_LATER = words("later earlier afterwards after")


def attribution(art: Document, s_start: int, s_end: int) -> str | None:
    """Who the sentence says reported it: "two Iraqi military officials (AFP)"; None when the phrase
    its patterns cut out is no name (see _source_name)."""
    if (stamp := CLOCK_STAMP.match(art.text, s_start, s_end) or BARE_CLOCK.match(art.text, s_start, s_end)) is not None:
        s_start = stamp.end()  # "14:32 GMT - The army says ...": a live blog's entry opens after its clock
    # ("CITY, Dec 4 (Wire) - The X news agency reported": the report opens past the dateline, whose words
    # had taken the reach of a long speaker's name)
    if (past := max([b for a, b in art.datelines if s_start <= a < s_end and b < s_end], default=None)) is not None:
        s_start = past + len(art.text[past:s_end]) - len(art.text[past:s_end].lstrip(" -–—:"))
    text = art.text[s_start:s_end]
    found = _ACCORDING.search(text)
    if found is None:
        for m in _SAID.finditer(text):
            cand = m.group("src").strip()
            # (bare "officials" speaks only in a closing tag, ", officials said."; opening the sentence,
            # "Officials said a missile struck", it stays unread as before)
            if len(cand) > 2 and (
                (first := cand.split()[0].lower()) not in _PRONOUNS or (first == "officials" and _closing_tag(text, m))
            ):
                found = found or m
                if found is not m and _closing_tag(text, m):
                    found = m  # "A ship reported a blast near it, the agency said": the closing tag speaks
                    break
                if not m.group(0).rstrip().endswith("reported"):
                    break
        else:
            found = found or _SAID_APPOSED.search(text) or _SAID_INVERTED.search(text)
    if found is None:
        return _reporter_told_before(art, s_start, text)
    src = _source_name(art, s_start + found.start("src"), found.group("src"))
    if not src:
        return None
    outlet = None
    parts = re.split(r"\s+(?:speaking to|told|quoted by|cited by)\s+", src, maxsplit=1)
    if len(parts) == 2:
        src, outlet = parts[0], parts[1].split()[0]
    if outlet is None:
        t = _TOLD.search(text)
        if t and t.group("out").split()[0] != "Reporters":
            outlet = t.group("out")
    outlet = outlet or art.outlet
    src = _WHEN_SAID.sub("", re.sub(r"^(?:the|The)\s+", "", src.strip()))
    if outlet and outlet.lower() not in src.lower():
        return f"{src} ({outlet})"
    return src


#: A speaker named by a pronoun: "It said its jets ...", "..., it added", "they said on Monday".
_PRONOUN_SAID = re.compile(r"(?:^|,\s+|[\"”]\s*)(?:it|they|he|she)\s+(?:also\s+)?(?:said|added|says|adds|reported)\b", re.I)


def _reporter_told_before(art: Document, s_start: int, text: str) -> str | None:
    """ "The army said 26 were killed. It said its jets downed five planes": a speaker named by a pronoun is
    the one the sentence before named (one sentence back, so a chain of "it said" stays with its speaker
    only while each sentence names it)."""
    if _PRONOUN_SAID.search(text) is None:
        return None
    if any(m.group("src").split()[-1].lower() not in ("it", "they", "he", "she", "also") for m in _SAID.finditer(text)):
        return None  # ("He said the group fired X, which the army said was downed": another speaker told too)
    i = art.sentence_index(s_start)
    if i == 0:
        return None
    prev = art.sentences[i - 1]
    if _PRONOUN_SAID.search(art.text, prev.start, prev.end):
        return None  # (the sentence before names its speaker by a pronoun too: too far to tell)
    return attribution(art, prev.start, prev.end)


def clause_attribution(art: Document, start: int, end: int) -> str | None:
    """The attribution of a clause that names its own speaker (not "it said", which looks back a sentence),
    outside a quotation; None otherwise."""
    text = art.text[start:end]
    start += len(text) - len(text.lstrip())
    text = text.lstrip()
    if in_quote(art.text, art.sentences[art.sentence_index(start)].start, start) or _PRONOUN_SAID.search(text):
        return None
    if _ACCORDING.search(text) is None and _SAID.search(text) is None:
        return None
    return attribution(art, start, end)


def _closing_tag(text: str, m: re.Match[str]) -> bool:
    """True when the speech tag ``m`` closes the sentence after a comma (", the agency said on Monday."):
    it tells who said all before it, a subject that reported the event inside included."""
    return m.group(0).startswith(",") and _TAG_TAIL.fullmatch(text, m.end()) is not None


#: What may follow a closing speech tag: when it spoke ("on Monday, August 18, 2025"), and the sentence's end.
_TAG_TAIL = re.compile(r"(?:,?\s+(?:on|late|early)?\s*[\w ,]{0,40}?)?[.;]?\s*")

#: "U.S. officials on Friday told ...": when they spoke is no part of who they are.
_WHEN_SAID = re.compile(r"\s+" + _WHEN + "$")


def _source_name(art: Document, start: int, phrase: str) -> str | None:
    """The name an attribution phrase cut from the text at ``start`` holds: past a page's date stamp
    or dateline inside it, without the speech verb or link word at either edge; None when the
    phrase is a piece of a sentence (it starts with a preposition or pronoun, or holds a verb)."""
    end = start + len(phrase)
    cut = max((b for a, b in art.datelines if a < end and b > start), default=start)
    found = art.text[cut:end].split() if cut > start else phrase.split()
    while found and (found[0].lower() in _EDGE_WORDS or found[0] in _EDGE_ADVERBS):
        found.pop(0)
    if len(found) > 2 and found[0].lower() in _SPANS and found[1].lower() in _LATER:
        del found[:2]  # "Hours later the group said": when it spoke, not who
    while found and (
        # (written in capitals a word is a name: "the WHO said" is the World Health Organization)
        (found[-1].lower().rstrip(",;:") in _EDGE_WORDS and not found[-1].rstrip(",;:").isupper())
        or found[-1] in _EDGE_ADVERBS
        or (found[-1] in _PERFECT and len(found) > 1)
    ):
        found.pop()
    if "what" in found:
        # "..., targeting what Riyadh said was a shipment": the speaker follows "what"
        found = found[len(found) - found[::-1].index("what") :]
    if (
        not found
        or found[0].lower() in _NOT_A_NAME_START
        or any(w in _CLAUSE_VERBS for w in found)
        or (found[0].islower() and found[0].endswith("ing"))  # "targeting the port": a clause, no name
    ):
        return None
    return " ".join(found)


#: After a fight's word, where its sides are told: "(clashes) broke out between", "(clashed) with", "against".
_SIDES_BETWEEN = re.compile(
    r"\s*(?:(?:(?:also|again|have|has|had)\s+){0,2}(?:broken?\s+out|erupted|raged|flared(?:\s+up)?)\s+)?"
    # the fight's day or scene may come before its sides: "erupted on Saturday between", "raged overnight in
    # X between", "broke out early on Monday near X between" (a scene of up to three capitalised words)
    r"(?:(?:again|overnight|early|late|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today"
    r"|morning|afternoon|evening|night|(?:in|near|around|outside)\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}),?\s+){0,4}"
    r"between\s+",
    re.I,
)
_SIDE_WITH = re.compile(r"\s*(?:with|against)\s+", re.I)
#: Fights told by a verb whose object or "with" phrase is the other side: "fought X", "clashed with Y".
_FIGHT_VERBS = words("clashed clash clashing clashes fought fight fighting battled battle battles battling exchanged")
#: Fight verbs whose object is the other side: "troops fought X militants", "forces repelled a Y counterattack".
_FOUGHT_OBJECT = words("fought battled repelled repulsed repelling repulsing")
#: Between the first side of "between X and Y" and the second: its men, then "and (the)".
_AND_SIDE = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+and\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?$")


def clash_sides(art: Document, b: int, trig_start: int, trig_end: int) -> list[str]:
    """The sides of a fight its word tells after it (GUIDE lists both sides of a clash): "fighting between X
    and Y", "clashes broke out between X and Y", "X clashed with Y", "troops fought X militants"; [] when the
    word tells none (a fight named with no sides, or a side of no listed name: "with the police")."""
    word = art.text[trig_start:trig_end].split()
    at = between = None
    if word and word[-1].lower() == "between":
        at = between = trig_end
    elif (m := _SIDES_BETWEEN.match(art.text, trig_end, b)) is not None:
        at = between = m.end()
    elif word and (word[-1].lower() in _FIGHT_VERBS or word[-1].lower() in _FOUGHT_OBJECT):
        m = _SIDE_WITH.match(art.text, trig_end, b)
        at = m.end() if m is not None else trig_end if word[-1].lower() in _FOUGHT_OBJECT else None
    if at is None:
        return []
    sides: list[str] = []
    for m in art.mentions_in(at, b):
        if m.of("weapon") is not None or (m.of("place") is not None and m.of("actor") is None):
            break  # (a weapon or a scene ends the sides: "clashed with X near Y")
        lead = art.text[at : m.start]
        if sides and not _AND_SIDE.fullmatch(art.text, at, m.start):
            break
        if not sides and len(lead.split()) > (6 if between is not None and " and " in lead else 3):
            break  # (a first side of no listed name may stand before: "between the Joint Forces and the RSF")
        name = actor_name(m, adjectival=True)
        if name is None:
            break
        sides.append(name)
        if between is None or len(sides) == 2:
            break
        at = m.end
    return sides
