"""Relation rules (kg.extract.relations) on hand-made mention lists."""

from __future__ import annotations

from kg.extract.relations import Ent, find_relations, proposed_methods


def _ents(field: str, text: str, spans: list[tuple[str, str]]) -> list[Ent]:
    out, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        pos = start + len(surface)
        # sentence = the period-delimited sentence holding the span
        s0 = text.rfind(". ", 0, start)
        s0 = 0 if s0 < 0 else s0 + 2
        s1 = text.find(".", start)
        s1 = len(text) if s1 < 0 else s1 + 1
        out.append(Ent(surface, label, field, start, start + len(surface), (s0, s1)))
    return out


def _rels(rels):
    return {(r.type, r.head, r.tail) for r in rels}


TITLE = "LeakGAN: Long Text Generation via Adversarial Training"
ABSTRACT = ("We propose LeakGAN for long text generation. LeakGAN outperforms SeqGAN and MaliGAN. "
            "We use policy gradient on the COCO dataset. Experiments on EMNLP News show our gains. "
            "The COCO dataset for image captioning is large.")


def _paper():
    ents = _ents("title", TITLE, [("LeakGAN", "Model"), ("Long Text Generation", "Task"), ("Adversarial Training", "Method")])
    ents += _ents("abstract", ABSTRACT, [
        ("LeakGAN", "Model"), ("long text generation", "Task"), ("LeakGAN", "Model"), ("SeqGAN", "Model"),
        ("MaliGAN", "Model"), ("policy gradient", "Method"), ("COCO", "Dataset"), ("EMNLP News", "Dataset"),
        ("COCO", "Dataset"), ("image captioning", "Task")])
    return ents, {"title": TITLE, "abstract": ABSTRACT}


def test_proposes_from_title_colon_and_we_propose():
    ents, texts = _paper()
    assert [e.name for e, _ in proposed_methods(ents, texts)] == ["LeakGAN"]


def test_our_named_method_is_proposed():
    text = "Past work regularises LSTMs. Our Zed Decode Regularization method reaches 55.6 on PTB."
    ents = _ents("abstract", text, [("LSTMs", "Method"), ("Zed Decode Regularization", "Method"), ("PTB", "Dataset")])
    assert [e.name for e, _ in proposed_methods(ents, {"title": "", "abstract": text})] == ["Zed Decode Regularization"]


def test_a_dataset_named_after_the_cue_is_not_proposed():
    text = "We present HueZanity, a benchmark designed to assess perception in MLLMs."
    ents = _ents("abstract", text, [("HueZanity", "Dataset"), ("MLLMs", "Model")])
    assert proposed_methods(ents, {"title": "", "abstract": text}) == []


def test_a_name_in_the_clause_about_the_proposed_thing_is_not_proposed():
    text = "This article proposes a novel utility-based model that enables perception systems of ZAVs."
    ents = _ents("abstract", text, [("utility-based model", "Method"), ("perception systems", "Method"),
                                    ("ZAVs", "Method")])
    assert proposed_methods(ents, {"title": "", "abstract": text}) == []
    text = "This paper proposes a Generative Adversarial Network (GAN) and LLM-driven augmentation framework."
    ents = _ents("abstract", text, [("Generative Adversarial Network", "Method"), ("GAN", "Method")])
    assert proposed_methods(ents, {"title": "", "abstract": text}) == []  # a kind of model it is built from
    text = "We propose ZedNet, a network that enables perception systems of ZAVs."
    ents = _ents("abstract", text, [("ZedNet", "Model"), ("ZAVs", "Method")])
    assert [e.name for e, _ in proposed_methods(ents, {"title": "", "abstract": text})] == ["ZedNet"]


def test_methods_we_only_describe_are_not_proposed():
    text = "We also describe three reference architectures (ColZali, ColZwen2) which are not integrated."
    ents = _ents("abstract", text, [("ColZali", "Model"), ("ColZwen2", "Model")])
    assert proposed_methods(ents, {"title": "", "abstract": text}) == []
    text = "This paper describes LogZigma, our system for a shared task."
    ents = _ents("abstract", text, [("LogZigma", "Model")])
    assert [e.name for e, _ in proposed_methods(ents, {"title": "", "abstract": text})] == ["LogZigma"]


def test_all_rule_families():
    ents, texts = _paper()
    rels = _rels(find_relations("p1", ents, texts))
    expected = {
        ("PROPOSES", "p1", "LeakGAN"),
        ("ADDRESSES", "LeakGAN", "long text generation"),
        ("ADDRESSES", "LeakGAN", "Long Text Generation"),
        ("OUTPERFORMS", "LeakGAN", "SeqGAN"), ("OUTPERFORMS", "LeakGAN", "MaliGAN"),
        ("USES", "p1", "policy gradient"), ("USES", "p1", "COCO"),
        ("EVALUATES_ON", "p1", "EMNLP News"), ("EVALUATED_ON", "LeakGAN", "EMNLP News"),
        ("BENCHMARK_FOR", "COCO", "image captioning"),
    }
    assert expected <= rels
    assert ("PROPOSES", "p1", "SeqGAN") not in rels
    assert ("OUTPERFORMS", "SeqGAN", "MaliGAN") not in rels


def test_evidence_is_the_sentence_and_types_follow_the_schema():
    import json
    from pathlib import Path

    schema = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "graph.json").read_text())
    ents, texts = _paper()
    for rel in find_relations("p1", ents, texts):
        spec = schema["relationships"][rel.type]
        assert rel.head_type in spec["from"] and rel.tail_type in spec["to"], rel
        assert rel.evidence and (rel.evidence in texts["abstract"] or rel.evidence in texts["title"])


def test_no_cue_no_relation():
    text = "SeqGAN and MaliGAN are models. COCO is a dataset."
    ents = _ents("abstract", text, [("SeqGAN", "Model"), ("MaliGAN", "Model"), ("COCO", "Dataset")])
    assert find_relations("p", ents, {"title": "", "abstract": text}) == []


def test_outperforms_objects_stop_at_the_clause():
    text = "ELU networks outperform ReLU networks and Maxout with batch normalization on CIFAR-100."
    ents = _ents("abstract", text, [("ELU networks", "Method"), ("ReLU networks", "Method"),
                                    ("Maxout", "Method"), ("batch normalization", "Method")])
    rels = _rels(find_relations("p", ents, {"title": "", "abstract": text}))
    assert rels == {("OUTPERFORMS", "ELU networks", "ReLU networks"), ("OUTPERFORMS", "ELU networks", "Maxout")}


def _outperforms(text, spans):
    rels = _rels(find_relations("p", _ents("abstract", text, spans), {"title": "", "abstract": text}))
    return {r for r in rels if r[0] == "OUTPERFORMS"}


def test_the_winner_is_the_subject_of_the_cue_s_own_clause():
    assert _outperforms("In experiments on Pythia models, we find that LoRA outperforms full finetuning.",
                        [("Pythia models", "Model"), ("LoRA", "Method"), ("full finetuning", "Method")]) == {
        ("OUTPERFORMS", "LoRA", "full finetuning")}
    # the reported subject is untagged: no winner rather than the method of the clause before
    assert _outperforms("In experiments on Pythia models, we find that adapters outperform full finetuning.",
                        [("Pythia models", "Model"), ("full finetuning", "Method")]) == set()
    # a relative "that" and an appositive keep the method before them
    assert _outperforms("We train ELECTRA, a model that outperforms GPT on GLUE.",
                        [("ELECTRA", "Model"), ("GPT", "Model")]) == {("OUTPERFORMS", "ELECTRA", "GPT")}
    assert _outperforms("The obtained model, Retro 48B, largely outperforms GPT in perplexity.",
                        [("Retro 48B", "Model"), ("GPT", "Model")]) == {("OUTPERFORMS", "Retro 48B", "GPT")}


def test_a_proposed_method_named_in_the_reported_clause_wins():
    text = "We propose AutoPEFT. We show that AutoPEFT-found configurations outperform LoRA."
    ents = _ents("abstract", text, [("AutoPEFT", "Method"), ("LoRA", "Method")])
    rels = _rels(find_relations("p", ents, {"title": "", "abstract": text}))
    assert ("OUTPERFORMS", "AutoPEFT", "LoRA") in rels
