#!/usr/bin/env python3
"""Deterministic selection of the second results development batch (stdlib only).

  python training/results-dev2/select.py --select     # redo the selection: writes ids.txt beside this file
  python training/results-dev2/select.py --input [OUT.jsonl]
                                                      # rebuild the input JSONL for the ids in ids.txt

The repository never holds the corpus text: ids.txt lists "source<TAB>id" and --input rebuilds
{"id", "source", "title", "abstract"} lines from the shared read-only corpus (default output
/tmp/results-dev2-input.jsonl, outside the repository), in ids.txt order.

Selection: 150 papers from ../shared/corpus/arxiv-ai-2025/arxiv-ai-2025.jsonl.gz only (no SciREX,
never hf-daily-papers). The candidate rule is the one of ../results-dev/select.py (imported from
there, not copied): title + abstract hold a score-like number. Every id in ../results-dev/ids.txt
and ../results-test/ids.txt is excluded; the remaining candidates are sorted by id and every k-th
one is taken (k = number of remaining candidates // 150) starting at offset k // 4.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    runpy.run_path(os.path.join(HERE, "..", "results-dev", "select.py"))["sibling"](
        HERE, 150, 4, ('results-dev', 'results-test'), __doc__)
