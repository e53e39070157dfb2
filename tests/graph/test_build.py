import networkx as nx
import pytest

from kg.errors import SchemaError
from kg.records import Mention, PaperRecord, Result
from kg.graph.build import build_graph
from kg.graph.model import merge_edge, merge_graph_into, merge_node, new_graph
from kg.schema import load_schema


def test_every_edge_fits_the_schema_and_carries_provenance(toy_records):
    graph = build_graph(toy_records)
    schema = load_schema()
    for u, v, attrs in graph.edges(data=True):
        schema.check_rel(attrs["type"], graph.nodes[u]["label"], graph.nodes[v]["label"])
        assert attrs["papers"] and attrs["count"] == len(attrs["papers"]), (u, v, attrs)


def test_relationships_of_the_design(toy_records):
    graph = build_graph(toy_records)
    types = {attrs["type"] for _, _, attrs in graph.edges(data=True)}
    assert {"MENTIONS", "PROPOSES", "REPORTS", "OF", "ON", "MEASURED_BY", "EVALUATED_ON", "ADDRESSES",
            "OUTPERFORMS", "VARIANT_OF", "HAS_CODE"} <= types
    assert graph.has_edge("Model:roberta", "Model:bidirectional encoder representations from transformer",
                          key="OUTPERFORMS")


def test_mentions_keep_evidence_sentences(toy_records):
    graph = build_graph(toy_records)
    edge = graph.edges["Paper:p3", "Dataset:imagenet", "MENTIONS"]
    assert edge["evidence"] == [toy_records[2].abstract]


def test_results_link_method_dataset_metric(toy_records):
    graph = build_graph(toy_records)
    results = [n for n, a in graph.nodes(data=True) if a["label"] == "Result"]
    assert len(results) == 3
    imagenet = next(n for n in results if graph.nodes[n]["dataset"] == "ImageNet")
    assert graph.nodes[imagenet]["value"] == 3.57 and graph.nodes[imagenet]["higher_is_better"] is False
    assert {graph.nodes[v]["label"] for _, v in graph.out_edges(imagenet)} == {"Model", "Dataset", "Metric"}


def _contents(graph):
    return list(graph.nodes(data=True)), list(graph.edges(keys=True, data=True))


def test_the_graph_is_a_function_of_the_set_of_records(toy_records):
    graph = build_graph(toy_records)
    assert _contents(build_graph(reversed(toy_records))) == _contents(graph)  # same order, same properties
    assert _contents(build_graph(toy_records[1:] + toy_records[:1])) == _contents(graph)
    twice = merge_graph_into(build_graph(toy_records), build_graph(toy_records))
    assert nx.utils.graphs_equal(graph, twice)


def test_an_acronym_resolves_the_same_whichever_paper_comes_first():
    """A paper that uses "BERT" bare and one that defines it: one entity, in either order."""
    long = "Bidirectional Encoder Representations from Transformers"
    bare = PaperRecord(id="a", title="", abstract="We fine-tune BERT.", entities=[
        Mention("BERT", "Model", "abstract", 13, 17, "BERT")])
    text = f"We propose {long} (BERT)."
    defines = PaperRecord(id="b", title="", abstract=text, entities=[
        Mention(long, "Method", "abstract", 11, 11 + len(long), long),
        Mention("BERT", "Method", "abstract", text.index("(BERT") + 1, text.index("(BERT") + 5, long)])
    one, other = build_graph([bare, defines]), build_graph([defines, bare])
    assert _contents(one) == _contents(other)
    targets = {v for u, v, k in one.edges(keys=True) if k == "MENTIONS"}
    assert len(targets) == 1, targets


def test_merge_unions_provenance():
    graph = new_graph()
    a = merge_node(graph, "Paper", "p", id="p", title="T")
    b = merge_node(graph, "Method", "x", name="X", aliases=["x1"])
    merge_node(graph, "Method", "x", name="other name", aliases=["x2"])
    for paper, sentence in [("p", "s1"), ("q", "s2"), ("p", "s1")]:
        merge_edge(graph, a, "MENTIONS", b, papers=[paper], evidence=[sentence])
    assert graph.nodes[b]["name"] == "X" and graph.nodes[b]["aliases"] == ["x1", "x2"]
    assert graph.edges[a, b, "MENTIONS"] == {"type": "MENTIONS", "papers": ["p", "q"], "evidence": ["s1", "s2"], "count": 2}


def test_schema_refuses_unknown_labels_and_patterns():
    graph = new_graph()
    with pytest.raises(SchemaError):
        merge_node(graph, "Person", "x")
    a = merge_node(graph, "Dataset", "d")
    b = merge_node(graph, "Task", "t")
    with pytest.raises(SchemaError):
        merge_edge(graph, b, "BENCHMARK_FOR", a)


def test_a_variant_named_only_in_a_result_is_linked_to_its_family():
    abstract = "We scale EfficientNet. EfficientNet-B7 reaches 84.3% top-1 accuracy on ImageNet."
    sentence = "EfficientNet-B7 reaches 84.3% top-1 accuracy on ImageNet."
    ents = [Mention(text, label, "abstract", abstract.index(text, at), abstract.index(text, at) + len(text), text)
            for text, label, at in (("EfficientNet", "Model", 0), ("EfficientNet", "Model", 20),
                                    ("top-1 accuracy", "Metric", 0), ("ImageNet", "Dataset", 0))]
    record = PaperRecord(id="p", title="EfficientNet", abstract=abstract, entities=ents, relations=[],
                         results=[Result("EfficientNet-B7", "ImageNet", "top-1 accuracy", "84.3", "%", sentence)])
    graph = build_graph([record])
    variant = "Model:efficientnet b7"
    assert graph.has_edge(variant, "Model:efficientnet", key="VARIANT_OF")
    assert graph.edges["Paper:p", variant, "MENTIONS"]["evidence"] == [sentence]
    [result] = [n for n, a in graph.nodes(data=True) if a["label"] == "Result"]
    assert graph.has_edge(result, variant, key="OF")


def test_a_score_and_a_gain_of_the_same_number_are_two_results():
    text = "FooNet reaches 2.1 BLEU on WMT14 and improves by 2.1 BLEU on WMT14."
    ents = [Mention(t, label, "abstract", text.index(t), text.index(t) + len(t), t)
            for t, label in (("FooNet", "Model"), ("BLEU", "Metric"), ("WMT14", "Dataset"))]
    results = [Result("FooNet", "WMT14", "BLEU", "2.1", "", text, kind="absolute"),
               Result("FooNet", "WMT14", "BLEU", "2.1", "points", text, kind="delta")]
    graph = build_graph([PaperRecord(id="p", title="", abstract=text, entities=ents, results=results)])
    kinds = sorted(a["kind"] for _, a in graph.nodes(data=True) if a["label"] == "Result")
    assert kinds == ["absolute", "delta"]
