#!/usr/bin/env python3
"""The results-dev32 papers (100 of the 2025 corpus, between the picks of results-dev, -dev2 to
-dev31, -test and ner-2025; README.md):
--select redoes ids.txt, --input [OUT.jsonl] rebuilds their text outside the repository."""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    runpy.run_path(os.path.join(HERE, "..", "results-dev", "select.py"))["sibling"](
        HERE, 100, 33, ('results-dev', 'results-dev2', 'results-dev3', 'results-dev4', 'results-dev5', 'results-dev6',
                       'results-dev7', 'results-dev8', 'results-dev9', 'results-dev10', 'results-dev11', 'results-dev12',
                       'results-dev13', 'results-dev14', 'results-dev15', 'results-dev16', 'results-dev17', 'results-dev18', 'results-dev19', 'results-dev20', 'results-dev21', 'results-dev22', 'results-dev23', 'results-dev24', 'results-dev25', 'results-dev26', 'results-dev27', 'results-dev28', 'results-dev29', 'results-dev30', 'results-dev31', 'results-test', 'ner-2025'),
        __doc__)
