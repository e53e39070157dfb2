"""The shipped pipeline's tokenizer: spaCy's English one, minus two habits that misread abstracts.

* Emoticon exceptions: spaCy keeps "):" or ":(" whole, so "the Arcade Learning Environment
  (ALE): a platform" has no ")" token and the acronym definition is lost. Abstracts hold no
  emoticons; every exception made of punctuation marks alone goes (whitespace stays).
* A period after a capital that follows a digit or small letter stays glued ("GSM8K.",
  "Llama-2 7B." at a sentence's end), because "K." reads like an initial; the name is then
  missed by the known-names list and the NER. Such a period is split off (real
  abbreviations with periods inside, "e.g.", "U.S.", are exceptions and stay whole).

Only the saved pipeline's tokenizer changes: the NER is trained on spaCy's plain English
tokens (``convert.py``), which differ from these only at the marks above, so the weights
``kg train`` writes do not depend on this module.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_suffix_regex

__all__ = ["GLUED_PERIOD_SUFFIX", "adapt_tokenizer", "is_emoticon"]

GLUED_PERIOD_SUFFIX = r"(?<=[0-9a-z][A-Z])\."


def is_emoticon(exception: str) -> bool:
    """A tokenizer exception of two or more punctuation marks (":)", "):", "^_^")."""
    return len(exception) >= 2 and not any(c.isalnum() or c.isspace() for c in exception)


def adapt_tokenizer(nlp: Language) -> Language:
    """``nlp`` with the tokenizer changes of the module doc (in place; saved with the
    pipeline, so a loaded model needs nothing from here)."""
    tokenizer = nlp.tokenizer
    tokenizer.rules = {text: attrs for text, attrs in tokenizer.rules.items() if not is_emoticon(text)}
    suffixes = list(nlp.Defaults.suffixes or [])
    if GLUED_PERIOD_SUFFIX not in suffixes:
        tokenizer.suffix_search = compile_suffix_regex([*suffixes, GLUED_PERIOD_SUFFIX]).search
    return nlp
