"""Hyphenated words the field writes as modifiers: "multi-agent", "high-precision", "low-light".

A tagger often cuts a name off before its noun ("Cross-Target" of "cross-target stance
detection", "High-Precision" of "high-precision localization"), and the lone modifier then
looks like a coined name. How the 2025 corpus writes the word tells: "multi-agent" is followed
by a content word ("multi-agent systems") in 98% of its 4,788 uses; "self-attention" in 48%,
"U-Net" in 47%, since they name things and end their phrases. This writes, for each
hyphenated word used at least MIN_USES times in ../shared/corpus/arxiv-ai-2025 (74,728
abstracts, titles included), its uses and how many a content word follows, keeping the words
at or above MIN_RATE; kg.resolve.specificity gives no node to an entity that is one of them.

    python -m training.specificity.modifier_words [-o kg/resolve/data/modifier_words.tsv]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from training.paths import MODERN_CORPUS

OUTPUT = Path(__file__).resolve().parents[2] / "kg" / "resolve" / "data" / "modifier_words.tsv"
MIN_USES = 20
MIN_RATE = 0.85
# a hyphenated word and what follows it (the next non-space run)
HYPHENATED = re.compile(r"(?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)+)(?![\w-])\s*(\S*)")
CONTENT = re.compile(r"[A-Za-z]+")
# words after which a hyphenated word still ends its phrase: "U-Net for segmentation", "X-ray and CT"
FUNCTION_WORDS = frozenset(
    "a an the and or of in on for to with by from as at is are was were be been this that these those which who "
    "whose while than via into over under across between within without among its their our we it they can may "
    "will should would could not also both each such using based".split())


def count(lines) -> tuple[Counter, Counter]:
    """(uses, uses followed by a content word) of each lower-cased hyphenated word."""
    uses, modifying = Counter(), Counter()
    for line in lines:
        row = json.loads(line)
        for text in (row.get("title") or "", row.get("abstract") or ""):
            for match in HYPHENATED.finditer(text):
                word, following = match.group(1).lower(), match.group(2)
                uses[word] += 1
                head = CONTENT.match(following)
                modifying[word] += bool(head) and head.group(0).lower() not in FUNCTION_WORDS
    return uses, modifying


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    with gzip.open(MODERN_CORPUS, "rt", encoding="utf-8") as handle:
        uses, modifying = count(handle)
    kept = sorted(word for word, n in uses.items() if n >= MIN_USES and modifying[word] >= MIN_RATE * n)
    with args.output.open("w", encoding="utf-8") as out:
        out.write("# hyphenated words the 2025 corpus writes as modifiers (training/specificity/modifier_words.py; "
                  "rebuild, do not edit)\n")
        out.write(f"# kept: at least {MIN_USES} uses, a content word after at least {MIN_RATE:.0%} of them\n")
        out.write("word\tuses\tmodifying\n")
        out.writelines(f"{word}\t{uses[word]}\t{modifying[word]}\n" for word in kept)
    print(f"wrote {len(kept)} of {sum(n >= MIN_USES for n in uses.values())} frequent hyphenated words to {args.output}")


if __name__ == "__main__":
    main()
