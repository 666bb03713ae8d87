"""Cross-sentence linking: which candidates are new events and which tell more of an earlier one.

Candidates that refer back ("the drones were downed", "Sunday's attack") enrich the event they
refer to instead of making a new one; ones that say something new about earlier weapons ("two of
the drones were shot down") become new events that inherit the date and place; an undated or
unplaced event told right after another belongs to the same story. Every record stays frozen:
linking replaces an event by its enriched copy.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence
from datetime import date, timedelta
from itertools import combinations, compress

from reporter import ship_nouns
from reporter.extract import casualties, events, geonames, speech
from reporter.extract.actors import actor_name, blamed_party, doers_held_to_be, suspected_after
from reporter.extract.candidates import (
    BLAST_TOLD,
    NEW_EVENT,
    Cand,
    answer_before,
    came_after,
    force_retold,
    is_headline,
    offset_span,
    rite_day,
    share_of_toll,
    title_shaped,
    told_as_answered,
    told_in_passing,
)
from reporter.extract.dates import WEEKDAY_IN, WEEKDAY_NUMBERS, DateSpan
from reporter.extract.document import Document
from reporter.extract.lexicon import RANK
from reporter.extract.numbers import NUMBER, VAGUE_COUNT
from reporter.extract.places import (
    BY_A_BORDER,
    SET_ASIDE_RANK,
    SITE_KINDS,
    Place,
    aim_ground,
    aimed_at,
    best_place,
    border_told,
    country_part,
    country_place,
    dateline_town,
    distance_km,
    home_country,
    in_its_town,
    in_province,
    km_between,
    nested,
    of_the_kind,
    over_or_a_part,
    places_in,
    somewhere_in,
)
from reporter.extract.prefilter import Prefiltered
from reporter.extract.records import replace
from reporter.extract.sites import doers_retold, listed_places, new_site_tolled, site_retold
from reporter.extract.tallies import tallied
from reporter.extract.text import Sentence, fold, longest_first, words
from reporter.incident_types import MEANS, compatible
from reporter.wordlists import RITES, alternation

#: A notice that an incident was reported: "received a report of an incident", "reported an incident".
_INCIDENT_REPORTED = re.compile(
    r"\b(?:reports?|reported|notified|notice)\s+(?:of\s+)?(?:an?\s+)(?:[\w-]+\s+){0,2}?incident\b", re.I
)
#: A numbered point of a notice, told as a sentence of its own: "2.", "3)".
_NUMBERED_POINT = re.compile(r"\s*\d{1,2}[.)]\s*")
#: Tolls of many events: "most of those attacks", "all the strikes", "these incidents".
_PATTERN = re.compile(
    r"\b(?:those|these|most|all|many|some|several|previous|earlier|past|such)\s+(?:of\s+(?:the|these|those)\s+)?"
    r"(?:[\w-]+\s+)?(?:attacks|strikes|incidents|raids|assaults|bombings)\b",
    re.I,
)
#: The place just told, named again: "struck targets in the area", "on the same area".
_THE_AREA = re.compile(r"\b(?:in|on|at|near|around)\s+the\s+(?:same\s+)?area\b", re.I)
#: An event told as going on: "forces were still fighting", "clashes continued", "the ongoing siege".
_STILL = re.compile(r"\b(?:still|continued|continuing|continues|ongoing)\b", re.I)
#: "Separately, ...", "In a separate incident", "Elsewhere, ...": an event told as apart from the one before,
#: so not at its place.
TOLD_ELSEWHERE = re.compile(r"\b(?:separately|elsewhere|in\s+a\s+separate\s+\w+)\b", re.I)
#: A deed told as the answer to the one before: "answered with air strikes", "retaliated with raids",
#: "hit back", "struck back".
_STRUCK_BACK = re.compile(
    # (a timeline's entry tells it in the present: "US aircraft respond with strikes on ...")
    r"\b(?:(?:answer|respond|retaliat|repl)(?:ed|ied|s|ies|e|y)?\s+(?:[\w'’-]+\s+){0,2}?with|(?:hit|struck|fired|strikes|hits)\s+back)\b", re.I
)
#: A deed told as coming after the one before, against a target: "US aircraft later carried out strikes on
#: sites", "jets subsequently struck at positions" (its doer other than the first one's: _struck_back_at).
_STRUCK_LATER = re.compile(r"\b(?:later|subsequently|afterwards|then)\s+(?:[\w'’-]+\s+){0,4}?(?:on|against|at)\b", re.I)
#: A deed told as coming after the one before: "later on Wednesday", "hours later", "afterwards" ("no later than"
#: bounds a date; "at a later date" tells no deed's time).
_TOLD_LATER = re.compile(
    r"\b(?<!no\s)(?:later|afterwards|subsequently)\b(?!\s+(?:than|date|stage|time|years?)\b)", re.I
)
#: A place named as a post of troops: "the Tower 22 outpost", "Harir base", "Camp X".
_SITE_NAME = re.compile(r"\b(?:base|airbase|outpost|post|garrison|camp|barracks|compound|checkpoint|embassy|consulate)\b", re.I)


#: An event this many days before the report is history, not the story's day.
_HISTORY_DAYS = 90


def _new_after_history(art: Document, c: Cand, kin: Cand) -> bool:
    """ "the first rockets were fired on October 7, 2023. Hours before the ceremony, a rocket was intercepted": a
    new event (no word refers back) told after one long before the report is no part of that history and takes
    none of its days; an event referred back to ("The barrage killed three") is the one told."""
    if c.anaphor or c.event_ref or kin.date is None or art.published is None:
        return False
    return kin.date.end < art.published - timedelta(days=_HISTORY_DAYS)


def _other_war(c: Cand, kin: Cand) -> bool:
    """ "Israeli jets struck a depot near Damascus on Sunday. Turkish warplanes struck PKK hideouts in the Qandil
    mountains": an undated event placed in another country than the event before, by none of its parties, is
    another story's and takes none of its days (the report's, as any undated event's)."""
    return (
        c.place is not None
        and kin.place is not None
        and c.place.country not in (None, kin.place.country)
        and bool(c.actors)
        # (an event before told with no doer, "missiles hit a residential area", names no party to differ from)
        and bool(kin.actors)
        and set(c.actors).isdisjoint(kin.actors)
        and c.place.country not in kin.actors
        and not c.anaphor
    )


def _history_after_news(art: Document, c: Cand, last: Cand) -> bool:
    """ "Drones hit a market in X on Sunday. Fighting erupted in April 2023 between the two armies": an event
    dated by its own words long before the report (a war's start told as background), after one told in the
    report's days, was not at that event's scene; it takes no place from it. So is a war's toll, harm told with
    no weapon ("The war erupted in April 2023 and has killed tens of thousands"). Any other event so dated
    ("A drone strike in January 2024 killed 12") is recalled from the same war, in its country but at no spot of
    the news (see _recalled_place)."""
    if c.date is None or c.date_q < 2 or art.published is None:
        return False
    cutoff = art.published - timedelta(days=_HISTORY_DAYS)
    return c.date.end < cutoff and (last.date is None or last.date.end >= cutoff)


#: An event told as at the place just told: "a strike there", "hit again", "the same market".
_AT_IT_AGAIN = re.compile(r"\b(?:there|again|also|the\s+same|similar|previous|earlier|last|prior|another)\b", re.I)


def _fight_of_history(c: Cand) -> bool:
    """A fight's start or a war's toll (harm told with no weapon): no event of a place at all."""
    return c.kind == "clash" or (c.kind == "harm" and c.type == "armed_clash")


def _history_day(art: Document, day: DateSpan) -> bool:
    """Whether a day lies so long before the report that it is history, not the story's day."""
    return art.published is not None and day.end < art.published - timedelta(days=_HISTORY_DAYS)


#: A time an event's own sentence sets it at, against something else of the story: "Hours before the
#: memorial", "Shortly after the ceremony", "On the eve of the vote", "Ahead of the march".
_OWN_TIME = re.compile(
    r"\b(?:(?:hours?|minutes?|moments?|shortly|just|only)\s+(?:before|after|ahead\s+of)|on\s+the\s+eve\s+of|ahead\s+of)\s+the\b",
    re.I,
)


_WORD_BEFORE_COMMA = re.compile(r"([a-z]+)[\"'”’)]*\s*$")


def _at_untold_occasion(art: Document, c: Cand) -> bool:
    """ "On the eve of the talks, gunmen killed X": an event its own sentence sets against an occasion (talks, a
    vote, a holiday) that is no event, has no day in the phrase and is not named before, came on a day the text
    leaves untold, not on the day of the event told before it."""
    s = art.sentences[c.s_idx]
    m = _OWN_TIME.search(art.text, s.start, c.pos)
    if m is None:
        return False
    end = art.text.find(",", m.end(), c.pos)
    end = c.pos if end < 0 else end
    head = _WORD_BEFORE_COMMA.search(art.text, m.end(), end)
    if head is None or art.triggers_in(m.start(), end) or art.event_dates_in(m.start(), end):
        return False
    # (an occasion told before, "Talks opened on Monday ... On the eve of the talks", may share its day)
    return re.search(rf"\b{head.group(1)}\b", art.text[: s.start], re.I) is None


def _post_of(place: Place) -> bool:
    """A base or a site the gazetteer knows ("Tower 22"), or one named as a post ("the X outpost")."""
    return place.rank >= RANK["base"] or _SITE_NAME.search(place.name) is not None


def struck_back(text: str, c: Cand, later: bool = False) -> bool:
    """Whether ``c``'s clause tells its deed as the answer to another (_STRUCK_BACK, up to its event word);
    with ``later``, or as a deed of named doers told after it, on a target (_STRUCK_LATER)."""
    end = min(c.clause[1], c.pos + 30)
    return _STRUCK_BACK.search(text, c.clause[0], end) is not None or (
        later and bool(c.actors) and _STRUCK_LATER.search(text, c.clause[0], end) is not None
    )
def told_later(art: Document, c: Cand) -> bool:
    """``c``'s own words tell its deed as coming after the one told before ("Troops exchanged fire along the border
    later on Wednesday", "Hours later, mortars hit the palace"): a later event, not that one told again. A "later"
    that times a saying ("Later on Monday, officials said two soldiers were hurt") or another event word of the
    sentence ("Rockets hit the base and jets later struck the launchers") is not ``c``'s."""
    start = art.sentences[art.sentence_index(c.pos)].start
    for m in _TOLD_LATER.finditer(art.text, start, c.clause[1]):
        a, b = (m.end(), c.pos) if m.start() < c.pos else (c.pos + 1, m.start())
        if speech.SAYING_WORD.search(art.text, a, b) is None and not any(
            t.start != c.pos for t in art.triggers_in(a, b)
        ):
            return True
    return False


#: An event word that names itself the answer to a deed before it: "counter-attack", "counteroffensive".
_COUNTER_WORD = re.compile(r"\bcounter[-\s]?(?:attacks?|offensives?|assaults?|strikes?|raids?)\b", re.I)


def _answer_on_its_own_day(text: str, c: Cand, ref: Cand) -> bool:
    """``c``'s clause tells it by a counter word (_COUNTER_WORD) with a day of its own named, other
    than ``ref``'s: the answer to ``ref``, not ``ref`` told again."""
    return (
        c.s_idx > ref.s_idx
        and c.date is not None
        and c.date_q >= 3
        and ref.date is not None
        and not _overlap(c.date, ref.date)
        and _COUNTER_WORD.search(text, *c.clause) is not None
    )


def struck_back_at(text: str, c: Cand, ref: Cand, later: bool = False) -> bool:
    """``c``, told after ``ref`` by doers none of its own, answers it (struck_back): a deed of its own."""
    return c.s_idx > ref.s_idx and struck_back(text, c, later) and set(c.actors).isdisjoint(ref.actors)


#: What an attack was fired from, as the target of a strike after it: "hit the launchers used", "struck the
#: launch sites", "targeted the sources of fire".
_LAUNCHERS = re.compile(
    r"\b(?:launchers?|launch(?:ing)?\s+(?:sites?|pads?|positions?|points?|areas?)|sources?\s+of\s+(?:the\s+)?fire)\b", re.I
)


def _at_launchers(text: str, c: Cand) -> bool:
    """Whether ``c`` strikes what an attack was fired from (_LAUNCHERS, right after its event word): those
    stand where the attack came from, never at the place it hit."""
    return _LAUNCHERS.search(text, c.pos, min(c.clause[1], c.pos + 40)) is not None


def _vague_count(text: str, a: int, b: int) -> bool:
    """A vague number in the clause that counts its events or weapons ("dozens of drones"), not its harmed
    ("an assault killed dozens of soldiers in 2019" is one event)."""
    tolls = [m.span() for m in casualties.VAGUE_TOLL.finditer(text, a, b)]
    return any(not any(lo <= m.start() < hi for lo, hi in tolls) for m in VAGUE_COUNT.finditer(text, a, b))


#: Right before an event word: an earlier event of its kind ("the previous bombing", "the last such attack").
_EARLIER_ONE = re.compile(r"\b(?:previous|preceding|prior|earlier|last)\s+(?:(?:such|major|deadly|big)\s+)?$", re.I)


#: Undetermined events of a kind told as before, right before their word: "previous drone strikes", "earlier attacks".
_EARLIER_ONES = re.compile(r"(?<!\bthe\s)(?<!\bits\s)\b(?:previous|prior|earlier|past)\s+(?:[a-z-]+\s+)?$", re.I)


def _earlier_ones(text: str, c: Cand) -> bool:
    """The event word is a plural told as earlier events of its kind ("for previous drone strikes")."""
    word = re.match(r"[a-z]+", text[c.pos : c.pos + 20], re.I)
    return (
        word is not None
        and word.group(0).endswith("s")
        and _EARLIER_ONES.search(text, max(c.clause[0], c.pos - 30), c.pos) is not None
    )


#: A clause opened by "after": what came before the event the sentence told first ("..., after guns opened fire").
_AFTER_OPENS = re.compile(r"\W*after\b", re.I)


def _heard_elsewhere(art: Document, c: Cand, ref: Cand) -> bool:
    """ "Strikes hit Tehran on Friday. || State media reported explosions in Isfahan": blasts reported at a
    town or site of their own, apart from the town or site of the event told before, are no sound of it
    (blasts heard in a country or province the event lies in may be, and so may blasts heard in a
    district beside its airport: sound carries across a town, not between towns)."""
    a, b = c.place, ref.place
    if a is None or b is None or min(a.rank, b.rank) < 3 or same_place(a, b):
        return False
    # (an unplaced district or site may lie in the struck town: no telling, unless told in a known town:
    # "the X district of Damascus" lies in Damascus)
    pa, pb = _point(art, a), _point(art, b)
    return pa is not None and pb is not None and km_between(pa, pb) > _TOWNS_APART_KM


def _point(art: Document, p: Place) -> tuple[float, float] | None:
    """Where a place lies: its own point, or for a spot no gazetteer places, the point of the known town
    the article tells it in."""
    if p.lat is not None and p.lon is not None:
        return p.lat, p.lon
    town = next((e for m in art.mentions for e in m.entries if p.within and e.name == p.within), None)
    return (town.lat, town.lon) if town is not None and town.lat is not None and town.lon is not None else None


def same_place(a: Place | None, b: Place | None) -> bool:
    """Places that may name the same spot: equal, or one unknown-country / country-level / region inside the other."""
    if a is None or b is None:
        return False
    if a.name == b.name or place_core(a.within) == place_core(b.name) or place_core(b.within) == place_core(a.name):
        return True
    if place_core(a.name) == place_core(b.name):  # "Saravan County" and "Sarāvān"
        return True
    if a.lat is None and b.lat is None and _site_core(a.name) == _site_core(b.name):
        return True  # "the Ruritan shrine" and "Ruritan": a site no gazetteer knows, named with its kind and without
    if (a.within and b.lat is not None) or (b.within and a.lat is not None):
        return False  # a village beside one known town is not another known town
    # A country-level incident ("Russia attacked Ukraine") stays apart from local impacts.
    if min(a.rank, b.rank) < 2:
        return False
    if a.lat is not None and b.lat is not None:
        return False  # two different places the gazetteer knows
    if _set_aside(a, b) or _set_aside(b, a):
        return False
    if a.country is None or b.country is None:
        return min(a.rank, b.rank) <= 3
    return a.country == b.country and min(a.rank, b.rank) <= 3


def _set_aside(a: Place, b: Place) -> bool:
    """``a`` is a world-list town set aside as too far from the story's countries (a name as written, rank
    2.5) and ``b`` a town the gazetteer places: two towns ("drones hit Novorossiysk. On the 9th, gunmen attacked
    a church in Kaduna"), not a spot inside the other."""
    return a.rank == SET_ASIDE_RANK and a.lat is None and b.lat is not None and b.rank >= RANK["city"]


#: "Kirkuk province", "Duhok Governorate": the kind of area a name carries, not part of the name.
_AREA_KIND = re.compile(
    r"\s+(?:province|governorate|region|district|state|city|area|town|county|township|municipality|oblast|commune|prefecture)$",
    re.I,
)


#: "Xyz mosque", "Xyz shrine": the kind of site a name carries after it.
_SITE_KIND_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(SITE_KINDS | {'mausoleum', 'cathedral', 'synagogue', 'temple'}))})$", re.I)


def _site_core(name: str) -> str:
    """A site's name without the kind of site told after it."""
    return fold(_SITE_KIND_AFTER.sub("", name))


def place_core(name: str | None) -> str | None:
    """A place name without its kind of area, so "Daquq, in Kirkuk" lies in "Kirkuk province"."""
    return fold(_AREA_KIND.sub("", name)) if name else None  # "Saravan County" lies in "Sarāvān"


def _side_by_side(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Two spans a day apart at most: a night told on one day and reported on the next."""
    if a is None or b is None:
        return False
    return (a.start - b.end).days <= 1 and (b.start - a.end).days <= 1


def _overlap(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


#: A site referred back to by its kind: "the church", "the hotel", "the crowded market" (the kinds every reader
#: knows, and places of worship, crowds and camps, and a settlement: "the village").
_THE_SITE_KINDS = SITE_KINDS | words("base camp cathedral mall mausoleum palace stadium synagogue temple town village")
_THE_SITE = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+)?({'|'.join(longest_first(_THE_SITE_KINDS))})\b")



def _scene_state(ref: Cand, actor: str) -> bool:
    """ "US jets struck sites in Ruritania. ... condemned the Ruritanian strike": a later mention that
    names the state the event struck, where another party is already its doer, names the target, not a
    second attacker: a state does not strike its own ground beside a foreign one."""
    return bool(ref.actors) and ref.place is not None and ref.place.country == actor and actor not in ref.actors

#: The whole of a country told as where an event was: "over the country", "across the country", "nationwide", or
#: by a count of its provinces ("over 12 regions", "in nine oblasts").
_COUNTRYWIDE = re.compile(
    r"\b(?:over|across|throughout|all\s+over)\s+the\s+(?:whole\s+|entire\s+)?country\b|\bnationwide\b|\bcountrywide\b"
    rf"|\b(?:over|across|in)\s+(?:{NUMBER})\s+(?:regions|provinces|oblasts|governorates|states)\b",
    re.I,
)
#: Weapons stopped in numbers only a country's air defences report at once (tens of drones and missiles).
_COUNTRY_TALLY = 10
#: A share of a salvo an interception tells ("most of the roughly 80 missiles", "all but two of the 40 drones"):
#: the salvo's size, which tallies the stops as a count does.
_SHARE_OF_SALVO = re.compile(
    r"\b(?:most|nearly\s+all|almost\s+all|all\s+but\s+\w+|(?:the\s+)?(?:vast\s+)?majority)\s+of\s+(?:the\s+)?"
    r"(?:(?:roughly|about|around|some|nearly|approximately|more\s+than|over)\s+)?(?P<n>\d[\d,]*)\s",
    re.I,
)
#: A stretch of ground an interception names without its name: "over the city", "across the region".
_OVER_A_STRETCH = re.compile(
    r"\b(?:over|above|across|around|near|approaching)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:city|town|region|province|oblast|district|capital|port|village)\b",
    re.I,
)


#: Words that tell an event's scene away from a capital it is filed from: "a border patrol", "in the north".
_AWAY_FROM_TOWN = re.compile(
    r"\b(?:border|frontier|front[\s-]?lines?|countryside|rural|offshore|at\s+sea|coast(?:al|line)?"
    r"|(?:north|south)(?:[\s-]?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)\b",
    re.I,
)
#: A site of a town told by its kind, in a story filed from the town: "near the airport", "the city's market".
_TOWN_SITE = re.compile(
    r"\bthe\s+(?:(?:city|town|capital)['\u2019]s\s+\w|(?:international\s+)?airport\b|(?:main|central)\s+market\b"
    r"|city\s+cent(?:re|er)\b|presidential\s+palace\b|parliament\b)",
    re.I,
)


def part_of_country(art: Document, c: Cand) -> Place | None:
    """ "... gunmen shot 12 farmers at a well in the northwest": an event whose clause names no
    place but a quarter of "the country" is in that part of the country named last (places.country_part).
    Only for an event that would otherwise go unplaced: an event that takes a spot from the story keeps it;
    nor is one so told at the town a dateline files from ("MAIDUGURI, Nigeria - ... a village in the
    north-east": the reporter's town is no scene the clause tells)."""
    found = country_part(art, *c.clause)
    if not found and (c.killed is not None or c.injured is not None):
        found = border_told(art, *c.clause)
    return found[0] if found and found[0].role == "loc" else None


class Linker:
    """Folds the candidates of an article, in text order, into its events."""

    def __init__(self, art: Document) -> None:
        self.art = art
        self.events: list[Cand] = []
        #: index of the event last told or enriched
        self.last_i: int | None = None
        #: event index -> the last sentence that told more of it (a retelling merged into it)
        self.told_at: dict[int, int] = {}
        self._retold_sentences: set[int] | None = None  # sentences holding a word an event is told again by (retold_in)
        #: sentences telling no event whose toll went to an event told before: the places they name are that
        #: event's sites, no scene for the next
        self.toll_sentences: set[int] = set()
        #: the town a dateline files from, and the sentence it opens
        self.town = dateline_town(art) if art.datelines else None
        self.town_at = art.sentence_index(self.town.start) if self.town is not None else -1
        capital = art.lexicon.capital_city(self.town.country) if self.town is not None and self.town.country else None
        # (the seat of government GeoNames gives counts too where the lexicon lets no city stand for the
        # state, its claim being disputed: reporters there tell of the whole country all the same)
        self.capital = self.town is not None and (
            (capital is not None and capital.name == self.town.name)
            or (self.town.country is not None and geonames.capitals().get(self.town.country) == self.town.name)
        )

    def _country_wide(self, c: Cand) -> bool:
        """A capital's dateline sentence telling an interception and no scene of any kind ("BAGHDAD -
        Soldiers downed a drone on Tuesday"): the reporters there tell of the whole country, and the sky a
        state's forces guard is all of it, so it was over the capital's country (a sentence that names a
        spot tells the scene some other way; any other event such a sentence leaves unplaced stays so).
        From a town that is no capital, so too a weapon told as launched from another country ("HAIFA -
        The army downed a drone launched from Lebanon"): it was stopped somewhere on its way across the
        state, not over where the reporter files; a drone downed with no such origin stays at the town."""
        town = self.town
        if c.type != "interception" or town is None or self.art.lexicon.countries.get(town.country or "") is None:
            return False
        s = self.art.sentences[c.s_idx]
        if any(p.role == "loc" and not self.art.in_dateline(p.start) for p in places_in(self.art, s.start, s.end)):
            return False
        return self.capital or self._launched_abroad(c)

    def _capital_scene(self, c: Cand) -> bool:
        """ "KHARTOUM (Wire) - Drones hit a fuel depot on Monday, killing four": a ground event a capital's
        dateline sentence tells in full, with its toll (or at a site of the town told by its kind: "near the
        airport", "the city's main market"), and with no hint of any scene is in the capital, where the
        reporter is (one told elsewhere would name where); see _hints_elsewhere."""
        town = self.town
        if town is None or town.country is None or c.type in ("interception", "threat_statement"):
            return False
        if c.killed is None and c.injured is None and not _TOWN_SITE.search(self.art.text, *c.clause):
            return False  # (told without its toll, "militants attacked an army patrol", it may be anywhere)
        return not self._hints_elsewhere(c, self.art.sentences[c.s_idx].start)

    def retold_in(self, i: int) -> bool:
        """Sentence ``i`` names an event again ("the assault", "this attack"); the words are found once per
        article, and the pattern is tried only where one of them is."""
        if self._retold_sentences is None:
            norms = self.art.norms
            self._retold_sentences = self.art.sentences_with(list(compress(self.art.token_starts, map(_TOLD_NOUN_NORMS.__contains__, norms))))
        s = self.art.sentences[i]
        return i in self._retold_sentences and _TOLD_EVENT.search(self.art.text, s.start, s.end) is not None

    def _first_told_at_town(self, c: Cand) -> bool:
        """ "GOMA (Wire) - Fighting flared in the east. || Rebels shelled a camp on Monday, killing five": the
        story's first event, told with its day after a dateline sentence that tells none, is at the town the
        reporter files from (no capital: its reporters tell of the whole country) when nothing from the
        dateline on hints at another scene (see _hints_elsewhere)."""
        town = self.town
        if (
            town is None
            or town.country is None
            or self.capital
            or self.events
            or c.s_idx <= self.town_at
            or c.place is not None
            or c.date is None
            or c.type in ("interception", "threat_statement")
            or ship_nouns.WORD.search(self.art.text, *c.clause)
        ):
            return False
        countries = self.art.lexicon.countries
        if home_country(self.art) != town.country and any(a.split(" (")[0] in countries for a in c.actors):
            return False  # (a state striking, from a hub the story is not about: "DUBAI - Israeli strikes")
        return not self._hints_elsewhere(c, self.art.sentences[self.town_at].start)

    def _hints_elsewhere(self, c: Cand, lo: int) -> bool:
        """Whether anything hints the event ``c`` took place away from the dateline's town: a place named
        from ``lo`` to the end of its paragraph (or the next sentence), words in its sentence pointing away
        ("a border patrol", "in the north"), the town's own state among its doers, another country named from
        ``lo`` on but as a doer ("MOSCOW - Russia said its drones hit a Ukrainian depot": the attacker's
        capital, not the scene), or an armed group struck ("hit Houthi positions": wherever it holds ground)."""
        art, town = self.art, self.town
        assert town is not None
        doers = {a.split(" (")[0] for a in c.actors}
        if town.country in doers:
            return True
        s = art.sentences[c.s_idx]
        if _AWAY_FROM_TOWN.search(art.text, s.start, s.end):
            return True
        for m in art.mentions_in(lo, s.end):
            named = m.of("country") or m.of("demonym")
            if named is not None and named.name not in doers | {town.country} and not art.in_dateline(m.start):
                return True
            group = m.of("actor")
            if m.start >= s.start and group is not None and group.sub == "armed_group" and group.name not in doers:
                return True  # ("strikes hit Houthi positions": the group's ground, wherever it holds it)
        # (its paragraph, and the next sentence: a wire gives each sentence a paragraph of its own)
        k = c.s_idx
        while k + 1 < len(art.sentences) and (art.sentences[k + 1].paragraph == s.paragraph or k == c.s_idx):
            k += 1
        return any(not art.in_dateline(p.start) for p in places_in(art, lo, art.sentences[k].end))

    def _launched_abroad(self, c: Cand) -> bool:
        """An interception whose sentence tells the weapon launched from a country other than the one the
        dateline's town is in ("fired from Yemen" filed from an Israeli town)."""
        town = self.town
        if c.type != "interception" or town is None or town.country is None:
            return False
        s = self.art.sentences[c.s_idx]
        return any(p.role == "origin" and p.country and p.country != town.country for p in places_in(self.art, s.start, s.end))

    @property
    def last(self) -> Cand | None:
        return None if self.last_i is None else self.events[self.last_i]

    def stopped_attack(self) -> int | None:
        """The attack an interception just told stopped, when it was told right before it in its paragraph
        ("Russia fired 50 drones at Ukraine. Air defences downed 40 of them."): lives a next sentence tells
        lost were taken by what got through, not by what was shot down."""
        at = self.last_i
        if at is None or at == 0 or self.events[at].type != "interception":
            return None
        downed, attack = self.events[at], self.events[at - 1]
        # (the next sentence, in its paragraph or the next: a wire gives each sentence a paragraph of its own)
        told_before = 0 <= downed.s_idx - attack.s_idx <= 1
        # (a raid whose jets fired the missiles the interception stopped is such an attack too: "jets fired
        # missiles at X. Air defences downed most of them. Two soldiers were hurt")
        fired = attack.type in ("drone_attack", "missile_attack", "rocket_attack") or (
            attack.type == "air_strike" and downed.weapon_class in ("missile", "rocket", "drone")
        )
        return at - 1 if told_before and fired else None

    def add_toll(self, found: list[tuple[int, int | None, int | None]], at: int | None = None) -> None:
        """A toll told in a sentence of its own belongs to the event just told (or to event ``at``)."""
        at = self.last_i if at is None else at
        if at is None:
            return
        ev = self.events[at]
        for _, killed, injured in found:
            ev = replace(
                ev,
                killed=ev.killed if ev.killed is not None or killed is None else killed,
                injured=ev.injured if ev.injured is not None or injured is None else injured,
            )
        self.events[at] = ev

    def add(self, c: Cand) -> None:
        """Folds candidate ``c`` into the events told so far, step by step: each step rewrites it (a day, a
        place or a doer lent by what was told around it) or settles it (None: merged into an event told
        before, or dropped); what no step settles is a new event."""
        steps = (
            self._whole_toll,
            self._anchor_date,
            self._earlier_one,
            self._placed_by_dateline,
            self._doer_of_its_kind,
            self._day_of_the_scene,
            self._more_of_the_last,
            self._interception,
            self._crash_day,
            self._impact,
            self._answer_told,
            self._linked,
        )
        for step in steps:
            found = step(c)
            if found is None:
                return
            c = found
        self.events.append(c)
        last = self.last
        if last is not None and last.s_idx == c.s_idx and told_in_passing(self.art.text, c):
            # "Jets struck X on Monday in retaliation for last month's attack on Y. Four died.": the event
            # answered (or one the targets are tied to) is background; the toll and the scene told next go on
            # with the news
            return
        self.last_i = len(self.events) - 1

    def _earlier_one(self, c: Cand) -> Cand | None:
        """An event told as an earlier one of its kind: dropped when it has no day of its own (background),
        else an event of its own, no reference to the one just told."""
        if c.date is None and _earlier_ones(self.art.text, c):
            # ("The army has blamed the RSF for previous drone strikes on the city": events before the one
            # told, with no day of their own; GUIDE: vague background, never the event told again)
            return None
        if (
            c.anaphor in ("definite", "partitive")
            and c.date is not None
            and c.date_q >= 2
            and _EARLIER_ONE.search(self.art.text, max(c.clause[0], c.pos - 40), c.pos)
        ):
            # "The previous bombing there came in March 2016": an earlier event of the kind, told
            # with its own day, not the one just told (whose toll and day it would otherwise overwrite)
            c = replace(c, anaphor="")
        elif c.anaphor == "definite" and came_after(self.art.text, c):
            # "launched an offensive on Monday, a year after the group's bombing of a market": an event months or
            # years before the one told, not it retold
            c = replace(c, anaphor="")
        return c

    def _placed_by_dateline(self, c: Cand) -> Cand:
        """The event the dateline's own sentence tells, placed only in the town's country or nowhere, is at
        the town the reporter files from (or, from a capital, over its whole country)."""
        town = self.town
        if (
            town is not None
            and c.s_idx == self.town_at
            and c.place is not None
            and c.place.rank <= 1
            and c.place.country == town.country
            and (not self.capital or somewhere_in(self.art, c.place))
            and not over_or_a_part(self.art, c.place)
            # (a weapon launched from abroad and stopped with no spot told was over the state, as _country_wide)
            and not self._launched_abroad(c)
            and (not aimed_at(self.art, c.place) or _THE_TOWN.search(self.art.text, c.place.end, self.art.sentences[c.s_idx].end))
        ):
            # "KORVETO, Syria -- ... gunmen attacked a checkpoint in Syria": the event the dateline's own
            # sentence tells, placed only in the country, is at the town the reporter files from; from a
            # capital, only an event told as somewhere in the country ("a drone strike in Iraq"), nor in a
            # part ("in southern Syria"); from no town one aimed at the whole of it ("fired 400 drones at
            # Ukraine", "missiles at Israel" from Jerusalem)
            c = replace(c, place=town)
        elif (
            town is not None
            and c.s_idx == self.town_at
            and c.place is None
            and c.date is not None
            and (not self.capital or self._country_wide(c) or self._capital_scene(c))
            and c.type != "threat_statement"
            # (a scene told as a part of the country, "a village in the north-east", lies away from the town)
            and part_of_country(self.art, c) is None
            # (a ship is hit at sea, not where the reporter files from: "DUBAI - X said it attacked the bulker")
            and not ship_nouns.WORD.search(self.art.text, *c.clause)
            and not (
                self.last is not None
                and self.last.s_idx == c.s_idx
                and self.last.type == c.type
                and self.last.place is not None
            )
            # (an interception of weapons an attack just told fired at a spot is over that spot, not
            # over the town the reporter files from: "ERBIL - drones targeted a base ..., and both were downed")
            and not (c.type == "interception" and self._stopped(c).place is not None)
        ):
            # "ERBIL, Iraq -- A drone attack targeted the airport on Monday": the dateline's own sentence names
            # no place for the day's event, so it is at the town the reporter files from (not a capital's:
            # a capital's reporters tell of the whole country); not when an event placed earlier in the
            # sentence as the same kind is its scene ("rebels seized X after two days of clashes": at X)
            c = replace(c, place=town if not self._country_wide(c) else country_place(self.art.lexicon.countries[town.country or ""], town.start, town.end))
        elif town is not None and self._first_told_at_town(c):
            c = replace(c, place=town)
        return c

    def _doer_of_its_kind(self, c: Cand) -> Cand:
        """An event told with no doer, as a second of its kind or a part of the operation just told, is
        that one's doer's."""
        if (
            not c.actors
            and self.last is not None
            and self.last.s_idx == c.s_idx
            and self.last.type == c.type
            and self.last.actors
            and _ANOTHER_ONE.search(self.art.text, max(c.clause[0], c.pos - 40), c.pos)
        ):
            # "An Israeli strike hit X, and a second strike hit Y": the second of a kind told in one breath
            # is the same doer's
            c = replace(c, actors=self.last.actors)
        if not c.actors and (whole := self._whole_told(c)) is not None:
            # "Israeli strikes killed 12 across Gaza. One strike hit a school in X": a part of the operation just
            # told, opened by "one" or "another" (or weapons counted as more of those just stopped: "Another 14
            # were downed over X"), is the same doer's, with the same weapons when it names none; one of its
            # weapons is of its kind ("Russian jets attacked X with guided bombs. Another struck Y": an air strike)
            c = replace(
                c,
                type=c.type if compatible(whole.type, c.type) else whole.type,
                actors=whole.actors,
                objects=c.objects or (whole.objects if c.type == "interception" else ()),
            )
        if not c.actors and (whole := self._sites_struck(c)) is not None:
            # "The US struck three nuclear sites in Iran. Bombers dropped 14 bombs on the Fordow site": a site of
            # the counted whole told the sentence before, hit by means whose owner goes unnamed, is its doer's
            c = replace(c, actors=whole.actors)
        if not c.actors and (barrage := self._barrage_of(c)) is not None:
            # "Russia fired 145 drones and three missiles at Ukraine. ... A ballistic missile hit a block in
            # Odesa": one weapon of the barrage just told, at a spot of the country it was fired at, is its own
            # strike (one_of_a_barrage) by the barrage's doer
            c = replace(c, actors=barrage.actors)
        return c

    def _sites_struck(self, c: Cand) -> Cand | None:
        """The counted strike with named doers told in the sentence before ``c`` ("struck three sites in X"),
        when ``c`` is a blow by its means at a spot within that strike's country, on no other day."""
        e = next((e for e in reversed(self.events) if e.s_idx < c.s_idx), None)
        return (
            e
            if e is not None
            and e.s_idx == c.s_idx - 1
            and e.actors
            and e.kind in ("strike", "shell")
            and _counted(self.art.text, e)
            and c.type in MEANS
            and c.place is not None
            and e.place is not None
            # (a spot no gazetteer places lies where the whole was struck)
            and c.place.country in (None, e.place.country)
            and c.place.rank > e.place.rank
            and (c.date is None or _overlap(c.date, e.date))
            else None
        )

    def _barrage_of(self, c: Cand) -> Cand | None:
        """The barrage counted over a whole country, told last of the attacks in the three sentences before
        (its interceptions aside), that ``c`` is one weapon or a share of: the same weapon, at a spot of that
        country, on no other day."""
        for e in reversed(self.events):
            if not 0 < c.s_idx - e.s_idx <= 3:
                return None
            if e.type != "interception":
                break
        else:
            return None
        return (
            e
            if e.actors
            and c.place is not None
            and c.place.rank > 1
            and one_of_a_barrage(e, c)
            and c.place.country == e.place.country
            and (c.date is None or _overlap(c.date, e.date))
            and (c.weapon_class == e.weapon_class or _one_of_its_weapons(c, e))
            else None
        )

    def _day_of_the_scene(self, c: Cand) -> Cand:
        """An event told with no day takes its scene's or the lead's (a threat's day is its speech's)."""
        if c.date is None and c.date_kind == "" and not c.anaphor and c.type != "threat_statement":
            # (a threat's day is its speech's: a date told before it is an event's or a deadline's)
            scene = self._scene_date(c) or self._lead_day(c)
            if scene is not None and self._other_weekday(c, scene):
                scene = None
            if scene is not None:
                c = replace(c, date=scene, date_q=1)
        return c

    def _more_of_the_last(self, c: Cand) -> Cand | None:
        """Harm told with no doer, a fight told as still going on, or a part of the battle told right after
        an event is more of that event: merged into it (None)."""
        if (
            c.victims_only
            and self.last_i is not None
            and self.last.type != "threat_statement"
            and c.s_idx - self.last.s_idx <= 2
            # ("Iraqi forces killed eight militants": a doer of its own, none of the last event's, tells a
            # fight of its own, not that event's toll)
            and not (c.actors and self.last.actors and not set(c.actors) & set(self.last.actors))
            # (nor the toll of a counter-attack told on a day of its own: "The army's counter-attack on
            # Sunday killed 12" answers Saturday's attack, a fight of its own)
            and not _answer_on_its_own_day(self.art.text, c, self.last)
        ):
            # "Rockets hit the base on Monday. Two soldiers were killed.": harm told with no doer, right
            # after an event, is that event's toll
            self._merge(self.last_i, c)
            return None
        both_days = self._going_on(c)
        if both_days is not None and self.last_i is not None:
            # "Gunmen stormed a hotel on Friday evening. On Saturday morning forces were still fighting
            # to end the siege": the fight told as still going on is the same one, over both days
            self.events[self.last_i] = replace(self.events[self.last_i], date=both_days)
            self._merge(self.last_i, replace(c, date=None, date_q=0))
            return None
        if c.part_of and self.last_i is not None and c.s_idx - self.last.s_idx <= 3:
            # "During the battle, the army called in air strikes": more of the fight, whatever its means
            self._merge(self.last_i, c)
            return None
        return c

    def _interception(self, c: Cand) -> Cand | None:
        """An interception takes the attack it stopped, where it was aimed and its toll; one told after the
        launch a headline told replaces that launch (None: merged)."""
        if c.type != "interception":
            return c
        c = self._stopped(c)
        c = self._target_defends(c)
        self._aimed_where_stopped(c)
        c = self._toll_of_the_repelled(c)
        i = self._launch_told_first(c)
        if i is not None:
            # "Destroyer downs missiles (headline). The missiles were fired from X. The destroyer shot down
            # three missiles on Monday.": the launch referred to what the headline told, the interception
            # the body then tells; one event, whose actor is the interceptor
            launch = self.events[i]
            self.events[i] = c
            self._merge(i, replace(launch, actors=()))
            return None
        return c

    def _crash_day(self, c: Cand) -> Cand:
        """Debris told with no day fell on the day of the attack or interception told before it."""
        if c.type == "crash" and c.date is None and c.date_kind == "" and not c.anaphor:
            # "Falling debris was reported in four districts": what fell came down from the attack or
            # interception told before it, on its day, however far down the report tells it
            day = next((e.date for e in reversed(self.events) if e.date and e.type not in ("threat_statement", "crash")), None)
            if day is not None:
                c = replace(c, date=day, date_q=1)
        return c

    def _impact(self, c: Cand) -> Cand | None:
        """An impact told right after an attack of its weapon is that attack's (None: merged)."""
        if c.impact and not c.anaphor:
            # "Two rockets landed inside the complex": the impact of the attack just told.
            for i in range(len(self.events) - 1, max(-1, len(self.events) - 4), -1):
                old = self.events[i]
                if (
                    c.s_idx - old.s_idx <= 2
                    and (old.weapon_class == c.weapon_class or compatible(old.type, c.type))
                    and old.type != "interception"
                    and (c.place is None or same_place(old.place, c.place))
                ):
                    self._merge(i, c)
                    return None
        return c

    def _answer_told(self, c: Cand) -> Cand:
        """A weak mention told as its doer's answer to the last event is an event told, not a reference."""
        if c.weak and not c.anaphor and c.actors and self.last is not None and self._struck_back_at(c, self.last, later=True):
            # "US aircraft responded with strikes on militia sites": a blow told as the answer, by its doer, is told
            # ("US aircraft later carried out strikes on sites": a blow told after, on a target, as well)
            c = replace(c, weak=False)
        return c

    def _linked(self, c: Cand) -> Cand | None:
        """A reference links to what it refers to, a threat to its speech quoted before, any other event to
        the one it tells again (None: merged or dropped)."""
        if c.anaphor or c.weak:
            return self._reference(c)
        if c.type == "threat_statement":
            return self._threat_again(c)
        return self._told_anew(c)

    def _reference(self, c: Cand) -> Cand | None:
        """A mention referring back ("the attack", "two of the drones") is merged into its referent, or
        dropped when it refers to nothing told; else it inherits from the event it refers to."""
        if _claim_dated_after(c, self.last):
            # "Gunmen ambushed a convoy on Wednesday. On Friday, X claimed the ambush": the day is the claim's,
            # not the event's, which it refers back to
            c = replace(c, date=None, date_q=0, date_kind="")
        ref_i = self._referent(c)
        if ref_i is not None and self._answered_by(c, self.events[ref_i]):
            ref_i = None  # "fired missiles in response to the strike on its consulate": another event
        if ref_i is not None and self._struck_back_at(c, self.events[ref_i]):
            ref_i = None
        if ref_i is not None and _answer_on_its_own_day(self.art.text, c, self.events[ref_i]):
            # "Militants attacked a post on Saturday. The army's counter-attack on Sunday killed 12": the
            # answer, on a day of its own, is another event (GUIDE: a different day is a different event)
            ref_i, c = None, replace(c, anaphor="")
        if ref_i is not None and self._merges(c, self.events[ref_i]):
            # (who launched what was shot down is no party to the interception: its actor is the
            # interceptor)
            self._merge(ref_i, replace(c, actors=()) if _launch_of_downed(c, self.events[ref_i]) else c)
            return None
        if ref_i is not None and c.type == "other" and _toll_over_days(c, self.events[ref_i]):
            return None  # a toll of many days told by no event word of its own: an aggregate, no incident
        if c.anaphor == "perception" and c.place is not None and (
            c.date is not None
            or not self.events
            or c.kind == "clash"
            or (ref_i is not None and _heard_elsewhere(self.art, c, self.events[ref_i]))
        ):
            # (gunfire heard at a spot of its own, with no event told to hear, is fighting there)
            c = replace(
                c, anaphor=""
            )  # "a vessel reported an explosion off Hodeidah": nothing earlier to hear
        elif c.weak or c.anaphor == "perception" or (c.type == "threat_statement" and not c.actors):
            return None
        if (
            c.anaphor == "definite"
            and not c.own_weapon
            # ("shelled two camps. One of the attacks hit X camp": a part of the whole at a spot of its own)
            and not (ref_i is not None and self._part_at_its_own_town(c, self.events[ref_i]))
            and (
                c.type == "other"
                or (c.date_q >= 3 and (c.date_kind != "explicit" or c.plural))
                # "The strike prompted calls for a withdrawal": undated, in no place of its own
                or (ref_i is None and c.date is None and (c.place is None or c.place.rank <= 1))
            )
            # a lead ("The attack on the base at Tower 22 on Sunday killed three") tells its event
            # first: with nothing before it, a dated mention at a named spot (or a named sea, where
            # ships are hit: "the attack on a tanker in the Red Sea on Monday") is that event
            and not (not self.events and c.date_q >= 3 and c.place is not None and c.place.rank >= RANK["water"])
            # nor is one that refers to nothing told and brings its own day, spot and toll ("the group's
            # previous assault, in March, killed 20 in X"): an earlier event told in its own right
            and not (ref_i is None and _told_in_full(c))
            # nor one that refers to nothing told and is dated by its own words to a day over before the
            # report's days, at a named spot ("talks stalled after the shelling of X last Thursday"): a
            # background event (measured: a month told so, "in March", gave the checks only false events)
            and not (ref_i is None and _told_apart(c, self.art.published))
            # nor "Air defences downed missiles over X. One man was killed by the strike on the airport": the
            # toll of the attack whose weapons were downed, told right after its interception
            and not (ref_i is None and self._toll_of_the_downed(c))
        ):
            return None  # "the first deadly attack since November": nothing to refer to
        base = self.events[ref_i] if ref_i is not None else self.last
        # (a reference at a town far from the last event's is none of that event's: it lends no day)
        if base is not None and c.anaphor in ("partitive", "definite") and not (
            _other_town(c, base) and _placed_by_its_word(self.art.text, c)
        ):
            if base.place is not None and _placed_by_speaker(self.art, c):
                # "The drone was shot down, the X Region's security service said": the place in the
                # speaker's name placed it only for want of another; the event referred to has one
                c = replace(c, place=None)
            c = _inherit(c, base)
            if c.type == "interception" and c.place is base.place:
                # "A glide bomb hit a school in X. The air force downed 40 of the 70 drones launched": a
                # tally of tens stopped, more than the event referred to counted, is the country's, as _stopped reads
                c = replace(c, place=self._countrys_tally(c, base))
            if c.anaphor == "partitive" and not c.actors:
                c = replace(c, actors=self._doers_of_the_whole(c))
        return c

    def _doers_of_the_whole(self, c: Cand) -> tuple[str, ...]:
        """ "Iran fired 20 missiles. Most were intercepted; one hit X": a part told with no doer is one of the
        whole of its kind told just before (past the interception of its share), and so of that whole's doers."""
        for e in reversed(self.events):
            if c.s_idx - e.s_idx > 2:
                break
            if e.type == "interception":
                continue  # the interceptor is no doer of the part that got through
            return e.actors if e.type == c.type else ()
        return ()

    def _threat_again(self, c: Cand) -> Cand | None:
        """A threat quoted again is the statement told (None: merged); an undated one takes the speech's day."""
        # one speech quoted again ("..., he said") is the statement told: an undated quote joins it
        for i in range(len(self.events) - 1, -1, -1):
            old = self.events[i]
            if (
                old.type == c.type
                and (old.actors == c.actors or self._one_side(old, c))
                and c.s_idx - old.s_idx <= 2
                # (a headline's threat takes the day of publication only for want of one: the lede's day
                # is the statement's, "Houthi leader threatens ..." then "said on Thursday ...")
                and (_overlap(old.date, c.date) or (old.date_q <= 1 and title_shaped(self.art, old.s_idx)))
                # a threat against another party is another threat ("warned the Houthis ... also
                # threatened Iran")
                and not (old.objects and c.objects and set(old.objects).isdisjoint(c.objects))
            ):
                self._merge(i, c)
                return None
        if c.date is None and c.date_kind != "unresolved":
            day = self._speech_day()
            if day is not None:
                c = replace(c, date=day, date_q=1)
        return c

    def _told_anew(self, c: Cand) -> Cand | None:
        """An event told in its own words: more of the last event, or lent what the events and sentences
        before it tell, then merged into an event it tells again (None), else a new event."""
        last = self.last
        if self.last_i is not None and (self._supports(c) or self._cause_told_after(c)):
            self._merge(self.last_i, c)
            return None
        if last is not None and _one_more_of(self.art.text, c, last):
            # "An Israeli drone struck a car in X. A second strike hit Y": one more of the kind just
            # told, by the hand that struck it when no other is named
            c = replace(c, actors=last.actors)
        c, scene_lent = self._lent_around(c, last)
        return None if self._retold(c, last, scene_lent) else c

    def _lent_around(self, c: Cand, last: Cand | None) -> tuple[Cand, Place | None]:
        """An undated or unplaced event right after another takes that one's day and place (or the scene a
        sentence between sets); one far from any takes the scene the sentence before sets; one placed only in
        a country, the town the sentence before names in it. With the place a sentence between lent."""
        scene_lent: Place | None = None  # a place the sentences between lent an event told with none
        if last is not None and c.s_idx - last.s_idx <= 4 and (c.date is None or c.place is None):
            # An undated or unplaced event told right after another belongs to the same story.
            changes: dict = {"inherited": True}
            # (an event told as the one another came after, "The strikes came after rebels fired
            # rockets at Y", came before the story's day, on one the text leaves untold)
            earlier = came_after(self.art.text, c)
            # (a day counted from another that no day fixes, "a day before X", is none of the story's days)
            # (nor is one told as apart from it, "Separately, fighting broke out near X": no day of the
            # last event's; one with no day of its own is the report's, as any undated event is)
            elsewhere = TOLD_ELSEWHERE.search(self.art.text, *c.clause) is not None
            if (
                c.date is None
                and not elsewhere
                and c.date_kind not in ("since", "unresolved")
                and not c.date_kind.startswith("offset:")
            ):
                if earlier or _at_untold_occasion(self.art, c):
                    changes.update(date_kind="unresolved")
                elif not _new_after_history(self.art, c, kin := self._kin_in_its_country(c, last)) and not _other_war(c, kin):
                    changes.update(date=kin.date, date_q=1)
            if (
                c.place is None
                and not elsewhere
                and not told_as_answered(self.art.text, c)
                and not _backdrop_of(self.art.text, c, last)
                # (a quarter of the story's country told, "strikes on villages in the south", is its scene:
                # incidents place it there, not at the town of the event before)
                and not country_part(self.art, *c.clause)
            ):
                # (not the event one told answers: "Jets struck X. The raid came in retaliation for the
                # group's rocket attack": the rocket attack was no more in X than the raid was where it hit)
                # of the events just told, the one of the same kind ("Iran fired missiles at a base
                # and the US struck Iran. The barrage used 19 missiles."): its place, not the last one's
                kin = next(
                    (e for e in reversed(self.events[-3:]) if compatible(e.type, c.type) and e.s_idx == last.s_idx),
                    last,
                )
                if kin.type == "threat_statement":
                    # a threat's place is the speaker's or the threatened party's, no scene: the
                    # attack told before it lends its place ("... attacks in X. Biden warned Iran.
                    # American jets struck back on May 3")
                    told = [e for e in self.events if e.type != "threat_statement"]
                    kin = next(
                        (e for e in reversed(told) if e.type == c.type),
                        next((e for e in reversed(told) if compatible(e.type, c.type)), told[-1] if told else kin),
                    )
                scene_lent = self._scene(c)
                lent = scene_lent or (None if kin.type == "threat_statement" else kin.place)
                if scene_lent is None and lent is not None and _at_launchers(self.art.text, c):
                    # "Rockets hit a post near X. Jets later hit the launchers used": the launchers stand
                    # where the attack came from, its origin's country when told, never at its target
                    fired = next((e for e in reversed(self.events) if e.type != "interception" and e.place == lent), kin)
                    home = self.art.lexicon.countries.get(fired.origin or self._doers_home(fired) or "")
                    lent = None if home is None or home.name == lent.country else country_place(home, c.pos, c.pos)
                elif scene_lent is None and lent is not None and struck_back(self.art.text, c, later=True) and _post_of(lent):
                    # "A drone hit the X outpost. Washington answered with strikes on militia targets": the
                    # answer lands on the attackers, never on the post attacked, nor in its country: in the
                    # home of the one armed group its clause names after the event word, when told
                    lent = self._targets_home(c)
                if (
                    scene_lent is None
                    and lent is not None
                    and c.s_idx > last.s_idx
                    and _aims_at_another_site(self.art.text, c, lent)
                ):
                    # "A bomb went off at the X base in Mogadishu. Hours later, mortars hit the presidential
                    # palace": another site of the town, which is all the base's place lends
                    lent = _its_town(self.art.text, lent)
                if scene_lent is None and lent is not None and _history_after_news(self.art, c, last):
                    lent = self._recalled_place(c, lent)
                changes["place"] = self._tally_of_the_country(c, last, lent)
            c = replace(c, **changes)
        elif c.place is None and not TOLD_ELSEWHERE.search(self.art.text, *c.clause):
            # "X was the scene of a four-hour attack. Gunmen stormed a hotel.": with no event told
            # just before, the place the sentence before names is where the event is; else a site
            # referred back to by its kind ("a year ago a shooting at the shrine killed ten") is the
            # one of that kind named before. An event told with neither a day of its own sentence nor a
            # toll, far from any event, takes that place only from a sentence that sets the scene, telling
            # the day as well ("X's port was quiet on Sunday. Two drones were downed near the ship"): else
            # it is what a clip showed, a habit or background ("A clip was posted from X. In it, men fire
            # on a crowd"; "the militia keeps shelling towns over the frontier"), and the place is no scene
            own = (
                c.date_q >= 2
                or c.killed is not None
                or c.injured is not None
                or self._scene_date(c) is not None
                or self._incident_reported_before(c)
                # "IDF troops operating in X spotted armed men. The troops struck them": the troops told there
                # again as the doers carry on that sentence's scene
                or (bool(c.actors) and force_retold(self.art, self.art.sentences[c.s_idx].start, c.pos) is not None)
            )
            c = replace(c, place=(self._scene(c) if own else None) or self._site_told_before(c))
        elif c.place is not None and c.place.rank <= 1 and c.type != "threat_statement":
            # "Sirens wailed in Xville. Rockets were fired at Ruritania": the town the sentence just before
            # names, in the same paragraph and after the last event, narrows an event told in its country
            spot = self._scene(c)
            if spot is not None and spot.rank >= 3 and spot.country == c.place.country:
                c = replace(c, place=spot)
        return c, scene_lent

    def _retold(self, c: Cand, last: Cand | None, scene_lent: Place | None) -> bool:
        """Merges ``c`` into the event it tells again, if any: the munitions of the air raid just told, its
        site or doers named again, or an event of the same kind, day and place told before."""
        if self.last_i is not None and _munitions_of_air(self.art, self.last, c):
            self._merge(self.last_i, c)
            return True
        if self.last_i is not None and site_retold(
            self.art, self.last, self.told_at.get(self.last_i, self.last.s_idx), c
        ):
            # "Militants attacked a post in X. The post, at Y, came under fire on Saturday": the site
            # told loosely, named again by its kind with its spot and day, is the same attack's
            self._merge(self.last_i, c)
            return True
        if self.last_i is not None and doers_retold(
            self.art, self.last, self.told_at.get(self.last_i, self.last.s_idx), c
        ):
            # "Bandits raided villages in X. The attackers opened fire on residents ...": the doers named
            # again by their role tell the same raid on (a list of its villages narrows it to none)
            self._merge(self.last_i, replace(c, place=None) if listed_places(self.art, c) else c)
            return True
        for i in range(len(self.events) - 1, -1, -1):
            old = self.events[i]
            if self._retells(old, c, last, scene_lent):
                self._merge(i, c)
                return True
        return False

    def _retells(self, old: Cand, c: Cand, last: Cand | None, scene_lent: Place | None) -> bool:
        """``c`` tells event ``old`` again: a kind of the same family (or unnamed means), another sentence or
        the very same place, the same day (or an undated retelling), the same place, toll or count, and
        nothing telling it apart (a new event, a tally, the doer struck back, other doers)."""
        return bool(
            # the same kind of event, told in the same or another outlet's words ("drone strike",
            # "air strike")
            # an attack by unnamed means at the same place and day retells a known one
            (
                compatible(old.type, c.type)
                or _unnamed_means(c)
                # "Missiles hit X, killing five. The enemy struck homes there, the mayor said.": a strike
                # told on the story's day by no named party, with no means of its own, is that attack again
                or (c.inherited and not c.actors and _guessed_air(self.art, c) and _attack(old))
                or (_unnamed_means(old) and _attack(c))
                or (_blast(old) and _from_the_air(c) and _same_spot(old, c))
                or _blast_of(old, c)
                # "Gunmen attacked the base ... A drone hit its barracks": the weapon told names the means
                or _means_of_guessed_fight(self.art, old, c)
            )
            # within one sentence only a repeat at the very same place ("attacked a base ... before
            # storming the compound") is the same event
            and (
                old.s_idx != c.s_idx
                or (old.place is not None and c.place is not None and old.place.name == c.place.name)
            )
            # the same day, or an undated retelling of a known event ("the base was hit by three rockets")
            and (
                old.date == c.date
                or (c.date is None and c.place is not None and c.place.rank >= 3)
                # an airspace step lies over a whole country: told again undated, it is retold
                or (c.date is None and c.kind == old.kind == "airspace")
                or (c.date is None and _retold_by_country(old, c))
                or (c.date is None and _specified(old, c))
                # a headline or lead told undated, dated when retold at the very same place
                # or at the spot within the country or province it named
                # (a month or season is background told at the same place, not the lead's day)
                # (not an earlier one the story recalls: "the port was last hit on July 21")
                or (
                    old.date is None
                    and _short(c.date)
                    and not _recalled(self.art, c)
                    and (_same_named_place(old, c) or _specified(old, c))
                )
                or (_same_count(old, c) and _overlap(old.date, c.date))
                or _night_before(self.art, old, c)
                or (c.date is None and _blast_of(old, c))
                # "the first time this year that troops downed a drone": a span of months
                # around a known day at the same spot tells that day's event again
                or _around(c.date, old.date)
            )
            and (
                same_place(old.place, c.place)
                # "... a gunfight in X district. Troops were searching the Y area. The militants opened
                # fire, triggering the gunfight": the fight told on with no place or day of its own, right
                # after it, at a spot the sentence between names, the gazetteer may not place in X
                or (scene_lent is not None and old is last and c.place is scene_lent and _spot_within(old.place, scene_lent))
                or _retold_by_country(old, c)
                or (_retold_by_country(old, c, any_type=True) and _means_of_guessed_fight(self.art, old, c))
                or _specified(old, c)
                or _same_toll(old, c)
                or _same_count(old, c)
                or _blast_of(old, c)
            )
            and not NEW_EVENT.search(self.art.text, *c.clause)
            and not came_after(self.art.text, c)
            and not (c.s_idx > old.s_idx and told_later(self.art, c))
            # ("attacked two posts in Niger. One attack hit a post near X": one of the attacks, at its
            # own spot, not the whole told again there)
            # (or a region: "attacked two police stations in X district. One attack hit a post in Y")
            and not self._part_at_its_own_town(c, old)
            # ("nine were killed in two separate attacks in X. ... gunmen attacked a post in Y": one of
            # the events the tally counts, not the tally told again)
            and not tallied(self.art, old)
            and not new_site_tolled(self.art, old, c)
            and not aimed_at_the_doer(self.art, old, c)
            and not self._struck_back_at(c, old, later=True)
            # ("The army's counter-attack on Sunday killed 12": the answer to Saturday's attack, not it retold)
            and not _answer_on_its_own_day(self.art.text, c, old)
            and _counts_agree(old, c)
            # ("A missile hit X, killing two. Russia fired 40 missiles at Y overnight": the night's tally told
            # after one weapon's hit at a town is no retelling of that hit)
            and not (one_of_a_barrage(c, old) and old.place is not None and old.place.rank >= RANK["city"])
            and not told_earlier(self.art, old, c)
            # (named doers none of the other's, at no place named alike, tell another event: "X fighters
            # clashed near a dam. In Z province, W gunmen ambushed a patrol")
            and not (_other_doers(old, c) and not _same_named_place(old, c))
            # (a sky closed and debris that fell on a town are two events, not one told twice)
            and (old.kind == "airspace") == (c.kind == "airspace")
        )

    def _whole_told(self, c: Cand) -> Cand | None:
        """The event of the last two sentences ``c`` is told as a part of: "One missile struck X", "Another hit
        Y" after an attack of the kind, or "Another 14 were downed" after an interception."""
        last = self.last
        if (
            last is not None
            and 0 <= c.s_idx - last.s_idx <= 2
            and (c.type == "other" or (c.type == "air_strike" and c.weapon_class is None))
            and c.kind == "strike"
            and last.kind in ("strike", "shell")
            and one_of_them(self.art.text, c)
        ):
            # "Jihadists attacked two posts. One attack hit X, while another hit Y": an attack of untold means
            # (or a blow from the air only guessed, no weapon named: "the other struck Y" after a shelling), of
            # the kind told; not one typed by its own doers ("a second attack by gunmen": a fight)
            return last
        if last is None or not 0 < c.s_idx - last.s_idx <= 2:
            return None
        if not last.actors:
            return None
        if not compatible(last.type, c.type) and not (
            # (its weapon named generically: "guided bombs" told, then "one bomb")
            c.type == "explosion"
            and any(o == x or o.endswith(" " + x) for x in c.objects for o in last.objects)
            and one_of_them(self.art.text, c)
        ):
            return None
        if c.type == "interception":
            return last if counted_more(self.art.text, c) else None
        return last if one_of_them(self.art.text, c) else None

    def _going_on(self, c: Cand) -> DateSpan | None:
        """The days of the event just told when the candidate says it is still going on a day or two
        later ("still", "continued", "ongoing"), of the same kind at the same or no place: from its
        first day to the candidate's."""
        last = self.last
        if (
            last is None
            or c.date is None
            or last.date is None
            or c.s_idx - last.s_idx > 3
            or not compatible(last.type, c.type)
            or not (c.place is None or same_place(last.place, c.place))
            or not 0 < (c.date.end - last.date.end).days <= 2
        ):
            return None
        return DateSpan(last.date.start, c.date.end, "range") if _STILL.search(self.art.text, *c.clause) else None

    def _supports(self, c: Cand) -> bool:
        """ "Troops attacked rebel positions near X on Monday. Their artillery shelled X.": fire at the
        same place, told undated right after a ground battle, is part of that battle (by either side:
        both fight in it); "Jets struck a house in X. Meanwhile, artillery struck targets in the area."
        is fire of another kind sent to the same spot, one bombardment."""
        last = self.last
        if last is None or c.date_q >= 3 or c.s_idx - self.art.sentence_index(last.evidence[1] - 1) != 1:
            return False
        if last.type == "armed_clash" and c.type in ("shelling", "air_strike"):
            if c.place is None:
                # (fire told in a quarter of the country, "air strikes in the north", is sent there, not to the battle)
                return not country_part(self.art, *c.clause)
            return last.place is not None and c.place.name == last.place.name
        return (
            last.type in ("air_strike", "drone_attack", "shelling")
            and c.type in ("air_strike", "drone_attack", "shelling")
            and c.type != last.type
            and bool(_THE_AREA.search(self.art.text, *c.clause))
        )

    def _cause_told_after(self, c: Cand) -> bool:
        """ "Shelling killed 12 in X, officials said, after Pakistani guns opened fire on villages on the Indian
        side": the same blow told again in its own sentence by what set it off, one type, at the event's town or
        only in its country, with no toll of its own, is that event (its doer told), not a second one."""
        last = self.last
        if last is None or last.s_idx != c.s_idx or last.type != c.type or c.killed is not None or c.injured is not None:
            return False
        if not _AFTER_OPENS.match(self.art.text, c.clause[0], c.pos) or last.place is None:
            return False
        return c.place is None or same_place(last.place, c.place) or (c.place.rank <= 1 and c.place.country == last.place.country)

    def _launch_told_first(self, c: Cand) -> int | None:
        """The index of the body's first event when it is a launch of the weapons the interception ``c`` downed,
        told by reference ("The missiles were fired from X") with nothing told before it to refer to (its
        referent is the headline's), at most three sentences before ``c``."""
        if len(self.events) != 1:
            return None
        launch = self.events[0]
        if c.s_idx - launch.s_idx > 3 or not _launch_of_downed(launch, c):
            return None
        return 0 if _overlap(launch.date, c.date) else None

    def _toll_of_the_downed(self, c: Cand) -> bool:
        """An attack referred to by its determiner, with a toll and no day or place of its own, told in the
        sentence after an interception of its weapons (no other event told since): the attack those weapons
        were fired in."""
        last = self.last
        return (
            last is not None
            and last.type == "interception"
            and (c.killed is not None or c.injured is not None)
            and c.date is None
            and c.place is None
            and 0 <= c.s_idx - last.s_idx <= 1
            and c.type in ("air_strike", "missile_attack", "rocket_attack", "drone_attack")
            and (c.weapon_class is None or last.weapon_class in (None, c.weapon_class))
        )

    def _toll_of_the_repelled(self, c: Cand) -> Cand:
        """ "Jets fired missiles at X. One soldier was killed and five wounded while repelling the attack": the
        defenders' dead and wounded are the attack's, told again, not the interception's (which had shown a
        toll the attack lacked)."""
        first = self._toll_told_first(c)
        if (c.killed is None and c.injured is None) or not (
            first or _HURT_REPELLING.search(self.art.text, c.clause[0], max(c.clause[1], c.evidence[1]))
        ):
            return c
        for i in range(len(self.events) - 1, max(-1, len(self.events) - 4), -1):
            old = self.events[i]
            # (told within the three sentences before, or told more of there: "Following the strike, ...")
            if old.type in ("interception", "threat_statement", "crash") or c.s_idx - max(old.s_idx, self.told_at.get(i, -1)) > 3:
                continue
            self.events[i] = replace(
                old,
                killed=old.killed if old.killed is not None else c.killed,
                injured=old.injured if old.injured is not None else c.injured,
            )
            if first and c.place is not None and c.place.start < c.pos:
                # (and the spot told with those dead is theirs: the planes were downed over the country)
                c = replace(c, place=self._whole_country(c.place))
            return replace(c, killed=None, injured=None)
        return c

    def _toll_told_first(self, c: Cand) -> bool:
        """The interception's sentence tells a toll before its event word ("the army said 31 civilians were
        killed, 13 of them at a mosque, and that its jets had downed five planes"): the dead of the strikes told
        before, not of the downing."""
        start = self.art.sentences[c.s_idx].start
        return any(k or i for _, k, i in casualties.find(self.art.text, start, c.pos))

    def _barrages_before(self, c: Cand) -> Iterator[Cand]:
        """The placed attacks by missile, rocket or drone among the last three events, latest first, that the
        interception ``c`` may have stopped: of its weapon, told within two sentences before it."""
        for old in reversed(self.events[-3:]):
            if old.type not in ("missile_attack", "rocket_attack", "drone_attack") or old.place is None:
                continue
            if c.weapon_class and old.weapon_class and c.weapon_class != old.weapon_class:
                continue  # what was shot down is not what that attack fired
            if c.s_idx - self.art.sentence_index(old.evidence[1] - 1) > 2:
                return
            yield old

    def _stopped(self, c: Cand) -> Cand:
        """ "Iran fired 19 missiles at Al Udeid. Qatar's air defences intercepted them.": an interception
        told after an attack on a spot in the interceptor's country happened over that spot, that day."""
        for old in self._barrages_before(c):
            own = c.place
            if own is not None and (own.rank > 1 or own.country != old.place.country or old.place.rank <= 1):
                return c
            if c.date is None and _new_after_history(self.art, c, old):
                return replace(c, place=self._countrys_tally(c, old))  # a new salvo's, not a salvo of history's
            return replace(c, place=self._countrys_tally(c, old), date=c.date or old.date, date_q=c.date_q or 1)
        if c.date is None and c.date_kind == "" and c.weapon_class:
            # "Later the army said most of the missiles had been intercepted": told further on, the
            # interception still falls on the day of the attack with those weapons
            for old in reversed(self.events):
                if old.type != "interception" and old.weapon_class == c.weapon_class and old.date is not None:
                    return c if _new_after_history(self.art, c, old) else replace(c, date=old.date, date_q=1)
        return c

    def _target_defends(self, c: Cand) -> Cand:
        """ "Iran launched 100 missiles at Israel. Most were intercepted by air defences.": an interception
        naming no stopper, over the country a barrage told just before was aimed at, is that country's own air
        defences at work (GUIDE: the interceptor is the actor); one over a third country stays unnamed."""
        if c.actors or c.place is None or c.place.country is None:
            return c
        for old in self._barrages_before(c):
            target = old.place.country
            if (
                target != c.place.country
                # (only a barrage aimed at a whole country: a spot struck may have defences of others near it)
                or old.place.rank > 1
                or old.place.role not in ("loc", "dest")
                or target not in self.art.lexicon.countries
                or target in old.actors
                or self._doers_home(old) == target
            ):
                return c
            return replace(c, actors=(target,))
        return c

    def _aimed_where_stopped(self, c: Cand) -> None:
        """ "Rebels fired 30 rockets on Monday. Most were intercepted over X.": an attack told with no place,
        whose weapons an interception told right after stopped over a place, was aimed there (untold, its
        scene would be lost with it)."""
        if c.place is None or c.place.rank <= 1 or not self.events:
            return
        at = len(self.events) - 1
        old = self.events[at]
        if old.type not in ("missile_attack", "rocket_attack", "drone_attack") or old.place is not None:
            return
        if c.weapon_class and old.weapon_class and c.weapon_class != old.weapon_class:
            return  # what was shot down is not what that attack fired
        if not 0 <= c.s_idx - self.art.sentence_index(old.evidence[1] - 1) <= 1:
            return
        self.events[at] = replace(old, place=replace(c.place, role="loc"))

    def _doers_home(self, c: Cand) -> str | None:
        """The one country the doers of ``c`` belong to, by the lexicon's entries named in its evidence."""
        homes = set()
        for m in self.art.mentions_in(*c.evidence):
            e = m.of("actor")
            if e is not None and e.name in c.actors and e.country:
                homes.add(e.country)
            elif (e := m.of("country")) is not None and e.name in c.actors:
                homes.add(e.name)
        return homes.pop() if len(homes) == 1 else None

    def _targets_home(self, c: Cand) -> Place | None:
        """The country of the one armed group named after ``c``'s event word, not its doer ("strikes on
        facilities used by Kataib Hezbollah": Iraq)."""
        homes = set()
        for m in self.art.mentions_in(c.pos, c.clause[1]):
            e = m.of("actor")
            if e is not None and e.sub == "armed_group" and e.country and e.name not in c.actors:
                homes.add(e.country)
        country = self.art.lexicon.countries.get(homes.pop()) if len(homes) == 1 else None
        return None if country is None else country_place(country, c.pos, c.pos)

    def _recalled_place(self, c: Cand, lent: Place) -> Place | None:
        """Where an event of long before, told after the news (_history_after_news), happened: a war's start
        at no scene; an attack told as a new one ("Drones struck X on Sunday. A drone strike in January 2024
        killed 12") only in the spot's country, as a careful reader knows no more of it. The spot stays for one
        told at it again ("a strike there", "the base was hit"), one referred back to, and harm done to people
        ("a missile killed two residents"), who are most often the spot's own."""
        if _fight_of_history(c):
            return None
        if c.kind == "harm" or c.anaphor or c.event_ref or _AT_IT_AGAIN.search(self.art.text, *c.clause) or _THE_SITE.search(self.art.text, *c.clause):
            return lent
        return self._whole_country(lent)

    def _whole_country(self, p: Place) -> Place:
        """The country a place lies in, as a place told where ``p`` is told; ``p`` itself when its country is unknown."""
        country = self.art.lexicon.countries.get(p.country or "")
        return p if country is None else country_place(country, p.start, p.end)

    def _countrys_tally(self, c: Cand, old: Cand) -> Place | None:
        """Where an interception told after an attack on a spot lies: that spot, save for a tally of tens of
        weapons stopped, more than the attack counted, naming no stretch of ground ("over the city"): "A missile
        hit a hospital in X. The air force said 32 drones and three missiles were shot down" is the whole
        country's air defences at work, not the town's (GUIDE: a country-level event has the country as both)."""
        p = old.place
        told = max((n for n in (c.count, self._salvo_shared(c)) if n is not None), default=None)
        if (
            p is None
            or p.rank <= 1
            or told is None
            or told < _COUNTRY_TALLY
            or old.count is None
            or told <= old.count
            or _OVER_A_STRETCH.search(self.art.text, *c.clause)
        ):
            return p
        return self._whole_country(p)

    def _salvo_shared(self, c: Cand) -> int | None:
        """The size of the salvo an interception stopped a share of ("most of the roughly 80 missiles")."""
        m = _SHARE_OF_SALVO.search(self.art.text, *c.clause)
        return int(m.group("n").replace(",", "")) if m else None

    def _anchor_date(self, c: Cand) -> Cand | None:
        """Relative dates counted from the events before; None for an aggregate over months."""
        if c.date is None and c.date_kind.startswith("offset:"):
            # "A day earlier, ..." counts from the last incident dated to a day or a night (a month or an
            # aggregate's stretch, "600 strikes between October 2021 and March 2023", fixes no day to count from)
            anchor = next((e.date for e in reversed(self.events) if e.date and (e.date.end - e.date.start).days <= 1), None)
            if anchor is not None:
                c = replace(c, date=offset_span(anchor.start, c.date_kind), date_q=3)
        if c.kind == "airspace" and c.date is None and c.date_kind == "":
            # "In the aftermath of the strikes, airspace was closed": a closure told without a day
            # answers the attack told before it, whose day it takes: the latest told, not background.
            told = [e.date for e in self.events if e.date and e.type != "threat_statement"]
            anchor = max(told, key=lambda d: d.end, default=None)
            if anchor is not None:
                c = replace(c, date=anchor, date_q=1)
        if c.date_kind == "since" and c.date is None:
            start = next((e.date.start for e in reversed(self.events) if e.date), None)
            if start and self.art.published and start <= self.art.published:
                c = replace(c, date=DateSpan(start, self.art.published, "range"), date_q=2)
        if c.date and (c.date.end - c.date.start).days > 45:
            # A span of months is an aggregate ("dozens of drones in late 2023"), not an event.
            if c.anaphor:
                now = self.art.published or self.art.reference or max((e.date.end for e in self.events if e.date), default=None)
                if _named_past(c, now):
                    # "the Beirut barracks bombing in 1983": a past event named with its own year and
                    # spot, long before the report, refers to nothing told before it
                    return replace(c, anaphor="")
                return replace(c, date=None, date_q=0)
            vague = _vague_count(self.art.text, *c.clause)
            if (
                vague
                or c.date_kind == "since"
                or (c.date_kind == "period" and (c.place is None or c.place.rank <= 1))
            ):
                return None  # a named place and a year ("in 2019 ... at Abqaiq") is still one event
        return c

    def _kin_in_its_country(self, c: Cand, last: Cand) -> Cand:
        """The event that lends an undated one told after it its day: the last told, but of the events its
        sentence told, the one in the country where the undated one is placed ("Jets struck X in Zedland on
        Saturday, answering Yarrow's barrage on Ruritania on May 1. Zedland's air defences said they stopped
        the attack on sites near Y": Saturday's, not the barrage's day)."""
        if c.place is None or not c.place.country or last.place is None or last.place.country in (None, c.place.country):
            return last
        return next(
            (
                e
                for e in reversed(self.events)
                if e.s_idx == last.s_idx
                and e.date is not None
                and e.place is not None
                and e.place.country == c.place.country
                and e.type != "threat_statement"
            ),
            last,
        )

    def _tally_of_the_country(self, c: Cand, last: Cand, lent: Place | None) -> Place | None:
        """The place an unplaced event takes from the story, but its country for a toll counted since a day
        before the event told last, naming no place of its own ("Jets hit a depot in X on Sunday. The
        ministry said 90 had died in the raids since Thursday"): dead of the days before, wherever they
        fell in that country, not at the town of that day's strike. An event told over the whole country ("shot
        down 32 drones over the country", "across the country") is the country's too."""
        if lent is not None and lent.rank > 1 and _COUNTRYWIDE.search(self.art.text, *c.clause):
            return self._whole_country(lent)
        if lent is not None and lent.rank >= RANK["city"] and BY_A_BORDER.search(self.art.text, *c.clause):
            # "A second drone was downed near the border": a stretch of the country's edge, as written, no
            # part of the town told before
            edge = [p for p in border_told(self.art, *c.clause) if p.role == "loc"]
            return edge[0] if edge else self._whole_country(lent)
        if (
            lent is None
            or lent.rank <= 1
            or c.date_kind != "since"
            or c.date is None
            or last.date is None
            or (c.killed is None and c.injured is None)
            or c.date.start >= last.date.start
        ):
            return lent
        return self._whole_country(lent)

    def _after_history(self, c: Cand, prev: int) -> bool:
        """ "Sirens sounded in X when the first rockets flew in October 2023. Hours before the ceremony a
        rocket was intercepted": an event its own sentence sets at a time of its own, after a sentence
        that recalls a day of history, is no part of that history and takes neither its day nor its place."""
        if not _OWN_TIME.search(self.art.text, self.art.sentences[c.s_idx].start, c.pos):
            return False
        s = self.art.sentences[prev]
        return any(d.span and _history_day(self.art, d.span) for d in self.art.event_dates_in(s.start, s.end))

    def _scene(self, c: Cand) -> Place | None:
        """ "Sirens sounded in Kissufim. Two rockets were fired from Gaza": a place the sentence just
        before names, in the same paragraph and after the last incident, is where an unplaced event is;
        when that sentence names no place at all, the one before it ("Fighting broke out in Xville. The
        rebels say they lost ten men. Troops fired on them"), in the same paragraph and after the last
        incident too."""
        prev, numbered = self._point_before(c.s_idx)
        last = self.last
        if prev < 0 or (last is not None and prev <= last.s_idx) or self._after_history(c, prev):
            return None
        if prev in self.toll_sentences:
            # "India struck nine sites. Pakistan said 26 died at six of them, including a mosque in X. It said it
            # downed five jets": where the dead of the event told were is no scene of the next one
            return None
        s, p = self.art.sentences[prev], self.art.sentences[c.s_idx]
        if s.paragraph == p.paragraph or (numbered and p.paragraph == s.paragraph + 1):
            # (a sentence that names a place only as an aim's ground sets no scene: "the allies said their
            # aim is to restore calm in X. Jets struck 60 targets" tells no strike in X)
            named = [pl for pl in places_in(self.art, s.start, s.end) if not aim_ground(self.art, pl)]
            spot = best_place([pl for pl in named if pl.role == "loc"]) or best_place(
                [pl for pl in named if pl.role == "ref" and not pl.distant and pl.rank >= 3]
            )
            if spot is None and prev >= 1 and not any(pl.role in ("loc", "ref") for pl in named):
                spot = self._scene_two_back(prev - 1, p.paragraph)
            return spot
        if last is not None or not _THE_SITE.search(self.art.text, *c.clause):
            return None
        # "Sunday was a dark day for the X Church in Y. || Gunmen attacked the church": across paragraphs,
        # the story's first event told at a site referred back to by its kind is at the spot the
        # paragraph before names (a town or a site in one, not a whole country)
        spot = best_place([pl for pl in places_in(self.art, s.start, s.end) if pl.role == "loc"])
        return spot if spot is not None and spot.rank >= 3 else None

    def _scene_two_back(self, at: int, paragraph: int) -> Place | None:
        """The scene the sentence ``at`` names (two before the event's, the one between naming no place),
        when it lies in the event's paragraph after the last incident: measured, looking further back
        brought the checks a false event and nothing true."""
        last = self.last
        s = self.art.sentences[at]
        if s.paragraph != paragraph or (last is not None and at <= last.s_idx):
            return None
        return best_place([pl for pl in places_in(self.art, s.start, s.end) if pl.role == "loc"])

    def _site_told_before(self, c: Cand) -> Place | None:
        """ "Gunmen attacked the X shrine on Sunday. ... Last year a shooting at the shrine killed ten.": an
        unplaced event at a site told by its kind alone ("the shrine", "the base") is at the place of that
        kind named last before it, however far back (a name that holds the kind's word or is followed by it:
        "the X shrine", "X airport"; places._site_named_before looks a few sentences back for any event)."""
        own_day = (c.date is not None and c.date_q >= 3) or (c.date is None and c.date_kind == "unresolved")
        m = _THE_SITE.search(self.art.text, *c.clause) if own_day else None
        if m is None:
            return None  # (only an event told with a day of its own: an undated one is a retelling)
        kind = m.group(1).lower()
        for i in range(c.s_idx - 1, -1, -1):
            s = self.art.sentences[i]
            spots = [p for p in places_in(self.art, s.start, s.end) if p.role == "loc" and p.rank >= 3]
            named = [p for p in spots if of_the_kind(self.art, p, kind)]
            if named:
                return named[-1]
            # "the airport in the northern city of X", no site named: the town the site of that kind lies in
            named = [p for p in spots if _kind_before(self.art.text[max(0, p.start - 60) : p.start], kind)]
            if named:
                return named[-1]
        return None

    def _one_side(self, old: Cand, c: Cand) -> bool:
        """Two threats against one party by speakers of one home ("Nasrallah threatens Cyprus. Later the head of
        Hezbollah also threatened Cyprus"): a leader and his group, or a state and its minister, told again. A
        leader's threat beside the one he made for the party he leads ("Qassem said the group would respond ...
        He warned ...") is that one told on, whatever it names (not the party's own statement: "Hezbollah said
        ... Qassem warned" are two)."""
        leads = self.art.lexicon.leads
        for party, leader in ((old, c), (c, old)):
            if party.actors and leader.actors and leads.get(leader.actors[0]) == party.actors[0]:
                s = self.art.sentences[party.s_idx]
                if any(actor_name(m) == leader.actors[0] for m in self.art.mentions_in(s.start, s.end)):
                    return True
        if not (old.actors and c.actors and old.objects and c.objects) or set(old.objects).isdisjoint(c.objects):
            return False
        home = self.art.lexicon.actor_country
        a, b = old.actors[0], c.actors[0]
        return (home.get(a) or a) == (home.get(b) or b)

    def _speech_day(self) -> DateSpan | None:
        """The day of a statement told without one: it answers the events told before it and is
        reported at once, so the day of publication; without one, the day of the latest event told."""
        pub = self.art.published
        told = [e.date for e in self.events if e.date and e.type != "threat_statement"]
        if pub is not None:
            latest = max(told, key=lambda d: d.end, default=None)
            if latest is not None and timedelta(0) <= pub - latest.start <= timedelta(days=1):
                return DateSpan(latest.start, pub, "range")  # "Iran fired on Tuesday. Israel vowed ..."
            return DateSpan(pub, pub, "day")
        latest = max(told, key=lambda d: d.end, default=None)
        return DateSpan(latest.end, latest.end, "day") if latest is not None else None

    def _other_weekday(self, c: Cand, day: DateSpan) -> bool:
        """The event's own sentence names weekdays, and the day told elsewhere is none of them nor the eve
        of one ("a drone hit the tanker, officials said Tuesday" under a caption's Saturday date): the
        sentence tells of another day than that one."""
        s = self.art.sentences[c.s_idx]
        named = {WEEKDAY_NUMBERS[w.group().lower()] for w in WEEKDAY_IN.finditer(self.art.text, s.start, s.end)}
        if not named:
            return False
        days = {(day.start + timedelta(days=k)).weekday() for k in range(min((day.end - day.start).days, 6) + 1)}
        return not any(wd in days or (wd - 1) % 7 in days for wd in named)

    def _lead_day(self, c: Cand) -> DateSpan | None:
        """The story's first event told undated: the day the text told before it, when every day it told
        before it is that one (or the day after: a caption's release day)."""
        if self.events:
            return None
        s = self.art.sentences[c.s_idx]
        told = [
            d.span
            for d in self.art.event_dates_in(0, s.start)
            if d.span
            and (d.span.end - d.span.start).days <= 1
            and not self.art.in_dateline(d.start)
            and not self._bare_caption(d.start)
            and not rite_day(self.art, d)
        ]
        if not told or (max(d.end for d in told) - min(d.start for d in told)).days > 1:
            return None
        ref = self.art.reference
        last = told[-1]
        return last if ref is None or last.start <= ref else None

    def _bare_caption(self, pos: int) -> bool:
        """A line of a title's form that names no event ("the ship's last position, March 8 (Tracker)"): a
        caption's day is the picture's, not the event's (one naming an event is its day: "smoke rises over X
        after a strike, March 8")."""
        i = self.art.sentence_index(pos)
        s = self.art.sentences[i]
        return title_shaped(self.art, i) and not self.art.triggers_in(s.start, s.end)

    def _incident_reported_before(self, c: Cand) -> bool:
        """ "A report was received of an incident 40NM west of X. The vessel was hit by a projectile.": a notice
        that an incident was reported, in the sentence just before and the same paragraph, sets the scene of
        the event it goes on to tell, as a sentence giving the day does (no clip nor habit is told so)."""
        prev, numbered = self._point_before(c.s_idx)
        if prev < 0 or (self.last is not None and prev <= self.last.s_idx):
            return False
        s, p = self.art.sentences[prev], self.art.sentences[c.s_idx]
        same = s.paragraph == p.paragraph or (numbered and p.paragraph == s.paragraph + 1)
        return same and bool(_INCIDENT_REPORTED.search(self.art.text, s.start, s.end))

    def _point_before(self, i: int) -> tuple[int, bool]:
        """The sentence before sentence ``i``, and whether ``i`` opens a numbered point of a notice ("1. ...
        2. The vessel was hit", the number split off as a sentence of its own, each point on its own line):
        then the one before the number, as the points are one notice."""
        sentences = self.art.sentences
        numbered = i >= 2 and bool(_NUMBERED_POINT.fullmatch(self.art.text, sentences[i - 1].start, sentences[i - 1].end))
        return i - 1 - numbered, numbered

    def _scene_date(self, c: Cand) -> DateSpan | None:
        """ "Sirens sounded across the north on Friday. A drone was intercepted over the Galilee.": the
        date of the sentence just before, in the same paragraph and telling no event, is the event's; for
        the story's first event, also the lead's in the paragraph before."""
        prev = c.s_idx - 1
        last = self.last
        if prev < 0 or (last is not None and last.evidence[1] > self.art.sentences[prev].start):
            return None
        s, p = self.art.sentences[prev], self.art.sentences[c.s_idx]
        # (across a paragraph break only for the story's first event: the lead's day, "Air defences were
        # activated over the city early on Friday." told before the paragraph that tells what they downed)
        if s.paragraph != p.paragraph and (last is not None or p.paragraph - s.paragraph > 1):
            return None
        if self._after_history(c, prev):
            return None
        ref = self.art.reference
        found = [
            d
            for d in self.art.event_dates_in(s.start, s.end)
            if d.span
            and not self.art.in_dateline(d.start)
            and not self._bare_caption(d.start)
            and not rite_day(self.art, d)
            # "Hamas is to free them by Monday. Netanyahu warned ...": a day still to come is no scene
            and (ref is None or d.span.start <= ref)
        ]
        return found[0].span if len(found) == 1 and (found[0].span.end - found[0].span.start).days <= 2 else None

    def _referent(self, c: Cand) -> int | None:
        n = len(self.events)
        fired = self._last_fired(c)
        if fired is not None:
            return fired
        best, best_score = None, -1.0
        for age in range(n):
            i = n - 1 - age
            r = self.events[i]
            if (
                c.date_q >= 3
                and c.date_kind != "since"
                and not _overlap(c.date, r.date)
                # "X was hit, officials said Wednesday. The blast on Tuesday night ...": a reference by its
                # determiner told with the day before or after the referent's is that event (a night, and
                # the day it was reported), not an earlier one with nothing to refer to
                and not (c.anaphor == "definite" and _side_by_side(c.date, r.date))
                # "X killed 50 at a base, sources said on Wednesday. The attack began on Monday": a referent
                # dated only by when it was said (or the story's day) happened on or before that day, so the
                # reference's earlier day is its own
                and not (c.anaphor == "definite" and r.date is not None and r.date_q <= 1 and c.date.end <= r.date.start)
            ):
                continue
            if c.weak and not c.anaphor and r.date is None and c.date_kind.startswith("offset:-"):
                # "..., three days after opening raids on Yarrow": a loose mention dated as a
                # stretch before another day is the earlier start the story counts from, not the event
                # told before it with no day of its own (to which it would lend its day)
                continue
            if (
                r.type == "interception"
                and c.type not in ("interception", "crash")
                and c.anaphor != "perception"
                and not c.patient
                and not _launch_of_downed(c, r)
            ):
                continue  # "the strikes also hit a depot" points at the attack, not at its interception
            if (
                c.place
                and r.place
                and c.place.country
                and r.place.country
                and c.place.country != r.place.country
            ):
                continue
            if _other_town(c, r) and _placed_by_its_word(self.art.text, c) and not _by_dateline(self.art, r.place):
                continue
            if c.weak and not c.anaphor and c.actors and r.actors and set(c.actors).isdisjoint(r.actors):
                # "JNIM attacked a bridge near Gao. Ukrainian forces destroyed a bridge near X": a loose mention
                # with a doer of its own, none of the event's, refers to no event of another party
                continue
            if c.anaphor == "definite" and c.actors and r.actors and set(c.actors).isdisjoint(r.actors) and r.kind != "airspace":
                # (an airspace step's party closed its sky: "closed its airspace after the Iranian barrage" refers
                # to the barrage the step answers, told with it)
                # "Turkish drones struck X. || Y condemned the Israeli strike": a reference naming a doer of its own,
                # none of the event's, is to that doer's deed, not to the other party's event told before
                continue
            score = 0.0
            if compatible(c.type, r.type):
                score += 2
            if c.weapon_class and c.weapon_class == r.weapon_class:
                score += 1
            if (
                # "condemned the Iranian strike": a reference that names no weapon of its own, only its doer,
                # is to that doer's attack, whatever kind of strike was told nearer (its kind is a guess)
                c.anaphor == "definite"
                and not c.own_weapon
                and not c.plural
                and c.actors
                and r.actors
                and not set(c.actors).isdisjoint(r.actors)
                and r.type not in ("interception", "threat_statement")
            ):
                score += 3
            if c.date is not None and c.date_q >= 3 and r.date == c.date:
                score += 2
            if (
                c.place is not None
                and r.place is not None
                and c.place.rank >= 3
                and c.place.name == r.place.name
                and self.last is not None
                and self.last.place is not None
                and (self.last.place.rank <= 1 or not same_place(self.last.place, c.place))
            ):
                # "A shooting in Xtown. It came amid missiles fired at Ruritania. The gunmen in the attack in
                # Xtown fled": told at a town after an event told only in the country, a reference names the
                # event told at that town, not the country-wide one told last; so after one told at another
                # town ("struck X overnight, and a drone hit Y. One was killed in the X strike")
                score += 2
            if i == self.last_i:
                score += 0.5
            score -= 0.01 * age
            if score > best_score:
                best, best_score = i, score
        return best

    def _last_fired(self, c: Cand) -> int | None:
        """ "Air defences downed 57 drones over X. || Y sent 38 drones at Z. || 30 of the drones were shot
        down": the weapons an interception refers back to are the ones told last, so when the last event
        that names them is an attack that fired them, the interception is of its salvo (at its place and on
        its day), not a share of an earlier interception of the same kind of weapon."""
        if c.type != "interception" or c.anaphor not in ("partitive", "definite") or not c.weapon_class:
            return None
        if c.count is not None and any(
            r.type == "interception" and r.count == c.count and r.weapon_class in (None, c.weapon_class) for r in self.events
        ):
            # the very tally of an interception told before: that interception told again (one of another
            # weapon, "the first drone was downed" before "one of the rockets was stopped", is another)
            return None
        for i in range(len(self.events) - 1, -1, -1):
            r = self.events[i]
            if r.weapon_class != c.weapon_class and not any(c.weapon_class in o for o in r.objects):
                continue
            if r.type not in ("drone_attack", "missile_attack", "rocket_attack") or c.s_idx - r.s_idx > 2:
                return None
            if c.place and r.place and c.place.country and r.place.country and c.place.country != r.place.country:
                return None
            return i
        return None

    def _answered_by(self, c: Cand, ref: Cand) -> bool:
        """``c`` is the event ``ref`` answers, told after it in its sentence ("launched drones on Saturday
        in response to the strike on its consulate"): the strike referred to is the one answered."""
        return c.s_idx == ref.s_idx and ref.pos < c.pos and answer_before(self.art.text, ref.pos, c.pos) is not None

    def _whole_toll(self, c: Cand) -> Cand:
        """ "Russia fired 120 missiles at Ukraine. Seven were killed, including two in Lviv, where debris hit a
        building.": the whole toll is the attack's told over the country just before (when it has none), and the
        event at Lviv takes the share told there."""
        at = self.last_i
        if at is not None and self.events[at].type == "interception":
            # ("Russia fired 120 missiles. Ukraine said it shot down 104. Seven were killed, ...": the dead are
            # the attack's, told before its interception, not the interception's)
            at = next(
                (i for i in range(at - 1, -1, -1) if self.events[i].type != "interception" and c.s_idx - self.events[i].s_idx <= 2),
                at,
            )
        last = self.events[at] if at is not None else None
        if (
            last is None
            or not c.killed
            or c.place is None
            or last.s_idx >= c.s_idx
            or c.s_idx - last.s_idx > 2
            or (c.s_idx - last.s_idx > 1 and at == self.last_i)
            or last.killed is not None
            or last.place is None
            or last.place.rank > 1
            or last.place.country != c.place.country
        ):
            return c
        s = self.art.sentences[c.s_idx]
        told = share_of_toll(self.art.text, s.start, s.end, c.place)
        if told is None or told[0] != c.killed:
            return c
        self.events[at] = replace(last, killed=told[0])  # type: ignore[index]
        return replace(c, killed=told[1])

    def _struck_back_at(self, c: Cand, ref: Cand, later: bool = False) -> bool:
        """``c``, told after ``ref``, answers it ("A drone hit the base. US aircraft responded with strikes on
        militia sites"): a deed of its own, unless its doers did the earlier one too; with ``later``, a deed told
        after it on a target as well ("US aircraft later carried out strikes on three sites")."""
        return struck_back_at(self.art.text, c, ref, later)

    def _part_at_its_own_town(self, c: Cand, ref: Cand) -> bool:
        """ "Israeli aircraft struck targets in southern Lebanon. One of the strikes hit a depot near X, while a
        second targeted a launcher near Y": a part of the operation at a town of its own is its own event."""
        return (
            c.place is not None
            and ref.place is not None
            and c.place.rank >= RANK["city"]
            and (ref.place.rank < RANK["city"] or not same_place(c.place, ref.place))
            # (or a share of a barrage over a country: "Russia launched 50 drones at X. ... Two struck a depot in Y")
            and (one_of_them(self.art.text, c) or one_of_a_barrage(ref, c))
            # (a weapon of the volley that only came down astray, "a third rocket fell short near X", is its own)
            and not c.impact
        )

    def _merges(self, c: Cand, ref: Cand) -> bool:
        if self._part_at_its_own_town(c, ref):
            return False
        if ref.type == "threat_statement" and c.type != "threat_statement" and set(c.actors) - set(ref.actors):
            # "X vowed to retaliate against Y. || Y has stepped up sabotage": an act of another party told
            # after a threat is no part of the statement, nor its speaker
            return False
        if c.anaphor == "perception" and ref.type == "threat_statement" and c.type != "threat_statement":
            # "X warned of a crushing reply. || Blasts were heard near Y": a statement makes no sound; what was
            # heard is an event of its own, or nothing
            return False
        if c.anaphor == "perception" and c.kind == "clash" and c.place is not None and c.place.rank >= 2:
            # gunfire heard at another spot is not the sound of the event told ("heard in the next town")
            return ref.place is None or same_place(c.place, ref.place)
        if c.anaphor == "perception" and _heard_elsewhere(self.art, c, ref):
            return False
        if _toll_over_days(c, ref):
            return False
        if c.anaphor == "perception" or c.weak or c.type == "other" or c.patient:
            return True
        if c.type == "crash":
            return c.place is None or ref.place is None or c.place.name == ref.place.name
        if c.type == "threat_statement":
            return ref.type == "threat_statement"
        if _launch_of_downed(c, ref) or _launch_of_salvo(c, ref):
            return True
        if c.event_ref and "interception" not in (ref.type, c.type):
            return True  # "drones were also used in the attack": more of the attack referred to
        if c.anaphor == "definite" and not c.own_weapon and "interception" not in (ref.type, c.type):
            return True  # "the barrage", "the attack": a weaponless reference takes the referent's kind
        if not c.own_weapon and c.type in ("air_strike", "other") and ref.type != "interception":
            return True  # "the third struck an empty area": the referent's weapon did it
        return (compatible(c.type, ref.type) and c.anaphor != "partitive") or (
            # ("Another 14 were downed over Kharkiv": more of the kind, counted apart, not a share of the salvo)
            c.anaphor == "partitive" and c.type == ref.type and not counted_more(self.art.text, c)
        )

    def _sea_told_after(self, c: Cand, place: Place) -> Place:
        """ "A tanker was damaged off Somalia. || The tanker was crossing the Gulf of Aden then": an event placed
        only off a country's coast, told again in a sentence that names one sea and no other place as
        its scene, happened in that sea (which lies in no country)."""
        if self.art.words_before(place.start, 1) != ["off"]:
            return place
        s = self.art.sentences[c.s_idx]
        named = [p for p in places_in(self.art, s.start, s.end) if p.role == "loc"]
        seas = [p for p in named if p.rank == 2 and p.country is None and p.lat is not None]
        if not seas or any(p.country is not None for p in named):
            return place
        return seas[0]

    def _merge(self, i: int, c: Cand) -> None:
        ref = self.events[i]
        place = ref.place
        # (a sea told for the event stays its place: "off Hodeidah" or the port a ship was taken to, told
        # later, is beside it: a ship attacked at sea is placed at sea)
        at_sea = place is not None and place.rank == 2 and place.country is None
        if c.place is not None and not at_sea and (
            place is None
            or (
                (
                    c.place.rank > place.rank
                    or _spot_for_reference(place, c.place)
                    or _by_dateline(self.art, place)
                    or _part_of_the_quarter(place, c.place)
                )
                and (place.country is None or c.place.country in (None, place.country))
            )
        ):
            place = in_its_town(c.place, ref.place)
            if ref.place is not None and _part_of_the_quarter(ref.place, place):
                place = replace(place, within=ref.place.name)
            if place.country is None and ref.place is not None and ref.place.country:
                place = replace(place, country=ref.place.country)
        elif c.place is None and place is not None and place.rank <= 1:
            place = self._sea_told_after(c, place)
        date, date_q = (
            (c.date, c.date_q)
            if c.date is not None and (c.date_q > ref.date_q or (c.date_q >= 2 and _day_within(c.date, ref.date)))
            else (ref.date, ref.date_q)
        )
        if (
            (_unnamed_means(ref) and _attack(c))
            or (_blast(ref) and _from_the_air(c))
            or (_means_of_guessed_fight(self.art, ref, c) and not _bombers_with_no_blast(self.art, c))
            # "Russian strikes on Kyiv killed five. The attack involved ballistic missiles."
            or _means_of_guessed_air(self.art, ref, c)
        ):
            # "Bamako was hit by attacks ... Gunfire began at the school": the means, told later, type it;
            # so does a weapon told for an attack taken for a fight ("The attack was carried out with a drone")
            ref = replace(ref, type=c.type, weapon_class=c.weapon_class, kind=c.kind)
        same = c.type == ref.type
        evidence = ref.evidence
        # Evidence grows only over adjacent sentences, so it stays one verbatim slice.
        if c.s_idx > 0 and ref.evidence[1] >= self.art.sentences[c.s_idx - 1].end:
            evidence = (ref.evidence[0], max(ref.evidence[1], self.art.sentences[c.s_idx].end))
        self.events[i] = replace(
            ref,
            place=place,
            date=date,
            date_q=date_q,
            # (projectiles of untold kind counted in a retelling size the salvo told before, of whatever
            # weapon: "fired a barrage of rockets. || about 15 projectiles were fired")
            # (a part told as one of them, "One bomb hit a supermarket", counts itself, not the whole)
            count=c.count
            if (ref.count is None or _one_attack_counted(ref, c))
            and (same or _untold_kind_counts(c, ref))
            and not one_of_them(self.art.text, c)
            else ref.count,
            # ("closed its airspace after the Iranian barrage": the attack's doer took no airspace step)
            actors=ref.actors
            if ref.kind == "airspace" and c.kind != "airspace"
            # (a retelling's claim by the party already told as the doer adds nothing, as in claim_only)
            else ref.actors + tuple(
                a for a in _unique(c.actors)
                if a not in ref.actors and not _scene_state(ref, a) and a.removesuffix(" (claimed)") not in ref.actors
                # (nor a claim of an event another party is told to have done: "jets struck X. Y claimed the attack")
                and not (a.endswith(" (claimed)") and _done_by_another(ref))
            ),
            objects=ref.objects + tuple(o for o in _unique(c.objects) if o not in ref.objects and same),
            # ("The toll from the bombing rose to 20": the later, higher count of the same dead)
            killed=c.killed
            if ref.killed is None
            else casualties.higher_toll(ref.killed, casualties.risen_toll(self.art.text, self.art.sentences[c.s_idx].start, self.art.sentences[c.s_idx].end)),
            injured=ref.injured if ref.injured is not None else c.injured,
            attribution=ref.attribution or c.attribution,
            origin=ref.origin or c.origin,
            destination=ref.destination or c.destination,
            evidence=evidence,
        )
        self.last_i = i
        self.told_at[i] = max(self.told_at.get(i, c.s_idx), c.s_idx)


#: A night told by its own words: "last night", "overnight", "Saturday night", "late on Friday".
NIGHT = re.compile(r"\b(?:night|overnight|midnight|evening|pm|p\.m\.)\b", re.I)


#: Right before an event word, what sets it as the backdrop of another: "amid a barrage of", "amidst heavy".
_AMID_BEFORE = re.compile(r"\bamid(?:st)?\s+(?:[\w'’-]+\s+){0,3}$", re.I)


#: A toll told of those hurt while fighting off an attack told before: "killed while repelling the attack".
_HURT_REPELLING = re.compile(
    r"\b(?:killed|wounded|injured|died|hurt)\b[^.;]{0,60}?\b(?:in|when|while)\s+(?:repell?ing|repulsing|fending\s+off)"
    r"\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|strike|raid|assault|aggression)\b",
    re.I,
)


#: The types of a blow sent at a target.
_BLOWS = frozenset({"air_strike", "drone_attack", "missile_attack", "rocket_attack", "shelling", "explosion", "armed_clash"})
#: Right before a name after the event word: it names who acted, not the target ("were struck by X").
_AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.I)


def aimed_at_the_doer(art: Document, old: Cand, c: Cand) -> bool:
    """ "X shelled the city, killing 27 ... The air force struck X's positions east of the city": a blow
    aimed at the earlier event's own doer (named after its event word, not as the agent after "by") is
    the other side's answer, not that event told again. A fight's two sides both act in it, so a fight
    keeps the fire told after it; an attack only taken for a fight keeps none aimed at its attackers."""
    if _struck_the_attackers(art, old, c):
        return True
    if not old.actors or old.type == "armed_clash" or old.kind == "clash":
        return False
    if not {old.type, c.type} <= _BLOWS:
        return False  # (an interceptor, a threat's speaker or an airspace's state is no target of a blow)
    # (only doers told outright: a party the earlier event is blamed on, or that claimed it, named again after
    # the event word is the blame told again, "bore the hallmarks of a Taliban operation", not a target)
    doers = {a for a in old.actors if not a.endswith(")")}
    if not doers:
        return False
    for m in art.mentions_in(c.pos, c.clause[1]):
        if m.start <= c.pos or _AGENT_BY.search(art.text, max(c.clause[0], m.start - 12), m.start):
            continue
        if actor_name(m, adjectival=True) in doers:
            return True
    return False


#: Fighters as the object of a blow, by role not by name: "hit the attackers", "struck a column of fighters"
#: (a site of theirs, "the militants' base", is no such object).
_ATTACKERS_AFTER = re.compile(
    r"\b(?:hit|hits|struck|strikes?|striking|targeted|targeting|bombed|pounded|shelled|on|at)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:column|convoy|group|band|unit)s?\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?"
    r"(?:attackers|assailants|raiders|fighters|militants|jihadists|insurgents|gunmen)\b(?!['’])",
    re.I,
)


def _struck_the_attackers(art: Document, old: Cand, c: Cand) -> bool:
    """ "Jihadists attacked a base, killing 30. A drone later hit a column of fighters as it withdrew": a
    blow from afar told in a later sentence whose object is the attackers themselves, by role, answers an
    attack taken for a fight (no weapon of its own told) rather than naming its means, which struck the
    base ("A drone hit the barracks"). Support told within the fight ("during the battle") stays in it."""
    return (
        guessed_fight(old)
        and c.s_idx > old.s_idx
        and c.type in MEANS
        and not c.part_of
        and _ATTACKERS_AFTER.search(art.text, c.pos, c.clause[1]) is not None
    )


def _spot_within(wide: Place | None, spot: Place) -> bool:
    """``spot`` may lie inside ``wide``: at least as narrow (a town, or what is named as narrower, may lie in a
    district), and in no other country."""
    return (
        wide is not None
        and spot.rank >= min(wide.rank, RANK["city"])
        and (None in (wide.country, spot.country) or wide.country == spot.country)
    )


def _backdrop_of(text: str, c: Cand, last: Cand) -> bool:
    """ "Gunmen killed four in Xtown. The attack came amid a barrage of rockets fired from Y": an event of
    another kind told as the backdrop of the one just told is no more at its place than any other of the
    country's (a wave over a whole country, told in passing)."""
    return not compatible(c.type, last.type) and bool(_AMID_BEFORE.search(text, max(c.clause[0], c.pos - 40), c.pos))


def _by_dateline(art: Document, place: Place | None) -> bool:
    """The place was only where the dateline files from (its span empty, in the dateline): any spot a
    retelling names is told by the story itself ("KANDAHAR - A bomber hit a bank ... || The bombing in X")."""
    return place is not None and place.start == place.end and art.in_dateline(place.start)


def _other_town(c: Cand, r: Cand) -> bool:
    """ "An air raid hit Damascus in February. || ... the strike in Aleppo": a reference by its determiner that
    names a town of its own, far from the town its candidate was told at, is to another event (a town beside
    it may be where the same strikes hit: "strikes near Damascus ... the strikes also hit a depot in Kisweh")."""
    a, b = c.place, r.place
    return (
        c.anaphor == "definite"
        and a is not None
        and b is not None
        and a.lat is not None
        and b.lat is not None
        and min(a.rank, b.rank) >= RANK["city"]
        and not same_place(a, b)
        and distance_km(a, b) > _TOWNS_APART_KM
    )


def _placed_by_its_word(text: str, c: Cand) -> bool:
    """The reference's town is told right after its word ("the strike in Aleppo", "the raid on X"), not as
    where something else of the story befell ("these clashes have displaced families in Y")."""
    end = c.pos + len(c.trigger_word)
    return c.place is not None and c.place.start >= end and bool(_RIGHT_AFTER.fullmatch(text, end, c.place.start))


#: Between a reference's word and its town: "in", "on the city of", "at the airport of", or the site it hit
#: named first ("on the Saudi Hospital in", no clause of its own: not "on a convoy that was travelling in").
_RIGHT_AFTER = re.compile(
    r"(?:\s+(?:on|at|against|targeting)\s+(?:the\s+|an?\s+)?(?:(?!(?:that|which|who|was|were|is|are|had|has)\b)[\w'’-]+\s+){0,4}?"
    r"(?!(?:that|which|who|was|were|is|are|had|has)\b)[\w'’-]+)?"
    r"\s+(?:in|on|at|near|against|targeting)\s+(?:the\s+)?(?:(?:city|town|province|airport|outskirts)\s+of\s+(?:the\s+)?)?",
    re.I,
)


#: Kilometres between two towns beyond which the same strike cannot have hit both.
_TOWNS_APART_KM = 60.0


def _night_before(art: Document, old: Cand, c: Cand) -> bool:
    """ "Militants raided a mosque on Sunday ... 'At eleven last night the firing began,' a guard said":
    an event told at night on the eve of the day the story dates it, at its place or at none of its own
    (placed by the story), by no other party, is that event: a night's attack is reported on the next day."""
    return (
        old.date is not None
        and c.date is not None
        and (old.date.end - old.date.start).days == 0
        and (c.date.end - c.date.start).days == 0
        and (old.date.start - c.date.start).days == 1
        and c.inherited
        and not c.actors
        and NIGHT.search(art.sentences[c.s_idx].text) is not None
    )


def _day_within(day: DateSpan, span: DateSpan | None) -> bool:
    """A day (or night) that lies inside a week or more ("the raid on Friday" of one told "in May"): the
    event's own day, told closer (GUIDE: the date as precise as the text allows). A span of a few days
    ("overnight", "since Friday") is the event's own extent, not a rough date, and stays."""
    return (
        span is not None
        and (day.end - day.start).days <= 1
        and (span.end - span.start).days >= 6
        and span.start <= day.start
        and day.end <= span.end
    )


#: How long before the report a named event's span must end to be one of the past.
_LONG_BEFORE = timedelta(days=365)


#: The dateline's town told again after a country-wide target: "... killing two people in the city".
_THE_TOWN = re.compile(r"\b(?:in|on|across)\s+the\s+(?:city|town|port|capital)\b(?!\s+of\b)", re.I)


def _named_past(c: Cand, now: date | None) -> bool:
    """Told with its own year or month and a named spot, and over long before ``now`` (the report's
    day, else the latest day the story told)."""
    return (
        c.date is not None
        and c.date_q >= 3
        and not c.plural
        and c.place is not None
        and c.place.rank >= 3
        # (a story that tells no day at all gives no "now": a spot and a year of its own set it apart)
        and (now is None or c.date.end < now - _LONG_BEFORE)
    )


def _around(wide: DateSpan | None, day: DateSpan | None) -> bool:
    return (
        wide is not None
        and day is not None
        and (wide.end - wide.start).days > 45
        and (day.end - day.start).days <= 2
        and wide.start <= day.start
        and day.end <= wide.end
    )


def _unnamed_means(c: Cand) -> bool:
    """An attack told without its means ("was attacked", "a terrorist attack"): typed "other"."""
    return c.type == "other" and c.kind == "strike"


def guessed_fight(c: Cand) -> bool:
    """A clash guessed from an attack word and the armed party that did it, no weapon or fight named."""
    return (
        c.type == "armed_clash"
        and c.kind == "strike"
        and not c.own_weapon
        and c.trigger_word.startswith("attack")
    )


#: A time or scene told apart before an event word: "Days before, a drone strike ...", "Meanwhile, ...".
_TOLD_APART = re.compile(
    r"\b(?:(?:days?|hours?|weeks?|months?|years?)\s+(?:before|earlier|ago|later)|earlier|previously|"
    r"last\s+(?:week|month|year)|meanwhile|separately|elsewhere)\b",
    re.I,
)


def _means_of_guessed_fight(art: Document, old: Cand, c: Cand) -> bool:
    """``c`` names the weapon of ``old``, an attack taken for a fight: a drone, missile, rocket or blast (an armed
    group flies no jets: an air strike after its attack is the answer to it), told in a later sentence (in
    the attack's own, another clause's weapon is another act: "attacked the town after shelling it"), fired
    by no other party than the attack's ("the US drone that struck back"), with no other toll."""
    return (
        guessed_fight(old)
        and c.s_idx != old.s_idx
        and (
            (c.type in ("drone_attack", "missile_attack", "rocket_attack") and c.own_weapon)
            # "The blast damaged dozens of shops": the blast that the attack is referred to as was its means
            or (c.type == "explosion" and c.anaphor == "definite")
            # "suicide bombers carried out an attack inside X": the attack itself told again with its means
            or (c.type == "explosion" and c.own_weapon and c.trigger_word.startswith("attack") and _country_level(c))
        )
        and (c.killed is None or old.killed in (None, c.killed))
        and (c.injured is None or old.injured in (None, c.injured))
        and not _TOLD_APART.search(art.text, art.sentences[c.s_idx].start, c.pos)
        and not c.part_of  # "during the battle jets struck as reinforcement": support for the fight
        and (not c.actors or not set(c.actors).isdisjoint(old.actors))
        and not _struck_the_attackers(art, old, c)
    )


#: Attackers named as suicide bombers: "20 suicide bombers staged an attack".
_SUICIDE_BOMBERS = re.compile(r"\bsuicide\s+bombers?\b", re.I)


def _bombers_with_no_blast(art: Document, c: Cand) -> bool:
    """``c`` is an attack typed a blast only because its doers are called suicide bombers, in a story that tells
    no blast anywhere: the fight it retells keeps its type (GUIDE: an explosion only when a blast is the main
    fact; attackers' name is no blast)."""
    sent = art.sentences[c.s_idx]
    return (
        c.type == "explosion"
        and _SUICIDE_BOMBERS.search(art.text, sent.start, sent.end) is not None
        and BLAST_TOLD.search(art.text) is None
    )


#: Words that put a strike in the air: aircraft, an air arm, "air"/"aerial" before the event word.
_AIR_TOLD = re.compile(
    r"\b(?:air|aerial|airstrikes?|warplanes?|jets?|planes?|aircraft|helicopters?|bombers?|drones?|UAVs?)\b", re.I
)


def _kind_before(before: str, kind: str) -> bool:
    """A site's kind right before the town it lies in: "the airport in the northern city of"."""
    return re.search(rf"\b{re.escape(kind)}\s+(?:in|of|near|outside)\s+(?:[\w'’-]+\s+){{0,5}}$", before, re.I) is not None


#: A time before the story's own: "earlier this month", "last week", "the previous year".
_EARLIER_TIME = re.compile(r"\b(?:earlier\s+this|last|the\s+previous)\s+(?:week|month|year)\b", re.I)


def told_earlier(art: Document, old: Cand, c: Cand) -> bool:
    """ "Jets bombed the airfield on Tuesday ... Earlier this month, a raid shut the airfield for
    days": on a page with no date to resolve either day, an event told at a time before the story's own is
    another event than the one told without that time, whatever its place."""
    return (
        c.date is None
        and old.date is None
        and c.date_kind == "unresolved"
        and bool(_EARLIER_TIME.search(art.text, *c.clause))
        and not _EARLIER_TIME.search(art.text, *old.clause)
    )


def _guessed_air(art: Document, c: Cand) -> bool:
    """A strike typed from the air by default: its words name no weapon and nothing that flies."""
    return (
        c.type == "air_strike"
        and c.kind == "strike"
        and not c.own_weapon
        and c.weapon_class is None
        and not _AIR_TOLD.search(art.text, *c.clause)
    )


def _means_of_guessed_air(art: Document, old: Cand, c: Cand) -> bool:
    """``c``, a later sentence's reference to ``old`` ("The attack involved ballistic missiles"), names the
    weapon of a state's strike whose own words named no means (typed from the air by default): a missile,
    rocket or shell, which no aircraft fired, is its means (GUIDE: the weapon stated types the attack)."""
    return (
        _guessed_air(art, old)
        and c.anaphor == "definite"
        and c.s_idx != old.s_idx
        and c.type in ("missile_attack", "rocket_attack", "shelling")
        and c.own_weapon
        and not _AIR_TOLD.search(art.text, *c.clause)
        and (not c.actors or not set(c.actors).isdisjoint(old.actors))
    )


def _munitions_of_air(art: Document, old: Cand, c: Cand) -> bool:
    """``c`` tells the missiles of a strike from the air told just before ("An airstrike on the camp
    killed nine. Three missiles were fired into its hall"): the munitions the aircraft or drone fired, at
    its scene or a spot of unknown country in it, on its day, by no other party, with no toll of its own
    beside the strike's. (Rockets are left apart: mostly fired from the ground, often the answer.)"""
    return (
        # (one armed drone fires missiles; a swarm of drones and a salvo of missiles are two weapons sent)
        (old.type == "air_strike" or (old.type == "drone_attack" and old.count in (None, 1) and not old.plural))
        and c.type == "missile_attack"
        and c.own_weapon
        # (a state's strike of untold means is typed from the air by default: missiles told next may be its means)
        and (old.own_weapon or bool(_AIR_TOLD.search(art.text, *old.clause)))
        and 0 < c.s_idx - old.s_idx <= 2
        and c.anaphor != "partitive"
        and _overlap(old.date, c.date)
        and (c.place is None or c.place.country is None or (old.place is not None and c.place.name == old.place.name))
        and (not c.actors or not set(c.actors).isdisjoint(old.actors))
        and (c.killed is None or old.killed in (None, c.killed))
        and not _TOLD_APART.search(art.text, art.sentences[c.s_idx].start, c.pos)
        and not NEW_EVENT.search(art.text, *c.clause)
    )


def _placed_by_speaker(art: Document, c: Cand) -> bool:
    """The event's place is only the one named in the body that told it (places.py: role "body")."""
    return c.place is not None and any(
        p.role == "body" and p.start == c.place.start for p in places_in(art, *c.clause)
    )


def _launch_of_downed(c: Cand, ref: Cand) -> bool:
    """``c`` tells the launch of the weapons an interception downed, referring to them ("... shot down
    three missiles. The missiles were fired from Yemen"): the same event, told from its start."""
    return (
        ref.type == "interception"
        and c.anaphor == "definite"
        and c.kind == "launch"
        and c.weapon_class is not None
        and (c.weapon_class == ref.weapon_class or any(c.weapon_class in o for o in ref.objects))
    )


def _launch_of_salvo(c: Cand, ref: Cand) -> bool:
    """``c`` tells again the launch of one kind of weapon an attack sent together with another ("fired
    missiles and drones at X. The drones were launched from Y"): the mixed salvo told, one event (GUIDE)."""
    return (
        c.anaphor == "definite"
        and c.kind == "launch"
        and c.weapon_class is not None
        and ref.type in ("missile_attack", "drone_attack", "rocket_attack")
        and len(ref.objects) > 1
        and any(c.weapon_class in o for o in ref.objects)
    )


def _attack(c: Cand) -> bool:
    return c.type not in ("other", "threat_statement", "interception", "crash")


def _blast(c: Cand) -> bool:
    """A blast told with no weapon of its own: what caused it may be told before or after."""
    return c.type == "explosion" and not c.own_weapon


def _from_the_air(c: Cand) -> bool:
    return c.type in ("drone_attack", "missile_attack", "rocket_attack", "air_strike", "crash")


def _same_spot(a: Cand, b: Cand) -> bool:
    return (
        a.place is not None
        and b.place is not None
        and (a.place.name == b.place.name or b.place.within == a.place.name or a.place.within == b.place.name)
    )


def _blast_of(old: Cand, c: Cand) -> bool:
    """ "A drone struck Haifa ... A blast shook a block of flats in Haifa": an undated blast
    of no weapon of its own where an attack from the air struck is that attack's (and a blast told
    first takes the type of the attack from the air told after it at the same spot)."""
    return _blast(c) and _from_the_air(old) and _same_spot(old, c)


#: A word that looks back from the story's day: "was last hit on", "had been struck on", "previously".
_LOOKS_BACK = re.compile(r"\b(?:last|previously|earlier|already|had)\b", re.I)
#: How long before its page a day lies to be another event's, when told with a word that looks back.
_RECALL_DAYS = 7


def _recalled(art: Document, c: Cand) -> bool:
    """A day more than a week before the page, told with a word that looks back ("the port was last hit
    on July 21"): an earlier event the story recalls, not the day of the lead it tells without one."""
    if c.date is None or art.published is None or (art.published - c.date.end).days <= _RECALL_DAYS:
        return False
    return bool(_LOOKS_BACK.search(art.text, *c.clause))


def _short(d: DateSpan | None) -> bool:
    return d is None or (d.end - d.start).days <= 2


def _same_named_place(a: Cand, b: Cand) -> bool:
    return a.place is not None and b.place is not None and a.place.name == b.place.name and a.place.rank > 1


def _one_attack_counted(ref: Cand, c: Cand) -> bool:
    """``ref``'s count is the article of its attack noun ("a massive missile attack": one attack, not one
    missile) and ``c`` retells it with its weapons counted ("fired 40 missiles and 100 drones"): the
    weapons counted size the salvo (GUIDE: count is the number of projectiles)."""
    return (
        ref.count == 1
        and c.count is not None
        and c.count >= 2
        and not ref.plural
        and (ref.trigger_word.lower().split() or [""])[-1] in events.NOUNS
        # (an attack on a spot retold by a tally over the whole country is one hit of that tally, as in
        # one_of_a_barrage; "the attack involved 22 missiles" refers back to it by name)
        and (ref.place is None or ref.place.rank <= 1 or c.event_ref)
    )


def _untold_kind_counts(c: Cand, ref: Cand) -> bool:
    """Whether ``c``, projectiles of no named kind, counts the attack ``ref`` it is merged into: a salvo of the
    same family (rockets, missiles, shells), not an interception nor an event of another family."""
    return (
        c.weapon_class == "projectile"
        # (only projectiles told launched: "the ship was later struck by two projectiles" may be a hit of
        # its own, not the size of the salvo told first)
        and c.kind == "launch"
        and "interception" not in (c.type, ref.type)
        and ref.weapon_class not in (None, "projectile")
        and compatible(c.type, ref.type)
    )


def _retold_by_country(old: Cand, c: Cand, *, any_type: bool = False) -> bool:
    """ "A drone hit Tower 22 ... the drone attack in Jordan": a later mention of the same kind of event
    naming only the country the known event happened in retells it (of any kind, when the caller has found
    the later mention to name the known event's means)."""
    return (
        _country_level(c)
        and old.place is not None
        and old.place.rank > 1
        and old.place.country == c.place.country
        and (any_type or old.type == c.type)
        and old.s_idx < c.s_idx
    )


def _country_level(c: Cand) -> bool:
    return c.place is not None and c.place.rank <= 1


def _same_toll(old: Cand, c: Cand) -> bool:
    """ "Jihadists raided an army post in Diyala province, killing three soldiers. Gunmen hit a post
    near Baqubah in Diyala, killing three soldiers.": the same kind of event with the same toll in the same
    country, told again within two sentences, is one event told from closer up."""
    return (
        c.killed is not None
        and c.killed > 0
        and c.killed == old.killed
        and c.place is not None
        and old.place is not None
        and c.place.country is not None
        and c.place.country == old.place.country
        and c.s_idx - old.s_idx <= 2
    )


def _spot_for_reference(old: Place, new: Place) -> bool:
    """ "attacked a base northwest of the capital X. ... attacked the base in Y": a spot named for the
    event later is its scene, where the event was placed only by a reference point (GUIDE)."""
    return old.ref_only and not new.ref_only and new.role == "loc" and new.rank >= 3 and new.name != old.name


#: The last word of an unknown name that makes it a part of a quarter of a town: finer than the quarter.
_PART_OF_A_QUARTER = frozenset({"neighbourhood", "neighborhood", "village", "camp", "quarter"})


def _part_of_the_quarter(old: Place, new: Place) -> bool:
    """ "A strike hit Beirut's southern suburbs. The strike targeted a building in the X neighbourhood": a
    neighbourhood, village or camp the map does not know, told for an event placed at a quarter it knows
    (of the same rank), is the finer spot in it."""
    return (
        old.rank == RANK["district"]
        and old.lat is not None
        and new.rank == old.rank
        and new.lat is None
        and new.within is None
        and new.role == "loc"
        and new.name.rsplit(" ", 1)[-1].lower() in _PART_OF_A_QUARTER
    )


def _specified(old: Cand, c: Cand) -> bool:
    """ "Iran fired missiles at Qatar. It targeted Al Udeid Air Base.", "Militants attacked a post in
    Kirkuk province on Monday. ... 'Terrorists opened fire on a station in the Daquq area'": a sentence
    soon after an event told in a country or province names the spot in it where the same event
    happened (a spot of unknown country is taken to lie in the story's)."""
    return (
        c.place is not None
        and old.place is not None
        and (
            old.place.rank <= 1
            or (old.place.rank <= 3 and c.place.within is not None and same_place(old.place, c.place))
            or _spot_for_reference(old.place, c.place)
        )
        and c.place.rank >= 3
        and (c.place.rank > old.place.rank or _spot_for_reference(old.place, c.place))
        and c.place.country in (old.place.country, None)
        and 0 < c.s_idx - old.s_idx <= 2
        and (
            c.type == "other"
            or (c.weapon_class is not None and c.weapon_class == old.weapon_class)
            or (c.weapon_class is None and old.weapon_class is None and c.type == old.type)
        )
        and not one_of_a_barrage(old, c)
    )


def _other_doers(old: Cand, c: Cand) -> bool:
    """Both events name their doers, and no one of them is the other's (a claim or a blame aside)."""
    def doers(e: Cand) -> set[str]:
        return {a for a in e.actors if not a.endswith(")")}

    return bool(doers(old)) and bool(doers(c)) and doers(old).isdisjoint(doers(c))


def one_of_a_barrage(old: Cand, c: Cand) -> bool:
    """ "Russia fired 90 missiles at Ukraine overnight. In X, a missile hit a depot": one weapon of a barrage
    counted in tens over a whole country, told hitting a spot of its own, is a strike of its own there (GUIDE:
    one record per real event), not the barrage placed at that spot; so is a share of it counted smaller, told in
    a sentence of its own ("Most were shot down. Two struck a depot in X")."""
    return (
        c.count is not None
        and old.count is not None
        and (c.count == 1 or (c.anaphor == "partitive" and c.count < old.count and c.s_idx > old.s_idx))
        and old.count >= _COUNTRY_TALLY
        and old.place is not None
        and old.place.rank <= 1
        and c.type != "interception"
    )


def _one_of_its_weapons(c: Cand, old: Cand) -> bool:
    """``c``'s weapon is one ``old`` names, told alike or more loosely ("ballistic missile", "missile")."""
    return any(o == x or o.endswith(" " + x) or x.endswith(" " + o) for x in c.objects for o in old.objects)


def _counts_agree(old: Cand, c: Cand) -> bool:
    """Different numbers are different events, except that "a missile attack ... involved 19 missiles"
    counts one ("a") for the whole attack: one and many agree when told of the same weapon."""
    if old.count is None or c.count is None or old.count == c.count:
        return True
    return 1 in (old.count, c.count) and old.weapon_class == c.weapon_class


def _same_count(old: Cand, c: Cand) -> bool:
    """ "Eight rockets targeted the embassy ... a group launched eight rockets at the Green Zone": the
    same kind of event with the same number of weapons in the same country, told again a few sentences
    on, is one event (one weapon, "a drone", says nothing of identity)."""
    return (
        c.count is not None
        and c.count >= 2
        and c.count == old.count
        and compatible(c.type, old.type)
        and c.place is not None
        and old.place is not None
        and c.place.country in (old.place.country, None)
        and 0 < c.s_idx - old.s_idx <= 4
    )


def _told_apart(c: Cand, now: date | None) -> bool:
    """A single event with its own day, a named spot below a region, over days before ``now``."""
    return (
        _single_at_spot(c, min_date_q=3)
        and c.date.precision == "day"
        and now is not None
        and c.date.end < now - timedelta(days=2)
    )


def _told_in_full(c: Cand) -> bool:
    """A single event with a day of its own, a named spot below a region and a toll."""
    return _single_at_spot(c, min_date_q=2) and (c.killed is not None or c.injured is not None)


def _single_at_spot(c: Cand, *, min_date_q: int) -> bool:
    """A single event dated by its own words (date quality at least ``min_date_q``) at a named spot
    below a region: what an earlier event told in its own right has at least."""
    return (
        not c.plural
        and c.date is not None
        and c.date_q >= min_date_q
        and c.place is not None
        and c.place.rank >= 3
    )


#: One more of a kind just told: "another", "a second", "a third", "a fourth".
_NEXT_OF_KIND = r"a\s+(?:second|third|fourth)|another"
#: A number of weapons, in figures or words: "38", "three", "fifteen", "twenty".
#: (the project's definite number, less "one": "one more" tells a single further weapon, no count)
_SOME_NUMBER = rf"(?!one\b)(?:{NUMBER})"


#: One more event of the kind just told: "a second strike", "another raid", "a third drone attack", or one more
#: target hit in it: "a depot near X was also hit".
_ONE_MORE = re.compile(
    rf"\b(?:{_NEXT_OF_KIND}|a\s+further|{_SOME_NUMBER}\s+more)\s+(?:[\w-]+\s+)?$|\b(?:was|were|had\s+been)\s+also\s+$", re.I
)


#: Weapons counted as more of the kind just told, apart from it: "another 14", "38 more".
_COUNTED_MORE = re.compile(rf"\b(?:another\s+{_SOME_NUMBER}\b|{_SOME_NUMBER}\s+more\b)", re.I)


def one_of_them(text: str, c: Cand) -> bool:
    """``c``'s clause opens with its subject told as one of the kind ("One strike hit X", "Another hit Y"): a
    part of an operation told before, not its scene."""
    return _ONE_OF_THEM.fullmatch(text, c.clause[0], c.pos) is not None


#: Targets counted right after an event word: "attacked two police stations", "assaults on three army bases".
_COUNTED_TARGETS = re.compile(rf"\s+(?:on\s+|against\s+)?{_SOME_NUMBER}\s+(?:[a-z-]+\s+){{0,2}}?[a-z]+s\b", re.I)


def _counted(text: str, w: Cand) -> bool:
    """``w`` tells several events: its event word a plural ("two attacks", "assaults") or its targets counted
    right after it ("attacked two police stations", "shelled two camps")."""
    return w.plural or _COUNTED_TARGETS.match(text, w.pos + len(w.trigger_word)) is not None


def whole_of_part(text: str, evs: Sequence[Cand], i: int) -> int | None:
    """The event ``evs[i]`` is a part of, told at a spot of its own: a counted whole of events named in the
    plural within the two sentences before ("Gunmen staged two attacks in Borno. One targeted a market in A,
    while the other hit a mosque in B"), the parts told between passed over; None for any other event."""
    c = evs[i]
    if c.place is None or c.kind != "strike" or not one_of_them(text, c):
        return None
    for j in range(i - 1, -1, -1):
        w = evs[j]
        if w.s_idx < c.s_idx - 2:
            return None
        if w.s_idx < c.s_idx and _counted(text, w) and w.kind in ("strike", "shell") and not one_of_them(text, w):
            return j if not same_place(w.place, c.place) else None
        if w.s_idx == c.s_idx or (w.kind == "strike" and one_of_them(text, w)):
            continue  # another part, told before this one
        return None
    return None


def counted_more(text: str, c: Cand) -> bool:
    """``c`` counts weapons told as more of the kind, apart from those told before ("Air defences later downed
    38 more over Kyiv"): an event of its own, not a share of the salvo ("two of them hit the base")."""
    return c.count is not None and _COUNTED_MORE.search(text, *c.clause) is not None


def _aims_at_another_site(text: str, c: Cand, lent: Place) -> bool:
    """``lent`` is a site within a town, and ``c``'s clause aims at a site of another kind ("fired mortar shells
    at the presidential palace" after a blast at a base): the town is the scene, not the other site."""
    if lent.within is None:
        return False
    aimed = _THE_SITE.search(text, c.pos, c.clause[1])
    return aimed is not None and aimed.group(1).lower() not in lent.name.lower()


def _its_town(text: str, spot: Place) -> Place:
    """The town a site lies ``within``, where the text names it after the site ("the X base in Mogadishu")."""
    at = text.find(spot.within or "", spot.end)
    if not spot.within or at < 0:
        return spot
    return replace(spot, name=spot.within, within=None, rank=RANK["city"], start=at, end=at + len(spot.within))


def _one_more_of(text: str, c: Cand, last: Cand) -> bool:
    """``c``, with no party named, is told as one more of the kind of ``last``, the event told just before
    (within two sentences)."""
    return (
        not c.actors
        and bool(last.actors)
        and 0 <= c.s_idx - last.s_idx <= 2
        and compatible(last.type, c.type)
        and _ONE_MORE.search(text, max(c.clause[0], c.pos - 30), c.pos) is not None
    )


def _claim_dated_after(c: Cand, last: Cand | None) -> bool:
    """``c`` only claims the event just told, referred back to ("X claimed the ambush"), on a later day."""
    return (
        c.anaphor == "definite"
        and bool(c.actors)
        and all(a.endswith("(claimed)") for a in c.actors)
        and c.date is not None
        and last is not None
        and last.date is not None
        and c.date.start > last.date.end
    )


def _inherit(c: Cand, base: Cand) -> Cand:
    # (a day the text leaves untold stays so: "in response to the strike on its consulate" is no
    # strike of the answering attack's day)
    keep = c.date is not None or c.date_kind == "unresolved"
    if keep and c.date_kind == "stamp" and base.date is not None and base.date_q > c.date_q and _overlap(c.date, base.date):
        # "08:50 - Iran fired missiles overnight. Most were intercepted": the entry's time stamp dates only
        # when it was told; the event referred to has its own, firmer span
        keep = False
    return replace(
        c,
        inherited=True,
        date=c.date if keep else base.date,
        date_q=c.date_q if keep else 1,
        # an interceptor's home is only where an interception lies when nothing before gives its spot
        place=c.place if c.place is not None and (c.place.role != "home" or base.place is None) else base.place,
        objects=c.objects or base.objects,
        # (a weapon that came down takes its sender from the attack told before, never the interceptor
        # of another: "air defences downed one drone, while a second crashed" has no known sender)
        actors=base.actors if c.type == "crash" and not c.actors and base.type != "interception" else c.actors,
    )


def _unique(items: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for i in items:
        if i not in out:
            out.append(i)
    return out


def _toll_over_days(c: Cand, ref: Cand) -> bool:
    """``c`` tells a toll over a stretch of days its own clause names ("120 civilians had been killed in the
    region in the last week of December") after an event of one day: a count of many events, not that
    event's dead."""
    if (c.killed is None and c.injured is None) or c.date is None or ref.date is None or c.date_q < 3:
        return False
    return _longer_stretch(c.date, ref.date)


def _longer_stretch(span: DateSpan | None, day: DateSpan) -> bool:
    """``span`` runs three days or more, longer than ``day``: a stretch of many events, not one event's day
    (one that opens on the event's own day counts its dead since: "had died in the raid since Saturday night")."""
    return (
        span is not None
        and span.start != day.start
        and (span.end - span.start).days >= 2
        and (span.end - span.start) > (day.end - day.start)
    )


def toll_only(art: Document, linker: Linker, s_idx: int, tolls: Container[int]) -> int | None:
    """A toll in a sentence that tells no event of its own belongs to the event just told: "No one was
    hurt." within two sentences, "Two people were killed, the mayor said." right after it. Lives lost
    told after an interception are the stopped attack's (``Linker.stopped_attack``): the index of
    that attack when the toll went to it, else None."""
    s = art.sentences[s_idx]
    news = _news_beside_the_recalled(art, linker)
    last = linker.last if news is None else linker.events[news]
    if last is None or s_idx - last.s_idx > 2 or s_idx not in tolls:
        return None
    if last.killed is not None and (risen := casualties.higher_toll(last.killed, casualties.risen_toll(art.text, s.start, s.end))) != last.killed:
        # "A bomb killed 12 in X. Later the toll rose to 20.": the later, higher count of the same dead (told of
        # "the strikes" too, which the pattern test below would take for many)
        linker.events[linker.last_i] = replace(last, killed=risen)  # type: ignore[index]
        return None
    if _PATTERN.search(art.text, s.start, s.end) or events.generic(art.text, s.start, s.end):
        return None  # "most of those attacks caused no casualties" speaks of a pattern, not the last event
    if last.date is not None and any(_longer_stretch(d.span, last.date) for d in art.event_dates_in(s.start, s.end)):
        return None  # "64 people had been killed across the state between December 24 and 31": many events' dead
    scene = _toll_scene(art, linker, s_idx)
    if scene is not None and scene != linker.last_i:
        # "Drones hit A and B. There were no casualties at A.": a toll told at the scene of an earlier
        # event is that event's, not the last one's
        ev = linker.events[scene]
        found = casualties.find(art.text, s.start, s.end) if ev.killed is None and ev.injured is None else []
        if found:
            linker.add_toll(found, scene)
        return scene if found else None
    told = art.sentences[max(0, s_idx - 1)]
    adjacent = (
        # (a toll told at the last event's own scene is its toll, however told: "At B, one worker was hurt.")
        (last.evidence[1] >= told.start or _fight_told_on(art, last, s_idx) or scene is not None)
        # (or one told in the headline, with only headline lines between: "Two Blasts Hit X" over "Dozens
        # wounded as traders flee", or over a lead telling only the toll; or in the paragraph after a wire's
        # one-sentence lede)
        and (
            told.paragraph == s.paragraph
            or scene is not None
            or _headline_told(art, last.s_idx, s_idx)
            or _lone_paragraph(art, s_idx - 1)
        )
        and last.killed is None
        and last.injured is None
    )
    found = casualties.find(art.text, s.start, s.end, zero_only=not adjacent)
    if not adjacent and _wounded_after_dead(art, last, s):
        # "A bomb killed seven soldiers at the base. The driver rammed the gate. At least 15 others were
        # wounded.": the wounded told just after an event that counted only its dead are its wounded
        found = [f for f in casualties.find(art.text, s.start, s.end) if f[1] is None and f[2]] or found
    if not found:
        return None
    attack = linker.stopped_attack() if any(k or i for _, k, i in found) else None
    if attack is not None and linker.events[attack].killed is None and linker.events[attack].injured is None:
        linker.add_toll(found, attack)
        return attack
    whole = _whole_of_parts_told(art, linker)
    if whole is not None:
        # "Rebels raided two posts. One raid hit A, and another hit B. Officials said 14 soldiers died.": a toll
        # told after the parts, at no scene of its own, is the whole's (the dead of both, not of the last)
        linker.add_toll(found, whole)
        return whole
    linker.add_toll(found, news)
    linker.toll_sentences.add(s_idx)
    _zero_for_the_attack(linker, s_idx, found)
    return None


def _headline_told(art: Document, h_idx: int, s_idx: int) -> bool:
    """Sentence ``h_idx`` is a headline line and every line between it and ``s_idx`` is one too."""
    return all(is_headline(art, j) for j in range(h_idx, s_idx))


def _news_beside_the_recalled(art: Document, linker: Linker) -> int | None:
    """The event of the report's days the last event's sentence told before it, when the last one is recalled from
    before them ("India struck nine sites on Wednesday over last month's attack on tourists. Pakistan said 26 were
    killed."): a toll told next is the news's, not the recalled event's."""
    at, last = linker.last_i, linker.last
    if at is None or last is None or last.date is None or art.published is None:
        return None
    if last.date.end >= art.published - timedelta(days=2):
        return None
    for i in range(at - 1, -1, -1):
        ev = linker.events[i]
        if ev.s_idx != last.s_idx:
            return None
        if ev.date is not None and ev.date.start >= art.published - timedelta(days=2) and ev.type != "threat_statement":
            return i
    return None


def _lone_paragraph(art: Document, i: int) -> bool:
    """Sentence ``i`` is a paragraph of its own, as a wire tells each sentence (a toll told in the next one follows
    on from it as closely as within one paragraph)."""
    if i < 0 or i + 1 >= len(art.sentences):
        return False
    p = art.sentences[i].paragraph
    return art.sentences[i + 1].paragraph != p and (i == 0 or art.sentences[i - 1].paragraph != p)


def _whole_of_parts_told(art: Document, linker: Linker) -> int | None:
    """The counted whole the event just told is the last of two or more parts of (whole_of_part), when that
    whole and its parts tell no toll yet."""
    at = linker.last_i
    whole = None if at is None else whole_of_part(art.text, linker.events, at)
    if whole is None or at is None:
        return None
    parts = [k for k in range(whole + 1, at + 1) if whole_of_part(art.text, linker.events, k) == whole]
    told = [linker.events[k] for k in (whole, *parts)]
    return whole if len(parts) >= 2 and all(e.killed is None and e.injured is None for e in told) else None


def _toll_scene(art: Document, linker: Linker, s_idx: int) -> int | None:
    """The event of the last few sentences whose scene the toll sentence ``s_idx`` names ("At Sulaimaniyah,
    one worker was hurt."): the latest event at that town or a spot of it; None where it names no scene told."""
    s = art.sentences[s_idx]
    named = [p for p in places_in(art, s.start, s.end) if p.role == "loc" and p.rank >= RANK["city"]]
    if not named:
        return None
    for i in range(len(linker.events) - 1, -1, -1):
        ev = linker.events[i]
        if s_idx - ev.s_idx > 3:
            break
        if ev.place is not None and any(_names_scene(p, ev.place) for p in named):
            return i
    return None


def _names_scene(p: Place, scene: Place) -> bool:
    """``p`` names ``scene``: the same place, its town, or a spot the gazetteer puts at it."""
    core = place_core(p.name)
    return core in (place_core(scene.name), place_core(scene.within)) or nested(p, scene)


def _fight_told_on(art: Document, last: Cand, s_idx: int) -> bool:
    """The sentence before ``s_idx`` goes on telling the fight ``last`` told just before it, and nothing else:
    "... stormed a base near X on Tuesday. Heavy fighting lasted for hours. Eight soldiers died." (fighting
    words only, with no day, place or toll of their own), so the toll after it is still told right after the fight."""
    if last.type != "armed_clash" or s_idx < 2 or last.evidence[1] < art.sentences[s_idx - 2].start:
        return False
    told = art.sentences[s_idx - 1]
    trigs = art.triggers_in(told.start, told.end)
    return (
        bool(trigs)
        and all(t.kind == "clash" for t in trigs)
        and not art.event_dates_in(told.start, told.end)
        and not any(m.of("place") or m.of("country") or m.of("capital") for m in art.mentions_in(told.start, told.end))
        and not casualties.find(art.text, told.start, told.end)
    )


def _wounded_after_dead(art: Document, last: Cand, s: Sentence) -> bool:
    """The sentence ``s``, at most two after ``last`` was told (toll_only's reach), may add its wounded: ``last``
    counted its dead and none wounded, and ``s`` tells wounded, no dead and no day of its own (a day would tell
    another event's toll)."""
    if last.killed is None or last.injured is not None or any(art.event_dates_in(s.start, s.end)):
        return False
    found = casualties.find(art.text, s.start, s.end)
    return any(i for _, _, i in found) and not any(k is not None for _, k, _ in found)


def _zero_for_the_attack(linker: Linker, s_idx: int, found: list[tuple[int, int | None, int | None]]) -> None:
    """ "Iran fired 19 missiles at the base; all but one were intercepted. No one was hurt.": told after
    an interception, "no casualties" is the toll of the attack whose weapons were stopped, too."""
    last = linker.last
    if last is None or last.type != "interception" or any(k or i for _, k, i in found):
        return
    for i in range(len(linker.events) - 1, -1, -1):
        old = linker.events[i]
        if s_idx - old.s_idx > 4:
            break
        if old.type in ("missile_attack", "rocket_attack", "drone_attack") and old.killed is None and old.injured is None:
            killed = next((k for _, k, _ in found if k is not None), None)
            injured = next((j for _, _, j in found if j is not None), None)
            linker.events[i] = replace(old, killed=killed, injured=injured)
            return


#: "It took place in X", "The attack happened near X": a sentence telling where the event just told happened.
_IT_HAPPENED = re.compile(
    r"\b(?:[Ii]t|[Tt]his|[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:attack|incident|raid|strike|assault|ambush|blast|"
    r"explosion|bombing|shelling|clash|clashes|fighting))\s+(?:\w+\s+)?(?:happened|occurred|took\s+place)\b"
)


def since_told(linker: Linker, i: int) -> int:
    """How many sentences on from its first the event was last retold: "A bomb killed three soldiers in
    X province. ... Police said the bomb hit a convoy near Y." reads Y as near the retelling, not the first."""
    e = linker.events[i]
    if e.place is None or e.place.rank <= 1:
        return 0
    return linker.told_at.get(i, e.s_idx) - e.s_idx


#: A claim of the event just told: "claimed responsibility for the attack", "claimed Friday's
#: bombing", "said it carried out the strike".
#: The event just told, named again by a definite noun: "the attack", "Sunday's drone strike" (``{nouns}``:
#: the event nouns the reading takes).
_TOLD_AGAIN = r"(?:the|this|that|[A-Z][a-z]+day['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b"
#: The nouns an event is told again by, every form: "the attack", "this barrage" (a salvo told again by what it
#: was: "claimed the launch").
_TOLD_FORMS = (
    "attack", "attacks", "strike", "strikes", "bombing", "bombings", "blast", "blasts", "assault", "assaults", "raid",
    "raids", "explosion", "explosions", "shelling", "ambush", "massacre", "massacres", "shooting", "shootings",
    "killing", "killings", "launch", "launches", "barrage", "barrages", "salvo", "salvos",
)  # fmt: skip
_TOLD_NOUNS = "|".join(_TOLD_FORMS)
_CLAIM = Prefiltered(re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+(?:(?:responsibility|credit)\s+for\s+)?|(?:said|claimed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?"
    r"(?:carried\s+out|conducted|launched|staged)\s+)" + _TOLD_AGAIN.format(nouns=_TOLD_NOUNS + "|operations?")
    # (not a claim that asserts something of it: "claimed the strikes targeted civilians")
    + r"(?!\s+(?:were|was|had|have|has|targeted|hit|killed|struck|caused|did|only|never)\b)"
    # ... or a bare claim, of nothing named: "The Pakistani Taliban claimed responsibility."
    r"|\bclaim(?:ed|s)\s+(?:responsibility|credit)\b(?=\s*(?:[.;]|,\s+(?:a|the|according|in)\b|\s+(?:in|on|via|through)\s))"
    # ... or the event told again by a pronoun closing the clause: "X later claimed it."
    r"|\bclaim(?:ed|s)\s+it\b(?=\s*(?:[.;]|,|\s+(?:in|on|via|through)\s))"
    # ... or a group's word that it aimed the act just told at someone: "said it had targeted the president"
    # (an armed group's only: "the army said it had targeted the attackers" tells its own fire, no claim)
    r"|\bsaid\s+(?:it|they)\s+(?:had\s+)?(?P<aim>targeted)\s+(?:the|an?|its|their)\b"
    # ... or a group's word of what its fighters did in it: "said its fighters had killed more than 40 soldiers"
    r"|\bsaid\s+(?:that\s+)?(?:its|their)\s+(?:fighters|militants|men|members|mujahideen)\s+(?:had\s+)?"
    r"(?:killed|wounded|stormed|overran|captured|seized|destroyed)\b",
    re.I,
))
_TOLD_EVENT = re.compile(r"\b" + _TOLD_AGAIN.format(nouns=_TOLD_NOUNS), re.I)
#: The same as token norms: a sentence without one cannot tell an event again.
_TOLD_NOUN_NORMS = frozenset(_TOLD_FORMS)
#: A claim told in the passive, its claimant after "by": "The attack was claimed on Friday by X".
_CLAIMED_BY = Prefiltered(re.compile(
    r"\b" + _TOLD_AGAIN.format(nouns=_TOLD_NOUNS) + r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:later\s+|since\s+|swiftly\s+|quickly\s+)?claimed\s+(?:[\w,]+\s+){0,4}?by\s+",
    re.I,
))
#: An event of its own told after a party's aim: "targeted the president in an attack last year".
_OTHER_EVENT_AFTER = re.compile(
    r"\b(?:in|during|with)\s+(?:an?|the|its|their|another)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|bombings?|raids?|ambush|assault)\b"
    r"|\b(?:last|previous|earlier|before|ago)\b",
    re.I,
)
#: A party a claimant is tied to, not the claimant: "al-Qaeda-affiliated", "ties with al-Qaeda", and a network
#: named on the kin noun before its member's own name ("the al-Qaeda affiliate JNIM", "its Sahel branch X").
_AFFILIATE_AFTER = re.compile(
    r"[-‐\s](?:affiliated|linked|backed|aligned|allied|inspired)\b"
    r"|\s+(?:[a-z-]+\s+)?(?:affiliate|offshoot|franchise|ally|proxy|branch)\s+(?:group\s+)?(?-i:[A-Z])",
    re.I,
)
_AFFILIATE_BEFORE = re.compile(
    r"\b(?:ties|links|loyalty)\s+(?:with|to)\s+(?:the\s+)?$|\b(?:affiliated|linked|allied|aligned|tied)\s+(?:with|to)\s+"
    r"(?:the\s+)?$|\b(?:affiliate|branch|offshoot|wing|ally|proxy)\s+of\s+(?:the\s+)?$|\bbacked\s+by\s+(?:the\s+)?$",
    re.I,
)
#: A relative clause opening after the claim's subject: "the group that has ...", "..., which ...".
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", re.I)
#: "X has not claimed", "X has yet to claim", "X denied (having) claimed": the party made no claim.
_NOT_CLAIMED = re.compile(r"\b(?:not|never|yet\s+to|denie[sd]|deny(?:ing)?)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$", re.I)
#: Where a clause of its own opens in a sentence: "..., while ...", "...; ...", "..., but ...".
_CLAUSE_OPEN = re.compile(r"(?:,\s*(?:while|whereas|but|although|though|and)|;|\bwhile|\bwhereas)\s+", re.I)
#: "No group has claimed", "none claimed": nobody's claim.
_NOBODY = re.compile(r"\b(?:no|none|nobody|neither)\b[^,.;]*$", re.I)


def claim_only(art: Document, linker: Linker, s_idx: int, *, blames: bool = True) -> None:
    """A sentence that tells no event of its own but who claimed the one just told ("The group
    claimed responsibility for the attack") gives it that party, as claimed (the GUIDE's suffix); one
    that tells whom others blame or suspect ("Washington blamed X for the attack"), as blamed or suspected
    (not with ``blames`` False: a sentence whose event noun's own reading names whom it is blamed on)."""
    at = linker.last_i
    if at is None:
        return
    if at > 0 and linker.events[at].type == "interception" and linker.events[at - 1].type not in ("interception", "threat_statement"):
        # "Two drones targeted the base, one of which was shot down. X claimed the attack": a claim or a blame
        # is of the attack, never of the weapon's stopping told after it
        at -= 1
    last = linker.events[at]
    s = art.sentences[s_idx]
    # (within two sentences of the event's last telling: "A bomb hit X. The officer said the car rammed the
    # gate before it blew up. Ten were hurt. The group claimed the attack" claims the bomb retold)
    told = linker.told_at.get(at, last.s_idx)
    # (a sentence between that names the event again keeps it the one told: "Gunmen killed 50 soldiers at a
    # post. The assault began at dawn. They burned vehicles. The group claimed it" claims the killing)
    if s_idx - told > 2:  # (only the two sentences right before can bring it back within reach)
        told = max([told, *(i for i in range(s_idx - 2, s_idx) if linker.retold_in(i))])
    if s_idx <= last.s_idx or s_idx - told > 2 or last.type == "threat_statement":
        return
    news = _news_before_recap(art, linker, at, s)
    if news is not None:
        at, last = news, linker.events[news]
    claim = _CLAIM.search(art.text, s.start, s.end)
    passive = _CLAIMED_BY.search(art.text, s.start, s.end) if claim is None else None
    if passive is not None:
        # "The attack was claimed on Friday by X, ...": the first party named after "by" (not a network the
        # group is tied to: "claimed by the al-Qaeda-affiliated group Y" names Y)
        named = [m for m in art.mentions_in(passive.end(), s.end) if not _AFFILIATE_AFTER.match(art.text, m.end)][:1]
        _add_claimant(linker, at, actor_name(named[0]) if named and named[0].of("actor") else None)
        return
    if claim is not None and (
        _NOBODY.search(art.text, s.start, claim.start())
        or _NOT_CLAIMED.search(art.text, max(s.start, claim.start() - 20), claim.start())
    ):
        # a claim denied is nobody's, but the sentence may go on to whom others suspect or blame
        # ("No group claimed the raid, but police suspect X"): read it as a sentence of blame
        claim = None
    if claim is None and not blames:
        return
    if claim is None:
        # "Washington blamed X for the attack", "officials believe X was behind the strike"
        ref = _TOLD_EVENT.search(art.text, s.start, s.end)
        # (a sentence that names the event but ties no party to it in the blame's own frame may still
        # suspect one bare: "No group claimed the attack, but officials suspected X.")
        blamed = (
            (blamed_party(art, s.start, ref.start(), ref.end(), s.end) if ref else None)
            or suspected_after(art, s.start, s.end)
            # ("The attackers, believed to be X fighters, burned homes": whom the event's unnamed doers are held to be)
            or (None if last.actors else doers_held_to_be(art, s.start, s.end))
        )
        if (
            blamed
            and blamed.rsplit(" (", 1)[0] not in {a.rsplit(" (", 1)[0] for a in last.actors}
            and not (blamed.endswith(" (claimed)") and _done_by_another(last))
        ):
            linker.events[at] = replace(last, actors=(*last.actors, blamed))
        return
    if (
        claim is None
        or _NOBODY.search(art.text, s.start, claim.start())
        or _NOT_CLAIMED.search(art.text, max(s.start, claim.start() - 20), claim.start())
    ):
        return
    # the first party named is the claim's subject, not one it is tied to ("the al-Qaeda-affiliated
    # group", "a group with ties to al-Qaeda": nobody named claims) nor one a relative clause after the
    # subject names ("the group that has fought Somalia's government for years claimed")
    # (the claim's own clause only: "X denied any role, while Y claimed the attack" is Y's claim, not X's)
    opens = max((c.end() for c in _CLAUSE_OPEN.finditer(art.text, s.start, claim.start())), default=s.start)
    relative = _RELATIVE.search(art.text, opens, claim.start())
    names = [
        actor_name(m)
        for m in art.mentions_in(opens, relative.start() if relative else claim.start())
        if m.of("actor")
        and not _AFFILIATE_AFTER.match(art.text, m.end)
        and not _AFFILIATE_BEFORE.search(art.text, max(s.start, m.start - 30), m.start)
    ]
    if claim.group("aim") and (
        _OTHER_EVENT_AFTER.search(art.text, claim.end(), s.end) or any(art.event_dates_in(claim.end(), s.end))
    ):
        return  # "said it had targeted the president in an attack last year": an aim told of another event
    if claim.group("aim"):
        # (a named armed group's aim, no state's force's)
        groups = [
            m for m in art.mentions_in(s.start, claim.start())
            if (a := m.of("actor")) is not None and a.sub == "armed_group" and m.of("country") is None
        ]
        names = [actor_name(groups[0])] if groups and names and names[0] == actor_name(groups[0]) else []
    elif claim.group().lower().startswith("said"):
        # "X said it carried out the raid": a claim in an armed group's mouth; a state's army saying so tells
        # its own deed, no claim
        groups = {
            actor_name(m)
            for m in art.mentions_in(opens, claim.start())
            if (a := m.of("actor")) is not None and a.sub == "armed_group" and m.of("country") is None
        }
        names = [n for n in names if n in groups]
    _add_claimant(linker, at, next((n for n in names if n), None))


def claim_told_first(art: Document, s_idx: int, cands: list[Cand]) -> bool:
    """ "X claimed responsibility for the assault on Tuesday, saying its fighters had used two car bombs": a
    claim of the event just told opens the sentence, and the events the sentence goes on to tell are what the
    claim says of it."""
    s = art.sentences[s_idx]
    return _CLAIM.search(art.text, s.start, min(c.pos for c in cands)) is not None


def _news_before_recap(art: Document, linker: Linker, at: int, s: Sentence) -> int | None:
    """ "A drone targeted the base on Thursday. It was the third attack this month. On January 5, two rockets
    landed near the runway. A group claimed the attack": the event last told, dated before one told earlier,
    is a recap of the past; a claim or blame of "the attack" that tells no day of its own is of the news
    event, the latest told before it (the first of those)."""
    last = linker.events[at]
    if last.date is None or last.date_q < 2 or art.event_dates_in(s.start, s.end):
        return None
    later = [
        i for i in range(at) if (e := linker.events[i]).type != "threat_statement" and e.date is not None and e.date.start > last.date.end
    ]
    return later[0] if later else None


def _add_claimant(linker: Linker, at: int, name: str | None) -> None:
    """The party that claimed the event at ``at``, added to its actors as claimed (once)."""
    last = linker.events[at]
    if name is None or any(a.removesuffix(" (claimed)") == name for a in last.actors) or _done_by_another(last):
        return
    linker.events[at] = replace(last, actors=(*last.actors, f"{name} (claimed)"))


def _done_by_another(event: Cand) -> bool:
    """The event already has a doer told as acting (no suffix): a claim told after it ("U.S. jets struck a
    radar site. The group's spokesman claimed the attack") is of another attack, not of this one."""
    return any(not a.endswith(")") for a in event.actors)


#: Where the dead are mourned, buried or came from: no scene of what killed them (a rite: not "memorial", a
#: sentence may name one as a landmark of the scene).
_MOURNED = re.compile(
    rf"\b(?:{alternation(RITES - {'memorial'}, 's?')}|buried|mourn(?:ers|ed|ing)|hometown|home\s+town"
    r"|native\s+(?:village|town|city)|laid\s+to\s+rest)\b",
    re.I,
)
#: Event words of what hits a target (not of what stops it).
_HITTING = frozenset({"strike", "launch", "explode", "airstrike", "shell"})


#: A clause whose subject is one of the kind just told, up to its event word: "One strike", "Another",
#: "One missile", "A second drone".
_ONE_OF_THEM = re.compile(
    rf"\W*(?:(?:and|but|while)\s+)?(?:one(?:\s+of\s+(?:the|those|these|them))?|the\s+(?:other|first|second|third)|{_NEXT_OF_KIND})(?:\s+[\w-]+)?\s+", re.I
)


#: "a second strike", "another drone": one more of the kind just told.
_ANOTHER_ONE = re.compile(rf"\b(?:{_NEXT_OF_KIND})\s+(?:[\w-]+\s+)?$", re.I)


def scene_only(art: Document, linker: Linker, s_idx: int, harmed: int | None = None) -> None:
    """A sentence that tells no event of its own may name where the event just told, placed only in
    its country, happened: "Militants raided a base in Kenya. ... They tried to get through the fence
    of the Manda Bay Airfield." gives the airfield. ``harmed``: the event the sentence's toll went to."""
    s = art.sentences[s_idx]
    if TOLD_ELSEWHERE.search(art.text, s.start, s.end):
        return  # "Separately, fighting flared near X": another matter, whose day and place are not the last event's
    _day_told_after(art, linker, s_idx)
    at = linker.last_i
    while at is not None and at > 0 and (_lent(linker.events[at]) or linker.events[at].type == "threat_statement"):
        # a place lent by the event before is no country to narrow, and a threat has no scene: the
        # scene is the lender's ("attacked a base in Kenya. A drone strike killed X, and Iran vowed
        # to retaliate. Aircraft were damaged at Y.")
        at -= 1
    s = art.sentences[s_idx]
    if (
        at is not None
        and at > 0
        and linker.events[at].type == "interception"
        and linker.events[at - 1].type != "interception"
        and (harmed == at - 1 or any(t.kind in _HITTING for t in art.triggers_in(s.start, s.end)))
    ):
        # "Air defences downed 58 of the missiles. The attack damaged plants in X": what hit is the
        # attack's, and so is where it hit (and where the lives it took were lost)
        at -= 1
    last = None if at is None else linker.events[at]
    if last is not None and last.place is None and last.type != "threat_statement":
        _scene_of_unplaced(art, linker, at, s_idx)
        return
    if (
        last is None
        or last.place is None
        # where the dead are mourned or buried is no scene: "his funeral was held in his hometown, X"
        or _MOURNED.search(art.text, s.start, s.end)
        # (a province or region holds spots, as a country does: "in Kirkuk province ... in the Daquq area")
        or last.place.rank > 3
        or last.type == "threat_statement"
        # a salvo in tens downed over a country fell over many spots: "shot down 42 drones overnight. Flights were
        # halted at Vnukovo" names no scene of it
        or (last.type == "interception" and (last.count or 0) >= _MANY_DOWNED)
        or _lent(last)
        or not 0 < s_idx - last.s_idx <= 6 + since_told(linker, at)
    ):
        return
    if s_idx - last.s_idx > 3 + since_told(linker, at) and not _IT_HAPPENED.search(art.text, s.start, s.end):
        return  # farther on, only a sentence that says where "it happened" still tells the last event's scene
    if _another_day(art, last, s_idx):
        return  # "On Wednesday, officials met in X": a sentence of another day tells of another time and place
    country = last.place.country
    named = places_in(art, s.start, s.end)  # once: it is the costliest step here
    spots = [
        p
        for p in named
        if p.role == "loc"
        and p.rank >= 3
        and not p.distant
        and p.country in (None, country)
        and (last.place.rank <= 1 or _inside(art, last.place, p))
    ]
    # Only a sentence that names places of that country alone: "Kenya's coast near Somalia" is no scene
    # (a point at a stated distance only measures where the spot is: "X, 70 km southwest of Y").
    if not spots or any(p.country not in (None, country) and not (p.role == "ref" and p.distant) for p in named):
        return
    if _towns_apart(spots):
        return  # "air defences were activated over X and Y": two towns, neither the one scene
    spot = best_place(spots)
    if spot is None:
        return
    if share_of_toll(art.text, s.start, s.end, spot) is not None:
        return  # "Missiles struck Ukraine. Nine were killed, including four in X": a share's town, one of many spots
    if spot.country is None:
        spot = replace(spot, country=country)
    linker.events[at] = replace(last, place=spot)


def _towns_apart(spots: list[Place]) -> bool:
    """Two or more located towns, of the most specific rank the spots have, none lying at another."""
    top = max(p.rank for p in spots)
    towns = {p.name: p for p in spots if p.rank == top and 4 <= top < RANK["site"] and p.lat is not None}
    return len(towns) >= 2 and not any(nested(a, b) for a, b in combinations(towns.values(), 2))


#: Weapons downed in one telling beyond which they fell over many spots, no one of them the scene.
_MANY_DOWNED = 10


def _another_day(art: Document, last: Cand, s_idx: int) -> bool:
    """The sentence tells a day of its own (not its dateline's, not a saying's) apart from the event's."""
    if last.date is None:
        return False
    s = art.sentences[s_idx]
    for d in art.event_dates_in(s.start, s.end):
        # ("the ministry said on Monday": the saying's day; the words before are the sentence's own only)
        said = art.text[s.start : d.start].lower().split()[-3:]
        if not d.span or art.in_dateline(d.start) or any(w.strip(",") in speech.SAYING for w in said):
            continue
        if d.span.end < last.date.start or d.span.start > last.date.end:
            return True
    return False


#: A sentence that opens by referring back to a thing or event just told: "The depot lies ...", "It happened
#: ...", "The building, in ...": a determiner with at most two words before its head noun, or "it".
_REFERS_BACK = re.compile(r"\W*(?:(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[\w'’-]+)\b(?=\s*,|\s+(?:is|was|lies|lay|sits|stands|stood|located|situated|houses|housed|happened|occurred|took\s+place)\b)|it\s+(?:is|was|happened|took\s+place|occurred|lies|lay)\b)", re.I)

#: "They were aimed at X", "The drones were headed for X": what the event fired, told going to where it was aimed.
_AIMED_BACK = re.compile(
    r"\W*(?:(?:it|they)|(?:the|these|those)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[\w'’-]+))\s+(?:were|was)\s+"
    r"(?:(?:apparently|reportedly|likely|probably)\s+)?(?:aimed|directed|headed|heading|bound)\b",
    re.I,
)

#: "A mosque in X was among the targets", "the sites hit included X": what the event hit, listed by where.
_AMONG_THE_TARGETS = re.compile(
    r"\bamong\s+the\s+(?:[\w-]+\s+)?(?:targets|sites|places|locations)\b"
    r"|\b(?:targets|sites|places|locations)\s+(?:(?:hit|struck|targeted|attacked)\s+)?(?:included|include)\b",
    re.I,
)

def _scene_of_unplaced(art: Document, linker: Linker, at: int, s_idx: int) -> None:
    """An event told with no place, and the very next sentence, which tells no event of its own, refers back
    to it or to what it hit and names one spot: that spot is its scene ("jets struck a depot on Monday. The
    depot lies on the edge of X": the thing struck, said where it is, is where the strike was), or tells where
    what it fired was aimed ("militants fired rockets. They were aimed at X")."""
    last = linker.events[at]
    if s_idx - last.s_idx != 1:
        return
    s = art.sentences[s_idx]
    m = _REFERS_BACK.match(art.text, s.start, s.end)
    # (where the weapons were going is told as a destination: "headed for X")
    roles = ("loc", "dest") if m is None and (m := _AIMED_BACK.match(art.text, s.start, s.end)) else ("loc",)
    if m is None:
        m = _AMONG_THE_TARGETS.search(art.text, s.start, s.end)
        if m is None:
            return
    head = m.groupdict().get("head")
    if head is not None and not _IT_HAPPENED.match(art.text, s.start, s.end):
        # (an event noun said to have happened names the event, whatever word told it: "a clash ... The
        # fighting took place in X")
        lo, hi = last.clause
        told = {t.norm for t in art.tokens_in(lo, hi)}
        if head.lower() not in told:
            return  # "the ministry said ...": no thing the event was told with
    named = places_in(art, s.start, s.end)
    spots = [p for p in named if p.role in roles and p.rank >= 3 and not p.distant]
    if not spots:
        # "The convoy was travelling between X and Y": the stretch of road the towns name, as in the event's own
        # sentence (told by its first town)
        spots = [p for p in named if p.route and p.rank >= 3][:1]
    # (a spot told with the province it lies in, "near the town of X in Y province", is one spot: the finer)
    finest = [p for p in spots if p.rank == max(q.rank for q in spots)]
    if len({p.name for p in finest}) != 1:
        return
    spot = best_place([replace(p, role="loc") for p in spots]) if len(spots) > len(finest) else finest[0]
    linker.events[at] = replace(last, place=replace(spot or finest[0], role="loc"))


#: How far from a province's or region's centre a known town may lie and still be in it: the provinces
#: news names are up to some 600 km across.
_REGION_REACH_KM = 300
#: The last word of an unknown spot's name that says it is a settlement or a part of one.
_SPOT_WORDS = frozenset(
    {"village", "town", "district", "area", "camp", "neighbourhood", "neighborhood", "suburb", "locality", "city"}
)


#: "X, a farming district by the lake": an apposition that calls a name a spot.
_CALLED_A_SPOT = re.compile(
    rf",\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(_SPOT_WORDS))})\b"
)


def _inside(art: Document, region: Place, spot: Place) -> bool:
    """ "Gunmen attacked a convoy in X province. ... opened fire in the Y village of the Z district": a spot
    told after an event placed in a province may be where in it the event happened, if it lies there: a
    known town near the province's centre and not the country's capital (where protests, embassies and
    statements are), or a name the text itself calls a village, district or area ("the signatures were
    in Korean" names no spot)."""
    if spot.rank <= region.rank:
        return False
    if spot.lat is None or spot.lon is None:
        return (
            spot.name.split()[-1].lower() in _SPOT_WORDS
            or spot.within is not None
            or bool(_CALLED_A_SPOT.match(art.text, spot.end))
        )
    capital = art.lexicon.capital_city(spot.country) if spot.country else None
    if capital is not None and capital.name == spot.name:
        return False
    held = in_province(spot, region)
    if held is not None:
        return held  # the province the gazetteer tells the town is in, however far from the region's point
    if region.lat is None or region.lon is None:
        return True
    return distance_km(region, spot) <= _REGION_REACH_KM


#: "the attack near X", "the drone strike on X", "Sunday's attack at X": an event told before, named
#: again by its place.
_THE_EVENT_AT = re.compile(
    r"\b(?:the|this|that|[A-Z][a-z]+day['’]s)\s+(?:[\w-]+\s+)?(?:attack|strike|raid|bombing|assault|ambush)\s+"
    r"(?:near|in|at|on|against)\s+(?:the\s+)?$"
)


def event_named_by_place(art: Document, linker: Linker, s_idx: int) -> None:
    """ "A drone attack hit an army base in central Israel. ... the attack near X was retaliation for
    ...": an event told before and placed only in a country, named again by a spot of that country, is
    at that spot (GUIDE: the most specific place named for the event), whatever else the sentence tells."""
    s = art.sentences[s_idx]
    if "the" not in art.text[s.start : s.end].lower():
        return
    # the events it might name first: most sentences follow none placed only in a country, and then
    # the sentence's places (the costly step) are never read
    before = [
        i
        for i, e in enumerate(linker.events)
        if e.s_idx < s_idx
        and s_idx - e.s_idx <= 6
        and e.place is not None
        and e.place.rank <= 1
        and e.type != "threat_statement"
        and not _lent(e)
    ]
    if not before:
        return
    spots = [
        p
        for p in places_in(art, s.start, s.end)
        if p.role == "loc" and p.rank >= 3 and not p.distant and _THE_EVENT_AT.search(art.text, max(s.start, p.start - 60), p.start)
    ]
    if len(spots) != 1:
        return
    spot = spots[0]
    if any(e.place is not None and e.place.name == spot.name for e in linker.events if e.s_idx < s_idx):
        # "Gunmen killed five in Xtown; it came amid a barrage of rockets on Ruritania. The gunmen in the
        # attack in Xtown fled": the spot names again the event already told there, not the country's
        return
    told = [i for i in before if spot.country in (None, linker.events[i].place.country)]
    if len(told) != 1:
        return  # none, or two events it might name
    e = linker.events[told[0]]
    linker.events[told[0]] = replace(e, place=replace(spot, country=spot.country or e.place.country))


#: A sentence that says when the event just told happened, without telling one of its own.
_WHEN_IT_HAPPENED = re.compile(r"\b(?:happened|occurred|took\s+place|incidents?)\b", re.I)


def _day_told_after(art: Document, linker: Linker, s_idx: int) -> None:
    """ "Gunmen attacked a checkpoint in Kirkuk. It happened on Sunday night, police said.": a sentence
    that tells no event of its own but when one happened ("happened", "took place", "Sunday's
    incident"), right after an event told with no day, gives that event its day."""
    last = linker.last
    if last is None or last.date is not None or last.date_kind or last.type == "threat_statement":
        return
    s = art.sentences[s_idx]
    if not 0 < s_idx - art.sentence_index(last.evidence[1] - 1) <= 2 or not _WHEN_IT_HAPPENED.search(art.text, s.start, s.end):
        return
    ref = art.reference
    days = [
        d
        for d in art.event_dates_in(s.start, s.end)
        if d.span
        and not art.in_dateline(d.start)
        and (d.span.end - d.span.start).days <= 2
        and (ref is None or d.span.end <= ref)
        # "police said on Monday": the day of the saying, not of the event
        and not any(w in speech.SAYING for w in art.words_before(d.start, 3))
    ]
    if len(days) == 1:
        linker.events[linker.last_i] = replace(last, date=days[0].span, date_q=2)


def _lent(e: Cand) -> bool:
    """The event's place was lent by an event before it: named outside the event's own words."""
    return e.inherited and e.place is not None and not e.evidence[0] <= e.place.start < e.evidence[1]
