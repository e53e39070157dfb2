"""Relations between a paper and its entities, and between entities, by sentence rules.

Every relation comes from one sentence (its evidence) and a lexical cue in it; when no cue
is clear nothing is emitted (precision over recall). The rules:

* PROPOSES (Paper -> Method|Model): the title opens with "X: ..."; or a sentence says
  "we/this paper propose|present|introduce|develop" and X is the first method after the
  verb; or X follows "called|named|dubbed|termed"; or "X, a novel/new ...".
* USES (Paper -> Method|Model|Dataset): a method or dataset shortly after "use|using|employ|
  adopt|leverage|utilize|apply|based on|built on|trained on" that the paper does not propose.
* Generic names ("large model", "selection methods") are never the method of a PROPOSES,
  USES or OUTPERFORMS relation.
* EVALUATES_ON (Paper -> Dataset): a dataset in a sentence about experiments or scores.
* EVALUATED_ON (Method|Model -> Dataset): a result tuple; or a proposed method and a
  dataset of an evaluation sentence that speaks of the paper's own work ("we", "our").
* ADDRESSES (Method|Model -> Task): "M for T", "M to solve/address/tackle T"; a method
  proposed in the title and a task of the title.
* BENCHMARK_FOR (Dataset -> Task): "D (dataset|benchmark) for T"; "T on D".
* OUTPERFORMS (Method|Model -> Method|Model): "A outperforms|beats|surpasses|is better
  than|is superior to B (and C)"; A is the last method of the cue's own clause, or the
  proposed method when that clause says "we/our/it" or names it; after "we find/show that"
  an untagged subject gives no A (not a method of the clause before); the objects end at a
  comma or a word such as "with", "on", "using".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.records import Relation
from kg.family_names import is_generic_family

__all__ = ["Ent", "find_relations", "is_generic", "proposed_methods"]

METHODISH = ("Method", "Model")
# "we also describe three reference architectures (ColPali, ...)" are others' work; "this paper
# describes LogSigma, our system" is the paper's
_PROPOSE_RE = re.compile(r"\b(?:we|this (?:paper|work|article)|here)\b[^.]{0,60}?\b"
                         r"(?:propose|present|introduce|develop|design)[sd]?\b"
                         r"|\bthis (?:paper|work|article) describes\b", re.I)
_NAMED_RE = re.compile(r"\b(?:called|named|dubbed|termed|coined)\s*$|\b[Oo]ur\s+(?:proposed\s+|new\s+)?$", re.I)
_NOVEL_RE = re.compile(r"^\s*[,(]\s*(?:a|an)\s+(?:novel|new|simple|general)\b", re.I)
_USE_RE = re.compile(r"\b(?:use[sd]?|using|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|"
                     r"utili[sz](?:e|es|ed|ing)|apply|applies|applied|applying|based on|built on|"
                     r"build(?:s)? on|trained on|pre-?trained on)\b", re.I)
_EVAL_RE = re.compile(r"\b(?:experiment\w*|evaluat\w*|results?|benchmark\w*|achiev\w*|state[- ]of[- ]the[- ]art|"
                      r"outperform\w*|test\w*|scores?|accuracy|perplexity|BLEU|F1|mAP|improv\w*)\b", re.I)
_OURS_RE = re.compile(r"\b(?:we|our|ours|proposed|this paper)\b", re.I)
_ADDR_GAP_RE = re.compile(r"^\s*(?:for|to (?:solve|address|tackle|handle|improve)|that (?:solves|addresses)|"
                          r"applied to)\s+(?:the\s+)?(?:(?:task|problem)\s+of\s+)?(?:the\s+)?$", re.I)
_BENCH_GAP_RE = re.compile(r"^\s*(?:dataset|corpus|benchmark|data set)?s?\s*(?:for)\s+(?:the\s+)?$", re.I)
_TASK_ON_GAP_RE = re.compile(r"^\s*(?:on|in)\s+(?:the\s+)?$", re.I)
_SUBJECT_RE = re.compile(r"\b(?:we|our|ours|proposed|it|this)\b", re.I)
# words that end the object of "outperforms": "A outperforms B with C" does not beat C
_CLAUSE_BREAK_RE = re.compile(r"[,;:.]|\b(?:with|while|whereas|which|when|using|by|on|in|at|for|via|"
                              r"that|without|under|across|from)\b", re.I)
_SUBJECT_BREAK_RE = re.compile(r"[,;:]|\b(?:that|which|whereas|while|when|where)\b", re.I)
_REPORTED_RE = re.compile(r"\b(?:find|found|show|shows|showed|shown|demonstrate[sd]?|observe[sd]?|note|reveal[sd]?|"
                          r"confirm[sd]?|prove[sd]?|verif(?:y|ies|ied)|suggest[sd]?|indicate[sd]?)\s+that$", re.I)
_OUTPERF_RE = re.compile(r"\b(?:outperform(?:s|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|"
                         r"better than|superior to|improv(?:es|ed|ing) (?:up)?on|improv(?:es|ed|ing) over)\b", re.I)


_GENERIC_HEADS = frozenset("""
model models method methods approach approaches technique techniques system systems framework
frameworks module modules tool tools architecture architectures network networks algorithm
algorithms baseline baselines solution solutions strategy strategies work works one ones
""".split())
_USE_WINDOW = 80  # characters after the "use" cue that a used method must start within
# "proposes a novel utility-based analytical model that enables perception systems of AVs":
# a name in the clause about the proposed thing is not what is proposed
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where)\b")


def is_generic(name: str) -> bool:
    """"large model", "selection methods": lower-case names of at most three words whose
    head is a generic noun say nothing a graph can link, so paper-level rules skip them."""
    words = name.split()
    return name == name.lower() and len(words) <= 3 and words[-1] in _GENERIC_HEADS


@dataclass(frozen=True)
class Ent:
    """One mention as the relation rules see it: canonical name, type, place, sentence."""

    name: str
    type: str
    field: str
    start: int
    end: int
    sentence: tuple[int, int]


def _sentences(ents: list[Ent]) -> dict[tuple[str, tuple[int, int]], list[Ent]]:
    out: dict[tuple[str, tuple[int, int]], list[Ent]] = {}
    for e in sorted(ents, key=lambda e: (e.field != "title", e.start)):
        out.setdefault((e.field, e.sentence), []).append(e)
    return out


def proposed_methods(ents: list[Ent], texts: dict[str, str]) -> list[tuple[Ent, str]]:
    """(entity, evidence) for each method the paper introduces, in text order."""
    out: list[tuple[Ent, str]] = []
    for (field, (s0, s1)), sent_ents in _sentences(ents).items():
        text = texts[field]
        sent = text[s0:s1]
        methods = [e for e in sent_ents if e.type in METHODISH and not is_generic(e.name)]
        if field == "title" and methods and methods[0].start == 0 and text[methods[0].end:].lstrip().startswith(":"):
            out.append((methods[0], sent))
        named = [e for e in sent_ents if not is_generic(e.name)]
        for m in _PROPOSE_RE.finditer(sent):
            # the first name after the cue is what is proposed: "We present HueManity, a
            # benchmark ... in MLLMs" proposes a dataset, not the models it is for
            after = [e for e in named if s0 + m.end() <= e.start <= s0 + m.end() + _USE_WINDOW
                     and not _RELATIVE.search(text, s0 + m.end(), e.start)]
            # "proposes a Generative Adversarial Network (GAN) and LLM-driven ... framework": a kind
            # of model the framework is built from, not the proposal
            if after and after[0].type in METHODISH and not is_generic_family(after[0].name):
                out.append((after[0], sent))
        for e in methods:
            if _NAMED_RE.search(text[max(s0, e.start - 20):e.start]) or _NOVEL_RE.match(text[e.end:e.end + 20]):
                out.append((e, sent))
    seen, uniq = set(), []
    for e, ev in out:
        if e.name not in seen:
            seen.add(e.name)
            uniq.append((e, ev))
    return uniq


def _pairs_with_gap(sent_ents: list[Ent], text: str, head_types, tail_types, gap_re, max_gap=40):
    for i, a in enumerate(sent_ents):
        if a.type not in head_types:
            continue
        for b in sent_ents[i + 1:]:
            if b.type in tail_types and b.start - a.end <= max_gap and gap_re.match(text[a.end:b.start]):
                yield a, b


def _rel(kind, head, head_type, tail, tail_type, evidence) -> Relation:
    return Relation(kind, head, head_type, tail, tail_type, evidence)


def find_relations(paper_id: str, ents: list[Ent], texts: dict[str, str],
                   result_pairs: list[tuple[str, str, str, str]] = ()) -> list[Relation]:
    """All relations of one paper. ``result_pairs`` are (method, method_type, dataset,
    evidence) from the paper's result tuples."""
    rels: list[Relation] = []
    proposed = proposed_methods(ents, texts)
    proposed_names = {e.name for e, _ in proposed}
    for e, ev in proposed:
        rels.append(_rel("PROPOSES", paper_id, "Paper", e.name, e.type, ev))
    for (field, (s0, s1)), sent_ents in _sentences(ents).items():
        text = texts[field]
        sent = text[s0:s1]
        use = _USE_RE.search(sent)
        if use:
            for e in sent_ents:
                if (s0 + use.end() <= e.start <= s0 + use.end() + _USE_WINDOW and not is_generic(e.name)
                        and e.type in METHODISH + ("Dataset",) and e.name not in proposed_names):
                    rels.append(_rel("USES", paper_id, "Paper", e.name, e.type, sent))
        datasets = [e for e in sent_ents if e.type == "Dataset"]
        if datasets and _EVAL_RE.search(sent):
            for d in datasets:
                rels.append(_rel("EVALUATES_ON", paper_id, "Paper", d.name, "Dataset", sent))
                if _OURS_RE.search(sent):
                    for p, _ in proposed:
                        rels.append(_rel("EVALUATED_ON", p.name, p.type, d.name, "Dataset", sent))
        for a, b in _pairs_with_gap(sent_ents, text, METHODISH, ("Task",), _ADDR_GAP_RE):
            rels.append(_rel("ADDRESSES", a.name, a.type, b.name, "Task", sent))
        for a, b in _pairs_with_gap(sent_ents, text, ("Dataset",), ("Task",), _BENCH_GAP_RE):
            rels.append(_rel("BENCHMARK_FOR", a.name, "Dataset", b.name, "Task", sent))
        for a, b in _pairs_with_gap(sent_ents, text, ("Task",), ("Dataset",), _TASK_ON_GAP_RE):
            rels.append(_rel("BENCHMARK_FOR", b.name, "Dataset", a.name, "Task", sent))
        rels.extend(_outperforms(sent_ents, sent, s0, proposed))
        title_proposed = [e for e, _ in proposed if e.field == "title"]
        if field == "title" and title_proposed:
            for t in sent_ents:
                if t.type == "Task":
                    rels.append(_rel("ADDRESSES", title_proposed[0].name, title_proposed[0].type, t.name, "Task", sent))
    for method, mtype, dataset, evidence in result_pairs:
        rels.append(_rel("EVALUATED_ON", method, mtype, dataset, "Dataset", evidence))
    return _dedupe(rels)


def _outperforms(sent_ents: list[Ent], sent: str, s0: int, proposed) -> list[Relation]:
    cue = _OUTPERF_RE.search(sent)
    if not cue:
        return []
    methods = [e for e in sent_ents if e.type in METHODISH and not is_generic(e.name)]
    after = [e for e in methods if e.start >= s0 + cue.end()
             and not _CLAUSE_BREAK_RE.search(sent[cue.end():e.start - s0])]
    head = _outperforms_subject(methods, sent, s0, cue, proposed)
    if head is None:
        return []
    return [_rel("OUTPERFORMS", head.name, head.type, t.name, t.type, sent)
            for t in after if t.name != head.name]


def _outperforms_subject(methods: list[Ent], sent: str, s0: int, cue: re.Match, proposed) -> Ent | None:
    """The last method of the cue's own clause, or the proposed method when that clause
    says "we/our/it"; after "we find/show that" an untagged subject ("LoRA outperforms X")
    is no reason to take a method of the clause before ("on Pythia models"); otherwise (a
    relative "that", an appositive "X, a ..., outperforms") the last method before the cue."""
    before = [e for e in methods if e.end <= s0 + cue.start()]
    start, reported = _clause_of(sent, cue)
    own = [e for e in before if e.start >= s0 + start]
    if own:
        return own[-1]
    clause = sent[start:cue.start()]
    if proposed and (_SUBJECT_RE.search(clause) or proposed[0][0].name in clause):  # "AutoPEFT-found ..."
        return proposed[0][0]
    if reported:
        return None
    if before:
        return before[-1]
    return proposed[0][0] if proposed and _SUBJECT_RE.search(sent[:cue.start()]) else None


def _clause_of(sent: str, cue: re.Match) -> tuple[int, bool]:
    """Where the cue's clause starts, and whether it is reported ("we find that ...")."""
    breaks = list(_SUBJECT_BREAK_RE.finditer(sent[:cue.start()]))
    if not breaks:
        return 0, False
    last = breaks[-1]
    return last.end(), bool(_REPORTED_RE.search(sent[:last.end()]))


def _dedupe(rels: list[Relation]) -> list[Relation]:
    seen, out = set(), []
    for r in rels:
        key = (r.type, r.head, r.tail)
        if key in seen or (r.head == r.tail and r.head_type != "Paper"):
            continue
        seen.add(key)
        out.append(r)
    return out
