"""The read side of the CLI: show, query, cypher, export, plus train and neo4j.

Registered on the ``kg`` group by ``kg.cli``; kept apart so each module stays small.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli_output import emit_json, emit_rows
from kg.queries import ENTITY_LABELS

__all__ = ["register"]

TYPE_CHOICE = click.Choice(ENTITY_LABELS)


def register(main, store_options, output_options, say):
    """Attach the commands to ``main``; options come from kg.cli so they stay identical."""

    @main.command()
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

    @main.group()
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
        sentence that states it (evidence).

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

    @main.command()
    @click.argument("statement")
    @click.option("--write", is_flag=True, help="Run in a write transaction (Neo4j only).")
    @output_options
    @store_options
    def cypher(statement, write, fmt, store):
        """Run a Cypher query. Neo4j runs any Cypher (read-only unless --write); the embedded
        store runs grand-cypher's subset (MATCH/WHERE/RETURN, count, ORDER BY, LIMIT; no
        $parameters, OPTIONAL MATCH or collect()).

        \b
        Example:
          kg cypher "MATCH (m:Method)-[:EVALUATED_ON]->(d:Dataset) RETURN m.name, d.name LIMIT 10"
        """
        emit_rows(store.cypher(statement, write=write), fmt)

    _register_export(main, store_options, say)
    _register_extras(main, say)


def _register_export(main, store_options, say):
    @main.group()
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

    def file_export(fmt, writer_name, doc):
        @export.command(name=fmt, help=doc)
        @click.option("-o", "--output", required=True, type=click.Path(path_type=Path))
        @store_options
        def command(output, store):
            from kg.export import formats
            getattr(formats, writer_name)(store.read_graph(), output)
            say(f"wrote {output}")

    file_export("graphml", "write_graphml", "GraphML (lists as JSON text).\n\n\b\nExample:\n  kg export graphml -o graph.graphml")
    file_export("json", "write_json", "networkx node-link JSON.\n\n\b\nExample:\n  kg export json -o graph.json")
    file_export("csv", "write_csv", "A folder of CSV files for `neo4j-admin database import`.\n\n\b\n"
                "Example:\n  kg export csv -o graph-csv/")


def _register_extras(main, say):
    from kg.cli_neo4j import neo4j
    main.add_command(neo4j)

    @main.command()
    @click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
                  help="Folder to write the new pipeline to (replaced if it holds a model).")
    @click.option("--overwrite-installed", is_flag=True,
                  help="Write over the installed model (kg/extract/model) instead of -o DIR.")
    @click.option("--seed", default=0, show_default=True, help="Seed of the first NER member (the others: +1, +2, ...).")
    @click.option("--members", default=3, show_default=True, help="NER models trained with different seeds that vote.")
    @click.option("--jobs", type=int, default=None, help="Members trained at once (default: one per core).")
    def train(output, overwrite_installed, seed, members, jobs):
        """Re-train the extraction pipeline from the gold files (paths in training/config.toml:
        ../shared/data/gold, or $KG_SHARED). Needs a source checkout (the training/ folder).
        Deterministic: fixed seeds, data hashes in training-meta.json, version and sha256 in
        meta.json; about 14 min on two cores for the default three members.

        \b
        Example:
          kg train -o /tmp/kg-model
          kg train -o /tmp/kg-one --members 1
          kg train --overwrite-installed
        """
        import sys

        from kg.model import training_output, training_workbench
        output = training_output(output, overwrite_installed)
        meta = training_workbench().train(output, seed=seed, members=members, jobs=jobs, log=sys.stderr)
        for name, scores in meta.get("validation_scores", {}).items():
            micro = scores["strict"]["micro"]
            say(f"{name} validation part: strict micro F1 {100 * micro['f1']:.1f}" if isinstance(micro, dict)
                else f"{name} validation part: {micro}")
        say(f"wrote pipeline to {output}")
