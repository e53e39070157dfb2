"""How the field writes versioned artefacts, and which families name models or datasets:
"Qwen2.5-VL-7B-Instruct", "Llama-3.1-8B", "GPT-4o-mini", "YOLOv8", "ImageNet-1k", "AIME24".

The name pattern and the family table (``kg/extract/data/versioned_families.tsv``, learned
from the 2025 arXiv corpus by ``training/families/build_table.py``) in the neutral core: the
extractor keeps such names whole and types them (``kg.extract.versioned_names``), and the
resolver weighs a family's type in a node's type (``kg.resolve``), which must not import spaCy.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["FAMILIES_FILE", "NAME_PATTERN", "O_SERIES", "SIZE", "SIZE_LETTER", "BARE_PATTERN", "BENCH_NAME", "MEASURE_NAME", "MODALITY_TASK", "NETWORK_NAME", "SIZED_MODEL", "GENERIC_FAMILIES", "is_generic_family", "singular", "naming_type", "family_key", "family_type", "read_families",
           "read_bare_names"]

FAMILIES_FILE = Path(__file__).resolve().parent / "extract" / "data" / "versioned_families.tsv"

VERSION = r"(?:[vV]?\d+(?:\.\d+)*[a-z]?|[A-Z]\d+(?:\.\d+)?)"
SIZE = r"(?:\d+x)?\d+(?:\.\d+)?[BMK]"  # "Mixtral-8x7B": experts times size
# variant words that may follow after a space ("Gemini 2.5 Pro", "Claude 3.5 Sonnet")
SPACED_TAGS = ("Pro|Flash|Mini|Turbo|Sonnet|Opus|Haiku|Instruct|Chat|Base|Ultra|Nano|Lite|Plus|Max|VL|Coder|"
               "Math|Vision|Large|Small|Medium|XL|Omni|Thinking|Preview")
# after a hyphen: any piece with a digit or a capital, or a lower-case variant word
HYPHEN_TAGS = "mini|instruct|chat|base|turbo|preview|distill|it|nano|pro|flash|lite|large|small|tiny|xl|hf|dev|xhigh|high|medium|low|sonnet|opus|haiku"
PIECE = (rf"(?:-(?:[A-Za-z]*\d[\w.]*|[A-Z][\w.]*|(?:{HYPHEN_TAGS})(?![a-z]))"
         rf"|\s(?:{SIZE}|(?:{SPACED_TAGS}))(?![\w-]|\.\w))")
NAME_PATTERN = re.compile(
    rf"(?<![\w.-])(?P<stem>[A-Z][A-Za-z]*|[a-z]+(?=-\d))(?P<sep>[-_ ]?|\.(?=\d))(?P<version>{SIZE}|{VERSION}|[A-Z]/\d+"
    rf"|[A-Z][a-z]+(?=-{SIZE}\b))"  # "DeepSeek-Math-7B": a variant word before the size stands for the version
    rf"(?P<pieces>(?:{PIECE})*)"
    r"(?![\w]|\.\w)")
# OpenAI's reasoning models, a closed series the capitalised pattern cannot see: "o1", "o3-mini",
# "o4-mini-high" (in the 2025 corpus a lone "o1" or "o3" is this model nearly every time)
O_SERIES = re.compile(r"(?<![\w.\-/])o[1-9](?:-(?:mini|preview|pro|high|low|medium))*(?![\w\-]|\.\w)")


def family_key(stem: str, version: str, sep: str = "") -> str:
    """The family of a match, lower-cased: "YOLOv8" is family "yolo", not "yolov"."""
    if not sep and len(stem) > 2 and stem[-1] in "vV" and version[:1].isdigit():
        stem = stem[:-1]
    return stem.lower()


# the field's naming conventions for evaluation suites ("AcuityBench", "SAGE-Bench", "WebArena",
# "CapArena", "HumanEval", "GenEval") and for measures ("BERTScore", "CLIPScore", "SPK-SIM",
# "Recall@10", "pass@1")
BENCH_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*(?:[Bb]ench(?:mark)?|BENCH(?:MARK)?|Arena|ARENA|"
                        r"(?<=[a-z0-9-])Eval)$")
MEASURE_NAME = re.compile(r"(?:[A-Za-z0-9]Score|-SIM|@\d+)$")
# "ControlNet", "WaveSFNet", "Informer", "CycleGAN", "SciBERT": a coined name ending in a network's
# suffix names an architecture, however the corpus writes around it ("via ControlNet" as often as
# "ControlNet model"); said only of a name already read as a method or model ("ImageNet" is data)
NETWORK_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*[A-Za-z0-9](?:Net|Former|GAN|BERT)$|^[A-Z][A-Za-z0-9]*[a-z0-9]former$")
# a checkpoint size after a name with capitals or digits: "AraGPT2-Medium", "ViT-Base", "XLM-R-Large",
# "DeiT-Tiny" (not "-XL": "Objaverse-XL" is a dataset; not "Multi-Large")
SIZED_MODEL = re.compile(r"^(?P<stem>[A-Za-z][\w.]*(?:-[\w.]+)*)-(?:[Bb]ase|[Ll]arge|[Ss]mall|[Mm]edium|[Tt]iny|[Hh]uge|[Gg]iant)$")
# a conversion between modalities written as a code is a task: "T2I" (text-to-image), "I2V", "S2T",
# "MRI-to-sCT" (not "Skill-to-LoRA" or "Cache-to-Cache", which name methods);
# the corpus writes "T2I models" as it writes "ASR models", of what is built for the task
MODALITY_TASK = re.compile(r"(?:T|I|V|A|S|3D)2(?:T|I|V|A|S|3D)"
                           r"|[a-z]?[A-Z]{2,}[a-z]?-to-[a-z]?[A-Z]{2,}[a-z]?")  # "MRI-to-sCT", "NL-to-SQL"
_NAME_SHAPED_STEM = re.compile(r"\d|[A-Z].*[A-Z]|[a-z][A-Z]")


def naming_type(name: str) -> str | None:
    """What a name's shape says it is, by the field's conventions: Dataset for "...Bench" and
    "...Arena" names, Metric for "...Score", "-SIM" and "@k" names, Model for a name with a
    checkpoint size ("ViT-Base", "AraGPT2-Medium"), Task for a modality code ("T2I"); None
    for the rest. A convention outweighs the words after one name ("VBench score" is a score
    on VBench)."""
    name = name.strip()
    if BENCH_NAME.search(name):
        return "Dataset"
    if MODALITY_TASK.fullmatch(name):
        return "Task"
    sized = SIZED_MODEL.match(name)
    if sized and any(_NAME_SHAPED_STEM.search(part) for part in sized.group("stem").split("-")):
        return "Model"
    return "Metric" if MEASURE_NAME.search(name) else None


BARE_PATTERN = re.compile(r"(?<![\w.-])[A-Z][A-Za-z]+(?![\w-]|\.\w)")


def read_families(path: str | Path = FAMILIES_FILE) -> dict[str, str]:
    """family (lower case) -> "Model" or "Dataset" from the table's ``family<TAB>type`` rows."""
    return {family: label for family, label, _ in _read(str(path))}


def read_bare_names(path: str | Path = FAMILIES_FILE) -> dict[str, str]:
    """Spellings of model families as the corpus writes them without a version ("Qwen",
    "LLaMA", "Gemini"): a model family's name alone names the model family."""
    return {spelling: label for _, label, spellings in _read(str(path)) if label == "Model" for spelling in spellings}


@lru_cache(maxsize=4)
def _read(path: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and not line.startswith("family\t"):
            cells = line.split("\t")
            spellings = tuple(cells[4].split(",")) if len(cells) > 4 and cells[4] else ()
            rows.append((cells[0], cells[1], spellings))
    return tuple(rows)


def family_type(name: str) -> str | None:
    """The family table's type for a whole name: a versioned name ("Llama 3", "Qwen2.5-7B") or
    a family's name alone as the corpus spells it ("Gemini", "LLaMA"); None otherwise."""
    families, bare = _shipped_tables()
    if O_SERIES.fullmatch(name):
        return "Model"
    lettered = SIZE_LETTER.fullmatch(name)
    if lettered and families.get(lettered["stem"].lower()) == "Model":
        return "Model"
    match = NAME_PATTERN.fullmatch(name)
    if match is None:
        return bare.get(name) or _named_variant(name, bare)
    label = families.get(family_key(match["stem"], match["version"], match["sep"]))
    if label == "Model" and _SAMPLE_COUNT.search(name):
        return "Dataset"  # a model family's name with a count of samples: "LLaVA-665K", "Alpaca-52K"
    return label


# a model family's size in one letter: Tiny, Small, Base, Large, Huge, Giant ("ConvNext-B", "ViT-H/14")
SIZE_LETTER = re.compile(r"(?<![\w.-])(?P<stem>[A-Z][A-Za-z]*)-[TSBLHG](?:/\d+)?(?![\w-]|\.\w)")
_SAMPLE_COUNT = re.compile(r"[-\s]\d+(?:\.\d+)?K$")  # models are counted in M and B parameters, data in K


def _named_variant(name: str, bare: dict[str, str]) -> str | None:
    """ "Mistral-Nemo-Instruct", "Qwen-VL", "Llama-Guard": a model family's name with named
    pieces (each written with a capital or a digit) is one of its models; "GPT-based",
    "LLaMA-style" are modifiers."""
    first, _, rest = name.partition("-")
    if not rest or bare.get(first) != "Model":
        return None
    return "Model" if all(piece[:1].isupper() or piece[:1].isdigit() for piece in rest.split("-")) else None


@lru_cache(maxsize=1)
def _shipped_tables() -> tuple[dict[str, str], dict[str, str]]:
    return read_families(), read_bare_names()


# generic architecture families, spelled out or as acronyms: kinds of model, not one model
# ("CNN", "LSTM", "Mixture of Experts"): Method by kg.extract.model_vs_method's rule 3, and so
# for the graph's nodes whatever the lexicon's cue words say ("MoE model")
GENERIC_FAMILIES = frozenset(s.strip() for s in """
cnn, rnn, lstm, bilstm, bi-lstm, gru, gan, vae, mlp, svm, crf, hmm, dnn, dbn, rbm, nn, ann,
fcn, fnn, gnn, gcn, ae, dae, resnet, transformer,
convolutional neural network, recurrent neural network, neural network, deep neural network,
long short-term memory, long short term memory, generative adversarial network,
generative adversarial net, variational autoencoder, variational auto-encoder,
multilayer perceptron, multi-layer perceptron, support vector machine,
conditional random field, hidden markov model, deep belief network,
restricted boltzmann machine, graph neural network, graph convolutional network,
fully convolutional network, autoencoder, auto-encoder, denoising auto-encoder,
denoising autoencoder, feed-forward neural network, feedforward neural network,
recurrent network, convolutional network, residual network, gated recurrent unit, moe,
mixture of experts, mixture of expert, mixture-of-experts, mixture-of-expert
""".split(","))


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


def is_generic_family(name: str) -> bool:
    """Whether ``name`` (any case, singular or plural) is a generic architecture family."""
    low = name.lower().strip()
    return low in GENERIC_FAMILIES or " ".join(singular(w) for w in low.split()) in GENERIC_FAMILIES
