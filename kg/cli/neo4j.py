"""``kg neo4j start|stop|status|fetch|import``: a local Neo4j Community server for kg.

Thin shell over :mod:`kg.store.neo4j_server`: parse options, call the library, print. The
``--neo4j-*`` options that other commands take are in :mod:`kg.cli.options` with the rest.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.group import KgGroup
from kg.store import check_neo4j_uri, open_store
from kg.store import neo4j_server as server

__all__ = ["COMMANDS", "neo4j", "open_neo4j_store"]

HOME_HELP = "Server folder: jars, data, logs, password (default ./.kg-cache/neo4j, or $KG_NEO4J_HOME)."


def _stderr(message: str) -> None:
    click.echo(message, err=True)


@click.group("neo4j", cls=KgGroup)
def neo4j():
    """Run a local Neo4j Community server for kg (fetched from Maven Central on first start).

    \b
    Example:
      kg neo4j start && kg build samples/papers.jsonl --neo4j-uri bolt://127.0.0.1:7687
    """


@neo4j.command()
@click.option("--port", type=click.IntRange(1, 65535), default=server.DEFAULT_PORT, show_default=True,
              envvar="KG_NEO4J_PORT", help="Bolt port on 127.0.0.1 (or $KG_NEO4J_PORT).")
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), envvar="KG_NEO4J_HOME", help=HOME_HELP)
@click.option("--timeout", type=float, default=180.0, show_default=True, help="Seconds to wait for Bolt.")
def start(port, home, timeout):
    """Start the local server and wait until it answers; a no-op if it already runs.

    The first start downloads Neo4j (about 120 MB) with Maven. The password is generated and
    kept in HOME/password (mode 0600); `kg neo4j status --show-password` prints it.

    \b
    Example:
      kg neo4j start --port 7688
    """
    info = server.start(home, port=port, timeout=timeout, progress=_stderr)
    click.echo(f"Neo4j {info.version} running at {info.uri} (pid {info.pid})")


@neo4j.command()
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), envvar="KG_NEO4J_HOME", help=HOME_HELP)
@click.option("--timeout", type=float, default=60.0, show_default=True,
              help="Seconds to wait for a clean shutdown before killing the JVM.")
def stop(home, timeout):
    """Stop the local server (clean shutdown; the JVM is killed if it does not exit in time).

    \b
    Example:
      kg neo4j stop
    """
    click.echo("Neo4j stopped" if server.stop(home, timeout=timeout) else "Neo4j was not running")


@neo4j.command()
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), envvar="KG_NEO4J_HOME", help=HOME_HELP)
@click.option("--show-password", is_flag=True, help="Also print the generated password.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def status(home, show_password, as_json):
    """Say whether the local server runs, and where: URI, pid, data folder, log. Exit code 1
    when it is not running.

    \b
    Example:
      kg neo4j status --show-password
    """
    info = server.status(home)
    if info is None:
        click.echo(json.dumps({"running": False}) if as_json else "Neo4j is not running")
        raise SystemExit(1)
    fields = {"running": True, "uri": info.uri, "user": info.user, "pid": info.pid, "port": info.port,
              "version": info.version, "home": str(info.home), "data_dir": str(info.data_dir),
              "log": str(info.log_file)}
    if show_password:
        fields["password"] = server.credentials(home)[1]
    if as_json:
        click.echo(json.dumps(fields, indent=2))
        return
    click.echo(f"Neo4j {info.version} running")
    for name in ("uri", "user", "password", "pid", "data_dir", "log"):
        if name in fields:
            click.echo(f"  {name + ':':10}{fields[name]}")


@neo4j.command()
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), envvar="KG_NEO4J_HOME", help=HOME_HELP)
def fetch(home):
    """Download the Neo4j jars with Maven without starting anything (for CI images, offline use).

    \b
    Example:
      kg neo4j fetch && ls .kg-cache/neo4j/jars
    """
    path = server.fetch_jars(home, progress=_stderr)
    click.echo(f"Neo4j {server.NEO4J_VERSION} jars in {path}")


@neo4j.command("import")
@click.argument("source", metavar="SOURCE")
@click.option("--overwrite", is_flag=True, help="Replace what the database holds (otherwise a database "
              "that holds anything is refused).")
@click.option("--port", type=click.IntRange(1, 65535), default=server.DEFAULT_PORT, show_default=True,
              envvar="KG_NEO4J_PORT", help="Bolt port if the server is not running (a running one keeps its port).")
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), envvar="KG_NEO4J_HOME", help=HOME_HELP)
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the CSV files in this new or empty folder (default: a temporary one, removed).")
@click.option("--timeout", type=float, default=180.0, show_default=True, help="Seconds to wait for Bolt.")
def import_(source, overwrite, port, home, csv_dir, timeout):
    """First load of a large graph into the local server with neo4j-admin's bulk import.

    SOURCE is a store (a folder, or a bolt:// URI) or a records file from `kg extract`. The
    graph and records are written as CSV, the local server is stopped, `neo4j-admin database
    import full` loads them, and the server is started again with kg's constraints and
    indexes. Later `kg build`/`kg load` runs add papers through the driver as usual.

    \b
    Examples:
      kg extract corpus.jsonl.gz -o records.jsonl && kg neo4j import records.jsonl
      kg neo4j import kg-data --overwrite
    """
    from kg.store.neo4j_import import bulk_import

    summary = bulk_import(source, home, port=port, overwrite=overwrite, csv_dir=csv_dir, timeout=timeout,
                          progress=_stderr)
    click.echo(f"imported {summary.papers} papers ({summary.nodes} nodes, {summary.relationships} relationships) "
               f"into Neo4j at {summary.uri} in {summary.seconds['total']:.1f} s "
               f"(neo4j-admin {summary.seconds['import']:.1f} s)")


def open_neo4j_store(uri: str, user: str | None = None, password: str | None = None):
    """A connected Neo4j store for ``uri``, refusing anything but a Neo4j URI (the logic,
    credentials included, is :func:`kg.store.open_store`'s)."""
    return open_store(check_neo4j_uri(uri), user=user, password=password)


COMMANDS = [neo4j]
