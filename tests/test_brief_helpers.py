"""Shared by the brief, merge and render tests: the fixture articles with their hand-made facts."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from reporter.config import load_config
from reporter.models import Article, Facts, content_hash

FIXTURES = Path(__file__).parent / "fixtures" / "brief"


def load_articles(path: Path = FIXTURES / "articles.json") -> tuple[list[Article], dict[str, Facts]]:
    articles, facts = [], {}
    for item in json.loads(path.read_text(encoding="utf-8")):
        a = dict(item["article"])
        a["published"] = datetime.fromisoformat(a["published"])
        a["fetched"] = datetime.fromisoformat(a["fetched"])
        a["content_hash"] = content_hash(a["text"])
        articles.append(Article(**a))
        if item["facts"]:
            facts[a["id"]] = Facts.from_dict(item["facts"])
    return articles, facts


def load_spec(tmp_path: Path | None = None, **changes):
    config = load_config(FIXTURES / "config.yaml")
    if tmp_path is not None:
        config = config.model_copy(update={"base_dir": tmp_path})
    spec = config.briefs[0]
    if changes:
        spec = spec.model_validate({**spec.model_dump(), **changes})
    return config, spec
