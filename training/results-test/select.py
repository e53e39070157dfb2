#!/usr/bin/env python3
"""Deterministic selection of the results test set (stdlib only).

  python training/results-test/select.py --select     # redo the selection: writes ids.txt beside this file
  python training/results-test/select.py --input [OUT.jsonl]
                                                      # rebuild the input JSONL for the ids in ids.txt

The repository never holds the corpus text: ids.txt lists "source<TAB>id" and --input rebuilds
{"id", "source", "title", "abstract"} lines from the shared read-only files (default output
/tmp/results-test-input.jsonl, outside the repository), in ids.txt order.

Selection: 100 papers from ../shared/corpus/arxiv-ai-2025/arxiv-ai-2025.jsonl.gz only (no SciREX,
never hf-daily-papers). The candidate rule is the one of ../results-dev/select.py (imported from
there, not copied): title + abstract hold a score-like number. Every id in ../results-dev/ids.txt
is excluded; the remaining candidates are sorted by id and every k-th one is taken
(k = number of candidates // 100) starting at offset k // 2, so the picks fall between the dev
picks.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    runpy.run_path(os.path.join(HERE, "..", "results-dev", "select.py"))["sibling"](
        HERE, 100, 2, ('results-dev',), __doc__)
