"""The shipped pipeline's tokenizer: spaCy's English one, minus the habits that misread abstracts.

* Emoticon exceptions: spaCy keeps "):" or ":(" whole, so "the Arcade Learning Environment
  (ALE): a platform" has no ")" token and the acronym definition is lost. Abstracts hold no
  emoticons; every exception made of punctuation marks alone goes (whitespace stays).
* A period after a capital that follows a digit or small letter stays glued ("GSM8K.",
  "Llama-2 7B." at a sentence's end), because "K." reads like an initial; the name is then
  missed by the known-names list and the NER. Such a period is split off (real
  abbreviations with periods inside, "e.g.", "U.S.", are exceptions and stay whole).
* LaTeX left in arXiv abstracts glues its command to the next word ("\\textbf{KalshiBench}",
  "\\emph{worse}"): a command with its brace opens a token of its own.
* A score written as an equation stays one token ("ECE=0.120", "r=0.14"): an equals sign
  between a word and a number is split off, so the measure and its value are read apart.
* A value in TeX keeps its closing dollar ("$96.77\\%$.", "$0.92$."; 0.7% of 2025 abstracts
  write "\\%$"): a dollar after a digit, a percent sign or a brace is split off, and so is a
  period or comma after a dollar, so the value is read.
* A change written with an arrow glues both values to it ("13%->0.4%", "0.28→0.37",
  "66.3 %$\\rightarrow$73.4 %"): an arrow, plain or in TeX, before a number is split off.
* A unit letter ending a sentence stays glued to its period ("an RMSE of 0.432 m. When", 27
  abstracts of 2025 with "m.", 19 with "s."): spaCy's exceptions for a lower-case letter and
  period go (capital initials, "J. K. Smith", stay), so the sentence ends there. A bracket
  glued after a percentage ("82.93%(+1.19%)") is split off, so both values are read.
* A deviation glued to its value ("$0.88\\pm0.03$": 55 abstracts of 2025 write "\\pm" between
  numbers) is split off at the sign, so the value is read; a TeX arrow glued after a measure
  ("FID$\\downarrow$") is split off, so the measure is read by its name.
* Values joined by slashes stay one token ("48.7%/51.1%/52.3% mIoU", "2.06/0.32 IS/LPIPS"):
  a slash after a decimal or a percentage and before a digit is split off, and a percent sign
  before such a slash, so each value is read. Whole numbers keep their slash: they are name
  variants ("CIFAR-10/100", "AIME 24/25"), years and fractions far more often than scores.

Only the saved pipeline's tokenizer changes: the NER is trained on spaCy's plain English
tokens (``convert.py``), which differ from these only at the marks above, so the weights
``kg train`` writes do not depend on this module.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

__all__ = ["ARROW_INFIX", "ARROW_PREFIX", "GLUED_PERIOD_SUFFIX", "LATEX_COMMAND_PREFIX", "EQUALS_INFIX",
           "PERCENT_BRACKET_INFIX", "PLUS_MINUS_INFIX", "SLASH_INFIX", "TEX_ARROW_SUFFIX", "TEX_DOLLAR_SUFFIXES",
           "adapt_tokenizer", "is_emoticon", "is_lower_initial"]

GLUED_PERIOD_SUFFIX = r"(?<=[0-9a-z][A-Z])\."
TEX_DOLLAR_SUFFIXES = [r"(?<=[0-9%])\$", r"(?<=[0-9%]\})\$", r"(?<=\$)[.,;:]"]
LATEX_COMMAND_PREFIX = r"\\[A-Za-z]+\{"
EQUALS_INFIX = r"(?<=[A-Za-z])=(?=[-+]?\.?[0-9])"
_ARROW = r"(?:->|→|⟶|⇒|\$?\\(?:rightarrow|longrightarrow|Rightarrow|to)\$?)"
_BEFORE_NUMBER = r"(?=[-+]?\.?[0-9])"
ARROW_PREFIX = _ARROW + _BEFORE_NUMBER
# the arrow between two values, and a percent sign glued before it ("13%->0.4%")
ARROW_INFIX = rf"(?<=[0-9%]){_ARROW}{_BEFORE_NUMBER}|(?<=[0-9])%(?={_ARROW}{_BEFORE_NUMBER})"


# a bracket glued after a percentage opens the next value ("82.93%(+1.19%) IoU")
PERCENT_BRACKET_INFIX = r"(?<=[0-9]%)\((?=[-+]?[0-9])"
# a spread glued between a value and its deviation ("$0.88\\pm0.03$")
PLUS_MINUS_INFIX = r"(?<=[0-9%])(?:\\pm|±)(?=[0-9.])"
# a slash between values ("48.7%/51.1%", "2.06/0.32", "35.0 dB/0.95"), and a percent sign glued before it
# (a decimal or a percentage before it: "CIFAR-10/100", "AIME 24/25" and "2012/2015" stay whole)
SLASH_INFIX = "|".join([*(rf"(?<=[0-9]\.[0-9]{{{n}}})/(?=[0-9])" for n in range(1, 6)),
                        r"(?<=[0-9]%)/(?=[0-9])", r"(?<=\bdB)/(?=[0-9])",
                        r"(?<=[0-9])%(?=/[0-9])"])
# a TeX arrow glued after a measure says which way is better ("FID$\\downarrow$")
TEX_ARROW_SUFFIX = r"\$\\(?:downarrow|uparrow)\$"


def is_lower_initial(exception: str) -> bool:
    """A lower-case letter with its period ("m.", "s."): a unit ending a sentence ("an RMSE of
    0.432 m. When ..."), which the exception kept whole, so the sentence did not end there."""
    return len(exception) == 2 and exception[1] == "." and exception[0].isalpha() and exception[0].islower()


def is_emoticon(exception: str) -> bool:
    """A tokenizer exception of two or more punctuation marks (":)", "):", "^_^")."""
    return len(exception) >= 2 and not any(c.isalnum() or c.isspace() for c in exception)


def adapt_tokenizer(nlp: Language) -> Language:
    """``nlp`` with the tokenizer changes of the module doc (in place; saved with the
    pipeline, so a loaded model needs nothing from here)."""
    tokenizer = nlp.tokenizer
    tokenizer.rules = {text: attrs for text, attrs in tokenizer.rules.items()
                       if not is_emoticon(text) and not is_lower_initial(text)}
    suffixes = list(nlp.Defaults.suffixes or [])
    tokenizer.suffix_search = compile_suffix_regex([*suffixes, GLUED_PERIOD_SUFFIX, *TEX_DOLLAR_SUFFIXES,
                                                    TEX_ARROW_SUFFIX]).search
    tokenizer.prefix_search = compile_prefix_regex([LATEX_COMMAND_PREFIX, ARROW_PREFIX, *(nlp.Defaults.prefixes or [])]).search
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or []), EQUALS_INFIX, ARROW_INFIX,
                                                    PERCENT_BRACKET_INFIX, PLUS_MINUS_INFIX, SLASH_INFIX]).finditer
    return nlp
