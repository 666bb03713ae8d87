"""Event and commitment identity as the reader sees it: one brief row per real event, one timeline line
per commitment, measured on the real-news corpus (run by hand; part of `make bench`).

    python benchmarks/bench_brief_identity.py [--split all|tune|test|fresh] [--as-of 2026-03-01] [--verbose]
                                              [--pdf OUT.pdf] [--shards ij]

Builds one brief (period all) from every corpus text in the local cache (corpus/cache.py) with the
real extractor and brief builder. Each extracted incident or milestone is matched to its article's
gold item by the shared scorer's own rules (score.py, imported by path, unchanged; for incidents
without the type gate, place and date only, the type ranking candidates), and the gold
item to its real event or commitment through corpus/clusters/<shard>.json (and across.json, which
joins the clusters of two shards that are one real event or commitment). Then:

  rows per real event   rows holding a real event / real events shown            target <= 1.05
  mixed rows            rows holding two or more real events / rows with any     target <= 2 %

and the same two figures for timeline lines and commitments. The gold annotates an attack and its
interception as two items (often two real events in the cluster files), while a row shows them as
two facets of one event: each facet of a row is measured as its own unit. Extracted items that match no gold
item, or an optional one, are left out of both figures (they are the extractor's business). The mixed
rows' count prints beside their share: a merge that joins two rows of one event and mixes nothing
leaves the count as it was and raises the share a little (one row fewer).
The test half of the corpus, the session's blind shards (fresh) and the check shards are locked: totals print
(`--split test`, `--split fresh`, and within `--split all`), but `--verbose` (which lists the
offending rows) and `--pdf` (the brief to look at) only run on `--split tune`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
sys.path.insert(0, str(ROOT))

from corpus.cache import CHECK_SHARDS, cache_dir, gold_dir, manifest  # noqa: E402  (after the path set-up above)
from reporter.brief import commitments as commitments_module  # noqa: E402
from reporter.brief import merge as merge_module  # noqa: E402
from reporter.brief.build import STATEMENT_TYPES, build_brief  # noqa: E402
from reporter.brief.commitments import group_milestones  # noqa: E402
from reporter.brief.merge import facet_parts, group_incidents  # noqa: E402
from reporter.config import BriefConfig  # noqa: E402
from reporter.extract import Extractor  # noqa: E402
from reporter.models import Article, Facts, content_hash  # noqa: E402
from reporter.pipeline import date_from_text  # noqa: E402

TARGET_ROWS, TARGET_MIXED = 1.05, 0.02


def load_scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SCORE)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def corpus_articles(split: str, shards: str | None = None) -> list[tuple[Article, dict]]:
    """(article, gold) for every cached text of the split (of the given shards only, when some are
    named), as a file source and the run would read it."""
    out = []
    for rec in manifest():
        if split != "all" and rec["split"] != split:
            continue
        if shards and rec["name"][0] not in shards:
            continue
        path = cache_dir() / f"{rec['name']}.txt"
        gold = gold_dir(rec["split"]) / f"{rec['name']}.json"
        if not path.exists() or not gold.exists():
            continue
        text = path.read_text(encoding="utf-8")
        published = datetime.fromisoformat(rec["date"]).replace(tzinfo=UTC) if rec.get("date") else None
        article = Article(
            id=rec["name"],
            source_id=f"corpus-{rec['name'][0]}",
            url=rec.get("url"),
            outlet=rec.get("outlet"),
            title=None,
            published=published,
            published_from="metadata" if published else "none",
            fetched=datetime(2026, 3, 1, tzinfo=UTC),
            text=text,
            content_hash=content_hash(text),
        )
        # Without a page date the run takes the date the text states, as the pipeline does.
        out.append((date_from_text(article), json.loads(gold.read_text(encoding="utf-8"))))
    return out


def clusters(folder: Path | None = None) -> dict[tuple[str, str, int], str]:
    """(kind, article, gold index) -> real event or commitment id. ``same_as`` entries (across.json)
    may chain, a -> b and b -> c: each id is taken to the end of its chain (one set, as union-find),
    so a, b and c are one real event and not two."""
    found, parent = {}, {}

    def root(cid: str) -> str:
        while parent.get(cid, cid) != cid:
            parent[cid] = parent.get(parent[cid], parent[cid])  # halve the path
            cid = parent[cid]
        return cid

    for path in sorted((folder or ROOT / "corpus" / "clusters").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for a, b in data.get("same_as", {}).items():  # across.json: one real event annotated in two shards
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[ra] = rb
        for kind in ("events", "commitments"):
            for cid, items in data.get(kind, {}).items():
                for name, index in items:
                    found[(kind, name, index)] = cid
    return {k: root(cid) for k, cid in found.items()}


def scene_pair(score):
    """The scorer's incident pairing without its type gate: an extracted incident is the gold event
    whose place and date it agrees with (the scorer's own place and date rules), the type only
    ranking candidates. A brief row of the real event that an outlet (or the extractor) typed
    otherwise, an air strike called a missile attack, is still that event's row: with the type
    gate it counted as no event, and the split it makes went unseen."""

    def pair(gold: dict, pred: dict) -> float:
        if not score.dates_agree(gold.get("date"), pred.get("date")) or not score.places_agree(gold, pred):
            return 0.0
        # The nearer scene first: a named place over "any place in the country", a day told alike.
        named = score.places_agree({**gold, "country": None}, pred)
        day = bool(gold.get("date")) and gold.get("date") == pred.get("date")
        typed = score.incident_pair(gold, pred)
        if not typed and not (named or gold.get("date")):
            return 0.0  # another type anywhere in the country on any day: nothing ties it to this event
        return (typed + 1.0 if typed else 0.5) + 0.2 * named + 0.1 * day + _told_alike(score, gold, pred)

    return pair


#: The most :func:`_told_alike` adds: below the smallest step of the scores above (0.05), so it only
#: orders pairs that those tie.
_TIE_BREAK = 0.04


def _told_alike(score, gold: dict, pred: dict) -> float:
    """A tie-break for gold items the scores above cannot tell apart (one article's two undated
    strikes at one town, both of one type): the gold's dead and wounded that the extracted item
    gives alike, and the words of what the gold says was hit ("fuel depot") that its sentence holds
    (the scorer breaks its own ties by count and actors in the same way). Without it the tie went
    by list order, and a row that held the right event was counted as holding the other: a split
    and a mix that are not there."""
    told = score.words(" ".join(map(str, gold.get("objects") or [])))
    shared = min(len(told & score.words(pred.get("evidence"))), 4)
    toll_g, toll_p = gold.get("casualties") or {}, pred.get("casualties") or {}
    alike = sum(1 for k in ("killed", "injured") if toll_g.get(k) is not None and toll_g.get(k) == toll_p.get(k))
    return _TIE_BREAK * (shared + 2 * alike) / 8


def gold_links(score, facts: dict[str, Facts], golds: dict[str, dict], known: dict) -> dict[int, str]:
    """id(extracted fact) -> its real event / commitment, by the scorer's matching per article
    (incidents without its type gate: see :func:`scene_pair`)."""
    links: dict[int, str] = {}
    for name, found in facts.items():
        gold = golds[name]
        for kind, pair, items, cluster_kind in (
            ("incidents", scene_pair(score), found.incidents, "events"),
            ("milestones", score.milestone_pair, found.milestones, "commitments"),
        ):
            preds = found.to_dict()[kind]
            golds_k = gold.get(kind) or []
            _, _, _, pairs = score.match(golds_k, preds, pair)
            for g, p in pairs:
                gi = next(i for i, x in enumerate(golds_k) if x is g)
                pi = next(i for i, x in enumerate(preds) if x is p)
                cid = known.get((cluster_kind, name, gi))
                if cid:
                    links[id(items[pi])] = cid
    return links


def figures(groups: list[list], links: dict[int, str]) -> dict:
    rows_of: dict[str, int] = defaultdict(int)
    mixed, with_any = [], 0
    for group in groups:
        real = {links[id(r.fact)] for r in group if id(r.fact) in links}
        if not real:
            continue
        with_any += 1
        for cid in real:
            rows_of[cid] += 1
        if len(real) > 1:
            mixed.append(group)
    events = len(rows_of)
    return {
        "rows": len(groups),
        "rows_with_gold": with_any,
        "real": events,
        "rows_per_real": sum(rows_of.values()) / events if events else 0.0,
        "mixed": len(mixed) / with_any if with_any else 0.0,
        "split": {cid: n for cid, n in rows_of.items() if n > 1},
        "mixed_groups": mixed,
    }


def describe(report, links: dict[int, str], names: dict[int, str]) -> str:
    fact = report.fact
    cid = links.get(id(fact), "-")
    if hasattr(fact, "type"):
        what = f"{fact.type} {fact.date} {fact.location}/{fact.country} {list(fact.actors)}"
    else:
        what = f"{fact.due} {fact.what}"
    return f"    [{names[report.source]}] {cid}: {what}"


def _recording_groups() -> dict[str, list]:
    """Have the brief builder's grouping of incidents and of milestones keep what it returns."""
    grouped: dict[str, list] = {}

    def keep(kind: str, group):
        def grouping(reports):
            grouped[kind] = group(reports)
            return grouped[kind]

        return grouping

    merge_module.group_incidents = keep("incidents", group_incidents)
    commitments_module.group_milestones = keep("milestones", group_milestones)
    return grouped


def extract_all(articles: list[Article]) -> dict[str, Facts]:
    """Each article's facts, as the run extracts them."""
    extractor = Extractor()
    return {
        a.id: extractor.extract(
            a.text, id=a.id, published=a.published.date() if a.published else None, fetched=a.fetched
        )
        for a in articles
    }


def brief_spec(as_of: datetime) -> BriefConfig:
    return BriefConfig(id="corpus", title="Real-news corpus brief", period="all", as_of=as_of)


def grouped_brief(articles: list[Article], facts: dict[str, Facts], as_of: datetime):
    """The brief (period all) of ``articles`` and the grouping it made, kept as report lists so each
    row's facts are known (recorded as the brief makes it: grouping the whole corpus again took as
    long as the brief itself): (brief, {"incidents": groups, "milestones": lines}, source names)."""
    grouped = _recording_groups()
    try:
        brief = build_brief(brief_spec(as_of), articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1)
    finally:
        merge_module.group_incidents, commitments_module.group_milestones = group_incidents, group_milestones
    ordered = sorted(articles, key=lambda a: (a.published or a.fetched, a.outlet or "", a.id))
    names = {n: a.id for n, a in enumerate(ordered, 1)}
    rows = [g for g in grouped["incidents"] if g[0].fact.type not in STATEMENT_TYPES]
    assert len(rows) == len(brief.incidents) and len(grouped["milestones"]) == len(brief.milestones), "grouping drifted"
    return brief, grouped, names


def incident_rows(groups: list[list]) -> list[list]:
    """The brief's incident rows (statements left out) as measured: the gold keeps an attack and its
    interception as two items; a row shows them as two facets, each its own unit."""
    rows = [g for g in groups if g[0].fact.type not in STATEMENT_TYPES]
    return [part for g in rows for part in facet_parts(g)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("all", "tune", "test", "fresh"), default="all")
    ap.add_argument("--as-of", default="2026-03-01", help="the brief's moment (milestone status)")
    ap.add_argument("--verbose", action="store_true", help="list split and mixed rows (tune only)")
    ap.add_argument("--pdf", type=Path, help="also render the brief to this PDF")
    ap.add_argument(
        "--shards", help="only these shards' articles, e.g. 'ij' (check a rule on shards it was not made on)"
    )
    args = ap.parse_args()
    if (args.verbose or args.pdf) and args.split != "tune":
        ap.error("--verbose and --pdf show articles: use them with --split tune (test and fresh are locked)")
    if (args.verbose or args.pdf) and (held := "".join(s for s in CHECK_SHARDS if s in (args.shards or CHECK_SHARDS))):
        ap.error(f"--verbose and --pdf show articles: give --shards without the check shards {held}")
    if not SCORE.exists():
        ap.error(f"the shared scorer is not at {SCORE}")
    score = load_scorer()
    pairs = corpus_articles(args.split, args.shards)
    if not pairs:
        print(f"no corpus texts in {cache_dir()} (see corpus/cache.py): nothing to measure")
        return 0
    articles = [a for a, _ in pairs]
    golds = {a.id: g for a, g in pairs}
    facts = extract_all(articles)
    as_of = datetime.combine(date.fromisoformat(args.as_of), datetime.min.time(), tzinfo=UTC)
    brief, grouped, names = grouped_brief(articles, facts, as_of)
    rows, lines = incident_rows(grouped["incidents"]), grouped["milestones"]
    links = gold_links(score, facts, golds, clusters())

    print(f"corpus {args.split}{':' + args.shards if args.shards else ''}: {len(articles)} articles, as of {args.as_of}")
    for label, groups, unit in (("incident log", rows, "event"), ("timeline", lines, "commitment")):
        f = figures(groups, links)
        good = f["rows_per_real"] <= TARGET_ROWS and f["mixed"] <= TARGET_MIXED
        print(
            f"{label:12s} {f['rows']:4d} rows ({f['rows_with_gold']} with a gold {unit}); "
            f"{f['real']} real {unit}s; rows per real {unit} {f['rows_per_real']:.3f} (target <= {TARGET_ROWS}); "
            f"mixed rows {f['mixed']:.1%}, {len(f['mixed_groups'])} rows (target <= {TARGET_MIXED:.0%})"
            f"{'' if good else '  MISSED'}"
        )
        if args.verbose:
            for cid, n in sorted(f["split"].items()):
                print(f"  {cid} is on {n} rows:")
                for g in groups:
                    if any(links.get(id(r.fact)) == cid for r in g):
                        print("   row:")
                        print("\n".join(describe(r, links, names) for r in g))
            for g in f["mixed_groups"]:
                print("  mixed row:")
                print("\n".join(describe(r, links, names) for r in g))
    if args.pdf:
        from reporter.brief.render import render_brief
        from reporter.config import load_config

        spec = brief_spec(as_of)
        rendered = render_brief(brief, spec=spec, config=load_config(ROOT / "config" / "reporter.yaml"))
        args.pdf.write_bytes(rendered.pdf)
        print(f"wrote {args.pdf}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
