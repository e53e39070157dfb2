"""The ``Paper`` record every reader produces, and how papers get stable ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["Paper", "normalise_title", "title_id", "ARXIV_ID_RE"]

ARXIV_ID_RE = re.compile(r"^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$", re.I)


@dataclass
class Paper:
    """One paper as read from a file: text plus whatever properties the source had.

    ``source`` names the file (and line) it came from, so every edge in the graph can be
    traced back to the input.
    """

    id: str
    title: str
    abstract: str
    year: int | None = None
    url: str | None = None
    source: str | None = None
    code_urls: list[str] = field(default_factory=list)
    properties: dict = field(default_factory=dict)


def normalise_title(title: str) -> str:
    """Case, accents, punctuation and spacing removed: the same paper read from two
    sources (or with a stray double space) gets the same id."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def title_id(title: str) -> str:
    digest = hashlib.sha1(normalise_title(title).encode("utf-8")).hexdigest()
    return f"t-{digest[:16]}"
