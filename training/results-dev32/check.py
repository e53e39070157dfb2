#!/usr/bin/env python3
"""Validate results-dev32.jsonl against its papers: ../results-dev/check.py on this folder's files
(options as there: --input OUT.jsonl reads a rebuilt input instead of the shared corpus)."""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    runpy.run_path(os.path.join(HERE, "..", "results-dev", "check.py"))["sibling"](HERE, "results-dev32.jsonl")
