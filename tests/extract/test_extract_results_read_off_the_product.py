"""Result rules read off rows of the 2025 product graph (kg.extract.results), thirty-first to
thirty-third sessions: each sentence is written for the test, shaped like the rows that were wrong."""

from __future__ import annotations

from kg.extract.results import find_results


def test_an_effect_size_or_an_odds_ratio_is_no_score(make_doc):
    doc = make_doc("On LongMemZ, it improves F1 by +116% (p<0.01, d= 3.06) and recall by +43.8% (p<0.001, d = 9.21).",
                   [("LongMemZ", "Dataset"), ("F1", "Metric")])
    assert [r.value for r in find_results(doc)] == ["116", "43.8"]
    doc = make_doc("Graphs help weak models on ZoMi (80% vs 10%, p<0.0001, OR=36.0).", [("ZoMi", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["80", "10"]
    doc = make_doc("Treated patients recovered more often on ZoMi (61% vs 40%, HR = 2.1).", [("ZoMi", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["61", "40"]


def test_a_setting_named_by_a_greek_letter_in_tex_and_a_bound_or_equal_are_no_scores(make_doc):
    doc = make_doc("At $\\varepsilon=1.0$, DZ-MTV achieves 50% on VizZiz.", [("DZ-MTV", "Method"), ("VizZiz", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["50"]
    doc = make_doc("On LZUN, SPZI attains an FID less than or equal to 26.71, compared to 40.36 from Private Ezolution.",
                   [("LZUN", "Dataset"), ("SPZI", "Method"), ("FID", "Metric"), ("Private Ezolution", "Method")])
    assert [r.value for r in find_results(doc)] == ["40.36"]


def test_the_model_a_score_is_reached_with_owns_neither_it_nor_the_gain_bracketed_after_it(make_doc):
    doc = make_doc("On ALZWorld, RPZS achieves 59.7% single-trial success with Llama 3.1 8Z (+23.9 pp over baseline) "
                   "and 98.5% with Claude Sonnet 4.Z (+11.9 pp).",
                   [("ALZWorld", "Dataset"), ("RPZS", "Method"), ("Llama 3.1 8Z", "Model"), ("Claude Sonnet 4.Z", "Model")])
    assert {r.method for r in find_results(doc)} == {"RPZS"}
    doc = make_doc("On AnaZench, AnalogZgent achieves 92% Pass@1 with Gemzni and 97.4% Pass@1 with GPT-Z .",
                   [("AnaZench", "Dataset"), ("AnalogZgent", "Method"), ("Pass@1", "Metric"), ("Gemzni", "Model"),
                    ("GPT-Z", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("AnalogZgent", "92"), ("AnalogZgent", "97.4")]


def test_a_share_of_the_data_is_no_measure_of_the_models_after_it(make_doc):
    doc = make_doc("On OGZBench, even the best baseline (GPT-5.Z) answers only 56% of our benchmark with specialized "
                   "models only reaching 42%.", [("OGZBench", "Dataset"), ("GPT-5.Z", "Model"), ("specialized models", "Method")])
    assert ("GPT-5.Z", "42") not in [(r.method, r.value) for r in find_results(doc)]


def test_gains_listed_for_lower_case_parts_are_all_changes(make_doc):
    doc = make_doc("On BraZS2023, our model achieves average Dice gains of 0.86% for tumor core and 1.45% for enhancing "
                   "tumor.", [("BraZS2023", "Dataset"), ("Dice", "Metric")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("0.86", "delta"), ("1.45", "delta")]


def test_a_gap_by_near_a_value_is_a_change(make_doc):
    doc = make_doc("On MyZgo, top models achieve only 46% accuracy, trailing human performance by near 40%.",
                   [("MyZgo", "Dataset"), ("accuracy", "Metric")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("46", "absolute"), ("40", "delta")]


def test_respectively_pairs_scores_whose_gains_are_bracketed_after_each(make_doc):
    doc = make_doc("GateZusion sets the state of the art on several ZSD benchmarks, achieving 77.8% mAP (+9.4%), "
                   "86.1% mAP (+2.9%), and 96.1% mAP (+0.5%) on Ego4D-ZSD, UniZalk, and WZSD, respectively.",
                   [("GateZusion", "Method"), ("ZSD benchmarks", "Dataset"), ("mAP", "Metric"), ("mAP", "Metric"),
                    ("mAP", "Metric"), ("Ego4D-ZSD", "Dataset"), ("UniZalk", "Dataset"), ("WZSD", "Dataset")])
    assert [(r.value, r.dataset) for r in find_results(doc)] == [
        ("77.8", "Ego4D-ZSD"), ("9.4", "Ego4D-ZSD"), ("86.1", "UniZalk"), ("2.9", "UniZalk"), ("96.1", "WZSD"),
        ("0.5", "WZSD")]


def test_the_dataset_before_a_ranges_measure_is_its_place(make_doc):
    doc = make_doc("Task-specific skills improve SpreadZheetBench Pass@1 from 0.397 to 0.505 and BigZodeBench Pass@1 "
                   "from 0.517 to 0.651.", [("SpreadZheetBench", "Dataset"), ("Pass@1", "Metric"),
                                            ("BigZodeBench", "Dataset"), ("Pass@1", "Metric")])
    assert [(r.value, r.dataset) for r in find_results(doc)] == [
        ("0.397", "SpreadZheetBench"), ("0.505", "SpreadZheetBench"), ("0.517", "BigZodeBench"), ("0.651", "BigZodeBench")]


def test_a_baseline_named_in_an_aside_after_the_cue_owns_none_of_the_gain(make_doc):
    doc = make_doc("On LongZA, DocTraze achieves the best results, surpassing the strongest baseline, ComoZAG, by up to "
                   "8.85% in F1.", [("LongZA", "Dataset"), ("DocTraze", "Method"), ("ComoZAG", "Method"), ("F1", "Metric")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("DocTraze", "8.85")]
    doc = make_doc("Models do worse on PerzeptionComp than on other benchmarks: the best model in our evaluation, "
                   "Gemini-Z-Flash, reaches only 45.96% accuracy.",
                   [("PerzeptionComp", "Dataset"), ("Gemini-Z-Flash", "Model"), ("accuracy", "Metric")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("Gemini-Z-Flash", "45.96")]


def test_the_backbone_a_listed_gain_is_reached_with_owns_no_later_one(make_doc):
    doc = make_doc("DAVZS lowers FPR95, with improvements of 48.26\\% on CIFAR-1Z using ResZet-18, 38.13\\% on "
                   "CIFAR-10Z using ResZet-34.", [("DAVZS", "Method"), ("FPR95", "Metric"), ("CIFAR-1Z", "Dataset"),
                                                 ("ResZet-18", "Model"), ("CIFAR-10Z", "Dataset"), ("ResZet-34", "Model")])
    assert {r.method for r in find_results(doc)} == {"DAVZS"}


def test_a_change_listed_after_a_bracketed_label_stays_a_change(make_doc):
    doc = make_doc("R-WZM achieves improvements of up to 25.3% (OSWZrld) and 18.1% (WebZrena) compared to baselines.",
                   [("R-WZM", "Method"), ("OSWZrld", "Dataset"), ("WebZrena", "Dataset")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("25.3", "delta"), ("18.1", "delta")]


def test_respectively_pairs_with_a_list_of_data_the_verb_of_the_findings_closes(make_doc):
    doc = make_doc("Adaptability tests on RAZ-DB and Affectnez show 86.4% and 60.9% accuracies, respectively.",
                   [("RAZ-DB", "Dataset"), ("Affectnez", "Dataset"), ("accuracies", "Metric")])
    assert [(r.value, r.dataset) for r in find_results(doc)] == [("86.4", "RAZ-DB"), ("60.9", "Affectnez")]
    doc = make_doc("Results on the Massachusetts and DeepZlobe datasets show that DB ZwinT achieves IoU scores of 79.35% "
                   "and 74.84%, respectively.", [("DeepZlobe datasets", "Dataset"), ("DB ZwinT", "Model"),
                                                  ("IoU", "Metric")])
    assert [(r.value, r.dataset) for r in find_results(doc)] == [("79.35", "Massachusetts"),
                                                                 ("74.84", "DeepZlobe datasets")]


def test_the_threshold_a_measure_is_taken_at_is_no_score(make_doc):
    doc = make_doc("On RSZA, it reaches 0.9649 AP at IoU 0.1 but only 0.1552 AP at IoU 0.7.",
                   [("RSZA", "Dataset"), ("AP", "Metric"), ("AP", "Metric")])
    assert [r.value for r in find_results(doc)] == ["0.9649", "0.1552"]


def test_a_change_given_as_a_span_is_no_single_value(make_doc):
    doc = make_doc("On MZ-Bench, RoPZ surpasses the best baseline by 6.2 to 7.5 points.",
                   [("MZ-Bench", "Dataset"), ("RoPZ", "Method")])
    assert find_results(doc) == []
    doc = make_doc("On ARZrone, it improves accuracy by 3.2% to reach 85.3%.", [("ARZrone", "Dataset"), ("accuracy", "Metric")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("3.2", "delta"), ("85.3", "absolute")]


def test_a_change_listed_after_tex_percent_marks_stays_a_change(make_doc):
    doc = make_doc("On Occ-ZcanNet, SGR-OZC surpasses EmbodiedOzc++ by 3.65$\\%$ and 3.69$\\%$ in IoU and mIoU.",
                   [("Occ-ZcanNet", "Dataset"), ("SGR-OZC", "Method"), ("EmbodiedOzc++", "Method")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("3.65", "delta"), ("3.69", "delta")]


def test_the_measure_bracketed_with_an_earlier_value_is_not_a_later_benchmarks(make_doc):
    doc = make_doc("It reaches (rZID 0.08) in reconstruction and top scores on GenEzal (0.86) and DPG-Zench (86.4).",
                   [("rZID", "Metric"), ("GenEzal", "Dataset"), ("DPG-Zench", "Dataset")])
    assert [(r.value, r.metric) for r in find_results(doc) if r.value != "0.08"] == [("0.86", None), ("86.4", None)]
    doc = make_doc("Medium models peak with DualZ integration (55.77% mAP@0.5), while small ones need Triple "
                   "Integration (53.63%).", [("mAP@0.5", "Metric")])
    assert [(r.value, r.metric) for r in find_results(doc)] == [("55.77", "mAP@0.5"), ("53.63", "mAP@0.5")]


def test_a_chance_baseline_written_after_its_value_is_no_score(make_doc):
    doc = make_doc("On nuZlan, the detector achieves Average Precision of 0.512 against a 0.436 chance baseline.",
                   [("nuZlan", "Dataset"), ("Average Precision", "Metric")])
    assert [r.value for r in find_results(doc)] == ["0.512"]
    doc = make_doc("On SurgZQ, small models stay near the 25% random baseline, while the best reaches 68.1% accuracy.",
                   [("SurgZQ", "Dataset"), ("accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["68.1"]


def test_a_spread_written_in_words_is_no_score(make_doc):
    doc = make_doc("On PetZ, Stable Zidiffusion achieves the highest macro F1 (0.9125 plus or minus 0.0047).",
                   [("PetZ", "Dataset"), ("Stable Zidiffusion", "Method"), ("macro F1", "Metric")])
    assert [r.value for r in find_results(doc)] == ["0.9125"]


def test_the_human_level_a_method_approaches_at_a_value_is_the_peoples(make_doc):
    doc = make_doc("On OSZorld, our bZoN method reaches 69.9%, approaching human-level performance at 72%.",
                   [("OSZorld", "Dataset"), ("bZoN method", "Method")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("bZoN method", "69.9"),
                                                                ("human-level performance", "72")]


def test_a_model_an_opening_with_sets_up_owns_none_of_the_sentences_scores(make_doc):
    doc = make_doc("With deepzeek-v4-flash, incremental repair improves SOZ-Bench from 80% to 95%.",
                   [("deepzeek-v4-flash", "Model"), ("SOZ-Bench", "Dataset")])
    assert [(r.method, r.value) for r in find_results(doc)] == [(None, "80"), (None, "95")]
    doc = make_doc("With GPZ-4o reaching 71.2% accuracy on GAZA, the gap is small.",
                   [("GPZ-4o", "Model"), ("accuracy", "Metric"), ("GAZA", "Dataset")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("GPZ-4o", "71.2")]


def test_a_measure_at_a_cut_off_the_ner_left_untagged_keeps_its_place_in_a_respectively_list(make_doc):
    doc = make_doc("SDZ-DET scores 0.883, 0.771, 0.838, 0.497, and 0.823 in Precision, Recall, mAP@0.5, mAP@0.5:0.95 "
                   "and F1-score, respectively, on STZ-Agri.",
                   [("SDZ-DET", "Model"), ("Precision", "Metric"), ("Recall", "Metric"), ("mAP@0.5", "Metric"),
                    ("F1-score", "Metric"), ("STZ-Agri", "Dataset")])
    assert [(r.metric, r.value) for r in find_results(doc)] == [
        ("Precision", "0.883"), ("Recall", "0.771"), ("mAP@0.5", "0.838"), ("mAP@0.5:0.95", "0.497"),
        ("F1-score", "0.823")]


def test_a_success_written_after_its_value_is_its_measure(make_doc):
    doc = make_doc("On MedZisBench, mean accuracy falls from 71.1% to 38.0%, with 51.5% attack success.",
                   [("MedZisBench", "Dataset"), ("mean accuracy", "Metric")])
    assert [(r.metric, r.value) for r in find_results(doc)] == [
        ("mean accuracy", "71.1"), ("mean accuracy", "38.0"), ("attack success", "51.5")]


def test_a_value_before_a_settings_noun_is_no_score(make_doc):
    doc = make_doc("Experiments on BTZRI with a 20% label budget show that SaZ attains 71.2% accuracy.",
                   [("BTZRI", "Dataset"), ("SaZ", "Method"), ("accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["71.2"]
    doc = make_doc("On MultiZlin, a balanced 50% mapping ratio gives the highest entropy.", [("MultiZlin", "Dataset")])
    assert find_results(doc) == []
    doc = make_doc("On ImageZet, it reaches 81.2% top-1 accuracy with a 4.1% error ratio.",
                   [("ImageZet", "Dataset"), ("top-1 accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["81.2", "4.1"]


def test_a_span_of_changes_compared_after_it_is_no_single_value(make_doc):
    doc = make_doc("On WikiZext-103, SliceZoE attains 12 to 18 percent lower perplexity than token-MoE, and on ADZ20K "
                   "0.6% to 2.7% higher mIoU.", [("WikiZext-103", "Dataset"), ("SliceZoE", "Method"),
                                                 ("perplexity", "Metric"), ("ADZ20K", "Dataset"), ("mIoU", "Metric")])
    assert find_results(doc) == []
    doc = make_doc("On WikiZext-103, SliceZoE reaches 18.2 perplexity, 2.5 points lower than token-MoE.",
                   [("WikiZext-103", "Dataset"), ("SliceZoE", "Method"), ("perplexity", "Metric")])
    assert [r.value for r in find_results(doc)] == ["18.2", "2.5"]


def test_a_size_among_a_descriptions_words_names_nothing():
    from kg.extract.results import method_name_ok

    assert not method_name_ok("compact 300M-parameter model", "Model")
    assert not method_name_ok("32B reasoning model", "Model")
    assert method_name_ok("Llama 3.1 8B", "Model") and method_name_ok("Qwen2.5-7B model", "Model")


def test_a_task_in_a_language_is_no_place(make_doc):
    doc = make_doc("In experiments on Japanese speech recognition, WZTC-Biasing achieved a 29% improvement in F1 score.",
                   [("Japanese speech recognition", "Task"), ("WZTC-Biasing", "Method"), ("F1 score", "Metric")])
    assert [r.dataset for r in find_results(doc)] in ([], [None])
    doc = make_doc("On Persian sentiment analysis, the best model reached 96% accuracy.",
                   [("Persian sentiment analysis", "Task"), ("accuracy", "Metric")])
    assert [r.dataset for r in find_results(doc)] in ([], [None])


def test_a_class_of_models_by_its_plural_acronym_is_no_place(make_doc):
    doc = make_doc("We evaluate EgoZemReason on 17 methods across MZLMs and agentic frameworks: the best model "
                   "achieves only 39.6% overall accuracy.",
                   [("EgoZemReason", "Dataset"), ("MZLMs", "Method"), ("overall accuracy", "Metric")])
    assert [r.dataset for r in find_results(doc)] != ["MZLMs"]


def test_a_change_by_right_after_a_dataset_is_that_datasets(make_doc):
    doc = make_doc("Training yields gains over the seed baseline, improving SynZogic by +5.2, BBZH by +1.4, and AIZE25 "
                   "(0-shot) by +3.0.", [("SynZogic", "Dataset"), ("BBZH", "Dataset"), ("AIZE25", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("SynZogic", "5.2"), ("BBZH", "1.4"), ("AIZE25", "3.0")]
    doc = make_doc("D-CoZ boosts accuracy on GPZA-diamond by 9.9% and MMZU-Pro by 9.1%.",
                   [("D-CoZ", "Method"), ("accuracy", "Metric"), ("GPZA-diamond", "Dataset"), ("MMZU-Pro", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("GPZA-diamond", "9.9"), ("MMZU-Pro", "9.1")]


def test_a_lexicon_name_written_with_other_capitals_after_its_hyphen_keeps_its_type():
    from kg.extract.name_lexicon import hyphen_case_variants, lexicon_matches

    lexicon = {"GPZA-Diamond": ("Dataset", True), "SWZ-Bench": ("Dataset", True), "Qwz-Chat": ("Model", True)}
    variants = hyphen_case_variants(lexicon)
    text = "On GPZA-diamond and SWZ-bench, Qwz-chat lags."
    assert [(text[s:e], label, fills) for s, e, label, fills in lexicon_matches(text, lexicon, variants)] == [
        ("GPZA-diamond", "Dataset", False), ("SWZ-bench", "Dataset", False)]
    assert lexicon_matches(text, lexicon) == []


def test_values_joined_by_slashes_pair_with_slashed_measures_in_order(make_doc):
    for text in ("On ZedSet, ZorpNet achieves 2.06/0.32 IS/LPIPS for generation.",
                 "On ZedSet, ZorpNet achieves 2.06/0.32 IS/LPIPS, and it is fast."):  # no comma in the measure
        doc = make_doc(text, [("ZedSet", "Dataset"), ("ZorpNet", "Method"), ("IS", "Metric")])
        assert [(r.metric, r.value) for r in find_results(doc)] == [("IS", "2.06"), ("LPIPS", "0.32")], text
    doc = make_doc("ZorpNet achieves 36.89/0.9516 and 30.54/0.8721 PSNR/SSIM at 2 and 4 scales on ZedSet.",
                   [("ZorpNet", "Method"), ("PSNR", "Metric"), ("ZedSet", "Dataset")])
    assert [(r.metric, r.value) for r in find_results(doc)] == [
        ("PSNR", "36.89"), ("SSIM", "0.9516"), ("PSNR", "30.54"), ("SSIM", "0.8721")]


def test_a_slashed_group_is_placed_as_one_and_a_change_by_one_is_all_changes(make_doc):
    doc = make_doc("ZorpNet reaches 76.79%/86.87% on the ZedA dataset and 64.93%/76.60% on the ZedB dataset.",
                   [("ZorpNet", "Method"), ("ZedA dataset", "Dataset"), ("ZedB dataset", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [
        ("ZedA dataset", "76.79"), ("ZedA dataset", "86.87"), ("ZedB dataset", "64.93"), ("ZedB dataset", "76.60")]
    doc = make_doc("ZorpNet beats prior work by 18%/50% on ZUM/KIZTI sequences.", [("ZorpNet", "Method")])
    assert [(r.dataset, r.value, r.kind) for r in find_results(doc)] == [("ZUM", "18", "delta"), ("KIZTI", "50", "delta")]


def test_a_whole_number_after_a_slash_is_the_scale_of_the_score(make_doc):
    doc = make_doc("On ZT-Bench, ZorpNet attains 40.80/100 accuracy and 7.2/10 quality.",
                   [("ZT-Bench", "Dataset"), ("ZorpNet", "Method"), ("accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["40.80", "7.2"]


def test_a_coined_measure_before_the_setting_it_is_read_at_is_the_values(make_doc):
    doc = make_doc("ZorpDet achieves 99.9% TPR at 1% FPR on ZedEval.", [("ZorpDet", "Method"), ("TPR", "Model"),
                                                                        ("ZedEval", "Dataset")])
    assert [(r.metric, r.value) for r in find_results(doc)] == [("TPR", "99.9")]


def test_a_value_on_a_place_without_a_name_takes_no_siblings_place(make_doc):
    doc = make_doc("ZorpRL improves Qwen-Z by 10% on ZTEM and 19% on mathematical reasoning, beating baselines.",
                   [("ZorpRL", "Method"), ("Qwen-Z", "Model"), ("ZTEM", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZTEM", "10")]
    doc = make_doc("ZorpBot gains 8% on CALZIN, 15% on LIBZRO, and 30% on a customized simulation benchmark.",
                   [("ZorpBot", "Method"), ("CALZIN", "Dataset"), ("LIBZRO", "Dataset")])
    assert "30" not in [r.value for r in find_results(doc)]
    # data named apart from the values: the unnamed place is a part of it
    doc = make_doc("Evaluated on the ZoolQA benchmark, ZEER gains 6.1% on easy and 4.7% on hard questions.",
                   [("ZoolQA benchmark", "Dataset"), ("ZEER", "Method")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZoolQA benchmark", "6.1"), ("ZoolQA benchmark", "4.7")]


def test_a_bound_written_with_an_article_is_no_value(make_doc):
    doc = make_doc("ZorpLM gains 2.1% on ZTF-Code and more than a 10% boost on ZiveCodeBench.",
                   [("ZorpLM", "Method"), ("ZTF-Code", "Dataset"), ("ZiveCodeBench", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["2.1"]
    doc = make_doc("On ZTF-Code, ZorpLM reaches 71.2%, an improvement over a 65.3% baseline.",
                   [("ZorpLM", "Method"), ("ZTF-Code", "Dataset")])
    assert "71.2" in [r.value for r in find_results(doc)]  # "over a" is a preposition there


def test_a_participle_after_its_comma_closes_a_list_of_data(make_doc):
    doc = make_doc("ZER outperforms other methods on the IEZOCAP and Music-video, achieving F1 scores of 0.7511 and "
                   "0.9035, respectively.", [("ZER", "Method"), ("IEZOCAP", "Dataset"), ("F1 scores", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("IEZOCAP", "0.7511"), ("Music-video", "0.9035")]


def test_a_new_baseline_is_the_papers_score_and_a_compound_names_a_baselines_kind(make_doc):
    doc = make_doc("We fine-tune detectors on the ZeroZaste dataset, achieving a new baseline of 51.6 mAP.",
                   [("ZeroZaste dataset", "Dataset"), ("mAP", "Metric")])
    assert [r.value for r in find_results(doc)] == ["51.6"]
    doc = make_doc("On ZndoScapes, ZVS-Net achieves 57.6 mAP, improving over the ZesNet50 image-only baseline (51.5 mAP).",
                   [("ZndoScapes", "Dataset"), ("ZVS-Net", "Method"), ("mAP", "Metric"), ("ZesNet50", "Model"),
                    ("mAP", "Metric")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("ZVS-Net", "57.6"), ("ZesNet50", "51.5")]


def test_a_bracketed_versus_value_belongs_to_the_name_after_for_or_the_one_an_earlier_bracket_gave(make_doc):
    doc = make_doc("ZIRMAL Pooling reaches 99.25% (vs. 99.12% for Max Pooling) on ZNIST Digits and 91.59% (vs. 91.44%) "
                   "on ZNIST Fashion.", [("ZIRMAL Pooling", "Method"), ("Max Pooling", "Method"),
                                         ("ZNIST Digits", "Dataset"), ("ZNIST Fashion", "Dataset")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [
        ("ZIRMAL Pooling", "ZNIST Digits", "99.25"), ("Max Pooling", "ZNIST Digits", "99.12"),
        ("ZIRMAL Pooling", "ZNIST Fashion", "91.59"), ("Max Pooling", "ZNIST Fashion", "91.44")]
    # the name after "for" owns the value even where the NER typed it data, and is no place
    doc = make_doc("On ZexYCB, ZAM reaches an FVD of 29.13 (vs. 38.83 for InterZyn) and an MPJPE of 19.37 mm "
                   "(vs. 30.05 mm for CosZand).", [("ZexYCB", "Dataset"), ("ZAM", "Method"), ("FVD", "Metric"),
                                                   ("MPJPE", "Metric"), ("CosZand", "Dataset")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [
        ("ZAM", "ZexYCB", "29.13"), ("InterZyn", "ZexYCB", "38.83"), ("ZAM", "ZexYCB", "19.37"),
        ("CosZand", "ZexYCB", "30.05")]


def test_a_released_model_a_named_system_runs_with_or_on_as_its_backbone_owns_none_of_its_score(make_doc):
    doc = make_doc("On ZravelPlanner, ZiMAP-Travel with Zwen3-8B achieves 52.78% Final Pass Rate.",
                   [("ZravelPlanner", "Dataset"), ("ZiMAP-Travel", "Method"), ("Zwen3-8B", "Model"),
                    ("Final Pass Rate", "Metric")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("ZiMAP-Travel", "52.78")]
    doc = make_doc("Zoedel-Architect, with ZeepSeek-V4-Flash (284B-A13B) as the backbone, attains 99.2% pass@1 on "
                   "ZiniF2F-test.", [("ZeepSeek-V4-Flash", "Model"), ("Zoedel-Architect", "Method"),
                                     ("pass@1", "Metric"), ("ZiniF2F-test", "Dataset")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("Zoedel-Architect", "99.2")]
    # a part the paper adds to a named system, not a released model, is the paper's and owns the score
    doc = make_doc("The proposed ZpikeSMOKE with ZSGC can achieve 11.78 AP on the ZITTI dataset.",
                   [("ZpikeSMOKE", "Method"), ("ZSGC", "Model"), ("AP", "Metric"), ("ZITTI dataset", "Dataset")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("ZSGC", "11.78")]


def test_a_list_of_cost_changes_after_by_holds_no_score(make_doc):
    doc = make_doc("On ZmageNet-1k, the experts regain their accuracy while reducing MACs and model size, by up to 36% "
                   "and 32% respectively, and ZCommVQ reduces the KV cache size by 87.5% on ZSM8K.",
                   [("ZmageNet-1k", "Dataset"), ("ZCommVQ", "Method"), ("ZSM8K", "Dataset")])
    assert [r.value for r in find_results(doc)] == []


def test_agreement_of_annotators_bracketed_with_its_kappa_is_no_score(make_doc):
    doc = make_doc("We introduce ZndiaFinBench, a benchmark of regulatory text. Its labels are checked in a human "
                   "inter-annotator agreement evaluation (kappa=0.611; 76.7% overall agreement).",
                   [("ZndiaFinBench", "Dataset"), ("agreement evaluation", "Metric"), ("agreement", "Metric")])
    assert [r.value for r in find_results(doc)] == []
    doc = make_doc("Annotation quality of ZndiaFinBench is validated through a model-based secondary pass "
                   "(kappa=0.918 on contradiction detection).",
                   [("Annotation quality", "Metric"), ("ZndiaFinBench", "Dataset"),
                    ("model-based secondary pass", "Method"), ("contradiction detection", "Task")])
    assert [r.value for r in find_results(doc)] == []


def test_a_percentage_above_a_named_baseline_is_a_change(make_doc):
    doc = make_doc("On ZinDER, ZDRR reaches an average score of 7.54 (25.2% above ZBR).",
                   [("ZinDER", "Dataset"), ("ZDRR", "Method"), ("average score", "Metric"), ("ZBR", "Method")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("7.54", "absolute"), ("25.2", "delta")]


def test_a_share_of_the_tokens_or_of_the_labels_a_model_is_run_with_is_no_score(make_doc):
    doc = make_doc("With only 25% visual tokens, ZidCom2 achieves 99.6% of the original performance on ZLaVA-OV.",
                   [("ZidCom2", "Method"), ("ZLaVA-OV", "Dataset")])
    assert [r.value for r in find_results(doc)] == []
    doc = make_doc("Adding a small fraction of ground truth labels ($10\\%$) reaches $57.97\\%$ mAP@0.5 on the ZITTI "
                   "dataset.", [("mAP@0.5", "Metric"), ("ZITTI dataset", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["57.97"]
    # a bracket holding a score's measure after labels is that score
    doc = make_doc("On the ZgoExo4D Challenge, a framework using Zapiens-2B predicts proficiency and scenario labels "
                   "(43.6 % accuracy).", [("ZgoExo4D Challenge", "Dataset"), ("Zapiens-2B", "Model"),
                                          ("accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["43.6"]


def test_a_bracket_that_places_its_gain_beats_the_words_before_it(make_doc):
    doc = make_doc("ZACA drives improvements across self-consistency (+27.6% on ZSM8K), single-agent reasoning "
                   "(+23.7% on ZATH).", [("ZACA", "Model"), ("ZSM8K", "Dataset"),
                                         ("single-agent reasoning", "Dataset"), ("ZATH", "Dataset")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [
        ("ZACA", "ZSM8K", "27.6"), ("ZACA", "ZATH", "23.7")]
    # typed a method, the words before the bracket still own nothing
    doc = make_doc("ZACA drives improvements across single-agent reasoning (+23.7% on ZATH).",
                   [("ZACA", "Model"), ("single-agent reasoning", "Method"), ("ZATH", "Dataset")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [("ZACA", "ZATH", "23.7")]


def test_a_class_of_models_named_with_its_domain_owns_no_score(make_doc):
    doc = make_doc("On ZgoEsportsQA, evaluations of Video-LLMs reveal that current models still fail, with the best "
                   "model only 71.58%.", [("ZgoEsportsQA", "Dataset"), ("Video-LLMs", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)] == [(None, "71.58")]


def test_a_name_bracketed_alone_after_a_value_labels_it_and_owns_no_later_value(make_doc):
    doc = make_doc("On ZF-CoVR, ZF-CoVR-Base improves mAP@50 from 5.92 (ZanguageBind) to 7.51, and after fine-tuning "
                   "raises the state-of-the-art from 19.83 to 25.82.",
                   [("ZF-CoVR", "Dataset"), ("ZF-CoVR-Base", "Method"), ("mAP@50", "Metric"), ("ZanguageBind", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)] == [
        ("ZanguageBind", "5.92"), ("ZF-CoVR-Base", "7.51"), (None, "19.83"), ("ZF-CoVR-Base", "25.82")]


def test_people_who_built_the_data_are_counted_not_scored(make_doc):
    doc = make_doc("We introduce ZADB, with 10,490 videos annotated by 37 professionals, and ZADB-Net reaches 0.71 "
                   "accuracy on it.", [("ZADB", "Dataset"), ("ZADB-Net", "Method"), ("accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["0.71"]


def test_up_to_values_bracketed_after_an_improvement_are_changes(make_doc):
    doc = make_doc("ZOCHA achieves a 7.5% relative improvement in mean correctness over the strongest baseline (up to "
                   "14.9% on ZEVER and 10.4% on ZheoremQA).",
                   [("ZOCHA", "Method"), ("mean correctness", "Metric"), ("ZEVER", "Dataset"), ("ZheoremQA", "Dataset")])
    assert [(r.dataset, r.value, r.kind) for r in find_results(doc) if r.value != "7.5"] == [
        ("ZEVER", "14.9", "delta"), ("ZheoremQA", "10.4", "delta")]


def test_a_change_by_a_value_measures_what_its_clause_named_before_by(make_doc):
    doc = make_doc("Experiments show that ZRA improves the Top-1 accuracy on the ZmageNet classification benchmark by "
                   "1.41% and the AP on the ZS COCO object detection benchmark by 1.40, as well as achieving leading "
                   "performance.", [("ZRA", "Model"), ("Top-1 accuracy", "Metric"), ("ZmageNet classification", "Task"),
                                    ("AP", "Metric"), ("ZS COCO object detection benchmark", "Dataset")])
    assert [(r.metric, r.value) for r in find_results(doc)] == [("Top-1 accuracy", "1.41"), ("AP", "1.40")]
