"""``kg extract``, ``kg build``, ``kg load``, ``kg stats`` and ``kg migrate``: the commands
that put papers into a store, the one that counts what is there, and the one that converts
an older kg's JSON store.

Each parses options, calls one function of :mod:`kg.pipeline` (imported inside, so ``kg --help``
does not load spaCy) and prints a one-line summary on stderr.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.group import KgCommand
from kg.cli.options import (JOBS, SKIP_INVALID, invalid_records, report_skipped_files, run_with_progress, say,
                            scheduler_option, store_options, verbose, warn_empty)
from kg.cli.output import emit_json, emit_rows
from kg.ingest import FORMATS

__all__ = ["COMMANDS", "extract", "build", "load", "stats", "migrate"]


@click.command(cls=KgCommand)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Records file to write (JSON lines).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Input format (default: detected per file).")
@SKIP_INVALID
@JOBS
@scheduler_option
def extract(inputs, output, fmt, skip_invalid, jobs, scheduler):
    """Extract entities, results and relations into a records file (one JSON object per paper).

    \b
    Examples:
      kg extract ../shared/data/gold/scirex-dev.jsonl -o records.jsonl
      kg extract arxiv-metadata.json -o records.jsonl --skip-invalid -j 2
      kg extract arxiv-2025.jsonl.gz -o records.jsonl --scheduler tcp://10.0.0.5:8786
    """
    from kg.pipeline import extract_files
    report_skipped_files(inputs)
    with invalid_records(skip_invalid) as on_invalid:
        count = run_with_progress("extracting", lambda step, total: extract_files(
            inputs, output, fmt, progress=step, on_total=total, on_invalid=on_invalid, on_empty=warn_empty,
            jobs=jobs, scheduler=scheduler))
    say(f"wrote {count} records to {output}")


@click.command(cls=KgCommand)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Input format (default: detected per file).")
@SKIP_INVALID
@JOBS
@scheduler_option
@click.option("--add", is_flag=True,
              help="Fold new papers into the stored graph (quick) instead of deriving it again; see above.")
@store_options(must_exist=False)
def build(inputs, fmt, skip_invalid, jobs, scheduler, add, store):
    """Build (or extend) the graph from files or folders of abstracts.

    The graph is derived from every paper the store holds plus the new ones: building the
    same input again changes nothing, and input A then B gives the same graph as B then A,
    or A and B together. Papers already stored with the same text are not extracted again.

    With --add, new papers are folded into the embedded store's graph in a fraction of a
    build: their mentions join the stored entities, whose paper lists and names are updated,
    but what the stored papers decided (an entity's type, merges) is not voted again. A
    build without --add re-derives everything. When a paper is stored already, the store is
    Neo4j, or the store was last written by another command, --add builds in full and says so.

    \b
    Examples:
      kg build ../shared/corpus/hf-daily-papers
      kg build samples/papers.jsonl --store my-graph
      kg build samples/papers.jsonl --store bolt://127.0.0.1:7687
      kg build arxiv-2025.jsonl.gz -j 2
      kg build arxiv-2025.jsonl.gz --scheduler local:2
      kg build new-papers.jsonl --add
    """
    from kg.pipeline import build as build_graph
    report_skipped_files(inputs)
    with invalid_records(skip_invalid) as on_invalid:
        summary = run_with_progress("extracting", lambda step, total: build_graph(
            inputs, store, fmt, progress=step, on_total=total, on_invalid=on_invalid, on_empty=warn_empty,
            jobs=jobs, scheduler=scheduler, add=add))
    if add and summary.note:
        say(f"--add: derived the whole graph instead ({summary.note})")
    _summary(summary, store)


@click.command(cls=KgCommand)
@click.argument("records", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_options(must_exist=False)
def load(records, store):
    """Load a records file written by `kg extract` into the store, without extracting again.

    \b
    Example:
      kg extract papers.jsonl -o records.jsonl && kg load records.jsonl
    """
    from kg.pipeline import load_records
    _summary(load_records(records, store), store)


@click.command(cls=KgCommand)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_options
def stats(as_json, store):
    """Count papers, entities per type and relationships per type.

    \b
    Example:
      kg stats --json
    """
    counts = store.stats()
    if as_json:
        emit_json(counts)
        return
    emit_rows([{"label": k, "nodes": v} for k, v in counts["nodes"].items()], title=f"{counts['papers']} papers")
    emit_rows([{"type": k, "relationships": v} for k, v in counts["relationships"].items()])


@click.command(cls=KgCommand)
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
def migrate(directory):
    """Bring a store folder written by an older kg up to date.

    A JSON store (graph.json) is copied into DIRECTORY/graph.lbug, the counts compared, and
    graph.json kept as graph.json.migrated (delete it when you are satisfied). A LadybugDB
    store that lacks columns of today's schema gets them, and its graph is written again.

    \b
    Example:
      kg migrate kg-data
    """
    from kg.store.migrate import migrate as run_migration
    done, counts = run_migration(directory)
    if done == "current":
        say(f"{directory}: up to date, nothing to migrate")
        return
    totals = (f"{counts['papers']} papers, {sum(counts['nodes'].values())} nodes, "
              f"{sum(counts['relationships'].values())} relationships")
    if done == "converted":
        say(f"{directory}: migrated {totals} to LadybugDB (graph.lbug); the old graph.json is kept as "
            "graph.json.migrated")
    else:
        say(f"{directory}: upgraded to this kg's schema ({totals})")


def _summary(summary, store) -> None:
    """What a build or load changed, on stderr; -v adds the counts per label and type."""
    say(f"{summary.papers} papers ({summary.extracted} new or changed) -> {_where(store)}: "
        f"nodes {summary.nodes_before} -> {summary.nodes_after}, "
        f"relationships {summary.relationships_before} -> {summary.relationships_after}")
    if verbose():
        counts = summary.counts
        say("nodes: " + ", ".join(f"{k} {v}" for k, v in counts["nodes"].items()))
        say("relationships: " + ", ".join(f"{k} {v}" for k, v in counts["relationships"].items()))


def _where(store) -> str:
    return str(getattr(store, "directory", None) or getattr(store, "uri", "neo4j"))


COMMANDS = [extract, build, load, stats, migrate]
