"""Fact extraction: incidents, troop posture and milestones from English news articles.

    Extractor(lexicon_paths=...).extract(text, id=..., published=...) -> Facts
    infer_published(text) -> date | None
    iter_facts(paths, ...) -> Iterator[Facts]      the `reporter extract` engine
    iter_article_facts(articles, ...)              stored articles, in the same process pool

Pure Python and precompiled patterns; the gazetteer and lexicons live in data/*.yaml and can be
extended by users' YAML files (see README.md in this package).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reporter.extract.batch import iter_article_facts, iter_facts
    from reporter.extract.extractor import Extractor
    from reporter.extract.published import infer_published

__all__ = ["Extractor", "infer_published", "iter_article_facts", "iter_facts"]

_HOMES = {
    "Extractor": "reporter.extract.extractor",
    "infer_published": "reporter.extract.published",
    "iter_article_facts": "reporter.extract.batch",
    "iter_facts": "reporter.extract.batch",
}


def __getattr__(name: str) -> Any:
    # Loaded on first use: the brief reads the bundled lexicon (extract.lexicon) without paying
    # for every extraction module's compiled patterns.
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    from reporter.extract.patterns import cached

    with cached():  # the modules' regular expressions from the compiled cache
        value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value
