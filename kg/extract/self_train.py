"""Teacher labels for unlabelled abstracts (self-training).

The NER learns from about 400 annotated abstracts, and leaving out SciERC's 300 costs six
points: more annotated-like text is what it lacks most. The voting pipeline of a first round
(NER members plus the rules: well-known names, head-word types, acronyms, one label per name)
labels the unannotated seed corpus, and a second round of members learns from the gold and
these labels together, so rule knowledge and the ensemble's agreement end up in each member.
Spans that some member proposed but the vote dropped are marked *missing* (not outside): the
teacher is unsure there, and the student is not taught that they are no entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.ingest import Paper

__all__ = ["UNSURE", "PSEUDO_SOURCE", "pseudo_records"]

UNSURE = "Unsure"
PSEUDO_SOURCE = "pseudo"
_TYPE = {"Model": "Method"}


def _teacher_doc(nlp: Language, text: str) -> tuple[Doc, list[tuple[int, int]]]:
    """The pipeline's doc and the token spans any member proposed (read before the vote)."""
    doc = nlp.make_doc(text)
    proposed: list[tuple[int, int]] = []
    for name, proc in nlp.pipeline:
        if name == "ner_vote":
            ballots = [*(doc._.kg_ner_ballots or []), [(e.start, e.end, e.label_) for e in doc.ents]]
            proposed = [(s, e) for ballot in ballots for s, e, _ in ballot]
        doc = proc(doc)
    return doc, proposed


def _field_entities(doc: Doc, proposed: list[tuple[int, int]], field: str) -> list[dict]:
    ents = [{"field": field, "start": e.start_char, "end": e.end_char, "type": _TYPE.get(e.label_, e.label_)}
            for e in doc.ents]
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    for start, end in sorted(set(proposed)):
        if taken.isdisjoint(range(start, end)):
            span = doc[start:end]
            ents.append({"field": field, "start": span.start_char, "end": span.end_char, "type": UNSURE})
            taken.update(range(start, end))
    return ents


def pseudo_records(nlp: Language, papers: Iterable[Paper]) -> Iterator[dict]:
    """Gold-format records (``source`` = ``pseudo``) labelled by ``nlp``, a voting pipeline."""
    for paper in papers:
        rec = {"id": f"{PSEUDO_SOURCE}:{paper.id}", "source": PSEUDO_SOURCE,
               "title": paper.title or "", "abstract": paper.abstract or "", "entities": []}
        for field in ("title", "abstract"):
            if rec[field].strip():
                doc, proposed = _teacher_doc(nlp, rec[field])
                rec["entities"] += _field_entities(doc, proposed, field)
        yield rec
