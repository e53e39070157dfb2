"""Readers for record-per-line sources: JSONL (kg's own and arXiv's metadata snapshot) and CSV.

Each row becomes a ``Paper``; keys other than the core ones are kept as paper properties
so nothing the user had is lost on the way into the graph.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.paper import ARXIV_ID_RE, Paper, title_id
from kg.ingest.text import (MAX_ABSTRACT_CHARS, OnInvalid, clean_text, find_code_urls, read_json_objects, read_lines,
                            report_or_raise)

__all__ = ["read_jsonl", "read_csv", "paper_from_row", "is_arxiv_row"]

_CORE_KEYS = {"id", "title", "abstract", "year", "url"}
_ARXIV_KEYS = {"categories", "update_date"}
_ABSTRACT_ALIASES = ("abstract", "summary", "abstract_text")
_ARXIV_URL_RE = re.compile(r"arxiv\.org/(?:abs|pdf)/([^\s?#]+?)(?:\.pdf)?$", re.I)


def is_arxiv_row(row: dict) -> bool:
    return _ARXIV_KEYS <= set(row)


def _text_field(row: dict, names: tuple[str, ...], what: str, where: tuple[str, int]) -> str:
    for name in names:
        if name in row and row[name] is not None:
            value = row[name]
            if not isinstance(value, str):
                raise InputError(f'"{name}" must be a string, got {type(value).__name__}', *where)
            return clean_text(value)
    raise InputError(f'missing field "{what}"', *where)


_NEW_ARXIV_ID = re.compile(r"^(?:arxiv:)?(\d{2})(?:0[1-9]|1[0-2])\.\d{4,5}(?:v\d+)?$", re.I)  # 2504.01127: April 2025


def _year(row: dict, where: tuple[str, int]) -> int | None:
    """The year given, else an arXiv id's year of first submission (the snapshot's
    "update_date" is the last revision's: 2025 for a paper of 2018), else a date field's."""
    raw = row.get("year")
    if raw in (None, ""):
        submitted = _NEW_ARXIV_ID.match(str(row.get("id") or "").strip()) if is_arxiv_row(row) else None
        if submitted:
            return 2000 + int(submitted.group(1))
        date = str(row.get("update_date") or row.get("published") or row.get("date") or "")
        match = re.match(r"(\d{4})", date)
        return int(match.group(1)) if match else None
    try:
        return int(str(raw).strip())
    except ValueError:
        raise InputError(f'"year" must be a whole number, got {raw!r}', *where) from None


def _paper_id(row: dict, title: str) -> str:
    given = str(row.get("id") or "").strip()
    if given:
        match = ARXIV_ID_RE.match(given)
        return match.group(1) if match else given
    url_match = _ARXIV_URL_RE.search(str(row.get("url") or ""))
    if url_match and ARXIV_ID_RE.match(url_match.group(1)):
        return ARXIV_ID_RE.match(url_match.group(1)).group(1)
    return title_id(title)


def _properties(row: dict) -> dict:
    return {k: v for k, v in row.items()
            if k not in _CORE_KEYS and k not in _ABSTRACT_ALIASES and v not in (None, "")}


def paper_from_row(row: dict, path: Path, line: int) -> Paper:
    """Validate one row and turn it into a Paper; errors name file and line."""
    where = (str(path), line)
    title = _text_field(row, ("title",), "title", where)
    abstract = _text_field(row, _ABSTRACT_ALIASES, "abstract", where)
    if not abstract:
        raise InputError("empty abstract", *where)
    if len(abstract) > MAX_ABSTRACT_CHARS:
        raise InputError(f"abstract of {len(abstract):,} characters is over the limit of "
                         f"{MAX_ABSTRACT_CHARS:,} (is this a full text?)", *where)
    pid = _paper_id(row, title)
    url = row.get("url") or (f"https://arxiv.org/abs/{pid}" if is_arxiv_row(row) else None)
    return Paper(id=pid, title=title, abstract=abstract, year=_year(row, where), url=url,
                 source=f"{path.name}:{line}", code_urls=find_code_urls(abstract),
                 properties=_properties(row))


def _papers(rows: Iterator[tuple[int, dict]], path: Path, on_invalid: OnInvalid) -> Iterator[Paper]:
    for number, row in rows:
        try:
            yield paper_from_row(row, path, number)
        except InputError as error:
            report_or_raise(error, on_invalid)


def read_jsonl(path: Path, on_invalid: OnInvalid = None) -> Iterator[Paper]:
    return _papers(read_json_objects(path, on_invalid), path, on_invalid)


def _csv_rows(path: Path, on_invalid: OnInvalid) -> Iterator[tuple[int, dict]]:
    """(last physical line, row) of each non-blank row, as an editor counts lines."""
    text = "\n".join(read_lines(path))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "title" not in reader.fieldnames:
        raise InputError('CSV needs a header row with at least "title" and "abstract"', str(path), 1)
    for row in reader:
        if None in row:
            report_or_raise(InputError("more cells than header columns", str(path), reader.line_num), on_invalid)
        elif any((v or "").strip() for v in row.values()):
            yield reader.line_num, dict(row)


def read_csv(path: Path, on_invalid: OnInvalid = None) -> Iterator[Paper]:
    return _papers(_csv_rows(path, on_invalid), path, on_invalid)
