"""The extractor never crashes and stays grounded on any input: random text, news word salad, huge input."""

from __future__ import annotations

import json
import os
import time
from datetime import date
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reporter.extract import Extractor, infer_published

EX = Extractor()
SCHEMA_PATH = Path(__file__).resolve().parents[1].parent / "shared" / "contract" / "facts.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text()) if SCHEMA_PATH.exists() else None
# One validator for all examples: jsonschema.validate() checks the schema itself against its
# meta-schema on every call, which cost nine tenths of these tests' time.
if SCHEMA is not None:
    validator_class = jsonschema.validators.validator_for(SCHEMA)
    validator_class.check_schema(SCHEMA)
    VALIDATOR = validator_class(SCHEMA)
else:
    VALIDATOR = None

NEWS_WORDS = str.split(
    "drones rockets missile intercepted shot down fired at struck killed wounded on Friday overnight between "
    "Saturday and Sunday in Iraq Ain al-Asad air base Israel Iran's Kataeb Hezbollah warned would the U.S. "
    "coalition troops 2,500 about by September 2025 end of 2026 said officials according to no casualties "
    "dozens hundreds of which , . ; — ( ) \" ' 15/06/2025 Oct. 7 , 2023 last week since earlier this month"
)


def check(text: str, published: date | None) -> None:
    facts = EX.extract(text, id="fuzz", published=published)
    out = json.loads(json.dumps(facts.to_dict()))
    if VALIDATOR is not None:
        VALIDATOR.validate(out)
    for item in (*facts.incidents, *facts.troop_posture, *facts.milestones):
        assert item.evidence in text


settings.register_profile(
    "extract",
    max_examples=int(os.environ.get("EXTRACT_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@settings(settings.get_profile("extract"))
@given(st.text(max_size=2000), st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_random_text(text, published):
    """Arbitrary unicode text gives schema-valid facts and no exception."""
    check(text, published)
    infer_published(text)


@settings(settings.get_profile("extract"))
@given(
    st.lists(st.sampled_from(NEWS_WORDS), max_size=400),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 1, 1)),
)
def test_news_word_salad(words, published):
    """Shuffled news vocabulary, dense in triggers and dates, stays schema-valid and grounded."""
    check(" ".join(words), published)


@settings(settings.get_profile("extract"))
@given(st.binary(max_size=3000))
def test_binary_input(raw):
    """Bytes decoded with replacement characters are handled like any text."""
    check(raw.decode("utf-8", errors="replace"), None)


def test_huge_input_is_cut_and_fast():
    """A 10 MB input finishes in seconds: extraction reads a bounded prefix."""
    para = (
        "Three drones were shot down over Erbil on Sunday, officials said. The United States has about "
        "2,500 troops in Iraq. Coalition forces are to leave by September 2026.\n"
    )
    text = para * (10_000_000 // len(para))
    # CPU time, not wall time: a loaded machine must not fail the test; an unbounded parse still would.
    start = time.process_time()
    facts = EX.extract(text, id="huge", published=date(2025, 3, 12))
    assert time.process_time() - start < 20
    assert facts.troop_posture and facts.milestones
