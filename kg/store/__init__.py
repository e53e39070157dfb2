"""Graph stores behind one factory: ``open_store("kg-data")`` (a folder: the embedded
LadybugDB store) or ``open_store("bolt://host:7687")`` (Neo4j).

The CLI's ``--store`` and the Python API's ``kg.open_store`` both come here, so what a spec
means, which credentials a Neo4j URI gets and what a wrong URI says are decided once. Nothing
heavy is imported until a store is opened (the Neo4j driver only for a Neo4j URI).
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import Neo4jUnavailable, StoreError
from kg.store.base import GraphStore

__all__ = ["GraphStore", "NEO4J_SCHEMES", "DEFAULT_STORE", "open_store", "is_uri", "check_neo4j_uri",
           "resolve_credentials", "store_spec"]

NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
DEFAULT_STORE = "kg-data"


def is_uri(spec: str | Path) -> bool:
    """A ``scheme://...`` spec (a URI), as opposed to a folder path."""
    return isinstance(spec, str) and "://" in spec


def check_neo4j_uri(uri: str) -> str:
    """``uri`` if Neo4j's driver can use it; otherwise one line saying what to use instead
    (people paste the browser's http://host:7474 address)."""
    scheme = uri.split("://", 1)[0].lower()
    if scheme in ("http", "https"):
        host = uri.split("://", 1)[1].split("/", 1)[0].rsplit(":", 1)[0] or "HOST"
        raise StoreError(f"Neo4j speaks Bolt: use bolt://{host}:7687 (or neo4j://, bolt+s://, neo4j+s://), "
                         f"not {uri} (that is the browser's HTTP address)")
    if scheme not in NEO4J_SCHEMES:
        raise StoreError(f"unsupported store URI {uri!r}: give a folder (embedded store) or a Neo4j URI "
                         f"({', '.join(s + '://' for s in NEO4J_SCHEMES)})")
    return uri


def store_spec(store: str | Path | None = None, neo4j_uri: str | None = None) -> str | Path:
    """The one store two ways of naming it mean: ``--neo4j-uri`` (or ``$NEO4J_URI``) wins over a
    folder, as it always has; two different URIs are an error, not a silent choice."""
    if neo4j_uri:
        if store is not None and is_uri(str(store)) and str(store) != neo4j_uri:
            raise StoreError(f"two Neo4j URIs given: --store {store} and --neo4j-uri {neo4j_uri}; give one")
        return neo4j_uri
    if store is None:
        return os.environ.get("KG_STORE") or DEFAULT_STORE
    return store


def resolve_credentials(uri: str, user: str | None = None, password: str | None = None,
                        home: str | Path | None = None) -> tuple[str, str]:
    """User and password for ``uri``: as given, else ``$NEO4J_USER``/``$NEO4J_PASSWORD``, else
    the generated password of the server ``kg neo4j start`` runs when ``uri`` is its address."""
    from kg.store import neo4j_server as server

    user = user or os.environ.get("NEO4J_USER") or "neo4j"
    password = password or os.environ.get("NEO4J_PASSWORD")
    if password:
        return user, password
    if server.is_local_uri(uri, home):
        return server.credentials(home)
    raise Neo4jUnavailable(f"no password for Neo4j at {uri}; give --neo4j-password or set NEO4J_PASSWORD")


def _open_neo4j(uri: str, user: str | None, password: str | None, home: str | Path | None) -> GraphStore:
    from kg.store import neo4j_server as server
    from kg.store.neo4j_store import Neo4jStore

    user, password = resolve_credentials(uri, user, password, home)
    try:
        return Neo4jStore(uri, user, password)
    except Neo4jUnavailable as exc:
        if server.is_local_uri(uri, home) and server.status(home) is None:
            raise Neo4jUnavailable(f"{exc}; start it with `kg neo4j start`") from None
        raise


def open_store(spec: str | Path | None = None, *, user: str | None = None, password: str | None = None,
               must_exist: bool = False, neo4j_home: str | Path | None = None) -> GraphStore:
    """The store ``spec`` names: a folder path (embedded; default ``$KG_STORE`` or ``kg-data``)
    or a ``bolt://``, ``neo4j://``, ``bolt+s://``, ``neo4j+s://`` URI (Neo4j; credentials as in
    :func:`resolve_credentials`). ``must_exist``: a folder that holds no store is an error
    (reading commands), not an empty graph. Use it in ``with`` to close it."""
    spec = store_spec(spec)
    if is_uri(str(spec)):
        return _open_neo4j(check_neo4j_uri(str(spec)), user, password, neo4j_home)
    from kg.store.ladybug_store import LadybugStore

    if Path(spec).is_file():
        raise StoreError(f"{spec}: a file, not a store folder; give a folder (or a bolt:// URI)")
    return LadybugStore(spec, must_exist=must_exist)
