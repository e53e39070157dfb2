"""How a value in a list takes its kind from the list (kg.extract.result_values reads the
values): "by 3.0%, 6.5% and 5.3%" is a list of changes, and so are "by 2.7 box AP, 2.6 mask AP"
and "by 12.5% on GenEval and 15.2% on TIIF-Bench"; the words that make a value a change and the
glue of a list live here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.result_quantities import before_hedges

__all__ = ["CHANGE_AFTER", "CHANGE_NOUNS", "CHANGE_VERBS", "LIST_GLUE", "RESUME_CUES", "list_glue",
           "measure_then_glue", "change_noun_after_measure", "next_dataset_item", "says_respectively", "comma_list",
           "continues_list", "placed_integer_item"]

# "a 7% relative improvement", "12% fewer errors": a change, not a score
CHANGE_AFTER = frozenset({"relative", "absolute", "improvement", "improvements", "gain", "gains",
                          "increase", "reduction", "decrease", "fewer", "more", "less", "better",
                          "higher", "lower", "faster", "slower", "boost", "boosts", "drop", "drops", "over",
                          "enhancement", "enhancements", "greater", "difference", "differences", "gap"})
# "a 0.5% accuracy improvement", "35.2% improvements in FDD": a change named a few words on
CHANGE_NOUNS = frozenset({"improvement", "improvements", "gain", "gains", "increase", "increases",
                                 "reduction", "reductions", "decrease", "decreases", "boost", "boosts", "drop",
                                 "drops", "uplift", "degradation", "degradations", "enhancement", "enhancements",
                                 "loss", "losses"})  # "only 1.7% accuracy loss"
# verbs of a change: right before a value ("improving 2.89% mIoU", "rose 48%") or before a
# measure changed to one ("reduces SDLogJ to 0.11")
CHANGE_VERBS = frozenset({"improving", "improves", "improved", "boosting", "boosts", "boosted", "increasing",
                          "increases", "increased", "raising", "raises", "raised", "rose", "rises", "rising", "grew",
                          "grows", "jumped", "jumps", "fell", "falls", "dropped", "drops", "declined", "declines",
                          "reduces", "reducing", "reduced", "lowers", "lowering", "lowered", "decreases",
                          "decreasing", "decreased"})
LIST_GLUE = frozenset({",", "and", "or", "%"})
RESUME_CUES = frozenset({"to", "reaching", "achieving", "while", "whereas", "our", "we"})


def list_glue(glue: list[Token]) -> bool:
    return bool(glue) and all(t.lower_ in LIST_GLUE for t in glue)


def measure_then_glue(glue: list[Token]) -> bool:
    """ "up to 1.3 mAP and 1.3 NDS gains": each value of the list names its measure, written
    with a capital ("mAP", "NDS", "box AP"), before the list's glue."""
    glue = [t for t in glue if t.text not in _TEX_CLOSE]  # "5.1\% AP$_{50}$ and 3.8\% AP increase"
    words = [t for t in glue if t.lower_ not in LIST_GLUE]
    return (bool(words) and len(words) <= 3 and glue[-1].lower_ in ("and", "or")
            and glue[:len(words)] == words and any(c.isupper() for c in words[-1].text))


_TEX_CLOSE = frozenset({"}", "$", "}$"})


def change_noun_after_measure(tok: Token) -> bool:
    """The list's last value is a change by the noun after its measure ("1.3 NDS gains"), not
    by its own unit ("2.6 points above")."""
    doc, i = tok.doc, tok.i + 1
    while i < len(doc) and i <= tok.i + 3 and any(c.isupper() for c in doc[i].text):
        i += 1
    return i > tok.i + 1 and i < len(doc) and doc[i].lower_ in CHANGE_AFTER


def next_dataset_item(previous: Token, tok: Token, skip_brackets: bool = False) -> bool:
    """ "by 12.5% on GenEval and 15.2% on TIIF-Bench": the second change of a list of
    (change, dataset) items (``skip_brackets``: an item's bracket left out, "20% on HotpotQA (+0.093), 40%")."""
    between = [t for t in tok.doc[previous.i + 1:tok.i] if t.text not in ("%", "\\%")]
    if skip_brackets:
        between = _outside_brackets(between)
    on = next((k for k, t in enumerate(between[:4]) if t.lower_ in ("on", "in", "with", "for", "at")  # "11.1% Acc@0.5 on"
               and not _on_average(between, k)), None)  # "by 21.23% on average on MedQA and even 137.59% on ..."
    if on is None or not 3 <= len(between) - on <= 8:
        return False
    named = between[on].lower_ == "with"  # "by 5.0% with Qwen3-8B and 6.1% with Qwen3-4B": a model named
    stop = len(between)  # "... on ALS2DTM and up to 47%": the next value's hedge is no word of the item
    while stop > on + 2 and between[stop - 1].lower_ in _VALUE_HEDGES:
        stop -= 1
    end = stop  # "... 0.26% on SVHN, and 4.47% on Tiny ImageNet": ", and" closes the item
    while end > on + 2 and between[end - 1].lower_ in LIST_GLUE and end > stop - 2:
        end -= 1
    return end < stop and all(_item_word(t) and (not named or _name_word(t)) for t in between[on + 1:end])


def _name_word(tok: Token) -> bool:
    """A word of a name: "Qwen3-4B", "the", not "fewer parameters"."""
    return any(c.isupper() or c.isdigit() for c in tok.text) or tok.text == "-" or tok.lower_ == "the"


def _outside_brackets(tokens: list[Token]) -> list[Token]:
    """The tokens not inside a bracket ("on HotpotQA (+0.093) ," -> "on HotpotQA ,")."""
    out, depth = [], 0
    for t in tokens:
        depth += t.text == "("
        if depth == 0:
            out.append(t)
        depth -= t.text == ")" and depth > 0
    return out


_VALUE_HEDGES = frozenset({"up", "to", "nearly", "about", "approximately", "around", "roughly", "almost", "only",
                           "over", "~", "even"})


def _on_average(tokens: list[Token], k: int) -> bool:
    return tokens[k].lower_ == "on" and k + 1 < len(tokens) and tokens[k + 1].lower_ == "average"


def _item_word(tok: Token) -> bool:
    """A word of the place named in a list item: "TIIF-Bench", "the pi0 backbone", "glass
    counting"; not a stop word, a participle or a clause's glue ("while", "achieving")."""
    return ((any(c.isupper() or c.isdigit() for c in tok.text) or tok.text == "-" or tok.lower_ in _PLACE_STOPS
             or (tok.is_alpha and not tok.is_stop and not tok.lower_.endswith("ed")))
            and tok.lower_ not in RESUME_CUES)


# stop words that name a part of a place: "the", "whole tumor", "full test set", "top layer"
_PLACE_STOPS = frozenset({"the", "whole", "full", "front", "top", "bottom", "back", "side", "part"})


def says_respectively(sent: Span) -> bool:
    return any(t.lower_ == "respectively" for t in sent)


def comma_list(previous: Token, tok: Token, in_list: bool) -> bool:
    """ "by 3.0%, 6.5% and 5.3%": values joined by commas (and "and") only, a list of changes
    (a bare "and" continues a list only once a comma began it: not so "gains up to 29% and
    82.7% accuracy")."""
    between = _label_skipped([t for t in tok.doc[previous.i + 1:tok.i] if t.text not in _PERCENT_MARKS])
    doc = tok.doc  # "by 9.03% and 9.44%", "improvements of 0.9% and 1.2%", "an improvement of up to 10.43% and 18.10%"
    after_by = any(j >= 0 and (doc[j].lower_ == "by" or (doc[j].lower_ in CHANGE_NOUNS and doc[j + 1].lower_ == "of") or (
        doc[j].lower_ == "of" and j > 0 and doc[j - 1].lower_ in CHANGE_NOUNS)) for j in (previous.i - 1, before_hedges(doc, previous.i)))
    if not in_list and [t.lower_ for t in between] == [",", "and"]:
        return False  # "exceeding the baselines by 5%, and 84% on MVTec-AC": a new clause, not a list of two
    return (in_list or after_by or any(t.text == "," for t in between)) and all(t.lower_ in LIST_GLUE for t in between)


_PERCENT_MARKS = frozenset({"%", "\\%", "$"})  # "$": the close of TeX's "3.65$\\%$"


def _label_skipped(between: list[Token]) -> list[Token]:
    """The glue after a value's bracketed label: "of up to 25.3% (OSWorld) and 18.1% (WebArena)"."""
    close = next((k for k, t in enumerate(between[:5]) if t.text == ")"), None)
    return between[close + 1:] if between[:1] and between[0].text == "(" and close is not None else between


def continues_list(previous: Token, tok: Token, ents: list[Span]) -> bool:
    """ "by 2.7 box AP, 2.6 mask AP and 3.2 mIoU": the first value's metric, then only list
    glue and metric names up to the second, so the second is a change when the first is
    (not so "gains up to 29% and 82.7% accuracy", where no metric follows the change)."""
    metric_ends = {e.end - 1 for e in ents if e.label_ == "Metric"}
    between = [t for t in tok.doc[previous.i + 1:tok.i] if t.text != "%"]
    name = 0  # the words naming the first value's metric ("box AP": a tagged metric at their end)
    while name < min(len(between), 4) and between[name].lower_ not in LIST_GLUE:
        name += 1
    return (name > 0 and between[name - 1].i in metric_ends
            and all(t.lower_ in LIST_GLUE for t in between[name:]))


def placed_integer_item(previous: Token, tok: Token, ents: list[Span]) -> bool:
    """ "FVD scores of 545 on UCF-101 and 539 on MSR-VTT": a whole number, which alone reads as
    a count, is a score when it continues a list of (score, dataset) items its first score opened."""
    doc = tok.doc
    if "." in tok.text or not tok.text.isdigit() or not previous.text.isdigit() or tok.i + 2 >= len(doc):
        return False
    first = next((e for e in ents if e.label_ == "Dataset" and e.start == previous.i + 2), None)
    glue = [t.lower_ for t in doc[first.end:tok.i]] if first is not None else []
    return (doc[previous.i + 1].lower_ == "on" and glue in (["and"], [","], [",", "and"])
            and doc[tok.i + 1].lower_ == "on" and any(e.label_ == "Dataset" and e.start == tok.i + 2 for e in ents))
