"""The rendered brief, read back: sections in order, the seed's facts, sources, attachment, metadata, pixels."""

from __future__ import annotations

import io
import logging
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta

import pypdf
import pytest

from reporter.brief.build import build_brief
from reporter.brief.render import is_safe_link, render_brief
from tests.test_brief_helpers import load_articles, load_spec

AS_OF = datetime(2025, 6, 16, 6, 0, tzinfo=UTC)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module", autouse=True)
def weasyprint_errors():
    """WeasyPrint's ERROR logs (a dangling anchor, a broken resource) during any render here,
    module-scoped renders included."""
    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    yield handler.records
    logger.removeHandler(handler)


@pytest.fixture(autouse=True)
def no_weasyprint_error(weasyprint_errors):
    """Every render test fails on a WeasyPrint ERROR, though the PDF itself was written."""
    yield
    found = [r.getMessage() for r in weasyprint_errors]
    weasyprint_errors.clear()
    assert not found, f"WeasyPrint logged errors: {found}"


def assert_links_resolve(html: str) -> None:
    """Every in-document link has its target."""
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert not targets - ids, f"dangling links: {sorted(targets - ids)[:5]}"


def _render(tmp_path, articles=None, facts=None, **changes):
    config, spec = load_spec(tmp_path, **changes)
    if articles is None:
        articles, facts = load_articles()
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=3)
    return data, render_brief(data, spec=spec, config=config)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    return _render(tmp_path_factory.mktemp("render"))


def _text(pdf: bytes) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_sections_in_configured_order(rendered):
    """Every section heading appears, in the configured order, and bookmarks follow the headings."""
    _, out = rendered
    reader, text = _text(out.pdf)
    headings = ["Key points", "Changes since the last brief", "Map of incidents", "Incident log",
                "Incidents by day and type", "Troop posture", "Withdrawal timeline",
                "Statements and threats", "Sources", "Method note"]  # fmt: skip
    assert all(h in text for h in headings)
    outline = [item["/Title"] for item in reader.outline[1] if isinstance(item, dict)]
    assert outline == headings


def test_seed_facts_in_the_pdf(rendered):
    """Ain al-Asad interceptions with dates, 2,500 US troops, both milestones with their status."""
    _, out = rendered
    _, text = _text(out.pdf)
    flat = " ".join(text.split())
    assert "Ain al-Asad" in flat and "13 Jun 2025" in flat and "15 Jun 2025" in flat  # (the overnight range holds the day)
    assert "2,500" in flat and "United States" in flat
    assert "Sep 2025" in flat and "due in 106 days" in flat
    assert "2026" in flat and "Sep 2026" in flat and "due in 563 days" in flat
    assert "corroborated" in flat
    assert re.search(r"1\.\s*AFP|AFP", flat)
    assert "160600Z JUN 25" in flat and "TLP:GREEN" in flat and "Page 1 of" in flat


def test_attachments_metadata_and_page_labels(rendered):
    """facts.json and incidents.csv travel inside; title, author, subject, keywords are set."""
    data, out = rendered
    reader, _ = _text(out.pdf)
    assert set(reader.attachments) == {"facts.json", "incidents.csv"}
    assert b'"brief_id": "iraq-test"' in reader.attachments["facts.json"][0]
    meta = reader.metadata
    assert meta.title.startswith(data.title) and meta.author == "reporter"
    assert "issue 3" in meta.subject and "TLP:GREEN" in meta["/Keywords"]
    assert reader.page_labels == [str(n) for n in range(1, len(reader.pages) + 1)]


def test_hostile_article_is_plain_text(rendered):
    """HTML, scripts, CSS and file: links from an article are escaped text, never markup or links."""
    _, out = rendered
    html = out.html
    assert "<script>alert" not in html and "<iframe" not in html and "<style>*" not in html
    assert "&lt;script&gt;" in html
    assert 'href="file:' not in html and "\u202e" not in html
    assert not is_safe_link("file:///etc/passwd") and not is_safe_link("javascript:alert(1)")
    assert is_safe_link("https://www.rudaw.net/x")


def test_sections_reordered_retitled_and_switched_off(tmp_path):
    """Config picks, orders and retitles sections; the map is left out without coordinates."""
    articles, facts = load_articles()
    facts = {
        k: f.__class__.from_dict(
            {**f.to_dict(), "incidents": [{**i, "lat": None, "lon": None} for i in f.to_dict()["incidents"]]}
        )
        for k, f in facts.items()
    }
    sections = [{"id": "header"}, {"id": "sources", "title": "Reading list"}, {"id": "map"}, {"id": "incidents"},
                {"id": "method", "enabled": False}]  # fmt: skip
    _, out = _render(tmp_path, articles, facts, sections=sections)
    _, text = _text(out.pdf)
    assert text.find("Reading list") < text.find("Incident log")
    assert "Method note" not in text and "Map of incidents" not in text and "Key points" not in text


@pytest.mark.parametrize("off", ["posture", "sources", "incidents"])
def test_switched_off_section_leaves_no_trace(tmp_path, off):
    """With a section switched off, no key point refers to it and no link points into it (WeasyPrint
    would log 'No anchor'); the example from templates/README.md included."""
    from reporter.config import SECTION_IDS

    sections = [{"id": s, "enabled": s != off} for s in SECTION_IDS]
    data, out = _render(tmp_path, sections=sections)
    assert off not in {p.section for p in data.key_points}
    assert_links_resolve(out.html)
    assert f'id="sec-{off}"' not in out.html


def test_every_link_resolves_with_all_sections(rendered):
    """The full brief's links (key points, source references, changes) all have targets."""
    assert_links_resolve(rendered[1].html)


def test_user_template_overrides_a_section(tmp_path):
    """A file in the user's template directory replaces the bundled section of the same name."""
    (tmp_path / "templates" / "sections").mkdir(parents=True)
    (tmp_path / "templates" / "sections" / "method.html.j2").write_text(
        '<section><h2>{{ section.title or "Our method" }}</h2><p>House rules apply.</p></section>'
    )
    config, spec = load_spec(tmp_path, sections=["header", "method"])  # no map or charts needed here
    config = config.model_copy(
        update={"templates": config.templates.model_copy(update={"directory": "templates"})}
    )
    articles, facts = load_articles()
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=1)
    _, text = _text(render_brief(data, spec=spec, config=config).pdf)
    assert "House rules apply." in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_map_and_charts_are_not_blank(rendered, tmp_path):
    """Rasterised, the map and chart pages carry plenty of non-white pixels in colour."""
    from PIL import Image

    _, out = rendered
    reader, _ = _text(out.pdf)
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(out.pdf)
    pages = {"Map of incidents": None, "Incidents by day and type": None, "Withdrawal timeline": None}
    for n, page in enumerate(reader.pages, 1):
        for heading in pages:
            if pages[heading] is None and heading in page.extract_text():
                pages[heading] = n
    for heading, n in pages.items():
        subprocess.run(
            ["pdftoppm", "-png", "-r", "40", "-f", str(n), "-l", str(n), str(pdf), str(tmp_path / "p")],
            check=True,
        )
        image = Image.open(next(tmp_path.glob(f"p-*{n}.png"))).convert("RGB")
        raw = image.tobytes()
        colourful = sum(1 for i in range(0, len(raw), 3) if max(raw[i : i + 3]) - min(raw[i : i + 3]) > 40)
        assert colourful > 500, f"{heading} on page {n} looks blank ({colourful} coloured pixels)"


def test_pdf_a3b_variant_renders(tmp_path):
    """The archival variant renders and still carries the attachments."""
    _, out = _render(tmp_path, pdf_variant="pdf/a-3b")
    reader, _ = _text(out.pdf)
    assert set(reader.attachments) == {"facts.json", "incidents.csv"}


def test_pdf_ua1_variant_is_tagged(tmp_path):
    """The accessible variant renders as a tagged PDF: MarkInfo /Marked true and a structure tree."""
    _, out = _render(tmp_path, pdf_variant="pdf/ua-1")
    reader, text = _text(out.pdf)
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert "Incident log" in text


def test_timeline_today_label_is_inside_the_svg():
    """The 'today' label sits above the plot area, inside the figure, not clipped at its edge."""
    import re

    from reporter.brief.charts import timeline

    data, _ = _render_data()
    (svg,) = timeline(data.milestones, today=AS_OF.date())
    height = float(re.search(r'<svg[^>]*height="([\d.]+)"', svg).group(1))
    match = re.search(r'<text x="[\d.]+" y="([\d.]+)" font-size="([\d.]+)"[^>]*>today</text>', svg)
    assert match, "no 'today' label"
    baseline, size = float(match.group(1)), float(match.group(2))
    assert size <= baseline <= height, "the label's top or bottom falls outside the figure"


def test_figure_text_is_escaped_and_ticks_are_round():
    """Article-derived labels cannot inject markup; axis ticks fall on round values and month starts."""
    from datetime import date

    from reporter.brief.charts import month_ticks
    from reporter.brief.svg import Canvas, ticks

    canvas = Canvas(100, 20)
    canvas.text(1, 10, '<script>"x"</script>', size=7)
    assert "<script>" not in canvas.svg() and "&lt;script&gt;" in canvas.svg()
    assert ticks(17.2, 69.5, 5) == [20, 40, 60] and ticks(11.8, 37.1, 4) == [20, 30]
    assert month_ticks(date(2025, 5, 6), date(2027, 2, 15)) == [
        date(2025, 7, 1), date(2025, 10, 1), date(2026, 1, 1), date(2026, 4, 1),
        date(2026, 7, 1), date(2026, 10, 1), date(2027, 1, 1),
    ]  # fmt: skip


def _render_data():
    config, spec = load_spec()
    articles, facts = load_articles()
    return build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=3), config


def test_disputed_troop_figures_print_as_numbers():
    """A disagreement's claim values are text; the number filter prints them grouped, not crashing."""
    from reporter.brief import textfmt

    assert [textfmt.number(v) for v in ("2500", 2500, None, "about 2,500")] == [
        "2,500",
        "2,500",
        "—",
        "about 2,500",
    ]


def test_events_recalled_from_well_before_the_period_are_listed_apart(tmp_path):
    """A report of the period that recalls an event weeks before it tells background, not news: the
    event leaves the numbered log, the map and the counts for a short list of its own (still cited
    and in the CSV); events of the last week before the period stay news. A brief of all reports on
    record has no such list."""
    from reporter.brief.export import incidents_csv

    config, spec = load_spec(tmp_path)
    articles, facts = load_articles()
    start = datetime(2025, 6, 22, tzinfo=UTC)  # a week after 15 June: the fixture's 13 and 14 June are earlier
    data = build_brief(spec, articles=articles, facts=facts, as_of=start + timedelta(days=1), period_start=start, issue=1)
    assert data.earlier and data.incidents
    assert all(i.date_to < "2025-06-15" for i in data.earlier)
    assert all(i.date_to >= "2025-06-15" for i in data.incidents)
    assert [i.number for i in data.incidents] == list(range(1, len(data.incidents) + 1))
    cited = {s.number for s in data.sources}
    assert all(set(i.sources) <= cited for i in data.earlier)
    csv_rows = incidents_csv(data).decode().count("\r\n") - 1
    assert csv_rows == len(data.incidents) + len(data.statements) + len(data.earlier)
    _, text = _text(render_brief(data, spec=spec, config=config).pdf)
    assert "Earlier events the reports recall" in text
    assert f"{len(data.incidents)} incident" in text  # the key point counts the period's only
    everything = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=1)
    assert not everything.earlier
    assert len(everything.incidents) == len(data.incidents) + len(data.earlier)


def test_a_step_done_in_a_month_or_a_year_reads_completed_in_it(tmp_path):
    """A step reported done on a day is 'completed on' it; one reported done in a month or a year is
    'completed in' it (not 'completed on 2019')."""
    from dataclasses import replace

    config, spec = load_spec(tmp_path)
    articles, facts = load_articles()
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=1)
    first, second, *rest = data.milestones
    done = (replace(first, status="completed", completed="2025-09"), replace(second, status="completed", completed="2025-06-14"))
    _, text = _text(render_brief(replace(data, milestones=(*done, *rest)), spec=spec, config=config).pdf)
    flat = " ".join(text.split())
    assert "completed in Sep 2025" in flat and "completed on 14 Jun 2025" in flat


def test_a_troop_figure_reads_qualifier_number_then_its_notes():
    """A qualifier's words go before the figure and its bracketed notes after it, as a reader says
    it: "approximately 2,500 (remaining)", not "approximately (remaining) 2,500"."""
    from reporter.brief import textfmt

    assert [
        textfmt.troops(q, n)
        for q, n in (("approximately (remaining)", 2500), (None, 900), ("up to (planned)", 800), ("(exercise)", 3000))
    ] == ["approximately 2,500 (remaining)", "900", "up to 800 (planned)", "3,000 (exercise)"]
    from reporter.brief.render import make_environment, template_dirs

    env = make_environment(template_dirs(None))
    assert env.from_string("{{ q | troops(n) }}").render(q="about (former level)", n=1000) == "about 1,000 (former level)"


def test_quoted_sentences_lose_their_dateline():
    """What was said is shown without the page's dateline, source tag or date stamp before it."""
    from reporter.brief import textfmt
    from reporter.brief.render import make_environment, template_dirs

    cases = {
        "ADEN — The militia warned on Sunday": "The militia warned on Sunday",
        "KIRKUK, Kurdistan Region — Two drones fell": "Two drones fell",
        "MOSUL, July 4 (Test Wire) - A rocket hit": "A rocket hit",
        "HOMS (Test Wire) – A blast shook": "A blast shook",
        "date 2025-07-04 TIKRIT, Iraq — (TW) — Gunmen fired": "Gunmen fired",
        "(TEST GAZETTE) — officials say": "Officials say",
        "date 2025-07-04 The army said": "The army said",
        "NATO troops left - and came back": "NATO troops left - and came back",
        "The US - Iraq talks went on": "The US - Iraq talks went on",
    }
    assert {k: textfmt.quote(k) for k in cases} == cases
    env = make_environment(template_dirs(None))
    assert (
        env.from_string("{{ s | quote(40) }}").render(s="ADEN — The militia warned") == "The militia warned"
    )


def test_incident_chart_says_what_it_leaves_out_and_which_year(tmp_path):
    """An incident a year before the others falls outside the chart's 45 days: the caption says so
    (the bars no longer add up to the log) and the axis names the years its days are in."""
    from dataclasses import replace

    config, spec = load_spec(tmp_path)
    articles, facts = load_articles()
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=3)
    first, *rest = data.incidents
    old = replace(first, date="2024-06-10", date_from="2024-06-10", date_to="2024-06-10")
    undated = replace(rest[0], date=None, date_from=None, date_to=None, date_precision="unknown")
    data = replace(data, incidents=[old, undated, *rest[1:]])
    _, text = _text(render_brief(data, spec=spec, config=config).pdf)
    flat = " ".join(text.split())
    assert "Only the last 45 days are drawn: 1 earlier incident is not." in flat
    assert "1 undated incident is not drawn." in flat
    from reporter.brief.charts import incidents_by_day

    drawn = incidents_by_day(data.incidents)
    assert drawn and ">2025</text>" in drawn and ">2024</text>" not in drawn  # 2024 is before the window


def test_incident_chart_day_labels_stay_inside_the_figure():
    """Over 45 days the last day gets a label, under a bar at the figure's right edge: it is drawn
    whole inside the figure (its last letters were cut off)."""
    import re
    from dataclasses import replace

    from reporter.brief.charts import incidents_by_day
    from reporter.brief.svg import text_width

    data, _ = _render_data()
    a, b = data.incidents[:2]
    two = [replace(a, date_from="2025-03-13"), replace(b, date_from="2025-04-26")]
    svg = incidents_by_day(two)
    width = float(re.search(r'width="([\d.]+)"', svg).group(1))
    labels = re.findall(
        r'<text x="([\d.]+)" y="[\d.]+" font-size="7" text-anchor="middle"[^>]*>([^<]+)<', svg
    )
    assert "26 Apr" in [t for _, t in labels]
    for x, t in labels:
        assert float(x) + text_width(t, 7) / 2 <= width, t


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_no_source_number_is_left_alone_on_a_line(tmp_path):
    """Titles one letter longer each: whichever fills its line up to the link, the entry still starts
    on its number's line (WeasyPrint broke such an entry after its number)."""
    from dataclasses import replace

    config, spec = load_spec(tmp_path)
    data, _ = _render_data()
    first = data.sources[0]
    sources = [
        replace(
            first,
            number=n + 1,
            family=n + 1,
            outlet="Example Wire",
            title="Officials describe a convoy delay near the northern crossing " + "x" * n,
            url="https://example.org/news/2025/convoy-delay",
        )
        for n in range(80)
    ]
    spec = spec.model_copy(update={"sections": [s for s in spec.sections if s.id == "sources"]})
    pdf = tmp_path / "sources.pdf"
    pdf.write_bytes(render_brief(replace(data, sources=sources), spec=spec, config=config).pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    lines = text.stdout.splitlines()
    assert sum(1 for line in lines if "Example Wire" in line) == 80
    assert not [line for line in lines if re.fullmatch(r"\s*\d+\.\s*", line)]


def test_an_actor_one_outlet_of_three_names_is_shown_beside_its_source(tmp_path):
    """Three outlets tell one drone attack at a base: all name the Houthis, one also the United
    States (the target). The log's row gives the Houthis as its actor and the United States apart,
    with its source, not as a second attacker."""
    from reporter.models import Article, Facts, Incident, content_hash

    day = datetime(2025, 6, 15, 8, tzinfo=UTC)
    articles, facts = [], {}
    told = (
        ("Coast Wire", ("Houthis",), "A drone struck a base near Aden on Saturday, and the Houthis said they sent it."),
        ("Harbour Daily", ("Houthis", "United States"), "Saturday's Houthi drone hit the compound where US soldiers stay by Aden."),
        ("Gulf Post", ("Houthis",), "Rebels flew an explosive aircraft into barracks close to the port city over the weekend."),
    )
    for n, (outlet, actors, text) in enumerate(told, 1):
        articles.append(Article(id=f"a{n}", source_id="fixture", url=f"https://example.org/{n}", outlet=outlet, title=f"Report {n}",
                                published=day, published_from="metadata", fetched=day, text=text, content_hash=content_hash(text)))
        incident = Incident(date="2025-06-14", type="drone_attack", location="Aden", country="Yemen", actors=actors, evidence=text)
        facts[f"a{n}"] = Facts(id=f"a{n}", incidents=(incident,))
    data, out = _render(tmp_path, articles=articles, facts=facts)
    assert len(data.incidents) == 1
    harbour = next(s.number for s in data.sources if s.outlet == "Harbour Daily")
    _, text = _text(out.pdf)
    flat = " ".join(text.split())
    assert f"Houthis (also named: United States [{harbour}])" in flat
    assert "Houthis, United States" not in flat
