"""Every config key is documented: the reference is the model's, the bundled YAML shows each key."""

from __future__ import annotations

import re

from reporter.config import load_config
from reporter.config_check import config_problems
from reporter.config_reference import documented_fields, render
from tests.conftest import ROOT

REGENERATE = "python -m reporter.config_reference > docs/configuration.md"


def test_reference_matches_the_model():
    """docs/configuration.md is what the model generates (regenerate it after changing a key)."""
    assert (ROOT / "docs" / "configuration.md").read_text() == render(), f"run: {REGENERATE}"


def test_every_key_has_a_meaning():
    """No key reaches the reference without a description."""
    missing = [key for key, field in documented_fields() if not field.description]
    assert not missing, f"keys without a description in reporter/config.py: {missing}"


def test_bundled_config_shows_every_key():
    """Each key appears in config/reporter.yaml, set or as a commented example, and the file is valid."""
    text = (ROOT / "config" / "reporter.yaml").read_text()
    absent = sorted(
        {
            key
            for key, _ in documented_fields()
            if not re.search(rf"\b{re.escape(key.split('.')[-1].removesuffix('[]'))}:", text)
        }
    )
    assert not absent, f"config/reporter.yaml does not show: {absent}"
    assert config_problems(load_config(ROOT / "config" / "reporter.yaml"), environment=False) == []
