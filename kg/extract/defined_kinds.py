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

A participle after the head noun ends the phrase ("a unified framework designed to ...": 30
names of the 2,020-paper sample moved from Model to Method with it), a group's head gives way
to its members ("a family of ... vision transformers"), and a short form in brackets is
defined by what follows them ("Wide-In, Narrow-Out (WINO), a training-free ... algorithm").
kg.extract.defined_ways reads the same phrases for names the NER typed a task, data or a
measure.

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

__all__ = ["MODEL_HEADS", "WAY_HEADS", "defined_kinds", "definition_after", "head_before", "head_kind", "phrase_head"]

# what a paper calls a way of doing things: a Method
WAY_HEADS = frozenset({"framework", "pipeline", "system", "method", "approach", "algorithm", "technique", "strategy",
                       "mechanism", "paradigm", "scheme", "procedure", "protocol", "toolkit", "library", "recipe",
                       "solver"})
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
    return head_kind(_head_before_bracket(doc, ent) or _head_after(doc, ent) or head_before(doc, ent))


def head_kind(head: str | None) -> str | None:
    """ "Method" for a way's head noun, "Model" for a trained artefact's."""
    return "Method" if head in WAY_HEADS else "Model" if head in MODEL_HEADS else None


def phrase_head(phrase: Span) -> str:
    """The head noun of a defining phrase, singular where the phrase names a group's members
    ("a new family of ... vision transformers": a transformer; a plural alone names a class)."""
    head = phrase[-1].lower_
    grouped = any(tok.lower_ in _GROUP_HEADS and tok.nbor(1).lower_ == "of" for tok in phrase[:-1])
    return head[:-1] if grouped and head.endswith("s") else head


def _head_before_bracket(doc: Doc, ent: Span) -> str | None:
    """ "a ... fall detection system (SF2D)": the word before the bracket."""
    if ent.start >= 2 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")":
        return doc[ent.start - 2].lower_
    return None


def head_before(doc: Doc, ent: Span) -> str | None:
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
    phrase = definition_after(doc, ent)
    return None if phrase is None else phrase_head(phrase)


def definition_after(doc: Doc, ent: Span) -> Span | None:
    """The phrase from the article to its head noun that defines ``ent`` right after it (past
    the name's words in brackets); a group's head gives way to what it groups ("a new family of
    tiny ... vision transformers")."""
    i = ent.end
    if i < len(doc) and doc[i].text == "(":
        i = next((j + 1 for j in range(i + 1, min(i + 2 + LONG_FORM_MAX_TOKENS, len(doc))) if doc[j].text == ")"), i)
    elif i < len(doc) and doc[i].text == ")" and ent.start and doc[ent.start - 1].text == "(":
        i += 1  # the short form in brackets: "Wide-In, Narrow-Out (WINO), a training-free ... algorithm"
    if i + 1 >= len(doc) or not (doc[i].text in _DASHES or doc[i].text == "," or (doc[i].text == ":" and not ent.start)):
        return None
    if doc[i + 1].lower_ not in _ARTICLES:
        return None
    end = _phrase_end(doc, i + 2)
    if end is not None and doc[end - 1].lower_ in _GROUP_HEADS and end < len(doc) and doc[end].lower_ == "of":
        end = _phrase_end(doc, end + 1, _LISTED)  # "of tiny and efficient ... transformers"
    return None if end is None else doc[i + 1:_head_before_participle(doc, i + 2, end)]


def _head_before_participle(doc: Doc, start: int, end: int) -> int:
    """The phrase's end, or the end of a head noun that a participle follows inside it ("an
    RL-based solver trained with", "a unified framework designed to"): no other mark ends it."""
    for j in [end - 1] + list(range(start, end - 1)):
        last = j == end - 1
        if (last or (doc[j + 1].lower_.endswith(("ed", "ing")) and doc[j + 1].is_alpha)) \
                and head_kind(phrase_head(doc[start - 1:j + 1])) is not None:
            return j + 1
    return end


_GROUP_HEADS = frozenset({"family", "series", "suite", "collection"})
_LISTED = frozenset({"and", "or", ","})  # words joining the modifiers of a group's members


def _phrase_end(doc: Doc, start: int, inside: frozenset[str] = frozenset()) -> int | None:
    """Where the noun phrase opening at ``start`` ends (None: too long or empty); words of
    ``inside`` do not end it."""
    last = min(start + _MAX_PHRASE, len(doc))
    end = next((j for j in range(start, last) if doc[j].lower_ not in inside and _ends_phrase(doc, j)),
               last if last == len(doc) else None)
    return None if end is None or end == start else end


def _ends_phrase(doc: Doc, j: int) -> bool:
    """A preposition, conjunction or mark after the head; not "of" inside "Mixture-of-Experts"."""
    tok = doc[j]
    return tok.lower_ in _PHRASE_ENDS and (not tok.is_alpha or bool(doc[j - 1].whitespace_))
