"""`kg build --add`: new papers folded into the embedded store's graph with the kept resolution
(kg.resolve.incremental, kg.store.ladybug_append), on real LadybugDB; the records are made by
hand (tests/conftest.py), so no spaCy runs here."""

from __future__ import annotations

import pickle
from dataclasses import replace

from kg.graph.build import build_graph
from kg.pipeline import _append, _derive, paper_of
from kg.records import Relation, Result
from kg.resolve.incremental import dump_resolver, load_resolver
from kg.resolve.resolver import Resolver
from kg.store.ladybug_append import RESOLUTION_FILE
from kg.store.ladybug_store import LadybugStore
from tests.conftest import make_record


def _build(store, records):
    return _derive(store, [paper_of(r) for r in records], {(r.title, r.abstract): r for r in records}, None)


def _add(store, records):
    """``kg build --add`` of ``records``' papers, each "extracted" as its record."""
    by_id = {r.id: r for r in records}
    return _append(store, [paper_of(r) for r in records], lambda papers: iter([by_id[p.id] for p in papers]))


def _contents(graph):
    return sorted(graph.nodes(data=True)), sorted(graph.edges(keys=True, data=True))


def _more_records():
    """Two papers that use the toy papers' entities (BERT bare, SQuAD v1.1, F1) and a new one."""
    a4 = "We distil BERT into TinyBERT, which reaches 90.1 F1 on SQuAD v1.1 and beats RoBERTa."
    a5 = "Vision Transformers (ViT) reach 88.5% top-1 accuracy on ImageNet."
    return [
        make_record("p4", "TinyBERT", a4, [("BERT", "Model"), ("TinyBERT", "Model"), ("F1", "Metric"),
                                           ("SQuAD v1.1", "Dataset"), ("RoBERTa", "Model")],
                    results=[Result("TinyBERT", "SQuAD v1.1", "F1", "90.1", "", a4)],
                    relations=[Relation("OUTPERFORMS", "TinyBERT", "Model", "RoBERTa", "Model", a4)], year=2020),
        make_record("p5", "ViT", a5, [("Vision Transformers", "Model"), ("ViT", "Model", "Vision Transformers"),
                                      ("top-1 accuracy", "Metric"), ("ImageNet", "Dataset")],
                    results=[Result("ViT", "ImageNet", "top-1 accuracy", "88.5", "%", a5)], year=2021),
    ]


def test_an_add_gives_the_graph_a_full_build_gives_when_no_old_decision_moves(tmp_path, toy_records):
    """The new papers' mentions join the stored entities (BERT, SQuAD v1.1, F1, RoBERTa,
    ImageNet), whose paper lists and relationships grow; new entities are created; the result
    is the graph derived from all five papers at once."""
    added, derived = LadybugStore(tmp_path / "added"), LadybugStore(tmp_path / "derived")
    _build(added, toy_records)
    summary = _add(added, _more_records())
    assert summary.mode == "added" and summary.extracted == 2
    _build(derived, toy_records + _more_records())
    assert _contents(added.read_graph()) == _contents(derived.read_graph())
    assert [r.to_dict() for r in added.read_records()] == [r.to_dict() for r in derived.read_records()]


def test_after_an_add_degrees_and_paths_are_those_of_the_stored_graph(tmp_path, toy_records):
    store = LadybugStore(tmp_path / "kg")
    _build(store, toy_records)
    _add(store, _more_records())
    graph = store.read_graph()
    assert all(graph.nodes[n]["degree"] == d for n, d in graph.degree())
    source, target = "Model:vision transformer", "Task:image classification"  # a new node to an old one
    row = store.run_named("path", {"source": source, "target": target})  # the path index, extended
    store._paths = None
    (tmp_path / "kg" / "paths.npz").unlink()
    assert row and row == store.run_named("path", {"source": source, "target": target})  # Cypher's answer


def test_papers_stored_with_the_same_text_are_skipped_and_with_another_text_derive_in_full(tmp_path, toy_records):
    store = LadybugStore(tmp_path / "kg")
    _build(store, toy_records[:2])
    summary = _add(store, toy_records[1:])  # p2 as stored, p3 new
    assert (summary.mode, summary.extracted, summary.note) == ("added", 1, None)
    assert _contents(store.read_graph()) == _contents(build_graph(toy_records))
    assert _add(store, toy_records).extracted == 0  # run again: nothing to add
    changed = replace(toy_records[2], abstract=toy_records[2].abstract + " We also report FLOPs.")
    summary = _add(store, [changed])
    assert summary.mode == "derived" and "another text" in summary.note
    assert _contents(store.read_graph()) == _contents(build_graph(toy_records[:2] + [changed]))


def test_without_a_kept_resolution_the_add_is_a_full_build(tmp_path, toy_records):
    store = LadybugStore(tmp_path / "kg")
    _build(store, toy_records[:2])
    store.cypher("MATCH (p:Paper {id: 'p1'}) SET p.url = 'https://example.org'", write=True)  # a write by hand
    assert store.read_resolution() is None
    summary = _add(store, toy_records[2:])
    assert summary.mode == "derived" and "no resolution kept" in summary.note
    assert (tmp_path / "kg" / RESOLUTION_FILE).is_file() and store.read_resolution() is not None


def test_a_kept_resolution_reads_back_and_foreign_pickles_are_refused(tmp_path):
    resolver = Resolver()
    resolver.observe([make_record("p1", "", "We use BERT.", [("BERT", "Model")])])
    kept = load_resolver(dump_resolver(resolver, "1.0"), "1.0")
    assert kept is not None and kept._type_votes == resolver._type_votes and kept._type_votes["bert"]["Model"]
    assert load_resolver(dump_resolver(resolver, "1.0"), "2.0") is None  # another kg's resolver
    marker = tmp_path / "ran"
    hostile = pickle.dumps({"state": 1, "version": "1.0", "resolver": _RunsCode(str(marker))})
    assert load_resolver(hostile, "1.0") is None and not marker.exists()
    assert load_resolver(b"not a pickle", "1.0") is None


class _RunsCode:
    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_what_an_add_does_not_revisit_a_full_build_does(tmp_path):
    """Pinned: a stored paper's bare "QGR" keeps its entity when a new paper spells it out
    (the add); a build without --add merges the two (one node, both papers). Spelled out
    first, the add finds the definition for the new bare mention as the full build does."""
    bare = make_record("a1", "", "We scale QGR layers to 1B parameters.", [("QGR", "Method")])
    text = "We study Quantile Gated Routing (QGR) for sparse layers."
    defines = make_record("a2", "", text, [("Quantile Gated Routing", "Method"),
                                            ("QGR", "Method", "Quantile Gated Routing")])

    def entity_papers(store):
        return {n: a["papers"] for n, a in store.read_graph().nodes(data=True) if a["label"] == "Method"}

    store = LadybugStore(tmp_path / "bare-first")
    _build(store, [bare])
    _add(store, [defines])
    assert entity_papers(store) == {"Method:qgr": ["a1"]}
    _build(store, [bare, defines])  # derived in full
    assert entity_papers(store) == {"Method:quantile gated routing": ["a1", "a2"]}
    store = LadybugStore(tmp_path / "defined-first")
    _build(store, [defines])
    _add(store, [bare])
    assert entity_papers(store) == {"Method:quantile gated routing": ["a1", "a2"]}
