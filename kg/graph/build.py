"""Records + resolution -> the property graph of DESIGN.md, every edge with provenance."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from collections.abc import Iterable

import networkx as nx

from kg.errors import SchemaError
from kg.records import PaperRecord, sentence_of
from kg.graph.model import merge_edge, merge_node, new_graph, node_id, set_degrees
from kg.resolve import Entity, Resolution, higher_is_better, resolve_records
from kg.resolve.normalise import squash

__all__ = ["build_graph", "derive_graph", "added_graph", "result_key", "mark_entities"]

_PAPER_RELATIONS = {"PROPOSES", "USES", "EVALUATES_ON"}


def result_key(paper_id: str, method: str | None, dataset: str, metric: str | None, value,
               kind: str = "absolute") -> str:
    """Content key of a Result: a score and a gain of the same number in one paper are two."""
    raw = "\x1f".join(str(part) for part in (paper_id, method or "", dataset, metric or "", value, kind))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _entity_node(graph: nx.MultiDiGraph, entity: Entity) -> str:
    """The entity's node, created on first use; its lists are filled once at the end
    (``_fill_entities``), since re-merging a hub's paper list per mention is quadratic."""
    nid = node_id(entity.label, entity.key)
    return nid if nid in graph else merge_node(graph, entity.label, entity.key, name=entity.name)


def _fill_entities(graph: nx.MultiDiGraph, entities: dict[tuple[str, str], Entity]) -> None:
    """Each entity node's lists and name from its entity (looked up by node, since an add's
    graph holds a few thousand of a resolver's 150,000 entities)."""
    for nid, attrs in graph.nodes(data=True):
        entity = entities.get((attrs["label"], nid.split(":", 1)[1]))
        if entity is not None:
            forms = {entity.key, entity.name, *entity.aliases}
            attrs.update(name=entity.name, aliases=sorted(entity.aliases), papers=sorted(entity.papers),
                         match_keys=sorted({squash(form) for form in forms} - {""}))


def _add_paper(graph: nx.MultiDiGraph, record: PaperRecord) -> str:
    pid = merge_node(graph, "Paper", record.id, id=record.id, name=record.title or record.id,
                     title=record.title, year=record.year, url=record.url, source=record.source,
                     abstract=record.abstract)
    for url in record.code_urls:
        repo = merge_node(graph, "Repository", url, name=url, url=url)
        merge_edge(graph, pid, "HAS_CODE", repo, papers=[record.id])
    return pid


def _add_mentions(graph, record: PaperRecord, entities: list[Entity], paper_node: str) -> None:
    for mention, entity in zip(record.entities, entities):
        if entity.worth_a_node():
            merge_edge(graph, paper_node, "MENTIONS", _entity_node(graph, entity),
                       papers=[record.id], evidence=[sentence_of(record, mention)])


def _entity(resolution: Resolution, paper_id: str, name: str | None, label: str) -> Entity | None:
    """The node entity a relation or result names, or None when it names none (nothing, or a
    generic phrase: "our method" gets no OF edge; the result keeps the text)."""
    if not name:
        return None
    found = resolution.in_paper(paper_id, name, label) or resolution.resolver.resolve(name, label, paper_id)
    return found if found.worth_a_node() else None


def _add_relations(graph, record: PaperRecord, resolution: Resolution, paper_node: str) -> None:
    for rel in record.relations:
        tail = _entity(resolution, record.id, rel.tail, rel.tail_type)
        if tail is None:
            continue
        if rel.type in _PAPER_RELATIONS:
            start = paper_node
        else:
            head = _entity(resolution, record.id, rel.head, rel.head_type)
            if head is None or head is tail:
                continue
            start = _entity_node(graph, head)
        _merge_allowed(graph, start, rel.type, _entity_node(graph, tail), record.id, rel.evidence)


def _merge_allowed(graph, start: str, rel_type: str, end: str, paper_id: str, evidence: str) -> None:
    """Relations whose endpoint types fall outside the schema (a Method that the resolver
    agreed is a Model, say) are dropped rather than stored with a wrong pattern."""
    try:
        merge_edge(graph, start, rel_type, end, papers=[paper_id], evidence=[evidence])
    except SchemaError:
        pass


def _add_results(graph, record: PaperRecord, resolution: Resolution, paper_node: str) -> None:
    for res in record.results:
        # a delta (unit "points": a gain over a baseline) keeps its number but is never ranked:
        # leaderboards rank kind "absolute" only and list deltas apart
        kind = "delta" if res.unit == "points" else (getattr(res, "kind", None) or "absolute")
        key = result_key(record.id, res.method, res.dataset, res.metric, res.value, kind)
        node = merge_node(graph, "Result", key, name=f"{res.metric or 'value'} {res.value}{res.unit}",
                          value=_as_number(res.value), unit=res.unit, raw=f"{res.value}{res.unit}", kind=kind,
                          method=res.method, dataset=res.dataset, metric=res.metric, paper=record.id,
                          evidence=res.evidence, higher_is_better=higher_is_better(res.metric))
        merge_edge(graph, paper_node, "REPORTS", node, papers=[record.id], evidence=[res.evidence])
        ends = {"OF": _entity(resolution, record.id, res.method, "Method"),
                "ON": _entity(resolution, record.id, res.dataset, "Dataset"),
                "MEASURED_BY": _entity(resolution, record.id, res.metric, "Metric")}
        for rel_type, entity in ends.items():
            if entity is not None:
                _merge_allowed(graph, node, rel_type, _entity_node(graph, entity), record.id, res.evidence)
        if ends["OF"] is not None and ends["OF"] not in resolution.mention_entities.get(record.id, []):
            # a variant named only in the result ("EfficientNet-B7"): the paper does mention it
            merge_edge(graph, paper_node, "MENTIONS", _entity_node(graph, ends["OF"]),
                       papers=[record.id], evidence=[res.evidence])
        if ends["OF"] is not None and ends["ON"] is not None:
            _merge_allowed(graph, _entity_node(graph, ends["OF"]), "EVALUATED_ON",
                           _entity_node(graph, ends["ON"]), record.id, res.evidence)


def _as_number(value) -> float | None:
    try:
        return float(str(value).replace(",", "").rstrip("%"))
    except ValueError:
        return None


def build_graph(records: Iterable[PaperRecord]) -> nx.MultiDiGraph:
    """The graph of a set of records: the same set gives the same graph, in whatever order
    it comes (records are taken by paper id, so first-seen choices such as the evidence
    kept on an edge never depend on input order)."""
    return derive_graph(records)[0]


def derive_graph(records: Iterable[PaperRecord]) -> tuple[nx.MultiDiGraph, Resolution]:
    """``build_graph``, and the resolution it was made with (kept by the store, so that
    ``kg build --add`` can continue it: kg.resolve.incremental)."""
    records = sorted(records, key=lambda record: record.id)
    resolution = resolve_records(records)
    graph = _papers_graph(records, resolution)
    _fill_entities(graph, resolution.resolver.entities)
    return set_degrees(graph), resolution


def added_graph(records: Iterable[PaperRecord], resolution: Resolution) -> nx.MultiDiGraph:
    """The part of the graph new papers bring (``resolution`` from
    ``kg.resolve.incremental.extend_resolution``): their papers, mentions, relations and
    results, and the entity nodes they touch with their updated lists and names. Degrees
    are the store's to count, since it holds the rest of each node's relationships."""
    graph = _papers_graph(sorted(records, key=lambda record: record.id), resolution)
    _fill_entities(graph, resolution.resolver.entities)
    return graph


def _papers_graph(records: list[PaperRecord], resolution: Resolution) -> nx.MultiDiGraph:
    graph = new_graph()
    for record in records:
        paper_node = _add_paper(graph, record)
        _add_mentions(graph, record, resolution.mention_entities[record.id], paper_node)
        _add_relations(graph, record, resolution, paper_node)
        _add_results(graph, record, resolution, paper_node)
    for variant, base in resolution.variants:
        if not (variant.worth_a_node() and base.worth_a_node()):
            continue
        merge_edge(graph, _entity_node(graph, variant), "VARIANT_OF", _entity_node(graph, base),
                   papers=sorted(variant.papers))
    return graph


def mark_entities(records: Iterable[PaperRecord]) -> list[PaperRecord]:
    """The records with each mention marked with what a graph of these records makes of it:
    the key of its node, or None for a generic phrase (`kg extract`'s ``entity`` field)."""
    records = list(records)
    resolution = resolve_records(sorted(records, key=lambda record: record.id))
    return [replace(record, entities=[replace(mention, entity=entity.node_id if entity.worth_a_node() else None)
                                      for mention, entity in zip(record.entities, resolution.mention_entities[record.id])])
            for record in records]
