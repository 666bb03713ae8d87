"""The Extractor: article text in, Facts out, with the lexicons loaded once."""

from __future__ import annotations

import dataclasses
import datetime
import logging
from collections.abc import Sequence
from pathlib import Path

from reporter.extract import learned, learned_posture
from reporter.extract.dates import read_as_of
from reporter.extract.document import Document
from reporter.extract.incidents import find_incidents, relevant
from reporter.extract.lexicon import Lexicon
from reporter.extract.milestones import find_milestones, not_done_ahead
from reporter.extract.posture import find_posture
from reporter.extract.published import infer_published, published_in_url
from reporter.extract.text import clean, is_english, tokens
from reporter.models import Facts, Milestone

log = logging.getLogger(__name__)


class Extractor:
    """Finds incidents, troop posture and milestones in English news text.

    ``lexicon_paths`` are user YAML files merged over the bundled data/*.yaml (see README.md).
    """

    def __init__(self, *, lexicon_paths: Sequence[Path] = ()) -> None:
        self.lexicon = Lexicon.load(tuple(Path(p) for p in lexicon_paths))

    def extract(
        self,
        text: str,
        *,
        id: str,
        published: datetime.date | None = None,
        title: str | None = None,
        url: str | None = None,
        fetched: datetime.date | None = None,
    ) -> Facts:
        """Facts of one article; ``published`` anchors relative dates (inferred from text when None).

        ``fetched``, the day the text was read, bounds the dates a text without a year may mean
        (today when None), so extracting a stored article again later gives the same facts.
        """
        if isinstance(published, datetime.datetime):
            published = published.date()
        if isinstance(fetched, datetime.datetime):
            fetched = fetched.date()
        # without a fetch day, today, read once per article (not at every yearless date it bounds)
        with read_as_of(fetched or datetime.date.today()):
            return self._extract(text, id=id, published=published, title=title, url=url)

    def _extract(
        self, text: str, *, id: str, published: datetime.date | None, title: str | None, url: str | None
    ) -> Facts:
        if not isinstance(text, str):
            text = text.decode("utf-8", errors="replace") if isinstance(text, bytes | bytearray) else ""
        published, art = self.document(text, published, url)
        facts = Facts(id=id, url=url, title=title, published=published.isoformat() if published else None)
        if art is None:
            return facts
        # Off-topic articles borrow war words ("price war", "a strike from the edge of the box"):
        # incidents need a conflict article; posture and milestones carry their own evidence.
        return Facts(
            id=id,
            url=url,
            title=title,
            published=facts.published,
            incidents=tuple(find_incidents(art)) if relevant(art) else (),
            troop_posture=tuple(learned_posture.revise(art, find_posture(art))),
            milestones=tuple(_without_datelines(art, not_done_ahead(art, learned.revise(art, find_milestones(art))))),
        )

    def document(
        self, text: str, published: datetime.date | None, url: str | None = None
    ) -> tuple[datetime.date | None, Document | None]:
        """The publication day (when None, the one the text states, else the one its address writes)
        and the parsed document of a text, None when it is empty or not English (the learned layers'
        training reads articles here)."""
        text = clean(text)
        if published is None:
            # the text's own stamp first; "/2024/03/15/" in the address dates a page that has none
            published = infer_published(text) or published_in_url(url)
        if not text.strip():
            return published, None
        # Tokenised once: the English test reads its sample's words off the document's tokens.
        toks = tokens(text)
        if not is_english(text, toks):
            return published, None
        return published, Document.read(text, published, self.lexicon, toks)


def _without_datelines(art: Document, found: Sequence[Milestone]) -> list[Milestone]:
    """Milestones whose clause opens in a dateline start after it: "BERLIN (Wire) - Germany will
    withdraw its troops" is due as "Germany will withdraw its troops" (the timeline's label; the
    evidence keeps the sentence as written)."""
    if not art.datelines:
        return list(found)
    out = []
    for m in found:
        at = art.text.find(m.what)
        cut = _dateline_cut(art, at, at + len(m.what)) if at >= 0 else None
        if at < 0:
            # a label built of two parts of its sentence ("<subject> from B was completed") is found nowhere
            # whole: the dateline it opens with is cut by its own words
            told = next((art.text[a:b] for a, b in art.datelines if m.what.startswith(art.text[a:b])), "")
            out.append(dataclasses.replace(m, what=m.what[len(told) :].strip(" -—–:")) if told.strip() else m)
            continue
        out.append(dataclasses.replace(m, what=art.text[cut : at + len(m.what)].strip(" -—–:")) if cut else m)
    return out


def _dateline_cut(art: Document, at: int, end: int) -> int | None:
    """Where a clause at..end starts past the dateline or page stamp it opens with: one it starts in,
    or one right after its label word ("date 2021-12-30 US-led troops have left")."""
    for a, b in art.datelines:
        labelled = at < a < at + 12 and len(art.text[at:a].split()) <= 1
        if (a <= at < b or labelled) and b < end:
            return b
    return None
