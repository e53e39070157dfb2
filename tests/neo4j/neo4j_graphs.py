"""Fixture graphs for the Neo4j tests, built with kg.graph.model's own merge functions.

Kept in a plain module (not conftest) so the kill -9 loader subprocess can build the very
same graph the test expects.
"""

from __future__ import annotations

import random
import socket

import networkx as nx

from kg.graph.model import merge_edge, merge_graph_into, merge_node, new_graph, set_degrees

HOSTILE = [
    "it's \"quoted\"", "back`tick`s", "<script>alert(1)</script>", "} ) ] $rows $x",
    "MATCH (n) DETACH DELETE n //", "x'}) DETACH DELETE n WITH 1 AS y MATCH ({k:'",
    "\\u0000 back\\slash", "emoji \U0001F600 and ünïcödé", "line\nbreak\ttab", ":Label:Other",
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def small_graph(papers=("p1", "p2"), extra_evidence: str = "") -> nx.MultiDiGraph:
    """Two papers sharing BERT and SQuAD, with a result, a repository and most relation types."""
    g = new_graph()
    bert = merge_node(g, "Model", "bert", name="BERT", aliases=["BERT", "bert-base"],
                      papers=list(papers), match_keys=["bert"])
    squad = merge_node(g, "Dataset", "squad", name="SQuAD", aliases=["SQuAD v1.1"], papers=list(papers))
    f1 = merge_node(g, "Metric", "f1", name="F1", papers=list(papers))
    qa = merge_node(g, "Task", "question answering", name="question answering", papers=list(papers))
    ft = merge_node(g, "Method", "fine-tuning", name="fine-tuning", papers=list(papers))
    roberta = merge_node(g, "Model", "roberta", name="RoBERTa", papers=[papers[-1]])
    for i, pid in enumerate(papers):
        paper = merge_node(g, "Paper", pid, id=pid, name=f"Paper {pid}", title=f"Paper {pid}",
                           year=2018 + i, source="test", url=None)
        for ent in (bert, squad, f1, qa):
            merge_edge(g, paper, "MENTIONS", ent, papers=[pid], evidence=[f"{pid} mentions {ent}. {extra_evidence}"])
        merge_edge(g, paper, "USES", ft, papers=[pid], evidence=[f"{pid} uses fine-tuning."])
        merge_edge(g, paper, "EVALUATES_ON", squad, papers=[pid])
        result = merge_node(g, "Result", f"r-{pid}", name=f"BERT F1 on SQuAD ({pid})", value=90.0 + i,
                            unit="", raw=f"{90 + i} F1", method="BERT", dataset="SQuAD", metric="F1",
                            paper=pid, evidence=f"BERT gets {90 + i} F1.", higher_is_better=True)
        merge_edge(g, paper, "REPORTS", result, papers=[pid])
        merge_edge(g, result, "OF", bert, papers=[pid])
        merge_edge(g, result, "ON", squad, papers=[pid])
        merge_edge(g, result, "MEASURED_BY", f1, papers=[pid])
        repo = merge_node(g, "Repository", f"https://github.com/x/{pid}", name=pid, url=f"https://github.com/x/{pid}")
        merge_edge(g, paper, "HAS_CODE", repo, papers=[pid])
    merge_edge(g, bert, "EVALUATED_ON", squad, papers=list(papers), evidence=["BERT on SQuAD."])
    merge_edge(g, bert, "ADDRESSES", qa, papers=list(papers))
    merge_edge(g, squad, "BENCHMARK_FOR", qa, papers=list(papers))
    merge_edge(g, roberta, "OUTPERFORMS", bert, papers=[papers[-1]], evidence=["RoBERTa beats BERT."])
    merge_edge(g, roberta, "VARIANT_OF", bert, papers=[papers[-1]])
    return g


def hostile_graph() -> nx.MultiDiGraph:
    """Every hostile string as a key, a name, a title, an alias and evidence."""
    g = new_graph()
    for i, text in enumerate(HOSTILE):
        paper = merge_node(g, "Paper", f"h{i}{text}", id=f"h{i}{text}", name=text, title=text, abstract=text)
        method = merge_node(g, "Method", text, name=text, aliases=[text, text.upper()], papers=[f"h{i}{text}"])
        merge_edge(g, paper, "MENTIONS", method, papers=[f"h{i}{text}"], evidence=[text])
    return g


def synthetic_graph(n_papers: int, seed: int = 7, n_entities: int = 400) -> nx.MultiDiGraph:
    """A random but deterministic graph: Zipf-ish entity popularity, ~8 mentions per paper."""
    rng = random.Random(seed)
    labels = ["Method", "Model", "Dataset", "Metric", "Task"]
    names = [(labels[i % 5], f"entity {i}") for i in range(n_entities)]
    weights = [1.0 / (i + 1) for i in range(n_entities)]
    g = new_graph()
    for p in range(n_papers):
        pid = f"syn{p:06d}"
        paper = merge_node(g, "Paper", pid, id=pid, name=f"Synthetic paper {p}", title=f"Synthetic paper {p}",
                           year=2015 + p % 10)
        for label, name in set(rng.choices(names, weights, k=8)):
            ent = merge_node(g, label, name, name=name.title(), aliases=[name], papers=[pid])
            merge_edge(g, paper, "MENTIONS", ent, papers=[pid], evidence=[f"Sentence {p} about {name}."])
    return g


def merged(*graphs: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """What a store should hold after merging ``graphs`` in order (kg.graph.model's rules)."""
    target = new_graph()
    for graph in graphs:
        merge_graph_into(target, graph)
    return target


def assert_same_graph(actual: nx.MultiDiGraph, expected: nx.MultiDiGraph) -> None:
    """Same node ids with the same attributes, same typed edges with the same provenance
    (and each node's degree, which a store writes with every graph)."""
    expected = set_degrees(expected.copy())
    assert set(actual.nodes) == set(expected.nodes)
    for nid, attrs in expected.nodes(data=True):
        assert actual.nodes[nid] == attrs, nid
    want = {(u, v, k): a for u, v, k, a in expected.edges(keys=True, data=True)}
    got = {(u, v, k): a for u, v, k, a in actual.edges(keys=True, data=True)}
    assert got == want
