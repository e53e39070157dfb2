"""``training.convert``: gold records become training docs with each source's labels and
unknown tokens (missing, not "outside")."""

from __future__ import annotations

import spacy

from training.convert import gold_docs


def _record(source: str) -> dict:
    text = "We evaluate BLEU on WMT14 for machine translation with Transformer."
    spans = [("BLEU", "Metric"), ("WMT14", "Dataset"), ("machine translation", "Task"), ("Transformer", "Method")]
    entities = [{"field": "abstract", "start": text.index(t), "end": text.index(t) + len(t), "type": ty, "text": t}
                for t, ty in spans if not (source == "tdmsci" and ty == "Method")]
    return {"id": "x", "source": source, "title": "", "abstract": text, "entities": entities}


def _iob(doc, word: str) -> tuple[str, str]:
    token = next(t for t in doc if t.text == word)
    return token.ent_iob_, token.ent_type_


def test_tdmsci_teaches_its_three_types_and_leaves_the_rest_unknown():
    doc = next(gold_docs(spacy.blank("en"), [_record("tdmsci")]))
    assert _iob(doc, "WMT14") == ("B", "Dataset") and _iob(doc, "BLEU") == ("B", "Metric")
    assert _iob(doc, "translation") == ("I", "Task")
    # its methods are not annotated: unknown, not "no entity"
    assert _iob(doc, "Transformer") == ("", "") and _iob(doc, "evaluate") == ("", "")


def test_scirex_marks_every_other_token_outside():
    doc = next(gold_docs(spacy.blank("en"), [_record("scirex")]))
    assert _iob(doc, "translation") == ("I", "Task") and _iob(doc, "Transformer") == ("B", "Method")
    assert _iob(doc, "evaluate") == ("O", "")
