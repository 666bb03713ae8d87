"""The exception tree of reporter; imports nothing from the package.

ReporterError
├── ConfigError        invalid config: file, line, key path, what was expected
│   └── ConfigErrors   several at once, one line each
├── SourceError        a source could not be fetched or parsed (recorded, never fatal)
├── ExtractError       an article could not be read for extraction
├── StoreError         the database is unusable (locked by another scheduler, too new)
├── RenderError        a template or the PDF engine failed
└── DeliveryError      a delivery failed; ``permanent`` says whether retrying can help
"""

from __future__ import annotations


class ReporterError(Exception):
    """Root of every error reporter raises on purpose."""


class ConfigError(ReporterError):
    """Invalid configuration, with where it is and what was expected."""

    def __init__(
        self, message: str, *, file: str | None = None, line: int | None = None, key: str | None = None
    ):
        self.file = file
        self.line = line
        self.key = key
        self.detail = message
        where = ""
        if file:
            where = f"{file}:{line}: " if line else f"{file}: "
        super().__init__(f"{where}{key + ': ' if key else ''}{message}")


class ConfigErrors(ConfigError):
    """Several configuration problems found at once; its text is one line per problem."""

    def __init__(self, errors: list[ConfigError]):
        self.errors = list(errors)
        first = self.errors[0]
        super().__init__(first.detail, file=first.file, line=first.line, key=first.key)
        self.args = ("\n".join(str(e) for e in self.errors),)

    def __str__(self) -> str:
        return self.args[0]


class SourceError(ReporterError):
    """A source failed: network, HTTP status, malformed feed, too large, not an article."""


class ExtractError(ReporterError):
    """An article could not be read for extraction."""


class StoreError(ReporterError):
    """The database cannot be used as asked."""


class RenderError(ReporterError):
    """A template or the PDF engine failed."""


class DeliveryError(ReporterError):
    """A delivery failed; ``permanent`` is True when retrying cannot help (SMTP 5xx)."""

    def __init__(self, message: str, *, permanent: bool = False):
        self.permanent = permanent
        super().__init__(message)
