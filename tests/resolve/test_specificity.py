"""Which entities get nodes: names and specific concepts, not generic phrases."""

from __future__ import annotations

import json

import pytest

from kg.graph.build import build_graph
from kg.records import Mention, PaperRecord
from kg.resolve.specificity import DATA, FEATURES, features, is_known, is_specific, score


def test_names_and_well_known_concepts_are_nodes():
    for name, label in [("BERT", "Model"), ("GPT-4o", "Model"), ("Llama-3.1-8B", "Model"), ("LoRA", "Method"),
                        ("MMLU", "Dataset"), ("ImageNet", "Dataset"), ("mIoU", "Metric"),
                        ("question answering", "Task"), ("accuracy", "Metric"), ("top-1 accuracy", "Metric")]:
        assert is_specific(name, label), (name, label)


def test_generic_phrases_are_not():
    for name, label in [("our method", "Method"), ("unified framework", "Method"), ("encoder", "Method"),
                        ("downstream tasks", "Task"), ("robustness", "Task"), ("LLMs", "Model")]:
        assert not is_specific(name, label), (name, label)


def test_a_field_wide_acronym_is_generic_but_a_known_name_stays():
    assert score("LLMs", "Model") > 0.5 and not is_specific("LLMs", "Model")  # 21% of 2025 abstracts
    assert is_known("Question Answering", "accuracies") and not is_known("unified framework")
    assert not is_specific("AI", "Task")  # 9.5% of 2025 abstracts: a field
    assert is_specific("VLMs", "Method")  # 3.9%: as common as well-defined names
    # a coinage is not the common word its parts or letters spell
    assert is_specific("ConteXt", "Model") and is_specific("Video-LLM", "Model")


def test_terms_the_field_abbreviates_are_nodes_however_common_their_words():
    from kg.resolve.specificity import is_defined_term

    for name, label in [("speculative decoding", "Method"), ("flow matching", "Method"),
                        ("attack success rate", "Metric"), ("time series forecasting", "Task")]:
        assert is_defined_term(name) and is_specific(name, label), name
    assert not is_defined_term("unified framework") and not is_specific("unified framework", "Method")
    assert not is_defined_term("large language models")  # in 27% of abstracts: the field itself
    assert not is_defined_term("reasoning models")  # a class: 1,217 papers use it, 3 spell it out


def test_long_forms_are_found_as_schwartz_and_hearst_find_them():
    from training.specificity.defined_terms import MIN_PAPERS, defined_terms, long_form

    assert long_form("SD", "we accelerate inference with speculative decoding") == "speculative decoding"
    assert long_form("CoT", "a new form of chain-of-thought") == "chain-of-thought"
    assert long_form("TSF", "this unrelated phrase") is None
    texts = ["Speculative decoding (SD) is fast.", "We study speculative decoding (SD).", "Our method (OM) works."]
    found = defined_terms(texts)
    assert found["speculative decoding"] == 2 and found["our method"] == 1 < MIN_PAPERS  # one paper's coinage


def test_the_shipped_model_matches_the_features():
    model = json.loads((DATA / "specificity.json").read_text(encoding="utf-8"))
    assert model["features"] == list(FEATURES) and len(model["weights"]) == len(features("x", "Task"))
    assert model["cross_validated"]["junk_kept"] <= 0.10


def test_generic_mentions_stay_in_the_record_but_get_no_node():
    text = "Our unified framework fine-tunes BERT on SQuAD."
    spans = [("unified framework", "Method"), ("BERT", "Model"), ("SQuAD", "Dataset")]
    record = PaperRecord(id="p", title="", abstract=text, entities=[
        Mention(t, label, "abstract", text.index(t), text.index(t) + len(t), t) for t, label in spans])
    graph = build_graph([record])
    mentioned = {v for _, v, k in graph.out_edges("Paper:p", keys=True) if k == "MENTIONS"}
    assert mentioned == {"Model:bert", "Dataset:squad"}
    assert "Method:unified framework" not in graph


def test_what_the_text_calls_a_name_outweighs_the_tagger():
    """A benchmark paper's coined name is tagged Model in its title; the abstract says what it is."""
    title, abstract = "FooBench: probing agents", "We introduce FooBench, a benchmark of web tasks. FooBench is hard."
    spans = [("title", title, "FooBench", 0), ("abstract", abstract, "FooBench", 0), ("abstract", abstract, "FooBench", 1)]
    mentions = []
    for field, text, name, nth in spans:
        start = text.index(name) if nth == 0 else text.index(name, text.index(name) + 1)
        mentions.append(Mention(name, "Model", field, start, start + len(name), name))
    graph = build_graph([PaperRecord(id="p", title=title, abstract=abstract, entities=mentions)])
    assert "Dataset:foobench" in graph and "Model:foobench" not in graph


def test_a_method_named_after_its_task_is_what_the_text_calls_it_but_a_score_stays_a_measure():
    """An acronym's long form ending in a task noun votes Task; the apposition right after it
    says what the paper made. A long form ending in "Score" stays a measure."""
    def entity_of(abstract: str, long_form: str, acronym: str, label: str) -> set[str]:
        at, ac = abstract.index(long_form), abstract.index(f"({acronym})") + 1
        second = abstract.index(acronym, ac + len(acronym))
        mentions = [Mention(long_form, label, "abstract", at, at + len(long_form), long_form),
                    Mention(acronym, label, "abstract", ac, ac + len(acronym), long_form),
                    Mention(acronym, label, "abstract", second, second + len(acronym), long_form)]
        graph = build_graph([PaperRecord(id="p", title="", abstract=abstract, entities=mentions)])
        return {n for n in graph if n.split(":", 1)[0] in ("Method", "Task", "Metric")}

    method = ("We propose Zorp-Anchored Knee Estimation (ZAKE), a two-stage method that picks windows. "
              "ZAKE cuts the cost.")
    assert entity_of(method, "Zorp-Anchored Knee Estimation", "ZAKE", "Task") == {"Method:zorp anchored knee estimation"}
    score = ("We propose the Zorp Narrative Score (ZNS), an evaluation framework for spatial narratives. "
             "ZNS ranks models.")
    assert entity_of(score, "Zorp Narrative Score", "ZNS", "Metric") == {"Metric:zorp narrative score"}


def test_cues():
    from kg.resolve.context import cue_type
    assert cue_type("SentiHood", " dataset, which") == "Dataset"
    assert cue_type("X", ", a new large-scale benchmark for agents") == "Dataset"
    assert cue_type("LoRA", ", a parameter-efficient fine-tuning method") == "Method"
    assert cue_type("SAGE-Bench", " shows") == "Dataset"  # the naming convention
    assert cue_type("BERT", " model") is None and cue_type("GLUE", " tasks") is None
    assert cue_type("X", ", a model trained for the benchmark") is None  # the apposition ends at "for"


def test_what_a_model_is_trained_or_evaluated_on_is_data():
    from kg.resolve.context import cue_type
    assert cue_type("SQPsychConv", " achieve", "Our models fine-tuned on ") == "Dataset"
    assert cue_type("LLaVA-665K", " and", "The selector is trained once on ") == "Dataset"
    assert cue_type("ShanghaiTech-A", " validates", "zero-shot evaluation on CARPK and ") == "Dataset"
    assert cue_type("MMLU", ".", "we evaluate GPT-4o on ") == "Dataset"
    assert cue_type("Llama-3", " show", "experiments on ") is None  # experiments run on models too
    assert cue_type("SDXL", ".", "Extensive experiments on ImageNet and ") is None  # a model by the corpus lexicon
    assert cue_type("OpenZLA", " backbone across", "gains of 12.6% on the pi0 backbone and 10.4% on the ") is None
    assert cue_type("MedZQA", " and", "scores 10.4% on the ") == "Dataset"
    assert cue_type("data", " only", "trained on ") is None  # a common word is no name


def test_lists_parts_and_descriptions_of_data_are_data():
    from kg.resolve.context import cue_type
    assert cue_type("KiTS'23", ", and MVSeg'23 datasets", "tested on the BraTS'23, ") == "Dataset"
    assert cue_type("VSP", ", and Sudoku) show", "across diverse benchmarks (e.g., Maze, TSP, ") == "Dataset"
    assert cue_type("LiTS", " liver CT", "a controlled subset of ") == "Dataset"
    assert cue_type("GPT-4o", " outputs", "a subset of ") is None  # a model family's name stays a model
    assert cue_type("HATS", ", an original French manually annotated data set") == "Dataset"


def test_a_common_noun_before_datasets_is_not_called_a_dataset():
    from kg.resolve.context import cue_type
    assert cue_type("recommendation", " datasets such as") is None
    assert cue_type("recommendation", ", a task with sparse feedback") is None


def test_a_shouted_common_word_is_not_an_acronym():
    # "LEFT and RIGHT prompts": the corpus writes these words in lower case; acronyms and
    # benchmarks written in capitals keep their node
    assert not is_specific("RIGHT", "Model") and not is_specific("FAITHFUL", "Model")
    assert is_specific("SAM", "Model") and is_specific("MATH", "Dataset") and is_specific("MOTA", "Metric")
    # unless the paper writes it with words of its own: a long form, a kind noun
    assert is_specific("SLOT", "Method", "Sample-specific Language Model Optimization at Test-time")
    assert is_specific("PENS", "Dataset", "PENS dataset") and not is_specific("RIGHT", "Model", "RIGHT")


def test_hardware_and_regulations_the_corpus_names_as_such_get_no_node():
    # "H100 GPUs", "GDPR compliance": things of none of the five types (kg.corpus_names)
    assert not is_specific("H100", "Model") and not is_specific("GDPR", "Model")
    assert is_specific("BERT", "Model")


def test_an_acronym_for_a_device_or_an_imaging_modality_gets_no_node():
    # what the written-out form ends in says what the acronym stands for
    assert not is_specific("UPA", "Method", "Uniform Planar Array")
    assert not is_specific("LF-MRI", "Method", "Low-Field Magnetic Resonance Imaging")
    assert is_specific("TTS", "Task", "Text to Speech") and is_specific("ViT", "Model", "Vision Transformer")


def test_an_acronym_for_a_data_structure_gets_no_node():
    assert not is_specific("KG", "Model", "Knowledge Graph", "KGs")
    assert not is_specific("DAG", "Method", "directed acyclic graphs")
    assert is_specific("SoG", "Method", "Synthetic-on-Graph") and is_specific("GNN", "Method", "graph neural network")


def test_a_kind_of_ai_names_the_field_not_a_thing():
    assert not is_specific("generative AI", "Model") and not is_specific("Agentic AI", "Task")
    assert not is_specific("AGI", "Method", "artificial general intelligence")
    assert is_specific("GenAI-Bench", "Dataset") and is_specific("HAI", "Task", "human agent interaction")
    assert not is_specific("NLP", "Task", "natural language processing")  # "X processing": a field of work
    assert is_specific("ASR", "Task", "automatic speech recognition")


def test_a_task_the_field_builds_benchmarks_for_gets_a_node_in_plain_words():
    from kg.resolve.specificity import is_task_term
    assert is_task_term("code generation") and is_task_term("video understanding")
    assert is_specific("code generation", "Task") and is_specific("mathematical reasoning", "Task")
    assert not is_specific("code generation", "Method")  # the table speaks of tasks only
    assert not is_task_term("downstream tasks") and not is_task_term("real-world applications")
    # a task named by what it maps to what
    assert is_specific("text-to-video generation", "Task") and is_task_term("text-to-speech synthesis")
    assert not is_task_term("text-to-image models") and not is_task_term("end-to-end prediction")


def test_diseases_and_number_formats_get_no_node():
    assert not is_specific("PTSD", "Method", "post-traumatic stress disorder")
    assert not is_specific("Coronary Artery Disease", "Task") and not is_specific("FP16", "Model")
    assert is_specific("Alzheimer Disease Detection", "Task") and is_specific("FPN", "Method")


def test_a_title_says_what_its_coined_name_is():
    from kg.resolve.context import cue_type

    assert cue_type("EcomEval", ": A Comprehensive Multilingual Benchmark for E-commerce") == "Dataset"
    assert cue_type("LogicCat", ": The Chain-of-Thought Text-to-SQL Benchmark") == "Dataset"
    assert cue_type("ReaComp", ": Compiling LLM Reasoning into Symbolic Solvers") is None


def test_a_coined_name_before_a_titles_colon_is_what_the_paper_proposes():
    from kg.resolve.context import title_cue

    assert title_cue("TLB-VFI", ": Temporal-Aware Latent Brownian Bridge Diffusion") == "Method|Model"
    assert title_cue("EcomEval", ": A Comprehensive Multilingual Benchmark") == "Dataset"
    assert title_cue("question answering", ": a survey") is None  # not a coined name


def test_appositions_with_coordinated_adjectives_long_brackets_and_a_kind_noun_before():
    from kg.resolve.context import cue_type

    assert cue_type("EcomEval", ", a comprehensive multilingual and multimodal benchmark for") == "Dataset"
    assert cue_type("VAGU", " (Video Anomaly Grounding and Understanding), the first benchmark to") == "Dataset"
    assert cue_type("LogicCat", " (24.28 EX)", before="on the complex reasoning benchmark ") == "Dataset"
    assert cue_type("question answering", " tasks", before="the benchmark ") is None  # not a coined name


def test_an_acronym_s_apposition_and_a_name_called_so_after_a_kind_noun():
    from kg.resolve.context import cue_type

    # the apposition after the definition the acronym closes, through LaTeX's braces
    assert cue_type("Entro-duction", "), a novel method that adjusts", before="Depth Conduction (") == "Method"
    assert cue_type("SAKE", ")}, a two-stage method that", before="Knee Estimation (") == "Method"
    assert cue_type("ZorpNet", "), which is fast", before="Zorp Network (") is None
    # "a dataset, named X", "a benchmark called X", LaTeX commands between
    assert cue_type("SVM-City", "}}, deriving from", before="scene dataset, named \\textbf{\\underline{") == "Dataset"
    assert cue_type("Zorp-QA", " to test", before="a new benchmark called ") == "Dataset"
    assert cue_type("Zorp-QA", " to test", before="a new approach Res") is None  # a word the name continues
    # a kind a few words before "called"/"named", of any kind
    assert cue_type("ZorpNeXt", ", which contains", before="we assemble a large-scale dataset for multi-modal "
                                                          "pretraining, called ") == "Dataset"
    assert cue_type("ZAC Synthesis", ", that first", before="we propose a diversity-driven data synthesis "
                                                            "framework, named ") == "Method|Model"
    assert cue_type("ZorpNet", " which", before="the encoder of a model called ") is None  # "model" names no kind
    # a state-of-the-art score on data, not on a model family
    assert cue_type("ZVIMO2", " and optical flow", before="We achieve state-of-the-art point tracking on ") == "Dataset"
    assert cue_type("Llama-3", " and", before="We achieve state-of-the-art results on ") is None


def _titled(pid: str, title: str, abstract: str, title_spans, abstract_spans) -> PaperRecord:
    ents = [Mention(t, label, "title", title.index(t), title.index(t) + len(t), t) for t, label in title_spans]
    ents += [Mention(t, label, "abstract", abstract.index(t), abstract.index(t) + len(t), t)
             for t, label in abstract_spans]
    return PaperRecord(id=pid, title=title, abstract=abstract, entities=ents)


def test_a_phrase_only_a_title_names_gets_no_node_unless_the_abstract_names_it_too():
    headline = _titled("p1", "High-Accuracy Lung Cancer Detection with HEBATRON",
                       "We train HEBATRON, a detector, and evaluate it on LIDC.",
                       [("High-Accuracy Lung Cancer Detection", "Task"), ("HEBATRON", "Model")],
                       [("HEBATRON", "Model"), ("LIDC", "Dataset")])
    repeated = _titled("p2", "Sparse-View Gaussian Splatting on MipNeRF360",
                       "We study Sparse-View Gaussian Splatting and report PSNR.",
                       [("Sparse-View Gaussian Splatting", "Task"), ("MipNeRF360", "Dataset")],
                       [("Sparse-View Gaussian Splatting", "Task"), ("PSNR", "Metric")])
    known = _titled("p3", "Question Answering over Tables", "We build a table reader.",
                    [("Question Answering", "Task")], [])
    names = {d["name"] for _, d in build_graph([headline, repeated, known]).nodes(data=True)}
    assert "High-Accuracy Lung Cancer Detection" not in names  # the mention stays in the record
    assert {"HEBATRON", "MipNeRF360", "Sparse-View Gaussian Splatting", "Question Answering"} <= names
    assert len(headline.entities) == 4


def test_what_the_text_says_around_a_coined_name():
    from kg.resolve.context import cue_type, title_cue

    assert cue_type("GeoArena", ": An Open Platform") == "Dataset"  # "-Arena" names evaluation suites
    assert cue_type("SICI", ", a complexity index for stance detection") == "Metric"
    assert cue_type("SeaTau", " is a diagnostic benchmark for agents") == "Dataset"
    assert cue_type("MILL", ") dataset, containing images") == "Dataset"
    assert cue_type("DeepCAD", " and Fusion360 datasets show", "Experiments on the ") == "Dataset"
    assert cue_type("MedCalc", " and 87.1", "achieved scores of 66.6 on ") == "Dataset"
    assert cue_type("ZorpVQA", ". Furthermore", "on SLAKE, and 95.15\\% on ") == "Dataset"  # LaTeX's percent sign
    assert cue_type("ZorpSeg", " show strong results", "post-processing. Evaluations on PanNuke and ") == "Dataset"
    assert cue_type("ZCC", ": 0.8361, DSC: 0.918", "F1: 0.9225, AUC: 0.983, ") == "Metric"  # a name set to a number
    assert cue_type("ICLR", ": 2025 track", "at ") is None  # not to a year
    assert cue_type("SMACv2", ", and MA-MuJoCo", "We evaluate ACPO on Multi-Robot Warehouse, ") == "Dataset"
    assert cue_type("APLS", " and 10.18 IoU", "outperforms the prior method by 4.62 ") == "Metric"
    assert cue_type("MMLU", " score of the model") is None  # a benchmark's score names the benchmark
    assert cue_type("Llama-3", " and Qwen2.5 models", "experiments on ") is None
    assert title_cue("SCUBA", ": Salesforce Computer Use Benchmark") == "Dataset"
    assert title_cue("ZorpPriv", ": Benchmarking Privacy Reasoning in Vision-Language Models") == "Dataset"
    assert title_cue("HistCAD", ": Geometrically Constrained Parametric History-based CAD Dataset") == "Dataset"
    assert title_cue("ReaComp", ": Compiling LLM Reasoning into Symbolic Solvers") == "Method|Model"


def test_what_a_paper_proposes_is_a_method_unless_it_says_more():
    from kg.resolve.context import PROPOSED, cue_type

    assert cue_type("Ortho-ReID", ", which explicitly models", "existing methods fail; we propose ") == PROPOSED
    assert cue_type("KidVis", ", a novel benchmark grounded in", "To investigate this, we introduce ") == "Dataset"
    assert cue_type("DSFR", ") module that bypasses empty voxels") == "Method"
    assert cue_type("MTL", ") approach that trains models jointly") == "Method"
    assert cue_type("GSQA", ") benchmarks predominantly focus on") is None  # benchmarks for a task
    assert cue_type("AVA", ", which", "Unlike established benchmarks such as ") == "Dataset"
    assert cue_type("GenEval", " to 57.45%", "improving semantic alignment accuracy on ") == "Dataset"
    # the subject of the next clause is not one more item of the list before it
    assert cue_type("WorldCache", " achieves a 2.3x speedup", "Cosmos evaluated on PAI-Bench, ") is None


def test_languages_hardware_and_software_get_no_node():
    assert not is_specific("Portuguese", "Dataset") and not is_specific("Hebrew", "Dataset")
    assert not is_specific("NVIDIA T4 GPU", "Model") and not is_specific("X-ray images", "Dataset")
    assert not is_specific("NVIDIA H100", "Model")
    assert is_specific("WebArena", "Dataset") and is_specific("ImageNet", "Dataset")


@pytest.mark.parametrize("name", ["Named Entity Recognition(NER", "Farsi)--English", "V^{*}$", "HiSpec)}$",
                                  "Class-Agnostic", "Model-Level", "LLaMA2-7B-Based", "ShieldGemma-style",
                                  "CAD-derived", "LLM-powered", "PDF-only", "instruction-tuned"])
def test_spans_cut_through_brackets_or_tex_and_lone_modifiers_get_no_node(name):
    assert not is_specific(name, "Method")


@pytest.mark.parametrize("name", ["Qwen2.5-VL-7B", "Text-to-SQL", "Mixture-of-Experts", "ViT-FREE", "Llama-3 (8B)"])
def test_names_with_hyphens_and_balanced_brackets_are_not_broken(name):
    from kg.resolve.specificity import looks_broken
    assert not looks_broken(name)


def test_names_built_like_measures_are_metrics():
    from kg.resolve.context import cue_type

    for name in ("BERTScore", "CLIPScore", "SPK-SIM", "Recall@10", "pass@1"):
        assert cue_type(name, " of the model") == "Metric"
    assert cue_type("Score", " of") is None and cue_type("ScoreNet", " shows") is None


def test_a_hyphenated_modifier_alone_is_no_node():
    from kg.resolve.specificity import is_modifier
    # the 2025 corpus writes these before a noun ("multi-agent systems", "low-light images")
    assert is_modifier("Multi-Agent") and is_modifier("Low-Light") and is_modifier("plug-and-play")
    assert not is_specific("Multi-Agent", "Method") and not is_specific("Low-Light", "Task")
    # names end their phrases often enough, and longer names are not one modifier
    assert not is_modifier("U-Net") and not is_modifier("Self-Attention") and not is_modifier("X-ray")
    assert is_specific("multi-agent reinforcement learning", "Method")


def test_only_a_subtitle_opening_with_benchmarking_names_a_benchmark():
    from kg.resolve.context import cue_type
    assert cue_type("ZorpTorch", ", a fine-tuning and benchmarking toolkit for models") is None
