"""The Python API (kg.api, re-exported lazily by ``import kg``): the CLI's commands as
functions, typed query rows that give back exactly the dicts the CLI prints."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg import queries
from kg.cli import main
from kg.errors import QueryError, StoreError
from kg.store.embedded import EmbeddedStore

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "papers.jsonl"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("api") / "store"
    summary = kg.build([SAMPLE], store=folder)  # a spec: opened and closed by build
    assert summary.papers == 45 and summary.extracted == 45
    return folder


def test_import_kg_is_cheap():
    code = ("import sys, kg; heavy = [m for m in ('spacy', 'neo4j', 'networkx', 'click', 'kg.api') "
            "if m in sys.modules]; assert callable(kg.extract_file) and 'spacy' not in sys.modules; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_build_and_stats_take_a_spec_or_an_open_store(store_dir):
    assert kg.stats(store_dir)["papers"] == 45
    with kg.open_store(store_dir) as store:
        assert isinstance(store, EmbeddedStore)
        again = kg.build([SAMPLE], store=store)  # same input again: nothing new to extract
        assert again.extracted == 0 and again.nodes_before == again.nodes_after
    with pytest.raises(StoreError, match="not a kg store"):
        kg.stats(store_dir.parent / "missing")


def test_extract_writes_records(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "z1", "title": "ZorbNet", "abstract": "ZorbNet reaches 71.8% mIoU on "
                                                                          "Cityscapes."}) + "\n", encoding="utf-8")
    assert kg.extract_file([src], tmp_path / "out.jsonl") == 1
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert record["id"] == "z1" and record["entities"]


def test_entity_card_is_typed_and_matches_the_cli_json(store_dir):
    card = kg.entity_card(store_dir, "BERT")
    assert isinstance(card, kg.EntityCard) and isinstance(card.entity, kg.Entity)
    assert card.entity.label == "Model" and card.entity.papers >= 1
    assert all(isinstance(p, kg.PaperRef) and p.paper for p in card.papers)
    assert all(isinstance(link, kg.Link) for link in card.links)
    cli = CliRunner().invoke(main, ["show", "BERT", "--json", "--store", str(store_dir)])
    assert json.loads(cli.output) == card.to_dict()


def test_query_rows_are_typed_and_round_trip(store_dir):
    with EmbeddedStore(store_dir) as store:
        cases = [
            (kg.leaderboard(store, "SQuAD"), queries.leaderboard(store, "SQuAD"), kg.LeaderboardRow),
            (kg.path(store, "BERT", "SQuAD v1.1"), queries.path(store, "BERT", "SQuAD v1.1"), kg.PathStep),
            (kg.neighbors(store, "BERT", depth=2), queries.neighbors(store, "BERT", 2), kg.Neighbor),
            (kg.similar(store, "BERT"), queries.similar(store, "BERT"), kg.SimilarEntity),
            (kg.top(store), queries.top(store), kg.TopNode),
            (kg.top(store, by="pagerank", type="Dataset"), queries.top(store, "pagerank", "Dataset"), kg.TopNode),
            (kg.datasets_for_task(store, "question answering"), queries.datasets_for_task(store, "question answering"),
             kg.DatasetUse),
        ]
        for typed, plain, cls in cases:
            assert typed and all(isinstance(row, cls) for row in typed), cls
            assert [row.to_dict() for row in typed] == plain, cls
            assert not any(row.extra for row in typed), f"{cls.__name__} lacks a column its query returns"
    steps = kg.path(store_dir, "BERT", "SQuAD v1.1")
    assert steps[0].step == 0 and steps[0].via is None and steps[-1].name == "SQuAD v1.1"


def test_unknown_names_raise_kg_errors(store_dir):
    with pytest.raises(QueryError, match="no entity named"):
        kg.entity_card(store_dir, "NoSuchThingAnywhere")
