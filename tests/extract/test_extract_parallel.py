"""`-j N`: extraction in worker processes gives the records a serial run gives, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.parallel import extract_in_processes
from kg.ingest import read_papers
from kg.pipeline import extract_papers

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "papers.jsonl"


@pytest.mark.slow
def test_two_workers_give_the_serial_records_in_order():
    papers = read_papers([SAMPLE])
    serial = [r.to_dict() for r in extract_papers(papers)]
    done = []
    parallel = [r.to_dict() for r in extract_in_processes(papers, jobs=2, progress=done.append, chunk=10)]
    assert parallel == serial and len(serial) == 45
    assert done == [10, 10, 10, 10, 5]  # progress per chunk, every paper counted once
