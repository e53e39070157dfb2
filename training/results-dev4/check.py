#!/usr/bin/env python3
"""Validate results-dev4.jsonl: runs ../results-dev/check.py with this folder's ids.txt and gold.

  python training/results-dev4/check.py [--input /tmp/results-dev4-input.jsonl]

Without --input the papers are rebuilt in memory from the shared read-only files. Any other
argument is passed on to ../results-dev/check.py (see its help for the checks).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "..", "results-dev", "check.py")

if __name__ == "__main__":
    args = ["--ids", os.path.join(HERE, "ids.txt"), "--gold", os.path.join(HERE, "results-dev4.jsonl")] + sys.argv[1:]
    sys.exit(subprocess.call([sys.executable, CHECK] + args))
