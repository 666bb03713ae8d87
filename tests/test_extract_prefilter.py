"""The needle test before a costly pattern: read from the pattern itself, and never wrong."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import random
import re
import sys
import types
from pathlib import Path

import reporter.extract
from reporter.extract.prefilter import Folded, Prefiltered, formula, guarded, twin


def test_needles_come_from_the_pattern():
    f = formula(re.compile(r"\b(?:often|more\s+than\s+\d+\s+(?:raids|times)|(?:a|the)\s+wave)\b", re.I))
    assert f == ("or", ("often", ("and", ("more", "than", ("or", ("raids", "times")))), "wave"))
    # An optional part, a class or a look-around needs nothing; short words are not worth a test.
    assert formula(re.compile(r"(?:foo)?\d+(?=bar)")) is True
    assert formula(re.compile(r"of|an")) is True
    # A part holding another's word adds nothing to "or".
    assert formula(re.compile(r"times|\d+ times|several times")) == "times"
    # re's parser takes the common start out of alternatives ("ha" + "ve|s"): the words are whole again.
    assert formula(re.compile(r"(?:have|has)\s+killed", re.I)) == ("and", ("killed", ("or", ("have", "has"))))
    assert formula(re.compile(r"beg(?:an|un)\b")) == ("or", ("began", "begun"))


def test_answers_as_the_pattern_does():
    p = re.compile(
        r"\b(?:frequent(?:ly)?|stepp\w+\s+up\s+(?:its\s+)?(?:attacks|raids)|(?-i:May)\s+\d+)\b", re.I
    )
    gated = Prefiltered(p)
    for text in [
        "Raids were FREQUENT there.",
        "The group stepped up its raids.",
        "It stepped up.",
        "On May 3 it ended.",
        "On may 3 it ended.",
        "Nothing here at all.",
    ]:
        assert _span(gated.search(text)) == _span(p.search(text))
        assert _span(gated.match(text)) == _span(p.match(text))
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in p.finditer(text)]
        assert gated.findall(text) == p.findall(text)
    # Positions bound the test as they bound the search.
    assert gated.search("often; later", 6) is None


def test_odd_case_letters_still_match():
    # The engine's case-insensitive "s" and "i" also match "ſ" and "ı"; "İ" lower-cases to two characters.
    for pattern, text in [("slain", "ſlain"), ("killed", "KıLLED"), ("isis", "İSIS")]:
        p = re.compile(pattern, re.I)
        assert p.search(text) is not None
        assert Prefiltered(p).search(text) is not None


def test_a_long_text_lowered_once_answers_span_by_span_as_before():
    # A long text is lower-cased whole once; its spans must answer as each span lower-cased would,
    # odd letters included, and a text with "İ" (two characters lower-cased) is tested span by span.
    p = re.compile(r"\b(?:slain|killed|strikes)\b", re.I)
    gated = Prefiltered(p)
    filler = "Nothing happened in the town today. " * 60
    for odd in ("ſlain", "KıLLED", "\u212aILLED", "ΣΑΣ strikes", "İ strikes", "no such word"):
        text = filler + odd + " " + filler
        for pos in range(0, len(text), 97):
            for end in (pos + 40, pos + 400, len(text)):
                assert _span(gated.search(text, pos, end)) == _span(p.search(text, pos, end))


def test_a_short_text_lowered_once_answers_every_pattern_as_before():
    # A short text tested whole (a sentence's own string) is lowered once and kept for the next pattern
    # that asks of it; read span by span afterwards (as an article is), it answers as before too.
    from reporter.extract import prefilter

    patterns = [
        re.compile(r"\b(?:slain|killed)\b", re.I),
        re.compile(r"\bstrikes?\s+on\b", re.I),
        re.compile(r"\btold\s+(?-i:[A-Z])\w+", re.I),
    ]
    gated = [Prefiltered(p) for p in patterns]
    for text in (
        "Two were KILLED in strikes on the port, a medic told Reuters.",
        "İ strikes on the port, one told x",
        "ſlain near the town",
        "nothing here",
    ):
        for p, g in zip(patterns, gated, strict=True):
            assert _span(g.search(text)) == _span(p.search(text))
            assert [m.span() for m in g.finditer(text)] == [m.span() for m in p.finditer(text)]
        assert prefilter._SHORT[0][0] is text
        for p, g in zip(patterns, gated, strict=True):
            assert _span(g.search(text, 1, len(text) - 1)) == _span(p.search(text, 1, len(text) - 1))
            assert _span(g.search(text, 2)) == _span(p.search(text, 2))


def test_an_articles_lower_case_is_made_once_and_is_its_lower_case():
    # lower_of gives the lower case the patterns read the article by, whichever way it was made first:
    # by a span search, by the whole short text's test, by itself; with an "İ" it is made as asked.
    from reporter.extract import prefilter

    gated = Prefiltered(re.compile(r"\bstrikes?\b", re.I))
    base = "Jets STRUCK the Port at dawn. Strikes went on. "
    for text in (base * 2, base * 60, base + "İ", "ſ" + base):
        assert prefilter.lower_of(text) == text.lower()
        gated.search(text, 3, 30)
        assert prefilter.lower_of(text) == text.lower()
        short = text[:40]
        gated.search(short)
        assert prefilter.lower_of(short) == short.lower()
    made = prefilter.lower_of(base * 3)
    assert made is prefilter._LOWERED[0][1] and made == (base * 3).lower()


def _gated() -> list[tuple[str, Prefiltered]]:
    found = []
    for info in pkgutil.iter_modules(reporter.extract.__path__):
        module = importlib.import_module(f"reporter.extract.{info.name}")
        found += [(f"{info.name}.{k}", v) for k, v in vars(module).items() if isinstance(v, Prefiltered)]
    return found


def test_every_gated_pattern_has_a_test_and_never_turns_a_match_away():
    gated = _gated()
    assert gated
    rng = random.Random(5)
    for name, g in gated:
        f = formula(g.pattern)
        assert f is not True, f"{name}: nothing every match needs, so the gate only costs"
        # Sentences made of the formula's own words, shuffled with ordinary ones: many pass the
        # test, some match; whenever the pattern matches, the gate must let it through.
        needles = sorted(_words(f))
        filler = ["the", "attack", "said", "12", "forces", "of", "Iraq", ",", "near", "base", "on", "Monday"]
        for _ in range(200):
            text = " ".join(rng.choice(needles + filler) for _ in range(rng.randint(3, 14)))
            text = text[:1].upper() + text[1:]
            if g.pattern.search(text) is not None:
                assert g.might_match(text), f"{name} turned away {text!r}"


def test_a_twin_only_where_lower_case_answers_alike():
    # Letters of either case, classes and anchors: the pattern runs case-sensitively on the lower case.
    for source in [r"\b(?:stepp\w+\s+up|[a-z]+ly\s+(?:shelled|raided))\b", r"the\s+US\b", r"[^A-Z]\d"]:
        found = twin(re.compile(source, re.I))
        assert found is not None and found.exact, source
    # A part kept to case is loosened: the twin finds more places than the pattern, never fewer.
    found = twin(re.compile(r"(?-i:May)\s+\d+|left\s+(?-i:[A-Z][a-z]+)", re.I))
    assert found is not None and not found.exact
    # No twin where loosening would turn a match away, or lower() could answer otherwise.
    for source in [r"(?<!(?-i:[A-Z]))\d+", r"(?-i:[^A-Z])\d", r"(\w+)\s+\1", r"\bσ\w+", r"x*"]:
        assert twin(re.compile(source, re.I)) is None, source
    assert twin(re.compile(r"\bshelled\b")) is None  # case-sensitive already


def test_a_loose_twin_finds_what_the_pattern_finds():
    p = re.compile(
        r"\b(?:left|quit)\s+(?P<place>(?-i:[A-Z][a-z]+))(?!\s+dead)|(?-i:May)\s+(?P<day>\d+)", re.I
    )
    folded = Folded(p)
    for text in [
        "They left town, then LEFT Kandahar and quit Bagram on may 3 or May 4.",
        "The unit left Mosul dead quiet; it left Erbil.",
        "Nobody left.",
        "They left Kırkuk and May 9 came.",
    ]:
        for pos in (0, 7, 40):
            want, got = p.search(text, pos), folded.search(text, pos)
            assert _span(got) == _span(want) and (got and got.groupdict()) == (want and want.groupdict())
            assert [(m.span(), m.groupdict()) for m in folded.finditer(text, pos)] == [
                (m.span(), m.groupdict()) for m in p.finditer(text, pos)
            ]
            assert _span(folded.match(text, pos)) == _span(p.match(text, pos))


def test_a_twin_finds_the_same_matches_with_the_same_groups():
    p = re.compile(
        r"\b(?P<verb>stepp\w+\s+up|(?P<adv>[a-z]+ly)\s+(?:shelled|raided))\b(?=\s+(?:the|a)\b)", re.I
    )
    gated = Prefiltered(p)
    for text in [
        "They STEPPED UP the raids and Repeatedly Shelled a town.",
        "Gunmen repeatedly raided the camp; they reportedly shelled a depot.",
        "Nobody stepped up.",
        "They ſtepped up the raids; KıLLED none; repeatedly raided İdlib.",
    ]:
        for pos in (0, 5, 30):
            want, got = p.search(text, pos), gated.search(text, pos)
            assert _span(got) == _span(want) and (got and got.groupdict()) == (want and want.groupdict())
            assert [(m.span(), m.groupdict()) for m in gated.finditer(text, pos)] == [
                (m.span(), m.groupdict()) for m in p.finditer(text, pos)
            ]


def test_every_twin_answers_as_its_pattern():
    rng = random.Random(11)
    for name, g in _gated() + _folded():
        if twin(g.pattern) is None:
            continue
        needles = sorted(_words(formula(g.pattern))) or ["left", "began", "troops", "in", "the"]
        filler = ["The", "ATTACK", "said", "12", "Forces", "of", "Iraq", ",", "near", "base", "on", "Monday"]
        for _ in range(200):
            text = " ".join(
                rng.choice(needles + [w.upper() for w in needles] + filler) for _ in range(rng.randint(3, 14))
            )
            want, got = g.pattern.search(text), g.search(text)
            assert _span(got) == _span(want) and (got and got.groups()) == (want and want.groups()), (
                f"{name}: {text!r}"
            )
            assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.pattern.finditer(text)], name


def _folded() -> list[tuple[str, Folded]]:
    found = []
    for info in pkgutil.iter_modules(reporter.extract.__path__):
        module = importlib.import_module(f"reporter.extract.{info.name}")
        found += [(f"{info.name}.{k}", v) for k, v in vars(module).items() if type(v) is Folded]
    return found


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def _words(f) -> set[str]:
    if isinstance(f, str):
        return {f}
    return set().union(*(_words(p) for p in f[1])) if isinstance(f, tuple) else set()


def test_without_the_private_parser_every_pattern_runs_as_it_is(monkeypatch):
    # prefilter reads patterns with re's private parser and compiler; a Python without them gets
    # no needle test and no twin, and the same answers.
    hidden = ("_compiler", "_parser", "_constants")
    bare = types.ModuleType("re")
    bare.__dict__.update({k: v for k, v in vars(re).items() if k not in hidden})
    monkeypatch.setitem(sys.modules, "re", bare)
    for name in hidden:
        monkeypatch.setitem(sys.modules, f"re.{name}", None)
    path = Path(reporter.extract.__file__).with_name("prefilter.py")
    spec = importlib.util.spec_from_file_location("prefilter_without_internals", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.undo()
    assert module._parser is None
    p = re.compile(r"\b(?:frequent(?:ly)?|stepp\w+\s+up\s+(?:its\s+)?raids|(?-i:May)\s+(?P<d>\d+))\b", re.I)
    assert module.formula(p) is True and module.twin(p) is None
    for gated in (module.Folded(p), module.Prefiltered(p)):
        for text in ["Raids were FREQUENT.", "They stepped up its raids.", "On May 3, or may 4.", "None."]:
            for pos in (0, 5):
                assert _span(gated.search(text, pos)) == _span(p.search(text, pos))
                assert _span(gated.match(text, pos)) == _span(p.match(text, pos))
                assert [m.groups() for m in gated.finditer(text, pos)] == [
                    m.groups() for m in p.finditer(text, pos)
                ]


def test_a_guard_finds_the_same_matches_sooner():
    # The look-ahead holds the characters a match can start with: an optional start, a word
    # boundary or a look-behind before it, alternatives of classes and categories.
    sources = [
        (r"\s*;\s*|\s*:\s+|,\s+(?=which|who)", 0),
        (r"\b(?:(?:has|have)\s+)?(?:withdrew|pulled\s+out)\b", re.I),
        (r"(?<![\d,.])(?P<y>(?:19|20)\d{2})(?!\d)", 0),
        (r"\b(?P<m>May|June)\s+(?:(?P<d>\d{1,2}),?\s+)?(?P<y>\d{4})\b", 0),
        (r"(?:\s*\d+\s+)?(?-i:[A-Z])[a-z]+\s+camp  # a comment ends the last line", re.I | re.X),
    ]
    texts = [
        "On May 3, 2024 they withdrew; 1999 troops: which ones, who?",
        "THEY HAVE PULLED OUT of Camp. 12 Zamzam camp, 2020, June 2025",
        "A quiet line with nothing to find",
    ]
    for source, flags in sources:
        p = re.compile(source, flags)
        g = guarded(p)
        assert g is not p and g.pattern.startswith("(?=["), source
        for text in texts:
            for pos in (0, 4, 30):
                assert [(m.span(), m.groups()) for m in g.finditer(text, pos)] == [
                    (m.span(), m.groups()) for m in p.finditer(text, pos)
                ], (source, text)
                assert _span(g.match(text, pos)) == _span(p.match(text, pos))


def test_no_guard_where_the_engine_skips_ahead_itself_or_a_match_may_start_anywhere():
    for source in [
        r"19\d\d",
        r"[A-Z][a-z]+ camp",
        r"(?:19|20)\d\d",
        r"\bfoo|.bar",
        r"\w*",
        r"[^a]b",
        r"(\w)x\1",
    ]:
        p = re.compile(source)
        assert guarded(p) is p, source
    # a group that turns case-folding on reads its letters otherwise than a guard would
    p = re.compile(r"\b(?i:camp)\s+\d+")
    assert guarded(p) is p


def test_every_guarded_pattern_answers_as_its_source():
    rng = random.Random(3)
    filler = ["The", "ATTACK", "said", "12", "Forces", "of", "Iraq", ",", ";", "near", "May", "2024", "\n"]
    found = 0
    for info in pkgutil.iter_modules(reporter.extract.__path__):
        module = importlib.import_module(f"reporter.extract.{info.name}")
        for name, g in vars(module).items():
            if not isinstance(g, re.Pattern) or not g.pattern.startswith("(?=["):
                continue
            found += 1
            source = g.pattern[g.pattern.index("])(?:") + 5 : -1].rstrip("\n")
            p = re.compile(source, g.flags)
            words = re.findall(r"[A-Za-z]{3,}", source)[:40] + filler
            for _ in range(150):
                text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 16)))
                assert [(m.span(), m.groups()) for m in g.finditer(text)] == [
                    (m.span(), m.groups()) for m in p.finditer(text)
                ], f"{info.name}.{name}: {text!r}"
    # (none of the modules' own: each is compiled from the cache with its first characters, and
    # guarded leaves such a pattern as it is; see the test before)
    assert found >= 0


def test_a_twin_is_compiled_as_the_modules_patterns_are(monkeypatch):
    """A twin is compiled through patterns.tree_program (alternatives grouped, the set of first
    characters handed to the search loop), with the same matches as re's own compile of it, which
    stands in where that fails."""
    from re import _constants as sre

    import reporter.extract.patterns as patterns

    p = re.compile(r"\b(?:shelled|shot\s+down|struck|seized)\b|\bair\s+raids?\b(?!\s+sirens)", re.I)
    programs = []
    real = patterns.tree_program

    def spy(*args):
        programs.append(real(*args))
        return programs[-1]

    monkeypatch.setattr(patterns, "tree_program", spy)
    made = twin(p).pattern
    code = programs[-1][1]
    assert code[0] == sre.INFO and code[2] & sre.SRE_INFO_CHARSET  # the search skips in C

    def broken(*args):
        raise RuntimeError

    monkeypatch.setattr(patterns, "tree_program", broken)
    plain = twin(p).pattern
    text = "gunmen shelled the town. an air raid struck the port; air raid sirens; jets shot  down one."
    for pos in (0, 3, 20, 60):
        assert [(m.span(), m.group()) for m in made.finditer(text, pos)] == [
            (m.span(), m.group()) for m in plain.finditer(text, pos)
        ]
        assert _span(made.match(text, pos)) == _span(plain.match(text, pos))
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in p.finditer(text)]


def test_what_is_derived_from_a_pattern_is_kept_in_the_open_store(monkeypatch):
    """While a store is open (patterns.cached, as the extract modules import), a guard's source, a
    needle formula and a twin's program are kept in it; a later process reads them from it, parsing
    nothing again, and searches as a process that built them did."""
    import reporter.extract.patterns as patterns
    import reporter.extract.prefilter as prefilter

    p = re.compile(r"\b(?:fired|launched)\s+(?:\w+\s+)?rockets\b|\bshelled\b", re.I)
    plain = re.compile(r"\s*;|,\s+(?=which)")
    store: dict = {}
    patterns.STORES.append(store)
    try:
        built, guard = Prefiltered(p), guarded(plain)
    finally:
        patterns.STORES.pop()
    assert {k[0] for k in store if k[1] in (p.pattern, plain.pattern)} == {"twin", "formula", "guard"}

    def parsed(*args):
        raise AssertionError("parsed again")

    for name in ("_twin_tree", "_guard_source", "formula"):
        monkeypatch.setattr(prefilter, name, parsed)
    patterns.STORES.append(store)
    try:
        read, guard_read = Prefiltered(p), guarded(plain)
    finally:
        patterns.STORES.pop()
    assert guard_read.pattern == guard.pattern != plain.pattern
    text = "Militants Fired two Rockets at the base; the army shelled, which ... launched rockets."
    for pos in (0, 5, 40):
        assert [m.span() for m in read.finditer(text, pos)] == [m.span() for m in built.finditer(text, pos)]
        assert [m.span() for m in read.finditer(text, pos)] == [m.span() for m in p.finditer(text, pos)]
    assert read.search("no such words here") is None


def test_a_matcher_answers_as_match_at_every_position():
    """Folded.matcher(text)(pos) is match(text, pos), with the text's lower case looked up once: at every
    position of mixed-case, odd-case and long texts, for a pattern with a twin, one without and a gated one."""
    sources = [
        r"\b(?:shot|shoot(?:s|ing)?)\s+(?:it\s+)?down\b|\bopened\s+fire\b",
        r"\b(?:was|were)\s+engaged\b(?!\s+in\b)|\bfell\s+(?-i:[A-Z][a-z]+)",
        r"(\w+)\s+\1",  # a back-reference: no twin
    ]
    texts = [
        "Crews SHOT it down; gunmen Opened Fire and patrols were engaged near Kafr.",
        "The drone was shot down. It fell Saturday, as troops were engaged in talks.",
        "ſhot down, İSIS opened fire",
        "Guards opened fire. " * 120 + "A jet was shot down.",
    ]
    for source in sources:
        for wrapped in (Folded(re.compile(source, re.I)), Prefiltered(re.compile(source, re.I))):
            for text in texts:
                at = wrapped.matcher(text)
                for pos in range(len(text) + 1):
                    assert _span(at(pos)) == _span(wrapped.match(text, pos)), (source, text[pos : pos + 20])


def test_a_twins_guard_comes_after_the_word_boundary_it_opens_with():
    """The guard goes after the pattern's opening "\\b" (a cheaper test that fails first inside a word);
    alternatives that each open with "\\b", a named group's too, open the twin with one "\\b". The
    same matches, spans and groups."""
    from re import _constants as sre

    from reporter.extract.prefilter import _twin_tree

    boundary = (sre.AT, sre.AT_BOUNDARY)
    opened = re.compile(r"\b(?:often|routinely|(?P<n>\d+)\s+times)\b", re.I)
    each = re.compile(r"\bwithin\s+(?P<a>\d+)\s+days|(?P<t>\btomorrow)\b|\b(?<!\bthe\s)(?P<d>\d+)-day\s+deadline", re.I)
    mixed = re.compile(r"\bwithin\s+\d+\s+days|(?<!\w)tomorrow", re.I)
    for p in (opened, each):
        tree = _twin_tree(p)[0]
        assert tree.data[0] == boundary and tree.data[1][0] is sre.ASSERT and tree.data[2][0] is not sre.AT
    assert _twin_tree(mixed)[0].data[0][0] is sre.ASSERT  # not every alternative opens with "\b"
    for p in (opened, each, mixed):
        folded = Folded(p)
        for text in [
            "They often shelled it, 12 times in a week; ROUTINELY so. Tomorrow, within 3 days.",
            "the 4-day deadline, a 5-day DEADLINE; oftentimes x-tomorrow within 10 days",
            "Rebels struck routinely-ish, Within 7 Days, 7 times, and a 2-day deadline tomorrow.",
        ]:
            for pos in (0, 3, 20):
                assert [(m.span(), m.groupdict()) for m in folded.finditer(text, pos)] == [
                    (m.span(), m.groupdict()) for m in p.finditer(text, pos)
                ]


def _plain(f, s):
    """The formula's answer for the lower-cased text s, read as it is written."""
    if isinstance(f, str):
        return f in s
    return (all if f[0] == "and" else any)(_plain(x, s) for x in f[1])


def test_a_needle_test_tries_the_part_of_fewest_words_first_and_answers_as_the_formula():
    """In a conjunction the part of fewest substring tests is tried first (most texts lack a match, and
    are turned away by it after fewer tests); the test's answer is the formula's, read in its order."""
    from reporter.extract.prefilter import _source, compile_test

    f = ("and", [("or", ["camp", "base", "garrison"]), "handed", ("or", ["over", "back"])])
    assert _source(f) == "('handed' in s and ('over' in s or 'back' in s) and ('camp' in s or 'base' in s or 'garrison' in s))"
    rng = random.Random(11)
    for _, g in _gated():
        f = formula(g.pattern)
        test = compile_test(f)
        needles = sorted(_words(f))
        filler = ["the", "attack", "said", "12", "forces", "of", "iraq", ",", "near", "base", "on", "monday"]
        for _ in range(60):
            text = " ".join(rng.choice(needles + filler) for _ in range(rng.randint(2, 12)))
            assert test(text) == _plain(f, text), text


def test_a_class_of_one_letters_two_cases_reads_as_that_letter():
    # the lower-cased text holds "as of" wherever "[Aa]s of" matches: the needle is the whole phrase
    assert formula(re.compile(r"\b[Aa]s of\s+\d+")) == "as of"
    assert formula(re.compile(r"[Tt]he\s+[Aa]rmy")) == ("and", ("army", "the"))
    assert formula(re.compile(r"[Ab]out")) == "out"  # two letters, not one letter's cases
    gated = Prefiltered(re.compile(r"\b[Aa]s of\s+\d+"))
    assert not gated.might_match("Reports of 5 raids came in.")
    for text in ("As of 5 pm the port was calm.", "Calm as of 6 pm."):
        assert gated.search(text) is not None


def test_no_guard_where_the_compiled_program_already_skips_by_its_first_characters():
    # compiled from the extract modules' cache (patterns.program), a word list under IGNORECASE holds
    # the set of its first characters, which the engine's search skips by: a guard would test it twice.
    # re's own compile of the same source has no such set, and keeps its guard.
    import _sre

    from reporter.extract.patterns import program

    for source, flags in [(r"\b(?:troops|forces|units)\s+(?:left|were)\b", re.I), (r"(?<![\d,.])(?:19|20)\d{2}", 0)]:
        ours = _sre.compile(source, *program(source, flags))
        assert guarded(ours) is ours, source
        plain = re.compile(source, flags)
        assert guarded(plain) is not plain, source


def test_a_formula_of_many_tests_gates_nothing():
    """A pattern whose needle formula holds more than _MAX_TESTS substring tests is searched with no test
    before it (the tests cost more than the search they spare): it lets every text through, and finds
    what the pattern finds; a smaller formula keeps its test."""
    from reporter.extract.prefilter import _MAX_TESTS, _size

    verbs = [f"verb{chr(97 + i // 26)}{chr(97 + i % 26)}ed" for i in range(_MAX_TESTS + 1)]
    big = re.compile(r"\b(?:" + "|".join(verbs) + r")\s+the\s+(?:depot|convoy)\b", re.I)
    assert _size(formula(big)) > _MAX_TESTS
    gated = Prefiltered(big)
    assert gated.might_match("Nothing of the kind was said.")
    for text in ["Rebels VERBAAED the depot at dawn.", "They verbdcED the convoy.", "Verbaaed a truck."]:
        found = gated.search(text)
        assert (found and found.span()) == ((m := big.search(text)) and m.span())
    small = Prefiltered(re.compile(r"\b(?:" + "|".join(verbs[:4]) + r")\s+the\s+depot\b", re.I))
    assert not small.might_match("Nothing of the kind was said.")
    assert small.search("Rebels verbaaed the depot.") is not None


def test_rare_clause_patterns_are_gated_by_their_words():
    """Patterns tried on every dated sentence or every clause before an event, and rarely found, are
    searched behind their needle test: a sentence without their words is turned away before the
    search; one with them is searched, and finds what the pattern finds."""
    from reporter.extract import candidates, incidents, milestones

    cases = [
        (milestones._HYPOTHETICAL, "The brigade might pull out in May unless the truce holds.",
         "The brigade will pull out in May as the truce holds."),
        (milestones._WAS_SET_TO_END, "The truce was due to expire on Monday.",
         "The truce was due to be signed on Monday."),
        (incidents._MEANS_UNTOLD, "The army has not said which arms were used in the attack.",
         "The army has not said where the attack took place."),
        (candidates._ANNIVERSARY, "Crowds marked the second anniversary of the ",
         "Crowds marked the second day of the "),
    ]  # fmt: skip
    for gated, hit, miss in cases:
        assert isinstance(gated, Prefiltered)
        found = gated.search(hit)
        assert found is not None and found.span() == gated.pattern.search(hit).span()
        assert not gated.might_match(miss), miss
        assert gated.search(miss) is None and gated.pattern.search(miss) is None
