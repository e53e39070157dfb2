"""The data a paper itself introduces: its benchmark's name, from the title ("KAIO: A
Collection of ... Questions", "Lost in Volume: The CT-SpatialVQA Benchmark for ...") or the
abstract ("we introduce STALE, a benchmark of 400 ..."). A benchmark paper's unplaced numbers
are scores on it (kg.extract.assemble), and the name is a Dataset wherever the paper writes it.

The title's "Name: A ... Dataset/Benchmark ..." types the name a Dataset in both fields: on
2,020 abstracts of 2025, 110 titles have that shape; the NER had agreed on 65 of the names, and
typed 26 of the others a model ("Aria-MIDI: A Dataset of Piano MIDI Files", "MultiZebraLogic: A
Multilingual Logical Reasoning Benchmark"). A subtitle that also names a method, a system or a
framework ("FireRescue: A UAV-Based Dataset and Enhanced YOLO Model") leaves the name alone.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from kg.extract.spans import doc_entities, doc_text, set_entities, strip_latex_markup

__all__ = ["WE_PRESENT", "KIND_OF_DATA_AFTER", "own_benchmark", "title_dataset_names", "type_own_data", "INTRODUCED_BENCHMARK"]

# "KAIO: A Collection of ... Questions", "Radiology's Last Exam (RadLE): Benchmarking ...": a
# title that names the paper's own benchmark; its numbers are scores on it.
_BENCHMARK_TITLE = re.compile(r"^(?P<name>[^:]{2,60}?)\s*(?:\((?P<short>[^()]{2,20})\))?\s*:\s*"
                              r"(?:[\w'-]+\s+){0,5}?(?:benchmark|dataset|corpus|suite|collection|arena)(?!-)", re.I)
# ... or a framework for evaluating ("the first comprehensive framework for poetry evaluation")
_OWN_KINDS = (r"(?i:benchmark|dataset|corpus|suite|testbed|test\s+set|collection|arena|evaluation\s+framework"
              r"|framework\s+for\s+(?:[\w-]+\s+){0,2}?evaluation)s?\b")
# "Lost in Volume: The CT-SpatialVQA Benchmark for ...": the name before the kind word
_THE_BENCHMARK = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w\-+.']*(?:\s[A-Z0-9][\w\-+.']*){0,2})\s+" + _OWN_KINDS)
# "we introduce STALE, a benchmark of 400 ...", 'We introduce "Mind\'s Eye", a multiple-choice benchmark'
# "we propose WAC", "we present OccSim": the words that introduce the paper's own thing
WE_PRESENT = r"\b[Ww]e\s+(?:propose|present|introduce|develop|design|build)\s+"
# "ROAR (...), a scalable framework for privacy-preserving dataset obfuscation", "ECHO, a framework for
# constructing benchmarks": a tool made for data, not the data
_NOT_DATA = (r"(?:framework|method|model|approach|system|pipeline|agent|algorithm|technique|tool|catalog)s?\s+"
             r"(?:for|that|which|to|designed|built)\b")
INTRODUCED_BENCHMARK = re.compile(
    r"\b[Ww]e\s+(?:also\s+|further\s+|then\s+|additionally\s+)?"  # "we further establish BioVista, a ... benchmark"
    r"(?:introduce|present|propose|release|construct|build|curate|develop|create|contribute|establish|compile)\s+"
    r"(?:[\"“](?P<quoted>[^\"”]{2,40})[\"”]|(?P<name>[A-Z][\w\-+.']*[\w+](?:\s[A-Z0-9][\w\-+.']*[\w+]){0,2}))"
    r"\s*(?:\([^()]{1,60}\))?,\s+(?:a|an|the)\s+(?:(?!" + _NOT_DATA + r")[\w'-]+,?\s+){0,6}?" + _OWN_KINDS)

# what an introduced name is, read after its ", a": "a benchmark of ...", "a large-scale ... dataset"
KIND_OF_DATA_AFTER = re.compile(r"(?:(?!" + _NOT_DATA + r")[\w'-]+,?\s+){0,6}?" + _OWN_KINDS)


# "we introduce \\textbf{KalshiBench}, a benchmark": the name inside the markup
# "We built EnterpriseDocBench to ...": a name formed as a benchmark's, introduced by the paper
_BUILT_BENCHMARK = re.compile(
    r"\b[Ww]e\s+(?:introduce|present|propose|release|construct|build|built|curate|develop|create|contribute)\s+"
    r"(?P<name>[A-Z][\w\-]*(?:Bench|Benchmark|Arena|Eval|QA))\b"
    r"(?!\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:framework|method|model|approach|system|pipeline|agent)\b)")
# "We construct a professional architectural style dataset named ArchDiffBench", "we construct a
# novel dataset RETAIL"
_NAMED_BENCHMARK = re.compile(
    r"\b[Ww]e\s+(?:introduce|present|propose|release|construct|build|built|curate|develop|create|contribute|collect)\s+"
    r"(?:[\w'-]+\s+){0,6}?" + _OWN_KINDS + r",?\s+(?:(?:named|called|dubbed|termed)\s+)?"
    r"(?P<name>[A-Z][\w\-+.']*[\w+](?:\s[A-Z0-9][\w\-+.']*[\w+]){0,2})")
# "Do Large Language Models Know ...? Kalshibench: A New Benchmark for ...": the title after a question
_AFTER_QUESTION = re.compile(r"^[^?]*\?\s+")
_REPORT = re.compile(r"\s+(?:[Tt]echnical\s+)?[Rr]eport$")
# "Beyond Goodhart's Law: ...", "Towards ...": a title opened by a function word is a phrase ("The Tool
# Decathlon: ..." is a name)
_PHRASE_OPENERS = STOP_WORDS - {"the"}


def own_benchmark(title: str, abstract: str) -> str | None:
    """The benchmark or dataset the paper itself introduces, named in its title or abstract."""
    title, abstract = strip_latex_markup(title), strip_latex_markup(abstract)
    match = (_THE_BENCHMARK.search(title) or INTRODUCED_BENCHMARK.search(abstract)
             or _BUILT_BENCHMARK.search(abstract) or _NAMED_BENCHMARK.search(abstract))
    if match:
        return match["quoted"] if "quoted" in match.re.groupindex and match["quoted"] else match["name"]
    match = _BENCHMARK_TITLE.match(_AFTER_QUESTION.sub("", title))
    if match is None or _acts_on_data(match.string[match.end("name"):]):
        return None
    if not match["short"] and match["name"].split()[0].lower() in _PHRASE_OPENERS:
        return None  # "Beyond Goodhart's Law: A Dynamic Benchmark ...", "Towards ...": a phrase, no name
    name = _REPORT.sub("", match["short"] or match["name"])  # "SKYLENAGE Technical Report: ...": SKYLENAGE
    return name if len(name.split()) <= 4 else None  # not "The Validity Gap in Health AI Evaluation: ..."



# "Creating the PARADEHATE Dataset", "Building Uint Detection Dataset": what a title does to build its data
_BUILDING = frozenset({"creating", "building", "curating", "constructing", "introducing", "releasing", "collecting",
                       "compiling", "advancing", "extending", "developing"})


def _acts_on_data(subtitle: str) -> bool:
    """ "VoxShield: Protecting 3D Medical Datasets ...", "Domain2Vec: Vectorizing Datasets ...":
    a subtitle opened by a verb done to data names a method, not the paper's own benchmark."""
    words = subtitle.split(":", 1)[-1].split()
    first = words[0].lower() if words else ""
    return first.endswith("ing") and first not in _BUILDING and "benchmarking" not in subtitle.lower()


# "A UAV-Based Dataset and Enhanced YOLO Model for ...", "Benchmarking and Improving ...": the
# subtitle's head (up to its first preposition) also names what is not data
_SUBTITLE_HEAD = re.compile(r"^(.*?)(?:\s(?:for|of|in|on|with|to|from|via|through|under|against|across|towards?)\s|$)")
_NOT_DATA_HEAD = re.compile(r"\b(?:framework|model|system|pipeline|method|approach|toolkit|baseline|improving|"
                            r"platform|agent|network|architecture|solution)s?\b", re.I)
_COINED_WORD = re.compile(r"[a-z][A-Z]|\d|-|^[A-Z]{2,}$")


def title_dataset_names(title: str) -> list[str]:
    """The names a "Name (SHORT): A ... Dataset/Benchmark ..." title gives the paper's data: one
    word or a coined run ("Workspace-Bench 1.0"), not a phrase ("Beyond Easy Wins")."""
    title = _AFTER_QUESTION.sub("", strip_latex_markup(title))
    match = _BENCHMARK_TITLE.match(title)
    if match is None:
        return []
    subtitle = title[title.index(":", match.end("name")) + 1:].strip()
    head = _SUBTITLE_HEAD.match(subtitle).group(1)
    if re.match(r"(?i)benchmarking\b", head):  # "Benchmarking AI Agents on ...": what is measured
        head = "improving" if re.search(r"(?i)\band\s+\w+ing\b", head) else ""
    if _NOT_DATA_HEAD.search(head):
        return []
    names = [match["name"].strip(), (match["short"] or "").strip()]
    return [n for n in names if n and (len(n.split()) == 1 or all(_COINED_WORD.search(w) for w in n.split()))]


def type_own_data(docs: dict[str, Doc], names: list[str]) -> None:
    """Every entity written as one of ``names`` becomes a Dataset, and every free occurrence
    of a name is tagged."""
    for doc in docs.values():
        before = doc_entities(doc)
        ents = [Span(doc, e.start, e.end, label="Dataset") if e.text in names else e for e in before]
        ents += _free_occurrences(doc, names, ents)
        set_entities(doc, sorted(ents, key=lambda e: e.start), before)


def _free_occurrences(doc: Doc, names: list[str], ents: list[Span]) -> list[Span]:
    out, text = [], doc_text(doc)
    for name in names:
        for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            span = doc.char_span(match.start(), match.end(), label="Dataset")
            if span is not None and not any(e.start < span.end and span.start < e.end for e in ents + out):
                out.append(span)
    return out
