import pytest

from kg.errors import QueryError
from kg.graph.build import build_graph
from kg.queries import (datasets_for_task, entity_card, find_entity, leaderboard, neighbors, path, query_names,
                        similar, top)
from kg.queries.named import DIALECTS, QUERY_DIR, load_query
from kg.store.embedded import EmbeddedStore


@pytest.fixture
def store(tmp_path, toy_records):
    store = EmbeddedStore(tmp_path)
    store.merge_graph(build_graph(toy_records))
    return store


def test_every_named_query_runs_on_both_stores_from_one_file_or_two_variants():
    for name in query_names():
        shared = (QUERY_DIR / f"{name}.cypher").is_file()
        variants = [d for d in DIALECTS if (QUERY_DIR / d / f"{name}.cypher").is_file()]
        assert shared != (set(variants) == set(DIALECTS)), name  # one shared file, or a variant per store
        assert all(load_query(name, d) for d in DIALECTS)
    assert {"path", "entity_links", "entity_papers", "find_by_alias", "top_degree"} == {
        n for n in query_names() if not (QUERY_DIR / f"{n}.cypher").is_file()}


def test_find_by_name_alias_and_type(store):
    assert find_entity(store, "bert")["key"] == "Model:bidirectional encoder representations from transformer"
    assert find_entity(store, "Bidirectional Encoder Representations from Transformers")["name"] == "BERT"
    assert find_entity(store, "the ImageNet dataset", "Dataset")["key"] == "Dataset:imagenet"
    with pytest.raises(QueryError, match="no Task named 'BERT'"):
        find_entity(store, "BERT", "Task")


def test_leaderboard_best_first(store):
    rows = leaderboard(store, "squad v1.1")
    assert [(r["method"], r["value"]) for r in rows] == [("RoBERTa", 94.6), ("BERT", 93.2)]
    assert leaderboard(store, "SQuAD v1.1", metric="F1") == rows


def test_leaderboard_takes_in_the_dataset_s_versions(tmp_path):
    from kg.records import Mention, PaperRecord, Result

    abstract = "BERT gets 93.2 F1 on SQuAD v1.1 and 83.1 F1 on SQuAD v2.0, versions of SQuAD; SQuADRUN differs."
    spans = [("BERT", "Model", 0), ("F1", "Metric", 0), ("SQuAD v1.1", "Dataset", 0), ("SQuAD v2.0", "Dataset", 0),
             ("SQuAD", "Dataset", 60), ("SQuADRUN", "Dataset", 0)]
    ents = [Mention(t, label, "abstract", abstract.index(t, at), abstract.index(t, at) + len(t), t) for t, label, at in spans]
    results = [Result("BERT", "SQuAD v1.1", "F1", "93.2", "", abstract), Result("BERT", "SQuAD v2.0", "F1", "83.1", "", abstract),
               Result("BERT", "SQuADRUN", "F1", "70.0", "", abstract)]
    store = EmbeddedStore(tmp_path)
    store.merge_graph(build_graph([PaperRecord(id="p", title="", abstract=abstract, entities=ents, results=results,
                                               relations=[])]))
    assert [(r["dataset"], r["value"]) for r in leaderboard(store, "SQuAD")] == [("SQuAD v1.1", 93.2),
                                                                                  ("SQuAD v2.0", 83.1)]
    assert [r["dataset"] for r in leaderboard(store, "SQuAD v2.0")] == ["SQuAD v2.0"]


def test_leaderboard_lower_is_better_metrics_sort_ascending(tmp_path, toy_records):
    from kg.records import Result
    toy_records[2].results.append(Result("ResNets", "ImageNet", "top-5 error", "4.49", "%", "x"))
    toy_records[2].results.append(Result("ResNets", "ImageNet", "top-5 error", "2.10", "points", "x"))
    store = EmbeddedStore(tmp_path)
    store.merge_graph(build_graph(toy_records))
    rows = leaderboard(store, "ImageNet")
    assert [(r["rank"], r["value"], r["kind"], r["direction"]) for r in rows] == [
        (1, 3.57, "absolute", "lower"), (2, 4.49, "absolute", "lower"), (None, 2.1, "delta", "lower")]


def test_leaderboard_ranks_each_metric_apart_and_lists_deltas_after(tmp_path):
    from kg.records import PaperRecord, Result

    ev = "an evidence sentence"
    results = [Result("AlphaNet", "ZedSet", "accuracy", "81.0", "%", ev), Result("BetaNet", "ZedSet", "accuracy", "85.5", "%", ev),
               Result("AlphaNet", "ZedSet", "error", "9.0", "%", ev), Result("BetaNet", "ZedSet", "error", "7.5", "%", ev),
               Result("AlphaNet", "ZedSet", "accuracy", "1.2", "points", ev, kind="delta"),
               Result("GammaNet", "ZedSet", None, "60.0", "%", ev)]
    store = EmbeddedStore(tmp_path)
    store.merge_graph(build_graph([PaperRecord(id="p1", title="", abstract=ev, results=results)]))
    rows = leaderboard(store, "ZedSet")
    assert [(r["rank"], r["metric"], r["direction"], r["method"], r["value"], r["kind"]) for r in rows] == [
        (1, "accuracy", "higher", "BetaNet", 85.5, "absolute"), (2, "accuracy", "higher", "AlphaNet", 81.0, "absolute"),
        (1, "error", "lower", "BetaNet", 7.5, "absolute"), (2, "error", "lower", "AlphaNet", 9.0, "absolute"),
        (None, None, "higher", "GammaNet", 60.0, "absolute"),
        (None, "accuracy", "higher", "AlphaNet", 1.2, "delta")]
    assert all(r["paper"] == "p1" and r["evidence"] == ev for r in rows)


def test_leaderboard_merges_the_rows_of_the_versions_in_one_order(tmp_path):
    """The versions are asked one key at a time; their rows interleave by value within each
    metric, deltas after, and the limit cuts the merged list."""
    from kg.records import PaperRecord, Result

    ev = "an evidence sentence"
    results = [Result("AlphaNet", "ZedSet", "accuracy", "81.0", "%", ev), Result("BetaNet", "ZedSet v2", "accuracy", "85.5", "%", ev),
               Result("GammaNet", "ZedSet", "accuracy", "88.0", "%", ev), Result("DeltaNet", "ZedSet v2", "error", "7.5", "%", ev),
               Result("AlphaNet", "ZedSet v2", "accuracy", "1.2", "points", ev, kind="delta"),
               Result("EtaNet", "ZedSet", "error", "9.5", "%", ev), Result("ZetaNet", "ZedSet", "accuracy", "0.0", "%", ev)]
    store = EmbeddedStore(tmp_path)
    store.merge_graph(build_graph([PaperRecord(id="p1", title="", abstract=ev, results=results)]))
    rows = leaderboard(store, "ZedSet")
    assert [(r["rank"], r["metric"], r["method"], r["dataset"]) for r in rows] == [
        (1, "accuracy", "GammaNet", "ZedSet"), (2, "accuracy", "BetaNet", "ZedSet v2"), (3, "accuracy", "AlphaNet", "ZedSet"),
        (4, "accuracy", "ZetaNet", "ZedSet"), (1, "error", "DeltaNet", "ZedSet v2"), (2, "error", "EtaNet", "ZedSet"),
        (None, "accuracy", "AlphaNet", "ZedSet v2")]
    assert leaderboard(store, "ZedSet", limit=3) == rows[:3]
    assert "result" not in rows[0]
    # one version's rows come from the database in the same order (a score of 0.0 last: LadybugDB
    # sorts -0.0 before every negative number, so the query never negates a value)
    one = store.run_named("leaderboard", {"dataset": "Dataset:zedset", "metric": None, "limit": 10})
    assert [r["method"] for r in one] == ["GammaNet", "AlphaNet", "ZetaNet", "EtaNet"]


def test_entity_card(store):
    card = entity_card(store, "BERT")
    assert {p["paper"] for p in card["papers"]} == {"p1", "p2"}
    assert "PROPOSES" in next(p for p in card["papers"] if p["paper"] == "p1")["relations"]
    linked = {(row["relation"], row["name"]) for row in card["links"]}
    assert ("OUTPERFORMS", "RoBERTa") in linked and ("VARIANT_OF", "BERT-large") in linked
    assert [r["value"] for r in card["results"]] == [93.2]


def test_datasets_for_task(store):
    rows = datasets_for_task(store, "question answering")
    assert [r["dataset"] for r in rows] == ["SQuAD v1.1"]


def test_neighbors_by_depth(store):
    one = neighbors(store, "ImageNet", depth=1)
    two = neighbors(store, "ImageNet", depth=2)
    assert {r["name"] for r in one} >= {"ResNet paper", "ResNets"}
    assert {r["depth"] for r in two} == {1, 2} and len(two) > len(one)
    assert len({r["key"] for r in two}) == len(two)
    with pytest.raises(QueryError):
        neighbors(store, "ImageNet", depth=0)


def test_path_between_entities(store):
    steps = path(store, "RoBERTa", "question answering")
    assert steps[0]["name"] == "RoBERTa" and steps[-1]["name"] == "question answering"
    assert all(step["via"] for step in steps[1:])
    assert path(store, "RoBERTa", "ImageNet") == []


def test_similar_and_top(store):
    rows = similar(store, "RoBERTa")
    assert {r["name"] for r in rows} == {"BERT", "BERT-large"}  # the other models mentioned in paper p2
    assert rows[0]["shared"] == rows[1]["shared"] == 1 and rows[0]["key"] < rows[1]["key"]
    assert [r["name"] for r in similar(store, "SQuAD v1.1")] == []  # no other dataset shares a paper
    assert top(store, "degree", "Paper", 1)[0]["key"] in {"Paper:p1", "Paper:p2"}
    ranks = top(store, "pagerank", "Metric")
    assert {r["label"] for r in ranks} == {"Metric"} and ranks[0]["pagerank"] >= ranks[-1]["pagerank"]
    with pytest.raises(QueryError):
        top(store, "closeness")


def test_a_label_slot_takes_one_schema_label_or_all_of_its_choices(store, toy_records):
    from kg.queries.named import bind
    text, params = bind("find_by_key", "ladybug", {"key": "Model:x", "label": "Model"})
    assert "MATCH (n:Model {key: $key})" in text and params == {"key": "Model:x"}
    text, _ = bind("top_degree", "ladybug", {"label": None, "limit": 3})
    assert "(n:Method|Model|Dataset|Metric|Task)" in text
    text, _ = bind("top_degree", "neo4j", {"label": "Task", "limit": 3})
    assert "MATCH (n:Entity)" in text and "AND n:Task\n" in text
    with pytest.raises(QueryError, match="not one of"):
        bind("top_degree", "ladybug", {"label": "Model) DETACH DELETE (n", "limit": 3})
    graph = build_graph(toy_records)
    degrees = sorted(((-d, n) for n, d in graph.degree() if graph.nodes[n]["label"] == "Dataset"))
    assert [(r["key"], r["degree"]) for r in top(store, "degree", "Dataset")] == [(n, -d) for d, n in degrees]


def test_lucene_term_escapes_query_syntax():
    from kg.queries import lucene_term

    assert lucene_term("gpt4o") == "gpt4o"
    assert lucene_term('c++"x"') == 'c\\+\\+\\"x\\"'
    assert lucene_term("f1(macro") == "f1\\(macro"
    assert lucene_term("") == '""'
