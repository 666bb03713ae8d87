"""The learned incident layer: an incident's features, the model file, and its two moves (re-type, drop)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from reporter.extract import Extractor, learned_incidents
from reporter.extract.document import Document
from reporter.extract.incidents import incident_events, to_incident
from reporter.extract.learned import Scorer

PUBLISHED = date(2030, 5, 10)
TEXT = (
    "Rebel gunmen fired rockets at an army post in Kirkuk on 8 May 2030, killing two soldiers, police said."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_an_incident_has_the_rules_reading_as_features(extractor):
    art = Document.read(TEXT, PUBLISHED, extractor.lexicon)
    (event,) = incident_events(art)
    feats = set(learned_incidents.features(art, event, to_incident(art, event), 1))
    assert {f"rt:{event.type}", "f:toll", "ne:1", "short:1"} <= feats
    assert "cl:rocket" in feats or "cl:fire" in feats  # the clause's lemmas
    assert any(f.startswith("st:") for f in feats)  # the sentence's event frames


def _model(fire: float, keep_bias: float, retype: float, drop: float) -> learned_incidents.Model:
    typer = learned_incidents.Typer(
        {"fire": {}, "clash": {}},
        {"fire": fire, "clash": 0.0},
        {"fire": "rocket_attack", "clash": "armed_clash"},
    )
    return learned_incidents.Model(typer, Scorer({}, keep_bias), retype=retype, drop=drop)


def test_a_model_moves_an_incident_to_the_family_it_is_sure_of_and_drops_one_it_doubts(extractor):
    try:
        learned_incidents.use(None)
        (rules,) = extractor.extract(TEXT, id="t", published=PUBLISHED).incidents
        learned_incidents.use(_model(fire=-30.0, keep_bias=30.0, retype=0.9, drop=0.5))
        (moved,) = extractor.extract(TEXT, id="t", published=PUBLISHED).incidents
        assert moved.type == "armed_clash" and moved.location == rules.location
        learned_incidents.use(_model(fire=-30.0, keep_bias=30.0, retype=1.01, drop=0.5))
        assert extractor.extract(TEXT, id="t", published=PUBLISHED).incidents == (rules,)  # never re-types
        learned_incidents.use(_model(fire=30.0, keep_bias=-30.0, retype=0.9, drop=0.5))
        assert extractor.extract(TEXT, id="t", published=PUBLISHED).incidents == ()
    finally:
        learned_incidents.SHIPPED.forget()


def test_the_model_file_is_read_and_its_absence_means_the_rules_alone(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(
        json.dumps(
            {
                "retype": 0.8,
                "drop": 0.2,
                "typer": {
                    "bias": {"air": 0.0, "fire": 1.0},
                    "types": {"air": "air_strike", "fire": "shelling"},
                    "weights": {"air": {"tw:jet": 2.0}, "fire": {}},
                },
                "keeper": {"bias": 0.5, "weights": {"f:toll": 1.0}},
            }
        )
    )
    model = learned_incidents.read(path)
    assert model is not None and model.retype == 0.8 and model.drop == 0.2
    probs = model.typer.probabilities(["tw:jet"])
    assert probs["air"] == pytest.approx(1 / (1 + 2.718281828**-1.0), rel=1e-6)
    assert learned_incidents.read(tmp_path / "absent.json") is None


@pytest.mark.parametrize(
    ("text", "weak"),
    [
        # typed by a word of no kind of its own ("attacked", "struck"), no weapon named: the rules' wording
        ("Gunmen attacked a village near Kirkuk on 8 May 2030, killing five people, police said.", True),
        ("Israel struck targets in Tyre on 8 May 2030, the army said.", True),
        # typed by its own word or its weapon: the GUIDE's typing, which the layer may not overrule
        (TEXT, False),
        ("Air defences intercepted three drones over Erbil on 8 May 2030, officials said.", False),
        (
            "Security forces stormed the headquarters of the opposition party in Kampala on Monday, troops said.",
            False,
        ),
        ("Khamenei said on Friday that Israel would face severe consequences for the air strikes.", False),
    ],
)
def test_a_weak_cue_is_a_type_read_from_a_word_of_no_kind_with_no_weapon_of_its_family(extractor, text, weak):
    art = Document.read(text, PUBLISHED, extractor.lexicon)
    found = [(c, to_incident(art, c)) for c in incident_events(art)]
    assert found
    for c, inc in found:
        assert (
            learned_incidents.weak_cue(learned_incidents.features(art, c, inc, len(found)), inc.type) is weak
        )


def test_a_guarded_model_moves_and_drops_only_incidents_of_a_weak_cue(extractor):
    """The same sure model re-types an attack of no named means, but never a rocket attack (its weapon
    names its type) nor an interception; it drops only the former."""
    weak = "Gunmen attacked a village near Kirkuk on 8 May 2030, killing five people, police said."
    typer = learned_incidents.Typer(
        {"fire": {}, "clash": {}, "air": {}},
        {"fire": 0.0, "clash": -30.0, "air": 30.0},
        {"fire": "rocket_attack", "clash": "armed_clash", "air": "air_strike"},
    )
    guarded = {"retype": 0.9, "drop": 0.0, "margin": 0.5, "retype_only": "weak_cue", "drop_only": "weak_cue"}
    try:
        learned_incidents.use(learned_incidents.Model(typer, Scorer({}, 30.0), **guarded))
        (moved,) = extractor.extract(weak, id="t", published=PUBLISHED).incidents
        assert moved.type == "air_strike"
        (kept,) = extractor.extract(TEXT, id="t", published=PUBLISHED).incidents
        assert kept.type == "rocket_attack"
        learned_incidents.use(learned_incidents.Model(typer, Scorer({}, -30.0), **{**guarded, "drop": 0.5}))
        assert extractor.extract(weak, id="t", published=PUBLISHED).incidents == ()
        assert len(extractor.extract(TEXT, id="t", published=PUBLISHED).incidents) == 1
    finally:
        learned_incidents.SHIPPED.forget()


def test_the_model_file_names_its_guards_and_an_unknown_one_is_refused(tmp_path):
    raw = {
        "retype": 1.01,
        "drop": 0.3,
        "drop_only": "weak_cue",
        "typer": {"bias": {}, "types": {}, "weights": {}},
        "keeper": {"bias": 0.5, "weights": {"f:toll": 1.0}},
    }
    path = tmp_path / "model.json"
    path.write_text(json.dumps(raw))
    model = learned_incidents.read(path)
    assert model.drop_only == "weak_cue" and model.retype_only == "any" and model.margin == 0.0
    path.write_text(json.dumps({**raw, "drop_only": "somewhere"}))
    with pytest.raises(ValueError):
        learned_incidents.read(path)
