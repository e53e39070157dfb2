"""The shipped pipeline's tokenizer changes (kg.extract.tokenization)."""

from __future__ import annotations

import pytest
import spacy

from kg.extract.tokenization import adapt_tokenizer, is_emoticon, is_lower_initial


def _tokens(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


@pytest.fixture(scope="module")
def adapted():
    return adapt_tokenizer(spacy.blank("en"))


@pytest.mark.parametrize("text, tokens", [
    ("the Zorb Learning Arena (ZLA): a platform", ["the", "Zorb", "Learning", "Arena", "(", "ZLA", ")", ":", "a", "platform"]),
    ("beats Quux-7B. Then", ["beats", "Quux-7B", ".", "Then"]),
    ("scored on ZetaQA. Then", ["scored", "on", "ZetaQA", ".", "Then"]),
    ("e.g. the U.S. team", ["e.g.", "the", "U.S.", "team"]),       # abbreviations stay whole
    ("J. K. Smith wrote", ["J.", "K.", "Smith", "wrote"]),          # so do initials
    ("we introduce \\textbf{ZorpBench}, a", ["we", "introduce", "\\textbf{", "ZorpBench", "}", ",", "a"]),
    ("(Quux 4.5, ECE=0.120; r=-0.14)", ["(", "Quux", "4.5", ",", "ECE", "=", "0.120", ";", "r", "=", "-0.14", ")"]),
    ("(13%->0.4%, 0.28→0.37)", ["(", "13", "%", "->", "0.4", "%", ",", "0.28", "→", "0.37", ")"]),
    ("66.3 %$\\rightarrow$73.4 %", ["66.3", "%", "$\\rightarrow$", "73.4", "%"]),
    ("the 2D$\\to$4D$\\to$2D framework", ["the", "2D$\\to$4D$\\to$2D", "framework"]),  # no values: one token
    ("an accuracy of $96.77\\%$. Then", ["an", "accuracy", "of", "$", "96.77\\%", "$", ".", "Then"]),
    ("AUC of $0.92$, and $\\mathbf{93.1\\%}$", ["AUC", "of", "$", "0.92", "$", ",", "and", "$", "\\mathbf{", "93.1\\%", "}", "$"]),
    ("on $V^{*}$ Bench", ["on", "$", "V^{*}$", "Bench"]),  # a brace after a letter keeps its dollar
    ("an RMSE of 0.432 m. When", ["an", "RMSE", "of", "0.432", "m", ".", "When"]),  # a unit ends the sentence
    ("reaching 82.93%(+1.19%) IoU", ["reaching", "82.93%", "(", "+1.19", "%", ")", "IoU"]),
    ("48.7%/51.1% mIoU, 2.06/0.32 IS/LPIPS", ["48.7", "%", "/", "51.1", "%", "mIoU", ",", "2.06", "/", "0.32", "IS", "/",
                                             "LPIPS"]),  # values joined by slashes are read apart
    ("35.0 dB/0.95 on CIFAR-10/100, AIME 24/25", ["35.0", "dB", "/", "0.95", "on", "CIFAR-10/100", ",", "AIME",
                                                 "24/25"]),  # whole numbers keep their slash
])
def test_adapted_tokens(adapted, text, tokens):
    assert _tokens(adapted, text) == tokens


def test_plain_spacy_differs_where_the_module_says():
    plain = spacy.blank("en")
    assert "):" in _tokens(plain, "the Arena (ZLA): a platform")
    assert "Quux-7B." in _tokens(plain, "beats Quux-7B. Then")
    assert "ECE=0.120" in _tokens(plain, "(ECE=0.120)") and "\\textbf{ZorpBench" in _tokens(plain, "\\textbf{ZorpBench}")
    assert "m." in _tokens(plain, "of 0.432 m. When") and "82.93%(+1.19" in _tokens(plain, "82.93%(+1.19%)")


def test_lower_case_initials_go_and_capital_ones_stay(adapted):
    assert is_lower_initial("m.") and not is_lower_initial("J.") and not is_lower_initial("e.g.")
    assert "m." not in adapted.tokenizer.rules and "Jr." in adapted.tokenizer.rules and "e.g." in adapted.tokenizer.rules


def test_only_punctuation_exceptions_go(adapted):
    assert is_emoticon(":)") and is_emoticon("):") and not is_emoticon("'s") and not is_emoticon(" ")
    assert "'s" in adapted.tokenizer.rules and ":)" not in adapted.tokenizer.rules


def test_the_packaged_pipeline_carries_the_changes(packaged_nlp):
    assert _tokens(packaged_nlp, "beats Quux-7B. Then (ZLA): x") == ["beats", "Quux-7B", ".", "Then", "(", "ZLA", ")",
                                                                    ":", "x"]
    assert _tokens(packaged_nlp, "\\emph{ECE=0.1}") == ["\\emph{", "ECE", "=", "0.1", "}"]
    assert _tokens(packaged_nlp, "28.5%$\\rightarrow$71.4%") == ["28.5", "%", "$\\rightarrow$", "71.4", "%"]
    assert _tokens(packaged_nlp, "of 0.432 m. When") == ["of", "0.432", "m", ".", "When"]
    assert _tokens(packaged_nlp, "2.06/0.32 IS") == ["2.06", "/", "0.32", "IS"]
    assert _tokens(packaged_nlp, "of $0.81\\pm0.03$, FID$\\downarrow$") == ["of", "$", "0.81", "\\pm", "0.03", "$", ",",
                                                                            "FID", "$\\downarrow$"]


def test_a_glued_deviation_and_a_tex_arrow_after_a_measure_are_split_off(adapted):
    assert _tokens(adapted, "0.88±0.03 and 12.5\\pm1.2") == ["0.88", "±", "0.03", "and", "12.5", "\\pm", "1.2"]
    assert _tokens(adapted, "SSIM$\\uparrow$ but x$\\pm$y") == ["SSIM", "$\\uparrow$", "but", "x$\\pm$y"]
