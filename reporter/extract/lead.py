"""The article's lead event: the one event a report is about, told first and retold further down.

Linking (linking.py) folds an article sentence by sentence. A report's main event is often retold
several sentences on, by another source and in other words ("Israeli planes attacked the consulate
..." then "six missiles from F-35 jets struck the annex", "a blast hit the city centre" then
"an apparent drone attack hit the city centre"), and would stand as a second incident of another
type. This stage runs once per article after linking: it recognises the lead event (the first
event of the opening sentences), folds into it the later events that retell it, and decides its
type from all its facets (platform, weapon, verb). One real event, one incident; the lead keeps its
own verbatim evidence.
"""

from __future__ import annotations

import re
from datetime import timedelta
from itertools import pairwise

from reporter import ship_nouns
from reporter.extract import speech
from reporter.extract.actors import REACTED_TO, actor_name
from reporter.extract.candidates import (
    CLASS_TYPE,
    NEW_EVENT,
    Cand,
    came_after,
    is_headline,
    repelled_before,
    title_shaped,
)
from reporter.extract.dates import DateSpan
from reporter.extract.document import Document
from reporter.extract.lexicon import SHORT
from reporter.extract.linking import (
    TOLD_ELSEWHERE,
    aimed_at_the_doer,
    guessed_fight,
    one_of_them,
    place_core,
    struck_back_at,
    told_earlier,
    told_later,
)
from reporter.extract.places import Place, nested
from reporter.extract.records import replace
from reporter.extract.sites import new_site_tolled
from reporter.extract.text import words
from reporter.incident_types import MEANS, compatible

#: Types that tell only that something happened, no means (incident_types.MEANS): they give way to a
#: retelling that names the means.
_VAGUE = frozenset({"explosion", "armed_clash", "other", "crash"})
#: What aircraft named with the event make an air strike (a drone strike is one already; a fight stays one).
_RETYPED_BY_AIRCRAFT = frozenset(
    {"missile_attack", "rocket_attack", "shelling", "explosion", "other", "crash"}
)
#: How many sentences of the body may open with the lead event (a caption or dateline line first).
_OPENING = 2
#: How far past the body's start the lead may be told, after lines that tell no event.
_REACH = 6


def fold_lead(art: Document, events: list[Cand]) -> list[Cand]:
    """The events with the lead's retellings folded into it, and the lead typed from all its facets."""
    if any(e.kind == "strike" and not e.own_weapon for e in events):
        events = [_at_sea(art, e) for e in events]
    at = _lead_index(art, events)
    if at is None:
        return _news_of_the_day(art, events, None)
    lead = merged = events[at]
    told: list[Cand] = []
    for e in events[at + 1 :]:
        # folded one by one: a day a retelling gives the lead binds the retellings after it
        if _retells(art, merged, e):
            told.append(e)
            merged = _folded(merged, e)
    merged = _typed(art, merged, told)
    gone = {id(e) for e in told}
    out = [merged if e is lead else e for e in events if id(e) not in gone]
    return _news_of_the_day(art, out, merged)


def _news_of_the_day(art: Document, events: list[Cand], lead: Cand | None) -> list[Cand]:
    """An event the text gives no day is news of the day before the report or of its day: the lead
    and the other places its sentence names ("strikes hit A, B and C"), and any other event told
    without a mark of the past ("had", "earlier", "last", "ago"); background events told as such
    stay undated (GUIDE.md). (Undated threats take their report's day in linking.)"""
    if art.published is None:
        return _news_of_the_story(art, events)
    # the sentence of a lead told without a day of its own: its other places are news too
    lead_at = lead.s_idx if lead is not None and lead.date is None and not lead.date_kind else None
    days = DateSpan(art.published - timedelta(days=1), art.published, "range")
    return [
        replace(e, date=days, date_q=1)
        if e.date is None
        and not e.date_kind
        and e.type != "threat_statement"
        and not _told_as_inquired(art, e)
        and not _told_as_reacted_to(art, e)
        and ((e.s_idx == lead_at and not _told_as_recent(art, e)) or not _told_as_past(art, e))
        else e
        for e in events
    ]


def _news_of_the_story(art: Document, events: list[Cand]) -> list[Cand]:
    """On an undated page an event the text gives no day, told without a mark of the past, is news of
    the story's days, not of an unknown one: it took place on the day of the event dated to a day last
    told before it ("On 3 May 2024 gunmen stormed a hotel in X. ... Troops killed four of them."), or
    of the first one dated when none is told before it (a lead whose day its retelling gives)."""
    dated = [
        e
        for e in events
        if e.date is not None and e.date_q >= 2 and (e.date.end - e.date.start).days <= 1 and e.type != "threat_statement"
    ]
    if not dated:
        return events
    out = []
    for e in events:
        if e.date is None and not e.date_kind and e.type != "threat_statement" and not _told_as_past(art, e):
            before = [d for d in dated if d.s_idx <= e.s_idx]
            e = replace(e, date=(before[-1] if before else dated[0]).date, date_q=1)
        out.append(e)
    return out


#: Words that tell an event as one of the days before the report, not of its day ("the recent bombing").
_RECENT_MARKS = words("recent recently")
#: Words that tell an event as background, before the news of the report (the recent marks among them).
_PAST_MARKS = words("""had once earlier previous previously already ago since past last former formerly prior""") | _RECENT_MARKS
#: Words that tell an event as the cause of another ("came after rocket attacks", "in retaliation for
#: strikes"), told just before its event word: something earlier than the news.
_CAUSE_MARKS = words("""after following retaliation response revenge""")
#: How many words before the event word a cause mark may stand.
_CAUSE_REACH = 5


def _told_as_recent(art: Document, e: Cand) -> bool:
    """ "The recent bombing of a market killed eight": an event the text places only some days back, which
    even the lead's news of the day does not date (GUIDE: background events get a date only when given)."""
    return any(t.norm in _RECENT_MARKS for t in art.tokens_in(*e.clause))


#: What an inquiry or a finding says of an event, right before the event's words: "who fired the missile that
#: hit X", "fragments of the missile that struck Y", "concluded that the bombing of Z was a war crime".
_INQUIRED = re.compile(
    r"\b(?:who\s+(?:fired|launched|carried\s+out|was\s+behind|is\s+behind)|(?:fragments?|remnants?|debris|pieces?|parts?|wreckage)"
    r"\s+(?:of|from)|origins?\s+of|(?:concluded|found|ruled|determined|established)\s+that|investigat\w+\s+into|inquiry\s+into|probe\s+into)"
    r"\s+the\s+(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)


def _told_as_inquired(art: Document, e: Cand) -> bool:
    """ "Investigators are trying to establish who fired the missile that hit the market in X": an event told
    with no day as what an inquiry or a finding is about is one already known, no news of the report's days
    (GUIDE: background events get a date only when the text gives one)."""
    lo = max(art.sentences[e.s_idx].start, e.pos - 90)
    window = _THAT_BEFORE.sub("", art.text[lo : e.pos])
    return _INQUIRED.search(window) is not None


#: A reaction an event told as known draws, as the sentence's main verb after it: "(the strike on X that
#: killed 12) drew condemnation", "has sparked outrage" (not a participle: ", drawing condemnation" goes on
#: telling the news itself).
_DREW_REACTION = re.compile(
    r"\b(?:drew|has\s+drawn|have\s+drawn|sparked|has\s+sparked|triggered|provoked|prompted)\s+"
    r"(?:(?:widespread|wide|international|global|swift|fierce|sharp|strong|angry|broad)\s+)?"
    r"(?:condemnation|outrage|criticism|anger|protests?|calls?|demands?)\b",
    re.I,
)


def _told_as_reacted_to(art: Document, e: Cand) -> bool:
    """ "The strike on X that killed 12 drew condemnation": an event told as known (by "the") with no day, as
    what a reaction is about, is one of some days back, no news of the report's own days (GUIDE: background
    events get a date only when the text gives one)."""
    if e.anaphor != "definite":
        return False
    s = art.sentences[e.s_idx]
    return bool(
        _DREW_REACTION.search(art.text, e.pos, s.end)
        # ... or a reaction told before it as its object: "condemned the strike on X" (actors' own pattern)
        or REACTED_TO.search(art.text, max(s.start, e.pos - 60), e.pos)
    )


#: The relative word between the thing an event is told of and its verb: "the missile that" (hit).
_THAT_BEFORE = re.compile(r"(?<=\s)(?:that|which)\s+$", re.I)


def _told_as_past(art: Document, e: Cand) -> bool:
    """An event told as background: a mark of the past in its clause (a "had" of reported speech is
    none), or a cause mark just before its event word."""
    start = art.sentences[e.s_idx].start
    if any(t.norm in _PAST_MARKS and not (t.norm == "had" and _backshifted(art, start, t.start)) for t in art.tokens_in(*e.clause)):
        return True
    before = art.words_before(e.pos, _CAUSE_REACH)
    # ("said it killed him after carrying out a strike": the strike is the news, told in sequence; "shortly
    # after 5am Iran launched ...": a time of the news day, no earlier cause)
    return any(
        w in _CAUSE_MARKS and not nxt.endswith("ing") and not _CLOCK_WORD.fullmatch(nxt)
        for w, nxt in pairwise([*before, ""])
    )


#: A word after "after" that makes it a time of day, not a cause: "after 5am", "after midnight", "after dark".
_CLOCK_WORD = re.compile(r"\d.*|noon|midday|midnight|dawn|daybreak|sunrise|sunset|dusk|dark|nightfall", re.I)


#: A verb of saying and "that" right before a past perfect (speech.py's table of them).
_BACKSHIFT = re.compile(
    r"\b" + speech.alternation(speech.SAYING) + r"\s+(?:[\w'’-]+\s+){0,2}?that\s+(?:[\w'’-]+\s+){1,4}$",
    re.I,
)


def _backshifted(art: Document, start: int, had: int) -> bool:
    """ "The captain reported that his ship had been struck": the "had" at ``had`` follows the report's tense
    (a verb of saying and "that" just before it, within the sentence from ``start``), not the story's
    background."""
    return bool(_BACKSHIFT.search(art.text, max(start, had - 80), had))


def _body_start(art: Document) -> int:
    """The first sentence after the headline lines (among the first three)."""
    return next((i for i in range(min(3, len(art.sentences))) if not is_headline(art, i)), 0)


def _lead_index(art: Document, events: list[Cand]) -> int | None:
    """The first event told in the opening sentences of the body (after the headline lines), unless
    it is told as a further one ("also condemned the shelling of ..."). Past the first two, the lead
    may still come (up to _REACH sentences on) when no line before it tells of an event: bylines,
    date lines and a scene-setting preamble; lines of a title's form (captions, credits) are not its
    place."""
    body = _body_start(art)
    for i, e in enumerate(events):
        if e.s_idx > body + _OPENING - 1 and (e.s_idx > body + _REACH or _told_before(art, body, e.s_idx)):
            return None
        if title_shaped(art, e.s_idx):
            continue  # a caption or a title repeated over the body: not where a report tells its news
        if e.type in ("threat_statement", "interception") or e.kind == "airspace" or e.weak:
            continue
        return None if NEW_EVENT.search(art.text, *e.clause) else i
    return None


def _told_before(art: Document, start: int, end: int) -> bool:
    """Some sentence from ``start`` up to ``end`` names an event word, title-shaped lines aside: a
    caption, byline or preamble that tells none leaves the lead its place."""
    return any(
        not title_shaped(art, i) and art.triggers_in(art.sentences[i].start, art.sentences[i].end)
        for i in range(start, end)
    )


def _retells(art: Document, lead: Cand, e: Cand) -> bool:
    """A later event is the lead told again: nothing sets it apart (another day, another place,
    another weapon, "a second attack") and something ties it to the lead (a reference, the same
    spot, toll or count)."""
    if e.type in ("threat_statement", "interception", "crash") or e.kind == "airspace":
        return False
    # (aircraft are the platform, whatever they fire)
    a, b = (CLASS_TYPE.get(c.weapon_class or "") if c.weapon_class != "aircraft" else None for c in (lead, e))
    if a and b and not compatible(a, b):
        return False  # "nine missiles ... In Odesa, a drone struck": one impact of a wider attack
    if lead.count and e.count and lead.count != e.count:
        return False
    if NEW_EVENT.search(art.text, *e.clause) or came_after(art.text, e) or told_earlier(art, lead, e):
        return False
    if e.s_idx > lead.s_idx and told_later(art, e):
        return False
    if one_of_them(art.text, e) and e.place is not None and lead.place is not None and e.place.rank > lead.place.rank:
        return False  # "aircraft struck targets in southern Lebanon. One of the strikes hit a depot near X": a part
    if e.s_idx != lead.s_idx and TOLD_ELSEWHERE.search(art.text, art.sentences[e.s_idx].start, e.pos):
        return False  # "Separately, gunmen opened fire near Y": another matter, not the lead told again
    if lead.type in MEANS and repelled_before(art.text, e.clause[0], e.pos):
        return False  # "guns shelled a camp ... the army repelled an assault on the town": a battle of its own
    if _another_side(lead, e) or _exchange_beside(art, lead, e):
        return False
    if struck_back_at(art.text, e, lead, later=True):
        return False  # "A drone hit the base. US aircraft later carried out strikes on militia sites": a blow of its own
    if aimed_at_the_doer(art, lead, e) or new_site_tolled(art, lead, e):
        return False
    if not _same_time(art, lead, e) or not (
        _same_scene(lead.place, e.place) or _closer_in(lead.place, e.place) or _unnamed_named(art, lead, e)
    ):
        return False
    return _kin(art, lead, e) and _tied(art, lead, e)


def _another_side(lead: Cand, e: Cand) -> bool:
    """Both tell who acted, no party acts in both, and the later one refers back to nothing ("Israeli strikes
    killed 33 in X. Hezbollah said its fighters clashed near Y"): another side's deed, not the lead retold (but
    "soldiers repelled the attack" is the other side of the lead's own fight). Blamed, claiming or suspected
    parties are no doers here: two outlets' suspects may differ for one event."""
    if e.anaphor or e.event_ref:
        return False
    ours, theirs = ({a for a in c.actors if not a.endswith(")")} for c in (lead, e))
    return bool(ours and theirs and ours.isdisjoint(theirs))


#: Fire both sides sent: "exchanged artillery fire", "traded fire", "mortar duels".
_EXCHANGE = re.compile(r"\b(?:exchang(?:ed|ing|es?)|traded|trading|duels?)\b", re.I)


def _exchange_beside(art: Document, lead: Cand, e: Cand) -> bool:
    """ "India struck nine sites in Pakistan. Indian and Pakistani troops exchanged artillery fire along the
    frontier": fire both sides traded, by the lead's doers and another side, is no retelling of a blow the lead
    told one side striking from afar (a fight the lead told may be retold so)."""
    if e.anaphor or e.event_ref or lead.type == "armed_clash" or lead.kind == "clash":
        return False
    ours, theirs = ({a for a in c.actors if not a.endswith(")")} for c in (lead, e))
    return bool(ours) and ours < theirs and bool(_EXCHANGE.search(art.text, *e.clause))


def _vague(c: Cand) -> bool:
    """The type tells only that something happened: a blast, an unspecified incident, or an attack
    word whose type was guessed without a weapon ("the ship was struck", "militants attacked")."""
    return c.type in ("explosion", "other") or (
        c.kind == "strike" and not c.own_weapon and c.type in ("air_strike", "armed_clash")
    )


def _kin(art: Document, lead: Cand, e: Cand) -> bool:
    """Types that can tell one event: of a family, one of them vague, or missiles fired by aircraft."""
    if compatible(lead.type, e.type) or _vague(lead) or e.type in ("explosion", "other"):
        return True
    if "air_strike" in (lead.type, e.type) and _by_aircraft([lead, e]) and lead.kind != "clash":
        return True  # (jets striking after a fight told first are support fire, below, if any)
    if lead.kind == "clash" and e.type in ("shelling", "air_strike"):
        # "X and Y clashed near Z. Y's artillery shelled Z.": fire in support of the fight at its spot, by one
        # of its sides
        return (
            e.place is not None
            and lead.place is not None
            and e.place.name == lead.place.name
            and _fired_by_a_side(art, lead, e)
        )
    if _guessed_killing(lead) and e.type in MEANS and (
        _VICTIM_REF.search(art.text, *e.clause) or _names(art, *e.clause) & _names(art, *_sentence(art, lead))
    ):
        # "Israeli forces killed a commander in X ... a drone struck his car there": a killing told with no
        # means, retold by the blow that hit the one killed, was that blow (GUIDE: the weapon types it)
        return True
    if _vague(e):
        # a guessed attack closer in than the lead ("repelled assaults near a village" after shelling
        # in the province) is a fight of its own there
        return e.place is None or lead.place is None or e.place.rank <= lead.place.rank
    return False


def _fired_by_a_side(art: Document, lead: Cand, e: Cand) -> bool:
    """Fire told after a fight is by one of its sides: its doers unnamed, or among the parties the fight's
    sentence names ("tribesmen clashed in X. Zedland's jets struck tanks in X": a third party's raid)."""
    if not e.actors:
        return True
    sides = {actor_name(m, adjectival=True) for m in art.mentions_in(*_sentence(art, lead))} | set(lead.actors)
    return any(a.split(" (")[0] in sides for a in e.actors)


#: The one killed referred to in a retelling: "struck his car", "targeted her home", "hit him".
_VICTIM_REF = re.compile(r"\b(?:his|her|him)\b", re.I)


def _guessed_killing(c: Cand) -> bool:
    """A killing told by its toll and doer alone ("forces killed a commander"), taken for a fight for want of
    a weapon named."""
    return c.kind == "harm" and not c.own_weapon and c.weapon_class is None and c.type == "armed_clash"


def _same_time(art: Document, lead: Cand, e: Cand) -> bool:
    if e.date is None:
        return True
    if lead.date is None:
        # an undated lead is news of the report's day (_news_of_the_day): a month told further on
        # ("a car bomb in the capital last month") is an earlier event, not the lead retold
        # ... nor is a running tally since a day ("90 dead in Zedland's raids since Sunday") that lead retold
        if e.date_kind == "since" and (e.date.end - e.date.start).days > 2:
            return False
        return (
            lead.date_kind != "" or art.published is None or e.date.end >= art.published - timedelta(days=2)
        )
    if (e.date.end - e.date.start).days > 2 and (lead.date.end - lead.date.start).days <= 2:
        return False  # "in January, 40 missiles were fired": a span is no retelling of one day
    if _dated_by_its_statement(e) and lead.date_q >= 2 and _span(e.date) <= 1:
        # "the army stated in a Saturday statement that he was killed in a strike": the day of the saying,
        # which comes on the day of the event told first (a Friday strike) or the day after, not before it
        return lead.date.start <= e.date.end and (e.date.start - lead.date.end).days <= 1
    return lead.date.start <= e.date.end and e.date.start <= lead.date.end


def _spot_in_its_town(lead: Cand, e: Cand) -> bool:
    """A telling of the lead's very type at a spot closer in than the town the lead was told in."""
    lp, ep = lead.place, e.place
    return lp is not None and ep is not None and lp.rank >= 4 and e.type == lead.type and _closer_in(lp, ep)


def _dated_by_its_statement(e: Cand) -> bool:
    """A telling whose only day is the day its statement was made ("X said on Monday that ..."): candidates
    give such a day the least weight (1) and keep the kind of date told; a day taken from the story has none."""
    return e.date_q == 1 and e.date_kind in ("weekday", "relative")


def _same_scene(a: Place | None, b: Place | None) -> bool:
    """The same spot (by name, or one named as lying in the other), or the same country when one of
    them is named only by it ("the strike in Syria")."""
    if a is None or b is None or a.name == b.name or place_core(a.name) == place_core(b.name):
        return True
    if a.within == b.name or b.within == a.name:
        return True
    if a.country is None and a.rank <= 2 and b.rank <= 1:
        return True  # a ship hit at sea, retold by the country its attackers speak for
    return a.country is not None and a.country == b.country and min(a.rank, b.rank) <= 1


def _closer_in(a: Place | None, b: Place | None) -> bool:
    """A retelling's spot closer in than the lead's and lying in it (a town near the centre of the
    province told first, a suburb or port of the town told first: places.nested), the gazetteer
    naming no tie between them."""
    return a is not None and b is not None and b.rank > a.rank and nested(a, b)


#: The kinds of settlement a lead may tell unnamed ("a village in X region") and a retelling name ("Y village").
_SETTLEMENT_KINDS = frozenset({"village", "town", "camp", "neighbourhood", "neighborhood", "hamlet"})


def _unnamed_named(art: Document, lead: Cand, e: Cand) -> bool:
    """ "An air strike on a village in X region killed 20. ... Jets bombed Y village in Z township": the
    settlement the lead tells unnamed, in the wider place it names, named by a retelling of no other toll."""
    lp, ep = lead.place, e.place
    if lp is None or ep is None or ep.rank <= lp.rank or ep.country not in (None, lp.country):
        return False
    if e.killed and e.killed != lead.killed:
        return False
    kind = ep.name.rsplit(" ", 1)[-1].lower()
    if kind not in _SETTLEMENT_KINDS or not ep.name[:1].isupper():
        return False
    return re.search(rf"\ban?\s+(?:[\w-]+\s+)?{kind}\b", art.text[lead.clause[0] : lead.clause[1]], re.I) is not None


def _town_of_the_province(art: Document, lead: Cand, e: Cand) -> bool:
    """A retelling at a town in the province the lead was told in, with no new toll and told as no
    earlier news ("Earlier, residents reported that jets struck farms near X" is a raid of its own)."""
    lp, ep = lead.place, e.place
    if lp is None or ep is None or lp.rank >= 4 or not _closer_in(lp, ep):
        return False
    if e.killed and lead.killed and e.killed != lead.killed:
        return False  # another toll is another event
    start = _sentence(art, e)[0]
    return not any(t.norm in _PAST_MARKS for t in art.tokens_in(start, e.pos))


def _tied(art: Document, lead: Cand, e: Cand) -> bool:
    if e.anaphor == "definite" or e.event_ref:
        return True  # "the attack", "the missile struck a grove"
    # the same town or site, or a town in the province told first; a spot in the town told first ties
    # by something more (a town holds many events)
    lp, ep = lead.place, e.place
    if lp and ep and min(lp.rank, ep.rank) >= 3 and (_same_scene(lp, ep) or _town_of_the_province(art, lead, e)):
        return True
    if _unnamed_named(art, lead, e):
        return True
    if e.killed and e.killed == lead.killed:
        return True
    if _dated_by_its_statement(e) and _spot_in_its_town(lead, e) and set(e.actors) & set(lead.actors):
        return True  # "the army said in a Monday statement he was killed in a strike on a block in X's suburbs"
    if _names(art, *e.clause) & _names(art, *_sentence(art, lead)):
        return True  # the same named ship, building or person hit ("the True Confidence was struck")
    if e.count and e.count >= 2 and e.count == lead.count:
        return True
    # the same day at the same named sea or region
    same_day = lead.date is not None and lead.date == e.date and e.date_q >= 2 and _span(lead.date) <= 1
    return same_day and lead.place is not None and e.place is not None and lead.place.name == e.place.name


#: Capitalised words that name no particular thing.
_NOT_NAMES = words("""the a an this that these those it he she they we his her its their our in on at after
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december president minister general mr ms""")


def _sentence(art: Document, c: Cand) -> tuple[int, int]:
    s = art.sentences[c.s_idx]
    return s.start, s.end


def _names(art: Document, a: int, b: int) -> set[str]:
    """Proper names in text[a:b] that the gazetteer does not know (a ship, a building, a person), not
    opening a sentence or a quote: what an event was done to, named again when it is retold."""
    lo, hi = art.token_index(a), art.token_index(b)
    # capitalised words first (few), then the gazetteer's names among them
    caps = [i for i in range(lo, hi) if art.tokens[i].text[:1].isupper()]
    if not caps:
        return set()
    # (a short world-list town is a place only after "in", "at", "near": "Ali" in "Ali Hassan" is a name)
    known = {
        i for m in art.mentions_in(a, b) if not all(e.case == SHORT for e in m.entries) for i in range(m.first, m.last)
    }
    out = set()
    for i in caps:
        t = art.tokens[i]
        if i in known or t.norm in _NOT_NAMES or len(t.norm) < 3:
            continue
        before = art.text[max(a, t.start - 3) : t.start].rstrip()
        if before and before[-1] not in _OPENERS:
            out.add(t.norm)
    return out


_OPENERS = frozenset(".!?:\"“‘'(\n")


def _typed(art: Document, lead: Cand, told: list[Cand]) -> Cand:
    """The lead's type from all its facets: aircraft firing anything make an air strike; a vague
    lead (a blast, an "attack") takes the means a retelling names. A fight (a clash, or an attack
    met with fire) stays a fight, whatever air support is told with it."""
    typ = lead.type
    if lead.kind == "seize":
        return lead  # a ship boarded from a helicopter was taken, not struck from the air
    aircraft = _by_aircraft([lead, *told])
    if typ == "crash" and lead.kind == "crash" and lead.weapon_class == "aircraft":
        return lead  # "a military helicopter crashed near X": the aircraft is what fell, not what fired
    if aircraft and typ in _RETYPED_BY_AIRCRAFT:
        typ = "air_strike"
    elif guessed_fight(lead) and _told_as_strike(art, lead, told):
        typ = "air_strike"  # "the IDF attacked the headquarters ... The strike was ordered by ..."
    elif guessed_fight(lead) and _told_as_blast(art, lead, told):
        typ = "explosion"  # "an attack on a market killed five ... A bomb went off among the stalls"
    elif (typ in _VAGUE or _vague(lead)) and lead.kind != "clash" and not (aircraft and typ == "air_strike"):
        typ = next((e.type for e in told if e.type in MEANS), typ)
    return lead if typ == lead.type else replace(lead, type=typ)


def _told_as_blast(art: Document, lead: Cand, told: list[Cand]) -> bool:
    """An attack taken for a fight (no weapon named) whose retelling tells a blast, with no other means
    and no gunfire told in its sentences: the blast was the attack (GUIDE: explosion when a blast is the
    main fact, an IED or a bomb); gunfire told with it keeps a fight ("a car bomb, then a gunfight")."""
    if not any(e.type == "explosion" for e in told) or any(e.kind in ("clash", "launch") or e.type in MEANS for e in told):
        return False
    return not any(_GUNFIRE.search(art.text, *_sentence(art, e)) for e in (lead, *told))


#: Fighting told in words: gunfire, shooting, a battle.
_GUNFIRE = re.compile(
    r"\b(?:gun\w*|fire|firing|fired|shots?|shooting|shootout|firefights?|clash\w*|fighting|battles?|stormed)\b", re.I
)


#: What is attacked at sea: "a container ship was struck", "the strike on the tanker".
_VESSELS = ship_nouns.SHIP_FORMS | {"merchant"}


#: "anti-" right before a ship's noun: a weapon's kind ("anti-ship missiles"), no ship.
_ANTI = re.compile(r"\banti[\s-]*$", re.I)
#: Weapons fired from afar at ships.
_FIRED = frozenset({"missile", "rocket", "drone", "projectile", "aircraft"})


#: How many sentences on either side of a ship's attack may name what struck it.
_SEA_REACH = 2


def _sea_means(art: Document, e: Cand) -> str:
    """What struck a ship by means untold in its own clause: a missile when something fired from afar is
    named near the attack, a blast when blasts are told there ("blasts were heard aboard", "a limpet
    mine"); with neither, the means are untold ("other": the GUIDE types an attack by the weapon stated,
    and "struck" alone names no aircraft)."""
    sents = art.sentences
    lo = sents[max(0, e.s_idx - _SEA_REACH)].start
    hi = sents[min(len(sents) - 1, e.s_idx + _SEA_REACH)].end
    if any((w := m.of("weapon")) is not None and w.sub in _FIRED for m in art.mentions_in(lo, hi)):
        return "missile_attack"
    return "explosion" if any(t.kind == "explode" for t in art.triggers_in(lo, hi)) else "other"


def _at_sea(art: Document, e: Cand) -> Cand:
    """A ship struck by no weapon nor aircraft its own clause names: an attack at sea is fired from afar
    ("the ship which was struck", "a strike on a container ship") when the sentences around it name
    something fired, a blast when they tell blasts, and of untold means otherwise (_sea_means)."""
    if e.kind != "strike" or e.own_weapon or e.type not in ("air_strike", "other") or _by_aircraft([e]):
        # (a blast near a ship stays a blast: nothing is said to have struck it)
        return e
    if e.trigger_word.startswith(("sank", "sunk", "sink", "scuttl")):
        return e  # a ship sunk by means untold: scuttled with charges or boarded as often as hit from afar
    lo, hi = e.clause
    # ("strikes on anti-ship missiles": a ship named only as what the weapons struck at is no ship struck)
    if not any(t.norm in _VESSELS and not _ANTI.search(art.text, max(lo, t.start - 6), t.start) for t in art.tokens_in(lo, hi)):
        return e
    return replace(e, type=_sea_means(art, e))


#: Event words that tell a strike from the air or afar, not a fight on the ground.
_STRIKE_WORDS = words("strike strikes airstrike airstrikes bombing bombardment")
_THE = words("the this that these its")


def _told_as_strike(art: Document, lead: Cand, told: list[Cand]) -> bool:
    """The headline calls the lead a strike, or its own sentences, the next one or its retellings
    name it so ("the strike was ordered by ..."): a strike of its own ("jets struck the woods") is
    support fire."""
    body = _body_start(art)
    if body and any(
        t.kind == "airstrike" or t.word in _STRIKE_WORDS
        for t in art.triggers_in(art.sentences[0].start, art.sentences[body - 1].end)
    ):
        return True
    after = min(len(art.sentences) - 1, art.sentence_index(lead.evidence[1] - 1) + 1)
    for a, b in [(lead.evidence[0], art.sentences[after].end)] + [e.clause for e in told]:
        for t in art.triggers_in(a, b):
            before = art.words_before(t.start, 2)
            # ("reported that air strikes hit ...": "that" after a verb of saying opens what was said, a
            # strike of its own, not the lead named again)
            if (
                t.word.split()[-1] in _STRIKE_WORDS
                and before[-1:]
                and before[-1] in _THE
                and not (before[-1] == "that" and before[:-1] and before[-2] in speech.SAYING)
            ):
                return True
    return False


def _by_aircraft(group: list[Cand]) -> bool:
    """A clause of the event names warplanes or jets: the platform that delivered it (the weapons a
    clause names are its objects)."""
    return any("aircraft" in e.objects for e in group)


def _folded(lead: Cand, e: Cand) -> Cand:
    """The lead enriched by a retelling: a closer place, a firmer date, the toll and count."""
    place, date, date_q = lead.place, lead.date, lead.date_q
    if e.place is not None and (place is None or (e.place.rank > place.rank and _inside(e.place, place))):
        place = e.place if e.place.country or place is None else replace(e.place, country=place.country)
    if e.date is not None and (date is None or (e.date_q > date_q and _span(e.date) <= _span(date))):
        date, date_q = e.date, e.date_q  # a firmer day, never a wider span ("this week")
    return replace(
        lead,
        place=place,
        date=date,
        date_q=date_q,
        killed=lead.killed if lead.killed is not None else e.killed,
        injured=lead.injured if lead.injured is not None else e.injured,
        count=lead.count if lead.count is not None else e.count,
        actors=lead.actors + tuple(a for a in e.actors if a not in lead.actors),
        objects=lead.objects + tuple(o for o in e.objects if o not in lead.objects),
        attribution=lead.attribution or e.attribution,
    )


def _span(d: DateSpan) -> int:
    return (d.end - d.start).days


def _inside(spot: Place, area: Place) -> bool:
    """A spot that may lie in the area: its country, or an unknown country for a spot in a country."""
    return spot.country in (None, area.country) or (area.country is None and area.rank <= 2)
