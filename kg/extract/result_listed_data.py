"""The list of data a "respectively" sentence pairs its values with, where the NER tagged only
some of its names.

"AUC of 99.75%, 100%, 99.93% and 98.69% ... on Covid-19, Tuberculosis, Pneumonia Chest X-ray
images and Retinal OCT images respectively": one name of the list was read as data (or as a
name after "on"), the others are plain capitalised words the NER left alone. Without them the
values could not be paired, and all of them went to the one name or were dropped. The list
itself says what its items are: names joined by commas and a last "and", written after "on"
or "across", closed by "respectively" or the sentence's end, one of them already read as data.

Labelled values place themselves the same way: "86.5% (LM), 79.7% (LM-O) and 89.5% (YCB-V)" and
"(MM-VET: +0.2%, VizWiz: +1.8%)", where one label is tagged a dataset and none a model.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.name_runs import name_end
from kg.extract.result_names import Name, as_name
from kg.extract.result_values import Value

__all__ = ["changed_right_after", "data_labels_beside", "label_after", "labelled_a_task", "labelled_in_bracket",
           "listed_data"]

# not "for": "Dice scores of 87.43%, 90.92% and 90.40% for ET, WT and TC", "SSIMs ... for FLAIR, T1CE
# and T2W sequences, respectively" list classes and parts, not data
_OPENERS = frozenset({"on", "across"})
_GLUE = frozenset({",", "and", "or"})
_ENDS = frozenset({"respectively", ".", ";", ")",
                   # "Experiments on the Massachusetts and DeepGlobe datasets show that ...": the verb after the list
                   "show", "shows", "demonstrate", "demonstrates", "reveal", "reveals", "indicate", "indicates",
                   "confirm", "confirms", "verify", "verifies"})
# lower-case words that may end an item: "Pneumonia Chest X-ray images", "the SUN dataset"
_MAX_TAIL = 4


def listed_data(sent: Span, named: list[Name]) -> list[Name]:
    """The names of the list after "on" that holds one of ``named`` (at least two), all typed
    Dataset; [] where no such list closes the sentence's list of values."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in _OPENERS or tok.i + 1 >= sent.end:
            continue
        start = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
        items = _items(doc, start, sent.end)
        if len(items) > 1 and any(n.start < end and start_ < n.end for start_, end in items for n in named):
            return [Name(s, e, doc[s:e].text, "Dataset") for s, e in items]
    return []


def _items(doc: Doc, start: int, stop: int) -> list[tuple[int, int]]:
    """Names from ``start`` joined by commas and a last "and"/"or", up to a closing word;
    [] when anything else comes between or after them."""
    items = []
    while start < stop:
        end = name_end(doc, start)
        if end == start:
            return []
        tail = end
        while tail < stop and tail - end < _MAX_TAIL and _tail_word(doc, tail):
            tail += 1
        short = _short_form_after(doc, start, tail, stop)
        items.append(short or (start, tail))
        if short:  # "(ISIC2017) datasets"
            tail = short[1] + 1
            while tail < stop and tail - short[1] <= _MAX_TAIL and _tail_word(doc, tail):
                tail += 1
        nxt = tail
        while nxt < stop and doc[nxt].lower_ in _GLUE:
            nxt += 1
        if nxt == tail or nxt >= stop or _closes(doc, nxt):  # "..., and C, respectively"
            closed = nxt >= stop or _closes(doc, nxt)
            last_joined = len(items) > 1 and doc[start - 1].lower_ in ("and", "or")
            return items if closed and last_joined else []
        start = nxt
    return []


def _short_form_after(doc: Doc, start: int, end: int, stop: int) -> tuple[int, int] | None:
    """ "on the Synapse, ACDC, Kvasir, and Skin Lesion Segmentation (ISIC2017) datasets": an item
    written as plain capitalised words with its coined short form in brackets is listed by that
    short form, the name of the data (the long one reads as a task)."""
    if end >= stop or doc[end].text != "(" or not all(t.is_alpha and t.is_title for t in doc[start:end]):
        return None
    close = name_end(doc, end + 1)
    if close == end + 1 or close >= stop or doc[close].text != ")" or close - end > 4:
        return None
    return end + 1, close


def _closes(doc: Doc, i: int) -> bool:
    """A word that ends the list: "respectively", a sentence's end or verb, or a participle after
    its comma ("on the IEMOCAP and Music-video, achieving ... 0.7511 and 0.9035, respectively")."""
    word = doc[i].lower_
    participle = word.endswith("ing") and doc[i].is_lower and doc[i - 1].text == "," and word not in _NOT_CLOSING
    return word in _ENDS or participle


# participles that go on listing: "on A and B, including C"
_NOT_CLOSING = frozenset({"including", "using", "following", "spanning", "covering", "comprising"})


def _tail_word(doc: Doc, i: int) -> bool:
    """A lower-case word ending a name ("images", "dataset") or a hyphen glued inside one ("X-ray")."""
    tok = doc[i]
    if tok.text in ("-", "–"):
        return not doc[i - 1].whitespace_ and not tok.whitespace_
    return tok.is_alpha and tok.is_lower and not tok.is_stop and tok.lower_ not in _ENDS


def label_after(value: Value, values: list[Value], sent: Span, ents: list[Span]) -> Name | None:
    """ "Mean Average Recall values of 86.5% (LM), 79.7% (LM-O) and 89.5% (YCB-V)": each value of
    a run labelled by brackets is on its label, when the NER tagged one label of the run a dataset
    and none a model (not "27% (Claude 3.7 Sonnet) and 15% (Gemini)", whose labels own them)."""
    labels = [_label(v, sent) for v in values]
    own = labels[values.index(value)]
    if own is None or sum(label is not None for label in labels) < 2:
        return None
    typed = [next((e.label_ for e in ents if (e.start, e.end) == label), None) for label in labels if label]
    if "Dataset" not in typed or any(t in ("Model", "Method", "Metric", "Task") for t in typed):
        return None
    ent = next((e for e in ents if (e.start, e.end) == own), None)
    return as_name(ent, "Dataset") if ent is not None else Name(own[0], own[1], sent.doc[own[0]:own[1]].text, "Dataset")


def _label(value: Value, sent: Span) -> tuple[int, int] | None:
    """The (start, end) of a name bracketed alone right after the value: "86.5% (LM)"."""
    doc, i = sent.doc, value.tok.i + 1
    i += i < sent.end and doc[i].text in ("%", "\\%")
    if i >= sent.end or doc[i].text != "(":
        return None
    end = name_end(doc, i + 1)
    if end == i + 1 or end >= sent.end or doc[end].text != ")" or end - i > 4:
        return None
    return i + 1, end


def labelled_in_bracket(value: Value, sent: Span) -> bool:
    """ "gains (MM-VET: +0.2%, VizWiz: +1.8%)": the value follows its label's colon inside a bracket."""
    doc, i = value.tok.doc, value.tok.i
    i -= i > sent.start and doc[i - 1].text in ("+", "-")
    opening = next((t for t in reversed(doc[sent.start:i]) if t.text in "()"), None)
    return i >= 2 and doc[i - 1].text == ":" and opening is not None and opening.text == "("


def labelled_a_task(value: Value, sent: Span, ents: list[Span]) -> bool:
    """ "(ScienceQA: +0.2%, cognitive reasoning: +27.2%)": the value is a task's, on no dataset."""
    i = value.tok.i - (value.tok.i > sent.start and value.tok.nbor(-1).text in ("+", "-"))
    return labelled_in_bracket(value, sent) and any(e.end == i - 1 and e.label_ == "Task" for e in ents)


def data_labels_beside(doc: Doc, i: int, sent: Span, ents: list[Span]) -> bool:
    """Another label of the same bracket is a tagged dataset: the NER mistyped this one."""
    start = next(t.i for t in reversed(doc[sent.start:i]) if t.text == "(")
    end = next((t.i for t in doc[i:sent.end] if t.text == ")"), sent.end)
    return any(e.label_ == "Dataset" and start < e.start and e.end < end and doc[e.end].text == ":" for e in ents)


def changed_right_after(value: Value, ents: list[Span]) -> Name | None:
    """ "boosts accuracy on GPQA-diamond by 9.9% and MMLU-Pro (0-shot) by 9.1%": a change whose
    "by" follows a dataset right away (its setting bracketed between) is that dataset's, whatever
    dataset the sentence names next."""
    doc, i = value.tok.doc, value.tok.i - 1
    while i >= 0 and doc[i].lower_ in _BY_HEDGES:
        i -= 1
    if i < 1 or doc[i].lower_ != "by":
        return None
    if doc[i - 1].text == ")":  # "MMLU-Pro (0-shot) by 9.1%"
        i = next((k for k in range(i - 2, max(0, i - 8), -1) if doc[k].text in "()"), 0)
        if doc[i].text != "(":
            return None
    ent = next((e for e in ents if e.end == i and e.label_ == "Dataset"), None)
    return as_name(ent, "Dataset") if ent is not None else None


_BY_HEDGES = frozenset({"up", "to", "nearly", "about", "approximately", "around", "roughly", "almost", "over"})
