"""Turn raw document bytes or text into article text and metadata.

The only module that calls trafilatura (HTML main-text extraction) and parses front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

import yaml

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n?", re.S)
_TERMINAL = re.compile(r"[.!?:;\"”’')\]]$")
#: How long a line must be to be read as wrapped: at least this many characters, and this share of the
#: text's longest prose line (a wrap width).
_WRAPPED_MIN = 40
_WRAPPED_SHARE = 0.6
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: A short line that ends with a date and its year, maybe a clock ("July 31, 2024", "By Staff in
#: Tehran January 16, 2024", "Dec 14, 2024, 10:16 AM"): a page's stamp or byline, not wrapped prose
#: (an embedded post's signature, "— Name (@handle) June 3, 2025", stays with its post).
_STAMP_LINE = re.compile(
    rf"^(?!.*\(@).{{0,45}}\b(?:{_MONTH}\s+\d{{1,2}},?\s+|\d{{1,2}}\s+{_MONTH},?\s+)(?:19|20)\d\d"
    r"(?:,?\s+\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$"
)
#: libyaml's C parser when PyYAML was built with it: front matter is parsed for every file read.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, kw_only=True, slots=True)
class Document:
    """Text of one article plus whatever metadata the document itself carried."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    #: what was wrong with the metadata the document carried, for the log (the text is read all the same)
    problem: str | None = None


def to_utc(value: Any) -> datetime | None:
    """A date, datetime or ISO string as a tz-aware UTC datetime (naive means UTC); else None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), tzinfo=UTC)
    try:
        return to_utc(datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")))
    except ValueError:
        return None


#: One "key: value" line of front matter, read as written when the block is not valid YAML.
_PLAIN_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):[ \t]*(?P<value>.*?)[ \t]*$")


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split optional YAML front matter (between ``---`` lines) from a text article."""
    meta, body, _ = _front_matter(text)
    return meta, body


def _front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """(front matter, body, what was wrong with the front matter or None)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, None
    try:
        meta = yaml.load(match.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        # "title: Iraq: drones downed" is no YAML, but plainly a title: lines of "key: value" are read
        # as written rather than the whole block lost (and left in the article's text)
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""  # (+2: the "---" line, 1-based)
        invalid = f"front matter is not valid YAML ({where}{getattr(exc, 'problem', exc)})"
        lines = [line for line in match.group(1).splitlines() if line.strip()]
        fields = [_PLAIN_FIELD.match(line) for line in lines]
        if not lines or not all(fields):
            return {}, text, f"{invalid}; read as text"
        plain = {f.group("key"): f.group("value").strip("'\"") for f in fields if f}
        return plain, text[match.end() :], f"{invalid}; its 'key: value' lines were read as written (quote values that hold a colon)"
    if not isinstance(meta, dict):
        return {}, text, "front matter is not a mapping of keys to values; read as text"
    return meta, text[match.end() :], None


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines of a paragraph, so a sentence broken across lines reads as one.

    Blank lines, list items and short heading-like lines keep their breaks. A line break is a
    soft wrap when the next line continues in lower case, or when the text is hard-wrapped
    throughout (most breaks inside paragraphs fall mid-sentence) and the line is not short.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    inner = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    if not inner:
        return "\n".join(lines)
    mid_sentence = [i for i in inner if not _TERMINAL.search(lines[i].rstrip())]
    hard_wrapped = len(mid_sentence) >= max(2, len(inner) // 2)
    # A wrapping tool breaks a line where the next word would pass its width, so a wrapped line runs
    # close to the text's longest one; a short line without a stop under a paragraph of hundreds of
    # characters on one line is a title, caption or list entry of a web page, with a break of its own.
    # Measured over prose lines only: one pasted address or rule of dashes, with no space to break at,
    # would otherwise stretch the width and stop a hard-wrapped text being joined.
    prose = [len(line.rstrip()) for line in lines if " " in line.strip()]
    wrap_from = max(_WRAPPED_MIN, int(_WRAPPED_SHARE * max(prose, default=0)))
    out = [lines[0]]
    last = lines[0]  # the line last read as written (``out[-1]`` may hold several joined)
    for line in lines[1:]:
        previous = out[-1]
        soft = (
            previous.strip()
            and line.strip()
            and not _LIST_ITEM.match(line)
            and not _STAMP_LINE.match(line.strip())
            and not _TERMINAL.search(previous.rstrip())
            and (line.lstrip()[:1].islower() or (hard_wrapped and len(last.strip()) >= wrap_from))
        )
        if soft:
            out[-1] = previous.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
        last = line
    return "\n".join(out)


def parse_text(text: str) -> Document:
    """A plain-text or Markdown article with optional front matter."""
    meta, body, problem = _front_matter(text)

    def meta_str(key: str) -> str | None:
        value = meta.get(key)
        return str(value).strip() if value not in (None, "") else None

    return Document(
        text=unwrap_lines(body.strip()),
        title=meta_str("title"),
        url=meta_str("url"),
        outlet=meta_str("outlet"),
        published=to_utc(meta.get("published") or meta.get("date")),
        problem=problem,
    )


def parse_html(html: str | bytes, *, url: str | None = None) -> Document:
    """Main text and metadata of an HTML article page (boilerplate, scripts and styles dropped)."""
    import trafilatura  # heavy: imported only when HTML is actually read

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        return Document(text="", url=url)
    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True
    )
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = outlet = None
    published = None
    if meta is not None:
        title = meta.title or None
        outlet = meta.sitename or None
        published = to_utc(meta.date) if meta.date else None
        url = url or meta.url
    return Document(text=(text or "").strip(), title=title, url=url, outlet=outlet, published=published)


def html_to_text(html: str | bytes) -> str:
    """Just the main text of an HTML document."""
    return parse_html(html).text
