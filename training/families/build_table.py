#!/usr/bin/env python
"""Learns which families of versioned names are models and which are datasets, from how the
2025 arXiv corpus writes them; writes ``kg/extract/data/versioned_families.tsv``.

Every versioned name (``kg.family_names.NAME_PATTERN``: "Qwen2.5-7B", "YOLOv8",
"CIFAR-100", "SemEval-2026", "RTX 4090") is counted under its family with the evidence the
text gives about what it is:

* the word right after the name: "model(s)", "LLM", "backbone", "checkpoint" ... vote Model;
  "dataset", "benchmark", "corpus", "split" ... vote Dataset; "challenge", "GPU", "task",
  "images", "workshop" ... vote for neither (competitions, hardware, satellites);
* a parameter size inside the name ("-7B", " 70B") votes Model;
* lists: a name joined by ", " / " and " / " or " to a name of a family already typed votes that
  type (one pass after the first typing: "GPT-4o, Claude 3.5 Sonnet and Gemini 2.5 Pro").

A family is typed when it is in at least MIN_PAPERS papers, its stem has three letters or
more and is not an ordinary word (its lower-case form is rarer than its papers: "Stage 2",
"Task 1", "Figure 3" never qualify), and one type has at least MIN_VOTES votes and three times
the votes of everything else. Everything is counted, nothing is listed by hand.

    python -m training.families.build_table [--min-papers 3] [-o kg/extract/data/versioned_families.tsv]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from kg.family_names import FAMILIES_FILE, NAME_PATTERN, SIZE, family_key
from training.paths import MODERN_CORPUS

MODEL_CUES = {"model", "models", "llm", "llms", "backbone", "backbones", "vlm", "vlms", "mllm", "mllms",
              "checkpoint", "checkpoints", "variant", "variants", "family", "series", "encoder"}
DATASET_CUES = {"dataset", "datasets", "benchmark", "benchmarks", "corpus", "split", "splits", "test",
                "leaderboard"}
OTHER_CUES = {"challenge", "competition", "workshop", "conference", "gpu", "gpus", "task", "images",
              "imagery", "satellite", "shared", "track", "stage", "system", "pandemic"}
MIN_PAPERS = 3
MIN_VOTES = 3
DOMINANCE = 3
MIN_SPELLING = 3
BARE_MIN_PAPERS = 10
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")
WORD = re.compile(r"[A-Za-z]+")


def _cue(text: str, end: int) -> str | None:
    nxt = WORD.match(text, end + 1) if end + 1 < len(text) and text[end] in " -" else None
    word = nxt.group(0).lower() if nxt else ""
    if word in MODEL_CUES:
        return "Model"
    if word in DATASET_CUES:
        return "Dataset"
    return "other" if word in OTHER_CUES else None


def count(texts) -> tuple[dict, dict, dict, Counter]:
    """Per family: papers, votes (Counter of Model/Dataset/other), list neighbours and stem
    spellings; and lower-case word counts."""
    papers, votes, neighbours, lower = defaultdict(int), defaultdict(Counter), defaultdict(Counter), Counter()
    spellings = defaultdict(Counter)
    for text in texts:
        lower.update(w for w in WORD.findall(text) if w.islower())
        seen, previous = set(), None
        for match in NAME_PATTERN.finditer(text):
            key = family_key(match["stem"], match["version"], match["sep"])
            seen.add(key)
            stem = match["stem"]
            spellings[key][stem[:-1] if key == stem[:-1].lower() else stem] += 1
            if re.search(rf"[-\s]{SIZE}\b", match["pieces"] or ""):
                votes[key]["Model"] += 1
            cue = _cue(text, match.end())
            if cue:
                votes[key][cue] += 1
            if previous is not None and LIST_JOIN.fullmatch(text, previous[1], match.start()):
                neighbours[key][previous[0]] += 1
                neighbours[previous[0]][key] += 1
            previous = (key, match.end())
        for key in seen:
            papers[key] += 1
    return papers, votes, neighbours, lower, spellings


def _decide(votes: Counter) -> str | None:
    for label in ("Model", "Dataset"):
        rest = sum(v for k, v in votes.items() if k != label)
        if votes[label] >= MIN_VOTES and votes[label] >= DOMINANCE * rest:
            return label
    return None


def type_families(papers, votes, neighbours, lower, min_papers: int = MIN_PAPERS) -> dict[str, str]:
    eligible = [k for k, n in papers.items() if n >= min_papers and len(k) >= 3 and lower[k] < n]
    first = {k: label for k in eligible if (label := _decide(votes[k]))}
    out = {}
    for key in eligible:
        with_lists = Counter(votes[key])
        for other, n in neighbours[key].items():
            if other in first and other != key:
                with_lists[first[other]] += n
        if label := _decide(with_lists):
            out[key] = label
    return out


def corpus_texts(path: Path = MODERN_CORPUS):
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                yield f"{row.get('title') or ''}\n{row.get('abstract') or ''}"


def write_table(families: dict[str, str], papers, votes, spellings, path: Path) -> None:
    lines = ["# Families of versioned names and what they name, learned from the 2025 arXiv corpus by",
             "# training/families/build_table.py (do not edit by hand; rebuild). papers: abstracts",
             "# with a versioned name of the family; votes: Model/Dataset/other evidence counted;",
             f"# spellings: how the stem is written, {MIN_SPELLING}+ times, for families of {BARE_MIN_PAPERS}+ papers",
             "# (a model family's name written alone is a Model).",
             "family\ttype\tpapers\tvotes\tspellings"]
    for key in sorted(families, key=lambda k: (-papers[k], k)):
        v = votes[key]
        written = ",".join(sorted(w for w, n in spellings[key].items() if n >= MIN_SPELLING)) \
            if papers[key] >= BARE_MIN_PAPERS else ""
        lines.append(f"{key}\t{families[key]}\t{papers[key]}\tM{v['Model']} D{v['Dataset']} O{v['other']}\t{written}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-papers", type=int, default=MIN_PAPERS)
    parser.add_argument("-o", "--output", type=Path, default=FAMILIES_FILE)
    args = parser.parse_args()
    papers, votes, neighbours, lower, spellings = count(corpus_texts())
    families = type_families(papers, votes, neighbours, lower, args.min_papers)
    write_table(families, papers, votes, spellings, args.output)
    kinds = Counter(families.values())
    print(f"{len(families)} families ({kinds['Model']} Model, {kinds['Dataset']} Dataset) -> {args.output}")


if __name__ == "__main__":
    main()
