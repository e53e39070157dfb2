"""select_view: which part of the graph the HTML view draws."""

from __future__ import annotations

import pytest

from kg.errors import KgError, QueryError
from kg.export.view import CO_MENTIONED, left_out_note, find_node, parse_types, select_view
from kg.graph.model import merge_edge, merge_node, new_graph


def test_with_papers_and_no_other_option_everything_is_drawn(sample_graph):
    view = select_view(sample_graph, papers=True)
    assert set(view) == set(sample_graph)
    assert view.number_of_edges() == sample_graph.number_of_edges()
    assert view.graph["focus"] is None
    assert view is not sample_graph


def test_view_is_a_copy(sample_graph):
    view = select_view(sample_graph, focus="BERT", papers=True)
    view.remove_node("Model:bert")
    assert "Model:bert" in sample_graph


@pytest.mark.parametrize("name", ["BERT", "bert", "  Bert ", "Model:bert", "BERT-large", "bert-base"])
def test_focus_matches_id_name_alias_case_insensitively(sample_graph, name):
    assert find_node(sample_graph, name) == "Model:bert"


def test_focus_finds_papers_by_id_and_spelling_variants_by_match_keys(sample_graph):
    assert find_node(sample_graph, "1810.04805") == "Paper:1810.04805"
    sample_graph.nodes["Model:resnet-50"]["match_keys"] = ["resnet50"]
    assert find_node(sample_graph, "Res-Net 50") == "Model:resnet-50"


def test_exact_name_beats_partial(sample_graph):
    # "BERT" is also inside "RoBERTa" and a paper title; the exact name wins.
    assert find_node(sample_graph, "bert") == "Model:bert"


def test_missing_focus_names_candidates(sample_graph):
    with pytest.raises(QueryError, match="no node named 'resnet'.*ResNet-50"):
        select_view(sample_graph, focus="resnet")
    with pytest.raises(QueryError, match="no node named 'zzz' in the graph$"):
        select_view(sample_graph, focus="zzz")


def test_ambiguous_focus_names_candidates():
    g = new_graph()
    merge_node(g, "Method", "attention", name="Attention")
    merge_node(g, "Model", "attention", name="attention")
    with pytest.raises(QueryError, match="ambiguous.*Method:attention.*Model:attention"):
        select_view(g, focus="ATTENTION")
    assert set(select_view(g, focus="Model:attention")) == {"Model:attention"}


def test_depth_is_undirected_hops(sample_graph):
    # RoBERTa -> BERT (OUTPERFORMS), BERT <- paper 1810.04805 -> GLUE: GLUE is 3 hops away.
    one = set(select_view(sample_graph, focus="RoBERTa", depth=1, papers=True))
    assert one == {"Model:roberta", "Model:bert", "Paper:1907.11692"}
    two = set(select_view(sample_graph, focus="RoBERTa", depth=2, papers=True))
    assert {"Dataset:squad", "Dataset:glue", "Paper:1810.04805", "Result:r1"} <= two
    assert "Dataset:imagenet" not in two
    assert set(select_view(sample_graph, focus="RoBERTa", depth=0, papers=True)) == {"Model:roberta"}


def test_types_keep_labels_and_the_focus(sample_graph):
    view = select_view(sample_graph, focus="SQuAD", depth=1, types={"Model", "Task"})
    assert {view.nodes[n]["label"] for n in view} == {"Model", "Task", "Dataset"}
    assert "Dataset:squad" in view and "Dataset:glue" not in view


def test_types_accept_strings_any_case_and_reject_unknown(sample_graph):
    assert parse_types("model, DATASET") == {"Model", "Dataset"}
    assert parse_types(["task"]) == {"Task"}
    assert parse_types(("Task", "model,Metric")) == {"Task", "Model", "Metric"}  # click multiple=True
    assert parse_types(None) is None and parse_types("") is None
    view = select_view(sample_graph, types="dataset")
    assert {view.nodes[n]["label"] for n in view} == {"Dataset"}
    with pytest.raises(QueryError, match="unknown type 'Author'"):
        select_view(sample_graph, types="Author")


def test_min_degree_prunes_until_every_node_has_enough_edges(sample_graph):
    view = select_view(sample_graph, min_degree=3, papers=True)
    # ResNet-50 and its paper have 3+ edges at first, but only 1 each once leaves are gone.
    assert set(view) == {"Paper:1810.04805", "Paper:1907.11692", "Model:bert", "Model:roberta",
                         "Dataset:squad", "Task:question answering", "Result:r1"}
    assert min(d for _, d in view.degree()) >= 3
    focused = select_view(sample_graph, focus="google-research/bert", depth=1, min_degree=3, papers=True)
    assert "Repository:https://github.com/google-research/bert" in focused


def test_min_degree_counts_edges_inside_the_view(sample_graph):
    # Without papers, a dataset only connected to papers has no edge left.
    view = select_view(sample_graph, types={"Model", "Dataset", "Task"}, min_degree=1)
    assert "Dataset:glue" not in view and "Dataset:squad" in view


def _star_graph(n):
    g = new_graph()
    hub = merge_node(g, "Dataset", "hub", name="hub")
    for i in range(n):
        m = merge_node(g, "Method", f"m{i:02d}", name=f"m{i:02d}")
        merge_edge(g, m, "EVALUATED_ON", hub, papers=["p"])
        if i % 2 == 0:
            merge_edge(g, m, "ADDRESSES", merge_node(g, "Task", f"t{i}", name=f"t{i}"), papers=["p"])
    return g


def test_max_nodes_keeps_highest_degree_deterministically():
    g = _star_graph(10)
    view = select_view(g, max_nodes=4)
    # hub (10) then the even methods (degree 2), ties broken by id.
    assert set(view) == {"Dataset:hub", "Method:m00", "Method:m02", "Method:m04"}
    assert set(select_view(g, max_nodes=4)) == set(view)
    assert list(select_view(g, max_nodes=4)) == list(view)


def test_max_nodes_keeps_the_focus():
    g = _star_graph(10)
    view = select_view(g, focus="t8", depth=5, max_nodes=3)
    assert set(view) == {"Task:t8", "Dataset:hub", "Method:m00"}
    assert len(select_view(g, focus="t8", max_nodes=1)) == 1


def test_max_nodes_none_or_zero_means_no_cap():
    g = _star_graph(30)
    assert len(select_view(g, max_nodes=None)) == len(g)
    assert len(select_view(g, max_nodes=0)) == len(g)


@pytest.mark.parametrize("options", [{"depth": -1}, {"min_degree": -2}, {"max_nodes": -1},
                                     {"depth": "2"}, {"max_nodes": True}])
def test_bad_numbers_are_query_errors(sample_graph, options):
    with pytest.raises(QueryError):
        select_view(sample_graph, focus="BERT", **options)


def test_errors_are_kg_errors(sample_graph):
    with pytest.raises(KgError):
        select_view(sample_graph, focus="")


def test_by_default_entities_are_drawn_linked_by_the_papers_they_share(sample_graph):
    view = select_view(sample_graph)
    labels = {attrs["label"] for _, attrs in view.nodes(data=True)}
    assert labels and labels <= {"Method", "Model", "Dataset", "Metric", "Task"}
    co = [(a, b, attrs) for a, b, key, attrs in view.edges(keys=True, data=True) if key == CO_MENTIONED]
    assert co, "no co-mention links"
    for a, b, attrs in co:  # each link names papers that mention both ends
        for paper in attrs["papers"]:
            mentioned = {m for _, m, k in sample_graph.out_edges(f"Paper:{paper}", keys=True) if k == "MENTIONS"}
            assert {a, b} <= mentioned
    papers = sum(1 for _, label in sample_graph.nodes(data="label") if label == "Paper")
    assert view.graph["left_out"]["papers"] == papers and f"{papers} papers hidden" in left_out_note(view)
    assert list(select_view(sample_graph).edges(keys=True)) == list(view.edges(keys=True))  # repeats


def test_the_cap_keeps_the_entities_with_the_most_connections_in_the_whole_graph(sample_graph):
    entities = [n for n, a in sample_graph.nodes(data=True) if a["label"] in ("Method", "Model", "Dataset", "Metric", "Task")]
    best = sorted(entities, key=lambda n: (-sample_graph.degree(n), n))[:3]
    view = select_view(sample_graph, max_nodes=3)
    assert set(view) == set(best)
    assert view.graph["left_out"]["capped"] == len(entities) - 3 and "less connected" in left_out_note(view)
