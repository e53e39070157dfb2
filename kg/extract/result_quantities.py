"""Numbers a sentence states that are no score (kg.extract.result_values asks these): what a
method costs ("30% fewer parameters", "40% faster", "reducing compute costs by 61%", "8.27G
FLOPs"), counts ("8 GPUs", "1.5M parameters"), a cost's bracketed share ("fewer parameters
($9.3\\%$)"), a confidence interval's bounds, an open bound ("above 90%", "out of 5.00") and
the share of data a score was reached with ("with only 1% / 10% labeled data"); and the one
unit that does not make a count of a score: a metric's own ("a HD95 of 1,318 m").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

__all__ = ["bracketed_after_a_cost", "before_hedges", "cost_changed_by", "counts_people", "in_an_interval", "is_bound",
           "a_share_of_data", "lower", "measured_metric", "states_a_cost", "COST_NOUNS", "COUNT_WORDS", "GLUED_PERCENT",
           "MARKUP_OPEN"]

# LaTeX markup around a value says nothing of it: "by \\textbf{7.3\\%} (...)"
MARKUP_OPEN = frozenset({"\\textbf{", "\\textit{", "\\emph{", "\\mathbf{", "\\underline{", "{", "$"})


def lower(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


COUNT_WORDS = frozenset("""
x × times layers layer million millions billion billions trillion trillions m k b t parameters params hours hour h hrs
days day gpus gpu images classes languages words tokens examples samples epochs minutes
seconds sec secs min mins ms s fps steps iterations times-faster fold bits-per bytes kb mb gb tb pb gib tib pages sentences
documents users questions pairs categories frames videos points-of degrees radiographs queries requests responses
calls mw mj kj wh kwh watts joules
ci confidence credible bootstrap coverage
""".split())

_HEDGES = frozenset({"nearly", "near", "about", "approximately", "approx.", "around", "roughly", "almost", "~", "an",
                     "merely", "only", "just",
                     "average", "of"})

# "30% fewer parameters", "26% less number of epochs", "40% faster": what a method costs, not a score
COST_NOUNS = COUNT_WORDS | frozenset({"number", "memory", "compute", "computation", "storage", "cost", "costs",
                                       "latency", "flops", "energy", "time", "training", "inference",
                                       "gflops", "tflops", "macs", "parameter", "overhead", "runtime", "speedup",
                                       "throughput", "vram", "size", "acceleration",
                                       # settings a score is reached at: "68.2% accuracy at 86.6% sparsity"
                                       "sparsity", "compression", "density", "masking", "pruning"})
_COST_WORDS_BEFORE = frozenset({"cost", "costs", "speed", "usage", "utilization", "utilisation", "consumption",
                                "footprint", "tokens", "calls",
                                "latency", "memory", "time", "flops", "energy", "runtime", "overhead",
                                # "reduces computation by 41.3%", "parameters by 85.8%", "output token counts by 30%"
                                "computation", "computational", "complexity", "parameters", "params", "token",
                                # "reduces FP16 KV cache size by 87.5%"
                                "size", "sizes", "cache",
                                # "reducing document identifiers length by 74.51%", "response length by 40%"
                                "length", "lengths"})

_COST_CHANGES = frozenset({"fewer", "less", "more", "additional", "extra", "added"})
_COST_ADJECTIVES = frozenset({"faster", "slower", "smaller", "larger", "cheaper"})


# "each recorded by 10 native speakers": people counted, no change
_PEOPLE = frozenset({"speakers", "annotators", "participants", "experts", "raters", "volunteers", "subjects",
                     "patients", "clinicians", "physicians", "radiologists", "students", "workers", "people",
                     "respondents", "evaluators", "judges", "developers", "doctors", "nurses",
                     # "annotated by 37 professionals"
                     "professionals", "crowdworkers", "labelers", "labellers", "specialists", "researchers",
                     "reviewers", "pathologists", "dermatologists", "surgeons", "engineers", "users"})


def counts_people(doc: Doc, i: int) -> bool:
    """A whole number followed by people, one word between at most ("10 native speakers")."""
    return "." not in doc[i].text and (lower(doc, i + 1) in _PEOPLE or lower(doc, i + 2) in _PEOPLE)


def before_hedges(doc: Doc, i: int) -> int:
    """The token before the hedges in front of token ``i`` ("by nearly 15", "of up to 96%")."""
    j = i - 1
    while j >= 0 and j > i - 5 and (doc[j].lower_ in _HEDGES | {"up", "to"} or doc[j].text in MARKUP_OPEN):
        j -= 1
    return j


def cost_changed_by(doc: Doc, i: int) -> bool:
    """ "reducing compute costs by 61%", "improves the inference speed by up to 44%": the
    change of a cost, named before its "by"."""
    j = before_hedges(doc, i)
    if lower(doc, j) in COST_NOUNS and lower(doc, j + 1) == "of" and not _piece_of_a_name(doc, j):
        return True  # "token compression of up to 96%", "a memory cost of 40%" (hedges skip the "of")
    if lower(doc, j) != "by":
        j = _before_a_list(doc, i)  # "reducing MACs and model size, by up to 36% and 32%": the 32 too
    if lower(doc, j) != "by":
        return False
    return any(t.lower_ in _COST_WORDS_BEFORE for t in doc[max(0, j - 3):j])


def _before_a_list(doc: Doc, i: int) -> int:
    """The token before the hedges of a list of values that ``i`` continues ("by up to 36% and")."""
    j = i - 1
    while j > i - 10 and j >= 0 and (_a_number(doc[j]) or doc[j].text in (",", "and", "%", "\\%")):
        j -= 1
    return before_hedges(doc, j + 1) if j < i - 1 and _a_number(doc[j + 1]) else -1


def _a_number(tok) -> bool:
    return tok.like_num or bool(GLUED_PERCENT.match(tok.text))


GLUED_PERCENT = re.compile(r"^[+-]?\d[\d.,]*\\?%$")  # "48.26\%": TeX's percent glued on


def _piece_of_a_name(doc: Doc, j: int) -> bool:
    """The "K" of "FID-50K" (split off its name by the tokenizer): no count of anything."""
    prev = doc[j - 1] if j > 0 else None
    return prev is not None and not prev.whitespace_ and "-" in prev.text and any(c.isalpha() for c in prev.text)



def states_a_cost(doc: Doc, i: int) -> bool:
    """ "... fewer parameters", "... less number of epochs", "... faster" from token ``i`` on."""
    word, nxt = lower(doc, i), lower(doc, i + 1)  # "11% parameters" too
    if _glued_compound(doc, i) and lower(doc, _after_compound(doc, i)) in COST_NOUNS:
        return True  # "a 1.8 wall-clock speedup", "46% end-to-end speedup"
    if word == "g" and nxt in COST_NOUNS:
        return True  # "8.27G FLOPs" split by the tokenizer (not "13.64 g/mol")
    if word == "fewer" and (nxt in ("on", "in", "for", "than", "across", "") or (i + 1 < len(doc) and doc[i + 1].is_punct)):
        return True  # "33% fewer LLM calls on GSM8K and 39% fewer on MiniHouse": fewer of what it costs
    if word in _COST_CHANGES and (nxt in _COST_MODIFIERS or _an_acronym(doc, i + 1)) and lower(doc, i + 2) in COST_NOUNS:
        return True  # "only 8% additional learnable parameters", "33% fewer LLM calls"
    if word in ("lower", "higher", "reduced") and _a_cost_after_modifiers(doc, i + 1):
        return True  # "42% lower peak KV-cache footprint"
    if word in ("speed", "throughput") and nxt in ("increase", "increases", "improvement", "gain", "gains", "boost"):
        return True  # "MDP achieves a 28% speed increase": how fast, not how well
    if word in ("computational", "compute", "memory", "energy", "token") and nxt in ("savings", "saving"):
        return True  # "up to 16 per cent computational savings" (not "bitrate savings of 57.57% on DISTS", a score)
    return (word in _COST_ADJECTIVES or word in COST_NOUNS or (word in _COST_CHANGES and nxt in COST_NOUNS)
            or (word in _COST_MODIFIERS and nxt in COST_NOUNS))  # "reduce 50% cache memory", "40% GPU hours"


_COST_MODIFIERS = frozenset({"cache", "kv", "gpu", "cpu", "peak", "wall-clock", "decoding", "token", "api",
                             "trainable", "learnable", "tunable"})


def _a_cost_after_modifiers(doc: Doc, i: int) -> bool:
    """A cost's noun after its modifiers ("peak KV-cache footprint", "GPU memory") from token ``i``."""
    j = i
    while j < min(len(doc), i + 5) and (lower(doc, j) in _COST_MODIFIERS or doc[j].text == "-" or _an_acronym(doc, j)):
        j += 1
    return j > i and lower(doc, j) in _COST_HEADS


_COST_HEADS = COST_NOUNS | {"footprint", "usage", "consumption"}


def _an_acronym(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].is_upper and doc[i].is_alpha and len(doc[i]) <= 5


def _glued_compound(doc: Doc, i: int) -> bool:
    """ "wall-clock", "end-to-end"'s first two pieces: a word glued to a hyphen and the next word."""
    return (i + 2 < len(doc) and doc[i].is_alpha and doc[i + 1].text == "-" and not doc[i].whitespace_
            and not doc[i + 1].whitespace_)


def _after_compound(doc: Doc, i: int) -> int:
    """The token after the hyphen-glued compound token ``i`` opens ("end-to-end speedup": speedup)."""
    while _glued_compound(doc, i):
        i += 2
    return i + 1


_BOUNDS = frozenset({"above", "below", "over", "under", "within", ">", "<", "≥", "≤", "exceeding", "exceeds", "exceed",
                     "\\ge", "\\geq", "\\le", "\\leq", "\\ge$", "\\geq$", "\\le$", "\\leq$", "$\\ge$",
                     "$\\geq$", "$\\le$", "$\\leq$"})
_BOUND_PAIRS = frozenset({("more", "than"), ("less", "than"), ("greater", "than"), ("fewer", "than"),
                          ("at", "least"), ("at", "most"),
                          ("out", "of")})  # "4.26 out of 5.00": the scale's maximum, no score


_BRACKETED_COSTS = frozenset({"parameters", "params", "data", "resources", "compute", "memory", "flops", "gflops",
                              "latency", "time", "tokens", "cost", "costs", "energy", "size"})
# "a small fraction of ground truth labels ($10\\%$)", not "scenario labels (43.6 % accuracy)"
_BRACKETED_SHARES = frozenset({"labels", "annotations", "supervision"})


def bracketed_after_a_cost(doc: Doc, i: int) -> bool:
    """ "fewer parameters ($9.3\\%$), training data ($0.5\\%$)": a value in brackets after what a
    method costs is that cost's share."""
    j = i - 1
    while j > 0 and doc[j].text in MARKUP_OPEN:
        j -= 1
    if doc[j].text != "(" or j == 0:
        return False
    k = i + 1
    while k < len(doc) and doc[k].text in ("%", "\\%", "$", "}"):
        k += 1
    return doc[j - 1].lower_ in _BRACKETED_COSTS or (doc[j - 1].lower_ in _BRACKETED_SHARES and lower(doc, k) == ")")


_INTERVAL_WORDS = frozenset({"ci", "interval", "intervals", "ci:", "hdi", "iqr"})
_INTERVAL_GLUE = frozenset({"[", "(", ":", ",", "=", "-", "–", "—", "to", "$", "\\", "{",
                            "%", "\\%"})  # "95% CI: [84.9%, 98.1%]"


def in_an_interval(doc: Doc, i: int) -> bool:
    """ "ROC-AUC 0.682, 95% CI [0.546, 0.799]": the bounds of a confidence interval are no scores."""
    j = i - 1
    while j >= max(0, i - 6) and (doc[j].text in _INTERVAL_GLUE or doc[j].like_num):
        j -= 1
    return j >= 0 and j < i - 1 and (doc[j].lower_ in _INTERVAL_WORDS or _after_a_value(doc, j + 1, i))


def _after_a_value(doc: Doc, j: int, i: int) -> bool:
    """ "accuracy 0.660 [0.635, 0.686]": a square bracket of numbers right after a value holds
    its interval."""
    opening = next((k for k in range(j, i) if doc[k].text == "["), None)
    k = opening - 1 if opening is not None else -1
    k -= k >= 0 and doc[k].text in ("%", "\\%")
    return k >= 0 and doc[k].like_num


def is_bound(doc: Doc, i: int) -> bool:
    """ "above 90%", "more than 10 points": an open range, no single value."""
    prev, prev2 = lower(doc, i - 1), lower(doc, i - 2)
    if prev == "=" and prev2 in (">", "<"):
        return True  # ">=98%", split by the tokenizer
    if (prev2, prev) == ("equal", "to") and lower(doc, i - 3) == "or":
        return True  # "an FID less than or equal to 26.71"
    if prev in ("a", "an") and (lower(doc, i - 3), prev2) in _BOUND_PAIRS:
        return True  # "more than a 10% boost" (not "over a 65% baseline": a preposition there)
    if prev in _REACHING and prev2 == "to" and lower(doc, i - 3) in _FAILING:
        return True  # "the top agents fail to achieve 15% on games": a level not reached, no score
    return ((prev in _BOUNDS and prev2 != "-")  # "->" is an arrow
            or (prev2, prev) in _BOUND_PAIRS or _bound_on_a_measure(doc, i))


_REACHING = frozenset({"achieve", "reach", "exceed", "surpass", "attain", "score", "pass"})
_FAILING = frozenset({"fail", "fails", "failed", "failing", "unable"})
_BOUND_VERBS = frozenset({"exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses", "surpassing", "above",
                          "below"})
_COMPARED_NOUNS = frozenset({"baseline", "reference", "human", "humans", "previous", "prior", "best"})


def _bound_on_a_measure(doc: Doc, i: int) -> bool:
    """ "no system exceeding a score of $19\\%$", "the first to surpass a Dice coefficient of 90%":
    a measure's level passed, no score reached (not "exceeding a human reference of 62.3%", a
    baseline's)."""
    j = i - 1 - (lower(doc, i - 1) in MARKUP_OPEN)
    if lower(doc, j) != "of":
        return False
    k = j - 1
    while k > j - 5 and k >= 0 and lower(doc, k) not in ("a", "an") and doc[k].is_alpha:
        k -= 1
    words = {t.lower_ for t in doc[k + 1:j]}
    return lower(doc, k) in ("a", "an") and lower(doc, k - 1) in _BOUND_VERBS and not words & _COMPARED_NOUNS


_DATA_SHARE_WORDS = frozenset({"of", "the", "labeled", "labelled", "annotated", "unlabeled", "unlabelled", "training",
                               "available", "paired", "real", "synthetic", "original", "label", "symmetric",
                               "asymmetric", "random",
                               # "with only 25% visual tokens": how much of its input a model was run on
                               "visual", "vision", "image", "video", "input"})
_ITEM_NOUNS = frozenset({"samples", "examples", "images", "instances"})
_LABELLED = frozenset({"labeled", "labelled", "annotated", "training"})
# ... or how much of it was corrupted: "at 40% label noise"
_DATA_SHARE_NOUNS = frozenset({"data", "labels", "annotations", "supervision", "dataset", "corpus", "noise", "tokens"})


def a_share_of_data(doc: Doc, i: int) -> bool:
    """ "with only 1% / 10% labeled data", "using 3.9% of the data", "at 40% symmetric label noise":
    how much data a score was reached with, from token ``i`` on (past a second share: "1% / 10%")."""
    while lower(doc, i) in ("/", "%", "\\%") or (0 <= i < len(doc) and doc[i].like_num):
        i += 1
    end, start = i + 3, i
    while i < min(end, len(doc)) and lower(doc, i) in _DATA_SHARE_WORDS:
        i += 1
    if lower(doc, i) in _ITEM_NOUNS:  # "with only 1% annotated samples" (not "90% of samples")
        return any(lower(doc, k) in _LABELLED for k in range(start, i))
    if lower(doc, start) in _SPLITS and lower(doc, start + 1) in (",", "and", ")", ";", "for", "split", "splits"):
        return True  # "(split into 70% training, 10% validation, and 20% testing)"
    return lower(doc, i) in _DATA_SHARE_NOUNS


_SPLITS = frozenset({"training", "train", "validation", "val", "testing", "test"})


# "a HD95 of 1,318 m", "mean angular error from 23.36 degrees to 18.51 degrees": a metric measured
# in a physical unit, named just before its value (a cost such as latency is no score)
_MEASURE_UNITS = frozenset({"m", "mm", "cm", "km", "meters", "metres", "degrees", "deg", "°"})
_TO_THE_VALUE = frozenset({"of", "=", ":", "is", "was", "from", "to", "a", "an", "about", "approximately", "reaches",
                           "reached", "achieves", "achieved", "attains", "attained"})  # "the average RMSE reaches 0.432 m"


def measured_metric(doc: Doc, i: int, ents: list[Span]) -> bool:
    # "a 31 M-parameter U-Net": millions; "0.432 m." at a sentence's end is one token
    if i + 1 >= len(doc) or doc[i + 1].text.rstrip(".") not in _MEASURE_UNITS:
        return False
    j = i - 1
    while j > max(-1, i - 8) and (doc[j].lower_ in _TO_THE_VALUE | _MEASURE_UNITS or doc[j].like_num):
        j -= 1
    return any(e.label_ == "Metric" and e.end == j + 1 and e[-1].lower_ not in COST_NOUNS for e in ents)
