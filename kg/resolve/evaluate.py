"""Accuracy of the resolver on a hand-written set of pairs that must / must not merge.

``python -m kg.resolve.evaluate`` prints the figure reported in README; the test suite holds
it to a floor. Each pair is resolved in a fresh resolver (with the acronym definitions the
pair needs), so pairs cannot help each other.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.records import Mention, PaperRecord
from kg.resolve.resolver import Resolver

__all__ = ["PAIRS_FILE", "load_pairs", "pair_merges", "evaluate"]

PAIRS_FILE = Path(__file__).resolve().parent / "data" / "resolution_pairs.jsonl"


def load_pairs(path: Path = PAIRS_FILE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _definition_record(label: str, long_form: str, acronym: str) -> PaperRecord:
    text = f"{long_form} ({acronym})"
    start = len(long_form) + 2
    return PaperRecord(id="definitions", title="", abstract=text, entities=[
        Mention(long_form, label, "abstract", 0, len(long_form), long_form),
        Mention(acronym, label, "abstract", start, start + len(acronym), long_form)])


def pair_merges(pair: dict) -> bool:
    label_a, label_b = pair["type"], pair.get("type_b", pair["type"])
    records = [_definition_record(label_a, lf, sf) for lf, sf in pair.get("define", [])]
    mentions = [Mention(pair["a"], label_a, "abstract", 0, len(pair["a"]), pair["a"]),
                Mention(pair["b"], label_b, "abstract", 0, len(pair["b"]), pair["b"])]
    records.append(PaperRecord(id="pair", title="", abstract="", entities=mentions))
    resolver = Resolver()
    resolver.observe(records)
    for record in records[:-1]:
        for mention in record.entities:
            resolver.resolve_mention(mention, record.id)
    first, second = (resolver.resolve_mention(m, "pair") for m in mentions)
    return first is second


def evaluate(pairs: list[dict] | None = None) -> dict:
    pairs = load_pairs() if pairs is None else pairs
    wrong = [p for p in pairs if pair_merges(p) != p["merge"]]
    return {"pairs": len(pairs), "correct": len(pairs) - len(wrong),
            "accuracy": round(1 - len(wrong) / len(pairs), 4), "wrong": wrong}


if __name__ == "__main__":
    report = evaluate()
    print(f"resolution pairs: {report['correct']}/{report['pairs']} correct ({100 * report['accuracy']:.1f}%)")
    for pair in report["wrong"]:
        print(f"  wrong: {pair['a']!r} vs {pair['b']!r} (should {'merge' if pair['merge'] else 'stay apart'})")
