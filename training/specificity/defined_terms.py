"""Terms the field abbreviates: phrases that 2025 abstracts define with an acronym.

A phrase that many papers spell out and abbreviate ("speculative decoding (SD)", "flow
matching (FM)", "attack success rate (ASR)", "time series forecasting (TSF)") is a term of the
field, however common its words are; a generic phrase ("unified framework", "temporal
modules") is not abbreviated by paper after paper. kg.resolve.specificity reads the table
this writes: how many papers of ../shared/corpus/arxiv-ai-2025 (74,728 abstracts) define each
phrase, by its normal form (kg.resolve.normalise), for phrases defined in at least MIN_PAPERS.

The long form is found as Schwartz and Hearst (2003) find it: the acronym's letters matched
from its end, backwards through the words before the bracket, the first letter at the start
of a word. No spaCy: a regex and the matcher are enough, a two-minute job.

    python -m training.specificity.defined_terms [-o kg/resolve/data/defined_terms.tsv]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import defaultdict
from pathlib import Path

from kg.resolve.normalise import normalise
from training.paths import MODERN_CORPUS

OUTPUT = Path(__file__).resolve().parents[2] / "kg" / "resolve" / "data" / "defined_terms.tsv"
MIN_PAPERS = 3
MAX_WORDS = 6
# "(SD)", "(TTS)", "(CoT)", "(LLMs)": a bracket that holds only an acronym
DEFINITION = re.compile(r"\(\s*([A-Z][A-Za-z0-9\-]{1,9})\s*[;,)]")
WORD = re.compile(r"\S+")
_SPLIT = re.compile(r"[^a-z0-9]+")


def long_form(acronym: str, before: str) -> str | None:
    """The words right before a bracketed acronym that it abbreviates, or None."""
    letters = [c.lower() for c in acronym.rstrip("s") if c.isalnum()]
    words = WORD.findall(before)[-min(len(letters) + 5, 2 * len(letters)):]
    text = " ".join(words)
    s, i = len(letters) - 1, len(text) - 1
    while s >= 0:
        while i >= 0 and (text[i].lower() != letters[s] or (s == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i, s = i - 1, s - 1
    found = text[text.rfind(" ", 0, i + 1) + 1:].strip(" ,;:\"'")
    ok = 1 < len(re.split(r"[\s-]+", found)) <= MAX_WORDS and found[:1].isalnum() and not set("()[]") & set(found)
    return found if ok else None


def defined_terms(texts) -> dict[str, int]:
    """normal form of a long form -> papers defining it."""
    papers: dict[str, set[int]] = defaultdict(set)
    for number, text in enumerate(texts):
        for match in DEFINITION.finditer(text):
            found = long_form(match.group(1), text[max(0, match.start() - 200):match.start()])
            if found:
                papers[normalise(found)].add(number)
    return {term: len(ids) for term, ids in papers.items()}


def _grams(text: str, first_words: set[str]):
    """Normal forms of the word sequences of ``text`` (up to MAX_WORDS words) that start with
    one of ``first_words``: what a term's normal form is compared with."""
    words = _SPLIT.split(text.lower())
    for i, word in enumerate(words):
        if word in first_words:
            for j in range(i + 1, min(i + MAX_WORDS, len(words)) + 1):
                yield normalise(" ".join(words[i:j]))


def usage(texts, terms: set[str]) -> dict[str, int]:
    """term -> papers whose text holds it (any plural, hyphenation), one pass over ``texts``."""
    first_words = {term.split(" ")[0] for term in terms}
    counts: dict[str, int] = defaultdict(int)
    for text in texts:
        for term in set(_grams(text, first_words)) & terms:
            counts[term] += 1
    return counts


def _texts(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            yield f"{row.get('title') or ''}. {row.get('abstract') or ''}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    counts = defined_terms(_texts(MODERN_CORPUS))
    kept = sorted(((term, n) for term, n in counts.items() if n >= MIN_PAPERS), key=lambda item: (-item[1], item[0]))
    used = usage(_texts(MODERN_CORPUS), {term for term, _ in kept})
    lines = ["# phrases 2025 abstracts define with an acronym (training/specificity/defined_terms.py; rebuild, do not edit)",
             "# defined: abstracts defining it; used: abstracts holding it at all",
             f"# papers\t{sum(1 for _ in _texts(MODERN_CORPUS))}",
             "term\tdefined\tused", *(f"{term}\t{n}\t{max(used.get(term, 0), n)}" for term, n in kept)]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} terms defined in {MIN_PAPERS}+ papers -> {args.output}")


if __name__ == "__main__":
    main()
