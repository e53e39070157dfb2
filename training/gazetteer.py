"""Entity-ruler patterns seeded from the training part of the gold files.

A name only becomes a pattern when the annotators tagged it in most of the places where it
occurs in the training text: "ImageNet" is tagged nearly everywhere, "training" (once tagged
as a Task) nearly nowhere. That precision filter is what keeps a dictionary from flooding the
output with common words. Only training records are ever passed in here (see ``gold.py``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

__all__ = ["gazetteer_patterns", "name_stats", "DEFAULT_TYPE_MAP"]

# gold type -> pipeline label; types missing here are ignored
DEFAULT_TYPE_MAP = {
    "scirex": {"Method": "Method", "Dataset": "Dataset", "Metric": "Metric", "Task": "Task"},
    "scierc": {"Method": "Method", "Metric": "Metric", "Task": "Task"},
}


def _occurrences(name: str, text: str) -> int:
    return len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))


def name_stats(records: Iterable[dict], type_map: dict | None = None) -> dict[str, tuple[str, int, int]]:
    """name -> (majority type, times tagged, times it occurs) over the given records."""
    type_map = type_map or DEFAULT_TYPE_MAP
    tagged: dict[str, Counter] = defaultdict(Counter)
    texts = []
    for rec in records:
        mapping = type_map.get(rec.get("source", "scirex"), {})
        texts.extend(rec[f] for f in ("title", "abstract") if rec.get(f))
        for ent in rec["entities"]:
            if ent["type"] in mapping:
                tagged[ent["text"]][mapping[ent["type"]]] += 1
    corpus = "\n".join(texts)
    out = {}
    for name, counts in tagged.items():
        label, _ = counts.most_common(1)[0]
        out[name] = (label, sum(counts.values()), max(_occurrences(name, corpus), 1))
    return out


def _acceptable(name: str) -> bool:
    return len(name) >= 2 and any(c.isalpha() for c in name) and "\n" not in name


def gazetteer_patterns(records: Iterable[dict], min_precision: float = 0.5, min_count: int = 1,
                       type_map: dict | None = None) -> list[dict]:
    """EntityRuler phrase patterns, sorted so the output is deterministic."""
    stats = name_stats(records, type_map)
    pats = [{"label": label, "pattern": name}
            for name, (label, n_tag, n_occ) in stats.items()
            if _acceptable(name) and n_tag >= min_count and n_tag / n_occ >= min_precision]
    return sorted(pats, key=lambda p: (p["label"], p["pattern"]))
