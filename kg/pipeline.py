"""The data flow end to end: files -> papers -> records -> graph -> store.

Each function composes the steps' own functions and does I/O only at its edges; the CLI
calls exactly one of these per command.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.extract.records import PaperRecord
from kg.graph.build import build_graph
from kg.ingest import OnInvalid, Paper, read_papers
from kg.records_io import read_records
from kg.store.base import GraphStore

__all__ = ["BuildSummary", "extract_papers", "extract_files", "build", "load_records", "write_jsonl_atomic"]

Progress = Callable[[int], None] | None


@dataclass
class BuildSummary:
    papers: int
    nodes_before: int
    nodes_after: int
    relationships_before: int
    relationships_after: int

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def extract_papers(papers: Iterable[Paper], progress: Progress = None) -> Iterator[PaperRecord]:
    """Run the packaged spaCy pipeline over papers, streaming records."""
    from kg.extract import extract_records  # loads spaCy only when needed
    for record in extract_records(papers):
        if progress:
            progress(1)
        yield record


def write_jsonl_atomic(rows: Iterable[dict], path: Path) -> int:
    """Write JSON lines to a temporary file and rename it into place: an error halfway
    (bad input on line 900, Ctrl-C) leaves no half-written output behind."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def extract_files(inputs: Iterable[str | Path], output: Path, fmt: str | None = None,
                  progress: Progress = None, on_total: Callable[[int], None] | None = None,
                  on_invalid: OnInvalid = None) -> int:
    papers = read_papers(inputs, fmt, on_invalid)
    if on_total:
        on_total(len(papers))
    return write_jsonl_atomic((r.to_dict() for r in extract_papers(papers, progress)), output)


def _merge_records(records: list[PaperRecord], store: GraphStore) -> BuildSummary:
    before = store.stats()
    graph = build_graph(records, store.entity_nodes())
    store.merge_graph(graph)
    after = store.stats()
    return BuildSummary(
        papers=len(records),
        nodes_before=sum(before["nodes"].values()), nodes_after=sum(after["nodes"].values()),
        relationships_before=sum(before["relationships"].values()),
        relationships_after=sum(after["relationships"].values()))


def build(inputs: Iterable[str | Path], store: GraphStore, fmt: str | None = None,
          progress: Progress = None, on_total: Callable[[int], None] | None = None,
          on_invalid: OnInvalid = None) -> BuildSummary:
    """Read, extract, resolve against what the store holds, and merge into the store
    (``on_invalid``: see ``kg.ingest.read_papers``)."""
    papers = read_papers(inputs, fmt, on_invalid)
    if on_total:
        on_total(len(papers))
    return _merge_records(list(extract_papers(papers, progress)), store)


def load_records(path: Path, store: GraphStore) -> BuildSummary:
    """Build from a `kg extract` output file without extracting again."""
    records = read_records(path)
    if not records:
        raise InputError("no records in file", str(path))
    return _merge_records(records, store)
