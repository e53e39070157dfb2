#!/usr/bin/env python3
"""Validate results-dev2.jsonl: runs ../results-dev/check.py with this folder's ids.txt and gold.

  python training/results-dev2/check.py [--input /tmp/results-dev2-input.jsonl]

Without --input the papers are rebuilt in memory from the shared read-only files. Any other
argument is passed on to ../results-dev/check.py (see its help for the checks).
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    runpy.run_path(os.path.join(HERE, "..", "results-dev", "check.py"))["sibling"](HERE, "results-dev2.jsonl")
