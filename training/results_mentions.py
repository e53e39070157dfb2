"""Mentions read off the developed results sets, as NER training records.

The results sets (``training/results-dev*``) name, for every score a 2025 abstract states,
the dataset it was reached on. Those names are the data the NER misses most on today's text
(untagged, or typed a method), and they were written by people reading the abstracts, so
they can teach the NER where the data of a 2025 abstract is. Only the developed parts train:
the whole of results-dev and -dev2 to -dev8, and part A (the first 50 papers) of -dev9 on.
Every part B and results-test stay held aside to judge the results, never trained on.

A record marks each place its title or abstract writes one of the paper's gold dataset names
as a Dataset, and (by default) its gold method names and measures as a Method and a Metric, so
the NER is told which coined names near a score are not data. What else the text holds is
either unknown (``silver=None``: every other token missing) or the spans a given NER pipeline
tags there (``silver``), the gold names winning where they overlap. Measured, not shipped:
docs/experiments.md, forty-second session.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from training.modern_gold import corpus_rows
from training.paths import MODERN_CORPUS

__all__ = ["SOURCE", "SOURCE_GOLD_ONLY", "DEVELOPED_WHOLE", "developed_gold", "name_spans",
           "results_mention_records"]

HERE = Path(__file__).resolve().parent
SOURCE = "kg-results"
SOURCE_GOLD_ONLY = "kg-results-gold"
DEVELOPED_WHOLE = ("results-dev", *(f"results-dev{n}" for n in range(2, 9)))
FIRST_SPLIT_SET = 9
PART_A = 50
_NER_LABEL = {"Model": "Method"}  # the pipeline splits the NER's methods; the NER does not


def _set_names(root: Path) -> list[str]:
    numbered = sorted(int(p.name[11:]) for p in root.glob("results-dev[0-9]*") if p.name[11:].isdigit())
    return [*DEVELOPED_WHOLE, *(f"results-dev{n}" for n in numbered if n >= FIRST_SPLIT_SET)]


def developed_gold(root: Path = HERE, field: str = "dataset") -> dict[str, list[str]]:
    """Paper id -> the names its gold results give in ``field`` ("dataset", "method" with
    its aliases, "metric"), for papers with some results."""
    out: dict[str, list[str]] = {}
    for name in _set_names(root):
        path = root / name / f"{name}.jsonl"
        if not path.is_file():
            continue
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if name not in DEVELOPED_WHOLE:
            lines = lines[:PART_A]
        for line in lines:
            names = sorted({n for r in line["results"] for n in _names(r, field)}, key=len, reverse=True)
            if names:
                out[str(line["id"])] = names
    return out


def _names(result: dict, field: str) -> list[str]:
    names = [result.get(field)] + (list(result.get("method_aliases") or []) if field == "method" else [])
    return [n for n in names if n and len(n) > 1]


def name_spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Character spans where ``text`` writes a name whole (not inside a longer word or a
    hyphened name: "ImageNet" is not marked in "ImageNet-1K"); longer names first."""
    taken: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w]|-\w)", text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append((m.start(), m.end()))
    return sorted(taken)


def _silver(nlp, text: str, field: str, gold: list[tuple[int, int]]) -> list[dict]:
    doc = nlp(text)
    return [{"field": field, "start": e.start_char, "end": e.end_char, "type": _NER_LABEL.get(e.label_, e.label_)}
            for e in doc.ents if not any(e.start_char < ge and gs < e.end_char for gs, ge in gold)]


_LABEL_OF = {"dataset": "Dataset", "method": "Method", "metric": "Metric"}


def _gold_spans(text: str, names_by_field: dict[str, list[str]]) -> list[tuple[int, int, str]]:
    """Labelled spans of the gold names, the fields in the order given (the first wins)."""
    out: list[tuple[int, int, str]] = []
    for field, names in names_by_field.items():
        for s, e in name_spans(text, names):
            if not any(s < oe and os_ < e for os_, oe, _ in out):
                out.append((s, e, _LABEL_OF[field]))
    return sorted(out)


def results_mention_records(silver=None, root: Path = HERE, corpus: Path = MODERN_CORPUS,
                            fields: tuple[str, ...] = ("dataset", "method", "metric")) -> list[dict]:
    """Training records ``{"id", "source", "title", "abstract", "entities"}``: the gold names of
    ``fields`` marked (a paper counts when one of its datasets is written); ``silver`` is a
    spaCy pipeline whose entities fill the rest of the text (None: the rest is unknown)."""
    gold = {f: developed_gold(root, f) for f in fields}
    texts = corpus_rows(set(gold["dataset"]), corpus)
    records = []
    for pid in gold["dataset"]:
        row = texts.get(pid)
        if row is None:
            continue
        ents = []
        for field in ("title", "abstract"):
            text = row.get(field) or ""
            spans = _gold_spans(text, {f: gold[f].get(pid, []) for f in fields})
            ents += [{"field": field, "start": s, "end": e, "type": t} for s, e, t in spans]
            if silver is not None and text.strip():
                ents += _silver(silver, text, field, [(s, e) for s, e, _ in spans])
        if any(e["type"] == "Dataset" for e in ents):
            records.append({"id": pid, "source": SOURCE if silver is not None else SOURCE_GOLD_ONLY,
                            "title": row.get("title") or "", "abstract": row.get("abstract") or "",
                            "entities": ents})
    return records
