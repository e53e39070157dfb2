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
from kg.extract.name_lexicon import fills_free_text
from kg.extract.result_values import CHANGE_AFTER, LIST_GLUE, POINT_WORDS, Value, in_entity
from kg.extract.spans import doc_text, span_text
from kg.extract.versioned_names import family_type
from kg.resolve.specificity import is_known

__all__ = ["Name", "as_name", "averaged_over_several", "benchmark_shaped", "only_trained_on", "dataset_after", "names_after_on",
           "bracket_dataset", "owner_of", "method_before", "method_name", "metric_of", "after_baseline_cue",
           "METHOD_LABELS"]

METHOD_LABELS = ("Method", "Model")
_DATA_PREPOSITIONS = frozenset({"on", "across"})
_SEVERAL = frozenset({"multiple", "several", "various", "diverse", "many", "numerous", "all", "two", "three", "four",
                      "five", "six", "seven", "eight", "nine", "ten", "these", "both"})
_PLURAL_KINDS = frozenset({"benchmarks", "datasets", "tasks", "domains", "languages", "corpora", "settings"})
_SPLIT_WORDS = frozenset({"portion", "subset", "split", "set", "partition", "track", "part", "benchmark", "dataset"})
_ARROWS = frozenset({"to", "→", "-", ">", "->", "⇒", "%", "\\%"})
_SPREAD = frozenset({"±", "\\pm", "$"})
_OWNER_PREPOSITIONS = frozenset({"for", "by"})
_CLAUSE_STOPS = frozenset({";", ",", "while", "whereas", "but", "and", "compared", "than", "vs", "vs.", "versus"})
_NAME_TOKEN_RE = re.compile(r"^(?=.*[A-Z0-9])[A-Za-z0-9][\w\-.+@']*$")
_BASELINE_CUES = frozenset({"than", "over", "vs", "vs.", "versus", "compared", "against", "surpass",
                            "surpasses", "surpassing", "outperforming", "outperforms", "beats", "previous"})
_VARIANT_SUFFIX_RE = re.compile(r"(?:-(?:[a-z]{0,2}\d+(?:\.\d+)?[a-z]?|base|x{0,2}large|small|tiny|mini|medium|huge|"
                                r"lite|xl|xxl))+(?![\w-])", re.I)
# "MedGemma-4B", "Llama-3.1-8B-Instruct", "Qwen2.5 7B": a model's parameter count
_SIZED_MODEL_RE = re.compile(r"(?:^|[\s\-_])\d+(?:\.\d+)?[BbMm](?:$|[\s\-_])")
# ", achieving 80.6%": a participle whose subject is the sentence's
_PARTICIPLES = frozenset({"achieving", "reaching", "attaining", "obtaining", "yielding", "scoring", "setting",
                          "delivering", "recording", "hitting", "establishing"})
# "our results show that X ...": the paper's findings, not its method, as the subject
_OUR_FINDINGS = frozenset({"results", "experiments", "experimental", "analysis", "analyses", "findings",
                           "evaluation", "evaluations", "study", "studies", "benchmark", "data"})
# "using X", "with X", "of X": a name after these is a tool or part, not the subject
_TOOL_CUES = frozenset({"with", "using", "via", "of", "on", "in", "from", "by", "through", "to", "into", "for",
                        "upon", "atop"})
_DECIMAL = re.compile(r"\d\.\d")  # "auburnrgb0.43": LaTeX colour debris, no metric
_AFTER_A_METRIC = frozenset({"on", "in", "across", "for", "with", ",", "and", ".", ";", ")"})
# words between a metric and its value: "BLEU of 28.4", "Inception Score (IS) of 166.5"
_METRIC_LINKS = frozenset({"of", "=", ":", "is", "was", "at", "(", ")", "score", "scores"})
# head nouns of evaluation phrases: "top-5 validation error", "word error rate", "exact match score"
_METRIC_HEADS = frozenset({"error", "errors", "accuracy", "accuracies", "rate", "rates", "score", "scores",
                           "precision", "recall", "perplexity", "auc", "map", "iou", "miou", "f1", "bleu"})


@dataclass(frozen=True)
class Name:
    """A name in a sentence: tokens ``start:end``, its text and label."""

    start: int
    end: int
    text: str
    label_: str


def as_name(span: Span, label: str | None = None) -> Name:
    return Name(span.start, span.end, span.text, label or span.label_)


def _entity_at(ents: list[Span], i: int) -> Span | None:
    return next((e for e in ents if e.start == i), None)


def _is_name_token(tok: Token) -> bool:
    return bool(_NAME_TOKEN_RE.match(tok.text)) and not tok.like_num and not tok.is_stop


_TRAINED_ON = re.compile(r"(?:pre-?trained|trained|fine-?tuned|initiali[sz]ed)\s+(?:(?:only|solely|exclusively|jointly)\s+)?"
                         r"(?:on|with|from)\s+(?:the\s+)?$", re.I)
_TRAINED_AFTER = re.compile(r"^\s*-?\s*(?:pre-?)?trained\b", re.I)


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


def model_like(name: str) -> bool:
    """A model's name by its size ("MedGemma-4B") or by how the 2025 corpus uses it (GPT-4o,
    Llama-3): "on GPT-4o" names the model evaluated, not the data."""
    return bool(_SIZED_MODEL_RE.search(name)) or corpus_type(name) == "Model" or family_type(name) == "Model"


def _name_at(doc: Doc, i: int, stop: int, ents: list[Span]) -> Name | None:
    """The dataset-like name starting at token ``i``: an entity (not a metric or task), or a
    run of untagged capitalised or digit-bearing words ("AIME25", "Level II"); never a model
    with its size ("on MedGemma-4B" names the model evaluated, not the data) unless tagged a
    dataset ("LAION-5B")."""
    if i < stop and doc[i].lower_ == "the":
        i += 1
    ent = _entity_at(ents, i)
    if ent is not None:
        coined = ent.label_ == "Task" and any(c.isupper() or c.isdigit() for c in ent.text)  # "KiTS23"
        if ent.label_ == "Metric" or "@" in ent.text or (ent.label_ == "Task" and not coined) or (
                ent.label_ != "Dataset" and model_like(ent.text)):  # LAION-5B is data
            return None
        return as_name(ent, "Dataset")
    end = i
    while end < stop and not in_entity(doc[end], ents) and (_is_name_token(doc[end]) or (
            end > i and doc[end].text.isupper() and len(doc[end]) <= 4) or (  # "Level II", "UF-Health"
            end > i and doc[end].text == "-" and not doc[end - 1].whitespace_ and end + 1 < stop) or (
            end > i and _hyphen_piece(doc, end)) or (end > i and _numbered_part(doc, end, stop))):
        end += 1
        if doc[end - 1].text.endswith(".") and len(doc[end - 1]) > 1:
            break  # "on Level I. Performance is ...": a sentence end the splitter missed
    if end > i and doc[end - 1].text == "-":
        return None  # "on Lesion-DDPM-generated scans": a name glued to a participle is a modifier
    text = doc[i:end].text
    if end == i or model_like(text) or len(text) < 2 or "@" in text or corpus_type(text) == "Metric":
        return None  # "on H" (an abbreviation of the abstract's own) names nothing a reader can place
    return Name(i, end, doc[i:end].text, "Dataset")


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
        if t.lower_ in _DATA_PREPOSITIONS and not in_entity(t, ents) and t.i + 1 < sent.end:
            name = _name_at(doc, t.i + 1, sent.end, ents)
            ent = None if name is None else _entity_at(ents, name.start)
            if (name is not None and (ent is None or ent.label_ in METHOD_LABELS or _kind_follows(doc, name.end))
                    and benchmark_shaped(name.text.rstrip(".")) and not _only_trained_on_name(doc, name)):
                out.append(name)  # "On DanceTrack, MATR ...": a benchmark the NER took for a model
    return out


def _only_trained_on_name(doc: Doc, name: Name) -> bool:
    start, end = doc[name.start].idx, doc[name.end - 1].idx + len(doc[name.end - 1])
    return only_trained_on(doc.text[max(0, start - 30):start], doc.text[end:end + 20])


_DATA_KIND_NOUNS = frozenset({"benchmark", "leaderboard", "dataset", "corpus", "suite", "testbed"})


def _kind_follows(doc: Doc, end: int) -> bool:
    """ "On the MLADI leaderboard": a name followed by a kind of data is that data, whatever
    its tag (the NER types a task's acronym as the task)."""
    return end < len(doc) and doc[end].lower_ in _DATA_KIND_NOUNS


def _split_after(doc: Doc, i: int, stop: int, ents: list[Span]) -> Name | None:
    """ "5.9% for the Switchboard portion", "36.2% for MathQA": a named part of the data, or a
    tagged dataset, after "for"."""
    name = _name_at(doc, i, stop, ents)
    if name is None:
        return None
    ent = _entity_at(ents, name.start)
    if (ent is not None and ent.label_ == "Dataset") or (name.end < stop and doc[name.end].lower_ in _SPLIT_WORDS):
        return name
    return None


def averaged_over_several(value: Value, sent: Span) -> bool:
    """ "a drop of up to 4.4 on multiple benchmarks, such as MMLU": a figure over several
    datasets is none of theirs."""
    doc = value.tok.doc
    for i in range(value.tok.i + 1, min(value.tok.i + 8, sent.end - 1)):
        if doc[i].lower_ in _DATA_PREPOSITIONS:
            return _several_at(doc, i + 1, sent.end)
        if doc[i].is_punct and doc[i].text not in ("%", "\\%"):
            return False
    return False


def _several_at(doc: Doc, i: int, stop: int) -> bool:
    words = [t.lower_ for t in doc[i:min(i + 4, stop)]]
    if words[:1] == ["the"]:
        words = words[1:]
    return (len(words) >= 2 and (words[0] in _SEVERAL or words[0].isdigit())
            and any(w in _PLURAL_KINDS for w in words[1:3]))


def dataset_after(value: Value, sent: Span, ents: list[Span]) -> Name | None:
    """ "80.3% mean IoU on Cityscapes", "65.6% on TCE-normal": the name after "on" that follows
    the value and its metric words (at most five words, no punctuation between; a second
    value joined by "and" or "with" shares it: "92.8% accuracy and 92.5% F1 on HAM10000")."""
    found = _after_value(value, sent, ents)
    return found if isinstance(found, Name) else None


def model_after(value: Value, sent: Span, ents: list[Span]) -> bool:
    """ "FID of 1.58 on ImageNet and 18.4 on SDXL": the second value is placed on a model the
    paper ran ("on GPT-4o", "on SDXL"), so it is no score on the sentence's other dataset."""
    return _after_value(value, sent, ents) is True


def _after_value(value: Value, sent: Span, ents: list[Span]) -> Name | bool | None:
    """What follows the value after "on": a dataset's Name, True for a tagged name that is
    no dataset (a model), None for nothing."""
    doc = value.tok.doc
    i, budget = value.tok.i + 1, 9
    while budget > 0:
        budget -= 1
        if i >= sent.end:
            return None
        word = doc[i]
        if (word.text in _SPREAD or (value.range_start and word.lower_ in _ARROWS)
                or (word.like_num and (value.range_start or doc[i - 1].text in _SPREAD))):  # "1.1 to 0.9", "0.8 ± 0.1"
            i += 1
            continue
        if word.lower_ in ("and", "with") and i + 1 < sent.end and doc[i + 1].like_num and budget > 3:
            i, budget = i + 2, budget + 4  # "92.81% accuracy and 92.47% F1-score on HAM10000": one dataset
            continue
        if word.lower_ in _DATA_PREPOSITIONS:
            if _several_at(doc, i + 1, sent.end):
                return None
            name = _name_at(doc, i + 1, sent.end, ents)
            first = i + 2 if i + 2 < sent.end and doc[i + 1].lower_ == "the" else i + 1
            ent = _entity_at(ents, first)
            if name is not None or ent is None or ent.label_ not in METHOD_LABELS or not model_like(ent.text):
                return name
            inside = _entity_at(ents, ent.end + 1) if ent.end + 1 < sent.end and doc[ent.end].text == "(" else None
            return as_name(inside, "Dataset") if inside is not None and inside.label_ == "Dataset" else True  # "on DeiT (ImageNet-1K)"
        if word.lower_ == "for" and _split_after(doc, i + 1, sent.end, ents) is not None:
            return _split_after(doc, i + 1, sent.end, ents)
        hyphen = word.text == "-" and not doc[i - 1].whitespace_  # "F1-score"
        if (word.text not in ("%", "\\%") and not hyphen and (word.is_punct or word.like_num or word.lower_ in LIST_GLUE
                                                                or word.lower_ in CHANGE_AFTER)):
            return None
        i += 1
    return None


def bracket_dataset(value: Value, sent: Span, ents: list[Span]) -> Name | None:
    """ "on TIIF(73.8), DPG(86.8)" or "on A (71.2) and B (65.0)": the name before the bracket,
    when it is tagged a dataset or the list it belongs to follows "on"."""
    doc, i = value.tok.doc, value.tok.i
    if value.glued_name:
        name = Name(i, i + 1, value.glued_name, "Dataset")
    elif i >= 2 and doc[i - 1].text == "(":
        ent = next((e for e in ents if e.end == i - 1), None)
        if ent is not None and ent.label_ in ("Metric", "Task"):
            return None
        if ent is None and not _is_name_token(doc[i - 2]):
            return None
        name = as_name(ent, "Dataset") if ent is not None else Name(i - 2, i - 1, doc[i - 2].text, "Dataset")
        if ent is not None and ent.label_ == "Dataset":
            return name
    else:
        return None
    return name if _list_after_on(doc, name.start, sent, ents) else None


def _list_after_on(doc: Doc, i: int, sent: Span, ents: list[Span] = ()) -> bool:
    """Walking back over a list of names and bracketed values, do we reach "on", or an item
    the NER tagged a dataset ("benchmarks: GSM8K (+4.9%), HumanEval (+4.3%), SciQ (+1.7%)")?"""
    dataset_ends = {e.end for e in ents if e.label_ == "Dataset"}
    while i > sent.start:
        i -= 1
        word = doc[i]
        if word.lower_ in _DATA_PREPOSITIONS or (word.text == "(" and i in dataset_ends):
            return True
        if not (word.lower_ in LIST_GLUE or word.text in "()" or word.like_num or _is_name_token(word)
                or "(" in word.text or word.lower_ == "the" or word.text in ("+", "%", "\\%")):
            return False
    return False


def owner_of(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    """The method a sentence ties the value to: "GPT-5 (52.3)", "GPT-5: 30%", "X's 93.3%",
    "led by GPT-5 at 94.3%", or a following "for AraGPT2-Base" in the same clause (for
    "from 54% to 66% for X" the name owns the old value, the one improved)."""
    doc, i = value.tok.doc, value.tok.i
    ends = {m.end: m for m in methods}
    for gap in (("(",), (":",), ("'s",), ("at",), ("’s",)):
        if i - 1 >= sent.start and doc[i - 1].text == gap[0] and i - 1 in ends:
            return ends[i - 1]
    return _owner_after(value, sent, methods)


def _owner_after(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    if value.kind == "delta":
        return None  # "gains of 9.5% for DeepSeek-Math": the model the paper's method improved
    doc = value.tok.doc
    starts = {m.start: m for m in methods}
    j, skipped_range = value.tok.i + 1, False
    while j < min(sent.end, value.tok.i + 9):
        word = doc[j]
        if word.lower_ in _OWNER_PREPOSITIONS and j + 1 in starts:
            return starts[j + 1] if value.range_start or not skipped_range else None
        if word.lower_ in ("to", "→") and value.range_start and not skipped_range:
            skipped_range = True
        elif word.lower_ in _CLAUSE_STOPS or word.text in "()":
            return None
        j += 1
    return None


def method_before(tok: Token, methods: list[Span]) -> Span | None:
    """The method whose score the value is: the subject of a participle clause (", achieving
    80.6% on AIME24" after "rStar2-Agent boosts ..."), else the last method before the value
    that no baseline cue ("than", "over", "compared to") introduces in its clause. None (the
    paper's own method) when a pronoun stands between ("..., it achieves") or the subject is
    "we" or "our"."""
    sent = tok.sent
    earlier = [m for m in methods if m.end <= tok.i and not after_baseline_cue(m) and not _built_on(m)]
    if _participle_clause(tok, sent):
        return _subject(sent, earlier)
    if not earlier or _pronoun_between(tok.doc, earlier[-1].end, tok.i):
        return None
    return earlier[-1]


def _built_on(method: Span) -> bool:
    """ "our policy model based on Qwen2.5-Coder-7B": the base of the method, not its owner;
    so is the model an opening "using" names ("For instance, using Llama3.2 on ScienceQA, the
    model reaches 78.9%": the paper's method, run on that model)."""
    doc = method.doc
    words = [t for t in doc[max(0, method.start - 4):method.start] if not t.text.startswith("\\")]  # "\texttt{"
    before = " ".join(t.lower_ for t in words[-3:])
    if before.endswith(("based on", "built on", "built upon", "on top of", "initialized from", "fine-tuned from",
                        "applied to")):
        return True
    return bool(words) and words[-1].lower_ == "using" and _opens_sentence(words[-1])


def _opens_sentence(tok: Token) -> bool:
    """The word starts its sentence, or follows an opening "For instance," / "For example,"."""
    lead = [t.lower_ for t in tok.doc[tok.sent.start:tok.i]]
    return not lead or lead in (["for", "instance", ","], ["for", "example", ","], ["e.g.", ","], ["specifically", ","])


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
    if any(_subject_word(t) for t in before) or (len(before) and before[-1].lower_ in _TOOL_CUES):
        return None
    clause = [t for t in before if t.lower_ in (",", "that", ":")]  # "To this end, X boosts", "show that X"
    opened = clause[-1].i + 1 if clause else sent.start
    return first if first.start - opened <= 2 else None


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
    variant = _VARIANT_SUFFIX_RE.match(doc_text(method.doc), method.end_char)
    return span_text(method) + (variant.group(0) if variant else "")


def after_baseline_cue(method: Span) -> bool:
    """ "than X", "compared to learning ... with X": a cue earlier in X's clause (up to 12
    words back, not across a comma) makes X the baseline."""
    doc = method.doc
    for t in reversed(doc[max(method.sent.start, method.start - 12):method.start]):
        if t.text in (",", ";"):
            return False
        if t.lower_ in _BASELINE_CUES:
            return True
    return False


def metric_of(value: Value, metrics: list[Span], ents: list[Span]) -> Span | None:
    """The metric written next to the value ("97.5% request accuracy", "BLEU of 28.4"),
    tagged or not ("4.9% top-5 validation error"), else the nearest one, earlier ones
    preferred ("accuracy rises to 81.2")."""
    tok = value.tok
    after = tok.i + 1 + (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("%", "\\%", "percent"))
    for metric in metrics:
        if metric.start == after:
            return metric
    for metric in metrics:
        between = tok.doc[metric.end:tok.i]
        if metric.end <= tok.i and len(between) <= 2 and all(t.lower_ in _METRIC_LINKS for t in between):
            return metric
    return (_equated_metric(tok, ents) or _untagged_metric_at(tok.doc, after, tok.sent.end, ents)
            or _coined_metric_at(tok.doc, after, ents) or nearest(tok, metrics, prefer_after=False))


def _equated_metric(tok: Token, ents: list[Span]) -> Span | None:
    """ "(Claude Opus 4.5, ECE=0.120)": a coined word set equal to the value is its measure,
    though the NER left it untagged."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "=":
        return None
    word = doc[i - 2]
    if in_entity(word, ents) or not _is_name_token(word) or corpus_type(word.text) in ("Dataset", "Model"):
        return None
    return doc[i - 2:i - 1]


def _coined_metric_at(doc: Doc, i: int, ents: list[Span]) -> Span | None:
    """ "97.1% clDice on DeepCrack": a coined word right after the value, before "on" or the
    end of a list item, names its metric although the NER left it untagged."""
    if i + 1 >= len(doc) or in_entity(doc[i], ents) or not _is_name_token(doc[i]) or _DECIMAL.search(doc[i].text):
        return None
    if doc[i + 1].lower_ not in _AFTER_A_METRIC or corpus_type(doc[i].text) in ("Dataset", "Model"):
        return None
    return doc[i:i + 1]


def _untagged_metric_at(doc: Doc, start: int, stop: int, ents: list[Span]) -> Span | None:
    """Up to four words from ``start`` ending in an evaluation noun ("top-5 validation
    error", "word error rate") that the NER left untagged, or in a tagged metric whose
    modifiers it left out ("97.1% request accuracy" with only "accuracy" tagged): the value's
    own metric, where the nearest tagged one would be another value's."""
    for end in range(start, min(start + 4, stop)):
        word = doc[end]
        metric = next((e for e in ents if e.start == end and e.label_ == "Metric"), None)
        if metric is not None and end > start:
            return doc[start:metric.end]
        if (word.is_punct or word.like_num or word.is_stop or in_entity(word, ents)
                or word.lower_ in POINT_WORDS or word.lower_ in CHANGE_AFTER):
            return None
        if word.lower_ in _METRIC_HEADS:
            return doc[start:end + 1]
    return None


def nearest(tok: Token, cands: list, prefer_after: bool):
    """The candidate closest to ``tok``; one on the preferred side wins a tie of two words."""
    if not cands:
        return None

    def dist(e) -> tuple[int, int]:
        after = e.start > tok.i
        d = e.start - tok.i if after else tok.i - e.end + 1
        return (d + (0 if after == prefer_after else 2), e.start)

    return min(cands, key=dist)
