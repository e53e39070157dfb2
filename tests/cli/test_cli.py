"""The CLI end to end with click's CliRunner, on the real packaged pipeline."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.records_io import validate_record

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "papers.jsonl"


def run(*args, ok=True):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    store = tmp_path_factory.mktemp("cli") / "store"
    run("--quiet", "build", SAMPLE, "--store", store)
    return store


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


def test_every_command_has_help_with_an_example():
    for path, command in _commands(main):
        result = run(*path, "--help")
        if not isinstance(command, click.Group) or path == ("query",) or path == ("export",):
            assert "Example" in result.output, path


def test_every_command_is_documented_in_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for path, command in _commands(main):
        assert f"kg {' '.join(path)}" in readme, f"`kg {' '.join(path)}` missing from README"


def test_version():
    assert re.match(r"kg, version \S+", run("--version").output)


def test_build_is_idempotent_and_stats_json(built):
    first = json.loads(run("stats", "--json", "--store", built).output)
    assert first["papers"] == 45 and first["nodes"]["Dataset"] > 5
    run("--quiet", "build", SAMPLE, "--store", built)
    assert json.loads(run("stats", "--json", "--store", built).output) == first


def test_extract_writes_the_records_contract(tmp_path):
    out = tmp_path / "records.jsonl"
    run("--quiet", "extract", SAMPLE, "-o", out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 45 and sum(len(r["entities"]) for r in rows) > 200
    for row in rows:
        assert validate_record(row) is None
    store = tmp_path / "store"
    run("--quiet", "load", out, "--store", store)
    assert json.loads(run("stats", "--json", "--store", store).output)["papers"] == 45


@pytest.mark.parametrize("line, message", [
    ('{"id": "x", "title": "T", "abstract": "A"', r"bad\.jsonl:2: malformed JSON"),
    ('{"id": "x", "abstract": "A"}', r'bad\.jsonl:2: missing field "title"'),
    ('{"id": "x", "title": "T", "abstract": ""}', r"bad\.jsonl:2: empty abstract"),
])
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, line, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "title": "T", "abstract": "We use BERT."}\n' + line + "\n", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    result = run("extract", bad, "-o", out, ok=False)
    assert result.exit_code == 1 and re.search(message, result.output)
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob(".records*"))
    result = run("build", bad, "--store", tmp_path / "store", ok=False)
    assert result.exit_code == 1 and not (tmp_path / "store" / "graph.json").exists()


def test_skip_invalid_names_each_skipped_line_and_keeps_the_rest(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "title": "T", "abstract": "We use BERT on SQuAD."}\n{"id": "x", "title": \n'
                   '{"id": "y", "title": "U", "abstract": ""}\n', encoding="utf-8")
    out = tmp_path / "records.jsonl"
    result = run("--quiet", "extract", bad, "-o", out, "--skip-invalid")
    assert f"skipped {bad}:2: malformed JSON" in result.output and f"skipped {bad}:3: empty abstract" in result.output
    assert "skipped 2 invalid records" in result.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["ok"]
    run("--quiet", "build", bad, "--store", tmp_path / "store", "--skip-invalid")
    assert json.loads(run("stats", "--json", "--store", tmp_path / "store").output)["papers"] == 1


def test_wrong_encoding_is_reported_with_its_line(tmp_path):
    bad = tmp_path / "latin.jsonl"
    bad.write_bytes('{"id": "a", "title": "T", "abstract": "caf\xe9"}\n'.encode("latin-1"))
    result = run("extract", bad, "-o", tmp_path / "o.jsonl", ok=False)
    assert "latin.jsonl:1: not valid UTF-8" in result.output


def test_load_refuses_records_with_wrong_offsets(tmp_path):
    bad = tmp_path / "rec.jsonl"
    bad.write_text(json.dumps({"id": "a", "title": "T", "abstract": "We use BERT.", "results": [], "relations": [],
                               "entities": [{"text": "BERT", "type": "Model", "field": "abstract", "start": 0,
                                             "end": 4, "canonical": "BERT"}]}) + "\n", encoding="utf-8")
    result = run("load", bad, "--store", tmp_path / "s", ok=False)
    assert "rec.jsonl:1: not a kg record: entities/0" in result.output


def test_show_and_queries_in_three_formats(built):
    top = json.loads(run("query", "top", "--type", "Dataset", "--json", "--store", built).output)
    assert top and top[0]["label"] == "Dataset"
    name = top[0]["name"]
    card = json.loads(run("show", name, "--json", "--store", built).output)
    assert card["entity"]["name"] == name and card["papers"]
    table = run("show", name, "--store", built).output
    assert name in table and "papers" in table
    rows = list(csv.DictReader(io.StringIO(run("query", "neighbors", name, "--csv", "--store", built).output)))
    assert rows and set(rows[0]) == {"depth", "source", "relation", "key", "name", "label"}


def test_unknown_entity_is_a_one_line_error(built):
    result = run("show", "no such thing at all", "--store", built, ok=False)
    assert result.exit_code == 1 and "no entity named 'no such thing at all'" in result.output


def test_cypher_on_embedded_store(built):
    rows = json.loads(run("cypher", "MATCH (p:Paper) RETURN COUNT(p)", "--json", "--store", built).output)
    assert rows == [{"COUNT(p)": 45}]
    assert run("cypher", "MATCH (n) SET n.x = 1", "--write", "--store", built, ok=False).exit_code == 1


def test_file_exports(built, tmp_path):
    for fmt, target in (("graphml", "g.graphml"), ("json", "g.json"), ("csv", "csvdir")):
        run("--quiet", "export", fmt, "-o", tmp_path / target, "--store", built)
    assert json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["nodes"]
    import networkx as nx
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() > 45
    names = sorted(p.name for p in (tmp_path / "csvdir").iterdir())
    assert "nodes_Paper.csv" in names and "import.txt" in names and any(n.startswith("rels_MENTIONS") for n in names)
    records = tmp_path / "csvdir" / "records.csv"
    assert len(records.read_text(encoding="utf-8").splitlines()) == 1 + 45  # a header, a line per paper


def test_html_export_from_the_cli(built, tmp_path):
    out = tmp_path / "view.html"
    run("--quiet", "export", "html", "-o", out, "--max-nodes", "50", "--store", built)
    html = out.read_text(encoding="utf-8")
    assert "<html" in html.lower() and not re.search(r"""(src|href)=["']https?://""", html)


@pytest.mark.parametrize("args", [("stats",), ("show", "BERT"), ("query", "top"), ("query", "path", "A", "B"),
                                  ("cypher", "MATCH (n) RETURN n"), ("export", "json", "-o", "{tmp}/x.json"),
                                  ("export", "html", "-o", "{tmp}/x.html")])
def test_read_commands_refuse_a_store_that_is_not_there(tmp_path, args):
    missing = tmp_path / "no-store"
    result = run(*(a.format(tmp=tmp_path) for a in args), "--store", missing, ok=False)
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert f"{missing}: not a kg store (no such folder)" in result.output
    assert not missing.exists() and not (tmp_path / "x.json").exists()


def test_a_second_build_extracts_nothing_and_prints_counts_read_under_the_lock(built):
    before = json.loads(run("stats", "--json", "--store", built).output)
    output = " ".join(run("--verbose", "build", SAMPLE, "--store", built).output.split())  # unwrapped
    assert "45 papers (0 new or changed)" in output
    nodes = ", ".join(f"{k} {v}" for k, v in before["nodes"].items())
    assert f"nodes: {nodes}" in output


def test_build_add_folds_new_papers_in_skips_stored_ones_and_says_when_it_cannot(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    first, more = tmp_path / "first.jsonl", tmp_path / "more.jsonl"
    first.write_text("".join(lines[:40]), encoding="utf-8")
    more.write_text("".join(lines[40:]), encoding="utf-8")
    store = tmp_path / "store"
    run("--quiet", "build", first, "--store", store)
    output = " ".join(run("build", more, "--store", store, "--add").output.split())
    assert "5 papers (5 new or changed)" in output and "derived the whole graph" not in output
    assert json.loads(run("stats", "--json", "--store", store).output)["papers"] == 45
    output = " ".join(run("build", more, "--store", store, "--add").output.split())
    assert "5 papers (0 new or changed)" in output  # stored with the same text: skipped
    output = " ".join(run("build", first, more, "--store", tmp_path / "elsewhere", "--add").output.split())
    assert "--add: derived the whole graph instead (no resolution kept" in output  # a new store


def test_extract_marks_each_mention_with_its_node_or_none(tmp_path):
    out, store = tmp_path / "records.jsonl", tmp_path / "store"
    run("--quiet", "extract", SAMPLE, "-o", out)
    mentions = [m for line in out.read_text(encoding="utf-8").splitlines() for m in json.loads(line)["entities"]]
    marked = {m["entity"] for m in mentions if m["entity"]}
    assert all("entity" in m for m in mentions) and len(marked) > 50
    assert any(m["entity"] is None for m in mentions)  # generic phrases: mentions without a node
    run("--quiet", "load", out, "--store", store)
    exported = tmp_path / "graph.json"
    run("--quiet", "export", "json", "-o", exported, "--store", store)
    nodes = {n["key"] for n in json.loads(exported.read_text(encoding="utf-8"))["nodes"]}
    entity_nodes = {n for n in nodes if n.split(":", 1)[0] in ("Method", "Model", "Dataset", "Metric", "Task")}
    assert marked <= entity_nodes  # every marked mention names a node of the graph of the same records


def test_html_export_says_what_it_left_out(built, tmp_path):
    out = " ".join(run("export", "html", "-o", tmp_path / "g.html", "--max-nodes", "20", "--store", built).output.split())
    assert re.search(r"drew 20 of \d+ nodes; 45 papers hidden \(--papers draws them\); \d+ less connected", out), out
    with_papers = " ".join(run("export", "html", "-o", tmp_path / "p.html", "--papers", "--store", built).output.split())
    assert "papers hidden" not in with_papers and (tmp_path / "p.html").stat().st_size > 0
