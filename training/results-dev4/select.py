#!/usr/bin/env python3
"""Deterministic selection of the fourth results development batch (stdlib only).

  python training/results-dev4/select.py --select     # redo the selection: writes ids.txt beside this file
  python training/results-dev4/select.py --input [OUT.jsonl]
                                                      # rebuild the input JSONL for the ids in ids.txt

The repository never holds the corpus text: ids.txt lists "source<TAB>id" and --input rebuilds
{"id", "source", "title", "abstract"} lines from the shared read-only corpus (default output
/tmp/results-dev4-input.jsonl, outside the repository), in ids.txt order.

Selection: 120 papers from ../shared/corpus/arxiv-ai-2025/arxiv-ai-2025.jsonl.gz only (no SciREX,
never hf-daily-papers), with the candidate rule of ../results-dev/select.py (imported, not copied).
Every id in the ids.txt of results-dev, results-dev2, results-dev3 and results-test is excluded; the remaining
candidates are sorted by id and every k-th one is taken (k = remaining candidates // 120) from
offset k // 3, so the picks fall between the earlier sets'.
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TRAINING = os.path.normpath(os.path.join(HERE, ".."))
IDS = os.path.join(HERE, "ids.txt")
DEFAULT_OUT = "/tmp/results-dev4-input.jsonl"


def _load_dev():
    path = os.path.join(TRAINING, "results-dev", "select.py")
    spec = importlib.util.spec_from_file_location("results_dev_select", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


dev = _load_dev()
EARLIER = ("results-dev", "results-dev2", "results-dev3", "results-test")


def select():
    dev.select_between(IDS, 120, 3, [os.path.join(TRAINING, d, "ids.txt") for d in EARLIER])


if __name__ == "__main__":
    dev.main(select, IDS, DEFAULT_OUT, __doc__)
