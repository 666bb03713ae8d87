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
