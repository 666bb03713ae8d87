"""The learned milestone layer: the features of a date mention, the model file, and the hook's two moves."""

from __future__ import annotations

import json
from datetime import date

import pytest

from reporter.extract import Extractor, learned
from reporter.extract.document import Document
from reporter.extract.milestones import find_milestones

PUBLISHED = date(2030, 5, 10)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def read(extractor: Extractor, text: str) -> Document:
    return Document.read(text, PUBLISHED, extractor.lexicon)


def test_a_date_mention_has_its_window_tense_and_step_features(extractor):
    art = read(extractor, "The brigade will withdraw its soldiers from the valley by March 2031, the ministry said.")
    (cand,) = learned.candidates(art, find_milestones(art))
    feats = set(cand.features)
    assert cand.due == "2031-03"
    assert {"p1:by", "ss:withdraw", "sc:will", "modal:1", "t:ahead", "p:month", "subj:1", "r:1"} <= feats
    assert "a:ministry" in feats  # the words after the date, as lemmas


def test_a_past_event_date_reads_as_behind_and_unruled(extractor):
    art = read(extractor, "Gunmen attacked a checkpoint near the river on 3 February 2029, police said.")
    (cand,) = learned.candidates(art, find_milestones(art))
    feats = set(cand.features)
    assert {"t:behind", "past:1", "modal:0", "r:0", "rs:0"} <= feats
    assert not cand.covered


def test_the_model_file_is_read_into_two_scorers(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({
        "add": 0.8, "drop": 0.1,
        "adds": {"bias": -1.0, "weights": {"p1:by": 2.0}},
        "keeps": {"bias": 0.5, "weights": {}},
    }))
    model = learned.read(path)
    assert model is not None and model.add == 0.8 and model.drop == 0.1
    assert model.adds.probability(["p1:by"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)
    assert model.adds.probability(["unknown"]) < 0.5
    assert learned.read(tmp_path / "absent.json") is None  # no model shipped: the rules alone


def test_a_model_adds_a_date_the_rules_missed_and_drops_one_it_doubts(extractor):
    text = (
        "The peacekeepers were told they would be gone from the plateau on 12 August 2030 at the latest. "
        "The brigade will withdraw its soldiers from the valley by March 2031."
    )
    art = read(extractor, text)
    rules = find_milestones(art)
    keen = learned.Model(learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0)
    added = learned.revise(art, rules, keen)
    assert {m.due for m in added} >= {m.due for m in rules} | {"2030-08-12"}
    doubting = learned.Model(learned.Scorer({}, -30.0), learned.Scorer({}, -30.0), add=0.5, drop=0.5)
    assert [m for m in learned.revise(art, rules, doubting) if m.due == "2031-03"] == []


def test_without_a_shipped_model_extraction_is_the_rules_alone(extractor):
    learned.use(None)
    try:
        text = "The brigade will withdraw its soldiers from the valley by March 2031."
        facts = extractor.extract(text, id="t", published=PUBLISHED)
        assert [m.due for m in facts.milestones] == ["2031-03"]
    finally:
        learned.SHIPPED.forget()


def test_the_shipped_finder_adds_dated_steps_the_rules_miss(extractor):
    learned.SHIPPED.forget()
    assert learned.load() is not None, "make train writes data/milestone_model.json"
    for text, due in (
        ("The truce between the two militias takes hold at dawn on 12 May 2030, the mediators said.", "2030-05-12"),
        ("Under the accord, the militia gives up its heavy guns on 14 May 2030.", "2030-05-14"),
    ):
        art = read(extractor, text)
        assert find_milestones(art) == []  # no rule cue: the finder alone
        assert [m.due for m in learned.revise(art, [])] == [due]


@pytest.mark.parametrize("text", [
    "The navy and its allies will hold a landing exercise on the coast on 14 May 2030.",
    "The grocer will close its last shops abroad and leave the market by March 2031, its chief said.",
    "The minister said the army is not leaving the border villages in June 2031.",
    "The army will release its report on the clash on 30 June 2030.",
    "On Tuesday the militia told the soldiers to go, and the convoy set off on 8 May 2030.",
])
def test_the_finder_keeps_the_rules_policy(extractor, text):
    """No exercise, no step off the security topic, nothing negated, a release only of captives,
    and no date already past (a saying's day or history): a keen model adds nothing to the rules."""
    keen = learned.Model(learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0)
    art = read(extractor, text)
    rules = find_milestones(art)
    assert learned.revise(art, rules, keen) == rules


def test_an_article_the_rules_read_as_commitments_is_on_topic_in_every_sentence(extractor):
    """A step told three sentences after the last word of forces: on topic in a story whose rules
    found a commitment, off it in a story they found none in."""
    keen = learned.Model(learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0)
    tail = (
        " The weather was mild. Farmers sold grain at the market. Prices held steady."
        " The joint committee will hand its final border map to both capitals on 3 June 2031."
    )
    plan = read(extractor, "The brigade will withdraw its soldiers from the valley by March 2031." + tail)
    assert {m.due for m in learned.revise(plan, find_milestones(plan), keen)} == {"2031-03", "2031-06-03"}
    calm = read(extractor, "The farmers' union met in the valley in March." + tail)
    assert learned.revise(calm, find_milestones(calm), keen) == find_milestones(calm) == []


@pytest.mark.parametrize(("text", "second"), [
    ("The brigade will withdraw its soldiers from the valley by March 2031, and a review of the border force "
     "is set for September 2031.", "2031-09"),
    ("The mission will hand the airfield to the army by June 2031, while its mandate runs to the end of 2032.", "2032-12"),
])
def test_a_second_date_ahead_in_a_sentence_the_rules_read_is_a_plan_of_its_own(extractor, text, second):
    """The rules bound the sentence's step by one date; a later date ahead of the report, in a clause
    of its own, may bound a second plan the finder adds."""
    keen = learned.Model(learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0)
    art = read(extractor, text)
    rules = find_milestones(art)
    assert len(rules) == 1 and rules[0].due != second
    assert {m.due for m in learned.revise(art, rules, keen)} == {rules[0].due, second}


@pytest.mark.parametrize(
    "text",
    [
        "Under the accord signed on 2 April 2030, the brigade will withdraw from the valley by March 2031.",
        "The brigade will withdraw from the valley by March 2031, a local official said, though others speak of June 2031.",
    ],
)
def test_a_second_date_naming_no_plan_of_its_own_adds_nothing(extractor, text):
    """The day an accord was signed dates the accord, not a step; a date others 'speak of' names no step
    or commitment of its own (it is the first plan's date told otherwise): the rules' plan stands alone."""
    keen = learned.Model(learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0)
    art = read(extractor, text)
    rules = find_milestones(art)
    assert [m.due for m in rules] == ["2031-03"]
    assert learned.revise(art, rules, keen) == rules


def test_a_mention_carries_the_policys_refusals_as_features(extractor):
    """Why the policy would refuse an addition travels with the mention, so a model can weigh it."""
    art = read(extractor, "The engineers pulled the last of their bridging crews out of the delta on 2 May 2030.")
    rules = find_milestones(art)
    (cand,) = [c for c in learned.candidates(art, rules) if not c.covered] or [None]
    if cand is None:
        pytest.skip("the rules took this step themselves")
    assert "past" in cand.refused and "v:past" in cand.features
    ahead = read(extractor, "The corps will move its depot from the coast to the hills on 9 June 2031.")
    (c2,) = learned.candidates(ahead, [])
    assert "past" not in c2.refused


@pytest.mark.parametrize("text", [
    "The last company of engineers was flown out of the delta base on 4 May 2030, the defence office said.",
    "On 6 May 2030 the marines handed the harbour fort to the coast guard.",
    # moving into a place or over a line is a step too
    "The third armoured brigade entered the river town on 5 May 2030, the ministry said.",
    "The last column of the peacekeeping battalion crossed the border into the north on 5 May 2030.",
    # a phrasal step the rules' patterns do not read as done
    "The coalition scaled back its garrison at the hilltop base on 5 May 2030, the ministry said.",
])
def test_a_model_that_softens_a_refusal_may_add_a_step_told_as_done(extractor, text):
    """A date at or before the report is refused by the rules' policy; a model trained to weigh that
    refusal (``soft``) may add the step, and marks it done. Without ``soft`` the refusal stands."""
    art = read(extractor, text)
    rules = [m for m in find_milestones(art) if m.due.startswith("2030-05")]
    keen = learned.Model(learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0)
    soft = learned.Model(learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0, soft=frozenset({"past"}))
    assert rules == [], "the rules read this step themselves: pick a wording they miss"
    assert learned.revise(art, [], keen) == []
    (added,) = learned.revise(art, [], soft)
    assert added.due.startswith("2030-05") and added.done


def test_a_step_too_short_to_name_stays_refused_whatever_the_model(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({
        "add": 0.5, "drop": 0.0, "soft": ["past", "short"],
        "adds": {"bias": 0.0, "weights": {}}, "keeps": {"bias": 0.0, "weights": {}},
    }))
    model = learned.read(path)
    assert model is not None and model.soft == frozenset({"past"})


SOFT_PAST = learned.Model(
    learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0, soft=frozenset({"past", "old"})
)


@pytest.mark.parametrize("text", [
    "In a note sent to the press on 6 May 2030, the border brigade thanked the villagers for their help.",
    "The central lender lowered its main interest rate by a quarter point on 6 May 2030.",
    "The studio opened its new picture in forty cinemas across the north on 6 May 2030.",
    "Speaking to the council on 6 May 2030, the general praised the rangers' patience.",
])
def test_a_step_told_as_done_needs_a_step_and_a_force_of_its_own(extractor, text):
    """A model that weighs the time refusal may add a step told as done, but only a step: a step word
    in its clause (not a saying, a rate cut or a film) and a force, mission or truce in its sentence."""
    art = read(extractor, text)
    assert find_milestones(art) == []
    assert learned.revise(art, [], SOFT_PAST) == []


@pytest.mark.parametrize("text", [
    "The navy and its allies will hold a landing exercise on the coast on 14 May 2031.",
    "The grocer will close its last shops abroad and leave the market by March 2031, its chief said.",
    "The minister said the army is not leaving the border villages in June 2031.",
    "Will the brigade really hand the port to the coast guard by June 2031?",
])
def test_only_the_time_refusals_may_be_soft(extractor, text, tmp_path):
    """A model file that names any other refusal soft is read as naming the time ones only: an
    exercise, a step off the topic of forces, a negated or asked plan stay refused."""
    path = tmp_path / "model.json"
    path.write_text(json.dumps({
        "add": 0.5, "drop": 0.0, "soft": ["past", "old", "off_topic", "exercise", "negated", "asked", "second"],
        "adds": {"bias": 30.0, "weights": {}}, "keeps": {"bias": 30.0, "weights": {}},
    }))
    model = learned.read(path)
    assert model is not None and model.soft == frozenset({"past"})
    art = read(extractor, text)
    rules = find_milestones(art)
    assert learned.revise(art, rules, model) == rules
    named = frozenset(("off_topic", "exercise", "negated", "asked", "second", "ruled", "release", "short"))
    every = learned.Model(model.adds, model.keeps, model.add, model.drop, model.soft | named)
    assert learned.revise(art, rules, every) == rules  # apply() holds the line too


@pytest.mark.parametrize("text", [
    "The rebels pulled their gunmen out of the river town on 6 May 2030.",
    "The truce between the two militias took effect on 6 May 2030, the mediators said.",
    "On 6 May 2030 the marines handed the harbour fort to the coast guard.",
])
def test_a_done_step_of_a_force_is_refused_only_for_its_time(extractor, text):
    """The guards leave a real step told as done (a withdrawal, a truce's start, a handover) to a
    model that weighs the time refusal: "past" is its only refusal, and such a model adds it, done."""
    art = read(extractor, text)
    (cand,) = learned.candidates(art, [])
    assert cand.refused == ("past",)
    (added,) = learned.revise(art, [], SOFT_PAST)
    assert added.due == "2030-05-06" and added.done


@pytest.mark.parametrize("text", [
    "Under the pact that came into force on 6 May 2030, the gunmen are to leave the hill villages.",
    "After the talks of 6 May 2030 the rangers will be withdrawn from the pass, the ministry said.",
    "Envoys said negotiations over the brigade's pullout broke down on 6 May 2030.",
    "The summit on the withdrawal of the marines ended on 6 May 2030 with no agreement.",
])
def test_a_past_date_beside_a_step_still_ahead_or_talks_that_ended_is_no_done_step(extractor, text):
    """A step told as ahead ("are to leave", "will be withdrawn") is not done on another act's past
    day, and talks about a withdrawal that ended are no withdrawal: refused beyond the time refusal."""
    art = read(extractor, text)
    assert all("past" in c.refused and len(c.refused) > 1 for c in learned.candidates(art, []))
    assert learned.revise(art, [], SOFT_PAST) == []


def test_a_done_finder_of_its_own_weighs_the_steps_told_as_done(extractor):
    """A model with a ``done`` scorer scores mentions refused only for their time with it, at
    ``done_add``; plans ahead keep the ``adds`` scorer and its threshold."""
    done = read(extractor, "The rebels pulled their gunmen out of the river town on 6 May 2030.")
    ahead = read(extractor, "The peacekeepers were told they would be gone from the plateau on 12 August 2030 at the latest.")
    never, always = learned.Scorer({}, -30.0), learned.Scorer({}, 30.0)
    split = learned.Model(never, never, add=0.5, drop=0.0, soft=frozenset({"past"}), done=always, done_add=0.5)
    (added,) = learned.revise(done, [], split)
    assert added.due == "2030-05-06" and added.done
    assert learned.revise(ahead, [], split) == []  # its plan is the adds scorer's, which says no
    shy = learned.Model(always, always, add=0.5, drop=0.0, soft=frozenset({"past"}), done=never, done_add=0.5)
    assert learned.revise(done, [], shy) == []
    (plan,) = learned.revise(ahead, [], shy)
    assert plan.due == "2030-08-12" and not plan.done


def test_the_model_file_may_carry_a_done_finder(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({
        "add": 0.5, "drop": 0.0, "soft": ["past"], "done_add": 0.4,
        "adds": {"bias": 0.0, "weights": {}}, "keeps": {"bias": 0.0, "weights": {}},
        "done": {"bias": 1.0, "weights": {"v:past": 0.5}},
    }))
    model = learned.read(path)
    assert model is not None and model.done is not None and model.done_add == 0.4
    assert model.done.weights == {"v:past": 0.5}


@pytest.mark.parametrize(("text", "refused"), [
    ("The valley, which stayed under the rangers' watch until June 2019, fell to the rebels.", True),
    ("Addressing the assembly on 9 July 2032, the envoy said the marines would leave the islands.", True),
    ("On 9 July 2032, the marines will leave the islands, the envoy said.", False),
    ("The assembly extended the observers' stay through 30 June 2033.", False),
])
def test_an_undated_pages_history_or_day_of_a_saying_is_refused_as_old(extractor, text, refused):
    """On an undated page, what the rules read as history ("stayed ... until <year>") or a saying's
    day ("On <day>, the envoy said ... would") is refused as old, whatever the year, so no finder adds
    it; a step told with its own day ahead or a stay bounded in the present is not."""
    art = Document.read(text, None, extractor.lexicon)
    every = learned.Model(learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0)
    cands = [c for c in learned.candidates(art, find_milestones(art)) if not c.covered]
    assert all(("old" in c.refused) == refused for c in cands)
    if refused:
        assert cands and learned.revise(art, find_milestones(art), every) == find_milestones(art)


def test_a_plan_of_an_agreement_is_on_topic_without_a_force():
    """A deal's terms are commitments whatever they bind ('the first phase of the agreement ends on ...',
    'under the accord, the ports reopen by ...'): told in a sentence, or one of the two before it, that
    names the agreement, a plan ahead is on topic for the finder; a plan that names neither a force nor
    a deal ('the grocer will leave the market') stays refused."""
    extractor = Extractor()
    keen = learned.Model(learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0)
    text = (
        "The two governments signed the grain export pact in the capital. Shipping firms welcomed the news. "
        "Its first stage ends on 30 June 2030, officials said."
    )
    art = read(extractor, text)
    assert [m.due for m in find_milestones(art)] == ["2030-06-30"]  # the rules read a deal's terms too
    assert [m.due for m in learned.revise(art, [], keen)] == ["2030-06-30"]
    grocer = read(extractor, "The grocer will close its last shops abroad and leave the market by March 2031.")
    assert learned.revise(grocer, [], keen) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Coalition defence ministers will hold talks on the mission in Rome on June 12, the alliance said.", False),
        ("The army chiefs of the alliance will meet at a summit on the brigade in the capital on June 20.", False),
        # a ballot on a step names the step: it stays
        ("The council will vote on June 20 to end the peacekeeping mission in the south.", True),
    ],
)
def test_the_rules_set_no_due_date_for_a_gathering(extractor, text, kept):
    """Talks, a summit, a session or a vote set for a day is no step of a force unless its clause names one
    (milestones._meeting); the rules' own reading, before any learned layer looks at the date."""
    art = read(extractor, text)
    assert bool(find_milestones(art)) is kept


@pytest.mark.parametrize("text", [
    # told as past, with no step word anywhere in the sentence
    "The choir of the border brigade sang at the harbour festival on 6 May 2030, the mayor said.",
    # told as past, a step word but no force, mission or truce in the sentence
    "The bakery chain withdrew its spring cakes from the shelves on 6 May 2030.",
    # ahead, but a story of no plan and a sentence of no forces: off the topic
    "The museum will open a hall of old maps to visitors on 9 June 2031, its keeper said.",
])
def test_a_date_refused_whatever_its_step_is_never_read_for_one(extractor, text, monkeypatch):
    """A mention the rules' policy refuses for a reason the model does not weigh, found before the step's
    clause is read (told as past with no step word or no force in its sentence, off the topic), is left
    out with no step looked for: the same candidates, and the costliest part of the policy not run."""
    art = read(extractor, text)
    asked = []
    real = learned.step_clause
    monkeypatch.setattr(learned, "step_clause", lambda *a: asked.append(a) or real(*a))
    assert learned.candidates(art, [], SOFT_PAST) == []
    assert asked == []
    assert learned.revise(art, [], SOFT_PAST) == []


def test_with_no_rule_milestone_a_refused_date_needs_no_due(extractor, monkeypatch):
    """No rule milestone, so no mention is covered by one: a mention refused whatever its step is left
    out before its due is worked out; a mention kept for the model still has its due."""
    art = read(
        extractor,
        "The choir of the border brigade sang at the harbour festival on 6 May 2030, the mayor said. "
        "The rebels pulled their gunmen out of the river town on 7 May 2030.",
    )
    asked = []
    real = learned.mention_due
    monkeypatch.setattr(learned, "mention_due", lambda art, d: asked.append(d.start) or real(art, d))
    (cand,) = learned.candidates(art, [], SOFT_PAST)
    assert cand.due == "2030-05-07" and asked == [cand.mention.start]


@pytest.mark.parametrize("text", [
    "The rebels pulled their gunmen out of the river town on 6 May 2030.",
    "The truce between the two militias took effect on 6 May 2030, the mediators said.",
])
def test_a_date_beside_a_step_of_a_force_still_has_its_step_read(extractor, text, monkeypatch):
    """The near miss: a step word and a force in the sentence, the step's clause is read and the
    mention kept for the model, refused only for its time."""
    art = read(extractor, text)
    asked = []
    real = learned.step_clause
    monkeypatch.setattr(learned, "step_clause", lambda *a: asked.append(a) or real(*a))
    (cand,) = learned.candidates(art, [], SOFT_PAST)
    assert cand.refused == ("past",) and asked


@pytest.mark.parametrize("text", [
    "The choir of the border brigade sang at the harbour festival on 6 May 2030, the mayor said.",
    "The bakery chain withdrew its spring cakes from the shelves on 6 May 2030.",
    "The rebels pulled their gunmen out of the river town on 6 May 2030.",
    "Will the brigade really hand the port to the coast guard by June 2031?",
    "The navy and its allies will hold a landing exercise on the coast on 14 May 2031.",
    "Under the pact that came into force on 6 May 2030, the gunmen are to leave the hill villages.",
    "The truces of the two militias were broken on 6 May 2030, the mediators said.",
])
def test_what_is_refused_before_the_step_is_read_is_refused_by_the_whole_policy(extractor, text):
    """refused_unread says a mention is refused only where the whole policy refuses it for a reason the
    model does not weigh."""
    from reporter.extract.milestones import refused_unread

    art = read(extractor, text)
    for d in art.dates:
        if d.span is None:
            continue
        i = art.sentence_index(d.start)
        for on_topic in (False, True):
            if refused_unread(art, i, d, on_topic, SOFT_PAST.weighed):
                _, refused = learned.policy(art, set(), on_topic, d, i, SOFT_PAST.weighed)
                assert not SOFT_PAST.weighs(refused)
