"""The e-mail a reader opens, read back from the outbox and from a real SMTP server: a digest whose
cid: images all resolve, with no data: or remote images, inlined CSS, the size limits kept, and the
same key points in the text and the HTML; rendered in headless Chromium at 600 px, light and dark."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from email import message_from_bytes, policy
from email.message import EmailMessage
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from reporter.brief import digest
from reporter.brief.build import build_brief
from reporter.brief.render import brief_context, make_environment, render_brief, template_dirs
from reporter.config import Config
from reporter.delivery.deliver import deliver_brief
from reporter.store import open_store
from tests.test_brief_helpers import load_articles, load_spec
from tests.test_deliver import TO, Mailbox, start
from tests.test_render import AS_OF

HTML_LIMIT, MESSAGE_LIMIT = 100_000, 1_000_000


class Page(HTMLParser):
    """The HTML part's images, styles, key points, classed elements and text, in document order."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[dict[str, str]] = []
        self.styles: list[str] = []
        self.key_points: list[str] = []
        self.classed: list[tuple[str, dict[str, str]]] = []
        self.sources: list[str] = []
        self.text: list[str] = []
        self._in: str | None = None
        self._body = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self._body = self._body or tag == "body"
        self.sources += [v for k, v in a.items() if k in ("src", "background", "srcset")]
        if tag == "img":
            self.images.append(a)
        if a.get("class"):
            self.classed.append((tag, a))
        if tag == "style":
            self._in = "style"
        elif tag == "li" and "key-point" in a.get("class", ""):
            self._in = "key-point"
            self.key_points.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "li"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "style":
            self.styles.append(data)
            return
        if self._in == "key-point":
            self.key_points[-1] += data
        if data.strip() and self._body:
            self.text.append(data.strip())


def parts(message: EmailMessage) -> dict[str, Any]:
    """The digest's parts: text, HTML, images by Content-ID, attachments by file name."""
    html_part = message.get_body(("html",))
    related = next(p for p in message.walk() if p.get_content_type() == "multipart/related")
    images = {
        p["Content-ID"].strip("<>"): p for p in related.iter_parts() if p.get_content_maintype() == "image"
    }
    return {
        "text": message.get_body(("plain",)).get_content(),
        "html": html_part.get_content(),
        "images": images,
        "attachments": {a.get_filename(): a for a in message.iter_attachments()},
    }


def text_key_points(text: str) -> list[str]:
    block = text.split("KEY POINTS\n", 1)[1].split("\n\n", 1)[0]
    return [line[2:] for line in block.splitlines() if line.startswith("- ")]


@pytest.fixture(scope="module")
def mail(tmp_path_factory) -> dict[str, Any]:
    """A brief with a previous issue, rendered once and delivered to the outbox and over SMTP."""
    tmp = tmp_path_factory.mktemp("digest")
    config, spec = load_spec(tmp)
    articles, facts = load_articles()
    previous = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=4)
    old = previous.to_json()
    old["incidents"] = [i for i in old["incidents"] if i["type"] == "interception"][:1]
    data = build_brief(
        spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=5, previous=old
    )
    rendered = render_brief(data, spec=spec, config=config)
    pdf = tmp / "out" / "iraq-test-20250616T0600Z.pdf"
    pdf.parent.mkdir(parents=True)
    pdf.write_bytes(rendered.pdf)
    box = Mailbox()
    server = start(box)
    try:
        config = Config.model_validate(
            {
                **config.model_dump(),
                "base_dir": tmp,
                "delivery": {
                    "sender": "reporter@example.org",
                    "outbox": "outbox",
                    "smtp": {"host": "127.0.0.1", "port": server.port, "security": "none", "timeout": 5},
                },
                "briefs": [{**spec.model_dump(), "recipients": {"to": [TO]}, "delivery": ["outbox", "smtp"]}],
            }
        )
        with open_store(tmp / "reporter.db") as store:
            run_id = store.start_run(spec.id, as_of=AS_OF)[0].id
            records = deliver_brief(
                config,
                config.briefs[0],
                store=store,
                run_id=run_id,
                pdf=pdf,
                html=rendered.email_html,
                text=rendered.email_text,
                images=rendered.email_images,
                subject_vars=rendered.subject_vars,
            )
    finally:
        server.stop()
    assert {r.status for r in records} == {"sent"}
    outbox = next((tmp / "outbox").glob("*.eml")).read_bytes()
    return {
        "data": data,
        "pdf": rendered.pdf,
        "raw": {"outbox": outbox, "smtp": bytes(box.received[0][2])},
        "messages": {
            "outbox": message_from_bytes(outbox, policy=policy.default),
            "smtp": box.received[0][2],
        },
    }


@pytest.mark.parametrize("via", ["outbox", "smtp"])
def test_every_cid_resolves_to_a_png_part(mail, via):
    """Text and HTML alternatives, the HTML's images as related PNG parts, the PDF attached."""
    message = mail["messages"][via]
    got = parts(message)
    assert message.get_content_type() == "multipart/mixed"
    related = next(p for p in message.walk() if p.get_content_type() == "multipart/related")
    assert related.get_param("type") == "text/html"
    assert next(related.iter_parts()).get_content_type() == "text/html"
    page = Page(got["html"])
    cids = [img["src"].removeprefix("cid:") for img in page.images]
    assert cids and all(img["src"].startswith("cid:") for img in page.images)
    assert sorted(cids) == sorted(got["images"]), "every cid: has a part and every part is used"
    for part in got["images"].values():
        assert part.get_content_type() == "image/png"
        assert part.get_content().startswith(b"\x89PNG\r\n\x1a\n")
        assert part.get_content_disposition() == "inline"
    for img in page.images:
        assert img["alt"] and int(img["width"]) == digest.IMAGE_WIDTH and int(img["height"]) > 50
    assert list(got["attachments"]) == ["iraq-test-20250616T0600Z.pdf"]
    assert got["attachments"]["iraq-test-20250616T0600Z.pdf"].get_content() == mail["pdf"]


@pytest.mark.parametrize("via", ["outbox", "smtp"])
def test_no_data_uri_remote_image_or_svg_and_within_size(mail, via):
    """Nothing a mail client would block or clip: no data:, http(s) or SVG images; HTML < 100 KB."""
    got = parts(mail["messages"][via])
    html = got["html"]
    page = Page(html)
    assert all(s.startswith("cid:") for s in page.sources), page.sources
    assert "data:" not in html and "<svg" not in html.lower() and "url(" not in html
    assert len(html.encode("utf-8")) < HTML_LIMIT
    assert len(mail["raw"][via]) < MESSAGE_LIMIT


def test_css_is_inlined_and_the_tlp_label_comes_first(mail):
    """Styles sit on the elements; only the dark-mode @media block is left; TLP is the first text."""
    got = parts(mail["messages"]["smtp"])
    page = Page(got["html"])
    left = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", "".join(page.styles))
    assert left.strip() == "" and "prefers-color-scheme: dark" in "".join(page.styles)
    unstyled = [(tag, a["class"]) for tag, a in page.classed if tag != "tr" and not a.get("style")]
    assert not unstyled
    assert page.text[0] == mail["data"].handling and page.text[-1] == mail["data"].handling
    assert got["text"].splitlines()[0] == mail["data"].handling


def test_text_and_html_carry_the_same_digest(mail):
    """The same key points (the brief's own), the same top incidents and the same timeline glance."""
    data = mail["data"]
    got = parts(mail["messages"]["outbox"])
    page = Page(got["html"])
    html_points = [" ".join(unescape(p).split()) for p in page.key_points]
    assert html_points == text_key_points(got["text"]) == [p.text for p in data.key_points]
    glance = digest.timeline_glance(data.milestones)
    assert glance in got["text"] and glance in " ".join(page.text)
    assert "Compared with issue 4" in got["text"] and "New: " in got["text"]
    numbers = [int(n) for n in re.findall(r"^(\d+)\. ", got["text"], flags=re.M)]
    assert numbers == [i.number for i in digest.top_incidents(data.incidents, 10)]
    assert "attached as a PDF" in got["text"] and "attached as a PDF" in got["html"]


def test_top_incidents_are_configurable_and_ranked_by_harm(tmp_path):
    """email_top_incidents caps the table (0 leaves it out); the incident with casualties leads it."""
    config, spec = load_spec(tmp_path, sections=["header", "key_points", "incidents"], email_top_incidents=2)
    articles, facts = load_articles()
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=1)
    dirs = template_dirs(None)
    context, _ = brief_context(data, spec=spec, config=config, dirs=dirs)
    mail = digest.render_digest(make_environment(dirs), context, spec=spec)
    assert "TOP 2 OF 3 INCIDENTS" in mail.text and "Top 2 of 3 incidents" in mail.html
    top = digest.top_incidents(data.incidents, 2)
    assert top[0].killed and mail.html.count('<tr class="incident"') == 2
    assert not mail.images and "cid:" not in mail.html  # no map or chart section, no figure
    none = digest.render_digest(
        make_environment(dirs), context, spec=spec.model_copy(update={"email_top_incidents": 0})
    )
    assert "INCIDENTS\n" not in none.text and 'class="incidents"' not in none.html


# --- in a browser --------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium")
#: Only the extracted parts may load: no network, no other file, whatever the HTML asks for.
CSP = "default-src 'none'; img-src file:; style-src 'unsafe-inline'; script-src 'unsafe-inline'"
PROBE = r"""<script>
window.addEventListener('load', () => {
  // Cells a narrow layout hides (the table head on a phone) take no room and break no word.
  const cells = [...document.querySelectorAll('td, th')].filter(c => c.getClientRects().length);
  const ctx = document.createElement('canvas').getContext('2d');
  // A cell whose longest word is wider than its content box shows that word broken in two.
  const broken = cells.filter(c => {
    const style = getComputedStyle(c);
    ctx.font = style.font;
    const room = c.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return c.innerText.split(/\s+/).some(w => ctx.measureText(w).width > room + 0.5);
  });
  document.body.setAttribute('data-probe', JSON.stringify({
    width: document.documentElement.scrollWidth,
    room: document.documentElement.clientWidth,
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    images: [...document.images].map(i => [i.complete, i.naturalWidth, i.getBoundingClientRect().width]),
    overflowing: cells.filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim()),
    broken: broken.map(c => c.textContent.trim()),
    page: getComputedStyle(document.querySelector('.page')).backgroundColor,
    text: getComputedStyle(document.querySelector('.cell')).color,
    tlpTop: document.querySelector('.tlp').getBoundingClientRect().top,
    headShown: [...document.querySelectorAll('.incidents th')].some(c => c.getClientRects().length),
  }));
});
</script>"""


def chromium(url: str, out: Path, *args: str, scrollbars: bool = False) -> subprocess.CompletedProcess:
    """Debian's headless Chromium with a fresh profile and every host unresolvable."""
    profile = out.parent / f"profile-{out.stem}"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND"]  # fmt: skip
    if not scrollbars:
        flags.append("--hide-scrollbars")
    return subprocess.run(
        [CHROMIUM, *flags, *args, url], capture_output=True, text=True, timeout=90, check=True
    )


def page_with_parts(mail: dict[str, Any], folder: Path, *, probe: bool) -> Path:
    """The HTML part as a file, cid: links rewritten to the extracted PNG parts beside it."""
    got = parts(mail["messages"]["smtp"])
    html = got["html"]
    for n, (cid, part) in enumerate(got["images"].items()):
        (folder / f"part{n}.png").write_bytes(part.get_content())
        html = html.replace(f"cid:{cid}", f"part{n}.png")
    html = html.replace("<head>", f'<head><meta http-equiv="Content-Security-Policy" content="{CSP}">', 1)
    if probe:
        html = html.replace("</body>", PROBE + "</body>")
    path = folder / ("probe.html" if probe else "mail.html")
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
@pytest.mark.parametrize("window", [600, 500])
def test_fits_a_narrower_pane_with_its_scrollbar(mail, tmp_path, window):
    """In a 600 px pane that draws a scrollbar, or a narrower one, the mail never scrolls sideways."""
    probe = page_with_parts(mail, tmp_path, probe=True)
    out = chromium(
        probe.as_uri(), tmp_path / "pane", f"--window-size={window},900", "--virtual-time-budget=5000",
        "--dump-dom", scrollbars=True,
    )  # fmt: skip
    found = re.search(r'data-probe="([^"]*)"', out.stdout)
    assert found, out.stderr[-2000:]
    got = json.loads(unescape(found.group(1)))
    assert got["room"] < window, "the vertical scrollbar takes its share of the pane"
    assert got["width"] <= got["room"]
    assert got["overflowing"] == [] and got["broken"] == []
    assert all(shown <= got["room"] - 32 for _, _, shown in got["images"])


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_reads_as_cards_on_a_phone(mail, tmp_path):
    """At 400 px each incident is a card (no table head); nothing scrolls sideways, no word breaks."""
    probe = page_with_parts(mail, tmp_path, probe=True)
    # Headless Chromium keeps its window at least 500 px wide, so the phone is a 400 px frame.
    frame = tmp_path / "phone.html"
    frame.write_text(
        f'<html><body style="margin:0"><iframe id="phone" src="{probe.name}" width="400" height="900"'
        ' style="border:0"></iframe><script>window.addEventListener("load", () => {'
        ' const inner = document.getElementById("phone").contentDocument.body;'
        ' document.body.setAttribute("data-probe", inner.getAttribute("data-probe")); });</script>'
        "</body></html>",
        encoding="utf-8",
    )
    out = chromium(
        frame.as_uri(), tmp_path / "phone", "--window-size=600,900", "--virtual-time-budget=5000",
        "--allow-file-access-from-files", "--dump-dom",
    )  # fmt: skip
    found = re.search(r'data-probe="([^"]*)"', out.stdout)
    assert found, out.stderr[-2000:]
    got = json.loads(unescape(found.group(1)))
    assert got["room"] <= 400
    assert got["width"] <= got["room"]
    assert got["overflowing"] == [] and got["broken"] == []
    assert not got["headShown"], "on a phone the incidents are cards, not a six-column table"


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_renders_at_600px_light_and_dark_in_chromium(mail, tmp_path):
    """At 600 px nothing overflows and no word breaks, both images load, the TLP bar is on top; dark mode turns dark."""
    from PIL import Image

    probe = page_with_parts(mail, tmp_path, probe=True)
    seen = {}
    for scheme, extra in (("light", []), ("dark", ["--force-dark-mode"])):
        out = chromium(
            probe.as_uri(), tmp_path / scheme, "--window-size=600,900", "--virtual-time-budget=5000",
            "--dump-dom", *extra,
        )  # fmt: skip
        found = re.search(r'data-probe="([^"]*)"', out.stdout)
        assert found, out.stderr[-2000:]
        seen[scheme] = json.loads(unescape(found.group(1)))
    for scheme, got in seen.items():
        assert got["width"] <= 600, scheme
        assert got["overflowing"] == [] and got["broken"] == [], scheme
        assert len(got["images"]) == 2 and all(
            ok and w > 500 and 500 <= shown <= 600 for ok, w, shown in got["images"]
        )
        assert got["tlpTop"] < 20
    assert not seen["light"]["dark"] and seen["dark"]["dark"]
    assert seen["light"]["page"] == "rgb(255, 255, 255)" and seen["dark"]["page"] != "rgb(255, 255, 255)"
    assert seen["dark"]["text"] != seen["light"]["text"]

    shot = tmp_path / "digest-600.png"
    page = page_with_parts(mail, tmp_path, probe=False)
    chromium(page.as_uri(), tmp_path / "shot", "--window-size=600,2400", f"--screenshot={shot}")
    image = Image.open(shot).convert("RGB")
    assert image.size == (600, 2400)
    top = image.crop((0, 0, 600, 20)).getcolors(600 * 20)
    assert max(top)[1] == (0, 0, 0), "the black TLP bar heads the mail"
    assert len(image.crop((0, 0, 600, 1600)).getcolors(1 << 20) or ()) > 200, "text, table and images drawn"
