"""Ingest: files in, ``Paper`` records out (formats detected per file, duplicates merged).

Knows nothing about spaCy or graphs; everything after this step sees only ``Paper``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.daily import looks_like_daily_papers, read_daily_papers
from kg.ingest.paper import Paper, normalise_title
from kg.ingest.tabular import read_csv, read_jsonl
from kg.ingest.text import OnInvalid, read_lines

__all__ = ["Paper", "FORMATS", "OnInvalid", "detect_format", "iter_input_files", "skipped_files", "read_papers", "dedupe", "merge_copies"]

FORMATS = ("daily", "jsonl", "arxiv", "csv")
_SUFFIXES = {".txt", ".jsonl", ".json", ".ndjson", ".csv"}


def format_suffix(path: Path) -> str:
    """The suffix that says the format: ``.jsonl`` for ``papers.jsonl.gz`` too."""
    suffixes = [s.lower() for s in path.suffixes]
    return suffixes[-2] if len(suffixes) > 1 and suffixes[-1] == ".gz" else path.suffix.lower()


def detect_format(path: Path) -> str:
    """Guess a file's format from its suffix and first lines."""
    suffix = format_suffix(path)
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
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and format_suffix(p) in _SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError("no such file or folder", str(path))
    return files


def skipped_files(inputs: Iterable[str | Path]) -> list[Path]:
    """Files inside named folders that ``iter_input_files`` leaves out (other suffixes, such as
    ``.md`` or ``.gz``): the CLI reports them so nothing is left out unseen."""
    return [p for item in inputs if Path(item).is_dir()
            for p in sorted(Path(item).rglob("*")) if p.is_file() and format_suffix(p) not in _SUFFIXES]


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


def _text_rank(paper: Paper) -> tuple:
    return len(paper.abstract), paper.abstract, len(paper.title), paper.title


def _id_rank(paper_id: str) -> tuple:
    """A source's own id (arXiv, DOI, a JSONL id) over one made from the title."""
    return paper_id.startswith("t-"), paper_id


def _property_rank(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def merge_copies(copies: list[Paper]) -> Paper:
    """One paper from every copy read of it. Each field is a max, min or union over the
    copies, so the result does not depend on the order the copies arrive in, nor on whether
    some of them were merged before (a store's papers merged with new input give what
    reading everything at once gives). Title and abstract come together from one copy (the
    longest abstract), so the text always is one that was read."""
    text = max(copies, key=_text_rank)
    sources = {c.source for c in copies if c.source} | {s for c in copies for s in c.properties.get("also_in", ())}
    source = min(sources) if sources else None
    properties: dict = {}
    for copy in copies:
        for name, value in copy.properties.items():
            if name != "also_in" and (name not in properties
                                      or _property_rank(value) > _property_rank(properties[name])):
                properties[name] = value
    if sources - {source}:
        properties["also_in"] = sorted(sources - {source})
    return Paper(id=min((c.id for c in copies), key=_id_rank), title=text.title, abstract=text.abstract,
                 year=min((c.year for c in copies if c.year is not None), default=None),
                 url=min((c.url for c in copies if c.url), default=None), source=source,
                 code_urls=sorted({url for c in copies for url in c.code_urls}), properties=properties)


def _copy_groups(papers: Iterable[Paper]) -> list[list[Paper]]:
    """Copies of one paper grouped together: the same id, or the same normalised title
    (union-find over both), groups in order of their first copy."""
    parent: dict[str, str] = {}

    def root(token: str) -> str:
        while parent.setdefault(token, token) != token:
            parent[token] = token = parent[parent[token]]
        return token

    seen: list[tuple[Paper, str]] = []
    for paper in papers:
        tokens = ["id:" + paper.id] + (["title:" + normalise_title(paper.title)] if normalise_title(paper.title) else [])
        for token in tokens[1:]:
            parent[root(token)] = root(tokens[0])
        seen.append((paper, tokens[0]))
    groups: dict[str, list[Paper]] = {}
    for paper, token in seen:
        groups.setdefault(root(token), []).append(paper)
    return list(groups.values())


def dedupe(papers: Iterable[Paper]) -> list[Paper]:
    """One Paper per id and per normalised title (``merge_copies``), in order of first copy."""
    return [merge_copies(group) for group in _copy_groups(papers)]


def read_papers(inputs: Iterable[str | Path], fmt: str | None = None, on_invalid: OnInvalid = None,
                on_empty: Callable[[Path], None] | None = None) -> list[Paper]:
    """All papers from files and folders, validated, deduplicated, in input order.

    A bad record raises ``InputError`` naming its file and line; with ``on_invalid`` the
    bad JSONL lines and CSV rows are handed to it instead and the read goes on. Errors of
    a whole file (encoding, layout, header) always raise. ``on_empty`` is called with each
    input (file or folder) that yields no paper, so an empty or mistaken input is not silent.
    """
    groups = [(Path(item), iter_input_files([item])) for item in inputs]
    if not any(files for _, files in groups):
        raise InputError("no input files found (looked for " + ", ".join(sorted(_SUFFIXES)) + ", each also .gz)")
    papers: list[Paper] = []
    for item, files in groups:
        found = [paper for path in files for paper in _read_file(path, fmt, on_invalid)]
        if not found and on_empty is not None:
            on_empty(item)
        papers.extend(found)
    return dedupe(papers)
