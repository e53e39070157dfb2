"""What the text calls a name: "AcuityBench, a benchmark for ...", "the SentiHood dataset",
"our X framework". Papers say what their artefacts are; that beats a tagger's guess, which
types most coined names in titles as models (a benchmark paper's title names its benchmark).

A cue is the noun right after a name written with a capital or a digit ("X benchmark", "X
dataset", "X method"; "recommendation datasets" are datasets for a task), or a kind noun in
an apposition right after any name ("X, a new benchmark for ..."). Only nouns that name a kind
of artefact count; "model" does not (a "diffusion model" is a technique as much as a model).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from kg.corpus_names import corpus_type
from kg.family_names import family_type, naming_type

__all__ = ["cue_type", "stated_kind", "title_cue", "expansion_cue", "CUE_WEIGHT", "PROPOSED"]

# what a title's coined name is when nothing says more: a Method or a Model, as its mentions say
PROPOSED = "Method|Model"

# A cue outweighs this many tagged mentions in the type vote: the text states the kind.
CUE_WEIGHT = 3
_KINDS = {
    "Dataset": frozenset("benchmark benchmarks dataset datasets corpus corpora suite testbed leaderboard".split()),
    "Method": frozenset("method methods approach approaches algorithm algorithms technique techniques framework "
                        "frameworks strategy strategies mechanism module loss objective paradigm".split()),
}  # no Task cue: "GLUE tasks", "MMLU tasks" name benchmarks
_NEXT_WORD = re.compile(r"^[\s\-]*([A-Za-z]+)")
# "the Multi-Illumination Low-Light (MILL) dataset", "a multi-task learning (MTL) approach"; a singular
# kind noun only: "Geo-Spatial Question Answering (GSQA) benchmarks" are benchmarks for a task
_BRACKET_KIND = re.compile(r"^\)\s*([a-z]+)\b(?<!s)")
# a name that starts a clause is its subject, not one more item of a list: "evaluated on PAI-Bench, WorldCache achieves"
_SUBJECT = re.compile(r"^\s+(?:achieves|achieved|improves|outperforms|reaches|attains|yields|delivers|shows|"
                      r"obtains|surpasses|reduces|maintains|introduces|enables|significantly|consistently|beats|"
                      r"exceeds|matches|sets|establishes|performs|demonstrates|generali[sz]es)\b")
# "benchmarks such as AVA", "datasets like Talkies and ASW"
# ... or in brackets: "diverse benchmarks (e.g., Maze, TSP, VSP, and Sudoku)"
_SUCH_AS = re.compile(r"\b(?:benchmarks|datasets|corpora)\s*,?\s*\(?\s*(?:such\s+as|like|including|e\.g\.,?)\s+(?:the\s+)?"
                      r"(?:[A-Z0-9][\w\-.'’]*(?:\s*,\s*|\s*,?\s+and\s+))*$")
# a part of a dataset: "a controlled subset of LiTS", "the test split of X"
_PART_OF = re.compile(r"\b(?:subsets?|splits?|portions?|partitions?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# what a paper proposes, when nothing says what it is: a Method or a Model ("we propose Ortho-ReID, which")
_PROPOSE = re.compile(r"\b[Ww]e\s+(?:propose|present|introduce)\s+$")
# (also for the acronym of a definition, and through LaTeX's closing braces: "Entropy-based
# Exploration Depth Conduction (Entro-duction), a novel method", "\\textbf{X (SAKE)}, a two-stage method")
_APPOSITION = re.compile(r"^[\s)}]*(?:\([^)]{1,80}\))?[\s}]*[,:]\s*(?:[Aa]|[Aa]n|[Tt]he|[Oo]ur)\s+([^,.;:()]{0,80})")
_COPULA = re.compile(r"^\s+(?:is|was)\s+(?:a|an|the|our)\s+([^,.;:()]{0,80})")  # "SeaTau is a diagnostic benchmark"
_SUBTITLE = re.compile(r"^\s*:\s*(?:(?:A|An|The|Our)\s+)?([^,.;:()]{0,80})")  # "SCUBA: Salesforce Computer Use Benchmark"
# "on the DeepCAD and Fusion360 datasets", "X, Y, and Z benchmarks"
# (names with an apostrophe too: "the BraTS'23, KiTS'23, and MVSeg'23 datasets")
_LISTED = re.compile(r"^(?:\s*,\s*[A-Z0-9][\w\-.'’]*)*,?\s+and\s+(?:the\s+)?[A-Z0-9][\w\-.'’]*\s+(datasets|benchmarks)\b")
# a score reached on a name: "scores of 66.6 on MedCalc", "84.3% top-1 accuracy on ImageNet" (or
# "95.15\% on PathVQA": arXiv abstracts keep LaTeX's percent sign, 4% of them in 2025)
_SCORE_ON = re.compile(r"(?:\d(?:\.\d+)?\s*(?:\\?%)?\s+(?:[a-z][\w\-]*\s+){0,2}|\b(?:accuracy|scores?|error|F1|mAP|AUC|performance)\s+)"
                       r"on\s+(?:the\s+)?$")
_APPOSITION_WORDS = 6
_NEAR = 40  # characters before a name that the cues read, but for "a dataset ..., called X" (100)
_DATA_SET = re.compile(r"\bdata\s+sets?\b", re.IGNORECASE)
# words that end a head phrase ("a multilingual and multimodal benchmark for ...", "X at Test-time")
_STOP = frozenset("for of that which to with in on by from at via through using under across".split())
# a kind noun right before a name, or before "named"/"called" and a name, through LaTeX's
# commands: "the reasoning benchmark LogicCat", "a dataset, named \\textbf{\\underline{SVM-City}}"
_KIND_BEFORE = re.compile(r"\b([A-Za-z]+)(?:,?\s+(?:named|called|dubbed|termed))?(?:\s+|\s*(?:\\[a-z]+\{)+)$")
# a name the text gives a thing of a kind, a few words on: "a large-scale dataset for multi-modal
# pretraining, called ImageNeXt", "a diversity-driven data synthesis framework, named FAC Synthesis"
_CALLED = re.compile(r"\b(?:[Aa]|[Aa]n|[Oo]ur|[Tt]he)\s+(?:[\w\-]+\s+){0,6}?([A-Za-z]+)(?:\s+(?:for|of|on|with)\s+[^,.;:()]{0,50}?)?"
                     r",?\s+(?:named|called|dubbed|termed)\s*(?:\\[a-z]+\{)*$")
_NAMING_VERBS = ("named", "called", "dubbed", "termed")  # a plain look first: the pattern costs 9 us a name
# "state-of-the-art point tracking on EVIMO2", "SOTA performance on X": a score reached on data
_STATE_OF_THE_ART_ON = re.compile(r"\b(?:state-of-the-art|SOTA)\s+(?:[A-Za-z][\w\-]*\s+){0,3}on\s+(?:the\s+)?$")
_CODED = re.compile(r"[A-Z0-9]")  # a name written with a capital or a digit, not a common phrase
_CAPITAL = re.compile(r"[A-Z]")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
# what a model is trained, tuned or evaluated on is data: "fine-tuned on SQPsychConv",
# "zero-shot evaluation on CARPK and ShanghaiTech-A" (a list of names after "on" included);
# and so is what experiments or results are on, 84% and 90% of the names the 2025 lexicon types
# there ("experiments on FSC-147"), unless the name is a model family's ("experiments on Llama-3")
_DATA_VERB = re.compile(r"\b(?i:train(?:ed)?|fine-?tuned?|pre-?train(?:ed)?|evaluat(?:e|ed|ions?)|test(?:ed)?|benchmark(?:ed)?|"
                        r"experiments?|results)\s+(?:\S+\s+)?on\s+"
                        r"(?:the\s+)?(?:[A-Z0-9][\w\-.'’]*(?:\s+[A-Z0-9][\w\-.'’]*)*(?:\s*,\s*|\s+and\s+))*$")
# models written as a class: "experiments on SOTA MLLMs", "on 1.5B-parameter models"
_MODEL_CLASS = re.compile(r"(?:[A-Z][A-Za-z]*[A-Z]s|\bmodels?)$")
# a coined name set to a number is a measure: "MCC: 0.8361", "ECE=0.120" (not a year: "ICLR 2025")
_VALUE_AFTER = re.compile(r"^\s*[:=]\s*[-+]?(?:0?\.\d|\d+\.\d|\d{1,2}(?:\.\d+)?\s*%)")
# a score written before a coined name is a score in that measure: "by 4.62 APLS and 10.18 IoU"
_SCORE_BEFORE = re.compile(r"\d\.\d+\s*(?:\\?%)?\s+$")
# what an apposition may call a measure ("X, a new metric for ...", "X: A Complexity Index"); never
# the noun after a name, since a benchmark's score is "MMLU score"
_MEASURE_KINDS = frozenset("metric metrics measure index indicator".split())


def _kind(word: str) -> str | None:
    word = word.lower()
    return next((kind for kind, nouns in _KINDS.items() if word in nouns), None)


def cue_type(name: str, after: str, before: str = "") -> str | None:
    """The kind the text gives ``name`` from the text right ``after`` it (or a kind noun
    right ``before`` a coined name: "the reasoning benchmark LogicCat"), or None.

    A name ending in "Bench" ("AcuityBench", "SAGE-Bench") is a benchmark by the field's
    naming convention, whatever follows it; one ending in "Score" or "@k" a measure."""
    named = naming_type(name)  # kg.family_names: the field's conventions
    if named:
        return named
    coined = _CODED.search(name) is not None  # "recommendation datasets" are datasets for a task
    kind = _kind_before(name, after, before) if coined else None
    if kind:
        return kind
    bracketed = _BRACKET_KIND.match(after)
    if bracketed and _kind(bracketed.group(1)):
        return _kind(bracketed.group(1))
    if bracketed and bracketed.group(1) in _MEASURE_KINDS:  # "Group-wise Bias Index (MGBI) metric"
        return "Metric"
    kind = stated_kind(after)
    if kind or not coined:
        return kind
    following = _NEXT_WORD.match(after)
    kind = _kind(following.group(1)) if following else None
    return kind or (PROPOSED if _PROPOSE.search(before) and not _SUBJECT.match(after) else None)


def stated_kind(after: str) -> str | None:
    """The kind an apposition or a copula right after a name states ("SAKE, a two-stage
    method", "SeaTau is a diagnostic benchmark"): the text's own word on what the name is."""
    described = _APPOSITION.match(after) or _COPULA.match(after)
    return _described_kind(described.group(1)) if described else None


def _kind_before(name: str, after: str, before: str) -> str | None:
    """What the words before a coined name say it is: a kind noun, a verb of training or
    evaluation, a score (a name that starts a clause is its subject, not one more list item)."""
    called = _CALLED.search(before) if any(verb in before for verb in _NAMING_VERBS) else None
    if called and _kind(called.group(1)):  # a method's name is what the paper proposes: a Method or a Model
        return PROPOSED if _kind(called.group(1)) == "Method" else _kind(called.group(1))
    before = before[-_NEAR:]
    preceding = _KIND_BEFORE.search(before)
    if preceding and _kind(preceding.group(1)) == "Dataset":
        return "Dataset"
    if _SUBJECT.match(after) or _heads_a_model(after):
        return None
    # not "experiments on Llama-3", "on ImageNet and SDXL" (a model by how the 2025 corpus writes it),
    # "results on SOTA MLLMs"
    a_model = family_type(name) == "Model" or corpus_type(name) == "Model" or _MODEL_CLASS.search(name)
    if (_DATA_VERB.search(before) or _PART_OF.search(before) or _STATE_OF_THE_ART_ON.search(before)) and not a_model:
        return "Dataset"
    if (_SCORE_BEFORE.search(before) or _VALUE_AFTER.match(after)) and _CAPITAL.search(name):
        return "Metric"
    if (_SCORE_ON.search(before) or _LISTED.match(after) or _SUCH_AS.search(before)) and not a_model:
        return "Dataset"
    return None


# "10.4% on the OpenVLA backbone", "results on the Qwen2.5 model": a name before a model's noun is
# what the method runs on, not data
_MODEL_NOUNS = frozenset("backbone backbones model models baseline baselines encoder encoders llm llms vlm vlms "
                         "architecture architectures variant variants features".split())


def _heads_a_model(after: str) -> bool:
    following = _NEXT_WORD.match(after)
    return following is not None and following.group(1).lower() in _MODEL_NOUNS


def _described_kind(phrase: str) -> str | None:
    """The first kind noun among a description's first words, up to a preposition: "a new
    large-scale benchmark for", "A Semantic-Pragmatic Complexity Index"."""
    phrase = _DATA_SET.sub("dataset", phrase)  # "an original French manually annotated data set"
    for word in _WORD.findall(phrase)[:_APPOSITION_WORDS]:
        if word.lower() in _STOP:
            return None
        if _kind(word):
            return _kind(word)
        if word.lower() in _MEASURE_KINDS:
            return "Metric"
    return None


def title_cue(name: str, after: str, before: str = "") -> str | None:
    """A coined name before a title's colon ("ReaComp: Compiling LLM Reasoning ...") is what
    the paper proposes: ``PROPOSED``, a Method or Model as its mentions say, unless the
    apposition says it is a benchmark or dataset (``cue_type``) or the subtitle opens with
    "Benchmarking" (558 titles of the 2025 corpus: "CodeARC: Benchmarking ..."). In SciREX, 11 of 12 such
    titles name the paper's method."""
    kind = cue_type(name, after, before)
    subtitle = _SUBTITLE.match(after)
    if kind is None and subtitle:  # "MultiPriv: Benchmarking Privacy Reasoning in VLMs" names a benchmark
        kind = "Dataset" if subtitle.group(1).startswith("Benchmarking ") else _described_kind(subtitle.group(1))
    if kind is None and subtitle and _CODED.search(name[1:] or name):
        return PROPOSED
    return kind


# the head words of gold mentions that are nearly always one type (training/head_table.py,
# stored with the extraction model); a resolver reads the table, it never loads the model
_HEAD_TABLE = Path(__file__).resolve().parent.parent / "extract" / "model" / "head_types" / "table.json"
_EXPANSION_KINDS = ("Task", "Metric")  # the table's Method heads ("model", "network") are Models as often
# "X-based Y", "X-augmented Y", "X-aware Y" name a way of doing Y
_TECHNIQUE = re.compile(r"\w(?:-|\s)(?:based|augmented|aware|guided|driven|enhanced|conditioned|modulated|assisted|"
                        r"informed|oriented|aligned|regularized|constrained)\b", re.IGNORECASE)
# nouns of measurement the gold data is too small to have in the head table
_MEASURE_HEADS = frozenset("similarity distance entropy divergence index ratio coefficient".split())
_VAGUE_HEADS = frozenset({"language"})  # "Domain-Specific Language", "Child-Directed Language"
# kinds of data one task turns into another ("Text-to-Speech", "Speech-to-Text")
_MODALITY = r"(?:text|speech|image|video|audio|sql|code|music|motion|3d|voice|sketch|mesh|scene)"
_CONVERSION = re.compile(rf"{_MODALITY}[\s-]+to[\s-]+{_MODALITY}", re.IGNORECASE)
# nouns of a way of computing: what an acronym for "... Fusion", "... Guidance" stands for is a
# technique (not "alignment" or "adaptation", which name problems as often: SFDA)
_TECHNIQUE_HEADS = frozenset("""fusion refinement aggregation guidance distillation augmentation regularization
normalization quantization pooling encoding decoding sampling pruning attention prompting""".split())


@lru_cache(maxsize=1)
def _head_kinds() -> dict[str, str]:
    table = json.loads(_HEAD_TABLE.read_text(encoding="utf-8")) if _HEAD_TABLE.is_file() else {}
    return {word: kind for word, kind in table.items() if kind in _EXPANSION_KINDS}


def expansion_cue(acronym: str, expansion: str) -> str | None:
    """The kind an acronym's written-out form names by its last word: "Spatial Narrative
    Score (SNS)" is a metric, "zero-shot anomaly detection (ZSAD)" a task, "the X Dataset
    (XD)" a dataset. A tagger types a paper's new acronym as it types most coined names, a
    model; the definition beside it says what it is."""
    if acronym == expansion or _TECHNIQUE.search(expansion):
        return None  # "Retrieval-Augmented Generation" is a technique, not a task
    if _CONVERSION.fullmatch(expansion.strip()):
        return "Task"  # "Text-to-Speech (TTS)", "Speech-to-Text": turning one kind of data into another
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", expansion)  # "All-in-One Image Restoration": three words
    words = words[:next((i for i, w in enumerate(words) if w.lower() in _STOP), len(words))]
    if not words:
        return None  # the head of "Benchmark for Chinese Street Views" is "Benchmark"
    parts = words[-1].lower().split("-")  # "Quality-of-Service": its head is "quality", as unhyphenated
    head = parts[next((i for i, part in enumerate(parts) if part in _STOP), len(parts)) - 1]
    if _kind(head) == "Dataset" or head == "challenge":  # "Intrapartum Ultrasounds Grand Challenge (IUGC)"
        return "Dataset"
    if _kind(head) == "Method" or head in _TECHNIQUE_HEADS:  # "Degradation Estimation Module (DEM)",
        return "Method"  # "Adaptive Multi-Scale Fusion (AMSF)", "Unconditional Context Guidance (UCG)"
    if head in _MEASURE_HEADS:
        return "Metric"
    return _head_kinds().get(head) if head not in _VAGUE_HEADS else None
