"""Model or Method: decided after NER, from the entity's canonical name alone.

The NER is trained on gold that only knows ``Method``; the graph separates a *Model* (a
specific, named, trained artefact or architecture instance: BERT, GPT-3, ResNet-50, T5-11B,
LeakGAN) from a *Method* (a technique or family: adversarial training, LoRA, beam search,
convolutional neural networks). The rule, applied in this order to the canonical name
(the long form when an acronym was defined), first match wins:

1. no capital letter and no digit ("beam search", "dropout"), or a named technique
   whose spelling looks like a model's (LoRA, Adam, SGD, ReLU, BPE, PPO, ...)   -> Method
2. head word (last word, also after a hyphen) names a technique
   ("... training", "... attention", "... loss", "... algorithm", "... Prompt Modeling",
   "... Model Editing", "... Token Merging", a kind of a named technique: "AC-LoRA",
   "SAI-DPO", not a model trained with one: "Qwen2.5-0.5B-DPO"; also the last part
   of a one-word name: "FlashAttention", "SmoothQuant", "LayerNorm"), or a modifier
   says how a thing is done ("Retrieval-Augmented Generation", "X-Guided Y")   -> Method
3. a generic architecture family, spelled out or as acronym, singular or plural
   (CNN, LSTM, GAN, "recurrent neural network", SVM, CRF, ...)              -> Method
4. a model family's name, versioned or alone ("Llama 3", "Gemini"; kg.extract.versioned_names),
   or a coined name ending in a network's suffix ("ControlNet", "PointNet", "Informer":
   how the field names architectures, whatever words follow them)           -> Model;
   else what the 2025 corpus calls a one-word name ("FlashAttention kernel", "ReAct
   framework": Method; "OpenVLA model": Model; kg.corpus_names)               -> that
5. a word with letters and digits (ResNet-50, GPT-3, T5-11B, VGG16), a word with an
   inner capital (ResNet, LeakGAN, RoBERTa) or an all-capital word (BERT, ELMo is 3.),
   or a capitalised name with a version number ("Llama 3", "Claude 3.5 Sonnet")
                                                                             -> Model
6. several words, each capitalised ("Deep Interest Network", "Dual Path Network"):
   a named architecture once rule 3 has removed the generic families        -> Model;
   but a head that names an act ("Sharpness-Aware Minimization", "Rotary Position
   Embedding": -tion, -ment, -ing, ...) is a Method unless the corpus's terms
   call the name a model ("Stable Diffusion"); on the 2,020-paper sample 398
   names had been Models by this rule, nearly all techniques or tasks     -> Method
7. anything else (a single capitalised word such as "Dice", "Transformer")  -> Method

Method is the fallback because it is the safe side: a technique wrongly called a Model
would get VARIANT_OF edges and leaderboard rows it should not have.
"""

from __future__ import annotations

import re

from kg.corpus_names import corpus_type, term_types
from kg.extract.versioned_names import family_type
from kg.family_names import GENERIC_FAMILIES, NETWORK_NAME, is_generic_family, singular

__all__ = ["a_measure_at_k", "method_or_model", "TECHNIQUE_HEADS", "GENERIC_FAMILIES", "NAMED_TECHNIQUES"]

TECHNIQUE_HEADS = frozenset("""
training learning attention search pooling normalization normalisation loss regularization
regularisation optimization optimisation algorithm method approach technique mechanism dropout
sampling descent decoding encoding distillation augmentation propagation inference estimation
tuning fine-tuning pretraining pre-training function strategy scheme objective initialization
initialisation clustering regression classification quantization pruning masking adaptation framework pipeline
paradigm protocol splatting modeling modelling prompting editing merging
carlo
""".split())  # "carlo": "Monte Carlo", "Markov Chain Monte Carlo" are ways of estimating, no models

NAMED_TECHNIQUES = frozenset("""
lora qlora adam adamw sgd rmsprop adagrad adadelta batchnorm layernorm relu relus gelu elu prelu
leaky relu tf-idf bm25 pca t-sne umap dpo rlhf ppo trpo a3c dqn mcts bpe wordpiece crf ctc
knn k-nn em mcmc svd nmf lda
""".split())

_ALNUM_MIX = re.compile(r"(?=.*[A-Za-z])(?=.*\d)")
_INNER_CAP = re.compile(r"[a-z][A-Z]|[A-Z]{2,}")
_HOW = re.compile(r"\w-(?:augmented|guided|based|driven|conditioned)\s+\w", re.IGNORECASE)
# a coined one-word name ending in a technique's word (not "Search": "DeepSearch" agents, "WideSearch" a benchmark)
_CAMEL_HEAD = re.compile(r"^[A-Z][A-Za-z]*[a-z](?:Attention|Norm|Quant|Decoding|Loss|Pooling|Sampling|Prompting|Tuning|"
                         r"Distillation|Augmentation|Dropout)$")
_VERSION_WORD = re.compile(r"v?\d+(?:\.\d+)*")


_AT_K = re.compile(r"^[A-Za-z][\w\-]*@\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)?$")  # "mAP@0.5:0.95" too


def a_measure_at_k(name: str) -> bool:
    """ "mAP@0.7", "R1@0.5", "nDCG@10", "Pass@1": a measure at a cut-off, whatever the NER called it."""
    return bool(_AT_K.match(name))


def method_or_model(name: str) -> str:
    """"Model" or "Method" for a Method-typed entity's canonical name (rule in module doc)."""
    name = name.strip()
    if not name or not any(c.isupper() or c.isdigit() for c in name) or name.lower() in NAMED_TECHNIQUES:
        return "Method"
    words = name.split()
    head = singular(re.split(r"[-/]", words[-1].lower())[-1])
    if head in TECHNIQUE_HEADS or words[-1].lower() in TECHNIQUE_HEADS or _HOW.search(name) \
            or _CAMEL_HEAD.search(name) \
            or (head in NAMED_TECHNIQUES and len(head) > 2 and family_type(name) != "Model"):  # "AC-LoRA": a LoRA
        return "Method"
    if is_generic_family(name):
        return "Method"
    if family_type(name) == "Model" or NETWORK_NAME.match(name):
        return "Model"
    if (said := corpus_type(name)) in ("Model", "Method"):
        return said
    if any(_ALNUM_MIX.match(w) or _INNER_CAP.search(w) for w in words):
        return "Model"
    if len(words) > 1 and words[0][:1].isupper() and _VERSION_WORD.fullmatch(words[1]):
        return "Model"
    alpha = [w for w in words if w[:1].isalpha()]
    if len(alpha) > 1 and all(w[0].isupper() for w in alpha):
        # "Sharpness-Aware Minimization", "Rotary Position Embedding": capitals name a way of doing
        # things when the head names an act, unless the corpus writes the name as a model's
        # ("Stable Diffusion")
        return "Method" if _ACT_HEAD.search(head) and term_types().get(name.lower()) != "Model" else "Model"
    return "Method"


_ACT_HEAD = re.compile(r"(?:tion|sion|ment|ing|sis|ance|ence)$")
