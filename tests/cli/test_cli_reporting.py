"""What the CLI says about its input and options: skipped files (a count, -v lists them),
inputs with no papers, --json with --csv, and -q/-v after the command."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import skipped_files

PAPERS = [{"id": "p1", "title": "ZorbNet", "abstract": "ZorbNet reaches 71.8% mIoU on Cityscapes."},
          {"id": "p2", "title": "BERT for QA", "abstract": "We fine-tune BERT on SQuAD v1.1 and reach 90.9 F1."}]


def run(*args, code=0):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == code, (result.output, result.exception)
    return result


@pytest.fixture
def folder(tmp_path):
    """One readable JSONL file plus two files kg does not read."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "papers.jsonl").write_text("".join(json.dumps(p) + "\n" for p in PAPERS), encoding="utf-8")
    (root / "NOTES.md").write_text("# notes\n", encoding="utf-8")
    (root / "sub" / "more.jsonl.zip").write_bytes(b"PK\x03\x04")  # gzip is read; zip is not
    return root


def test_skipped_files_lists_what_a_folder_read_leaves_out(folder, tmp_path):
    assert skipped_files([folder]) == [folder / "NOTES.md", folder / "sub" / "more.jsonl.zip"]
    assert skipped_files([folder / "papers.jsonl"]) == []


def test_skipped_files_are_counted_and_listed_with_v(folder, tmp_path):
    out = tmp_path / "records.jsonl"
    plain = run("extract", folder, "-o", out)
    assert "skipped 2 files in the input folders" in plain.stderr and "-v lists them" in plain.stderr
    assert "NOTES.md" not in plain.stderr
    verbose = run("extract", folder, "-o", out, "-v")  # -v after the command
    assert f"skipped file {folder / 'NOTES.md'}" in verbose.stderr
    assert f"skipped file {folder / 'sub' / 'more.jsonl.zip'}" in verbose.stderr
    quiet = run("extract", folder, "-o", out, "--quiet")
    assert quiet.stderr == "" and len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_an_input_without_papers_warns_even_under_quiet(folder, tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    only_notes = tmp_path / "notes-only"
    only_notes.mkdir()
    (only_notes / "README.md").write_text("x", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    result = run("-q", "extract", folder / "papers.jsonl", empty, only_notes, "-o", out)
    assert f"warning: {empty}: no papers found in it" in result.stderr
    assert f"warning: {only_notes}: no papers found in it" in result.stderr
    assert f"{folder / 'papers.jsonl'}: no papers" not in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_json_with_csv_is_an_error(tmp_path):
    result = run("query", "top", "--json", "--csv", "--store", tmp_path, code=2)
    assert "--json and --csv exclude each other" in result.output


def test_quiet_and_verbose_after_the_command(folder, tmp_path):
    store = tmp_path / "store"
    loud = run("build", folder / "papers.jsonl", "--store", store, "--verbose")
    assert "nodes:" in loud.stderr and "relationships:" in loud.stderr
    quiet = run("build", folder / "papers.jsonl", "--store", store, "-q")
    assert quiet.stderr == ""
    rows = json.loads(run("query", "top", "--store", store, "--json", "-q").output)
    assert rows and all("key" in row for row in rows)
    assert "No such option" not in run("neo4j", "status", "--home", tmp_path / "none", "-q", code=1).output
