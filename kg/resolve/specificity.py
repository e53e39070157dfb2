"""Which entities deserve a node: names and specific concepts, not generic phrases.

Mentions and graph nodes are different products: the NER tags "the encoder", "unified
framework" and "robustness" as SciREX's annotators did, but a researcher browsing the graph
wants GPT-4o, LoRA, MMLU, top-1 accuracy, 3D human pose estimation. The decision is a small
logistic regression over the form of the name and how its words behave across 74,728
abstracts of 2025 (``data/word_stats.tsv.gz``, from ``training/specificity/word_stats.py``):
generic nouns are counted things ("the encoder", "our framework") used in tens of thousands
of papers, names are written with capitals or digits inside sentences and are rare. The
weights and the threshold are learned from nodes labelled by reading
(``training/specificity/``) and stored in ``data/specificity.json``. The one list involved is
the closed set the field already agrees on: a well-known benchmark, metric, task or method
(``kg/extract/data/known_names.tsv``, the extractor's own list) is always worth a node, even
when it is written in lower case like a common phrase ("question answering", "accuracy").
"""

from __future__ import annotations

import gzip
import json
import math
import operator
import re
from functools import lru_cache
from pathlib import Path

from kg.corpus_names import NONE_HEADS, corpus_type, field_terms
from kg.resolve.normalise import normalise, squash

__all__ = ["features", "score", "is_specific", "is_known", "is_defined_term", "is_title_phrase", "of_no_type", "looks_broken", "is_modifier", "known_type", "is_task_term", "TASK_HEADS", "TASK_TERMS_FILE", "MODIFIER_SUFFIXES", "FEATURES"]

DATA = Path(__file__).resolve().parent / "data"
KNOWN_NAMES = Path(__file__).resolve().parent.parent / "extract" / "data" / "known_names.tsv"
# tasks the 2025 corpus tags and builds benchmarks for (training/specificity/task_terms.py)
TASK_TERMS_FILE = DATA / "task_terms.tsv"
_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'+]|[-.](?=[A-Za-z0-9]))*")
# Closed-class words that open a description rather than a name ("our method", "the encoder").
_CAPITAL = re.compile("[A-Z]")  # tokens are ASCII (_TOKEN)
_SYMBOL = re.compile(r"[^\w\s\-.+'/&]")
_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")
_OPENERS = frozenset("a an the this that these those our their its his her such each every any some".split())
_LABELS = ("Method", "Model", "Dataset", "Metric", "Task")
FEATURES = (
    "bias", "words", "chars", "digit", "inner_capital", "all_capitalised", "all_lower", "acronym", "symbols",
    "opener", "head_df", "head_det", "head_marked", "head_after_name", "first_df", "first_det", "first_marked",
    "min_df", "mean_df", "max_det", "mean_marked", "unknown", "acronym_df", "plural_acronym",
    *(f"type_{label}" for label in _LABELS),
)


@lru_cache(maxsize=1)
def _word_stats() -> tuple[int, dict[str, tuple[int, ...]]]:
    """word -> (df, tf, mid-sentence uses, marked uses, after a determiner, glued after a name)."""
    stats: dict[str, tuple[int, ...]] = {}
    papers = 1
    with gzip.open(DATA / "word_stats.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# papers"):
                papers = int(line.split("\t")[1])
            elif not line.startswith("#"):
                word, *counts = line.rstrip("\n").split("\t")
                stats[word] = tuple(map(int, counts))
    return papers, stats


@lru_cache(maxsize=200_000)
def _word(word: str) -> tuple[float, float, float, float, bool]:
    """(document frequency as log share of papers, determiner ratio, marked ratio,
    glued-after-a-name ratio, unknown) of a word; a hyphenated word unknown as a whole is
    read as its rarest part."""
    papers, stats = _word_stats()
    found = stats.get(word.lower())
    if found is None and "-" in word:
        parts = [stats[p] for p in word.lower().split("-") if p in stats]
        found = min(parts, key=lambda s: s[0]) if parts else None
    if found is None:
        return math.log(1 / papers), 0.0, 1.0, 0.0, True
    df, tf, mid, marked, det, after = found
    return math.log(df / papers), det / tf, marked / max(mid, 1), after / max(mid, 1), False


def features(name: str, label: str) -> list[float]:
    words = _TOKEN.findall(name) or [name]
    info = [_word(w) for w in words]
    head, first = info[-1], info[0]
    capitalised = [w for w in words if w[:1].isupper()]
    acronym = len(words) == 1 and sum(map(str.isupper, words[0])) >= 2
    row = {
        "bias": 1.0, "words": min(len(words), 6) / 6, "chars": math.log(len(name) + 1) / 4,
        "digit": float(any(map(str.isdigit, name))),
        "inner_capital": float(any(_CAPITAL.search(w, 1) for w in words)),
        "all_capitalised": float(len(capitalised) == len(words)), "all_lower": float(name == name.lower()),
        "acronym": float(acronym),
        "symbols": float(bool(_SYMBOL.search(name))),
        "opener": float(words[0].lower() in _OPENERS),
        "head_df": head[0] / 10, "head_det": head[1], "head_marked": head[2], "head_after_name": head[3],
        "first_df": first[0] / 10, "first_det": first[1], "first_marked": first[2],
        "min_df": min(i[0] for i in info) / 10, "mean_df": sum(i[0] for i in info) / len(info) / 10,
        "max_det": max(i[1] for i in info), "mean_marked": sum(i[2] for i in info) / len(info),
        "unknown": sum(i[4] for i in info) / len(info),
        # an acronym used in a large share of all papers names a whole class ("LLMs", "VLMs", "RGB")
        "acronym_df": float(acronym) * (head[0] / 10 + 1),
        "plural_acronym": float(bool(_PLURAL_ACRONYM.fullmatch(words[-1]))),
        **{f"type_{other}": float(label == other) for other in _LABELS},
    }
    return [row[name] for name in FEATURES]


@lru_cache(maxsize=1)
def _model() -> dict:
    return json.loads((DATA / "specificity.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=200_000)  # a build asks about each entity's name more than once
def score(name: str, label: str) -> float:
    """Probability that an entity of this name and type is worth a node."""
    weights = _model()["weights"]
    z = sum(map(operator.mul, weights, features(name, label)))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def _known_types() -> dict[str, str]:
    """name as written -> its type, from the well-known list."""
    rows = (line.split("\t") for line in KNOWN_NAMES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {row[1]: row[0] for row in rows if len(row) == 2}


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(map(squash, _known_types()))


def known_type(name: str) -> str | None:
    """The type the well-known list gives this exact spelling ("MAE": Metric), as the
    extractor reads it (kg.extract.known_names)."""
    return _known_types().get(name)


def is_known(*forms: str) -> bool:
    """Whether any of the forms is a well-known name of the field (spacing, case, plural aside)."""
    return any(squash(form) in _known() for form in forms)


# A one-word name used in more than one abstract in twenty of 2025 names a whole field
# ("LLMs": 21% of the papers, "AI": 9.5%), not a thing to browse; the next most used acronyms
# (VLMs 3.9%, MLLMs 3.1%, RL 2.6%) are as common as well-defined ones, so the cut stays above
# them. Of 900 nodes labelled in blind reviews, none between 5% and 10% was useful.
FIELD_SHARE = 0.05


def _names_a_field(name: str) -> bool:
    """Only a word the corpus knows whole ("LongCat-Video" is not read as "video"), and not a
    coinage written with a capital inside ("ConteXt"); or a kind of AI ("generative AI",
    "Agentic AI", "artificial general intelligence": the field with a modifier is a part or a
    paradigm of the field, not a thing: of 8 such nodes in blind reviews, 7 were generic or
    of no type, one useful, XAI)."""
    words = _TOKEN.findall(name)
    if len(words) >= 2 and words[-1].lower() in _FIELD_HEADS:
        return True
    if len(words) != 1 or re.search(r"[a-z][A-Z]", name):
        return False
    papers, stats = _word_stats()
    found = stats.get(words[0].lower())
    return found is not None and found[0] >= FIELD_SHARE * papers


# ... and "X processing": a field of work ("natural language processing": NLP was the second
# most mentioned Task of the 2,020-paper graph; "image processing", "signal processing")
_FIELD_HEADS = frozenset({"ai", "intelligence", "processing"})


# An all-capital word the corpus mostly writes in lower case is emphasis or a label in the
# text ("LEFT and RIGHT prompts", "FAITHFUL"), not an acronym: acronyms keep their capitals
# (SAM, NER, MOTA: over 90% of mid-sentence uses), and so do benchmarks the field names in
# capitals after a common word (MATH: the corpus lexicon, kg.corpus_names, knows it).
EMPHASIS_MARKED = 0.5
NONE_MIN_VOTES = 5


def _spelled_out(aliases: tuple[str, ...]) -> bool:
    """A capital word the paper writes with words of its own is its name, however English it
    reads: "SLOT (Sample-specific Language Model Optimization ...)", "the PENS dataset"."""
    return any(len(alias.split()) >= 2 for alias in aliases)


def _shouted_word(name: str) -> bool:
    words = _TOKEN.findall(name)
    if len(words) != 1 or not name.isupper() or len(name) < 3:
        return False
    _, _, marked, _, unknown = _word(words[0])
    return not unknown and marked < EMPHASIS_MARKED and corpus_type(name, 10) is None


def is_title_phrase(name: str, *aliases: str) -> bool:
    """A phrase of several words that only a title names: titles are written in capitals and
    name their topic as a headline ("High-Accuracy Lung Cancer Detection", "Adapting SAM",
    "Ultra-Challenging Realistic Visual Scenarios"), and a thing worth a node is named again
    in the abstract (a coined name, or its acronym, which then joins the title's mention).
    In a blind review of 150 nodes, 22 were multi-word and named by a title only: 12 generic
    or broken, 2 wrongly typed, 8 useful (each a one-paper task phrase)."""
    return len(_TOKEN.findall(name)) >= 2 and not is_known(name, *aliases)


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    lines = (DATA / "languages.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


def of_no_type(name: str) -> bool:
    """A thing of none of the five types: what the 2025 corpus writes before "GPUs",
    "compliance", "scans" ("H100", "GDPR", "MRI": ``kg.corpus_names``), a name of several
    words ending in such a noun or name ("NVIDIA T4 GPU", "X-ray images", "NVIDIA H100"), a language ("Portuguese",
    "Hebrew": the closed set of ISO 639-1, ``training/languages.py``) or an edge board ("Raspberry Pi 4B")."""
    words = _TOKEN.findall(name)
    last = words[-1] if len(words) >= 2 else None  # "NVIDIA T4 GPU", "NVIDIA H100", "CEST MRI"
    return (corpus_type(name, NONE_MIN_VOTES) == "none" or name.strip().lower() in _languages()
            or bool(_NUMBER_FORMAT.fullmatch(name.strip())) or bool(_EDGE_DEVICE.match(name.strip()))
            or (last is not None and (last.lower() in NONE_HEADS or last.lower() in _CONDITION_HEADS
                                      or corpus_type(last, NONE_MIN_VOTES) == "none")))


# What an acronym's written-out form ends in when it stands for a device, a modality or a piece
# of software ("Low-Field Magnetic Resonance Imaging (LF-MRI)", "Uniform Planar Array (UPA)",
# "Field-Programmable Gate Array (FPGA)"). Not every "none" noun: "Text to Speech (TTS)" is a
# task, "... Images" and "... Signals" name data as often.
_DEVICE_HEADS = frozenset("imaging array arrays sensor sensors camera cameras chip chips processor processors scanner "
                          "scanners satellite satellites hardware library toolkit software".split())
# ... or a data structure: "Knowledge Graph (KG)" was the sixth most mentioned Model of the
# 2,020-paper graph, "Directed Acyclic Graph (DAG)" a Method, "Text-attributed Graphs (TAGs)" a
# Task; not a method done on one ("Synthetic-on-Graph (SoG)")
_STRUCTURE_HEADS = frozenset({"graph", "graphs"})
_PREPOSITIONS = frozenset({"on", "of", "over", "in", "for", "with", "to", "via"})


# a disease or condition is what a task detects or a dataset records, not one of our five types
# ("Coronary Artery Disease", "post-traumatic stress disorder (PTSD)", "colorectal cancer")
_CONDITION_HEADS = frozenset("disease diseases disorder disorders cancer cancers syndrome syndromes carcinoma carcinomas "
                             "tumor tumors tumour tumours".split())
# boards a model is run on ("On Raspberry Pi 4B, InkubaLM ... 326 ms"): 109 abstracts of 2025 name
# a Raspberry Pi or a Jetson board (not "iPhone": also the name of a dataset of dynamic scenes)
_EDGE_DEVICE = re.compile(r"(?:NVIDIA\s+)?(?:Raspberry\s+Pi|Jetson\s+(?:Nano|Orin|Xavier|TX2|AGX)|Arduino)\b")
# number formats: "FP16", "BF16", "INT8", "MXFP4", "NF4"
_NUMBER_FORMAT = re.compile(r"(?:FP|BF|INT|UINT|MXFP|NVFP|NF)\d{1,2}", re.IGNORECASE)


def expands_to_no_type(expansion: str) -> bool:
    """An acronym's written-out form that ends in a device, modality, condition or data
    structure noun."""
    words = [word.lower() for word in _TOKEN.findall(expansion)]
    return len(words) >= 2 and (words[-1] in _DEVICE_HEADS or words[-1] in _CONDITION_HEADS
                                or (words[-1] in _STRUCTURE_HEADS and words[-2] not in _PREPOSITIONS))


# A span cut through a bracket or through TeX ("Named Entity Recognition(NER", "Farsi)--English",
# "V^{*}$"), or a lone modifier ("Class-Agnostic", "Model-Level", "Alignment-Aware"): the name of
# nothing. Of 1,200 nodes labelled in blind reviews, these matched 10, all broken.
_CUT = re.compile(r"[$\\^{}]|^[^(]*\)|\([^)]*$|^[^\[]*\]|\[[^\]]*$")
# what a hyphen glues onto a name to make a modifier ("Class-Agnostic", "CLIP-based")
MODIFIER_SUFFIXES = frozenset("""agnostic aware based free guided driven specific level oriented centric enhanced
augmented conditioned informed invariant efficient scale stage like style derived inspired powered assisted
constrained only wise friendly ready compatible generated tuned trained""".split())
_MODIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*-(?:" + "|".join(sorted(MODIFIER_SUFFIXES)) + ")", re.IGNORECASE)


def looks_broken(name: str) -> bool:
    name = name.strip()
    return bool(_CUT.search(name) or (_MODIFIER.fullmatch(name) and not name.rsplit("-", 1)[1].isupper()))  # "ViT-FREE"


@lru_cache(maxsize=1)
def _modifier_words() -> frozenset[str]:
    lines = (DATA / "modifier_words.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line and not line.startswith(("#", "word\t")))


def is_modifier(name: str) -> bool:
    """A hyphenated word the 2025 corpus writes before a noun in at least 85% of its uses
    ("Multi-Agent", "High-Precision", "Low-Light", "Cross-Target": ``data/modifier_words.tsv``,
    from ``training/specificity/modifier_words.py``): a name cut off before its noun, not a
    name ("Self-Attention", "U-Net", "X-ray" end their phrases about half the time)."""
    return name.strip().lower() in _modifier_words()


def is_defined_term(*forms: str) -> bool:
    """Whether the field abbreviates any of the forms, paper after paper ("speculative decoding
    (SD)", "attack success rate (ASR)": ``kg.corpus_names.field_terms``): a term of the field,
    however common its words, unless it is a class or a field ("language models")."""
    terms = field_terms()
    return any(normalise(form) in terms for form in forms)


def is_specific(name: str, label: str, *aliases: str) -> bool:
    if is_known(name, *aliases):
        return True
    if (of_no_type(name) or any(map(expands_to_no_type, aliases)) or any(map(_names_a_field, aliases))
            or looks_broken(name) or is_modifier(name) or _names_a_field(name)
            or (_shouted_word(name) and not _spelled_out(aliases))):
        return False
    return (is_defined_term(name) or (label == "Task" and is_task_term(name))
            or score(name, label) >= _model()["threshold"])  # the name shown, not an alias


@lru_cache(maxsize=1)
def _task_terms() -> frozenset[str]:
    if not TASK_TERMS_FILE.is_file():
        return frozenset()
    lines = TASK_TERMS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line and not line.startswith(("#", "term\t")))


# head nouns of tasks ("... segmentation", "... generation"; kg.extract.joined_names joins a Task cut before one)
TASK_HEADS = frozenset({"generation", "segmentation", "detection", "classification", "estimation", "recognition",
                        "diagnosis", "synthesis", "editing", "retrieval", "prediction", "forecasting", "translation",
                        "tracking", "reconstruction", "completion", "understanding", "answering", "parsing",
                        "captioning", "localization", "localisation", "grounding", "summarization",
                        "summarisation"})
# "text-to-image generation", "image-to-video generation", "text-to-speech synthesis": a task
# named by what it maps to what, in lower case, which the classifier reads as generic
_MODALITY_TASK = re.compile(r"(?:^|\s)(?P<source>[A-Za-z0-9]+)-to-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\s+(?P<head>[a-z]+)$")
_NOT_MODALITIES = frozenset({"end", "peer", "point", "coarse", "fine", "step", "one", "many", "day", "face", "side"})


def is_task_term(name: str) -> bool:
    """A task the field names in plain words and builds benchmarks for ("code generation",
    "video understanding": ``data/task_terms.tsv``; "text-to-video generation"), which the
    classifier reads as generic."""
    modality = _MODALITY_TASK.search(name)
    return normalise(name) in _task_terms() or (modality is not None and modality["head"] in TASK_HEADS
                                                 and modality["source"].lower() not in _NOT_MODALITIES)
