"""Word statistics of today's abstracts, for telling names and specific terms from generic
phrases (kg.resolve.specificity reads the table this writes).

Over every title and abstract of ../shared/corpus/arxiv-ai-2025 (74,728 papers of 2025), for
each word (lower-cased) seen in at least MIN_DF papers: in how many papers it occurs, how often
it is written with a capital or digit inside a sentence (names are: "Transformer", "GPT"),
how often a determiner or possessive stands right before it ("the encoder", "our framework":
generic nouns are counted things), and how often it starts a clause after a name ("X suffers
from", "Y transfers": verbs glued onto names by the NER). No spaCy: a regex tokenizer is
enough for counts, and keeps this a two-minute job.

    python training/specificity/word_stats.py [-o kg/resolve/data/word_stats.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus" / "arxiv-ai-2025" / "arxiv-ai-2025.jsonl.gz"
OUTPUT = REPO / "kg" / "resolve" / "data" / "word_stats.tsv.gz"
MIN_DF = 3
TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'+]|[-.](?=[A-Za-z0-9]))*|[^\sA-Za-z0-9]")
DETERMINERS = frozenset("the a an this that these those our their its his her such each every any some".split())
FOLLOWERS = frozenset("the a an from to that with by in on into over for of as".split())
SENTENCE_END = frozenset(".!?:;")


def _count(text: str, counts: dict[str, Counter], seen: set[str]) -> None:
    tokens = TOKEN.findall(text)
    for i, tok in enumerate(tokens):
        word = tok.lower()
        seen.add(word)
        c = counts.setdefault(word, Counter())
        c["tf"] += 1
        initial = i == 0 or tokens[i - 1] in SENTENCE_END
        if not initial:
            c["mid"] += 1
            if tok != word or any(ch.isdigit() for ch in tok):
                c["marked"] += 1
        if i > 0 and tokens[i - 1].lower() in DETERMINERS:
            c["det"] += 1
        if (not initial and tok == word and tokens[i - 1][:1].isupper() and i + 1 < len(tokens)
                and tokens[i + 1].lower() in FOLLOWERS):
            c["after_name"] += 1


def word_stats(corpus: Path = CORPUS) -> tuple[int, dict[str, Counter]]:
    counts: dict[str, Counter] = {}
    papers = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            seen: set[str] = set()
            for text in (row.get("title") or "", row.get("abstract") or ""):
                _count(text, counts, seen)
            for word in seen:
                counts[word]["df"] += 1
            papers += 1
    return papers, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    papers, counts = word_stats()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    kept = sorted(w for w, c in counts.items() if c["df"] >= MIN_DF and "\t" not in w)
    with gzip.open(args.output, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"# papers\t{papers}\n# word\tdf\ttf\tmid\tmarked\tdet\tafter_name\n")
        for word in kept:
            c = counts[word]
            out.write(f"{word}\t{c['df']}\t{c['tf']}\t{c['mid']}\t{c['marked']}\t{c['det']}\t{c['after_name']}\n")
    print(f"{len(kept)} words of {papers} papers -> {args.output}")


if __name__ == "__main__":
    main()
