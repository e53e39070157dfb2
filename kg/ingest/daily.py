"""Reader for the daily-papers page captures (``../shared/corpus/hf-daily-papers``).

Two layouts occur: blocks separated by blank lines (title block, abstract block), and one
line per title followed by one line per abstract. Both start with page chrome ("new",
"Get trending papers...", "Subscribe", "byAK and the research community", a date), and in
one capture the first title is glued to "Subscribe" — chrome must never reach a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.paper import Paper, title_id
from kg.ingest.text import clean_text, find_code_urls, read_lines

__all__ = ["read_daily_papers", "looks_like_daily_papers", "strip_chrome"]

_CHROME_LINES = {
    "new", "subscribe", "byak and the research community",
    "get trending papers in your email inbox!", "get trending papers in your email inbox once a day!",
}
_DATE_RE = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(, \d{4})?$", re.I)
_GLUED_CHROME_RE = re.compile(r"^(Subscribe|new)(?=[A-Z0-9])")
_MAX_TITLE_CHARS = 300


def looks_like_daily_papers(lines: list[str]) -> bool:
    head = {line.strip().lower() for line in lines[:12]}
    return bool(head & _CHROME_LINES) or any(line.startswith("Subscribe") for line in lines[:5])


def strip_chrome(line: str) -> str:
    """Remove page chrome glued to the front of a title ("SubscribeDoes Joint ...")."""
    return _GLUED_CHROME_RE.sub("", line.strip(), count=1)


def _is_chrome(line: str) -> bool:
    text = line.strip()
    return text.lower() in _CHROME_LINES or bool(_DATE_RE.match(text))


def _content_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, text) of every non-blank, non-chrome line."""
    out = []
    for number, line in enumerate(lines, 1):
        text = strip_chrome(line)
        if text and not _is_chrome(text):
            out.append((number, text))
    return out


def _pairs(content: list[tuple[int, str]], path: Path) -> Iterator[tuple[int, str, str]]:
    """Alternate title, abstract; a title that is too long means the layout broke."""
    if len(content) % 2:
        number, text = content[-1]
        raise InputError(f"title without an abstract: {text[:60]!r}", str(path), number)
    for (t_line, title), (_, abstract) in zip(content[0::2], content[1::2]):
        if len(title) > _MAX_TITLE_CHARS:
            raise InputError(f"expected a title line, found {len(title)} characters of text "
                             "(is an abstract missing above?)", str(path), t_line)
        yield t_line, title, abstract


def read_daily_papers(path: Path) -> Iterator[Paper]:
    """Papers of one capture, in page order, ids from the normalised title."""
    lines = read_lines(path)
    for number, title, abstract in _pairs(_content_lines(lines), path):
        title, abstract = clean_text(title), clean_text(abstract)
        yield Paper(id=title_id(title), title=title, abstract=abstract,
                    source=f"{path.name}:{number}", code_urls=find_code_urls(abstract))
