"""What the extractor keeps compiled in the user cache is what it would build, and never gets in the way."""

from __future__ import annotations

import re

import pytest

from reporter.extract import lexicon, patterns

SAMPLES = (
    (r"(?P<count>\d+) (?:soldiers|troops)\b", 0),
    (r"\b(?:shell(?:ed|ing)|strike[sd]?)\s+on\s+(\w+)", re.IGNORECASE),
    (r"(?i)withdraw(?:al|n)?  # a comment\n", re.VERBOSE),
    (r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$", re.MULTILINE),
)
TEXT = "Some 300 troops left.\nShelling on Tuesday\nWITHDRAWAL\nPort-Sudan"


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTER_CACHE", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize(("source", "flags"), SAMPLES)
def test_a_pattern_from_its_program_is_the_one_re_compiles(source, flags):
    import _sre

    made = _sre.compile(source, *patterns.program(source, flags))
    plain = re.compile(source, flags)
    assert (made.pattern, made.flags, made.groups, made.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groups,
        plain.groupindex,
    )
    assert [m.groups() for m in made.finditer(TEXT)] == [m.groups() for m in plain.finditer(TEXT)]
    assert [m.span() for m in made.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def test_cached_keeps_new_programs_and_restores_re(cache):
    plain = re.compile
    with patterns.cached():
        first = [re.compile(s, f) for s, f in SAMPLES]
    assert re.compile is plain
    kept = list(cache.glob("patterns-*.pickle"))
    assert len(kept) == 1
    stamp = kept[0].stat().st_mtime_ns
    with patterns.cached():  # all known: read, never written again
        again = [re.compile(s, f) for s, f in SAMPLES]
        assert re.compile(b"bytes too") == plain(b"bytes too")
    assert kept[0].stat().st_mtime_ns == stamp
    assert [p.pattern for p in again] == [p.pattern for p in first]
    assert again[0].search(TEXT)["count"] == "300"


def test_a_broken_cache_or_pattern_means_compiling_as_usual(cache):
    with patterns.cached():
        re.compile("a+")
    path = next(cache.glob("patterns-*.pickle"))
    path.write_bytes(b"not a pickle")
    with patterns.cached():
        assert re.compile("a+").fullmatch("aaa")
        with pytest.raises(re.error):
            re.compile("(unclosed")
    assert re.compile("(?:x)").pattern == "(?:x)"


def test_the_bundled_lexicon_data_from_the_cache_is_the_parsed_data(cache, monkeypatch):
    lexicon._bundled.cache_clear()
    monkeypatch.setattr(lexicon, "_bundled", lexicon._bundled.__wrapped__)  # no process-wide copy
    parsed = lexicon.merge_sources(())
    assert len(list(cache.glob("bundled-*.pickle"))) == 1
    monkeypatch.setattr(lexicon, "_merge_into", None)  # parsing again would fail
    assert lexicon.merge_sources(()) == parsed


# Patterns re gives no first-character set, and text with the characters case folding makes tricky:
# the Kelvin sign and long s match "k" and "s" ignoring case, dotted and dotless I match "i".
FIRST_CHARS = (
    (r"\b(?:troops?|forces|(?:the\s+)?kill(?:ed|ing)|mission)\b", re.IGNORECASE),
    (r"\b(?:would|(?-i:may)|(?:has|had)\s+been)\s+(\w+)", re.IGNORECASE),
    (r"(?<![\d,.])(?P<y>(?:19|20)\d{2})(?!\d)|\bweeks?\b", 0),
    (r"([.!?]+[\"')\]]*)(\s+)(?=[A-Z0-9])|\n+", 0),
    (r"(?:early\s+|late\s+)?(?:on\s+)?(?:Mon|Tues|Satur)day\b", re.IGNORECASE),
)
TRICKY = (
    "Troops left; FORCES stayed. The \u212aILLED count rose, mi\u017f\u017fion over. It may have been hit, "
    "MAY not. In 1999, 2024 and 12,2020 nothing. Week one! Next weeks.\n\nOn \u0130nday, early on Tuesday "
    "and LATE SATURDAY, \u0131t rained. tro\u0130ps, \u017fATURDAY."
)


@pytest.mark.parametrize(("source", "flags"), FIRST_CHARS)
def test_a_first_character_set_leaves_what_a_search_finds_unchanged(source, flags):
    import _sre

    from reporter.extract.firstchars import with_first_chars

    made = _sre.compile(source, *patterns.program(source, flags))
    plain = re.compile(source, flags)
    found = [(m.span(), m.groups()) for m in made.finditer(TRICKY)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(TRICKY)]
    for start in range(0, len(TRICKY), 7):
        assert made.findall(TRICKY, start) == plain.findall(TRICKY, start)
    parsed = re._parser.parse(source, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    assert with_first_chars(code, parsed, flags | parsed.state.flags) != code  # the set was added


def test_a_pattern_that_can_start_anywhere_keeps_its_program():
    from reporter.extract.firstchars import with_first_chars

    # any character, a negated class, the empty string, or a set most prose passes anyway
    for source in (r".+ troops", r"(?:[^a-z]|\W)\w+", r"(?:x|)y?", r"\b\w+ed\b"):
        parsed = re._parser.parse(source, 0)  # type: ignore[attr-defined]
        code = re._compiler._code(parsed, parsed.state.flags)  # type: ignore[attr-defined]
        assert with_first_chars(code, parsed, parsed.state.flags) is code
