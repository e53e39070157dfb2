"""Who a sentence says reached a score, beyond the NER's tags: a coined name the NER left
untagged as the subject of a verb of scoring ("ASearcher-Web-QwQ achieves Avg@4 scores of
42.1"), and the names a sentence rules out ("with no external LLMs", "without GPT-4").

Pure functions over a spaCy sentence; kg.extract.results adds the first to its candidate
owners and drops the second from them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.result_comparisons import BEATING_VERBS
from kg.extract.result_values import in_entity

__all__ = ["SCORING_VERBS", "an_unnamed_model", "appositive_opening", "described_name", "improved_by_another", "negated", "reaches_a_score", "relative_owner",
           "untagged_beaten", "untagged_subjects"]

# "MS-Occ achieves an IoU of 32.1%": a name that reaches a score is its owner, whatever its tag (not
# "scores": "PaintBench scores (R^2 = 0.91)")
SCORING_VERBS = frozenset({"achieves", "achieved", "attains", "attained", "reaches", "reached", "obtains",
                           "obtained", "outperforms", "outperformed", "surpasses", "surpassed", "yields",
                           "delivers", "establishes", "demonstrates", "demonstrated", "exceeds", "exceeded",
                           "beats", "improves", "improved", "reduces", "lowers", "boosts", "raises", "ranks"})
# written as no English word is: a capital inside ("QwQ", "ASearcher"), two capitals, a digit, a
# size letter after a hyphen ("Atlas-B")
_COINED = re.compile(r"[a-z][A-Z]|[A-Z]{2}|\d|-[A-Z](?![a-z])")
_NEGATIONS = frozenset({"no", "without", "not"})
_VERSION = re.compile(r"^[vV]\d+(?:\.\d+)*$")
_BEFORE_A_SUBJECT = frozenset({",", ";", ":", "and", "the", "our", "while", "whereas", "then", "thus", "here", "that",
                               # "the open-source remote-sensing VLM EarthDial achieves": the kind of thing named
                               "model", "llm", "vlm", "mllm", "agent", "system", "framework", "method", "detector"})


def untagged_subjects(sent: Span, ents: list[Span]) -> list[Span]:
    """Coined names right before a verb of scoring that no entity covers, as Method spans."""
    doc, out = sent.doc, []
    for verb in (t for t in sent if t.lower_ in SCORING_VERBS and t.i > sent.start):
        end = verb.i - (doc[verb.i - 1].text == ",")  # "Our resulting model, SearchSwarm-30B-A3B, achieves"
        end = appositive_opening(doc, verb.i - 1, sent.start) or end  # "O3-mini, a proprietary model, achieves"
        relative = end - 2 > sent.start and _which_after(doc, end - 2)
        end -= 2 * relative  # "the fully-supervised DeiT-III-ViT-Huge, which achieves 84.8%"
        if end <= sent.start:
            continue
        start = end - 1
        while start > sent.start and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
            start -= 1  # "ASearcher", "-", "Web", "-", "QwQ": one word
        words = doc[start:end]
        if any(in_entity(t, ents) for t in words) or not _COINED.search(words.text) or not words[0].text[:1].isalpha() \
                or _VERSION.match(words.text):  # "v2 raises FULL MRR": a version of the paper's system
            continue
        if start > sent.start and doc[start - 1].lower_ not in _BEFORE_A_SUBJECT and not relative:
            continue  # "on the VisDrone2019 benchmark demonstrates": no subject
        out.append(Span(doc, start, end, label="Method"))
    return out


_BEATING = BEATING_VERBS | {"exceeding", "exceeds"}
_NAME_STOPS = frozenset({",", ";", ":", "(", ")", ".", "'s", "’s"})


def untagged_beaten(sent: Span, ents: list[Span]) -> list[Span]:
    """ "outperforming FT2T (68.5%)": a coined name the NER left untagged right after a verb of
    beating, its value bracketed after it, is the baseline that value belongs to, as a Method span
    (not "surpasses FRESCO and ControlVideo by 6.05% and 4.51%": the gains are the paper's)."""
    doc, out = sent.doc, []
    for verb in (t for t in sent if t.lower_ in _BEATING and t.i + 1 < sent.end):
        start = end = verb.i + 1
        while end < sent.end and (end == start or not doc[end - 1].whitespace_) and doc[end].text not in _NAME_STOPS:
            end += 1  # "FT2T", "Qwen-2.5-VL": one word
        words = doc[start:end]
        bracketed = end + 1 < sent.end and doc[end].text == "(" and any(  # "BM25 (nDCG@5 of 0.92 vs. 0.91)"
            t.text[:1].isdigit() for t in doc[end + 1:min(end + 5, sent.end)])
        if bracketed and len(words) and not any(in_entity(t, ents) for t in words) and _COINED.search(words.text) \
                and words[0].text[:1].isalpha() and not _VERSION.match(words.text):
            out.append(Span(doc, start, end, label="Method"))
    return out


_DETERMINERS = frozenset({"a", "an", "the"})


def appositive_opening(doc: Doc, comma: int, floor: int) -> int | None:
    """The comma opening a description set between a name and its verb ("Qwen2.5-VL-72B, an
    open-source MLLM, achieves"), given the comma closing it; None where there is none."""
    if comma <= floor or doc[comma].text != ",":
        return None
    for k in range(comma - 2, max(floor, comma - 8) - 1, -1):
        if doc[k].text in (",", ";", "(", ")"):
            return k if doc[k].text == "," and doc[k + 1].lower_ in _DETERMINERS and k > floor else None
    return None


def described_name(ent: Span, ents: list[Span]) -> bool:
    """ "Qwen2.5-VL-72B, an open-source MLLM, achieves 73.35%": the description set after a name
    (tagged a method too) is not who reached the score, the name is."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end + 1].lower_ not in SCORING_VERBS:
        return False
    opening = appositive_opening(doc, ent.end, ent.sent.start)
    return opening is not None and (any(e.end == opening and e.label_ in ("Method", "Model") for e in ents)
                                    or _COINED.search(_word_before(doc, opening)) is not None)  # "O3-mini, a ..."


def _word_before(doc: Doc, i: int) -> str:
    """The whitespace-delimited word ending right before token ``i`` ("O3", "-", "mini": "O3-mini")."""
    start = i - 1
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    return doc[start:i].text if i > 0 else ""


def reaches_a_score(ent: Span) -> bool:
    """The name is the subject of a verb of scoring, an adverb between allowed ("NoPo4D
    consistently outperforms"): not after a preposition ("Evaluation on the VisDrone2019
    benchmark demonstrates that ...")."""
    doc = ent.doc
    verb = ent.end + 2 * _which_after(doc, ent.end)  # "NASNetMobile, which achieved 89.5%"
    verb += verb + 1 < len(doc) and _an_adverb(doc[verb])
    if verb >= len(doc) or doc[verb].lower_ not in SCORING_VERBS:
        return False
    before = ent.start - 1 - (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    return before < 0 or doc[before].lower_ not in ("on", "across", "of", "in", "over", "for", "from", "with")


def relative_owner(tok: Token, sent: Span, methods: list[Span]) -> Span | None:
    """ "Compared to DeiT-III-ViT-Huge, which achieves 84.8%", "outperforming NASNetMobile, which
    achieved 89.5%": the name a relative clause's verb of scoring is said of owns the value,
    a baseline or not; no other number between the verb and the value."""
    doc = tok.doc
    ends = {m.end: m for m in methods}
    for verb in range(tok.i - 1, max(sent.start + 2, tok.i - 8), -1):
        if doc[verb].like_num:
            return None
        if doc[verb].lower_ in SCORING_VERBS:
            which = verb - 1 - _an_adverb(doc[verb - 1])
            return ends.get(which - 1) if _which_after(doc, which - 1) else None
    return None


def _which_after(doc: Doc, i: int) -> bool:
    """ ", which" at token ``i``, a verb after it."""
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "which"


def _an_adverb(tok: Token) -> bool:
    return tok.is_alpha and tok.lower_.endswith("ly")  # "consistently outperforms"


def negated(ent: Span, sent: Span) -> bool:
    """ "with no external LLMs", "without GPT-4": a name the sentence rules out owns nothing."""
    i = ent.start - 1
    return i >= sent.start and ent.doc[i].lower_ in _NEGATIONS


def an_unnamed_model(value_tok: Token, sent: Span, methods: list[Span]) -> bool:
    """ "even the best-performing model achieves only 39.2%", "the top-ranked submission achieved
    89.30%": a score of a model the sentence leaves unnamed among those evaluated, never the
    paper's own method ("our best model" is)."""
    doc = value_tok.doc
    start = max((t.i + 1 for t in doc[sent.start:value_tok.i] if t.text in (";", ":")), default=sent.start)
    clause = doc[start:value_tok.i].text
    if _OTHERS_STATE_OF_THE_ART.search(clause) and not re.search(r"\b(?:[Oo]ur|[Ww]e)\b", clause):
        return True  # "the current state of the art approach, using CNNs, achieves an accuracy of 99.2%"
    words = [t.lower_ for t in doc[start:value_tok.i]]
    for k, word in enumerate(words):
        if word in _RANKS and k > 0 and words[k - 1] in ("the", "a") and any(
                w in _EVALUATED for w in words[k + 1:k + 4]):
            return not any(start + k < m.start < value_tok.i for m in methods)  # "the best model, GPT-4o,"
    return False


# "the best(-performing) model", "the strongest LLM", "the top-ranked submission", "the winning team"
_RANKS = frozenset({"best", "best-performing", "strongest", "top", "top-ranked", "top-performing", "winning",
                    "leading", "highest-scoring", "best-planning"})  # not "the most accurate model": often the paper's
_EVALUATED = frozenset({"model", "models", "llm", "llms", "system", "systems", "submission", "submissions", "team",
                        "teams", "agent", "agents", "mllm", "vlm", "vlms", "mllms", "participant"})
_OTHERS_STATE_OF_THE_ART = re.compile(r"\b[Tt]he\s+(?:current\s+|previous\s+|prior\s+|existing\s+)?state[\s-]+of[\s-]+the[\s-]+"
                                      r"art\s+(?:approach|method|model|system)s?\b")


# "SPM improves OA by +6.2%", "coupled-GRPO improves DiffuCoder's performance (+4.4%)"
_IMPROVING = frozenset({"improves", "improved", "improving", "boosts", "boosted", "boosting", "enhances",
                        "enhanced", "enhancing", "raises", "raising", "lifts", "lifting", "elevates"})


def improved_by_another(name: Span) -> bool:
    """The object of a verb of improving: what a gain was made to (a model, a measure), not
    who made it; the gain is its subject's."""
    doc, i = name.doc, name.start - 1
    i -= i >= 0 and doc[i].lower_ == "the"
    modified = i  # "improves a matched GPT-5 Baseline-RAG by 5.8 points"
    while modified > name.sent.start and i - modified < 3 and doc[modified].lower_ not in _IMPROVING and (
            doc[modified].lower_ in _DETERMINERS or (
            doc[modified].is_lower and doc[modified].is_alpha and not doc[modified].is_stop)):
        modified -= 1
    if modified > name.sent.start and doc[modified].lower_ in _IMPROVING:
        return True
    return _listed_after_an_improved(doc, i, name.sent.start)


def _listed_after_an_improved(doc, i: int, start: int) -> bool:
    """ "NoiseShift improves SD3.5 by 15.89%, SD3 by 8.56%, and Flux-Dev by 2.44%": a later item
    of the list of what was improved, each item a name and its gain."""
    i -= i >= 0 and doc[i].lower_ == "and"
    while i > start + 3 and doc[i].text == ",":
        k = i - 1 - (doc[i - 1].text in ("%", "\\%"))  # the previous item's gain: "SD3.5 by 15.89%,"
        if not (doc[k].like_num and doc[k - 1].lower_ == "by"):
            return False
        i = k - 2  # back over the previous item's name
        while i > start and doc[i].text != "," and doc[i].lower_ not in _IMPROVING and k - i < 8:
            i -= 1
        if doc[i].lower_ in _IMPROVING:
            return True
    return False
