"""A value stated over several data the sentence counts but does not name is none of the paper's
datasets (kg.extract.result_names.several_at). Each sentence is written for the test."""

from __future__ import annotations

from kg.extract.assemble import paper_record
from kg.extract.results import find_results
from kg.ingest import Paper


def _record(packaged_nlp, abstract: str, labels: dict[str, str]):
    from spacy.tokens import Span
    doc = packaged_nlp(abstract)
    doc.ents = [Span(doc, t.i, t.i + 1, label=labels[t.text]) for t in doc if t.text in labels]
    doc._.kg_results = find_results(doc)
    return paper_record(Paper(id="p", title="", abstract=abstract), packaged_nlp(""), doc)


def test_a_value_across_several_described_benchmarks_is_not_the_papers_datasets(packaged_nlp):
    labels = {"ZedCALM": "Dataset", "ZedSTORM": "Model", "accuracy": "Metric"}
    record = _record(packaged_nlp, "We build ZedCALM for training. ZedSTORM reaches an average accuracy of 68.9% "
                                   "across five popular optimization modeling benchmarks.", labels)
    assert record.results == []
    record = _record(packaged_nlp, "We build ZedCALM for training. ZedSTORM reaches an average accuracy of 68.9% "
                                   "across five benchmarks.", labels)
    assert record.results == []


def test_a_number_of_things_that_are_no_data_keeps_the_papers_dataset(packaged_nlp):
    labels = {"ZedCALM": "Dataset", "ZedSTORM": "Model", "accuracy": "Metric"}
    record = _record(packaged_nlp, "We evaluate on ZedCALM. ZedSTORM reaches an accuracy of 68.9% with five "
                                   "popular optimization modeling tricks.", labels)
    assert [(r.method, r.dataset, r.value) for r in record.results] == [("ZedSTORM", "ZedCALM", "68.9")]
