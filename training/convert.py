"""Gold JSONL records -> spaCy training docs (one doc per field, as at run time).

Each source has its own mapping of gold types to NER labels, and a set of gold types whose
tokens are marked *missing* rather than *outside*: the NER is not told "this is not an
entity" where an annotator only used a label we do not train (SciERC "Material" covers
datasets and data in general, so calling it Outside would teach the NER that corpora are
not datasets). Nested gold spans (a few in SciERC) keep the longest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

__all__ = ["LABELS", "SOURCE_SETTINGS", "gold_docs", "to_docbin"]

LABELS = ("Method", "Dataset", "Metric", "Task")

# per source: gold type -> label, and gold types marked missing
SOURCE_SETTINGS = {
    "scirex": {"labels": {"Method": "Method", "Dataset": "Dataset", "Metric": "Metric", "Task": "Task"},
               "missing": ()},
    "scierc": {"labels": {"Method": "Method", "Metric": "Metric", "Task": "Task"},
               "missing": ("Material",)},
    # abstracts of 2025 annotated in SciREX's types (training/ner-2025)
    "kg-2025": {"labels": {"Method": "Method", "Dataset": "Dataset", "Metric": "Metric", "Task": "Task"},
                "missing": ()},
    # the body passages of the SciREX papers: same annotators, same types
    "scirex-body": {"labels": {"Method": "Method", "Dataset": "Dataset", "Metric": "Metric", "Task": "Task"},
                    "missing": ()},
    # developed results-set abstracts of 2025: the gold names of their results, the rest silver
    # (kg-results) or unknown (kg-results-gold)
    "kg-results": {"labels": {"Method": "Method", "Dataset": "Dataset", "Metric": "Metric", "Task": "Task"},
                   "missing": ()},
    "kg-results-gold": {"labels": {"Method": "Method", "Dataset": "Dataset", "Metric": "Metric"},
                        "missing": (), "default": "missing"},
    # TDMSci leaves methods unannotated: every token outside its entities is unknown, not
    # "no entity", or the NER would learn that method names are not entities
    "tdmsci": {"labels": {"Dataset": "Dataset", "Metric": "Metric", "Task": "Task"},
               "missing": (), "default": "missing"},
}


def _field_doc(nlp: Language, text: str, ents: list[dict], settings: dict) -> Doc:
    doc = nlp.make_doc(text)
    spans, missing = [], []
    for ent in ents:
        span = doc.char_span(ent["start"], ent["end"], alignment_mode="expand")
        if span is None:
            continue
        label = settings["labels"].get(ent["type"])
        if label is not None:
            spans.append(Span(doc, span.start, span.end, label=label))
        elif ent["type"] in settings["missing"]:
            missing.append(span)
    spans = filter_spans(spans)
    missing = [m for m in missing if not any(m.start < s.end and s.start < m.end for s in spans)]
    doc.set_ents(spans, missing=filter_spans(missing), default=settings.get("default", "outside"))
    return doc


def gold_docs(nlp: Language, records: Iterable[dict], settings: dict | None = None,
              fields: tuple[str, ...] = ("title", "abstract")) -> Iterator[Doc]:
    """Training docs for the records (empty fields skipped)."""
    settings = settings or SOURCE_SETTINGS
    for rec in records:
        src = settings[rec.get("source", "scirex")]
        for field in fields:
            text = rec.get(field) or ""
            if text.strip():
                yield _field_doc(nlp, text, [e for e in rec["entities"] if e["field"] == field], src)


def to_docbin(docs: Iterable[Doc]) -> DocBin:
    return DocBin(attrs=["ENT_IOB", "ENT_TYPE"], docs=docs)
