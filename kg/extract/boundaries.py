"""Boundary repairs the gold data justifies, applied to NER output.

In the training part of the gold files no mention starts with a determiner or possessive
("the", "our", ...) or ends with a function word ("and", "of", "on", ...), only 0.3% contain
a parenthesis, and mentions never begin or end with punctuation. A predicted span that
breaks these habits is nearly always too long, so it is cut: leading determiners (and a
leading "SOTA" or "state-of-the-art", which starts only generic phrases in the gold), trailing
function words, edge punctuation and word fragments ("-shot") are dropped, and a span is
split at parentheses ("Online Instance Matching (OIM) loss" -> "Online Instance Matching",
"OIM", "loss"), at verbs of a claim ("X outperforms Y" -> "X", "Y"; "StepOPSD attains" ->
"StepOPSD") and at an "and"/"or" joining two coined names ("ALFWorld and Search-QA") or two
phrases of two words or more ("computer graphics and computer vision research":
in SciREX 47 such pairs are annotated as two mentions and 9 as one; shorter sides are often
one name with a shared head, "convolutional and deconvolutional layers"), and a list of
one-word dataset names before their plural noun ("UIEB and EUVP datasets": SciREX writes 31 of
48 such lists as two mentions), each piece keeping the label when it still holds a word; a new
name's "scores" before a value ("UIQM scores of 2.249") is a measure, not a dataset, and a known
benchmark's "scores" the benchmark (kg.extract.measure_spans). The extensions: a Dataset directly followed by
"dataset", "corpus", "benchmark", "set" takes that word in, and a Task directly followed by a
Task that starts with a task's head noun is one task with it ("multiple sclerosis lesion" +
"segmentation", "Video Anomaly" + "Detection": the NER, trained on 2017-19 text, often closes
a task of today before its head; in 6,000 abstracts of 2025, 32 of the 76 pairs of adjacent
Tasks were such halves), and a Task that is a bare head noun takes in what it is of
("text-to-video" + "generation", "code" + "generation").

No later step makes a mention of a fragment (``is_fragment``): a word piece, a size, a generic
word, an affiliation, or a glued word of the front matter that PDF extraction left after some
SciREX abstracts ("TitouanParcollet, MohamedMorchid ... UniversitédeMontréal", in a sentence
with an email or a glued affiliation: 16 such false mentions in 6 of the 74 held-aside SciREX
papers; pooled strict / partial / entity set 70.6 / 81.4 / 71.8 -> 70.9 / 81.8 / 72.2), and a
lab's one-word name among such glued names ("LIA", "MILA"; partial 81.83 -> 81.96), nor the CI
of "95% CI".
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from kg.extract.front_matter import in_page_header
from kg.extract.joined_names import join_hyphenated, join_task_heads, name_piece
from kg.extract.measure_spans import (a_benchmarks_scores, benchmark_and_measure, measure_after_value, measure_cut_off,
                                      scores_of_a_measure)
from kg.extract.spans import span_text

__all__ = ["fix_boundaries", "VARIANT_WORDS", "extend_dataset_heads", "is_fragment", "GENERIC_NAMES", "LEADING_WORDS",
           "TRAILING_WORDS", "DATASET_HEADS", "DATASET_TRAILING_WORDS", "RELATION_VERBS", "GERUNDS_FILE"]

# -ing words the 2025 corpus uses as verbs ("enhancing the ..."; training/families/build_gerunds.py)
GERUNDS_FILE = Path(__file__).resolve().parent / "data" / "verb_gerunds.tsv"

LEADING_WORDS = frozenset({"the", "a", "an", "our", "their", "its", "this", "these", "those", "that",
                           "his", "her", "my", "your", "such", "each", "every", "both"})
# generic words, never or hardly ever a name on their own: of the first group's ~1,600
# occurrences in the gold texts 10 are annotated, "SOTA" and "state-of-the-art" never; of the
# second group's (training part) at most 6%
GENERIC_NAMES = frozenset({
    "sota", "state-of-the-art", "state of the art", "baseline", "baselines", "method", "methods", "model",
    "models", "approach", "approaches", "framework", "frameworks", "technique", "techniques", "algorithm",
    "algorithms", "system", "systems", "architecture", "architectures", "network", "networks", "task", "tasks",
    "dataset", "datasets", "benchmark", "benchmarks",
    "learning", "training", "evaluation", "problem", "problems", "search", "optimization", "prediction",
    "analysis", "performance", "results", "data", "features", "representation", "representations",
    "supervision"})
_ORGANISATION_RE = re.compile(r"universit|institute|laborator|github", re.IGNORECASE)  # affiliations, links
# not once the last word of the 9,043 gold mentions: "ImageNet and" -> "ImageNet",
# "HumanEval relative (to the base)" -> "HumanEval"
TRAILING_WORDS = frozenset({"and", "or", "of", "for", "with", "on", "in", "to", "by", "the", "from",
                            "via", "using", "than", "versus", "vs", "relative", "compared", "respectively"})
# never the last word of a gold Dataset (other types end in them: "F1 score"): "MMLU scores"
DATASET_TRAILING_WORDS = frozenset({"score", "scores", "results", "performance", "accuracy"})
# not inside any of the 9,043 gold mentions: a span across one is two names and a claim
# ("Flipped outperforms T0-11B")
RELATION_VERBS = frozenset({"outperform", "outperforms", "outperformed", "achieve", "achieves", "achieved",
                            "surpass", "surpasses", "surpassed", "beat", "beats", "attain", "attains", "attained",
                            "reaches", "reached", "obtains", "obtained"})  # "StepOPSD attains": a name, then a claim
_BRACKETS = frozenset("()[]{}")
_COORDINATORS = frozenset({"and", "or"})
MIN_CONJUNCT_WORDS = 2
DATASET_HEADS = frozenset({"dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks", "bench",
                           "set", "sets", "database", "databases", "data"})
_FRAGMENT_START = frozenset("-–—/")  # a token like "-shot" is the tail of a cut word
_SIZE_RE = re.compile(r"^\d+(?:\.\d+)?\s?[kKmMbBtT]?$")  # "1B", "175B": model sizes, not names
_EDGE_PUNCT = frozenset(",.;:!?\"'`“”‘’()[]{}-–—/&")


# words that praise or rank a measure, never part of its name, and a value's unit before it
# ("96.34 percent accuracy")
_PRAISE = frozenset({"impressive", "remarkable", "outstanding", "excellent", "superior", "competitive", "strong",
                     "promising", "notable", "substantial", "significant", "high", "higher", "highest", "best",
                     "better", "good", "low", "lower", "lowest", "record", "leading", "percent", "percentage"})


def _after_qualifier(doc, start: int, end: int) -> int:
    """Past a leading "SOTA" or "state-of-the-art" ("SOTA LLMs", "SOTA accuracy"): in the gold
    files a mention starting with one is a Generic phrase 18 times of 21."""
    if start + 1 < end and doc[start].lower_ == "sota":
        return start + 1
    if start + 7 < end and doc[start:start + 7].text.lower() == "state-of-the-art":
        return start + 7
    return start


# a TeX command token: "\textbf{", "\emph{", "\citep{", "\sim"
_TEX_COMMAND = re.compile(r"^\\[A-Za-z]+\{?$")


def _tex_opener(doc, i: int, end: int) -> bool:
    """A TeX command opening a span, unless it marks the letters of a name ("\textbf{V}ision-...",
    whose canonical name the markup leaves, kg.extract.assemble)."""
    return bool(_TEX_COMMAND.match(doc[i].text)) and not (i + 1 < end and "}" in doc[i + 1].text)


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in LEADING_WORDS or doc[start].text in _EDGE_PUNCT
                           or doc[start].is_space or doc[start].text[0] in _FRAGMENT_START
                           or _A_SCORE.match(doc[start].text)  # "56.0\%$ Chain-of-Thought": a value before a name
                           or (doc[start].text == "$" and start > 0 and _A_SCORE.match(doc[start - 1].text))
                           or _tex_opener(doc, start, end)):  # "\textbf{LiAuto-GeoX": the markup is no name
        start += 1
    start = _after_qualifier(doc, start, end)
    if _opening_gerund(doc, start, end, span.label_):
        start += 1
    while (span.label_ == "Metric" and start + 1 < end and doc[start].lower_ in _PRAISE and doc[start].whitespace_
           and doc[start + 1].lower_ not in ("point", "points")):  # "percentage points" is a unit, kept whole
        start += 1  # "an impressive accuracy rate of 97.32%": the measure is the accuracy rate
    trailing = TRAILING_WORDS | DATASET_TRAILING_WORDS if span.label_ == "Dataset" else TRAILING_WORDS
    if span.label_ == "Metric":
        trailing = trailing | _RISING_VERBS  # "the mean F1 rises from 0.596 to 0.632": the measure is "mean F1"
    while end > start and (doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].is_space
                           or doc[end - 1].lower_ in trailing or _TEX_COMMAND.match(doc[end - 1].text)):
        end -= 1
    if start >= end or not any(t.is_alpha or any(c.isalpha() for c in t.text) for t in doc[start:end]):
        return None
    end += (_closes_glued_bracket(doc, end) or _glued_plus(doc, end) or _glued_thousands(doc, end)
            or _closes_tex_math(doc, start, end))
    trimmed = Span(doc, start, end, label=span.label_)
    return None if is_fragment(trimmed) else trimmed


@lru_cache(maxsize=1)
def verb_gerunds() -> frozenset[str]:
    if not GERUNDS_FILE.is_file():
        return frozenset()
    lines = GERUNDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith(("#", "word\t")))


def _opening_gerund(doc, start: int, end: int, label: str) -> bool:
    """ "Training GANs faster", "Think Twice: Enhancing LLM Reasoning", "by boosting Text-to-SQL":
    a verb in -ing before a name (a capital after the first letter, or a digit) is the paper's
    action, not part of the name. A capitalised -ing word opening a sentence, or a title's part
    after a colon; elsewhere a word the corpus uses as a verb (``verb_gerunds``), except in a
    Task, which the gold writes as an action ("detecting 3D objects")."""
    if end - start < 2:
        return False
    word, rest = doc[start].text, doc[start + 1:end].text
    if not (word.endswith("ing") and len(word) > 5 and rest[:1].isalnum() and re.search(r".[A-Z]|\d", rest)):
        return False
    opens = doc[start].is_sent_start or (start > 0 and doc[start - 1].text == ":")
    if opens and word[:1].isupper() and word[1:].islower() and rest[:1].isupper():
        return True
    return label != "Task" and word.lower() in verb_gerunds()


# a score ("56.0\\%$", "+12.1", "93.43%"): before a name it is cut off, alone it is nobody's name
# (the NER, which saw few TeX percent signs, tagged "93.43\\%" a Dataset)
_A_SCORE = re.compile(r"^[+-]?\d+\.\d+(?:\\?%)?\$?$|^[+-]?\d+\\?%\$?$")
_GLUED_BRACKET = re.compile(r"^[A-Za-z0-9\-]+\(([A-Za-z0-9]{1,4})$")  # not "Learning~(RL": TeX's "~(" is a gap


def _closes_glued_bracket(doc, end: int) -> int:
    """1 when the span ends inside a short glued bracket that the next token closes: the
    tokenizer keeps "SE(2" whole (for "TIIF(73.8)"), so "SE(2)" is a name cut before its ")"."""
    match = _GLUED_BRACKET.search(doc[end - 1].text)
    return int(match is not None and end < len(doc) and doc[end].text == ")" and not doc[end - 1].whitespace_)


_RISING_VERBS = frozenset({"rises", "climbs", "jumps", "grows", "increases", "decreases", "improves", "falls"})


def _closes_tex_math(doc, start: int, end: int) -> int:
    """The glued "}" and "$" that close a name's TeX math, which the tokenizer splits off as it
    does a value's ("QV-M$^2" of "QV-M$^2$", "SAP$^{2" of "SAP$^{2}$")."""
    if sum(t.text.count("$") for t in doc[start:end]) % 2 == 0:
        return 0
    for taken, closer in enumerate(("$", "}$"), start=1):
        pieces = doc[end:end + taken]
        if len(pieces) == taken and "".join(t.text for t in pieces) == closer and \
                not any(t.whitespace_ for t in doc[end - 1:end + taken - 1]):
            return taken
    return 0


def _glued_plus(doc, end: int) -> int:
    """1 when a "+" or "++" glued to the span's last word ends the name: "DeepLabv3+", "WINO+"
    (a variant, not its base), never the "+" joining two names ("CNN+LSTM")."""
    if end >= len(doc) or doc[end].text not in ("+", "++") or doc[end - 1].whitespace_:
        return 0
    return int(bool(doc[end].whitespace_) or end + 1 == len(doc) or doc[end + 1].is_punct)


def _glued_thousands(doc, end: int) -> int:
    """1 when the tokenizer split a name's closing "K" off its digits and the NER stopped before
    it: "COD10" of "COD10K" (as with "GSM8" "K")."""
    if end >= len(doc) or doc[end].text not in ("K", "M", "B") or doc[end - 1].whitespace_:
        return 0
    return int(doc[end - 1].text[-1:].isdigit() and any(c.isalpha() for c in doc[end - 1].text))


def is_fragment(span: Span) -> bool:
    """A span no later component should turn into a mention: a word piece, a model size, a
    generic word ("SOTA", "baselines") or an affiliation ("McGill University")."""
    if _inside_compound(span.doc, span.start):
        return True
    text = span_text(span)
    return (bool(_SIZE_RE.match(text)) or text.lower() in GENERIC_NAMES or bool(_ORGANISATION_RE.search(text))
            or in_page_header(span) or _an_interval(span, text)
            or (text in VARIANT_WORDS and span.label_ in ("Model", "Method")) or bool(_TEX_VARIABLE.match(text))
            or bool(_A_SCORE.match(text)))


# a variable of the text's mathematics: "$N$", "$x_1$", "$\\alpha$"
_TEX_VARIABLE = re.compile(r"^\$\\?[A-Za-z]+(?:_\{?\w+\}?)?\$$")


# a model's variant word alone names no model: "Gemini Pro and Flash" cut into three
VARIANT_WORDS = frozenset("Pro Flash Mini Turbo Sonnet Opus Haiku Instruct Chat Base Ultra Nano Lite Plus Max Omni "
                           "Thinking Preview".split())


def _an_interval(span: Span, text: str) -> bool:
    """ "(h = 0.70, 95% CI: 0.65-0.76)": a confidence interval, nobody's model or measure."""
    doc = span.doc
    return (text in ("CI", "CIs") and span.start > 0
            and (doc[span.start - 1].text in ("%", "\\%") or doc[span.start - 1].like_num))


def _inside_compound(doc, start: int) -> bool:
    """True for "shot" in "few-shot": the span begins after a hyphen glued on both sides."""
    return (start >= 2 and doc[start - 1].text in _FRAGMENT_START and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_)


def _is_claim_verb(tok) -> bool:
    """ "outperforms" as a word of its own (not "Beat-Aligned", not "Beats" opening a name)."""
    doc = tok.doc
    return (tok.text in RELATION_VERBS and bool(tok.whitespace_) and tok.i > 0
            and bool(doc[tok.i - 1].whitespace_))


def _split_at_brackets(span: Span) -> list[Span]:
    """Pieces between brackets and relation verbs."""
    pieces, start = [], span.start
    for tok in span:
        if tok.text in _BRACKETS or _is_claim_verb(tok):
            if tok.i > start:
                pieces.append(Span(span.doc, start, tok.i, label=span.label_))
            start = tok.i + 1
    if start < span.end:
        pieces.append(Span(span.doc, start, span.end, label=span.label_))
    return pieces


def _words(doc, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if not t.is_punct and not t.is_space)


def _split_coordination(span: Span) -> list[Span]:
    """Two phrases joined by one "and"/"or", each of ``MIN_CONJUNCT_WORDS`` words or more, as
    two spans; anything else unchanged (a list with commas too: cut in two it would still be
    a list), but for a list of named datasets before their plural noun."""
    doc = span.doc
    listed = _datasets_listed(span)
    if listed:
        return listed
    cuts = [t.i for t in span[1:-1] if t.lower_ in _COORDINATORS]
    if len(cuts) != 1 or any(t.text == "," for t in span):
        return [span]
    cut = cuts[0]
    if min(_words(doc, span.start, cut), _words(doc, cut + 1, span.end)) < MIN_CONJUNCT_WORDS \
            and not (_a_coined_name(doc[span.start:cut]) and _a_coined_name(doc[cut + 1:span.end])):
        return [span]  # not "ALFWorld and Search-QA": two coined names are two mentions
    return [Span(doc, span.start, cut, label=span.label_), Span(doc, cut + 1, span.end, label=span.label_)]


def _a_coined_name(words: Span) -> bool:
    """One word written as a name is coined: a digit, a hyphen, or capitals mixed with small
    letters ("GSM8K", "Search-QA", "ALFWorld"; not "convolutional", "Pride", nor a field's
    acronym: "ML and LLMs" stays one span, its pieces would take a type neither has alone)."""
    text = "".join(t.text for t in words)
    if not words or any(t.whitespace_ for t in words[:-1]) or not text[:1].isupper() or _ACRONYM_PLURAL.match(text):
        return False
    return (any(c.isdigit() for c in text) or "-" in text[1:]
            or (any(c.isupper() for c in text[1:]) and any(c.islower() for c in text)))


_ACRONYM_PLURAL = re.compile(r"^[A-Z]+s$")  # "LLMs", "CNNs"


_PLURAL_DATA = frozenset({"datasets", "benchmarks", "corpora"})


def _datasets_listed(span: Span) -> list[Span]:
    """ "UIEB and EUVP datasets", "MORPH, FG-NET and CACD benchmarks": each one-word name is a
    dataset, the last with the noun (as SciREX writes 31 of 48 such lists); names of several
    words ("CNN and Daily Mail datasets", one dataset) and plain words stay whole."""
    doc = span.doc
    if span.label_ != "Dataset" or len(span) < 4 or span[-1].lower_ not in _PLURAL_DATA:
        return []
    pieces, start = [], span.start
    for tok in span[:-1]:
        if tok.lower_ in _COORDINATORS or tok.text == ",":
            if tok.i > start:
                pieces.append((start, tok.i))
            start = tok.i + 1
    pieces.append((start, span.end))
    if len(pieces) < 2 or any(e - b != 1 + (e == span.end) or not name_piece(doc[b].text) for b, e in pieces):
        return []  # one-word names only: "training and testing datasets", "CNN and Daily Mail datasets" stay
    return [Span(doc, b, e, label="Dataset") for b, e in pieces]


def extend_dataset_heads(ents: list[Span]) -> list[Span]:
    """A Dataset span directly followed by "dataset", "corpus", "benchmark", "set" takes
    that word in ("CIFAR-10 dataset"): gold includes it about five times as often as not; one
    written in TeX math takes its opening dollar in ("$V^{*}$ Bench")."""
    out = []
    starts = {e.start for e in ents}
    for ent in ents:
        doc = ent.doc
        if (ent.label_ == "Dataset" and ent.end < len(doc) and doc[ent.end].lower_ in DATASET_HEADS
                and ent.end not in starts):
            ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)
        if ent.start > 0 and doc[ent.start - 1].text == "$" and not doc[ent.start - 1].whitespace_ and "$" in ent.text:
            ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)  # "$V^{*}$ Bench": the math opens the name
        out.append(ent)
    return out


def fix_boundaries(ents: list[Span], dataset_heads: bool = True) -> list[Span]:
    """The entities with the repairs of the module doc applied (no new text is tagged except
    a dataset's head noun and the rest of a hyphenated name)."""
    out = []
    for ent in ents:
        for piece in (q for bracketed in _split_at_brackets(ent) for p in _split_coordination(bracketed)
                      for q in benchmark_and_measure(p)):
            piece = measure_after_value(a_benchmarks_scores(scores_of_a_measure(piece)))
            trimmed = _trim(join_hyphenated(piece))
            if trimmed is not None:
                out.append(trimmed)
                out.extend(measure_cut_off(piece, trimmed))
    out = join_task_heads(out)
    return extend_dataset_heads(out) if dataset_heads else out
