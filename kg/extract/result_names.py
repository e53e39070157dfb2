"""Whose score, on what, by which measure: the names around a value (kg.extract.results).

The NER tags datasets well when they are famous and poorly when they are new, and the
sentence shape often says more than the tag: "71.8% on X" makes X the data whatever its
label (benchmarks named like models, "TCE-hard", or not tagged at all, "AIME25"), "TIIF(73.8)"
in a list after "on" is a dataset's score, "GPT-5 (52.3)" or "for AraGPT2-Base" names the
value's owner. Names are ``Name`` values (token range, text, label) so that a name read off a
glued token ("TIIF(73.8") stands beside the NER's spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.corpus_names import corpus_type
from kg.extract.dataset_context import DATASET_NOUNS
from kg.extract.name_lexicon import fills_free_text
from kg.extract.result_values import Value, in_entity
from kg.extract.spans import doc_text
from kg.extract.versioned_names import family_type
from kg.resolve.specificity import is_known, of_no_type

__all__ = ["Name", "as_name", "averaged_over_several", "benchmark_shaped", "only_trained_on", "entity_at",
           "name_at", "names_after_on", "over_several_data", "part_of", "whole_of_a_named_part", "several_at", "model_headed", "model_like",
           "released_model", "is_name_token", "names_hardware", "hardware_follows", "cut_through_a_bracket",
           "compared_against", "a_modality_or_language",
           "METHOD_LABELS", "DATA_PREPOSITIONS", "PART_NOUNS"]

METHOD_LABELS = ("Method", "Model")
DATA_PREPOSITIONS = frozenset({"on", "across"})
_SEVERAL = frozenset({"multiple", "several", "various", "diverse", "many", "numerous", "all", "two", "three", "four",
                      "five", "six", "seven", "eight", "nine", "ten", "these", "both"})
_DATA_PLURALS = frozenset({"benchmarks", "datasets", "corpora"})
_PLURAL_KINDS = frozenset({"benchmarks", "datasets", "tasks", "domains", "languages", "corpora", "settings"})
_NAME_TOKEN_RE = re.compile(r"^(?=.*[A-Z0-9])[A-Za-z0-9][\w\-.+@']*$")
# "MedGemma-4B", "Llama-3.1-8B-Instruct", "Qwen2.5 7B": a model's parameter count
_SIZED_MODEL_RE = re.compile(r"(?:^|[\s\-_])\d+(?:\.\d+)?[BbMm](?:$|[\s\-_])")


@dataclass(frozen=True)
class Name:
    """A name in a sentence: tokens ``start:end``, its text and label."""

    start: int
    end: int
    text: str
    label_: str


def as_name(span: Span, label: str | None = None) -> Name:
    return Name(span.start, span.end, span.text, label or span.label_)


def entity_at(ents: list[Span], i: int) -> Span | None:
    return next((e for e in ents if e.start == i), None)


def is_name_token(tok: Token) -> bool:
    return bool(_NAME_TOKEN_RE.match(tok.text)) and not tok.like_num and not tok.is_stop


# "pre-trained on", "fine-tuning LLaMA2-7B on the": the model trained may stand between
# ("training on ImageNet" alone is the setting the paper's scores are reached in)
_TRAINED_ON = re.compile(r"(?:(?i:pre-?trained|trained|fine-?tuned|initiali[sz]ed)\s+"
                         r"(?i:(?:only|solely|exclusively|jointly)\s+)?(?:[A-Z][\w.-]*\s+)?"
                         r"|(?i:pre-?training|training|fine-?tuning)\s+[A-Z][\w.-]*\s+)"
                         r"(?i:on|with|from)\s+(?i:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?$")  # "on the generic"
# "ImageNet pretraining", "ImageNet-initialized ViT", "over ImageNet only initialization"
_TRAINED_AFTER = re.compile(r"^\s*(?:-?\s*only\s*)?"
                            r"(?:-?\s*(?:pre-?)?trained\b|pre-?training\b|-?\s*initiali[sz](?:ed|ation)\b)", re.I)


def only_trained_on(before: str, after: str) -> bool:
    """A dataset named as what a model was trained on ("pre-trained on ImageNet-21k",
    "ImageNet pre-trained models"), from the text just ``before`` and ``after`` it: its name
    places no score (a value of the paper is on the data it evaluates on)."""
    return bool(_TRAINED_ON.search(before[-30:]) or _TRAINED_AFTER.match(after))


def benchmark_shaped(name: str) -> bool:
    """A name that can head a leaderboard: a known benchmark, one written as no English word
    is (GSM8K, nuScenes, MMLU), or several words; not a modality, a language or a class
    ("CT", "MRI", "English", "Decreased": CT and MRI alone headed 396 absolute results of the
    2025 corpus before this rule)."""
    return is_known(name) or fills_free_text(name) or len(name.split()) > 1


# "on 2912x2912 images", "pretrained on 930k shapes", "across 4K--32K context lengths": sizes, not names
_DIMENSIONS = re.compile(r"^(?:\d+(?:\s*[x×]\s*\d+)+|[\d.,]+\s?[kKmMbB](?:\s*[-–—~]+\s*[\d.,]+\s?[kKmMbB])?)$")


def model_like(name: str) -> bool:
    """A model's name by its size ("MedGemma-4B") or by how the 2025 corpus uses it (GPT-4o,
    Llama-3): "on GPT-4o" names the model evaluated, not the data."""
    return released_model(name) or corpus_type(name) == "Model" or bool(_PLURAL_ACRONYM.match(name))


# "17 methods across MLLMs": a class of models by its plural acronym (not "BigGANs")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")


def released_model(name: str) -> bool:
    """A released model's name: one with its size ("QwQ-32B") or of a known family (Llama-3)."""
    return bool(_SIZED_MODEL_RE.search(name)) or family_type(name) == "Model"


# "on the OpenVLA backbone", "surpasses the RGB baseline": a name heading a model is no data
_MODEL_HEADS = frozenset({"backbone", "backbones", "baseline", "baselines", "model", "models", "encoder",
                          "encoders", "architecture", "architectures", "llm", "llms", "vlm", "vlms", "pipeline",
                          "pipelines", "framework", "frameworks", "agent", "agents"})


# "by 3.23 on Split 0", "on Fold 2": a numbered part of the data named elsewhere, no dataset
_NUMBERED_PART = re.compile(r"^(?:[Ss]plit|[Ff]old|[Ss]ubset|[Pp]art|[Ss]etting|[Ss]cenario|[Cc]ase)\s*\d+$")


def model_headed(doc: Doc, start: int, end: int) -> bool:
    """The name ``start:end`` ends with, or comes right before, a noun for a model ("the OpenVLA
    backbone"; one lower-case word may stand between: "LangChain agentic pipeline")."""
    if doc[end - 1].lower_ in _MODEL_HEADS or (end < len(doc) and doc[end].lower_ in _MODEL_HEADS):
        return True
    return (end + 1 < len(doc) and doc[end].is_lower and doc[end].is_alpha and not doc[end].is_stop
            and doc[end + 1].lower_ in _MODEL_HEADS)  # not "HotpotQA with LLM-as-Judge"


def name_at(doc: Doc, i: int, stop: int, ents: list[Span]) -> Name | None:
    """The dataset-like name starting at token ``i``: an entity (not a metric or task), or a
    run of untagged capitalised or digit-bearing words ("AIME25", "Level II"); never a model
    with its size ("on MedGemma-4B" names the model evaluated, not the data) unless tagged a
    dataset ("LAION-5B")."""
    if i < stop and doc[i].lower_ in ("the", "our"):  # "10% on our HiRes-50K": the paper's own data, named
        i += 1
    ent = entity_at(ents, i)
    if ent is not None:
        # "on ACEBench Agent": a capitalised head after a dataset names a part of it, not a model
        subset = ent.label_ == "Dataset" and ent.end < stop and doc[ent.end].text[:1].isupper()
        if model_headed(doc, ent.start, ent.end) and not subset:
            return None
        # "KiTS23"; not "geo-temporal reasoning", a lower-case phrase whatever the NER called it, nor
        # "1-hop tasks", a part of the paper's benchmark no one else names
        coined = ent.label_ in ("Task", "Method") and any(c.isupper() or c.isdigit() for c in ent.text) and (
            any(c.isupper() for c in ent.text) or ent[-1].lower_ not in _GENERIC_PARTS) and not _in_a_language(ent)
        if ent.label_ == "Metric" or "@" in ent.text or (ent.label_ in ("Task", "Method") and not coined) or (
                ent.label_ != "Dataset" and model_like(ent.text)):  # LAION-5B is data
            return None
        return as_name(ent, "Dataset")
    end = i
    while end < stop and not in_entity(doc[end], ents) and (
            is_name_token(doc[end]) or _capital_before_hyphen(doc, end, stop) or (
            end > i and doc[end].text.isupper() and len(doc[end]) <= 4) or (  # "Level II", "UF-Health"
            end > i and doc[end].text == "-" and not doc[end - 1].whitespace_ and end + 1 < stop) or (
            end > i and _hyphen_piece(doc, end)) or (end > i and _numbered_part(doc, end, stop))):
        end += 1
        if doc[end - 1].text.endswith(".") and len(doc[end - 1]) > 1:
            break  # "on Level I. Performance is ...": a sentence end the splitter missed
    if end > i and doc[end - 1].text == "-":
        return None  # "on Lesion-DDPM-generated scans": a name glued to a participle is a modifier
    if end < stop and doc[end].lower_ in ("metric", "metrics", "measure", "measures"):
        return None  # "an 89.30% F1 score on the MedCPT metric": what is measured, not where
    after = entity_at(ents, end)
    if after is not None and after.label_ == "Metric":
        return None  # "by 3.2% on 3D IoU": the measure's qualifier
    text = doc[i:end].text
    if end == i or model_like(text) or model_headed(doc, i, end) or _NUMBERED_PART.match(text) or len(text) < 2 \
            or "@" in text or corpus_type(text) == "Metric" or _DIMENSIONS.match(text) or _MEASURE_PIECE.search(text):
        return None  # "on H" (an abbreviation of the abstract's own) names nothing a reader can place
    return Name(i, end, doc[i:end].text, "Dataset")


# "by 20.9% on m_IoU on the HCSTVG-v2 benchmark", "m\_tIoU": a measure written with a subscript
_MEASURE_PIECE = re.compile(r"(?:^|_)(?:m?[tvs]?IoU|mAP|AP|F1|AUC)$")


_GENERIC_PARTS = frozenset({"task", "tasks", "questions", "problems", "cases", "settings", "subtasks"})


def _hyphen_piece(doc: Doc, i: int) -> bool:
    """ "TCE-hard", "Doc-only", "Waymo End-to-End": a lower-case word glued after a name's
    hyphen is part of the name; a participle is not ("Lesion-DDPM-generated")."""
    prev = doc[i - 1]
    return (prev.text == "-" and not prev.whitespace_ and doc[i].is_alpha and doc[i].is_lower
            and not doc[i].lower_.endswith("ed"))


def _numbered_part(doc: Doc, i: int, stop: int) -> bool:
    """ "Subtask 1", "Track 2": a small number ending a name (not a score: "on X 90%")."""
    nxt = doc[i + 1].lower_ if i + 1 < stop else ""
    return doc[i].text.isdigit() and len(doc[i]) <= 2 and nxt not in ("%", "\\%", "percent")


def names_after_on(sent: Span, ents: list[Span]) -> list[Name]:
    """Untagged names a sentence puts after "on" ("state-of-the-art results on UnrealStereo4K,
    reducing AbsRel from ..."): where its values are scored, though the NER missed them."""
    doc = sent.doc
    out = []
    for t in sent:
        if t.lower_ in DATA_PREPOSITIONS and not in_entity(t, ents) and t.i + 1 < sent.end:
            name = name_at(doc, t.i + 1, sent.end, ents)
            ent = None if name is None else entity_at(ents, name.start)
            if (name is not None and (ent is None or ent.label_ in METHOD_LABELS or _kind_follows(doc, name.end)
                                      or _heads_a_list_of_datasets(doc, name.end, ents) or _a_benchmarks_task(ent))
                    and (benchmark_shaped(name.text.rstrip(".")) or (_kind_follows(doc, name.end)  # "the CKP set",
                                                                      and not name.text.istitle()))  # not "Original set"
                    and not _only_trained_on_name(doc, name) and not _hardware(name)
                    and not cut_through_a_bracket(name.text)):
                out.append(name)  # "On DanceTrack, MATR ...": a benchmark the NER took for a model
    return out


# "on Ascend NPUs", "on commodity CPU-class hardware": what the models ran on, no data
_HARDWARE = frozenset({"gpu", "gpus", "npu", "npus", "tpu", "tpus", "cpu", "cpus", "cpu-class", "fpga", "fpgas",
                       "processor", "processors", "qpu", "qpus"})


# "on B200", "on NVIDIA H100", "on an RTX 4090": accelerators by their model names
_ACCELERATOR = re.compile(r"(?:NVIDIA\s+)?(?:[ABHLV]\d{2,3}|G[HB]\d{3}|(?:GeForce\s+)?RTX\s?\d{4}\w*)")


def _hardware(name: Name) -> bool:
    text = name.text.rstrip(".")
    return text.split()[-1].lower() in _HARDWARE or _ACCELERATOR.fullmatch(text) is not None


def names_hardware(ent: Span) -> bool:
    """ "on IBM's Heron r2 quantum processor", "on Kaggle T4 GPUs": a maker or a host the NER
    took for data, named before the hardware the models ran on."""
    return hardware_follows(doc_text(ent.doc)[ent.end_char:ent.end_char + 60])


_HARDWARE_AFTER = re.compile(r"(?:'s|’s)?(?:\s+[\w.+-]+){0,3}?\s+(?:" + "|".join(sorted(_HARDWARE)) + r")\b", re.I)


def hardware_follows(text: str) -> bool:
    """Whether ``text``, what follows a name, opens with the hardware the name makes or hosts."""
    return _HARDWARE_AFTER.match(text) is not None


_CUT_BRACKET = re.compile(r"^[^(]*\)|\([^)]*$")


def cut_through_a_bracket(name: str) -> bool:
    """ "average).These" ("(9.5% vs. 23.2% on average).These results"): a token run across a
    bracket, the name of nothing."""
    return _CUT_BRACKET.search(name) is not None


# "+5.38 dB over MeanCache", "consistent improvements over MonoScene", "outperforming DeepEval"
_COMPARED = frozenset({"over", "than", "vs", "vs.", "versus", "outperforming", "outperforms", "surpassing",
                       "surpasses", "beating", "beats"})
_COMPARED_BEFORE_TO = frozenset({"compared", "relative", "comparison"})


def compared_against(ent: Span) -> bool:
    """A name a score is compared against is the baseline, whatever the NER called it, not the
    data it was reached on; a known benchmark after "over" is still data ("a 5.7% improvement
    over TruthfulQA"), and so is a name that only qualifies what is compared against
    ("outperforming the 2024 CHAIMELEON challenge winners")."""
    doc, i = ent.doc, ent.start - 1
    i -= i > 0 and doc[i].lower_ == "the"
    qualifies = ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].is_alpha and not doc[ent.end].is_stop
    compared = i >= 0 and (doc[i].lower_ in _COMPARED or (  # "compared to MS-ILLM", "relative to X"
        i >= 1 and doc[i].lower_ in ("to", "with") and doc[i - 1].lower_ in _COMPARED_BEFORE_TO))
    return compared and not is_known(ent.text) and not qualifies


def _in_a_language(ent: Span) -> bool:
    """ "on Japanese speech recognition": a task in a language, capitalised for the language
    alone, is no data anyone can place a score on."""
    return len(ent) > 1 and of_no_type(ent[0].text) and not any(c.isupper() or c.isdigit() for c in ent[1:].text)


def a_modality_or_language(ent: Span) -> bool:
    """ "using only RGB video", "Chinese input", "on the English development set": a Dataset-typed
    phrase capitalised only for its modality or language describes the input, it names no data
    (one ending in a data noun is left as tagged: "MIT benchmarks" are the MIT restaurant and movie
    sets, whose maker the corpus reads as of no type)."""
    return _in_a_language(ent) and ent[-1].lower_ not in DATASET_NOUNS


def _a_benchmarks_task(ent: Span | None) -> bool:
    """ "on the LegalBench hearsay determination task": a task of a benchmark the 2025 corpus
    names as data is where the values are scored."""
    return ent is not None and ent.label_ == "Task" and len(ent) > 1 and corpus_type(ent[0].text) == "Dataset"


def _only_trained_on_name(doc: Doc, name: Name) -> bool:
    start, end = doc[name.start].idx, doc[name.end - 1].idx + len(doc[name.end - 1])
    return only_trained_on(doc_text(doc)[max(0, start - 30):start], doc_text(doc)[end:end + 20])


_DATA_KIND_NOUNS = frozenset({"benchmark", "leaderboard", "dataset", "corpus", "suite", "testbed", "set"})


def _heads_a_list_of_datasets(doc: Doc, end: int, ents: list[Span]) -> bool:
    """ "on UCF-Crime, ShanghaiTech, and CUHK Avenue": the first of a list of datasets is one,
    whatever its tag (the NER typed UCF-Crime a task)."""
    glue = _list_glue_after(doc, end)
    nxt = entity_at(ents, end + len(glue))
    if not glue or nxt is None or nxt.label_ != "Dataset":
        return False
    # not "On A, B achieves": the list goes on, or an "and" closes it
    return any(t.lower_ in ("and", "or") for t in glue) or bool(_list_glue_after(doc, nxt.end))


def _list_glue_after(doc: Doc, end: int) -> list[Token]:
    """The "," / "and" / ", and" right after token ``end``."""
    glue = []
    while end + len(glue) < len(doc) and len(glue) < 2 and doc[end + len(glue)].lower_ in (",", "and", "or"):
        glue.append(doc[end + len(glue)])
    return glue


def _kind_follows(doc: Doc, end: int) -> bool:
    """ "On the MLADI leaderboard": a name followed by a kind of data is that data, whatever
    its tag (the NER types a task's acronym as the task)."""
    return end < len(doc) and doc[end].lower_ in _DATA_KIND_NOUNS


def averaged_over_several(value: Value, sent: Span) -> bool:
    """ "a drop of up to 4.4 on multiple benchmarks, such as MMLU": a figure over several
    datasets is none of theirs."""
    doc = value.tok.doc
    for i in range(value.tok.i + 1, min(value.tok.i + 10, sent.end - 1)):
        if doc[i].lower_ in DATA_PREPOSITIONS:
            return several_at(doc, i + 1, sent.end)
        if doc[i].is_punct and doc[i].text not in ("%", "\\%", "-"):  # "over zero-shot baselines across ..."
            return False
    return False


def over_several_data(sent: Span) -> bool:
    """ "We additionally evaluate our method on four benchmarks from the literature, reaching an
    average accuracy of 81.60%": a sentence naming no dataset but a number of them scores over
    several, none of them the paper's own."""
    doc = sent.doc
    return any(t.lower_ in ("on", "across", "over") and several_at(doc, t.i + 1, sent.end)
               and any(w.lower_ in _DATA_PLURALS for w in doc[t.i + 1:min(t.i + 7, sent.end)]) for t in sent)


def several_at(doc: Doc, i: int, stop: int) -> bool:
    words = [t.lower_ for t in doc[i:min(i + 6, stop)]]
    if words[:1] == ["the"]:
        words = words[1:]
    if words[:1] and words[0] in _DATA_PLURALS:
        return True  # "across benchmarks", not "across tasks" of one dataset
    kinds = next((k for k, w in enumerate(words[1:5], 1) if w in _PLURAL_KINDS), None)  # "five popular
    return (kinds is not None and (words[0] in _SEVERAL or words[0].isdigit())  # optimization modeling benchmarks"
            and all(w.isalpha() or w == "-" for w in words[1:kinds]))


def _capital_before_hyphen(doc: Doc, i: int, stop: int) -> bool:
    """ "on We-Math": a capitalised stop word glued by a hyphen to a name opens a name; so does
    a lower-case word glued to a camel-cased one ("on xbench-DeepSearch", "mini-ImageNet"; not
    "non-IID")."""
    if not (i + 2 < stop and doc[i].is_alpha and doc[i + 1].text == "-" and not doc[i].whitespace_
            and not doc[i + 1].whitespace_):
        return False
    after = doc[i + 2].text
    return after[:1].isupper() and (doc[i].text[:1].isupper() or bool(_CAMEL.match(after)))


_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z]\w*$")


PART_NOUNS = frozenset({"split", "splits", "subset", "subsets", "set", "partition", "portion", "part", "version"})


def part_of(doc: Doc, i: int, stop: int, ents: list[Span]) -> Name | None:
    """ "on the most challenging split of ScanObjectNN": the dataset a named part belongs to."""
    j = i + (i < stop and doc[i].lower_ == "the")
    k = next((k for k in range(j, min(j + 5, stop - 2)) if doc[k].lower_ in PART_NOUNS), None)
    if k is None or doc[k + 1].lower_ != "of" or any(not t.is_alpha or in_entity(t, ents) for t in doc[j:k]):
        return None
    name = name_at(doc, k + 2, stop, ents)
    return name if name is not None and benchmark_shaped(name.text) else None


def whole_of_a_named_part(ent: Span, ents: list[Span]) -> bool:
    """ "On the RAGTruth subset of the LLM-AggreFact benchmark": the whole, where the text names
    the part that was scored (a tagged dataset before "subset of", "split of", ...)."""
    doc, i = ent.doc, ent.start - 1
    i -= i >= 0 and doc[i].lower_ == "the"
    if i < 2 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in PART_NOUNS:
        return False
    return any(e.label_ == "Dataset" and e.end == i - 1 for e in ents)
