"""Fact extraction: incidents, troop posture and milestones from English news articles.

    Extractor(lexicon_paths=...).extract(text, id=..., published=...) -> Facts
    infer_published(text) -> date | None
    iter_facts(paths, ...) -> Iterator[Facts]      the `reporter extract` engine
    iter_article_facts(articles, ...)              stored articles, in the same process pool

Pure Python and precompiled patterns; the gazetteer and lexicons live in data/*.yaml and can be
extended by users' YAML files (see README.md in this package).
"""

from reporter.extract.batch import iter_article_facts, iter_facts
from reporter.extract.extractor import Extractor
from reporter.extract.published import infer_published

__all__ = ["Extractor", "infer_published", "iter_article_facts", "iter_facts"]
