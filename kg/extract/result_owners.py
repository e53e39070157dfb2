"""Whose score: the method a value belongs to (kg.extract.results; the data it is on:
kg.extract.result_names; its measure: kg.extract.result_measures).

The owner is the method named for the value ("for AraGPT2-Base", "GPT-5 (52.3)"), else the
sentence's subject when the value's clause is its own (", achieving 80.6%"), never a name a
tool word introduces ("using X") or one a baseline cue marks ("than X").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.credited_names import names_a_method
from kg.extract.result_comparisons import BASELINE_CUES, BEATEN_CUES, after_beaten_cue, opening_before, set_against
from kg.extract.result_names import is_name_token
from kg.extract.result_people import HUMANS
from kg.extract.result_settings import built_on
from kg.extract.result_subjects import relative_owner
from kg.extract.result_values import RANGE_WORDS, VERSUS, Value, in_entity
from kg.extract.spans import doc_text, span_text

__all__ = ["CLAUSE_STOPS", "winner_of", "owner_of", "method_before", "method_name", "after_baseline_cue", "nearest",
           "untagged_before_bracket"]

_OWNER_PREPOSITIONS = frozenset({"for", "by"})
CLAUSE_STOPS = VERSUS | {";", ",", "while", "whereas", "but", "and", "compared", "than"}
_VARIANT_SUFFIX_RE = re.compile(r"(?:-(?:[a-z]{0,2}\d+(?:\.\d+)?[a-z]?|base|x{0,2}large|small|tiny|mini|medium|huge|"
                                r"lite|xl|xxl))+(?![\w-])", re.I)
# ", achieving 80.6%": a participle whose subject is the sentence's
_PARTICIPLES = frozenset({"achieving", "reaching", "attaining", "obtaining", "yielding", "scoring", "setting",
                          "delivering", "recording", "hitting", "establishing"})
# "our results show that X ...": the paper's findings, not its method, as the subject
_OUR_FINDINGS = frozenset({"results", "experiments", "experimental", "analysis", "analyses", "findings",
                           "evaluation", "evaluations", "study", "studies", "benchmark", "data"})
# "using X", "with X", "of X": a name after these is a tool or part, not the subject
_TOOL_CUES = frozenset({"with", "using", "via", "of", "on", "in", "from", "by", "through", "to", "into", "for",
                        "upon", "atop"})


def owner_of(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    """The method a sentence ties the value to: "GPT-5 (52.3)", "GPT-5: 30%", "X's 93.3%",
    "led by GPT-5 at 94.3%", or a following "for AraGPT2-Base" in the same clause (for
    "from 54% to 66% for X" the name owns the old value, the one improved)."""
    doc, i = value.tok.doc, value.tok.i
    ends = {m.end: m for m in methods}
    people = ends.get(i - 1) or (ends.get(i - 2) if i >= 2 and doc[i - 1].lower_ in ("of", ",", ":") else None)
    if people is not None and people.label_ == HUMANS:
        return people  # "surpassing human performance of 94.8%": the people's score, not the subject's
    for gap in (("(",), (":",), ("'s",), ("at",), ("’s",)):
        if i - 1 >= sent.start and doc[i - 1].text == gap[0] and i - 1 in ends:
            if gap[0] == "(" and set_against(value) and after_beaten_cue(ends[i - 1]):
                return None  # "better than the CoT (47.5% compared to 26.67%)": the first is the subject's
            if gap[0] == "(" and built_on(ends[i - 1]):
                break  # "59.7% success with Llama 3.1 8B (+23.9 pp over baseline)": the setting's gain is the subject's
            if gap[0] == "(":  # "... YOLOv3 (34.4% AP at 34ms for CornerNet-Squeeze compared to ...)"
                return _owner_after(value, sent, methods) or ends[i - 1]
            return ends[i - 1]
    return (untagged_before_bracket(value, sent, methods) or relative_owner(value.tok, sent, methods)
            or _owner_after(value, sent, methods) or _bracket_owner(value, sent, methods))


def untagged_before_bracket(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    """ "the top models are Nova Pro (40.01%), Claude Sonnet v3.5 (35.46%) ... and Mistral-Large-2407
    (30.07%)": a name the NER left untagged, written before a value bracketed alone the way the
    sentence brackets a tagged model's, owns it."""
    doc, i = value.tok.doc, value.tok.i
    close = i + 1 + (i + 1 < sent.end and doc[i + 1].text in ("%", "\\%"))
    if value.kind == "delta" or i - 2 < sent.start or doc[i - 1].text != "(" or close >= sent.end \
            or doc[close].text != ")":
        return None  # "including SAGE (+12.4) and EQBench3 (+20.9%)": gains on data
    start = i - 1
    while start > max(sent.start, i - 6) and _a_name_word(doc[start - 1]) and not in_entity(doc[start - 1], methods):
        start -= 1
    words = doc[start:i - 1]
    if not words or not any(is_name_token(t) or t.text == "-" for t in words) or doc[start - 1].text not in _LIST_OPENERS:
        return None
    if _a_list_of_places(doc, start, sent):
        return None  # "excelled in Binary_CN (0.687), Single-choice_CN (0.666)": subsets of data
    alike = any(m.label_ in ("Method", "Model") and m.end < len(doc) - 2 and doc[m.end].text == "("
                and doc[m.end + 1].like_num for m in methods if m.sent == sent)
    return Span(doc, start, i - 1, label="Model") if alike else None


def _a_list_of_places(doc: Doc, start: int, sent: Span) -> bool:
    """The list of "name (value)" items ``start`` is in opens after a place's preposition."""
    k = start - 1
    while k > sent.start and (doc[k].text in ("(", ")", ",", "%", "\\%") or doc[k].lower_ == "and"
                              or doc[k].like_num or _a_name_word(doc[k])):
        k -= 1
    return doc[k].lower_ in ("in", "on", "across", "over", "for", "of")


def _a_name_word(tok: Token) -> bool:
    """A word of a model's name: "Nova", "Large-2407", the hyphen glued between ("Mistral-Large-2407")."""
    doc, i = tok.doc, tok.i
    glued = tok.text == "-" and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_
    in_compound = tok.is_alpha and not tok.is_stop and (  # "command-r-plus"
        (i + 1 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_)
        or (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_))
    return glued or in_compound or is_name_token(tok) or (tok.text[:1].isupper() and tok.is_alpha and not tok.is_stop)


_LIST_OPENERS = frozenset({",", "and", "are", "is", "by", ":", "include", "includes", "including", "("})


def _bracket_owner(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    """The name a bracket opens after, for a value later in that bracket: "outperforming a
    ResNet18-based U-Net (14M parameters, F1 = 0.589)", "Google's Deep Research (26.6% and
    26.9%)"; not when the bracket names another method or compares ("(81% vs. 75%)")."""
    doc, i = value.tok.doc, value.tok.i
    j = i - 1
    while j >= sent.start and doc[j].text not in "()":
        j -= 1
    if value.baseline or value.kind == "delta" or j < sent.start + 1 or doc[j].text != "(" \
            or any(j < m.start < i for m in methods):
        return None  # "surpassing ToolLLM (by 23.9%)": the subject's gain over it
    if any(t.lower_ in VERSUS or t.lower_ in ("than", "over", "compared", "from") for t in doc[j:i]) \
            or _EXAMPLE_CUE.match(doc[j + 1:j + 3].text):  # "outperforms training-free methods (e.g., 96.34 ...)"
        return None
    owner = next((m for m in methods if m.end == j and not built_on(m)), None)  # "even on LLaVA (AUC 79.9)"
    return None if owner is None or _gains_over(owner) or not any(is_name_token(t) for t in owner) else owner


def _gains_over(method: Span) -> bool:
    """ "gains over the base LLM Qwen-32B (45% on the full subset ...)": the bracket holds the gains."""
    words = [t.lower_ for t in method.doc[max(method.sent.start, method.start - 6):method.start]]
    return "over" in words and any(w in _GAIN_NOUNS for w in words[:words.index("over")])


_GAIN_NOUNS = frozenset({"gain", "gains", "improvement", "improvements", "boost", "boosts", "margin", "margins"})


def _owner_after(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    if value.kind == "delta":
        return None  # "gains of 9.5% for DeepSeek-Math": the model the paper's method improved
    doc = value.tok.doc
    starts = {m.start: m for m in methods}
    j, skipped_range = value.tok.i + 1, False
    j += j < sent.end and doc[j].text in ("%", "\\%")
    if j + 1 < sent.end and doc[j].lower_ == "of" and j + 1 in starts and _ends_a_clause(doc, starts[j + 1].end, sent):
        return starts[j + 1]  # "outperforming 0.369 of GPT-4o", "(vs. 86.86% of Wan-I2V-14B)"
    if j < sent.end and doc[j].text == "(" and j + 1 in starts and starts[j + 1].end < sent.end \
            and doc[starts[j + 1].end].text == ")" and not _a_subject_reached_it(value, sent, methods):
        return starts[j + 1]  # "from 33.7% (StateFlow) to 0.67%", "score 27% (Claude 3.7 Sonnet) and 15% (Gemini)"
    while j < min(sent.end, value.tok.i + 9):
        word = doc[j]
        owner = _named_after(doc, j + 1, starts) if word.lower_ in _OWNER_PREPOSITIONS else None
        if owner is not None:  # "... was attained by Meta LLaMA 3 8B": the maker's name before the model's
            return owner if value.range_start or not skipped_range else None
        if word.lower_ == "for" and not skipped_range and _untagged_like_the_others(doc, j + 1, sent, methods):
            return Span(doc, j + 1, j + 2, label="Method")  # "30.8% for LangGraph and 61.6% for Flock"
        if word.lower_ in RANGE_WORDS and value.range_start and not skipped_range:
            skipped_range = True
        elif word.lower_ in CLAUSE_STOPS or word.text in "()":
            return None
        j += 1
    return None


def _ends_a_clause(doc: Doc, i: int, sent: Span) -> bool:
    """Nothing of the name's own follows it ("of GPT-4o." but not "of SAM 2's performance")."""
    return i >= sent.end or doc[i].text in (".", ",", ";", ")") or doc[i].lower_ in ("and", "while", "but")


def _a_subject_reached_it(value: Value, sent: Span, methods: list[Span]) -> bool:
    """ "SFD achieves FID 1.06 (LightningDiT-XL)": a named subject's verb of scoring governs the
    value, so the bracket names the backbone it ran with, not another owner (not "from 84.0 (Wan2.2)")."""
    doc = value.tok.doc
    verb = next((t for t in doc[sent.start:value.tok.i] if t.lower_ in _REACHING_VERBS), None)
    if verb is None or any(t.lower_ in ("from", "vs", "vs.", "versus", "than") for t in doc[verb.i:value.tok.i]):
        return False
    return any(m.end == verb.i and m.start == _subject_start(sent, m) for m in methods)


_REACHING_VERBS = frozenset({"achieves", "achieved", "attains", "attained", "reaches", "reached", "obtains",
                             "obtained", "scores", "scored", "records", "sets"})


def _subject_start(sent: Span, method: Span) -> int:
    """Where a name would start as the sentence's (or its clause's) subject: after an opening
    phrase's comma, or the sentence start."""
    commas = [t.i for t in sent.doc[sent.start:method.start] if t.text == ","]
    return commas[-1] + 1 if commas else sent.start


def _named_after(doc: Doc, i: int, starts: dict[int, Span]) -> Span | None:
    if i in starts:
        return starts[i]
    if i < len(doc) and doc[i].lower_ == "the":
        return _described_then_named(doc, i + 1, starts)
    return starts.get(i + 1) if i < len(doc) and doc[i].is_title and doc[i].is_alpha else None


_KIND_NOUNS = frozenset({"model", "method", "baseline", "approach", "system", "framework"})


def _described_then_named(doc: Doc, i: int, starts: dict[int, Span]) -> Span | None:
    """ "for the state-of-the-art model C2P-CLIP": the name after a described kind of method."""
    j = i
    while j < min(len(doc), i + 8) and (doc[j].is_lower and doc[j].is_alpha or doc[j].text == "-"):
        j += 1
    return starts.get(j) if j > i and doc[j - 1].lower_ in _KIND_NOUNS else None


def _untagged_like_the_others(doc: Doc, i: int, sent: Span, methods: list[Span]) -> bool:
    """Token ``i`` is a name the NER left untagged, written where the sentence names a tagged
    method the same way ("for LangGraph ... for Flock"), and ending its clause."""
    if i >= sent.end or not is_name_token(doc[i]) or not doc[i].text[:1].isupper() or in_entity(doc[i], methods):
        return False
    if i + 1 < sent.end and not (doc[i + 1].is_punct or doc[i + 1].lower_ in CLAUSE_STOPS):
        return False
    return any(m.start > 0 and doc[m.start - 1].lower_ == "for" for m in methods if m.sent == sent)


def method_before(tok: Token, methods: list[Span]) -> Span | None:
    """The method whose score the value is: the subject of a participle clause (", achieving
    80.6% on AIME24" after "rStar2-Agent boosts ..."), else the last method before the value
    that no baseline cue ("than", "over", "compared to") introduces in its clause. None (the
    paper's own method) when a pronoun stands between ("..., it achieves") or the subject is
    "we" or "our"."""
    sent = tok.sent
    earlier = [m for m in methods if m.end <= tok.i and not after_baseline_cue(m) and not built_on(m)
               and not _in_closed_aside(m, tok) and not _labels_a_value(m) and not _ranked_among(m)]
    earlier = [m for k, m in enumerate(earlier) if not (k and _a_part_of(earlier[k - 1], m))]
    if _participle_clause(tok, sent):
        return _subject(sent, earlier)
    if not earlier or _pronoun_between(tok.doc, earlier[-1].end, tok.i):
        return None
    return earlier[-1]


def _a_part_of(whole: Span, part: Span) -> bool:
    """ "The BiGRU model with self-attention achieves 82%": a technique written with a named model
    is a part of it, and the model owns the score."""
    doc = whole.doc
    return (part.start == whole.end + 1 and doc[whole.end].lower_ == "with" and names_a_method(whole)
            and not names_a_method(part))


def _ranked_among(method: Span) -> bool:
    """ "SG-LKF ranks first among all vision-based methods ... with 79.59% HOTA": the group a
    method is ranked among owns none of its score."""
    doc = method.doc
    return any(t.lower_ == "among" for t in doc[max(method.sent.start, method.start - 3):method.start])


def _labels_a_value(method: Span) -> bool:
    """ "FID 1.06 (LightningDiT-XL) and FID 1.04 (1.0B LightningDiT-XXL)": a name bracketed alone
    after a value labels that value; it owns no later value ("from 5.92 (LanguageBind) to 7.51":
    7.51 is the subject's)."""
    doc, start, end = method.doc, method.start, method.end
    return (start >= 2 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"
            and (doc[start - 2].like_num or doc[start - 2].text in ("%", "\\%")))


def _in_closed_aside(method: Span, tok: Token) -> bool:
    """ "ODS augments any LLM -- for example, DeepSeek-R1 that achieves 82.4% -- to achieve
    88.3%": a name between dashes that close before the value is an example, not its owner."""
    doc = tok.doc
    dashes = [t.i for t in doc[tok.sent.start:tok.i] if t.text in _ASIDE_DASHES]
    opened = [i for i in dashes if i < method.start and _EXAMPLE_CUE.match(doc[i + 1:i + 3].text)]
    return bool(opened) and any(method.end <= i for i in dashes)


_ASIDE_DASHES = frozenset({"--", "---", "—", "–"})
# an aside of examples, not a name the paper gives its method ("-- our RAGX --")
_EXAMPLE_CUE = re.compile(r"(?:for example|for instance|such as|including|like)\b|e\.g\.", re.I)


def _participle_clause(tok: Token, sent: Span) -> bool:
    """ "..., achieving 80.6%": the value's clause opens with a participle after a comma."""
    commas = [t.i for t in sent.doc[sent.start:tok.i] if t.text == ","]
    return bool(commas) and commas[-1] + 1 < tok.i and sent.doc[commas[-1] + 1].lower_ in _PARTICIPLES


def _subject(sent: Span, earlier: list[Span]) -> Span | None:
    """The sentence's first method when it leads the sentence or a clause (no "we"/"our"
    before it, no preposition right before it: "by using PDR with X" names tools, and "in
    510 RL steps" is no subject); else None, the paper's own method."""
    if not earlier:
        return None
    first = earlier[0]
    before = sent.doc[sent.start:first.start]
    clause = [t for t in before if t.lower_ in (",", "that", ":")]  # "To this end, X boosts", "show that X"
    opened = clause[-1].i + 1 if clause else sent.start
    # "We show that our CRNN achieves ..., reaching 8.45%": the name the paper gives its own
    ours = len(before) and before[-1].lower_ == "our" and is_name_token(first[0])
    lead = sent.doc[(opened if clause and clause[-1].lower_ == "that" else sent.start):first.start - ours]
    if _introduced_by_us(before):
        return first  # "We also introduce TRPO for online RL, achieving 34.9": the method just introduced
    if any(_subject_word(t) for t in lead) or (len(before) and before[-1].lower_ in _TOOL_CUES):
        return None
    return first if first.start - opened <= 2 else None


def _introduced_by_us(before: Span) -> bool:
    """ "We (also) introduce X": the object of the paper's own introducing verb, named right
    after it (not "we introduce a benchmark on which X ...")."""
    words = [t.lower_ for t in before if t.lower_ not in _LINKING_ADVERBS]
    return len(words) >= 2 and words[-2] == "we" and words[-1] in _INTRODUCING


_INTRODUCING = frozenset({"introduce", "propose", "present", "develop", "design", "build"})
_LINKING_ADVERBS = frozenset({"also", "further", "then", "additionally", "next", "finally"})


def _pronoun_between(doc: Doc, start: int, end: int) -> bool:
    """ "UniCorn ... Notably, it achieves": a subject pronoun after the last name points back
    to the paper's method ("our" only as a subject: not "trained with our method")."""
    return any(_subject_word(t) and doc[t.i - 1].lower_ not in _TOOL_CUES for t in doc[start:end])


def _subject_word(tok: Token) -> bool:
    """ "it", "we", "our" as the paper speaking of its method: not "our results show that X"."""
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return tok.lower_ in ("it", "we") or (tok.lower_ == "our" and nxt not in _OUR_FINDINGS)


def method_name(method: Span) -> str:
    """ "EfficientNet-B7 reaches 84.3%": the NER often tags the family alone ("EfficientNet",
    the hyphen splits the token); the score belongs to the variant written, which the graph
    links to its family (VARIANT_OF)."""
    if len(method) > 1 and method[-1].lower_ in ("baseline", "baselines") and is_name_token(method[-2]):
        return span_text(method[:-1])  # "the Citrinet baseline (WER = 0.163)": Citrinet's score
    variant = _VARIANT_SUFFIX_RE.match(doc_text(method.doc), method.end_char)
    return span_text(method) + (variant.group(0) if variant else "")


def after_baseline_cue(method: Span) -> bool:
    """ "than X", "compared to learning ... with X": a cue earlier in X's clause (up to 20
    words back, not across a comma, but for the one that opens X as an aside: "surpassing the
    strongest baseline, ComoRAG, by up to 8.85%") makes X the baseline."""
    doc = method.doc
    aside = 0 < method.start and method.end < len(doc) and doc[method.end].text == "," == doc[method.start - 1].text
    for t in reversed(doc[max(method.sent.start, method.start - 20):method.start - aside]):
        if t.text in (",", ";") or (aside and (t.text == ":" or _words(doc, t.i, method.start) > 10)):
            return False
        if t.lower_ in BASELINE_CUES and not t.text.isupper():  # "VS" of "VS-DDPM" is a name's piece
            return True
    return False


def _words(doc, start: int, end: int) -> int:
    return sum(t.text != "-" for t in doc[start:end])


def winner_of(value: Value, sent: Span, methods: list[Span]) -> tuple[bool, Span | None]:
    """(applies, owner) for the first value of "a vs. b" in a bracket after a comparison:
    "ZEGA is better than the CoT (47.5% compared to 26.67%)", "humans defeated the best LLM
    in poem quality (4.22 vs. 3.20)": the winner's, the sentence's subject (None: the paper's)."""
    if not set_against(value):
        return False, None
    opening = opening_before(value.tok.i, sent)
    if opening is None:
        return False, None
    doc = sent.doc
    for t in reversed(doc[max(sent.start, opening - 12):opening]):
        if t.text in (",", ";", "(", ")"):
            return False, None
        if t.lower_ in BEATEN_CUES - VERSUS:
            return True, method_before(t, methods)
    return False, None


def nearest(tok: Token, cands: list, prefer_after: bool):
    """The candidate closest to ``tok``; one on the preferred side wins a tie of two words."""
    if not cands:
        return None

    def dist(e) -> tuple[int, int]:
        after = e.start > tok.i
        d = e.start - tok.i if after else tok.i - e.end + 1
        return (d + (0 if after == prefer_after else 2), e.start)

    return min(cands, key=dist)
