"""The packaged pipeline end to end: offsets, records contract, hostile input, streaming."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import jsonschema
import pytest

from kg.errors import ExtractionError
from kg.extract import MAX_FIELD_CHARS, extract_records, load_pipeline
from training.gold import GOLD_FILES, file_sha256, read_gold, split_gold
from kg.ingest.paper import Paper

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "schemas" / "record.schema.json").read_text())
GRAPH = json.loads((REPO / "schemas" / "graph.json").read_text())


def _check_record(rec, paper):
    data = rec.to_dict()
    jsonschema.validate(data, SCHEMA)
    assert data["id"] == paper.id
    for ent in data["entities"]:
        text = getattr(paper, ent["field"])
        assert text[ent["start"]:ent["end"]] == ent["text"], ent
        s0, s1 = ent["sentence"]
        assert s0 <= ent["start"] < ent["end"] <= s1 <= len(text)
        assert ent["canonical"].strip()
    names = {e["canonical"] for e in data["entities"]}
    for rel in data["relations"]:
        spec = GRAPH["relationships"][rel["type"]]
        assert rel["head_type"] in spec["from"] and rel["tail_type"] in spec["to"], rel
        assert rel["tail"] in names and (rel["head"] == paper.id or rel["head"] in names), rel
    for res in data["results"]:
        assert isinstance(res["dataset"], str) and res["dataset"]
        assert res["evidence"] in paper.title or res["evidence"] in paper.abstract


@pytest.mark.slow
def test_offsets_exact_on_every_gold_paper(packaged_nlp, gold_dir):
    papers = [Paper(r["id"], r["title"], r["abstract"]) for name in GOLD_FILES for r in read_gold(gold_dir / name)]
    records = list(extract_records(papers, nlp=packaged_nlp))
    assert [r.id for r in records] == [p.id for p in papers]
    for rec, paper in zip(records, papers):
        _check_record(rec, paper)
    assert sum(len(r.entities) for r in records) > 5 * len(papers)  # it does find things


HOSTILE = [
    ("<script>alert(1)</script>", "We propose <b>BERT</b> & \"quoted\" `code` on ImageNet </script> 95.1% accuracy."),
    ("", ""),
    ("   ", "\n\n\t "),
    ("Ünïcödé — naïve Bayes für Übersetzung", "Модель BERT 在 ImageNet 上 achieves 9.5 % ≥ baseline 😀 \u200b zero\u200bwidth e\u0301"),
    ("(((", ")))((( [[ ]] {{ }} (A) (B (C) D) (Long Form (LF)"),
    ("x", "." * 5000),
]


@pytest.mark.parametrize("title, abstract", HOSTILE)
def test_hostile_text_gives_valid_records(packaged_nlp, title, abstract):
    paper = Paper("h", title, abstract)
    (rec,) = extract_records([paper], nlp=packaged_nlp)
    _check_record(rec, paper)


def test_huge_field_is_processed_up_to_the_cut(packaged_nlp):
    sentence = "We train Convolutional Neural Networks (CNNs) for image classification on ImageNet. "
    paper = Paper("big", "Huge", sentence * (MAX_FIELD_CHARS // len(sentence) + 50))
    (rec,) = extract_records([paper], nlp=packaged_nlp)
    _check_record(rec, paper)
    assert rec.entities and max(e.end for e in rec.entities) <= MAX_FIELD_CHARS


def test_acronym_defined_in_abstract_names_the_title_mention(packaged_nlp):
    paper = Paper("a", "Training GANs faster",
                  "Generative Adversarial Networks (GANs) are hard to train. We make GAN training stable.")
    (rec,) = extract_records([paper], nlp=packaged_nlp)
    by_text = {(e.field, e.text): e for e in rec.entities}
    assert by_text[("abstract", "GANs")].canonical == "Generative Adversarial Networks"
    assert by_text[("title", "GANs")].canonical == "Generative Adversarial Networks"
    assert by_text[("title", "GANs")].type == by_text[("abstract", "Generative Adversarial Networks")].type


def test_a_title_naming_its_data_makes_the_name_a_dataset_in_both_fields(packaged_nlp):
    from kg.extract.own_data import title_dataset_names
    assert title_dataset_names("Zeta-MIDI: A Dataset of Piano Files for Music Modeling") == ["Zeta-MIDI"]
    assert title_dataset_names("ZetaPriv: Benchmarking Privacy Reasoning in Vision-Language Models") == ["ZetaPriv"]
    assert title_dataset_names("FireZescue: A UAV-Based Dataset and Enhanced YOLO Model for Detection") == []
    assert title_dataset_names("ZetaCap: Benchmarking and Improving Instruction Following") == []
    assert title_dataset_names("Beyond Easy Wins: A Hardness-Aware Benchmark for Detection") == []
    paper = Paper("a", "ZebraZogic: A Multilingual Logical Reasoning Benchmark",
                  "We introduce ZebraZogic, a set of puzzles. On ZebraZogic, the best model solves 41% of them.")
    (rec,) = extract_records([paper], nlp=packaged_nlp)
    named = [(e.field, e.type) for e in rec.entities if e.text == "ZebraZogic"]
    assert named == [("title", "Dataset"), ("abstract", "Dataset"), ("abstract", "Dataset")]


def test_a_name_the_results_are_placed_on_is_data(packaged_nlp):
    from spacy.tokens import Span

    from kg.extract.assemble import _placed_models
    from kg.extract.results import RawResult
    doc = packaged_nlp.make_doc("It reaches 65.8% on MMZU.")
    doc.ents = [Span(doc, len(doc) - 2, len(doc) - 1, label="Model")]
    doc._.kg_results = [RawResult(None, "MMZU", None, "65.8", "%", (0, 25), 11)]
    assert _placed_models({"abstract": doc}) == ["MMZU"]
    doc._.kg_results = [RawResult(None, "ImageZet", None, "65.8", "%", (0, 25), 11)]
    assert _placed_models({"abstract": doc}) == []


def test_a_dataset_typed_name_that_reaches_a_score_is_a_method(packaged_nlp):
    from spacy.tokens import Span

    from kg.extract.assemble import _scoring_subjects
    doc = packaged_nlp("On two benchmarks, NoPoZ consistently outperforms baselines. ZebraZet contains 86 scenes. "
                       "ZebraZet achieves a new standard.")
    doc.ents = [Span(doc, 4, 5, label="Dataset"), Span(doc, 9, 10, label="Dataset"), Span(doc, 14, 15, label="Dataset")]
    doc._.kg_results = []
    assert _scoring_subjects({"abstract": doc}, []) == ["NoPoZ"]  # ZebraZet is described as data
    doc._.kg_data_names = frozenset({"NoPoZ"})  # defined as a dataset by the text
    assert _scoring_subjects({"abstract": doc}, []) == []


def test_a_family_variant_stays_a_model_and_a_spelled_out_acronym_is_what_it_stands_for(packaged_nlp):
    from kg.extract.assemble import paper_record
    from kg.ingest import Paper
    abstract = ("We present LLaVA-LE (Large Language-and-Vision Assistant for Lunar Exploration), a vision-language "
                "model for lunar images. Its Spatial Attention Mechanism (SAM) weighs regions; SAM is cheap.")
    record = paper_record(Paper(id="p", title="", abstract=abstract), packaged_nlp(""), packaged_nlp(abstract))
    types = {m.text: m.type for m in record.entities}
    assert types["LLaVA-LE"] == "Model" and types["SAM"] == "Method"


def test_results_read_the_types_the_paper_settles_on(packaged_nlp):
    from spacy.tokens import Span

    from kg.extract.assemble import paper_record
    from kg.extract.results import find_results
    from kg.ingest import Paper
    abstract = ("On ZedLiTS, ZedMamba reaches 95.8% Dice. ZedMamba also achieves the strongest ZedLiTS liver "
                "performance at 96.1% Dice.")
    doc = packaged_nlp(abstract)
    labels = {"ZedLiTS": "Method", "ZedMamba": "Model", "Dice": "Metric"}  # the tagger's guess: ZedLiTS a method
    doc.ents = [Span(doc, t.i, t.i + 1, label=labels[t.text]) for t in doc if t.text in labels]
    doc._.kg_results = find_results(doc)
    record = paper_record(Paper(id="p", title="", abstract=abstract), packaged_nlp(""), doc)
    assert {m.text: m.type for m in record.entities}["ZedLiTS"] == "Dataset"  # results are placed on it
    assert [(r.method, r.dataset, r.value) for r in record.results] == [
        ("ZedMamba", "ZedLiTS", "95.8"), ("ZedMamba", "ZedLiTS", "96.1")]


def _record_with(packaged_nlp, title: str, abstract: str, labels: dict[str, str]):
    from spacy.tokens import Span

    from kg.extract.assemble import paper_record
    from kg.extract.results import find_results
    from kg.ingest import Paper
    doc = packaged_nlp(abstract)
    doc.ents = [Span(doc, t.i, t.i + 1, label=labels[t.text]) for t in doc if t.text in labels]
    doc._.kg_results = find_results(doc)
    return paper_record(Paper(id="p", title=title, abstract=abstract), packaged_nlp(title), doc)


def test_the_papers_dataset_fills_only_values_stated_after_the_text_names_it(packaged_nlp):
    labels = {"ZedNet": "Method", "ZedScan": "Dataset", "accuracy": "Metric"}
    later = ("ZedNet is fast and reaches 91.2% accuracy. We also test ZedNet on ZedScan, where it reaches 88.0% "
             "accuracy. Finally, ZedNet reaches 85.5% accuracy.")
    record = _record_with(packaged_nlp, "", later, labels)
    assert [(r.dataset, r.value) for r in record.results] == [("ZedScan", "88.0"), ("ZedScan", "85.5")]
    named_first = "ZedNet is tested on ZedScan. ZedNet is fast and reaches 91.2% accuracy."
    record = _record_with(packaged_nlp, "", named_first, labels)
    assert [(r.dataset, r.value) for r in record.results] == [("ZedScan", "91.2")]
    record = _record_with(packaged_nlp, "ZedNet on ZedScan", later, labels)  # a title names it before all
    assert [r.value for r in record.results] == ["91.2", "88.0", "85.5"]


def test_streaming_does_not_read_all_input_first(packaged_nlp):
    consumed = itertools.count()

    def papers():
        for i in range(10_000):
            next(consumed)
            yield Paper(f"p{i}", "Title", "We use BERT on SQuAD.")

    first = next(extract_records(papers(), nlp=packaged_nlp, batch_size=4, ner_batch_size=8))
    assert first.id == "p0" and next(consumed) < 100


def test_same_input_same_output(packaged_nlp):
    papers = [Paper(r["id"], r["title"], r["abstract"])
              for r in itertools.islice(read_gold(REPO.parent / "shared" / "data" / "gold" / "scirex-dev.jsonl"), 10)]
    a = [r.to_dict() for r in extract_records(papers, nlp=packaged_nlp)]
    b = [r.to_dict() for r in extract_records(papers, nlp=packaged_nlp, batch_size=3, ner_batch_size=2)]
    assert a == b


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ExtractionError, match="no trained extraction pipeline"):
        load_pipeline(tmp_path / "nowhere")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "config.cfg").write_text("[nlp\nbroken")
    with pytest.raises(ExtractionError, match="cannot load"):
        load_pipeline(tmp_path / "broken")


def test_packaged_model_names_its_data_and_split(gold_dir):
    from kg.extract import MODEL_DIR

    meta = json.loads((MODEL_DIR / "training-meta.json").read_text())
    for name in GOLD_FILES:
        assert meta["gold_files"][name] == file_sha256(gold_dir / name), f"model trained on another {name}"
        _, val = split_gold(gold_dir / name)
        assert meta["split"][name]["validation_ids"] == sorted(r["id"] for r in val)


def _corpus_papers(corpus_dir, n):
    from kg.ingest import read_papers

    return read_papers([corpus_dir])[:n]


def test_length_sorted_batches_give_each_paper_its_own_records_in_order(packaged_nlp, corpus_dir):
    from kg.extract.assemble import paper_record

    papers = _corpus_papers(corpus_dir, 40)
    one_by_one = [paper_record(p, packaged_nlp(p.title), packaged_nlp(p.abstract)).to_dict() for p in papers]
    batched = [r.to_dict() for r in extract_records(papers, nlp=packaged_nlp, batch_size=4, ner_batch_size=7)]
    assert [r["id"] for r in batched] == [p.id for p in papers]
    assert batched == one_by_one


def test_numpy_blas_gives_the_records_blis_gives(packaged_nlp, corpus_dir):
    import spacy
    from thinc.api import use_ops

    from kg.extract import MODEL_DIR

    layers = [proc.model for _, proc in packaged_nlp.pipeline if hasattr(proc, "model")]
    assert layers and not any(model.ops.use_blis for model in layers)
    with use_ops("numpy", use_blis=True):
        blis_nlp = spacy.load(MODEL_DIR)
    assert all(proc.model.ops.use_blis for _, proc in blis_nlp.pipeline if hasattr(proc, "model"))
    papers = _corpus_papers(corpus_dir, 30)
    assert ([r.to_dict() for r in extract_records(papers, nlp=packaged_nlp)]
            == [r.to_dict() for r in extract_records(papers, nlp=blis_nlp)])


def test_a_variant_result_method_is_typed_like_its_tagged_family():
    from kg.extract.assemble import _method_type

    type_of = {"EfficientNet": "Model", "Efficient": "Method", "ImageNet": "Dataset"}
    assert _method_type("EfficientNet-B7", type_of) == "Model"  # the longest tagged name it extends
    assert _method_type("EfficientNet", type_of) == "Model"
    assert _method_type("EfficientNetV2", type_of) is None and _method_type("ImageNet", type_of) == "Dataset"


def test_batches_hold_at_most_size_texts_and_max_chars():
    from kg.extract import _batches

    lengths = [10, 10, 10, 10, 40, 100, 5]
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    batches = list(_batches(order, lengths, size=3, max_chars=45))
    assert [i for b in batches for i in b] == order  # every text once, in the sorted order
    assert batches == [[6, 0, 1], [2, 3], [4], [5]]  # 3 texts; 40 chars; 40 alone; 100 over the cap alone
    assert all(len(b) <= 3 and (len(b) == 1 or sum(lengths[i] for i in b) <= 45) for b in batches)
    assert list(_batches([], [], size=3, max_chars=45)) == []


def test_long_fields_are_batched_under_the_char_cap(packaged_nlp, monkeypatch):
    import kg.extract as ke

    monkeypatch.setattr(ke, "MAX_BATCH_CHARS", 300)  # forces one doc per batch for these abstracts
    papers = [Paper(f"p{i}", "BERT", "We train BERT on SQuAD and report 91.2 F1, beating ELMo by 2.1 points. " * (i + 3))
              for i in range(5)]
    capped = [r.to_dict() for r in extract_records(papers, nlp=packaged_nlp)]
    monkeypatch.setattr(ke, "MAX_BATCH_CHARS", 10**9)
    assert capped == [r.to_dict() for r in extract_records(papers, nlp=packaged_nlp)]
    assert all(r["results"] for r in capped)


def test_a_name_s_canonical_form_reads_without_tex_markup():
    from kg.extract.spans import plain_name

    assert plain_name("\\textbf{V}ision-\\textbf{L}anguage pre-training") == "Vision-Language pre-training"
    assert plain_name("\\textbf{\\underline{Sim}ple \\underline{C}ross-Tokenizer") == "Simple Cross-Tokenizer"
    assert plain_name("multi\\textbf{\\underline{M}}odal data") == "multiModal data"
    assert plain_name("M$^3$CAD") == "M$^3$CAD"  # math inside a name is the name's


def test_a_name_defined_as_data_keeps_its_type_against_a_naming_convention(packaged_nlp):
    doc = packaged_nlp("To address this gap, we use \\textit{ZyberAgression-Large}, a French open-access dataset of chats.")
    assert [(e.text, e.label_) for e in doc.ents if "Zyber" in e.text] == [("ZyberAgression-Large", "Dataset")]
