"""Extraction on a Dask cluster (``kg build --scheduler ADDRESS``, ``kg extract --scheduler ...``).

For corpora past one machine: the papers become a ``dask.bag`` of shards (``SHARD`` papers
each), every shard is extracted on some worker by the pipeline that worker's process loaded
once (``_nlp``, cached per process: a worker pays the model's load time once, not per shard),
and the records travel back as plain dicts. The client asks for every shard at once
and then waits for them in input order, so the cluster works on all of them while the records
come out in the order a serial run gives, byte for byte (a doc's analysis does not depend on
its batch: see ``kg.extract.extract_records``).

Workers need the same kg (and so the same packaged model) installed as the client. Start them
with one thread each (``dask worker ADDRESS --nthreads 1 --nworkers N``): a spaCy pipeline is
not meant to be shared by threads, so a worker runs one shard at a time whatever its threads.
``local:N`` starts a ``LocalCluster`` of N worker processes on this machine instead.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from kg.errors import ExtractionError, KgError

__all__ = ["SHARD", "CONNECT_TIMEOUT", "WORKER_WAIT", "extract_on_cluster", "connect"]

SHARD = 128  # papers per bag partition: enough to fill a NER batch, small enough to spread the work
CONNECT_TIMEOUT = 10  # seconds to reach a scheduler before giving up
WORKER_WAIT = 60  # seconds to wait for a scheduler's first worker
LOCAL = "local"  # "local" or "local:N": a LocalCluster of N processes (default: one per core)

_nlp = None  # this worker process's pipeline, loaded by its first shard
_lock = threading.Lock()  # one shard at a time per process: the pipeline is not shared by threads


def _extract_shard(papers: list) -> list[dict]:
    """Records of one shard, as dicts (plain data crosses the network; no spaCy objects)."""
    global _nlp
    from kg.extract import extract_records, load_pipeline
    with _lock:
        if _nlp is None:
            _nlp = load_pipeline()
        return [record.to_dict() for record in extract_records(papers, nlp=_nlp)]


def _local_workers(scheduler: str) -> int | None:
    """N of ``local:N`` (None for plain ``local``: one per core); a bad N is an error."""
    count = scheduler[len(LOCAL) + 1:]
    if not count:
        return None
    if not count.isdigit() or int(count) < 1:
        raise ExtractionError(f"--scheduler {scheduler}: expected local:N with N a number of worker processes >= 1")
    return int(count)


@contextmanager
def connect(scheduler: str) -> Iterator:
    """A ``distributed.Client`` of the scheduler at ``scheduler`` (``tcp://HOST:8786``), or of
    a new ``LocalCluster`` (``local`` / ``local:N``, closed on exit). An unreachable or
    malformed address is an :class:`ExtractionError` with a one-line message."""
    from distributed import Client
    if scheduler == LOCAL or scheduler.startswith(LOCAL + ":"):
        with _start_local(scheduler) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        _reach(scheduler)
    except (OSError, ValueError, TypeError) as exc:
        raise ExtractionError(f"cannot reach the Dask scheduler at {scheduler}: {_first_line(exc)} (give the "
                              "tcp://HOST:PORT of a running `dask scheduler`, or local:N)") from None
    with Client(scheduler, timeout=CONNECT_TIMEOUT) as client:
        _wait_for_a_worker(client, scheduler)
        yield client


def _start_local(scheduler: str):
    """A LocalCluster of ``local:N``'s N worker processes (one thread each; its HTTP server on a free port)."""
    from distributed import LocalCluster
    workers = _local_workers(scheduler)
    try:
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0")
    except RuntimeError as exc:  # a worker process that did not start
        raise ExtractionError(f"cannot start the Dask cluster {scheduler}: {_first_line(exc)}") from exc


def _wait_for_a_worker(client, scheduler: str) -> None:
    """A scheduler without workers would leave the build waiting in silence: wait a while, then say so."""
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT)
    except TimeoutError:
        raise ExtractionError(f"no Dask worker joined the scheduler at {scheduler} within {WORKER_WAIT} s "
                              f"(start some with `dask worker {scheduler} --nthreads 1`)") from None


def _reach(scheduler: str) -> None:
    """Open and close one connection to the scheduler, before any ``Client`` is made: a Client
    that fails to connect is left half-made, and its clean-up at garbage collection can hang
    the next Client. Runs on a thread of its own, so it works inside a running event loop too."""
    from distributed.comm import connect as open_comm
    from distributed.security import Security

    async def reach() -> None:
        comm = await open_comm(scheduler, timeout=CONNECT_TIMEOUT, **Security().get_connection_args("client"))
        await comm.close()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, reach()).result()


def _first_line(exc: BaseException) -> str:
    """The first line of an error's message (its type when it has none), for a one-line report."""
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _shards(client, papers: list, shard: int) -> list:
    """One future per shard of ``papers``, in input order, all submitted at once."""
    import dask.bag
    bag = dask.bag.from_sequence(papers, partition_size=shard).map_partitions(_extract_shard)
    return client.compute(bag.to_delayed())


def extract_on_cluster(papers: Iterable, scheduler: str, progress: Callable[[int], None] | None = None,
                       shard: int | None = None) -> Iterator:
    """``PaperRecord``s of ``papers`` in input order, extracted on the Dask cluster at
    ``scheduler`` (see the module's doc) in shards of ``shard`` papers (default ``SHARD``);
    ``progress`` gets each shard's size as it arrives."""
    from kg.records import PaperRecord
    papers = list(papers)
    if not papers:
        return
    with connect(scheduler) as client:
        futures = _shards(client, papers, shard or SHARD)
        try:
            for index, future in enumerate(futures):
                rows = _result(future, scheduler)
                futures[index] = None  # the cluster may forget a shard once it is here
                if progress:
                    progress(len(rows))
                yield from map(PaperRecord.from_dict, rows)
        finally:
            client.cancel([f for f in futures if f is not None])


def _result(future, scheduler: str) -> list[dict]:
    """A shard's rows; a worker's failure (a lost worker, kg missing there) as one line."""
    try:
        return future.result()
    except KgError:
        raise
    except Exception as exc:
        raise ExtractionError(f"extraction failed on the Dask cluster at {scheduler}: {_first_line(exc)}") from exc
