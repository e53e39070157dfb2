"""Extraction in several processes (``kg build -j N``, ``kg extract -j N``).

Each worker process loads the pipeline once and extracts chunks of papers; the parent hands
chunks out in order and yields the records in input order, so the output is the same as a
serial run's (each doc's analysis does not depend on its batch: see ``extract_records``).
Workers are started with ``spawn`` (no copy of the parent's threads or open files) and one
BLAS thread each, so N workers use N cores.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

__all__ = ["extract_in_processes", "one_blas_thread_each", "CHUNK"]

CHUNK = 128  # papers a worker takes at a time: big enough to fill a NER batch of titles and abstracts
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_nlp = None  # the worker's pipeline


def _load(exclude: tuple[str, ...] = ()) -> None:
    global _nlp
    from kg.extract import load_pipeline
    _nlp = load_pipeline(exclude=exclude)


def _extract(chunk: list) -> list:
    from kg.extract import extract_records
    return list(extract_records(chunk, nlp=_nlp))


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


@contextmanager
def one_blas_thread_each() -> Iterator[None]:
    """Worker processes started inside this block get one BLAS/OpenMP thread each (the
    variables are read when numpy loads, so they are set before the workers start): N workers
    use N cores, and the same sums run in the same order on every machine."""
    saved = {name: os.environ.get(name) for name in _THREAD_VARIABLES}
    os.environ.update({name: "1" for name in _THREAD_VARIABLES})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def extract_in_processes(papers: Iterable, jobs: int, progress: Callable[[int], None] | None = None,
                         chunk: int = CHUNK, exclude: tuple[str, ...] = ()) -> Iterator:
    """Records of ``papers`` in input order, extracted by ``jobs`` worker processes (the
    pipeline without the components named in ``exclude``)."""
    context = multiprocessing.get_context("spawn")
    with one_blas_thread_each():
        pool = context.Pool(jobs, initializer=_load, initargs=(tuple(exclude),))
    try:
        for records in pool.imap(_extract, _chunks(papers, chunk)):
            if progress:
                progress(len(records))
            yield from records
    finally:
        pool.terminate()
        pool.join()
