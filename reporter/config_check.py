"""What a run will need beyond a well-formed config: files, folders, templates, the environment.

:func:`load_config` checks the shape of the YAML; this module checks the world it points at, as
far as that is known without the network, so that `validate` says what `run`, `serve` and
`preview` would trip over. Every problem is one :class:`ConfigError` naming file, line, key and
the fix; :func:`check_config` raises them together as :class:`ConfigErrors`.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Any

from reporter.config import Config
from reporter.errors import ConfigError, ConfigErrors
from reporter.yaml_lines import dotted

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def check_config(config: Config, *, environment: bool = True) -> Config:
    """The config, if a run could use it; else every problem at once.

    ``environment``: also check what depends on where reporter runs (the SMTP password variable).
    """
    problems = config_problems(config, environment=environment)
    if problems:
        raise ConfigErrors(problems)
    return config


def config_problems(config: Config, *, environment: bool = True) -> list[ConfigError]:
    found: list[ConfigError] = []

    def problem(key: tuple[Any, ...], message: str) -> None:
        found.append(
            ConfigError(message, file=str(config.path or ""), line=config.line_of(*key), key=dotted(key))
        )

    if not config.briefs:
        problem(("briefs",), "no briefs configured; add one under `briefs:` (config/reporter.yaml shows how)")
    _check_paths(config, problem)
    _check_templates(config, problem)
    _check_sources(config, problem)
    _check_briefs(config, problem, environment=environment)
    return found


def _unwritable(path: Path) -> str | None:
    """Why a folder (existing or to be created) cannot be written here, or None when it can."""
    probe = path
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if not probe.is_dir():
        return f"{probe} is not a folder"
    if not os.access(probe, os.W_OK | os.X_OK):
        return f"{probe} is not writable by this user"
    return None


def _check_paths(config: Config, problem) -> None:
    database = config.resolve(config.storage.database)
    why = _unwritable(database.parent)
    if why is None and database.exists() and not os.access(database, os.W_OK):
        why = f"{database} is not writable by this user"
    if why:
        problem(
            ("storage", "database"),
            f"{why}; use a path the service may write (e.g. /var/lib/reporter/reporter.db)",
        )
    why = _unwritable(config.resolve(config.output.directory))
    if why:
        problem(
            ("output", "directory"), f"{why}; use a folder the service may write (e.g. /var/lib/reporter/out)"
        )
    if any("outbox" in b.delivery for b in config.briefs):
        why = _unwritable(config.resolve(config.delivery.outbox))
        if why:
            problem(("delivery", "outbox"), f"{why}; use a folder the service may write")
    for i, name in enumerate(config.extraction.lexicons):
        path = config.resolve(name)
        if not path.is_file():
            problem(
                ("extraction", "lexicons", i),
                f"no such lexicon file {path}; fix the path or remove the entry",
            )
            continue
        from reporter.extract.lexicon import check_lexicon_file

        try:
            check_lexicon_file(path)
        except ConfigErrors as exc:
            for error in exc.errors:  # each names the lexicon file, its line and key
                problem(("extraction", "lexicons", i), f"in {error}")
        except ConfigError as exc:
            problem(("extraction", "lexicons", i), f"in {exc}")


def _template_dirs(config: Config) -> list[Path]:
    from reporter.brief.render import BUNDLED_TEMPLATES

    dirs = []
    if config.templates.directory:
        user = config.resolve(config.templates.directory)
        if user.is_dir():
            dirs.append(user)
    return [*dirs, BUNDLED_TEMPLATES]


def _check_templates(config: Config, problem) -> None:
    t = config.templates
    if t.directory and not config.resolve(t.directory).is_dir():
        problem(
            ("templates", "directory"),
            f"no such folder {config.resolve(t.directory)}; create it or fix the path (null: bundled templates only)",
        )
    for key in ("theme_css", "logo"):
        name = getattr(t, key)
        if name and not config.resolve(name).is_file():
            problem(
                ("templates", key), f"no such file {config.resolve(name)}; fix the path or set it to null"
            )
    dirs = _template_dirs(config)
    for i, brief in enumerate(config.briefs):
        _check_template(
            brief.template, dirs, lambda message, i=i: problem(("briefs", i, "template"), message)
        )


def _check_template(name: str, dirs: list[Path], problem) -> None:
    from jinja2 import TemplateNotFound, TemplateSyntaxError

    from reporter.brief.render import make_environment

    try:
        make_environment(dirs).get_template(name)
    except TemplateNotFound:
        where = " or ".join(str(d) for d in dirs)
        problem(f"no template {name!r} in {where}; put it in templates.directory or use brief.html.j2")
    except TemplateSyntaxError as exc:
        problem(f"template {exc.name or name} line {exc.lineno}: {exc.message}; fix the template")


def _check_sources(config: Config, problem) -> None:
    for i, source in enumerate(config.sources):
        if not source.enabled or not source.path:
            continue
        path = config.resolve(source.path)
        if source.kind == "feed":
            if not path.is_file():
                problem(("sources", i, "path"), f"no such feed file {path}; fix the path or use `url:`")
            continue
        folder = _fixed_part(path)
        if folder != path:  # a glob: its fixed folder must exist, files may come later
            if not folder.is_dir():
                problem(("sources", i, "path"), f"no such folder {folder}; fix the path or create the folder")
        elif not path.exists():
            parent_ok = path.suffix.lower() in ARTICLE_SUFFIXES and path.parent.is_dir()
            if not parent_ok:
                problem(("sources", i, "path"), f"no such file or folder {path}; fix the path or create it")


def _fixed_part(path: Path) -> Path:
    """The leading part of a path without glob characters (the path itself when there are none)."""
    parts = path.parts
    for n, part in enumerate(parts):
        if glob.has_magic(part):
            return Path(*parts[:n])
    return path


def _check_briefs(config: Config, problem, *, environment: bool) -> None:
    smtp = config.delivery.smtp
    for i, brief in enumerate(config.briefs):
        if brief.as_of is not None and brief.schedule is not None:
            problem(
                ("briefs", i, "as_of"),
                "a scheduled brief cannot pin its moment (every run would be the same brief); "
                "remove as_of and use `reporter run --as-of` for a one-off",
            )
        if "smtp" in brief.delivery and not brief.recipients.all:
            problem(("briefs", i, "delivery"), "'smtp' delivery has no one to send to; add recipients.to")
        if "directory" in brief.delivery and brief.directory:
            why = _unwritable(config.resolve(brief.directory))
            if why:
                problem(("briefs", i, "directory"), f"{why}; use a folder the service may write")
    if smtp is None:
        return
    if smtp.ca_file and not config.resolve(smtp.ca_file).is_file():
        problem(("delivery", "smtp", "ca_file"), f"no such file {config.resolve(smtp.ca_file)}; fix the path")
    variable = smtp.password_variable
    if environment and variable and variable not in os.environ:
        problem(
            ("delivery", "smtp", "password"),
            f"the environment variable {variable} is not set; set it where reporter runs "
            "(under systemd: in /etc/reporter/secrets.env)",
        )
