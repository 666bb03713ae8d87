"""Local sources: article files (text with front matter, HTML, undated, binary) and local feed files."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reporter.config import FetchConfig, SourceConfig
from reporter.sources import SourceResult, fetch_sources

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
NOW = datetime(2025, 6, 20, 12, 0, tzinfo=UTC)


def read(source: SourceConfig, base: Path = FIXTURES) -> SourceResult:
    [result] = fetch_sources(
        [source], fetch=FetchConfig(), resolve_path=lambda p: base / p, state=None, now=NOW
    )
    return result


def files(path: str, source_id: str = "local") -> SourceConfig:
    return SourceConfig(id=source_id, kind="file", path=path, outlet="Desk", tags=("iraq",))


def test_text_file_front_matter_gives_title_outlet_url_and_date() -> None:
    """A .txt article's YAML front matter supplies its metadata and is not part of the text."""
    result = read(files("files/dated.txt"))

    assert result.status == "ok"
    [article] = result.articles
    assert article.title == "Coalition confirms drawdown timetable"
    assert article.outlet == "The National Desk"
    assert article.url == "https://national.example.org/2025/06/coalition-drawdown"
    assert (article.published, article.published_from) == (
        datetime(2025, 6, 12, 14, 30, tzinfo=UTC),
        "metadata",
    )
    assert article.text.startswith("BAGHDAD — The US-led coalition")
    assert "---" not in article.text
    assert (article.source_id, article.tags, article.fetched) == ("local", ("iraq",), NOW)


def test_html_file_gives_its_main_text_without_boilerplate() -> None:
    """An .html article is reduced to its title and main text; navigation and footer are dropped."""
    [article] = read(files("files/page.html")).articles

    assert article.title == "Port reopens after storm damage"
    assert "fifteen vessels were waiting at anchor" in article.text
    assert "Advertise" not in article.text and "Jobs" not in article.text


def test_undated_file_falls_back_to_the_file_time(tmp_path: Path) -> None:
    """A file with no date in metadata or text is dated by its modification time."""
    shutil.copy(FIXTURES / "files" / "undated.txt", tmp_path / "undated.txt")
    mtime = datetime(2025, 6, 18, 6, 45, tzinfo=UTC)
    os.utime(tmp_path / "undated.txt", (mtime.timestamp(), mtime.timestamp()))

    [article] = read(files("undated.txt"), base=tmp_path).articles

    assert (article.published, article.published_from) == (mtime, "file_time")


def test_binary_file_is_reported_and_the_other_files_still_read() -> None:
    """A binary file under an article name is an error alone, and only a noted failure among others."""
    alone = read(files("files/scan.txt"))
    mixed = read(files("files/*.txt"))

    assert alone.status == "error" and "binary file" in (alone.error or "")
    assert mixed.status == "ok"
    assert {a.title for a in mixed.articles} == {"Coalition confirms drawdown timetable", None}
    assert "scan.txt: binary file" in (mixed.error or "")


def test_empty_folder_is_an_error_naming_the_path(tmp_path: Path) -> None:
    """A folder with no article files fails the source with the path it looked at."""
    (tmp_path / "inbox").mkdir()

    result = read(files("inbox"), base=tmp_path)

    assert result.status == "error"
    assert result.error == f"no files match {tmp_path / 'inbox'}"


def test_local_atom_file_entries_are_articles_without_fetching_links() -> None:
    """A local feed file's entries become articles from their own content, dated by the feed."""
    result = read(SourceConfig(id="bulletins", kind="feed", path="local.atom"))

    assert result.status == "ok"
    by_title = {a.title: a for a in result.articles}
    shelling = by_title["Shelling reported in El Fasher"]
    assert shelling.text == (
        "Artillery shelling hit residential areas of El Fasher on Thursday, local monitors said, "
        "damaging a market and a health centre.\n\nAid agencies said access to the city remained blocked."
    )
    assert shelling.url == "https://bulletins.example.org/2025/06/el-fasher"
    assert (shelling.published, shelling.published_from) == (datetime(2025, 6, 19, 17, 0, tzinfo=UTC), "feed")
    assert shelling.outlet == "Field Office Bulletins"
    convoy = by_title["Convoy reaches Tawila"]
    assert convoy.url is None
    assert convoy.published == datetime(2025, 6, 20, 5, 30, tzinfo=UTC)


def test_malformed_or_missing_local_feed_is_an_error() -> None:
    """A local feed that is not readable XML, or is missing, fails with the path and the reason."""
    broken = read(SourceConfig(id="broken", kind="feed", path="malformed.xml"))
    missing = read(SourceConfig(id="missing", kind="feed", path="nowhere.rss"))

    assert broken.status == "error" and "malformed feed" in (broken.error or "")
    assert missing.status == "error" and "nowhere.rss" in (missing.error or "")


def test_local_feed_path_may_be_relative(monkeypatch: pytest.MonkeyPatch) -> None:
    """A local feed given by a relative path (cwd-based resolution) is read like an absolute one."""
    monkeypatch.chdir(FIXTURES.parent)

    result = read(SourceConfig(id="bulletins", kind="feed", path="local.atom"), base=Path("sources"))

    assert (result.status, len(result.articles)) == ("ok", 2)


def test_a_file_whose_front_matter_is_not_yaml_is_read_and_the_log_names_it(tmp_path, caplog) -> None:
    """A title holding a colon breaks the YAML: the article is still read with its fields, and the
    warning names the file and the line."""
    (tmp_path / "colon.txt").write_text(
        "---\ntitle: Iraq: drones downed\noutlet: Wire\npublished: 2025-06-15\n---\n"
        "Two drones were shot down over Erbil on Sunday.\n",
        encoding="utf-8",
    )
    with caplog.at_level("WARNING"):
        [article] = read(files(str(tmp_path / "*.txt")), base=tmp_path).articles
    assert (article.title, article.outlet, article.published_from) == ("Iraq: drones downed", "Wire", "metadata")
    assert "---" not in article.text
    assert any("colon.txt" in r.getMessage() and "line 2" in r.getMessage() for r in caplog.records)
