"""`--scheduler`: extraction on a real Dask cluster (a LocalCluster of two worker processes)
gives the records a serial run gives, in input order, byte for byte; an unreachable scheduler
is a one-line error. These run in CI: nothing here may skip."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

import kg
from kg.cli import main
from kg.errors import ExtractionError
from kg.extract import cluster as dask_route
from kg.ingest import read_papers
from kg.pipeline import extract_papers

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "papers.jsonl"
PAPERS = 12

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler():
    """The address of a LocalCluster of two single-threaded worker processes (closed after the module)."""
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address="127.0.0.1:0") as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def papers():
    return read_papers([SAMPLE])[:PAPERS]


@pytest.fixture(scope="module")
def serial(papers) -> list[str]:
    return [json.dumps(r.to_dict(), ensure_ascii=False) for r in extract_papers(papers)]


@pytest.fixture
def small_input(tmp_path, papers) -> Path:
    """The first papers of the sample, as their own JSONL file."""
    path = tmp_path / "papers.jsonl"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:PAPERS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [p.id for p in read_papers([path])] == [p.id for p in papers]
    return path


def _pipelines(address: str) -> dict[str, int | None]:
    """Each worker's cached pipeline (its id), by worker address."""
    def cached():
        from kg.extract import cluster
        return id(cluster._nlp) if cluster._nlp is not None else None
    with Client(address) as client:
        return client.run(cached)


def test_two_workers_give_the_serial_records_in_order(scheduler, papers, serial):
    done = []
    records = dask_route.extract_on_cluster(papers, scheduler, progress=done.append, shard=3)
    assert [json.dumps(r.to_dict(), ensure_ascii=False) for r in records] == serial
    assert done == [3, 3, 3, 3]  # progress per shard, every paper counted once
    loaded = _pipelines(scheduler)
    assert len(loaded) == 2 and None not in loaded.values()  # both workers took shards

    again = list(extract_papers(papers, scheduler=scheduler))  # through the pipeline's route
    assert [json.dumps(r.to_dict(), ensure_ascii=False) for r in again] == serial
    assert _pipelines(scheduler) == loaded  # each worker kept the pipeline it loaded once


def test_cli_extract_on_the_cluster_writes_the_serial_file(scheduler, small_input, tmp_path, monkeypatch):
    monkeypatch.setattr(dask_route, "SHARD", 4)
    runner = CliRunner()
    for name, extra in (("serial", []), ("cluster", ["--scheduler", scheduler])):
        result = runner.invoke(main, ["-q", "extract", str(small_input), "-o", str(tmp_path / name), *extra])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "cluster").read_bytes() == (tmp_path / "serial").read_bytes()
    assert len((tmp_path / "cluster").read_text(encoding="utf-8").splitlines()) == PAPERS


def test_api_build_on_the_cluster(scheduler, small_input, tmp_path):
    summary = kg.build([small_input], store=tmp_path / "store", scheduler=scheduler)
    assert summary.extracted == PAPERS and summary.counts["papers"] == PAPERS


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_scheduler_is_a_one_line_error(small_input, tmp_path, monkeypatch):
    monkeypatch.setattr(dask_route, "CONNECT_TIMEOUT", 1)
    address = f"tcp://127.0.0.1:{_closed_port()}"
    out = tmp_path / "records.jsonl"
    result = CliRunner().invoke(main, ["extract", str(small_input), "-o", str(out), "--scheduler", address])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: cannot reach the Dask scheduler at {address}: ")
    assert not out.exists()


def test_a_scheduler_without_workers_is_an_error_not_a_wait(monkeypatch):
    monkeypatch.setattr(dask_route, "WORKER_WAIT", 1)
    with LocalCluster(n_workers=0, dashboard_address="127.0.0.1:0") as empty:
        with pytest.raises(ExtractionError, match="no Dask worker joined the scheduler"):
            list(dask_route.extract_on_cluster(read_papers([SAMPLE])[:1], empty.scheduler_address))


@pytest.mark.parametrize("spelling", ["local:x", "local:0", "nonsense"])
def test_malformed_addresses_are_errors_before_any_work(spelling):
    with pytest.raises(ExtractionError, match=spelling):
        list(dask_route.extract_on_cluster(read_papers([SAMPLE])[:1], spelling))


def test_jobs_and_scheduler_exclude_each_other(small_input, tmp_path):
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(small_input), "-j", "2", "--scheduler", "local:2",
                                       "--store", str(store)])
    assert result.exit_code == 2 and "exclude each other" in result.output
    assert not store.exists()  # refused before the store was opened
    with pytest.raises(ValueError, match="exclude each other"):
        extract_papers([], jobs=2, scheduler="local:2")


def test_local_spelling_starts_a_cluster_here(papers, serial):
    records = extract_papers(papers[:2], scheduler="local:1")
    assert [json.dumps(r.to_dict(), ensure_ascii=False) for r in records] == serial[:2]


def test_import_kg_cli_does_not_import_dask():
    code = "import sys, kg.cli; print([m for m in ('dask', 'distributed') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
