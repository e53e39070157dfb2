"""``kg export html|graphml|json|csv``: the graph written out for a browser, other tools or
``neo4j-admin``.

Each reads the whole graph from the store and hands it to one writer of :mod:`kg.export`
(imported inside: pyvis and friends load only when a command runs).
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.group import KgGroup
from kg.cli.options import say, store_options

__all__ = ["COMMANDS", "export", "html", "graphml", "node_link_json", "neo4j_admin_csv"]


@click.group(cls=KgGroup)
def export():
    """Write the graph as an HTML view, GraphML, node-link JSON or neo4j-admin CSV.

    \b
    Example:
      kg export html -o graph.html --focus BERT --depth 2
    """


@export.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--focus", help="Centre the view on this entity.")
@click.option("--depth", default=2, show_default=True, help="Hops around --focus.")
@click.option("--types", help="Comma-separated labels to keep, e.g. Method,Dataset.")
@click.option("--min-degree", default=0, show_default=True, help="Drop nodes with fewer links.")
@click.option("--max-nodes", default=500, show_default=True, help="Keep the best-connected N nodes (0 = no cap).")
@click.option("--papers", is_flag=True,
              help="Draw papers too (by default entities only, linked by the papers they share).")
@click.option("--title", default="kg graph", show_default=True)
@store_options
def html(output, focus, depth, types, min_degree, max_nodes, papers, title, store):
    """An interactive, self-contained HTML view (works offline).

    By default the view draws entities only, the best connected first, linked by the
    papers that mention them together; it says what it left out.

    \b
    Examples:
      kg export html -o graph.html --types Method,Dataset,Task --max-nodes 300
      kg export html -o bert.html --focus BERT --depth 1 --papers
    """
    from kg.export.html import write_html
    write_html(store.read_graph(), output, title=title, focus=focus, depth=depth, types=types,
               min_degree=min_degree, max_nodes=max_nodes, papers=papers, report=say)
    say(f"wrote {output}")


@export.command()
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path))
@store_options
def graphml(output, store):
    """GraphML (lists as JSON text).

    \b
    Example:
      kg export graphml -o graph.graphml
    """
    _write("write_graphml", store, output)


@export.command("json")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path))
@store_options
def node_link_json(output, store):
    """networkx node-link JSON.

    \b
    Example:
      kg export json -o graph.json
    """
    _write("write_json", store, output)


@export.command("csv")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path))
@store_options
def neo4j_admin_csv(output, store):
    """A folder of CSV files for `neo4j-admin database import`.

    The graph and the records it was built from, so that later `kg build` runs can extend
    the imported database (`kg neo4j import` does all of it for kg's local server).

    \b
    Example:
      kg export csv -o graph-csv/
    """
    from kg.export.formats import write_csv
    write_csv(store.read_graph(), output, records=store.read_records())
    say(f"wrote {output}")


def _write(writer_name: str, store, output: Path) -> None:
    """The whole graph through one writer of :mod:`kg.export.formats`, then a note."""
    from kg.export import formats
    getattr(formats, writer_name)(store.read_graph(), output)
    say(f"wrote {output}")


COMMANDS = [export]
