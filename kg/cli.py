"""The ``kg`` command line: each command parses options, calls one library function, prints.

The only error boundary is ``KgGroup``: the library's own exceptions (``kg.errors``) become
one-line ``click.ClickException`` messages with a non-zero exit code, never tracebacks.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg import __version__
from kg.cli_output import emit_json, emit_rows, err_console
from kg.cli_group import KgGroup, set_verbosity
from kg.ingest import FORMATS

__all__ = ["main"]

STORE_HELP = ("Where the graph is: a folder (the embedded store; default ./kg-data, or $KG_STORE) or a Neo4j "
              "URI (bolt://HOST:7687, neo4j://, bolt+s://, neo4j+s://).")


def _neo4j_options(func):
    from kg.cli_neo4j import neo4j_options
    return neo4j_options(func)


def store_options(func=None, *, must_exist: bool = True):
    """--store PATH|URI (and the older --neo4j-* options); opens the store through
    ``kg.store.open_store``, the one factory. Reading commands need an embedded store to exist
    (a mistyped path is an error, not an empty graph); ``must_exist=False`` for the commands
    that create it."""
    def decorate(func):
        @click.option("--store", "store_spec", metavar="PATH|URI", envvar="KG_STORE", default="kg-data",
                      show_default=True, help=STORE_HELP)
        @_neo4j_options
        @functools.wraps(func)
        def wrapper(*args, store_spec, neo4j_uri, neo4j_user, neo4j_password, **kwargs):
            from kg.store import open_store, store_spec as spec_of
            kwargs["store"] = open_store(spec_of(store_spec, neo4j_uri), user=neo4j_user, password=neo4j_password,
                                         must_exist=must_exist)
            try:
                return func(*args, **kwargs)
            finally:
                kwargs["store"].close()
        return wrapper
    return decorate(func) if func is not None else decorate


def output_options(func):
    """--json / --csv (a table when neither); both at once is a usage error, not a silent pick."""
    @click.option("--json", "as_json", is_flag=True, help="Print JSON (not with --csv).")
    @click.option("--csv", "as_csv", is_flag=True, help="Print CSV (not with --json).")
    @functools.wraps(func)
    def wrapper(*args, as_json=False, as_csv=False, **kwargs):
        if as_json and as_csv:
            raise click.UsageError("--json and --csv exclude each other; give one")
        return func(*args, fmt="json" if as_json else "csv" if as_csv else "table", **kwargs)
    return wrapper


def _progress(description: str):
    """A progress bar on stderr, silent under --quiet or when stderr is not a terminal."""
    quiet = click.get_current_context().find_root().obj.get("quiet", False)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err_console, disable=quiet, transient=True), description


def _say(message: str) -> None:
    if not click.get_current_context().find_root().obj.get("quiet", False):
        err_console.print(message, markup=False, highlight=False, soft_wrap=True)


def _print_version(ctx, _param, value) -> None:
    """kg's version and the shipped model's version and checksum, verified against its files
    (reads meta.json and hashes the files; spaCy is not loaded)."""
    if not value or ctx.resilient_parsing:
        return
    from kg.model import describe_model, model_info
    click.echo(f"kg, version {__version__} ({describe_model(model_info())})")
    ctx.exit()


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show kg's version and the model's version and checksum, and exit.")
@click.option("-q", "--quiet", is_flag=True,
              help="Print results only: no progress, no notes (also accepted after the command).")
@click.option("-v", "--verbose", is_flag=True,
              help="Say more about what is happening, e.g. list skipped files (also accepted after the command).")
@click.pass_context
def main(ctx, quiet, verbose):
    """kg: build a knowledge graph of methods, models, datasets, metrics, tasks and results
    from paper abstracts, then query, explore and export it.

    \b
    Example:
      kg build samples/papers.jsonl && kg export html -o graph.html
    """
    ctx.obj = {}
    set_verbosity(ctx, quiet, verbose)


JOBS = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
    help="Extract in this many processes (one core each; each loads its own copy of the pipeline).")

SKIP_INVALID = click.option(
    "--skip-invalid", is_flag=True,
    help="Skip malformed JSONL lines and CSV rows (each is named on stderr, file:line) instead of stopping "
         "at the first one.")


@contextlib.contextmanager
def _invalid_records(skip: bool):
    """``on_invalid`` for the readers: every skipped record is printed (even under --quiet,
    since it is data left out) and counted; None when not skipping, so the first one stops."""
    skipped = []

    def report(error):
        skipped.append(error)
        err_console.print(f"skipped {error}", markup=False, highlight=False, soft_wrap=True)

    yield report if skip else None
    if skipped:
        noun = "record" if len(skipped) == 1 else "records"
        err_console.print(f"skipped {len(skipped)} invalid {noun} (listed above)", markup=False, highlight=False)


def _verbose() -> bool:
    return bool(click.get_current_context().find_root().obj.get("verbose"))


def _report_skipped_files(inputs) -> None:
    """Files in the given folders that are not read (other suffixes): a count, -v lists them."""
    from kg.ingest import skipped_files
    skipped = skipped_files(inputs)
    if not skipped:
        return
    if _verbose():
        for path in skipped:
            _say(f"skipped file {path}")
    noun = "file" if len(skipped) == 1 else "files"
    _say(f"skipped {len(skipped)} {noun} in the input folders: not .txt, .jsonl, .json, .ndjson or .csv "
         "(nor those gzipped)" + ("" if _verbose() else " (-v lists them)"))


def _warn_empty(path) -> None:
    """``on_empty`` of the readers: an input with no papers is worth a line even under -q."""
    err_console.print(f"warning: {path}: no papers found in it", markup=False, highlight=False, soft_wrap=True)


def _run_with_progress(label: str, work):
    bar, description = _progress(label)
    with bar:
        task = bar.add_task(description, total=None)
        return work(lambda n: bar.advance(task, n), lambda total: bar.update(task, total=total))


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Records file to write (JSON lines).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Input format (default: detected per file).")
@SKIP_INVALID
@JOBS
def extract(inputs, output, fmt, skip_invalid, jobs):
    """Extract entities, results and relations into a records file (one JSON object per paper).

    \b
    Examples:
      kg extract ../shared/data/gold/scirex-dev.jsonl -o records.jsonl
      kg extract arxiv-metadata.json -o records.jsonl --skip-invalid -j 2
    """
    from kg.pipeline import extract_files
    _report_skipped_files(inputs)
    with _invalid_records(skip_invalid) as on_invalid:
        count = _run_with_progress("extracting", lambda step, total: extract_files(
            inputs, output, fmt, progress=step, on_total=total, on_invalid=on_invalid, on_empty=_warn_empty,
            jobs=jobs))
    _say(f"wrote {count} records to {output}")


def _summary(summary, store) -> None:
    _say(f"{summary.papers} papers ({summary.extracted} new or changed) -> {_where(store)}: "
         f"nodes {summary.nodes_before} -> {summary.nodes_after}, "
         f"relationships {summary.relationships_before} -> {summary.relationships_after}")
    if _verbose():
        counts = summary.counts
        _say("nodes: " + ", ".join(f"{k} {v}" for k, v in counts["nodes"].items()))
        _say("relationships: " + ", ".join(f"{k} {v}" for k, v in counts["relationships"].items()))


def _where(store) -> str:
    return str(getattr(store, "directory", None) or getattr(store, "uri", "neo4j"))


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Input format (default: detected per file).")
@SKIP_INVALID
@JOBS
@store_options(must_exist=False)
def build(inputs, fmt, skip_invalid, jobs, store):
    """Build (or extend) the graph from files or folders of abstracts.

    The graph is derived from every paper the store holds plus the new ones: building the
    same input again changes nothing, and input A then B gives the same graph as B then A,
    or A and B together. Papers already stored with the same text are not extracted again.

    \b
    Examples:
      kg build ../shared/corpus/hf-daily-papers
      kg build samples/papers.jsonl --store my-graph
      kg build samples/papers.jsonl --store bolt://127.0.0.1:7687
      kg build arxiv-2025.jsonl.gz -j 2
    """
    from kg.pipeline import build as build_graph
    _report_skipped_files(inputs)
    with _invalid_records(skip_invalid) as on_invalid:
        summary = _run_with_progress("extracting", lambda step, total: build_graph(
            inputs, store, fmt, progress=step, on_total=total, on_invalid=on_invalid, on_empty=_warn_empty,
            jobs=jobs))
    _summary(summary, store)


@main.command()
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


@main.command()
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


from kg.cli_commands import register  # noqa: E402  (query, show, cypher, export, train)

register(main, store_options, output_options, _say)
