"""The brief's caches drawn from the lexicons follow the active files (reporter/brief/lexicons.py)."""

from __future__ import annotations

from reporter.brief import lexicons
from reporter.brief.commitment_identity import identity
from reporter.models import Milestone


def test_commitment_identity_reads_the_users_lexicon_and_forgets_it(tmp_path):
    """A mission only the user's lexicon names is the party with that lexicon and unknown without
    it, in one process: a mention read before the change is read again after it."""
    lexicon = tmp_path / "missions.yaml"
    lexicon.write_text(
        "actors:\n  - {name: Quill Mission, kind: coalition, country: Mali, aliases: [Quill Force]}\n",
        encoding="utf-8",
    )
    mention = Milestone(
        what="the Quill Force will withdraw from Mali",
        due="2026-06",
        evidence="The Quill Force will withdraw from Mali by June 2026, its spokesman said.",
    )
    try:
        lexicons.use(())
        assert identity(mention).who is None
        lexicons.use((lexicon,))
        assert identity(mention).who == "Quill Mission"
        lexicons.use(())
        assert identity(mention).who is None
    finally:
        lexicons.use(())


def test_the_brief_and_the_extractor_id_follow_one_stamp_of_the_files_content(tmp_path):
    """A user lexicon edited in place, same size and modification time, is a change to the brief's
    caches and to the extractor's id alike; the same content saved again is a change to neither."""
    import os

    from reporter.pipeline import extractor_id

    lexicon = tmp_path / "missions.yaml"
    quill = "actors:\n  - {name: Quill Mission, kind: coalition, country: Mali, aliases: [Quill Force]}\n"
    lexicon.write_text(quill, encoding="utf-8")
    mention = Milestone(what="the Quill Force will withdraw from Mali", due="2026-06", evidence="")
    try:
        lexicons.use((lexicon,))
        assert identity(mention).who == "Quill Mission"
        before, when = extractor_id([lexicon]), lexicon.stat().st_mtime_ns
        lexicon.write_text(quill.replace("Quill Force", "Quell Force"), encoding="utf-8")
        os.utime(lexicon, ns=(when, when))
        lexicons.use((lexicon,))
        assert identity(mention).who is None
        edited = extractor_id([lexicon])
        assert edited != before
        lexicon.write_text(quill.replace("Quill Force", "Quell Force"), encoding="utf-8")
        assert extractor_id([lexicon]) == edited
    finally:
        lexicons.use(())


def test_a_capital_the_gazetteer_gives_is_its_state_in_a_commitment():
    """ "Wellington will withdraw its soldiers": a state the lexicon lists without a capital has the
    gazetteer's, so the capital that acts is the party, as "Canberra" is Australia."""
    from reporter.brief.commitment_identity import read_identity

    lexicons.use(())
    assert read_identity("Wellington will withdraw its soldiers from Iraq by June").who == "New Zealand"
    assert read_identity("Canberra will withdraw its soldiers from Iraq by June").who == "Australia"
