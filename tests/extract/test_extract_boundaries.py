"""Boundary repairs of NER spans (kg.extract.boundaries)."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.boundaries import fix_boundaries


def _fix(make_doc, text, ents):
    doc = make_doc(text, ents)
    return [(e.text, e.label_) for e in fix_boundaries(list(doc.ents))]


def test_leading_determiners_and_edge_punctuation_are_dropped(make_doc):
    assert _fix(make_doc, "We train the ResNet model, on our ImageNet-1k.",
                [("the ResNet model,", "Method"), ("our ImageNet-1k.", "Dataset")]) == [
        ("ResNet model", "Method"), ("ImageNet-1k", "Dataset")]


def test_trailing_function_words_are_dropped(make_doc):
    assert _fix(make_doc, "We train ResNet on ImageNet and CIFAR-10 with SGD.",
                [("ResNet on", "Method"), ("ImageNet and", "Dataset"), ("CIFAR-10 with SGD", "Dataset")]) == [
        ("ResNet", "Method"), ("ImageNet", "Dataset"), ("CIFAR-10 with SGD", "Dataset")]


def test_split_at_parentheses(make_doc):
    assert _fix(make_doc, "We use the Online Instance Matching (OIM) loss here.",
                [("Online Instance Matching (OIM) loss", "Method")]) == [
        ("Online Instance Matching", "Method"), ("OIM", "Method"), ("loss", "Method")]


def test_split_at_verbs_of_a_claim(make_doc):
    assert _fix(make_doc, "Our small Foo-7B outperforms the larger Bar-13B there.",
                [("small Foo-7B outperforms the larger Bar-13B", "Model")]) == [
        ("small Foo-7B", "Model"), ("larger Bar-13B", "Model")]
    assert _fix(make_doc, "We present Beat-Aligned Chart Generation and Beats Net here.",
                [("Beat-Aligned Chart Generation", "Task"), ("Beats Net", "Method")]) == [
        ("Beat-Aligned Chart Generation", "Task"), ("Beats Net", "Method")]


def test_split_at_verbs_of_reaching_a_score(make_doc):
    assert _fix(make_doc, "Across tasks, ZedOPSD attains best results.", [("ZedOPSD attains", "Task")]) == [
        ("ZedOPSD", "Task")]


def test_split_where_and_joins_two_coined_names(make_doc):
    assert _fix(make_doc, "Across ZedWorld and Search-ZQA, it wins; Pride and Prejudice is a novel.",
                [("ZedWorld and Search-ZQA", "Model"), ("Pride and Prejudice", "Dataset")]) == [
        ("ZedWorld", "Model"), ("Search-ZQA", "Model"), ("Pride and Prejudice", "Dataset")]
    assert _fix(make_doc, "Rules compete with ML and LLMs here.", [("ML and LLMs", "Model")]) == [
        ("ML and LLMs", "Model")]  # a field's acronyms: pieces would take a type neither has alone


def test_split_where_and_joins_two_phrases_of_two_words_or_more(make_doc):
    assert _fix(make_doc, "It matters in computer graphics and computer vision research today.",
                [("computer graphics and computer vision research", "Task")]) == [
        ("computer graphics", "Task"), ("computer vision research", "Task")]
    assert _fix(make_doc, "We test link prediction or semi-supervised node classification.",
                [("link prediction or semi-supervised node classification", "Task")]) == [
        ("link prediction", "Task"), ("semi-supervised node classification", "Task")]


def test_a_shared_head_a_one_word_side_or_a_list_keeps_the_span_whole(make_doc):
    text = ("Stacks of convolutional and deconvolutional layers help image classification and segmentation "
            "with dropout and data augmentation, as in Fast Online Object Tracking and Segmentation and X, Y and Z W here.")
    ents = [("convolutional and deconvolutional layers", "Method"),
            ("image classification and segmentation", "Task"), ("dropout and data augmentation", "Method"),
            ("Fast Online Object Tracking and Segmentation", "Task"), ("X, Y and Z W", "Method")]
    assert _fix(make_doc, text, ents) == ents


def test_datasets_lose_trailing_score_words_other_types_keep_them(make_doc):
    assert _fix(make_doc, "gains on QuizBench scores and the F1 score relative to others",
                [("QuizBench scores", "Dataset"), ("F1 score relative", "Metric")]) == [
        ("QuizBench", "Dataset"), ("F1 score", "Metric")]


def test_pieces_without_letters_vanish_and_clean_spans_stay(make_doc):
    assert _fix(make_doc, "the ( 12 ) and BLEU-4 and -shot",
                [("the ( 12 )", "Metric"), ("BLEU-4", "Metric"), ("-shot", "Task")]) == [
        ("BLEU-4", "Metric")]


def test_word_pieces_and_model_sizes_are_not_mentions(make_doc):
    from spacy.tokens import Span

    from kg.extract.boundaries import is_fragment
    doc = make_doc("We study few-shot learning with a 175B model and BERT-base on SQuAD.")
    by_text = {t.text: t.i for t in doc}
    assert is_fragment(Span(doc, by_text["shot"], by_text["shot"] + 1, label="Dataset"))
    assert is_fragment(Span(doc, by_text["175B"], by_text["175B"] + 1, label="Model"))
    assert not is_fragment(Span(doc, by_text["SQuAD"], by_text["SQuAD"] + 1, label="Dataset"))
    assert not is_fragment(Span(doc, by_text["few"], by_text["shot"] + 1, label="Task"))


def test_generic_words_are_no_names(make_doc):
    assert _fix(make_doc, "A new SOTA beats the baselines and our model on MNIST.",
                [("SOTA", "Method"), ("baselines", "Method"), ("our model", "Method"), ("MNIST", "Dataset")]) == [
        ("MNIST", "Dataset")]
    assert _fix(make_doc, "Learning at McGillUniversity with metric learning.",
                [("Learning", "Task"), ("McGillUniversity", "Method"), ("metric learning", "Method")]) == [
        ("metric learning", "Method")]
    assert _fix(make_doc, "Bias was 0.28 (95% CI: 0.21-0.34) under a fixed carbon intensity (CI).",
                [("CI", "Model"), ("carbon intensity", "Metric"), ("CI", "Metric")]) == [
        ("carbon intensity", "Metric"), ("CI", "Metric")]  # a confidence interval is nobody's
    assert _fix(make_doc, "We test Zemini Pro and Flash on the Pro split.",
                [("Zemini", "Model"), ("Pro", "Model"), ("Flash", "Model"), ("Pro split", "Dataset")]) == [
        ("Zemini", "Model"), ("Pro split", "Dataset")]  # a variant word alone names no model
    assert _fix(make_doc, "It fails as $N$ grows on QuizA.", [("$N$", "Method"), ("QuizA", "Dataset")]) == [
        ("QuizA", "Dataset")]  # a variable of the mathematics


def test_an_opening_gerund_before_a_name_is_not_part_of_it(packaged_nlp):
    from kg.extract import extract_records
    from kg.ingest.paper import Paper

    for title, name in (("Training GANs faster", "GANs"), ("Rethinking Talking-Head Animation", "Talking-Head Animation")):
        (rec,) = extract_records([Paper("a", title, "We study it.")], nlp=packaged_nlp)
        assert name in {e.text for e in rec.entities}


def test_a_verb_in_ing_before_a_name_is_dropped_after_a_colon_or_where_the_corpus_uses_it_as_a_verb(make_doc):
    assert _fix(make_doc, "Think Twice: Enhancing LLM Reasoning by boosting GPT-4o and aligning LLMs.",
                [("Enhancing LLM Reasoning", "Task"), ("boosting GPT-4o", "Method"), ("aligning LLMs", "Model")]) == [
        ("LLM Reasoning", "Task"), ("GPT-4o", "Method"), ("LLMs", "Model")]


def test_a_task_keeps_its_verb_and_nouns_in_ing_stay_in_names(make_doc):
    # the gold writes tasks as actions; "streaming", "training" are not verbs to the corpus
    assert _fix(make_doc, "We study detecting 3D objects with Streaming ASR and training GPT-2.",
                [("detecting 3D objects", "Task"), ("Streaming ASR", "Method"), ("training GPT-2", "Method")]) == [
        ("detecting 3D objects", "Task"), ("Streaming ASR", "Method"), ("training GPT-2", "Method")]


def test_a_span_cut_at_a_hyphen_inside_a_name_takes_the_whole_word(make_doc):
    assert _fix(make_doc, "We propose LSP-DETR for nuclei.", [("LSP", "Method")]) == [("LSP-DETR", "Method")]
    assert _fix(make_doc, "We propose LSP-DETR for nuclei.", [("DETR", "Method")]) == [("LSP-DETR", "Method")]
    # a modifier after the hyphen, or a lower-case word before it, is not part of a name
    assert _fix(make_doc, "A CLIP-Guided editor.", [("CLIP", "Model")]) == [("CLIP", "Model")]
    assert _fix(make_doc, "In few-Shot tests.", [("Shot", "Task")]) == []


def test_a_task_cut_before_its_head_noun_is_one_task(make_doc):
    assert _fix(make_doc, "Work on multiple sclerosis lesion segmentation and Video Anomaly Detection tasks.",
                [("multiple sclerosis lesion", "Task"), ("segmentation", "Task"), ("Video Anomaly", "Task"),
                 ("Detection tasks", "Task")]) == [
        ("multiple sclerosis lesion segmentation", "Task"), ("Video Anomaly Detection tasks", "Task")]
    # another type, a gap, or a second part that is no task head keeps them apart
    assert _fix(make_doc, "An autoregressive generation model; lesion, segmentation; QA reasoning.",
                [("autoregressive", "Method"), ("generation", "Task"), ("lesion", "Task"), ("segmentation", "Task"),
                 ("QA", "Task"), ("reasoning", "Task")]) == [
        ("autoregressive", "Method"), ("generation", "Task"), ("lesion", "Task"), ("segmentation", "Task"),
        ("QA", "Task"), ("reasoning", "Task")]


def test_a_bare_task_head_takes_in_what_it_is_of(make_doc):
    assert _fix(make_doc, "Models for text-to-video generation still fail, and incorrect code generation too.",
                [("generation", "Task"), ("generation", "Task")]) == [
        ("text-to-video generation", "Task"), ("code generation", "Task")]
    # not a word that makes no task the field names, nor a word of the entity before it
    assert _fix(make_doc, "A better generation of models; ZedNet generation.", [("generation", "Task"), ("ZedNet", "Method"),
                                                                              ("generation", "Task")]) == [
        ("generation", "Task"), ("ZedNet", "Method"), ("generation", "Task")]


def test_a_leading_sota_is_no_part_of_a_name(make_doc):
    assert _fix(make_doc, "SOTA LLMs and state-of-the-art VLMs reach SOTA accuracy.",
                [("SOTA LLMs", "Method"), ("state-of-the-art VLMs", "Method"), ("SOTA accuracy", "Metric")]) == [
        ("LLMs", "Method"), ("VLMs", "Method"), ("accuracy", "Metric")]


def test_a_name_cut_inside_its_glued_bracket_takes_the_bracket(make_doc):
    # the tokenizer keeps "ZE(2" whole (so "TIIF(73.8)" reads as a name and its value)
    assert _fix(make_doc, "We propose a novel ZE(2) odometry approach.", [("ZE(2", "Method")]) == [("ZE(2)", "Method")]
    assert _fix(make_doc, "Scores: TIZF(73.8) overall.", [("TIZF(73.8", "Dataset")]) == [("TIZF(73.8", "Dataset")]


def test_a_value_glued_before_a_name_is_no_part_of_it(make_doc):
    assert _fix(make_doc, "It reaches $56.0\\%$ Chain-of-Thought score.", [("56.0\\%$ Chain-of-Thought", "Method")]) == [
        ("Chain-of-Thought", "Method")]


def test_the_accuracy_a_dataset_s_span_loses_is_a_metric(make_doc):
    assert _fix(make_doc, "It lifts ZedSet accuracy by 2 points.", [("ZedSet accuracy", "Dataset")]) == [
        ("ZedSet", "Dataset"), ("accuracy", "Metric")]
    assert _fix(make_doc, "It lifts ZedSet results by 2 points.", [("ZedSet results", "Dataset")]) == [("ZedSet", "Dataset")]
    # TeX's "~(" before an acronym is a gap, not a glued bracket
    assert _fix(make_doc, "Reinforcement Learning~(RL) helps.", [("Reinforcement Learning~(RL", "Method")]) != [
        ("Reinforcement Learning~(RL)", "Method")]


def test_names_glued_into_a_page_header_are_no_mentions(make_doc):
    from spacy.tokens import Span

    from kg.extract.boundaries import is_fragment
    doc = make_doc("It works. TitouanZarcollet, MohamedZorchid and ResZet UniversitédeZontréal, MILA, Canada.")
    by_text = {t.text: t.i for t in doc}
    for name in ("TitouanZarcollet", "MohamedZorchid", "ResZet"):  # in front matter, any glued word
        assert is_fragment(Span(doc, by_text[name], by_text[name] + 1, label="Model")), name
    doc = make_doc("It works. TitouanZarcollet, MohamedZorchid, GeorgesZinares UniversitédeZontréal, MILA, Canada "
                   "Index Terms: deep learning.")
    by_text = {t.text: t.i for t in doc}
    assert is_fragment(Span(doc, by_text["MILA"], by_text["MILA"] + 1, label="Model"))  # a lab among their names
    assert not is_fragment(Span(doc, by_text["deep"], by_text["deep"] + 2, label="Method"))  # the paper's keywords
    doc = make_doc("It works. Multi-PassageZachineReading withCross-PassageZnswer [1*] follows.")
    start = next(t.i for t in doc if t.text == "Multi")
    end = next(t.i for t in doc if t.text == "[")
    assert is_fragment(Span(doc, start, end, label="Task"))  # a title run together, anywhere
    # the same glued shapes in a sentence of the abstract are names; "NDCG@10" is no email
    doc = make_doc("On MixZench, ResZet improves NDCG@10 by 3 points.")
    by_text = {t.text: t.i for t in doc}
    for name in ("MixZench", "ResZet"):
        assert not is_fragment(Span(doc, by_text[name], by_text[name] + 1, label="Model")), name


def test_a_list_of_named_datasets_before_their_noun_is_split(make_doc):
    assert _fix(make_doc, "On the UIZB and EUZP datasets, it works.", [("UIZB and EUZP datasets", "Dataset")]) == [
        ("UIZB", "Dataset"), ("EUZP datasets", "Dataset")]
    assert _fix(make_doc, "On the CNZ and Daily Mail datasets, it works.", [("CNZ and Daily Mail datasets", "Dataset")]) == [
        ("CNZ and Daily Mail datasets", "Dataset")]  # a name of several words: one dataset


def test_a_name_s_scores_before_a_value_are_a_measure(make_doc):
    assert _fix(make_doc, "It achieves UIZM scores of 2.249 on UIZB.", [("UIZM scores", "Dataset")]) == [
        ("UIZM scores", "Metric")]
    assert _fix(make_doc, "It achieves GLUE scores of 80.5 here.", [("GLUE scores", "Dataset")]) == [
        ("GLUE", "Dataset")]  # a known benchmark's score


def test_a_plus_glued_to_a_name_s_end_is_the_name_s(make_doc):
    assert _fix(make_doc, "We compare DeepLabv3 + ASPP and DeepLabv3+.",
                [("DeepLabv3", "Model"), ("DeepLabv3", "Model")]) == [("DeepLabv3", "Model"), ("DeepLabv3+", "Model")]


def test_a_name_s_closing_k_split_off_by_the_tokenizer_is_the_name_s(make_doc):
    doc = make_doc("It reaches 0.890 on COD10K and 7 K steps.", [])
    ents = [doc[4:5], doc[6:7]]  # "COD10" as the NER closed it, and the bare count "7"
    fixed = fix_boundaries([Span(doc, e.start, e.end, label="Dataset") for e in ents])
    assert [(e.text, e.label_) for e in fixed] == [("COD10K", "Dataset")]  # "7 K": a count, no name


def test_a_word_praising_a_measure_is_not_its_name(make_doc):
    assert _fix(make_doc, "It shows an impressive accuracy rate and low-quality images at low cost.",
                [("impressive accuracy rate", "Metric"), ("low-quality images", "Metric"), ("low cost", "Metric")]) == [
        ("accuracy rate", "Metric"), ("low-quality images", "Metric"), ("cost", "Metric")]
    assert _fix(make_doc, "It reaches 96.3 percent accuracy, 4 percentage points more.",
                [("percent accuracy", "Metric"), ("percentage points", "Metric")]) == [
        ("accuracy", "Metric"), ("percentage points", "Metric")]


def test_tex_commands_at_a_name_s_edges_are_no_part_of_it(make_doc):
    assert _fix(make_doc, "We present \\textbf{ZiAuto-GeoX} and \\emph{Large Zanguage Models} here \\sim.",
                [("\\textbf{ZiAuto-GeoX", "Model"), ("\\emph{Large Zanguage Models", "Method"), ("\\sim", "Method")]) == [
        ("ZiAuto-GeoX", "Model"), ("Large Zanguage Models", "Method")]
    # markup of a name's letters stays for the canonical name to read (kg.extract.spans.plain_name)
    assert _fix(make_doc, "A \\textbf{V}ision-\\textbf{L}anguage model.", [("\\textbf{V}ision-\\textbf{L}anguage", "Method")]) == [
        ("\\textbf{V}ision-\\textbf{L}anguage", "Method")]


def test_a_dataset_written_in_tex_math_takes_its_dollar_and_bench(make_doc):
    assert _fix(make_doc, "It scores 96.3 on $Z^{*}$ Bench today.", [("Z^{*}$", "Dataset")]) == [("$Z^{*}$ Bench", "Dataset")]


def test_a_value_is_no_name(make_doc):
    from kg.extract.boundaries import is_fragment
    from kg.extract.dataset_context import names_data

    doc = make_doc(r"It reaches 95.31\% on ZenVidBench and 93.43\% accuracy on 20 Newsgroups.")
    by_text = {t.text: t.i for t in doc}
    value = Span(doc, by_text[r"93.43\%"], by_text[r"93.43\%"] + 1, label="Dataset")
    assert is_fragment(value) and not names_data(value)
    signed = make_doc("on real-world datasets (+12.1% vs. ZrackVLA)")
    at = next(t.i for t in signed if t.text == "+12.1")
    assert not names_data(Span(signed, at, at + 1, label="Dataset"))
    assert not is_fragment(Span(doc, by_text["20"], by_text["Newsgroups"] + 1, label="Dataset"))


def test_a_variant_word_alone_is_not_filled_by_the_lexicon(packaged_nlp):
    doc = packaged_nlp("On ZoCoMo, True Zemory Pro reaches 93.0% accuracy.")
    assert "Pro" not in {e.text for e in doc.ents}


def test_a_known_benchmarks_scores_read_as_a_measure_are_the_benchmark(make_doc):
    assert _fix(make_doc, "Up to a 16% gain in MMLU scores, and lower CHAIR scores.",
                [("MMLU scores", "Metric"), ("CHAIR scores", "Metric")]) == [
        ("MMLU", "Dataset"), ("CHAIR scores", "Metric")]


def test_a_measure_takes_its_glued_score(make_doc):
    assert _fix(make_doc, "It reaches per-class F1-scores of 0.97 and a macro F1-score of 0.95.",
                [("per-class F1", "Task"), ("macro F1", "Metric")]) == [
        ("per-class F1-scores", "Task"), ("macro F1-score", "Metric")]


def test_a_name_cut_inside_its_tex_math_takes_the_closing_dollar(make_doc):
    doc = make_doc("Specifically, on ZV-M$^2$, it improves; ZAP$^{2}$ helps, and Z$^3$ F1 too.", [])
    at = {t.text: t.i for t in doc}  # the tokenizer splits the closing "$" (and "}") off, as after a value
    cut = [Span(doc, at["ZV"], at["M$^2"] + 1, label="Dataset"), Span(doc, at["ZAP$^{2"], at["ZAP$^{2"] + 1, label="Method")]
    assert [e.text for e in fix_boundaries(cut)] == ["ZV-M$^2$", "ZAP$^{2}$"]
    closed = Span(doc, at["Z$^3"], at["Z$^3"] + 2, label="Metric")  # balanced math takes nothing more
    assert [e.text for e in fix_boundaries([closed])] == ["Z$^3$"]


def test_a_verb_of_change_closing_a_measure_is_cut_off(make_doc):
    assert _fix(make_doc, "The mean F1 rises from 0.596 to 0.632, and accuracy improves.",
                [("mean F1 rises", "Metric"), ("accuracy improves", "Metric")]) == [("mean F1", "Metric"), ("accuracy", "Metric")]
    assert _fix(make_doc, "The sensitivity drop is small.", [("sensitivity drop", "Metric")]) == [("sensitivity drop", "Metric")]


def test_a_measure_opened_by_a_known_benchmark_s_name_is_the_benchmark_and_the_measure(make_doc):
    assert _fix(make_doc, "Our model achieves 86.9 DPG overall score and 81.2 AIME 2024 accuracy.",
                [("DPG overall score", "Metric"), ("AIME 2024 accuracy", "Metric")]) == [
        ("DPG", "Dataset"), ("overall score", "Metric"), ("AIME 2024 accuracy", "Metric")]
