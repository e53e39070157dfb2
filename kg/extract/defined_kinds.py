"""Model or Method from what the text says a name is: "a ... fall detection system (SF2D)",
"STELLA - the first end-to-end CBN pipeline", "HEBATRON: A Hebrew-Specialized ... Language
Model".

kg.extract.model_vs_method decides from a name's spelling alone, so every coined name with a
digit or a capital inside is a Model ("SF2D", "STELLA"), though a paper that calls its name a
system, a pipeline or a framework says it made a way of doing things, not a trained artefact;
and a name the paper calls a language model is one however it is spelled ("Hebatron"). The
head noun of the phrase that defines the name decides: in parentheses after the phrase, in
apposition after a comma or a dash (also past the name's own words in brackets: "IRM
(Implicit Reasoning Model), a ..."), before it ("a novel hybrid framework, CB-Res-RBCMT",
"a ... framework named HarmonySeg"), or in the title after the colon. On 50 random nodes of
the 2,020-paper sample (seed 181) three systems and pipelines had been Models; on the whole
sample the definitions move 906 mentions (about 300 names) from Model to Method, nearly all
"X, a (novel) ... framework", and 35 to Model ("a point-voxel interlaced network (PVINet)").
Names the field knows keep their rules ("large language model (LLM)" stays a class).

Pure functions over the title and abstract docs; kg.extract.assemble reads the map before
the spelling rule.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.corpus_names import corpus_type
from kg.extract.abbreviations import LONG_FORM_MAX_TOKENS
from kg.extract.spans import doc_entities
from kg.family_names import family_type, is_generic_family

__all__ = ["MODEL_HEADS", "WAY_HEADS", "defined_kinds"]

# what a paper calls a way of doing things: a Method
WAY_HEADS = frozenset({"framework", "pipeline", "system", "method", "approach", "algorithm", "technique", "strategy",
                       "mechanism", "paradigm", "scheme", "procedure", "protocol", "toolkit", "library", "recipe"})
# what it calls a trained artefact: a Model
MODEL_HEADS = frozenset({"model", "llm", "lm", "mllm", "vlm", "network", "transformer"})
_PHRASE_ENDS = frozenset({"for", "that", "which", "with", "to", "of", "in", "on", "via", "by", "from", "and", "or",
                          "using", "based", "where", "who", "(", ")", ",", ";", ":", ".", "--", "—"})
_DASHES = frozenset({"-", "–", "—", "--"})
_ARTICLES = frozenset({"a", "an", "the"})
_MAX_PHRASE = 10


def defined_kinds(docs: dict[str, Doc]) -> dict[str, str]:
    """Name -> "Method" or "Model" for the Method- or Model-typed names a definition types."""
    out: dict[str, str] = {}
    for doc in docs.values():
        for ent in doc_entities(doc):
            label = _kind_of(doc, ent) if ent.label_ in ("Method", "Model") else None
            if label is not None and ent.text not in out and _coined(ent.text):
                out[ent.text] = label
    return out


def _coined(name: str) -> bool:
    """A paper's own name, not one the field knows ("large language model (LLM)", "convolutional
    neural network (CNN)", "Qwen2.5-VL-7B": the corpus, the generic families and the model
    families type those)."""
    return (corpus_type(name) is None and not is_generic_family(name) and family_type(name) is None
            and not _LANGUAGE_MODELS.fullmatch(name))


_LANGUAGE_MODELS = re.compile(r"[A-Z]*LMs?")  # "LLM", "SLM", "LM": a class of models


def _kind_of(doc: Doc, ent: Span) -> str | None:
    head = _head_before_bracket(doc, ent) or _head_after(doc, ent) or _head_before(doc, ent)
    if head is None:
        return None
    return "Method" if head in WAY_HEADS else "Model" if head in MODEL_HEADS else None


def _head_before_bracket(doc: Doc, ent: Span) -> str | None:
    """ "a ... fall detection system (SF2D)": the word before the bracket."""
    if ent.start >= 2 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")":
        return doc[ent.start - 2].lower_
    return None


def _head_before(doc: Doc, ent: Span) -> str | None:
    """ "a novel hybrid framework, CB-Res-RBCMT", "a tubular structure segmentation framework
    named HarmonySeg": the head of the phrase an indefinite article opens just before the name."""
    i = ent.start
    if i < 3 or not any(c.isupper() for c in ent.text):
        return None
    if not (doc[i - 1].text == "," or doc[i - 1].lower_ in _NAMING_VERBS):
        return None
    for j in range(i - 3, max(-1, i - 3 - _MAX_PHRASE), -1):
        if doc[j].lower_ in _INDEFINITE:
            return doc[i - 2].lower_
        if _ends_phrase(doc, j) or doc[j].lower_ in _ARTICLES:
            return None
    return None


_NAMING_VERBS = frozenset({"called", "named", "dubbed", "termed"})
_INDEFINITE = frozenset({"a", "an"})


def _head_after(doc: Doc, ent: Span) -> str | None:
    """ "STELLA - the first ... pipeline for", "WAC, a web agent that", "HEBATRON: A ... Model":
    the last word of the phrase an article opens right after the name, or after the name's
    words in brackets ("LLaVA-LE (Large Language-and-Vision Assistant ...), a vision-language model")."""
    i = ent.end
    if i < len(doc) and doc[i].text == "(":
        i = next((j + 1 for j in range(i + 1, min(i + 2 + LONG_FORM_MAX_TOKENS, len(doc))) if doc[j].text == ")"), i)
    if i + 1 >= len(doc) or not (doc[i].text in _DASHES or doc[i].text == "," or (doc[i].text == ":" and not ent.start)):
        return None
    if doc[i + 1].lower_ not in _ARTICLES:
        return None
    last = min(i + 2 + _MAX_PHRASE, len(doc))
    end = next((j for j in range(i + 2, last) if _ends_phrase(doc, j)), last if last == len(doc) else None)
    if end is None or end == i + 2:
        return None
    return doc[end - 1].lower_


def _ends_phrase(doc: Doc, j: int) -> bool:
    """A preposition, conjunction or mark after the head; not "of" inside "Mixture-of-Experts"."""
    tok = doc[j]
    return tok.lower_ in _PHRASE_ENDS and (not tok.is_alpha or bool(doc[j - 1].whitespace_))
