"""A light English lemmatiser: a word's dictionary form and its inflection, by suffix rules.

"attacked" -> ("attack", "ed"), "shelling" -> ("shelling", "base") because the noun is known,
"dropped" -> ("drop", "ed"), "fired" -> ("fire", "ed"), "shot" -> ("shoot", "past"). Frames match
on the lemma and say which inflections they accept, so "targeted" is an event and "targets" is
not, and a new inflection of a known verb ("ambushing") needs no new word list. Rules are tried
against a vocabulary of known stems; an unknown word gets the plainest stem. Results are cached
per word, so the cost is one dictionary lookup per token.
"""

from __future__ import annotations

from reporter.extract.text import per_word, words

#: Irregular forms: word -> (lemma, form). "past" covers the simple past and the participle.
IRREGULAR: dict[str, tuple[str, str]] = {
    "shot": ("shoot", "past"), "fell": ("fall", "past"), "fallen": ("fall", "past"),
    "sank": ("sink", "past"), "sunk": ("sink", "past"), "scuttled": ("scuttle", "ed"),
    "struck": ("strike", "past"), "stricken": ("strike", "past"), "fought": ("fight", "past"),
    "overran": ("overrun", "past"), "overrun": ("overrun", "past"), "blew": ("blow", "past"),
    "blown": ("blow", "past"), "brought": ("bring", "past"), "took": ("take", "past"),
    "taken": ("take", "past"), "came": ("come", "past"), "went": ("go", "past"), "gone": ("go", "past"),
    "threw": ("throw", "past"), "thrown": ("throw", "past"), "fled": ("flee", "past"),
    "led": ("lead", "past"), "began": ("begin", "past"), "begun": ("begin", "past"),
    "drove": ("drive", "past"), "driven": ("drive", "past"), "beat": ("beat", "base"), "beaten": ("beat", "past"),
    "hit": ("hit", "base"), "shut": ("shut", "base"), "set": ("set", "base"), "put": ("put", "base"),
    "was": ("be", "past"), "were": ("be", "past"), "been": ("be", "past"), "is": ("be", "s"),
    "are": ("be", "base"), "had": ("have", "past"), "has": ("have", "s"), "said": ("say", "past"),
    "told": ("tell", "past"), "made": ("make", "past"), "caught": ("catch", "past"),
    "seized": ("seize", "ed"), "spread": ("spread", "base"), "broke": ("break", "past"),
    "broken": ("break", "past"), "rang": ("ring", "past"), "lost": ("lose", "past"),
    "sought": ("seek", "past"), "slain": ("slay", "past"),
}  # fmt: skip

#: Stems that end in a silent e ("fire", "strike"), so "fired" is "fire", not "fir".
_E_STEMS = words("""fire strike raze seize capture close reopen shoot explode detonate neutralise
    neutralize bombard engage collide damage injure wound use force retaliate ignite blaze torch cause
    escalate launch pummel dive hurtle crash graze rattle pierce puncture pulverise pulverize
    sabotage invade storm evacuate declare announce resume pledge vow rule issue pause continue erupt
    manoeuvre maneuver tire glide promise agree schedule slate decide propose require approve massacre""")

_DOUBLED_L = words("pummel propel cancel level model signal travel label fuel")

#: Words kept whole although they end like an inflection: nouns in -ing, -s and -ed.
_WHOLE = words("""shelling bombing fighting firing landing ceasefire news series
    mortars gas bus crisis analysis thesis basis chaos kurds us its this thus his was has is
    red bed shed speed seed need feed embed creed""")


def _lemma_form(word: str) -> tuple[str, str]:
    """(lemma, inflection) of a folded word; inflection is base | s | ed | ing | past."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    n = len(word)
    if n <= 3 or word in _WHOLE:
        return word, "base"
    if word.endswith("ied") and n > 4:
        return word[:-3] + "y", "ed"
    if word.endswith("ed"):
        return _stem(word[:-2]), "ed"
    if word.endswith("ing") and n > 5:
        return _stem(word[:-3]), "ing"
    if word.endswith("ies") and n > 4:
        return word[:-3] + "y", "s"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2], "s"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1], "s"
    return word, "base"


#: (lemma, inflection) of a folded word; inflection is base | s | ed | ing | past.
lemma_form = per_word(_lemma_form)


def lemma(word: str) -> str:
    return lemma_form(word)[0]


def _stem(stem: str) -> str:
    """The base of a verb whose -ed or -ing was cut: "fir" -> "fire", "dropp" -> "drop"."""
    if stem + "e" in _E_STEMS:
        return stem + "e"
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # "dropp" -> "drop", "lobb" -> "lob"; "shell", "pummell" keep theirs
    if stem[:-1] in _DOUBLED_L:
        return stem[:-1]  # British "pummelled", "levelled"
    return stem


_VOWELS = frozenset("aeiou")


def _inflections(word: str) -> tuple[str, ...]:
    """A verb's regular inflections: "arrive" -> "arrives", "arrived", "arriving"; "patrol" ->
    "patrolled", "patrolling" too."""
    stem = word[:-1] if word.endswith("e") else word
    out = [word, word + "s", stem + "ed", stem + "ing"]
    if len(word) > 3 and word[-1] not in _VOWELS | {"w", "x", "y"} and word[-2] in _VOWELS and word[-3] not in _VOWELS:
        out += [word + word[-1] + "ed", word + word[-1] + "ing"]  # "patrolled", "transferring"
    return tuple(out)


def inflected_lemmas(ws: frozenset[str] | list[str] | tuple[str, ...]) -> frozenset[str]:
    """The lemmas of words and of their regular inflections, for a table that must hold any form a
    text uses: the suffix rules cut a silent e they do not know ("arrived" -> "arriv", "leaving" ->
    "leav", "removed" -> "remov") and keep a doubled l ("patrolled" -> "patroll"), so the lemma of
    the dictionary form alone misses them."""
    return frozenset(lemma(f) for w in ws for f in _inflections(w))
