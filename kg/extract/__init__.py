"""The extract step: papers in, ``PaperRecord``s (mentions, results, relations) out.

``load_pipeline()`` loads the spaCy pipeline shipped in ``kg/extract/model/`` (trained by
``kg train`` from the workbench in ``training/``; no network), ``extract_records()`` streams papers through it. Title
and abstract are processed as two docs so every offset indexes its own field exactly; each is read
without TeX's text markup, and its offsets and evidence are mapped back to the text as written
(kg.extract.markup).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from typing import TYPE_CHECKING

from kg.errors import ExtractionError
from kg.extract.records import ENTITY_TYPES, Mention, PaperRecord, Relation, Result
from kg.model import MODEL_DIR  # one definition, shared with kg --version (no spaCy there)

if TYPE_CHECKING:  # spaCy is imported by what runs the pipeline, not by importing the step:
    import spacy  # the parent of -j N worker processes (kg.extract.parallel) never loads it

__all__ = [
    "MODEL_DIR",
    "MAX_FIELD_CHARS",
    "load_pipeline",
    "extract_records",
    "ENTITY_TYPES",
    "Mention",
    "PaperRecord",
    "Relation",
    "Result",
]

# Longer fields are cut for processing (mentions past the cut are not found); the record
# keeps the full text, and offsets stay exact because the cut keeps a prefix.
MAX_FIELD_CHARS = 100_000
# At most this many characters go through the pipeline as one batch (about 1 GB of layer
# activations); typical abstracts fill a NER batch of 256 well inside it.
MAX_BATCH_CHARS = 500_000


def load_pipeline(path: str | Path | None = None, exclude: Sequence[str] = ()) -> spacy.language.Language:
    """The packaged pipeline (or the one at ``path``), with kg's components registered.

    Its layers multiply matrices with numpy's BLAS (OpenBLAS in numpy's wheels) instead of
    thinc's default BLIS: on this pipeline's shapes OpenBLAS is about 1.5x faster per core
    (the whole extract step about 7%), and the records come out byte-identical. The NERs'
    small output layers stay on BLIS (spaCy resizes them under its own ``use_ops("cpu")``
    when the labels are added); moving them measured no faster. ``exclude``: components left
    out (training scripts that learn what a component would add).
    """
    import spacy
    from thinc.api import use_ops

    import kg.extract.components  # noqa: F401  (registers the kg_* factories)

    model_dir = Path(path) if path is not None else MODEL_DIR
    if not (model_dir / "config.cfg").is_file():
        raise ExtractionError(
            f"no trained extraction pipeline at {model_dir}; build it with "
            "`kg train` (or `python training/train_extract.py`)")
    try:
        with use_ops("numpy", use_blis=False):
            return spacy.load(model_dir, exclude=list(exclude))
    except Exception as exc:  # a broken or incompatible model directory
        raise ExtractionError(f"cannot load the extraction pipeline at {model_dir}: {exc}") from exc


def _texts(papers: Iterable) -> Iterator[tuple[str, tuple]]:
    """Each paper's title and abstract as the pipeline reads them: without TeX's text markup
    (kg.extract.markup), with the plain texts that map their offsets back to the written ones."""
    from kg.extract.markup import plain_text

    for paper in papers:
        fields = (paper, plain_text((paper.title or "")[:MAX_FIELD_CHARS]),
                  plain_text((paper.abstract or "")[:MAX_FIELD_CHARS]))
        yield fields[1].text, (fields, fields[1])
        yield fields[2].text, (fields, fields[2])


def extract_records(papers: Iterable, nlp: spacy.language.Language | None = None,
                    batch_size: int = 64, ner_batch_size: int = 256) -> Iterator[PaperRecord]:
    """One ``PaperRecord`` per paper, streaming, in input order.

    The NER members step a whole batch of docs at once, so they get a larger batch
    (``ner_batch_size``) than the rest of the pipeline: at 256 docs their per-step overhead
    is shared by four times as many docs (the whole step about 9% faster on the seed corpus
    than at 64, ``training/bench_extract.py``); the tok2vec layers gain nothing from it.
    """
    from kg.extract.assemble import paper_record
    from kg.extract.markup import restore_written

    nlp = nlp if nlp is not None else load_pipeline()
    docs = _length_sorted_pipe(nlp, _texts(papers), batch_size, ner_batch_size)
    for (title_doc, ((paper, title, abstract), _)), (abstract_doc, _) in zip(docs, docs):
        yield restore_written(paper_record(paper, title_doc, abstract_doc), title, abstract)


def _length_sorted_pipe(nlp, items: Iterable[tuple[str, object]], batch_size: int,
                        ner_batch_size: int, window_ner_batches: int = 4) -> Iterator[tuple]:
    """``nlp.pipe(items, as_tuples=True)`` in input order, but each window of texts is run
    shortest first: the NER steps a batch until its longest doc is done, so a batch that
    mixes 12-word titles with 300-word abstracts pays the abstracts' steps for every title.
    Each doc's analysis does not depend on its batch; only the time does."""
    from kg.extract.ensemble import member_pipes

    ners = member_pipes(nlp)
    window: list[tuple[str, object]] = []
    for item in items:
        window.append(item)
        if len(window) == max(batch_size, ner_batch_size) * window_ner_batches:
            yield from _run_sorted(nlp, window, batch_size, ner_batch_size, ners)
            window = []
    if window:
        yield from _run_sorted(nlp, window, batch_size, ner_batch_size, ners)


def _run_sorted(nlp, window: list[tuple[str, object]], batch_size: int, ner_batch_size: int,
                ners: list[str]) -> list[tuple]:
    order = sorted(range(len(window)), key=lambda i: len(window[i][0]))
    out: list = [None] * len(window)
    for group in _batches(order, [len(text) for text, _ in window], ner_batch_size, MAX_BATCH_CHARS):
        sizes = {name: {"batch_size": len(group)} for name in ners}
        texts = (_marked_doc(nlp, *window[i]) for i in group)
        for i, done in zip(group, nlp.pipe(texts, as_tuples=True, batch_size=batch_size, component_cfg=sizes)):
            out[i] = done
    return out


def _marked_doc(nlp, text: str, context: tuple) -> tuple:
    """The doc of a plain text whose markup named something ("named \\textbf{uproof}"), with
    where that markup stood (``doc.user_data["kg_marked"]``, read by kg.extract.spans.marked_names)."""
    plain = context[1]
    if not plain.groups:
        return text, context
    doc = nlp.make_doc(text)
    doc.user_data["kg_marked"] = plain.marked()
    return doc, context


def _batches(order: list[int], lengths: list[int], size: int, max_chars: int) -> Iterator[list[int]]:
    """Runs of ``order`` of at most ``size`` texts and ``max_chars`` characters (a longer
    text alone): the memory of a batch grows with its tokens, and sorting puts the longest
    texts of a window together."""
    batch: list[int] = []
    chars = 0
    for i in order:
        if batch and (len(batch) == size or chars + lengths[i] > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(i)
        chars += lengths[i]
    if batch:
        yield batch
