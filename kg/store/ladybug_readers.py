"""One read-only LadybugDB database per store folder per process, kept open between reads.

Opening a LadybugDB database costs 30-45 ms and closing it 12-16 ms, far more than a named
query (0.1-2 ms), so reads share one open database. But while a process has a database open
for reading, no other process can open it for writing (LadybugDB allows one read-write
process or many read-only ones), so the reader lets go as soon as it is idle for
``IDLE_S`` seconds, and at once before this process writes. The shared ``.db.lock`` it holds
meanwhile is what a writer's exclusive lock waits for.
"""

from __future__ import annotations

import fcntl
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

__all__ = ["IDLE_S", "reading", "let_go"]

IDLE_S = 1.0
_GUARD = threading.RLock()
_OPEN: dict[Path, "_Reader"] = {}


class _Reader:
    def __init__(self, path: Path, open_db: Callable):
        import ladybug

        self.lock = open(path.parent / ".db.lock", "a")
        try:
            fcntl.flock(self.lock, fcntl.LOCK_SH)
            self.db = open_db(self.lock)
            self.conn = ladybug.Connection(self.db)
        except BaseException:
            self.lock.close()
            raise
        self.users, self.last = 0, time.monotonic()

    def close(self) -> None:
        try:
            self.conn.close()
            self.db.close()
        finally:
            self.lock.close()  # releases the shared lock


@contextmanager
def reading(path: Path, open_db: Callable) -> Iterator:
    """A read-only connection to the database at ``path`` (``open_db(lockfile)`` opens it)."""
    key = path.resolve()
    with _GUARD:
        reader = _OPEN.get(key)
        if reader is None:
            reader = _OPEN[key] = _Reader(path, open_db)
        reader.users += 1
    try:
        yield reader.conn
    finally:
        with _GUARD:
            reader.users -= 1
            reader.last = time.monotonic()
        timer = threading.Timer(IDLE_S, _expire, (key, reader))
        timer.daemon = True
        timer.start()


def _expire(key: Path, reader: _Reader) -> None:
    with _GUARD:
        if _OPEN.get(key) is reader and not reader.users and time.monotonic() - reader.last >= IDLE_S * 0.9:
            del _OPEN[key]
            reader.close()


def let_go(path: Path) -> None:
    """Close this process's reader of ``path`` now (before a write, or on ``close()``)."""
    with _GUARD:
        reader = _OPEN.pop(path.resolve(), None)
        if reader is not None:
            reader.close()
