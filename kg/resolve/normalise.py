"""String normalisation that decides when two surface forms name the same entity.

Kept separate from the resolver so the rules can be tested (and read) on their own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["normalise", "squash", "is_acronym", "strip_dataset_words", "variant_base"]

_DASHES = re.compile(r"[-_\u2010-\u2015/]+")
_STRIP = " \t\"'`.,;:!?()[]{}<>\u201c\u201d\u2018\u2019*"
_NO_DEPLURAL = ("ss", "us", "is", "ics", "ous", "series", "species")
_IE_WORDS = ("movies", "cookies", "zombies", "selfies", "rookies", "calories", "goalies", "freebies")
# "the SQuAD dataset", "ImageNet-1k validation set": the data itself, whichever split is scored
_DATASET_WORDS = re.compile(r"\s+(data ?sets?|benchmarks?|corpus|corpora|dataset|cohorts?|suite|"
                            r"(?:(?:public|official|held-out|hidden)\s+)?(?:validation|val|test|dev|development|evaluation)\s+(?:sets?|splits?))$",
                            re.I)
_LEADING_THE = re.compile(r"^(the|a|an)\s+", re.I)
_VARIANT_SUFFIX = re.compile(
    r"^(?P<base>.+?)[\s\-]*(?:(?:base|x{0,2}large|small|tiny|mini|medium|huge|xl|xxl|lite|(?<=[\s\-])[a-z]\d+|"
    r"\d+(?:\.\d+)?[bmk]|v\d+(?:\.\d+)*|\d+(?:\.\d+)?)(?:[\s\-]+(?:base|large|uncased|cased|instruct|chat))?)$",
    re.I)


def _american(word: str) -> str:
    """British spellings meet American ones: neighbour/neighbor, normalisation/normalization."""
    if len(word) > 5 and word.endswith("our"):
        return word[:-3] + "or"
    return word.replace("isation", "ization")


def _depluralise(word: str) -> str:
    """accuracies -> accuracy, losses -> loss, ResNets -> resnet; a few -ies words that are
    singular or whose singular ends in -ie stay as they are (series, movies -> movie)."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(_NO_DEPLURAL):
        return word
    if word.endswith("ies") and len(word) > 4 and not word.endswith(_IE_WORDS):
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    return word[:-1]


# LaTeX markup left in an abstract ("\textbf{System-Anchored Knee Estimation}") is not part of a name
_LATEX = re.compile(r"\\[A-Za-z]+\s*\{|[{}]")
_SPACES = re.compile(r"\s+")
_CAPITAL_S = re.compile(r"[A-Z]S$")


@lru_cache(maxsize=500_000)  # resolution asks for the same few thousand names again and again
def normalise(text: str) -> str:
    """Lower case, unicode folded, dashes as spaces, LaTeX markup, outer punctuation and a
    leading article removed, the last word made singular: "The ResNets" and "resnet" agree. A final capital
    S after a capital is part of a name, not a plural ("BigNAS", "SWAGS" stay whole)."""
    folded = unicodedata.normalize("NFKC", _LATEX.sub("", text)).strip().strip(_STRIP)
    text = _DASHES.sub(" ", folded.lower())
    text = _SPACES.sub(" ", text).strip(_STRIP).strip()
    text = _LEADING_THE.sub("", text)
    words = text.split(" ")
    if not _CAPITAL_S.search(folded):
        words[-1] = _depluralise(words[-1])
    return " ".join(_american(word) for word in words)


@lru_cache(maxsize=500_000)
def squash(text: str) -> str:
    """Spacing-insensitive form, so "pre-training", "pre training" and "pretraining" meet."""
    return normalise(text).replace(" ", "")


@lru_cache(maxsize=500_000)
def is_acronym(text: str) -> bool:
    """Short, mostly upper-case tokens such as BERT, LSTM, mAP, GANs, T5."""
    core = text.strip()
    if not 2 <= len(core) <= 12 or " " in core:
        return False
    upper = sum(ch.isupper() for ch in core)
    return upper >= 2 and upper >= (len(core.rstrip("s")) + 1) // 2


def strip_dataset_words(text: str) -> str:
    """ "the SQuAD dataset" -> "SQuAD", "ImageNet-1k validation set" -> "ImageNet-1k"; left
    alone if nothing would remain."""
    stripped = _DATASET_WORDS.sub("", _LEADING_THE.sub("", text.strip()))
    return stripped if stripped.strip() else text


def variant_base(name: str) -> str | None:
    """The family a model variant belongs to: BERT-large -> BERT, T5-11B -> T5,
    ResNet-50 -> ResNet, EfficientNet-B7 -> EfficientNet, LLaMA 2 7B -> LLaMA 2 (one suffix
    at a time)."""
    match = _VARIANT_SUFFIX.match(name.strip())
    if not match:
        return None
    base = match.group("base").strip(" -/")
    if len(squash(base)) < 2 or squash(base) == squash(name):
        return None
    return base
