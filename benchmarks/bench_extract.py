"""Benchmark of the fact extractor: throughput, parallel spread, cost next to trafilatura, memory.

    python benchmarks/bench_extract.py [--articles 5000] [--memory-articles 50000] [--quick]

Generates a deterministic corpus of news-like articles (400-900 words; about a third of the
sentences report attacks, interceptions, troop numbers or deadlines, the rest is political and
economic filler) and prints:

1. single-process throughput of Extractor.extract (articles/s on one core);
2. iter_facts over a JSON Lines file with one worker per core (articles/s, speed-up);
3. per-article cost of our extraction next to trafilatura's HTML-to-text for the same article
   rendered as an HTML page, and their ratio (ours / trafilatura);
4. peak resident memory of the whole process tree while `reporter extract` streams many articles.

Then the same on the real-news corpus (corpus/, texts from the local cache) where this machine has
it, against the targets of issue 8: at least 300 articles per CPU-second (one pass over the texts in
a fresh process per round, best of --real-rounds: steady on a shared machine, and no round reads texts
a previous one left in its caches), at most 2x trafilatura
on the same page (the real text in the same page template: the corpus keeps texts, not pages),
and peak RSS under 300 MB for 50,000 articles (the corpus cycled, each copy its own id).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reporter.extract import Extractor, iter_facts  # noqa: E402 - after the path set-up above

PLACES = [
    ("Ain al-Asad air base", "Iraq"), ("Erbil International Airport", "Iraq"), ("Baghdad", "Iraq"),
    ("the al-Tanf garrison", "Syria"), ("Deir ez-Zor", "Syria"), ("Tower 22", "Jordan"), ("Kharkiv", "Ukraine"),
    ("Odesa", "Ukraine"), ("the Red Sea", "Yemen"), ("Hodeidah", "Yemen"), ("Khan Younis", "Gaza"),
    ("Nabatieh", "Lebanon"), ("Haifa", "Israel"), ("Isfahan", "Iran"), ("Belgorod", "Russia"),
]  # fmt: skip
ACTORS = [
    "Kataib Hezbollah",
    "the Houthis",
    "Hezbollah",
    "Russia",
    "Israel",
    "Iran",
    "the Islamic Resistance in Iraq",
]
WEAPONS = [
    "drones",
    "rockets",
    "ballistic missiles",
    "explosive-laden drones",
    "mortar rounds",
    "cruise missiles",
]
DAYS = ["on Monday", "on Tuesday", "overnight", "early on Sunday", "late on Friday", "on Saturday night"]
NUMS = ["two", "three", "four", "five", "12", "at least six", "about 20"]
EVENT = [
    "{n} {w} were fired at {p} {d}, officials said.",
    "Air defences intercepted {n} {w} launched toward {p} {d}, according to two security officials.",
    "{a} said it had targeted {p} with {w} {d}.",
    "A drone strike on a vehicle near {p} killed {n} people and wounded others {d}, the health ministry said.",
    "{a} warned that US bases in the region would become legitimate targets if the strikes continued.",
    "Some of the {w} fell in open ground near {p}, causing no casualties.",
    "The United States has about 2,500 troops in Iraq and roughly 900 in Syria.",
    "The coalition is to quit its federal Iraqi bases by September 2025, then leave the Kurdistan region by the end of 2026.",
    "Fierce clashes broke out between government forces and fighters of {a} near {p} {d}.",
    "An explosion at a weapons depot near {p} {d} wounded {n} soldiers, a military source said.",
]  # fmt: skip
FILLER = [
    "The parliament is expected to vote on the budget next month after weeks of negotiations.",
    "Oil prices rose slightly on Tuesday as traders weighed supply concerns against weaker demand.",
    "The prime minister met business leaders to discuss investment in the energy sector.",
    "Analysts said the economic outlook remained uncertain amid high inflation and a weak currency.",
    "The opposition accused the government of failing to deliver basic services such as electricity.",
    "Talks on a new trade agreement are set to resume after the holidays, a spokesman said.",
    "Residents complained about rising rents and the cost of food in the capital.",
    "The central bank kept interest rates unchanged, citing stable growth in the second quarter.",
    "Diplomats from several countries gathered in Geneva for a conference on humanitarian aid.",
    "The ministry announced plans to build new schools and hospitals in the southern provinces.",
    "Observers noted that turnout in the local elections had been lower than expected.",
    "A spokesman for the foreign ministry said the country remained committed to dialogue.",
    "Farmers in the region have struggled with drought for a third consecutive year.",
    "The football federation confirmed that the national team would play two friendlies in June.",
    "Officials said reconstruction of the damaged bridge would take at least six months.",
]  # fmt: skip
# A news page as sites serve it: meta tags, styles and scripts in the head, menus, ads, share
# buttons, related stories, comments and a long footer around the article (about 60 KB).
HEAD = (
    "".join(
        f"<meta name='keywords-{i}' content='news, world, middle east, conflict, report {i}'>"
        for i in range(30)
    )
    + "".join(f"<link rel='preload' href='/static/font-{i}.woff2' as='font'>" for i in range(10))
    + "<style>"
    + "".join(
        f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i:06x};font-size:{12 + i % 6}px}}"
        for i in range(300)
    )
    + "</style><script type='application/ld+json'>"
    + json.dumps(
        {"@type": "NewsArticle", "publisher": {"name": "Example"}, "keywords": [f"tag{i}" for i in range(60)]}
    )
    + "</script>"
    + "".join(
        f"<script>(function(w,d){{var s{i}=d.createElement('script');s{i}.async=true;s{i}.src='/js/m{i}.js';"
        f"w.q{i}=w.q{i}||[];for(var k=0;k<{i};k++){{w.q{i}.push(k)}}}})(window,document);</script>"
        for i in range(40)
    )
)
BOILERPLATE = (
    "<header><div class='ticker'>Breaking: markets open higher | Weather: sunny | Live: election updates</div><nav><ul>"
    + "".join(
        f"<li class='c{i}'><a href='/section/{i}'>Section {i}</a><ul>"
        + "".join(f"<li><a href='/section/{i}/{j}'>Topic {i}.{j}</a></li>" for j in range(6))
        + "</ul></li>"
        for i in range(20)
    )
    + "</ul></nav><div class='ad' id='top-ad'>Advertisement</div></header>"
)
SHARE = (
    "<div class='share'>"
    + "".join(f"<a href='/share/{n}'>Share on {n}</a>" for n in ("X", "Facebook", "WhatsApp", "Email"))
    + "</div>"
)
FOOTER = (
    "<aside><h3>Most read</h3><ol>" + "".join(f"<li><a href='/a/{i}'><img src='/img/{i}.jpg' alt='thumb'>"
    f"Story number {i}: officials say talks will resume next week</a></li>" for i in range(12)) + "</ol></aside>"
    "<section class='newsletter'><form><input type='email' placeholder='Email'><button>Subscribe</button></form></section>"
    "<section class='comments'><h3>Comments</h3>" + "".join(f"<div class='comment'><span class='user'>reader{i}</span>"
    f"<time>2 hours ago</time><p>Comment {i}: I have been following this story and I think more context is needed.</p></div>"
    for i in range(15)) + "</section><footer><ul>" + "".join(f"<li><a href='/page/{i}'>Footer link {i}</a></li>" for i in range(80))
    + "</ul><p>© 2025 Example News. All rights reserved.</p></footer>"
    + "".join(f"<script>window.tr{i}=function(e){{return e&&e.type==='click'?{i}:0}};</script>" for i in range(20))
)  # fmt: skip


def article(rng: random.Random, i: int) -> dict[str, str]:
    """One article record: id, published, title and text of 400-900 words."""
    target = rng.randint(400, 900)
    paragraphs: list[str] = []
    words = 0
    while words < target:
        para = []
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.33:
                p = rng.choice(PLACES)[0]
                s = rng.choice(EVENT).format(
                    n=rng.choice(NUMS), w=rng.choice(WEAPONS), p=p, d=rng.choice(DAYS), a=rng.choice(ACTORS)
                )
                s = s[0].upper() + s[1:]
            else:
                s = rng.choice(FILLER)
            para.append(s)
            words += len(s.split())
        paragraphs.append(" ".join(para))
    published = date(2024, 1, 1) + timedelta(days=rng.randint(0, 600))
    return {
        "id": f"bench-{i:06d}",
        "published": published.isoformat(),
        "title": f"Report {i}",
        "text": "\n\n".join(paragraphs),
    }


def corpus(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    for i in range(n):
        yield article(rng, i)


def as_html(rec: dict[str, str]) -> str:
    paras = rec["text"].split("\n\n")
    body = "".join(
        f"<p>{p}</p>" + (f"<div class='ad inline'>Advertisement</div><div class='related'><a href='/r/{i}'>Read more"
                        f"</a></div>" if i % 3 == 2 else "")
        for i, p in enumerate(paras)
    )  # fmt: skip
    return (
        f"<html><head><title>{rec['title']}</title><meta property='article:published_time' "
        f"content='{rec['published']}'>{HEAD}</head><body>{BOILERPLATE}<main><article><h1>{rec['title']}</h1>"
        f"<p class='byline'>By Staff Reporter</p>{SHARE}{body}{SHARE}</article></main>{FOOTER}</body></html>"
    )


def write_jsonl(path: Path, n: int, seed: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for rec in corpus(n, seed):
            out.write(json.dumps(rec) + "\n")


def single(n: int) -> float:
    ex = Extractor()
    recs = [(r["text"], r["id"], date.fromisoformat(r["published"])) for r in corpus(n)]
    t, cpu = time.perf_counter(), time.process_time()
    for text, rid, day in recs:
        ex.extract(text, id=rid, published=day)
    wall, cpu = time.perf_counter() - t, time.process_time() - cpu
    words = sum(len(r[0].split()) for r in recs) / n
    # CPU time is what one core gives; wall time also counts whatever else the machine runs.
    print(
        f"1. single process: {n / cpu:,.0f} articles per CPU-second on one core ({n / wall:,.0f}/s by the wall "
        f"clock; {n} articles, {words:.0f} words on average)"
    )
    return n / cpu


def parallel(path: Path, n: int, single_rate: float) -> None:
    workers = os.cpu_count() or 1
    before = _cpu()
    t = time.perf_counter()
    count = sum(1 for _ in iter_facts([path], workers=workers))
    wall = time.perf_counter() - t
    cpu = _cpu() - before  # the feeding process and its workers, all cores
    print(
        f"2. iter_facts, {workers} workers: {count / wall:,.0f} articles/s by the wall clock over {count} articles "
        f"(x{count / wall / single_rate:.2f} one core's rate), {count / cpu:,.0f} articles per CPU-second "
        f"counting the feeding process"
    )


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def versus_trafilatura(n: int) -> None:
    import trafilatura

    ex = Extractor()
    recs = list(corpus(n, seed=11))
    pages = [as_html(r) for r in recs]
    t = time.perf_counter()
    for page in pages:
        trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True)
    traf = (time.perf_counter() - t) / n
    t = time.perf_counter()
    for r in recs:
        ex.extract(r["text"], id=r["id"], published=date.fromisoformat(r["published"]))
    ours = (time.perf_counter() - t) / n
    size = sum(len(p) for p in pages) / n / 1024
    print(
        f"3. per article: extraction {ours * 1000:.2f} ms, trafilatura HTML-to-text {traf * 1000:.2f} ms "
        f"(pages of {size:.0f} KB); ratio ours/trafilatura = {ours / traf:.2f} ({n} articles)"
    )


def real_articles() -> list[dict[str, str]]:
    """The corpus texts this machine has, as records (published from the manifest where known)."""
    from corpus.cache import cache_dir, manifest

    out = []
    for rec in manifest():
        path = cache_dir() / f"{rec['name']}.txt"
        if path.exists():
            text = path.read_text(encoding="utf-8")
            out.append(
                {"id": rec["name"], "published": rec["date"] or "", "title": rec["name"], "text": text}
            )
    return out


def real_pass() -> dict[str, float]:
    """One timed pass over the real texts, in this (fresh) process: the lexicon loaded and the lazy
    parts (learned models) warmed on generated articles first, then each real text extracted once."""
    recs = real_articles()
    ex = Extractor()
    for r in corpus(20, seed=99):
        ex.extract(r["text"], id=r["id"], published=date.fromisoformat(r["published"]))
    items = [
        (r["text"], r["id"], date.fromisoformat(r["published"]) if r["published"] else None) for r in recs
    ]
    cpu = time.process_time()
    for text, rid, day in items:
        ex.extract(text, id=rid, published=day)
    return {"cpu": time.process_time() - cpu, "articles": len(items)}


def real_single(recs: list[dict[str, str]], rounds: int) -> None:
    # Each round is a fresh process that extracts every text once: a second pass in the same process
    # would find the per-word memos (lemmas, word tests), the regex cache and the compiled patterns
    # already filled with exactly these texts' words, and run faster than a stream of new articles.
    # Rounds run one after another; the machine's other work only ever adds CPU time (cache and
    # core sharing), so the best round is the steadiest estimate of the extractor's own cost.
    cpus = []
    for _ in range(max(1, rounds)):
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--real-pass"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        one = json.loads(out.stdout.strip().splitlines()[-1])
        cpus.append(one["cpu"])
    n = len(recs)
    best, worst = min(cpus), max(cpus)
    words = sum(len(r["text"].split()) for r in recs) / n
    print(
        f"5. real news, single process: {n / best:,.0f} articles per CPU-second (target >= 300; best of "
        f"{len(cpus)} rounds, each a fresh process extracting the {n} corpus articles once, {words:.0f} words "
        f"on average, after a warm-up on 20 generated articles; rounds {' '.join(f'{n / c:,.0f}' for c in cpus)}, "
        f"spread {100 * (worst - best) / best:.0f}%)"
    )


def real_versus_trafilatura(recs: list[dict[str, str]]) -> None:
    import trafilatura

    ex = Extractor()
    pages = [as_html({**r, "published": r["published"] or "2025-01-01"}) for r in recs]
    cpu = time.process_time()
    for page in pages:
        trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True)
    traf = (time.process_time() - cpu) / len(recs)
    cpu = time.process_time()
    for r in recs:
        ex.extract(
            r["text"], id=r["id"], published=date.fromisoformat(r["published"]) if r["published"] else None
        )
    ours = (time.process_time() - cpu) / len(recs)
    print(
        f"6. real news, per article: extraction {ours * 1000:.2f} ms, trafilatura HTML-to-text {traf * 1000:.2f} ms "
        f"on the same text in the page template; ratio ours/trafilatura = {ours / traf:.2f} (target <= 2)"
    )


def write_real_jsonl(path: Path, recs: list[dict[str, str]], n: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            r = recs[i % len(recs)]
            out.write(
                json.dumps({**r, "id": f"{r['id']}-{i:06d}", "published": r["published"] or None}) + "\n"
            )


def memory(path: Path, n: int, label: str = "4. memory") -> None:
    import psutil

    # The `reporter extract` command in a process of its own, as a user runs it, output discarded.
    proc = subprocess.Popen(
        [sys.executable, "-m", "reporter", "extract", str(path)], stdout=subprocess.DEVNULL, cwd=ROOT
    )
    me = psutil.Process(proc.pid)
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss = pss = 0
            with contextlib.suppress(psutil.Error):
                for p in [me, *me.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        info = p.memory_full_info()
                        rss += info.rss
                        pss += getattr(info, "pss", info.rss)
            peak[0] = max(peak[0], rss)
            peak[1] = max(peak[1], pss)
            time.sleep(0.2)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    t = time.perf_counter()
    proc.wait()
    elapsed = time.perf_counter() - t
    count = n
    done.set()
    watcher.join()
    print(
        f"{label}: `reporter extract` over {count:,} articles ({elapsed:.0f} s, {count / elapsed:,.0f} articles/s): "
        f"peak RSS of its process tree {peak[0] / 2**20:,.0f} MB (summed over processes, shared pages counted in "
        f"each; proportional set size {peak[1] / 2**20:,.0f} MB)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--memory-articles", type=int, default=50000)
    ap.add_argument("--html-articles", type=int, default=300)
    ap.add_argument(
        "--real-rounds",
        type=int,
        default=5,
        help="item 5: fresh-process passes over the real corpus, best reported",
    )
    ap.add_argument("--real-pass", action="store_true", help=argparse.SUPPRESS)  # one round of item 5
    ap.add_argument("--only-real", action="store_true", help="skip the generated corpus (items 1-4)")
    ap.add_argument("--quick", action="store_true", help="small numbers, for a smoke run")
    args = ap.parse_args()
    if args.real_pass:
        print(json.dumps(real_pass()))
        return 0
    if args.quick:
        args.articles, args.memory_articles, args.html_articles, args.real_rounds = 500, 2000, 50, 1
    with tempfile.TemporaryDirectory() as tmp:
        if not args.only_real:
            rate = single(args.articles)
            small = Path(tmp) / "corpus.jsonl"
            write_jsonl(small, args.articles, seed=7)
            parallel(small, args.articles, rate)
            versus_trafilatura(args.html_articles)
            big = Path(tmp) / "big.jsonl"
            write_jsonl(big, args.memory_articles, seed=13)
            memory(big, args.memory_articles)
        recs = real_articles()
        if not recs:
            print("5-7. real news: skipped, no corpus text in the local cache (see corpus/README.md)")
            return 0
        real_single(recs, args.real_rounds)
        real_versus_trafilatura(recs)
        real = Path(tmp) / "real.jsonl"
        write_real_jsonl(real, recs, args.memory_articles)
        memory(real, args.memory_articles, label="7. real news, memory (target < 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
