"""Event frames over lemmas: the lemmatiser, inflections a frame accepts, and phrase frames with slots."""

from __future__ import annotations

import re

import pytest

from reporter.extract.events import _PHRASE, _PHRASE_NEXT, find_triggers
from reporter.extract.lemmas import lemma_form
from reporter.extract.text import tokens


@pytest.mark.parametrize(
    "word, expected",
    [
        ("raided", ("raid", "ed")),
        ("fired", ("fire", "ed")),
        ("dropped", ("drop", "ed")),
        ("pummelled", ("pummel", "ed")),
        ("hitting", ("hit", "ing")),
        ("shot", ("shoot", "past")),
        ("clashes", ("clash", "s")),
        ("shelling", ("shelling", "base")),
        ("targets", ("target", "s")),
        # words of commitment the learned milestone finder names by their dictionary form
        ("promised", ("promise", "ed")),
        ("agreed", ("agree", "ed")),
        ("scheduled", ("schedule", "ed")),
        ("slated", ("slate", "ed")),
        ("approved", ("approve", "ed")),
    ],
)
def test_lemma_and_inflection(word, expected):
    """Suffix rules with a small vocabulary give the dictionary form and the inflection."""
    assert lemma_form(word) == expected


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.word) for t in find_triggers(text, tokens(text))]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Gunmen were ambushing the convoy.", "clash"),
        ("The militia was raiding the village.", "strike"),
        ("Troops are clashing with rebels.", "clash"),
        ("Guns were bombarding the town.", "airstrike"),
        ("Police said a man was shot in the market.", "clash"),
        ("Several shells have fallen near the border.", "crash"),
        # the gerund is an event noun as "a bombing" is: "a shot" is not
        ("Two men died in a shooting near the market.", "clash"),
        ("The shooting lasted an hour.", "clash"),
    ],
)
def test_any_inflection_of_a_frame_verb_is_an_event(text, kind):
    """A frame is named by its lemma, so inflections no list spelled out still count."""
    assert kind in [k for k, _ in _kinds(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The targets were listed in a report.",
        "A storm swept the coast.",
        "The fall of the old regime was swift.",
        "He took a shot at the title.",
        "The club opened a shooting range.",
    ],
)
def test_inflections_outside_the_frame_are_not_events(text):
    """A noun form the frame does not accept ('targets', 'storm', 'fall', 'a shot') is no event."""
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Gunners kept shooting them down all night.", "intercept"),
        ("Crews brought it down over the lake.", "intercept"),
        # the particle after a noun object that flies
        ("Gunners shot both incoming drones down over the lake.", "intercept"),
        ("Crews brought the cruise missile down near the border.", "intercept"),
        ("The country closed its airspace to all flights.", "airspace"),
        ("Officials said the airspace was reopened at noon.", "airspace"),
        ("Rebels opened fire on a patrol.", "clash"),
        ("Jets carried out air-raids overnight.", "airstrike"),
    ],
)
def test_phrase_frames_fill_their_slots(text, kind):
    """Several-word frames take a pronoun or short phrase in their slot ('shooting them down')."""
    assert kind in [k for k, _ in _kinds(text)]


@pytest.mark.parametrize("text", ["Workers brought the old wall down.", "Police shot two gunmen down in the street."])
def test_a_particle_after_an_object_that_does_not_fly_is_no_interception(text):
    assert "intercept" not in [k for k, _ in _kinds(text)]


def _types(text: str) -> list[str]:
    from datetime import date

    from reporter.extract import Extractor

    return [i.type for i in Extractor().extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebel fighters attacked an army outpost near Kidal on Monday.", ["armed_clash"]),
        ("On Monday, government forces attacked rebel positions outside Kidal.", ["armed_clash"]),
        ("Warplanes and artillery struck targets east of Kidal on Monday.", ["air_strike"]),
        ("Militiamen intercepted and attacked an army column near Kidal on Monday.", ["armed_clash"]),
    ],
)
def test_the_type_follows_the_parties_and_the_means(text, expected):
    """A weaponless attack by or on ground forces is a clash; aircraft beside artillery make an air
    strike; intercepting a ground column is no air-defence interception."""
    assert _types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Since the spring the rebels have been targeting convoys on the northern road.",
        "The militia began attacking villages along the river late last year.",
        "Strikes by the air force have killed over 300 people in the north, officials said.",
    ],
)
def test_ongoing_activity_is_no_single_event(text):
    """An ongoing activity, the onset of a campaign or a campaign's toll is no single incident."""
    assert _types(text) == []


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("Firefighters battle flames at a depot hit by drones (J. Doe/Agency/File)", True),
        ("Smoke rises over the harbour after a strike (Photo: Staff)", True),
        ("Drones hit fuel depot near the harbour", False),
        ("Gunmen attacked a post near the harbour (AFP) on Monday, killing two guards.", False),
    ],
)
def test_a_scene_closed_by_its_pictures_credit_is_a_caption(line, shown):
    """A line closed by a picture's credit (a photo, a file image, names split by slashes) is a caption,
    whatever its tense; a headline or a report naming its agency mid-sentence is not."""
    from reporter.extract.events import caption

    assert caption(line, 0, len(line)) is shown


@pytest.mark.parametrize(
    "text",
    [
        "The envoy asked the militias to leave so that the deal struck between the two capitals could take effect.",
        "A truce was finally struck in the capital after weeks of talks.",
        "The ministers struck a new agreement on the border crossings.",
        "The speech struck a defiant tone.",
    ],
)
def test_a_pact_struck_is_no_strike(text):
    """"The deal struck between X and Y", "a truce was struck", "struck a new agreement": a pact (or a tone)
    is what was struck, not a target hit."""
    assert [k for k, _ in _kinds(text) if k in ("strike", "airstrike")] == []


def test_a_strike_on_a_target_is_still_one_beside_a_pact_word():
    """A pact named elsewhere in the sentence does not stop the attack verb: "despite the truce, jets struck the port"."""
    assert ("strike", "struck") in _kinds("Despite the truce, jets struck the port at dawn.")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Two guards died in the fighting near the depot.", ["in the fighting"]),
        ("A gun encounter with smugglers left one dead.", ["a gun encounter with", "gun encounter with"]),
        ("In a separate incident, an encounter with raiders was reported.", ["a separate incident", "an encounter with"]),
        ("The battery was engaged by the jets; crews were engaged too.", ["was engaged", "were engaged"]),
        ("In a town, a patrol was seen in an alley.", []),
    ],
)
def test_phrases_opened_by_common_words(text, words):
    # "in", "a", "an", "was", "were" open a phrase only before the words _PHRASE_NEXT lists
    assert [t.word for t in find_triggers(text, tokens(text))] == words


def test_phrase_next_lists_every_word_that_can_follow_a_common_head_in_a_phrase():
    """_PHRASE_NEXT is written by hand: at any next word it does not list, its head never tries the
    phrase pattern. Asked of the pattern itself (the regex module tells whether a text can open a
    match: partial matching), no other next word, one of the pattern's own words or a word it has never
    seen, can go on to a phrase: a phrase added to the pattern without its next word here fails this."""
    regex = pytest.importorskip("regex", reason="partial matching needs the regex module (dateparser's)")
    compiled = _PHRASE.pattern
    pattern = regex.compile(compiled.pattern, compiled.flags & ~re.UNICODE)
    candidates = set(re.findall(r"[a-z]+", compiled.pattern.lower())) | {"qzxv", "blorp"}
    for head, allowed in _PHRASE_NEXT.items():
        opened = sorted(w for w in candidates - allowed if pattern.match(f"{head} {w} ", partial=True))
        assert opened == [], f"{head!r} can open a phrase before {opened}: add them to _PHRASE_NEXT"


def _rows(text: str) -> list[tuple[str, str | None, int | None, tuple[str, ...]]]:
    from datetime import date

    from reporter.extract import Extractor

    found = Extractor().extract(text, id="t", published=date(2025, 6, 18)).incidents
    return [(i.type, i.location, i.casualties.killed, i.actors) for i in found]


def test_a_cause_set_off_by_commas_is_an_event_of_its_own_and_the_toll_after_it_is_the_head_s():
    """ "Strikes on X, sparked by a barrage on Y, killed four": the barrage is no part of the strikes
    (not their type, doer or scene), and the toll told after the closing comma is the strikes'."""
    rows = _rows("Strikes on Sanaa, sparked by a Houthi missile barrage on Tel Aviv, killed four on Monday, officials said.")
    assert ("air_strike", "Sanaa", 4, ()) in rows
    assert not any(r[1] == "Sanaa" and "Houthis" in r[3] for r in rows)


def test_a_toll_inside_a_relative_clause_stays_with_the_event_it_describes():
    rows = _rows("A drone strike on a car in Sanaa, which killed two, was the third this week, officials said on Monday.")
    assert [r[:3] for r in rows] == [("drone_attack", "Sanaa", 2)]


def test_a_lead_that_names_its_event_definitely_at_sea_tells_it():
    """With nothing told before it, "the attack on a tanker in the Red Sea on Monday" is the event, as a
    dated definite lead at a named spot is; an undated one about attacks in general stays nothing."""
    told = _rows("The attack by Houthi rebels on a tanker in the Red Sea on Monday set the ship ablaze, officials said.")
    assert [(r[1], r[3]) for r in told] == [("Red Sea", ("Houthis",))]
    assert _rows("The attacks on shipping in the Red Sea have disrupted trade for months, officials said.") == []


def test_the_party_after_prompted_by_is_not_the_doer():
    rows = _rows("Israeli strikes prompted by Hezbollah rocket fire hit southern Lebanon on Monday, the army said.")
    assert rows and all("Hezbollah" not in r[3] for r in rows)


def test_a_toll_told_after_another_day_is_not_the_next_day_s_event():
    """ "On May 2, three people were killed by a lorry in X and on May 6, a guard was shot in Y": the
    toll has a day of its own and no event word; the shooting told after another day does not take it."""
    rows = _rows("On May 2, three people were killed by a lorry in Haifa and on May 6, a guard was shot in Netanya.")
    assert [r[:3] for r in rows] == [("armed_clash", "Netanya", None)]
    # near misses: the day told before the toll is the event's own
    assert [r[2] for r in _rows("On Monday, three people were killed when a drone hit a house in Kharkiv.")] == [3]
    assert [r[2] for r in _rows("On May 2, three people were killed when gunmen attacked a bus near Haifa on May 2.")] == [3]
