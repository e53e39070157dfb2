"""The names a score is reached with rather than by: the model a method is built on ("based on
Qwen2.5-Coder-7B", "powered by Baichuan-M2"), run with ("78.43% accuracy with GPT-4", "48.26% on
CIFAR-10 using ResNet-18"), run on ("an ImageReward of 0.79 on SDXL") or judged by ("with
Gemini-2.5-Pro as a judge"). kg.extract.result_owners never credits them with the score.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.result_names import released_model
from kg.extract.result_quantities import GLUED_PERCENT

__all__ = ["built_on"]


def built_on(method: Span) -> bool:
    """ "our policy model based on Qwen2.5-Coder-7B", "... on SDXL": the base of the method, not
    its owner; so is the model an opening "using" names ("For instance, using Llama3.2 on ScienceQA, the
    model reaches 78.9%": the paper's method, run on that model) or an opening "With NAME," sets."""
    doc = method.doc
    words = [t for t in doc[max(0, method.start - 4):method.start] if not t.text.startswith("\\")]  # "\texttt{"
    before = " ".join(t.lower_ for t in words[-3:])
    if before.endswith(("based on", "built on", "built upon", "on top of", "initialized from", "fine-tuned from",
                        "applied to", "powered by", "driven by", "backed by")):
        return True  # "COTCAgent powered by Baichuan-M2 achieves": the engine of the system, not the system
    if words and words[-1].lower_ in ("with", "using") and _a_value_just_before(doc, words[-1].i):
        return True  # "D&P achieves 78.43% accuracy with GPT-4 and 78.00% accuracy with GPT-4o": a setting
    if method.label_ == "Model" and _on_a_model(method, words):
        return True  # "GPS achieves an ImageReward of 0.79 on SDXL": the model a method runs on
    if _as_a_judge(method) or _inside_our_system(method) or _run_by_a_named_system(method, words):
        return True  # "(4.26 out of 5.00 with Gemini-2.5-Pro as a judge)": who scored, not whose score
    if bool(words) and words[-1].lower_ == "with" and method.label_ == "Model" and _opens_sentence(words[-1]):
        return _closes_the_opening(method)  # "With deepseek-v4-flash, incremental repair improves ..."
    return bool(words) and words[-1].lower_ == "using" and _opens_sentence(words[-1])


def _closes_the_opening(method: Span) -> bool:
    """The model ends a phrase set before the clause ("With GPT-4o, our agent ..."): a comma after it."""
    return method.end < len(method.doc) and method.doc[method.end].text == ","


def _on_a_model(method: Span, words: list[Token]) -> bool:
    """ "on SDXL", "a 16.22% gain on the Qwen3-4B model" (not "on the X benchmark")."""
    lower = [t.lower_ for t in words[-2:]]
    after = method.doc[method.end].lower_ if method.end < len(method.doc) else ""
    return lower[-1:] == ["on"] or (lower == ["on", "the"] and after in _MODEL_HEADS)


_MODEL_HEADS = frozenset({"model", "models", "backbone", "backbones", "llm", "llms"})


def _a_value_just_before(doc, i: int) -> bool:
    """A value right before ``i``, or before up to three words of its measure ("78.43% accuracy
    with", "92% Pass@1 with", "59.7% single-trial success with") or its place ("48.26% on CIFAR-10
    using"); not "(range: 9.5--33.5), with"."""
    j, words = i - 1, 0
    while j >= 0 and words < 3 and (_a_measure_word(doc[j]) or _a_joining_hyphen(doc, j)):
        words += doc[j].text != "-"
        j -= 1
    k = i - 1
    while k > i - 5 and k >= 0 and (doc[k].text == "-" or any(c.isupper() or c.isdigit() for c in doc[k].text)):
        k -= 1
    return _a_value(doc, j) or (k < i - 1 and k >= 1 and doc[k].lower_ in ("on", "in") and _a_value(doc, k - 1))


def _a_value(doc, j: int) -> bool:
    return j >= 0 and (doc[j].like_num or doc[j].text in ("%", "\\%") or bool(GLUED_PERCENT.match(doc[j].text)))




def _a_measure_word(tok) -> bool:
    """ "accuracy", "single-trial", "Pass@1": a word, not a number, a mark or a stop word ("56% of
    our benchmark with specialized models": no measure)."""
    return not tok.like_num and not tok.is_stop and tok.text[0].isalpha()


def _a_joining_hyphen(doc, j: int) -> bool:
    return doc[j].text == "-" and j > 0 and not doc[j - 1].whitespace_ and not doc[j].whitespace_


_SYSTEM_HEADS = frozenset({"agent", "agents", "model", "system", "framework", "pipeline", "method", "approach"})


def _inside_our_system(method: Span) -> bool:
    """ "our prompt-based QwQ-32B agent achieves": the released model (a size or a known family)
    the paper's own system is built on, not the system, whose name the paper gives elsewhere
    ("our LAHJATBERT model" is the paper's)."""
    doc = method.doc
    if not released_model(method.text):
        return False
    before = [t.lower_ for t in doc[max(method.sent.start, method.start - 5):method.start]]
    return "our" in before and method.end < len(doc) and doc[method.end].lower_ in _SYSTEM_HEADS \
        and not any(t in (",", ";", "and") for t in before[before.index("our"):])


_JUDGES = frozenset({"judge", "judges", "evaluator", "evaluators", "grader", "graders", "annotator", "annotators",
                     "rater", "raters",
                     # a part the system is run with: "WorldDB with Claude Opus 4.7 as answerer achieves"
                     "answerer", "answerers", "backbone", "backbones", "reader", "generator", "retriever", "planner"})


def _as_a_judge(method: Span) -> bool:
    doc, end = method.doc, _after_its_bracket(method)
    return (end + 2 < len(doc) and doc[end].lower_ == "as" and (doc[end + 1].lower_ in _JUDGES or (
        doc[end + 1].lower_ in ("a", "an", "the") and doc[end + 2].lower_ in _JUDGES)))


def _after_its_bracket(method: Span) -> int:
    """Past a bracket right after the name: "DeepSeek-V4-Flash (284B-A13B) as the backbone"."""
    doc, end = method.doc, method.end
    if end < len(doc) and doc[end].text == "(":
        close = next((t.i for t in doc[end:min(len(doc), end + 8)] if t.text == ")"), None)
        return close + 1 if close is not None else end
    return end


def _run_by_a_named_system(method: Span, words: list[Token]) -> bool:
    """ "HiMAP-Travel with Qwen3-8B achieves 52.78%": a released model (a size, a known family)
    written right after another name and "with" is what the named system runs on (not "the
    proposed SpikeSMOKE with CSGC", a part the paper adds)."""
    if not released_model(method.text) or not words or words[-1].lower_ != "with":
        return False
    i = words[-1].i
    return any(e.end == i and e.label_ in ("Method", "Model") for e in method.doc.ents)


def _opens_sentence(tok: Token) -> bool:
    """The word starts its sentence, or follows an opening "For instance," / "For example,"."""
    lead = [t.lower_ for t in tok.doc[tok.sent.start:tok.i]]
    return not lead or lead in (["for", "instance", ","], ["for", "example", ","], ["e.g.", ","], ["specifically", ","])
