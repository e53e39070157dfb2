"""The data flow end to end: files -> papers -> records -> graph -> store.

Each function composes the steps' own functions and does I/O only at its edges; the CLI
calls exactly one of these per command.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from kg.errors import InputError, StoreError
from kg import __version__
from kg.graph.build import added_graph, derive_graph, mark_entities
from kg.ingest import OnInvalid, Paper, dedupe, normalise_title, read_papers
from kg.records import PaperRecord
from kg.records_io import read_records
from kg.resolve.incremental import dump_resolver, extend_resolution, load_resolver
from kg.store.base import GraphStore

__all__ = ["BuildSummary", "extract_papers", "extract_files", "build", "load_records", "write_jsonl_atomic", "paper_of"]

Progress = Callable[[int], None] | None
# a build stores what it extracted every KEEP_EVERY papers, ahead of the graph: a build stopped
# while extracting (75k papers: ten minutes) loses at most this many (GraphStore.keep_records)
KEEP_EVERY = 5000


@dataclass
class BuildSummary:
    papers: int
    nodes_before: int
    nodes_after: int
    relationships_before: int
    relationships_after: int
    extracted: int = 0  # papers new or changed, run through the pipeline (the rest reused)
    counts: dict | None = None  # the store's stats after the build, read under its lock
    skipped: list[str] = field(default_factory=list)  # invalid records skipped (kg.build(skip_invalid=True))
    mode: str = "derived"  # "added": new papers folded in (kg build --add); "derived": the whole graph
    note: str | None = None  # why an add derived the whole graph instead

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def extract_papers(papers: Iterable[Paper], progress: Progress = None, jobs: int = 1,
                   scheduler: str | None = None) -> Iterator[PaperRecord]:
    """Run the packaged spaCy pipeline over papers, streaming records in input order
    (``jobs`` > 1: in that many worker processes; ``scheduler``: on the Dask cluster at that
    address, or ``local:N``; the same records either way)."""
    _check_route(jobs, scheduler)
    if scheduler:
        from kg.extract.cluster import extract_on_cluster  # imports dask only when a cluster is used
        return extract_on_cluster(papers, scheduler, progress)
    if jobs > 1:
        from kg.extract.parallel import extract_in_processes
        return extract_in_processes(papers, jobs, progress)
    return _extract_serially(papers, progress)


def _check_route(jobs: int, scheduler: str | None) -> None:
    """Worker processes here or a cluster's workers, not both (checked before any work)."""
    if scheduler and jobs > 1:
        raise ValueError("jobs > 1 and a Dask scheduler exclude each other: the cluster's workers are the jobs")


def _extract_serially(papers: Iterable[Paper], progress: Progress) -> Iterator[PaperRecord]:
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
                  on_invalid: OnInvalid = None, on_empty: Callable[[Path], None] | None = None,
                  jobs: int = 1, scheduler: str | None = None) -> int:
    """Read and extract ``inputs`` into a records file (``kg extract``); the callbacks,
    ``jobs`` and ``scheduler`` are ``build``'s. Returns the number of records written."""
    _check_route(jobs, scheduler)
    papers = read_papers(inputs, fmt, on_invalid, on_empty)
    if on_total:
        on_total(len(papers))
    # entities are decided over the whole set
    records = mark_entities(extract_papers(papers, progress, jobs, scheduler))
    return write_jsonl_atomic((r.to_dict() for r in records), output)


def paper_of(record: PaperRecord) -> Paper:
    """The paper a stored record was extracted from (its text and metadata)."""
    return Paper(id=record.id, title=record.title, abstract=record.abstract, year=record.year, url=record.url,
                 source=record.source, code_urls=list(record.code_urls), properties=dict(record.properties))


def _with_paper(record: PaperRecord, paper: Paper) -> PaperRecord:
    """``record``'s extraction (made from the same text) under ``paper``'s id and metadata."""
    return replace(record, id=paper.id, year=paper.year, url=paper.url, source=paper.source,
                   code_urls=list(paper.code_urls), properties=dict(paper.properties),
                   entities=[m if m.entity is None else replace(m, entity=None) for m in record.entities])  # derived anew each build


def _text(item: Paper | PaperRecord) -> tuple[str, str]:
    return item.title, item.abstract


def _derive(store: GraphStore, papers: list[Paper], known: dict[tuple[str, str], PaperRecord],
            extract: Callable[[list[Paper]], Iterable[PaperRecord]] | None) -> BuildSummary:
    """Under the store's lock: every stored paper and the new ones merged (``merge_copies``),
    a record for each (reused when its text was extracted before), the whole graph derived
    from all records and written exactly. The graph is thus a function of the set of papers,
    whatever the order and grouping of the builds that brought them."""
    with store.writer():
        before = store.stats()
        stored = store.read_records()
        _refuse_graph_without_records(before, stored)
        known = {**{_text(r): r for r in stored}, **known}
        merged = dedupe([*map(paper_of, stored), *papers])
        todo = [paper for paper in merged if _text(paper) not in known]
        if todo and extract is not None:
            for batch in _batches(extract(todo), KEEP_EVERY):
                known.update((_text(r), r) for r in batch)
                store.keep_records(batch)
        records = sorted((_with_paper(known[_text(p)], p) for p in merged), key=lambda r: r.id)
        graph, resolution = derive_graph(records)
        # kept for `kg build --add`; pickled before the write, whose own peak (the stored graph
        # read back, the diff) it would otherwise add to (20k papers: 2,024 MB that way, 1,797 MB this way)
        kept = dump_resolver(resolution.resolver, __version__) if store.can_append else None
        del resolution
        store.write(graph, records)
        if kept is not None:
            store.keep_resolution(kept)
        after = store.stats()
    return _summary(papers, len(todo), before, after)


def _summary(papers: list[Paper], extracted: int, before: dict, after: dict, **more) -> BuildSummary:
    return BuildSummary(
        papers=len(papers), extracted=extracted,
        nodes_before=sum(before["nodes"].values()), nodes_after=sum(after["nodes"].values()),
        relationships_before=sum(before["relationships"].values()),
        relationships_after=sum(after["relationships"].values()), counts=after, **more)


def _append(store: GraphStore, papers: list[Paper], extract: Callable[[list[Paper]], Iterable[PaperRecord]]) -> BuildSummary:
    """Under the store's lock: the new papers extracted and folded into the stored graph
    with the kept resolution (kg.resolve.incremental), when the store keeps one and no
    paper is stored with another text; otherwise the whole graph is derived (``_derive``).
    Papers stored with the same text are skipped, so an add run twice adds once."""
    with store.writer():
        resolver, todo, why = _kept_resolver(store, papers)
        if resolver is None:
            summary = _derive(store, papers, {}, extract)
            summary.note = why
            return summary
        before = store.stats()
        records = []
        for batch in _batches(extract(todo) if todo else (), KEEP_EVERY):
            records += batch
            if len(records) < len(todo):  # more to come: keep these ahead (the last go with the graph)
                store.keep_records(batch)
        records = [_with_paper(record, paper) for record, paper in zip(records, todo)]
        if records:
            added = added_graph(records, extend_resolution(resolver, records))
            store.append(added, records, dump_resolver(resolver, __version__))
        after = store.stats() if records else before
    return _summary(papers, len(records), before, after, mode="added")


def _kept_resolver(store: GraphStore, papers: list[Paper]):
    """(the kept resolver, the papers to add, None), or (None, None, why the whole graph is
    derived instead)."""
    if not store.can_append:
        return None, None, "this store derives the whole graph on every build"
    data = store.read_resolution()
    resolver = load_resolver(data, __version__) if data else None
    if resolver is None:
        return None, None, "no resolution kept with the stored graph (written by another kg or command)"
    stored = store.paper_titles()
    texts = store.paper_texts([p.id for p in papers if p.id in stored])
    todo = [p for p in papers if texts.get(p.id) != tuple(text or "" for text in _text(p))]
    titles = {normalise_title(title) for title in stored.values()} - {""}
    if any(p.id in stored or normalise_title(p.title) in titles for p in todo):
        return None, None, "some papers are stored already with another text or id"
    return resolver, todo, None


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _refuse_graph_without_records(stats: dict, stored: list[PaperRecord]) -> None:
    """A graph whose records are not stored (a Neo4j database filled by an older kg, or by
    ``merge_graph``) cannot be derived again: writing the derived graph would delete it."""
    if stats["papers"] and not stored:
        raise StoreError(f"the store holds {stats['papers']} papers but not the records they were built from "
                         "(an older kg, or merge_graph); build into an empty store, or clear this one first")


def build(inputs: Iterable[str | Path], store: GraphStore, fmt: str | None = None,
          progress: Progress = None, on_total: Callable[[int], None] | None = None,
          on_invalid: OnInvalid = None, on_empty: Callable[[Path], None] | None = None,
          jobs: int = 1, scheduler: str | None = None, add: bool = False) -> BuildSummary:
    """Read, extract what is new (in ``jobs`` processes, or on the Dask cluster at
    ``scheduler``: see ``extract_papers``), and derive the store's graph again
    from all its papers (``on_invalid``, ``on_empty``: see ``kg.ingest.read_papers``;
    ``on_total`` gets the number of papers to extract, ``progress`` each one done).
    ``add``: fold the new papers into the stored graph instead (``_append``)."""
    _check_route(jobs, scheduler)
    papers = read_papers(inputs, fmt, on_invalid, on_empty)

    def extract(todo: list[Paper]) -> Iterator[PaperRecord]:
        if on_total:
            on_total(len(todo))
        return extract_papers(todo, progress, jobs, scheduler)

    if add:
        return _append(store, papers, extract)
    return _derive(store, papers, {}, extract)


def load_records(path: Path, store: GraphStore) -> BuildSummary:
    """Build from a `kg extract` output file without extracting again: its records join the
    stored ones (a record of the same text replaces the stored extraction)."""
    records = read_records(path)
    if not records:
        raise InputError("no records in file", str(path))
    return _derive(store, [paper_of(r) for r in records], {_text(r): r for r in records}, None)
