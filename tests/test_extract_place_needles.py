"""Places: the needle tests before places.py's whole-text searches never turn a name away."""

from __future__ import annotations

import pytest

from reporter.extract.document import Document


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shells fell on the town of Qarvelo overnight.", "Qarvelo"),
        ("Militants attacked the Dunmarra district before dawn.", "Dunmarra"),
        ("A strike hit Benkesh, a hamlet in the hills, on Monday.", "Benkesh"),
        ("Families fled the Orsovan camp as the shelling grew.", "Orsovan"),
        ("Gunmen stormed the suburbs of Talvaro late on Friday.", "Talvaro"),
    ],
)
def test_a_settlement_named_as_such_is_kept_whatever_its_kind_word(ex, text, name):
    """_settled_names skips its whole-text search for a text holding none of _SETTLED_NEEDLES: each
    kind word's form still gives the name, and a text with none of them gives no pattern."""
    from reporter.extract.places import _settled_names

    pattern = _settled_names(Document.read(text, None, ex.lexicon))
    assert pattern is not None and pattern.search(f"Troops entered {name} later."), text
    bare = "Shells fell on Qarvelo overnight, residents said."
    assert _settled_names(Document.read(bare, None, ex.lexicon)) is None


def test_every_settlement_kind_word_holds_a_needle():
    """The needles stay in step with the kind words: a kind word added to _SETTLED_KIND must be
    found by the needle test, or its names would be skipped."""
    from reporter.extract.places import _SETTLED_KIND, _SETTLED_NEEDLES

    assert all(any(n in kind for n in _SETTLED_NEEDLES) for kind in _SETTLED_KIND)


@pytest.mark.parametrize("particle", ["al-", "el-", "al\u2010", "el\u2010"])
def test_a_family_name_is_read_with_each_particle_spelling(ex, particle):
    """_family_names skips its search for a text holding none of _NISBA_PARTICLES: each way of
    writing the particle still gives the family name, and a text with none gives none."""
    from reporter.extract.places import _family_names

    text = f"Officials said Abu Karim {particle}Farouni had left the country. Farouni denied it."
    assert _family_names(Document.read(text, None, ex.lexicon)) == frozenset({"Farouni"})
    bare = "Officials said Abu Karim Farouni had left the country."
    assert _family_names(Document.read(bare, None, ex.lexicon)) == frozenset()


def test_every_settlement_kind_word_passes_the_told_test():
    """_settled_names also skips a text where no kind word stands as _UNKNOWN writes one ("the town of",
    "X village", "X, a hamlet"): each kind word in each place passes, its letters inside another word do not."""
    from reporter.extract.places import _SETTLED_KIND, _SETTLED_TOLD

    for kind in sorted(_SETTLED_KIND | {"hamlet"}):
        assert _SETTLED_TOLD.search(f"shells hit the {kind} of Qarvelo"), kind
        assert _SETTLED_TOLD.search(f"shells hit Qarvelo {kind}."), kind
        assert _SETTLED_TOLD.search(f"shells hit Qarvelo {kind.capitalize()}."), kind
    assert _SETTLED_TOLD.search("a campaign for more capacity") is None


@pytest.mark.parametrize("after", ["'s", "\u2019s", "-based", "\u2010based"])
def test_a_settlement_named_again_before_an_apostrophe_or_hyphen_is_refused(ex, after):
    """_settled_names' pattern refuses a name an apostrophe or hyphen follows (each spelling of
    either), and then still takes a shorter name at the same spot."""
    from reporter.extract.places import _settled_names

    text = "Shells fell on the town of Qarvelo and the town of Qarvelo Nuevo overnight."
    pattern = _settled_names(Document.read(text, None, ex.lexicon))
    assert pattern is not None
    assert pattern.search(f"Troops entered Qarvelo Nuevo{after} square.").group() == "Qarvelo"
    assert pattern.search(f"Troops entered Qarvelo{after} square.") is None
    assert pattern.search("Troops entered Qarvelo Nuevo later.").group() == "Qarvelo Nuevo"


@pytest.mark.parametrize(
    ("k", "text", "role"),
    [
        (0, "Crowds marched in solidarity with the people of Zarvin on Sunday.", "cause"),
        (1, "It was the worst raid since the bombing of a market in Zarvin last year.", "frame"),
        (2, "The shelling followed the killing of a commander near Zarvin.", "frame"),
        (3, "The army told families to leave the centre of Zarvin at once.", "loc"),
        (4, "The wounded were rushed to hospitals in Zarvin after the blast.", "care"),
        (5, "A tanker bound for the port of Zarvin was struck at dawn.", "voyage"),
    ],
)
def test_each_role_window_is_searched_where_the_article_holds_its_words(ex, k, text, role):
    """_role skips a look-back window whose words the whole article lacks (_role_windows): where the
    article holds them, the window is still searched and gives its role; a text lacking them all skips all."""
    from reporter.extract.places import _role, _role_windows

    art = Document.read(text, None, ex.lexicon)
    assert _role_windows(art)[k], text
    assert _role(art, text.index("Zarvin"), 0)[1] == role
    bare = Document.read("Troops fought in Zarvin late on Friday, officials said.", None, ex.lexicon)
    assert not any(_role_windows(bare))
    assert _role(bare, bare.text.index("Zarvin"), 0) == (True, "loc")


def _reads(pattern, char: str) -> bool:
    """Whether any part of ``pattern``, look-arounds too, could read ``char``: walks re's parse tree
    (a class, literal or range holding it, any character, a negated class or literal, or any op this
    does not know counts as reading it)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    code = ord(char)
    repeats = tuple(getattr(c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(c, n))

    def in_class(items) -> bool:
        for op, av in items:
            if op is c.LITERAL:
                if av == code:
                    return True
            elif op is c.RANGE:
                if av[0] <= code <= av[1]:
                    return True
            elif op is c.CATEGORY:
                if av not in (c.CATEGORY_WORD, c.CATEGORY_SPACE, c.CATEGORY_DIGIT):
                    return True
            else:  # a negated class, or anything else
                return True
        return False

    def reads(items) -> bool:
        for op, av in items:
            if op is c.LITERAL:
                found = av == code
            elif op is c.IN:
                found = in_class(av)
            elif op in repeats:
                found = reads(av[2])
            elif op is c.SUBPATTERN:
                found = reads(av[3])
            elif op is getattr(c, "ATOMIC_GROUP", None):
                found = reads(av)
            elif op is c.BRANCH:
                found = any(reads(b) for b in av[1])
            elif op in (c.ASSERT, c.ASSERT_NOT):
                found = reads(av[1])
            elif op is c.AT:
                found = False
            else:  # any character, a negated literal, a back-reference, ...
                found = True
            if found:
                return True
        return False

    return reads(_parser.parse(pattern.pattern, pattern.flags))


def test_no_part_of_the_unknown_pattern_reads_a_full_stop():
    """_unknown_where_told searches only the stretches between full stops that hold a kind word: exact
    only while no part of _UNKNOWN, look-arounds too, reads a full stop (the walk itself is checked too)."""
    import re

    from reporter.extract.places import _UNKNOWN

    assert not _reads(_UNKNOWN, ".")
    assert all(_reads(re.compile(p), ".") for p in (r"a.b", r"a[^x]", r"a(?=\.)", r"[,.]", r"\W", r"[ -z]"))
    assert not any(_reads(re.compile(p), ".") for p in (r"\w+\s", r"(?<!x)[A-Z]\b", r"[a-z,]"))


def test_the_unknown_matches_where_told_are_the_whole_texts_in_made_up_strings():
    """_unknown_where_told gives, span for span, the matches the search of the whole text gives in the
    stretches between full stops where a kind word stands as _SETTLED_TOLD writes one, and among them
    every match whose name _settled_names would keep (fixed seed: the same made-up strings each run)."""
    import random
    from itertools import pairwise

    from reporter.extract.places import _SETTLED_KIND, _SETTLED_TOLD, _UNKNOWN, _unknown_where_told

    pieces = [
        "the town of Qarvelo", "in Dunmarra district", "Benkesh, a hamlet", "on the Orsovan camp", "the city",
        "Villages", "in", "at", "near", "of", "on the", "Talvaro", "Al-Noor Hospital", "struck the",
        "Kesh Village", "suburbs of Miro", "neighbourhood", "Zarvin", "Zarvin's", "-", ",", ".", ". ", "\n",
        "towns", "a", "campaign", "Nuevo", "district of", "Dal Vetra", "downtown", "capacity", "Township",
        # stretches without a kind word, with matches of their own
        *[". ", ". ", ". ", "in Zarvin", "at Talvaro", "struck the Al-Noor Hospital", "near Miro", ". In Dal Vetra"] * 3,
    ]
    rng = random.Random(40)
    counts = [0, 0]  # matches given, matches of the whole text in stretches left unsearched
    for _ in range(1500):
        text = ""
        for _ in range(rng.randint(1, 14)):
            text += rng.choice(pieces) + rng.choice(["", " ", " ", " ", ", "])
        whole = list(_UNKNOWN.finditer(text))
        stops = [-1] + [i for i, ch in enumerate(text) if ch == "."] + [len(text)]
        told = [(s + 1, e) for s, e in pairwise(stops) if _SETTLED_TOLD.search(text, s + 1, e + 1)]
        expected = [m.span() for m in whole if any(s <= m.start() < e for s, e in told)]
        got = [m.span() for m in _unknown_where_told(text)]
        assert got == expected, text
        counts[0] += len(got)
        counts[1] += len(whole) - len(got)
        for m in whole:
            group = next((g for g in ("n", "o", "a") if m.group(g)), None)
            head = m.group().split()[0].lower() if group == "n" else (m.group("ok") or "village").lower()
            if group is not None and head in _SETTLED_KIND:
                assert m.span() in got, text  # a name _settled_names keeps is always read
    assert min(counts) > 300, counts  # both kinds of stretch are met often


def test_capital_starts_are_the_words_opening_on_a_capital(ex):
    """_capital_starts, read once per article, holds the start of every word whose first letter is a
    capital (accented and Cyrillic ones too), and no other: the words places_in's unknown names need."""
    from reporter.extract.places import _capital_starts

    text = "Écija and ülm saw 40 drones; al-Varesh, Ĺubor and Дорин fell quiet, the O'Varra crew said."
    art = Document.read(text, None, ex.lexicon)
    want = [t.start for t in art.tokens if t.text[:1].isupper()]
    assert _capital_starts(art) == want
    assert [text[p : p + 2] for p in want] == ["Éc", "Va", "Ĺu", "До", "O'"]


def test_only_the_stretches_that_tell_a_kind_word_are_searched():
    """_unknown_where_told searches a stretch between full stops only where a kind word stands as
    _SETTLED_TOLD writes one: a stretch holding a needle's letters inside another word ("campaign",
    "downtown") is passed over, and its unknown names are not read there."""
    from reporter.extract.places import _unknown_where_told

    text = (
        "The campaign near Moravetz dragged on. Crowds filled downtown Selvarra. "
        "Shells fell on the village of Qarvelo overnight."
    )
    found = [m.group() for m in _unknown_where_told(text)]
    assert found == ["village of Qarvelo"]
    # a kind word after a space, in any case, opens its stretch too ("X Village", "X, a hamlet")
    found = [m.group() for m in _unknown_where_told("The campaign went on. Drones hit the Orsavo Village.")]
    assert any("Orsavo" in f for f in found)
    assert list(_unknown_where_told("The campaign near Moravetz dragged on for weeks.")) == []
