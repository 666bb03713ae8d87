"""Incidents: one record per distinct event an article says happened, composed from the stages.

    Document (parsed once) -> triggers (events.py) -> candidates with their arguments, one per
    clause (candidates.py) -> cross-sentence linking (linking.py) -> Incident records (here)

Negated, hypothetical and generic mentions are dropped by the candidate stage; threats by a
named actor are kept even when conditional. Relevance keeps incidents out of articles that only
borrow war words.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress
from operator import or_

from reporter import ship_nouns
from reporter.extract import casualties, geonames, learned_incidents
from reporter.extract.actors import actor_name
from reporter.extract.candidates import (
    ALSO_BEFORE,
    AT_SEA_AFTER,
    CLASS_TYPE,
    MILITARY,
    NEW_EVENT,
    Cand,
    background_threat,
    came_after,
    hit_bare_passive,
    is_headline,
    overseas,
    repelled_before,
    sentence_candidates,
    told_days_apart,
    told_long_ago,
)
from reporter.extract.document import Document
from reporter.extract.events import NOUNS
from reporter.extract.lead import fold_lead
from reporter.extract.lemmas import lemma
from reporter.extract.lexicon import RANK, Entry, Mention
from reporter.extract.linking import (
    NIGHT,
    TOLD_ELSEWHERE,
    Linker,
    aimed_at_the_doer,
    claim_only,
    claim_told_first,
    counted_more,
    event_named_by_place,
    one_of_a_barrage,
    one_of_them,
    part_of_country,
    place_core,
    same_place,
    scene_only,
    struck_back,
    struck_back_at,
    told_later,
    toll_only,
    whole_of_part,
)
from reporter.extract.places import (
    BY_A_BORDER,
    PART_NOUN,
    POSSESSIVE,
    SITE_KINDS,
    Place,
    best_place,
    country_part,
    country_place,
    dateline_town,
    distance_km,
    home_country,
    in_its_town,
    km_between,
    nested,
    places_in,
    ships,
    spoken_in,
    story_homes,
)
from reporter.extract.prefilter import Prefiltered
from reporter.extract.records import replace
from reporter.extract.sites import new_site_in, new_site_tolled
from reporter.extract.tallies import without_told_tallies
from reporter.extract.text import fold, tokens, words
from reporter.incident_types import MEANS, compatible
from reporter.models import Casualties, Incident

_CONFLICT_WORDS = words(
    """troops military militant militants militia militias army soldiers airstrike airstrikes missile missiles
    drone drones rocket rockets shelling artillery insurgents rebels jihadist jihadists gunmen warplane warplanes
    ceasefire mortar mortars peacekeepers bombing bombardment intercepted attack attacks attacked retaliate
    retaliation retaliatory bandits terrorists encounter strikes armed police gunfire explosive explosives
    bomb bombs gunboats gangs shooters fatalities bombers extremists separatists guerrillas attackers assailants
    gunman mercenaries gendarmes commandos militiaman militiamen paramilitary paramilitaries insurgent rebel
    bandit terrorist jihadis sniper snipers kidnappers abductors raiders ordnance landmine landmines"""
)
#: (a seizure counts: "commandos seized a tanker" is force used, though no word of war is said; what was
#: seized is asked later, by the candidate stage)
_FIGHTING_FRAMES = frozenset({"clash", "shell", "airstrike", "intercept", "seize", "airspace"})
_HARMING_FRAMES = frozenset({"strike", "launch", "explode"})
#: Of those, the words only weapons and fighters do ("a storm hit the coast, killing five" is weather).
_ARMED_WORD = re.compile(r"(?:strike|struck|attack|assault|raid|bomb|blast|explo|deton|fired|launch)")
#: What a blast does besides a toll.
#: (a blast beside a ship is a maritime security report, as "an explosion near a merchant vessel" is: a vessel
#: is where blasts harm at sea)
_BLAST_HARM = words("fire fires flames ablaze damage damaged destroyed shattered wrecked collapsed") | ship_nouns.SHIP_FORMS
#: A blast as the subject of a verb of shaking or hitting a named place, or a spot in one: "an explosion rocked X",
#: "two blasts hit X", "a blast hit a market in X" (a place the lexicon lists must follow; "a scandal rocked the
#: party" has no blast word, "rocked the markets" no place, and "a blast of cold air hit X" is weather)
_SHOOK = re.compile(
    r"\s+(?:(?!of\b|from\b)[\w-]+\s+){0,2}?(?:rocked|rocks?|shook|shakes|ripped\s+through|tore\s+through|hit|hits|struck|strikes)"
    # (a headline drops the article: "Two blasts hit market in X")
    r"\s+(?:(?:(?:an?|the|two|three|several)\s+)?(?:[\w'’-]+\s+){0,2}?(?:in|at|near|outside)\s+)?(?:the\s+)?",
    re.I,
)
#: A passive "hit" whose agent follows: "was hit hard by floods", "hit by sanctions" (what hit is then
#: named, and weather, markets and sanctions hit as well as weapons do).
_SPORT_WORDS = words(
    """match goal goals stadium fans coach striker goalkeeper league tournament qualifier midfielder defender
    scored penalty club players season
    bowler bowlers batting batsman batsmen innings wicket wickets bouncers umpire semi-final quarter-final
    halftime half-time kickoff footballer
    substitute substitutes referee equaliser equalizer winger header scoreline derby trophy playoff playoffs
    fixture fixtures teammate teammates championship olympic olympics"""
)
#: A final score told with its result: "a 3-1 win", "crushed Kuwait 3-0", "drew 1-1" (each weighs as two sport
#: words: one line of a match report, where a day's dates read "March 13-14").
_SCORELINE = re.compile(
    r"\b\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|draw|loss|lead|triumph|thrashing|home\s+win|away\s+win)\b"
    r"|\b(?:won|beat|beats|lost|drew|crushed|crush|thrashed|edged|routed|hammered|stunned)\s+(?:[\w'’.-]+\s+){0,3}?\d{1,2}-\d{1,2}\b",
    re.I,
)
_THE = re.compile(r"^(?:the|The)\s+")
#: A stretch of sea told from a coastal town ("50 nautical miles west of X", "20 km off X"): where a ship was.
_AT_SEA_FROM = re.compile(
    r"\d[\d,.]*\s+(?:(?:nautical\s+miles|nm)\s+(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|off)"
    r"|(?:miles|km|kilomet(?:re|er)s)\s+off)\s+(?:the\s+)?"
    # ("60 nautical miles off the coast of X": the sea off X's shore is still the sea off X)
    r"(?:(?:coast|coastline|shores?)\s+of\s+(?:the\s+)?)?$"
)
#: A blow's military object right after its word: "to strike US bases", "hit American warships" (a
#: labour strike or a storm has none; "strike forces" is a noun compound, so forces are left out).
_ARMED_OBJECT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:bases?|airbases?|airfields?|warships?|camps?|outposts?|barracks|convoys?|garrisons?|positions"
    r"|(?:arms|weapons|ammunition|munitions)\s+depots?"
    # ("struck three Iranian nuclear sites", "hit military targets": a site of arms or war, not a workplace)
    r"|(?:nuclear|military|missile|radar|air\s+defen[cs]e)\s+(?:sites?|facilities|facility|installations?|targets?))\b",
    re.I,
)


def relevant(art: Document) -> bool:
    """False for articles about something else that borrow war words ("price war", "storm hit", "strike").

    An article is about conflict when it names weapons, armed groups or forces, or uses the
    vocabulary of fighting, at least twice; sport needs more of it than sport words.
    """
    norms = art.norms[:4000]
    # A one- to three-sentence brief carries less vocabulary than a full report.
    need = 1 if len(art.sentences) <= 3 else 2
    sport = sum(map(_SPORT_WORDS.__contains__, norms)) + 2 * len(_SCORELINE.findall(art.text[:20000]))
    if sport < 3:
        # no sport to weigh the conflict against: only whether there is enough of it counts, so the
        # counting stops once there is (most articles: their war words alone are enough)
        return _conflict(art, norms, enough=need) >= need
    conflict = _conflict(art, norms)
    if conflict < need:
        return False
    return conflict + len(MILITARY.findall(art.text[:20000])) // 2 > sport


def _conflict(art: Document, norms: tuple[str, ...], enough: int | None = None) -> int:
    """How much the article speaks of conflict; with ``enough``, counted only until it reaches that."""
    conflict = sum(map(_CONFLICT_WORDS.__contains__, norms))  # counted in C, no frame per word
    # Frames that only fighting fills: clashes, shelling, air strikes, interceptions.
    conflict += sum(1 for t in art.triggers[:400] if t.kind in _FIGHTING_FRAMES)
    if enough is not None and conflict >= enough:
        return conflict
    # a blast is an incident whatever set it off ("an explosion at the port killed 25"): each sentence
    # that tells one with its harm (a toll, fire, damage) counts, as a fight does ("an explosion in
    # sales" harms no one)
    blasts = art.sentences_with([t.start for t in art.triggers[:400] if t.kind == "explode"])
    if blasts:
        harmful = map(or_, map(_BLAST_HARM.__contains__, norms), map(casualties.is_hint_word, norms))
        harmed_blasts = blasts & art.sentences_with(list(compress(art.token_starts, harmful)))
        # (a blast that shook a named town is felt there, harm told or not: "a blast rocked X overnight")
        shook = art.sentences_with([t.start for t in art.triggers[:400] if t.kind == "explode" and _shook_a_place(art, t.end)])
        conflict += len(harmed_blasts | shook)
    # a strike or blast that killed or wounded is violence, whatever word names it ("an Israeli strike
    # killed seven aid workers"): a labour strike or a price war harms no one
    harmed = art.sentences_with([t.start for t in art.triggers[:400] if t.kind == "harm"])
    if harmed:
        armed = [
            t.start
            for t in art.triggers[:400]
            if (t.kind in _HARMING_FRAMES and _ARMED_WORD.match(t.word)) or t.kind == "clash" or (t.kind == "strike" and _hit_bare_in_sentence(art, t))
        ]
        conflict += len(harmed & art.sentences_with(armed))
    # a site or vessel struck in the passive with no agent, with a toll in its sentence, took a blow from afar
    # that harmed ("a fishing boat was struck off X, wounding three fishermen"; "struck by a wave" names its agent)
    bare = art.sentences_with([t.start for t in art.triggers[:400] if t.kind == "strike" and _hit_bare_in_sentence(art, t)])
    if bare:
        conflict += len(bare & art.sentences_with(list(compress(art.token_starts, map(casualties.is_hint_word, norms)))))
        if enough is not None and conflict >= enough:
            return conflict
    # a blow held out or dealt at a military object is force, told without a war word ("Iran threatened
    # to strike US bases"): a labour strike hits no base
    conflict += len(art.sentences_with([
        t.start
        for t in art.triggers[:400]
        if (t.kind == "strike" and (_ARMED_WORD.match(t.word) or t.word.startswith("hit")) and _ARMED_OBJECT.match(art.text, t.end))
        # ("its forces destroyed an ammunition depot": a military object ruined is a blow dealt as well)
        or (t.kind == "destroy" and _ARMED_OBJECT.match(art.text, t.end))
        # ("a report of an incident 70 nautical miles northwest of X": a maritime security notice)
        or (t.kind == "incident" and AT_SEA_AFTER.match(art.text, t.end))
    ]))
    if enough is not None and conflict >= enough:
        return conflict
    return conflict + sum(2 if m.of("weapon") else 1 for m in art.mentions if m.of("weapon") or _armed(m))


def _shook_a_place(art: Document, end: int) -> bool:
    """The blast word ending at ``end`` is the subject of a verb of shaking whose object is a listed place."""
    m = _SHOOK.match(art.text, end)
    return m is not None and any(
        (x.of("place") or x.of("country") or x.of("capital")) and x.start == m.end() for x in art.mentions_in(m.end(), m.end() + 40)
    )


def _hit_bare_in_sentence(art: Document, t) -> bool:
    """A site told as hit in the passive with no agent ("a depot was hit on Monday, killing two"): with a toll in
    its sentence, a blow struck from afar (candidates' own reading of the bare passive "hit")."""
    s = art.sentences[art.sentence_index(t.start)]
    return hit_bare_passive(art.text, s.start, s.end, t)


def _armed(m: Mention) -> bool:
    actor = m.of("actor")
    return (
        actor is not None and actor.sub in ("armed_group", "coalition", "force") and m.of("country") is None
    )


def find_incidents(art: Document) -> list[Incident]:
    """The incidents of an article, as the rules find them, revised by a learned layer if one ships."""
    events = incident_events(art)
    found = [to_incident(art, c) for c in events]
    parts = {i: j for i in range(len(events)) if (j := whole_of_part(art.text, events, i)) is not None}
    for i, j in parts.items():
        if events[i].type == events[j].type:
            # "Gunmen staged two attacks, killing 11. One targeted X": a part is of its whole's kind, as the
            # whole is finally typed (by its toll: armed men on the ground), not as first read
            found[i] = replace(found[i], type=found[j].type)
    # (a counted whole and its parts at their own spots are the events the article counts: no keeper's guess)
    return learned_incidents.revise(art, events, found, spared=parts.keys() | set(parts.values()))


def incident_events(art: Document) -> list[Cand]:
    """The events of an article an incident is made of: every sentence's candidates folded, in order."""
    read: dict[int, list[Cand]] = {}
    found = _events(art, skip_headline=True, read=read)
    if any(c.type != "threat_statement" for c in found) or not any(
        is_headline(art, i) for i in range(min(3, len(art.sentences)))
    ):
        return found  # with no headline skipped, a second pass would read the same sentences again
    # (a body that tells only threats tells no event: "X vowed revenge" under "Blast hits Y" answers it)
    # "Tankers attacked in Gulf of Oman" over a body that names no scene: the headline tells the event
    # (a second pass, which links the body's candidates read in the first again: only the headline's are new)
    return _events(art, skip_headline=False, read=read)


def _events(art: Document, skip_headline: bool, read: dict[int, list[Cand]] | None = None) -> list[Cand]:
    """The events of an article; ``read``: each sentence's candidates, kept from an earlier pass (a
    sentence's candidates are its own: linking reads them, never changes them)."""
    read = {} if read is None else read
    linker = Linker(art)
    told: list[Cand] = []  # every candidate read, before folding: the clauses each event was told in
    tolls = _TollSentences(art)
    for s_idx in range(len(art.sentences)):
        if skip_headline and is_headline(art, s_idx):
            continue
        cands = read.get(s_idx)
        if cands is None:
            cands = read[s_idx] = sentence_candidates(art, s_idx)
        if not cands:
            harmed = toll_only(art, linker, s_idx, tolls)
            scene_only(art, linker, s_idx, harmed)
            claim_only(art, linker, s_idx)
            continue
        if all(c.event_ref and not c.actors for c in cands) or claim_told_first(art, s_idx, cands):
            # "X said it had carried out the attack": a sentence whose one event word names the event just told
            # may still claim it (GUIDE: "X (claimed)"), as one with no event word does
            claim_only(art, linker, s_idx, blames=False)
        for c in cands:
            linker.add(c)
        told.extend(cands)
        event_named_by_place(art, linker, s_idx)
    placed = _placed(art, fold_lead(art, without_told_tallies(art, linker.events)))
    events = _one_per_event(art, _claims_of_raids(art, _sounds_of_raids(_narrowed(art, placed))))
    events = _means_of_the_doer(_fights_of_blasts(art, _blasts_of_assaults(art, _attacks_by_their_means(art, events))))
    events = _facets_told_on(art, _notices_of_claims(art, _last_of_the_series(art, _attacks_of_the_downed(art, events))))
    events = [_ship_claimed_beside(art, e, {c.s_idx for c in events}) for e in events]
    events = _ship_by_ship(art, [c for c in events if not _mission_told(c) and not told_long_ago(art, c) and not background_threat(art, c)], told)
    if art.lexicon.flies_its_strikes:
        events = [_flown_abroad(art, c) for c in events]
    events = _labels_told_after(art, events)
    return _means_untold(
        art, [c for i, c in enumerate(events) if not _told_in_passing(art, events, i, c) and not _placed_by_a_world_region(art, c)]
    )


def _placed_by_a_world_region(art: Document, c: Cand) -> bool:
    """An event placed only in a region of several countries ("Fighting raged in the Middle East and North
    Africa this week"), told with no toll or count: vague background (GUIDE: optional), no incident."""
    p = c.place
    if p is None or p.country is not None or c.killed is not None or c.injured is not None or c.count is not None:
        return False
    return any(
        (e := m.of("place")) is not None and e.sub == "area" and e.country is None
        for m in art.mentions_in(p.start, p.end)
        if (m.start, m.end) == (p.start, p.end)
    )


#: A label set over what follows, a sentence of its own: "Ambush in Khyber district.", "Deadly blast in Kabul."
#: (an event noun and its place; no verb, day or toll).
_LABEL = re.compile(
    rf"\W*(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(NOUNS | {'ambush', 'ambushes', 'shooting'}, key=len, reverse=True))})"
    r"\s+(?:in|on|at|near|outside|off)\s+(?:(?:the|northern|southern|eastern|western|central|(?-i:[A-Z])[\w'’-]*)\s+){0,4}?"
    r"(?:(?-i:[A-Z])[\w'’-]*|district|region|province|state|suburbs|area|city|town|village|camp|county)\.?\s*",
    re.I,
)


def _labels_told_after(art: Document, events: list[Cand]) -> list[Cand]:
    """A label ("Deadly blast in Kabul.") over an event of its kind told in the next two sentences is that
    event named before its telling, not one of its own (GUIDE: one record per real event); a place the telling
    reads in another country than the label's, or in none, takes the label's ("Ambush in Khyber district.
    Militants ... in Bara": the Bara of the label's country). One told at another town of the label's country
    is another event."""
    out = list(events)
    for e in events:
        s = art.sentences[e.s_idx]
        if e.killed or e.injured or not _LABEL.fullmatch(art.text, s.start, s.end) or art.event_dates_in(s.start, s.end):
            continue
        k = next(
            (
                i
                for i, f in enumerate(out)
                if f is not e
                and e.s_idx < f.s_idx <= e.s_idx + 2
                and compatible(e.type, f.type)
                and f.place is not None
                and e.place is not None
                and (f.place.country != e.place.country or same_place(f.place, e.place) or nested(f.place, e.place))
            ),
            None,
        )
        if k is None:
            continue
        f = out[k]
        if f.place.country != e.place.country:  # ("in the Dasht-e-Barchi area": a spot no list knows, in the label's town)
            out[k] = replace(f, place=e.place)
        out.remove(e)
    return out


#: The weapons whose attack an interception may stop (its own objects name them).
_DOWNED_TYPES = {"drone_attack": "drone", "missile_attack": "missile", "rocket_attack": "rocket"}


#: Words that tell more of a weapon than the ones told before: "two other drones", "more missiles".
_MORE_OF = re.compile(r"\b(?:other|more|additional|further|another|second|separate|remaining)\b", re.I)


def _attacks_of_the_downed(art: Document, events: list[Cand]) -> list[Cand]:
    """ "Two drones hit the palace on Tuesday ... both drones were shot down by guards": an
    attack by as many drones (two or more, of the weapon the interception names) as were downed at its very
    place on its days, told in another sentence as what befell its target and with no toll, is the interception
    told from the other side (GUIDE: the drones downed are one interception, whatever sentences tell them),
    not a second event. The interception stays, its actor the one that downed them. A launch at a target
    ("fired two missiles at X ... both were intercepted") is an attack besides, as is one told in the
    interception's own sentence, a salvo of another size, at another spot or day, or one that killed or
    wounded ("two other drones", "a third drone struck a hangar")."""
    downs = [
        e
        for e in events
        if e.type == "interception" and e.count and e.count >= 2 and e.place is not None and e.date is not None
        and not _MORE_OF.search(art.text, *e.clause)
    ]
    if not downs:
        return events
    out = []
    for e in events:
        weapon = _DOWNED_TYPES.get(e.type)
        gone = (
            weapon is not None
            and e.count is not None
            and e.place is not None
            and e.date is not None
            and not e.killed
            and not e.injured
            and e.kind != "launch"
            and not _MORE_OF.search(art.text, *e.clause)
            and any(
                d.s_idx != e.s_idx
                and d.count == e.count
                and weapon in d.objects
                and place_core(d.place.name) == place_core(e.place.name)  # type: ignore[union-attr]
                and d.date.start <= e.date.end  # type: ignore[union-attr]
                and e.date.start <= d.date.end  # type: ignore[union-attr]
                for d in downs
            )
        )
        if not gone:
            out.append(e)
    return out


#: An attack named as the one before the news in a series: "the last attack on the station", "the previous
#: major attack" ("the latest" is most often the news itself).
_BEFORE_IN_SERIES = re.compile(
    r"\b(?:the|its|their)\s+(?:last|previous|prior|most\s+recent)\s+(?:(?:major|big|large|deadly|deadliest|such|similar)\s+)?$",
    re.I,
)


def _last_of_the_series(art: Document, events: list[Cand]) -> list[Cand]:
    """ "Twin suicide bombings killed 20 in X ... The last attack on the station was in 2018": an attack word
    with no weapon, named as the one before the news in a series, is an earlier one of the news's kind (a
    bombing), not a fight on the ground nor an untold incident, the types an attack word takes when nothing
    tells its means.
    The news is the first event of the story, told by a blast or by its means; one that is a fight keeps the
    series' attacks fights."""
    first = next((e for e in events if e.type not in ("threat_statement", "interception") and e.kind != "airspace"), None)
    if first is None or (first.type not in MEANS and first.type != "explosion"):
        return events
    return [
        replace(e, type=first.type)
        if e is not first
        and e.type in ("armed_clash", "other")
        and e.kind == "strike"
        and not e.own_weapon
        and e.trigger_word.startswith("attack")
        and e.s_idx > first.s_idx
        and _BEFORE_IN_SERIES.search(art.text, max(0, e.pos - 40), e.pos)
        and (e.place is None or first.place is None or e.place.country == first.place.country)
        else e
        for e in events
    ]


#: The types of an attack or of what it did (a threat, an interception or an airspace step is no attack).
_ATTACK_TYPES = frozenset(
    {"air_strike", "drone_attack", "missile_attack", "rocket_attack", "shelling", "crash", "explosion", "armed_clash"}
)


def _told_in_passing(art: Document, events: list[Cand], i: int, c: Cand) -> bool:
    """An attack told after the story's first event with nothing of its own to stand on: no day (the story
    lent it the day of the event told just before, linking's "undated event told right after another"), no
    place narrower than a country, no reference back to an event told, and no event of its family told before
    in that country that it could be more of. Such a mention is background said in passing ("since the group's
    deadly attack on X", "most attacks have been aimed at X") or a facet of the event just told in other words
    ("missiles and jets were used"), not a new event: the GUIDE's vague background that needs neither day nor
    place, which a careful analyst leaves out. One told at the very place of the event just told is the story
    going on there ("militants attacked a base in X. A drone struck the attackers"), and stays."""
    if i == 0 or c.type not in _ATTACK_TYPES or not c.inherited or c.anaphor:
        return False
    if c.date is None or c.date_q != 1 or c.date_kind or c.place is None or c.place.rank > RANK["country"]:
        return False
    if events[i - 1].place is not None and events[i - 1].place.name == c.place.name:
        return False  # the place of the event just told, borrowed: the story going on there
    if c.place.name != c.place.country and c.clause[0] <= c.place.start < c.clause[1]:
        return False  # a part of the country its own clause tells ("a mine blast along the border"): news told there
    if c.attribution and (c.killed or c.injured):
        # "Artillery exchanges along the frontier killed ten civilians, police said": a toll of its own on a
        # source's word is news told, not a mention in passing
        return False
    if c.attribution and c.actors and set(c.actors).isdisjoint(events[i - 1].actors):
        # "Iran fired missiles at Israel. Israeli jets struck batteries in western Iran, the army said": a
        # party of its own acting, on a source's word, is news told, not a facet of the last event
        return False
    if c.actors and set(c.actors).isdisjoint(events[i - 1].actors) and struck_back(art.text, c):
        return False  # "A rocket hit X. US jets answered with strikes on militia depots": the answer, news told
    return not any(
        compatible(o.type, c.type) and o.place is not None and o.place.country == c.place.country for o in events[:i]
    )


class _TollSentences:
    """The sentences holding a toll word ("killed", "casualties"), as a set toll_only asks: each sentence is
    read when asked about. Only a sentence with no event of its own, soon after one, is asked (a few per
    article), where every word of the article was tested before."""

    __slots__ = ("_art",)

    def __init__(self, art: Document) -> None:
        self._art = art

    def __contains__(self, s_idx: object) -> bool:
        art = self._art
        if not isinstance(s_idx, int) or not 0 <= s_idx < len(art.sentences):
            return False
        # the words from this sentence's start to the next one's: those sentence_index puts in it
        a = art.sentences[s_idx].start
        b = art.sentences[s_idx + 1].start if s_idx + 1 < len(art.sentences) else len(art.text) + 1
        i, j = art.token_index(a), art.token_index(b)
        return any(map(casualties.is_hint_word, art.norms[i:j]))  # tested in C


def _placed_by_aim(art: Document, c: Cand) -> bool:
    """The event's place is only where weapons not yet fired were meant to go (places.py: role "meant")."""
    return c.place is not None and any(
        p.role == "meant" and p.start == c.place.start for p in places_in(art, *c.clause)
    )


def _placed(art: Document, events: list[Cand]) -> list[Cand]:
    """The events that have a place, and those told with none placed by the best evidence left (GUIDE:
    ``country`` is where it happened; a country-level event has the country as both): the home country of
    the armed group the event was done to ("the air force bombed the Ruritanian rebels" is in Ruritania),
    never the country of a party that acted. A placeless event of the type and day of a placed one is a
    retelling of it, and folds in (it stays dropped), so an article's many unplaced mentions make no
    new incidents."""
    placed = [c for c in events if c.place is not None]
    out = []
    unplaced = []
    for c in events:
        if c.place is not None and c.place.country is None and (counted := _health_ministry_toll(art, c)) is not None:
            # "killed in a strike on the village of X, Zedland's health ministry said": a spot no gazetteer
            # knows lies where the ministry counts its dead
            c = replace(c, place=replace(c.place, country=counted.country))
        if _placed_by_aim(art, c) and (home := _target_home(art, c) or _weapons_found_next(art, c, events)) is not None:
            # "struck Houthi missiles readied to launch toward X": the group's home, not where its weapons
            # were meant to go (which placed the strike only for want of a better place)
            c = replace(c, place=home)
        if c.place is None:
            place = _target_home(art, c) or _sea_of_ship(art, c) or part_of_country(art, c) or _health_ministry_toll(art, c)
            place = place or _sites_of_a_state(art, c)
            place = place or _defenders_home(art, c)
            if place is None and (home := _dateline_defender(art, c)) is not None:
                place, c = home, replace(c, actors=c.actors or (home.name,))
            # (one in a quarter of the country with a toll of its own is no retelling: _own_in_told_part)
            if place is None or any(_retold_in(c, o) and not _own_in_told_part(art, c, o, place) for o in placed):
                unplaced.append(c)
                continue
            c = replace(c, place=place)
            placed.append(c)
        if c.type == "interception" and not c.actors and (guard := _own_sky_guard(art, c)) is not None:
            c = replace(c, actors=(guard,))
        out.append(c)
    for c in unplaced:
        stop = next((i for i, o in enumerate(out) if _stopped_share_of(c, o)), None)
        if stop is not None:
            out.insert(stop, replace(c, place=out[stop].place))
            continue
        told = [i for i, o in enumerate(out) if _claimed_doer_of(c, o) and _names_the_target_again(art, c, o)]
        if len(told) == 1:
            out[told[0]] = replace(out[told[0]], actors=c.actors)
    return out


#: A sentence that opens with what was hit, named again: "The vessel was hit", "The cargo ship was struck".
_THE_TARGET_AGAIN = re.compile(
    r"\W*(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?P<h>[\w'’-]+)\s+(?:was|were|had\s+been|has\s+been|came)\b", re.I
)


def _names_the_target_again(art: Document, c: Cand, o: Cand) -> bool:
    """The sentence of ``o`` opens with the thing ``c``'s sentence told attacked, named again by its noun (a
    ship by any word for one: "attacked the cargo ship X ... The vessel was hit")."""
    m = _THE_TARGET_AGAIN.match(art.text, art.sentences[o.s_idx].start, art.sentences[o.s_idx].end)
    if m is None:
        return False
    head = m.group("h").lower()
    cs = art.sentences[c.s_idx]
    told = {w.lower() for w in re.findall(r"[\w'’-]+", art.text[cs.start : cs.end])}
    return head in told or (head in ship_nouns.SHIP_FORMS and bool(told & ship_nouns.SHIP_FORMS))


#: The attacks a counted salvo of one weapon makes.
_SALVO_ATTACKS = frozenset({"drone_attack", "missile_attack", "rocket_attack"})


def _stopped_share_of(c: Cand, o: Cand) -> bool:
    """ "Zedland launched 70 drones overnight. Air defences downed 50 of them": a counted salvo with a launcher,
    placed nowhere, a share of which an interception in its sentence or the next stopped over the land of a
    state other than the launcher's, came at that land: it took place where it was stopped."""
    return (
        c.type in _SALVO_ATTACKS
        and bool(c.actors)
        and c.count is not None
        and o.type == "interception"
        and o.place is not None
        and o.place.country is not None
        and o.place.country not in {a.split(" (")[0] for a in c.actors}
        and 0 <= o.s_idx - c.s_idx <= 1
        and (o.count is None or o.count <= c.count)
        and (not c.objects or not o.objects or not set(c.objects).isdisjoint(o.objects))
        and (c.date is None or o.date is None or (c.date.start <= o.date.end and o.date.start <= c.date.end))
    )


def _claimed_doer_of(c: Cand, o: Cand) -> bool:
    """ "The Houthis said on Monday they had attacked the ship X with drones. The vessel was hit by drones off Y on
    Sunday, the agency said.": a doer's own telling of an attack, placed nowhere, names the doer of the one
    attack with the same weapons told beside it, placed and done on or before the telling, that names none."""
    return (
        bool(c.actors)
        and c.type != "threat_statement"
        and not o.actors
        and o.place is not None
        and compatible(o.type, c.type)
        and abs(o.s_idx - c.s_idx) <= 2
        and bool(c.objects)
        and not set(c.objects).isdisjoint(o.objects)
        and (c.date is None or o.date is None or o.date.start <= c.date.end)
    )


def _retold_in(c: Cand, o: Cand) -> bool:
    """A placed event of the type and day of a placeless one: the same event, as far as can be told."""
    if not compatible(c.type, o.type):
        return False
    if c.date_kind == "since" and c.date is not None and o.date is not None and c.date.start < o.date.start:
        return False  # "90 dead in Zedland's raids since Sunday": the tally of days before the event told, not it
    return c.date is None or o.date is None or (c.date.start <= o.date.end and o.date.start <= c.date.end)


def _weapons_found_next(art: Document, c: Cand, events: list[Cand]) -> Place | None:
    """Where the next sentence, telling no event of its own, says the weapons struck were found ("strikes
    against missiles prepared to launch toward X. The command identified the missiles in Y."): their scene."""
    nxt = c.s_idx + 1
    if nxt >= len(art.sentences) or any(o.s_idx == nxt for o in events):
        return None
    a, b = art.sentences[nxt].start, art.sentences[nxt].end
    struck = {w.sub for m in art.mentions_in(*c.clause) if (w := m.of("weapon")) is not None}
    if not any(
        (w := m.of("weapon")) is not None and w.sub in struck and art.words_before(m.start, 1) == ["the"]
        for m in art.mentions_in(a, b)
    ):
        return None
    return best_place([p for p in places_in(art, a, b) if p.role == "loc"])


def _target_home(art: Document, c: Cand) -> Place | None:
    """The home country of the armed group an event was done to, named as its object right after its
    event word ("jets struck the Ruritanian rebels on Monday"): a group the lexicon ties to one country,
    not the country of any party that acted nor another country the article is plainly about. Only an
    event told with a day of its own: an undated "a mission that struck rebel sites" tells a campaign."""
    if (c.date_q < 2 and c.date_kind != "unresolved") or _NOT_AN_OBJECT.search(c.trigger_word):
        return None
    home = art.lexicon.actor_country
    doers = {a.split(" (")[0] for a in c.actors}
    doers |= {home.get(a, a) for a in doers}
    for m in art.mentions_in(c.pos + len(c.trigger_word), c.clause[1]):
        if not _OBJECT_GAP.fullmatch(art.text, c.pos + len(c.trigger_word), m.start):
            return None
        if _BACKER.match(art.text, m.end):
            continue  # ("struck Iran-backed rebels": the rebels after it are the object)
        group = m.of("actor")
        if group is None or group.sub != "armed_group" or m.of("country") is not None:
            return None
        country = art.lexicon.countries.get(group.country or "")
        if country is None or {group.name, country.name} & doers or home_country(art) not in (None, country.name):
            return None
        return country_place(country, m.start, m.end)
    return None


#: What a salvo was aimed at, right before a state's forces named as the owner of sites: "at 11 ", "against ".
_AT_SITES = re.compile(
    r"\b(?:at|on|against|toward|towards|targeting)\s+(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|multiple|dozens\s+of|a\s+number\s+of)\s+)?$",
    re.I,
)
#: ... and the sites right after the forces: "military sites", "army positions", "bases"; the force's word may
#: open a compound ("military-industrial facilities"), whose mention ends at the hyphen.
_SITES = re.compile(r"(?:[-‐]\w+)?\s+(?:[\w-]+\s+)?(?:sites|positions|bases|targets|posts|barracks|installations|facilities)\b", re.I)
#: Weapons sent from afar at a target.
_SENT = frozenset({"missile_attack", "rocket_attack", "drone_attack", "air_strike", "shelling"})


def _sites_of_a_state(art: Document, c: Cand) -> Place | None:
    """ "Hezbollah said it fired 300 rockets at 11 Israeli military sites": a salvo told only as aimed at a
    state's forces' sites, with no place named, lies in that state (GUIDE: ``country`` is where it happened;
    a country-level event has the country as both), unless the doers are that state's own."""
    if c.type not in _SENT:
        return None
    home = art.lexicon.actor_country
    doers = {home.get(a.split(" (")[0], a.split(" (")[0]) for a in c.actors}
    for m in art.mentions_in(c.pos, c.clause[1]):
        force = m.of("actor")
        if force is None or force.sub != "force" or not force.country:
            continue
        if not (_AT_SITES.search(art.text, max(c.clause[0], m.start - 30), m.start) and _SITES.match(art.text, m.end)):
            continue
        country = art.lexicon.countries.get(force.country)
        if country is None or country.name in doers or force.country in doers:
            return None
        return country_place(country, m.start, m.end)
    return None


#: A country's health ministry right after its name: "Iran's health ministry", "the Lebanese Health Ministry".
#: A ministry that counts its own country's dead: health, and those over its prisons, police and rescuers
#: (justice, interior, emergencies); not defence or foreign affairs, which tell of strikes abroad too.
_HEALTH_MINISTRY = re.compile(
    r"(?:['’]s)?\s+(?:health|public\s+health|justice|interior|emergenc(?:y|ies)(?:\s+situations)?)\s+ministry\b", re.I
)


def _health_ministry_toll(art: Document, c: Cand) -> Place | None:
    """ "Forty dead in Yarrow's raids since Sunday, Zedland's health ministry counts": dead
    counted by a country's health ministry, in a sentence that names no place for them, died in that
    country (a health ministry counts its own country's dead), unless that country is a doer. So for a
    justice, interior or emergencies ministry ("bombs struck a prison, the Zedish justice ministry said")."""
    if c.killed is None and c.injured is None:
        return None
    s = art.sentences[c.s_idx]
    doers = {a.split(" (")[0] for a in c.actors}
    for m in art.mentions_in(s.start, s.end):
        country = m.of("country") or m.of("demonym")
        if country is None or country.name in doers or not _HEALTH_MINISTRY.match(art.text, m.end, s.end):
            continue
        entry = art.lexicon.countries.get(country.name)
        return country_place(entry, m.start, m.end) if entry is not None else None
    return None


#: A country's own forces right after its name: "Ukraine's air force", "the Russian defence ministry".
_DEFENDERS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:air\s+force|air\s+defen[cs]e\s+(?:forces|command)|military|army|armed\s+forces|general\s+staff"
    r"|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b",
    re.I,
)
#: ... or before it: "the Air Force of the Armed Forces of Ukraine", "the Ministry of Defence of Russia".
_DEFENDERS_BEFORE = re.compile(
    r"\b(?:air\s+force|armed\s+forces|military|army|general\s+staff|ministry\s+of\s+defen[cs]e)\s+of\s+(?:the\s+)?$", re.I
)
_ENEMY = re.compile(r"\b(?:the|an?)\s+enemy\b(?!\s+(?:of|to)\b)", re.I)


def _defenders_home(art: Document, c: Cand) -> Place | None:
    """ "Air defences shot down 40 drones overnight, Ukraine's air force said", "the enemy attacked with 55
    drones, the Ukrainian air force said": weapons a country's forces report stopping, or "the enemy" sending,
    with no place named, came at that country (its forces report the sky they defend), unless it is a doer."""
    if c.type != "interception" and (c.actors or not _ENEMY.search(art.text, *c.clause)):
        return None
    s = art.sentences[c.s_idx]
    doers = {a.split(" (")[0] for a in c.actors}
    for m in art.mentions_in(s.start, s.end):
        force, country = m.of("actor"), m.of("country") or m.of("demonym")
        if force is not None and force.sub == "force" and force.country and country is None:
            name = force.country  # "Ukraine's air force", "the Ukrainian military": a force the lexicon knows
        elif country is not None and (
            _DEFENDERS_AFTER.match(art.text, m.end, s.end)
            or _DEFENDERS_BEFORE.search(art.text, max(s.start, m.start - 50), m.start)
        ):
            name = country.name
        else:
            continue
        # (a state that flies its strikes far from home, or lies an ocean away, stops weapons where its forces
        # serve abroad: "a US destroyer", "the Brazilian air force")
        entry = art.lexicon.countries.get(name)
        if entry is None or name in art.lexicon.flies_its_strikes or overseas(entry) or (name in doers and c.type != "interception"):
            continue
        return country_place(entry, m.start, m.end)
    return None


#: Air defences, the state's own arm that stops what comes at it: "air defences", "air defence units".
_AIR_DEFENCES = re.compile(r"\bair[\s-]+defen[cs]es?\b", re.I)


def _dateline_defender(art: Document, c: Cand) -> Place | None:
    """ "MOSCOW - Air defences destroyed 40 Ukrainian drones overnight": unnamed air defences stopping
    weapons at no place named are the defences of the country the reporter files from, and the sky they
    guard is that country's (GUIDE: an interception is by the state whose air defences act). Not when the
    sentence names that country as a side of the weapons ("air defences downed Zedish drones" filed from the
    Zedish capital tells of someone else's sky), nor for a state that flies its strikes far from home."""
    if c.type != "interception" or c.actors or not art.datelines:
        return None
    s = art.sentences[c.s_idx]
    if not _AIR_DEFENCES.search(art.text, s.start, s.end):
        return None
    town = dateline_town(art)
    if town is None or town.country is None or town.country in art.lexicon.flies_its_strikes:
        return None
    entry = art.lexicon.countries.get(town.country)
    if entry is None or overseas(entry):
        return None
    for m in art.mentions_in(s.start, s.end):
        named = m.of("country") or m.of("demonym")
        if named is not None and named.name == town.country and not art.in_dateline(m.start):
            return None
    return country_place(entry, town.start, town.end)


def _own_sky_guard(art: Document, c: Cand) -> str | None:
    """ "The Israeli military said a drone was shot down over Eilat", "Ukraine's air force said missiles were
    downed over Kyiv": an interception told by no interceptor, over a country whose own forces its sentence
    names, was theirs (GUIDE: the actor is the interceptor); a state's forces guard their own sky."""
    home = c.place.country if c.place is not None else None
    if not home:
        return None
    s = art.sentences[c.s_idx]
    for m in art.mentions_in(s.start, s.end):
        force, country = m.of("actor"), m.of("country") or m.of("demonym")
        # (a force by its own name, "the IDF", "Israel's air force"; not a bare people's name, "a Ukrainian")
        if force is not None and force.sub == "force" and force.country == home and country is None:
            return home
        if country is not None and country.name == home and _DEFENDERS_AFTER.match(art.text, m.end, s.end):
            return home
    if c.place.rank <= RANK["region"] and _AIR_DEFENCES.search(art.text, s.start, s.end) and art.datelines:
        # "MOSCOW - Air defences destroyed 17 drones over the Bryansk region": unnamed air defences over a
        # region or the whole of the country the reporter files from are that country's (at a base or
        # airport they may be a foreign garrison's: none is guessed there)
        town = dateline_town(art)
        if town is not None and town.country == home and home not in art.lexicon.flies_its_strikes:
            return home
    return None


def _own_in_told_part(art: Document, c: Cand, o: Cand, place: Place | None = None) -> bool:
    """``c`` is placed (at ``place``, else its own) in the quarter of the country its clause tells ("in the south")
    with a toll other than ``o``'s: an event of its own, neither ``o`` told again nor at ``o``'s scene ("a drone
    killed one in X. Strikes on villages in the south killed five")."""
    place = place or c.place
    return (
        _other_tolls(c, o)
        and place is not None
        and place.rank == 1
        and any(p.start == place.start for p in country_part(art, *c.clause))
    )


def _sea_of_ship(art: Document, c: Cand) -> Place | None:
    """The one sea an article names, for a ship struck with no place told in its clause ("a missile hit
    the tanker on Monday" in a report that names one gulf and no other water): ships are struck at sea."""
    if c.type in ("other", "crash") or not c.objects:
        # (the means named: "a drone hit the tanker"; a ship "hit by an unknown projectile", typed as of no
        # means, or a ship "attacked" with nothing named, tells too little for the sea to be its place)
        return None
    lo, hi = c.clause
    told = {t.norm for t in art.tokens_in(lo, hi)}
    if not told & ship_nouns.SHIP_FORMS and not any(n in art.text[lo:hi] for n in ships(art) if len(n) > 3):
        return None
    seas = _seas_in(art, 0, len(art.text))
    if len(seas) != 1:
        # several seas named: the one the ship's sentence or the one before it names ("an attack on a ship
        # in the Gulf of Aden was reported. The vessel was hit by a drone")
        at = art.sentence_index(lo)
        seas = next(
            (found for j in (at, at - 1) if j >= 0 and (found := _seas_in(art, art.sentences[j].start, art.sentences[j].end))),
            {},
        )
    if len(seas) != 1:
        return None
    ((e, m),) = seas.values()
    return Place(e.name, None, e.lat, e.lon, RANK["water"], m.start, m.end, "loc")


def _seas_in(art: Document, a: int, b: int) -> dict[str, tuple]:
    """The waters that lie in no country named in text[a:b], by name."""
    seas: dict[str, tuple] = {}
    for m in art.mentions_in(a, b):
        e = m.of("place")
        if e is not None and e.sub == "water" and e.country is None and e.lat is not None:
            seas.setdefault(e.name, (e, m))
    return seas


#: An event word that ends in a preposition of sides or source: "fighting between", "clashes with".
_NOT_AN_OBJECT = re.compile(r"\b(?:between|with|from|by|among)$", re.I)
#: Between an event word and its object: at most "on the", "against", "the rebel" (no "from", "between").
_OBJECT_GAP = re.compile(
    r"\s+(?:(?:on|at|against)\s+)?(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+)?"
    r"(?:(?!from\b|between\b|with\b|by\b|and\b)[a-z-]+\s+)?",
    re.I,
)
#: A patron named on the group it backs: "Iran-backed", "Russia-aligned" (the group, not the patron, is the object).
_BACKER = re.compile(r"[-\s](?:backed|aligned|allied|supported|sponsored|funded|linked)\b", re.I)


def _mission_told(c: Cand) -> bool:
    """An operation told with no day of its own describes a mission or a campaign, not an event (GUIDE:
    descriptions of a mission are not incidents): "the mandate of the regional military operation there
    was extended", "amid the largest security operation in years". "The army launched a military operation
    in the valley on Tuesday" has its day, and is the fighting it began; "killed 11 militants in an
    operation" tells its toll, and is a fight. (A day lent by the event told before it does not count: an
    operation outlasts the day of any one event in it.)"""
    return (
        c.trigger_word.lower().endswith("operation")
        and (c.date is None or c.date_q <= 1)
        and c.killed is None
        and c.injured is None
    )


def _flown_abroad(art: Document, c: Cand) -> Cand:
    """Missiles a state that flies its strikes (lexicon: ``flies_its_strikes``) fired at land not its own
    came from its aircraft: "Israeli missiles hit a building in X" is an air strike (GUIDE: raids by
    aircraft on a target), as its strikes told without a weapon are. Other states' missiles stay missiles.
    Read once the events are one per real event, so a retelling that names no party still folds in.

    So was its blow told by a verb of hitting with no means at all ("Ruritanian forces hit a depot in X"),
    typed as an attack of untold means, or as a blast when a blast told after it was taken for its means
    ("... hit a studio in X, and a blast shook the building"): the blast is what the strike did."""
    untold = (
        c.type in ("other", "explosion")
        and c.weapon_class is None
        and not c.own_weapon
        and _hit_word(c.trigger_word)
    )
    if (c.type != "missile_attack" and not untold) or c.place is None or c.place.country is None or not c.actors:
        return c  # (at sea, a warship's missile is as likely as a jet's)
    states = {a.split(" (")[0] for a in c.actors}
    if not states <= art.lexicon.flies_its_strikes or c.place.country in states:
        return c  # (every party named flies its strikes: "Iran and the US" fired at each other)
    if any(k in o for o in c.objects for k in _GROUND_LAUNCHED):
        return c  # "troops fired an anti-tank missile": fired from the ground
    if _WARSHIPS.search(art.text, c.clause[0], c.pos):
        return c  # "submarines fired 30 cruise missiles at a facility near X": fired from the sea
    told = art.sentences[art.sentence_index(c.pos)]
    if _MISSILE_NAMES_IT.search(art.text, max(0, c.pos - 12), c.pos) and not _AIRCRAFT.search(art.text, told.start, told.end):
        # "a Ruritanian missile strike on the port", in a sentence that names no aircraft ("jets launched
        # missile strikes" were flown): the report names the attack by its missiles
        return c
    return replace(c, type="air_strike")


#: A verb or noun of hitting a target that names no means (an event word the candidate stage reads as a strike),
#: by its lemma: any inflection of these ("hits", "struck", "targets") is one.
_HIT_LEMMAS = frozenset({"hit", "strike", "attack", "target"})


def _hit_word(word: str) -> bool:
    return " " not in word and lemma(word.lower()) in _HIT_LEMMAS


#: The attack word named by its missiles: "a missile strike", "missile attacks".
_MISSILE_NAMES_IT = re.compile(r"\bmissile\s+$", re.I)
_AIRCRAFT = re.compile(r"\b(?:air\s+force|aircraft|(?:war|air)planes?|planes|jets|fighter|bombers?|helicopters?)\b", re.I)
#: Warships told as the launchers before the event word: "submarines fired", "a destroyer launched".
_WARSHIPS = re.compile(r"\b(?:submarines?|destroyers?|warships?|frigates?|cruisers?|naval\s+vessels?)\b", re.I)
#: Missiles named as fired by troops on the ground (weapons.yaml names).
_GROUND_LAUNCHED = ("anti-tank",)


def _narrowed(art: Document, events: list[Cand]) -> list[Cand]:
    """An event placed only in a country, in an article whose events in that country all lie at one
    scene and one of them is of its very type, is at that scene (GUIDE: the most specific place named
    for the event). Another type keeps the country: strikes in reply to a drone attack at a town may
    hit anywhere in the country. A scene told as one more target ("it also struck the X base") is
    another place than the country-level event's, so it narrows nothing."""
    scenes: dict[str, list[Cand]] = {}
    for e in events:
        if (
            e.place.rank >= 3
            and e.place.country
            and e.place.role == "loc"
            and not ALSO_BEFORE.search(art.text, max(e.clause[0], e.pos - 12), e.pos)
            # ("A second raid hit a house in X": a further event's scene, not the first one's)
            and not _FURTHER_EVENT.search(art.text, max(e.clause[0], e.pos - 30), e.pos)
            # (nor "Air defences later downed 38 more over Kyiv": more weapons, counted apart)
            and not counted_more(art.text, e)
            # (nor "Israeli strikes killed 12 across Gaza. One strike hit a school in X": a part of the whole)
            and not one_of_them(art.text, e)
        ):
            scenes.setdefault(e.place.country, []).append(e)
    out = []
    for e in events:
        there = scenes.get(e.place.country or "", [])
        if (
            e.place.rank <= 1
            and len({o.place.name for o in there}) == 1
            and any(o.type == e.type and _may_be_one(e, o) for o in there)
            # ("gunmen killed 14 in X. Troops raided camps in the northwest, killing dozens": not at X)
            and not any(_own_in_told_part(art, e, o) for o in there)
            # (a barrage counted in tens over the country is not the one weapon of it told hitting the scene,
            # nor is a tally since a day, "have launched 900 drones at X since Friday", the day's one strike)
            and not any(one_of_a_barrage(e, o) for o in there)
            and e.date_kind != "since"
            # ("A second drone was downed near the border": at the country's edge, not at the one scene)
            and not BY_A_BORDER.search(art.text, *e.clause)
        ):
            e = replace(e, place=there[-1].place)
        out.append(e)
    return out


def _may_be_one(a: Cand, b: Cand) -> bool:
    """Nothing sets the two tellings apart as two events: no days told for both that do not meet, and no
    doers named for both with none in common ("Israeli jets struck Iranian sites on June 13 ... B-2
    bombers dropped bombs on Fordow on June 22": two raids, the first still somewhere in Iran)."""
    if a.date is not None and b.date is not None and (a.date.start > b.date.end or b.date.start > a.date.end):
        return False
    doers_a, doers_b = ({x for x in c.actors if not x.endswith(")")} for c in (a, b))
    return not (doers_a and doers_b and doers_a.isdisjoint(doers_b))


#: A further event named right before its event word: "a second raid", "another strike", "a separate attack".
_FURTHER_EVENT = re.compile(r"\b(?:another|a\s+(?:second|third|fourth|further|separate|new))\s+(?:[\w-]+\s+)?$", re.I)


def _claims_of_raids(art: Document, events: list[Cand]) -> list[Cand]:
    """ "The group said it carried out an operation against the ship" or "its forces fired on the vessel",
    told with no weapon and no toll, on a day the same party's attack by air or fire is told in the same
    country or sea: that attack claimed, not a clash of its own (GUIDE: one record per real event)."""
    # (the raids by identity: a membership test in a list compares every field of every candidate)
    raids = {id(e) for e in events if e.type in MEANS and e.actors}
    if not raids:
        return events
    home = art.lexicon.actor_country
    out = list(events)
    for e in events:
        # (an assault the speaker's side repelled is the defender's battle: "the army said its forces
        # repelled an RSF assault", the day RSF guns shelled a camp nearby, tells a second event)
        if not _weaponless_claim(e) or repelled_before(art.text, e.clause[0], e.pos) or _told_by_another(art, e, home):
            continue
        k = next((i for i, r in enumerate(out) if id(r) in raids and _claimed(e, r, home)), None)
        if k is None:
            continue
        r = out[k]
        # the claim may name the spot the raid's telling leaves at its country or sea
        out[k] = replace(r, place=e.place) if e.place.rank > r.place.rank and nested(e.place, r.place) else r
        out.remove(e)
    return out


def _weaponless_claim(e: Cand) -> bool:
    return (
        e.type == "armed_clash"
        and bool(e.actors)
        and not e.objects
        and e.weapon_class is None
        and not e.killed
        and not e.injured
        and e.attribution is not None
    )


def _told_by_another(art: Document, e: Cand, home: dict[str, str]) -> bool:
    """The deed is told by a party other than its doers ("Russian troops attacked positions near X 58 times,
    Ukraine's general staff said"): the other side's report of a fight, no claim of a raid."""
    said = (e.attribution or "").rsplit(" (", 1)[0]
    s = art.sentences[e.s_idx]
    at = art.text.find(said, s.start, s.end) if said else -1
    if at < 0:
        return False
    speakers = {n for m in art.mentions_in(at, at + len(said)) if (n := actor_name(m, adjectival=True))}
    doers = {a.split(" (")[0] for a in e.actors}
    doers |= {home[a] for a in doers if a in home}
    return bool(speakers) and speakers.isdisjoint(doers)


def _claimed(claim: Cand, raid: Cand, home: dict[str, str]) -> bool:
    """The raid by the claim's party on its days, in its country, or at its sea when neither names a country.
    A group speaks for the state it holds ("Ruritania's armed forces" of the group based there): one party."""
    doers = {a.split(" (")[0] for a in raid.actors}
    doers |= {home[a] for a in doers if a in home}
    # (every party the claim names: "troops and militia fighters traded fire" is a fight of two sides, no
    # claim of one side's raid)
    if not {a.split(" (")[0] for a in claim.actors} <= doers:
        return False
    if raid.date is None or claim.date is None:
        # a page that dates neither (no day to count its weekdays from): the claim of the raid it tells
        if raid.date is not None or claim.date is not None:
            return False
    elif raid.date.start > claim.date.end or claim.date.start > raid.date.end:
        return False
    if claim.place.country or raid.place.country:
        return claim.place.country == raid.place.country
    return claim.place.name == raid.place.name


def _weaponless_attack(e: Cand) -> bool:
    """An attack word told with no weapon of its own, guessed a fight or left an unknown act ("an attack
    on the airport killed one")."""
    return e.type in ("armed_clash", "other") and e.kind == "strike" and not e.own_weapon


def _attacks_by_their_means(art: Document, events: list[Cand]) -> list[Cand]:
    """ "Drones struck the airport on Sunday ... the attack on the airport killed one": an attack told
    without a weapon, on the days and at the spot (or one inside it) where the article tells an attack by
    its means, no other party named, is that attack told again, not a fight on the ground (GUIDE: one
    record per real event). Its toll joins the attack's."""
    raids = {id(e) for e in events if e.type in MEANS}  # (by identity, as in _claims_of_raids)
    if not raids or not any(map(_weaponless_attack, events)):
        return events
    out = list(events)
    for e in events:
        if not _weaponless_attack(e) or repelled_before(art.text, e.clause[0], e.pos):
            continue  # (an assault fought off is the defenders' battle, as in _claims_of_raids)
        # (a blow told after the attack at its attackers is the answer to it, not its means: "a drone later
        # hit the attackers as they withdrew")
        k = next(
            (i for i, r in enumerate(out) if id(r) in raids and _its_means(art, e, r) and not aimed_at_the_doer(art, e, r)),
            None,
        )
        if k is None:
            continue
        out[k] = _told_again(out[k], e)
        raids.add(id(out[k]))  # (the raid with what its retelling lent is still that raid)
        out.remove(e)
    return out


#: A sentence telling that the weapon of the attack just told is unknown: "gave no word on what type of
#: weapon hit the post", "it was not known which arms the raiders carried".
_MEANS_UNTOLD = Prefiltered(re.compile(
    r"\b(?:(?:did|does|has|have|had)\s+not|didn't|doesn't|hasn't|haven't|(?:was|is|remains?|remained)\s+(?:not\s+clear|unclear))"
    r"\s+(?:(?:yet|immediately|publicly)\s+)?(?:(?:say|said|specify|specified|disclose|disclosed|reveal|revealed|explain)\s+)?"
    r"(?:what|which)\s+(?:(?:type|kind|sort)s?\s+of\s+)?(?:weapons?|munitions?|arms)\s+(?:was|were|had\s+been)\s+used"
    r"\s+(?:in|for|during)\s+the\s+(?:attack|assault)\b",
    re.I,
))
#: Gunfire or fighting told in an attack's own clause: a fight on the ground, whatever the weapon.
_FOUGHT_IN = re.compile(r"\b(?:gun\w*|fire[ds]?|firing|shot|shooting|fight\w*|clash\w*|stormed|battle\w*)\b", re.I)


def _means_untold(art: Document, events: list[Cand]) -> list[Cand]:
    """ "One guard was killed in a rebel attack on the airport ... The army has not said which arms were used during
    the attack": an attack whose weapon the article says is unknown is an act of unstated means (GUIDE:
    ``other``), not the fight on the ground an attack with a toll is guessed to be. Only the last event told
    before that sentence, a weaponless attack with no gunfire or fighting in its own clause."""
    out = list(events)
    for m in _MEANS_UNTOLD.finditer(art.text):
        before = [i for i, e in enumerate(out) if e.pos < m.start()]
        if not before:
            continue
        k = max(before, key=lambda i: out[i].pos)
        e = out[k]
        if e.type == "armed_clash" and _weaponless_attack(e) and not _FOUGHT_IN.search(art.text, *e.clause):
            out[k] = replace(e, type="other", means_untold=True)
    return out


def _blasts_of_assaults(art: Document, events: list[Cand]) -> list[Cand]:
    """ "Gunmen stormed a hotel in X on Monday ... witnesses heard two explosions at its gate": a blast told
    at the town or spot (or one inside the other) where a fight on the ground is told on the days within
    one of it, no other party and no other toll, is the assault's opening or its weapon, not a bombing of
    its own (GUIDE: blasts outside, then gunmen inside and a siege fought out, is one armed clash; one
    record per real event). The fight stays, with what the blast's telling adds."""
    if not any(e.type == "armed_clash" and e.date is not None for e in events):
        return events
    out = list(events)
    for e in events:
        if e.type != "explosion":
            continue
        k = next(
            (
                i
                for i, f in enumerate(out)
                # (not a blow of other hands told after it: "A car bomb went off ... Troops later fired at a crowd")
                if f.type == "armed_clash" and _of_the_assault(art, e, f) and not struck_back_at(art.text, f, e, later=True)
            ),
            None,
        )
        if k is None:
            continue
        out[k] = _told_again(out[k], e)
        out.remove(e)
    return out


def _fights_of_blasts(art: Document, events: list[Cand]) -> list[Cand]:
    """ "A car bomb went off at the gate of a hotel in X ... Gunmen then fired on the guests": a fight told
    on in the story of a blast (it takes the blast's place, and its day when it has one, from the sentences
    before: no scene or day of its own), with no other party and no other toll, is the bombing's assault
    told on, not a second event (GUIDE: one record per real event; the blast, told first, is its main fact)."""
    if not any(e.type == "armed_clash" and e.inherited for e in events):
        return events
    out: list[Cand] = []
    for e in events:
        k = None
        if e.type == "armed_clash" and e.inherited and e.place is not None:
            k = next(
                (
                    i
                    for i, f in enumerate(out)
                    if f.type == "explosion" and _fight_of_the_blast(f, e) and not struck_back_at(art.text, e, f, later=True)
                ),
                None,
            )
        if k is None:
            out.append(e)
        else:
            out[k] = _told_again(out[k], e)
    return out


def _fight_of_the_blast(f: Cand, e: Cand) -> bool:
    """The fight ``e``, told after the blast ``f``, at its very place on its days, no other party or toll."""
    if f.place is None or f.s_idx >= e.s_idx or f.place.name != e.place.name:
        return False
    if (f.date is None) != (e.date is None) or (f.date is not None and (f.date.start, f.date.end) != (e.date.start, e.date.end)):
        return False
    if _other_parties(e, f):
        return False
    return None in (e.killed, f.killed) or e.killed == f.killed


def _other_parties(a: Cand, b: Cand) -> bool:
    """Both tellings name their parties, and no party is shared: two acts, not one told twice."""
    return bool(a.actors and b.actors and not set(a.actors) & set(b.actors))


def _other_tolls(a: Cand, b: Cand) -> bool:
    """Both tellings give a death toll, and the tolls differ."""
    return bool(a.killed and b.killed and a.killed != b.killed)


def _told_again(kept: Cand, again: Cand) -> Cand:
    """``kept`` with what a second telling of its event adds: a narrower spot (the retelling may name the
    spot the first leaves at its town), a toll it does not tell, and further actors."""
    return replace(
        kept,
        place=_finer(kept.place, again.place),
        killed=kept.killed if kept.killed is not None else again.killed,
        injured=kept.injured if kept.injured is not None else again.injured,
        actors=kept.actors + tuple(x for x in again.actors if x not in kept.actors),
    )


def _finer(told: Place, again: Place) -> Place:
    """The place of an event told twice: the narrower of the two, a spot no gazetteer places lying in the
    town the first telling named ("an attack on a hotel in X" and, later, "the Y hotel is under siege":
    the Y hotel in X; places.in_its_town)."""
    return told if again.rank <= told.rank else in_its_town(again, told)


def _of_the_assault(art: Document, e: Cand, f: Cand) -> bool:
    """The blast ``e`` told of the fight ``f``: days within one of each other at both ends, no other party or
    toll, at one town or spot or one inside the other (a region or a country sees many blasts a day)."""
    if e.date is None or f.date is None or e.place is None or f.place is None:
        return False
    if e.own_weapon and _weaponless_attack(f):
        return False  # (a bomb named beside an attack told without its means may be that attack: "militants
        # attacked the train ... an IED hit the track" is a bombing, told twice)
    if abs((e.date.start - f.date.start).days) > 1 or abs((e.date.end - f.date.end).days) > 1:
        return False
    if told_days_apart(art, e, f):
        return False  # ("killed four in X on Sunday, a day after a car bomb exploded in its market": the text
        # itself sets them days apart)
    if _own_days_apart(e, f) and new_site_in(art.text, *e.clause):
        # "stormed a camp near X on Thursday ... On Friday, a car bomb exploded at a market in X": another day told
        # in its own words at a site told for the first time is another event ("at the gate of the hotel" on the
        # night before the assault's day may still be its opening)
        return False
    if _other_parties(e, f):
        return False
    if None not in (e.killed, f.killed) and e.killed != f.killed:
        return False
    if min(e.place.rank, f.place.rank) < RANK["city"]:
        # (but a blast told in the fight's own sentence with no place of its own, "overran a base in X
        # province after a car bomb went off at its gate", is at the fight's spot, whatever its rank)
        return e.s_idx == f.s_idx and e.inherited and e.place.name == f.place.name
    return same_place(e.place, f.place) or nested(e.place, f.place)


def _own_days_apart(e: Cand, f: Cand) -> bool:
    """Each event is told with a day of its own words (not one lent by the story or a night's span), and the
    days differ."""
    return (
        min(e.date_q, f.date_q) >= 3
        and e.date.start == e.date.end
        and f.date.start == f.date.end
        and e.date.start != f.date.start
    )


def _its_means(art: Document, e: Cand, r: Cand) -> bool:
    """The weaponless attack ``e`` told again of the raid ``r``: no other party, days within one of each
    other at both ends, no other toll, and one spot or one inside the other."""
    if _other_parties(e, r):
        return False
    if e.date is None or r.date is None or e.date.start > r.date.end or r.date.start > e.date.end:
        return False  # (undated, an attack on troops is as often a raid of its own as the strike told)
    if abs((e.date.start - r.date.start).days) > 1 or abs((e.date.end - r.date.end).days) > 1:
        return False  # (a week of attacks is no retelling of one day's)
    if None not in (e.killed, r.killed) and e.killed != r.killed:
        return False
    return same_place(e.place, r.place) or nested(e.place, r.place) or (
        # "An attack on US troops in Syria on Tuesday wounded three. Two rockets struck the X base": an attack
        # placed only by its country, its means told at a spot of that country in the next sentence
        e.place is not None and r.place is not None and e.place.rank == RANK["country"] and e.place.country is not None
        and r.place.country == e.place.country and r.s_idx == e.s_idx + 1 and not r.actors
        # (a sentence of means and spot alone: "rockets also struck X, killing two" is one more attack)
        and r.killed is None and r.injured is None
        and not TOLD_ELSEWHERE.search(art.text, art.sentences[r.s_idx].start, r.pos)
        and " also " not in art.text[art.sentences[r.s_idx].start : r.pos + len(r.trigger_word) + 6]
    )


def _sounds_of_raids(events: list[Cand]) -> list[Cand]:
    """ "Explosions rocked the capital" on a day attacks from the air are told in the same country: the
    blasts of those attacks (GUIDE: an explosion is the main fact only when nothing fell), not a bombing."""
    raids = [e for e in events if e.type in MEANS and e.date is not None and e.place is not None]
    if not raids:
        return events
    return [
        e
        for e in events
        if not (
            e.type == "explosion"
            and not e.own_weapon
            and e.trigger_word.lower() in ("explosions", "blasts")
            and e.date is not None
            and any(
                r.place.country == e.place.country and r.date.start <= e.date.end and e.date.start <= r.date.end
                for r in raids
            )
        )
    ]


def _one_per_event(art: Document, events: list[Cand]) -> list[Cand]:
    """One record per real event (GUIDE): an event told again further down, apart from the story that
    told it first (same kind, same days, the same spot or one inside it, no other doer), adds its
    details to the first telling instead of standing as a second event. Events one sentence tells
    side by side were split on purpose ("strikes hit A and B") and stay apart, and so does one told
    as a further event ("another drone hit ...", "a second strike"), unless it is of the same type on the
    same days at the same named town or spot: a blow after a blow there that day is the one attack told
    piece by piece (measured on the corpus: such pairs were one event). An event told without a day at a sea,
    a town or a spot (or in a country) where the article dates exactly one event of its kind is that event
    told again, and so is a named ship's attack told at sea by one source and off a coast by another
    (_same_ship)."""
    dated = Counter((e.type, e.place.name) for e in events if e.date is not None)
    lone = frozenset(k for k, n in dated.items() if n == 1)
    in_country = Counter(("country", e.type, e.place.country) for e in events if e.date is not None)
    lone |= frozenset(k for k, n in in_country.items() if n == 1)
    out: list[Cand] = []
    names = _ship_names(art) if any(_at_sea(e) for e in events) else frozenset()
    for e in events:
        # ("also" adds to what was told: "the strike also killed two guards")
        # (so does one told as what the subject came after: "the raid follows Sunday's strike on X")
        further = came_after(art.text, e) or any(m.group().lower() != "also" for m in NEW_EVENT.finditer(art.text, *e.clause))
        # (and one told as a part of an operation told before: "One strike hit a school in X")
        further = further or one_of_them(art.text, e)
        # (or one told as coming after it: "Troops exchanged fire along the border later on Wednesday")
        further = further or told_later(art, e)
        k = next(
            (
                i
                for i, o in enumerate(out)
                if (not further or _same_spot_that_day(art, o, e))
                and (_same_event(art, o, e, lone, lead=i == 0) or _strike_told_by_its_doer(o, e))
                and not struck_back_at(art.text, e, o, later=True)
                and not new_site_tolled(art, o, e)
                and not (_own_in_told_part(art, e, o) or _own_in_told_part(art, o, e))
            ),
            None,
        )
        keep = False
        if k is None and not further:
            k = next((i for i, o in enumerate(out) if _same_ship(art, o, e, names)), None)
            # (a ship is hit at sea: the sea stays its scene when the other telling names a coast it lay off)
            keep = k is not None and _at_sea(out[k]) and not _at_sea(e)
        if k is None:
            out.append(e)
            continue
        o = out[k]
        out[k] = replace(
            o,
            place=o.place if keep else _finer(o.place, e.place),
            date=e.date if e.date_q > o.date_q else o.date,
            date_q=max(o.date_q, e.date_q),
            killed=o.killed if o.killed is not None else e.killed,
            injured=o.injured if o.injured is not None else e.injured,
            count=o.count if o.count is not None else e.count,
            actors=o.actors + tuple(x for x in e.actors if x not in o.actors),
        )
    return out


#: Salvos whose weapons a state's own account of the night may leave unnamed.
_SALVOS = frozenset({"missile_attack", "rocket_attack", "drone_attack"})


def _strike_told_by_its_doer(o: Cand, e: Cand) -> bool:
    """ "X fired 30 missiles and 400 drones at cities in Y overnight. || X's ministry said its forces carried out a
    massive strike on targets in Y": a strike by means untold (no weapon, no aircraft), placed only in the
    country a salvo of the same doer hit on the same days, is that salvo in the doer's words (one record per
    real event), not a raid of its own."""
    return (
        o.type in _SALVOS
        and e.type == "air_strike"
        and not e.objects
        and e.s_idx > o.s_idx
        and bool(set(o.actors) & set(e.actors))
        and o.place is not None
        and e.place is not None
        and e.place.rank <= RANK["country"]
        and e.place.country is not None
        and e.place.country == o.place.country
        and o.date is not None
        and e.date is not None
        and (o.date.start, o.date.end) == (e.date.start, e.date.end)
    )


def _at_sea(e: Cand) -> bool:
    """Placed at a sea, a gulf or a strait (water that lies in no country)."""
    return e.place is not None and e.place.country is None and e.place.rank == RANK["water"]


#: Types that tell no means ("a ship was impacted by a projectile"): another telling of the ship may name them.
_TOLD_NO_MEANS = frozenset({"crash", "other", "explosion"})
#: Acts a named ship does not tie to an attack on it: an interception or a threat is another act.
_NOT_ON_SHIPS = frozenset({"interception", "threat_statement"})
#: Capitalised words that name no ship.
_NO_SHIP_NAMES = words(
    """the a an this that these those it he she they we his her its their our in on at after while when
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december president minister general mr ms captain"""
)
#: Words a ship's name follows ("the tanker X", "MV X", "M/V X") or comes before ("the X cargo vessel").
_SHIP_WORDS = ship_nouns.SHIPS | ship_nouns.PREFIXES


def _ship_names(art: Document) -> frozenset[str]:
    """The names the article gives ships: capitalised words the gazetteer and lexicons do not know, right
    after a word for a ship ("the tanker X Y", "MV X", "M/V X") or right before one ("a X bulker", "the X cargo
    vessel"). A firm or a command named near a ship is no name of it ("Central Command said the ship ...")."""
    known = {i for m in art.mentions_in(0, len(art.text)) for i in range(m.first, m.last)}
    toks, norms = art.tokens, art.norms

    def name(i: int) -> bool:
        t = toks[i]
        return i not in known and t.text[:1].isupper() and t.norm not in _NO_SHIP_NAMES and len(t.norm) >= 3

    out = set()
    for i, n in enumerate(norms):
        if not (n in _SHIP_WORDS or (n == "v" and i and norms[i - 1] == "m")):
            continue
        j = i + 1
        while j < len(toks) and j <= i + 3 and name(j):
            out.add(norms[j])
            j += 1
        j = i - 1
        if j >= 0 and norms[j] in ship_nouns.KINDS:
            j -= 1
        while j >= 0 and j >= i - 4 and name(j):
            out.add(norms[j])
            j -= 1
    return frozenset(out)


def _named_in(art: Document, span: tuple[int, int], names: frozenset[str]) -> set[str]:
    return {t.norm for t in art.tokens_in(*span) if t.norm in names}


def _same_ship(art: Document, a: Cand, b: Cand, names: frozenset[str]) -> bool:
    """One attack on a named ship told by two sources, one placing it at sea and the other off the coast (or in
    the country) it lay by ("a drone hit a tanker off X" ... "the MV Y was struck in the Z Sea"): the ship's name,
    told with both and no other ship's, ties them on days that meet (or with no day told), of one family of
    types or one of them telling no means. Two tellings both at sea are tied by their sea already, unless they
    name other means: then two sources telling it undated tie them (_told_by_two_at_one_sea); another
    party, toll or count sets the two apart, and so does a seizure (boarded, then struck, is two acts). Two
    tellings at two waters on one day are one spot named two ways (_two_waters_one_day)."""
    if not names or a.type in _NOT_ON_SHIPS or b.type in _NOT_ON_SHIPS or a.s_idx == b.s_idx:
        return False
    if "seize" in (a.kind, b.kind):
        return False
    # (two sources may name other means for the one blow at one sea: "a drone", "missiles")
    if not _told_by_two_at_one_sea(a, b) and (
        not (compatible(a.type, b.type) or a.type in _TOLD_NO_MEANS or b.type in _TOLD_NO_MEANS)
        or (_at_sea(a) == _at_sea(b) and not _two_waters_one_day(a, b))
    ):
        return False
    if a.date is not None and b.date is not None and (a.date.start > b.date.end or b.date.start > a.date.end):
        return False
    if _other_parties(a, b):
        return False
    if _other_tolls(a, b) or (a.count and b.count and a.count != b.count):
        return False
    # (a telling that names another ship besides is of another attack, or of several)
    na, nb = _named_in(art, a.evidence, names), _named_in(art, b.evidence, names)
    if len(names) == 1 and b.s_idx > a.s_idx and na and not nb and _THE_SHIP.search(art.text, *b.clause):
        # "X said it attacked the tanker Y in the Z Sea. || The agency said the vessel was hit ...": in a story of
        # one named ship, "the vessel" told after it is that ship
        nb = na
    return bool(na & nb) and (na <= nb or nb <= na)


#: A ship referred back to: "the vessel", "the tanker", "the ship".
_THE_SHIP = re.compile(rf"\bthe\s+(?:{ship_nouns.alternation(ship_nouns.SHIPS, '')})\b", re.I)


def _two_waters_one_day(a: Cand, b: Cand) -> bool:
    """A named ship's attack told at two waters on the very same dated days ("in the Arabian Sea" by one
    source, "in the Indian Ocean" by another): a ship is at one spot at a time, so one blow named two ways."""
    return (
        _at_sea(a)
        and _at_sea(b)
        and a.place.name != b.place.name
        and compatible(a.type, b.type)
        and a.date is not None
        and b.date is not None
        and (a.date.start, a.date.end) == (b.date.start, b.date.end)
        and a.date.start == a.date.end
    )


def _told_by_two_at_one_sea(a: Cand, b: Cand) -> bool:
    """Two tellings of a ship's attack at one sea, neither with a day of its own, each told by a source of its
    own ("..., the operator said" and "..., a rebel spokesman said"): the one blow, told twice, whatever means
    each source names (one source telling two means tells two blows)."""
    return (
        _at_sea(a)
        and _at_sea(b)
        and a.place.name == b.place.name
        and a.date is None
        and b.date is None
        and bool(a.attribution)
        and bool(b.attribution)
        and a.attribution != b.attribution
    )


#: "two tankers were hit", "attacks on three vessels": a numbered group of ships as what was hit
_SHIPS_HIT = re.compile(
    rf"\b(?P<n>two|three|2|3)\s+(?:[a-z-]+\s+)?(?:{ship_nouns.alternation(ship_nouns.SHIPS, 's')})\b", re.I
)
#: event types an attack on a ship is told as (an interception or a crash hits no ship)
_SHIP_BLOWS = frozenset({"explosion", "missile_attack", "drone_attack", "rocket_attack", "air_strike", "shelling"})
_SMALL = {"two": 2, "three": 3, "2": 2, "3": 3}
#: the ships as the subject of a passive ("two tankers were hit"), not of what they did ("two ships fired")
#: (a place or a reach told between them may come first: "two tankers off X, near Y, were hit"; a relative
#: clause's verb is not theirs: "two ships fired at drones that were launched")
_PASSIVE = re.compile(r"(?:(?!\b(?:that|which|who)\b)[^.;]){0,80}?\s(?:were|had\s+been|have\s+been)\s", re.I)


def _ship_by_ship(art: Document, events: list[Cand], told: list[Cand]) -> list[Cand]:
    """Each ship hit is its own attack (GUIDE: one record per distinct event): "two tankers were struck in
    the gulf on Thursday" is two events at that sea that day. An attack at a sea whose own clause names two or
    three ships as hit stands once per ship, unless the article already tells as many events of its type (each
    ship told apart, or the attacks told by sea). The copies carry no toll of their own (the toll told is of one ship or of both).
    A later telling folded into the attack may be the one that numbers the ships ("A ship was attacked in the
    sea on Monday. The rebels said they fired missiles at two ships there."): ``told``, the candidates read
    before folding, lends its clauses at the same sea on the same days (an unnamed means, "hit", counts),
    and then the attacks already told are those of its type at that sea."""
    out: list[Cand] = []
    used: set[tuple[int, int]] = set()
    for e in events:
        out.append(e)
        if e.type not in _SHIP_BLOWS or e.place is None or e.place.rank != RANK["water"]:
            continue  # (tankers on land are lorries)
        m = _ships_hit(art, e.clause)
        if m is not None:
            n = _SMALL[m.group("n").lower()] - sum(1 for o in events if o.type == e.type)
        else:
            hits = ((c, hit) for c in told if c.clause not in used and _retold_at_sea(e, c) and (hit := _ships_hit(art, c.clause)))
            retold, m = next(hits, (None, None))
            if retold is None:
                continue
            used.add(retold.clause)  # (one telling numbers the ships of one attack)
            n = _SMALL[m.group("n").lower()] - sum(1 for o in events if o.type == e.type and o.place == e.place)
        for _ in range(n):
            out.append(replace(e, killed=None, injured=None))
    return out


def _ships_hit(art: Document, clause: tuple[int, int]) -> re.Match[str] | None:
    """The numbered ships a clause tells as hit ("fired at two ships", "two tankers were struck")."""
    m = _SHIPS_HIT.search(art.text, *clause)
    if m is None or (not art.text[clause[0] : m.start()].strip() and not _PASSIVE.match(art.text, m.end())):
        return None  # (ships that open their clause are what was hit only when it says they were)
    if any(
        x.of("weapon") is not None or ((a := x.of("actor")) is not None and a.sub == "armed_group")
        for x in art.mentions_in(m.start(), m.end())
    ):
        # "destroyed three drone boats", "sank two Houthi boats": an armed group's craft, or boats that are
        # weapons, destroyed in one engagement, the way drones shot down together are one interception
        return None
    return m


def _retold_at_sea(e: Cand, c: Cand) -> bool:
    """``c`` tells the attack ``e`` at the same sea: of its family or of no means, on days that meet."""
    if c.place is None or c.place.name != e.place.name or c.type in _NOT_ON_SHIPS:
        return False
    if not (compatible(c.type, e.type) or c.type in _TOLD_NO_MEANS):
        return False
    return c.date is None or e.date is None or (c.date.start <= e.date.end and e.date.start <= c.date.end)


#: Heads of a site an attack hits (lemmas): a further blow that names one of its own hit another target (the
#: kinds every reader knows, and any building or works a blow may hit).
_SITE_HEADS = SITE_KINDS | words(
    """airbase airfield barrack base bridge building camp checkpoint clinic dam depot facility factory harbor harbour
    headquarter home house office plant port refinery station synagogue temple warehouse"""
)


def _sites_named(art: Document, clause: tuple[int, int]) -> frozenset[str]:
    i, j = art.token_index(clause[0]), art.token_index(clause[1])
    return frozenset(x for x in art.lemmas[i:j] if x in _SITE_HEADS)


def _same_spot_that_day(art: Document, a: Cand, b: Cand) -> bool:
    """Two events of one type dated the same days at one named town or spot ("another drone hit X" on the
    day drones hit X): a further blow of the same attack, unless it names a site of its own the first
    telling did not ("another drone hit an army base in the city" after "drones hit its airport"). A
    region or a country sees many attacks a day, so only a town or a narrower place counts."""
    return (
        a.type == b.type
        and a.date is not None
        and b.date is not None
        and (a.date.start, a.date.end) == (b.date.start, b.date.end)
        and a.place.name == b.place.name
        and min(a.place.rank, b.place.rank) >= RANK["city"]
        and _sites_named(art, b.clause) <= _sites_named(art, a.clause)
    )


def _same_event(
    art: Document, a: Cand, b: Cand, lone: frozenset[tuple[str, ...]] = frozenset(), lead: bool = False
) -> bool:
    # a statement may threaten two parties in two sentences: two threats
    if a.type == "threat_statement" or a.s_idx == b.s_idx or not compatible(a.type, b.type):
        return False
    if a.date is None and b.date is None:
        # (a telling in its own right without a day may be any other event there: only one that continues
        # the story, taking what it lacks from the sentences before, is the same event told on)
        return b.inherited and (_undated_told_on(a, b) or (lead and _lead_at_a_spot(a, b)))
    if a.date is None or b.date is None:
        return _undated_retold(a, b, lone)
    # days that meet, and within a day at both ends ("a strike in June" is no retelling of one on 13 June)
    if (a.date.start > b.date.end or b.date.start > a.date.end) and not (_next_day_here(art, a, b) or _weakly_next_day(a, b)):
        return False
    if abs((a.date.start - b.date.start).days) > 1 or abs((a.date.end - b.date.end).days) > 1:
        return False
    # (whichever is told first: the hit may lead the report and the night's tally follow)
    if _other_parties(a, b) or one_of_a_barrage(a, b) or one_of_a_barrage(b, a):
        return False
    if a.type == b.type and (counted_more(art.text, a) or counted_more(art.text, b)):
        return False  # "shot down 42 drones ... 38 more over Kyiv": a further salvo of the kind, as when linked
    if same_place(a.place, b.place):
        return True
    if _same_toll_in_one_country(a, b):
        return True
    # a place inside the other's is weaker evidence: the same named doer too, or the very same type
    # ("a drone hit the base in the province" and "jets struck depots near a town in it" the same day are
    # two events; "a drone hit a depot in the province" and "a drone struck a school in a town in it" are
    # one told at two scales); a named site and an unnamed one of its kind by a town near it are one spot
    # told two ways ("rockets hit a base near Kirkuk" and "rockets struck the K1 base"), unless both name
    # doers (checked above); two tolls of their own are two attacks
    alike = bool(set(a.actors) & set(b.actors)) or (
        a.type == b.type and not _other_tolls(a, b)
    )
    if alike and (nested(a.place, b.place) or _site_named_before(art, a, b)):
        return True
    return (lead and _lead_at_a_spot(a, b)) or _site_by_town(art, a, b)


def _site_named_before(art: Document, a: Cand, b: Cand) -> bool:
    """The later telling's place is a site the gazetteer does not know, which the first telling's own sentence
    names ("jets struck the Shahran depot in Tehran ... the army said its aircraft had struck fuel sites" placed
    at Shahran from a line about the fire there): the spot the first was told at, in the town it was placed by."""
    p = b.place
    if p is None or p.lat is not None or a.place is None or p.name == a.place.name:
        return False
    s = art.sentences[a.s_idx]
    return re.search(rf"\b{re.escape(p.name)}\b", s.text) is not None


#: A death toll two attacks of one day may share by chance (one or two killed in each of many strikes).
_CHANCE_TOLL = 2


def _same_toll_in_one_country(a: Cand, b: Cand) -> bool:
    """Two tellings of one type, on days already found to meet, with the very same death toll in one country:
    one event told at two towns ("sixty killed at a concert hall in the capital" and "the hall in X suburb"),
    not two attacks that each killed as many. A toll of one or two is shared by chance."""
    return (
        a.type == b.type
        and a.killed is not None
        and a.killed > _CHANCE_TOLL
        and a.killed == b.killed
        and a.place.country is not None
        and a.place.country == b.place.country
    )


def _lead_at_a_spot(lead: Cand, b: Cand) -> bool:
    """The report's lead told again, of its very type, at a spot no gazetteer knows in its town (a junction,
    a hotel, a port), or at another such spot of that town: "car bombs killed 20 in X city" and "the cars
    blew up near the Y junction" the same day are one blast told at two scales. A toll of its own sets it
    apart ("four were killed in the Z camp" after "strikes hit the city, wounding twelve" is a further strike)."""
    if lead.type != b.type or b.killed not in (None, lead.killed) or b.injured not in (None, lead.injured):
        return False
    for spot, town in ((lead.place, b.place), (b.place, lead.place)):
        if spot.lat is not None or spot.rank < RANK["city"]:
            continue
        if town.lat is not None and town.rank == RANK["city"] and spot.country in (None, town.country):
            # (a spot told within another town is not in this one)
            return spot.within is None or place_core(spot.within) == place_core(town.name)
        if town.lat is None and spot.within and place_core(spot.within) == place_core(town.within):
            return True
    # a spot told on with no town of its own, named as the lead's spot in a town is but for its last word: the
    # lead's spot named another way ("a drone hit the X College in Y" and "the drone attack on the X Academy")
    spot, scene = b.place, lead.place
    if spot.lat is not None or spot.within is not None or scene.lat is not None or scene.within is None:
        return False
    if min(spot.rank, scene.rank) < RANK["city"] or spot.country not in (None, scene.country):
        return False
    a_words, b_words = fold(scene.name).split(), fold(spot.name).split()
    return len(a_words) == len(b_words) >= 2 and a_words[:-1] == b_words[:-1]


def _nothing_apart(a: Cand, b: Cand) -> bool:
    """Two placed tellings of one type that no other party and no other toll set apart."""
    if a.type != b.type or a.place is None or b.place is None:
        return False
    if _other_parties(a, b):
        return False
    return not _other_tolls(a, b)


def _undated_told_on(a: Cand, b: Cand) -> bool:
    """Two tellings without a day of one type at one town or spot, with no other party or toll to set them
    apart ("five were killed in a shooting in X" ... "the gunman was shot dead by police" on an undated page)."""
    if not _nothing_apart(a, b):
        return False
    return a.place.name == b.place.name and a.place.rank >= RANK["city"]


def _undated_retold(a: Cand, b: Cand, lone: frozenset[tuple[str, ...]]) -> bool:
    """An event of one type told without a day at the sea, town or spot where the article dates exactly
    one event of that type, or in the country where it dates exactly one: the dated one told again ("the
    car had been parked by the gate in X" after "a car bomb in X on Thursday"), unless another party or
    another toll sets it apart. Where the article dates two such events there, which one it retells is
    unknown."""
    if not _nothing_apart(a, b):
        return False
    undated, dated = (a, b) if a.date is None else (b, a)
    if undated.place.rank <= 1:
        # told only by its country: the one event of the kind the article dates in that country
        country = undated.place.country
        return bool(country) and dated.place.country == country and ("country", a.type, country) in lone
    return a.place.name == b.place.name and a.place.rank >= 2 and (a.type, a.place.name) in lone


def _next_day_here(art: Document, a: Cand, b: Cand) -> bool:
    """One event of one kind at one town told on two days a day apart: "late on Sunday" by one source is
    "overnight" or "on Monday" by another (the night falls across the two). A region or a sea sees a new
    attack every day; a town's spot told again the next day is the same one."""
    return (
        a.type == b.type
        and a.date.start == a.date.end
        and b.date.start == b.date.end
        and abs((a.date.start - b.date.start).days) == 1
        and a.place is not None
        and b.place is not None
        and min(a.place.rank, b.place.rank) >= 4
        and same_place(a.place, b.place)
        # two tolls of their own are two attacks on the two days
        and not _other_tolls(a, b)
        # two weekdays each telling's own words give are two days told apart: two attacks
        and not _own_weekdays(art, a, b)
    )


def _weakly_next_day(a: Cand, b: Cand) -> bool:
    """One event of one type told on two days a day apart, one of them only lent (the day of the statement
    that tells it, or the story's): "jets struck X on Friday" and "the army said on Saturday its jets had
    hit X". At one place or one inside the other, with no toll or party to set them apart."""
    return (
        a.type == b.type
        and min(a.date_q, b.date_q) <= 1
        and abs((a.date.start - b.date.start).days) <= 1
        and abs((a.date.end - b.date.end).days) <= 1
        and a.place is not None
        and b.place is not None
        # (a country or a region sees a new fight every day: only a town or a spot counts)
        and min(a.place.rank, b.place.rank) >= RANK["city"]
        and (same_place(a.place, b.place) or nested(a.place, b.place))
        and not _other_tolls(a, b)
        and not _other_parties(a, b)
    )


def _own_weekdays(art: Document, a: Cand, b: Cand) -> bool:
    """Both tellings dated by a weekday of their own words (not taken from the story), the one told further
    down on the later day: the report tells on, a day at a time ("strikes hit X on Friday" ... "more strikes
    hit X before dawn on Saturday"). A telling further down of the day before is the night told again by its
    evening ("on Sunday" ... "on Saturday night"); told with no night or evening ("late on Wednesday" ...
    "On Tuesday, drones had targeted the water works") it is the deed before, told apart."""
    first, then = (a, b) if a.s_idx <= b.s_idx else (b, a)
    if not all(c.date_q >= 3 and c.date_kind == "weekday" and not c.inherited for c in (a, b)):
        return False
    # (the day may open the sentence before the clause: "Late on Tuesday, drones struck ...")
    told = art.text[art.sentences[then.s_idx].start : then.clause[1]]
    return then.date.start > first.date.start or (_LATE.search(told) is None and NIGHT.search(told) is None)


#: An evening told by its word: "late on Saturday", "late Saturday".
_LATE = re.compile(r"\blate\b", re.I)


#: The kinds of site a base or an airport is called by.
_SITE_KINDS = {"base": r"(?:air\s*)?base|airfield|garrison", "airport": r"airport"}
#: An unnamed site right before the town it lies by: "a military base near X", "an airport outside the city of X".
_SITE_BY = {
    kind: re.compile(
        rf"\b(?:{words_})\s+(?:near|outside|in|at|close\s+to)\s+(?:the\s+)?(?:(?:[a-z]+\s+){{0,2}}(?:town|city)\s+of\s+)?$",
        re.I,
    )
    for kind, words_ in _SITE_KINDS.items()
}
_SITE_NAMED = {kind: re.compile(rf"\b(?:{words_})\b", re.I) for kind, words_ in _SITE_KINDS.items()}


def _site_by_town(art: Document, a: Cand, b: Cand) -> bool:
    """A named site (a base, an airport) within reach of a town in the same country, where the other
    telling has "a base near" that town: the unnamed site is the named one (a base lies outside its town)."""
    for site, town in ((a, b), (b, a)):
        s, t = site.place, town.place
        if s is None or t is None or s.lat is None or t.lat is None or s.rank < 5 or not 4 <= t.rank < 5:
            continue
        if s.country != t.country or distance_km(s, t) > _SITE_REACH:
            continue
        before = art.text[max(town.clause[0], t.start - 50) : t.start]
        if any(
            _SITE_BY[kind].search(before) and _SITE_NAMED[kind].search(art.text, s.start, s.end)
            for kind in _SITE_KINDS
        ):
            return True
    return False


#: How far from a town a named site (a base, an airport) told as "near" it may lie.
_SITE_REACH = 20




def _vague(e: Cand) -> bool:
    """An attack told by a party without its means: "Iran's attack", or "the RSF bombed the market", whose
    verb the typing step read as a strike from the air only for want of a weapon named."""
    if e.kind != "strike" or not e.actors or e.own_weapon:
        return False
    if (
        e.type == "other"
        and lemma(e.trigger_word.lower()) in _ENTRY_LEMMAS
        and not e.trigger_word.endswith("s")
        and e.killed is None
        and e.injured is None
    ):
        # "forces conducted a raid that captured an operative": one raid with no toll, going in on the
        # ground, no blow ("launched 14 raids on the port, killing 38" are the doer's strikes)
        return False
    return e.type == "other" or (e.type == "air_strike" and e.weapon_class is None and _BOMBED.match(e.trigger_word) is not None)


#: Going in by force, typed "other" when met with no fire (a raid that ended in arrests): no means to guess.
_ENTRY_LEMMAS = frozenset({"raid", "storm"})
#: A verb of bombing that names no means ("bombed", "pounded"): from the air or by guns, as the doer's means are.
_BOMBED = re.compile(r"(?:bombed|pounded)$")


#: What a blow did, told without its means ("debris fell", "a blast"): a telling by means says more of the blow.
_EFFECTS = frozenset({"crash", "explosion"})
#: The families of means (a strike from the air, one by missiles, rockets or guns).
_AIR = frozenset({"air_strike", "drone_attack"})
_FIRED = frozenset({"missile_attack", "rocket_attack", "shelling"})


def _facets_told_on(art: Document, events: list[Cand]) -> list[Cand]:
    """ "A drone struck a militia office in X ... Two rockets hit the building, police said": an attack by
    one means, told on right after by a clause of another family of types (one that takes what it lacks from
    the story, no day or place of its own, or refers back) at the same spot or one inside it, on the same
    days, with no cue of a further event ("another", "a second", "also", "new"), no party the first telling
    does not name and no other toll, is the same blow told by another facet: its weapon as another source
    names it, or what it did (a blast, debris falling), not a second event (GUIDE: one record per real event).
    The first telling stays, with the spot, toll and count the facet adds; a strike its verb told as from
    the air, whose facet names missiles or rockets, was a salvo of those (GUIDE: a mixed salvo is a missile
    attack). Missiles or guns told first, then a strike from the air, stay two: the air strike is as often
    the answer to them (jets hitting the launchers); and so do two means told by one source (two blows)."""
    out: list[Cand] = []
    for e in events:
        o = out[-1] if out else None
        if o is None or not _facet_of(art, o, e):
            out.append(e)
            continue
        typ = e.type if o.type == "air_strike" and e.type in ("missile_attack", "rocket_attack") else o.type
        out[-1] = replace(_told_again(o, e), type=typ, count=o.count if o.count is not None else e.count)
    return out


def _facet_of(art: Document, o: Cand, e: Cand) -> bool:
    """``e`` tells the attack ``o``, told just before it, again by another facet (see _facets_told_on)."""
    if e.s_idx <= o.s_idx or o.type not in MEANS or compatible(o.type, e.type):
        return False
    if not (e.type in _EFFECTS or (e.type in MEANS and not (o.type in _FIRED and e.type in _AIR))):
        return False
    # a ship's attack told with no party, then by a party with another weapon and no day of its own: the
    # claimant's telling of the one blow ("a drone hit the vessel ... the rebels said their missiles struck
    # the ship in the gulf"), not a second attack
    claimed = bool(
        e.actors and not o.actors and (e.date is None or e.date_q <= 1) and _ship_told(art, o) and _ship_told(art, e)
    )
    if not (e.inherited or e.anaphor or claimed) or NEW_EVENT.search(art.text, *e.clause):
        return False
    if o.place is None or e.place is None:
        return False
    if not (o.place.name == e.place.name or same_place(o.place, e.place) or nested(o.place, e.place)):
        return False
    if o.plural and o.place.rank <= RANK["region"] and e.place.rank > o.place.rank:
        return False  # "strikes killed 40 across the Strip ... In X, tanks shelled": one of many blows, not a facet
    if o.date is not None and e.date is not None:
        if abs((o.date.start - e.date.start).days) > 1 or abs((o.date.end - e.date.end).days) > 1:
            return False
    elif e.date is not None and e.date_q > 1:
        return False  # (a day of its own where the first telling has none: another time)
    if not set(e.actors) <= set(o.actors) and not claimed:
        return False  # (a party of its own: another act)
    if e.type in MEANS and o.attribution and o.attribution == e.attribution:
        return False  # (one source telling two means tells two blows)
    return not _other_tolls(o, e)


def _notices_of_claims(art: Document, events: list[Cand]) -> list[Cand]:
    """ "The Houthis said on Monday they had attacked the bulk carrier X in the Red Sea with missiles. A
    maritime agency said a vessel was struck 60 nautical miles west of Hodeidah on Sunday evening.": a
    party's claim of a ship attack, dated only by its telling, and the notice of a ship hit at sea with no
    party, told right after, are one attack (GUIDE: one record per real event): the notice's day and spot,
    the claim's means, and its party as claiming."""
    out: list[Cand] = []
    for e in events:
        k = next((i for i in range(len(out) - 1, -1, -1) if _notice_of_claim(art, out[i], e)), None)
        if k is None:
            out.append(e)
            continue
        o = out[k]
        means = o.type in MEANS
        off_coast = _at_sea(e) or _sea_off(art, e.place)  # type: ignore[arg-type]
        out[k] = replace(
            e,
            # (a ship hit "east of Aden" is in the claim's gulf, not in the town)
            place=e.place if off_coast or o.place is None else o.place,
            type=o.type if means else e.type,
            weapon_class=o.weapon_class if means else e.weapon_class,
            count=e.count if e.count is not None else o.count,
            objects=o.objects + tuple(x for x in e.objects if x not in o.objects),
            actors=tuple(a if " (" in a else f"{a} (claimed)" for a in o.actors),
        )
    return out


def _notice_of_claim(art: Document, o: Cand, e: Cand) -> bool:
    """``e``, a ship told hit at sea by no party, on a day of its own on or shortly before the day ``o`` was
    told, is the attack the party of ``o`` told it made on a ship at that sea (see _notices_of_claims)."""
    if not (0 <= e.s_idx - o.s_idx <= 2 and e.pos > o.pos) or e.actors or not o.actors or o.type == "threat_statement":
        return False
    if any(a.endswith(("(blamed)", "(suspected)")) for a in o.actors):
        return False
    if not ({o.type, e.type} <= MEANS | {"other"}) or not (_ship_told(art, o) and _ship_told(art, e)):
        return False
    # (the claim's day is the day it was told: a day read off its telling, or that of a claim word, "claimed
    # on Thursday an attack"; the notice's day is the attack's own)
    claimed = all(a.endswith("(claimed)") for a in o.actors)
    if e.date is None or e.date_q < 2 or (o.date is not None and o.date_q > 1 and not claimed):
        return False
    if o.date is not None and not (e.date.start <= o.date.end and (o.date.start - e.date.end).days <= 2):
        return False
    if e.place is None or (o.place is not None and not _at_sea(o)):
        return False
    if not (_at_sea(e) or _sea_off(art, e.place) or (o.place is not None and e.place.country is not None)):
        return False  # (a ship hit at a spot told from the coast of a country lies off that coast)
    s = art.sentences[e.s_idx]
    return not (NEW_EVENT.search(art.text, *e.clause) or TOLD_ELSEWHERE.search(art.text, s.start, s.end))


#: A party's word that it hit a ship, told with no means or day that would make it an event of its own: "said
#: they had attacked the bulk carrier X", "said it targeted a tanker" (what follows must be a ship).
_SHIP_CLAIM = re.compile(
    r"\bsaid\s+(?:(?:on\s+|late\s+|early\s+)?[A-Z][a-z]+day\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:attacked|struck|targeted|hit)\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}?"
    + ship_nouns.WORD.pattern,
    re.I,
)


def _ship_claimed_beside(art: Document, e: Cand, told: set[int]) -> Cand:
    """A ship told hit with no party, beside a sentence that tells no event of its own (``told``: the sentences that do) in which an armed group says it
    attacked a ship, naming no means ("UKMTO said a vessel was struck 60 nautical miles west of Hodeidah on Sunday. The Houthis
    said they had attacked the bulk carrier X in the Red Sea."): that group claimed it (GUIDE's suffix)."""
    if e.actors or e.type not in MEANS | {"other"} or not _ship_told(art, e):
        return e
    for j in (e.s_idx + 1, e.s_idx - 1):
        if not 0 <= j < len(art.sentences) or j in told:
            continue  # (a sentence that tells events of its own)
        s = art.sentences[j]
        if any(x.of("weapon") for x in art.mentions_in(s.start, s.end)):
            continue  # (a claim with means of its own is read as an attack: see _claimed_doer_of)
        m = _SHIP_CLAIM.search(art.text, s.start, s.end)
        group = next((x for x in art.mentions_in(s.start, m.start()) if _armed(x)), None) if m else None
        if group is not None:
            return replace(e, actors=(f"{actor_name(group)} (claimed)",))
    return e


def _sea_off(art: Document, p: Place) -> re.Match[str] | None:
    """The stretch of sea a place is told from ("50 nautical miles west of X", "20 km off X"), if any."""
    return _AT_SEA_FROM.search(art.text, max(0, p.start - 48), p.start) if p.end > p.start else None


def _ship_told(art: Document, c: Cand) -> bool:
    """The clause tells a ship or vessel hit (its noun, or "the ship" named again)."""
    return bool(ship_nouns.WORD.search(art.text, *c.clause))


def _means_of_the_doer(events: list[Cand]) -> list[Cand]:
    """ "Iran launched missiles at Beersheba ... Iran's attack on a US base in Qatar": an attack told without
    its means, by a party whose other attacks in the article all used one means, used that means."""
    if not any(map(_vague, events)):
        return events
    out = []
    for e in events:
        if _vague(e):
            means = {o.type for o in events if o is not e and o.type in MEANS and set(o.actors) & set(e.actors)}
            if len(means) == 1:
                (typ,) = means
                e = replace(e, type=typ, weapon_class=next((k for k, t in CLASS_TYPE.items() if t == typ), None))
        out.append(e)
    return out


def _written(art: Document, p: Place) -> str:
    """A place as the article writes it ("southern Lebanon", "Ain al-Asad air base"), so it can be found
    in the text; countries keep their canonical name ("the U.S." -> "United States"); an unknown place
    is followed by the known town it lies in."""
    if p.rank <= 1:
        return p.name
    if p.end <= p.start:
        # named elsewhere ("the town", "the capital", "the church"): as the article spells it where it names
        # it, an unknown place with the known town it lies in
        if p.lat is not None:
            return _as_written(art, p.name)
        if p.within and p.within.lower() not in p.name.lower():
            return f"{p.name}, {_as_written(art, p.within)}"
        return p.name
    surface = _THE.sub("", art.text[p.start : p.end]).strip()
    surface = POSSESSIVE.sub("", surface) or p.name
    if p.lat is not None and len(surface) > 3 and surface.isupper():
        # "10:42 GMT - KHARTOUM - Drones hit ...": a live entry's dateline or a shouted name in capitals is no
        # spelling; the name as running text writes it, else the gazetteer's
        return _as_written(art, p.name)
    if (sea := _sea_off(art, p)):
        # "a ship hit 50 nautical miles west of X", "20 nm off X": the sea off X, not the town
        return f"{sea.group()}{surface}"
    if p.within and (p.lat is None or PART_NOUN.search(surface)) and p.within.lower() not in surface.lower():
        # "in Aracaju ... in the Lamarao neighborhood": a place no gazetteer knows is given with the
        # known town it lies in, so readers and other reports can find it; so is a town's district the
        # gazetteer knows, told in its town ("the X district of Kyiv").
        return f"{surface}, {_as_written(art, p.within)}"
    return surface


def _as_written(art: Document, name: str) -> str:
    """A gazetteer name as the article spells it: "Beit Lahiya" for "Bayt Lāhyā", "Vitoria" for "Vitória"."""
    found = [m for m in art.mentions if any(e.name == name for e in m.entries)]
    # a dateline's capitals ("BAMAKO, Mali") are no spelling: a name in running text is
    m = next((m for m in found if not art.text[m.start : m.end].isupper()), None)
    # (a town no gazetteer entry holds is written as found: "in Tripoli's X district" gives "Tripoli")
    return (POSSESSIVE.sub("", art.text[m.start : m.end]) or name) if m else POSSESSIVE.sub("", name)


def _killed_by_untold_means(art: Document, c: Cand) -> bool:
    """An event of untold kind (not an airspace step, nor an assassination: a killing of one target, by any
    means) that killed, done by no state."""
    return (
        c.type == "other"
        and bool(c.killed)
        and c.kind != "airspace"
        and not c.means_untold
        and not (
            c.trigger_word.lower().startswith("assassinat")
            and not _GUNMEN.search(art.text, c.clause[0], c.clause[1])
        )
        and not any(a in art.lexicon.countries for a in c.actors)
    )


#: Armed men or their fire told with an assassination: it was a shooting ("gunmen assassinated a governor").
_GUNMEN = re.compile(
    r"\b(?:gunm[ae]n|gunfire|shot|shooting|bullets?|fighters|militants|insurgents|bandits|jihadists|rebels|attackers|assailants)\b",
    re.I,
)


#: How many sentences back the country of the last place named may reach an unknown spot.
_COUNTRY_REACH = 2
#: Words right before a name that tell it as the place where something is.
_LOCATIVE = words("in near at outside around across")


def _home_unless_striking_abroad(art: Document, c: Cand) -> str | None:
    """:func:`home_country`, unless the event is fire from afar by that state's own forces ("Turkey's
    defence ministry said ... Turkish jets struck targets in the X area"): a state's strikes land abroad as
    often as at home, so in a story naming other countries its other places tell where."""
    home = home_country(art)
    if (
        home is not None
        and c.type != "armed_clash"
        and home in {a.split(" (")[0] for a in c.actors}
        and set(story_homes(art)) - {home}
    ):
        return None
    return home


def _country_told_before(art: Document, pos: int) -> str | None:
    """ "Two drones fell in Jordan ... one in northern Amman. Later, a second fell in the X district": a
    spot no gazetteer knows, in an article about several countries, lies in the country of the last
    place named within the two sentences before it (none when that place has no country)."""
    own = art.sentences[art.sentence_index(pos)]
    if TOLD_ELSEWHERE.search(art.text, own.start, pos):
        return None  # "Separately, gunmen shot two men in X": another matter, not where the last one was
    back = art.sentences[max(0, art.sentence_index(pos) - _COUNTRY_REACH)].start
    for m in reversed(art.mentions):
        if not back <= m.start < pos or art.in_dateline(m.start) or not m.entries:
            continue
        e = m.entries[0]
        # a town, city or country told as a place ("in Jordan", "in northern Amman"); a name as a party
        # ("Russia said", "Israeli jets", an agency named like a capital) says whose act it is, not where
        if e.country and e.kind in ("place", "capital", "country") and (
            _LOCATIVE & set(art.words_before(m.start, 2))
            # ("in the X region of northern Iraq": the country a spot's own phrase put it in)
            or (e.kind == "country" and _KIND_BEFORE_COUNTRY.search(art.text, max(back, m.start - 48), m.start))
        ):
            # (where a speaker spoke is no place of the story's events: "a spokesman said in Baghdad that")
            if spoken_in(art, art.sentences[art.sentence_index(m.start)].start, m.start, m.end):
                continue
            return e.country
    return None


#: After a spot no gazetteer knows, its kind noun and the country it lies in: "the X and Y regions of northern
#: Iraq", "the X mountains in eastern Turkey".
_KIND_IN_COUNTRY = re.compile(
    r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:areas?|regions?|districts?|mountains|hills|valley|countryside)\s+(?:of|in)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
)

#: The same, before the country: what a country named so is told after.
_KIND_BEFORE_COUNTRY = re.compile(_KIND_IN_COUNTRY.pattern + "$")


def _country_of_its_phrase(art: Document, p: Place) -> str | None:
    """ "struck hideouts in the X and Y regions of northern Iraq": a spot no gazetteer knows, whose own phrase
    names the country it lies in, lies there, whatever country the story's doers or speakers come from."""
    m = _KIND_IN_COUNTRY.match(art.text, p.end)
    if m is None:
        return None
    named = art.mentions_in(m.end(), m.end() + 40)
    country = named[0].of("country") if named and named[0].start == m.end() else None
    return country.name if country is not None else None


#: A line opened by a name and a colon, as a live page heads each country's update: "Lebanon: ...".
_HEADING = re.compile(r"[ \t]*(?P<n>(?-i:[A-Z])[\w'’ .-]{1,30}?)[ \t]*:[ \t]")


def _line_headed_by(art: Document, pos: int) -> str | None:
    """ "Lebanon: A strike hit a car in the village of X": a spot no gazetteer knows, on a line a live page heads
    with a country's name, lies in that country, whatever country the page tells of most."""
    line = art.text.rfind("\n", 0, pos) + 1
    m = _HEADING.match(art.text, line, pos)
    if m is None:
        return None
    named = art.mentions_in(m.start("n"), m.end("n"))
    if len(named) != 1 or (named[0].start, named[0].end) != (m.start("n"), m.end("n")):
        return None
    country = named[0].of("country")
    return country.name if country is not None else None


#: Words a sentence may open with before the country it is about: "Meanwhile, neighbouring Niger ...".
_BEFORE_SUBJECT = re.compile(r"[\W]*(?:(?:meanwhile|elsewhere|in\s+turn|similarly)\W+)?(?:(?:neighbou?ring|nearby)\s+)?", re.I)


def _sentence_subject_country(art: Document, pos: int) -> str | None:
    """ "Niger has fared little better: an ambush near X in December killed 90 soldiers": a spot no gazetteer
    knows, told after a colon or semicolon in a sentence that opens on a country as its subject, lies in that
    country, whatever country the story tells of most."""
    s = art.sentences[art.sentence_index(pos)]
    named = art.mentions_in(s.start, pos)
    if not named or named[0].of("country") is None or not _BEFORE_SUBJECT.fullmatch(art.text, s.start, named[0].start):
        return None
    if not re.search(r"[:;]", art.text[named[0].end : pos]):
        return None
    return named[0].of("country").name


def _ground_groups_home(art: Document, c: Cand) -> str | None:
    """ "Al-Shabaab fighters attacked a base in X": a spot no gazetteer knows, attacked on the ground by
    armed groups of one country only (no state's forces, no fire from afar), in a story naming no other
    country, lies in the groups' country: insurgents fight at home."""
    if c.type != "armed_clash" or not c.actors:
        return None
    doers = {a.split(" (")[0] for a in c.actors}
    homes: set[str | None] = set()
    for m in art.mentions:
        a = m.of("actor")
        if a is not None and a.name in doers:
            homes.add(a.country if a.sub == "armed_group" else None)
    if len(homes) != 1 or None in homes or not doers <= {a.name for m in art.mentions if (a := m.of("actor"))}:
        return None
    (home,) = homes
    return home if set(story_homes(art)) <= {home} else None


def _one_home(art: Document, c: Cand) -> str | None:
    """ "Gunmen killed two soldiers in Kech district, Pakistan's army said": a spot no gazetteer knows, in a
    story that names one country alone (once), lies in that country, unless it is among the event's doers (a
    state's forces strike abroad: "Israeli jets struck the X district"), an ocean away from the region the
    briefs cover (its officials speak of wars abroad), or named only by its border ("a village near the
    Russian border": a border has two sides)."""
    # (a country named only as where the doers came from or are based, "crossed from Pakistan", "Pakistan-based
    # groups", is not where the event happened)
    homes = [c for c in story_homes(art) if not _named_as_origin(art, c)]
    if len(homes) != 1:
        return None
    (home,) = homes
    entry = art.lexicon.countries.get(home)
    if entry is None or home in {a.split(" (")[0] for a in c.actors} or overseas(entry):
        return None
    if _doers_homes(art, c) - {home}:
        return None  # "Al-Shabaab fighters attacked a base in X, killing five Kenyan soldiers": the group's land, maybe
    return None if _named_by_border(art, home) else home


def _home_beside_owners(art: Document) -> str | None:
    """ "A base housing Turkish troops near X came under attack ... Iraq has objected": a country named only
    as the owner of troops, forces or bases (which serve abroad as often as at home) weighs for no home when
    another country is named; the one country left is the story's. With no other, the owner's stays."""
    homes = story_homes(art)
    owners = {c for c in homes if _named_as_owner(art, c)}
    left = [c for c in homes if c not in owners]
    return left[0] if owners and len(left) == 1 else None


def _named_as_owner(art: Document, country: str) -> bool:
    """Every mention of the country names whose troops, forces or bases: "Turkish troops", "US forces"."""
    found = [
        m for m in art.mentions if any(e.country == country and e.kind in ("country", "demonym") for e in m.entries[:1])
    ]
    return bool(found) and all(_OWNED_AFTER.match(art.text, m.end) for m in found)


#: "troops", "military bases", "soldiers": what a country's name owns when it names the owner, not a place.
_OWNED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:military\s+|army\s+)?(?:troops|forces|soldiers|personnel|bases?|garrisons?|presence|contingent)\b",
    re.I,
)


def _beside_its_border(art: Document, c: Cand, p: Place) -> Place:
    """ "Arakan Army fighters seized a town near the Bangladesh border": an event placed only by a country's
    border (a border has two sides) lies on the other side when the story's one country, or the one home of
    the armed groups that did it, is another (countries named only by a border or as where the doers came
    from count for none); else by the border as told."""
    homes = {h for h in story_homes(art) if not _named_by_border(art, h) and not _named_as_origin(art, h)}
    other = homes | _doers_homes(art, c)
    if len(other) != 1 or p.country in other:
        return p
    entry = art.lexicon.countries.get(next(iter(other)))
    if entry is None:
        return p
    return replace(country_place(entry, p.start, p.start), role=p.role)


def _doers_homes(art: Document, c: Cand) -> set[str]:
    """The home countries of the armed groups among an event's doers."""
    doers = {a.split(" (")[0] for a in c.actors}
    return {
        a.country
        for m in art.mentions
        if (a := m.of("actor")) is not None and a.name in doers and a.sub == "armed_group" and a.country
    }


def _named_by_border(art: Document, country: str) -> bool:
    """Every mention of the country names its border: "near the Russian border", "the border with Russia"."""
    text = art.text
    found = [
        m for m in art.mentions if any(e.country == country and e.kind in ("country", "demonym", "capital") for e in m.entries[:1])
    ]
    return bool(found) and all(
        _BORDER_AFTER.match(text, m.end) or _BORDER_BEFORE.search(text, max(0, m.start - 20), m.start) for m in found
    )


def _named_as_origin(art: Document, country: str) -> bool:
    """Every mention of the country tells where someone came from or is based: "came from Afghanistan",
    "Pakistan-based groups"."""
    text = art.text
    found = [
        m for m in art.mentions if any(e.country == country and e.kind in ("country", "demonym", "capital") for e in m.entries[:1])
    ]
    return bool(found) and all(
        _FROM_BEFORE.search(text, max(0, m.start - 30), m.start) or _BASED_AFTER.match(text, m.end) for m in found
    )


#: "came from", "crossed from neighbouring"; "-based": where someone came from or is based.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)
_BASED_AFTER = re.compile(r"-based\b", re.I)


#: "the Russian border", "Russia's frontier"; "the border with Russia": a country named by its border.
_BORDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:border|frontier)\b", re.I)
_BORDER_BEFORE = re.compile(r"\b(?:border|frontier)\s+(?:with|of)\s+$", re.I)


#: "the X district of the capital": a quarter of the capital, told so.
_OF_THE_CAPITAL = re.compile(r"\s+(?:(?:district|neighbou?rhood|quarter|suburb)\s+)?of\s+the\s+capital\b")


def _capital_quarter(art: Document, p: Place) -> Entry | None:
    """ "Gunmen attacked a police station in the X district of the capital": a spot no gazetteer knows,
    told as a quarter of the capital in a story naming one country alone, lies in that country's
    capital (its point)."""
    if not _OF_THE_CAPITAL.match(art.text, p.end):
        return None
    homes = set(story_homes(art))
    if len(homes) != 1:
        return None
    capital = art.lexicon.capital_city(next(iter(homes)))
    return capital if capital is not None and capital.lat is not None else None


#: Kinds of known place a spot no gazetteer knows may lie in and take the point of: a town, a quarter, a site
#: (a province's or a sea's point is too far from the spot to stand for it).
_HOLDING_KINDS = frozenset({"city", "village", "district", "base", "site"})
#: Words after a town's name that make it its province's ("Hama province", "Kaduna state").
_PROVINCE_WORDS = words("province state region governorate oblast county")


#: How near a province's point the town it is named after lies, for the province to be drawn at its seat (km).
_SEAT_KM = 15.0


def _seat_of(e: Entry) -> Entry:
    """A province the gazetteer names after its seat and draws at it ("Deir ez-Zor", "Idlib"), as the seat town
    the world list holds by that name (the province itself where it holds none so near)."""
    if e.lat is None or e.lon is None or e.country is None:
        return e
    seat = geonames.town_point(tuple(t.norm for t in tokens(e.name)), e.country)
    if seat is None or km_between(seat, (e.lat, e.lon)) > _SEAT_KM:
        return e
    return e._replace(sub="city", lat=seat[0], lon=seat[1])


def _holder_point(art: Document, p: Place) -> Entry | None:
    """ "a strike in the X neighbourhood of Gaza City": a spot no gazetteer knows, told within a town the
    gazetteer knows (``within``) in the spot's country, lies at that town's point (not where the town's
    name only names its province: "the X village of Hama province")."""
    if p.lat is not None or not p.within:
        return None
    # ("the X village in the Tera area": the area around a town is told by the town's name as written)
    around = p.within[: -len(" area")] if p.within.endswith(" area") else None
    return next(
        (
            _seat_of(e) if e.sub == "region" else e
            for m in art.mentions
            # ("Idlib province" as one name: the province, not its seat)
            if not (m.last < len(art.tokens) and art.tokens[m.last].norm in _PROVINCE_WORDS)
            and art.tokens[m.last - 1].norm not in _PROVINCE_WORDS
            for e in m.entries
            if e.kind == "place"
            and (e.name == p.within or art.text[m.start : m.end] == around)
            and (e.sub in _HOLDING_KINDS or (e.sub == "region" and _seat_of(e) is not e))
            and e.lat is not None
            and e.country is not None
            and e.country == (p.country or e.country)
        ),
        None,
    )


def _one_form_each(actors: tuple[str, ...]) -> tuple[str, ...]:
    """Each party once: a group told as the doer and also as claiming it ("Houthis claim drone attack on X" over
    "the Houthis said they launched a drone at X") is the doer (its own word of its deed, GUIDE)."""
    plain = set(actors)
    return tuple(a for a in actors if not (a.endswith(" (claimed)") and a[: -len(" (claimed)")] in plain))


def to_incident(art: Document, c: Cand) -> Incident:
    if _killed_by_untold_means(art, c):
        # lives taken with no weapon and no state named, whichever sentence tells the toll: armed men
        # on the ground (GUIDE: armed_clash), as the candidate stage types such an attack told with its toll
        c = replace(c, type="armed_clash")
    p = c.place
    if p is not None and p.border and p.rank <= 1:
        p = _beside_its_border(art, c, p)
    if p is not None and p.country is None and p.lat is None and p.rank > 2:
        # "an airstrike on the Matma district": a place no gazetteer knows, with no known place beside
        # it, lies in the country the article is about (the brief filters incidents by country)
        home = (
            _country_of_its_phrase(art, p)
            or _line_headed_by(art, p.start)
            or _sentence_subject_country(art, p.start)
            or _home_beside_owners(art)
            or _home_unless_striking_abroad(art, c)
            or _country_told_before(art, p.start)
            or _ground_groups_home(art, c)
            or _one_home(art, c)
        )
        capital = _capital_quarter(art, p)
        if capital is not None and home in (None, capital.country):
            p = replace(p, country=capital.country, lat=capital.lat, lon=capital.lon)
        elif home is not None:
            p = replace(p, country=home)
    # (the spot keeps its name as written, with its town; the map draws it at the town's point)
    holder = _holder_point(art, p) if p is not None else None
    if p is not None and holder is not None and p.country is None:
        p = replace(p, country=holder.country)
    # What separates true incidents from false ones on real news: a date of the event's own, a
    # source, a toll or a count, and being told in its own right (not lent by the event before);
    # a threat is a weaker fact than an attack. Actors and a specific place barely do.
    confidence = 0.3 + 0.15 * (c.date is not None and c.date_q >= 2) + 0.1 * bool(c.attribution)
    confidence += 0.1 * (c.killed is not None or c.injured is not None) + 0.05 * (c.count is not None)
    confidence += 0.1 * (not c.inherited) + 0.1 * (p is not None and p.rank > 1) + 0.05 * bool(c.actors)
    confidence -= 0.2 * (c.type == "threat_statement")
    return Incident(
        date=c.date.iso() if c.date else None,
        type=c.type,
        location=_written(art, p) if p else None,
        country=p.country if p else None,
        lat=holder.lat if holder else p.lat if p else None,
        lon=holder.lon if holder else p.lon if p else None,
        actors=_one_form_each((*c.actors, *(x for x in c.sides if x not in {a.rsplit(" (", 1)[0] for a in c.actors}))),
        objects=tuple(c.objects),
        count=c.count,
        origin=c.origin,
        destination=c.destination,
        # a threat harms no one: a toll in its clause is the one of the deed it vows to avenge ("said the
        # strike, which killed seven officers, would not go unanswered")
        casualties=Casualties() if c.type == "threat_statement" else Casualties(killed=c.killed, injured=c.injured),
        attribution=c.attribution,
        evidence=art.text[c.evidence[0] : c.evidence[1]],
        confidence=round(min(confidence, 0.95), 2),
    )
