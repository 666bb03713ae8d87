"""Sentences keep their offsets and survive abbreviations; English is told from other languages."""

from __future__ import annotations

from pathlib import Path

from reporter.extract.text import is_english, sentences, tokens

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def test_abbreviations_do_not_end_sentences():
    """'U.S.-led', 'Oct.' and 'Gen.' stay inside their sentence; offsets slice the original text."""
    text = "Drones were shot down by the U.S.-led coalition on Oct. 7, Gen. Smith said. The U.S. The group warned."
    found = sentences(text)
    assert [s.text for s in found] == [
        "Drones were shot down by the U.S.-led coalition on Oct. 7, Gen. Smith said.",
        "The U.S.",
        "The group warned.",
    ]
    assert all(text[s.start : s.end] == s.text for s in found)


def test_lines_are_paragraphs():
    """A line break ends a sentence and starts a new paragraph."""
    found = sentences("Headline without stop\n\nFirst sentence here. Second one.")
    assert [s.paragraph for s in found] == [0, 1, 1]


def test_tokens_fold_apostrophes_accents_and_possessives():
    """Kata'ib folds to kataib, Israel's to israel (flagged possessive), Qā’im to qaim."""
    norms = [(t.norm, t.possessive) for t in tokens("Kata'ib Israel’s Al Qā’im")]
    assert norms == [("kataib", False), ("israel", True), ("al", False), ("qaim", False)]


def test_tokens_split_by_ascii_classes_where_every_word_character_is_ascii():
    """A text whose only non-ASCII characters are quotes, dashes or spaces is split with ASCII classes;
    one holding a non-ASCII letter or digit ("é", "²", the letter "ʼ") with the Unicode ones: the same words either way,
    as _WORD finds them (an underscore is in no word, an apostrophe joins two runs of letters)."""
    from reporter.extract.text import _NON_ASCII_WORD, _WORD

    texts = [
        "Rockets hit the depot_2 at 0400, officials said.",
        "“We’re ready,” the colonel said — the convoy’s route ran 12\u00a0km north…",
        "Le café à Orléans: 5² drones, l’armée dit—rien_ici ʼok",
        "rock’s’ 'tis o'clock ’ ' x'",
    ]
    assert _NON_ASCII_WORD.search(texts[1]) is None
    assert _NON_ASCII_WORD.search(texts[2]) is not None
    for text in texts:
        for offset in (0, 7):
            found = [(t.start, t.end, t.text) for t in tokens(text, offset)]
            assert found == [(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]


def test_english_detection():
    """English news is English; French news and gibberish are not."""
    assert is_english((FIXTURES / "gaza_strike.txt").read_text())
    assert not is_english((FIXTURES / "french.txt").read_text())
    assert not is_english("ведомство сообщило о сбитых беспилотниках над регионом " * 5)
    assert not is_english("xq zv ptk " * 40)


def test_function_words_are_counted_in_any_case():
    """The function words are looked up as written in a set of all their spellings: the same count as
    lower-casing each word first, for a headline in capitals as for prose (and a word only like one)."""
    from reporter.extract.text import _ENGLISH, _ENGLISH_ANY_CASE

    assert all(w.lower() in _ENGLISH for w in _ENGLISH_ANY_CASE)
    for w in ("THE", "The", "tHe", "Against", "BETWEEN", "SAYS", "theme", "Than", "thank", "WKS", "İn"):
        assert (w in _ENGLISH_ANY_CASE) == (w.lower() in _ENGLISH), w
    assert is_english("OFFICIALS SAID THE CONVOY WAS HIT NEAR THE BORDER AND THAT IT HAD BEEN EXPECTED")


def test_a_one_line_brief_with_only_prepositions_is_english():
    """'Jets struck depots near the capital overnight' holds none of the commonest function words but
    a preposition: still English (a one-line wire brief, a headline-like note)."""
    assert is_english("Navy gunboats shelled rebel positions near Port Harmony overnight.")
    assert not is_english("Les avions ont frappé des dépôts près de la capitale pendant la nuit.")


def test_name_parts_are_not_foreign_function_words():
    """A short English note naming 'Deir El Balah' or 'Khirbet al Adas' is still English."""
    assert is_english(
        "On 1 May, jets struck a mosque in Khirbet al Adas near Deir El Balah. Casualties unknown."
    )


def test_english_test_reads_the_same_words_off_tokens():
    """Given the text's tokens, the English test finds the words of its sample as it would alone,
    the word the sample's cut runs through included ("Kata'" of "Kata'ib")."""
    from reporter.extract.text import _WORD, _sample_words

    text = "The rebels of Kata'ib Hezbollah said they fired on the base. " * 60
    toks = tokens(text)
    for cut in range(2980, 3020):
        assert _sample_words(text[:cut], toks) == _WORD.findall(text[:cut])
    for t in [text, (FIXTURES / "french.txt").read_text(), "xq zv ptk " * 400]:
        assert is_english(t, tokens(t)) == is_english(t)


def test_longest_first_orders_an_alternation_so_no_word_stops_at_a_shorter_one():
    """'the airport' is not read as its tail 'port': longer words first, ties alphabetical."""
    from reporter.extract.text import longest_first

    assert longest_first({"port", "dam", "airport", "pier"}) == ["airport", "pier", "port", "dam"]


def test_a_misread_no_break_space_does_not_hide_a_place():
    """A no-break space decoded in a one-byte code page leaves a stray 'Â' (Latin-1) or 'Ā' (cp1257) glued to
    the word before it: the letter goes, so the place that word names is found."""
    from datetime import date

    from reporter.extract import Extractor
    from reporter.extract.text import clean

    assert clean("Shells fell on Ruritania\u00c2\u00a0late on Monday.") == "Shells fell on Ruritania\u00a0late on Monday."
    assert clean("Grade \u00c2 alone stays.") == "Grade \u00c2 alone stays."
    for stray in ("\u00c2", "\u0100"):
        text = f"A drone strike hit a house in Mosul{stray} on Monday, killing three people, police said."
        (event,) = Extractor().extract(text, id="t", published=date(2024, 3, 5)).incidents
        assert event.location == "Mosul"


def test_sentences_glued_without_a_space_are_told_apart():
    """Paragraphs joined with no space ("said.The") are still two sentences: a year told in the next one
    (background) does not date the event told again after it."""
    from datetime import date

    from reporter.extract import Extractor
    from reporter.extract.text import clean

    text = (
        "A gunman opened fire at a checkpoint near Mosul on Monday, killing two guards, police said.The two "
        "provinces signed a border pact in 1999 and have kept close ties.Gunmen opened fire on the guards at the "
        "checkpoint in Mosul, a police officer said."
    )
    assert [s.text for s in sentences(clean(text))][1] == "The two provinces signed a border pact in 1999 and have kept close ties."
    assert clean("U.S.Army units, 3.5 km away, at Example.com") == "U.S.Army units, 3.5 km away, at Example.com"
    (event,) = Extractor().extract(text, id="t", published=date(2024, 3, 5)).incidents
    assert event.date == "2024-03-04"


def test_glued_sentences_are_found_at_their_marks_as_before():
    """_GLUED opens with the mark (the engine scans for it in C), the two letters before it a look-behind, and
    puts a space where the pattern that opened with the letters did: every mark, quote and run of them alike."""
    import re

    from reporter.extract.text import _GLUED

    assert _GLUED.pattern.startswith("([.!?]")
    before = re.compile(r"([a-z]{2}[.!?][\"”’]?)(?=[\"“‘]?[A-Z][a-z])")
    samples = [
        "the vote ended.Lawmakers left early.“Nobody won,” he said?Then what!Maybe",
        "a quiet week.”The mayor spoke.‘Calm returned.”So did trade.\"Fine\" it was.",
        "ok.Ab.Cd.Ef gh.IJ no.Xy ab.. Cd ab.!Cd ab.”“Cd 3.5 km U.S.Army x.Ya yz.Ya",
        "İstanbul rain.Heavy winds.ſome text.Tall ab.\"Cd\" abc?”Ef",
    ]
    for text in samples:
        assert _GLUED.sub(r"\1 ", text) == before.sub(r"\1 ", text)
    assert _GLUED.sub(r"\1 ", samples[0]).startswith("the vote ended. Lawmakers left early. “Nobody won,” he said? Then")


def test_reference_marks_after_a_stop_still_end_the_sentence():
    """Encyclopaedic pages put numbered marks right after the stop ("fire.[4][5] Police said"): the sentence
    still ends there, so a day told in the next sentence does not date the event told before it."""
    from reporter.extract import Extractor

    text = (
        "On 9 June 2023, gunmen attacked the Orvale theatre in Tarnovo, Bulgaria. Three attackers opened fire on "
        "the audience and set the hall on fire.[4][5] Prosecutors said 31 people had been killed.[6] On 15 June, "
        "officials added that nine were still missing.[7]"
    )
    found = [s.text for s in sentences(text)]
    assert found[1].endswith("set the hall on fire.[4][5]")
    assert found[2] == "Prosecutors said 31 people had been killed.[6]"
    events = Extractor().extract(text, id="t", published=None).incidents
    assert {e.date for e in events} == {"2023-06-09"}


def test_bracketed_marks_that_end_no_sentence_are_left_alone():
    """Controls: a bracket inside the sentence, a stop before a lower-case word, a year in brackets."""
    assert [s.text for s in sentences("The camp [3] was hit. Then more.")] == ["The camp [3] was hit.", "Then more."]
    assert len(sentences("It was hit at 4 p.m.[2] and again later.")) == 1
    assert len(sentences("Fighting resumed.[2] ")) == 1
