"""Ingest: files in, ``Paper`` records out (formats detected per file, duplicates merged).

Knows nothing about spaCy or graphs; everything after this step sees only ``Paper``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.daily import looks_like_daily_papers, read_daily_papers
from kg.ingest.paper import Paper, normalise_title
from kg.ingest.tabular import read_csv, read_jsonl
from kg.ingest.text import OnInvalid, read_lines

__all__ = ["Paper", "FORMATS", "OnInvalid", "detect_format", "iter_input_files", "read_papers", "dedupe"]

FORMATS = ("daily", "jsonl", "arxiv", "csv")
_SUFFIXES = {".txt", ".jsonl", ".json", ".ndjson", ".csv"}


def detect_format(path: Path) -> str:
    """Guess a file's format from its suffix and first lines."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    lines = read_lines(path)[:20]
    first = next((line for line in lines if line.strip()), "")
    if first.lstrip().startswith("{"):
        try:
            row = json.loads(first)
        except json.JSONDecodeError:
            return "jsonl"
        return "arxiv" if isinstance(row, dict) and {"categories", "update_date"} <= set(row) else "jsonl"
    if suffix in {".jsonl", ".json", ".ndjson"}:
        return "jsonl"
    if looks_like_daily_papers(lines) or suffix == ".txt":
        return "daily"
    raise InputError("cannot tell the format; pass --format (one of: " + ", ".join(FORMATS) + ")", str(path))


def iter_input_files(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named, plus readable files inside named folders (sorted, so runs repeat)."""
    files = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError("no such file or folder", str(path))
    return files


def _read_file(path: Path, fmt: str | None, on_invalid: OnInvalid = None) -> Iterator[Paper]:
    """A daily-papers capture is read whole (a broken layout shifts every later pair, so
    there is no record to skip); JSONL and CSV records can be skipped one by one."""
    fmt = fmt or detect_format(path)
    if fmt == "daily":
        return read_daily_papers(path)
    if fmt in ("jsonl", "arxiv"):
        return read_jsonl(path, on_invalid)
    if fmt == "csv":
        return read_csv(path, on_invalid)
    raise InputError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}", str(path))


def _merge(into: Paper, other: Paper) -> None:
    """Fold a duplicate into the first copy: fill gaps, union code links and properties."""
    for name in ("year", "url"):
        if getattr(into, name) in (None, ""):
            setattr(into, name, getattr(other, name))
    if len(other.abstract) > len(into.abstract):
        into.abstract = other.abstract
    into.code_urls = list(dict.fromkeys(into.code_urls + other.code_urls))
    into.properties = {**other.properties, **into.properties}
    into.properties.setdefault("also_in", [])
    if other.source not in into.properties["also_in"]:
        into.properties["also_in"].append(other.source)


def dedupe(papers: Iterable[Paper]) -> list[Paper]:
    """One Paper per id and per normalised title, first occurrence kept and enriched."""
    by_id: dict[str, Paper] = {}
    by_title: dict[str, Paper] = {}
    for paper in papers:
        first = by_id.get(paper.id) or by_title.get(normalise_title(paper.title) or paper.id)
        if first is None:
            by_id[paper.id] = paper
            if normalise_title(paper.title):
                by_title[normalise_title(paper.title)] = paper
        else:
            _merge(first, paper)
    return list(by_id.values())


def read_papers(inputs: Iterable[str | Path], fmt: str | None = None, on_invalid: OnInvalid = None) -> list[Paper]:
    """All papers from files and folders, validated, deduplicated, in input order.

    A bad record raises ``InputError`` naming its file and line; with ``on_invalid`` the
    bad JSONL lines and CSV rows are handed to it instead and the read goes on. Errors of
    a whole file (encoding, layout, header) always raise.
    """
    files = iter_input_files(inputs)
    if not files:
        raise InputError("no input files found (looked for " + ", ".join(sorted(_SUFFIXES)) + ")")
    return dedupe(paper for path in files for paper in _read_file(path, fmt, on_invalid))
