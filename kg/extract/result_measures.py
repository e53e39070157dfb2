"""The measure a sentence gives a value: a tagged metric next to it ("97.5% request accuracy",
"BLEU of 28.4"), an untagged evaluation phrase ("top-5 validation error"), a coined word set
equal to it or defined before its "of" ("ECE=0.120", "a QWK of 0.8436"), else the nearest
tagged metric, earlier ones preferred.

Pure functions over spaCy tokens; kg.extract.results asks ``metric_of`` for every value.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.corpus_names import corpus_type
from kg.extract.model_vs_method import a_measure_at_k
from kg.extract.result_changed_measures import changed_measure
from kg.extract.result_changes import relative_change_bracket_end
from kg.extract.result_lists import CHANGE_AFTER, CHANGE_NOUNS, CHANGE_VERBS
from kg.extract.result_names import is_name_token
from kg.extract.result_owners import nearest
from kg.extract.result_quantities import COST_NOUNS, GLUED_PERCENT, before_hedges
from kg.extract.result_values import POINT_WORDS, RANGE_WORDS, Value, in_entity
from kg.extract.spans import doc_text

__all__ = ["a_measure_named", "METRIC_HEADS", "measure_text", "metric_of"]

_DECIMAL = re.compile(r"\d\.\d")  # "auburnrgb0.43": LaTeX colour debris, no metric
_AFTER_A_METRIC = frozenset({"on", "in", "across", "for", "with", "at", ",", "and", ".", ";", ")"})
# words between a metric and its value: "BLEU of 28.4", "Inception Score (IS) of 166.5"
_METRIC_LINKS = frozenset({"of", "=", ":", "is", "was", "at", "(", ")", "score", "scores"})
# head nouns of evaluation phrases: "top-5 validation error", "word error rate", "exact match score"
METRIC_HEADS = frozenset({"error", "errors", "accuracy", "accuracies", "rate", "rates", "score", "scores",
                           "precision", "recall", "perplexity", "auc", "map", "iou", "miou", "f1", "bleu", "kappa",
                           "correlation", "index", "indices", "coefficient", "coefficients", "distance", "success",
                           "validity", "fidelity", "consistency", "agreement", "similarity"})


_COMPARATIVES = frozenset({"higher", "lower", "better", "worse", "greater", "more", "less", "fewer"})


def metric_of(value: Value, metrics: list[Span], ents: list[Span]) -> Span | None:
    """The metric written next to the value ("97.5% request accuracy", "BLEU of 28.4", "7.31% in SSIM"),
    tagged or not ("4.9% top-5 validation error"), else the nearest one, earlier ones
    preferred ("accuracy rises to 81.2"); a value in decibels only takes a measure in decibels
    ("the 2.5D variant (35.82 dB)" after "0.020 LPIPS" is a PSNR)."""
    tok = value.tok
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "dB":
        in_decibels = [m for m in metrics if _DECIBEL_MEASURE.search(m.text)]
        return _metric_of(value, in_decibels, ents) if in_decibels else None
    return _metric_of(value, metrics, ents)


# signal-to-noise ratios and their kin ("PSNR", "SI-SDR", "SNR improvement"): what a paper gives in dB
_DECIBEL_MEASURE = re.compile(r"(?i:snr|sdr|sar|sir|signal-to-noise)|dB")


def _metric_of(value: Value, metrics: list[Span], ents: list[Span]) -> Span | None:
    tok = value.tok
    after = tok.i + 1 + (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("%", "\\%", "percent"))
    after = _past_a_bracketed_change(tok.doc, after)  # "82.93%(+1.19%) IoU"
    after += after < len(tok.doc) and tok.doc[after].text == "dB"  # "37.75 dB PSNR"
    written_in = after + (after < len(tok.doc) and tok.doc[after].lower_ == "in")  # "7.31% in SSIM"
    compared = after + (after < len(tok.doc) and tok.doc[after].lower_ in _COMPARATIVES)  # "10.37% higher AUPRC"
    benchmark = next((e for e in ents if e.start == after and e.label_ == "Dataset"), None)
    if benchmark is not None and benchmark.end < len(tok.doc) and tok.doc[benchmark.end].lower_ in ("score", "scores"):
        return None  # "0.87 GenEval score and 86.9 DPG overall score": the benchmark's own score, unnamed
    for metric in metrics:
        if metric.start in (after, written_in, compared, _after_the_bracket_it_is_in(tok)):
            return metric
    for metric in metrics:
        between = tok.doc[metric.end:tok.i]
        if metric.end <= tok.i and len(between) <= 2 and all(t.lower_ in _METRIC_LINKS for t in between):
            return metric
    inside = _in_brackets_with(tok, metrics)  # "LAMBADA (66.5% compared to SOTA accuracy of 63.2%)"
    return (_equated_metric(tok, ents) or _latex_metric_at(tok.doc, after, ents)
            or _at_k_metric_at(tok.doc, after, ents)
            or _untagged_metric_at(tok.doc, after, tok.sent.end, ents)
            or _untagged_metric_of(tok, ents)
            or _coined_metric_at(tok.doc, after, ents) or _coined_metric_at(tok.doc, _range_end(value, after), ents)
            or _changed_by(tok, metrics) or changed_measure(tok, ents)
            or nearest(tok, inside or [m for m in _outside_other_brackets(tok, metrics) if not _a_cost_apart(tok, m)
                                       and not _another_places_value(tok, m, ents)], prefer_after=False))


def _another_places_value(tok: Token, metric: Span, ents: list[Span]) -> bool:
    """ "0.87 on GenEval, and 2.1 WER on LibriSpeech": a measure written right after a later value,
    with a dataset between the two, measures that value only."""
    doc, k = tok.doc, metric.start - 1
    k -= k > tok.i and doc[k].text in ("%", "\\%")
    return (tok.i < k and (doc[k].like_num or GLUED_PERCENT.match(doc[k].text) is not None)
            and any(e.label_ == "Dataset" and tok.i < e.start and e.end <= k for e in ents))


def _changed_by(tok: Token, metrics: list[Span]) -> Span | None:
    """ "improves the Top-1 accuracy on the ImageNet benchmark by 1.41% and the AP on MS COCO by
    1.40": the measure a "by" change is of, named earlier in its clause with no value between."""
    doc = tok.doc
    j = before_hedges(doc, tok.i)
    if j < 0 or doc[j].lower_ != "by":
        return None
    stop = j
    while stop > max(tok.sent.start, j - 15) and not (doc[stop - 1].like_num or doc[stop - 1].text in _CHANGE_STOPS):
        stop -= 1
    return next((m for m in reversed(metrics) if stop <= m.start and m.end <= j), None)


_CHANGE_STOPS = frozenset({"%", "\\%", ";", ":", "(", ")"})


def _after_the_bracket_it_is_in(tok: Token) -> int:
    """ "90.66%(+0.71%) F1 score": a change bracketed right after a value measures what the value
    does, named after the bracket (-1 where the value is in no such bracket)."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "(" or not any(c.isdigit() for c in doc[i - 2].text):
        return -1
    past = _past_a_bracketed_change(doc, i - 1)
    return past if past != i - 1 else -1


def _past_a_bracketed_change(doc: Doc, i: int) -> int:
    """Past a bracket holding only a signed change right after a value ("82.93%(+1.19%) IoU"):
    the measure after it is the value's."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    if (past := relative_change_bracket_end(doc, i, len(doc))) is not None:
        return past  # "67.73 (+25.73 relative) cIoU"
    close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ")"), None)
    inside = doc[i + 1:close] if close is not None else []
    signed = any(t.text[:1] in "+-" and any(c.isdigit() for c in t.text) for t in inside)
    return close + 1 if signed and all(t.text[:1] in "+-" or t.text in ("%", "\\%") for t in inside) else i


_APART = frozenset({"--", "—", "–", ";"})


def _a_cost_apart(tok: Token, metric: Span) -> bool:
    """ "scoring 83.1% on 1D-ARC -- the latter outperforming GPT-4 at a fraction of the
    computational cost": a cost past a dash or semicolon is not the value's measure (in its own
    clause it is, and makes the value no score)."""
    lo, hi = sorted((tok.i, metric.start))
    return metric[-1].lower_ in COST_NOUNS and any(t.text in _APART for t in tok.doc[lo:hi])


# "$S_\\alpha$", "AP$_{50}$", "F$_1$ score": a measure written in TeX math, untagged by the NER
_LATEX_MEASURE = re.compile(r"(?:\$[A-Za-z][^$\s]{0,23}\$|[A-Za-z]{1,6}\$_\{?[\w\\]{1,8}\}?\$)(?:\s+score)?")


def _latex_metric_at(doc: Doc, i: int, ents: list[Span]) -> Span | None:
    """The TeX-written measure right after the value ("0.887 $S_\\alpha$ on CAMO")."""
    if i >= len(doc) or in_entity(doc[i], ents):
        return None
    match = _LATEX_MEASURE.match(doc_text(doc), doc[i].idx)
    span = doc.char_span(match.start(), match.end()) if match else None
    return Span(doc, span.start, span.end, label="Metric") if span is not None else None


_LATEX_MEASURE_BEFORE = re.compile("(?:" + _LATEX_MEASURE.pattern + r")\s*$")


def _latex_metric_before(doc: Doc, i: int, ents: list[Span]) -> Span | None:
    """ "an AP$_{50}$ of 84.3%", "an F$_1$ score of 0.7391": the TeX-written measure right
    before the value's "of", untagged by the NER."""
    match = _LATEX_MEASURE_BEFORE.search(doc_text(doc), max(0, doc[i].idx - 40), doc[i].idx)
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand") if match else None
    if span is None or any(in_entity(t, ents) for t in span):
        return None
    return Span(doc, span.start, span.end, label="Metric")


def _at_k_metric_at(doc: Doc, i: int, ents: list[Span]) -> Span | None:
    """ "0.726 mAP@0.5:0.95 for detection": an untagged measure at a cut-off right after the value."""
    if i >= len(doc) or in_entity(doc[i], ents) or not a_measure_at_k(doc[i].text):
        return None
    return Span(doc, i, i + 1, label="Metric")


def _range_end(value: Value, after: int) -> int:
    """Where the words after a range's end value start ("from 0.11 to 0.31 SPIDEr"), or ``after``."""
    doc = value.tok.doc
    if not value.range_start or after + 1 >= len(doc) or doc[after].lower_ not in RANGE_WORDS:
        return after
    end = after + 2
    return end + (end < len(doc) and doc[end].text in ("%", "\\%"))


def _in_brackets_with(tok: Token, cands: list[Span]) -> list[Span]:
    """The candidates inside the brackets that hold ``tok`` (none when it stands outside any)."""
    doc, sent = tok.doc, tok.sent
    opening = next((j for j in range(tok.i - 1, sent.start - 1, -1) if doc[j].text in "()"), None)
    closing = next((j for j in range(tok.i + 1, sent.end) if doc[j].text in "()"), None)
    if opening is None or closing is None or doc[opening].text != "(" or doc[closing].text != ")":
        return []
    return [c for c in cands if opening < c.start and c.end <= closing]


def _outside_other_brackets(tok: Token, cands: list[Span]) -> list[Span]:
    """The candidates not shut in a later bracket of values that does not hold ``tok``: in
    "(Pc(avg) 2.73) and content coverage (ROUGE-1 26.55)" the ROUGE-1 of the second bracket
    measures only its own values; "Expected Calibration Error (ECE)" defines a measure for the
    whole sentence, and "(0.88 vs. 0.61 AUC on A) and (0.98 vs. 0.92 on B)" carries it on."""
    sent, depth, group, groups, count = tok.sent, 0, None, {}, 0
    for t in sent:  # the outermost bracket each token is in (None: outside all)
        if t.text == "(":
            depth += 1
            if depth == 1:
                count, group = count + 1, count + 1
        groups[t.i] = group
        if t.text == ")" and depth:
            depth -= 1
            group = group if depth else None
    numbered = {groups[t.i] for t in sent if groups[t.i] is not None and t.like_num}  # not "(ECE)", a definition
    alone = _bracketed_alone(tok)  # "(rFID 0.08) and ... on GenEval (0.86)": the earlier bracket's measure is its own
    return [c for c in cands if (c.start < tok.i and not alone) or groups.get(c.start) not in numbered
            or groups.get(c.start) == groups.get(tok.i)]


def _bracketed_alone(tok: Token) -> bool:
    """ "GenEval (0.86)": the value alone in a bracket right after a dataset's name (not "with
    DualP0P3 integration (55.77% mAP@0.5), while ... Triple Integration (53.63%)", a parallel)."""
    doc, i = tok.doc, tok.i
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].text in ("%", "\\%"))
    return (i >= 2 and doc[i - 1].text == "(" and j < len(doc) and doc[j].text == ")"
            and doc[i - 2].ent_type_ == "Dataset")


def _equated_metric(tok: Token, ents: list[Span]) -> Span | None:
    """ "(Claude Opus 4.5, ECE=0.120)", "reduces SDLogJ to 0.11", "(SDLogJ) of 0.08": a coined
    word set equal to the value, changed to it, defined right before its "of" or written before
    its colon is its measure, though the NER left it untagged."""
    doc, i = tok.doc, tok.i
    if i < 2:
        return None
    if doc[i - 1].text == "=" or (doc[i - 1].lower_ == "to" and i >= 3 and doc[i - 3].lower_ in CHANGE_VERBS):
        at = i - 2
    elif doc[i - 1].lower_ == "of" and i >= 4 and doc[i - 2].text == ")" and doc[i - 4].text == "(":
        at = i - 3
    elif doc[i - 1].lower_ == "of":
        return _acronym_of(doc, i - 2, ents) or _latex_metric_before(doc, i - 1, ents)
    elif doc[i - 1].text == ":":  # "ACC: 0.9452, F1: 0.9225, MCC: 0.8361"
        return _acronym_of(doc, i - 2, ents)
    else:
        return None
    word = doc[at]
    if in_entity(word, ents) or not is_name_token(word) or corpus_type(word.text) in ("Dataset", "Model"):
        return None
    return doc[at:at + 1]


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9@-]{1,7}$")


def _acronym_of(doc: Doc, end: int, ents: list[Span]) -> Span | None:
    """ "a QWK of 0.8436", "an FID-50K of 1.56", "a mean per-game RHAE of 32.58%": an untagged
    upper-case acronym right before the value's "of" is its measure."""
    start = end - (end >= 1 and doc[end].text in ("K", "k") and not doc[end - 1].whitespace_)  # "FID-50" "K"
    words = doc[start:end + 1]
    if start < 1 or not _ACRONYM.match("".join(t.text for t in words)) or any(in_entity(t, ents) for t in words):
        return None
    if corpus_type(words.text) in ("Dataset", "Model") or doc[start - 1].like_num:
        return None
    return words


def _coined_metric_at(doc: Doc, i: int, ents: list[Span]) -> Span | None:
    """ "97.1% clDice on DeepCrack": a coined word right after the value, before "on" or the
    end of a list item, names its metric although the NER left it untagged; before a change
    noun ("1.3 NDS gains") whatever the NER called it (it tags NDS a Model)."""
    if i + 1 >= len(doc) or not is_name_token(doc[i]) or _DECIMAL.search(doc[i].text):
        return None
    follower = doc[i + 1].lower_
    if follower not in CHANGE_NOUNS and (follower not in _AFTER_A_METRIC or _tagged_as_a_thing(doc, i, ents)):
        return None
    if corpus_type(doc[i].text) in ("Dataset", "Model") or doc[i].text in _PHYSICAL_UNITS:
        return None  # "the PSNR ... reaches 28.36 dB": a unit, the measure is named elsewhere
    return doc[i:i + 1]


_PHYSICAL_UNITS = frozenset({"dB", "Hz", "kHz", "MHz", "GHz", "GB", "MB", "KB", "kB", "TB", "kWh", "Wh", "kW", "MW", "GW",
                    "FPS", "TFLOPs", "GFLOPs", "TFLOPS", "GFLOPS", "mAh"})


def _tagged_as_a_thing(doc: Doc, i: int, ents: list[Span]) -> bool:
    """Token ``i`` lies in an entity that is not a one-word coined method name ("0.31 SPIDEr":
    the NER tags the measure a Model; "80.2% AndroidWorld" stays a Dataset)."""
    ent = next((e for e in ents if e.start <= i < e.end), None)
    return ent is not None and not (ent.label_ in ("Method", "Model") and len(ent) == 1
                                    and any(c.isupper() or c.isdigit() for c in ent.text[1:]))  # "an F1-max of 87.0"


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
        if word.text in ("'s", "’s") and end > start:
            continue  # "83.8% Cohen's kappa"
        if (word.is_punct or word.like_num or word.is_stop or in_entity(word, ents)
                or word.lower_ in POINT_WORDS or word.lower_ in CHANGE_AFTER):
            return None
        if word.lower_ in METRIC_HEADS:
            return doc[start:end + 1]
    return None


def _untagged_metric_of(tok: Token, ents: list[Span]) -> Span | None:
    """ "achieves success rates of $28.0\\%$": up to three untagged words before "of" right
    before the value, ending in an evaluation noun ("a Cohen's kappa of 0.528", where the nearest
    tagged measure is another value's)."""
    doc, i = tok.doc, tok.i - 1
    while i > tok.sent.start and doc[i].text in ("$", "{", "\\textbf{"):
        i -= 1
    if i <= tok.sent.start or doc[i].lower_ != "of":
        return None
    if is_name_token(doc[i - 1]) and not in_entity(doc[i - 1], ents) and corpus_type(doc[i - 1].text) is None \
            and i - 2 >= 0 and doc[i - 2].text == "(":
        return doc[i - 1:i]  # "(FactCC of 87.50)": a coined measure in the value's bracket
    named = next((e for e in ents if e.end == i and a_measure_named(e)), None)
    if named is not None:
        return named  # "with an STRS of 0.0562": the NER took the measure for a method
    if doc[i - 1].lower_ not in METRIC_HEADS:
        return None
    start = i - 1
    while start > max(tok.sent.start, i - 3) and doc[start - 1].is_alpha and not doc[start - 1].is_stop \
            and not in_entity(doc[start - 1], ents) and doc[start - 1].lower_ not in _NOT_MEASURE_WORDS:
        start -= 1
    if start >= 2 and doc[start - 1].text in ("'s", "’s") and doc[start - 2].text[:1].isupper() \
            and not in_entity(doc[start - 2], ents):
        start -= 2  # "a Cohen's kappa of 0.528"
    if in_entity(doc[i - 1], ents) or (start == i - 1 and doc[start].lower_ in _BARE_HEADS) \
            or (start > 0 and doc[start - 1].text == "-"):
        return None  # "attains scores of", "state-of-the-art score of"
    return doc[start:i]


_BARE_HEADS = frozenset({"score", "scores", "rate", "rates", "error", "errors", "index", "indices", "coefficient",
                         "coefficients", "distance"})


_NOT_MEASURE_WORDS = frozenset({"achieves", "achieved", "achieving", "reaches", "reached", "reaching", "attains",
                                "attained", "obtains", "obtained", "yields", "with", "high", "higher", "best", "highest",
                                "record", "new", "strong", "competitive", "impressive", "remarkable", "superior"})


def a_measure_named(ent: Span) -> bool:
    """ "an STRS of 0.0562", "an F1-max of 87.0": a one-word coined name between an indefinite
    article and "of" and a value is a measure, whatever the NER typed it."""
    doc = ent.doc
    after = ent.end + 1 + (ent.end + 1 < len(doc) and doc[ent.end + 1].text == "$")
    return (" " not in ent.text and ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an") and ent.end < len(doc)
            and doc[ent.end].lower_ == "of" and after < len(doc) and doc[after].like_num
            and any(c.isupper() or c.isdigit() for c in ent.text[1:]))  # "an F1-max of 87.0"


def measure_text(metric: Span) -> str:
    """The measure as written, without TeX's dollars ("$S_\\alpha$") or a change noun after it
    ("6.0% Dice improvement ... (81.3% vs. 75.3%)": both values are Dice)."""
    words = metric.text.replace("$", "").split()
    if len(words) > 1 and words[-1].lower() in CHANGE_NOUNS - {"loss", "losses"} and _measure_word(words[-2]):
        words.pop()  # not "average relative improvement", nor "log loss"
    if len(words) > 1 and words[-1].lower() in POINT_WORDS:
        words.pop()  # "3.2 BLEU points better": the measure is BLEU
    return " ".join(words)


def _measure_word(word: str) -> bool:
    """ "Dice", "mIoU", "precision", "loss": a word that can end a measure's name."""
    return any(c.isupper() for c in word) or word.lower() in METRIC_HEADS | {"loss", "quality", "similarity"}
