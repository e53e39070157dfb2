"""Types of today's one-word names as the 2025 arXiv corpus uses them (``WebArena
benchmark``, ``LPIPS score``, ``via ReAct``): the table ``kg/extract/data/name_lexicon.tsv``,
built by ``training/families/build_lexicon.py``.

Kept in the neutral core because two steps read it: extraction (``kg.extract.name_lexicon``
types mentions) and resolution (``kg.resolve`` weighs it in a node's type), and resolution
must not import the spaCy side.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["LEXICON_FILE", "TERMS_FILE", "TERM_TYPES_FILE", "NONE_HEADS", "corpus_type", "read_lexicon", "field_terms",
           "term_types"]

LEXICON_FILE = Path(__file__).resolve().parent / "extract" / "data" / "name_lexicon.tsv"
# phrases the 2025 abstracts define with an acronym (training/specificity/defined_terms.py)
TERMS_FILE = Path(__file__).resolve().parent / "resolve" / "data" / "defined_terms.tsv"
# A term is abbreviated by a share of the papers that use it ("speculative decoding": 29 of 199,
# "attack success rate": 85 of 320); a class or a field is used far more often than it is spelt
# out ("language models": 330 of 27,559, "reasoning models": 3 of 1,217, "deep learning": 5% of
# all abstracts). Read off the table for 60 phrases of a 2,000-paper graph.
# the type of each such term, from how the 2025 corpus writes about it and how the pipeline tags
# it (training/families/build_term_types.py)
TERM_TYPES_FILE = Path(__file__).resolve().parent / "extract" / "data" / "term_types.tsv"
TERM_MIN_DEFINED = 0.015
TERM_MAX_SHARE = 0.02
# Nouns that say a name is a thing of none of the five types: hardware, sensors, regulations ("H100
# GPU", "GDPR compliance"), imaging modalities and signals ("MRI scans", "CT imaging", "EEG
# recordings"), languages ("Hindi speakers"), software ("the TensorFlow library"). The lexicon
# counts them after a name as "none" votes; a name of several words ending in one is such a thing
# itself ("NVIDIA T4 GPU"). Not "text" or "language": "CLIP text encoder", "Wikipedia text".
NONE_HEADS = frozenset(
    "gpu gpus chip chips processor processors cpu cpus hardware sensor sensors camera cameras satellite satellites "
    "regulation regulations compliance license licence scan scans scanner scanners imaging slices speakers speech "
    "images signals recordings patients library libraries toolkit toolkits package packages software format formats "
    "file files".split())


@lru_cache(maxsize=4)
def _read(path: str) -> dict[str, tuple[str, bool, int]]:
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and not line.startswith("name\t"):
            cells = line.split("\t")
            out[cells[0]] = (cells[1], len(cells) > 3 and cells[3] == "1", int(cells[2]))
    return out


def read_lexicon(path: str | Path = LEXICON_FILE) -> dict[str, tuple[str, bool]]:
    """name (exact spelling) -> (type, whether an untagged occurrence becomes an entity)."""
    return {name: (label, fill) for name, (label, fill, _) in _read(str(path)).items()}


def corpus_type(name: str, min_votes: int = 0) -> str | None:
    """The shipped lexicon's type for ``name`` when at least ``min_votes`` cue words back it
    (None when the corpus does not say): one of the five entity types, or ``"none"`` for a
    thing of none of them (hardware, a sensor, a regulation: "H100 GPUs", "GDPR compliance")."""
    found = _read(str(LEXICON_FILE)).get(name)
    return found[0] if found and found[2] >= min_votes else None


@lru_cache(maxsize=1)
def field_terms() -> frozenset[str]:
    """Normal forms (kg.resolve.normalise) of the terms of the field: phrases the 2025 corpus
    abbreviates paper after paper ("speculative decoding (SD)"), not classes or fields
    (``TERM_MIN_DEFINED``, ``TERM_MAX_SHARE``)."""
    lines = TERMS_FILE.read_text(encoding="utf-8").splitlines()
    papers = next(int(line.split("\t")[1]) for line in lines if line.startswith("# papers\t"))
    rows = (line.split("\t") for line in lines if line and not line.startswith(("#", "term\t")))
    return frozenset(term for term, defined, used in rows
                     if int(used) < TERM_MAX_SHARE * papers and int(defined) >= TERM_MIN_DEFINED * int(used))


@lru_cache(maxsize=4)
def term_types(path: str | Path = TERM_TYPES_FILE) -> dict[str, str]:
    """Normal form of a term of the field -> its type (one of the five), for the terms the
    corpus types; an absent file types none."""
    path = Path(path)
    if not path.is_file():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "term\t")))
    return {cells[0]: cells[1] for cells in rows}
