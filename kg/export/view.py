"""Choosing the part of the graph that an interactive view draws.

A browser stays responsive with a few hundred nodes, not with the tens of thousands a large
corpus gives, so every drawing goes through :func:`select_view` first: a neighbourhood of one
entity, a subset of types, no leaves, and a hard cap on the node count. Each step is
deterministic (ties broken by node id) so the same options always draw the same graph.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.errors import QueryError
from kg.schema import load_schema

__all__ = ["DEFAULT_DEPTH", "DEFAULT_MAX_NODES", "CO_MENTIONED", "find_node", "parse_types", "select_view",
           "left_out_note"]

DEFAULT_DEPTH = 2
DEFAULT_MAX_NODES = 500
_MAX_CANDIDATES = 10
# Without papers, entities are linked by the papers they share: the view's own edge type,
# never stored. Each entity keeps its strongest few, so a large graph stays readable.
CO_MENTIONED = "CO_MENTIONED"
_CO_MENTION_LINKS = 5


def _fold(text) -> str:
    return " ".join(str(text).split()).casefold()


def _describe(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> str:
    """Name candidates the way a user can pass them back (node ids are unambiguous)."""
    shown = sorted(nodes)[:_MAX_CANDIDATES]
    text = ", ".join(f"{graph.nodes[n].get('name') or n} ({n})" for n in shown)
    return text if len(shown) == len(set(nodes)) else text + ", ..."


def _other_names(node, attrs: dict) -> set[str]:
    """Aliases, the key, the id without its ``Label:`` prefix and a Paper's own id."""
    raw_key = str(node).split(":", 1)[-1]
    forms = [*(attrs.get("aliases") or ()), attrs.get("key", ""), raw_key, attrs.get("id", "")]
    return {_fold(form) for form in forms if form}


def _squashed(name: str) -> str:
    # Imported late: only needed when plain matching failed.
    from kg.resolve.normalise import squash
    return squash(name)


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The one node ``name`` stands for: its node id, else its name, else an alias or key,
    else a spelling variant (the resolver's ``match_keys``: "resnet50" finds "ResNet-50").

    Matching is case-insensitive and tiered so that an exact name beats an alias of another
    node; a tie inside the best tier is ambiguous and, like no match at all, raises a
    :class:`QueryError` that names the candidates (their ids can be passed back as is).
    """
    if name in graph:
        return name
    wanted = _fold(name)
    if not wanted:
        raise QueryError("empty focus name")
    by_name, by_alias, partial = [], [], []
    for node, attrs in graph.nodes(data=True):
        names, others = {_fold(attrs.get("name", ""))}, _other_names(node, attrs)
        if wanted in names:
            by_name.append(node)
        elif wanted in others:
            by_alias.append(node)
        elif any(wanted in text for text in names | others):
            partial.append(node)
    squashed = _squashed(name) if not (by_name or by_alias) else None
    by_variant = [n for n, keys in graph.nodes(data="match_keys") if squashed and squashed in (keys or ())]
    for tier in (by_name, by_alias, by_variant):
        if len(tier) == 1:
            return tier[0]
        if tier:
            raise QueryError(f"{name!r} is ambiguous; pass one of: {_describe(graph, tier)}")
    hint = f"; did you mean: {_describe(graph, partial)}" if partial else ""
    raise QueryError(f"no node named {name!r} in the graph{hint}")


def parse_types(types) -> set[str] | None:
    """Schema labels from a set, a list or a comma-separated string, case-insensitively.

    The CLI hands over ``--types method,dataset`` as typed (or once per ``--types``); a label
    outside the schema is an error rather than an empty drawing, so typos are caught.
    """
    if types is None:
        return None
    if isinstance(types, str):
        types = [types]
    labels = {label.casefold(): label for label in load_schema().labels}
    chosen = set()
    for item in (part.strip() for entry in types for part in str(entry).split(",")):
        if not item:
            continue
        if item.casefold() not in labels:
            raise QueryError(f"unknown type {item!r}; allowed: {', '.join(labels.values())}")
        chosen.add(labels[item.casefold()])
    return chosen or None


def _check_int(name: str, value, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise QueryError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return value


def _degrees(graph: nx.MultiDiGraph, nodes: set[str]) -> dict[str, int]:
    """Degrees inside the view, i.e. counting only the edges that would be drawn."""
    sub = graph.subgraph(nodes)
    return {node: sub.degree(node) for node in nodes}


def _prune(graph: nx.MultiDiGraph, nodes: set[str], min_degree: int, keep: str | None) -> set[str]:
    """Drop nodes with fewer than ``min_degree`` edges in the view until none is left (a
    k-core that spares ``keep``): one pass would leave nodes orphaned by their neighbours."""
    while True:
        degree = _degrees(graph, nodes)
        weak = {n for n in nodes if n != keep and degree[n] < min_degree}
        if not weak:
            return nodes
        nodes = nodes - weak


def _cap(degree: dict[str, int], nodes: set[str], max_nodes: int, keep: str | None) -> set[str]:
    """The ``max_nodes`` best connected nodes; ``keep`` (the focus) always among them."""
    ranked = sorted(nodes - {keep}, key=lambda n: (-degree[n], n))
    room = max_nodes - (keep is not None)
    return set(ranked[:room]) | ({keep} if keep is not None else set())


def _entities_only(graph: nx.MultiDiGraph, nodes: set[str], keep: str | None) -> set[str]:
    entity_labels = set(load_schema().entity_labels)
    return {n for n in nodes if n == keep or graph.nodes[n].get("label") in entity_labels}


def _add_co_mentions(graph: nx.MultiDiGraph, view: nx.MultiDiGraph) -> None:
    """Link the view's entities that papers mention together (papers are not drawn), each
    entity keeping its ``_CO_MENTION_LINKS`` strongest links (ties by id)."""
    shared: dict[tuple[str, str], list[str]] = {}
    for paper, label in graph.nodes(data="label"):
        if label != "Paper":
            continue
        named = sorted({m for _, m, k in graph.out_edges(paper, keys=True) if k == "MENTIONS" and m in view})
        for i, a in enumerate(named):
            for b in named[i + 1:]:
                shared.setdefault((a, b), []).append(paper)
    ranked = sorted(shared.items(), key=lambda item: (-len(item[1]), item[0]))
    links: dict[str, int] = {}
    for (a, b), papers in ranked:
        if links.get(a, 0) < _CO_MENTION_LINKS and links.get(b, 0) < _CO_MENTION_LINKS:
            ids = sorted(graph.nodes[p].get("id") or p for p in papers)
            view.add_edge(a, b, key=CO_MENTIONED, type=CO_MENTIONED, papers=ids, count=len(ids), evidence=[])
            links[a], links[b] = links.get(a, 0) + 1, links.get(b, 0) + 1


def left_out_note(view: nx.MultiDiGraph) -> str:
    """What the view did not draw, in a line a command can print."""
    out = view.graph.get("left_out") or {}
    drawn, total = view.number_of_nodes(), out.get("total", view.number_of_nodes())
    parts = [f"drew {drawn} of {total} nodes"]
    if out.get("papers"):
        parts.append(f"{out['papers']} papers hidden (--papers draws them)")
    if out.get("capped"):
        parts.append(f"{out['capped']} less connected nodes left out (--max-nodes, --focus, --types)")
    return "; ".join(parts)


def select_view(graph: nx.MultiDiGraph, focus: str | None = None, depth: int | None = DEFAULT_DEPTH,
                types=None, min_degree: int | None = 0,
                max_nodes: int | None = DEFAULT_MAX_NODES, papers: bool = False) -> nx.MultiDiGraph:
    """The subgraph to draw, as a copy of ``graph`` restricted to the chosen nodes.

    Steps, in order: the undirected ``depth``-hop neighbourhood of ``focus``; only nodes whose
    label is in ``types``; no node with fewer than ``min_degree`` edges inside the view
    (repeated until every node left has enough); at most ``max_nodes`` nodes, the highest-degree ones (ties by id). The
    focus node survives every step. ``None`` means the default depth, no degree floor and no
    cap; ``max_nodes=0`` is no cap too (``--max-nodes 0`` on the command line). The focus
    node's id is kept in ``view.graph["focus"]`` (``None`` without a focus) for the drawing.

    Unless ``papers`` (or ``types``) asks for them, only entities are drawn, ranked by their
    connections in the whole graph, and linked by the papers they share (``CO_MENTIONED``):
    a corpus-wide view of papers and their mentions is a hairball. ``view.graph["left_out"]``
    counts what was not drawn (``left_out_note`` says it in words).
    """
    depth = _check_int("depth", DEFAULT_DEPTH if depth is None else depth, 0)
    min_degree = _check_int("min_degree", min_degree or 0, 0)
    max_nodes = _check_int("max_nodes", max_nodes or 0, 0) or None
    labels = parse_types(types)
    keep = find_node(graph, focus) if focus is not None else None
    if keep is not None:
        # An undirected *view*: ego_graph(undirected=True) would copy the whole graph.
        around = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), keep, cutoff=depth)
        nodes = set(around)
    else:
        nodes = set(graph)
    entities_only = labels is None and not papers
    if labels is not None:
        nodes = {n for n in nodes if n == keep or graph.nodes[n].get("label") in labels}
    elif entities_only:
        nodes = _entities_only(graph, nodes, keep)
    if min_degree:
        nodes = _prune(graph, nodes, min_degree, keep)
    chosen = nodes
    if max_nodes is not None and len(nodes) > max_nodes:
        # without papers drawn, an entity's connections are those of the whole graph
        degree = {n: graph.degree(n) for n in nodes} if entities_only else _degrees(graph, nodes)
        chosen = _cap(degree, nodes, max_nodes, keep)
    view = graph.subgraph(chosen).copy()
    if entities_only:
        _add_co_mentions(graph, view)
    hidden_papers = sum(1 for n, label in graph.nodes(data="label") if label == "Paper" and n not in view)
    view.graph.update(focus=keep, left_out={"total": graph.number_of_nodes(), "capped": len(nodes) - len(chosen),
                                           "papers": hidden_papers if entities_only else 0})
    return view
