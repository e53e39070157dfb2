"""Versioned names kept whole and typed by their family (kg.extract.versioned_names), and the
family table learned from text (training/families/build_table.py)."""

from __future__ import annotations

import pytest

from kg.extract.versioned_names import apply_versioned_names, family_key, read_families, versioned_spans
from training.families.build_table import count, type_families

FAMILIES = {"convnext": "Model", "flux": "Model", "mixtral": "Model", "qwen": "Model", "llama": "Model", "gpt": "Model", "claude": "Model", "gemini": "Model",
            "yolo": "Model", "cifar": "Dataset", "aime": "Dataset"}


def names(text: str, families=FAMILIES) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in versioned_spans(text, families)]


@pytest.mark.parametrize("text, expected", [
    ("We tune Qwen2.5-VL-7B-Instruct on it.", [("Qwen2.5-VL-7B-Instruct", "Model")]),
    ("Llama-3.1-8B, GPT-4o-mini and Claude 3.5 Sonnet.",
     [("Llama-3.1-8B", "Model"), ("GPT-4o-mini", "Model"), ("Claude 3.5 Sonnet", "Model")]),
    ("Gemini 2.5 Pro reaches 80% on AIME24.", [("Gemini 2.5 Pro", "Model"), ("AIME24", "Dataset")]),
    ("a GPT-4-based judge", [("GPT-4", "Model")]),          # a trailing "-based" is not the name
    ("YOLOv8 on CIFAR-100.", [("YOLOv8", "Model"), ("CIFAR-100", "Dataset")]),
    ("YOLOv8+ and YOLOv5++, not YOLOv8+SAM.", [("YOLOv8+", "Model"), ("YOLOv5++", "Model"), ("YOLOv8", "Model")]),
    ("GPT-4 64.2% vs Qwen3 7 times", [("GPT-4", "Model"), ("Qwen3", "Model")]),  # no numbers glued on
    ("Stage 2 and Task 1 of Mistral-7B", []),                 # families not in the table
    ("FLUX.1-dev beats Fig.3", [("FLUX.1-dev", "Model")]),     # a version after a dot
    ("OpenAI o1 and o3-mini, not O(1) or foo1", [("o1", "Model"), ("o3-mini", "Model")]),  # the o-series
    ("Qwen-Math-7B-Instruct, not Qwen-Math alone", [("Qwen-Math-7B-Instruct", "Model")]),  # a variant word, then a size
    ("`gemini-2.5-flash` and claude-3.7-sonnet, not stage-2", [("gemini-2.5-flash", "Model"), ("claude-3.7-sonnet", "Model")]),
    ("ConvNext-B (91.9%) and ViT-B/16, not Zork-B or RGB-T", [("ConvNext-B", "Model")]),  # a size in one letter
    ("Mixtral-8x7B and Mixtral 8x22B, not 8x7B alone", [("Mixtral-8x7B", "Model"), ("Mixtral 8x22B", "Model")]),  # experts
])
def test_versioned_spans(text, expected):
    assert names(text) == expected


def test_family_key_strips_a_glued_v_only():
    assert family_key("YOLOv", "8") == "yolo"
    assert family_key("RWKV", "7", "-") == "rwkv"


def test_shipped_table_types_todays_families():
    table = read_families()
    assert {table.get(k) for k in ("qwen", "llama", "gpt", "deepseek")} == {"Model"}
    assert {table.get(k) for k in ("cifar", "aime", "imagenet")} == {"Dataset"}
    assert not {"stage", "task", "figure", "rtx", "semeval"} & set(table)


def test_table_is_learned_from_cues_sizes_and_lists():
    texts = ["We fine-tune Zeta-2-7B and Zeta-3 models.", "Zeta-2 model beats Omega-1.",
             "Results on Kappa-10 benchmark and Kappa-20 dataset.", "Kappa-30 benchmark.",
             "Zeta-3-8B, Omega-2 and Zeta-2 are compared.", "Omega-3 and Zeta-4 again.",
             "Stage 1 model, Stage 2 model, Stage 3 model; in this stage we stage things: stage."]
    papers, votes, neighbours, lower, _ = count(texts)
    table = type_families(papers, votes, neighbours, lower, min_papers=2)
    assert table["zeta"] == "Model" and table["kappa"] == "Dataset"
    assert table["omega"] == "Model"      # only ever listed beside Zeta: typed through the lists
    assert "stage" not in table           # an ordinary word, whatever follows it


def test_a_name_replaces_what_it_overlaps_but_not_a_dataset_around_it(make_doc):
    doc = make_doc("GPT-4 performance on the CIFAR-10 test set", [("GPT-4 performance", "Metric"),
                                                                   ("CIFAR-10 test set", "Dataset")])
    found = [doc.char_span(s, e, label=label) for s, e, label in versioned_spans(doc.text, FAMILIES)]
    out = apply_versioned_names(list(doc.ents), found)
    assert [(e.text, e.label_) for e in out] == [("GPT-4", "Model"), ("CIFAR-10 test set", "Dataset")]


def test_shipped_pipeline_keeps_modern_names_whole(packaged_nlp):
    doc = packaged_nlp("We fine-tune Qwen2.5-VL-7B-Instruct and Llama 3 on GSM8K, and GPT-4o judges.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Qwen2.5-VL-7B-Instruct", "Model"), ("Llama 3", "Model"), ("GPT-4o", "Model")} <= ents


def test_a_bare_family_name_fills_free_text_but_stays_a_word_of_a_longer_name(make_doc):
    from kg.extract.versioned_names import bare_name_spans

    doc = make_doc("Qwen and Swin Transformer beat Qwen3.", [("Swin Transformer", "Method")])
    bare_table = {"Qwen": "Model", "Swin": "Model"}
    taken = versioned_spans(doc.text, FAMILIES)
    bare = [doc.char_span(s, e, label=l) for s, e, l in bare_name_spans(doc.text, bare_table, taken)]
    versioned = [doc.char_span(s, e, label=l) for s, e, l in taken]
    out = apply_versioned_names(list(doc.ents), versioned, bare)
    assert [(e.text, e.label_) for e in out] == [("Qwen", "Model"), ("Swin Transformer", "Method"), ("Qwen3", "Model")]


def test_lexicon_types_names_by_the_words_after_them_and_by_lists():
    from training.families.build_lexicon import count, type_names

    texts = [f"Paper {i}: we evaluate on the Zorblax benchmark and the Quuxo benchmark, and report PRISMA score. "
             f"We find that Zorblax, Quuxo and Florbix are hard; PRISMA, KAPPAX and BLEU are metrics of Wobble model. "
             f"The Wobble model runs; the Wobble framework too. We use Wobble, and Wobble is fast." for i in range(4)]
    texts += ["A zorblax is not a word here."]
    names = type_names(count(texts), max_df=1.0)  # a corpus of five papers: every name is in most
    assert names["Zorblax"][0] == "Dataset" and names["Quuxo"][0] == "Dataset"
    assert names["Florbix"][0] == "Dataset"      # listed beside datasets only
    assert names["PRISMA"][0] == "Metric" and names["KAPPAX"][0] == "Metric"
    assert names["Wobble"][0] == "Model"         # "model" and "framework" vote together, model wins
    assert "Paper" not in names


def test_a_name_scores_are_reported_on_is_a_dataset_unless_a_language_or_a_model_family():
    from training.families.build_lexicon import count, scored_datasets, type_names

    texts = [f"Paper {i}: our method reaches 85.{i}% on Zorblax and accuracy across the Quuxo set, 71.{i}% on "
             f"English and 3.{i} points on Llama-3. Zorblax, Quuxo and Florbix are hard." for i in range(4)]
    counts = count(texts)
    typed = type_names(counts, max_df=1.0)
    assert "Zorblax" not in typed  # no cue word follows it
    found = scored_datasets(counts, typed, max_df=1.0)
    assert found["Zorblax"][0] == "Dataset" and found["Quuxo"][0] == "Dataset"
    assert "English" not in found and "Llama-3" not in found
    assert "Florbix" not in found  # only listed beside scored names, never scored on itself


def test_a_capital_a_sentence_gives_makes_no_name():
    from training.families.build_lexicon import count, type_names

    # "Notably" opens sentences far more often than "notably" is written mid-sentence, and lists
    # of models before it once made it a Model the lexicon added wherever it stood
    texts = [f"Paper {i}: we train Zorbo model and Quux model. Notably, Zorbo model wins. Notably, Quux, Zorbo "
             f"and Wobble model do too. Our Wobble model is fast; we use Wobble, and Wobble is fast." for i in range(4)]
    names = type_names(count(texts), max_df=1.0)
    assert names["Wobble"][0] == "Model" and "Notably" not in names


def test_lexicon_relabels_and_fills_but_leaves_tasks_and_known_names(make_doc):
    from kg.extract.name_lexicon import lexicon_entities

    doc = make_doc("LPIPS on WebArena and OSWorld for MRC with BLEU.",
                   [("LPIPS", "Method"), ("WebArena", "Method"), ("MRC", "Task"), ("BLEU", "Method")])
    matches = [doc.char_span(s, s + len(w), label=l) for w, l in
               (("LPIPS", "Metric"), ("WebArena", "Dataset"), ("OSWorld", "Dataset"), ("MRC", "Dataset"),
                ("BLEU", "Dataset")) for s in [doc.text.index(w)]]
    out = lexicon_entities(list(doc.ents), matches, known={"BLEU"}, fill={"OSWorld"})
    assert [(e.text, e.label_) for e in out] == [("LPIPS", "Metric"), ("WebArena", "Dataset"), ("OSWorld", "Dataset"),
                                                 ("MRC", "Task"), ("BLEU", "Method")]


def test_the_lexicon_retypes_a_task_only_as_a_technique(make_doc):
    from kg.extract.name_lexicon import lexicon_entities

    doc = make_doc("RAG helps MRC.", [("RAG", "Task"), ("MRC", "Task")])
    matches = [doc.char_span(0, 3, label="Method"), doc.char_span(10, 13, label="Dataset")]
    out = lexicon_entities(list(doc.ents), matches, known=set())
    assert [(e.text, e.label_) for e in out] == [("RAG", "Method"), ("MRC", "Task")]


def test_naming_conventions_type_a_whole_name(make_doc):
    from kg.extract.name_lexicon import convention_entities

    doc = make_doc("GenEval and VBench by CLIPScore vs LiveBench.",
                   [("GenEval", "Method"), ("VBench", "Metric"), ("CLIPScore", "Method"), ("LiveBench", "Method")])
    out = convention_entities(list(doc.ents), known={"LiveBench"})
    assert [(e.text, e.label_) for e in out] == [("GenEval", "Dataset"), ("VBench", "Dataset"),
                                                 ("CLIPScore", "Metric"), ("LiveBench", "Method")]


def test_untagged_names_of_a_convention_are_found_where_they_read_as_names():
    from kg.extract.name_lexicon import convention_matches

    text = "We built ZorpBench and Qix-Bench; nDCG@5 and QuuxScore rise, on a workbench, unlike KnownBench."
    found = [(text[s:e], label) for s, e, label in convention_matches(text, {"Qix-Bench": ("Dataset", True)}, {"KnownBench"})]
    # the lexicon and the well-known list type their own names; a lower-case word is no name
    assert found == [("ZorpBench", "Dataset"), ("nDCG@5", "Metric"), ("QuuxScore", "Metric")]


def test_the_shipped_pipeline_tags_a_benchmark_the_ner_left_untagged(packaged_nlp):
    doc = packaged_nlp("We introduce \\textbf{ZorpleBench}, a set of 300 questions. ZorpleBench is hard.")
    assert [e.text for e in doc.ents if e.label_ == "Dataset"].count("ZorpleBench") == 2


def test_a_checkpoint_size_after_a_name_makes_a_model():
    from kg.family_names import naming_type

    sized = ["AraGPT2-Medium", "ViT-Base", "XLM-R-Large", "DeiT-Tiny", "wav2vec2-Base"]
    assert [naming_type(name) for name in sized] == ["Model"] * len(sized)
    # a dataset's "-XL", and ordinary words before a size, are no model names
    assert [naming_type(name) for name in ("Objaverse-XL", "Multi-Large", "Real-Time-Small")] == [None] * 3


def test_shipped_lexicon_knows_todays_benchmarks_and_metrics():
    from kg.extract.name_lexicon import read_lexicon

    lexicon = read_lexicon()
    assert lexicon["WebArena"][0] == "Dataset" and lexicon["LPIPS"][0] == "Metric"
    assert lexicon["VBench"][0] == "Dataset"  # "VBench score" is a score on the benchmark
    assert not {"AI", "LLM", "LLMs", "SOTA", "However"} & set(lexicon)


def test_a_family_name_before_a_versioned_name_joins_it(packaged_nlp):
    doc = packaged_nlp("We compare Claude Opus 4.6 with GPT-5 and Gemini.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Claude Opus 4.6", "Model"), ("GPT-5", "Model"), ("Gemini", "Model")} <= ents


def test_a_modality_code_names_a_task():
    from kg.family_names import naming_type

    assert [naming_type(name) for name in ("T2I", "I2V", "S2T", "3D2T", "MRI-to-sCT", "NL-to-SQL")] == ["Task"] * 6
    assert [naming_type(name) for name in ("Skill-to-LoRA", "Cache-to-Cache")] == [None] * 2
    # end-to-end, a coined method and a model are no modality codes
    assert [naming_type(name) for name in ("E2E", "Pix2Pix", "Wav2Vec", "T2I-Adapter")] == [None] * 4


def test_a_convention_name_replaces_the_entities_inside_it_only(make_doc):
    from kg.extract.name_lexicon import convention_spans

    doc = make_doc("Results on ZSMR-Bench and on Quux Zorp-Bench", [("ZSMR", "Model"), ("Quux Zorp", "Method")])
    named = [doc.char_span(11, 21, label="Dataset"), doc.char_span(34, 44, label="Dataset")]
    out = convention_spans(list(doc.ents), named)
    # the NER's "ZSMR" lies inside the benchmark's name; "Quux Zorp" reaches outside "Zorp-Bench": kept
    assert [(e.text, e.label_) for e in out] == [("ZSMR-Bench", "Dataset"), ("Quux Zorp", "Method")]


def test_a_measure_after_a_family_s_name_stays_a_metric(make_doc):
    doc = make_doc("MarsZL improves AIME2025 accuracy from 86.5% to 93.3%.", [("AIME2025 accuracy", "Metric")])
    found = [doc.char_span(s, e, label=label) for s, e, label in versioned_spans(doc.text, {"aime": "Dataset"})]
    out = apply_versioned_names(list(doc.ents), found)
    assert [(e.text, e.label_) for e in out] == [("AIME2025", "Dataset"), ("accuracy", "Metric")]


def test_a_bench_name_in_capitals_names_data():
    from kg.family_names import naming_type

    assert [naming_type(name) for name in ("AGENTREWARDBENCH", "MATP-BENCH", "SC-ARENA", "AndroidBench")] == \
        ["Dataset"] * 4
    assert [naming_type(name) for name in ("BENCHMARKER", "Benchy")] == [None] * 2


def test_a_coined_name_sized_in_billions_is_a_model_unless_it_is_data():
    from kg.extract.versioned_names import sized_model_spans

    text = "ZedChef-32B and InfiZed-Foundation-1.7B beat ZUI-TARS-72B; CLIP trained on DataZomp-1B, and LAION-5B."
    found = [text[s:e] for s, e, label in sized_model_spans(text) if label == "Model"]
    assert found == ["ZedChef-32B", "InfiZed-Foundation-1.7B", "ZUI-TARS-72B"]
    assert sized_model_spans("The DataZomp-1B dataset is large; ZedNet-7M is small.") == []
    assert sized_model_spans("ZedChef-32B wins.", taken=[(0, 11)]) == []  # a versioned name already there


def test_a_sized_name_replaces_the_ners_piece_of_it_in_the_pipeline(packaged_nlp):
    doc = packaged_nlp("Notably, ZUI-Actor-7B even surpasses ZUI-TARS-72B (38.1) on ScreenSpot-Pro.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("ZUI-Actor-7B", "Model"), ("ZUI-TARS-72B", "Model")}
