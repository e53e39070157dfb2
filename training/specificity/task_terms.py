"""Tasks the field builds benchmarks for: "code generation", "video understanding",
"mathematical reasoning". Writes ``kg/resolve/data/task_terms.tsv``.

The node classifier (kg.resolve.specificity) reads a lower-case phrase as generic unless the
well-known list or the field's abbreviations vouch for it, so tasks that 2025 papers name in
plain words ("video generation": 1,400 abstracts) got no node. Two kinds of corpus evidence
say a phrase is a well-defined task, not a description:

1. the pipeline tags its exact span as a Task in at least ``MIN_TASK_SHARE`` of its
   occurrences, in at least ``MIN_PAPERS`` papers (the tagger's reading, on today's text);
2. papers name benchmarks or datasets for it ("code generation benchmarks", "video
   understanding datasets") in at least ``MIN_BENCH_PAPERS`` abstracts: the field measures it.

A phrase in more than ``MAX_SHARE`` of the abstracts is a field or a setting ("computer
vision", "decision making"); a hyphenated word is one token to the tagger and never a
candidate ("multi-turn", "large-scale"); and a task is named by an action noun
("generation", "reasoning", "assessment"), not by a thing studied ("dynamic scenes",
"satellite imagery"). Distant supervision, no labels:
the table changes when the corpus or the tagger does.

    kg extract ../shared/corpus/arxiv-ai-2025/arxiv-ai-2025.jsonl.gz -o ALL.jsonl -j 2   # 20 min
    python -m training.specificity.task_terms ALL.jsonl [-o kg/resolve/data/task_terms.tsv]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from kg.resolve.normalise import normalise
from kg.resolve.specificity import TASK_TERMS_FILE
from training.paths import MODERN_CORPUS

MIN_PAPERS = 20
MIN_TASK_SHARE = 0.8
MIN_BENCH_PAPERS = 5
MAX_SHARE = 0.02
_WORD = re.compile(r"[a-z0-9]+")
_DATA_NOUNS = frozenset({"benchmark", "dataset"})
# a task is named by what is done: its head is an action noun ("generation", "reasoning",
# "assessment", "retrieval", "inference"), not a thing studied ("dynamic scenes", "satellite imagery")
_ACTION_NOUN = re.compile(r"(?:tion|sion|ing|ment|sis|val|ence)$")


def tagged_tasks(records_path: Path) -> dict[str, int]:
    """Lower-case phrases of two words or more the pipeline tags as a Task in MIN_TASK_SHARE of
    their tagged occurrences -> the papers it tags them in."""
    types: dict[str, Counter] = defaultdict(Counter)
    papers: dict[str, set] = defaultdict(set)
    with open(records_path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for mention in record["entities"]:
                text = mention["text"]
                if text != text.lower() or len(text.split()) < 2:
                    continue
                key = normalise(text)
                types[key][mention["type"]] += 1
                papers[key].add(record["id"])
    return {key: len(papers[key]) for key, counts in types.items()
            if len(papers[key]) >= MIN_PAPERS and counts["Task"] >= MIN_TASK_SHARE * sum(counts.values())}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def corpus_counts(phrases, corpus: Path = MODERN_CORPUS) -> tuple[Counter, Counter, int]:
    """(abstracts using each phrase, abstracts naming a benchmark or dataset for it, abstracts)."""
    wanted = {tuple(p.split()) for p in phrases}
    longest = max(map(len, wanted), default=0)
    used, benched, total = Counter(), Counter(), 0
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            words = _WORD.findall(f"{row.get('title') or ''} . {row.get('abstract') or ''}".lower())
            seen, measured = set(), set()
            for i in range(len(words)):
                for n in range(2, longest + 1):
                    gram = (*words[i:i + n - 1], _singular(words[i + n - 1])) if i + n <= len(words) else None
                    if gram in wanted:
                        seen.add(gram)
                        if i + n < len(words) and _singular(words[i + n]) in _DATA_NOUNS:
                            measured.add(gram)
            used.update(seen)
            benched.update(measured)
            total += 1
    return Counter({" ".join(g): n for g, n in used.items()}), Counter({" ".join(g): n for g, n in benched.items()}), total


def task_terms(tagged: dict[str, int], used: Counter, benched: Counter, total: int) -> list[tuple[str, int, int]]:
    """(phrase, abstracts, abstracts with a benchmark for it) of the phrases that pass."""
    return sorted((phrase, used[phrase], benched[phrase]) for phrase in tagged
                  if benched[phrase] >= MIN_BENCH_PAPERS and used[phrase] <= MAX_SHARE * total
                  and _ACTION_NOUN.search(phrase))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", type=Path, help="kg extract output for the 2025 corpus")
    parser.add_argument("-o", "--output", type=Path, default=TASK_TERMS_FILE)
    args = parser.parse_args(argv)
    tagged = tagged_tasks(args.records)
    used, benched, total = corpus_counts(tagged)
    rows = task_terms(tagged, used, benched, total)
    with args.output.open("w", encoding="utf-8") as out:
        out.write(f"# tasks the 2025 corpus tags and benchmarks ({total} abstracts; "
                  "training/specificity/task_terms.py; rebuild, do not edit)\n")
        out.write("term\tabstracts\twith_benchmark\n")
        out.writelines(f"{phrase}\t{n}\t{b}\n" for phrase, n, b in rows)
    print(f"wrote {len(rows)} of {len(tagged)} tagged task phrases to {args.output}")


if __name__ == "__main__":
    main()
