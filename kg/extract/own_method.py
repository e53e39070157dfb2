"""The name a paper gives its own method, for the results its sentences leave unowned ("our
method achieves 71.8%"): a name the abstract introduces ("we propose WAC, a web agent"), the
coined name heading the title ("DRO: Doppler-Aware Direct Radar Odometry"), what the paper is
read to propose (kg.extract.relations), never its own benchmark, a class of models or a
measure it introduces.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.corpus_names import corpus_type
from kg.extract.credited_names import a_class_of_models, method_name_ok
from kg.extract.own_data import INTRODUCED_BENCHMARK, KIND_OF_DATA_AFTER, WE_PRESENT
from kg.extract.spans import doc_entities, doc_text, strip_latex_markup
from kg.resolve.normalise import squash
from kg.resolve.specificity import is_modifier

__all__ = ["default_method", "introduced_names", "title_method", "title_name", "title_task_name"]

_TITLE_NAME = re.compile(r"^([A-Za-z0-9][\w+\-]*(?: [A-Z0-9][\w+\-]*){0,2})\s?:\s")  # "rStar2-Agent: ..."
_COINED = re.compile(r"[a-z][A-Z]|\d|-")


def title_name(title_doc: Doc) -> Span | None:
    """The coined name heading a "Name: subtitle" title, as a Method span (or None)."""
    match = _TITLE_NAME.match(doc_text(title_doc))
    if match is None:
        return None
    words = match.group(1).split()
    coined = any(_COINED.search(w) for w in words) or (len(words) == 1 and words[0].isupper())
    if not coined:
        return None
    return title_doc.char_span(0, match.end(1), label="Method")


def title_task_name(title_doc: Doc, abstract: str) -> str | None:
    """The coined name heading the title when the NER typed it a task ("DEARLi: Decoupled
    Enhancement of Recognition and Localization for ...", "SGCap: Decoding Semantic Group for
    Zero-shot Video Captioning"): the paper's method (of 54 such titles in every 6th paper of
    2025, about 50 name a method; a name the corpus knows as a task stays one)."""
    match = _TITLE_NAME.match(doc_text(title_doc))
    name = match.group(1) if match is not None else ""
    if " " in name or not any(c.isupper() or c.isdigit() for c in name[1:]):
        return None  # "StanceNakba Shared Task: ...", "Uncertainty-Aware Attention Heads: ..."
    ent = next((e for e in doc_entities(title_doc) if e.start == 0 and e.text == name), None)
    if ent is None or ent.label_ != "Task" or corpus_type(name) not in (None, "Method", "Model"):
        return None
    return None if _defined_as_data(name, abstract) else name


# "a Korean Benchmark for Legal EXplainable QA (KoBLEX)", "KoBLEX, a benchmark of ...": the
# abstract says the name is its data
_DATA_NOUN = r"(?i:benchmark|dataset|corpus|suite)"
_DEFINED_AS_DATA = (r"(?:" + _DATA_NOUN + r"|(?i:challenge|shared task))[^.;()]{0,80}\(%s\)"
                    r"|%s,? (?:is )?(?:a|an|the)\s(?:[\w-]+\s){0,4}?" + _DATA_NOUN + r"\b")


def _defined_as_data(name: str, abstract: str) -> bool:
    name = re.escape(name)
    return re.search(_DEFINED_AS_DATA % (name, name), abstract) is not None


# "our proposed approach, Loki, ...", "a new framework, called LeakGAN": a name the abstract
# introduces for its method (6 of the 7 such phrases of the training part tag it a Method).
_INTRODUCED = re.compile(r"\b(?:[Oo]ur|proposed|new|novel)\s+(?:[\w-]+\s+){0,3}?(?:approach|method|model|framework|"
                         r"system|algorithm|architecture|network|technique|pipeline|agent)s?,?\s+"
                         r"(?:called\s+|named\s+|dubbed\s+|termed\s+)?"
                         r"([A-Z][\w+\-]*[A-Za-z0-9](?:\s[A-Z][\w+\-]*[A-Za-z0-9]){0,3})")


def introduced_names(doc: Doc) -> list[Span]:
    """Method spans for the names ``doc`` introduces ("our approach, Loki, ...", "we present
    GThinker, a novel reasoning MLLM", not "we introduce CASS-Bench, a benchmark")."""
    out, text = [], doc_text(doc)
    matches = [m.span(1) for m in _INTRODUCED.finditer(text)] + [
        m.span("name") for m in _INTRODUCED_METHOD.finditer(text) if not INTRODUCED_BENCHMARK.match(text, m.start())]
    for start, end in matches:
        span = doc.char_span(start, end, label="Method")
        if span is not None and not any(t.is_stop for t in span):
            out.append(span)
    return out


# "we propose WAC, a web agent that ...": the name the abstract gives its method
_INTRODUCED_METHOD = re.compile(
    WE_PRESENT + r"(?P<name>[A-Z][\w\-+.]*[\w+]"
    r"(?:\s[A-Z0-9][\w\-+.]*[\w+]){0,2})\s*(?:\([^()]{1,20}\))?,\s+(?:a|an)\s")
# "we propose Efficient Multimodal Diffusion Transformer (E-MMDiT), an efficient ...": the short name
# the abstract goes on to use, however many words it spells out
_INTRODUCED_SHORT = re.compile(
    WE_PRESENT + r"[A-Z][\w\-+.]*(?:\s(?:[A-Z0-9][\w\-+.]*|of|for|and|with|via|in|on)){0,7}\s*"
    r"\((?P<name>[A-Za-z][\w\-+.]*[\w+])\),\s+(?:a|an)\s")

# "we introduce Dual Incremental Object Detection (DuIOD), a more practical setting": a problem, no method
_NO_METHOD_AFTER = re.compile(r"(?:[\w'-]+,?\s+){0,4}?(?:setting|task|problem|paradigm|scenario|metric|measure|index|score)s?\b",
                              re.I)


def _introduced_name(plain: str) -> str | None:
    """The first name a "we propose X, a ..." gives the paper's method: the coined short form in
    brackets where there is one, never a benchmark the paper introduces."""
    shorts = [(m.start(), 0, m["name"]) for m in _INTRODUCED_SHORT.finditer(plain) if _coined_word(m["name"])
              and not KIND_OF_DATA_AFTER.match(plain, m.end()) and not _NO_METHOD_AFTER.match(plain, m.end())]
    longs = [(m.start(), 1, m["name"]) for m in _INTRODUCED_METHOD.finditer(plain)
             if not INTRODUCED_BENCHMARK.match(plain, m.start())]  # not "we introduce CASS-Bench, a benchmark"
    return min(shorts + longs)[2] if shorts or longs else None


# a subtitle that is the name of a model, whole: ": A High-Rank RNN Language Model"
_SUBTITLE_NAME = re.compile(r":\s+An?\s+((?:[A-Z0-9][\w\-]*\s+){1,5}(?:Model|Network|Transformer|Architecture))$")


# "Qwen2.5-Omni Technical Report", "Phi-Ground Tech Report: Advancing ...": the report's model
_REPORT_TITLE = re.compile(r"^([A-Za-z0-9][\w+\-.]*[\w+](?: [A-Z0-9][\w+\-.]*[\w+]){0,2}):? Tech(?:nical)? Report\b")


def report_name(title: str) -> str | None:
    """The coined name a technical report is titled by ("Seed1.5-VL Technical Report"), or None."""
    match = _REPORT_TITLE.match(title)
    return match.group(1) if match is not None and _coined_word(match.group(1).split()[0]) else None


def title_method(title_doc: Doc, own_dataset: str | None) -> str | None:
    """The paper's method for its results when nothing else names it: the model a technical
    report is titled by, the name before the title's colon, coined ("Understanding-in-Generation:
    ...", whatever the NER called it) or of capitalised words the NER did not take for a task
    ("Reasoning Vectors: ..."), unless it is the paper's own benchmark."""
    reported = report_name(doc_text(title_doc))
    if reported is not None and reported != own_dataset:
        return reported
    subtitle = _SUBTITLE_NAME.search(doc_text(title_doc))
    if subtitle is not None and any(_COINED.search(w) or w.isupper() for w in subtitle.group(1).split()):
        return subtitle.group(1)  # "Breaking the Softmax Bottleneck: A High-Rank RNN Language Model"
    match = _TITLE_NAME.match(doc_text(title_doc))
    if match is None or match.group(1) == own_dataset:
        return None
    name = match.group(1)
    if any(_COINED.search(w) for w in name.split()) or (len(name.split()) == 1 and name.isupper()):
        return name
    tagged = next((e for e in doc_entities(title_doc) if e.start_char == 0), None)
    if title_doc[0].is_stop:
        return None  # "Beyond Ten Turns: ...", "Towards Faithful ...": a phrase, no name
    if all(w[:1].isupper() for w in name.split()) and (tagged is None or tagged.label_ in ("Method", "Model")):
        return name
    return None


def _coined_word(word: str) -> bool:
    """ "DRO", "rStar2-Agent", "V-JEPA", not "Revisiting" or "Beyond": a word only a name is."""
    return bool(_COINED.search(word)) or (len(word) > 1 and word.isupper())


def default_method(proposed: list[str], title_doc: Doc, dataset: str | None, abstract: str = "") -> str | None:
    """The method of the paper's unowned results: the name its abstract introduces ("we propose
    WAC, a web agent ..."), the coined name heading its title ("DRO: ..."), the first name among
    those it proposes, its title's; a description ("web agent") only when nothing better is
    written; never the paper's own benchmark ("HueManity: Probing ..." names the data the scores
    are on)."""
    plain = strip_latex_markup(abstract)
    # "we present GThinker (General Thinker), a novel reasoning MLLM": the name so introduced
    # before the first entity the NER found after the cue (here "MLLM")
    introduced = _introduced_name(plain)
    # "DRO: Doppler-Aware Direct Radar Odometry": a coined name heading the title goes before what
    # the abstract is read to propose ("SE(2)", "automotive platform")
    headed = title_name(title_doc)
    titled = title_method(title_doc, dataset)
    coined_head = headed is not None and titled == headed.text and _coined_word(titled.split()[0])
    first = titled if coined_head or (titled is not None and titled == report_name(doc_text(title_doc))) else None
    # "we show that they can with our method, YOPO, a single-stage ... framework": named as ours
    ours = [m.group(1) for m in _INTRODUCED.finditer(plain)]
    candidates = [introduced, first, *proposed, titled, *ours]
    candidates = [c for c in candidates if c and not (dataset and squash(c) == squash(dataset))
                  and not a_class_of_models(c)  # "infuses phonological awareness into LMs": a class
                  and not is_modifier(c)  # "a dual-branch ...": a word cut off before its noun
                  and c.split()[-1].lower() not in _MEASURE_HEADS  # "alignment distance (STAD)": a measure
                  and c.split()[-1].lower() not in _DATA_HEADS]  # "The MixCount Dataset: ...": the paper's data
    described = [c for c in candidates if not _plural_phrase(c)]  # "reward functions" is a class, no one method
    return next((c for c in candidates if not _description(c)), described[0] if described else None)


# a name the paper proposes that ends so is a measure it introduces, not the method of its results
_MEASURE_HEADS = frozenset({"distance", "divergence", "score", "metric", "index", "error", "accuracy", "rate"})
# ... or its data or the report itself ("SKYLENAGE Technical Report: ...")
_DATA_HEADS = frozenset({"dataset", "datasets", "benchmark", "benchmarks", "corpus", "bench", "database", "report"})


def _plural_phrase(name: str) -> bool:
    last = name.split()[-1] if name.split() else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _description(name: str) -> bool:
    """ "web agent", "computer use agent": lower-case words that describe a method, no name
    (method_name_ok); a capitalised phrase ("Ground Diffusion") is the paper's name for it."""
    return not method_name_ok(name) and not any(w[:1].isupper() for w in name.split())
