"""The library's own exceptions.

Library code raises these; the CLI's single error boundary turns them into one-line
messages. Keeping them here means no step needs to know about click.
"""

from __future__ import annotations

__all__ = [
    "KgError",
    "InputError",
    "ExtractionError",
    "StoreError",
    "Neo4jUnavailable",
    "QueryError",
    "SchemaError",
    "ExportError",
]


class KgError(Exception):
    """Base class of every error kg reports to its users."""


class InputError(KgError):
    """Bad input data; says which file and line so the user can fix it."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.path, self.line, self.reason = path, line, message
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {message}" if path else message)


class ExtractionError(KgError):
    """The extraction pipeline could not be built or loaded."""


class StoreError(KgError):
    """A graph store could not be opened, read or written."""


class Neo4jUnavailable(StoreError):
    """The Neo4j server is down, unreachable, or refused the credentials."""


class QueryError(KgError):
    """A query is unknown, has bad parameters, or failed to run."""


class SchemaError(KgError):
    """A label, relationship type or pattern outside schemas/graph.json."""


class ExportError(KgError):
    """An export could not be produced or written (nothing is left half-written)."""
