"""Generalisation under test: every gold set is extracted and scored, and must stay above its floors.

The sets are the dev set, both holdout sets, the shared ACLED notes and the real-news corpus (its
tuning and its locked test part, read from the local text cache). Scoring is the shared scorer's,
through benchmarks/eval_extract.py, so the test and `make eval` report the same figures. A floor
sits a little under the F1 reached when it was recorded: a change that costs more than noise on
any set fails here. Raise a floor when the extractor earns it; lower one only with a reason in the
commit. Only totals are read: the locked sets' per-item misses are never looked at.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

#: set -> {kind: floor on F1}. Recorded on 2026-11-30 (E2) a few points below the figures reached
#: then: devset 1.0 on all; holdout incidents 0.817, posture 1.0, milestones 0.968; holdout2 0.641,
#: 0.706, 0.783; acled-dev incidents 0.772; corpus-tune 0.532, 0.831, 0.677; corpus-test 0.475,
#: 0.545, 0.478. The corpus floors sit lower: its gold still grows (shard d, 45 unseen tune articles,
#: took corpus-tune to 0.546, 0.612, 0.609). Posture forms by lemma and context (XT): corpus-tune posture 0.867 (MONUSCO in "DR Congo" vs gold "Democratic Republic of (the) Congo").
FLOORS = {
    "devset": {"incidents": 0.97, "troop_posture": 0.97, "milestones": 0.97},
    "holdout": {
        "incidents": 0.88,
        "troop_posture": 0.95,
        "milestones": 0.93,
    },  # TH (threat speakers): 0.876; XL (the village): 0.882
    "holdout2": {"incidents": 0.60, "troop_posture": 0.87, "milestones": 0.74},  # XT: posture 0.718, 0.895
    "acled-dev": {"incidents": 0.94},  # XI: 0.915; XL (lead event): 0.933; XI: 0.935; XA: 0.938; XI: 0.948
    # Shards a-d only: the figures were recorded on them; shards e and f land unseen (scored alone
    # as corpus-tune:e / :f) and join a floor once the extractor has been measured on them.
    "corpus-tune:abcd": {
        "incidents": 0.83,
        "troop_posture": 0.93,
        "milestones": 0.85,
    },  # XM: milestones 0.888 (was 0.821); XL: incidents 0.742; XP: 0.745; XT: posture 0.880, 0.934; XD (dates): incidents 0.813; TH (threats): 0.814 before XD
    # Shards g and h, blind last session: posture 0.621 (h) unseen, 0.943 once read (XT).
    # XL (places, dates): incidents 0.705 (0.52 at session start, with xi's event work).
    # XI (incident finding and typing): h 0.240 and g 0.510 unseen at session start.
    # XM: milestones 0.786 (0.588 unseen).
    "corpus-tune:gh": {"incidents": 0.74, "troop_posture": 0.92, "milestones": 0.79},
    # Shards i and j, blind in the sixth session: 0.471, 0.667, 0.526 unseen at its end.
    # XL (undated events are news of the report): incidents ij 0.524, gh 0.748; XL (dates, stamps,
    # places): gh 0.757, holdout 0.891.
    # XM (milestones: done steps of any presence noun, terms extended, truce ends, weekday deadlines): 0.759.
    # XI (ground fights, threats, airspaces, courses of attacks): incidents ij 0.595, abcd 0.836.
    # XT (posture by sentence structure: consists of, resumed speakers, moves from X to Y, units sized
    # by number, apposition to a party's unit): posture ij 0.889 (j 0.655 -> 0.885).
    "corpus-tune:ij": {"incidents": 0.60, "troop_posture": 0.90, "milestones": 0.77},
    # Shards k and l, blind in the seventh session: 0.515 and 0.559 unseen at its end (incidents
    # 0.521, posture 0.593, milestones 0.519 together).
    # XM (milestones: duties from a day, demands, approvals, truce lengths from the day of effect): kl 0.761.
    # XT (posture: the party told before, units that grow, men of a named party, tables by country,
    # units sized before their owner, levels across a region): posture kl 0.593 -> 0.813.
    # XL (demonyms, page stamps, "the same day", dateline towns, ships, "still" going on): incidents
    # kl 0.650 with xi's event work (0.521 at session start); ij 0.612.
    # XI (bombardments typed by their weapon, seizures and sieges, ships struck by untold means, strikes
    # referred to, launches without a target, disowned harms, blasts that harm): incidents kl 0.667.
    # RM (posture places: disputed regions, bases abroad, Gaza): posture kl 0.901.
    "corpus-tune:kl": {"incidents": 0.64, "troop_posture": 0.89, "milestones": 0.74},
    # Shards m and n, blind in the eighth session: 0.487 unseen at its end (incidents 0.481, posture
    # 0.471, milestones 0.515); the ninth session keeps them unread, as checks of generality. The
    # learned milestone finder (trained on the read shards only): milestones 0.559, 0.589 on topic per story.
    # RM (posture places: disputed regions and bases abroad lie in their countries): posture mn 0.485.
    # RI (GUIDE typing: plural attacks of untold means, retellings folded, airport closures, raid blasts): incidents mn 0.497.
    "corpus-tune:mn": {"incidents": 0.48, "troop_posture": 0.48, "milestones": 0.57},
    # Shards o and p, blind in the ninth session: 0.535 unseen at its end (incidents 0.552, posture
    # 0.500, milestones 0.509; 0.520 at its start). The tenth session keeps them unread, as checks.
    "corpus-tune:op": {"incidents": 0.53, "troop_posture": 0.47, "milestones": 0.48},
    # Shards q and r, blind in the tenth session: 0.438 unseen at its end (incidents 0.487, posture
    # 0.211, milestones 0.421; 0.430 at its start). The eleventh session keeps them unread, as checks.
    "corpus-tune:qr": {"incidents": 0.47, "troop_posture": 0.19, "milestones": 0.40},
    # Shards s and t, blind in the eleventh session: 0.496 unseen at its end (incidents 0.494, posture
    # 0.373, milestones 0.583; 0.493 at its start). The twelfth session keeps them unread, as checks.
    "corpus-tune:st": {"incidents": 0.47, "troop_posture": 0.35, "milestones": 0.55},
    # Shards u and v, blind in the twelfth session: 0.456 unseen at its end (incidents 0.477, posture
    # 0.333, milestones 0.460; 0.457 at its start). The thirteenth session keeps them unread, as checks.
    "corpus-tune:uv": {"incidents": 0.45, "troop_posture": 0.30, "milestones": 0.43},
    # Shards w and x, blind in the thirteenth session: 0.442 unseen at its end (incidents 0.474, posture
    # 0.333, milestones 0.411; 0.437 at its start). The fourteenth session keeps them unread, as checks.
    "corpus-tune:wx": {"incidents": 0.45, "troop_posture": 0.30, "milestones": 0.38},
    # Shards y and z, blind in the fourteenth session: 0.593 unseen at its end (incidents 0.580, posture
    # 0.578, milestones 0.635; 0.583 at its start). The fifteenth session keeps them unread, as checks.
    "corpus-tune:yz": {"incidents": 0.56, "troop_posture": 0.55, "milestones": 0.61},
    # Shards 0 and 1, blind in the fifteenth session: 0.526 unseen at its end (incidents 0.607, posture
    # 0.512, milestones 0.414; 0.516 at its start). The sixteenth session keeps them unread, as checks.
    "corpus-tune:01": {"incidents": 0.58, "troop_posture": 0.48, "milestones": 0.39},
    # Shards 2 and 3, blind in the sixteenth session: 0.455 unseen at its end (incidents 0.468, posture
    # 0.128, milestones 0.540; 0.453 at its start). The seventeenth session keeps them unread, as checks.
    "corpus-tune:23": {"incidents": 0.44, "troop_posture": 0.10, "milestones": 0.51},
    # Shards 4 and 5, blind in the seventeenth session: 0.553 unseen at its start and end (incidents
    # 0.582, posture 0.543, milestones 0.483). The eighteenth session keeps them unread, as checks.
    "corpus-tune:45": {"incidents": 0.55, "troop_posture": 0.51, "milestones": 0.45},
    # Shards 6 and 7, blind in the eighteenth and nineteenth sessions: 0.518 unseen at the nineteenth's
    # end (incidents 0.522, posture 0.469, milestones 0.534; 0.513 at the eighteenth's end). The
    # twentieth session keeps them unread, as checks and judge shards.
    "corpus-tune:67": {"incidents": 0.49, "troop_posture": 0.44, "milestones": 0.50},
    # Shards 8 and 9, blind in the twentieth and twenty-first sessions: 0.510 unseen at the twenty-first's
    # start and end (incidents 0.556, posture 0.421, milestones 0.436).
    # The twenty-second session keeps them unread, as checks and judge shards.
    "corpus-tune:89": {"incidents": 0.53, "troop_posture": 0.39, "milestones": 0.41},
    "corpus-test": {"incidents": 0.42, "troop_posture": 0.63, "milestones": 0.42},  # XT: posture 0.667
}


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_extract", ROOT / "benchmarks" / "eval_extract.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def evaluation():
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"{SHARED}/eval is absent (it sits beside the team's clone, not a user's)")
    return _eval_module()


@pytest.mark.parametrize("name", FLOORS)
def test_scores_stay_above_their_floors(evaluation, name):
    """Each set's per-kind F1, by the shared scorer, is at or above its recorded floor."""
    paths, gold = evaluation.inputs(name)
    if name.startswith("corpus-"):
        shards = name.partition(":")[2]
        expected = len(list(gold.glob(f"[{shards}]_*.json" if shards else "*.json")))
        if len(paths) < expected:
            # A floor holds for the whole set: on part of it the figure is another set's.
            pytest.skip(f"{len(paths)} of {expected} corpus texts in the local cache (see corpus/README.md)")
    if not gold.is_dir():
        pytest.skip(f"{gold} is absent")
    report = evaluation.score(name, verbose=False)
    below = {
        kind: round(report[kind]["f1"], 3)
        for kind, floor in FLOORS[name].items()
        if report[kind]["f1"] < floor
    }
    assert not below, f"{name}: F1 under the floor {FLOORS[name]}: {below}"


def test_verbose_scoring_refuses_check_shards():
    """Check shards are scored in aggregate only: a set naming one, or the whole tune part, is refused."""
    from corpus.cache import CHECK_SHARDS

    held = _eval_module()._check_shards_in
    assert held("corpus-tune") == CHECK_SHARDS
    assert held(f"corpus-tune:a{CHECK_SHARDS[0]}") == CHECK_SHARDS[0]
    assert held("corpus-tune:abcd") == ""
    assert held("corpus-test") == "" and held("holdout") == ""
