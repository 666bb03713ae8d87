"""Word tables the extractor and the brief both read, and how a table is written and made a pattern.

The brief reads evidence text, not a parsed article, and a run with nothing new never loads the
extractor (tests/test_architecture.py): tables both sides need live here, outside ``reporter.extract``.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The last word of a name that, with "of" after it, names a side of a river or lake, not a place so
#: called: "the west bank of the river", "the Left Bank of the Seine".
RIVER_SIDES = frozenset(("bank", "banks", "shore", "shores"))


def words(spaced: str) -> frozenset[str]:
    """A word set written as one spaced string, so long lists stay readable."""
    return frozenset(spaced.split())


#: Nouns of a party after "X-led" ("US-led forces", "a Saudi-led military intervention"): the state's
#: name there names the coalition it leads.
LED_NOUNS = words("""forces force troops coalition coalitions alliance mission missions contingent soldiers
    operation operations intervention campaign""")


#: A quarter word before a place's name: "in eastern Syria", "near north-western Aleppo".
QUARTERS = words("""northern southern eastern western central northeastern northwestern southeastern southwestern
    north-eastern north-western south-eastern south-western far""")


def longest_first(alternatives: Iterable[str]) -> list[str]:
    """Words in the order a regular-expression alternation wants them: longest first (so no word stops at a
    shorter one that begins it), then alphabetical (so the pattern is the same every run)."""
    return sorted(alternatives, key=lambda w: (-len(w), w))


def alternation(nouns: Iterable[str], plural: str = "") -> str:
    """The nouns as one regular-expression alternation, longest first, each followed by ``plural`` ("s?":
    singular or plural; "s": plural only)."""
    return "|".join(f"{w}{plural}" for w in longest_first(nouns))


#: Rites held for the dead, singular: "the funeral of the soldiers", "burials were held", "a vigil for the
#: victims". One table for every reader of a rite: the extractor's day of a rite, not of the event
#: (candidates._RITE_BEFORE, _RITE_SUBJECT), the place where the dead are mourned, no scene
#: (linking._MOURNED), and the brief's gatherings hit (identity); each adds its own further words.
RITES = words("funeral burial vigil memorial commemoration")
#: Sites a strike from afar aims at: what a bare passive "was hit" (no agent, no weapon) tells as struck. A
#: person or a bus "hit" on a road, with nothing armed told, is a road accident, not a strike.
STRUCK_SITES = words("""depot depots terminal plant facility facilities building buildings block blocks tower base
    bases post port refinery warehouse school hospital mosque church market station substation bridge airport
    airfield headquarters compound camp barracks house houses home homes apartment silo silos oilfield field
    pipeline dam factory office offices""")
