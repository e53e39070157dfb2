"""The Model vs Method rule (documented in kg.extract.model_vs_method)."""

from __future__ import annotations

import pytest

from kg.extract.model_vs_method import method_or_model


@pytest.mark.parametrize("name", ["BERT", "GPT-3", "ResNet-50", "T5-11B", "RoBERTa", "LeakGAN", "VGG16",
                                  "Deep Interest Network", "Dual Path Network", "ELMo", "Llama 3",
                                  "Claude 3.5 Sonnet", "Gemini 2.5 Pro", "Gemini", "LLaMA",
                                  # a network's suffix, whatever the lexicon's cue words said
                                  "ControlNet", "PointNet", "Informer", "CycleGAN", "SciBERT",
                                  # a model trained with a named technique is still the model
                                  "Qwen2.5-0.5B-DPO",
                                  # an act's noun, but the corpus writes the name as a model's
                                  "Stable Diffusion"])
def test_models(name):
    assert method_or_model(name) == "Model"


@pytest.mark.parametrize("name", ["adversarial training", "beam search", "LoRA fine-tuning", "LoRA", "Low-Rank Adaptation", "Adam", "dropout",
                                  "Adversarial Training", "CNN", "LSTMs", "convolutional neural networks",
                                  "Convolutional Neural Networks", "Dice", "Batch Normalization",
                                  "Gated-Attention", "policy gradient", "SVM", "",
                                  # the last part of a coined word, or a modifier, says it is a technique
                                  "FlashAttention", "SmoothQuant", "Retrieval-Augmented Generation",
                                  "Classifier-Guided Diffusion", "3D Gaussian Splatting",
                                  # ways of modelling, prompting, editing and merging are techniques
                                  "Multi-Gaussian Prompt Modeling", "Closed-Loop Bidirectional Prompting",
                                  "Noise-aware Model Editing", "Adaptive Token Merging",
                                  # a kind of a named technique
                                  "AC-LoRA", "Auto Component LoRA", "SAI-DPO", "Iterative DPO",
                                  # capitalised words whose head names an act
                                  "Sharpness-Aware Minimization", "Rotary Position Embedding",
                                  "Singular Value Decomposition", "Pose-in-Condition Canonicalization",
                                  # ways of estimating by random sampling
                                  "Monte Carlo", "Markov Chain Monte Carlo"])
def test_methods(name):
    assert method_or_model(name) == "Method"


def test_component_relabels_by_canonical_name(make_doc):
    from kg.extract.components import AbbreviationComponent, ModelVsMethodComponent

    text = "Long Short-Term Memory (LSTM) beats BERT and beam search."
    doc = make_doc(text, [("Long Short-Term Memory", "Method"), ("BERT", "Method"), ("beam search", "Method")])
    doc = ModelVsMethodComponent()(AbbreviationComponent()(doc))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Long Short-Term Memory", "Method"), ("LSTM", "Method"), ("BERT", "Model"), ("beam search", "Method")]


def test_a_measure_at_a_cut_off_is_a_metric_whatever_the_ner_said(make_doc):
    from kg.extract.components import ModelVsMethodComponent

    doc = make_doc("ATZ achieves 56.5% mAP@0.7, mAP@0.5:0.95 and Pass@1 with GPT@Home.",
                   [("ATZ", "Method"), ("mAP@0.7", "Model"), ("mAP@0.5:0.95", "Model"), ("Pass@1", "Method"),
                    ("GPT@Home", "Model")])
    doc = ModelVsMethodComponent()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("ATZ", "Model"), ("mAP@0.7", "Metric"), ("mAP@0.5:0.95", "Metric"), ("Pass@1", "Metric"), ("GPT@Home", "Model")]
