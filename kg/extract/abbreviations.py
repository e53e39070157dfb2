"""Acronyms defined in the text ("Long Form (LF)") and what they give later mentions.

Finding the pair follows the idea of Schwartz & Hearst (2003): the short form sits in
parentheses, and the long form is the shortest run of words just before it whose characters
contain the short form's letters in order, the first letter starting a word. It is cheap,
needs no training, and is precise on abstracts.

Propagation then gives every later occurrence of the short form the entity type of the
pair (whichever half the NER typed) and the long form's text as canonical name, which is
what ``Mention.canonical`` promises. Everything here is a pure function over a ``Doc`` and a
list of entity spans; ``components.py`` wraps it for the pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from kg.extract.boundaries import is_fragment
from kg.extract.consistency import number_twin, unify_labels
from kg.extract.spans import doc_text, span_text, strip_latex_markup

__all__ = ["Abbreviation", "canonical_map", "find_abbreviations", "find_reverse_definitions", "LONG_FORM_MAX_TOKENS",
           "match_long_form", "named_in_parentheses", "propagate", "reverse_kind", "short_variants"]

_SHORT_MAX_TOKENS = 4
_STOP_PUNCT = {";", ":", "(", ")", "[", "]", ",", ".", "\"", "?", "!"}
_SHORT_RE = re.compile(r"^[A-Za-z0-9][\w\-./+&]{0,11}$")
# a version mark split off by a space, as in text rebuilt from tokens: "DeepID2 +", "STR2 +"
_SPACED_PLUS = re.compile(r" (\+\+?)$")


@dataclass(frozen=True)
class Abbreviation:
    """One defined acronym; offsets are character offsets into the doc's text."""

    long_text: str
    short_text: str
    long_start: int
    long_end: int
    short_start: int
    short_end: int
    reverse: bool = False  # "SLOT (Sample-specific Language Model Optimization at Test-time)"


_LATEX_OPEN = re.compile(r"\\[A-Za-z]+\s*\{")


def match_long_form(short: str, window: str) -> int | None:
    """Start offset in ``window`` of the shortest long form ending at its end, or None.

    Walks the short form's letters and digits right to left, finding each in ``window``
    (also right to left); the first letter must begin a word. The words whose initials spell
    the short form come first: the walk alone reads "Proximal Policy Optimization (PPO)" as
    "Policy Optimization", its "p" found inside "Optimization".
    """
    initials = _initials_start(short, window)
    if initials is not None:
        return initials
    s, pos = len(short) - 1, len(window) - 1
    while s >= 0:
        ch = short[s].lower()
        if not ch.isalnum():
            s -= 1
            continue
        while pos >= 0 and (window[pos].lower() != ch or (s == 0 and pos > 0 and window[pos - 1].isalnum())):
            pos -= 1
        if pos < 0:
            return None
        pos -= 1
        s -= 1
    start = pos + 1
    while start > 0 and not window[start - 1].isspace():
        start -= 1
    return start


_WORD_PIECE = re.compile(r"[A-Za-z][A-Za-z']*")


def _initials_start(short: str, window: str) -> int | None:
    """Start of the last words of ``window`` whose initials are the short form's letters, in
    order and nothing else ("Concordance Correlation Coefficient (CCC)"; a plural "s" of the
    short form aside: "LLMs"); None when they are not, or the short form holds a digit."""
    if not short.isalpha():
        return None
    letters = short[:-1] if len(short) > 2 and short[-1] == "s" and short[-2].isupper() else short
    pieces = list(_WORD_PIECE.finditer(window))[-len(letters):]
    if len(pieces) < len(letters) or window[pieces[-1].end():].strip():
        return None
    if any(piece.group()[0].lower() != letter.lower() for piece, letter in zip(pieces, letters)):
        return None
    start = pieces[0].start()
    while start > 0 and not window[start - 1].isspace():
        start -= 1
    return start


def _valid_short(text: str) -> bool:
    text = _SPACED_PLUS.sub(r"\1", text)
    if not _SHORT_RE.match(text) or len(text) < 2:
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and any(c.isupper() for c in letters)


def _bracketed_short(doc: Doc, open_i: int) -> Span | None:
    """The words between the "(" at ``open_i`` and its ")" if they can be a short name."""
    close_i = next((j for j in range(open_i + 1, min(open_i + 2 + _SHORT_MAX_TOKENS, len(doc)))
                    if doc[j].text == ")"), None)
    if close_i is None or close_i == open_i + 1:
        return None
    short = doc[open_i + 1:close_i]
    return short if _valid_short(short.text) else None


def _pair_at(doc: Doc, open_i: int) -> Abbreviation | None:
    short = _bracketed_short(doc, open_i)
    if short is None:
        return None
    n_chars = sum(c.isalnum() for c in short.text)
    max_words = min(n_chars + 5, 2 * n_chars)
    first = open_i
    while first > 0 and open_i - first < max_words + 4:
        tok = doc[first - 1]
        if tok.text in _STOP_PUNCT or tok.is_sent_end:
            break
        first -= 1
    if first == open_i:
        return None
    window_start = doc[first].idx
    window = doc_text(doc)[window_start:doc[open_i - 1].idx + len(doc[open_i - 1].text)]
    rel = match_long_form(short.text, window)
    if rel is None:
        return None
    long_start = window_start + rel
    long_span = doc.char_span(long_start, window_start + len(window), alignment_mode="expand")
    while long_span is not None and len(long_span) > 1 and long_span[0].is_punct:
        long_span = long_span[1:]
    while long_span is not None and len(long_span) > 1 and long_span[-1].is_punct:
        long_span = long_span[:-1]
    if long_span is None or len(long_span) > max_words or long_span.text == short.text:
        return None
    if len(long_span.text) <= len(short.text):
        return None
    markup = _LATEX_OPEN.match(long_span.text)  # "\textbf{System-Anchored ...}" is one token
    cut = markup.end() if markup else 0
    long_text = strip_latex_markup(long_span.text)
    if long_text != long_span.text:  # letters marked inside: "\textbf{H}andwritten \textbf{M}athematical ..."
        return Abbreviation(long_text, short.text, long_span.start_char, long_span.end_char,
                            short.start_char, short.end_char)
    return Abbreviation(long_span.text[cut:], short.text, long_span.start_char + cut, long_span.end_char,
                        short.start_char, short.end_char)


def _opening_brackets(doc: Doc) -> list[int]:
    """Token indices of "(" (from the ORTH array: no Token object per word)."""
    if len(doc) == 0:
        return []
    return numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings.add("(")).tolist()


def find_abbreviations(doc: Doc) -> list[Abbreviation]:
    """Every "Long Form (LF)" definition in ``doc``, in text order."""
    found = []
    for i in _opening_brackets(doc):
        pair = _pair_at(doc, i)
        if pair is not None:
            found.append(pair)
    return found


# "SLOT (Sample-specific ... at Test-time)": a name, then its words in brackets
_NAME_BEFORE = re.compile(r"(?<![\w\-+.])[A-Za-z][\w\-+.]*[\w+]$")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "LLMs (Llama 3.1 and GPT variants)": a class, not a coined name
_NOT_A_LONG_FORM = re.compile(r"[,;:=]|\d+(?:\.\d+)?(?:\s|$)")  # a list, a gloss, a version or a size
# the most words a long form in brackets after its name spans (read by dataset_context and defined_kinds too)
LONG_FORM_MAX_TOKENS = 16
_NAME_MAX_CHARS = 40


def find_reverse_definitions(doc: Doc) -> list[Abbreviation]:
    """Every "NAME (Its Long Form)" definition in ``doc``: "We propose SLOT (Sample-specific
    Language Model Optimization at Test-time)", "GTPO (Generalized Token-level Policy
    Optimization)". 2,679 of the 74,728 abstracts of 2025 (3.6%) define a name so; the whole
    bracket must be the long form of the name before it (``match_long_form`` from its first
    word) and read as one: capitalised, no list, no number."""
    text, found = doc_text(doc), []
    for i in _opening_brackets(doc):
        close = next((j for j in range(i + 1, min(i + 2 + LONG_FORM_MAX_TOKENS, len(doc))) if doc[j].text in "()"), None)
        if close is None or doc[close].text != ")" or i == 0 or doc[i - 1].whitespace_ == "":
            continue
        name_end = doc[i - 1].idx + len(doc[i - 1].text)
        window = max(0, name_end - _NAME_MAX_CHARS)
        name = _NAME_BEFORE.search(text, window, name_end)
        long_start, long_end = doc[i + 1].idx, doc[close - 1].idx + len(doc[close - 1].text)
        pair = _reverse_pair(name, text[long_start:long_end], long_start) if name and name.start() > window else None
        if pair is not None:
            found.append(pair)
    return found


def _reverse_pair(name: re.Match, long_text: str, long_start: int) -> Abbreviation | None:
    short, plain = name.group(0), strip_latex_markup(long_text)
    if not _valid_short(short) or sum(c.isupper() for c in short) < 2 or _PLURAL_ACRONYM.fullmatch(short):
        return None
    if not plain[:1].isupper() or len(plain.split()) < 2 or len(plain) <= len(short) or _NOT_A_LONG_FORM.search(plain):
        return None
    if match_long_form(short, plain) != 0:
        return None
    return Abbreviation(plain, short, long_start, long_start + len(long_text), name.start(), name.end(), reverse=True)


# the head of a long form that says what the name is, whatever the tagger called the name
_DATA_HEADS = frozenset("bench benchmark benchmarks dataset datasets corpus suite arena testbed leaderboard".split())
_MEASURE_WORDS = frozenset("index score metric rate measure".split())
_NETWORK_HEADS = frozenset("transformer network net model models gan".split())
_HEAD_ENDS = frozenset("for of with via in on by from using to and at through under".split())


def reverse_kind(long_text: str, short_label: str | None) -> str:
    """The type of a name defined after it: a benchmark's, a measure's or a network's long form
    says so ("KWBench (Knowledge Work Bench)", "SICI (Stance Inference Complexity Index)",
    "LSP-DETR (Local Star Polygon DEtection TRansformer)"); otherwise the name keeps the
    tagger's type, and a name tagged as a task or not at all is a method: what a paper names
    first and spells out after is what it built, though its long form often ends in the task's
    noun ("GRACE (Graph-Guided Repository-Aware Code Completion)")."""
    words = re.findall(r"[A-Za-z]+", long_text.lower())
    head = words[next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words)) - 1]
    if head in _DATA_HEADS:
        return "Dataset"
    if head in _MEASURE_WORDS:
        return "Metric"
    if head in _NETWORK_HEADS:
        return "Model"
    return short_label if short_label in ("Method", "Model", "Dataset", "Metric") else "Method"


def short_variants(short: str) -> set[str]:
    """The short form and its plural/singular twin ("CNN" <-> "CNNs")."""
    twin = number_twin(short)
    return {short} if twin is None else {short, twin}


def canonical_map(pairs: list[Abbreviation]) -> dict[str, str]:
    """Short form (and its plural twin) -> long form text; first definition wins."""
    out: dict[str, str] = {}
    for ab in pairs:
        for variant in short_variants(ab.short_text):
            out.setdefault(variant, ab.long_text)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _find_token_runs(doc: Doc, text: str) -> list[Span]:
    """Token-aligned occurrences of ``text`` (case-sensitive, whole tokens)."""
    spans = []
    for m in re.finditer(r"(?<![\w-])" + re.escape(text) + r"(?![\w-])", doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            spans.append(span)
    return spans


def _type_of_pair(ab: Abbreviation, ents: list[Span], types: dict[str, str]) -> str | None:
    """Type for a pair: the entity on the long form, else one on the short form, else a
    type already known for this short form (from the other field of the same paper)."""
    long_rng = (ab.long_start, ab.long_end)
    for ent in ents:
        if ent.end_char == ab.long_end and _overlaps((ent.start_char, ent.end_char), long_rng):
            return ent.label_
    variants = short_variants(ab.short_text)
    for ent in ents:
        if span_text(ent) in variants:
            return ent.label_
    return types.get(ab.short_text)


def _type_of_reverse(ab: Abbreviation, ents: list[Span], types: dict[str, str]) -> str:
    on_short = next((e.label_ for e in ents if (e.start_char, e.end_char) == (ab.short_start, ab.short_end)), None)
    return reverse_kind(ab.long_text, on_short or types.get(ab.short_text))


_TO_IN_SHORT = re.compile(r"[A-Za-z]2[A-Za-z]")


def _a_way(ent: Span) -> bool:
    """ "training models with prompted claim-evidence understanding (TBE-2)": a way of doing it."""
    return any(tok.lower_ in ("with", "using", "via", "by") for tok in ent.doc[max(0, ent.start - 2):ent.start])


def named_in_parentheses(doc: Doc, ents: list[Span]) -> list[Span]:
    """Coined names in parentheses right after an entity, typed like it: "a deep
    convolutional network (DeepID2+)", "a deep baseline model (iBOWIMG)". Not acronyms of
    the words before them, so the pairs above miss them, yet in the SciREX training part all
    12 such names after a gold mention are gold mentions of its type. Not canonical names of
    the entity: the network is a kind, the name one instance."""
    by_end = {ent.end: ent for ent in ents}
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    out = []
    for i in _opening_brackets(doc):
        ent = by_end.get(i)
        if ent is None:
            continue
        short = _bracketed_short(doc, i)
        if short is None or not taken.isdisjoint(range(short.start, short.end)):
            continue
        if ent.label_ == "Dataset" and not any(c.isupper() or c.isdigit() for c in short.text[1:]):
            continue  # "UDIAT (Spain), BUSI (Egypt)": where the data comes from, no name of it
        # "segmentation (MCubeS)": a coined name after a task, not its acronym, is data it is measured on
        # ("Text-to-Video Retrieval (T2VR)" is: its "2" stands for "to")
        label = "Dataset" if ent.label_ == "Task" and not _TO_IN_SHORT.search(short.text) and not _a_way(ent) \
            else ent.label_
        named = Span(doc, short.start, short.end, label=label)
        if not is_fragment(named):  # "GPT-3 (175B)" gives a size, not a name
            out.append(named)
    return out


def propagate(doc: Doc, ents: list[Span], pairs: list[Abbreviation],
              known_types: dict[str, str] | None = None) -> tuple[list[Span], dict[str, str]]:
    """Entities after acronym propagation, and the short-form -> type map used.

    A typed pair makes the long form an entity (replacing a partial NER span that ends where
    it ends) and gives every occurrence of the short form the same type: unclaimed ones become
    entities, and mentions of the short form alone are relabelled (a paper that defines
    "Sparse Spectral Training (SST)" does not mean the SST sentiment dataset). A name in
    parentheses after an entity (``named_in_parentheses``) is tagged likewise but relabels
    nothing. Other spans keep their type.
    """
    types = dict(known_types or {})
    defined: dict[str, str] = {}
    out = list(ents)
    for ab in pairs:
        label = _type_of_reverse(ab, out, types) if ab.reverse else _type_of_pair(ab, out, types)
        if label is None:
            continue
        for variant in short_variants(ab.short_text):
            types.setdefault(variant, label)
            defined.setdefault(variant, label)
        long_rng = (ab.long_start, ab.long_end)
        long_span = doc.char_span(*long_rng, label=label)
        covered = any(e.start_char <= long_rng[0] and e.end_char >= long_rng[1] for e in out)
        # a name's words in brackets after it are one mention of its type, whatever the tagger cut there
        if long_span is not None and (ab.reverse or not covered) and strip_latex_markup(long_span.text) == ab.long_text:
            out = [e for e in out if not _overlaps((e.start_char, e.end_char), long_rng)] + [long_span]
    for named in named_in_parentheses(doc, out):
        types.setdefault(named.text, named.label_)
    for short, label in types.items():
        for span in _find_token_runs(doc, short):
            rng = (span.start_char, span.end_char)
            if not any(_overlaps(rng, (e.start_char, e.end_char)) for e in out):
                out.append(Span(doc, span.start, span.end, label=label))
    out = unify_labels(out, defined)
    out.sort(key=lambda s: s.start)
    return out, types
