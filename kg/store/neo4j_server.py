"""A local Neo4j Community server that kg fetches, starts and stops itself.

Why: tests, CI and users without a Neo4j install need a real server, and kg must be able to
bring one up from nothing but Java 17 and Maven. The route is Neo4j's embedded API
(``org.neo4j:neo4j``, which includes the Bolt server) behind a ~90-line launcher run in Java's
single-file source mode (``java -cp 'jars/*' Launcher.java``): no distribution tarball, no
scripts, one JVM that this module starts and stops.

Layout of the home directory (default ``./.kg-cache/neo4j``, or ``$KG_NEO4J_HOME``)::

    jars/<version>/   the jars Maven copied (shared between homes with ``$KG_NEO4J_JARS``)
    data/ logs/       the DBMS's own files; logs/launcher.log is the JVM's stdout/stderr
    password          generated Bolt password of user ``neo4j``, mode 0600
    neo4j.pid         pid of the running JVM; server.json: port, uri, version (last start)

Nothing here prints: long work reports through an optional ``progress(message)`` callback.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator

from kg.errors import Neo4jUnavailable, StoreError

__all__ = [
    "NEO4J_VERSION", "DEFAULT_PORT", "DEFAULT_HOME", "USER", "ServerInfo", "Progress",
    "resolve_home", "jar_dir", "fetch_jars", "start", "stop", "status", "credentials",
    "is_local_uri", "java_binary",
]

NEO4J_VERSION = "5.26.30"  # newest 5.26 LTS patch on Maven Central when pinned
DEFAULT_PORT = 7687
DEFAULT_HOME = Path(".kg-cache") / "neo4j"
USER = "neo4j"
HEAP = os.environ.get("KG_NEO4J_HEAP", "768m")
PAGECACHE = os.environ.get("KG_NEO4J_PAGECACHE", "256m")
LOG_TAIL_LINES = 25

Progress = Callable[[str], None]


@dataclass(frozen=True)
class ServerInfo:
    """Where a running local server is: enough to connect to it and to find its files."""

    uri: str
    pid: int
    port: int
    home: Path
    data_dir: Path
    log_file: Path
    version: str
    user: str = USER


def _say(progress: Progress | None, message: str) -> None:
    if progress is not None:
        progress(message)


def resolve_home(home: str | Path | None = None) -> Path:
    """The home directory: the argument, else ``$KG_NEO4J_HOME``, else ``./.kg-cache/neo4j``."""
    chosen = home or os.environ.get("KG_NEO4J_HOME") or DEFAULT_HOME
    return Path(chosen).expanduser().resolve()


def jar_dir(home: str | Path | None = None, version: str = NEO4J_VERSION) -> Path:
    """Where the jars of ``version`` live: ``$KG_NEO4J_JARS/<version>`` or ``HOME/jars/<version>``.

    A shared jar cache lets a test home reuse jars a user's ``kg neo4j start`` fetched."""
    shared = os.environ.get("KG_NEO4J_JARS")
    base = Path(shared).expanduser().resolve() if shared else resolve_home(home) / "jars"
    return base / version


# -- fetching -------------------------------------------------------------------------------

def fetch_jars(home: str | Path | None = None, *, jars: str | Path | None = None,
               version: str = NEO4J_VERSION, progress: Progress | None = None) -> Path:
    """Make sure the Neo4j jars are on disk and return their folder.

    The first call runs Maven (minutes on a slow link); later calls return at once. Maven
    writes into a temporary folder that is renamed into place only when complete, so a killed
    fetch never leaves a half set of jars behind."""
    target = Path(jars).resolve() if jars else jar_dir(home, version)
    if target.is_dir() and any(target.glob("neo4j-kernel-*.jar")):
        return target
    mvn = shutil.which("mvn")
    if mvn is None:
        raise StoreError("Maven (mvn) is needed once to fetch Neo4j from Maven Central; install it")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{target.name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    local_repo = target.parent / ".m2"
    with resources.as_file(resources.files("kg.store.neo4j_java") / "pom.xml") as pom:
        cmd = [mvn, "-B", "-f", str(pom), f"-Dneo4j.version={version}",
               f"-Dmaven.repo.local={local_repo}", "dependency:copy-dependencies",
               f"-DoutputDirectory={staging}", "-DincludeScope=runtime"]
        _say(progress, f"fetching Neo4j {version} jars from Maven Central into {target}")
        tail = _run_maven(cmd, progress)
    if not any(staging.glob("neo4j-kernel-*.jar")):
        raise StoreError(f"Maven could not fetch Neo4j {version}:\n" + "\n".join(tail))
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    shutil.rmtree(local_repo, ignore_errors=True)  # the jars are copied; keep the cache small
    _say(progress, f"fetched {sum(1 for _ in target.glob('*.jar'))} jars")
    return target


def _run_maven(cmd: list[str], progress: Progress | None) -> list[str]:
    """Run Maven, reporting every 100 downloads; returns the last lines for error messages."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, text=True, errors="replace")
    tail: list[str] = []
    downloads = 0
    assert proc.stdout is not None
    for line in proc.stdout:
        tail = (tail + [line.rstrip()])[-LOG_TAIL_LINES:]
        if "Downloaded from" in line:
            downloads += 1
            if downloads % 100 == 0:
                _say(progress, f"  {downloads} files downloaded")
    proc.wait()
    return tail


# -- credentials ----------------------------------------------------------------------------

def _password_file(home: Path) -> Path:
    return home / "password"


def _ensure_password(home: Path) -> Path:
    """Create the password file once (0600, random), never the default ``neo4j``."""
    path = _password_file(home)
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(24) + "\n")  # never a leading "-", which a command line reads as an option
    os.chmod(path, 0o600)
    return path


def credentials(home: str | Path | None = None) -> tuple[str, str]:
    """``(user, password)`` of the local server, read from its 0600 password file."""
    path = _password_file(resolve_home(home))
    try:
        return USER, path.read_text(encoding="utf-8").strip()
    except OSError:
        raise Neo4jUnavailable(f"no local Neo4j credentials at {path}; run `kg neo4j start` first") from None


def is_local_uri(uri: str, home: str | Path | None = None) -> bool:
    """True when ``uri`` points at this machine's kg-managed server (its port, or the default)."""
    match = re.match(r"^(?:bolt|neo4j)(?:\+s|\+ssc)?://(\[[^\]]+\]|[^/:?]+)(?::(\d+))?", uri or "")
    if not match or match.group(1).strip("[]") not in ("127.0.0.1", "localhost", "::1"):
        return False
    running = status(home)
    expected = running.port if running else _recorded_port(resolve_home(home))
    return int(match.group(2) or DEFAULT_PORT) == expected


# -- state files ----------------------------------------------------------------------------

@contextmanager
def _locked(home: Path) -> Iterator[None]:
    """Serialise start/stop on one home (two shells, or parallel test workers)."""
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _recorded_port(home: Path) -> int:
    try:
        return int(json.loads((home / "server.json").read_text())["port"])
    except (OSError, ValueError, KeyError):
        return DEFAULT_PORT


def _write_state(info: ServerInfo) -> None:
    (info.home / "neo4j.pid").write_text(f"{info.pid}\n")
    state = {k: str(v) if isinstance(v, Path) else v for k, v in asdict(info).items()}
    (info.home / "server.json").write_text(json.dumps(state, indent=2) + "\n")


def _clear_state(home: Path) -> None:
    """Forget the pid; server.json stays as the last-known port (see :func:`is_local_uri`)."""
    (home / "neo4j.pid").unlink(missing_ok=True)


def _is_our_jvm(pid: int, home: Path) -> bool:
    """The pid is alive, not a zombie, and is our launcher for this home (pids get reused)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    proc = Path(f"/proc/{pid}")
    if not proc.exists():  # not Linux: trust the pid
        return True
    try:
        if proc.joinpath("stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return False
        args = proc.joinpath("cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return any(a.endswith(b"Launcher.java") for a in args) and str(home).encode() in args


def status(home: str | Path | None = None) -> ServerInfo | None:
    """The running server of this home, or None (stale pid files are removed)."""
    home = resolve_home(home)
    try:
        state = json.loads((home / "server.json").read_text())
        pid = int((home / "neo4j.pid").read_text().strip())
    except (OSError, ValueError):
        return None
    if not _is_our_jvm(pid, home):
        _clear_state(home)
        return None
    return ServerInfo(uri=state["uri"], pid=pid, port=int(state["port"]), home=home,
                      data_dir=Path(state["data_dir"]), log_file=Path(state["log_file"]),
                      version=state["version"])


# -- start / stop ---------------------------------------------------------------------------

def java_binary() -> str:
    """The java binary ($KG_JAVA, $JAVA_HOME/bin/java, PATH), checked to be 17 or newer."""
    java = os.environ.get("KG_JAVA") or (
        str(Path(os.environ["JAVA_HOME"]) / "bin" / "java") if os.environ.get("JAVA_HOME") else None
    ) or shutil.which("java")
    if not java or not Path(java).exists():
        raise Neo4jUnavailable("Java 17 or newer is needed to run Neo4j; no `java` found")
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    match = re.search(r'version "(\d+)', out)
    if not match or int(match.group(1)) < 17:
        raise Neo4jUnavailable(f"Neo4j {NEO4J_VERSION} needs Java 17+; {java} is: {out.splitlines()[:1]}")
    return java


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    """The last lines of a log file (for error messages)."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


_CHILDREN: dict[int, subprocess.Popen] = {}  # reaped by stop() when started by this process


def start(home: str | Path | None = None, port: int = DEFAULT_PORT, timeout: float = 180.0, *,
          jars: str | Path | None = None, watch_pid: int | None = None, heap: str | None = None,
          pagecache: str | None = None, progress: Progress | None = None) -> ServerInfo:
    """Start the local server (fetching jars first if needed) and wait until Bolt answers.

    A second call while it runs is a no-op that returns the running server (whatever its port).
    ``watch_pid``: the server exits by itself when that process is gone (test sessions).
    ``heap``/``pagecache`` (e.g. "768m"; defaults $KG_NEO4J_HEAP/$KG_NEO4J_PAGECACHE or
    768m/256m) stay modest because this machine also runs tests and training.
    Raises Neo4jUnavailable with the tail of the server log if it is not up within ``timeout``."""
    home = resolve_home(home)
    with _locked(home):
        running = status(home)
        if running is not None:
            _say(progress, f"Neo4j already running at {running.uri} (pid {running.pid})")
            return running
        if not _port_free(port):
            raise Neo4jUnavailable(f"port {port} on 127.0.0.1 is already in use; pick another with --port")
        java = java_binary()
        jar_path = fetch_jars(home, jars=jars, progress=progress)
        memory = (heap or HEAP, pagecache or PAGECACHE)
        info = _spawn(java, jar_path, home, port, watch_pid, memory)
        _say(progress, f"starting Neo4j {NEO4J_VERSION} (pid {info.pid}), waiting for Bolt on {info.uri}")
        try:
            _wait_for_bolt(info, timeout)
        except BaseException:
            _terminate(info.pid, home, grace=10.0)
            _clear_state(home)
            raise
        return info


def _spawn(java: str, jar_path: Path, home: Path, port: int, watch_pid: int | None,
           memory: tuple[str, str]) -> ServerInfo:
    password_file = _ensure_password(home)
    log_file = home / "logs" / "launcher.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    launcher = resources.files("kg.store.neo4j_java") / "Launcher.java"
    cmd = [java, f"-Xmx{memory[0]}", "-Xss2m", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
           f"-Dkg.pagecache={memory[1]}", "-cp", f"{jar_path}{os.sep}*", str(launcher),
           str(home), str(port), str(password_file), str(watch_pid or 0)]
    with open(log_file, "ab") as log:
        log.write(f"=== kg: starting Neo4j {NEO4J_VERSION} on port {port}, {time.ctime()} ===\n".encode())
        log.flush()
        proc = subprocess.Popen(cmd, cwd=home, stdin=subprocess.DEVNULL, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    _CHILDREN[proc.pid] = proc
    info = ServerInfo(uri=f"bolt://127.0.0.1:{port}", pid=proc.pid, port=port, home=home,
                      data_dir=home / "data", log_file=log_file, version=NEO4J_VERSION)
    _write_state(info)
    return info


def _wait_for_bolt(info: ServerInfo, timeout: float) -> None:
    """Poll with the driver until a query succeeds; fail early if the JVM dies."""
    import neo4j  # deferred: `kg neo4j stop/status` need no driver

    from kg.store.neo4j_cypher import PING

    deadline = time.monotonic() + timeout
    auth = credentials(info.home)
    last = "no answer yet"
    while time.monotonic() < deadline:
        if not _running(info.pid, info.home):
            raise Neo4jUnavailable(f"Neo4j exited during start-up; last lines of {info.log_file}:\n"
                                   + log_tail(info.log_file))
        try:  # a plain session.run: execute_query would retry with back-off on its own
            with neo4j.GraphDatabase.driver(info.uri, auth=auth, connection_timeout=2.0) as driver:
                with driver.session() as session:
                    session.run(PING).consume()
            return
        except (neo4j.exceptions.DriverError, neo4j.exceptions.Neo4jError, OSError) as exc:
            last = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        time.sleep(0.5)
    raise Neo4jUnavailable(f"Neo4j did not answer on {info.uri} within {timeout:.0f}s ({last}); "
                           f"last lines of {info.log_file}:\n{log_tail(info.log_file)}")


def _running(pid: int, home: Path) -> bool:
    """Our own child: the kernel's word (``poll``); another process's JVM: ``_is_our_jvm``.
    Reading /proc of a JVM that is still starting can miss its command line, and a false
    "not running" once made ``stop`` wait forever on a live child."""
    proc = _CHILDREN.get(pid)
    if proc is not None:
        return proc.poll() is None
    return _is_our_jvm(pid, home)


def _terminate(pid: int, home: Path, grace: float) -> None:
    """SIGTERM (clean DBMS shutdown via the launcher's hook), SIGKILL after ``grace`` seconds."""
    if not _running(pid, home):
        _reap(pid)
        return
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _running(pid, home):
            break
        time.sleep(0.2)
    else:
        os.kill(pid, signal.SIGKILL)
        while _running(pid, home):  # a child is reaped by poll; another's by init
            time.sleep(0.1)
    _reap(pid)


def _reap(pid: int) -> None:
    """Forgets our child once it has exited (never waits: see ``_running``)."""
    proc = _CHILDREN.get(pid)
    if proc is not None and proc.poll() is not None:
        _CHILDREN.pop(pid, None)


def stop(home: str | Path | None = None, timeout: float = 60.0) -> bool:
    """Stop the local server of ``home``; True if one was running. Never leaves the JVM behind."""
    home = resolve_home(home)
    with _locked(home):
        running = status(home)
        if running is None:
            return False
        _terminate(running.pid, home, grace=timeout)
        _clear_state(home)
        return True
