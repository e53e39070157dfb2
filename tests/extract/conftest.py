"""Fixtures of the extraction tests: a blank English pipeline with kg's rule components, and
the packaged model (loaded once per session)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import kg.extract.components  # noqa: F401  (registers the kg_* factories and Doc._ extensions)
from kg.extract.tokenization import adapt_tokenizer


@pytest.fixture(scope="session")
def blank_nlp():
    """Blank English with the shipped pipeline's tokenizer (kg.extract.tokenization)."""
    nlp = adapt_tokenizer(spacy.blank("en"))
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="session")
def packaged_nlp():
    from kg.extract import load_pipeline

    return load_pipeline()


def with_ents(nlp, text: str, ents: list[tuple[str, str]]) -> Doc:
    """A doc of ``text`` whose entities are the given (surface, label) pairs, each at its
    first token-aligned occurrence not taken by an earlier pair, so the tests do not
    hand-count offsets."""
    doc = nlp(text)
    spans = []
    for surface, label in ents:
        start = text.find(surface)
        while start >= 0:
            span = doc.char_span(start, start + len(surface), label=label)
            if span is not None and not any(s.start < span.end and span.start < s.end for s in spans):
                break
            start = text.find(surface, start + 1)
        assert start >= 0, f"no free, token-aligned {surface!r} in {text!r}"
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


@pytest.fixture
def make_doc(blank_nlp):
    def _make(text: str, ents: list[tuple[str, str]] = ()) -> Doc:
        return with_ents(blank_nlp, text, list(ents))
    return _make


def labels(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]
