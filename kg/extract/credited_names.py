"""Which names a result may credit: a method's or model's name, not a description ("web agent",
"our policy model"), a class of models ("MLLMs"), a modality or device ("MRI"), a metric the
NER took for a method ("EM"), nor how a score was measured ("a 5-fold cross-validation
process"). kg.extract.results asks before crediting a value, kg.extract.assemble before
filling in the paper's own method.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.corpus_names import corpus_type
from kg.extract.result_names import METHOD_LABELS
from kg.resolve.specificity import MODIFIER_SUFFIXES, is_specific, of_no_type

__all__ = ["a_class_of_models", "method_name_ok", "names_a_method"]

_GENERIC_HEADS = frozenset({"model", "models", "method", "methods", "framework", "approach", "system", "network",
                            "architecture", "agent", "pipeline", "variant", "baseline", "baselines"})


def names_a_method(span: Span) -> bool:
    """A name worth crediting, not a description (method_name_ok), nor a size ("This 9.26 MB
    model achieved"), nor a setting ("1.76 with just one step (NFE=1)")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].like_num:
        return False
    if span.end + 1 < len(doc) and doc[span.end].text == "=" and doc[span.end + 1].like_num:
        return False
    if _LAYERS.match(span.text):
        return False  # "a 1-layer GPN+M reaches 18.06": the depth, not the model
    if span.end < len(doc) and doc[span.end].ent_type_ == "Metric" and span.label_ != "Model" and span.text.isupper():
        return False  # "LC win rate", "VRU recall": a measure's qualifier
    return method_name_ok(span.text, span.label_ if span.label_ in METHOD_LABELS else "Method")


_LAYERS = re.compile(r"^\d+-(?:layer|layers|block|blocks|stage|head|heads)$", re.I)


def method_name_ok(text: str, label: str = "Method") -> bool:
    """A name worth crediting, not a description ("web agent", "pruned model", "our policy
    model"): specific as a whole, its generic head aside ("LAHJATBERT model",
    kg.resolve.specificity), or holding a word written as a name ("Gemini 3.0 Pro", "CLIP-ViT",
    "Codex coding-agent baseline"); never a metric the NER took for a method ("EM"), nor a modality ("MRI")."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in _GENERIC_HEADS:
        if words[-1].endswith("s") and "-" in words[-2] and words[-2].rsplit("-", 1)[1].lower() in MODIFIER_SUFFIXES:
            return False  # "FF-based methods", "CLIP-like models": a class of methods, nobody's score
        words = words[:-1]
    if (not words or corpus_type(text) == "Metric" or _no_type(text) or a_class_of_models(text)
            or _PROTOCOL.search(text) or all(_SIZE_WORD.match(w) for w in words)):
        return False  # "a 7B model reaching 60.8%", "our 14B-GRPO model": the paper's model by its size
    # "GRPO-aligned policy model", "CLIP-guided diffusion": a name inside a modifier describes
    # "a compact 300M-parameter model": a size is no name among the description's words
    return is_specific(" ".join(words), label) or any(_written_as_name(w, label) for w in words
                                                      if not _modifier(w) and not _SIZE_WORD.match(w))


def _modifier(word: str) -> bool:
    suffix = word.rsplit("-", 1)[1].lower() if "-" in word else ""
    return suffix in MODIFIER_SUFFIXES or (len(suffix) > 3 and suffix.endswith("ed"))


_CLASS_OF_MODELS = re.compile(r"^(?:[A-Z][a-z]+-)?[A-Z]{2,}s$")  # "MLLMs", "Video-LLMs", "Med-VLMs"
# a size alone, perhaps with how it was trained: "7B", "14B-GRPO", "1.5B-parameter"
_SIZE_WORD = re.compile(r"^\d+(?:\.\d+)?[BMK](?:-[A-Za-z]+)?$")
# "A 5-fold cross-validation process confirms ... 99.07%": how a score was measured, nobody's method
_PROTOCOL = re.compile(r"\b(?:cross-validation|cross validation|ablation|user study)\b", re.I)


def a_class_of_models(text: str) -> bool:
    """A plural acronym, perhaps after a domain ("Video-LLMs"): "Current MLLMs exhibit ...",
    "infuses awareness into LMs" name a class of models, nobody's score (not "BigGANs", a
    paper's own models); so does the class's acronym alone ("with a 0.5B LLM", "a CNN reached")."""
    return bool(_CLASS_OF_MODELS.match(text)) or text in _CLASS_ACRONYMS


_CLASS_ACRONYMS = frozenset({"LLM", "LM", "VLM", "LVLM", "MLLM", "LMM", "SLM", "LRM", "VLA", "CNN", "RNN",
                             "DNN", "GNN", "ANN", "RL", "ML", "DL", "AI", "NLP", "SOA", "SOTA"})


def _no_type(text: str) -> bool:
    """A modality, device or language ("MRI", "evaluated on real MRIs", "LiDAR"): nobody's score."""
    return of_no_type(text) or (text.endswith("s") and text[:-1].isupper() and of_no_type(text[:-1]))


def _written_as_name(word: str, label: str) -> bool:
    inner = word[1:]
    return (any(c.isdigit() for c in word) or any(c.isupper() for c in inner)
            or (word[:1].isupper() and is_specific(word, label)))
