"""Types of today's one-word names learned from the 2025 corpus (``data/name_lexicon.tsv``,
built by ``training/families/build_lexicon.py``): "WebArena benchmark", "LPIPS score",
"FlashAttention kernel" are what the field calls them, where the NER, trained on papers of
2017-19, guesses from the spelling (LPIPS looks like a model's name).

The lexicon relabels an entity whose whole text is a lexicon name (a Dataset, Metric or Task
in the lexicon wins over the NER; Model or Method is settled by ``model_vs_method``, which
reads the lexicon first) and tags the name where no entity covers it. Well-known names
(``known_names.tsv``) keep their type, and so do the NER's Task entities: the corpus writes
"MRC datasets" and "SISR methods" of tasks, so the words after a task's name say what is
built for it, not what it is (on the SciREX validation part relabelling tasks cost 2.7 points
of Dataset strict F1).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.corpus_names import LEXICON_FILE, corpus_type, read_lexicon
from kg.family_names import naming_type

__all__ = ["LEXICON_FILE", "convention_entities", "convention_matches", "convention_spans", "corpus_type", "fills_free_text",
           "hyphen_case_variants", "lexicon_entities", "lexicon_matches", "name_shaped", "read_lexicon"]

_INNER_CAP = re.compile(r"[a-z][A-Z]|[A-Z].*[A-Z]")
_MIXED = re.compile(r"(?=.*[A-Za-z])(?=.*\d)")


def name_shaped(word: str, lower_count: int, own_count: int) -> bool:
    """A word that reads as a name: an inner capital or several capitals (LPIPS, OpenVLA),
    letters with digits (GSM8K), or a capitalised word the corpus rarely writes in lower case
    (Mamba, Whisper; not "Experiments")."""
    if len(word) < 2 or not word[0].isalpha() or word.islower():
        return False
    if _INNER_CAP.search(word) or _MIXED.match(word):
        return True
    return word[0].isupper() and lower_count * 4 < own_count


_WORD = re.compile(r"(?<![\w.+-])[A-Za-z][\w+]*(?:[-.][\w+]+)*")


def fills_free_text(name: str) -> bool:
    """Whether an untagged occurrence becomes an entity: only names no word of ordinary
    English spells (an inner capital or a digit: nuScenes, OpenVLA, GSM8K; or four capitals
    or more: MMLU); "CT", "US", "Japanese" are typed when the NER tags them, never added."""
    return bool(re.search(r".[A-Z].*[a-z]|[a-z].*[A-Z]|\d", name) or (name.isupper() and len(name) >= 4))


def lexicon_matches(text: str, lexicon: dict[str, tuple[str, bool]],
                    variants: dict[tuple[str, str], str] | None = None) -> list[tuple[int, int, str, bool]]:
    """(start, end, type, fills free text) of the lexicon's names in ``text``; with ``variants``
    (``hyphen_case_variants``) also a name the lexicon writes with other capitals after its first
    hyphen ("GPQA-diamond" for GPQA-Diamond, "SWE-bench" for SWE-Bench), relabelled, never added."""
    out = []
    for m in _WORD.finditer(text):
        name = m.group(0)
        if name in lexicon:
            if lexicon[name][0] != "none":
                out.append((m.start(), m.end(), *lexicon[name]))
        elif variants and "-" in name and (label := variants.get(_variant_key(name))) is not None:
            out.append((m.start(), m.end(), label, False))
    return out


def hyphen_case_variants(lexicon: dict[str, tuple[str, bool]]) -> dict[tuple[str, str], str]:
    """(what comes before the first hyphen, the rest case-folded) -> the type every such lexicon
    name agrees on: the field writes a benchmark's split or variant in either case."""
    types: dict[tuple[str, str], set[str]] = {}
    for name, (label, _) in lexicon.items():
        if "-" in name:
            types.setdefault(_variant_key(name), set()).add(label)
    return {key: next(iter(labels)) for key, labels in types.items()
            if len(labels) == 1 and next(iter(labels)) in _VARIANT_TYPES}


_VARIANT_TYPES = frozenset({"Dataset", "Metric"})


def _variant_key(name: str) -> tuple[str, str]:
    head, _, rest = name.partition("-")
    return head, rest.casefold()


# conventions whose untagged names are added: a benchmark ("MLE-Bench", "LongVideoBench", "WebArena")
# or a measure ("CLIPScore"); in a third of the 2025 corpus the NER left 907 of 2,922 "...Bench"
# names untagged, among them the benchmark a paper introduces and reports its scores on
_FILLED_CONVENTIONS = ("Dataset", "Metric")
_CONVENTION_WORD = re.compile(r"(?<![\w.+-])[A-Za-z][\w+]*(?:[-.][\w+]+)*(?:@\d+)?(?![\w@])")  # "nDCG@5"


def convention_matches(text: str, lexicon: dict[str, tuple[str, bool]], known: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of one-word names in ``text`` that a convention of the field types
    (kg.family_names.naming_type) and that read as names (``fills_free_text``: not "workbench"),
    outside the lexicon and the well-known list, which type their own names."""
    found = []
    for match in _CONVENTION_WORD.finditer(text):
        name = match.group(0)
        if name in lexicon or name in known or not fills_free_text(name):
            continue
        label = naming_type(name)
        if label in _FILLED_CONVENTIONS:
            found.append((match.start(), match.end(), label))
    return found


def convention_spans(ents: list, named: list) -> list:
    """``ents`` (spaCy spans) with the names a convention types (``named``: labelled spans of
    ``convention_matches``) added where no entity touches them, and replacing the entities
    that lie inside them: the NER's "SSMR" of "SSMR-Bench" becomes the benchmark."""
    out = list(ents)
    for name in named:
        touching = [e for e in out if e.start < name.end and name.start < e.end]
        if all(name.start <= e.start and e.end <= name.end for e in touching):
            out = [e for e in out if e not in touching] + [name]
    return sorted(out, key=lambda span: span.start)


def convention_entities(ents: list, known: set[str], defined: frozenset[str] = frozenset()) -> list:
    """Entities whose whole text (one word) is named by a convention of the field take its
    type: "GenEval", "VBench" benchmarks, "CLIPScore" a measure (kg.family_names.naming_type);
    a well-known name keeps the list's type, and so does a name the text ``defined`` as data
    ("\\textit{CyberAgressionAdo-Large}, a French open-access dataset": no model's size)."""
    out = []
    for ent in ents:
        label = (naming_type(ent.text) if " " not in ent.text and ent.text not in known and ent.text not in defined
                 else None)
        out.append(ent if label in (None, ent.label_) else Span(ent.doc, ent.start, ent.end, label=label))
    return out


def _relabels(tagged: str, said: str) -> bool:
    """Whether the lexicon's type replaces the NER's. Never between Method and Model
    (model_vs_method decides); a Task only for a technique ("RAG", "CoT"): the corpus writes
    "MRC datasets" of a task, and relabelling tasks as datasets cost 2.7 Dataset strict."""
    if {tagged, said} <= {"Method", "Model"}:
        return False
    return tagged != "Task" or said in ("Method", "Model")


def lexicon_entities(ents: list, matches: list, known: set[str], fill: set[str] = frozenset()) -> list:
    """Entities with lexicon names relabelled, and untagged names added.

    ``ents``: spaCy spans; ``matches``: labelled spaCy spans of the lexicon's names (Model
    given as Method: model_vs_method decides); ``known``: names the well-known list types;
    ``fill``: names whose untagged occurrences become entities."""
    by_span = {(m.start, m.end): m for m in matches if m.text not in known}
    out = []
    for ent in ents:
        match = by_span.get((ent.start, ent.end))
        if match is not None and match.label_ != ent.label_ and _relabels(ent.label_, match.label_):
            ent = match
        out.append(ent)
    for match in by_span.values():
        if match.text in fill and not any(e.start < match.end and match.start < e.end for e in ents):
            out.append(match)
    return sorted(out, key=lambda span: span.start)
