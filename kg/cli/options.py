"""What every kg command shares: the store and output options, -j, --scheduler and --skip-invalid,
and how notes reach stderr (progress bars, skipped records and files) under -q/-v.

One module so that an option means the same, with the same help, wherever it appears; the
commands only declare which ones they take.
"""

from __future__ import annotations

import contextlib
import functools

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.cli.output import err_console

__all__ = ["STORE_HELP", "JOBS", "SKIP_INVALID", "scheduler_option", "store_options", "neo4j_options",
           "output_options", "quiet", "verbose", "say", "run_with_progress", "invalid_records", "report_skipped_files",
           "warn_empty"]

STORE_HELP = ("Where the graph is: a folder (the embedded store; default ./kg-data, or $KG_STORE) or a Neo4j "
              "URI (bolt://HOST:7687, neo4j://, bolt+s://, neo4j+s://).")

JOBS = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
    help="Extract in this many processes (one core each; each loads its own copy of the pipeline).")

SKIP_INVALID = click.option(
    "--skip-invalid", is_flag=True,
    help="Skip malformed JSONL lines and CSV rows (each is named on stderr, file:line) instead of stopping "
         "at the first one.")


# -- options ----------------------------------------------------------------------------------

def store_options(func=None, *, must_exist: bool = True):
    """--store PATH|URI (and the older --neo4j-* options); opens the store through
    ``kg.store.open_store``, the one factory. Reading commands need an embedded store to exist
    (a mistyped path is an error, not an empty graph); ``must_exist=False`` for the commands
    that create it."""
    def decorate(func):
        @click.option("--store", "store_spec", metavar="PATH|URI", envvar="KG_STORE", default="kg-data",
                      show_default=True, help=STORE_HELP)
        @neo4j_options
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


def neo4j_options(func):
    """Add ``--neo4j-uri/--neo4j-user/--neo4j-password`` (or ``NEO4J_URI``/``NEO4J_USER``/
    ``NEO4J_PASSWORD``); the command receives ``neo4j_uri``, ``neo4j_user``, ``neo4j_password``.
    ``kg.store.open_store`` resolves the credentials (the local server's password when none is given)."""
    @click.option("--neo4j-uri", envvar="NEO4J_URI", metavar="URI",
                  help="Use Neo4j instead of the embedded store: bolt://, neo4j://, +s, +ssc "
                       "(or $NEO4J_URI). Example: bolt://127.0.0.1:7687")
    @click.option("--neo4j-user", envvar="NEO4J_USER", default="neo4j", show_default=True,
                  help="Neo4j user (or $NEO4J_USER).")
    @click.option("--neo4j-password", envvar="NEO4J_PASSWORD", metavar="PASSWORD",
                  help="Neo4j password (or $NEO4J_PASSWORD); for the server `kg neo4j start` "
                       "runs, its generated password is used when this is not given.")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


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


def scheduler_option(func):
    """--scheduler ADDRESS (for a command that also takes -j): -j N and --scheduler both choose
    where extraction runs, so giving both is a usage error, raised before the store is opened."""
    @click.option("--scheduler", metavar="ADDRESS",
                  help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786; start its "
                       "workers with `dask worker ADDRESS --nthreads 1`), or on local:N, N worker processes "
                       "started here. Not with -j.")
    @functools.wraps(func)
    def wrapper(*args, jobs: int = 1, scheduler: str | None = None, **kwargs):
        if scheduler and jobs > 1:
            raise click.UsageError("-j/--jobs and --scheduler exclude each other: the cluster's workers are the "
                                   "jobs (use --scheduler local:N for N processes on this machine)")
        return func(*args, jobs=jobs, scheduler=scheduler, **kwargs)
    return wrapper


# -- what reaches stderr ----------------------------------------------------------------------

def _root_obj() -> dict:
    return click.get_current_context().find_root().obj or {}


def quiet() -> bool:
    """-q given (before or after the command)."""
    return bool(_root_obj().get("quiet", False))


def verbose() -> bool:
    """-v given and not -q."""
    return bool(_root_obj().get("verbose"))


def say(message: str) -> None:
    """A note on stderr, unless -q."""
    if not quiet():
        err_console.print(message, markup=False, highlight=False, soft_wrap=True)


def run_with_progress(label: str, work):
    """``work(step, set_total)`` under a progress bar on stderr; the bar is silent under -q or
    when stderr is not a terminal."""
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=err_console, disable=quiet(), transient=True)
    with bar:
        task = bar.add_task(label, total=None)
        return work(lambda n: bar.advance(task, n), lambda total: bar.update(task, total=total))


@contextlib.contextmanager
def invalid_records(skip: bool):
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


def report_skipped_files(inputs) -> None:
    """Files in the given folders that are not read (other suffixes): a count, -v lists them."""
    from kg.ingest import skipped_files
    skipped = skipped_files(inputs)
    if not skipped:
        return
    if verbose():
        for path in skipped:
            say(f"skipped file {path}")
    noun = "file" if len(skipped) == 1 else "files"
    say(f"skipped {len(skipped)} {noun} in the input folders: not .txt, .jsonl, .json, .ndjson or .csv "
        "(nor those gzipped)" + ("" if verbose() else " (-v lists them)"))


def warn_empty(path) -> None:
    """``on_empty`` of the readers: an input with no papers is worth a line even under -q."""
    err_console.print(f"warning: {path}: no papers found in it", markup=False, highlight=False, soft_wrap=True)
