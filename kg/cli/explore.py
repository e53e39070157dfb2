"""``kg show``, ``kg query ...`` and ``kg cypher``: the commands that read the graph.

Each calls one function of :mod:`kg.queries` (the same answers on both stores) and prints its
rows as a table, JSON or CSV (:mod:`kg.cli.output`).
"""

from __future__ import annotations

import click

from kg.cli.group import KgCommand, KgGroup
from kg.cli.options import output_options, store_options
from kg.cli.output import emit_json, emit_rows
from kg.queries import ENTITY_LABELS

__all__ = ["COMMANDS", "show", "query", "leaderboard", "datasets", "neighbors", "path", "similar", "top", "cypher"]

TYPE_CHOICE = click.Choice(ENTITY_LABELS)


@click.command(cls=KgCommand)
@click.argument("name")
@click.option("--type", "label", type=TYPE_CHOICE, help="Only entities of this type.")
@click.option("--limit", default=20, show_default=True, help="Rows per section.")
@output_options
@store_options
def show(name, label, limit, fmt, store):
    """Entity card: type, aliases, papers, linked entities and results.

    \b
    Example:
      kg show BERT
      kg show ImageNet --type Dataset --json
    """
    from kg.queries import entity_card
    card = entity_card(store, name, label, limit)
    if fmt == "json":
        emit_json(card)
        return
    entity = card["entity"]
    click.echo(f"{entity['name']}  [{entity['label']}]  key={entity['key']}  papers={entity['papers']}")
    if entity.get("aliases"):
        click.echo("aliases: " + ", ".join(entity["aliases"]))
    for other in entity["also"]:
        click.echo(f"(also a {other['label']} with this name: use --type {other['label']})")
    emit_rows(card["papers"], fmt, "papers", ["paper", "year", "title", "relations"], "none")
    emit_rows(card["links"], fmt, "linked entities", ["label", "name", "relation", "direction", "papers"], "none")
    emit_rows(card["results"], fmt, "results", ["method", "dataset", "metric", "value", "unit", "paper"], "none")


@click.group(cls=KgGroup)
def query():
    """Named traversals over the graph (same answers on both stores).

    \b
    Examples:
      kg query leaderboard SQuAD --metric F1
      kg query path BERT ImageNet
    """


@query.command()
@click.argument("dataset")
@click.option("--metric", help="Only results measured with this metric.")
@click.option("--limit", default=50, show_default=True)
@output_options
@store_options
def leaderboard(dataset, metric, limit, fmt, store):
    """Methods and models evaluated on DATASET (and its versions) with reported values.

    Rows come grouped by metric: absolute scores first, best first in the
    metric's direction (the direction column says whether higher or lower is
    better), ranked from 1 again for each metric; different metrics are never
    ranked together, and a score whose metric the paper does not name is listed
    unranked after them. Deltas (kind=delta: improvements over a baseline, such
    as "+1.8 points") follow, unranked. The method is the canonical name, the
    dataset column names the version, and each row carries its paper and the
    sentence that states it (evidence). In a terminal too narrow for the table,
    each row prints as a block of "field  value" lines.

    \b
    Example:
      kg query leaderboard "WMT 2014 English-German" --metric BLEU
    """
    from kg.queries import leaderboard as run
    emit_rows(run(store, dataset, metric, limit), fmt, f"leaderboard: {dataset}",
              ["rank", "metric", "direction", "method", "value", "unit", "kind", "dataset", "paper", "evidence"],
              "no results reported on this dataset")


@query.command()
@click.argument("task")
@click.option("--limit", default=20, show_default=True)
@output_options
@store_options
def datasets(task, limit, fmt, store):
    """Datasets used by papers about TASK, most used first.

    \b
    Example:
      kg query datasets "question answering"
    """
    from kg.queries import datasets_for_task
    emit_rows(datasets_for_task(store, task, limit), fmt, f"datasets for {task}", ["dataset", "papers", "key"])


@query.command()
@click.argument("name")
@click.option("--depth", default=1, show_default=True, help="Hops to follow.")
@click.option("--limit", default=200, show_default=True, help="Stop after this many nodes.")
@output_options
@store_options
def neighbors(name, depth, limit, fmt, store):
    """Nodes within DEPTH hops of NAME.

    \b
    Example:
      kg query neighbors Transformer --depth 2
    """
    from kg.queries import neighbors as run
    emit_rows(run(store, name, depth, limit), fmt, f"neighbours of {name}",
              ["depth", "label", "name", "relation", "source"])


@query.command()
@click.argument("source")
@click.argument("target")
@output_options
@store_options
def path(source, target, fmt, store):
    """A shortest path between two entities.

    \b
    Example:
      kg query path BERT SQuAD
    """
    from kg.queries import path as run
    emit_rows(run(store, source, target), fmt, f"{source} -> {target}", ["step", "via", "name", "key"],
              "not connected")


@query.command()
@click.argument("name")
@click.option("--limit", default=10, show_default=True)
@output_options
@store_options
def similar(name, limit, fmt, store):
    """Entities of the same kind mentioned together with NAME in the most papers.

    \b
    Example:
      kg query similar LoRA
    """
    from kg.queries import similar as run
    emit_rows(run(store, name, limit), fmt, f"similar to {name}", ["name", "shared", "key"])


@query.command()
@click.option("--by", type=click.Choice(["degree", "pagerank"]), default="degree", show_default=True)
@click.option("--type", "label", type=click.Choice([*ENTITY_LABELS, "Paper", "Result", "Repository"]))
@click.option("--limit", default=20, show_default=True)
@output_options
@store_options
def top(by, label, limit, fmt, store):
    """The most central nodes, by degree or PageRank.

    \b
    Example:
      kg query top --by pagerank --type Dataset
    """
    from kg.queries import top as run
    emit_rows(run(store, by, label, limit), fmt, f"top by {by}")


@click.command(cls=KgCommand)
@click.argument("statement")
@click.option("--write", is_flag=True, help="Allow the query to write (otherwise it runs read-only).")
@output_options
@store_options
def cypher(statement, write, fmt, store):
    """Run a Cypher query, read-only unless --write. Neo4j runs its Cypher; the embedded store
    (LadybugDB) runs Cypher with a few differences: shortest paths are written
    (a)-[* SHORTEST 1..8]-(b), a WITH's ORDER BY needs SKIP or LIMIT, labels(n) is one label.

    \b
    Example:
      kg cypher "MATCH (m:Method)-[:EVALUATED_ON]->(d:Dataset) RETURN m.name, d.name LIMIT 10"
    """
    emit_rows(store.cypher(statement, write=write), fmt)


COMMANDS = [show, query, cypher]
